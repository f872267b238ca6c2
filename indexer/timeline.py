"""How many per period of time: articles per year, one person's quotes per year or month.

Counted here once, so ``goftar stats``, the search JSON (``by_year``) and the
web page's charts always agree. Periods are Jalali unless asked otherwise and
named as scripts read them: "1398" for a year, "1398/07" for a month.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from typing import Iterable

from whoosh import query as wq

from corpus.dates import to_jalali

# A person's quotes are counted per month when their dated quotes span at most
# this many months (a year chart of one or two bars shows nothing), else per year.
MONTHLY_SPAN = 24


def articles_by_year(searcher, among: set[int] | None = None, calendar: str = "jalali") -> dict[str, int]:
    """Live articles per year ("1398": 12), oldest first, of those ``among`` (docnums) when given; undated ones are
    not counted.

    Read from the index's year terms (``year_key``), so it costs a set
    intersection per year, not a stored-field read per article.
    """
    prefix = "j" if calendar == "jalali" else "g"
    counts = {}
    for value in searcher.lexicon("year_key"):
        value = value.decode("utf-8") if isinstance(value, bytes) else value
        if not value.startswith(prefix):
            continue
        docs = searcher.docs_for_query(wq.Term("year_key", value))  # live documents only
        n = sum(1 for doc in docs if among is None or doc in among)
        if n:
            counts[value[1:]] = n
    return dict(sorted(counts.items()))


@dataclass
class Timeline:
    """Counts per period, oldest first, with every period between the first and the last (empty ones 0)."""

    unit: str = "year"  # "year" or "month"
    counts: dict[str, int] = field(default_factory=dict)


def by_period(iso_dates: Iterable[str]) -> Timeline:
    """Dates (ISO strings, "" when unknown) counted per Jalali month when they span at most MONTHLY_SPAN months, else per year."""
    months = [to_jalali(day, persian_digits=False)[:7] for day in map(_day, iso_dates) if day]
    if not months:
        return Timeline()
    span = _month_number(max(months)) - _month_number(min(months)) + 1
    unit = "month" if span <= MONTHLY_SPAN else "year"
    counts: dict[str, int] = {}
    for month in months:
        period = month if unit == "month" else month[:4]
        counts[period] = counts.get(period, 0) + 1
    return continuous(counts, unit)


def continuous(counts: dict[str, int], unit: str = "year") -> Timeline:
    """``counts`` with the periods between its first and last added as 0, oldest first."""
    if not counts:
        return Timeline(unit)
    if unit == "year":
        years = [int(y) for y in counts]
        periods = [str(y) for y in range(min(years), max(years) + 1)]
    else:
        first, last = (_month_number(m) for m in (min(counts), max(counts)))
        periods = [f"{n // 12:04d}/{n % 12 + 1:02d}" for n in range(first, last + 1)]
    return Timeline(unit, {p: counts.get(p, 0) for p in periods})


def _month_number(month: str) -> int:
    """"1398/07" → months since year 0, so spans are differences."""
    year, number = month.split("/")
    return int(year) * 12 + int(number) - 1


def _day(iso: str) -> datetime.date | None:
    try:
        return datetime.date.fromisoformat(iso[:10]) if iso else None
    except ValueError:
        return None
