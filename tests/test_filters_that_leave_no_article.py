"""Filters that together let no article through say so, and which (user audit r30, 13): «who "گل
category:ورزشی" --category سیاسی» answered "Nobody is quoted saying 'گل category:ورزشی'", echoing the
filter as words said and never saying that the two categories have no article in common.
"""

import datetime

import pytest
from typer.testing import CliRunner

from cli import app
from conftest import index_of
from indexer.facets import Filters, FiltersLeaveNothing
from indexer.quote_search import search_quotes, who_said
from indexer.search import search

runner = CliRunner()

ARTICLES = [
    {"id": "match", "title": "بازی پایانی", "category": "sports", "date": "1398/06/17",
     "body": "بهنام رزم‌آرا، مربی تیم، گفت: در بازی پایانی دو گل زدیم."},
    {"id": "session", "title": "جلسه مجلس", "category": "politics", "date": "1398/07/01",
     "body": "سهراب کوشان، نماینده مردم، گفت: گل سرسبد این طرح کمک به روستاهاست."},
]


@pytest.fixture(scope="module")
def index_dir(tmp_path_factory):
    return index_of(tmp_path_factory, "filters_leave_nothing", ARTICLES)


@pytest.mark.parametrize("ask", [search, search_quotes, who_said])
def test_two_categories_with_no_article_in_common_are_named(index_dir, ask):
    with pytest.raises(FiltersLeaveNothing) as refused:
        ask(index_dir, "گل category:ورزشی", filters=Filters(category="سیاسی"))
    assert refused.value.which == ["category 'سیاسی'", "category:'ورزشی' in the query"]


def test_a_period_with_no_article_is_named_alone(index_dir):
    with pytest.raises(FiltersLeaveNothing) as refused:
        search(index_dir, "گل", filters=Filters(category="ورزشی", date_from=datetime.date(2021, 3, 21)))
    assert refused.value.which == ["from 2021-03-21 (1400/01/01)"]


def test_filters_with_articles_in_common_leave_them(index_dir):
    found = who_said(index_dir, "گل category:سیاسی", filters=Filters(category="politics"))
    assert [person.speaker for person in found.speakers] == ["سهراب کوشان"]


@pytest.mark.parametrize("command", ["search", "quotes", "who"])
def test_every_command_says_the_filters_leave_nothing_and_exits_as_nothing_found(index_dir, command):
    result = runner.invoke(app, [command, "گل category:ورزشی", "--category", "سیاسی", "--index", index_dir])
    assert result.exit_code == 1
    assert "the filters leave no article" in result.output and "category:ورزشی'" not in result.output


def test_nothing_said_echoes_only_the_words_never_a_filter(index_dir):
    result = runner.invoke(app, ["who", "زلزله category:ورزشی", "--index", index_dir])
    assert result.exit_code == 1
    assert "Nobody is quoted saying 'زلزله' (category:'ورزشی' in the query" in result.output
