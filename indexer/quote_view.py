"""The quotes of the articles index, shown to Whoosh as an index of one document per quote.

A quote is part of its article (indexer.schema): a quote search must still
rank quotes, not articles, by BM25F over each quote's own text, speaker and
role, with the query language and the ranking of indexer.search.find. So
QuoteReader is a Whoosh reader in which quote k of article d is document
``first[d] + k``:

* a word's postings in the quotes' text are its postings in the articles'
  title, lead and body, where they fall in a quote's span of positions; in
  their speakers and roles, its postings in those fields split where the
  quotes' positions are (quote k's from k * TEXT_STRIDE on). Each has its
  count of the word (tf), its positions and the quote's own length; they are
  read once per word, and the word's document frequency is the number of
  quotes counted there;
* the number of documents is the number of quotes, the average length the
  quotes' total length over them (as Whoosh had them in an index of quotes);
* a quote's stored fields are ``{"quote": (article id, *record)}``, the record
  as indexer.build.quote_fields wrote it.
"""

from __future__ import annotations

import pickle
import zlib
import heapq
from array import array
from bisect import bisect_right
from functools import lru_cache
from itertools import accumulate, groupby

from whoosh.matching import ListMatcher
from whoosh.reading import IndexReader, TermInfo
from whoosh.scoring import BM25F
from whoosh.searching import Searcher
from whoosh.util.numeric import byte_to_length

from indexer.analysis import TEXT_STRIDE
from indexer.schema import QUOTE_REGIONS, QUOTE_TEXT, QUOTE_WORDS, WRITTEN_APART, quote_view_schema

# The fields of a quote, in the order of its lengths in the quote_lengths column.
QUOTE_FIELDS = (QUOTE_TEXT, *QUOTE_WORDS)

# How many words' quote postings a reader keeps: a query's words in three fields, read twice (their
# document frequency, then their postings); a common word's are megabytes at 100k articles.
WORDS_KEPT = 32
# How many articles' quote records and lengths a reader keeps decoded.
ARTICLES_KEPT = 4096


def article_records(records_column, docnum: int) -> tuple[str, list[tuple]]:
    """(article id, its quotes' records in reading order) from the articles' quote_records column."""
    return pickle.loads(zlib.decompress(records_column[docnum]))


def every_value(reader, column: str) -> list:
    """The column's value for every document, segment by segment: Whoosh writes no column file for a segment
    whose values are all the default (articles without quotes), and its multi-segment column reader leaves
    such a segment out, so after an update the list came out short and show crashed (IndexError)."""
    if not reader.doc_count_all():
        return []
    return [value for leaf, _ in reader.leaf_readers() for value in leaf.column_reader(column)]


def quote_spans(value: bytes) -> list[tuple[int, int, int]]:
    """(field, first position, last position) of each quote of an article, from its quote_spans column's
    ``value``: where its text is."""
    numbers = array("I")
    numbers.frombytes(value)
    return list(zip(numbers[0::3], numbers[1::3], numbers[2::3]))


def stored_quote(doc_id: str, record: tuple) -> dict:
    """A quote's stored fields as a quote search sees them (read by quote_search._quote)."""
    return {"quote": (doc_id, *record)}


def quote_searcher(articles) -> Searcher:
    """A BM25F searcher of the quotes in ``articles`` (the articles index's searcher, left open)."""
    return Searcher(QuoteReader(articles.reader()), weighting=BM25F(), closereader=False)


class QuoteReader(IndexReader):
    """The quotes of an articles index reader, one document each (see the module doc)."""

    def __init__(self, articles):
        self.articles = articles
        self.schema = quote_view_schema()
        counts = every_value(articles, "quote_count")
        self.first = [0, *accumulate(counts)]  # the first quote of article d, and after the last: the quotes
        self.words = sum(articles.column_reader("quote_words")) if counts else 0
        self.live = self.first[-1] if not articles.has_deletions() else \
            sum(count for docnum, count in enumerate(counts) if not articles.is_deleted(docnum))
        # Read through Whoosh's multi-part columns, which leave out a part without the column but map every
        # other part's articles by its own offset: the quote columns are read for quoted articles only, whose
        # part has them, and every article has a day (0 = undated), so no read reaches a left-out part.
        self.spans_column = articles.column_reader("quote_spans")
        self.lengths_column = articles.column_reader("quote_lengths")
        self.records_column = articles.column_reader("quote_records")
        self.day_column = articles.column_reader("day", translate=False)
        self.postings_of = lru_cache(maxsize=WORDS_KEPT)(self._postings_of)
        self.spans_of = lru_cache(maxsize=ARTICLES_KEPT)(self._spans_of)
        self.lengths_of = lru_cache(maxsize=ARTICLES_KEPT)(self._lengths_of)
        self.records_of = lru_cache(maxsize=ARTICLES_KEPT)(self._records_of)

    # --- where a quote is ---------------------------------------------------

    def article(self, quote: int) -> tuple[int, int]:
        """(article docnum, k) of quote number ``quote``."""
        docnum = bisect_right(self.first, quote) - 1
        return docnum, quote - self.first[docnum]

    def quotes_of(self, docnum: int) -> range:
        """The quote numbers of article ``docnum``, in reading order."""
        return range(self.first[docnum], self.first[docnum + 1])

    def quotes_in(self, articles) -> set[int]:
        """The quote numbers of the given article docnums."""
        return {quote for docnum in articles for quote in self.quotes_of(docnum)}

    def _spans_of(self, docnum: int) -> list[tuple[int, int, int]]:
        return quote_spans(self.spans_column[docnum])

    def _lengths_of(self, docnum: int) -> bytes:
        return self.lengths_column[docnum]

    def _records_of(self, docnum: int) -> tuple[str, list[tuple]]:
        return article_records(self.records_column, docnum)

    # --- postings -----------------------------------------------------------

    def _postings_of(self, fieldname: str, text: str) -> tuple[list, list, list, TermInfo]:
        """(quote numbers, tf, positions, TermInfo) of ``text`` in the quotes' ``fieldname``."""
        found = self._text_postings(text) if fieldname == "text" else self._word_postings(QUOTE_WORDS[fieldname], text)
        ids, weights, positions, info = [], [], [], TermInfo()
        which = QUOTE_FIELDS.index(fieldname)
        for quote in sorted(found):
            docnum, k, places = found[quote]
            ids.append(quote)
            weights.append(float(len(places)))
            positions.append(places)
            info.add_posting(quote, len(places), byte_to_length(self.lengths_of(docnum)[3 * k + which]))
        return ids, weights, positions, info

    def _text_postings(self, text: str) -> dict[int, tuple[int, int, list[int]]]:
        """Quote number: (article docnum, k, positions) of ``text`` in the quotes' texts, from its
        positions in the articles' fields."""
        found = {}
        for region, field in enumerate(QUOTE_REGIONS):
            for docnum, places in self._article_postings(field, text):
                for k, (at, first, last) in enumerate(self.spans_of(docnum)):
                    inside = [pos for pos in places if first <= pos <= last] if at == region else None
                    if inside:
                        found[self.first[docnum] + k] = docnum, k, inside
        return found

    def _word_postings(self, field: str, text: str) -> dict[int, tuple[int, int, list[int]]]:
        """The same for a field of speakers' or roles' words: split where each quote's positions start."""
        found = {}
        for docnum, places in self._article_postings(field, text):
            for k, group in groupby(places, key=lambda pos: pos // TEXT_STRIDE):
                found[self.first[docnum] + k] = docnum, k, [pos - k * TEXT_STRIDE for pos in group]
        return found

    def _article_postings(self, field: str, text: str):
        """(docnum, positions) of ``text`` in ``field`` of each article with quotes that has it."""
        if (field, text) not in self.articles:
            return
        matcher = self.articles.postings(field, text)
        while matcher.is_active():
            docnum = matcher.id()
            if self.first[docnum + 1] > self.first[docnum]:
                yield docnum, matcher.value_as("positions")
            matcher.next()

    # The articles' record of the words written apart (schema.WRITTEN_APART) keeps its quotes' too, under the
    # quote fields' names: __contains__, postings and expand_prefix read it through (search.written_cuts).
    def postings(self, fieldname, text, scorer=None):
        if fieldname == WRITTEN_APART:
            return self.articles.postings(fieldname, text)
        ids, weights, positions, info = self.postings_of(fieldname, _text(text))
        return QuoteMatcher(ids, weights, positions, self.schema[fieldname].format, scorer,
                            term=(fieldname, text), terminfo=info)

    def __contains__(self, term):
        """Is the word in a quote (not only elsewhere in its article)?"""
        fieldname, text = term
        if fieldname == WRITTEN_APART:
            return term in self.articles
        return self.doc_frequency(fieldname, text) > 0

    def term_info(self, fieldname, text):
        return self.postings_of(fieldname, _text(text))[3]

    def doc_frequency(self, fieldname, text):
        return len(self.postings_of(fieldname, _text(text))[0]) if fieldname in QUOTE_FIELDS else 0

    def frequency(self, fieldname, text):
        return sum(self.postings_of(fieldname, _text(text))[1]) if fieldname in QUOTE_FIELDS else 0

    # --- the words there are (wildcards, compounds): those of the articles' fields a quote's words are in

    @staticmethod
    def _fields(fieldname: str) -> tuple[str, ...]:
        if fieldname == WRITTEN_APART:
            return (fieldname,)
        return QUOTE_REGIONS if fieldname == QUOTE_TEXT else (QUOTE_WORDS[fieldname],) if fieldname in QUOTE_WORDS else ()

    def indexed_field_names(self):
        return list(QUOTE_FIELDS)

    def all_terms(self):
        for fieldname in QUOTE_FIELDS:
            for text in self.lexicon(fieldname):
                yield fieldname, text

    def terms_from(self, fieldname, prefix):
        for text in _merged(self.articles.terms_from(field, prefix) for field in self._fields(fieldname)):
            yield fieldname, text

    def expand_prefix(self, fieldname, prefix):
        return _merged(((field, text) for text in self.articles.expand_prefix(field, prefix))
                       for field in self._fields(fieldname))

    def lexicon(self, fieldname):
        return _merged(((field, text) for text in self.articles.lexicon(field)) for field in self._fields(fieldname))

    # --- documents ------------------------------------------------------------

    def doc_count_all(self):
        return self.first[-1]

    def doc_count(self):
        return self.live

    def has_deletions(self):
        return self.articles.has_deletions()

    def is_deleted(self, docnum):
        return self.articles.is_deleted(self.article(docnum)[0])

    def stored_fields(self, docnum):
        article, k = self.article(docnum)
        doc_id, records = self.records_of(article)
        return stored_quote(doc_id, records[k])

    def field_length(self, fieldname):
        return self.words if fieldname == "text" else self.articles.field_length(QUOTE_WORDS[fieldname])

    def doc_field_length(self, docnum, fieldname, default=0):
        if fieldname not in QUOTE_FIELDS:
            return default
        article, k = self.article(docnum)
        return byte_to_length(self.lengths_of(article)[3 * k + QUOTE_FIELDS.index(fieldname)])

    # --- sorting by date ----------------------------------------------------------

    def has_column(self, fieldname):
        return fieldname == "day"

    def column_reader(self, fieldname, column=None, reverse=False, translate=True):
        return _DayColumn(self, reverse)


class QuoteMatcher(ListMatcher):
    """A word's postings in the quotes, with their positions kept as lists (nothing to decode)."""

    def value_as(self, astype):
        if astype != "positions":
            raise ValueError(f"quote postings have positions, not {astype}")
        return self._values[self._i]

    def supports(self, astype):
        return astype == "positions"

    def value(self):
        """The posting's positions, as kept (ListMatcher would take a list for several values to combine)."""
        return self._values[self._i]

    @staticmethod
    def decode_positions(value) -> list[int]:
        """A posting's positions from its value (search.Postings reads values now, positions later): the value."""
        return value

    def copy(self):
        return self.__class__(self._ids, self._weights, self._values, self._format, self._scorer, self._i,
                              term=self._term, terminfo=self._terminfo)


class _DayColumn:
    """The publication day of each quote's article, for sorting (Whoosh's ColumnCategorizer)."""

    def __init__(self, reader: QuoteReader, reverse: bool):
        self.reader, self.sign = reader, -1 if reverse else 1

    def sort_key(self, docnum):
        return self.sign * self.reader.day_column[self.reader.article(docnum)[0]]

    def __getitem__(self, docnum):
        return self.reader.day_column[self.reader.article(docnum)[0]]


def _text(text) -> str:
    return text.decode("utf-8") if isinstance(text, bytes) else text


def _merged(fields):
    """The terms of several fields' sorted (field, term) iterators, in order, each once."""
    return (term for term, _ in groupby(heapq.merge(*((text for _, text in pairs) for pairs in fields))))
