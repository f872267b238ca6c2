"""Issue 17c, quote recall: reported-speech shapes goftar did not read. Every sentence is written
for the test.
"""

from __future__ import annotations

import pytest

from corpus.document import Document, Quote
from corpus.quotes import extract_quotes


def quotes_of(*paragraphs: str) -> list[Quote]:
    return extract_quotes(Document(id="doc", title="عنوان خبر", lead="", paragraphs=list(paragraphs)))


def claims(quotes: list[Quote]) -> list[tuple[str, str | None, str]]:
    return [(quote.kind, quote.speaker, quote.text) for quote in quotes]


SPEAKER = "سارا امینی، مدیرکل بهزیستی استان،"


@pytest.mark.parametrize("first, first_claim, joined, second_claim", [
    ("مدعی شد که", "مدیران شهرداری وعده‌های خود را فراموش کرده‌اند", "هشدار داد",
     "اگر تا ماه بعد تغییری ایجاد نشود، خانواده‌ها شکایت خواهند کرد"),
    ("گفت", "نشستی با حضور نمایندگان خانواده‌ها فردا برگزار می‌شود", "ابراز امیدواری کرد",
     "این نشست به توافق برسد"),
    ("تاکید کرد که", "کمبود بودجه بخشی از مشکل است", "خبر داد که",
     "از ابتدای سال ۸۰ مرکز تازه در استان راه‌اندازی شده است"),
])
def test_a_second_speech_verb_joined_by_and_has_its_own_claim(first, first_claim, joined, second_claim):
    """``X گفت CLAIM و ابراز امیدواری کرد CLAIM2``: the first claim ends before و, and the second
    verb, in the cue's own form, reports a claim of the same speaker."""
    quotes = quotes_of(f"{SPEAKER} {first} {first_claim} و {joined} {second_claim}.")
    assert claims(quotes) == [("indirect", "سارا امینی", first_claim), ("indirect", "سارا امینی", second_claim)]


def test_arabic_letters_read_the_joined_verb_the_same():
    """ي and ك for ی and ک change nothing."""
    text = f"{SPEAKER} مدعی شد که مدیران شهرداری وعده‌های خود را فراموش کرده‌اند و هشدار داد اگر تغییری نشود، خانواده‌ها شکایت خواهند کرد."
    quotes = quotes_of(text.replace("ی", "ي").replace("ک", "ك"))
    assert [quote.cue for quote in quotes] == ["مدعي شد", "هشدار داد"]


@pytest.mark.parametrize("text", [
    # a plural verb after a singular cue: the claim's own subject goes on
    f"{SPEAKER} گفت که مدیران شهرداری وعده‌های خود را فراموش کرده‌اند و اعلام کردند که بودجه‌ای در کار نیست.",
    # a perfect after a simple past: the claim's subject's, not the one who announced
    "دفتر این نهاد اعلام کرد، رئیس شورا هرگونه حمایت از فهرست نامزدها را رد و تاکید کرده که بی‌طرف خواهد ماند.",
])
def test_a_joined_verb_in_another_form_stays_in_the_claim(text):
    """The joined verb is the speaker's only in the cue's form; in another it is the claim's
    subject's, and the claim runs over it as one."""
    assert len(quotes_of(text)) == 1
