"""The one way tests read an invented article's quotes: give its paragraphs (and its headline or
lead when they matter), get what goftar extracts."""

from __future__ import annotations

from corpus.document import Document, Quote
from corpus.quotes import extract_quotes


def quotes_of(*paragraphs: str, title: str = "عنوان خبر", lead: str = "") -> list[Quote]:
    """The quotes of an article made of ``paragraphs`` under ``title`` and ``lead``."""
    return extract_quotes(Document(id="doc", title=title, lead=lead, paragraphs=list(paragraphs)))


def headed_quotes(title: str, lead: str, *paragraphs: str) -> list[Quote]:
    """quotes_of for the tests whose case is the headline and lead: they come first."""
    return quotes_of(*paragraphs, title=title, lead=lead)


def speaker_by_field(quotes: list[Quote]) -> dict[str, str | None]:
    """Each quote's field (title, lead, body:N) and who said it there, for the tests whose case is
    one field's speaker."""
    return {quote.where: quote.speaker for quote in quotes}


def quote_holding(quotes: list[Quote], piece: str) -> Quote:
    """The quote whose words hold ``piece``, for the tests whose case is one sentence's quote."""
    return next(quote for quote in quotes if piece in quote.text)


def speaker_of(quotes: list[Quote], piece: str) -> str | None:
    """Who said the quote holding ``piece``."""
    return quote_holding(quotes, piece).speaker
