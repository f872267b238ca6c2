"""Issue 16c, direct-quote recall: a speaker's words going on in a paragraph with no cue of its own,
between two quotes of the same speaker. Every sentence is written for the test.
"""

from __future__ import annotations

import pytest

from corpus.document import Document, Quote
from corpus.quotes import extract_quotes


def quotes_of(*paragraphs: str) -> list[Quote]:
    return extract_quotes(Document(id="doc", title="عنوان خبر", lead="", paragraphs=list(paragraphs)))


def spoken_in(quotes: list[Quote], where: str) -> list[tuple[str, str | None]]:
    return [(quote.kind, quote.speaker) for quote in quotes if quote.where == where]


OFFICIAL = "بهرام نیک‌پور، مدیرکل آموزش فنی استان، در نشست خبری گفت: هنرستان‌های استان امسال پذیرش بیشتری دارند."
STATES = "روشن است که آموزش مهارت برای جوانان جویای کار اهمیت زیادی دارد و باید کارگاه‌های تازه‌ای راه‌اندازی کرد."
SAME_AGAIN = "مدیرکل آموزش فنی استان گفت: ثبت‌نام از هفته آینده آغاز می‌شود و تا پایان ماه ادامه دارد."
ADDED = "وی افزود: ظرفیت رشته‌های برق و مکانیک دو برابر شده است."


def test_a_stating_paragraph_between_two_quotes_of_one_speaker_is_his_words():
    """No cue, no first person, but the official is quoted right before and right after it."""
    quotes = quotes_of(OFFICIAL, ADDED, STATES, SAME_AGAIN)
    assert spoken_in(quotes, "body:2") == [("direct", "بهرام نیک‌پور")]


def test_arabic_letters_and_spaced_verbs_read_the_same():
    """ي and ك for ی and ک, and می توان written apart, change nothing."""
    states = STATES.replace("باید", "می توان").replace("ی", "ي").replace("ک", "ك")
    quotes = quotes_of(OFFICIAL, ADDED, states, SAME_AGAIN)
    assert spoken_in(quotes, "body:2") == [("direct", "بهرام نیک‌پور")]


@pytest.mark.parametrize("report", [
    "سال گذشته هنرستان شهید رجایی به دلیل کمبود مربی دو رشته خود را تعطیل کرد.",  # a past event told
    "گفتنی است هزینه این دوره‌ها برای همه جوانان جویای کار استان رایگان است.",  # a report's note
])
def test_the_reports_own_paragraph_between_quotes_is_nobodys(report):
    """A paragraph telling past events or opening on a report's note is the report's, though one
    stating in the speaker's voice right before it is his words."""
    quotes = quotes_of(OFFICIAL, report, SAME_AGAIN, STATES, ADDED)
    assert spoken_in(quotes, "body:1") == []
    assert spoken_in(quotes, "body:3") == [("direct", "بهرام نیک‌پور")]


def test_a_paragraph_after_words_in_the_first_person_without_any_is_the_reports():
    """The voice changed: after ``ما ... کردیم`` a paragraph speaking of the team in the third person."""
    coach = ("سامان فرجی، سرمربی تیم، پس از بازی گفت: ما در نیمه دوم بهتر بازی کردیم و می‌توانستیم "
             "گل‌های بیشتری بزنیم.")
    quotes = quotes_of(coach, "این تیم با این پیروزی به رده سوم جدول می‌رسد و فاصله‌اش با صدر سه امتیاز است.",
                       "فرجی افزود: بازیکنان جوان ما آینده خوبی دارند.", OFFICIAL, STATES, ADDED)
    assert spoken_in(quotes, "body:1") == []
    assert spoken_in(quotes, "body:4") == [("direct", "بهرام نیک‌پور")]


def test_a_paragraph_between_quotes_of_two_speakers_is_the_reports():
    """Quoted again right after it is someone else: nothing says whose words it would be."""
    other = "سمیه رادمنش، عضو شورای شهر، گفت: شورا بودجه این طرح را تصویب می‌کند."
    quotes = quotes_of(OFFICIAL, STATES, other, SAME_AGAIN, STATES, ADDED)
    assert spoken_in(quotes, "body:1") == []
    assert spoken_in(quotes, "body:4") == [("direct", "بهرام نیک‌پور")]
