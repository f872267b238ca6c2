"""What the index stores: one Whoosh index for articles, one for quotes.

Both live in the same directory under different index names, every text
field goes through the one Persian analyzer, and BM25F weighs a match in the
title above one in the lead, and the lead above the body.
"""

from __future__ import annotations

import math

from whoosh.fields import ID, KEYWORD, NUMERIC, STORED, TEXT, Schema
from whoosh.scoring import BM25F

from indexer.analysis import persian_analyzer

# Bump when the schema or the analysis changes: older indexes must be rebuilt.
SCHEMA_VERSION = 13  # 8: Arabic plural ین folded (analysis); 9: the speaker registry is stored, a quote's text only in its article;
# 10: Arabic broken plurals folded (analysis); 11: a quote's stored fields in one tuple;
# 12: a number before punctuation read whole (analysis); 13: a decimal is one number (۱۷٫۵ هزار = 17500)

ARTICLES = "articles"
QUOTES = "quotes"

FIELD_BOOSTS = {"title": 3.0, "lead": 2.0, "tags": 1.5, "body": 1.0}
# Fields a bare keyword searches; others are reached with field:term.
ARTICLE_SEARCH_FIELDS = ("title", "lead", "body", "tags")


class ArticleBM25F(BM25F):
    """BM25F whose IDF is the article's, not the field's: how many articles have the word in any
    of ARTICLE_SEARCH_FIELDS (the most in one of them, a cheap stand-in for the union).

    Whoosh weighs each field by its own IDF, so a common word that titles seldom
    hold (حقوق: 59 bodies, 3 titles) counted as a rare word wherever a title had
    it. Other fields (the quotes index's) keep their own IDF.
    """

    def idf(self, searcher, fieldname, text):
        if fieldname not in ARTICLE_SEARCH_FIELDS:
            return super().idf(searcher, fieldname, text)
        return article_idf(max(searcher.doc_frequency(name, text) for name in ARTICLE_SEARCH_FIELDS),
                           searcher.doc_count_all())


def article_idf(having: int, articles: int) -> float:
    """Whoosh's BM25 IDF of something ``having`` of ``articles`` articles hold (a word, a phrase)."""
    return math.log(articles / (having + 1)) + 1


def _text(boost: float = 1.0, stored: bool = True) -> TEXT:
    return TEXT(analyzer=persian_analyzer(), stored=stored, field_boost=boost)


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
    )


def quote_schema() -> Schema:
    """Lean: a quote is found by its article (doc_id) and shown with the article's title.

    What a quote shows is stored as one tuple (build.quote_fields, read by
    quote_search._quote): six stored fields, each under its name in every
    quote, made a sixteenth of the quotes index.
    """
    return Schema(
        doc_id=ID(),
        text=_text(stored=False),  # stored once, in its article
        speaker=_text(stored=False),
        speaker_key=ID(),
        role=_text(stored=False),
        origin=ID(),
        day=_day(),
        category_key=_facet(),
        source_key=_facet(),
        # (doc_id, speaker, role, kind, where, start, end, cue, ref, speaker_type, where the region starts in its article field)
        quote=STORED(),
    )
