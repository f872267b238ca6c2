"""goftar show takes an article's address in the forms a reader pastes it, and points to its number otherwise."""

import json
from urllib.parse import quote

import pytest
from typer.testing import CliRunner

import cli
from indexer.build import build_index
from indexer.errors import UnknownArticle
from indexer.search import address_key, get_article

runner = CliRunner()
URL = "https://www.khabar.example/news/14000101000123/باغبانان-شهر-درختان-تازه-کاشتند"


@pytest.fixture(scope="module")
def index_dir(tmp_path_factory):
    news = tmp_path_factory.mktemp("news")
    records = [{"url": URL, "title": "باغبانان شهر درختان تازه کاشتند", "body": "شهرداری گفت باغ تازه بهار باز می‌شود."},
               {"id": "باغ-دوم", "title": "گلخانهٔ تازه", "body": "گلکاران گفتند گلخانه بزرگ‌تر شد."}]
    (news / "باغ.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    index_dir = tmp_path_factory.mktemp("ix")
    build_index([news], index_dir, parallel=False)
    return index_dir


@pytest.mark.parametrize("pasted", [
    quote(URL, safe=":/"),  # as a browser copies it
    URL.replace("https://", "http://"),
    URL.replace("www.", ""),
    URL.replace("https://www.", ""),
    "https://www.khabar.example/news/14000101000123",  # without the slug
    "http://khabar.example/news/14000101000123/",
    URL + "/",
])
def test_show_finds_an_article_by_its_address_as_pasted(index_dir, pasted):
    assert get_article(index_dir, pasted)["id"] == URL


def test_a_pasted_address_of_another_domain_is_unknown_but_names_its_number(index_dir):
    pasted = "https://www.farsnews.com/news/14000101000123/باغ"
    with pytest.raises(UnknownArticle) as raised:
        get_article(index_dir, pasted)
    assert raised.value.number == "14000101000123"
    result = runner.invoke(cli.app, ["show", pasted, "--index", str(index_dir)])
    assert result.exit_code == cli.EXIT_NOTHING_FOUND and "give that number" in result.stderr
    assert runner.invoke(cli.app, ["show", "14000101000123", "--index", str(index_dir), "--json"]).exit_code == 0


def test_an_address_of_no_indexed_article_names_no_number(index_dir):
    with pytest.raises(UnknownArticle) as raised:
        get_article(index_dir, "https://www.khabar.example/news/14000101000999/گلخانه")
    assert raised.value.number == ""


def test_a_slug_alone_or_a_file_name_is_no_address(index_dir):
    assert address_key("باغ-دوم") == "" and address_key("گزارش‌ها/گرمخانه.txt") == ""
    with pytest.raises(UnknownArticle):
        get_article(index_dir, "khabar.example")  # a host alone names no article
    assert get_article(index_dir, "باغ-دوم")["title"] == "گلخانهٔ تازه"
