"""Build and update the index from files of articles.

The index directory is the only state. Beside the two Whoosh indexes
(articles, quotes) it keeps ``goftar.json``: the schema version and, for every
source file, the hash of its content. An update therefore re-analyses only
files whose content changed and drops the articles of files that vanished.

Both cores work: articles are indexed in this process while a forked worker
extracts and indexes the quotes. Each Whoosh index commits atomically, and
goftar.json is written last, so a run killed at any point leaves the last
committed index readable, and the next run redoes whatever was not recorded.
"""

from __future__ import annotations

import hashlib
import multiprocessing
import os
import time
import traceback
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

from whoosh import index as whoosh_index

from corpus.dates import document_date
from corpus.document import Document, Quote
from corpus.quotes import extract_quotes
from corpus.readers import Problem, ReadReport, find_files, read_bytes, read_file
from corpus.speakers import SpeakerRegistry, speaker_key
from indexer.facets import category_keys, day_number, facet_key, year_keys
from indexer.registry import updated_registries, write_registries
from indexer.schema import ARTICLES, QUOTES, article_schema, quote_schema
from indexer.store import GoftarError, IndexMeta, InputSkipped, index_lock, read_meta, write_meta

# Memory each of the two writers may pool before spilling to disk: two of
# them run at once, and a 100k-article build must stay under 1 GB.
WRITER_MB = 128


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
    rebuild: bool = False
    reading: ReadReport = field(default_factory=ReadReport)


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
        meta = None if rebuild else read_meta(index_dir)
        if meta is None:
            meta = IndexMeta()
            _create(index_dir)
        plan = plan_update(roots, meta)
        plan.rebuild = rebuild or not read_meta(index_dir)
        if strict:
            _check_strictly(plan)
        report = BuildReport(str(index_dir), files_seen=len(plan.changed) + plan.unchanged,
                             files_unchanged=plan.unchanged, files_removed=len(plan.vanished))
        quotes_job = _start(index_dir, plan, parallel)
        try:
            report.documents_indexed = index_articles(index_dir, plan, progress)
            report.quotes_indexed = quotes_job.result()
        except OSError as error:  # disk full, read-only folder: the last commit is untouched
            quotes_job.stop()
            raise GoftarError(
                f"cannot write the index in {index_dir}: {error.strerror or error}; "
                "free some space or choose another --index (the index is as the last completed run left it)"
            ) from error
        except BaseException:
            quotes_job.stop()
            raise
        retry = {problem.path for problem in plan.reading.skipped}  # so the next run reports them again
        for path, _, digest in plan.changed:
            if str(path) not in retry:
                meta.files[str(path)] = digest
        for origin in plan.vanished:
            meta.files.pop(origin, None)
        meta.built_at = time.strftime("%Y-%m-%dT%H:%M:%S%z")
        meta.roots = sorted(set(meta.roots) | {str(root) for root in roots})
        write_meta(index_dir, meta)
    report.problems = plan.reading.problems
    report.seconds = time.perf_counter() - started
    return report


def plan_update(roots: list[Path], meta: IndexMeta) -> Plan:
    """Hash every file under the roots and compare with what the index recorded."""
    plan = Plan()
    found = set()
    for path, relative in find_files(roots, plan.reading):
        found.add(str(path))
        raw = read_bytes(path, plan.reading)
        if raw is None:
            continue
        digest = hashlib.sha1(raw).hexdigest()
        if meta.files.get(str(path)) == digest:
            plan.unchanged += 1
        else:
            plan.changed.append((path, relative, digest))
    plan.vanished = [
        origin for origin in meta.files
        if origin not in found and any(Path(origin).is_relative_to(root) for root in roots)
    ]
    return plan


def index_articles(index_dir: Path, plan: Plan, progress: Callable[[int], None] | None = None) -> int:
    """Replace the articles of changed and vanished files; return how many were indexed."""
    count = 0
    with _writer(index_dir, ARTICLES, plan) as writer:
        for document, origin in _documents(plan, plan.reading):
            writer.update_document(**article_fields(document, origin))
            count += 1
            if progress:
                progress(count)
    return count


def index_quotes(index_dir: Path, plan: Plan, parent_alive: Callable[[], bool] = lambda: True) -> int:
    """Extract and index the quotes of changed files; return how many.

    In the forked worker ``parent_alive`` turns false if the parent was
    killed; the worker then gives up uncommitted instead of holding the lock.
    """
    count = 0
    speakers: dict[str, SpeakerRegistry] = {str(path): SpeakerRegistry() for path, _, _ in plan.changed}
    with _writer(index_dir, QUOTES, plan) as writer:
        for document, origin in _documents(plan, ReadReport()):
            if not parent_alive():
                raise SystemExit("parent gone")
            writer.delete_by_term("doc_id", document.id)
            for quote in extract_quotes(document):
                writer.add_document(**quote_fields(quote, document, origin))
                speakers[origin].add(quote)
                count += 1
    replaced = set(speakers) | set(plan.vanished)
    write_registries(index_dir, updated_registries(None if plan.rebuild else index_dir, replaced, speakers))
    return count


@contextmanager
def _writer(index_dir: Path, indexname: str, plan: Plan):
    """A writer that has dropped the vanished files; commits on success, else cancels."""
    writer = whoosh_index.open_dir(str(index_dir), indexname=indexname).writer(limitmb=WRITER_MB)
    try:
        for origin in plan.vanished:
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
        "kind": quote.kind,
        "origin": origin,
        **_facets(document, published),
        # The text is stored once, in the article: where it is, and where its
        # region starts in the article's stored field (indexer.quote_search._quote).
        "details": (quote.where, quote.start, quote.end, quote.cue, quote.ref, _region_offset(document, quote.where)),
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


def _documents(plan: Plan, reading: ReadReport):
    """(document, origin) for every article in the changed files.

    Of two articles with the same id in one run the first read is kept (files
    are read in sorted order, so both jobs agree); a later run replaces it.
    """
    seen: dict[str, str] = {}
    for path, relative, _ in plan.changed:
        for document in read_file(path, relative, reading):
            if document.id in seen:
                reading.add(path, f"article id «{document.id}» was already read from {seen[document.id]}; kept that one")
                continue
            seen[document.id] = str(path)
            yield document, str(path)


class _InlineJob:
    """The quotes job run in this process, when forking is not possible or not worth it."""

    def __init__(self, index_dir: Path, plan: Plan):
        self.index_dir, self.plan = index_dir, plan

    def result(self) -> int:
        return index_quotes(self.index_dir, self.plan)

    def stop(self) -> None:
        pass


class _ForkedJob:
    """The quotes job in a forked process, so it runs beside the article indexing."""

    def __init__(self, index_dir: Path, plan: Plan):
        context = multiprocessing.get_context("fork")
        self.receiver, sender = context.Pipe(duplex=False)
        self.process = context.Process(target=_quotes_worker, args=(index_dir, plan, sender, os.getpid()), daemon=True)
        self.process.start()
        sender.close()

    def result(self) -> int:
        try:
            outcome, value = self.receiver.recv()
        except EOFError:
            outcome, value = "error", "the quote worker stopped unexpectedly"
        self.process.join()
        if outcome == "error":
            raise GoftarError(f"indexing quotes failed: {value}")
        return value

    def stop(self) -> None:
        self.process.terminate()
        self.process.join()


def _quotes_worker(index_dir: Path, plan: Plan, sender, parent: int) -> None:
    try:
        sender.send(("ok", index_quotes(index_dir, plan, parent_alive=lambda: os.getppid() == parent)))
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


def _create(index_dir: Path) -> None:
    try:
        whoosh_index.create_in(str(index_dir), article_schema(), indexname=ARTICLES)
        whoosh_index.create_in(str(index_dir), quote_schema(), indexname=QUOTES)
    except OSError as error:
        raise GoftarError(f"cannot write the index in {index_dir}: {error.strerror}; choose another --index") from error


def _check_strictly(plan: Plan) -> None:
    """Read every changed file first, so a skipped input stops the run before any write."""
    for _ in _documents(plan, plan.reading):
        pass
    if plan.reading.skipped:
        listed = "\n".join(f"  {problem}" for problem in plan.reading.skipped)
        raise InputSkipped(f"--strict: {len(plan.reading.skipped)} inputs would be skipped; nothing was written:\n{listed}")
    plan.reading = ReadReport()

