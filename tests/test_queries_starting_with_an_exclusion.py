"""A query may start with an exclusion: goftar search -کودکان بهزیستی.

Click read -کودکان as an unknown option (-ک) and failed with exit 2, and
nothing said to write the query after --. Every option is Latin, so a dash
before a Persian letter is a query word; the words of a query may also be
given unquoted. A mistyped Latin option is still refused.
"""

import json

import pytest
from typer.testing import CliRunner

from cli import app
from conftest import index_of
from indexer.search import search

ARTICLES = [
    {"id": "children", "title": "کودکان و بهزیستی", "body": "بهزیستی برای کودکان بی‌سرپرست خانه تازه ساخت."},
    {"id": "elderly", "title": "سالمندان و بهزیستی", "body": "بهزیستی به سالمندان تنها مستمری می‌دهد."},
]

runner = CliRunner()


@pytest.fixture(scope="module")
def index_dir(tmp_path_factory):
    return index_of(tmp_path_factory, "exclusion", ARTICLES)


def test_the_library_reads_a_leading_minus_as_an_exclusion(index_dir):
    assert [hit.id for hit in search(index_dir, "-کودکان بهزیستی").hits] == ["elderly"]


@pytest.mark.parametrize("args", [["-کودکان", "بهزیستی", "--json"], ["-کودکان بهزیستی", "--json"],
                                  ["--json", "--", "-کودکان بهزیستی"]])
def test_search_takes_a_query_that_starts_with_an_exclusion(index_dir, args):
    result = runner.invoke(app, ["search", "--index", index_dir, *args])
    assert result.exit_code == 0, result.output
    assert [hit["id"] for hit in json.loads(result.stdout)["hits"]] == ["elderly"]


@pytest.mark.parametrize("command", ["quotes", "who"])
def test_quotes_and_who_take_a_query_that_starts_with_an_exclusion(index_dir, command):
    result = runner.invoke(app, [command, "-کودکان", "بهزیستی", "--index", index_dir, "--json"])
    assert result.exit_code in (0, 1), result.output  # found or not, never a usage error
    assert "No such option" not in result.output


def test_a_mistyped_option_is_still_refused_and_the_right_one_named(index_dir):
    result = runner.invoke(app, ["search", "بهزیستی", "--limt", "3", "--index", index_dir])
    assert result.exit_code == 2
    assert "No such option: --limt" in result.output and "--limit" in result.output


def test_a_latin_word_after_a_dash_says_how_to_write_it_as_a_query(index_dir):
    result = runner.invoke(app, ["search", "-covid", "بهزیستی", "--index", index_dir])
    assert result.exit_code == 2
    assert 'goftarsearch--"-covid' in "".join(result.output.split()).replace("│", "")
