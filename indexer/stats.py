"""What is in an index: size, provenance, and counts by category, source, year, speaker."""

from __future__ import annotations

from pathlib import Path

from indexer.facets import category_counts, source_counts
from indexer.quote_search import speaker_registry
from indexer.schema import ARTICLES, QUOTES
from indexer.store import live_generation, open_searcher, read_meta
from indexer.timeline import articles_by_year

TOP = 10


def index_stats(index_dir: str | Path, top: int = TOP, calendar: str = "jalali") -> dict:
    """Everything ``goftar stats`` shows, as plain data (the JSON it prints)."""
    index_dir = Path(index_dir)
    searcher = open_searcher(index_dir, ARTICLES)  # searchers hold their generation open, whatever runs meanwhile
    meta = read_meta(index_dir)
    terms = sum(1 for _ in searcher.reader().all_terms())
    by_category = category_counts(searcher)
    by_source = source_counts(searcher)
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
        "by_year": articles_by_year(searcher, calendar=calendar),
        "top_speakers": [{"speaker": s.name, "quotes": s.quotes} for s in list(registry)[:top]],
    }


def _top(counts: dict[str, int], top: int) -> dict[str, int]:
    return dict(sorted(counts.items(), key=lambda item: -item[1])[:top])
