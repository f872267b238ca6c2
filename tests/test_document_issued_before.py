"""«در این بیانیه آمده است» after a sentence telling that a body issued a statement (X با انتشار
بیانیه‌ای ... اعلام کرد؛ X بیانیه‌ای منتشر کرد), though that sentence holds no quote: the words are
the issuer's, referred to as a pronoun does, not the person quoted before."""

from tests.quoting import quotes_of


def _quote_with(quotes, piece):
    return next(q for q in quotes if piece in q.text)


def test_statement_issued_by_a_body_in_a_sentence_before_is_the_bodys():
    quotes = quotes_of("کاوه صدری کارگر کارخانه گفت: سه ماه است حقوق نگرفته‌ایم.",
                       "سندیکای کارگران کارخانه نیز با انتشار بیانیه‌ای خطاب به فرماندار، خواسته‌های کارگران را اعلام کرد. "
                       "در این بیانیه آمده است: «بیمه کارگران باید فورا پرداخت شود.»")
    quote = _quote_with(quotes, "بیمه کارگران")
    assert (quote.speaker, quote.ref) == ("سندیکای کارگران کارخانه", "pronoun")


def test_letter_written_by_a_body_in_a_sentence_before_is_the_bodys():
    quotes = quotes_of("کاوه صدری فرماندار گفت: جاده تا پاییز باز می‌شود.",
                       "شورای اسلامی شهر هم دیروز نامه‌ای به استاندار نوشت. در این نامه آمده است: «جاده سه سال است نیمه‌کاره مانده است.»")
    assert _quote_with(quotes, "نیمه‌کاره").speaker == "شورای اسلامی شهر"


def test_a_statement_with_no_issuer_told_stays_with_the_speaker():
    quotes = quotes_of("کاوه صدری سخنگوی باشگاه گفت: بیانیه‌ای منتشر می‌کنیم.",
                       "در این بیانیه آمده است: «به رای کمیته اعتراض داریم.»")
    assert _quote_with(quotes, "به رای کمیته").speaker == "کاوه صدری"
