"""A killed or interrupted `goftar index` never costs the last committed index."""

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from indexer.build import build_index
from indexer.search import search
from indexer.store import index_lock, IndexBusy

REPO = Path(__file__).resolve().parents[1]
BUILD = "import sys; from indexer.build import build_index; build_index(sys.argv[2:], sys.argv[1])"


def write_articles(folder: Path, name: str, count: int, word: str) -> None:
    """``count`` articles about ``word`` in one JSONL file, with quotes to extract."""
    lines = []
    for n in range(count):
        body = "\n\n".join(
            f"مدیرکل بهزیستی استان {n} گفت: طرح {word} در {k} شهر اجرا می‌شود و ۱۷ مرکز آماده است." for k in range(30)
        )
        lines.append(json.dumps({"id": f"{name}-{n}", "title": f"خبر {word} شماره {n}", "lead": "خلاصه", "body": body}, ensure_ascii=False))
    (folder / f"{name}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")


def start_build(index_dir: Path, folder: Path) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", BUILD, str(index_dir), str(folder)], cwd=REPO)


def total(index_dir: Path, word: str) -> int:
    return search(index_dir, word, limit=1).total


@pytest.fixture()
def committed(tmp_path):
    """An index holding 20 articles about گرمخانه, and a folder with 60 more about مستمری."""
    folder = tmp_path / "news"
    folder.mkdir()
    write_articles(folder, "a", 20, "گرمخانه")
    build_index([folder], tmp_path / "ix")
    for part in ("b", "c", "d"):
        write_articles(folder, part, 20, "مستمری")
    return folder, tmp_path / "ix"


def test_killing_the_build_at_random_points_leaves_the_last_committed_index(committed):
    folder, index_dir = committed
    started = time.monotonic()
    subprocess.run([sys.executable, "-c", BUILD, str(index_dir) + "-timing", str(folder)], cwd=REPO, check=True)
    full_run = time.monotonic() - started
    rng = random.Random(7)
    for _ in range(6):
        process = start_build(index_dir, folder)
        time.sleep(rng.uniform(0.05, full_run))
        process.send_signal(signal.SIGKILL)
        process.wait()
        assert total(index_dir, "گرمخانه") == 20  # the committed articles answer
        assert total(index_dir, "مستمری") in (0, 60)  # all of an update or none of it
    build_index([folder], index_dir, wait=30)  # a re-run completes the update
    assert total(index_dir, "مستمری") == 60 and total(index_dir, "گرمخانه") == 20


def test_ctrl_c_stops_the_build_and_keeps_the_last_committed_index(committed):
    folder, index_dir = committed
    process = start_build(index_dir, folder)
    time.sleep(0.8)
    process.send_signal(signal.SIGINT)
    process.wait(timeout=30)
    assert total(index_dir, "گرمخانه") == 20
    assert total(index_dir, "مستمری") in (0, 60)


def test_a_second_writer_fails_clearly_while_searches_still_answer(committed):
    folder, index_dir = committed
    with index_lock(index_dir):
        with pytest.raises(IndexBusy, match="--wait"):
            build_index([folder], index_dir, wait=0.3)
        assert total(index_dir, "گرمخانه") == 20


@pytest.mark.skipif(os.geteuid() == 0, reason="root ignores file permissions")
def test_a_read_only_index_folder_gives_a_message_and_keeps_the_index(committed):
    folder, index_dir = committed
    index_dir.chmod(0o555)
    try:
        with pytest.raises(Exception, match="index"):
            build_index([folder], index_dir)
    finally:
        index_dir.chmod(0o755)
    assert total(index_dir, "گرمخانه") == 20


def test_a_full_disk_gives_a_message_and_keeps_the_committed_index(committed, monkeypatch):
    import errno

    from whoosh.writing import SegmentWriter

    from indexer.store import GoftarError

    folder, index_dir = committed

    def no_space(self, *args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(SegmentWriter, "commit", no_space)
    with pytest.raises(GoftarError, match="No space left on device; free some space"):
        build_index([folder], index_dir, parallel=False)
    monkeypatch.undo()
    assert total(index_dir, "گرمخانه") == 20 and total(index_dir, "مستمری") == 0
    build_index([folder], index_dir)  # space again: the next run completes, no stale lock
    assert total(index_dir, "مستمری") == 60
