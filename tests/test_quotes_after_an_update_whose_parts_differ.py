"""Quotes read right after `goftar index` adds a second folder whose part differs from the first.

Whoosh's multi-part column reader leaves out a part with no column file (all values the default) and
maps a left-out part's article to a neighbouring part. The quote view reads the day, spans, lengths and
records of quoted articles only; these tests hold that each quote keeps its own article's text, speaker
and day when the other part is all undated, holds no quote, or comes first without any.
"""

import json

import pytest
from typer.testing import CliRunner

from cli import app
from indexer.build import build_index
from indexer.quote_search import quotes_of, said_by, search_quotes, who_said

runner = CliRunner()

# Invented articles: two quoting ones of different days, one undated quoting one, one quoting nobody.
DATED = [
    {"id": "a1", "title": "نشست شورای شهر", "date": "1398/05/10",
     "body": "مریم احمدی، عضو شورای شهر، گفت: پیاده‌روهای خیابان اصلی تا پاییز بازسازی می‌شوند."},
    {"id": "a2", "title": "گزارش آب و فاضلاب", "date": "1398/06/20",
     "body": "حسن رضایی، مدیر آب و فاضلاب، گفت: لوله‌های فرسوده محله قدیمی امسال عوض می‌شوند."},
]
UNDATED = [
    {"id": "b1", "title": "باشگاه کتابخوانی",
     "body": "ناصر کمالی، مدیر کتابخانه، گفت: کتابخانه محله تا نیمه‌شب باز می‌ماند و خیابان آرام‌تر است."},
]
QUIET = [{"id": "c1", "title": "باغبانان شهر", "date": "1398/07/01", "body": "درختان تازه در خیابان کاشته شدند."}]


def _index(tmp_path, *parts):
    """The index of each folder added in turn, as `goftar index A` then `goftar index B` builds it."""
    index_dir = tmp_path / "ix"
    for number, records in enumerate(parts):
        folder = tmp_path / f"پوشه{number}"
        folder.mkdir()
        (folder / "اخبار.json").write_text(json.dumps(records, ensure_ascii=False), encoding="utf-8")
        build_index([folder], index_dir, parallel=False)
    return index_dir


def _cli(index_dir, *args):
    result = runner.invoke(app, [*args, "--index", str(index_dir), "--json"])
    return result.exit_code, json.loads(result.stdout) if result.exit_code == 0 else None


def _quoted_text(index_dir, quote: dict) -> str:
    """The text at the quote's offsets in its own article, as show gives it."""
    _, article = _cli(index_dir, "show", quote["doc_id"])
    where = quote["where"]
    field = article["paragraphs"][int(where.split(":")[1])] if where.startswith("body:") else article[where]
    return field[quote["start"]:quote["end"]]


@pytest.fixture(params=["dated, then undated", "undated, then dated"])
def dated_and_undated(request, tmp_path):
    return _index(tmp_path, *((DATED, UNDATED) if request.param.startswith("dated") else (UNDATED, DATED)))


def test_quotes_of_an_all_undated_part_keep_no_day_of_the_other_part(dated_and_undated):
    _, found = _cli(dated_and_undated, "quotes", "خیابان", "--sort", "date")
    assert [(q["doc_id"], q["date"]) for q in found["quotes"]] == [("a1", "2019-08-01"), ("b1", "")]


def test_a_date_range_keeps_the_dated_parts_quotes_only(dated_and_undated):
    _, found = _cli(dated_and_undated, "quotes", "خیابان", "--from", "1398/05", "--to", "1398/05/31")
    assert [q["doc_id"] for q in found["quotes"]] == ["a1"]
    _, found = _cli(dated_and_undated, "quotes", "محله", "--from", "1398", "--sort", "date")
    assert [q["doc_id"] for q in found["quotes"]] == ["a2"]


def test_a_date_range_never_lets_an_undated_quote_through(dated_and_undated):
    assert _cli(dated_and_undated, "quotes", "کتابخانه", "--from", "1390", "--to", "1400")[0] == 1
    assert _cli(dated_and_undated, "quotes", "کتابخانه")[1]["quotes"][0]["speaker"] == "ناصر کمالی"


def test_said_by_gives_each_quote_its_own_articles_day(dated_and_undated):
    _, theirs = _cli(dated_and_undated, "said-by", "ناصر کمالی")
    assert [(q["doc_id"], q["date"]) for q in theirs["quotes"]] == [("b1", "")]
    _, theirs = _cli(dated_and_undated, "said-by", "حسن رضایی")
    assert [(q["doc_id"], q["date"]) for q in theirs["quotes"]] == [("a2", "2019-09-11")]


@pytest.fixture(params=["quiet part first", "quiet part last", "quiet part between"])
def with_a_quiet_part(request, tmp_path):
    return _index(tmp_path, *{"quiet part first": (QUIET, DATED), "quiet part last": (DATED, QUIET),
                              "quiet part between": (DATED, QUIET, UNDATED)}[request.param])


def test_each_quote_is_read_from_its_own_article_beside_a_part_without_quotes(with_a_quiet_part):
    _, found = _cli(with_a_quiet_part, "quotes", "خیابان OR محله")
    assert found["quotes"]
    for quote in found["quotes"]:
        assert _quoted_text(with_a_quiet_part, quote) == quote["text"]
    assert {q["speaker"] for q in found["quotes"]} >= {"مریم احمدی", "حسن رضایی"}


def test_who_and_said_by_name_the_speaker_beside_a_part_without_quotes(with_a_quiet_part):
    first = who_said(with_a_quiet_part, "پیاده‌روها").speakers[0]
    assert (first.speaker, [hit.quote.doc_id for hit in first.quotes]) == ("مریم احمدی", ["a1"])
    assert _cli(with_a_quiet_part, "who", "لوله‌های فرسوده")[1]["speakers"][0]["speaker"] == "حسن رضایی"
    person, said = said_by(with_a_quiet_part, "حسن رضایی")
    assert [(s.quote.doc_id, s.date) for s in said] == [("a2", "2019-09-11")]
    assert said[0].quote.text.startswith("لوله‌های فرسوده")


def test_show_marks_each_articles_own_quotes_beside_a_part_without_quotes(with_a_quiet_part):
    assert [q.speaker for q in quotes_of(with_a_quiet_part, "a1")] == ["مریم احمدی"]
    assert quotes_of(with_a_quiet_part, "c1") == []
    _, shown = _cli(with_a_quiet_part, "show", "a2")
    assert [q["text"] for q in shown["quotes"]] == [_quoted_text(with_a_quiet_part, shown["quotes"][0])]


def test_a_word_only_outside_quotes_finds_no_quote_beside_a_part_without_quotes(with_a_quiet_part):
    assert search_quotes(with_a_quiet_part, "درختان").total == 0
    assert _cli(with_a_quiet_part, "quotes", "باغبانان")[0] == 1
