"""Filters and counts over exact values: category, source, publication date.

Facet values are folded like words (ي → ی, no ZWNJ, lower case) so that
--category اجتماعي finds اجتماعی; a category "social/welfare" is filed under
both "social" and "social/welfare", so either level filters.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from whoosh import query as wq

from corpus.dates import to_jalali
from corpus.orthography import fold_word


def date_order_problem(date_from: datetime.date | None, date_to: datetime.date | None,
                       names: tuple[str, str] = ("--from", "--to")) -> str:
    """Why no date can be both on or after ``date_from`` and on or before ``date_to``; "" when one can."""
    if not (date_from and date_to and date_from > date_to):
        return ""
    return (f"{names[0]} {date_from.isoformat()} ({to_jalali(date_from, persian_digits=False)}) is after "
            f"{names[1]} {date_to.isoformat()} ({to_jalali(date_to, persian_digits=False)})")


def facet_key(value: str) -> str:
    return " ".join(fold_word(word) for word in value.replace(",", " ").split())


def category_keys(category: str) -> str:
    """"social/welfare" → "social,social/welfare": each level of the path."""
    parts = [facet_key(p) for p in category.split("/") if p.strip()]
    return ",".join("/".join(parts[: n + 1]) for n in range(len(parts)))


EPOCH = datetime.date(1900, 1, 1)


def day_number(published: datetime.date | None) -> int:
    """Days since 1900, the indexed form of a date; 0 when there is none."""
    return (published - EPOCH).days if published else 0


def year_keys(published: datetime.date | None) -> str:
    """Both calendars' years, so stats can count by either: "j1398,g2019"."""
    if published is None:
        return ""
    return f"j{to_jalali(published, persian_digits=False)[:4]},g{published.year}"


@dataclass
class Filters:
    """What a search is narrowed to; empty filters narrow nothing."""

    category: str | None = None
    source: str | None = None
    date_from: datetime.date | None = None
    date_to: datetime.date | None = None

    def query(self) -> wq.Query | None:
        """A Whoosh filter query, or None when nothing is filtered."""
        parts = []
        if self.category:
            parts.append(wq.Term("category_key", facet_key(self.category)))
        if self.source:
            parts.append(wq.Term("source_key", facet_key(self.source)))
        if self.date_from or self.date_to:
            start = day_number(self.date_from) if self.date_from else 1  # 1: undated articles (0) never match
            end = day_number(self.date_to) if self.date_to else None
            parts.append(wq.NumericRange("day", start, end))
        return wq.And(parts) if parts else None

