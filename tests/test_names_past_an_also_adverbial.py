"""A roundup's next speaker after an adverbial closed by نیز/هم (``در مشهد نیز حسین کریمی، مدیرکل
...، گفت``), and the office a speaker holds second (``نماینده ولی فقیه ... و امام جمعه ساری``) that a
newcomer of the same kind named next does not take. Every sentence is written for the test.
"""

from __future__ import annotations

import pytest

from quoting import quote_holding, quotes_of, speaker_of


@pytest.mark.parametrize("opener", ["در مشهد نیز", "در تبریز هم", "در این نشست نیز", "پس از این دیدار هم"])
def test_a_name_after_an_adverbial_closed_by_also_is_the_subject(opener):
    """نیز/هم closing the opening adverbial says "also" of the place or occasion: the name with its
    role set off by commas after it speaks, not nobody under the role alone."""
    quotes = quotes_of(f"{opener} حسین کریمی، مدیرکل آب منطقه‌ای استان، گفت: باید در مصرف آب صرفه‌جویی کنیم.")
    assert [(q.speaker, q.ref, q.role) for q in quotes] == [("حسین کریمی", "name", "مدیرکل آب منطقه‌ای استان")]


def test_an_honorific_after_the_also_adverbial_opens_the_name_too():
    quotes = quotes_of("در بابل نيز حجت الاسلام رضا كاظمي، امام جمعه اين شهر، با اشاره به گراني گفت: نظارت بر بازار بايد بيشتر شود.")
    assert speaker_of(quotes, "نظارت بر بازار") == "رضا کاظمی"


def test_a_name_after_a_preposition_is_still_its_object():
    """The negative: ``در دیدار با علی رضایی، مدیرکل ... گفت`` is the director speaking to him."""
    quotes = quotes_of("در دیدار با علی رضایی، مدیرکل آب منطقه‌ای گفت: باید در مصرف آب صرفه‌جویی کنیم.")
    assert speaker_of(quotes, "صرفه‌جویی") is None


def test_the_second_office_stays_with_its_holder_when_a_namesake_office_is_named_next():
    """The title of the speaker's second office (امام جمعه ساری) in the paragraph before a newcomer
    with an office of the same kind (امام جمعه این شهر) is still the speaker's."""
    quotes = quotes_of(
        "به گزارش خبرنگار ما از ساری، آیت الله سید محمد حسینی، رئیس شورای فرهنگ عمومی استان و امام جمعه ساری، "
        "در خطبه های نماز جمعه گفت: وحدت رمز پیروزی است.",
        "امام جمعه ساری با بیان اینکه دشمن به دنبال تفرقه است، افزود: مردم هوشیارند.",
        "در بابل نیز حجت الاسلام رضا کاظمی، امام جمعه این شهر، با اشاره به گرانی گفت: نظارت بر بازار باید بیشتر شود.")
    assert speaker_of(quotes, "مردم هوشیارند") == "محمد حسینی"
    assert quote_holding(quotes, "نظارت بر بازار").role == "امام جمعه این شهر"
