"""A query's own category:/source: terms filter as --category/--source do, AND requires its words, and
what the query's syntax could not mean is left out and said.

«گل source:"ورزش سه"» ranked source:"ورزش سه" as one more word, so articles of other sources came back
and the notice said nothing had all the words; «بیکاری AND جوانان» listed as many as «بیکاری جوانان»;
«بیکاری OR» counted OR as a word; «title:» alone and an unbalanced quote mark found what they found
without a word why. A TREC run wrote an article id with spaces as several columns.
"""

import json

import pytest
from starlette.testclient import TestClient
from typer.testing import CliRunner

from cli import app
from conftest import index_of
from indexer.facets import Filters, UnknownFilterValue
from indexer.search import search
from web import create_app

runner = CliRunner()

ARTICLES = [
    {"id": "fars-goal", "title": "گل دیرهنگام تیم ملی", "url": "https://www.farsnews.example/news/1/gol",
     "category": "social", "body": "تیم ملی با گل دقیقه آخر برنده شد و بیکاری مربی تمام شد."},
    {"id": "varzesh-goal", "title": "گل زیبای مهاجم", "url": "https://www.varzesh3.example/news/2/gol",
     "category": "sport", "body": "مهاجم جوان با یک گل زیبا تیمش را به صدر برد."},
    {"id": "varzesh-other", "title": "نقل و انتقالات لیگ", "url": "https://www.varzesh3.example/news/3/naghl",
     "category": "sport", "body": "باشگاه‌ها برای فصل تازه بازیکن جذب کردند."},
    {"id": "jobless-young", "title": "بیکاری جوانان روستا", "url": "https://www.farsnews.example/news/4/bikari",
     "category": "social", "body": "بیکاری جوانان در روستاها بیشتر از شهرهاست."},
    {"id": "jobless-only", "title": "آمار بیکاری", "url": "https://www.farsnews.example/news/5/amar",
     "category": "economy", "body": "نرخ بیکاری در فصل بهار کاهش یافت."},
    {"id": "young-sport", "title": "جوانان و ورزش", "category": "social",
     "body": "جوانان محله هر هفته فوتبال بازی می‌کنند."},
]


@pytest.fixture(scope="module")
def index_dir(tmp_path_factory):
    return index_of(tmp_path_factory, "query_filters", ARTICLES)


def _ids(found):
    return {hit.id for hit in found.hits}


@pytest.mark.parametrize("query, option", [
    ('گل source:"ورزش سه"', Filters(source="ورزش سه")),
    ("گل source:فارس", Filters(source="فارس")),
    ("بیکاری category:اجتماعی", Filters(category="اجتماعی")),
    ("category:social بیکاری", Filters(category="social")),
])
def test_a_field_term_in_a_query_with_words_filters_as_its_option_does(index_dir, query, option):
    words = query.replace('source:"ورزش سه"', "").split()
    words = " ".join(word for word in words if ":" not in word)
    by_query, by_option = search(index_dir, query), search(index_dir, words, filters=option)
    assert (_ids(by_query), by_query.total, by_query.matched) == (_ids(by_option), by_option.total, "all")


def test_the_notice_says_what_a_field_term_filtered(index_dir):
    found = search(index_dir, "گل source:فارس")
    assert _ids(found) == {"fars-goal"}
    assert "source:" in found.notice and "فارس" in found.notice


def test_a_field_term_next_to_or_stays_a_word_to_search(index_dir):
    found = search(index_dir, "گل source:فارس OR source:varzesh3")
    assert {"fars-goal", "varzesh-goal"} <= _ids(found)
    assert "only the articles" not in found.notice


def test_an_unknown_source_in_the_query_is_refused_as_the_option_refuses_it(index_dir):
    with pytest.raises(UnknownFilterValue):
        search(index_dir, "گل source:ایسنا")


def test_the_command_line_and_the_api_filter_by_a_field_term_alike(index_dir):
    result = runner.invoke(app, ["search", 'گل source:"ورزش سه"', "--index", index_dir, "--json"])
    assert result.exit_code == 0, result.output
    assert [hit["id"] for hit in json.loads(result.stdout)["hits"]] == ["varzesh-goal"]
    with TestClient(create_app(index_dir)) as client:
        answer = client.get("/api/search", params={"q": 'گل source:"ورزش سه"'}).json()
    assert [hit["id"] for hit in answer["hits"]] == ["varzesh-goal"]


def test_and_requires_both_words(index_dir):
    assert _ids(search(index_dir, "بیکاری AND جوانان")) == {"jobless-young"}


def test_words_without_and_still_rank_articles_with_either(index_dir):
    assert {"jobless-young", "jobless-only", "young-sport"} <= _ids(search(index_dir, "بیکاری جوانان"))


@pytest.mark.parametrize("query", ["بیکاری OR", "OR بیکاری", "بیکاری AND", "بیکاری NOT"])
def test_a_dangling_operator_is_left_out_and_said(index_dir, query):
    found = search(index_dir, query)
    assert (_ids(found), found.words, found.matched) == ({"fars-goal", "jobless-young", "jobless-only"}, 1, "all")
    assert query.replace("بیکاری", "").strip() in found.notice


def test_an_empty_field_is_said(index_dir):
    found = search(index_dir, "title:")
    assert found.total == 0
    assert "title:" in found.notice


def test_an_empty_field_beside_words_is_left_out(index_dir):
    found = search(index_dir, "بیکاری title:")
    assert _ids(found) == {"fars-goal", "jobless-young", "jobless-only"}
    assert "title:" in found.notice


def test_an_unbalanced_quote_mark_is_repaired_and_said(index_dir):
    found = search(index_dir, '"بیکاری جوانان')
    assert "jobless-young" in _ids(found)
    assert '"' in found.notice


def test_a_balanced_phrase_has_no_notice(index_dir):
    assert search(index_dir, '"بیکاری جوانان"').notice == ""
