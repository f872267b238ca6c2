"""Sentences and spans in a folded field: where a sentence starts and ends, trimming a quote.

Every search is bounded (SUBJECT_WINDOW or an explicit limit), so the cost
never grows with the length of the field.
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass

from corpus.orthography import SPACES_FROM
from corpus.quotes.constants import ABBREVIATION_REACH, SENTENCE_MARKS, SUBJECT_WINDOW
from corpus.quotes.patterns import DOTTED_ABBREVIATION


@dataclass(frozen=True)
class Field:
    """One field of an article (title, lead or a body paragraph) as the rules read it.

    ``folded`` is ``fold_letters(text)``: the same length, so an offset found
    in it is an offset into ``text``. ``article`` holds every field of the article
    folded, this one too: how the article names something elsewhere.
    """

    where: str  # "title" | "lead" | "body:N"
    text: str
    folded: str
    article: tuple[str, ...] = ()


def find_sentence_start(folded: str, position: int) -> int:
    """Where the sentence holding ``position`` starts, looking back at most SUBJECT_WINDOW.

    Searched backwards from ``position`` (C-speed rfind), so the cost is the
    distance to the previous mark, never the length of the field.
    """
    window_start = max(0, position - SUBJECT_WINDOW)
    end = position
    while True:
        mark = max(folded.rfind(mark, window_start, end) for mark in SENTENCE_STOPS)
        if mark < 0 or not _no_stop(folded, mark):
            return max(mark, window_start - 1) + 1
        end = mark


def find_sentence_end(folded: str, position: int, limit: int = SUBJECT_WINDOW) -> int:
    """Where the sentence holding ``position`` ends, looking at most ``limit`` ahead."""
    end = min(len(folded), position + limit)
    start = position
    while True:
        marks = [found for found in (folded.find(mark, start, end) for mark in SENTENCE_STOPS) if found >= 0]
        if not marks:
            return end
        mark = min(marks)
        if not _no_stop(folded, mark):
            return mark
        start = mark + 1


SENTENCE_STOPS = SENTENCE_MARKS + "."


def _no_stop(folded: str, at: int) -> bool:
    """Is the mark at ``at`` no sentence's end: part of a number or of a dotted abbreviation?"""
    return _inside_number(folded, at) or _inside_abbreviation(folded, at)


def _inside_abbreviation(folded: str, at: int) -> bool:
    """Is the full stop at ``at`` inside a name written as dotted letters (آ.اس، بی.بی.سی، ج.ا.ا:
    patterns.DOTTED_ABBREVIATION)? Sports and foreign news credit outlets so (نشریه آ.اس مدعی شد);
    a sentence run into the next with no space (شد.وی) is no such name."""
    if folded[at] != ".":
        return False
    return any(found.start() < at < found.end()
               for found in _DOTTED.finditer(folded, max(0, at - ABBREVIATION_REACH), at + ABBREVIATION_REACH))


_DOTTED = re.compile(DOTTED_ABBREVIATION)


def _inside_number(folded: str, at: int) -> bool:
    """Is the mark at ``at`` part of a number (2.5) or a time or score (۲۳:۴۵، 2:1)?"""
    after = folded[at + 1:at + 2].isdigit()
    return after and (folded[at] == "." or folded[at - 1:at].isdigit())


# What surrounds a quote without being part of it: any space (a no-break space too: the raw
# headline is read unfolded, and ``؛\u00a0«...»`` must open a part as ``؛ «...»`` does), a ZWNJ, bidi marks.
BLANKS = " \t\n\u200c\u200f\u200e" + SPACES_FROM


def end_before(text: str, end: int, skipped: str) -> int:
    """Where ``text`` before ``end`` ends once trailing ``skipped`` characters are left out:
    ``len(text[:end].rstrip(skipped))`` without copying a long paragraph for every quote in it."""
    while end > 0 and text[end - 1] in skipped:
        end -= 1
    return end


def only_from(text: str, start: int, chars: str) -> bool:
    """Is ``text`` from ``start`` on made of ``chars`` only (``not text[start:].strip(chars)``, without the copy)?"""
    while start < len(text) and text[start] in chars:
        start += 1
    return start >= len(text)


def trim_quote(folded: str, start: int, end: int) -> tuple[int, int]:
    """Drop surrounding spaces, and guillemets when they wrap the whole quote."""
    while start < end and folded[start] in BLANKS:
        start += 1
    while end > start and folded[end - 1] in BLANKS:
        end -= 1
    if start < end and folded[start] == "«":
        close = folded.find("»", start + 1, end)
        tail = folded[close + 1:end] if close > 0 else "x"
        if close > 0 and not any(ch.isalnum() for ch in tail):
            return start + 1, close
    return start, end


def find_any(text: str, chars: str, start: int, end: int) -> int:
    """The first offset of any of ``chars`` in the range, or -1."""
    positions = [p for p in (text.find(ch, start, end) for ch in chars) if p >= 0]
    return min(positions) if positions else -1


class Spans:
    """Spans already taken by quotes: does a new span overlap any of them? (log time)"""

    def __init__(self, spans: list[tuple[int, int]]):
        spans = sorted(spans)
        self.starts = [start for start, _ in spans]
        self.reach = list(itertools.accumulate((end for _, end in spans), max))  # furthest end so far

    def overlaps(self, start: int, end: int) -> bool:
        before = bisect.bisect_left(self.starts, end)  # spans starting before ``end``
        return before > 0 and self.reach[before - 1] > start
