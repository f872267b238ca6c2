"""Build and update the index from files of articles.

The index directory is the only state. Beside the two Whoosh indexes it keeps
``goftar.json``: the schema version it was built with and, for every source
file, the hash of its content. Re-indexing therefore reads every file but
re-analyses only those whose content changed, and drops the articles of files
that disappeared.
"""

from __future__ import annotations

import hashlib
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

from whoosh import index as whoosh_index

from corpus import SAMPLES_DIR
from corpus.document import Document
from corpus.quotes import Quote, extract_quotes
from corpus.readers import Problem, ReadReport, find_files, read_file
from corpus.speakers import speaker_key
from indexer.schema import ARTICLES, QUOTES, article_schema, quote_schema
from indexer.store import GoftarError, IndexMeta, open_indexes, read_meta, write_meta


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


def build_index(
    paths: Iterable[str | Path],
    index_dir: str | Path,
    rebuild: bool = False,
    progress: Callable[[int], None] | None = None,
) -> BuildReport:
    """Index every article under ``paths`` into ``index_dir``; see the module doc.

    ``progress`` is called with the number of documents analysed so far.
    """
    started = time.perf_counter()
    index_dir = Path(index_dir)
    roots = [Path(p).resolve() for p in paths]
    meta = None if rebuild else read_meta(index_dir)
    if meta is None:
        meta = IndexMeta()
        articles, quotes = _create(index_dir)
    else:
        articles, quotes = open_indexes(index_dir)

    report = BuildReport(str(index_dir))
    reading = ReadReport()
    seen_ids: dict[str, str] = {}
    article_writer = articles.writer(limitmb=256)
    quote_writer = quotes.writer(limitmb=128)
    try:
        found: set[str] = set()
        for path, relative in find_files(roots, reading):
            origin = str(path)
            found.add(origin)
            report.files_seen += 1
            raw = _read_bytes(path, reading)
            if raw is None:
                continue
            digest = hashlib.sha1(raw).hexdigest()
            if meta.files.get(origin) == digest:
                report.files_unchanged += 1
                continue
            _forget(origin, article_writer, quote_writer)
            for document in read_file(path, relative, reading, raw=raw):
                _warn_duplicate(document, origin, seen_ids, reading)
                article_writer.update_document(**_article_fields(document, origin))
                for number, quote in enumerate(extract_quotes(document)):
                    quote_writer.update_document(**_quote_fields(quote, number, document, origin))
                    report.quotes_indexed += 1
                report.documents_indexed += 1
                if progress:
                    progress(report.documents_indexed)
            meta.files[origin] = digest
        for origin in _vanished(meta, roots, found):
            _forget(origin, article_writer, quote_writer)
            del meta.files[origin]
            report.files_removed += 1
    except BaseException:
        article_writer.cancel()
        quote_writer.cancel()
        raise
    quote_writer.commit()
    article_writer.commit()
    meta.built_at = time.strftime("%Y-%m-%dT%H:%M:%S%z")
    meta.roots = sorted(set(meta.roots) | {str(root) for root in roots})
    write_meta(index_dir, meta)
    report.problems = reading.problems
    report.seconds = time.perf_counter() - started
    return report


def _create(index_dir: Path):
    try:
        index_dir.mkdir(parents=True, exist_ok=True)
        return (
            whoosh_index.create_in(str(index_dir), article_schema(), indexname=ARTICLES),
            whoosh_index.create_in(str(index_dir), quote_schema(), indexname=QUOTES),
        )
    except OSError as error:
        raise GoftarError(f"cannot create the index in {index_dir}: {error.strerror}; choose another --index") from error


def _read_bytes(path: Path, reading: ReadReport) -> bytes | None:
    try:
        return path.read_bytes()
    except OSError as error:
        reading.add(path, f"cannot read: {error.strerror or error}; check its permissions")
        return None


def _forget(origin: str, article_writer, quote_writer) -> None:
    """Remove what an earlier run indexed from this source file."""
    article_writer.delete_by_term("origin", origin)
    quote_writer.delete_by_term("origin", origin)


def _vanished(meta: IndexMeta, roots: list[Path], found: set[str]) -> list[str]:
    """Indexed files under the roots being indexed that no longer exist."""
    return [
        origin
        for origin in meta.files
        if origin not in found and any(Path(origin).is_relative_to(root) for root in roots)
    ]


def _warn_duplicate(document: Document, origin: str, seen: dict[str, str], reading: ReadReport) -> None:
    earlier = seen.get(document.id)
    if earlier is not None:
        reading.add(origin, f"article id {document.id!r} also in {earlier}; the later one is kept", action="repaired")
    seen[document.id] = origin


def _article_fields(document: Document, origin: str) -> dict:
    return {
        "id": document.id,
        "title": document.title,
        "lead": document.lead,
        "body": document.body,
        "tags": "، ".join(document.tags),
        "category": document.category,
        "source": document.source,
        "url": document.url,
        "date": document.date,
        "path": document.path,
        "position": document.position,
        "origin": origin,
    }


def _quote_fields(quote: Quote, number: int, document: Document, origin: str) -> dict:
    return {
        "id": f"{quote.doc_id}#q{number}",
        "doc_id": quote.doc_id,
        "text": quote.text,
        "speaker": quote.speaker or "",
        "speaker_key": speaker_key(quote.speaker) if quote.speaker else "",
        "role": quote.role or "",
        "title": document.title,
        "where": quote.where,
        "start": quote.start,
        "end": quote.end,
        "kind": quote.kind,
        "cue": quote.cue,
        "ref": quote.ref,
        "date": document.date,
        "origin": origin,
    }



def ensure_index(index_dir: str | Path) -> BuildReport | None:
    """Build the index from the bundled sample corpus if there is none yet.

    Lets a fresh install answer its first search with no setup; returns the
    report of the build, or None when an index was already there.
    """
    if read_meta(Path(index_dir)) is not None:
        return None
    return build_index([SAMPLES_DIR], index_dir)
