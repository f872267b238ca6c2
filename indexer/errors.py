"""Every error the library raises for the user to act on, by type.

The CLI maps each type to an exit code (``cli.EXIT_CODES``) and the web page
to an HTTP status (``web.errors.STATUSES``); nobody reads the message text to
tell them apart. The message says what is wrong, and what to do where that
is the same everywhere; where the CLI and the web differ (a command to run,
a tab to open), each front end adds its own step to the message (``advised``:
``cli.ADVICE``, ``web.errors.ADVICE``).

They live in ``indexer/`` because only the index side raises them: ``corpus/``
reports unreadable input as ``Problem`` records and never raises these, so it
need not import them (and so never depends on Whoosh).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from corpus.speakers import Speaker

__all__ = ["GoftarError", "advised", "IndexMissing", "IndexOutdated", "IndexNewer", "schema_mismatch", "IndexBusy",
           "InputSkipped", "QueryError", "EmptyQuery", "EmptySearch", "UnknownArticle", "AmbiguousArticle", "UnknownSpeaker",
           "RootsMissing", "AmbiguousSpeaker", "PersonOrRole", "quoted"]


SHOWN_CANDIDATES = 10  # articles an ambiguous number lists by name


ECHOED_CHARS = 60  # of what the user typed, echoed back in a message


def quoted(text: str, whole: bool = False) -> str:
    """What the user typed, in quotes, as typed: a ZWNJ stays a ZWNJ (repr() would print it as \\u200c).

    Past ECHOED_CHARS it is cut, with «…»: a message about a pasted page should not print the page
    back. ``whole`` keeps it all, for a path the user is to copy into a command.
    """
    if not whole and len(text) > ECHOED_CHARS:
        text = text[:ECHOED_CHARS].rstrip() + "…"
    return f"'{text}'"


class GoftarError(Exception):
    """A problem the user can act on; the CLI prints it without a traceback."""


def advised(error: GoftarError, advice: dict[type[GoftarError], str]) -> str:
    """The error's message and, after it, what a front end's ``advice`` for its type (or its nearest
    listed type) says to do, ``{error.…}`` filled in from the error."""
    step = next((advice[kind] for kind in type(error).__mro__ if kind in advice), "")
    return f"{error}; {step.format(error=error)}" if step else str(error)


class IndexMissing(GoftarError):
    """No index where one was asked for; the message says how to build one."""


class IndexOutdated(GoftarError):
    """The index was built by a goftar that writes another schema (``found``; this one reads ``reads``);
    ``roots`` are the folders it was built from, ``rebuild`` the command that rebuilds it with this goftar."""

    def __init__(self, folder, found, reads: int, roots: list[str]):
        self.found, self.reads, self.roots = found, reads, roots
        paths = " ".join(quoted(root, whole=True) for root in roots) or "PATH"
        self.rebuild = f"goftar index --rebuild {paths} --index {quoted(str(folder), whole=True)}"
        super().__init__(f"the index in {folder} was built by another goftar version (schema {found}, this one "
                         f"reads {reads})")


class IndexNewer(IndexOutdated):
    """The index was built by a newer goftar than this one (a server still running the old code after an
    upgrade): rebuilding would not help, running the newer goftar does."""


def schema_mismatch(folder, found, reads: int, roots: list[str]) -> IndexOutdated:
    """The error for an index of schema ``found`` read by a goftar that reads ``reads``: newer or not."""
    kind = IndexNewer if isinstance(found, int) and found > reads else IndexOutdated
    return kind(folder, found, reads, roots)


class IndexBusy(GoftarError):
    """Another goftar index run holds the lock."""


class InputSkipped(GoftarError):
    """--strict: some input would be skipped, so nothing was written."""


class RootsMissing(InputSkipped):
    """Every path given to goftar index is missing and the index holds nothing from any: no run to make, and
    no empty index left behind; ``roots`` are the paths."""

    def __init__(self, roots: list):
        self.roots = roots
        paths = ", ".join(quoted(str(root), whole=True) for root in roots)
        super().__init__(f"no such file or folder: {paths}; nothing was indexed; check the path "
                         "(goftar index takes folders or .txt, .json, .jsonl files)")


class QueryError(GoftarError):
    """The question cannot be asked: an empty query, an unknown sort, an unreadable batch file."""


# What an empty question of each command lacks, and an example of it (for each front end's advice).
ASKED = {"quotes": "some words to search for", "who": "some words of what was said",
         "said-by": "a person's name or a role"}
EXAMPLES = {"search": "کودکان کار", "quotes": "کودکان کار", "who": "کودکان کار", "said-by": "رئیس سازمان بهزیستی"}


class EmptyQuery(QueryError):
    """Nothing was asked of ``command`` (search, quotes, who, said-by): no words, or no name. The
    message says what is missing; each front end names its own way to ask (``example``): a command
    on the command line, an address on the web."""

    def __init__(self, command: str, message: str = ""):
        self.command = command
        self.example = EXAMPLES[command]
        super().__init__(message or f"the {'name' if command == 'said-by' else 'query'} is empty; give {ASKED[command]}")


class EmptySearch(EmptyQuery):
    """A search with no words and no filter: nothing to rank and nothing to list. What can be given
    differs by front end (the CLI's --batch FILE, the page's form), so each says it (``advised``)."""

    def __init__(self):
        super().__init__("search", "the query is empty and no filter narrows the articles, so there is nothing to rank or list")


class UnknownArticle(GoftarError):
    """No article has this id; ``number``: the article number read from a pasted url, which an indexed
    article's url holds (its url differs: another domain of the same agency, say), or ""."""

    def __init__(self, doc_id: str, number: str = ""):
        self.doc_id, self.number = doc_id, number
        held = f"; the number {number} in it is in an indexed article's address: give that number" if number else ""
        super().__init__(f"no article with id {quoted(doc_id)}{held}")


class AmbiguousArticle(GoftarError):
    """A bare number that several articles' ids (urls) hold; they are listed in ``candidates``."""

    def __init__(self, doc_id: str, candidates: list[str]):
        self.doc_id = doc_id
        self.candidates = candidates
        shown = ", ".join(candidates[:SHOWN_CANDIDATES])
        more = f" and {len(candidates) - SHOWN_CANDIDATES} more" if len(candidates) > SHOWN_CANDIDATES else ""
        super().__init__(f"{quoted(doc_id)} is in the id of {len(candidates)} articles: {shown}{more}; give the whole id")


class NamedError(GoftarError):
    """An error about a name or role as typed (``name``)."""

    name: str

    @property
    def quoted_name(self) -> str:
        """The name as typed, quoted, for a front end's advice (a command to copy, a page to open)."""
        return quoted(self.name)


class UnknownSpeaker(NamedError):
    """Nobody of this name is quoted in the index."""

    def __init__(self, name: str):
        self.name = name
        super().__init__(f"no speaker named {quoted(name)} in the index")


class UnknownRole(UnknownSpeaker):
    """Words opened by a role word (رئیس سازمان بهزیستی) that nobody in the index was quoted as:
    no person is missing, so the advice is where roles are listed, not names."""

    def __init__(self, role: str):
        super().__init__(role)
        GoftarError.__init__(self, f"no one in the index held the role {quoted(role)}")


class AmbiguousSpeaker(NamedError):
    """A name (usually a bare surname) that fits several people, listed in ``candidates``."""

    def __init__(self, name: str, candidates: list[Speaker]):
        self.name = name
        self.candidates = candidates
        names = "، ".join(s.name for s in candidates)
        super().__init__(f"{quoted(name)} may be any of: {names}; give the full name")


class PersonOrRole(AmbiguousSpeaker):
    """Words that are both a person (a full name, or a surname with no role word in front) and
    a role someone held: ``candidates`` are the people, ``holders`` (RoleHolder) the role's."""

    def __init__(self, name: str, candidates: list[Speaker], holders: list):
        super().__init__(name, candidates)
        self.holders = holders
        people = "، ".join(s.name for s in candidates)
        held = "، ".join(h.speaker or "(unnamed)" for h in holders[:SHOWN_CANDIDATES])
        held += f" and {len(holders) - SHOWN_CANDIDATES} more" if len(holders) > SHOWN_CANDIDATES else ""
        GoftarError.__init__(self, f"{quoted(name)} may be the person {people} or the role held by {held}; "
                             "give the full name")
