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
    words: int = 0  # how many distinct query terms the highlighted spans hold


def marks(text: str, terms: set[str]) -> list[tuple[int, int]]:
    """Where ``terms`` stand in a short ``text`` shown whole (a speaker's name, a role), as best_snippet marks
    them: a quote found through its speaker's name alone showed nothing marked, and nothing said why it matched."""
    found = best_snippet(text, terms, max_chars=max(len(text), MAX_CHARS))
    return found.spans if found.text == text else []


def best_snippet(text: str, terms: set[str], max_chars: int = MAX_CHARS) -> Snippet:
    """The sentence holding the most distinct query terms, cut to about ``max_chars`` at spaces.

    Whatever of ``text`` is left out is marked with «…», on the side it was left out: a
    sentence of a longer quote must not pass for the whole quote. A cut never splits a
    word (a ZWNJ joins, it does not part); without a match, the text's beginning is shown.
    """
    best, matches = _best_sentence(text, terms) if terms else (None, [])
    whole = _trimmed(text, 0, len(text))
    low, high = _trimmed(text, best.start(), best.end()) if best else whole
    start, end = low, high
    if end - start > max_chars:
        first = next((m[0] for m in matches if low <= m[0] < high), low)
        start = max(low, min(first - max_chars // 3, high - max_chars))
        end = min(high, start + max_chars)
        start, end = _word_edges(text, start, end, keep=first)
    shown = [match for match in matches if start <= match[0] and match[1] <= end]
    prefix, suffix = (ELLIPSIS + " " if start > whole[0] else ""), (" " + ELLIPSIS if end < whole[1] else "")
    return Snippet(prefix + text[start:end] + suffix, [(s - start + len(prefix), e - start + len(prefix)) for s, e, _ in shown],
                   _coverage(shown)[0])


def shortened(text: str, max_chars: int) -> str:
    """``text`` as shown where there is room for ``max_chars`` (the web's list of an article's quotes):
    its beginning, cut and marked as snippets are."""
    return best_snippet(text, set(), max_chars).text


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """``start`` and ``end`` moved inwards past white space."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _best_sentence(text: str, terms: set[str]) -> tuple[re.Match | None, list[tuple[int, int, tuple[str, ...]]]]:
    """The first sentence with the most distinct terms, then the most matches, and its matches; (None, []) without one.

    Analysing a sentence costs far more than finding its hints, and an
    article ranked first holds the word in many sentences: sentences are
    analysed in the order of what their hints allow (``_sentence_ceilings``),
    and the search stops once no sentence left can beat the best found.
    """
    sentences = list(SENTENCE.finditer(text))
    ceilings = _sentence_ceilings(text, terms, sentences)
    best, best_key, best_matches = None, (0, 0), []
    for n in sorted(ceilings, key=lambda n: (ceilings[n], -n), reverse=True):
        if best is not None and (ceilings[n] < best_key or (ceilings[n] == best_key and n > best)):
            break
        matches = _matches_in(sentences[n], terms)
        key = _coverage(matches)
        if key > best_key or (key == best_key and best is not None and n < best):
            best, best_key, best_matches = n, key, matches
    return (sentences[best], best_matches) if best is not None else (None, [])


def _sentence_ceilings(text: str, terms: set[str], sentences: list[re.Match]) -> dict[int, tuple[float, float]]:
    """For each sentence that may hold a term, the most (distinct terms, matches) it can hold: how many
    terms' hints (``_hints``) start in it, and how many places any does. Infinite when a term has no hint."""
    hints = {term: _hints({term}) for term in terms}
    if any(hint is None for hint in hints.values()):
        return {n: (float("inf"), float("inf")) for n in range(len(sentences))}
    folded = fold_letters(text)
    starts = [sentence.start() for sentence in sentences]
    places: dict[int, set[int]] = {}  # sentence -> where hints start in it
    terms_in: dict[int, set[str]] = {}
    for term, forms in hints.items():
        for match in _hint_pattern(frozenset(forms)).finditer(folded):
            n = bisect.bisect_right(starts, match.start()) - 1
            if n >= 0 and match.start() < sentences[n].end():
                places.setdefault(n, set()).add(match.start())
                terms_in.setdefault(n, set()).add(term)
    return {n: (len(terms_in[n]), len(places[n])) for n in places}


def _matches_in(sentence: re.Match, terms: set[str]) -> list[tuple[int, int, tuple[str, ...]]]:
    """(start, end, the query terms there) of every match in one sentence (offsets into the whole text).

    A compound and its parts share their characters: one match, holding each
    of its terms (کودکان‌بیمه holds both کودک and بیمه)."""
    found = []
    for t in shared_analyzer()(sentence.group(), chars=True, start_char=sentence.start()):
        if t.text not in terms:
            continue
        if found and found[-1][:2] == (t.startchar, t.endchar):
            found[-1] = (t.startchar, t.endchar, found[-1][2] + (t.text,))
        else:
            found.append((t.startchar, t.endchar, (t.text,)))
    return found


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
    return _trimmed(text, start, end)


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


def _coverage(matches: list[tuple[int, int, tuple[str, ...]]]) -> tuple[int, int]:
    """(distinct query terms, matches) of a sentence: what makes it the best."""
    return len({term for m in matches for term in m[2]}), len(matches)
