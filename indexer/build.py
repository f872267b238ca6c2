"""Build and update the index from files of articles.

The index folder is the only state (layout in indexer.store). Each live
generation holds the Whoosh index of articles (with their quotes, indexer.schema),
the speaker registry (indexer.registry) and ``goftar.json``:
the schema version and, for every source file, the hash of its content. An
update therefore re-analyses only files whose content changed and drops the
articles of files that vanished.

Every run that changes something writes a new generation beside the live one:
a rebuild starts it empty, an update starts it as hard links to the live
generation's files (Whoosh never rewrites a file, so this costs milliseconds).
The articles index, the speaker registry and then the record of files are
written there, and only then does one atomic replace of ``CURRENT`` make it
live. A run killed at any point therefore leaves the previous generation
whole and searchable, its record describing exactly what it holds.

The articles are committed in chunks (build_tuning.CHUNK_ARTICLES), each
with a checkpoint (store.Checkpoint) of what the new generation then holds:
the files read so far with their hashes and counts, their speakers and the
faults of their quotes. An interrupted run leaves that generation; the next
run asked the same over the same live generation goes on writing it
(_resume): the articles of the files it reads as they were then, from the
first, are not prepared again, only noted (their faults and dates) as the
run passes them, so duplicates are decided as in one run. What it wrote of
a file changed since, and of the files after it, is removed and written
again. Chunks end at fixed counts of the run's articles, so a run cut and
resumed writes the same segments as one run in one go. Any other unfinished
generation is removed, and the run says why.

Both cores work: forked workers read the articles too, each extracts the
quotes of its share of them and analyses their text (_ForkedJob, Prepared),
while this process indexes each article with its quotes.

Duplicate ids (the same article id in two places): the copy read first, in
sorted path order, or the one already indexed from an unchanged file, is
kept. A copy identical to it is kept once, which is no problem, and its file
is re-read whenever the file holding the kept copy changes. A copy that
differs is skipped and named, with both copies' places (article #N of their
files: both may be in one file), and its file is not recorded, so it is named
again on every run until one of the two is fixed.
"""

from __future__ import annotations

import hashlib
import multiprocessing
import os
import pickle
import shutil
import signal
import time
import traceback
import zlib
from array import array
from bisect import bisect_left
from contextlib import suppress
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import Callable, Iterable, Iterator

from whoosh import index as whoosh_index
from whoosh import query as wq
from whoosh.util.numeric import length_to_byte

from corpus.dates import document_date
from corpus.document import Document, Quote
from corpus.quotes import quotes_or_fault
from corpus.readers import (
    FAULTY_QUOTES, UNDATED, UNREADABLE_DATES, UNREADABLE_DATES_NAMED, WITHOUT_QUOTES, Problem, ReadReport, find_files,
    is_stdin, read_bytes, read_file,
)
from corpus.speakers import SpeakerRegistry
from indexer import build_tuning
from indexer.analysis import Analysed, analysed, analysed_texts, texts_positions, written_apart
from indexer.facets import category_keys, day_number, source_category, source_key, year_keys
from indexer.registry import updated_registries, write_registries
from indexer.quote_view import quote_spans
from indexer.schema import (
    ANALYSED_FIELDS, ARTICLE_SEARCH_FIELDS, ARTICLES, QUOTE_REGIONS, QUOTE_TEXT, QUOTE_WORDS, WRITTEN_APART, apart_key,
    article_schema, persian_positions,
)
from indexer.errors import GoftarError, IndexOutdated, InputSkipped, QueryError, RootsMissing, quoted
from indexer.store import (
    INDEX_FILE, Checkpoint, IndexMeta, check_folder, drop_checkpoints, index_lock, live_generation, make_live,
    new_generation, read_checkpoint, read_meta, read_record, remove_stale, unfinished_generation, write_checkpoint,
    write_record,
)

# Test hook, read in one place (crash_point): "STAGE" or "STAGE:SIGINT" makes
# the process that reaches STAGE send itself that signal (default SIGKILL).
CRASH_AT = "GOFTAR_TEST_CRASH_AT"
# What a run says of a root it cannot reach, and of the roots a --rebuild leaves out (_dropped_by_rebuild).
KEPT_UNREACHABLE = ("the index keeps the {files} files it holds from here; to drop them, rebuild with only "
                    "the paths to keep: goftar index --rebuild PATH ...")
DROPPED_BY_REBUILD = "not among the paths given to --rebuild: its {files} files are no longer in the index; give it too to keep them"
# What a run says when it adds a folder to an index that holds other folders' articles (_joined_note): said
# once, by the run that adds it, since a user who meant a new index otherwise sees only the larger count.
JOINED_OTHERS = ("the index now holds {articles} articles from other folders too ({roots}); to replace them with "
                 "only the paths given: goftar index --rebuild {paths} --index {index}")
REBUILD_FROM_MISSING = ("{root} does not exist, and the index holds {files} files from it: a rebuild would drop "
                        "them; check the path, or leave it out to drop them")
# Why goftar index takes no standard input, when every other command that reads a file does.
STDIN_REFUSED = ("goftar index reads files, not standard input (-): it records each file to re-read only what changed; "
                 "save the articles to a .txt, .json or .jsonl file and index that")
# The stages of a run that writes, in order ("quote-extractor": that process's start).
STAGES = ("started", "articles-committed", "registry-written", "record-written", "switched")
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
    resumed: int = 0  # of documents_indexed, those an interrupted run had written: not indexed again
    problems: list[Problem] = field(default_factory=list)
    seconds: float = 0.0  # indexing, from when the run held the index
    waited: float = 0.0  # for another run to let go of the index (--wait) first

    @property
    def skipped(self) -> list[Problem]:
        return [p for p in self.problems if p.action == "skipped"]


@dataclass
class Progress:
    """How far a run is, as ``build_index`` tells its ``progress`` callback after each article."""

    articles: int  # indexed so far
    files_read: int  # of the files to read, those begun
    files: int  # to read: new and changed
    resumed: int = 0  # of the articles, those an interrupted run had written: not indexed again


@dataclass
class Plan:
    """The work an update needs: changed files to (re)index, vanished ones to drop."""

    changed: list[tuple[Path, str, str]] = field(default_factory=list)  # (file, relative path, sha1)
    vanished: list[str] = field(default_factory=list)
    unchanged: int = 0
    reading: ReadReport = field(default_factory=ReadReport)
    live: Path | None = None  # the generation the update starts from; None for a rebuild
    copies: dict[str, set[str]] = field(default_factory=dict)  # file -> files holding its kept-once duplicates
    run: dict = field(default_factory=dict)  # what the run was asked and starts from, as its checkpoints record it (_run)
    resumed: Checkpoint | None = None  # what an interrupted run of this plan wrote that still stands (_resume)
    stale: list[str] = field(default_factory=list)  # files that run wrote articles of that changed or went since

    @property
    def replaced(self) -> set[str]:
        """Files whose indexed articles this run removes or replaces."""
        return {str(path) for path, _, _ in self.changed} | set(self.vanished)

    @property
    def written(self) -> int:
        """Articles an interrupted run of this plan wrote that this run does not write again."""
        return sum(articles for _, _, articles, _ in self.resumed.files) if self.resumed else 0

    @property
    def removed(self) -> set[str]:
        """Files whose articles the first chunk removes from the new generation: in an update, those it
        replaces but not what an interrupted run already wrote of them anew; and what it wrote of stale files."""
        resumed = {origin for origin, *_ in self.resumed.files} if self.resumed else set()
        return (self.replaced - resumed if self.live else set()) | set(self.stale)


@dataclass
class Unfinished:
    """An interrupted run's generation, as ``build_index`` tells ``on_unfinished`` it found it: resumed, with
    ``written`` articles it does not write again and ``to_go`` left, or removed and ``why``."""

    written: int = 0
    to_go: int = 0
    why: str = ""  # set when it was removed: the run starts afresh


def build_index(
    paths: Iterable[str | Path],
    index_dir: str | Path,
    rebuild: bool = False,
    progress: Callable[[Progress], None] | None = None,
    strict: bool = False,
    wait: float = 0,
    parallel: bool = True,
    on_wait: Callable[[], None] | None = None,
    on_unfinished: Callable[[Unfinished], None] | None = None,
) -> BuildReport:
    """Index every article under ``paths`` into ``index_dir``; see the module doc.

    ``progress`` is called after each article indexed, with how far the run is (Progress);
    ``strict`` refuses to write anything if any input would be skipped;
    ``wait`` is how long to wait for another run holding the index
    (``on_wait`` is called once if it has to); ``on_unfinished`` is told
    what became of an interrupted run's generation, if one was found (Unfinished).
    """
    index_dir = Path(index_dir)
    paths = list(paths)
    if any(map(is_stdin, paths)):
        raise QueryError(STDIN_REFUSED)
    roots = [_absolute(Path(p)) for p in paths]
    _refuse_missing_roots(roots, index_dir)
    _make_dir(index_dir)
    asked = time.perf_counter()
    with index_lock(index_dir, wait, on_wait):
        started = time.perf_counter()
        unfinished = unfinished_generation(index_dir)
        remove_stale(index_dir, keep=unfinished)  # what killed runs left behind, but work to resume
        live = None if rebuild else live_generation(index_dir)
        meta = (read_record(live) if live else None) or IndexMeta()
        plan = plan_update(roots, meta, live)
        plan.run = _run(roots, rebuild, live)
        _note_others(plan, roots, meta, index_dir)
        dropped = _dropped_by_rebuild(index_dir, roots) if rebuild else {}
        for root, held in dropped.items():
            plan.reading.add(root, DROPPED_BY_REBUILD.format(files=held), action="dropped")
        if strict:
            _check_strictly(plan)
        report = BuildReport(str(index_dir), files_seen=len(plan.changed) + plan.unchanged,
                             files_unchanged=plan.unchanged, files_removed=len(plan.vanished) + sum(dropped.values()),
                             waited=started - asked)
        roots_now = sorted(set(meta.roots) | {str(root) for root in roots if root.exists()})
        if live and not plan.changed and not plan.vanished and roots_now == meta.roots:
            if unfinished:
                _discard(unfinished, "the live index holds every file as it is now", on_unfinished)
            report.problems, report.seconds = plan.reading.problems, time.perf_counter() - started
            return report  # nothing to write
        target = _resume(unfinished, plan, on_unfinished) or new_generation(index_dir)
        report.resumed = plan.written
        _writing(index_dir, _write_generation, index_dir, target, plan, meta, roots_now, report, progress, parallel)
        remove_stale(index_dir)  # the generation just replaced
    report.problems = plan.reading.problems
    report.seconds = time.perf_counter() - started
    return report


def _write_generation(index_dir: Path, target: Path, plan: Plan, meta: IndexMeta, roots: list[str],
                      report: BuildReport, progress: Callable[[Progress], None] | None, parallel: bool) -> None:
    """Write the next generation into ``target`` (new, or the one an interrupted run left: Plan.resumed)
    and make it live; on a failure remove it, leaving the live one, unless it is kept to resume."""
    try:
        if plan.resumed is None:
            if plan.live:
                _link_indexes(plan.live, target)
            else:
                _create(target)
        crash_point("started")
        job = _start(plan, parallel)
        try:
            report.documents_indexed, report.quotes_indexed, speakers = index_articles(
                target, plan, job.articles(), progress)
        finally:
            job.stop()
        crash_point("articles-committed")
        write_registries(target, updated_registries(plan.live, plan.replaced, speakers))
        crash_point("registry-written")
        write_record(target, _record(meta, plan, roots))
        crash_point("record-written")
        make_live(index_dir, target)
        drop_checkpoints(target)
        crash_point("switched")
    except BaseException as error:
        if not _is_live(index_dir, target) and not _kept_to_resume(index_dir, target, error):
            shutil.rmtree(target, ignore_errors=True)
        raise


def _kept_to_resume(index_dir: Path, target: Path, error: BaseException) -> bool:
    """Is a failed run's generation kept for the next run to resume? When the user interrupted it (Ctrl-C)
    after a chunk was committed. A failure is no interruption: a full disk wants its space back."""
    try:
        return isinstance(error, KeyboardInterrupt) and unfinished_generation(index_dir) == target
    except GoftarError:  # CURRENT cannot be read: _is_live keeps the generation
        return False


def _run(roots: list[Path], rebuild: bool, live: Path | None) -> dict:
    """What a run was asked and starts from, as its checkpoints record it: only a run asked the same
    over the same live generation goes on with what another one wrote (_resume)."""
    return {"roots": [str(root) for root in roots], "rebuild": rebuild, "base": live.name if live else None}


def _resume(unfinished: Path | None, plan: Plan, on_unfinished: Callable[[Unfinished], None] | None) -> Path | None:
    """The generation an interrupted run of this plan left, to go on writing, with ``plan`` told what
    of it still stands (Plan.resumed, Plan.stale); or None, having removed it, if any, and said why."""
    if unfinished is None:
        return None
    try:
        checkpoint = _checkpoint(unfinished)
    except GoftarError as error:
        why = str(error)
    else:
        why = _other_run(checkpoint.run, plan.run)
    if why:
        _discard(unfinished, why, on_unfinished)
        return None
    standing = _files_standing(checkpoint.files, plan.changed)
    kept = {origin for origin, *_ in checkpoint.files[:standing]}
    plan.resumed = Checkpoint(checkpoint.run, checkpoint.files[:standing],
                              {origin: rows for origin, rows in checkpoint.speakers.items() if origin in kept},
                              checkpoint.faults)
    plan.stale = [origin for origin, *_ in checkpoint.files[standing:]]
    if on_unfinished:
        total = sum(1 for _ in _documents(plan, ReadReport(), {}))
        on_unfinished(Unfinished(plan.written, total - plan.written))
    return unfinished


def _checkpoint(generation: Path) -> Checkpoint:
    """The checkpoint of an unfinished generation's last commit; GoftarError says why there is none to use."""
    try:
        commit = whoosh_index.open_dir(str(generation), indexname=ARTICLES).latest_generation()
    except Exception as error:  # a damaged table of contents fails in any of pickle's ways
        raise GoftarError(f"its index cannot be opened ({error})") from error
    return read_checkpoint(generation, commit)


def _other_run(begun: dict, now: dict) -> str:
    """How the run that began an unfinished generation differs from this one, or "" when it does not."""
    if begun.get("roots") != now["roots"]:
        return f"it was begun for other paths: {' '.join(begun.get('roots') or [])}"
    if begun.get("rebuild") != now["rebuild"]:
        return f"it was begun {'with' if begun.get('rebuild') else 'without'} --rebuild"
    if begun.get("base") != now["base"]:
        return "the live index has changed since it was begun"
    return ""


def _files_standing(files: list[list], changed: list[tuple[Path, str, str]]) -> int:
    """How many of an interrupted run's files (in reading order) this run reads as they were then, from
    the first: their articles stand. A file changed, gone or newly come before one ends what stands,
    as the articles after it may be other ones (another copy of a duplicate kept) and are written again."""
    for n, ((origin, digest, *_), (path, _, now)) in enumerate(zip(files, changed)):
        if origin != str(path) or digest != now:
            return n
    return min(len(files), len(changed))


def _discard(unfinished: Path, why: str, on_unfinished: Callable[[Unfinished], None] | None) -> None:
    """Remove an interrupted run's generation this run cannot go on with, and say why."""
    shutil.rmtree(unfinished, ignore_errors=True)
    if on_unfinished:
        on_unfinished(Unfinished(why=why))


def _is_live(index_dir: Path, generation: Path) -> bool:
    """Does CURRENT name ``generation``? Asked of the disk, not of a flag the run sets after the
    switch: Ctrl-C may land between the two, and the generation is live all the same. When CURRENT
    cannot be read, it is taken as live: a leftover folder is cleared by the next run, a live one
    removed is the index lost."""
    try:
        return live_generation(index_dir) == generation
    except GoftarError:
        return True


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


def _dropped_by_rebuild(index_dir: Path, roots: list[Path]) -> dict[str, int]:
    """The roots the live index was built from that a --rebuild of ``roots`` leaves out, with how many
    files it holds from each: said, never dropped in silence. A root given but missing that the index
    holds files from stops the rebuild before it writes: a mistyped path must not empty an index."""
    live = live_generation(index_dir)
    try:
        before = (read_record(live) if live else None) or IndexMeta()
    except IndexOutdated:  # another goftar's record: the rebuild it asks for replaces what it cannot read
        return {}
    for root in roots:
        if not root.exists() and (held := _files_under(root, before)):
            raise GoftarError(REBUILD_FROM_MISSING.format(root=quoted(str(root), whole=True), files=held))
    left_out = [root for root in before.roots if not any(Path(root).is_relative_to(given) for given in roots)]
    return {root: held for root in left_out if (held := _files_under(root, before))}


def _note_others(plan: Plan, roots: list[Path], meta: IndexMeta, index_dir: Path) -> None:
    """Note how many articles the index holds from other folders when this update adds a folder to it (JOINED_OTHERS):
    indexing a second folder merges the two, which a user who meant a new index should hear of, once."""
    others = [root for root in meta.roots if not any(Path(root).is_relative_to(given) for given in roots)]
    adding = [root for root in roots if root.exists() and not any(root.is_relative_to(old) for old in meta.roots)]
    if plan.live and others and adding:
        articles = _articles_under(plan.live, others)
        if articles:
            rebuild = " ".join(quoted(str(root), whole=True) for root in roots)
            plan.reading.add(adding[0], JOINED_OTHERS.format(articles=articles, roots=", ".join(others), paths=rebuild,
                                                             index=quoted(str(index_dir), whole=True)), action="kept")


def _articles_under(generation: Path, roots: list[str]) -> int:
    """How many live articles of a generation come from files under ``roots``."""
    with whoosh_index.open_dir(str(generation), indexname=ARTICLES).searcher() as searcher:
        return sum(1 for origin in searcher.lexicon("origin")
                   if any(Path(_text(origin)).is_relative_to(root) for root in roots)
                   for _ in searcher.docs_for_query(wq.Term("origin", origin)))


def _refuse_missing_roots(roots: list[Path], index_dir: Path) -> None:
    """Raise RootsMissing when every root is missing and the index holds nothing from them: a mistyped
    path must not leave an empty index behind (nor a new run over an old one). A missing root the index
    holds files from is an unmounted drive: the run goes on and keeps them (plan_update)."""
    if not roots or any(root.exists() for root in roots):
        return
    try:
        meta = (read_meta(index_dir) if index_dir.is_dir() else None) or IndexMeta()
    except IndexOutdated:  # another goftar's record: it holds nothing this run could keep
        meta = IndexMeta()
    if not any(_files_under(root, meta) for root in roots):
        raise RootsMissing(roots)


def _files_under(root: Path | str, meta: IndexMeta) -> int:
    """How many of the files the index recorded lie under ``root``."""
    return sum(Path(origin).is_relative_to(root) for origin in meta.files)


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
    reachable = [root for root in roots if root.exists()]  # an unmounted or mistyped root lost nothing
    plan.vanished = [
        origin for origin in meta.files
        if origin not in present and any(Path(origin).is_relative_to(root) for root in reachable)
    ]
    for root in set(roots) - set(reachable):
        if held := _files_under(root, meta):
            plan.reading.add(root, KEPT_UNREACHABLE.format(files=held), action="kept")
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
            _text(origin) for origin in searcher.lexicon("origin")
            if any(True for _ in searcher.docs_for_query(wq.Term("origin", origin)))
        }


def _text(term: bytes | str) -> str:
    """A term of the lexicon as text."""
    return term.decode("utf-8") if isinstance(term, bytes) else term


def index_articles(folder: Path, plan: Plan, prepared: Iterator[Prepared],
                   progress: Callable[[Progress], None] | None = None) -> tuple[int, int, dict[str, SpeakerRegistry]]:
    """Replace the articles of changed and vanished files, each as ``prepared`` (prepared_articles, in the
    same order) after those an interrupted run wrote (Plan.resumed), in chunks (build_tuning.CHUNK_ARTICLES)
    each committed with its checkpoint; return how many articles and quotes the run's generation holds of
    the changed files, and each changed file's speakers."""
    account = _Account(plan)
    begun: set[str] = set()
    undated: list[tuple[str, str, str]] = []  # (file, id, date field) of each article whose date could not be read
    documents = _documents(plan, plan.reading, plan.copies)
    for document, fields in islice(documents, plan.written):  # written by the interrupted run: noted again only
        _note(plan.reading, document, fields, account.faults.get(document.id), undated)
        begun.add(fields["origin"])
    writer = _writer(folder, plan.removed)
    try:
        for (document, fields), article in zip(documents, prepared, strict=True):
            if article.doc_id != document.id:
                raise GoftarError(f"the analysis process is at article «{article.doc_id}», the build at «{document.id}»")
            # a rebuild holds each id once (_documents): no article to replace, so no search for one per article
            (writer.update_document if plan.live else writer.add_document)(**indexed_fields(document, fields, article))
            _note(plan.reading, document, fields, article.fault, undated)
            account.add(fields["origin"], article)
            if account.articles % build_tuning.CHUNK_ARTICLES == 0:
                _commit(writer, folder, account, merge=False)  # the final commit merges as a run in one go does
                writer = _writer(folder)
            if progress:
                begun.add(fields["origin"])
                progress(Progress(account.articles, len(begun), len(plan.changed), plan.written))
        _commit(writer, folder, account)
    except BaseException:
        if not writer.is_closed:
            writer.cancel()  # a failed commit too: it must not keep the index's write lock
        raise
    if undated:
        note_undated(plan.reading, undated)
    return account.articles, account.quotes, account.speakers


def _note(reading: ReadReport, document: Document, fields: dict, fault: str | None,
          undated: list[tuple[str, str, str]]) -> None:
    """Note what is said of an article once written: quotes that could not be extracted (``fault``), and
    (in ``undated``) a date field that could not be read."""
    if fault:
        reading.add(fields["origin"], FAULTY_QUOTES.format(id=document.id, fault=fault), action=WITHOUT_QUOTES)
    if document.date and fields["date_source"] != "field":
        undated.append((fields["origin"], document.id, document.date))


class _Account:
    """What the run's generation holds of the changed files, file by file, as a checkpoint records it:
    what an interrupted run wrote (Plan.resumed), then each article as it is written."""

    def __init__(self, plan: Plan):
        resumed = plan.resumed or Checkpoint()
        self.plan = plan
        self.position = {str(path): n for n, (path, _, _) in enumerate(plan.changed)}
        self.counts = {origin: [articles, quotes] for origin, _, articles, quotes in resumed.files}
        self.read = len(resumed.files)  # of the changed files, those begun
        self.speakers = {str(path): SpeakerRegistry.from_rows(resumed.speakers.get(str(path), ()))
                         for path, _, _ in plan.changed}
        self.faults = dict(resumed.faults)
        self.articles, self.quotes = plan.written, sum(quotes for *_, quotes in resumed.files)

    def add(self, origin: str, article: Prepared) -> None:
        counts = self.counts.setdefault(origin, [0, 0])
        counts[0], counts[1] = counts[0] + 1, counts[1] + len(article.quotes)
        self.articles, self.quotes = self.articles + 1, self.quotes + len(article.quotes)
        self.read = max(self.read, self.position[origin] + 1)
        for quote in article.quotes:
            self.speakers[origin].add(quote)
        self.faults.pop(article.doc_id, None)
        if article.fault:
            self.faults[article.doc_id] = article.fault

    def checkpoint(self) -> Checkpoint:
        files = [[str(path), digest, *self.counts.get(str(path), (0, 0))] for path, _, digest in self.plan.changed[:self.read]]
        return Checkpoint(self.plan.run, files, {origin: self.speakers[origin].to_rows() for origin, *_ in files}, self.faults)


def _commit(writer, folder: Path, account: _Account, merge: bool = True) -> None:
    """Commit a chunk with its checkpoint, written first under the commit's number: whether or not the
    commit lands, one checkpoint names the index's last commit and says what it holds."""
    write_checkpoint(folder, writer.generation, account.checkpoint())
    writer.commit(merge=merge)
    drop_checkpoints(folder, before=writer.generation)


def note_undated(reading: ReadReport, undated: list[tuple[str, str, str]]) -> None:
    """One note for every article whose date field could not be read, naming the first few: the article
    is kept (a bad date must not lose it), but silently undated it drops out of every --from/--to."""
    examples = ", ".join(f"«{doc_id}» has «{date}»" for _, doc_id, date in undated[:UNREADABLE_DATES_NAMED])
    if len(undated) > UNREADABLE_DATES_NAMED:
        examples += f" and {len(undated) - UNREADABLE_DATES_NAMED} more"
    files = sorted({path for path, _, _ in undated})
    where = files[0] if len(files) == 1 else f"{files[0]} and {len(files) - 1} more files"
    reading.add(where, UNREADABLE_DATES.format(count=len(undated), examples=examples), UNDATED)


@dataclass
class Prepared:
    """An article as the second process prepares it for the index: its quotes, their words
    (quote_words) and, while the index is the slower of the two, the tokens of its analysed fields
    (analysis.Analysed); else the index analyses them itself (_ForkedJob)."""

    doc_id: str
    quotes: list[Quote]
    tokens: dict[str, tuple]
    words: dict
    fault: str | None = None  # why its quotes could not be extracted (quotes_or_fault): indexed without them


def prepared_articles(plan: Plan, analyse: Callable[[int], bool] = lambda _: True,
                      share: tuple[int, int] = (0, 1)) -> Iterator[Prepared]:
    """Each kept article of the changed files, in reading order, prepared for the index; its fields
    analysed when ``analyse(n)`` says so for the n-th article; those an interrupted run wrote
    (Plan.written) are left out. With ``share`` = (k, workers), only
    every workers-th article from the k-th: each of several workers prepares its share."""
    k, workers = share
    for n, (document, fields) in enumerate(islice(_documents(plan, ReadReport(), {}), plan.written, None)):
        if n % workers == k:
            yield prepare(document, fields, *quotes_or_fault(document), analyse=analyse(n))


def prepare(document: Document, fields: dict, quotes: list[Quote], fault: str | None = None,
            analyse: bool = True) -> Prepared:
    """An article (``fields``: article_fields) with its ``quotes``, prepared for the index."""
    tokens = {name: analysed(fields[name]).tokens for name in ANALYSED_FIELDS} if analyse else {}
    return Prepared(document.id, quotes, tokens, quote_words(document, quotes), fault)


def indexed_fields(document: Document, fields: dict, article: Prepared) -> dict:
    """What Whoosh is given for an article: its ``fields``, the analysed texts, the quotes' fields and the
    record of the words it writes apart. The searched fields are analysed here if they came without tokens
    (the record and the quotes' spans need them; Whoosh then indexes these tokens, as it would have made them)."""
    texts = {name: Analysed.of(fields[name], tokens) for name, tokens in article.tokens.items()}
    if not texts:
        texts = {name: analysed(fields[name]) for name in ARTICLE_SEARCH_FIELDS}
    quoted = quote_fields(document, article.quotes, article.words, texts)
    return {**fields, **texts, **quoted, WRITTEN_APART: written_apart_record(texts, quoted)}


def written_apart_record(texts: dict[str, Analysed], quoted: dict) -> str:
    """The record of the words an article writes apart (schema.WRITTEN_APART), its keys space-separated: each
    such term, and where: in each searched field of ``texts``, and in its quotes as the quote view reads them
    (``quoted``: quote_fields): a quote's text where its span of positions holds the word, its speaker's and
    role's words in their own fields."""
    spans = quote_spans(quoted.get("quote_spans", b""))
    keys = set()
    for name in ARTICLE_SEARCH_FIELDS:
        region = QUOTE_REGIONS.index(name) if name in QUOTE_REGIONS else None
        for position, term, cut in written_apart((term, position) for term, position, _, _ in texts[name].tokens):
            keys.update((term, apart_key(term, cut, name)))
            if any(at == region and first <= position <= last for at, first, last in spans):
                keys.add(apart_key(term, cut, QUOTE_TEXT))
    for name, column in QUOTE_WORDS.items():
        for _, term, cut in written_apart(texts_positions(quoted.get(column, ""))):
            keys.update((term, apart_key(term, cut, name)))
    return " ".join(sorted(keys))


def _writer(folder: Path, removed: Iterable[str] = ()):
    """A writer of the articles index that has dropped the articles of the ``removed`` files."""
    writer = whoosh_index.open_dir(str(folder), indexname=ARTICLES).writer(limitmb=build_tuning.WRITER_MB)
    persian_positions(writer.schema)
    try:
        for origin in removed:
            writer.delete_by_term("origin", origin)
    except BaseException:
        writer.cancel()
        raise
    return writer


def article_fields(document: Document, origin: str) -> dict:
    """What is stored and indexed of an article. One with no category of its own takes its source's
    (source_category: a Varzesh3 article is sport), so filters, counts and the web page file it there."""
    published, date_source = document_date(document.date, document.url)
    category = document.category or source_category(document.source)
    return {
        "id": document.id,
        "title": document.title,
        "lead": document.lead,
        "body": document.body,
        "tags": "، ".join(document.tags),
        "category": category,
        "source": document.source,
        "url": document.url,
        "date": published.isoformat() if published else "",
        "date_source": date_source,
        **_facets(category, document.source, published),
        "year_key": year_keys(published),
        "path": document.path,
        "position": document.position,
        "origin": origin,
    }


def quote_words(document: Document, quotes: list[Quote]) -> dict:
    """What the quote process gives the build for an article's quotes: the fields of their speakers
    and roles, analysed once for their terms and lengths (``word_lengths``: per quote, not a field), and
    their records. A record keeps where the quote's text is (it is stored once, in the article) and where
    its region starts in the article's stored field (quote_search._quote)."""
    if not quotes:
        return {}
    words = {name: analysed_texts(getattr(quote, name) for quote in quotes) for name in QUOTE_WORDS}
    records = [(quote.speaker or "", quote.role or "", quote.kind, quote.where, quote.start, quote.end, quote.cue,
                quote.ref, quote.speaker_type, _region_offset(document, quote.where)) for quote in quotes]
    return {
        **{QUOTE_WORDS[name]: value for name, (value, _) in words.items()},
        "word_lengths": list(zip(*(counts for _, counts in words.values()))),
        "quote_count": len(quotes),
        "quote_records": zlib.compress(pickle.dumps((document.id, records), protocol=pickle.HIGHEST_PROTOCOL)),
    }


def quote_fields(document: Document, quotes: list[Quote], words: dict, texts: dict[str, Analysed]) -> dict:
    """The fields of an article that hold its quotes (indexer.schema), from their ``words``.

    A quote's words are found where they stand in its article's title, lead
    or body (``texts``, analysed as Whoosh indexes them): its span of positions
    there is kept (``quote_spans``).
    """
    if not quotes:
        return {}
    spans = _spans(document, quotes, texts)
    lengths = [(length, *word_lengths) for (*_, length), word_lengths in zip(spans, words["word_lengths"], strict=True)]
    return {
        **{name: value for name, value in words.items() if name != "word_lengths"},
        "quote_words": sum(length for *_, length in spans),
        "quote_spans": array("I", [number for span in spans for number in span[:3]]).tobytes(),
        "quote_lengths": bytes(length_to_byte(length) for each in lengths for length in each),
    }


def _spans(document: Document, quotes: list[Quote], regions: dict[str, Analysed]) -> list[tuple[int, int, int, int]]:
    """For each quote: its field (an index into QUOTE_REGIONS), its first and last position there
    (first > last when it has no words) and how many terms it has there (its length)."""
    starts = {name: [first for _, _, first, _ in regions[name].tokens] for name in QUOTE_REGIONS}
    spans = []
    for quote in quotes:
        region = "body" if quote.where.startswith("body:") else quote.where
        tokens = regions[region].tokens
        start = _region_offset(document, quote.where) + quote.start
        end = start + quote.end - quote.start
        inside = [pos for _, pos, _, last in tokens[bisect_left(starts[region], start):bisect_left(starts[region], end)]
                  if last <= end]
        spans.append((QUOTE_REGIONS.index(region), min(inside, default=1), max(inside, default=0), len(inside)))
    return spans


def _region_offset(document: Document, where: str) -> int:
    """Where a quote's region starts in its stored field: paragraph N in the body."""
    if not where.startswith("body:"):
        return 0
    return sum(len(paragraph) + len("\n\n") for paragraph in document.paragraphs[:int(where.split(":")[1])])


def _facets(category: str, source: str, published) -> dict:
    return {
        "category_key": category_keys(category),
        "source_key": source_key(source),
        "day": day_number(published),
    }


def _documents(plan: Plan, reading: ReadReport, copies: dict[str, set[str]]):
    """(document, its article fields) for every article in the changed files that is kept.

    Both jobs read the same files in the same (sorted) order and decide the
    same way; see the module doc for duplicates. ``copies`` gets, for each
    file, the files that hold the kept copy of its identical duplicates.
    """
    kept: dict[str, tuple[str, int, int]] = {}  # id -> (file, hash of the content, position) of the copy kept
    with _IndexedArticles(plan) as indexed:
        for path, relative, _ in plan.changed:
            for document in read_file(path, relative, reading):
                fields = article_fields(document, str(path))
                first = kept.get(document.id) or indexed.get(document.id)
                if first is None:
                    kept[document.id] = (str(path), _content(fields), document.position)
                    yield document, fields
                elif first[1] == _content(fields):
                    copies.setdefault(str(path), set()).add(first[0])
                    reading.add(path, f"article id «{document.id}» is the same article as in {first[0]}; kept once",
                                action="repaired")
                else:
                    reading.add(path, f"article #{document.position}: id «{document.id}» is also article "
                                      f"#{first[2]} of {first[0]}, with different content; kept article #{first[2]}; "
                                      "give one of them another id, or remove one")


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

    def get(self, doc_id: str) -> tuple[str, int, int] | None:
        """(file, hash of the content, position in the file) of the indexed article ``doc_id``, if kept."""
        stored = self.searcher.document(id=doc_id) if self.searcher else None
        if stored is None or stored["origin"] in self.replaced:
            return None
        return stored["origin"], _content(stored), stored.get("position", 0)


def _content(fields: dict) -> int:
    """What makes two copies of an article the same article, hashed (the run keeps one per id)."""
    return hash(tuple(fields.get(name, "") for name in CONTENT_FIELDS))


class _InlineJob:
    """The articles prepared in this process, when forking is not possible or not worth it."""

    def __init__(self, plan: Plan):
        self.plan = plan

    def articles(self) -> Iterator[Prepared]:
        return prepared_articles(self.plan)

    def stop(self) -> None:
        pass


class _ForkedJob:
    """The articles prepared in forked processes (Prepared), while this one indexes them.

    Quote extraction takes longer than indexing, so each of ``workers`` processes prepares every
    workers-th article (prepared_articles' share) and this one takes them in turn, in reading
    order. The analysis is shared: a worker analyses an article only while it is WORKER_AHEAD
    articles ahead of the index, that is while indexing is the slower side.
    """

    def __init__(self, plan: Plan, workers: int):
        context = multiprocessing.get_context("fork")
        self.indexed = context.Value("q", 0, lock=False)  # articles this process has taken; only it writes
        self.receivers, self.processes = [], []
        for k in range(workers):
            receiver, sender = context.Pipe(duplex=False)
            process = context.Process(target=_extractor, daemon=True,
                                      args=(plan, receiver, sender, os.getpid(), self.indexed, (k, workers)))
            process.start()
            sender.close()  # the worker's end: its death must reach this process
            self.receivers.append(receiver)
            self.processes.append(process)

    def articles(self) -> Iterator[Prepared]:
        """Each article as the workers send it, in turn, until "done"; raises if one failed or was stopped."""
        while True:
            n = self.indexed.value % len(self.receivers)
            try:
                kind, value = self.receivers[n].recv()
            except EOFError:
                raise GoftarError(f"the quote extractor (pid {self.processes[n].pid}) was stopped from outside; nothing "
                                  "was changed, the index is as the last completed run left it; run goftar index again") from None
            if kind == "done":
                return
            if kind == "oserror":
                raise OSError(*value)
            if kind == "error":
                raise GoftarError(f"extracting quotes failed: {value}; nothing was changed, the index is as the last "
                                  "completed run left it; run goftar index again")
            yield value
            self.indexed.value += 1

    def stop(self) -> None:
        for process in self.processes:
            process.terminate()
        for process in self.processes:
            process.join()


def _extractor(plan: Plan, receiver, sender, parent: int, indexed, share: tuple[int, int]) -> None:
    """Send the build each article of this worker's share prepared (prepared_articles), then "done"; or the error."""
    receiver.close()
    crash_point("quote-extractor")
    try:
        for article in prepared_articles(plan, analyse=lambda n: n - indexed.value >= build_tuning.WORKER_AHEAD, share=share):
            if os.getppid() != parent:
                return  # the build was killed
            sender.send(("article", article))
        sender.send(("done", None))
    except OSError as error:  # a full disk: the build says so as for its own writes
        with suppress(OSError):
            sender.send(("oserror", (error.errno, error.strerror)))
    except BaseException as error:  # report to the build rather than die silently
        with suppress(OSError):
            sender.send(("error", f"{error}\n{traceback.format_exc()}"))


def _start(plan: Plan, parallel: bool):
    worth_forking = parallel and len(plan.changed) > 1 and "fork" in multiprocessing.get_all_start_methods()
    return _ForkedJob(plan, build_tuning.EXTRACTORS) if worth_forking else _InlineJob(plan)


def _absolute(path: Path) -> Path:
    """The path made absolute, links resolved where possible (a link loop stays as given)."""
    try:
        return path.resolve()
    except (OSError, RuntimeError):
        return path.absolute()


def _make_dir(index_dir: Path) -> None:
    check_folder(index_dir)
    try:
        index_dir.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise GoftarError(f"cannot create the index folder {index_dir}: {error.strerror}; choose another --index") from error


def _create(folder: Path) -> None:
    whoosh_index.create_in(str(folder), article_schema(), indexname=ARTICLES)


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

