"""Issue 16a, recall of reported speech and guillemet quotes. Every sentence is written for the test."""

from __future__ import annotations

from corpus.document import Document, Quote
from corpus.quotes import extract_quotes


def quotes_of(*paragraphs: str) -> list[Quote]:
    return extract_quotes(Document(id="doc", title="عنوان خبر", lead="", paragraphs=list(paragraphs)))


def test_a_claim_closing_on_the_speakers_own_words_leaves_them_a_guillemet_quote():
    """گفت که CLAIM، اما «QUOTE»: the claim ends at the comma, the «words» are quoted on their own."""
    quotes = quotes_of("کاظمی در پاسخ به نامه شهرداری گفت که کانون از برگزاری جلسه مشترک استقبال می‌کند، "
                       "اما «تصمیم نهایی را باید خود ساکنان محله بگیرند».")
    assert [(q.kind, q.speaker, q.text) for q in quotes] == [
        ("indirect", "کاظمی", "کانون از برگزاری جلسه مشترک استقبال می‌کند"),
        ("guillemet", "کاظمی", "تصمیم نهایی را باید خود ساکنان محله بگیرند")]


def test_the_joining_word_before_the_closing_quote_may_be_spelt_apart_or_in_arabic_letters():
    quotes = quotes_of("كاظمي مي‌گويد هر روز صبح به كتابخانه محله سر مي‌زند، چرا كه «هنوز كتاب خواندن را كنار نگذاشته است».")
    assert [q.kind for q in quotes] == ["indirect", "guillemet"]
    assert quotes[1].text == "هنوز كتاب خواندن را كنار نگذاشته است"

