"""A search with no words but a filter lists what the filter lets through, newest first.

goftar search "" --category ورزشی --from 1398 was refused as an empty query,
so there was no way to list a category or a period. With no words and no
filter it is still refused (exit 2): there is nothing to rank and nothing to list.
The refusal (EmptySearch) says what is wrong; what can be given instead differs by
front end, so each says it once: the CLI names words, filters and --batch FILE
(cli.ADVICE), the web its parameters (web.errors.ADVICE).
"""

import datetime
import json

import pytest
from starlette.testclient import TestClient
from typer.testing import CliRunner

from cli import app
from conftest import index_of
from indexer.errors import EmptySearch, QueryError
from indexer.facets import Filters
from indexer.search import search
from web import create_app

ARTICLES = [
    {"id": "match-1397", "title": "پیروزی تیم شهر در جام", "category": "ورزشی", "source": "ورزش سه",
     "date": "1397/11/20", "body": "تیم شهر در دیدار پایانی با دو گل پیروز شد."},
    {"id": "match-1398", "title": "تساوی در دیدار دوستانه", "category": "ورزشی", "source": "ورزش سه",
     "date": "1398/03/02", "body": "دو تیم در دیداری دوستانه به تساوی رسیدند."},
    {"id": "race-1399", "title": "قهرمانی دونده جوان", "category": "ورزشی", "source": "ورزش سه",
     "date": "1399/07/15", "body": "دونده جوان در مسابقه کشوری اول شد."},
    {"id": "undated-sport", "title": "اردوی تیم ملی", "category": "ورزشی", "source": "ورزش سه",
     "body": "اردوی تیم ملی در هفته آینده برپا می‌شود."},
    {"id": "school-1398", "title": "بازگشایی مدرسه‌ها", "category": "اجتماعی", "source": "ایسنا",
     "date": "1398/06/31", "body": "مدرسه‌ها از اول مهر باز می‌شوند."},
]

runner = CliRunner()


@pytest.fixture(scope="module")
def index_dir(tmp_path_factory):
    return index_of(tmp_path_factory, "browse", ARTICLES)


def test_no_words_and_a_category_lists_the_category_newest_first_undated_last(index_dir):
    results = search(index_dir, "", filters=Filters(category="ورزشی"))
    assert results.browsed and results.total == 4
    assert [hit.id for hit in results.hits] == ["race-1399", "match-1398", "match-1397", "undated-sport"]
    assert all(hit.score is None for hit in results.hits)  # no words: no relevance


def test_no_words_and_a_period_lists_the_period(index_dir):
    results = search(index_dir, "  ", filters=Filters(date_from=datetime.date(2019, 3, 21),
                                                      date_to=datetime.date(2020, 3, 19)))  # the year 1398
    assert [hit.id for hit in results.hits] == ["school-1398", "match-1398"]
    assert results.by_year == {"1398": 2}


def test_a_category_field_alone_in_the_query_lists_the_category(index_dir):
    results = search(index_dir, "category:ورزشی", filters=Filters(date_from=datetime.date(2019, 3, 21)))
    assert results.browsed and [hit.id for hit in results.hits] == ["race-1399", "match-1398"]


def test_pages_of_a_listing_follow_on(index_dir):
    second = search(index_dir, "", filters=Filters(category="ورزشی"), limit=3, page=2)
    assert [hit.id for hit in second.hits] == ["undated-sport"] and second.hits[0].rank == 4


def test_words_with_a_filter_are_still_ranked_not_listed(index_dir):
    results = search(index_dir, "دونده", filters=Filters(category="ورزشی"))
    assert not results.browsed and [hit.id for hit in results.hits] == ["race-1399"]


@pytest.mark.parametrize("query", ["", "   "])
def test_no_words_and_no_filter_is_still_an_empty_query(index_dir, query):
    with pytest.raises(QueryError, match="empty"):
        search(index_dir, query)


def test_the_cli_lists_a_category_and_a_year_and_says_so(index_dir):
    listed = runner.invoke(app, ["search", "", "--category", "ورزشی", "--from", "1398", "--index", index_dir])
    assert listed.exit_code == 0, listed.output
    header = " ".join(listed.stdout.split("\n1.")[0].split())
    assert header == "2 articles (no words: all the filters let through); 1–2, newest first:"
    as_json = runner.invoke(app, ["search", "--category", "ورزشی", "--from", "1398", "--index", index_dir, "--json"])
    assert [hit["id"] for hit in json.loads(as_json.stdout)["hits"]] == ["race-1399", "match-1398"]


def test_the_cli_still_refuses_no_words_and_no_filter(index_dir):
    result = runner.invoke(app, ["search", "", "--index", index_dir])
    assert result.exit_code == 2 and "empty" in result.output


def test_no_words_and_no_filter_is_an_empty_search_that_names_no_command(index_dir):
    with pytest.raises(EmptySearch) as refused:
        search(index_dir, " ")
    assert isinstance(refused.value, QueryError)
    assert "goftar" not in str(refused.value) and "--" not in str(refused.value)  # the web shows it too


@pytest.mark.parametrize("args", [["search"], ["search", ""], ["search", "--limit", "5"]])
def test_search_with_no_query_names_words_filters_and_batch_once(index_dir, args):
    result = runner.invoke(app, [*args, "--index", index_dir])
    assert result.exit_code == 2 and "Traceback" not in result.output
    message = " ".join(result.stderr.split())
    assert 'goftar search "کودکان کار"' in message and "--category" in message and "--from" in message
    assert message.count("--batch FILE") == 1 and message.count("کودکان کار") == 1


def test_other_query_errors_get_no_batch_advice(index_dir):
    result = runner.invoke(app, ["search", "دونده", "--category", "سیاسی", "--index", index_dir])
    assert result.exit_code == 2 and "سیاسی" in result.stderr and "--batch" not in result.stderr


def test_the_api_says_what_to_give_in_its_own_terms(index_dir):
    with TestClient(create_app(index_dir)) as client:
        response = client.get("/api/search", params={"q": " "})
    error = response.json()["error"]
    assert response.status_code == 400 and "empty" in error and "category" in error
    assert "goftar search" not in error and "--batch" not in error


def test_the_web_page_and_api_list_a_category_without_words(index_dir):
    with TestClient(create_app(index_dir)) as client:
        listed = client.get("/api/search", params={"category": "ورزشی", "from": "1398"}).json()
        page = client.get("/", params={"category": "ورزشی"}).text
    assert [hit["id"] for hit in listed["hits"]] == ["race-1399", "match-1398"]
    assert "تازه‌ترین اول" in page and "اردوی تیم ملی" in page
