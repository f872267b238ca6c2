"""What pass 1 finds and pass 2 reads: quotes (Found) and the people a field introduces (Introduction).

Every shape of quote (``direct``, ``indirect``, ``guillemets``) returns Found, and
the passes over an article's reading (``reading``) and the cast (``cast``) take Found
and Introduction together, ordered by field_order; so they live apart from any one
shape, as does search_verb, the look for a speech verb that pass 1 makes in every shape.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from corpus.quotes.patterns import PLAIN_SPEECH_VERB
from corpus.quotes.subjects import Mention


@dataclass
class Found:
    """A quote found in pass 1: where it is, and the words naming its speaker."""

    where: str
    start: int
    end: int
    kind: str
    cue: str
    text: str
    mention: Mention


@dataclass
class Introduction:
    """A field opening on a full name (``حجت‌الاسلام علی رضایی ... حضور یافت.``).

    Not a quote, but the person it introduces is who a following ``وی گفت``
    means, so pass 2 reads it in its place among the quotes.
    """

    where: str
    start: int
    mention: Mention


def field_order(where: str) -> int:
    """title, lead, then body paragraphs in order."""
    return 2 + int(where.split(":")[1]) if where.startswith("body:") else {"title": 0, "lead": 1}[where]


def search_verb(folded: str, start: int, end: int) -> re.Match | None:
    """The first speech verb between two offsets, colon or not."""
    return PLAIN_SPEECH_VERB.search(folded, start, end)
