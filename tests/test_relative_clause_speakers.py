"""``... صحبت‌های X که گفته بود CLAIM، Y گفت``: a relative clause opening on the speech verb right
after a person's name reports that person's claim, not the sentence's subject's; the claim ends
at the comma closing the clause. Every sentence is written for the test."""

from __future__ import annotations

import pytest

from tests.quoting import quotes_of


@pytest.mark.parametrize("sentence, claim, speaker", [
    ("ناصر ملکی در پاسخ به سوالی درباره صحبت‌های کریم رحمانی که گفته بود تیمش برای یک امتیاز به اراک "
     "نیامده است، گفت: ما هم برای برد بازی می‌کنیم.", "تیمش برای یک امتیاز به اراک نیامده است", "کریم رحمانی"),
    ("خبرنگاران تا عصر منتظر علی نوری بودند که گفته بود فردا درباره آینده‌اش در تیم تصمیم می‌گیرد.",
     "فردا درباره آینده‌اش در تیم تصمیم می‌گیرد", "علی نوری"),
    ("حسن صالحی مدیرعامل باشگاه به مهدی امینی که گفته بود فدراسیون بدهی باشگاه را می‌پردازد، نامه نوشت.",
     "فدراسیون بدهی باشگاه را می‌پردازد", "مهدی امینی"),
])
def test_a_relative_clause_on_a_named_person_reports_that_persons_claim(sentence, claim, speaker):
    quote = next(q for q in quotes_of(sentence) if q.kind == "indirect")
    assert (quote.text, quote.speaker) == (claim, speaker)


def test_the_sentences_own_speaker_keeps_their_quote():
    quotes = quotes_of("ناصر ملکی در پاسخ به سوالی درباره صحبت‌های کریم رحمانی که گفته بود تیمش برای یک امتیاز "
                       "به اراک نیامده است، گفت: ما هم برای برد بازی می‌کنیم.")
    assert [(q.kind, q.speaker) for q in quotes] == [("indirect", "کریم رحمانی"), ("direct", "ناصر ملکی")]


def test_a_relative_clause_on_no_name_gives_nobody_a_name():
    quotes = quotes_of("تصمیمی که گفته شد هفته آینده اجرا می‌شود، هنوز به مدارس ابلاغ نشده است.")
    assert all(q.speaker is None for q in quotes)
