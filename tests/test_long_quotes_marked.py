"""A long quote shown in part is marked «…» where it was cut, in the terminal and on the web, and stays
whole where a script reads it (--json, the API): a sentence of it must not pass for the whole quote."""

import json

import pytest
from starlette.testclient import TestClient
from typer.testing import CliRunner

from cli import app
from indexer.build import build_index
from web.app import create_app

runner = CliRunner()

SAID = ("طرح تازهٔ حمل و نقل از فردا در همهٔ محله‌های شهر اجرا می‌شود. شهروندان می‌توانند درخواست خود را در "
        "سامانهٔ شهری ثبت کنند. هزینهٔ اجرای آن را شهرداری از بودجهٔ امسال می‌پردازد.")
ARTICLE = {"id": "شورا-۲", "title": "طرح تازهٔ حمل و نقل", "body": f"علی رضایی، سخنگوی شورای شهر، گفت: {SAID}"}


@pytest.fixture(scope="module")
def index_dir(tmp_path_factory):
    folder = tmp_path_factory.mktemp("long")
    (folder / "news.jsonl").write_text(json.dumps(ARTICLE, ensure_ascii=False) + "\n", encoding="utf-8")
    build_index([folder / "news.jsonl"], folder / "ix")
    return str(folder / "ix")


def test_goftar_quotes_marks_a_quote_shown_by_one_of_its_sentences(index_dir):
    result = runner.invoke(app, ["quotes", "سامانه", "--index", index_dir])
    assert result.exit_code == 0, result.output
    assert "«… شهروندان" in result.stdout and "ثبت کنند. …»" in result.stdout


def test_goftar_quotes_json_keeps_the_whole_quote(index_dir):
    result = runner.invoke(app, ["quotes", "سامانه", "--index", index_dir, "--json"])
    assert [q["text"] for q in json.loads(result.stdout)["quotes"]] == [SAID]


def test_a_quote_shown_whole_has_no_mark(index_dir):
    result = runner.invoke(app, ["said-by", "علی رضایی", "--index", index_dir])
    assert result.exit_code == 0 and "…" not in result.stdout and "امسال می‌پردازد.»" in result.stdout


def test_the_web_marks_a_quote_cut_in_its_list_and_the_api_keeps_it_whole(index_dir):
    with TestClient(create_app(index_dir)) as client:
        page = client.get("/", params={"q": "سامانه", "tab": "quotes"}).text
        assert "… شهروندان" in page
        assert client.get("/api/quotes", params={"q": "سامانه"}).json()["quotes"][0]["text"] == SAID
        jump = client.get("/doc", params={"id": "شورا-۲"}).text.split('class="jump"')[1].split("</a>")[0]
        assert "«طرح تازهٔ حمل و نقل" in jump and jump.endswith(" …»") and "بودجهٔ امسال" not in jump
