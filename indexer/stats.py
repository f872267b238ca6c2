"""What is in an index: size, provenance, and counts by category, source, year, speaker."""

from __future__ import annotations

from pathlib import Path

from whoosh import query as wq

from indexer.quote_search import speaker_registry
from indexer.schema import ARTICLES, QUOTES
from indexer.store import live_generation, open_searcher, read_meta

TOP = 10


def index_stats(index_dir: str | Path, top: int = TOP, calendar: str = "jalali") -> dict:
    """Everything ``goftar stats`` shows, as plain data (the JSON it prints)."""
    index_dir = Path(index_dir)
    searcher = open_searcher(index_dir, ARTICLES)  # searchers hold their generation open, whatever runs meanwhile
    meta = read_meta(index_dir)
    terms = sum(1 for _ in searcher.reader().all_terms())
    by_category = _counts(searcher, "category_key", top_level_only=True)
    by_source = _counts(searcher, "source_key")
    prefix = "j" if calendar == "jalali" else "g"
    by_year = {k[1:]: v for k, v in _counts(searcher, "year_key").items() if k.startswith(prefix)}
    registry = speaker_registry(index_dir)
    return {
        "index": str(index_dir),
        "documents": searcher.doc_count(),
        "quotes": open_searcher(index_dir, QUOTES).doc_count(),
        "speakers": len(registry),
        "terms": terms,
        "size_bytes": sum(f.stat().st_size for f in live_generation(index_dir).iterdir() if f.is_file()),
        "built_at": meta.built_at,
        "schema_version": meta.schema_version,
        "roots": meta.roots,
        "files": len(meta.files),
        "by_category": _top(by_category, top),
        "by_source": _top(by_source, top),
        "by_year": dict(sorted(by_year.items())),
        "top_speakers": [{"speaker": s.name, "quotes": s.quotes} for s in list(registry)[:top]],
    }


def _counts(searcher, field: str, top_level_only: bool = False) -> dict[str, int]:
    """Live documents per value (deleted ones excluded, unlike raw term counts)."""
    counts = {}
    for value in searcher.lexicon(field):
        value = value.decode("utf-8") if isinstance(value, bytes) else value
        if top_level_only and "/" in value:
            continue
        counts[value] = sum(1 for _ in searcher.docs_for_query(wq.Term(field, value)))
    return counts


def _top(counts: dict[str, int], top: int) -> dict[str, int]:
    return dict(sorted(counts.items(), key=lambda item: -item[1])[:top])
