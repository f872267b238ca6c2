"""An interrupted `goftar index` resumes where it stopped.

The build commits its articles in chunks (build_tuning.CHUNK_ARTICLES, four
here), each with a checkpoint of what the unfinished generation then holds.
A run interrupted at a chunk boundary or inside a chunk (Ctrl-C, SIGTERM,
SIGKILL) leaves that generation beside the live one, which stays as it was;
the next run with the same paths and options writes only the articles after
the last chunk, and the index it makes live is the one a run in one go makes:
the same articles in the same order, quotes, postings, search scores,
speaker registry, stats and record of files. A file changed since is read
again; a run with other paths or options, or a generation another goftar
left or that cannot be opened, starts afresh and says why.
"""

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from whoosh import index as whoosh_index
from whoosh.writing import SegmentWriter

from indexer import build, build_tuning
from indexer.build import Unfinished, build_index
from indexer.registry import read_registry
from indexer.schema import ARTICLES
from indexer.search import search
from indexer.stats import index_stats
from indexer.store import CHECKPOINT, live_generation, read_meta

REPO = Path(__file__).resolve().parents[1]
CHUNK = 4
PER_FILE = 7  # articles in each file: chunks end inside files as well as between them
PEOPLE = [("علی رضایی", "وزیر کار"), ("مریم کاظمی", "رئیس سازمان بهزیستی"), ("حسن موسوی", "مدیرکل آموزش استان"),
          ("زهرا احمدی", "سخنگوی شورای شهر")]
TOPICS = ["گرمخانه", "بیمه بیکاری", "کودکان کار", "مستمری سالمندان", "آب آشامیدنی", "مدارس روستایی"]
QUERIES = ["گرمخانه", "بیمه بیکاری", "کودکان کار", "بودجه سالمندان", "رضایی", "گسترش"]
# A build in a new process that kills itself with the signal named at the article counted: as a user's Ctrl-C,
# a closed job's SIGTERM or a SIGKILL land, at any point of a chunk.
KILLED_BUILD = """import os, signal, sys
from indexer import build_tuning
from indexer.build import build_index
build_tuning.CHUNK_ARTICLES = int(sys.argv[3])
signal.signal(signal.SIGINT, signal.default_int_handler)  # Ctrl-C as in a terminal, even from a background job
def stop(done):
    if done.articles == int(sys.argv[4]):
        os.kill(os.getpid(), getattr(signal, sys.argv[5]))
build_index([sys.argv[1]], sys.argv[2], progress=stop)
"""


def article(n: int, told: str = "") -> dict:
    name, role = PEOPLE[n % len(PEOPLE)]
    topic = TOPICS[n % len(TOPICS)]
    return {"id": f"khabar-{n}", "url": f"https://khabar.example/news/{n}", "title": f"گزارش شماره {n} درباره {topic}",
            "date": f"1398/0{1 + n % 9}/1{n % 10}",
            "body": [f"{role}، {name} گفت: «برنامه {topic} در سال آینده {n} درصد گسترش می‌یابد.»",
                     f"او افزود که بودجه {topic} باید زودتر پرداخت شود.{told}"]}


def write_file(folder: Path, part: int, told: str = "") -> None:
    lines = [json.dumps(article(part * PER_FILE + k, told), ensure_ascii=False) for k in range(PER_FILE)]
    (folder / f"part-{part}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")


def news_folder(folder: Path, parts=range(3)) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for part in parts:
        write_file(folder, part)
    return folder


@pytest.fixture(autouse=True)
def small_chunks(monkeypatch):
    monkeypatch.setattr(build_tuning, "CHUNK_ARTICLES", CHUNK)


def interrupted(paths, index_dir: Path, at: int, **options) -> None:
    """A build interrupted as Ctrl-C interrupts it, after the article counted ``at`` (and any commit it ends)."""
    def ctrl_c(done):
        if done.articles == at:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        build_index(paths, index_dir, progress=ctrl_c, **options)


def resumed(paths, index_dir: Path, **options) -> list[Unfinished]:
    told = []
    build_index(paths, index_dir, on_unfinished=told.append, **options)
    return told


def contents(index_dir: Path) -> dict:
    """Everything a reader sees of an index, but its folder and the times it was written."""
    with whoosh_index.open_dir(str(live_generation(index_dir)), indexname=ARTICLES).reader() as reader:
        order = list(reader.all_doc_ids())
        articles = [reader.stored_fields(n) for n in order]
        ids = {n: reader.stored_fields(n)["id"] for n in order}
        columns = {name: [reader.column_reader(name)[n] for n in order]
                   for name in ("quote_spans", "quote_lengths", "quote_records", "quote_words")}
        postings = {(name, term): sorted((ids[n], tuple(v)) for n, v in reader.postings(name, term).items_as("positions")
                                         if n in ids)
                    for name, term in reader.all_terms() if reader.schema[name].format.supports("positions")}
    stats = {key: value for key, value in index_stats(index_dir).items() if key not in ("index", "size_bytes", "built_at")}
    meta = read_meta(index_dir)
    return {
        "articles": articles, "columns": columns, "postings": postings, "stats": stats,
        "hits": {query: [(hit.id, hit.score) for hit in search(index_dir, query, limit=50).hits] for query in QUERIES},
        "speakers": read_registry(index_dir).to_rows(),
        "record": (meta.files, meta.copies, meta.roots),
    }


def as_after_an_update(seen: dict) -> dict:
    """What an index holds, as an update that replaced articles leaves it: Whoosh counts the replaced copies
    in its statistics (scores, terms) until their segment is merged away, and lists the new ones after."""
    return {"articles": sorted(seen["articles"], key=lambda stored: stored["id"]), "speakers": seen["speakers"], "record": seen["record"],
            "hits": {query: sorted(doc_id for doc_id, _ in hits) for query, hits in seen["hits"].items()},
            "documents": seen["stats"]["documents"], "quotes": seen["stats"]["quotes"]}


def generations(index_dir: Path) -> list[str]:
    return sorted(path.name for path in index_dir.iterdir() if path.name.startswith("gen-"))


def count_extractions(monkeypatch) -> list[str]:
    """The ids of the articles whose quotes the build extracts (in this process: parallel=False)."""
    extracted = []

    def counted(document):
        extracted.append(document.id)
        return original(document)

    original = build.quotes_or_fault
    monkeypatch.setattr(build, "quotes_or_fault", counted)
    return extracted


@pytest.mark.parametrize("at", [CHUNK, CHUNK + 2, 3 * CHUNK + 1], ids=["at-a-chunk-boundary", "inside-a-chunk", "inside-a-later-file"])
def test_an_interrupted_first_build_resumes_after_its_last_chunk_and_ends_as_one_run_would(tmp_path, monkeypatch, at):
    news = news_folder(tmp_path / "news")
    build_index([news], tmp_path / "whole")
    interrupted([news], tmp_path / "ix", at=at, parallel=False)
    assert live_generation(tmp_path / "ix") is None  # nothing live yet: searches say there is no index
    extracted = count_extractions(monkeypatch)
    told = resumed([news], tmp_path / "ix", parallel=False)
    written = at // CHUNK * CHUNK
    assert told == [Unfinished(written=written, to_go=3 * PER_FILE - written)]
    assert extracted == [f"khabar-{n}" for n in range(written, 3 * PER_FILE)]  # none written before is extracted again
    assert contents(tmp_path / "ix") == contents(tmp_path / "whole")
    assert generations(tmp_path / "ix") == [live_generation(tmp_path / "ix").name]
    assert not [name for name in os.listdir(live_generation(tmp_path / "ix")) if CHECKPOINT.match(name)]


@pytest.mark.parametrize("parallel", [False, True], ids=["inline", "forked"])
def test_an_interrupted_update_keeps_the_live_index_and_resumes_to_the_update_in_one_go(tmp_path, parallel):
    news = news_folder(tmp_path / "news")
    build_index([news], tmp_path / "base")
    write_file(news, 1, told=" این بند تازه افزوده شد.")  # a changed file, and two new ones
    news_folder(news, parts=[3, 4])
    shutil.copytree(tmp_path / "base", tmp_path / "whole")
    build_index([news], tmp_path / "whole")
    shutil.copytree(tmp_path / "base", tmp_path / "ix")
    before = contents(tmp_path / "ix")
    interrupted([news], tmp_path / "ix", at=2 * CHUNK + 1, parallel=parallel)
    assert contents(tmp_path / "ix") == before  # the live index, searchable and as it was
    assert len(generations(tmp_path / "ix")) == 2  # and the unfinished one beside it
    told = resumed([news], tmp_path / "ix", parallel=parallel)
    assert told == [Unfinished(written=2 * CHUNK, to_go=3 * PER_FILE - 2 * CHUNK)]
    assert contents(tmp_path / "ix") == contents(tmp_path / "whole")
    assert generations(tmp_path / "ix") == [live_generation(tmp_path / "ix").name]


@pytest.mark.parametrize("signal_name, at", [("SIGKILL", CHUNK + 1), ("SIGTERM", 2 * CHUNK), ("SIGINT", 2 * CHUNK + 3)])
def test_a_build_killed_by_a_signal_resumes_to_the_index_of_one_run(tmp_path, signal_name, at):
    news = news_folder(tmp_path / "news")
    build_index([news], tmp_path / "whole")
    killed = subprocess.run([sys.executable, "-c", KILLED_BUILD, str(news), str(tmp_path / "ix"), str(CHUNK), str(at),
                             signal_name], cwd=REPO, capture_output=True, text=True, timeout=120)
    assert killed.returncode != 0
    assert ("KeyboardInterrupt" in killed.stderr) == (signal_name == "SIGINT"), killed.stderr
    told = resumed([news], tmp_path / "ix")
    assert told == [Unfinished(written=at // CHUNK * CHUNK, to_go=3 * PER_FILE - at // CHUNK * CHUNK)]
    assert contents(tmp_path / "ix") == contents(tmp_path / "whole")


def test_a_commit_interrupted_after_its_checkpoint_was_written_resumes_from_the_commit_before(tmp_path, monkeypatch):
    news = news_folder(tmp_path / "news")
    build_index([news], tmp_path / "whole")
    commits = []
    original = SegmentWriter.commit

    def interrupted_second(self, *args, **kwargs):
        commits.append(self.generation)
        if len(commits) == 2:
            raise KeyboardInterrupt
        return original(self, *args, **kwargs)

    monkeypatch.setattr(SegmentWriter, "commit", interrupted_second)
    with pytest.raises(KeyboardInterrupt):
        build_index([news], tmp_path / "ix", parallel=False)
    monkeypatch.undo()
    monkeypatch.setattr(build_tuning, "CHUNK_ARTICLES", CHUNK)
    assert resumed([news], tmp_path / "ix") == [Unfinished(written=CHUNK, to_go=3 * PER_FILE - CHUNK)]
    assert contents(tmp_path / "ix") == contents(tmp_path / "whole")


def test_a_file_changed_since_the_interruption_is_read_again_and_unchanged_files_before_it_are_not(tmp_path, monkeypatch):
    news = news_folder(tmp_path / "news")
    interrupted([news], tmp_path / "ix", at=4 * CHUNK, parallel=False)  # part-0 and part-1 whole, two of part-2
    write_file(news, 1, told=" مسئولان از این برنامه دفاع کردند.")
    build_index([news], tmp_path / "whole")
    extracted = count_extractions(monkeypatch)
    told = resumed([news], tmp_path / "ix", parallel=False)
    assert told == [Unfinished(written=PER_FILE, to_go=2 * PER_FILE)]  # part-0 stands
    assert extracted == [f"khabar-{n}" for n in range(PER_FILE, 3 * PER_FILE)]
    assert as_after_an_update(contents(tmp_path / "ix")) == as_after_an_update(contents(tmp_path / "whole"))
    assert sorted(hit.id for hit in search(tmp_path / "ix", '"از این برنامه دفاع"').hits) == \
        sorted(f"khabar-{n}" for n in range(PER_FILE, 2 * PER_FILE))


def test_a_run_with_other_paths_starts_afresh_says_why_and_removes_the_unfinished_generation(tmp_path):
    news = news_folder(tmp_path / "news")
    more = news_folder(tmp_path / "more", parts=[5])
    build_index([news], tmp_path / "ix")
    interrupted([news, more], tmp_path / "ix", at=CHUNK + 1)
    told = resumed([more], tmp_path / "ix")
    assert [found.written for found in told] == [0] and "other paths" in told[0].why and str(news) in told[0].why
    assert generations(tmp_path / "ix") == [live_generation(tmp_path / "ix").name]
    build_index([news], tmp_path / "whole")
    build_index([more], tmp_path / "whole")
    assert contents(tmp_path / "ix") == contents(tmp_path / "whole")


def test_a_run_with_or_without_rebuild_unlike_the_interrupted_one_starts_afresh(tmp_path):
    news = news_folder(tmp_path / "news")
    build_index([news], tmp_path / "ix")
    write_file(news, 2, told=" گزارش کامل منتشر می‌شود.")
    interrupted([news], tmp_path / "ix", at=CHUNK, rebuild=True)
    told = resumed([news], tmp_path / "ix")
    assert told == [Unfinished(why="it was begun with --rebuild")]
    assert generations(tmp_path / "ix") == [live_generation(tmp_path / "ix").name]


@pytest.mark.parametrize("damage, why", [
    ("schema", "another goftar began it"),
    ("checkpoint", "cannot be read"),
    ("index", "its index cannot be opened"),
], ids=["another-version", "damaged-checkpoint", "unopenable-index"])
def test_an_unfinished_generation_of_another_version_or_damaged_is_removed_and_the_run_starts_afresh(tmp_path, damage, why):
    news = news_folder(tmp_path / "news")
    build_index([news], tmp_path / "whole")
    interrupted([news], tmp_path / "ix", at=2 * CHUNK)
    (unfinished,) = generations(tmp_path / "ix")
    folder = tmp_path / "ix" / unfinished
    (checkpoint,) = [path for path in folder.iterdir() if CHECKPOINT.match(path.name)]
    if damage == "schema":
        checkpoint.write_text(json.dumps({**json.loads(checkpoint.read_text()), "schema_version": 1}))
    elif damage == "checkpoint":
        checkpoint.write_text('{"run": ')
    else:
        for toc in folder.glob("_articles_*.toc"):
            toc.write_bytes(b"not a table of contents")
    told = resumed([news], tmp_path / "ix")
    assert len(told) == 1 and told[0].written == 0 and why in told[0].why
    assert contents(tmp_path / "ix") == contents(tmp_path / "whole")
    assert generations(tmp_path / "ix") == [live_generation(tmp_path / "ix").name]


def test_a_run_that_fails_rather_than_being_interrupted_leaves_nothing_to_resume(tmp_path, monkeypatch):
    """A full disk wants its space back: only an interruption keeps the unfinished generation."""
    news = news_folder(tmp_path / "news")

    def disk_full(done):
        if done.articles == 2 * CHUNK:
            raise OSError(28, "No space left on device")

    with pytest.raises(build.GoftarError, match="No space left"):
        build_index([news], tmp_path / "ix", progress=disk_full)
    assert generations(tmp_path / "ix") == []
    assert resumed([news], tmp_path / "ix") == []


def test_goftar_index_says_how_much_it_resumes(tmp_path):
    from typer.testing import CliRunner

    from cli import app

    news = news_folder(tmp_path / "news")
    interrupted([news], tmp_path / "ix", at=2 * CHUNK + 1)
    done = CliRunner().invoke(app, ["index", str(news), "--index", str(tmp_path / "ix")])
    assert done.exit_code == 0, done.output
    assert f"resuming: {2 * CHUNK} articles already written, {3 * PER_FILE - 2 * CHUNK} to go" in done.output
    assert f"{2 * CHUNK} of them written by the interrupted run it resumed" in done.output


def test_a_resumed_run_reports_apart_the_articles_the_interrupted_run_wrote(tmp_path):
    """Counted in its rate, they made the articles/s of a resumed run nonsense."""
    news = news_folder(tmp_path / "news")
    interrupted([news], tmp_path / "ix", at=2 * CHUNK + 1)
    ticks = []
    report = build_index([news], tmp_path / "ix", progress=ticks.append)
    assert (report.documents_indexed, report.resumed) == (3 * PER_FILE, 2 * CHUNK)
    assert {tick.resumed for tick in ticks} == {2 * CHUNK} and ticks[0].articles == 2 * CHUNK + 1
    assert build_index([news], tmp_path / "again", progress=ticks.append).resumed == 0  # nothing interrupted there
