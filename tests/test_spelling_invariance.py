"""Who said what does not depend on how an article is spelt.

The same invented article written with Arabic letters (ي ك ى), with a space or nothing where
ZWNJ belongs, with other digits, with no-break spaces, or with diacritics and tatweel gives the
same quotes: same kinds, same quoted words and the same speakers, up to spelling
(corpus.orthography.spelling_key). bench/invariance.py measures the same over the shared articles.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from corpus.document import Document
from corpus.orthography import SPELLING_VARIANTS, spelling_key, without_unseen_marks
from corpus.quotes import extract_quotes

NAMES = ["علی محمدی", "زهرا کریمی", "حسین رستگار", "مریم یزدانی"]
ROLES = ["مدیرکل بهزیستی استان یزد", "رئیس انجمن خیریه‌های شهر", "سخنگوی کمیته امداد", "سرمربی تیم ملی"]
CLAIMS = [
    "۱۲ مرکز تازه در شهرستان‌ها افتتاح می‌شود.",
    "کمک‌ها تا پایان ماه به ۳۴۰ خانواده می‌رسد.",
    "بازیکنان ما برای دیدار هفته‌ی آینده آماده‌اند.",
    "بودجه‌ی سال 1403 برای نیازمندان کافی نیست.",
    "ما نمی‌خواهیم هیچ خانواده‌ای بی‌سرپناه بماند.",
]
# (shape, how many claims it takes): each a way Persian news reports speech.
SHAPES = [
    "{name}، {role}، گفت: {0}",
    "{name} در جمع خبرنگاران اظهار داشت: {0}",
    "به گفته {name}، {0}",
    "{role} با بیان اینکه {0}، تصریح کرد: {1}",
    "{surname} می‌گوید: «{0}»",
]
PARAGRAPHS = st.builds(
    lambda shape, name, role, first, second: shape.format(first.rstrip("."), second, name=name, role=role,
                                                        surname=name.split()[-1]),
    st.sampled_from(SHAPES), st.sampled_from(NAMES), st.sampled_from(ROLES),
    st.sampled_from(CLAIMS), st.sampled_from(CLAIMS))
FOLLOW_UPS = st.sampled_from(["وی افزود: {0}", "{role} ادامه داد: {0}", "این مقام مسئول همچنین گفت: {0}"])


def article(paragraphs: list[str]) -> Document:
    return Document(id="doc", title="گزارش", paragraphs=paragraphs)


def who_said_what(doc: Document) -> list[tuple[str, str, str, str, str]]:
    """Each quote as every spelling of it reads: where, kind, ref, quoted words and speaker."""
    return [(q.where, q.kind, q.ref, spelling_key(q.text), spelling_key(q.speaker or ""))
            for q in extract_quotes(doc)]


@settings(max_examples=60, deadline=None)
@given(first=PARAGRAPHS, follow_up=FOLLOW_UPS, role=st.sampled_from(ROLES), claim=st.sampled_from(CLAIMS),
       variant=st.sampled_from(sorted(SPELLING_VARIANTS)))
def test_every_spelling_of_an_article_gives_the_same_speakers_and_quotes(first, follow_up, role, claim, variant):
    paragraphs = [first, follow_up.format(claim, role=role)]
    spelt = [SPELLING_VARIANTS[variant](paragraph) for paragraph in paragraphs]
    assert who_said_what(article(spelt)) == who_said_what(article(paragraphs))


@pytest.mark.parametrize("written", [
    "علي محمدي، رئيس سازمان‌هاي مردم‌نهاد، گفت: كمك‌ها ارسال شد.",  # Arabic letters throughout
    "علی محمدی، رئیس سازمان‌های مردم‌نهاد، گفت: کمک‌ها ارسال شد.",
])
def test_a_group_written_in_arabic_letters_is_a_group(written):
    """رسانه‌هاي پاکستان (ي) is a plural as رسانه‌های is: a group speaking, never a person."""
    doc = article([written, "سازمان‌هاي اطلاعاتي پاكستان اعلام كردند: مرز بسته است."])
    group = extract_quotes(doc)[-1]
    assert group.speaker is None and group.role is not None


def test_a_zwnj_after_a_diacritic_still_joins():
    """مهاجمِ‌قطر: a ZWNJ after a letter's diacritic joins that letter, as it does without the mark."""
    assert without_unseen_marks("مهاجمِ\u200cقطر")[0] == "مهاجم\u200cقطر"


@pytest.mark.parametrize("variant", sorted(SPELLING_VARIANTS))
def test_each_spelling_transform_keeps_the_spelling_key(variant):
    text = "علی محمدی، مدیرکلِ بهزیستی، گفت: ۱۲ مرکز در سازمان ها و شهرستان‌ها افتتاح می شود."
    assert spelling_key(SPELLING_VARIANTS[variant](text)) == spelling_key(text)


@pytest.mark.parametrize("written", ["در نامه‌ای", "در نامه ای", "در نامهای", "در بیانیه‌ای", "در پیامی"])
def test_a_role_ends_before_the_letter_it_was_written_in(written):
    """``مدیرکل ... در نامه‌ای به استاندار اعلام کرد``: the letter, with its indefinite ending glued,
    apart or run on, is where it was said, not part of the role."""
    doc = Document(id="doc", title="گزارش", lead=f"مدیرکل بهزیستی استان {written} به استاندار اعلام کرد که "
                                                   "۱۲ مرکز تازه افتتاح می‌شود.",
                   paragraphs=["زهرا کریمی، مدیرکل بهزیستی استان، گفت: کمک‌ها ارسال شد."])
    assert [q.role for q in extract_quotes(doc)] == ["مدیرکل بهزیستی استان"] * 2


@pytest.mark.parametrize("group", ["سازمان‌های مردم‌نهاد استان", "سازمانهای مردمنهاد استان", "خیریههای شهر"])
def test_a_group_written_without_its_zwnj_is_a_group(group):
    """سازمانهای (the plural's ZWNJ left out) opening a subject of several words is the group
    سازمان‌های is, never a person called so."""
    quote = extract_quotes(article(["علی محمدی، مدیرکل بهزیستی، گفت: ده مرکز باز شد.",
                                    f"{group} اعلام کردند: کمک‌ها ارسال شد."]))[-1]
    assert (quote.speaker, quote.ref, quote.role) == (None, "title", group)


@pytest.mark.parametrize("space", [" ", "\u00a0"])
def test_an_organisation_keeps_the_comma_between_its_fields_before_any_space(space):
    """اداره کل تعاون،\u00a0کار و رفاه: a no-break space after the comma is a space."""
    paragraph = f"اداره کل تعاون،{space}کار و رفاه اجتماعی استان یزد اعلام کرد: ۱۲ کارگاه بازرسی می‌شود."
    assert extract_quotes(article([paragraph]))[0].speaker == "اداره کل تعاون، کار و رفاه اجتماعی استان یزد"
