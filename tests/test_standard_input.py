"""`-` is standard input wherever a command reads a file: extract's articles as --batch's queries,
in the format given or as its first line tells; goftar index, which records files, refuses it."""

import json

import pytest
from typer.testing import CliRunner

from cli import app
from corpus.readers import ReadReport, iter_documents, sniffed_suffix
from indexer.build import build_index
from indexer.errors import QueryError

runner = CliRunner()

SAID = "علی رضایی، سخنگوی شورای شهر، گفت: طرح تازه از فردا اجرا می‌شود."
LINES = [{"id": "شورا-۱", "title": "طرح تازهٔ شورا", "body": SAID},
         {"title": "پایان کار پل", "body": "حسن کریمی گفت: کار پل تا پایان ماه تمام می‌شود."}]
JSON_LINES = "\n".join(json.dumps(line, ensure_ascii=False) for line in LINES) + "\n"


def test_extract_dash_reads_the_articles_from_standard_input():
    result = runner.invoke(app, ["extract", "-", "--json"], input=JSON_LINES)
    assert result.exit_code == 0, result.output
    said = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(q["doc_id"], q["speaker"]) for q in said] == [("شورا-۱", "علی رضایی"), ("stdin#1", "حسن کریمی")]


def test_extract_dash_reads_a_plain_text_article_named_stdin():
    result = runner.invoke(app, ["extract", "-", "--json"], input=f"طرح تازهٔ شورا\n{SAID}\n")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["doc_id"] == "stdin"


def test_the_input_format_option_overrides_what_the_first_line_tells():
    result = runner.invoke(app, ["extract", "-", "--json", "--input-format", "txt"], input=JSON_LINES)
    assert result.exit_code == 0 and all(json.loads(q)["doc_id"] == "stdin" for q in result.stdout.splitlines())


def test_broken_standard_input_is_named_stdin_and_skipped():
    result = runner.invoke(app, ["extract", "-", "--input-format", "json"], input="{خبر")
    assert result.exit_code == 4 and "stdin" in result.stderr and "not valid JSON" in result.stderr


@pytest.mark.parametrize("text, suffix", [
    (JSON_LINES, ".jsonl"),
    (json.dumps(LINES, ensure_ascii=False, indent=1), ".json"),
    (json.dumps(LINES[0], ensure_ascii=False), ".json"),
    (f"طرح تازهٔ شورا\n{SAID}", ".txt"),
], ids=["json lines", "json list", "one object", "plain text"])
def test_what_standard_input_holds_is_told_by_its_first_line(text, suffix):
    assert sniffed_suffix(text) == suffix


def test_iter_documents_reads_dash_as_standard_input(monkeypatch):
    import io
    import sys

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(JSON_LINES.encode("utf-8"))))
    report = ReadReport()
    assert [d.id for d in iter_documents(["-"], report)] == ["شورا-۱", "stdin#1"] and not report.problems


def test_goftar_index_refuses_standard_input_and_says_why(tmp_path):
    with pytest.raises(QueryError, match="save the articles to a .txt, .json or .jsonl file"):
        build_index(["-"], tmp_path / "ix")
    result = runner.invoke(app, ["index", "-", "--index", str(tmp_path / "ix")], input=JSON_LINES)
    assert result.exit_code == 2 and not (tmp_path / "ix").exists()
