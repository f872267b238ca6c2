"""The build records where an article's writers split a word with ZWNJ, so a query's joined word is split
by one look-up (search.split_as_written), never by reading positions; updates keep the record true."""

import json

import pytest

from conftest import index_of
from indexer.analysis import analyze, written_apart
from indexer.build import build_index
from indexer.schema import ARTICLE_SEARCH_FIELDS, ARTICLES, QUOTES
from indexer.search import Postings, search, split_as_written, written_cuts
from indexer.store import open_searcher

ARTICLES_WRITTEN = [
    {"id": "zwnj", "title": "اردوی تابستانی", "body": "دانش‌آموزان مدرسه با کی‌روش در اردو دیدار کردند."},
    {"id": "space", "title": "جشن مدرسه", "body": "دانش آموزان روستا برای کی روش نامه نوشتند."},
    {"id": "set", "title": "والیبال", "body": "تیم ما در ست دوم بازی را برد و این درست بود."},
]
QUOTED = [
    {"id": "quoted", "title": "دیدار با مربی",
     "body": "در دیدار با دانش‌آموزان، کی‌روش گفت: «کتاب‌خوانی را جدی بگیرید.» سپس از سالن رفت."},
]


def _cuts(index_dir, term, fields=ARTICLE_SEARCH_FIELDS, name=ARTICLES):
    return written_cuts(open_searcher(index_dir, name).reader(), term, fields)


def _indexed(folder, articles=None, name="news.json"):
    """(Re)index ``folder``, after writing ``articles`` as the file ``name`` there when given."""
    if articles is not None:
        (folder / name).write_text(json.dumps(articles, ensure_ascii=False), encoding="utf-8")
    build_index([folder], folder.parent / f"{folder.name}-ix")
    return str(folder.parent / f"{folder.name}-ix")


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    return index_of(tmp_path_factory, "written", ARTICLES_WRITTEN)


def test_a_word_of_one_term_standing_with_its_two_halves_is_written_apart_there():
    pairs = [(term, 0) for term in analyze("دانش‌آموزان")] + [(term, 1 + n) for n, term in enumerate(analyze("در ست درست"))]
    assert list(written_apart(pairs)) == [(0, "دانشاموز", 4)]


def test_the_index_records_where_its_writers_split_a_word_with_zwnj(written):
    assert _cuts(written, "دانشاموز") == [4]
    assert _cuts(written, "کیروش") == [2]


def test_two_words_that_merely_join_into_a_third_are_no_recorded_split(written):
    # در ست and درست stand in one article, but never at one position: nobody writes در‌ست.
    assert _cuts(written, "درست") == []


def test_a_split_is_recorded_only_in_the_fields_that_write_it(written):
    assert _cuts(written, "دانشاموز", ("body",)) == [4]
    assert _cuts(written, "دانشاموز", ("title",)) == []


def test_a_joined_query_word_is_split_without_reading_any_positions(written, monkeypatch):
    searcher = open_searcher(written, ARTICLES)

    def unread(*_):
        raise AssertionError("a joined query word read postings")

    monkeypatch.setattr(Postings, "of", unread)
    monkeypatch.setattr(type(searcher), "docs_for_query", unread)
    assert split_as_written(searcher, "کیروش", ARTICLE_SEARCH_FIELDS) == "کی روش"
    assert split_as_written(searcher, "درست", ARTICLE_SEARCH_FIELDS) is None


def test_a_word_no_article_writes_apart_is_answered_by_one_look_up_of_the_term(written, monkeypatch):
    reader = open_searcher(written, ARTICLES).reader()

    def scanned(*_):
        raise AssertionError("the record's keys were scanned")

    monkeypatch.setattr(type(reader), "expand_prefix", scanned)
    assert written_cuts(reader, "مدرسه", ARTICLE_SEARCH_FIELDS) == []
    with pytest.raises(AssertionError):
        written_cuts(reader, "کیروش", ARTICLE_SEARCH_FIELDS)


def test_a_quote_search_splits_a_word_its_quotes_write_apart_and_not_one_only_their_article_does(tmp_path_factory):
    index_dir = index_of(tmp_path_factory, "quoted", QUOTED)
    quotes = open_searcher(index_dir, QUOTES)
    assert _cuts(index_dir, "کتابخوانی", ("text",), QUOTES) == [4]
    assert split_as_written(quotes, "کتابخوانی", ("text",)) == "کتاب خوانی"
    # دانش‌آموزان is written apart in the article, outside its quote: the quotes' text never splits it.
    assert _cuts(index_dir, "دانشاموز", ARTICLE_SEARCH_FIELDS) == [4]
    assert _cuts(index_dir, "دانشاموز", ("text",), QUOTES) == []
    assert split_as_written(quotes, "دانشآموزان", ("text",)) is None


def test_an_updated_article_that_no_longer_writes_a_word_apart_leaves_no_split_behind(tmp_path):
    folder = tmp_path / "news"
    folder.mkdir()
    index_dir = _indexed(folder, ARTICLES_WRITTEN)
    assert {hit.id for hit in search(index_dir, "کیروش").hits} == {"zwnj", "space"}
    rewritten = [{**ARTICLES_WRITTEN[0], "body": "دانشآموزان مدرسه با کیروش در اردو دیدار کردند."}, *ARTICLES_WRITTEN[1:]]
    index_dir = _indexed(folder, rewritten)
    assert _cuts(index_dir, "کیروش") == [] and _cuts(index_dir, "دانشاموز") == []
    # The article writing کی روش with a space is no longer the joined word's: nobody writes کی‌روش now.
    assert {hit.id for hit in search(index_dir, "کیروش").hits} == {"zwnj"}


def test_a_split_another_article_still_writes_outlives_the_one_removed(tmp_path):
    folder = tmp_path / "news"
    folder.mkdir()
    _indexed(folder, [{"id": "again", "title": "نامه", "body": "کی‌روش برای دانش‌آموزان نامه نوشت."}], name="more.json")
    _indexed(folder, ARTICLES_WRITTEN)
    (folder / "news.json").unlink()
    assert _cuts(_indexed(folder), "کیروش") == [2]
    (folder / "more.json").unlink()
    assert _cuts(_indexed(folder), "کیروش") == []
