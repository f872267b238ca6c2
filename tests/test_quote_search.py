"""Quotes are fields of their article, yet searched one by one: a match is one quote's, never two quotes' together."""

import json

import pytest

from indexer.build import build_index
from indexer.quote_search import quotes_of, search_quotes
from indexer.search import search

# One article, two people quoted one after the other.
ARTICLES = [
    {"id": "trade-1", "title": "گزارش بازار",
     "body": "مهدی کریمی، رئیس اتاق بازرگانی، گفت: صادرات امسال کمتر از پارسال بود و خریداران کمتری سراغ فرش ایرانی آمدند.\n\n"
             "سارا نادری، معاون وزیر صنعت، گفت: بازار داخلی با وجود همه مشکلات رونق گرفته است."},
]


@pytest.fixture(scope="module")
def trade(tmp_path_factory):
    folder = tmp_path_factory.mktemp("trade")
    (folder / "news.json").write_text(json.dumps(ARTICLES, ensure_ascii=False), encoding="utf-8")
    build_index([folder], folder / "ix")
    return folder / "ix"


def test_the_article_holds_both_quotes(trade):
    assert [quote.speaker for quote in quotes_of(trade, "trade-1")] == ["مهدی کریمی", "سارا نادری"]


def test_a_phrase_never_matches_across_two_quotes_of_one_article(trade):
    assert search_quotes(trade, '"کریمی سارا"').total == 0  # the two speakers' names, one after the other
    assert search_quotes(trade, '"سارا نادری"').total == 1


def test_a_phrase_matches_a_quote_only_within_it(trade):
    assert search(trade, '"آمدند سارا"').total == 1  # in the article, the quote's last word and the next paragraph's first
    assert search_quotes(trade, '"آمدند سارا"').total == 0
    assert search_quotes(trade, '"فرش ایرانی"').total == 1


def test_a_speakers_word_finds_that_quote_only(trade):
    found = search_quotes(trade, "نادری")
    assert [hit.quote.speaker for hit in found.hits] == ["سارا نادری"]


def test_words_of_two_quotes_are_no_closer_match_than_one_quotes_words(trade):
    found = search_quotes(trade, "صادرات رونق")
    assert found.matched == "any" and found.total == 2
