"""Answer keyword queries over the articles index, best first.

Query language (Whoosh's, made forgiving): plain words must all appear;
"exact phrase"; -word excludes; OR between alternatives; field:term for
title, lead, body, tags, category, source. If all-words finds nothing the
search falls back to any-word ranking and says so. Malformed syntax
(unbalanced quotes or parentheses) is searched as plain words, never an error.
"""

from __future__ import annotations

import re
from functools import lru_cache
from dataclasses import dataclass, field

from whoosh import query as wq
from whoosh.fields import TEXT
from whoosh.qparser import AndGroup, MultifieldParser, OrGroup, PlusMinusPlugin

from indexer import lexicon
from corpus.orthography import fold_word
from indexer.analysis import analyze, attaches, fold
from indexer.facets import Filters
from indexer.schema import ARTICLE_SEARCH_FIELDS, ARTICLES
from indexer.snippets import Snippet, best_snippet
from indexer.errors import QueryError, UnknownArticle
from indexer.store import open_searcher

MAX_QUERY_CHARS = 1000
MAX_EXPANSION = 200
FIELD_PREFIX = re.compile(r"(?<![\w:])([A-Za-z_]\w{0,30}):(?=\S)")
ZWNJ = "\u200c"
PLAIN_WORD = re.compile(r"[^\W_][\w\u200c]*")
OPERATORS = {"AND", "OR", "NOT", "ANDNOT", "ANDMAYBE"}


@dataclass
class Hit:
    rank: int
    id: str
    score: float | None
    title: str
    snippet: Snippet
    category: str = ""
    source: str = ""
    date: str = ""
    date_source: str = ""
    url: str = ""


@dataclass
class SearchResults:
    query: str
    total: int
    hits: list[Hit] = field(default_factory=list)
    page: int = 1
    matched: str = "all"  # "all" words, or "any" after the fallback
    notice: str = ""


SORTS = ("relevance", "date")


def search(index_dir, query: str, limit: int = 10, page: int = 1, filters: Filters | None = None,
           sort: str = "relevance", speaker: str | None = None) -> SearchResults:
    """The ``limit`` best articles for ``query`` on page ``page`` (1-based).

    ``filters`` narrow by category, source and date; ``speaker`` to the
    articles that quote that person, in any spelling (UnknownSpeaker or
    AmbiguousSpeaker when the name fits nobody or several); ``sort="date"``
    puts the newest first instead of the most relevant.
    """
    text = check_query(query)
    if sort not in SORTS:
        raise QueryError(f"sort must be one of {', '.join(SORTS)}, not {sort!r}")
    searcher = open_searcher(index_dir, ARTICLES)
    narrow = [q for q in ((filters or Filters()).query(), _quoting(index_dir, speaker) if speaker else None) if q]
    found = find(searcher, text, ARTICLE_SEARCH_FIELDS, page=page, limit=limit,
                 filter=wq.And(narrow) if narrow else None, newest_first=sort == "date")
    results = SearchResults(query=query, total=found.total, page=page, matched=found.matched, notice=found.notice)
    for rank, hit in enumerate(found.hits, start=(page - 1) * limit + 1):
        results.hits.append(_hit(hit, rank, found.terms, scored=sort == "relevance"))
    return results


def _quoting(index_dir, speaker: str) -> wq.Query:
    """The articles that quote ``speaker``."""
    from indexer.quote_search import find_speaker  # here: quote_search is built on this module

    return wq.Or([wq.Term("id", doc_id) for doc_id in find_speaker(index_dir, speaker).doc_ids])


@dataclass
class Found:
    """One page of raw Whoosh hits and how they were found."""

    hits: list = field(default_factory=list)
    total: int = 0
    matched: str = "all"
    terms: set[str] = field(default_factory=set)
    notice: str = ""


def find(searcher, text: str, fields, page: int = 1, limit: int | None = 10, filter=None,
         newest_first: bool = False) -> Found:
    """Search ``fields`` for all the words, else any of them; ``limit=None`` for every hit.

    Anything odd about the query (cut short, an unknown field, a wildcard
    matching too many words) is fixed and said in ``notice``, never raised.
    """
    notices: list[str] = []
    text = _within_length(text, notices)
    text = _known_fields_only(text, searcher.schema, notices)
    if not analyze(text):
        return Found(notice=_joined(notices + ["the query has no searchable words"]))
    text = expand_compounds(text, lambda term: _known(searcher, term, fields))
    order = {"sortedby": "day", "reverse": True} if newest_first else {}
    for group, matched in ((AndGroup, "all"), (OrGroup, "any")):
        parsed = parse_query(text, searcher.schema, fields, group)
        if parsed is None:
            return Found(notice=_joined(notices + ["the query has no searchable words"]))
        parsed = _capped_wildcards(parsed, searcher.reader(), notices if matched == "all" else [])
        if limit is None:
            hits = searcher.search(parsed, limit=None, filter=filter, **order)
            total = len(hits)
        else:
            hits = searcher.search_page(parsed, page, pagelen=limit, filter=filter, **order)
            total = hits.total
            if hits.pagenum != page:  # Whoosh answers a page past the end with the last one
                hits = []
        if total or matched == "any":
            break
    if matched == "any" and total:
        notices.append("nothing has all the words; showing what has any of them")
    terms = {term for _, term in _query_terms(parsed)}
    return Found(list(hits), total, matched, terms, _joined(notices))


def check_query(query: str) -> str:
    """The query, trimmed; a clear error when there is nothing to search."""
    text = (query or "").strip()
    if not text:
        raise QueryError("the query is empty; give some words to search for, e.g. goftar search \"کودکان کار\"")
    return text


def _within_length(text: str, notices: list[str]) -> str:
    if len(text) <= MAX_QUERY_CHARS:
        return text
    notices.append(f"the query was cut to its first {MAX_QUERY_CHARS} characters")
    return text[:MAX_QUERY_CHARS]


def _known_fields_only(text: str, schema, notices: list[str]) -> str:
    """``nofield:word`` searches the word, and says which fields there are."""
    searchable = [name for name, field_type in schema.items() if isinstance(field_type, TEXT)]

    def drop_unknown(match: re.Match) -> str:
        if match.group(1) in searchable:
            return match.group(0)
        notices.append(f"there is no field {match.group(1)!r} (fields: {', '.join(searchable)}); searched the words")
        return ""

    return FIELD_PREFIX.sub(drop_unknown, text)


def _capped_wildcards(parsed: wq.Query, reader, notices: list[str]) -> wq.Query:
    """Wildcards match folded spellings, and at most MAX_EXPANSION words each."""
    if isinstance(parsed, (wq.Prefix, wq.Wildcard)):
        pattern = parsed.__class__(parsed.fieldname, fold_word(parsed.text))
        words = list(pattern._btexts(reader))
        if len(words) > MAX_EXPANSION:
            label = parsed.text + ("*" if isinstance(parsed, wq.Prefix) else "")
            notices.append(f"{label} matches too many words; searched the {MAX_EXPANSION} most common")
            words = sorted(words, key=lambda w: -reader.doc_frequency(parsed.fieldname, w))[:MAX_EXPANSION]
        return wq.Or([wq.Term(parsed.fieldname, w.decode("utf-8")) for w in words]) if words else wq.NullQuery
    if parsed.is_leaf():
        return parsed
    return parsed.apply(lambda sub: _capped_wildcards(sub, reader, notices))


def _joined(notices: list[str]) -> str:
    return "; ".join(dict.fromkeys(notices))


def parse_query(text: str, schema, fields=ARTICLE_SEARCH_FIELDS, group=AndGroup) -> wq.Query | None:
    """A Whoosh query for the user's text, or None when nothing is searchable."""
    parser = MultifieldParser(list(fields), schema, group=group)
    parser.add_plugin(PlusMinusPlugin())
    parsed = _drop_stop_words(parser.parse(_balanced(text)))
    return None if parsed is wq.NullQuery or _is_null(parsed) else parsed


def expand_compounds(text: str, known) -> str:
    """Let a compound match however it was written: مردم‌نهاد, مردمنهاد or مردم نهاد.

    Whoosh's query parser analyses each spaced word alone, so affixes written
    apart (سازمان های, می شود) are glued here first, as the analysis would.
    The analysis joins a compound written with ZWNJ or with nothing between its
    parts into one term, but cannot tell that two spaced words form one. So a
    query's spaced pair also tries the joined term, a joined compound also
    tries the spaced phrase, and a quoted phrase tries both spellings;
    ``known(term)`` keeps only joins the index holds.
    """
    pieces = re.split(r'("[^"]*")', text)
    for n, piece in enumerate(pieces):
        if n % 2:  # a quoted phrase
            inner = piece[1:-1]
            other = " ".join(_toggle_compounds(inner.split(), known, phrase=True))
            pieces[n] = piece if analyze(other) == analyze(inner) else f'({piece} OR "{other}")'
        else:
            pieces[n] = " ".join(_toggle_compounds(piece.split(" "), known, phrase=False))
    return "".join(pieces)


def _toggle_compounds(words: list[str], known, phrase: bool) -> list[str]:
    """Glue spaced affixes; offer the other spelling of each compound.

    In a phrase the other spelling replaces the compound (the caller ORs the
    two phrases); among loose words it is ORed in place.
    """
    out, i = [], 0
    words = list(words)
    while i < len(words):
        word = words[i]
        following = words[i + 1] if i + 1 < len(words) else ""
        if _plain(word) and _plain(following) and attaches(fold(word), fold(following)):
            words[i + 1] = word + ZWNJ + following
            i += 1
            continue
        if _plain(word) and _plain(following):
            joined = analyze(word + ZWNJ + following)
            if len(joined) == 1 and joined != analyze(f"{word} {following}") and known(joined[0]):
                compound = word + ZWNJ + following
                out.append(compound if phrase else f"(({word} AND {following}) OR {compound})")
                i += 2
                continue
        if _plain(word) and ZWNJ in word and len(analyze(word.replace(ZWNJ, " "))) > 1:
            spaced = word.replace(ZWNJ, " ")
            word = spaced if phrase else f'({word} OR "{spaced}")'
        out.append(word)
        i += 1
    return out


def _plain(word: str) -> bool:
    return bool(PLAIN_WORD.fullmatch(word)) and word.upper() not in OPERATORS


def _known(searcher, term: str, fields) -> bool:
    reader = searcher.reader()
    return any(reader.doc_frequency(field, term) for field in fields)


def _balanced(text: str) -> str:
    """Unbalanced quotes or parentheses lose their syntax, not their words."""
    if text.count('"') % 2:
        text = text.replace('"', " ")
    if text.count("(") != text.count(")"):
        text = text.replace("(", " ").replace(")", " ")
    return re.sub(r"\s+", " ", text)


def _drop_stop_words(parsed: wq.Query) -> wq.Query:
    """Words like از / در / می‌شود don't have to match when other words do.

    They stay in the index (phrases and stop-word-only queries need them),
    but requiring them in every hit only hides articles.
    """
    if not isinstance(parsed, (wq.And, wq.Or)):
        return parsed
    stops = _stop_terms()
    kept = [sub for sub in parsed.subqueries if not _is_stop(sub, stops)]
    if not kept or len(kept) == len(parsed.subqueries):
        return parsed
    return parsed.__class__(kept).normalize()


def _is_stop(sub: wq.Query, stops: frozenset[str]) -> bool:
    if isinstance(sub, wq.Or):  # one word searched in several fields
        return all(_is_stop(s, stops) for s in sub.subqueries)
    return isinstance(sub, wq.Term) and sub.text in stops


@lru_cache(maxsize=1)
def _stop_terms() -> frozenset[str]:
    return frozenset(term for word in lexicon.stop_words() for term in analyze(word))


def _is_null(parsed: wq.Query) -> bool:
    return isinstance(parsed, (wq.And, wq.Or)) and not parsed.subqueries


def _query_terms(parsed: wq.Query):
    return [(f, t if isinstance(t, str) else t.decode("utf-8")) for f, t in parsed.iter_all_terms(phrases=True)]


def _hit(hit, rank: int, terms: set[str], scored: bool = True) -> Hit:
    """A result; sorted by date, Whoosh's score is the sort key, so there is none."""
    stored = hit.fields()
    body = stored.get("body", "")
    snippet = best_snippet(body, terms)
    if not snippet.spans and stored.get("lead"):
        snippet = best_snippet(stored["lead"], terms)
    return Hit(
        rank=rank,
        id=stored["id"],
        score=round(hit.score, 4) if scored else None,
        title=stored.get("title", ""),
        snippet=snippet,
        category=stored.get("category", ""),
        source=stored.get("source", ""),
        date=stored.get("date", ""),
        date_source=stored.get("date_source", ""),
        url=stored.get("url", ""),
    )


def get_article(index_dir, doc_id: str) -> dict:
    """Every stored field of one article; UnknownArticle when the id is unknown."""
    stored = open_searcher(index_dir, ARTICLES).document(id=doc_id)
    if stored is None:
        raise UnknownArticle(f"no article with id {doc_id!r}; ids are shown by goftar search")
    stored.pop("origin", None)
    stored["paragraphs"] = [p for p in stored.pop("body", "").split("\n\n") if p]
    return stored
