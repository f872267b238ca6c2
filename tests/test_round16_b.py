"""Issue 16b, attribution: speakers named by a count, a name, a surname, a title or an
organisation. Every sentence is written for the test.
"""

from __future__ import annotations

from corpus.document import Document, Quote
from corpus.quotes import extract_quotes


def quotes_of(*paragraphs: str) -> list[Quote]:
    return extract_quotes(Document(id="doc", title="عنوان خبر", lead="", paragraphs=list(paragraphs)))


def test_a_count_of_bodies_with_a_plural_verb_speaks_under_that_name():
    """۱۲ انجمن‌های ... اعلام کردند: the count opens the subject, it does not end it."""
    for count in ("۱۲", "12"):
        quotes = quotes_of(f"به گزارش خبرنگار ما، {count} انجمن‌های صنفی با انتشار بیانیه‌ای اعلام کردند "
                           "قیمت نان باید تا پایان سال ثابت بماند.")
        assert [q.speaker for q in quotes] == [f"{count} انجمن‌های صنفی"]
