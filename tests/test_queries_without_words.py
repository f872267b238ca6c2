"""A query of punctuation alone is as empty as an empty one, in every command (exit 2, said so), where
«؟!،.» was answered "nothing found" (exit 1); a + before a category:/source: filter keeps it the filter,
where «+category:اجتماعی» became a word and the filter was silently lost; and a query cut inside its one
long word says so, where it said it was cut "at the end of a word"."""

import pytest
from typer.testing import CliRunner

from cli import app
from conftest import index_of
from indexer.errors import EmptyQuery, EmptySearch
from indexer.quote_search import find_speaker, search_quotes, who_said
from indexer.search import MAX_QUERY_CHARS, search

runner = CliRunner()

ARTICLES = [
    {"id": "welfare-1", "title": "طرح تازه بهزیستی برای سالمندان", "category": "social",
     "body": "پروین صادقی، مدیرکل بهزیستی استان، گفت: بهزیستی امسال به سه هزار سالمند تنها سر می‌زند."},
    {"id": "welfare-2", "title": "بودجه بهزیستی در مجلس", "category": "economy",
     "body": "بهرام کیانی، نماینده مجلس، گفت: بودجه بهزیستی باید دو برابر شود."},
]


@pytest.fixture(scope="module")
def welfare(tmp_path_factory):
    return index_of(tmp_path_factory, "welfare", ARTICLES)


@pytest.mark.parametrize("query", ["؟!،.", " ، ؛ ", "«»"])
def test_punctuation_alone_is_an_empty_query_in_every_command(welfare, query):
    with pytest.raises(EmptySearch):
        search(welfare, query)
    with pytest.raises(EmptyQuery):
        search_quotes(welfare, query)
    with pytest.raises(EmptyQuery):
        who_said(welfare, query)
    with pytest.raises(EmptyQuery):
        find_speaker(welfare, query)
    for command in ("search", "quotes", "who", "said-by"):
        assert runner.invoke(app, [command, query, "--index", welfare]).exit_code == 2, command


def test_punctuation_with_a_filter_lists_what_the_filter_lets_through(welfare):
    found = search(welfare, "؟!", filters=None, speaker="پروین صادقی")
    assert found.browsed and [hit.id for hit in found.hits] == ["welfare-1"]


def test_a_word_beside_punctuation_is_still_searched(welfare):  # negative: only a query with no word is empty
    assert search(welfare, "بهزیستی ؟!").total == 2


def test_a_plus_before_a_filter_keeps_it_the_filter(welfare):
    found = search(welfare, "+category:اجتماعی بهزیستی")
    assert [hit.id for hit in found.hits] == ["welfare-1"]
    assert "category:'اجتماعی' (as --category)" in found.notice
    quotes = search_quotes(welfare, "+category:اجتماعی بهزیستی")
    assert [hit.quote.speaker for hit in quotes.hits] == ["پروین صادقی"]


def test_an_excluded_filter_stays_a_word_of_its_field(welfare):  # negative: only + is redundant, - is not
    found = search(welfare, "-category:اجتماعی بهزیستی")
    assert [hit.id for hit in found.hits] == ["welfare-2"] and "as --category" not in found.notice


def test_a_query_cut_inside_its_one_long_word_says_so(welfare):
    found = search(welfare, "ب" * 5000)
    assert "inside its first word" in found.notice and "at the end of a word" not in found.notice


def test_a_query_cut_at_a_space_says_it_ended_a_word(welfare):
    found = search(welfare, "بهزیستی " * (MAX_QUERY_CHARS // 8 + 10))
    assert "at the end of a word" in found.notice
