"""What the summary of goftar index says besides the counts: dates it could not read, and time spent waiting."""

import json
import threading
import time
from pathlib import Path

from typer.testing import CliRunner

from cli import app
from corpus.readers import UNDATED
from indexer.build import build_index
from indexer.store import index_lock

runner = CliRunner()


def _dump(folder: Path, records: list[dict]) -> Path:
    folder.mkdir(exist_ok=True)
    path = folder / "خبرها.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return folder


def _article(doc_id: str, date: str) -> dict:
    return {"id": doc_id, "title": f"گزارش باغ گیاه‌شناسی {doc_id}", "body": "باغبانان درختان تازه کاشتند.", "date": date}


def test_unreadable_dates_are_counted_and_named_in_the_build_notes_and_the_articles_kept(tmp_path):
    news = _dump(tmp_path / "news", [_article("a1", "1398/13/40"), _article("a2", "not a date"),
                                     _article("a3", "1398/06/17")])
    report = build_index([news], tmp_path / "ix", parallel=False)
    notes = [p for p in report.problems if p.action == UNDATED]
    assert report.documents_indexed == 3 and not report.skipped
    assert len(notes) == 1 and notes[0].message.startswith("2 article dates could not be read")
    assert "«a1» has «1398/13/40»" in notes[0].message and "«a2» has «not a date»" in notes[0].message
    assert "a3" not in notes[0].message and "1398/06/17 or 2019-09-08" in notes[0].message


def test_the_undated_note_names_only_the_first_few_and_counts_the_rest(tmp_path):
    news = _dump(tmp_path / "news", [_article(f"b{n}", "۱۴۰۰/۱۵/۱۰") for n in range(5)])
    result = runner.invoke(app, ["index", str(news), "--index", str(tmp_path / "ix")])
    assert result.exit_code == 0
    assert "5 article dates could not be read" in result.stderr and "and 2 more" in result.stderr
    assert "«b3»" not in result.stderr


def test_readable_dates_bring_no_date_note(tmp_path):
    news = _dump(tmp_path / "news", [_article("c1", "1398/06/17"), _article("c2", "")])
    report = build_index([news], tmp_path / "ix", parallel=False)
    assert not [p for p in report.problems if p.action == UNDATED]


def test_time_waiting_for_another_run_is_reported_apart_from_the_indexing_time(tmp_path):
    news = _dump(tmp_path / "news", [_article("d1", "1398/06/17")])
    index_dir = tmp_path / "ix"
    index_dir.mkdir()
    held = threading.Event()

    def hold_the_index():
        with index_lock(index_dir):
            held.set()
            time.sleep(0.6)

    other = threading.Thread(target=hold_the_index)
    other.start()
    held.wait()
    result = runner.invoke(app, ["index", str(news), "--index", str(index_dir), "--wait", "10", "--json"])
    other.join()
    assert result.exit_code == 0
    summary = json.loads(result.stdout)
    assert summary["waited_seconds"] >= 0.5
    assert ", after waiting 0." in result.stderr and "for another goftar index run" in result.stderr


def test_a_run_that_did_not_wait_says_nothing_of_waiting(tmp_path):
    news = _dump(tmp_path / "news", [_article("e1", "1398/06/17")])
    result = runner.invoke(app, ["index", str(news), "--index", str(tmp_path / "ix"), "--wait", "10"])
    assert result.exit_code == 0 and "waiting" not in result.stderr


def test_a_folder_added_to_an_index_of_another_says_how_many_articles_it_already_held(tmp_path):
    """Indexing a second folder merged it into the index in silence (user audit r30, 21): the run that adds
    it says how many articles the index holds from other folders, and the rebuild that replaces them."""
    first = _dump(tmp_path / "first", [_article("a1", "1398/06/17"), _article("a2", "1398/06/18")])
    second = _dump(tmp_path / "second", [_article("b1", "1398/07/01")])
    build_index([first], tmp_path / "ix", parallel=False)
    notes = [p.message for p in build_index([second], tmp_path / "ix", parallel=False).problems]
    assert len(notes) == 1 and notes[0].startswith("the index now holds 2 articles from other folders too")
    assert str(first.resolve()) in notes[0] and f"--rebuild '{second.resolve()}'" in notes[0]


def test_the_other_folders_are_named_once_not_on_every_update(tmp_path):
    first = _dump(tmp_path / "first", [_article("a1", "1398/06/17")])
    second = _dump(tmp_path / "second", [_article("b1", "1398/07/01")])
    build_index([first], tmp_path / "ix", parallel=False)
    build_index([second], tmp_path / "ix", parallel=False)
    _dump(second, [_article("b1", "1398/07/01"), _article("b2", "1398/07/02")])
    assert build_index([second], tmp_path / "ix", parallel=False).problems == []
    assert build_index([first, second], tmp_path / "both", parallel=False).problems == []  # one run, one index
