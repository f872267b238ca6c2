"""Answer keyword queries over the articles index, best first.

Query language (Whoosh's, made forgiving): plain words; "exact phrase";
-word excludes; +word requires; OR between alternatives, AND between words
all required; field:term for title, lead, body, tags, category, source
(category:/source: standing alone filter as --category/--source do). Malformed
syntax (unbalanced quotes or parentheses, an operator joining nothing, a field
with no word) is repaired and said in the notice, never an error.

One ranked list per query of every article with any of the words: BM25F
times the share of the query's words it has, each word weighed by its IDF (a
coordination factor), plus a
bonus where neighbouring query words stand close together; sorted by date,
the articles with all the words come first. indexer.tuning holds the
settings, chosen on the tuning half of bench/topical (strict tiers by words
matched are one of them, measured worse). Every hit says how many of the
query words it has. A search with no words but filters lists what they let
through, newest first (browse).
"""

from __future__ import annotations

import heapq
import re
import unicodedata
from collections import Counter
from typing import Callable, Iterator
from urllib.parse import unquote
from functools import cached_property
from dataclasses import dataclass, field

from whoosh import query as wq
from whoosh.fields import TEXT
from whoosh.qparser import AndGroup, MultifieldParser, OperatorsPlugin, PlusMinusPlugin, syntax

from indexer import lexicon, numbers, tuning
from indexer.analysis import analyze, attaches, fold, spaced_compound
from indexer.facets import Filters, category_spellings, check_articles_left, source_spellings, subcategory_notice
from indexer.schema import ARTICLE_SEARCH_FIELDS, ARTICLES, WRITTEN_APART, apart_cut, apart_prefix, article_idf
from indexer.snippets import Snippet, best_snippet
from indexer.errors import ASKED, AmbiguousArticle, EmptyQuery, EmptySearch, QueryError, UnknownArticle, quoted
from indexer.store import open_searcher
from indexer.timeline import articles_by_year

MAX_QUERY_CHARS = 1000
WORD_SPACES = (" ", "\t", "\n", "\u00a0")  # where a long query may be cut
MAX_EXPANSION = 200
FIELD_PREFIX = re.compile(r"(?<![\w:])([A-Za-z_]\w{0,30}):(?=\S)")
ZWNJ = "\u200c"
PLAIN_WORD = re.compile(r"[^\W_][\w\u200c]*")
OPERATORS = {"AND", "OR", "NOT", "ANDNOT", "ANDMAYBE"}
INFIX_OPERATORS = OPERATORS - {"NOT"}  # a word on each side; NOT takes one after it
EMPTY_FIELD = re.compile(r"(?<![\w:])([A-Za-z_]\w{0,30}):(?=\s|$)")
# A word's postings are read in some articles by skipping to each when there are fewer than 1/SKIP_COST of its
# postings, else by stepping through them all (skip_to passes over blocks without decoding them; stepping decodes each).
SKIP_COST = 4


@dataclass
class Hit:
    rank: int
    id: str
    score: float | None
    title: str
    category: str = ""
    source: str = ""
    date: str = ""
    date_source: str = ""
    url: str = ""
    words_matched: int = 0  # how many of the query's words the article has
    passages: tuple[str, ...] = field(default=(), repr=False, compare=False)  # where the snippet is sought, in turn
    terms: frozenset[str] = field(default=frozenset(), repr=False, compare=False)  # the query's terms

    @cached_property
    def snippet(self) -> Snippet:
        """The best passage of the body, or of the lead when its best sentence shows more of the query's words
        (an article whose body holds کودکان and کار only in separate sentences showed one word highlighted
        while its lead had both), made when first read, as Whoosh makes a hit's highlights: analysing
        sentences is a third of a search's time, and a caller that only counts or lists ids never shows it."""
        snippet = Snippet("")
        for text in self.passages:
            found = best_snippet(text, self.terms)
            if found.words > snippet.words or not snippet.words:
                snippet = found
            if snippet.words == len(self.terms):
                break
        return snippet


@dataclass
class SearchResults:
    query: str
    total: int  # every article with any of the words (that the filters let through)
    hits: list[Hit] = field(default_factory=list)
    page: int = 1
    matched: str = "all"  # "all": the list starts with articles that have all the words; "any": none has
    notice: str = ""
    count_years: Callable[[], dict[str, int]] = field(default=dict, repr=False, compare=False)
    words: int = 0  # how many words (or phrases, or OR groups) the query has
    all_words: int = 0  # how many articles have all of them: the first all_words of the list
    pages: int = 0  # how many pages of the asked size the matching articles fill
    browsed: bool = False  # no words, only filters: every article they let through, newest first (browse)

    @property
    def some_have_all_words(self) -> bool:
        """Only some of the matching articles have every word: each front end then says how many do,
        so a reader knows where the list turns to articles with only some of the words."""
        return 0 < self.all_words < self.total

    @property
    def counts_words(self) -> bool:
        """The query has more than one word, so each hit can say how many of them it holds."""
        return self.words > 1 and not self.browsed

    @property
    def past_the_end(self) -> bool:
        """A page after the last one: articles match, but none is left for this page."""
        return bool(self.total) and not self.hits

    @cached_property
    def by_year(self) -> dict[str, int]:
        """Every matching article per Jalali year (indexer.timeline), counted when first asked for:
        the JSON and the web chart show it, a terminal page does not, and at 100k articles it reads every year's list."""
        return self.count_years()


SORTS = ("relevance", "date")


def search(index_dir, query: str, limit: int = 10, page: int = 1, filters: Filters | None = None,
           sort: str = "relevance", speaker: str | None = None) -> SearchResults:
    """The ``limit`` best articles for ``query`` on page ``page`` (1-based).

    ``filters`` narrow by category, source and date; ``speaker`` to the
    articles that quote that person, in any spelling (UnknownSpeaker or
    AmbiguousSpeaker when the name fits nobody or several); ``sort="date"``
    puts the newest first instead of the most relevant. A query with no
    words (empty, or only category:/source: terms) lists every article the
    filters let through, newest first (``browsed``; see browse); with no
    filter either it is an EmptySearch (check_search).
    """
    text = check_search(query, filters, speaker)
    if sort not in SORTS:
        raise QueryError(f"sort must be one of {', '.join(SORTS)}, not {sort!r}")
    searcher = open_searcher(index_dir, ARTICLES)
    text, in_query = filters_in_query(text)
    narrow = [q for q in ((filters or Filters()).query(searcher), *(own.query(searcher) for own in in_query),
                          _quoting(index_dir, speaker) if speaker else None) if q]
    browsing = not has_words(text)
    if browsing:
        found = browse(searcher, text, narrow, page=page, limit=limit)
    else:
        found = find(searcher, text, ARTICLE_SEARCH_FIELDS, page=page, limit=limit,
                     filter=wq.And(narrow) if narrow else None, newest_first=sort == "date")
    if not found.total:
        check_articles_left(searcher, [filters, *in_query])
    notice = with_filtered(found.notice, searcher, filters, in_query)
    results = SearchResults(query=query, total=found.total, page=page, matched=found.matched, notice=notice,
                            words=found.words, all_words=found.all_words, pages=-(-found.total // limit),
                            count_years=lambda: articles_by_year(searcher, found.matching) if found.total else {},
                            browsed=browsing)
    ranked = sort == "relevance" and not browsing
    for rank, (hit, count, score) in enumerate(zip(found.hits, found.words_matched, found.scores),
                                               start=(page - 1) * limit + 1):
        results.hits.append(_hit(hit, rank, found.terms, score if ranked else None, count))
    return results


# Fields a query may name that narrow as the filters do rather than give words to rank by.
# A + before one (+category:اجتماعی) changes nothing: a filter is required already.
FACETS_IN_QUERY = re.compile(r'(?<![\w:+])\+?(?:category|source):("[^"]*"|[^\s()"]+)')


def filters_in_query(text: str) -> tuple[str, list[Filters]]:
    """The query without its category:/source: terms that stand alone, and those terms as Filters, so that
    they narrow the articles exactly as --category and --source do (the same mapping, facets.Filters)
    while the other words rank within them: as words they were one more word to rank by, and
    «گل source:فارس» listed Varzesh3 articles. A term inside a phrase, parentheses or next to an operator
    (source:فارس OR source:ایسنا), or excluded (-source:فارس), stays a word of the query; one required
    (+category:اجتماعی) is the filter still, where it became a word and the filter was silently lost."""
    found: list[Filters] = []

    def take(match: re.Match) -> str:
        if not _stands_alone(text, match):
            return match.group(0)
        field, value = match.group(0).lstrip("+").split(":", 1)
        found.append(Filters(**{field: value.strip('"')}, in_query=True))
        return " "

    rest = FACETS_IN_QUERY.sub(take, text)
    return (re.sub(r"\s+", " ", rest).strip(), found) if found else (text, found)


def _stands_alone(text: str, match: re.Match) -> bool:
    """Is a field term its own word of the query: outside phrases and parentheses, with no operator beside it?"""
    before, after = text[:match.start()], text[match.end():]
    beside = before.split()[-1:] + after.split()[:1]
    return (not before or before[-1].isspace()) and (not after or after[0].isspace()) and \
        before.count('"') % 2 == 0 and before.count("(") == before.count(")") and \
        not any(word in OPERATORS for word in beside)


def filtered_notice(in_query: list[Filters]) -> str:
    """What the query's own category:/source: terms narrowed the articles to."""
    said = [f"{name}:{quoted(value)} (as --{name})" for own in in_query
            for name, value in (("category", own.category), ("source", own.source)) if value]
    return "only the articles of " + " and ".join(said)


def with_filtered(notice: str, searcher, filters: Filters | None, in_query: list[Filters]) -> str:
    """A search's ``notice``, led by what the query's own category:/source: terms narrowed it to (in search,
    quotes and who alike), so that a reader sees why only these articles or quotes came back, and by which
    subcategories a subcategory named alone stands for where it stands under several sections
    (facets.subcategory_notice); ``searcher`` is the articles'."""
    read_as = [subcategory_notice(searcher, each.category) for each in (filters, *in_query) if each and each.category]
    return _joined([filtered_notice(in_query) if in_query else "", *read_as, notice])


def has_words(text: str) -> bool:
    """Does the query hold words to rank by, besides category:/source: terms that stand alone (which only
    narrow)? Punctuation is no word: «؟!،.» is as empty a question as «» (it was answered "nothing found")."""
    return bool(analyze(FACETS_IN_QUERY.sub(" ", text), mode="query"))


def narrowed(filters: Filters | None, speaker: str | None = None) -> bool:
    """Do the filters or a speaker narrow the articles, so that a search with no words can list them?"""
    return bool((filters and filters.query()) or speaker)


def check_search(query: str | None, filters: Filters | None = None, speaker: str | None = None) -> str:
    """The query of a search, trimmed; EmptySearch when it has no words (has_words) and nothing narrows the
    articles either, so there is nothing to rank and nothing to list."""
    text = (query or "").strip()
    if not has_words(text) and not FACETS_IN_QUERY.search(text) and not narrowed(filters, speaker):
        raise EmptySearch()
    return text


def browse(searcher, text: str, narrow: list[wq.Query], page: int = 1, limit: int = 10) -> Found:
    """Page ``page`` of every article the filters (``narrow``) and the query's category:/source: terms
    let through, newest first (undated ones last): with no words there is no relevance to rank by,
    but a category or a period is still worth listing. Of ``text`` only its category:/source: terms count
    (the rest is punctuation: no word)."""
    if FACETS_IN_QUERY.search(text):
        text = _other_spellings(text)
        terms = parse_query(text, searcher.schema, ARTICLE_SEARCH_FIELDS)
        narrow = narrow + ([terms] if terms is not None else [])
    wanted = wq.And(narrow) if narrow else wq.Every()
    matching = set(searcher.docs_for_query(wanted))
    start = (page - 1) * limit
    hits = list(searcher.search(wanted, limit=start + limit, sortedby="day", reverse=True))[start:] if matching else []
    return Found(hits, total=len(matching), all_words=len(matching), words_matched=[0] * len(hits),
                 scores=[0.0] * len(hits), matching=matching)


def _quoting(index_dir, speaker: str) -> wq.Query:
    """The articles that quote ``speaker``."""
    from indexer.quote_search import find_speaker  # here: quote_search is built on this module

    return wq.Or([wq.Term("id", doc_id) for doc_id in find_speaker(index_dir, speaker).doc_ids])


@dataclass
class Found:
    """One page of hits (each with ``docnum``, ``score`` and ``fields()``) and how they were found."""

    hits: list = field(default_factory=list)
    total: int = 0
    matched: str = "all"
    terms: set[str] = field(default_factory=set)
    notice: str = ""
    words: int = 0
    all_words: int = 0
    words_matched: list[int] = field(default_factory=list)  # per hit
    scores: list[float] = field(default_factory=list)  # per hit: what the list is ranked by (BM25F x coverage)
    matching: set[int] = field(default_factory=set)  # every matching article's docnum, not only this page's
    searched: str = ""  # the query's words as searched: each compound in its spellings (expand_compounds)


NO_WORDS = "the query has no searchable words"
# Said when a query in Latin letters only finds nothing: the archive is Persian news, and an English query
# (Iran football) finding nothing otherwise reads as an empty archive.
LATIN_ONLY = "the archive is in Persian: search with Persian words (فوتبال, not football)"


def find(searcher, text: str, fields, page: int = 1, limit: int | None = 10, filter=None,
         newest_first: bool = False, archive=None) -> Found:
    """One page of the ranked list for ``text`` over ``fields``; ``limit=None`` for every hit.

    ``filter`` (a Whoosh query, or a set of docnums) narrows the articles; the
    total counts only what it lets through. ``archive``: the articles' searcher, whose words say how
    the archive writes a compound (compound_spellings), when ``searcher`` holds only part of it (the
    quotes). Anything odd about the query (cut short, an unknown
    field, a wildcard matching too many words) is fixed and said in
    ``notice``, never raised.
    """
    notices: list[str] = []
    text = _within_length(text, notices)
    text = asked = _known_fields_only(text, searcher.schema, notices)
    text = _without_empty_fields(text, notices)
    text = _question_marks_closed(text)
    text = _without_dangling_operators(text, notices)
    text = _balanced(text, notices)
    if not analyze(text, mode="query"):
        return Found(notice=_joined(notices + [NO_WORDS]))
    written = (archive, ARTICLE_SEARCH_FIELDS) if archive is not None else (searcher, fields)
    text = searched = expand_compounds(text, *compound_spellings(*written))
    text = _other_spellings(text)
    parsed = parse_query(text, searcher.schema, fields, common=_common_in(searcher, fields))
    if parsed is None:
        return Found(notice=_joined(notices + [NO_WORDS]))
    parsed = _capped_wildcards(parsed, searcher.reader(), notices)
    plan = Plan.of(parsed, fields)
    allowed = filter if filter is None or isinstance(filter, set) else set(searcher.docs_for_query(filter))
    words = Words.of(searcher, plan.clauses, positions=plan.bonus_ceiling() != 0)
    coverage = plan.coverage(searcher, allowed, words.matched)
    tier = _tier_key(coverage, plan.closeness(searcher, coverage), newest_first)
    weight = _coverage_weight(plan.share, len(plan.clauses))
    all_words = sum(1 for count in coverage.values() if count == len(plan.clauses))
    terms = {term for _, term in _query_terms(parsed)}
    if newest_first:
        hits = _newest_first(searcher, plan.words(), tier, set(coverage), page, limit)
        scores = [hit.score * (weight(hit.docnum) if weight else 1) for hit in hits]
    else:
        start = (page - 1) * limit if limit else 0
        ranked = _ranked(plan, words, coverage, tier, weight, start + limit if limit else None)
        hits = [Listed(docnum, raw, searcher) for docnum, raw, _ in ranked[start:]]
        scores = [score for _, _, score in ranked[start:]]
    if coverage and not all_words:
        notices.append("nothing has all the words; showing what has any of them")
    if not coverage and latin_only(asked):
        notices.append(LATIN_ONLY)
    return Found(hits, len(coverage), "all" if all_words else "any", terms, _joined(notices), len(plan.clauses),
                 all_words, [coverage[hit.docnum] for hit in hits], scores, set(coverage), searched)


@dataclass
class Listed:
    """One ranked article or quote, as a Whoosh hit reads: its docnum, ``score`` (BM25F with the
    closeness bonus, before the coverage factor) and its stored ``fields()``."""

    docnum: int
    score: float
    searcher: object = field(repr=False)

    def fields(self) -> dict:
        return self.searcher.stored_fields(self.docnum)


@dataclass
class Plan:
    """A parsed query taken apart for ranking: its words, what is required, what excluded."""

    clauses: list  # one query per word, phrase or OR group: what "words matched" counts
    fields: tuple
    required: list = field(default_factory=list)  # +word
    excluded: list = field(default_factory=list)  # -word
    share: dict = field(default_factory=dict)  # per article listed: its share of the clauses' weight (coverage())

    @classmethod
    def of(cls, parsed: wq.Query, fields) -> "Plan":
        if isinstance(parsed, wq.AndNot):
            plan = cls.of(parsed.a, fields)
            plan.excluded.append(parsed.b)
            return plan
        if isinstance(parsed, wq.AndMaybe):
            required, optional = cls.of(parsed.a, fields), cls.of(parsed.b, fields)
            return cls(required.clauses + optional.clauses, tuple(fields), required.clauses,
                       required.excluded + optional.excluded)
        if isinstance(parsed, AllOf):
            plan = cls.of(wq.And(parsed.subqueries), fields)
            plan.required += [clause for clause in plan.clauses if clause is not wq.NullQuery]
            return plan
        if isinstance(parsed, wq.And):
            plan = cls([], tuple(fields))
            for sub in parsed.subqueries:
                if isinstance(sub, wq.Not):
                    plan.excluded.append(sub.query)
                elif isinstance(sub, AllOf):
                    part = cls.of(sub, fields)
                    plan.clauses += part.clauses
                    plan.required += part.required
                    plan.excluded += part.excluded
                else:
                    plan.clauses.append(sub)
            plan.clauses = plan.clauses or [wq.NullQuery]
            return plan
        return cls([parsed], tuple(fields))

    def coverage(self, searcher, allowed: set[int] | None, matched: list) -> dict[int, int]:
        """How many clauses each article that may be listed matches (``matched``: each clause's articles).

        Each clause also weighs its IDF (from how many articles it matches;
        1 each without tuning.COVERAGE_BY_IDF), and ``share`` is set to the part
        of their sum each article has: missing the rarer word of a query costs
        more than missing the common one.
        """
        articles = searcher.doc_count_all()
        weights = [article_idf(len(docnums), articles) if tuning.COVERAGE_BY_IDF else 1.0 for docnums in matched]
        counts: Counter[int] = Counter()
        for docnums in matched:
            counts.update(docnums)
        barred = {docnum for query in self.excluded for docnum in searcher.docs_for_query(query)}
        needed = [set(searcher.docs_for_query(query)) for query in self.required]
        kept = dict(counts) if allowed is None and not barred and not needed else {
            docnum: count for docnum, count in counts.items()
            if (allowed is None or docnum in allowed) and docnum not in barred and all(docnum in docs for docs in needed)}
        self.share = _shares(kept, matched, weights)
        return kept

    def words(self) -> wq.Query:
        """Any of the clauses: BM25F of the words, without the closeness bonus."""
        return wq.Or(self.clauses) if len(self.clauses) > 1 else self.clauses[0]

    def pairs(self) -> list[tuple[str, str]]:
        """Each pair of neighbouring plain words."""
        terms = [_plain_term(clause) for clause in self.clauses]
        return [(a, b) for a, b in zip(terms, terms[1:]) if a and b]

    def near(self) -> list[wq.Query]:
        """For each pair of neighbouring plain words, the two as a loose phrase in any field."""
        return [wq.Or([wq.Phrase(name, [a, b], slop=tuning.PROXIMITY_SLOP) for name in self.fields])
                for a, b in self.pairs()]

    def closeness(self, searcher, docnums) -> dict[int, int]:
        """How many pairs of neighbouring query words stand close together in each article."""
        counts = dict.fromkeys(docnums, 0)
        for pair in self.near() if tuning.PROXIMITY_TIERS else []:
            for docnum in searcher.docs_for_query(pair):
                if docnum in counts:
                    counts[docnum] += 1
        return counts

    def bonus(self, docnums: list[int], postings: "Postings") -> dict[int, float]:
        """The closeness bonus of each of ``docnums`` (ascending): for each pair of neighbouring words, the two
        words' BM25F in each field where the second follows the first within PROXIMITY_SLOP words, times
        PROXIMITY_BOOST.

        That is the BM25F Whoosh gives the pair as a loose phrase (Phrase with
        that slop scores its words' postings), read from the two words'
        postings in these articles only: matching the phrase in every article
        that has both words is most of a two-word search's time. ``postings``:
        what the search has read of them already.
        """
        bonus = dict.fromkeys(docnums, 0.0)
        boost, phrase = _bonus_boost(self.fields), _phrase_boost(self.fields)
        for a, b in self.pairs() if boost else []:
            for name in self.fields:
                term_a, term_b = wq.Term(name, a), wq.Term(name, b)
                first, second = postings.of(term_a, docnums), postings.of(term_b, docnums)
                for docnum in docnums:
                    at_a, at_b = first.get(docnum), second.get(docnum)
                    if not (at_a and at_b):
                        continue
                    gaps = _gaps(postings.where(term_a, at_a), postings.where(term_b, at_b))
                    if gaps:
                        bonus[docnum] += (boost + (phrase if 1 in gaps else 0.0)) * (at_a[1] + at_b[1])
        return bonus

    def bonus_ceiling(self) -> float | None:
        """At most how many times its BM25F of the words an article's closeness bonus is; None when not bounded so.

        A pair's bonus is BM25F its two words also score as clauses, when each
        is searched unboosted in every field; a word has at most two
        neighbours.
        """
        pairs = self.pairs() if _bonus_boost(self.fields) else []
        if not pairs:
            return 0.0
        plain = [clause for clause in self.clauses if _plain_term(clause)]
        if not all(_every_field_unboosted(clause, self.fields) for clause in plain):
            return None
        return (_bonus_boost(self.fields) + _phrase_boost(self.fields)) * (1 if len(pairs) == 1 else 2)


@dataclass
class Words:
    """Each clause's articles, and their BM25F.

    A clause of words and phrases (in one field or several) is read posting
    by posting (``Postings``): a word in a third of the time Whoosh's
    collector takes over the Or of its fields, a phrase in about 60% of
    Whoosh's span matching's. Every article's BM25F is read: reading a
    posting's score costs less than finding which could be skipped (the
    blocks of postings are decoded for the count anyway). Anything else (a
    group, a boost) is scored whole by Whoosh's search.
    """

    searcher: object = field(repr=False)
    matched: list = field(default_factory=list)  # per clause: its articles
    scored: list = field(default_factory=list)  # per clause: BM25F per article
    postings: "Postings | None" = None  # what has been read of the words' postings

    @classmethod
    def of(cls, searcher, clauses, positions: bool) -> "Words":
        """``positions``: keep where each word stands in every article, for the closeness bonus."""
        words = cls(searcher, postings=Postings(searcher))
        for clause in clauses:
            leaves = _leaves(clause)
            if leaves is None:
                scored = {docnum: score for score, docnum in searcher.search(clause, limit=None).top_n}
            else:
                scored = {}
                for leaf in leaves:
                    read = words.postings.phrase(leaf) if isinstance(leaf, wq.Phrase) else \
                        words.postings.every(leaf, positions)
                    for docnum, score in read.items():
                        scored[docnum] = scored.get(docnum, 0.0) + score
            words.matched.append(scored.keys())
            words.scored.append(scored)
        return words

    def base(self, docnums) -> dict[int, float]:
        """Each of ``docnums``' BM25F of the words: the sum of the clauses it matches, in their order."""
        total = dict.fromkeys(docnums, 0.0)
        for scored in self.scored:
            for docnum in docnums:
                if docnum in scored:
                    total[docnum] += scored[docnum]
        return total


def _leaves(clause: wq.Query) -> list | None:
    """The words and phrases a clause ORs (one per field), read posting by posting; None when it must be scored
    whole (a boost, a group, a wildcard...)."""
    leaves = clause.subqueries if isinstance(clause, wq.Or) else [clause]
    if clause.boost != 1 or not all(isinstance(leaf, wq.Term) or _plain_phrase(leaf) for leaf in leaves):
        return None
    return leaves


def _plain_phrase(query: wq.Query) -> bool:
    return isinstance(query, wq.Phrase) and query.boost == 1 and len(query.words) > 1


def _shares(kept: dict[int, int], matched: list, weights: list[float]) -> dict[int, float]:
    """Each kept article's share of the clauses' weight: the weights of the clauses it matches, summed
    in their order, over their total (1.0 with every clause). Summed clause by clause, a pass over each
    clause's articles: summing article by article was a tenth of a two-word search."""
    total = sum(weights)
    summed = dict.fromkeys(kept, 0)
    for docnums, weight in zip(matched, weights):
        for docnum in docnums:
            if docnum in summed:
                summed[docnum] += weight
    return {docnum: 1.0 if kept[docnum] == len(matched) else part / total for docnum, part in summed.items()}


class Postings:
    """What one search reads of words' postings, each article's once: the word's BM25F there and where it stands
    (its positions, decoded only when asked for: the phrases and the closeness bonus ask of few articles)."""

    def __init__(self, searcher):
        self.searcher = searcher
        self.read: dict[tuple, dict] = {}  # per term: {docnum: (raw value, BM25F) or None where it is not}
        self.whole: set[tuple] = set()  # the terms whose every article has been read, with the raw values
        self.scores: dict[tuple, dict] = {}  # per term read whole without its positions: {docnum: BM25F}
        self.decoders: dict[tuple, Callable] = {}  # per term: raw value -> positions

    def every(self, term: wq.Term, positions: bool) -> dict[int, float]:
        """BM25F of ``term`` in every article it is in (not to be changed): one pass through its postings, which
        keeps where the word stands only when asked (``positions``), for its raw values cost a tenth of the pass."""
        key = _key(term)
        if key not in self.whole and not positions:
            if key not in self.scores:
                self.scores[key] = self._pass(term, key, {}, values=False)
            return self.scores[key]
        if key not in self.whole:
            self.whole.add(key)
            self._pass(term, key, self.read.setdefault(key, {}), values=True)
        return {docnum: posting[1] for docnum, posting in self.read[key].items() if posting}

    def of(self, term: wq.Term, docnums: list[int]) -> dict[int, tuple | None]:
        """The posting (raw value, BM25F) of ``term`` in each of ``docnums`` (ascending), None where it is not
        (``get`` it: when the term was read whole, its articles alone are there)."""
        key = _key(term)
        known = self.read.setdefault(key, {})
        missing = [] if key in self.whole else [docnum for docnum in docnums if docnum not in known]
        if missing:
            known.update(dict.fromkeys(missing))
            if len(missing) * SKIP_COST < self.searcher.doc_frequency(term.fieldname, term.text):
                for docnum, matcher in self._skipping(term, key, missing):
                    known[docnum] = matcher.value(), matcher.score()
            else:
                self._pass(term, key, known, values=True, wanted=set(missing))
        return known

    def where(self, term: wq.Term, posting: tuple) -> list[int]:
        """The positions of ``term`` in one of its postings (from ``of``)."""
        return self.decoders[_key(term)](posting[0])

    def phrase(self, phrase: wq.Phrase) -> dict[int, float]:
        """The BM25F Whoosh gives ``phrase`` in each article that has it (its words' in the field, summed as its
        matcher sums them), where its words stand in order (Whoosh's Phrase, ``_in_order``). The rarest word is
        read whole; each commoner word only in the articles that have the words before it."""
        terms = [wq.Term(phrase.fieldname, word) for word in phrase.words]
        frequency = {word: self.searcher.doc_frequency(phrase.fieldname, word) for word in phrase.words}
        if not all(frequency.values()):
            return {}
        by_rarity = sorted(terms, key=lambda term: frequency[term.text])
        docnums = sorted(self.every(by_rarity[0], positions=True))
        read = {}
        for term in by_rarity:
            read[term.text] = self.of(term, docnums)
            docnums = [docnum for docnum in docnums if read[term.text].get(docnum)]
        found = {}
        for docnum in docnums:
            postings = [read[term.text][docnum] for term in terms]
            if _in_order([self.where(term, posting) for term, posting in zip(terms, postings)], phrase.slop):
                found[docnum] = _tree_sum([posting[1] for posting in postings])
        return found

    def _segments(self, term: wq.Term, key: tuple) -> list[tuple]:
        """(matcher, first docnum, end) of ``term`` in each segment of the index: a segment's own postings, without
        the cost per posting of Whoosh's matcher over all segments (each segment's scorer takes the index's IDF and
        average lengths: the same scores)."""
        segments = [(term.matcher(sub), offset, offset + sub.doc_count_all())
                    for sub, offset in self.searcher.leaf_searchers()]
        if key not in self.decoders:
            # a matcher that keeps positions decoded says how to read them (quote_view.QuoteMatcher)
            self.decoders[key] = getattr(segments[0][0], "decode_positions", None) or \
                self.searcher.schema[term.fieldname].format.decoder("positions")
        return segments

    def _pass(self, term: wq.Term, key: tuple, into: dict, values: bool, wanted: set[int] | None = None) -> dict:
        """One pass through the postings of ``term``: BM25F in each article (of those ``wanted``, when given) into
        ``into``, with the raw value (``values``) as (value, BM25F). A loop of its own: it runs once per posting."""
        for matcher, offset, _ in self._segments(term, key):
            while matcher.is_active():
                docnum = matcher.id() + offset
                if wanted is None or docnum in wanted:
                    into[docnum] = (matcher.value(), matcher.score()) if values else matcher.score()
                matcher.next()
        return into

    def _skipping(self, term: wq.Term, key: tuple, docnums: list[int]):
        """Each of ``docnums`` (ascending) ``term`` is in, with a matcher standing at it, skipping to each."""
        for matcher, offset, end in self._segments(term, key):
            for docnum in docnums:
                if offset <= docnum < end and _at(matcher, docnum - offset):
                    yield docnum, matcher


def _key(term: wq.Term) -> tuple:
    return term.fieldname, term.text, term.boost


def _in_order(where: list[list[int]], slop: int) -> bool:
    """Do the words (their positions, in the phrase's order) stand in order, each at most ``slop`` words after the
    one before: Whoosh's Phrase (an ordered SpanNear2 with mindist 1), where each word's span must start 1 to slop
    positions after the last one's ends."""
    ends = set(where[0])
    for positions in where[1:]:
        ends = {at for at in positions if any(at - gap in ends for gap in range(1, slop + 1))}
        if not ends:
            return False
    return True


def _tree_sum(scores: list[float]) -> float:
    """The sum of a phrase's words' scores in the order Whoosh's matcher adds them (a binary tree of halves)."""
    if len(scores) == 1:
        return scores[0]
    half = len(scores) // 2
    return _tree_sum(scores[:half]) + _tree_sum(scores[half:])


def _bonus_boost(fields) -> float:
    """PROXIMITY_BOOST, but 1 with one field: Whoosh (which scored the bonus as an Or of the
    pair's phrases per field, boosted) drops the boost of an Or of one query, and who_said's
    one-field search was tuned so."""
    if not tuning.PROXIMITY_BOOST:
        return 0.0
    return tuning.PROXIMITY_BOOST if len(fields) > 1 else 1.0


def _phrase_boost(fields) -> float:
    """PHRASE_BOOST, the more a pair standing as the phrase typed earns, in a search of articles (several
    fields); who_said's one-field search was tuned without it."""
    return tuning.PHRASE_BOOST if len(fields) > 1 and _bonus_boost(fields) else 0.0


def _every_field_unboosted(clause: wq.Query, fields) -> bool:
    leaves = clause.subqueries if isinstance(clause, wq.Or) else [clause]
    return clause.boost == 1 and all(leaf.boost == 1 for leaf in leaves) and {leaf.fieldname for leaf in leaves} == set(fields)


def _at(matcher, docnum: int) -> bool:
    """Is the matcher (asked in ascending order) at article ``docnum``, once moved on to it?"""
    if matcher.is_active() and matcher.id() < docnum:
        matcher.skip_to(docnum)
    return matcher.is_active() and matcher.id() == docnum


def _gaps(first: list[int], second: list[int]) -> set[int]:
    """How far the second word follows the first where it does within PROXIMITY_SLOP words (Whoosh's
    ordered SpanNear): 1 is the two as a phrase."""
    return {b - a for a in first for b in second if 1 <= b - a <= tuning.PROXIMITY_SLOP}


def _plain_term(clause: wq.Query) -> str | None:
    """The term of a clause that is one plain word (in one field or several), else None."""
    leaves = clause.subqueries if isinstance(clause, wq.Or) else [clause]
    texts = {leaf.text for leaf in leaves if isinstance(leaf, wq.Term)}
    return texts.pop() if len(texts) == 1 and all(isinstance(leaf, wq.Term) for leaf in leaves) else None


def _tier_key(coverage: dict[int, int], closeness: dict[int, int], newest_first: bool):
    """Articles with more of the words first, then those with more neighbouring words close together.

    By date there is no score to weigh the words, so the articles with all
    of them are always listed first, newest first, then those with fewer.
    """
    if tuning.COVERAGE_TIERS or newest_first:
        return lambda docnum: (coverage[docnum], closeness[docnum])
    return lambda docnum: (0, closeness[docnum])


def _coverage_weight(share: dict[int, float], words: int):
    """Without tiers, a score multiplier (IDF share of the words matched) ** COVERAGE_BONUS; None when it is 1."""
    if tuning.COVERAGE_TIERS or not tuning.COVERAGE_BONUS or words < 2:
        return None
    return lambda docnum: share[docnum] ** tuning.COVERAGE_BONUS


def _ranked(plan: Plan, words: Words, coverage: dict[int, int], tier, weight, end: int | None) -> list:
    """The first ``end`` of the articles in ``coverage`` (all when None) as (docnum, raw score, score), by tier,
    then score.

    The raw score is BM25F of the words (read for every article) plus the
    closeness bonus; the score multiplies it by ``weight(docnum)`` when
    given. Only the articles that can still make the list are ranked
    (``_contenders``). Ties go to the lower docnum, as in Whoosh's own
    ranking.
    """
    factor = weight or (lambda docnum: 1.0)
    ceiling = plan.bonus_ceiling()
    if end is None or end >= len(coverage) or ceiling is None:
        candidates = list(coverage)
        base = words.base(candidates)
        bonus = plan.bonus(sorted(candidates), words.postings) if ceiling != 0 else {}
    else:
        candidates, base, bonus = _contenders(plan, words, coverage, tier, factor, end, ceiling)
    raws = ((docnum, base[docnum] + bonus.get(docnum, 0.0)) for docnum in candidates)
    scored = [(docnum, raw, raw * factor(docnum)) for docnum, raw in raws]

    def key(item):
        return tier(item[0]), item[2], item[1], -item[0]

    return heapq.nlargest(end, scored, key=key) if end is not None else sorted(scored, key=key, reverse=True)


def _contenders(plan: Plan, words: Words, coverage: dict[int, int], tier, factor, end: int, ceiling: float):
    """The articles that can make the first ``end``, with their BM25F and closeness bonus: (docnums, base, bonus).

    Most articles have one of the words: no bonus, and the tier and factor
    of every other article with that word alone, so the ``end`` best of them
    are those with the most BM25F of that word. An article with more of the
    words may get up to ``ceiling`` times its BM25F as a bonus: the ``end``
    that may score most get it. The ``end``-th best key of all these
    articles is one the page reaches; then only the articles whose best
    possible key reaches it are kept, and given their bonus.
    """
    several = [docnum for docnum in coverage if coverage[docnum] > 1]
    base = words.base(several)
    # 1e-9: float sums in another order may differ in the last digits
    best = {docnum: (tier(docnum), base[docnum] * (1 + ceiling) * factor(docnum) * (1 + 1e-9)) for docnum in several}
    first = sorted(heapq.nlargest(end, best, key=best.__getitem__))
    bonus = plan.bonus(first, words.postings)
    keys = [(tier(docnum), (base[docnum] + bonus[docnum]) * factor(docnum)) for docnum in first]
    alone = [[docnum for docnum in scored if coverage.get(docnum) == 1] for scored in words.scored]
    for scored, docnums in zip(words.scored, alone):
        keys += [(tier(docnum), scored[docnum] * factor(docnum))
                 for docnum in heapq.nlargest(end, docnums, key=scored.__getitem__)]
    reached = heapq.nlargest(end, keys)[-1]
    kept = [docnum for docnum in several if best[docnum] >= reached]
    bonus |= plan.bonus(sorted(docnum for docnum in kept if docnum not in bonus), words.postings)
    for scored, docnums in zip(words.scored, alone):
        reaching = _reaching(scored, docnums, tier, factor, reached)
        kept += reaching
        base.update((docnum, scored[docnum]) for docnum in reaching)
    return kept, base, bonus


def _reaching(scored: dict[int, float], docnums: list[int], tier, factor, reached: tuple) -> list[int]:
    """Those of ``docnums`` (articles with one word alone, ``scored`` their BM25F of it: all of one tier and
    factor) whose key reaches ``reached``."""
    if not docnums:
        return []
    level, times = tier(docnums[0]), factor(docnums[0])
    if level != reached[0]:
        return docnums if level > reached[0] else []
    return [docnum for docnum in docnums if scored[docnum] * times >= reached[1]]


def _newest_first(searcher, words: wq.Query, tier, docnums: set[int], page: int, limit: int | None) -> list:
    """Hits ``(page-1)*limit`` to ``page*limit`` of ``docnums``, by tier, then newest first.

    When the first tier fills the page, Whoosh sorts that tier alone (its
    top-N search skips what cannot make the page); otherwise one search sorts
    every match and the tiers are a stable sort on top of its order.
    """
    if not docnums:
        return []
    order = {"sortedby": "day", "reverse": True}
    start = (page - 1) * limit if limit else 0
    end = start + limit if limit else None
    keys = {docnum: tier(docnum) for docnum in docnums}
    best = max(keys.values())
    first = {docnum for docnum, key in keys.items() if key == best}
    if end is not None and end <= len(first):
        return [hit for hit in searcher.search(words, filter=first, limit=end, **order)][start:end]
    results = searcher.search(words, filter=docnums, limit=None, **order)
    ranked = sorted(range(results.scored_length()), key=lambda n: keys[results.top_n[n][1]], reverse=True)
    return [results[n] for n in ranked[start:end]]


def check_query(query: str, command: str) -> tuple[str, list[Filters]]:
    """The words of ``command``'s query (quotes, who), trimmed, and its own category:/source: terms as
    Filters (filters_in_query, as search reads them); EmptyQuery when no word is left: quotes and who
    rank what was said by its words, and list nothing without them (punctuation is none)."""
    text, in_query = filters_in_query((query or "").strip())
    if not has_words(text):
        raise EmptyQuery(command, f"the query has no words besides its filters ({filtered_notice(in_query)}); "
                                  f"give {ASKED[command]}") if in_query else EmptyQuery(command)
    return text, in_query


def _within_length(text: str, notices: list[str]) -> str:
    """At most MAX_QUERY_CHARS of the query, cut at a space: a word cut in two would be searched
    as a stray word of its own (ب of بهزیستی). Only a first word longer than that is cut inside."""
    if len(text) <= MAX_QUERY_CHARS:
        return text
    space = max(text.rfind(c, 0, MAX_QUERY_CHARS + 1) for c in WORD_SPACES)
    cut = text[:space].rstrip() if space > 0 else ""
    where = "at the end of a word" if cut else "inside its first word, which is longer than that"
    cut = cut or text[:MAX_QUERY_CHARS]
    notices.append(f"the query was cut to its first {len(cut)} characters, {where} ({MAX_QUERY_CHARS} at most)")
    return cut


def _known_fields_only(text: str, schema, notices: list[str]) -> str:
    """``nofield:word`` searches the word, and says which fields there are."""
    searchable = [name for name, field_type in schema.items() if isinstance(field_type, TEXT)]

    def drop_unknown(match: re.Match) -> str:
        if match.group(1) in searchable:
            return match.group(0)
        notices.append(f"there is no field {quoted(match.group(1))} (fields: {', '.join(searchable)}); searched the words")
        return ""

    return FIELD_PREFIX.sub(drop_unknown, text)


QUESTION_MARK_ENDING_A_WORD = re.compile(r"[?؟]+(?=[\s!.,،؛:»«\"')]|$)")


def _question_marks_closed(text: str) -> str:
    """A ? or ؟ that ends a word closes a question («کودکان کار چه می‌شوند؟», a pasted headline), not a
    one-letter wildcard: Whoosh read «بهزیستی؟» as بهزیستی and one letter more, and found nothing.
    Inside a word (کود?ک) it stays the wildcard."""
    return QUESTION_MARK_ENDING_A_WORD.sub(" ", text)


def _without_empty_fields(text: str, notices: list[str]) -> str:
    """``title:`` with no word right after it searches nothing in that field: dropped, and said
    (it was searched as the word "title", and found nothing without a word why)."""
    def drop(match: re.Match) -> str:
        notices.append(f"{match.group(1)}: has no word right after it (write {match.group(1)}:word); left it out")
        return " "

    return EMPTY_FIELD.sub(drop, text).strip()


def _without_dangling_operators(text: str, notices: list[str]) -> str:
    """AND / OR / ANDNOT / ANDMAYBE with no word on one side (بیکاری OR), and NOT with none after it,
    join nothing: dropped, and said. Inside a phrase they are words."""
    words = text.split()
    kept: list[str] = []
    for n, word in enumerate(words):
        following = words[n + 1] if n + 1 < len(words) else ""
        in_phrase = sum(w.count('"') for w in kept) % 2
        joins_nothing = word in OPERATORS and (not following or following in INFIX_OPERATORS) or \
            word in INFIX_OPERATORS and not kept
        if joins_nothing and not in_phrase:
            notices.append(f"{word} has no word {'on one side' if word in INFIX_OPERATORS else 'after it'}; left it out")
        else:
            kept.append(word)
    return " ".join(kept)


# A field whose value the query may give in another spelling: each spelling there is, from the one
# mapping its option uses (facets: category slug/label, source host label/names).
FIELD_SPELLINGS = {"category": category_spellings, "source": source_spellings}
SPELT_FIELD_IN_QUERY = re.compile(r'(?<![\w:])(category|source):("[^"]*"|[^\s()"]+)')


def _other_spellings(text: str) -> str:
    """``category:اجتماعی`` also finds the articles filed as ``social``, and ``source:فارس`` those filed
    under the site's host, and the other way round, as --category and --source do (facets.category_spellings,
    facets.source_spellings). Each spelling is searched in the field, as the words typed are."""
    def widen(match: re.Match) -> str:
        field, value = match.group(1), match.group(2).strip('"')
        others = sorted(spelling for spelling in FIELD_SPELLINGS[field](value)
                        if analyze(spelling, mode="query") != analyze(value, mode="query"))
        if not others:
            return match.group(0)
        return "(" + " OR ".join([match.group(0)] + [f'{field}:"{spelling}"' for spelling in others]) + ")"

    return SPELT_FIELD_IN_QUERY.sub(widen, text)


def _capped_wildcards(parsed: wq.Query, reader, notices: list[str]) -> wq.Query:
    """Wildcards match folded spellings, and at most MAX_EXPANSION words each."""
    if isinstance(parsed, (wq.Prefix, wq.Wildcard)):
        pattern = parsed.__class__(parsed.fieldname, fold(parsed.text))
        words = list(pattern._btexts(reader))
        if len(words) > MAX_EXPANSION:
            label = parsed.text + ("*" if isinstance(parsed, wq.Prefix) else "")
            notices.append(f"{label} matches too many words; searched the {MAX_EXPANSION} most common")
            words = sorted(words, key=lambda w: -reader.doc_frequency(parsed.fieldname, w))[:MAX_EXPANSION]
        return wq.Or([wq.Term(parsed.fieldname, w.decode("utf-8")) for w in words]) if words else wq.NullQuery
    if parsed.is_leaf():
        return parsed
    return parsed.apply(lambda sub: _capped_wildcards(sub, reader, notices))


def latin_only(text: str) -> bool:
    """Whether the query's letters, past any field name (title:), are all Latin: an English query."""
    letters = [c for c in FIELD_PREFIX.sub(" ", text) if c.isalpha()]
    return bool(letters) and all(unicodedata.name(c, "").startswith("LATIN") for c in letters)


def _joined(notices: list[str]) -> str:
    return "; ".join(dict.fromkeys(notice for notice in notices if notice))


class AllOf(wq.CompoundQuery):
    """Words joined with AND in the query: each one required (Plan.of), where words side by side are only
    ranked by how many an article has. Not a wq.And, which Whoosh merges into the And of side-by-side words."""

    JOINT = " AND "
    intersect_merge = True

    def matcher(self, searcher, context=None):
        return wq.And(self.subqueries, boost=self.boost).matcher(searcher, context)


class AllOfGroup(AndGroup):
    """The query parser's node for words joined with AND."""

    qclass = AllOf


class RequiredPlusMinus(PlusMinusPlugin):
    """+word and -word, each +word required whether or not other words stand beside it. Whoosh groups the
    +words in a plain And, which ranking reads as words side by side when they are all there is: «+کودکان
    +کار» listed every article with either word. Here they are AllOf, as words joined with AND are."""

    def do_plusminus(self, parser, group):
        group = super().do_plusminus(parser, group)
        with_required = group[0] if isinstance(group, syntax.AndNotGroup) else group
        if isinstance(with_required, syntax.AndMaybeGroup):
            with_required[0] = AllOfGroup(with_required[0].nodes)
        return group


def parse_query(text: str, schema, fields=ARTICLE_SEARCH_FIELDS, common=None) -> wq.Query | None:
    """A Whoosh query for the user's text, or None when nothing is searchable.

    Words side by side are joined with AND here so that each stays one clause; ranking
    (find) then asks for any of them. Words joined with the AND operator are AllOf: all required.
    """
    parser = MultifieldParser(list(fields), schema, group=AndGroup)
    parser.add_plugin(RequiredPlusMinus())
    explicit_and = OperatorsPlugin.OpTagger(r"(?<=\s)AND(?=\s)", AllOfGroup, memo="and")
    parser.replace_plugin(OperatorsPlugin(ops=[(explicit_and, 0)], And=None))
    try:
        parsed = parser.parse(_balanced(text))
    except NotImplementedError:
        # Whoosh cannot place + or - inside parentheses (کرونا (کووید-۱۹), title:(الف -ب)):
        # the parentheses lose their syntax, as unbalanced ones do, and the words stay.
        parsed = parser.parse(_balanced(text.replace("(", " ").replace(")", " ")))
    parsed = _drop_stop_words(parsed, common or (lambda term: True))
    return None if parsed is wq.NullQuery or _is_null(parsed) else parsed


def expand_compounds(text: str, known, spaced_words=spaced_compound) -> str:
    """Let a compound match however it was written: مردم‌نهاد, مردمنهاد or مردم نهاد.

    Whoosh's query parser analyses each spaced word alone, so affixes written
    apart (سازمان های, می شود) are glued here first, as the analysis would.
    The analysis joins a compound written with ZWNJ or with nothing between its
    parts into one term, but cannot tell that two spaced words form one. So a
    query's spaced pair also tries the joined term, a joined compound also
    tries the spaced phrase (split at its ZWNJ or against hazm's lexicon), and
    a quoted phrase tries both spellings; ``known(term)`` keeps only joins the
    index holds. The joined spelling is put first however the query was typed: a Whoosh Or sums its
    parts' scores in order, and the last digits of a sum in another order changed ties in who's list. A number spread over words (سه هزار, ۳ هزار) becomes the one
    term of digits the analysis makes of it. ``spaced_words`` gives a joined
    word's spaced spelling, or None (find: the lexicon's split, or the archive's, split_as_written).
    """
    pieces = re.split(r'("[^"]*")', text)
    for n, piece in enumerate(pieces):
        if n % 2:  # a quoted phrase
            inner = piece[1:-1]
            other = " ".join(_toggle_compounds(inner.split(), known, spaced_words, phrase=True))
            typed, toggled = analyze(inner, mode="query"), analyze(other, mode="query")
            fewer_first = sorted([(len(typed), piece), (len(toggled), f'"{other}"')], key=lambda each: each[0])
            pieces[n] = piece if toggled == typed else f"({fewer_first[0][1]} OR {fewer_first[1][1]})"
        else:
            pieces[n] = " ".join(_toggle_compounds(piece.split(" "), known, spaced_words, phrase=False))
    return "".join(pieces)


def _toggle_compounds(words: list[str], known, spaced_words, phrase: bool) -> list[str]:
    """Glue spaced affixes; offer the other spelling of each compound.

    In a phrase the other spelling replaces the compound (the caller ORs the
    two phrases); among loose words it is ORed in place.
    """
    out, i = [], 0
    words = list(words)
    while i < len(words):
        word = words[i]
        following = words[i + 1] if i + 1 < len(words) else ""
        number, used = _number_at(words, i)
        if used:
            out.append(number)
            i += used
            continue
        if _plain(word) and _plain(following) and attaches(fold(word), fold(following)):
            words[i + 1] = word + ZWNJ + following
            i += 1
            continue
        if _plain(word) and _plain(following) and _number_at(words, i + 1)[1] < 2:  # بن | ده هزار, not بنده | هزار
            joined = analyze(word + ZWNJ + following, mode="query")
            if len(joined) == 1 and joined != analyze(f"{word} {following}", mode="query") and known(joined[0]):
                compound = word + ZWNJ + following
                out.append(compound if phrase else f'({compound} OR "{word} {following}")')
                i += 2
                continue
        spaced = spaced_words(word) if _plain(word) else None
        if spaced:
            word = spaced if phrase else f'({word} OR "{spaced}")'
        out.append(word)
        i += 1
    return out


def compound_spellings(searcher, fields) -> tuple[Callable[[str], bool], Callable[[str], str | None]]:
    """expand_compounds' two questions, answered by the articles of ``searcher``: is a joined term written
    in them, and how is a joined word written spaced. A quote search asks the articles, not the quotes:
    a quote is a piece of an article, and asking the quotes made «سازمان های مردم نهاد» two loose words
    (no quote writes مردم‌نهاد) where «سازمان‌های مردم‌نهاد» was the phrase, and the two found 667 and
    1,379 quotes."""
    return (lambda term: _known(searcher, term, fields),
            lambda word: spaced_compound(word) or split_as_written(searcher, word, fields))


def split_as_written(searcher, word: str, fields) -> str | None:
    """A word typed joined, as the two words the archive's writers split it into with ZWNJ: کیروش →
    "کی روش" where articles write کی‌روش, دانشآموزان → "دانش اموز" where they write دانش‌آموزان.

    hazm's lexicon splits neither (کی is too short a part to split any word on, دانش‌آموز a word
    it knows whole), so a query typed joined missed the articles that write it with a space.
    The index knows: a word written with ZWNJ is indexed with its parts at its own position
    (AddCompoundParts), and the build records each cut whose two parts stand where the whole word
    stands (analysis.written_apart): one a writer made, whose parts the index therefore holds. Two
    words that merely join into a third (در ست, درست) never stand so. None when no article splits the word.
    """
    terms = analyze(word, mode="query")
    if ZWNJ in word or len(terms) != 1:
        return None
    term = terms[0]
    for cut in written_cuts(searcher.reader(), term, fields):
        parts = term[:cut], term[cut:]
        if analyze(" ".join(parts), mode="query") == list(parts):
            return " ".join(parts)
    return None


def written_cuts(reader, term: str, fields) -> list[int]:
    """Where some article writes ``term`` apart in one of ``fields``, first cut first: the build's record
    (schema.WRITTEN_APART). A term no article writes apart, nearly every query word, costs one look-up; the
    others' keys are read. Whoosh keeps the terms of deleted articles until a merge drops them, so in an index
    with deletions a key counts only while a live article holds it: an update must not leave a split that no
    article still writes."""
    if (WRITTEN_APART, term) not in reader:
        return []
    cuts = set()
    for key in reader.expand_prefix(WRITTEN_APART, apart_prefix(term)):
        key = key.decode("utf-8") if isinstance(key, bytes) else key
        cut, field = apart_cut(key)
        if field in fields and cut not in cuts and \
                (not reader.has_deletions() or reader.postings(WRITTEN_APART, key).is_active()):
            cuts.add(cut)
    return sorted(cuts)


def _number_at(words: list[str], i: int) -> tuple[str, int]:
    """A number (or a percent: ۲۰ درصد, ۲۰ ٪) written over several words from ``words[i]`` on, as its one term,
    and how many words; else ("", 0)."""
    end = i
    while end < len(words) and _in_number(words[end]):
        end += 1
    for stop in range(end, i + 1, -1):
        terms = analyze(" ".join(words[i:stop]), mode="query")
        if len(terms) == 1:
            return terms[0], stop - i
    return "", 0


def _in_number(word: str) -> bool:
    """Can ``word``, as typed, be one of the words of a number or percent?"""
    if word in numbers.PERCENT_SIGNS:
        return True
    return bool(_plain(word) or numbers.DECIMAL.fullmatch(word)) and \
        (numbers.is_number_word(fold(word)) or numbers.is_percent(fold(word)))


def _plain(word: str) -> bool:
    return bool(PLAIN_WORD.fullmatch(word)) and word.upper() not in OPERATORS


def _known(searcher, term: str, fields) -> bool:
    reader = searcher.reader()
    return any(reader.doc_frequency(field, term) for field in fields)


def _balanced(text: str, notices: list[str] | None = None) -> str:
    """Unbalanced quotes or parentheses lose their syntax, not their words; said in ``notices`` when given."""
    if text.count('"') % 2:
        text = text.replace('"', " ")
        _said(notices, 'a quote mark (") had no partner; searched the words without quotes')
    if text.count("(") != text.count(")"):
        text = text.replace("(", " ").replace(")", " ")
        _said(notices, "a parenthesis had no partner; searched the words without parentheses")
    return re.sub(r"\s+", " ", text)


def _said(notices: list[str] | None, notice: str) -> None:
    if notices is not None:
        notices.append(notice)


def _drop_stop_words(parsed: wq.Query, common) -> wq.Query:
    """Words like از / در / می‌شود are no query words when other words remain.

    They stay in the index (phrases and stop-word-only queries need them),
    but counting them as words would rank an article for holding در. hazm's
    list also holds content words (دهه، خاص، ساز), so a stop word goes only
    where ``common(term)`` says the index has it in many articles.
    """
    if not isinstance(parsed, (wq.And, wq.Or)):
        return parsed
    stops = lexicon.stop_terms()
    kept = [sub for sub in parsed.subqueries if not _is_stop(sub, stops, common)]
    if not kept or len(kept) == len(parsed.subqueries):
        return parsed
    return parsed.__class__(kept).normalize()


def _is_stop(sub: wq.Query, stops: frozenset[str], common) -> bool:
    if isinstance(sub, wq.Or):  # one word searched in several fields
        return all(_is_stop(s, stops, common) for s in sub.subqueries)
    return isinstance(sub, wq.Term) and sub.text in stops and common(sub.text)


def _common_in(searcher, fields):
    """Is a term in at least STOP_SHARE of the articles, in one of ``fields``?"""
    reader, articles = searcher.reader(), max(searcher.doc_count(), 1)
    return lambda term: max(reader.doc_frequency(name, term) for name in fields) >= tuning.STOP_SHARE * articles


def _is_null(parsed: wq.Query) -> bool:
    return isinstance(parsed, (wq.And, wq.Or)) and not parsed.subqueries


def _query_terms(parsed: wq.Query):
    return [(f, t if isinstance(t, str) else t.decode("utf-8")) for f, t in parsed.iter_all_terms(phrases=True)]


def _hit(hit, rank: int, terms: set[str], score: float | None, words_matched: int = 0) -> Hit:
    """A result with the score it was ranked by (None sorted by date: there the score is no relevance)."""
    stored = hit.fields()
    return Hit(
        rank=rank,
        id=stored["id"],
        score=None if score is None else round(score, 4),
        title=stored.get("title", ""),
        category=stored.get("category", ""),
        source=stored.get("source", ""),
        date=stored.get("date", ""),
        date_source=stored.get("date_source", ""),
        url=stored.get("url", ""),
        words_matched=words_matched,
        passages=(stored.get("body", ""),) + ((stored["lead"],) if stored.get("lead") else ()),
        terms=frozenset(terms),
    )


def get_article(index_dir, doc_id: str) -> dict:
    """Every stored field of one article (see article_id for the ids taken); UnknownArticle when none has it.

    An empty id is a question not asked (QueryError), not an article not found.
    """
    if not doc_id.replace("\u200c", "").strip():  # a ZWNJ alone is no id either
        raise QueryError("the id is empty; give an article's id as search shows it")
    searcher = open_searcher(index_dir, ARTICLES)
    stored = searcher.document(id=article_id(searcher, doc_id))
    stored.pop("origin", None)
    stored["paragraphs"] = [p for p in stored.pop("body", "").split("\n\n") if p]
    return stored


def article_id(searcher, doc_id: str) -> str:
    """The id of the article ``doc_id`` names: its own id; its url as a reader pastes it (address_key:
    percent-encoded as a browser copies it, http or https, with or without www., or without the slug
    after the number); or a bare number (a news agency's id, in any digits) that exactly one article's
    url-id holds as a whole path segment or query value, as in
    https://www.farsnews.com/news/13920229000901/slug (a number inside the slug does not count).
    UnknownArticle when no article has it, naming the number read from a pasted url if that names one;
    AmbiguousArticle (with the ids) when several do.
    """
    if searcher.document_number(id=doc_id) is not None:
        return doc_id
    given = doc_id.strip()
    if given.isdigit():
        return _the_one(doc_id, _urls_holding(searcher, given))
    if key := address_key(given):
        found = [term for term in _url_ids(searcher) if _names(key, address_key(term))]
        if found:
            return _the_one(doc_id, found)
        if (number := _number_in(key)) and _urls_holding(searcher, number):
            raise UnknownArticle(doc_id, number)
    raise UnknownArticle(doc_id)


# A url with or without its scheme: a host with a dot, then a path, query or nothing.
ADDRESS = re.compile(r"(?:https?://)?(?:www\.)?(?P<host>[^/\s?#]+\.[A-Za-z]{2,})(?P<rest>[/?][^#]*)?(?:#.*)?\Z",
                     re.IGNORECASE)


def address_key(text: str) -> str:
    """A url as one key whatever form it was pasted in: decoded, without scheme, www. or a closing slash, the
    host in lower case; "" for what is no url (a file path, an id)."""
    match = ADDRESS.match(unquote(text.strip()))
    return f"{match['host'].lower()}{(match['rest'] or '').rstrip('/')}" if match else ""


def _names(given: str, stored: str) -> bool:
    """Whether the pasted url key names the stored one: the same, or the same without what follows (the slug)."""
    return bool(stored) and (stored == given or ("/" in given and stored.startswith(given + "/")))


def _number_in(key: str) -> str:
    """The longest all-digit path segment of a url key (a news agency's article number), or ""."""
    return max((part for part in re.split(r"[/?&=]", key) if part.isdigit()), key=len, default="")


def _url_ids(searcher) -> Iterator[str]:
    """The ids that are urls (they hold a /), of articles still in the index."""
    for term in searcher.lexicon("id"):
        term = term.decode("utf-8") if isinstance(term, bytes) else term
        if "/" in term and searcher.document_number(id=term) is not None:
            yield term


def _urls_holding(searcher, number: str) -> list[str]:
    """The url ids that hold ``number`` (in any digits) as a whole path segment or query value."""
    number = "".join(str(unicodedata.digit(c)) for c in number)
    holds = re.compile(rf"[/=]{number}(?:$|[/?&#])")
    return [term for term in _url_ids(searcher) if holds.search(term)]


def _the_one(doc_id: str, found: list[str]) -> str:
    if not found:
        raise UnknownArticle(doc_id)
    if len(found) > 1:
        raise AmbiguousArticle(doc_id, found)
    return found[0]
