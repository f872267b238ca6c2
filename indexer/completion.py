"""What a shell offers at <TAB> for a value (goftar search --category <TAB>, said-by <TAB>): the index's own
categories, sources and speakers that start with what was typed, most frequent first, each with how many
articles or quotes it has (zsh and fish show that beside it).

A value starts with what was typed as a filter would read it (facets.facet_key: folded and unspaced),
so «ورزش س», «ورزش‌س» and «ورزشس» all offer «ورزش سه», and اجتماعي (Arabic yeh) offers اجتماعی. It is
offered as what was typed followed by the rest of the value (اجتماعي/رفاه): a shell keeps only what
starts with the typed text, letter for letter, and the filter reads either spelling alike.
"""

from __future__ import annotations

from indexer.facets import category_counts, facet_key, source_counts
from indexer.quote_search import speaker_registry
from indexer.schema import ARTICLES
from indexer.store import open_searcher

# At most this many values are offered: a large index has tens of thousands of speakers, and a shell
# lists every value it is given; typing more of the name narrows them.
OFFERED = 100
WORD_ENDS = (" ", "\u200c", "/")  # what ends a word (or a category level) typed whole


def categories_starting(index_dir, typed: str) -> list[tuple[str, str]]:
    """The categories (every level, by their Persian labels, as stats shows them) that start with ``typed``."""
    return _starting(category_counts(open_searcher(index_dir, ARTICLES), top_level_only=False), typed, "article")


def sources_starting(index_dir, typed: str) -> list[tuple[str, str]]:
    """The sources (by their Persian names, as stats shows them) that start with ``typed``."""
    return _starting(source_counts(open_searcher(index_dir, ARTICLES)), typed, "article")


def speakers_starting(index_dir, typed: str) -> list[tuple[str, str]]:
    """The speakers (as said-by names them) whose name starts with ``typed``."""
    return _starting({person.name: person.quotes for person in speaker_registry(index_dir)}, typed, "quote")


def _starting(counts: dict[str, int], typed: str, unit: str) -> list[tuple[str, str]]:
    """(value, how many of ``unit`` it has) for each value of ``counts`` that starts with ``typed``, most first,
    OFFERED at most; each value as ``typed`` followed by the rest of it (_rest)."""
    wanted, offered = facet_key(typed), []
    for value, n in sorted(counts.items(), key=lambda item: -item[1]):
        rest = _rest(value, typed) if facet_key(value).startswith(wanted) else None
        if rest is not None and len(offered) < OFFERED:
            offered.append((typed + rest, f"{n} {unit}{'' if n == 1 else 's'}"))
    return offered


def _rest(value: str, typed: str) -> str | None:
    """What follows, in ``value``, the part of it ``typed`` spells in a spelling facet_key reads alike
    («اجتماعی/رفاه» after «اجتماعي»: «/رفاه»); None when a word typed whole (a space after it) is only the
    start of the value's word: «علی » offers «علی سعیدی», not «علیرضا اعرافی»."""
    if value.startswith(typed):
        end = len(typed)
    else:
        end = next(end for end in range(len(value) + 1) if facet_key(value[:end]) == facet_key(typed))
    if typed[-1:] not in WORD_ENDS:
        return value[end:]
    if value[end:end + 1] not in ("", *WORD_ENDS) and value[end - 1:end] not in WORD_ENDS:
        return None
    return value[end:].lstrip("".join(WORD_ENDS))
