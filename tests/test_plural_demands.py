"""``X خواستار CLAIM شدند``: a plural verb after the claim whose clause left no subject read (a
group the reader takes for no one, or the subject of a clause before و) is a group's demand,
never the last speaker's, who is one person. Every sentence is written for the test."""

from __future__ import annotations

import pytest

from tests.quoting import quotes_of

BEFORE = "فرهاد نیکزاد مدیرکل کار استان گفت: حقوق‌های معوق تا پایان ماه پرداخت می‌شود."


@pytest.mark.parametrize("sentence, claim", [
    ("کارگران شرکت نفت خواستار دخالت مستقیم وزیر در این ماجرا شدند.", "دخالت مستقیم وزیر در این ماجرا"),
    ("رانندگان شرکت واحد اتوبوسرانی نیز در نامه‌ای به شورای شهر خواستار افزایش دستمزد خود شدند.",
     "افزایش دستمزد خود"),
    ("کارگران شرکت قند اصفهان با ارسال نامه‌ای از پرداخت نشدن حقوق خود خبر دادند و خواستار دخالت وی شدند.",
     "دخالت وی"),
])
def test_a_plural_demand_with_no_subject_read_is_a_groups_not_the_last_speakers(sentence, claim):
    quote = next(q for q in quotes_of(BEFORE, sentence) if q.text == claim)
    assert (quote.speaker, quote.speaker_type) == (None, "unnamed")


def test_a_singular_demand_with_no_subject_stays_the_last_speakers():
    quote = next(q for q in quotes_of(BEFORE, "در ادامه خواستار همکاری بیشتر کارفرمایان با اداره کار شد.")
                 if q.kind == "indirect")
    assert (quote.text, quote.speaker) == ("همکاری بیشتر کارفرمایان با اداره کار", "فرهاد نیکزاد")


def test_a_plural_demand_after_vey_stays_the_persons():
    quote = next(q for q in quotes_of(BEFORE, "وی در ادامه خواستار همکاری بیشتر کارفرمایان با اداره کار شدند.")
                 if q.kind == "indirect")
    assert quote.speaker == "فرهاد نیکزاد"
