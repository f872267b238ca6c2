"""Build and update the index from files of articles.

The index folder is the only state (layout in indexer.store). Each live
generation holds the two Whoosh indexes (articles, quotes) and ``goftar.json``:
the schema version and, for every source file, the hash of its content. An
update therefore re-analyses only files whose content changed and drops the
articles of files that vanished.

Every run that changes something writes a new generation beside the live one:
a rebuild starts it empty, an update starts it as hard links to the live
generation's files (Whoosh never rewrites a file, so this costs milliseconds).
The articles index, the quotes index and then the record of files are
committed there, and only then does one atomic replace of ``CURRENT`` make it
live. A run killed at any point therefore leaves the previous generation
whole and searchable, its record describing exactly what it holds, and the
next run removes the leftovers and redoes the work.

Both cores work: articles are indexed in this process while two forked
workers extract and index the quotes (_ForkedJob).

Duplicate ids (the same article id in two places): the copy read first, in
sorted path order, or the one already indexed from an unchanged file, is
kept. A copy identical to it is kept once, which is no problem, and its file
is re-read whenever the file holding the kept copy changes. A copy that
differs is skipped and named, and its file is not recorded, so it is named
again on every run until one of the two is fixed.
"""

from __future__ import annotations

import hashlib
import multiprocessing
import os
import shutil
import signal
import time
import traceback
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator

from whoosh import index as whoosh_index
from whoosh import query as wq

from corpus.dates import document_date
from corpus.document import Document, Quote
from corpus.quotes import extract_quotes
from corpus.readers import Problem, ReadReport, find_files, read_bytes, read_file
from corpus.speakers import SpeakerRegistry, speaker_key
from indexer.facets import category_keys, day_number, facet_key, year_keys
from indexer.registry import updated_registries, write_registries
from indexer.schema import ARTICLES, QUOTES, article_schema, quote_schema
from indexer.errors import GoftarError, InputSkipped
from indexer.store import (
    INDEX_FILE, IndexMeta, index_lock, live_generation, make_live, new_generation,
    read_record, remove_stale, write_record,
)

# Memory each of the two writers may pool before spilling to disk: two of
# them run at once, and a 100k-article build must stay under 1 GB.
WRITER_MB = 128
# Test hook, read in one place (crash_point): "STAGE" or "STAGE:SIGINT" makes
# the process that reaches STAGE send itself that signal (default SIGKILL).
CRASH_AT = "GOFTAR_TEST_CRASH_AT"
# The stages of a run that writes, in order ("quote-worker", "quote-extractor": those processes' start).
STAGES = ("started", "articles-committed", "quotes-committed", "record-written", "switched")
# Fields that make two copies of an article the same article.
CONTENT_FIELDS = ("title", "lead", "body", "tags", "category", "source", "url", "date")


@dataclass
class BuildReport:
    """What one ``goftar index`` run did."""

    index_dir: str
    files_seen: int = 0
    files_unchanged: int = 0
    files_removed: int = 0
    documents_indexed: int = 0
    quotes_indexed: int = 0
    problems: list[Problem] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def skipped(self) -> list[Problem]:
        return [p for p in self.problems if p.action == "skipped"]


@dataclass
class Plan:
    """The work an update needs: changed files to (re)index, vanished ones to drop."""

    changed: list[tuple[Path, str, str]] = field(default_factory=list)  # (file, relative path, sha1)
    vanished: list[str] = field(default_factory=list)
    unchanged: int = 0
    reading: ReadReport = field(default_factory=ReadReport)
    live: Path | None = None  # the generation the update starts from; None for a rebuild
    copies: dict[str, set[str]] = field(default_factory=dict)  # file -> files holding its kept-once duplicates

    @property
    def replaced(self) -> set[str]:
        """Files whose indexed articles this run removes or replaces."""
        return {str(path) for path, _, _ in self.changed} | set(self.vanished)


def build_index(
    paths: Iterable[str | Path],
    index_dir: str | Path,
    rebuild: bool = False,
    progress: Callable[[int], None] | None = None,
    strict: bool = False,
    wait: float = 0,
    parallel: bool = True,
    on_wait: Callable[[], None] | None = None,
) -> BuildReport:
    """Index every article under ``paths`` into ``index_dir``; see the module doc.

    ``progress`` is called with the number of articles analysed so far;
    ``strict`` refuses to write anything if any input would be skipped;
    ``wait`` is how long to wait for another run holding the index
    (``on_wait`` is called once if it has to).
    """
    started = time.perf_counter()
    index_dir = Path(index_dir)
    roots = [_absolute(Path(p)) for p in paths]
    _make_dir(index_dir)
    with index_lock(index_dir, wait, on_wait):
        remove_stale(index_dir)  # what killed runs left behind
        live = None if rebuild else live_generation(index_dir)
        meta = (read_record(live) if live else None) or IndexMeta()
        plan = plan_update(roots, meta, live)
        if strict:
            _check_strictly(plan)
        report = BuildReport(str(index_dir), files_seen=len(plan.changed) + plan.unchanged,
                             files_unchanged=plan.unchanged, files_removed=len(plan.vanished))
        roots_now = sorted(set(meta.roots) | {str(root) for root in roots})
        if live and not plan.changed and not plan.vanished and roots_now == meta.roots:
            report.problems, report.seconds = plan.reading.problems, time.perf_counter() - started
            return report  # nothing to write
        _writing(index_dir, _write_generation, index_dir, plan, meta, roots_now, report, progress, parallel)
        remove_stale(index_dir)  # the generation just replaced
    report.problems = plan.reading.problems
    report.seconds = time.perf_counter() - started
    return report


def _write_generation(index_dir: Path, plan: Plan, meta: IndexMeta, roots: list[str], report: BuildReport,
                      progress: Callable[[int], None] | None, parallel: bool) -> None:
    """Build the next generation and make it live; on any failure remove it, leaving the live one."""
    target = new_generation(index_dir)
    switched = False
    try:
        if plan.live:
            _link_indexes(plan.live, target)
        else:
            _create(target)
        crash_point("started")
        quotes_job = _start(target, plan, parallel)
        try:
            report.documents_indexed = index_articles(target, plan, progress)
            crash_point("articles-committed")
            report.quotes_indexed = quotes_job.result()
            crash_point("quotes-committed")
        except BaseException:
            quotes_job.stop()
            raise
        write_record(target, _record(meta, plan, roots))
        crash_point("record-written")
        make_live(index_dir, target)
        switched = True
        crash_point("switched")
    except BaseException:
        if not switched:
            shutil.rmtree(target, ignore_errors=True)
        raise


def _record(meta: IndexMeta, plan: Plan, roots: list[str]) -> IndexMeta:
    """The record of what the new generation holds: files with skipped input are left
    out, so the next run reads (and reports) them again."""
    retry = {problem.path for problem in plan.reading.skipped}
    for origin in plan.replaced:
        meta.files.pop(origin, None)
        meta.copies.pop(origin, None)
    for path, _, digest in plan.changed:
        if str(path) not in retry:
            meta.files[str(path)] = digest
            if plan.copies.get(str(path)):
                meta.copies[str(path)] = sorted(plan.copies[str(path)])
    meta.built_at = time.strftime("%Y-%m-%dT%H:%M:%S%z")
    meta.roots = roots
    return meta


def crash_point(stage: str) -> None:
    """Tests only: stop the run the hard way at ``stage`` when GOFTAR_TEST_CRASH_AT names it."""
    wanted, _, signal_name = os.environ.get(CRASH_AT, "").partition(":")
    if wanted == stage:
        os.kill(os.getpid(), getattr(signal, signal_name or "SIGKILL"))


def plan_update(roots: list[Path], meta: IndexMeta, live: Path | None = None) -> Plan:
    """Hash every file under the roots and compare with what the index recorded.

    A recorded file is read again, whatever its hash, when the index holds
    none of its articles (a record that ran ahead of its index, as an index
    made before generations could have) or when a file holding the kept copy
    of its duplicates is read again or vanished.
    """
    plan = Plan(live=live)
    found: list[tuple[Path, str, str]] = []
    for path, relative in find_files(roots, plan.reading):
        raw = read_bytes(path, plan.reading)
        if raw is not None:
            found.append((path, relative, hashlib.sha1(raw).hexdigest()))
    present = {str(path) for path, _, _ in found}
    plan.vanished = [
        origin for origin in meta.files
        if origin not in present and any(Path(origin).is_relative_to(root) for root in roots)
    ]
    holding = _origins_indexed(live) if live and meta.files else set()
    reread = {str(path) for path, _, digest in found
              if meta.files.get(str(path)) != digest or (str(path) not in holding and not meta.copies.get(str(path)))}
    while True:  # a re-read file can in turn hold the copies of another
        more = {str(path) for path, _, _ in found
                if str(path) not in reread and set(meta.copies.get(str(path), ())) & (reread | set(plan.vanished))}
        if not more:
            break
        reread |= more
    plan.changed = [entry for entry in found if str(entry[0]) in reread]
    plan.unchanged = len(found) - len(plan.changed)
    return plan


def _origins_indexed(generation: Path) -> set[str]:
    """The source files that have at least one live article in a generation."""
    with whoosh_index.open_dir(str(generation), indexname=ARTICLES).searcher() as searcher:
        return {
            origin.decode("utf-8") if isinstance(origin, bytes) else origin
            for origin in searcher.lexicon("origin")
            if any(True for _ in searcher.docs_for_query(wq.Term("origin", origin)))
        }


def index_articles(folder: Path, plan: Plan, progress: Callable[[int], None] | None = None) -> int:
    """Replace the articles of changed and vanished files; return how many were indexed."""
    count = 0
    with _writer(folder, ARTICLES, plan) as writer:
        for _, fields in _documents(plan, plan.reading, plan.copies):
            writer.update_document(**fields)
            count += 1
            if progress:
                progress(count)
    return count


def extracted_quotes(plan: Plan) -> Iterator[tuple[str, list[tuple[Quote, dict]]]]:
    """For each kept article of the changed files, in reading order: its file, and its quotes
    each with the fields the quotes index gets."""
    for document, fields in _documents(plan, ReadReport(), {}):
        origin = fields["origin"]
        yield origin, [(quote, quote_fields(quote, document, origin)) for quote in extract_quotes(document)]


def index_quotes(folder: Path, plan: Plan, extracted: Iterable[tuple[str, list[tuple[Quote, dict]]]]) -> int:
    """Index the quotes ``extracted`` (extracted_quotes) and the speaker registry; return how many quotes."""
    count = 0
    speakers: dict[str, SpeakerRegistry] = {str(path): SpeakerRegistry() for path, _, _ in plan.changed}
    with _writer(folder, QUOTES, plan) as writer:
        for origin, quotes in extracted:
            for quote, fields in quotes:
                writer.add_document(**fields)
                speakers[origin].add(quote)
                count += 1
    write_registries(folder, updated_registries(plan.live, plan.replaced, speakers))
    return count


@contextmanager
def _writer(folder: Path, indexname: str, plan: Plan):
    """A writer that has dropped what changed and vanished files held; commits on success, else cancels."""
    writer = whoosh_index.open_dir(str(folder), indexname=indexname).writer(limitmb=WRITER_MB)
    try:
        if plan.live:
            for origin in plan.replaced:
                writer.delete_by_term("origin", origin)
        yield writer
        writer.commit()
    except BaseException:
        writer.cancel()  # a failed commit too: it must not keep the index's write lock
        raise


def article_fields(document: Document, origin: str) -> dict:
    published, date_source = document_date(document.date, document.url)
    return {
        "id": document.id,
        "title": document.title,
        "lead": document.lead,
        "body": document.body,
        "tags": "، ".join(document.tags),
        "category": document.category,
        "source": document.source,
        "url": document.url,
        "date": published.isoformat() if published else "",
        "date_source": date_source,
        **_facets(document, published),
        "year_key": year_keys(published),
        "path": document.path,
        "position": document.position,
        "origin": origin,
    }


def quote_fields(quote: Quote, document: Document, origin: str) -> dict:
    published, _ = document_date(document.date, document.url)  # cached: the same for all its quotes
    return {
        "doc_id": quote.doc_id,
        "text": quote.text,
        "speaker": quote.speaker or "",
        "speaker_key": speaker_key(quote.speaker) if quote.speaker else "",
        "role": quote.role or "",
        "origin": origin,
        **_facets(document, published),
        # The text is stored once, in the article: where it is, and where its
        # region starts in the article's stored field (indexer.quote_search._quote).
        "quote": (quote.doc_id, quote.speaker or "", quote.role or "", quote.kind, quote.where, quote.start, quote.end,
                  quote.cue, quote.ref, quote.speaker_type, _region_offset(document, quote.where)),
    }


def _region_offset(document: Document, where: str) -> int:
    """Where a quote's region starts in its stored field: paragraph N in the body."""
    if not where.startswith("body:"):
        return 0
    return sum(len(paragraph) + len("\n\n") for paragraph in document.paragraphs[:int(where.split(":")[1])])


def _facets(document: Document, published) -> dict:
    return {
        "category_key": category_keys(document.category),
        "source_key": facet_key(document.source),
        "day": day_number(published),
    }


def _documents(plan: Plan, reading: ReadReport, copies: dict[str, set[str]]):
    """(document, its article fields) for every article in the changed files that is kept.

    Both jobs read the same files in the same (sorted) order and decide the
    same way; see the module doc for duplicates. ``copies`` gets, for each
    file, the files that hold the kept copy of its identical duplicates.
    """
    kept: dict[str, tuple[str, int]] = {}  # id -> (file, hash of the content) of the copy kept
    with _IndexedArticles(plan) as indexed:
        for path, relative, _ in plan.changed:
            for document in read_file(path, relative, reading):
                fields = article_fields(document, str(path))
                first = kept.get(document.id) or indexed.get(document.id)
                if first is None:
                    kept[document.id] = (str(path), _content(fields))
                    yield document, fields
                elif first[1] == _content(fields):
                    copies.setdefault(str(path), set()).add(first[0])
                    reading.add(path, f"article id «{document.id}» is the same article as in {first[0]}; kept once",
                                action="repaired")
                else:
                    reading.add(path, f"article id «{document.id}» is also in {first[0]}, with different content; "
                                      "kept that one; give one of them another id, or remove one")


class _IndexedArticles:
    """Articles the update keeps from files it does not read again, by id."""

    def __init__(self, plan: Plan):
        self.replaced = plan.replaced
        self.searcher = whoosh_index.open_dir(str(plan.live), indexname=ARTICLES).searcher() if plan.live else None

    def __enter__(self):
        return self

    def __exit__(self, *_):
        if self.searcher:
            self.searcher.close()

    def get(self, doc_id: str) -> tuple[str, int] | None:
        stored = self.searcher.document(id=doc_id) if self.searcher else None
        if stored is None or stored["origin"] in self.replaced:
            return None
        return stored["origin"], _content(stored)


def _content(fields: dict) -> int:
    """What makes two copies of an article the same article, hashed (the run keeps one per id)."""
    return hash(tuple(fields.get(name, "") for name in CONTENT_FIELDS))


class _InlineJob:
    """The quotes job run in this process, when forking is not possible or not worth it."""

    def __init__(self, index_dir: Path, plan: Plan):
        self.index_dir, self.plan = index_dir, plan

    def result(self) -> int:
        return index_quotes(self.index_dir, self.plan, extracted_quotes(self.plan))

    def stop(self) -> None:
        pass


class _ForkedJob:
    """The quotes job in two forked processes, one extracting the quotes and one indexing them.

    With the articles indexed here, three jobs of about the same size share
    the two cores: one quote worker doing both took half again as long as the
    articles, and the build waited for it.
    """

    def __init__(self, index_dir: Path, plan: Plan):
        context = multiprocessing.get_context("fork")
        quotes_in, quotes_out = context.Pipe(duplex=False)
        parent = os.getpid()
        self.extractor = context.Process(target=_extractor, args=(plan, quotes_in, quotes_out, parent), daemon=True)
        self.extractor.start()
        self.receiver, sender = context.Pipe(duplex=False)
        self.process = context.Process(target=_quotes_worker, args=(index_dir, plan, quotes_in, quotes_out, sender, parent),
                                       daemon=True)
        self.process.start()
        for end in (quotes_in, quotes_out, sender):  # the workers' ends: a worker's death must reach the other
            end.close()

    def result(self) -> int:
        try:
            outcome, value = self.receiver.recv()
        except EOFError:
            outcome, value = "error", f"the quote worker (pid {self.process.pid}) was stopped from outside"
        self.process.join()
        self.extractor.join()
        if outcome == "oserror":
            raise OSError(*value)
        if outcome == "error":
            raise GoftarError(f"indexing quotes failed: {value}; nothing was changed, the index is as the last "
                              "completed run left it; run goftar index again")
        return value

    def stop(self) -> None:
        for process in (self.process, self.extractor):
            process.terminate()
            process.join()


def _extractor(plan: Plan, quotes_in, quotes_out, parent: int) -> None:
    """Send the quote worker each article's quotes (extracted_quotes), then "done"; or the error."""
    quotes_in.close()
    crash_point("quote-extractor")
    try:
        for article in extracted_quotes(plan):
            if os.getppid() != parent:
                return  # the build was killed: the worker sees the pipe close and gives up
            quotes_out.send(("article", article))
        quotes_out.send(("done", None))
    except BaseException as error:  # the worker reports it; if it is gone too, the build says so
        with suppress(OSError):
            quotes_out.send(("error", f"{error}\n{traceback.format_exc()}"))


def _received(quotes_in, parent: int) -> Iterator[tuple[str, list[tuple[Quote, dict]]]]:
    """The articles the extractor sends, until "done"; raises if it failed or stopped, or the build was killed."""
    while True:
        try:
            kind, value = quotes_in.recv()
        except EOFError:
            raise GoftarError("the quote extractor was stopped from outside") from None
        if os.getppid() != parent:
            raise SystemExit("parent gone")
        if kind == "done":
            return
        if kind == "error":
            raise GoftarError(f"extracting quotes failed: {value}")
        yield value


def _quotes_worker(index_dir: Path, plan: Plan, quotes_in, quotes_out, sender, parent: int) -> None:
    quotes_out.close()
    crash_point("quote-worker")
    try:
        sender.send(("ok", index_quotes(index_dir, plan, _received(quotes_in, parent))))
    except OSError as error:  # a full disk: the parent says so as for its own writes
        sender.send(("oserror", (error.errno, error.strerror)))
    except GoftarError as error:  # the extractor failed or stopped: already said in words
        sender.send(("error", str(error)))
    except BaseException as error:  # report to the parent rather than die silently
        sender.send(("error", f"{error}\n{traceback.format_exc()}"))


def _start(index_dir: Path, plan: Plan, parallel: bool):
    worth_forking = parallel and len(plan.changed) > 1 and "fork" in multiprocessing.get_all_start_methods()
    return _ForkedJob(index_dir, plan) if worth_forking else _InlineJob(index_dir, plan)


def _absolute(path: Path) -> Path:
    """The path made absolute, links resolved where possible (a link loop stays as given)."""
    try:
        return path.resolve()
    except (OSError, RuntimeError):
        return path.absolute()


def _make_dir(index_dir: Path) -> None:
    try:
        index_dir.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise GoftarError(f"cannot create the index folder {index_dir}: {error.strerror}; choose another --index") from error


def _create(folder: Path) -> None:
    whoosh_index.create_in(str(folder), article_schema(), indexname=ARTICLES)
    whoosh_index.create_in(str(folder), quote_schema(), indexname=QUOTES)


def _link_indexes(live: Path, target: Path) -> None:
    """Start ``target`` as the live generation's index files: hard links (a copy where
    the file system has none). Whoosh writes new files and never changes old ones,
    so writing in ``target`` leaves the live generation as it is."""
    for entry in os.scandir(live):
        if INDEX_FILE.match(entry.name) and not entry.name.endswith("_WRITELOCK") and entry.is_file():
            try:
                os.link(entry.path, target / entry.name)
            except OSError:
                shutil.copy2(entry.path, target / entry.name)


def _writing(index_dir: Path, step: Callable, *args):
    """Run a step that writes the index; a full disk or a read-only folder becomes one message."""
    try:
        return step(*args)
    except OSError as error:
        raise GoftarError(
            f"cannot write the index in {index_dir}: {error.strerror or error}; free some space or choose "
            "another --index (the index is as the last completed run left it)"
        ) from error


def _check_strictly(plan: Plan) -> None:
    """Read every changed file first, so a skipped input stops the run before any write."""
    for _ in _documents(plan, plan.reading, plan.copies):
        pass
    if plan.reading.skipped:
        listed = "\n".join(f"  {problem}" for problem in plan.reading.skipped)
        raise InputSkipped(f"--strict: {len(plan.reading.skipped)} inputs would be skipped; nothing was written:\n{listed}")
    plan.reading, plan.copies = ReadReport(), {}

