"""The one way tests read an invented article's quotes: give its paragraphs (and its headline or
lead when they matter), get what goftar extracts."""

from __future__ import annotations

from corpus.document import Document, Quote
from corpus.quotes import extract_quotes


def quotes_of(*paragraphs: str, title: str = "عنوان خبر", lead: str = "") -> list[Quote]:
    """The quotes of an article made of ``paragraphs`` under ``title`` and ``lead``."""
    return extract_quotes(Document(id="doc", title=title, lead=lead, paragraphs=list(paragraphs)))
