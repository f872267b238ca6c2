"""Issue 15a, recall: answers that recount speech in a printed question-and-answer interview.
Every sentence is written for the test.
"""

from __future__ import annotations

from corpus.document import Document, Quote
from corpus.quotes import extract_quotes


def quotes_of(*paragraphs: str) -> list[Quote]:
    return extract_quotes(Document(id="doc", title="عنوان خبر", lead="", paragraphs=list(paragraphs)))


def test_an_interview_answer_recounting_what_others_said_is_still_the_answer():
    """In a printed question-and-answer interview a speech verb inside an answer is part of it."""
    quotes = quotes_of(
        "زهرا کریمی، پرستار بازنشسته، سی سال در بیمارستان شهر کار کرد. با او گفت‌وگو کرده‌ایم.",
        "- چرا پرستاری را انتخاب کردید؟",
        "مادرم پرستار بود و از کودکی با این کار آشنا بودم. هر شب از بیمارستان برایمان قصه می‌گفت و "
        "من همیشه دوست داشتم جای او باشم.",
        "- سخت‌ترین روزهای کارتان کدام بود؟",
        "روزهای زلزله. بیمارستان پر از مجروح بود و همه سه شبانه‌روز بیدار ماندند. همکاری داشتم که "
        "می‌گفت این روزها تمام نمی‌شود.",
    )
    answers = [q for q in quotes if q.where in ("body:2", "body:4")]
    assert [(q.where, q.kind, q.speaker) for q in answers] == [
        ("body:2", "direct", "زهرا کریمی"), ("body:4", "direct", "زهرا کریمی")]
