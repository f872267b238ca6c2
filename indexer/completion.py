"""What a shell offers at <TAB> for a value (goftar search --category <TAB>, said-by <TAB>): the index's own
categories, sources, speakers and roles that match what was typed, most frequent first, each with how many
articles, quotes or holders it has (zsh and fish show that beside it).

A value starts with what was typed as a filter would read it (facets.facet_key: folded and unspaced),
so «ورزش س», «ورزش‌س» and «ورزشس» all offer «ورزش سه», and اجتماعي (Arabic yeh) offers اجتماعی. It is
offered as what was typed followed by the rest of the value (اجتماعي/رفاه): a shell keeps only what
starts with the typed text, letter for letter, and the filter reads either spelling alike.

A speaker is offered when any word of the name starts with what was typed, in the spelling names are
matched by (corpus.speakers.NAME_FOLD: داود offers داوودی): journalists type a surname (داو → پرویز
داوودی). A name matched by a later word is offered whole; bash, fish and PowerShell show it, zsh only when
its matcher-list matches inside words. said-by is offered the roles its holders were quoted under too
(each comma part, as said-by reads a role), by their start, as said-by finds a role by its first words.
"""

from __future__ import annotations

from typing import Callable

from corpus.speakers import NAME_FOLD, SpeakerRegistry
from indexer.facets import category_counts, facet_key, source_counts
from indexer.quote_search import speaker_registry
from indexer.schema import ARTICLES
from indexer.store import open_searcher

# At most this many values are offered: a large index has tens of thousands of speakers, and a shell
# lists every value it is given; typing more of the name narrows them.
OFFERED = 100
WORD_ENDS = (" ", "\u200c", "/")  # what ends a word (or a category level) typed whole
NAME_WORD_ENDS = (" ", "\u200c")  # what a later word of a name starts after (پرویز داوودی, مصطفی پور‌محمدی)
# A typed start and the part of a value it spells differ in length by at most this many letters once
# folded (داوود → داود, مسئول → مسول): a value's start is compared no further than that past the typed one.
FOLD_SLACK = 2

Key = Callable[[str], str]


def categories_starting(index_dir, typed: str) -> list[tuple[str, str]]:
    """The categories (every level, by their Persian labels, as stats shows them) that start with ``typed``."""
    return _offered(category_counts(open_searcher(index_dir, ARTICLES), top_level_only=False), typed, "article", facet_key)


def sources_starting(index_dir, typed: str) -> list[tuple[str, str]]:
    """The sources (by their Persian names, as stats shows them) that start with ``typed``."""
    return _offered(source_counts(open_searcher(index_dir, ARTICLES)), typed, "article", facet_key)


def speakers_matching(index_dir, typed: str) -> list[tuple[str, str]]:
    """The speakers (as said-by names them) one of whose name's words starts with ``typed``: --speaker's values."""
    return _people(speaker_registry(index_dir), typed)


def speakers_or_roles_matching(index_dir, typed: str) -> list[tuple[str, str]]:
    """said-by's values: speakers_matching, then the roles (role_counts) that start with ``typed``; OFFERED in all."""
    registry = speaker_registry(index_dir)
    return (_people(registry, typed) + _offered(role_counts(registry), typed, "holder", name_key))[:OFFERED]


def role_counts(registry: SpeakerRegistry) -> dict[str, int]:
    """Each role a speaker was quoted under, by its comma parts (what said-by finds a role by), once however
    spelled (the first spelling met), with how many speakers held it."""
    shown: dict[str, str] = {}
    counts: dict[str, int] = {}
    for speaker in registry:
        parts = {name_key(part): part.strip() for role in speaker.roles for part in role.split("،")}
        for key, part in parts.items():
            if key:
                role = shown.setdefault(key, part)
                counts[role] = counts.get(role, 0) + 1
    return counts


def name_key(text: str) -> str:
    """``text`` as names and roles are matched: each word in NAME_FOLD's spelling, run together."""
    return "".join(NAME_FOLD(word) for word in text.split())


def _people(registry: SpeakerRegistry, typed: str) -> list[tuple[str, str]]:
    """The speakers with a word of the name that starts with ``typed``, most quoted first."""
    return _offered({person.name: person.quotes for person in registry}, typed, "quote", name_key, NAME_WORD_ENDS)


def _offered(counts: dict[str, int], typed: str, unit: str, key: Key,
             later_words: tuple[str, ...] = ()) -> list[tuple[str, str]]:
    """(value, how many of ``unit`` it has) for each value of ``counts`` that ``typed`` completes (_completed),
    most first, OFFERED at most."""
    offered = []
    for value, n in sorted(counts.items(), key=lambda item: -item[1]):
        shown = _completed(value, typed, key, later_words)
        if shown is not None:
            offered.append((shown, f"{n} {unit}{'' if n == 1 else 's'}"))
            if len(offered) == OFFERED:
                break
    return offered


def _completed(value: str, typed: str, key: Key, later_words: tuple[str, ...]) -> str | None:
    """``value`` as offered for ``typed``: ``typed`` followed by the rest of it when it starts so (_rest), the
    whole value when a word after one of ``later_words`` does; None when neither."""
    starts = [0, *(n + 1 for n, letter in enumerate(value) if letter in later_words)]
    for start in starts:
        rest = _rest(value[start:], typed, key)
        if rest is not None:
            return typed + rest if start == 0 else value
    return None


def _rest(value: str, typed: str, key: Key) -> str | None:
    """What follows, in ``value``, the part of it ``typed`` spells in a spelling ``key`` reads alike
    («اجتماعی/رفاه» after «اجتماعي»: «/رفاه»); None when ``value`` does not start so, or when a word typed
    whole (a space after it) is only the start of the value's word: «علی » offers «علی سلامی», not
    «علیرضا اعرافی»."""
    end = len(typed) if value.startswith(typed) else _spelt_end(value, key(typed), key)
    if end is None:
        return None
    if typed[-1:] not in WORD_ENDS:
        return value[end:]
    if value[end:end + 1] not in ("", *WORD_ENDS) and value[end - 1:end] not in WORD_ENDS:
        return None
    return value[end:].lstrip("".join(WORD_ENDS))


def _spelt_end(value: str, wanted: str, key: Key) -> int | None:
    """Where the first part of ``value`` whose key is ``wanted`` ends; None when no part's is. A part is
    folded as typed, alone (داوو, not داوود's داود), so it is compared with the typed start as typed."""
    if not wanted:
        return 0
    if key(value[:1])[:1] != wanted[:1]:
        return None  # most values: no need to fold their starts one by one
    for end in range(1, len(value) + 1):
        spelt = key(value[:end])
        if spelt == wanted:
            return end
        if len(spelt) > len(wanted) + FOLD_SLACK:
            return None
    return None
