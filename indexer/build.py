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
whole and searchable, its record describing exactly what it holds, and the
next run removes the leftovers and redoes the work.

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
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
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
from indexer.analysis import Analysed, analysed, analysed_texts
from indexer.facets import category_keys, day_number, source_category, source_key, year_keys
from indexer.registry import updated_registries, write_registries
from indexer.schema import ANALYSED_FIELDS, ARTICLES, QUOTE_REGIONS, QUOTE_WORDS, article_schema, persian_positions
from indexer.errors import GoftarError, IndexOutdated, InputSkipped, QueryError, RootsMissing, quoted
from indexer.store import (
    INDEX_FILE, IndexMeta, check_folder, index_lock, live_generation, make_live, new_generation,
    read_meta, read_record, remove_stale, write_record,
)

# Memory the writer may pool before spilling sorted runs to disk (each spill pickles every posting out and
# back): a 100k-article build must stay under 1 GB. 256 MB spills no run up to about 5,000 articles, but at
# 10k both sizes spill, took the same CPU and 256 cost 143 MB more RSS (bench/results/build_13h.txt).
WRITER_MB = 128
# How many articles a quote worker must be ahead of the index to analyse the next one too (_ForkedJob).
WORKER_AHEAD = 4
# Quote workers beside the indexing process (_ForkedJob): extraction is the slower side, and the index
# waits on one worker for about a third of a build on two cores.
EXTRACTORS = 2
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
    progress: Callable[[Progress], None] | None = None,
    strict: bool = False,
    wait: float = 0,
    parallel: bool = True,
    on_wait: Callable[[], None] | None = None,
) -> BuildReport:
    """Index every article under ``paths`` into ``index_dir``; see the module doc.

    ``progress`` is called after each article indexed, with how far the run is (Progress);
    ``strict`` refuses to write anything if any input would be skipped;
    ``wait`` is how long to wait for another run holding the index
    (``on_wait`` is called once if it has to).
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
        remove_stale(index_dir)  # what killed runs left behind
        live = None if rebuild else live_generation(index_dir)
        meta = (read_record(live) if live else None) or IndexMeta()
        plan = plan_update(roots, meta, live)
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
            report.problems, report.seconds = plan.reading.problems, time.perf_counter() - started
            return report  # nothing to write
        _writing(index_dir, _write_generation, index_dir, plan, meta, roots_now, report, progress, parallel)
        remove_stale(index_dir)  # the generation just replaced
    report.problems = plan.reading.problems
    report.seconds = time.perf_counter() - started
    return report


def _write_generation(index_dir: Path, plan: Plan, meta: IndexMeta, roots: list[str], report: BuildReport,
                      progress: Callable[[Progress], None] | None, parallel: bool) -> None:
    """Build the next generation and make it live; on any failure remove it, leaving the live one."""
    target = new_generation(index_dir)
    try:
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
        crash_point("switched")
    except BaseException:
        if not _is_live(index_dir, target):
            shutil.rmtree(target, ignore_errors=True)
        raise


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
    """Replace the articles of changed and vanished files, each as ``prepared`` (prepared_articles,
    in the same order); return how many articles and quotes were indexed, and each changed file's speakers."""
    articles = count = 0
    speakers: dict[str, SpeakerRegistry] = {str(path): SpeakerRegistry() for path, _, _ in plan.changed}
    begun: set[str] = set()
    undated: list[tuple[str, str, str]] = []  # (file, id, date field) of each article whose date could not be read
    with _writer(folder, ARTICLES, plan) as writer:
        # a rebuild holds each id once (_documents): no article to replace, so no search for one per article
        add = writer.update_document if plan.live else writer.add_document
        for (document, fields), article in zip(_documents(plan, plan.reading, plan.copies), prepared, strict=True):
            if article.doc_id != document.id:
                raise GoftarError(f"the analysis process is at article «{article.doc_id}», the build at «{document.id}»")
            add(**indexed_fields(document, fields, article))
            if article.fault:
                plan.reading.add(fields["origin"], FAULTY_QUOTES.format(id=document.id, fault=article.fault),
                                 action=WITHOUT_QUOTES)
            if document.date and fields["date_source"] != "field":
                undated.append((fields["origin"], document.id, document.date))
            for quote in article.quotes:
                speakers[fields["origin"]].add(quote)
            articles, count = articles + 1, count + len(article.quotes)
            if progress:
                begun.add(fields["origin"])
                progress(Progress(articles, len(begun), len(plan.changed)))
    if undated:
        note_undated(plan.reading, undated)
    return articles, count, speakers


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
    analysed when ``analyse(n)`` says so for the n-th article. With ``share`` = (k, workers), only
    every workers-th article from the k-th: each of several workers prepares its share."""
    k, workers = share
    for n, (document, fields) in enumerate(_documents(plan, ReadReport(), {})):
        if n % workers == k:
            yield prepare(document, fields, *quotes_or_fault(document), analyse=analyse(n))


def prepare(document: Document, fields: dict, quotes: list[Quote], fault: str | None = None,
            analyse: bool = True) -> Prepared:
    """An article (``fields``: article_fields) with its ``quotes``, prepared for the index."""
    tokens = {name: analysed(fields[name]).tokens for name in ANALYSED_FIELDS} if analyse else {}
    return Prepared(document.id, quotes, tokens, quote_words(document, quotes), fault)


def indexed_fields(document: Document, fields: dict, article: Prepared) -> dict:
    """What Whoosh is given for an article: its ``fields``, the analysed texts and the quotes' fields.
    The fields a quote can stand in are analysed here if they came without tokens (the spans need them)."""
    texts = {name: Analysed.of(fields[name], tokens) for name, tokens in article.tokens.items()}
    if article.quotes and not texts:
        texts = {name: analysed(fields[name]) for name in QUOTE_REGIONS}
    return {**fields, **texts, **quote_fields(document, article.quotes, article.words, texts)}


@contextmanager
def _writer(folder: Path, indexname: str, plan: Plan):
    """A writer that has dropped what changed and vanished files held; commits on success, else cancels."""
    writer = whoosh_index.open_dir(str(folder), indexname=indexname).writer(limitmb=WRITER_MB)
    persian_positions(writer.schema)
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
        for article in prepared_articles(plan, analyse=lambda n: n - indexed.value >= WORKER_AHEAD, share=share):
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
    return _ForkedJob(plan, EXTRACTORS) if worth_forking else _InlineJob(plan)


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

