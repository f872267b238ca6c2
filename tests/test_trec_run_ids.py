"""A TREC run file keeps its six columns for an article id with spaces.

trec_eval and ranx split a run line at any white space, so `my news/a b.txt` was read as extra
columns; its spaces are now percent-encoded as a URL's are, and every other id is written as it is.
"""

import pytest
from typer.testing import CliRunner

from cli import app
from conftest import index_of
from indexer.export import trec_id

runner = CliRunner()

ARTICLES = [
    {"id": "my news/a b.txt", "title": "جوانان و ورزش", "body": "جوانان محله هر هفته فوتبال بازی می‌کنند."},
    {"id": "plain-1", "title": "کتابخانه محله", "body": "کتابخانه محله تا شب باز است."},
]


@pytest.fixture(scope="module")
def index_dir(tmp_path_factory):
    return index_of(tmp_path_factory, "trec_ids", ARTICLES)


def _run(index_dir, tmp_path, query):
    queries = tmp_path / "q.tsv"
    queries.write_text(f"q1\t{query}\n", encoding="utf-8")
    result = runner.invoke(app, ["search", "--batch", str(queries), "--format", "trec", "--index", index_dir])
    assert result.exit_code == 0, result.output
    return [line.split() for line in result.stdout.splitlines()]


def test_a_trec_run_keeps_six_columns_for_an_id_with_spaces(index_dir, tmp_path):
    [line] = _run(index_dir, tmp_path, "فوتبال")
    assert line[:4] == ["q1", "Q0", "my%20news/a%20b.txt", "1"] and line[5:] == ["goftar"]


def test_a_trec_run_writes_an_id_without_spaces_as_it_is(index_dir, tmp_path):
    [line] = _run(index_dir, tmp_path, "کتابخانه")
    assert line[:4] == ["q1", "Q0", "plain-1", "1"] and len(line) == 6


@pytest.mark.parametrize("plain", ["fars-goal", "https://www.khabar.example/news/4/bikari", "50%off"])
def test_a_trec_id_without_spaces_is_unchanged(plain):
    assert trec_id(plain) == plain
