"""Every error the library raises for the user to act on, by type.

The CLI maps each type to an exit code (``cli.EXIT_CODES``) and the web page
to an HTTP status (``web.errors.STATUSES``); nobody reads the message text to
tell them apart. The message itself says what is wrong and what to do.

They live in ``indexer/`` because only the index side raises them: ``corpus/``
reports unreadable input as ``Problem`` records and never raises these, so it
need not import them (and so never depends on Whoosh).

GoftarError, IndexMissing, IndexBusy and InputSkipped are still defined in
``indexer.store`` (the code that raises them, owned by the index-store work);
import them from here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from indexer.store import GoftarError, IndexBusy, IndexMissing, InputSkipped

if TYPE_CHECKING:
    from corpus.speakers import Speaker

__all__ = ["GoftarError", "IndexMissing", "IndexBusy", "InputSkipped", "QueryError", "UnknownArticle",
           "UnknownSpeaker", "AmbiguousSpeaker"]


class QueryError(GoftarError):
    """The question cannot be asked: an empty query, an unknown sort, an unreadable batch file."""


class UnknownArticle(GoftarError):
    """No article has this id."""


class UnknownSpeaker(GoftarError):
    """Nobody of this name is quoted in the index."""

    def __init__(self, name: str):
        self.name = name
        super().__init__(f"no speaker named {name!r} in the index; see goftar speakers")


class AmbiguousSpeaker(GoftarError):
    """A name (usually a bare surname) that fits several people, listed in ``candidates``."""

    def __init__(self, name: str, candidates: list[Speaker]):
        self.name = name
        self.candidates = candidates
        names = "، ".join(s.name for s in candidates)
        super().__init__(f"{name!r} may be any of: {names}; give the full name")
