"""An index built by another goftar version: an older index is rebuilt, a newer one needs the newer goftar."""

import json

import pytest
from starlette.testclient import TestClient
from typer.testing import CliRunner

import cli
from indexer.errors import IndexNewer, IndexOutdated, advised
from indexer.build import build_index
from indexer.search import search
from indexer.store import META_FILE, SCHEMA_VERSION, live_generation
from web import create_app
from web.errors import ADVICE as WEB_ADVICE

runner = CliRunner()


@pytest.fixture
def index_dir(tmp_path):
    news = tmp_path / "news"
    news.mkdir()
    (news / "باغ.jsonl").write_text(json.dumps({"id": "g1", "title": "باغبانان شهر درختان تازه کاشتند",
                                                 "body": "شهرداری گفت باغ تازه بهار باز می‌شود."},
                                                ensure_ascii=False) + "\n", encoding="utf-8")
    build_index([news], tmp_path / "ix", parallel=False)
    return tmp_path / "ix"


def _written_by_schema(index_dir, version):
    record = live_generation(index_dir) / META_FILE
    meta = json.loads(record.read_text())
    meta["schema_version"] = version
    record.write_text(json.dumps(meta))


def test_an_index_newer_than_the_code_is_an_index_newer_error_carrying_both_versions(index_dir):
    _written_by_schema(index_dir, SCHEMA_VERSION + 1)
    with pytest.raises(IndexNewer) as raised:
        search(index_dir, "باغبانان")
    assert (raised.value.found, raised.value.reads) == (SCHEMA_VERSION + 1, SCHEMA_VERSION)


def test_an_index_older_than_the_code_is_outdated_but_not_newer(index_dir):
    _written_by_schema(index_dir, SCHEMA_VERSION - 1)
    with pytest.raises(IndexOutdated) as raised:
        search(index_dir, "باغبانان")
    assert not isinstance(raised.value, IndexNewer)
    assert "goftar index --rebuild" in advised(raised.value, cli.ADVICE)


def test_the_cli_reading_a_newer_index_says_to_upgrade_not_to_rebuild(index_dir):
    _written_by_schema(index_dir, SCHEMA_VERSION + 1)
    result = runner.invoke(cli.app, ["search", "باغبانان", "--index", str(index_dir)])
    assert result.exit_code == cli.EXIT_INDEX
    assert "upgrade" in result.stderr and "--rebuild" not in result.stderr


def test_a_server_reading_a_newer_index_answers_503_saying_restart_the_server(index_dir):
    client = TestClient(create_app(index_dir), raise_server_exceptions=False)
    _written_by_schema(index_dir, SCHEMA_VERSION + 1)
    answer = client.get("/api/search", params={"q": "باغبانان"})
    assert answer.status_code == 503
    assert "restart goftar serve" in answer.json()["error"] and "--rebuild" not in answer.json()["error"]
    page = client.get("/", params={"q": "باغبانان"})
    assert page.status_code == 503 and "دوباره راه‌اندازی" in page.text


def test_the_web_advice_for_an_older_index_is_still_the_rebuild(index_dir):
    _written_by_schema(index_dir, SCHEMA_VERSION - 1)
    with pytest.raises(IndexOutdated) as raised:
        search(index_dir, "باغبانان")
    assert "goftar index --rebuild" in advised(raised.value, WEB_ADVICE)
