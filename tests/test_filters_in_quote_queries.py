"""quotes and who read a query's own category:/source: terms as filters, as search does (round 29):
«بیمه source:فارس» narrows to Fars's quotes, exactly as --source فارس does, and the notice says so.

Before, quotes and who searched «فارس» as one more word of what was said (the quotes have no source
field), so quotes of every source came back, ranked by the word «فارس».
"""

import json

import pytest
from starlette.testclient import TestClient
from typer.testing import CliRunner

from cli import app
from conftest import index_of
from indexer.errors import EmptyQuery
from indexer.facets import Filters, UnknownFilterValue
from indexer.quote_search import search_quotes, who_said
from web import create_app

runner = CliRunner()

ARTICLES = [
    {"id": "fars-bime", "title": "بیمه رانندگان", "url": "https://www.farsnews.example/news/11/bime",
     "category": "social",
     "body": "بهرام نیک‌نام، مدیرکل بیمه استان، گفت: بیمه رانندگان تاکسی از مهر برقرار می‌شود."},
    {"id": "fars-bime-2", "title": "بیمه کشاورزان", "url": "https://www.farsnews.example/news/12/bime",
     "category": "economy",
     "body": "سیمین ابراهیمی، معاون وزیر جهاد، گفت: بیمه کشاورزان گندم‌کار تمدید شد."},
    {"id": "varzesh-bime", "title": "بیمه بازیکنان", "url": "https://www.varzesh3.example/news/13/bime",
     "category": "sports",
     "body": "کامران شیرازی، دبیر هیئت فوتبال، گفت: بیمه بازیکنان جوان را فدراسیون می‌پردازد."},
    {"id": "varzesh-farsi", "title": "مربی تازه", "url": "https://www.varzesh3.example/news/14/morabi",
     "category": "sports",
     "body": "ناصر توانا، مربی تیم، گفت: بازیکنان استان فارس امسال بیمه و قرارداد تازه گرفتند."},
]


@pytest.fixture(scope="module")
def index_dir(tmp_path_factory):
    return index_of(tmp_path_factory, "quote_query_filters", ARTICLES)


def _quoted_in(found):
    return {hit.quote.doc_id for hit in found.hits}


def _speakers(found):
    return {speaker.speaker for speaker in found.speakers}


@pytest.mark.parametrize("query, words, option", [
    ("بیمه source:فارس", "بیمه", Filters(source="فارس")),
    ('بیمه source:"ورزش سه"', "بیمه", Filters(source="ورزش سه")),
    ("category:اجتماعی بیمه", "بیمه", Filters(category="اجتماعی")),
])
def test_a_field_term_in_a_quotes_query_filters_as_its_option_does(index_dir, query, words, option):
    by_query, by_option = search_quotes(index_dir, query), search_quotes(index_dir, words, filters=option)
    assert by_query.total and (_quoted_in(by_query), by_query.total) == (_quoted_in(by_option), by_option.total)


def test_a_source_term_is_no_word_to_rank_quotes_by(index_dir):
    found = search_quotes(index_dir, "بیمه source:فارس")
    assert _quoted_in(found) == {"fars-bime", "fars-bime-2"}  # not varzesh-farsi, whose quote says فارس
    assert "source:" in found.notice and "فارس" in found.notice and "no field" not in found.notice


@pytest.mark.parametrize("query, option", [
    ("بیمه source:فارس", Filters(source="فارس")),
    ("بیمه category:ورزشی", Filters(category="ورزشی")),
])
def test_a_field_term_in_a_who_query_filters_as_its_option_does(index_dir, query, option):
    by_query, by_option = who_said(index_dir, query), who_said(index_dir, "بیمه", filters=option)
    assert by_query.speakers and _speakers(by_query) == _speakers(by_option)
    assert query.split()[1].split(":")[0] + ":" in by_query.notice


def test_the_query_terms_and_the_options_narrow_together(index_dir):
    found = search_quotes(index_dir, "بیمه category:اقتصادی", filters=Filters(source="فارس"))
    assert _quoted_in(found) == {"fars-bime-2"}


def test_a_field_term_next_to_or_is_not_read_as_a_filter_in_quotes(index_dir):
    found = search_quotes(index_dir, "بیمه source:فارس OR source:ایسنا")
    assert "only the articles" not in found.notice


def test_an_unknown_source_in_a_quotes_query_is_refused_as_the_option_refuses_it(index_dir):
    with pytest.raises(UnknownFilterValue):
        search_quotes(index_dir, "بیمه source:ایسنا")
    with pytest.raises(UnknownFilterValue):
        who_said(index_dir, "بیمه source:ایسنا")


def test_a_query_of_filters_alone_asks_for_words(index_dir):
    with pytest.raises(EmptyQuery, match="no words besides its filters"):
        search_quotes(index_dir, "source:فارس")
    with pytest.raises(EmptyQuery):
        who_said(index_dir, "category:ورزشی")


def test_the_command_line_batch_and_api_filter_quotes_by_a_field_term_alike(index_dir, tmp_path):
    result = runner.invoke(app, ["quotes", "بیمه source:فارس", "--index", index_dir, "--json"])
    assert result.exit_code == 0, result.output
    answer = json.loads(result.stdout)
    assert {q["doc_id"] for q in answer["quotes"]} == {"fars-bime", "fars-bime-2"} and "source:" in answer["notice"]
    result = runner.invoke(app, ["who", 'بیمه source:"ورزش سه"', "--index", index_dir, "--json"])
    assert result.exit_code == 0, result.output
    assert {s["speaker"] for s in json.loads(result.stdout)["speakers"]} == {"کامران شیرازی", "ناصر توانا"}
    batch = tmp_path / "queries.tsv"
    batch.write_text("q1\tبیمه source:فارس\n", encoding="utf-8")
    result = runner.invoke(app, ["who", "--batch", str(batch), "--index", index_dir])
    assert result.exit_code == 0, result.output
    assert {s["speaker"] for s in json.loads(result.stdout)["speakers"]} == {"بهرام نیک‌نام", "سیمین ابراهیمی"}
    with TestClient(create_app(index_dir)) as client:
        quotes = client.get("/api/quotes", params={"q": "بیمه source:فارس"}).json()
        who = client.get("/api/who", params={"q": "بیمه category:ورزشی"}).json()
    assert {q["doc_id"] for q in quotes["quotes"]} == {"fars-bime", "fars-bime-2"}
    assert {s["speaker"] for s in who["speakers"]} == {"کامران شیرازی", "ناصر توانا"}
