"""The passage of a text that best shows why it matched, with the matches marked.

Offsets come from the same analyzer that built the index, so the marks fall on
the original characters whatever spelling the query used.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import lru_cache

from corpus.orthography import IN_WORD_MARKS, fold_letters
from indexer.analysis import shared_analyzer
from indexer.lexicon import plurals_of

# A sentence ends at . ! ? ؟ or a line break; Persian uses ؟ and ۔ too.
SENTENCE = re.compile(r"[^.!?؟۔\n]+[.!?؟۔]*")
MAX_CHARS = 280
ELLIPSIS = "…"  # marks where a snippet was cut


@dataclass
class Snippet:
    """``text`` to show, and the (start, end) spans in it to highlight."""

    text: str
    spans: list[tuple[int, int]] = field(default_factory=list)


def best_snippet(text: str, terms: set[str], max_chars: int = MAX_CHARS) -> Snippet:
    """The sentence holding the most distinct query terms, cut to about ``max_chars`` at spaces.

    A cut never splits a word (a ZWNJ joins, it does not part) and is marked
    with «…»; without a match, the text's beginning is shown.
    """
    matches = _matches(text, terms)
    best = max(SENTENCE.finditer(text), key=lambda s: _coverage(s, matches), default=None) if matches else None
    low, high = (best.start(), best.end()) if best else (0, len(text))
    while low < high and text[low].isspace():
        low += 1
    while high > low and text[high - 1].isspace():
        high -= 1
    start, end = low, high
    if end - start > max_chars:
        first = next((m[0] for m in matches if low <= m[0] < high), low)
        start = max(low, min(first - max_chars // 3, high - max_chars))
        end = min(high, start + max_chars)
        start, end = _word_edges(text, start, end, keep=first)
    spans = [(s - start, e - start) for s, e, _ in matches if start <= s and e <= end]
    prefix, suffix = (ELLIPSIS + " " if start > low else ""), (" " + ELLIPSIS if end < high else "")
    return Snippet(prefix + text[start:end] + suffix, [(s + len(prefix), e + len(prefix)) for s, e in spans])


def _word_edges(text: str, start: int, end: int, keep: int) -> tuple[int, int]:
    """``start`` and ``end`` moved inwards to spaces, so no word is cut; ``start`` never past ``keep``."""
    if start > 0 and not text[start - 1].isspace():
        space = next((n for n in range(start, min(keep, end)) if text[n].isspace()), None)
        if space is not None:
            start = space
    if end < len(text) and not text[end].isspace():
        space = next((n for n in range(end - 1, start, -1) if text[n].isspace()), None)
        if space is not None:
            end = space
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _matches(text: str, terms: set[str]) -> list[tuple[int, int, str]]:
    """(start, end, term) of every query term in ``text``.

    Only sentences that can hold a term are analysed: a term's first letters
    appear in the sentence, folded, perhaps with marks or spaces between them
    (``_hinted``, one regular expression over the whole text), while analysing
    a long body costs milliseconds per hit.
    """
    hinted = _hinted(text, terms)
    analyzer = shared_analyzer()
    found = []
    for sentence in SENTENCE.finditer(text):
        if hinted is None or _holds(hinted, sentence.start(), sentence.end()):
            for t in analyzer(sentence.group(), chars=True, start_char=sentence.start()):
                # a compound and its parts share their characters: one match
                if t.text in terms and not (found and found[-1][:2] == (t.startchar, t.endchar)):
                    found.append((t.startchar, t.endchar, t.text))
    return found


def _hinted(text: str, terms: set[str]) -> list[int] | None:
    """Where in ``text`` the first letters of a term (``_hints``) start, ascending; None: anywhere."""
    hints = _hints(terms)
    if hints is None:
        return None
    return [m.start() for m in _hint_pattern(frozenset(hints)).finditer(fold_letters(text))]


def _holds(hinted: list[int], start: int, end: int) -> bool:
    at = bisect.bisect_left(hinted, start)
    return at < len(hinted) and hinted[at] < end


@lru_cache(maxsize=256)
def _hint_pattern(hints: frozenset[str]) -> re.Pattern:
    """Any of ``hints`` in letter-folded text, in any case, with in-word marks or spaces between
    its letters (what fold_word deletes, and the spaces a sentence squeezed of them loses)."""
    gap = f"[{re.escape(IN_WORD_MARKS)}\\s]*"
    return re.compile("|".join(gap.join(map(re.escape, hint)) for hint in sorted(hints)), re.IGNORECASE)


def _hints(terms: set[str]) -> set[str] | None:
    """Letters a sentence must show to hold one of ``terms``; None when a term may be written without them.

    A number may be written in words (سه هزار is the term 3000), so any sentence
    may hold it; a singular may be written as its broken plural (مدارس is the
    term مدرسه), so the plural's letters count too.
    """
    if any(any(char.isdigit() for char in term) for term in terms):
        return None
    plurals = plurals_of()
    return {form[:3] for term in terms for form in (term, *plurals.get(term, ()))}


def _coverage(sentence: re.Match, matches: list[tuple[int, int, str]]) -> tuple[int, int]:
    inside = [m for m in matches if sentence.start() <= m[0] < sentence.end()]
    return len({m[2] for m in inside}), len(inside)
