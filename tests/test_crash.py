"""A killed or interrupted `goftar index` never costs an article.

The kill matrix: an update adding one file and a --rebuild, each killed with
SIGKILL (and interrupted with SIGINT) at every named stage of a run and at
times spread over it. After each kill the index must hold exactly what it
held before (or, once the switch is done, exactly the new content), answer a
search for a known article, and the next plain run must reach exactly the
counts of a clean build. Stages are reached through the test hook
GOFTAR_TEST_CRASH_AT (indexer.build.crash_point).
"""

import errno
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from indexer.build import CRASH_AT, STAGES, build_index
from indexer.schema import ARTICLES, QUOTES
from indexer.search import search
from indexer.errors import GoftarError, IndexBusy
from indexer.store import (
    CURRENT_FILE, META_FILE, index_lock, live_generation, open_searcher,
)

REPO = Path(__file__).resolve().parents[1]
SAMPLES = REPO / "corpus" / "samples"
ADDED = "s12_maskan_madjooyan_maloolan.txt"  # the file the update adds
KNOWN_WORD, KNOWN_ID = "سالمندان تنها", "s03_salmandan_tanha.txt"  # an article every index here holds
ADDED_WORD = "خانواده‌های دارای دو معلول"
BUILD = "import sys; from indexer.build import build_index; build_index(sys.argv[3:], sys.argv[1], rebuild=sys.argv[2] == 'rebuild')"


def ctrl_c_as_in_a_terminal() -> None:
    """Tests may run in a background job, which shells start with SIGINT ignored (inherited)."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def counts(index_dir: Path) -> tuple[int, int]:
    """(articles, quotes) in the live generation."""
    return open_searcher(index_dir, ARTICLES).doc_count(), open_searcher(index_dir, QUOTES).doc_count()


def finds(index_dir: Path, words: str, doc_id: str) -> bool:
    return doc_id in [hit.id for hit in search(index_dir, words, limit=20).hits]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """The samples without ADDED and their index, built once; the exact counts of clean builds without and with ADDED."""
    root = tmp_path_factory.mktemp("crash")
    news = root / "news"
    shutil.copytree(SAMPLES, news, ignore=shutil.ignore_patterns(ADDED))
    build_index([news], root / "ix-before")
    build_index([SAMPLES], root / "ix-after")
    return news, root / "ix-before", counts(root / "ix-before"), counts(root / "ix-after")


@pytest.fixture()
def scene(corpus, tmp_path):
    """A copy of the base index, and ADDED put in its folder for the run that will be killed."""
    news, index_before, before, after = corpus
    shutil.copytree(index_before, tmp_path / "ix")
    shutil.copy(SAMPLES / ADDED, news / ADDED)
    yield news, tmp_path / "ix", before, after
    (news / ADDED).unlink()


@pytest.fixture(scope="module")
def full_run(corpus, tmp_path_factory) -> float:
    """Seconds a whole run takes in a new process, to spread timed kills over it."""
    started = time.monotonic()
    run_build(tmp_path_factory.mktemp("timing") / "ix", SAMPLES, "rebuild")
    return time.monotonic() - started


def run_build(index_dir: Path, folder: Path, mode: str, crash: str = "", kill_after: float | None = None,
              signal_number: int = signal.SIGKILL) -> subprocess.CompletedProcess | int:
    env = {**os.environ, CRASH_AT: crash} if crash else None
    process = subprocess.Popen([sys.executable, "-c", BUILD, str(index_dir), mode, str(folder)], cwd=REPO, env=env,
                               stderr=subprocess.PIPE, text=True, preexec_fn=ctrl_c_as_in_a_terminal)
    if kill_after is not None:
        time.sleep(kill_after)
        process.send_signal(signal_number)
    process.wait(timeout=60)
    return process


def assert_whole(index_dir: Path, expected: tuple[int, int], added: bool) -> None:
    assert counts(index_dir) == expected
    assert finds(index_dir, KNOWN_WORD, KNOWN_ID)
    assert finds(index_dir, ADDED_WORD, ADDED) == added


def assert_rerun_completes(index_dir: Path, folder: Path, after: tuple[int, int]) -> None:
    build_index([folder], index_dir, wait=30)  # a plain run, no --rebuild
    assert_whole(index_dir, after, added=True)
    generations = [p.name for p in index_dir.iterdir() if p.name.startswith("gen-")]
    assert generations == [live_generation(index_dir).name]  # the killed run's leftovers are gone


@pytest.mark.parametrize("mode", ["update", "rebuild"])
@pytest.mark.parametrize("stage", STAGES)
def test_sigkill_at_each_stage_keeps_the_index_whole_and_a_rerun_completes_it(scene, mode, stage):
    folder, index_dir, before, after = scene
    process = run_build(index_dir, folder, mode, crash=stage)
    assert process.returncode == -signal.SIGKILL
    switched = stage == "switched"
    assert_whole(index_dir, after if switched else before, added=switched)
    assert_rerun_completes(index_dir, folder, after)


@pytest.mark.parametrize("mode", ["update", "rebuild"])
@pytest.mark.parametrize("signal_number", [signal.SIGKILL, signal.SIGINT], ids=["SIGKILL", "SIGINT"])
def test_a_kill_at_times_spread_over_the_run_leaves_all_or_none_of_it(scene, full_run, mode, signal_number):
    folder, index_dir, before, after = scene
    for fraction in (0.4, 0.7, 0.95):
        run_build(index_dir, folder, mode, kill_after=full_run * fraction, signal_number=signal_number)
        state = counts(index_dir)
        assert state in (before, after)
        assert_whole(index_dir, state, added=state == after)
        if state == after:
            break  # the switch happened; later kills have nothing left to interrupt
    assert_rerun_completes(index_dir, folder, after)


@pytest.mark.parametrize("mode, stage", [("update", "articles-committed"), ("update", "switched"),
                                         ("rebuild", "registry-written"), ("rebuild", "record-written")])
def test_ctrl_c_at_a_stage_exits_130_and_keeps_the_index_whole(scene, mode, stage):
    folder, index_dir, before, after = scene
    args = [sys.executable, "-m", "cli", "index", str(folder), "--index", str(index_dir), "-q"]
    done = subprocess.run(args + (["--rebuild"] if mode == "rebuild" else []), cwd=REPO, capture_output=True,
                          text=True, env={**os.environ, CRASH_AT: f"{stage}:SIGINT"}, timeout=60,
                          preexec_fn=ctrl_c_as_in_a_terminal)
    assert done.returncode == 130 and "interrupted" in done.stderr and "Traceback" not in done.stderr
    switched = stage == "switched"
    assert_whole(index_dir, after if switched else before, added=switched)
    assert_rerun_completes(index_dir, folder, after)


@pytest.mark.parametrize("mode", ["update", "rebuild"])
def test_ctrl_c_just_after_the_switch_keeps_the_generation_current_names(scene, monkeypatch, mode):
    """Ctrl-C may land after CURRENT was replaced but before the run noted it (during the folder's
    fsync): the new generation is live then, and removing it as a failed run's would lose the index."""
    from indexer import build, store

    folder, index_dir, before, after = scene

    def replaced_then_interrupted(index_dir: Path, generation: Path) -> None:
        store.make_live(index_dir, generation)
        raise KeyboardInterrupt

    monkeypatch.setattr(build, "make_live", replaced_then_interrupted)
    with pytest.raises(KeyboardInterrupt):
        build_index([folder], index_dir, rebuild=mode == "rebuild")
    assert_whole(index_dir, after, added=True)
    monkeypatch.undo()
    assert_rerun_completes(index_dir, folder, after)


def test_the_quote_process_killed_alone_fails_the_run_clearly_and_changes_nothing(scene):
    folder, index_dir, before, after = scene
    args = [sys.executable, "-m", "cli", "index", str(folder), "--index", str(index_dir), "--rebuild", "-q"]
    done = subprocess.run(args, cwd=REPO, capture_output=True, text=True, timeout=60,
                          env={**os.environ, CRASH_AT: "quote-extractor"})
    assert done.returncode == 3
    assert "quote extractor" in done.stderr and "stopped from outside" in done.stderr and "index is as" in done.stderr
    assert "Traceback" not in done.stderr
    assert_whole(index_dir, before, added=False)
    assert_rerun_completes(index_dir, folder, after)


def test_searches_see_the_old_generation_until_the_switch_then_the_new_one_without_reopening(scene, monkeypatch):
    """What `goftar serve` relies on: its cached searchers follow CURRENT."""
    from starlette.testclient import TestClient

    from web import create_app

    folder, index_dir, before, after = scene
    client = TestClient(create_app(index_dir))

    def served() -> int:
        return client.get("/api/search", params={"q": "بهزیستی", "limit": 1}).json()["total"]

    old_total = served()
    seen = {}

    def look(stage: str) -> None:
        if stage in ("record-written", "switched"):
            seen[stage] = (served(), open_searcher(index_dir, ARTICLES).doc_count())

    monkeypatch.setattr("indexer.build.crash_point", look)
    build_index([folder], index_dir)
    assert seen["record-written"] == (old_total, before[0])  # everything committed, not yet live
    assert seen["switched"][1] == after[0] and seen["switched"][0] >= old_total
    assert served() == seen["switched"][0] and finds(index_dir, ADDED_WORD, ADDED)


def test_searches_keep_answering_while_runs_replace_the_generation_under_them(scene):
    import threading

    folder, index_dir, before, after = scene
    answers, errors, done = [], [], threading.Event()

    def keep_searching():
        while not done.is_set():
            try:
                found = finds(index_dir, KNOWN_WORD, KNOWN_ID)
                answers.append(open_searcher(index_dir, ARTICLES).doc_count() if found else None)
            except Exception as error:  # noqa: BLE001 - any failure is what this test looks for
                errors.append(error)

    searcher = threading.Thread(target=keep_searching)
    searcher.start()
    try:
        for _ in range(3):
            build_index([folder], index_dir, rebuild=True)
    finally:
        done.set()
        searcher.join()
    assert errors == [] and answers and set(answers) <= {before[0], after[0]}


def test_an_index_made_before_generations_opens_and_is_moved_into_one(scene):
    folder, index_dir, before, after = scene
    generation = live_generation(index_dir)
    for path in generation.iterdir():  # the layout goftar wrote before generations
        path.rename(index_dir / path.name)
    generation.rmdir()
    (index_dir / CURRENT_FILE).unlink()
    assert_whole(index_dir, before, added=False)
    build_index([folder], index_dir)
    assert_whole(index_dir, after, added=True)
    assert sorted(p.name for p in index_dir.iterdir()) == sorted([CURRENT_FILE, "goftar.lock", live_generation(index_dir).name])


def test_a_record_that_ran_ahead_of_its_index_is_read_again_not_trusted(scene):
    """As a killed --rebuild left it before generations: the record lists a file the index lacks."""
    import hashlib
    import json

    folder, index_dir, before, after = scene
    record_file = live_generation(index_dir) / META_FILE
    record = json.loads(record_file.read_text())
    added = folder.resolve() / ADDED
    record["files"][str(added)] = hashlib.sha1(added.read_bytes()).hexdigest()
    record_file.write_text(json.dumps(record))
    report = build_index([folder], index_dir)
    assert report.files_unchanged == len(record["files"]) - 1
    assert_whole(index_dir, after, added=True)


def test_a_second_writer_fails_clearly_while_searches_still_answer(scene):
    folder, index_dir, before, after = scene
    with index_lock(index_dir):
        with pytest.raises(IndexBusy, match="--wait"):
            build_index([folder], index_dir, wait=0.3)
        assert_whole(index_dir, before, added=False)


@pytest.mark.skipif(os.geteuid() == 0, reason="root ignores file permissions (the read-only mount test covers root)")
def test_a_read_only_index_folder_gives_a_message_and_keeps_the_index(scene):
    folder, index_dir, before, after = scene
    index_dir.chmod(0o555)
    try:
        with pytest.raises(GoftarError, match="cannot write the index"):
            build_index([folder], index_dir)
    finally:
        index_dir.chmod(0o755)
    assert_whole(index_dir, before, added=False)


def test_a_full_disk_gives_a_message_and_keeps_the_committed_index(scene, monkeypatch):
    from whoosh.writing import SegmentWriter

    folder, index_dir, before, after = scene

    def no_space(self, *args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(SegmentWriter, "commit", no_space)
    with pytest.raises(GoftarError, match="No space left on device; free some space"):
        build_index([folder], index_dir, parallel=False)
    monkeypatch.undo()
    assert_whole(index_dir, before, added=False)
    assert_rerun_completes(index_dir, folder, after)  # space again: no stale lock or leftovers


@pytest.fixture()
def small_disk(tmp_path):
    """A 4 MB file system of its own (tmpfs), mounted for the test: needs root, as in CI."""
    if os.geteuid() != 0 or not shutil.which("mount"):
        pytest.skip("mounting a size-limited tmpfs needs root and mount(8); the simulated ENOSPC test covers the logic")
    mount_point = tmp_path / "disk"
    mount_point.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", str(mount_point)], capture_output=True)
    if mounted.returncode:
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.decode().strip()}")
    yield mount_point
    subprocess.run(["umount", "-l", str(mount_point)], check=False)


def test_a_really_full_disk_fails_with_the_message_and_keeps_the_index_searchable(scene, small_disk):
    folder, _, before, after = scene
    index_dir = small_disk / "ix"
    shutil.copytree(scene[1], index_dir)
    free = os.statvfs(small_disk)
    filler = small_disk / "filler"
    filler.write_bytes(b"\0" * (free.f_bavail * free.f_frsize - 200_000))  # room to start, not to finish
    with pytest.raises(GoftarError, match="No space left on device"):
        build_index([folder], index_dir, rebuild=True)
    assert_whole(index_dir, before, added=False)
    filler.unlink()
    assert_rerun_completes(index_dir, folder, after)


def test_a_read_only_file_system_fails_with_the_message_and_keeps_the_index_searchable(scene, small_disk):
    folder, _, before, after = scene
    index_dir = small_disk / "ix"
    shutil.copytree(scene[1], index_dir)
    subprocess.run(["mount", "-o", "remount,ro", str(small_disk)], check=True)
    with pytest.raises(GoftarError, match="Read-only file system"):
        build_index([folder], index_dir)
    assert_whole(index_dir, before, added=False)
