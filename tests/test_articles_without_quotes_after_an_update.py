"""An index updated with a second folder, where a part holds no quote at all, still shows every article."""

import json

from typer.testing import CliRunner

from cli import app
from indexer.build import build_index
from indexer.quote_search import quotes_of

runner = CliRunner()


def _folder(path, record):
    path.mkdir()
    (path / "خبر.jsonl").write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    return path


def test_show_an_article_without_quotes_after_another_folder_was_added(tmp_path):
    first = _folder(tmp_path / "باغ", {"id": "g1", "title": "باغبانان شهر", "body": "درختان تازه کاشته شدند."})
    second = _folder(tmp_path / "تیم", {"id": "t1", "title": "تیم ملی", "body": "بازیکنان تمرین کردند."})
    index_dir = tmp_path / "ix"
    build_index([first], index_dir, parallel=False)
    build_index([second], index_dir, parallel=False)
    assert quotes_of(index_dir, "g1") == [] and quotes_of(index_dir, "t1") == []
    result = runner.invoke(app, ["show", "g1", "--index", str(index_dir), "--json"])
    assert result.exit_code == 0 and json.loads(result.stdout)["title"] == "باغبانان شهر"


def test_show_an_article_of_a_single_build_without_quotes(tmp_path):
    first = _folder(tmp_path / "باغ", {"id": "g1", "title": "باغبانان شهر", "body": "درختان تازه کاشته شدند."})
    build_index([first], tmp_path / "ix", parallel=False)
    assert runner.invoke(app, ["show", "g1", "--index", str(tmp_path / "ix")]).exit_code == 0
