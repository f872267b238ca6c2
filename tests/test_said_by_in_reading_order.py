"""said-by lists one article's quotes as the article is read: title, lead, body:0, 1, 2 ... 10.

They came in the text order of ``where`` (body:0, body:1, body:10, body:11,
body:2 ..., lead after every body paragraph) in the terminal, JSON, CSV and the
API; one key (quote_search.reading_order) now orders them everywhere. Articles
still come newest first.
"""

import csv
import io
import json

import pytest
from starlette.testclient import TestClient
from typer.testing import CliRunner

from cli import app
from conftest import index_of
from web import create_app

ORDINALS = ["اول", "دوم", "سوم", "چهارم", "پنجم", "ششم", "هفتم", "هشتم", "نهم", "دهم", "یازدهم", "دوازدهم"]
ARTICLES = [
    {"id": "water-1", "title": "ساعی: «آب روستاها تا پایان سال وصل می‌شود»", "date": "1400/02/10",
     "lead": "بهروز ساعی، مدیر آبفای استان، گفت: «لوله‌کشی روستاها پیش از تابستان تمام می‌شود.»",
     "body": "\n\n".join(f"بهروز ساعی، مدیر آبفای استان، گفت: «بند {n} طرح آبرسانی روستاها اجرا شد.»"
                         for n in ORDINALS)},
    {"id": "water-2", "title": "مخزن تازه روستاها", "date": "1400/05/01",
     "body": "بهروز ساعی، مدیر آبفای استان، گفت: «مخزن تازه روستاها پر شد.»"},
]
READ = ["water-2 body:0", "water-1 title", "water-1 lead", *(f"water-1 body:{n}" for n in range(12))]

runner = CliRunner()


@pytest.fixture(scope="module")
def index_dir(tmp_path_factory):
    return index_of(tmp_path_factory, "reading", ARTICLES)


def places(quotes) -> list[str]:
    return [f"{q['doc_id']} {q['where']}" for q in quotes]


def test_json_lists_an_articles_quotes_in_reading_order_newest_article_first(index_dir):
    answer = json.loads(runner.invoke(app, ["said-by", "بهروز ساعی", "--index", index_dir, "--json"]).stdout)
    assert places(answer["quotes"]) == READ


def test_a_roles_holder_has_them_in_reading_order_oldest_article_first(index_dir):
    answer = json.loads(runner.invoke(app, ["said-by", "مدیر آبفای استان", "--index", index_dir, "--json"]).stdout)
    assert places(q for holder in answer["holders"] for q in holder["quotes"]) == READ[1:] + READ[:1]


def test_csv_lists_them_in_reading_order(index_dir):
    out = runner.invoke(app, ["said-by", "بهروز ساعی", "--index", index_dir, "--format", "csv"]).stdout
    assert places(csv.DictReader(io.StringIO(out.lstrip("\ufeff")))) == READ


def test_the_terminal_lists_them_in_reading_order(index_dir):
    out = runner.invoke(app, ["said-by", "بهروز ساعی", "--index", index_dir]).stdout
    shown = [out.index(f"بند {n} ") for n in ORDINALS]
    assert out.index("مخزن تازه روستاها پر") < out.index("لوله‌کشی روستاها") < shown[0]
    assert shown == sorted(shown)


def test_the_api_lists_them_in_reading_order(index_dir):
    with TestClient(create_app(index_dir)) as client:
        answer = client.get("/api/said-by", params={"name": "بهروز ساعی", "limit": 100}).json()
    assert places(answer["quotes"]) == READ
