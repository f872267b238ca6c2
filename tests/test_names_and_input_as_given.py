"""Small things a journalist types or pipes: a source's www. address, an empty pipe, an English query."""

import json

import pytest
from typer.testing import CliRunner

from cli import app
from indexer.build import build_index
from indexer.facets import source_equivalents
from indexer.search import LATIN_ONLY, search

runner = CliRunner()


@pytest.fixture(scope="module")
def index_dir(tmp_path_factory):
    news = tmp_path_factory.mktemp("news")
    records = [{"id": "v1", "source": "ورزش سه", "title": "دروازه‌بان تیم ملی گل نخورد", "body": "مربی گفت تیم آماده است."},
               {"id": "f1", "source": "فارس", "title": "باغبانان شهر درختان تازه کاشتند", "body": "شهرداری گفت باغ باز است."}]
    (news / "خبرها.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    index_dir = tmp_path_factory.mktemp("ix")
    build_index([news], index_dir, parallel=False)
    return index_dir


def test_a_known_source_is_found_by_its_www_address(index_dir):
    assert source_equivalents("www.varzesh3.example") == source_equivalents("varzesh3.example")
    assert source_equivalents("WWW.farsnews.example") == source_equivalents("فارس")
    result = runner.invoke(app, ["search", "تیم", "--source", "www.varzesh3.example", "--index", str(index_dir), "--json"])
    assert result.exit_code == 0 and [hit["id"] for hit in json.loads(result.stdout)["hits"]] == ["v1"]


def test_an_unknown_www_address_stands_for_itself_only():
    assert len(source_equivalents("www.example.org")) == 1
    assert not source_equivalents("www.example.org") & source_equivalents("example.org")


def test_empty_standard_input_to_extract_says_the_input_was_empty():
    result = runner.invoke(app, ["extract", "-"], input="")
    assert result.exit_code != 0
    assert "standard input was empty" in result.stderr and "remove the file" not in result.stderr


def test_an_empty_file_to_extract_is_still_called_an_empty_file(tmp_path):
    empty = tmp_path / "خالی.txt"
    empty.write_text("  \n", encoding="utf-8")
    result = runner.invoke(app, ["extract", str(empty)])
    assert "empty file" in result.stderr and "standard input" not in result.stderr


def test_an_english_query_that_finds_nothing_says_once_the_archive_is_persian(index_dir):
    found = search(index_dir, "Iran football team")
    assert found.total == 0 and found.notice.count(LATIN_ONLY) == 1
    result = runner.invoke(app, ["search", "Iran football", "--index", str(index_dir)])
    assert result.output.count("the archive is in Persian") == 1


def test_a_persian_query_that_finds_nothing_gets_no_language_hint(index_dir):
    assert LATIN_ONLY not in search(index_dir, "فضانوردان").notice
    assert LATIN_ONLY not in search(index_dir, "تیم Iran").notice  # Persian words in it, and found
