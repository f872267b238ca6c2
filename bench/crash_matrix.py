"""The kill matrix of tests/test_crash.py over the 900 shared Fars articles, as a table.

Two runs are killed: an update that adds fars-3.json to an index of fars-1 and
fars-2 ("update"), and a --rebuild over all three ("rebuild"). Each is stopped
with SIGKILL or SIGINT at a named stage (the GOFTAR_TEST_CRASH_AT hook in
indexer.build), at a fraction of a whole run's time, or by killing the quote
worker alone. After each kill the table shows the exit code, the articles and
quotes the index then holds, whether that is exactly the state before the run
("old") or after it ("new"), whether a known article is still found, and what
a plain re-run (`goftar index`, no --rebuild) reaches, against a clean build.

    python bench/crash_matrix.py            # ~10 minutes on 2 busy cores
    python bench/crash_matrix.py --quick    # named stages only, SIGKILL only

Needs ../shared/data; exits 0 with a message when it is absent.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
DATA = REPO.parent / "shared" / "data"
BASE_FILES = ("fars-1.json", "fars-2.json")
ADDED_FILE = "fars-3.json"

from indexer.build import CRASH_AT, STAGES  # noqa: E402
from indexer.search import search  # noqa: E402
from indexer.schema import ARTICLES, QUOTES  # noqa: E402
from indexer.store import open_searcher  # noqa: E402

FRACTIONS = (0.25, 0.5, 0.75)


def counts(index_dir: Path) -> tuple[int, int]:
    return open_searcher(index_dir, ARTICLES).doc_count(), open_searcher(index_dir, QUOTES).doc_count()


def goftar_index(folder: Path, index_dir: Path, rebuild: bool = False, crash: str = "",
                 kill_after: float | None = None, signal_number: int = signal.SIGKILL) -> tuple[int, str]:
    """Run `goftar index` in a new process; (exit code, last line of stderr)."""
    args = [sys.executable, "-m", "cli", "index", str(folder), "--index", str(index_dir), "-q"]
    env = {**os.environ, CRASH_AT: crash} if crash else None
    process = subprocess.Popen(args + (["--rebuild"] if rebuild else []), cwd=REPO, env=env,
                               stderr=subprocess.PIPE, text=True, preexec_fn=_ctrl_c_as_in_a_terminal)
    if kill_after is not None:
        try:
            process.wait(timeout=kill_after)
        except subprocess.TimeoutExpired:
            process.send_signal(signal_number)
    _, stderr = process.communicate(timeout=600)
    lines = [line for line in stderr.splitlines() if line.strip()]
    return process.returncode, lines[-1] if lines else ""


def _ctrl_c_as_in_a_terminal() -> None:
    """A shell starts background jobs with SIGINT ignored, and children inherit that;
    this bench may run in one, and its runs must take SIGINT as from Ctrl-C."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="named stages with SIGKILL only")
    options = parser.parse_args()
    if not all((DATA / name).exists() for name in BASE_FILES + (ADDED_FILE,)):
        print(f"skipped: the shared Fars articles are not in {DATA}")
        return 0
    work = Path(tempfile.mkdtemp(prefix="goftar-crash-"))
    try:
        return run_matrix(work, options.quick)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def run_matrix(work: Path, quick: bool) -> int:
    news, everything = work / "news", work / "everything"
    news.mkdir()
    everything.mkdir()
    for name in BASE_FILES:
        shutil.copy(DATA / name, news / name)
    for name in BASE_FILES + (ADDED_FILE,):
        shutil.copy(DATA / name, everything / name)
    first = json.loads((DATA / BASE_FILES[0]).read_text(encoding="utf-8"))[0]
    known = (first["title"], first["link"])  # found before and after every kill

    started = time.monotonic()
    goftar_index(news, work / "base")
    base_seconds = time.monotonic() - started
    started = time.monotonic()
    goftar_index(everything, work / "clean")
    full_seconds = time.monotonic() - started
    old, new = counts(work / "base"), counts(work / "clean")
    print(f"clean builds: {BASE_FILES[0]}+{BASE_FILES[1]} = {old[0]} articles / {old[1]} quotes ({base_seconds:.1f} s); "
          f"+{ADDED_FILE} = {new[0]} / {new[1]} ({full_seconds:.1f} s)\n")

    cases = [(mode, "SIGKILL", stage, None) for mode in ("update", "rebuild") for stage in STAGES]
    if not quick:
        cases += [(mode, "SIGKILL", f"{fraction:.0%} of run", fraction) for mode in ("update", "rebuild") for fraction in FRACTIONS]
        cases += [(mode, "SIGINT", stage, None) for mode in ("update", "rebuild") for stage in ("articles-committed", "switched")]
        cases += [(mode, "SIGINT", "50% of run", 0.5) for mode in ("update", "rebuild")]
        cases += [("rebuild", "SIGKILL", "quote-extractor", None)]

    header = ("run", "signal", "killed at", "exit", "before (art/quotes)", "after kill", "state", "known found",
              "re-run reaches", "re-run")
    rows, failures = [], 0
    for mode, signal_name, point, fraction in cases:
        index_dir = work / "ix"
        shutil.rmtree(index_dir, ignore_errors=True)
        shutil.copytree(work / "base", index_dir)
        folder = news
        shutil.copy(DATA / ADDED_FILE, news / ADDED_FILE)
        seconds = (full_seconds if mode == "rebuild" else full_seconds - base_seconds) * fraction if fraction else None
        crash = "" if fraction else (point if signal_name == "SIGKILL" else f"{point}:{signal_name}")
        code, _ = goftar_index(folder, index_dir, rebuild=mode == "rebuild", crash=crash, kill_after=seconds,
                               signal_number=getattr(signal, signal_name))
        state = counts(index_dir)
        label = "old" if state == old else "new" if state == new else "MIXED"
        found = known[1] in [hit.id for hit in search(index_dir, known[0], limit=20).hits]
        goftar_index(folder, index_dir)
        final = counts(index_dir)
        ok = label != "MIXED" and found and final == new
        failures += not ok
        rows.append((mode, signal_name, point, str(code), f"{old[0]} / {old[1]}", f"{state[0]} / {state[1]}", label,
                     "yes" if found else "NO", f"{final[0]} / {final[1]}", "exact" if final == new else "WRONG"))
        (news / ADDED_FILE).unlink()
    print_table(header, rows)
    print(f"\n{len(rows) - failures} of {len(rows)} kills left a whole index and a re-run reached the clean build's counts")
    return 1 if failures else 0


def print_table(header: tuple[str, ...], rows: list[tuple[str, ...]]) -> None:
    widths = [max(len(str(row[i])) for row in [header, *rows]) for i in range(len(header))]
    for row in [header, tuple("-" * w for w in widths), *rows]:
        print("  ".join(str(cell).ljust(width) for cell, width in zip(row, widths)).rstrip())


if __name__ == "__main__":
    sys.exit(main())
