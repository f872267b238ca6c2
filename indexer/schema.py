"""What the index stores: one Whoosh index of articles, each with its quotes.

Every text field goes through the one Persian analyzer, and BM25F weighs a
match in the title above one in the lead, and the lead above the body.

An article's quotes are part of the article (bench/quote_layouts.py measured
the layouts: a Whoosh index of its own, one document per quote, made the
index 1.64x plain Whoosh's, this about 1.1x): a quote's words are the
article's own, where its span of positions in the title, lead or body is;
speakers and roles are two more fields, quote k's words at positions from
k * TEXT_STRIDE (analysis.AnalysedTexts); each quote's span and lengths and
the article's quote records are columns. indexer.quote_view shows them to
searches as one document per quote.
"""

from __future__ import annotations

import math
import weakref
from functools import lru_cache

from whoosh.columns import NumericColumn, VarBytesColumn
from whoosh.fields import COLUMN, ID, KEYWORD, NUMERIC, STORED, TEXT, FieldType, Schema
from whoosh.formats import Positions
from whoosh.scoring import BM25F, BM25FScorer

from indexer.analysis import AnalysedTexts, PersianAnalyzer, persian_analyzer

# Bump when the schema or the analysis changes: older indexes must be rebuilt.
SCHEMA_VERSION = 22  # 8: Arabic plural ین folded (analysis); 9: the speaker registry is stored, a quote's text only in its article;
# 10: Arabic broken plurals folded (analysis); 11: a quote's stored fields in one tuple;
# 12: a number before punctuation read whole (analysis); 13: a decimal is one number (۱۷٫۵ هزار = 17500);
# 14: quotes are part of their article, no quotes index; 15: source and category keys unspaced (facets.facet_key);
# 16: hamza seats and alef madda folded (analysis.FoldHamza: مسئول = مسوول, هیئت = هیات, آمریکا = امریکا);
# 17: a number and its percent are one term (analysis.ReadPercent: ۲۰٪ = 20% = ۲۰ درصد = 20درصد → 20%);
# 18: the speaker registry's keys folded as search folds (corpus.speakers.NAME_FOLD: داوود = داود);
# 19: an article with no category takes its source's (facets.source_category: Varzesh3's are sports);
# 20: a known source is indexed under one key, its host by any of its labels and its names alike (facets.source_key);
# 21: the words an article writes apart are recorded (WRITTEN_APART), so a query's joined word is split by one look-up;
# 22: ان and تر are stripped only when hazm's lexicon knows what is left (analysis.plural_stem, gradable_stem:
#     سپاهان is not سپاه, تئاتر not تا) and never from lexicon.not_inflected (user audit r30, 8)

ARTICLES = "articles"
QUOTES = "quotes"  # the quote view of the articles index (indexer.quote_view), opened under this name
# The fields of an article a quote's text can stand in (its span of positions there is kept).
QUOTE_REGIONS = ("title", "lead", "body")
# The quote view's field of a quote's own words (indexer.quote_view).
QUOTE_TEXT = "text"
# The fields of an article that hold its quotes' speakers and roles, by the name a quote search gives them.
QUOTE_WORDS = {"speaker": "quote_speaker", "role": "quote_role"}

FIELD_BOOSTS = {"title": 3.0, "lead": 2.0, "tags": 1.5, "body": 1.0}
# Fields a bare keyword searches; others are reached with field:term.
ARTICLE_SEARCH_FIELDS = ("title", "lead", "body", "tags")
# The record of the words each article writes apart (analysis.written_apart: a term standing where its two halves
# stand too): the joined term itself, and one key per cut and field a search reads it in (apart_key): the searched
# fields above, and a quote's text, speaker and role as the quote view names them. search.split_as_written asks it
# whether a query's joined word is one the writers split instead of reading positions: for a word no article writes
# apart (nearly every query word) that is one look-up of the term.
WRITTEN_APART = "written_apart"
APART_MARK = "|"  # between a key's term, cut and field: no term holds it (analysis.WORD)


def apart_key(term: str, cut: int, field: str) -> str:
    """The record's key for ``term`` written apart at ``cut`` in ``field``: دانشاموز|4|body."""
    return f"{term}{APART_MARK}{cut}{APART_MARK}{field}"


def apart_prefix(term: str) -> str:
    """What every key of ``term`` starts with, and no other term's does."""
    return term + APART_MARK


def apart_cut(key: str) -> tuple[int, str]:
    """(cut, field) of a record key."""
    _, cut, field = key.split(APART_MARK)
    return int(cut), field


class ArticleBM25F(BM25F):
    """BM25F whose IDF is the article's, not the field's: how many articles have the word in any
    of ARTICLE_SEARCH_FIELDS (the most in one of them, a cheap stand-in for the union).

    Whoosh weighs each field by its own IDF, so a common word that titles seldom
    hold (حقوق: 59 bodies, 3 titles) counted as a rare word wherever a title had
    it. Other fields (those of quotes, indexer.quote_view) keep their own IDF.
    """

    def idf(self, searcher, fieldname, text):
        if fieldname not in ARTICLE_SEARCH_FIELDS:
            return super().idf(searcher, fieldname, text)
        return article_idf(max(searcher.doc_frequency(name, text) for name in ARTICLE_SEARCH_FIELDS),
                           searcher.doc_count_all())

    def scorer(self, searcher, fieldname, text, qf=1):
        """Whoosh's BM25F scorer, reading each article's field length once per open index (``field_length``)."""
        scorer = super().scorer(searcher, fieldname, text, qf=qf)
        if isinstance(scorer, BM25FScorer):
            scorer.dfl = field_length(searcher, fieldname)
        return scorer


# Per open index (its reader; gone with it), per field: each article's length there, None until read.
_LENGTHS: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def field_length(searcher, fieldname):
    """The length of ``fieldname`` in an article, as Whoosh's BM25F reads it (1 when it has none), kept
    once read: BM25F reads it for every posting it scores, and reading it from the index was half the
    cost of scoring one. A searcher is kept open between searches (store.open_searcher), and so are these."""
    per_field = _LENGTHS.setdefault(searcher.reader(), {})
    known = per_field.get(fieldname)
    if known is None:
        known = per_field[fieldname] = [None] * searcher.doc_count_all()

    def length(docnum: int) -> int:
        found = known[docnum]
        if found is None:
            found = known[docnum] = searcher.doc_field_length(docnum, fieldname, 1)
        return found

    return length


def article_idf(having: int, articles: int) -> float:
    """Whoosh's BM25 IDF of something ``having`` of ``articles`` articles hold (a word, a phrase)."""
    return math.log(articles / (having + 1)) + 1


def _text(boost: float = 1.0, stored: bool = True) -> TEXT:
    return TEXT(analyzer=persian_analyzer(), stored=stored, field_boost=boost)


def persian_positions(schema: Schema) -> None:
    """Make a writer's ``schema`` index its Persian fields through PersianPositions (in place: a
    writer reads its own copy of the schema from the index)."""
    for field in schema:
        if type(field.format) is Positions and isinstance(field.analyzer, PersianAnalyzer):
            field.format = PersianPositions(field.format.field_boost)


class PersianPositions(Positions):
    """Whoosh's Positions, the same postings, read straight from the Persian analysis's words
    (PersianAnalyzer.term_positions) instead of a Token per word through two generators: that
    path was about a sixth of Whoosh's part of a build. An index stores it as Positions, so
    any goftar (and Whoosh alone) opens what it writes."""

    def word_values(self, value, analyzer, **kwargs):
        if not isinstance(analyzer, PersianAnalyzer) or not isinstance(value, str) or kwargs.get("mode") != "index":
            return super().word_values(value, analyzer, **kwargs)
        boost = self.field_boost
        return [(term, len(positions), float(len(positions)) * boost, self.encode(positions))
                for term, positions in analyzer.term_positions(value).items()]

    def encode(self, poslist):
        return _one_position(poslist[0]) if len(poslist) == 1 else super().encode(poslist)

    def __reduce__(self):
        return Positions, (), self.__dict__


@lru_cache(maxsize=1 << 14)
def _one_position(position: int) -> bytes:
    """Positions.encode of a term found once in a field, as most are: the same few thousand values."""
    return Positions().encode([position])


def _day() -> NUMERIC:
    """Publication day (days since 1900; 0 = undated) for date filters and --sort date.

    One term per value (shift_step = bits): Whoosh's default numeric tiers
    add eight terms per document, a third of the quotes index's postings.
    """
    return NUMERIC(bits=32, shift_step=32, signed=False, sortable=True)


def _facet() -> KEYWORD:
    """Exact-match values for filters and counts (see indexer.facets.facet_key)."""
    return KEYWORD(commas=True, scorable=False)


def article_schema() -> Schema:
    return Schema(
        id=ID(stored=True, unique=True),
        title=_text(FIELD_BOOSTS["title"]),
        lead=_text(FIELD_BOOSTS["lead"]),
        body=_text(FIELD_BOOSTS["body"]),
        tags=_text(FIELD_BOOSTS["tags"]),
        category=_text(),
        source=_text(),
        url=STORED(),
        date=STORED(),  # ISO date, from the article's date field or its url
        date_source=STORED(),  # "field" or "url"
        day=_day(),
        category_key=_facet(),
        source_key=_facet(),
        year_key=_facet(),
        path=STORED(),
        position=STORED(),
        origin=ID(stored=True),  # the source file, so an update can replace its articles
        **{WRITTEN_APART: KEYWORD(lowercase=False, scorable=False)},
        **{name: _quotes_words() for name in QUOTE_WORDS.values()},
        quote_count=COLUMN(NumericColumn("H")),
        quote_words=COLUMN(NumericColumn("I")),  # how many terms its quotes' texts have, all together
        # per quote, array("I"): its field (an index into QUOTE_REGIONS) and its first and last position there
        quote_spans=COLUMN(VarBytesColumn()),
        # per quote, the Whoosh length byte of its text, speaker and role (whoosh.util.numeric.length_to_byte)
        quote_lengths=COLUMN(VarBytesColumn()),
        # zlib of the pickled (article id, [quote record, ...]); a record as build.quote_record makes it
        quote_records=COLUMN(VarBytesColumn()),
    )


def _quotes_words() -> FieldType:
    """One quote field of an article: its quotes' words, analysed by the build (analysis.analysed_texts).

    Not a TEXT field: a search of articles never reaches it (search._known_fields_only).
    """
    return FieldType(format=Positions(), analyzer=AnalysedTexts(), scorable=True)


# The fields the Persian analysis indexes: the build analyses them beforehand (indexer.build.Prepared).
ANALYSED_FIELDS = tuple(name for name, field in article_schema().items()
                        if isinstance(getattr(field, "analyzer", None), PersianAnalyzer))


def quote_view_schema() -> Schema:
    """The fields of a quote as a quote search sees it (indexer.quote_view): parsed with the Persian analyzer."""
    return Schema(text=_text(stored=False), speaker=_text(stored=False), role=_text(stored=False), day=_day())
