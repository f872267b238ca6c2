"""+word requires the word, also when every word of the query has a +: «+بیمه +کشاورزان» lists only what
has both, in search, quotes and who alike, as «بیمه AND کشاورزان» does.

Whoosh grouped the +words in a plain And, which ranking read as words side by side: with no word
without a +, every article (or quote) with either word was listed.
"""

import json

import pytest
from typer.testing import CliRunner

from cli import app
from conftest import index_of
from indexer.quote_search import search_quotes, who_said
from indexer.search import search

runner = CliRunner()

ARTICLES = [
    {"id": "both", "title": "خبر اول", "body": "رضا امینی، رئیس اتحادیه، گفت: بیمه کشاورزان امسال رایگان است."},
    {"id": "bime-only", "title": "خبر دوم", "body": "مینا صدری، کارشناس حمل و نقل، گفت: بیمه رانندگان گران شد."},
    {"id": "keshavarz-only", "title": "خبر سوم",
     "body": "حسن نوری، فرماندار شهرستان، گفت: کشاورزان منطقه محصول خوبی برداشتند."},
    {"id": "both-tehran", "title": "خبر چهارم",
     "body": "پروین یزدانی، مدیر صندوق، گفت: بیمه کشاورزان تهران از بهار پرداخت می‌شود."},
]


@pytest.fixture(scope="module")
def index_dir(tmp_path_factory):
    return index_of(tmp_path_factory, "plus_words", ARTICLES)


def _articles(index_dir, query):
    return {hit.id for hit in search(index_dir, query).hits}


def _quoted_in(index_dir, query):
    return {hit.quote.doc_id for hit in search_quotes(index_dir, query).hits}


def _speakers(index_dir, query):
    return {speaker.speaker for speaker in who_said(index_dir, query).speakers}


@pytest.mark.parametrize("query", ["+بیمه +کشاورزان", "بیمه AND کشاورزان"])
def test_plus_before_every_word_requires_them_all(index_dir, query):
    assert _articles(index_dir, query) == {"both", "both-tehran"}
    assert _quoted_in(index_dir, query) == {"both", "both-tehran"}
    assert _speakers(index_dir, query) == {"رضا امینی", "پروین یزدانی"}


def test_plus_words_with_an_exclusion_are_still_required(index_dir):
    assert _articles(index_dir, "+بیمه +کشاورزان -تهران") == {"both"}
    assert _quoted_in(index_dir, "+بیمه +کشاورزان -تهران") == {"both"}


def test_the_command_line_requires_every_plus_word(index_dir):
    result = runner.invoke(app, ["search", "+بیمه +کشاورزان", "--index", index_dir, "--json"])
    assert result.exit_code == 0, result.output
    answer = json.loads(result.stdout)
    assert (answer["total"], answer["all_words"]) == (2, 2)


def test_words_without_plus_still_list_articles_with_either(index_dir):
    assert _articles(index_dir, "بیمه کشاورزان") == {"both", "bime-only", "keshavarz-only", "both-tehran"}
    assert _speakers(index_dir, "بیمه کشاورزان") == {"رضا امینی", "مینا صدری", "حسن نوری", "پروین یزدانی"}


def test_one_plus_word_beside_a_plain_word_requires_only_itself(index_dir):
    assert _articles(index_dir, "+بیمه کشاورزان") == {"both", "bime-only", "both-tehran"}
