"""A percent is one quantity however it is written: ۲۰٪, 20%, ۲۰ درصد, بیست درصد and 20درصد.

The sign used to be dropped (۲۰٪ searched every 20) and digits joined to درصد
were a word of their own (بیست درصد missed 20درصد). Now the number and its
percent are one term, on the index side and the query side alike; the number
alone and درصد alone still find it.
"""

import json

import pytest
from typer.testing import CliRunner

from cli import app
from conftest import index_of
from indexer.analysis import analyze
from indexer.search import search

ARTICLES = [
    {"id": "sign", "title": "بودجه آموزش", "date": "1399/02/01",
     "body": "سهم آموزش از بودجه استان ۲۰٪ افزایش یافت."},
    {"id": "latin-sign", "title": "تعرفه آب", "date": "1399/02/02",
     "body": "شورای شهر تعرفه آب را 20% بالا برد."},
    {"id": "spaced", "title": "اجاره‌بها", "date": "1399/02/03",
     "body": "میانگین اجاره‌بها در شهرهای کوچک ۲۰ درصد رشد کرد."},
    {"id": "joined", "title": "بلیت اتوبوس", "date": "1399/02/04",
     "body": "قیمت بلیت اتوبوس از ماه آینده 20درصد گران می‌شود."},
    {"id": "words", "title": "کرایه تاکسی", "date": "1399/02/05",
     "body": "کرایه تاکسی بیست درصد افزایش می‌یابد."},
    {"id": "other-number", "title": "بیست سال خدمت", "date": "1399/02/06",
     "body": "او پس از ۲۰ سال خدمت بازنشسته شد و ۵ درصد پاداش گرفت."},
    {"id": "link", "title": "نشانی صفحه", "date": "1399/02/07",
     "body": "صفحه در نشانی site/%D8%A7 منتشر شد."},
]
PERCENT_OF_20 = {"sign", "latin-sign", "spaced", "joined", "words"}


@pytest.fixture(scope="module")
def index_dir(tmp_path_factory):
    return index_of(tmp_path_factory, "percents", ARTICLES)


@pytest.mark.parametrize("written", ["۲۰٪", "20%", "۲۰ ٪", "٪۲۰", "۲۰ درصد", "بیست درصد", "20درصد", "۲۰‌درصد"])
def test_every_way_of_writing_a_percent_is_one_term(written):
    assert analyze(written, mode="query") == ["20%"]


@pytest.mark.parametrize("query", ["۲۰٪", "20%", "۲۰ درصد", "بیست درصد", "20درصد"])
def test_a_percent_query_finds_the_percent_however_either_side_wrote_it(index_dir, query):
    found = {hit.id for hit in search(index_dir, query, limit=20).hits}
    assert found == PERCENT_OF_20


def test_the_number_or_the_word_alone_still_finds_a_percent(index_dir):
    assert PERCENT_OF_20 <= {hit.id for hit in search(index_dir, "۲۰", limit=20).hits}
    assert PERCENT_OF_20 | {"other-number"} <= {hit.id for hit in search(index_dir, "درصد", limit=20).hits}


def test_another_percent_or_the_number_of_something_else_is_no_match(index_dir):
    found = {hit.id for hit in search(index_dir, "۲۰ درصد", limit=20).hits}
    assert "other-number" not in found  # ۲۰ سال and ۵ درصد: a 20 and a percent, not 20%


def test_a_percent_sign_in_a_link_is_no_percent():
    assert "%" not in analyze("site/%D8%A7") and "درصد" not in analyze("site/%D8%A7")


def test_a_percent_is_highlighted_as_written(index_dir):
    hit = search(index_dir, "20%").hits[0]
    marked = [hit.snippet.text[start:end] for start, end in hit.snippet.spans]
    assert marked and all(any(sign in text for sign in ("٪", "%", "درصد")) for text in marked)


def test_the_cli_counts_a_percent_however_it_is_typed(index_dir):
    totals = {query: json.loads(CliRunner().invoke(app, ["search", query, "--index", index_dir, "--json"]).stdout)["total"]
              for query in ("۲۰٪", "بیست درصد", "20درصد")}
    assert set(totals.values()) == {len(PERCENT_OF_20)}
