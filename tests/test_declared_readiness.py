"""``X آمادگی خود را برای Y اعلام کرد``: a speaker declaring himself ready or willing states what
he will do, an indirect quote whose span opens on the readiness noun (ANNOTATION.md, round 19:
«X را اعلام کرد» when X is a claim); a feeling or an offer announced (رضایت خود را از ...،
پیشنهاد خود را برای ...) is not. Every sentence is written for the test."""

from __future__ import annotations

import pytest

from tests.quoting import quote_holding, quotes_of


@pytest.mark.parametrize("sentence, speaker, claim", [
    ("مهرداد کریمی، مدیرعامل شرکت آب منطقه‌ای، آمادگی این شرکت را برای تامین آب شرب روستاهای مرزی اعلام کرد.",
     "مهرداد کریمی", "آمادگی این شرکت را برای تامین آب شرب روستاهای مرزی"),
    ("باشگاه ملوان نیز با پذیرش شرایط سازمان لیگ آمادگی خود را برای میزبانی دیدار برگشت اعلام کرد.",
     "باشگاه ملوان", "آمادگی خود را برای میزبانی دیدار برگشت"),
    ("سعید نوروزی تمايل خود را به تمديد قرارداد با باشگاه اعلام كرد.",  # Arabic ي and ك
     "سعید نوروزی", "تمايل خود را به تمديد قرارداد با باشگاه"),
])
def test_a_declared_readiness_is_the_subjects_quote(sentence, speaker, claim):
    quote = quote_holding(quotes_of(sentence), claim)
    assert (quote.kind, quote.speaker, quote.text) == ("indirect", speaker, claim)


def test_a_role_written_without_a_comma_ends_before_the_readiness():
    quote = quotes_of("معاون استاندار آمادگی خود را برای رسیدگی به مشکلات کشاورزان اعلام کرد.")[0]
    assert (quote.role, quote.text) == ("معاون استاندار", "آمادگی خود را برای رسیدگی به مشکلات کشاورزان")


@pytest.mark.parametrize("sentence", [
    "جوان دیگری از روستای بالا، آمادگی خود را برای کار در مزرعه اعلام کرد.",
    "کشاورز ديگري از روستای بالا گفت که محصول امسال را به نصف قیمت فروخته است.",  # Arabic ي
])
def test_someone_of_a_kind_called_another_is_nobody_named(sentence):
    quote = quotes_of(sentence)[0]
    assert quote.speaker is None and quote.role.split()[1] in ("دیگری", "ديگري")


@pytest.mark.parametrize("sentence", [
    "مدافع تیم رضایت خود را از قرارداد جدیدش اعلام کرد.",  # a feeling announced, nothing said
    "باشگاه پیشنهاد خود را برای خرید امتیاز تیم اعلام کرد.",  # an offer made, no claim
    "مدیرعامل باشگاه آمادگی تیم را دیروز در تمرین دید.",  # readiness seen, not announced
])
def test_a_feeling_or_offer_announced_is_no_quote(sentence):
    assert quotes_of(sentence) == []
