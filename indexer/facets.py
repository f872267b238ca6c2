"""Filters and counts over exact values: category, source, publication date.

Facet values are folded like words (ي → ی, no ZWNJ, lower case) so that
--category اجتماعي finds اجتماعی; a category "social/welfare" is filed under
both "social" and "social/welfare", so either level filters. A category
given as an English slug or as its Persian label (corpus.categories) finds
both, and counts show the label; a source given by its domain, Persian or
English name or an alias (corpus.sources) finds every spelling of it, and
counts show its Persian name. An article with no category of its own is
filed under its source's, where the source is all one section (source_category:
Varzesh3 → sports). A subcategory named alone (فوتبال ایران) finds the subcategory of
that name one level under a top level (ورزشی/فوتبال ایران), under each top level that has
one. A value the index does not hold is an error that lists the values there are, and
the subcategories nearest to what was typed, never a silent empty result.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from difflib import SequenceMatcher
from itertools import combinations

from whoosh import query as wq

from corpus.categories import CATEGORY_LABELS
from corpus.dates import to_jalali
from corpus.orthography import fold_word, standard_spelling
from corpus.sources import SOURCES, SourceNames
from indexer.errors import QueryError, quoted

# How many known values an unknown-value message lists.
LISTED_VALUES = 30
# How many subcategories an unknown category's message names as nearest to what was typed, and how
# alike (difflib's ratio, of the folded keys) one must be to be named: «فوتبال ایرن» names ورزشی/فوتبال ایران.
NEAREST_SUBCATEGORIES = 5
NEAREST_RATIO = 0.6


class UnknownFilterValue(QueryError):
    """A --category / --source value no article in the index has: ``value``, as typed."""

    def __init__(self, message: str, value: str):
        super().__init__(message)
        self.value = value


class UnknownCategory(UnknownFilterValue):
    """A category no article has: the filter is wrong, not the query's words."""


class UnknownSource(UnknownFilterValue):
    """A source no article has."""


class FiltersLeaveNothing(QueryError):
    """Each filter lets articles through, but together they let none (category:ورزشی in the query and the
    category سیاسی), or a period holds none: ``which`` names the fewest of them that do so, as given."""

    def __init__(self, which: list[str]):
        self.which = which
        both = f"{' and '.join(which)} have none in common" if len(which) > 1 else f"{which[0]} lets none through"
        super().__init__(f"the filters leave no article: {both}")


def date_order_problem(date_from: datetime.date | None, date_to: datetime.date | None,
                       names: tuple[str, str] = ("--from", "--to")) -> str:
    """Why no date can be both on or after ``date_from`` and on or before ``date_to``; "" when one can."""
    if not (date_from and date_to and date_from > date_to):
        return ""
    return (f"{names[0]} {date_from.isoformat()} ({to_jalali(date_from, persian_digits=False)}) is after "
            f"{names[1]} {date_to.isoformat()} ({to_jalali(date_to, persian_digits=False)})")


def facet_key(value: str) -> str:
    """A source's or a category level's key: folded and unspaced, so that «بین الملل», «بین‌الملل»
    and «بينالملل» are one category, as a speaker's key is one person however spaced."""
    return "".join(fold_word(word) for word in value.replace(",", " ").split())


def category_keys(category: str) -> str:
    """"social/welfare" → "social,social/welfare": each level of the path."""
    parts = [facet_key(p) for p in category.split("/") if p.strip()]
    return ",".join("/".join(parts[: n + 1]) for n in range(len(parts)))


LABEL_OF = {facet_key(slug): label for slug, label in CATEGORY_LABELS.items()}
SLUGS_OF: dict[str, list[str]] = {}
for _slug, _label in LABEL_OF.items():
    SLUGS_OF.setdefault(facet_key(_label), []).append(_slug)


def category_label(key: str) -> str:
    """The Persian label of a category key, level by level: "social/welfare" → "اجتماعی/رفاه"."""
    return "/".join(LABEL_OF.get(level, level) for level in key.split("/"))


def category_shown(category: str) -> str:
    """A stored category as a Persian reader should see it: each level that is a known slug as its
    label ("economy/stock" → "اقتصادی/بورس"), any other level as written."""
    return "/".join(LABEL_OF.get(facet_key(level), level.strip()) for level in category.split("/") if level.strip())


def category_equivalents(value: str) -> set[str]:
    """The category keys a filter value stands for: itself, and its slug or label spelling."""
    levels = [facet_key(level) for level in value.split("/") if level.strip()]
    as_slugs = ["/".join(path) for path in _paths([SLUGS_OF.get(level, [level]) for level in levels])]
    return {"/".join(levels), category_key_of_label(levels), *as_slugs}


def category_spellings(value: str) -> set[str]:
    """The category a filter value stands for (category_equivalents) as words to search the category
    field for, one level after another: "اجتماعی" → {"اجتماعی", "social"}, "arts-media" →
    {"arts-media", "هنر و رسانه"}; a label level as its label is written, any other as its key."""
    return {" ".join(_written(level) for level in key.split("/")) for key in category_equivalents(value) if key}


def _written(level: str) -> str:
    """A category level's key as written: a label's as the label (هنر و رسانه), any other as the key."""
    slugs = SLUGS_OF.get(level)
    return LABEL_OF[slugs[0]] if slugs else level


def category_key_of_label(levels: list[str]) -> str:
    return "/".join(facet_key(LABEL_OF.get(level, level)) for level in levels)


def _paths(choices: list[list[str]]) -> list[tuple[str, ...]]:
    paths = [()]
    for options in choices:
        paths = [path + (option,) for path in paths for option in options]
    return paths


# Each name of a known source (its key) -> the source's row: its host label, Persian and English
# names and aliases (corpus.sources); a host is known by any of its labels (www.X.ir, X.com: X).
SOURCE_BY_NAME: dict[str, SourceNames] = {}
for _label, _names in SOURCES.items():
    for _name in (_label, _names.persian, _names.english, *_names.aliases):
        SOURCE_BY_NAME[facet_key(_name)] = _names


def known_source(value: str) -> SourceNames | None:
    """The row of corpus.sources that ``value`` names: by a name, or a host by one of its labels."""
    names = SOURCE_BY_NAME.get(facet_key(value))
    if names is None and "." in value:
        names = next((SOURCES[label] for label in value.strip().lower().split(".") if label in SOURCES), None)
    return names


def source_key(value: str) -> str:
    """The one key of a source, indexed and filtered by: a known source's Persian name (so its host, its
    www. form and its names are one source), any other source as it is (folded and unspaced)."""
    names = known_source(value)
    return facet_key(names.persian if names else value)


def source_spellings(value: str) -> set[str]:
    """Every name of the source ``value`` names (فارس, Fars, farsnews …), as written; itself alone when unknown."""
    names = known_source(value)
    label = next((label for label, row in SOURCES.items() if row is names), None)
    return {value, *((label, names.persian, names.english, *names.aliases) if names else ())}


def source_equivalents(value: str) -> set[str]:
    """The source keys a filter value stands for: its one key (source_key)."""
    return {source_key(value)}


def source_category(source: str) -> str:
    """The category an article of ``source`` (any name) is filed under when it names none: a source
    that is all one section (Varzesh3: sports), so a category filter finds its articles; "" for any other."""
    names = known_source(source)
    return names.category if names else ""


def source_label(key: str) -> str:
    """A source as a reader names it: a known one by its Persian name (its host → فارس), any other as it is."""
    names = known_source(key)
    return names.persian if names else key


EPOCH = datetime.date(1900, 1, 1)


def day_number(published: datetime.date | None) -> int:
    """Days since 1900, the indexed form of a date; 0 when there is none."""
    return (published - EPOCH).days if published else 0


def year_keys(published: datetime.date | None) -> str:
    """Both calendars' years, so stats can count by either: "j1398,g2019"."""
    if published is None:
        return ""
    return f"j{to_jalali(published, persian_digits=False)[:4]},g{published.year}"


@dataclass
class Filters:
    """What a search is narrowed to; empty filters narrow nothing."""

    category: str | None = None
    source: str | None = None
    date_from: datetime.date | None = None
    date_to: datetime.date | None = None
    in_query: bool = False  # a category:/source: term of the query, not an option: named so when it leaves nothing

    def named_parts(self) -> list[tuple[str, Filters]]:
        """Each filter on its own, named as it was given («category:'ورزشی' in the query», «from 2019-03-21
        (1398/01/01)»), to say which of them leave no article."""
        return [(self._named(field, value), Filters(**{field: value})) for field, value in
                (("category", self.category), ("source", self.source), ("date_from", self.date_from),
                 ("date_to", self.date_to)) if value]

    def _named(self, field: str, value) -> str:
        if isinstance(value, datetime.date):
            return f"{field.removeprefix('date_')} {value.isoformat()} ({to_jalali(value, persian_digits=False)})"
        return f"{field}:{quoted(value)} in the query" if self.in_query else f"{field} {quoted(value)}"

    def query(self, searcher=None) -> wq.Query | None:
        """A Whoosh filter query, or None when nothing is filtered.

        Given the searcher, a category or source value that no indexed
        article has raises UnknownFilterValue naming the values there are.
        """
        parts = []
        if self.category:
            keys = category_equivalents(self.category) if searcher is None else held_categories(searcher, self.category)
            if not keys:
                raise _unknown(searcher, "category_key", self.category, "category", "categories")
            parts.append(wq.Or([wq.Term("category_key", key) for key in sorted(keys)]))
        if self.source:
            keys = source_equivalents(self.source)
            if searcher is not None and not (keys := _held(searcher, "source_key", keys)):
                raise _unknown(searcher, "source_key", self.source, "source", "sources")
            parts.append(wq.Or([wq.Term("source_key", key) for key in sorted(keys)]))
        if self.date_from or self.date_to:
            start = day_number(self.date_from) if self.date_from else 1  # 1: undated articles (0) never match
            end = day_number(self.date_to) if self.date_to else None
            parts.append(wq.NumericRange("day", start, end))
        return wq.And(parts) if parts else None


def check_articles_left(searcher, filters: list[Filters | None]) -> None:
    """FiltersLeaveNothing when ``filters`` (the options' and the query's own) together let no article through,
    naming the fewest of them that do so: an empty answer must say that the filters, not the words, found nothing."""
    parts = [part for each in filters if each for part in each.named_parts()]
    if not parts or _lets_through(searcher, [part for _, part in parts]):
        return
    for size in range(1, len(parts)):
        for group in combinations(parts, size):
            if not _lets_through(searcher, [part for _, part in group]):
                raise FiltersLeaveNothing([said for said, _ in group])
    raise FiltersLeaveNothing([said for said, _ in parts])


def _lets_through(searcher, filters: list[Filters]) -> bool:
    """Do ``filters`` together let any article through?"""
    return any(True for _ in searcher.docs_for_query(wq.And([each.query(searcher) for each in filters])))


def held_categories(searcher, value: str) -> set[str]:
    """The index's category keys that ``value`` names: itself in any spelling (category_equivalents) or, when
    no article has that, the subcategory of that name one level under a top level (فوتبال ایران: ورزشی/فوتبال
    ایران), under every top level that has one: a reader knows the subcategory, not always its section. Empty
    when the index holds neither."""
    keys = category_equivalents(value)
    return _held(searcher, "category_key", keys) or _under_top_levels(searcher, keys)


def _under_top_levels(searcher, keys: set[str]) -> set[str]:
    """The held category keys that are one of ``keys`` one level under a top level."""
    return {key for key in _lexicon(searcher, "category_key") if key.partition("/")[2] in keys}


def subcategory_notice(searcher, value: str) -> str:
    """Said when a subcategory named alone stands under several top levels, all of which are searched (so a
    reader who meant one knows to name it); "" otherwise."""
    if _held(searcher, "category_key", category_equivalents(value)):
        return ""
    paths = sorted({_written_category(searcher, key) for key in _under_top_levels(searcher, category_equivalents(value))})
    if len(paths) < 2:
        return ""
    return f"the category {quoted(value)} is a subcategory of several: {'، '.join(paths)}; all of them are included"


def nearest_subcategories(searcher, value: str) -> list[str]:
    """The index's subcategories (as labelled paths) most like ``value``, most alike first: what was typed
    may be a subcategory misspelt, or a level of one."""
    typed = "/".join(facet_key(level) for level in value.split("/") if level.strip())
    alike: dict[str, float] = {}
    for key in _lexicon(searcher, "category_key"):
        tail = key.partition("/")[2]
        spellings = (tail, category_key_of_label(tail.split("/")), key, category_key_of_label(key.split("/")))
        ratio = max(SequenceMatcher(None, typed, spelled).ratio() for spelled in spellings) if tail else 0
        if ratio >= NEAREST_RATIO:
            path = _written_category(searcher, key)
            alike[path] = max(ratio, alike.get(path, 0))
    return sorted(alike, key=lambda path: -alike[path])[:NEAREST_SUBCATEGORIES]


def _lexicon(searcher, field: str) -> list[str]:
    """Every value a facet field holds, as text."""
    return [value.decode("utf-8") if isinstance(value, bytes) else value for value in searcher.lexicon(field)]


def facet_counts(searcher, field: str) -> dict[str, int]:
    """Live documents per value of a facet field (deleted ones excluded, unlike raw term counts)."""
    counts = {}
    for value in _lexicon(searcher, field):
        counts[value] = sum(1 for _ in searcher.docs_for_query(wq.Term(field, value)))
    return counts


def category_counts(searcher, top_level_only: bool = True) -> dict[str, int]:
    """Articles per category, under the Persian label where there is one."""
    counts: dict[str, int] = {}
    for key, n in facet_counts(searcher, "category_key").items():
        if not (top_level_only and "/" in key):
            shown = _written_category(searcher, key)
            counts[shown] = counts.get(shown, 0) + n
    return counts


def _written_category(searcher, key: str) -> str:
    """A category key as its articles write it (in Persian letters, standard_spelling), each slug level as its
    label: the key is folded and unspaced («اجتماعی/کودکانکار» for اجتماعی/کودکان کار)."""
    written = searcher.document(category_key=key)
    levels = [level for level in (written or {}).get("category", "").split("/") if level.strip()][:key.count("/") + 1]
    shown = standard_spelling(category_shown("/".join(levels)))
    return shown if category_keys("/".join(levels)).endswith(key) else category_label(key)


def source_counts(searcher) -> dict[str, int]:
    """Articles per source, under its Persian name where it has one (فارس counts its site's host too)."""
    counts: dict[str, int] = {}
    for key, n in facet_counts(searcher, "source_key").items():
        label = source_label(_written_source(searcher, key))
        counts[label] = counts.get(label, 0) + n
    return counts


def _written_source(searcher, key: str) -> str:
    """The source of ``key`` as an article of it writes it: the key is folded and unspaced («روزنامه‌محلی»)."""
    written = searcher.document(source_key=key)
    return written.get("source") or key if written else key


def _held(searcher, field: str, keys: set[str]) -> set[str]:
    """Those of ``keys`` some article has in ``field``."""
    return {key for key in keys if searcher.doc_frequency(field, key)}


def _unknown(searcher, field: str, value: str, singular: str, plural: str) -> UnknownFilterValue:
    """The error for a filter value no article has, listing the values there are."""
    counts = category_counts(searcher) if field == "category_key" else source_counts(searcher)
    names = sorted(counts, key=lambda name: -counts[name])
    listed = "، ".join(names[:LISTED_VALUES]) + (" …" if len(names) > LISTED_VALUES else "")
    there = f"the {plural} are: {listed}" if names else f"no article in it has a {singular}"
    nearest = nearest_subcategories(searcher, value) if field == "category_key" else []
    if nearest:
        there = f"the nearest subcategories are: {'، '.join(nearest)}; {there}"
    unknown = UnknownCategory if field == "category_key" else UnknownSource
    return unknown(f"no article in this index has the {singular} {quoted(value)}; {there}", value)
