"""The passage of a text that best shows why it matched, with the matches marked.

Offsets come from the same analyzer that built the index, so the marks fall on
the original characters whatever spelling the query used.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from corpus.orthography import fold_word
from indexer.analysis import persian_analyzer

# A sentence ends at . ! ? ؟ or a line break; Persian uses ؟ and ۔ too.
SENTENCE = re.compile(r"[^.!?؟۔\n]+[.!?؟۔]*")
MAX_CHARS = 280


@dataclass
class Snippet:
    """``text`` to show, and the (start, end) spans in it to highlight."""

    text: str
    spans: list[tuple[int, int]] = field(default_factory=list)


def best_snippet(text: str, terms: set[str], max_chars: int = MAX_CHARS) -> Snippet:
    """The sentence holding the most distinct query terms, cut to ``max_chars``."""
    matches = _matches(text, terms)
    if not matches:
        return Snippet(_cut(text, 0, max_chars))
    best = max(SENTENCE.finditer(text), key=lambda s: _coverage(s, matches), default=None)
    start, end = (best.start(), best.end()) if best else (0, len(text))
    if end - start > max_chars:
        first = next(m[0] for m in matches if start <= m[0] < end)
        start = max(start, first - max_chars // 3)
        end = min(end, start + max_chars)
    while start < end and text[start].isspace():
        start += 1
    spans = [(s - start, e - start) for s, e, _ in matches if start <= s and e <= end]
    prefix = "… " if start > 0 and not best else ""
    return Snippet(prefix + text[start:end].rstrip(), [(s + len(prefix), e + len(prefix)) for s, e in spans])


def _matches(text: str, terms: set[str]) -> list[tuple[int, int, str]]:
    """(start, end, term) of every query term in ``text``.

    Only sentences that can hold a term are analysed: a term's first letters
    survive in the sentence's folded, unspaced spelling, which costs one
    str.translate, while analysing a long body costs milliseconds per hit.
    """
    hints = {term[:3] for term in terms}
    analyzer = persian_analyzer()
    found = []
    for sentence in SENTENCE.finditer(text):
        squeezed = "".join(fold_word(sentence.group()).split())
        if any(hint in squeezed for hint in hints):
            for t in analyzer(sentence.group(), chars=True, start_char=sentence.start()):
                # a compound and its parts share their characters: one match
                if t.text in terms and not (found and found[-1][:2] == (t.startchar, t.endchar)):
                    found.append((t.startchar, t.endchar, t.text))
    return found


def _coverage(sentence: re.Match, matches: list[tuple[int, int, str]]) -> tuple[int, int]:
    inside = [m for m in matches if sentence.start() <= m[0] < sentence.end()]
    return len({m[2] for m in inside}), len(inside)


def _cut(text: str, start: int, max_chars: int) -> str:
    return text[start:start + max_chars].rstrip() + ("…" if len(text) - start > max_chars else "")
