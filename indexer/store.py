"""Where the index lives, what it records about itself, and opening it safely."""

from __future__ import annotations

import fcntl
import json
import os
import threading
import time
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path

from whoosh import index as whoosh_index
from whoosh.scoring import BM25F

from indexer.schema import ARTICLES, QUOTES, SCHEMA_VERSION

META_FILE = "goftar.json"
LOCK_FILE = "goftar.lock"


class GoftarError(Exception):
    """A problem the user can act on; the CLI prints it without a traceback."""


class QueryError(GoftarError):
    """The query or a filter cannot be searched as given (exit 2, HTTP 400)."""


class IndexMissing(GoftarError):
    pass


class IndexBusy(GoftarError):
    pass


class InputSkipped(GoftarError):
    """--strict: some input would be skipped, so nothing was written."""


@dataclass
class IndexMeta:
    schema_version: int = SCHEMA_VERSION
    built_at: str = ""
    roots: list[str] = field(default_factory=list)
    files: dict[str, str] = field(default_factory=dict)  # source file -> sha1 of its bytes


def default_index_dir() -> Path:
    """``GOFTAR_INDEX``, else the per-user data folder (XDG on Linux)."""
    if os.environ.get("GOFTAR_INDEX"):
        return Path(os.environ["GOFTAR_INDEX"])
    base = os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share"
    return Path(base) / "goftar" / "index"


def read_meta(index_dir: Path) -> IndexMeta | None:
    """The index's record of itself, or None when there is no usable index.

    Raises GoftarError when an index is there but was built by an
    incompatible version, so the user is told to rebuild instead of seeing
    wrong results or a traceback.
    """
    path = Path(index_dir) / META_FILE
    if not path.exists():
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        meta = IndexMeta(**data)
    except (ValueError, TypeError) as error:
        raise GoftarError(f"{path} is damaged ({error}); rebuild with: goftar index --rebuild PATH") from error
    if meta.schema_version != SCHEMA_VERSION:
        raise GoftarError(
            f"the index in {index_dir} was built by another goftar version (schema {meta.schema_version}, "
            f"this one reads {SCHEMA_VERSION}); rebuild it with: goftar index --rebuild PATH"
        )
    return meta


def write_meta(index_dir: Path, meta: IndexMeta) -> None:
    """Write atomically: a crash leaves the old record or the new, never half."""
    path = Path(index_dir) / META_FILE
    temporary = path.with_suffix(".tmp")
    temporary.write_text(json.dumps(asdict(meta), ensure_ascii=False, indent=1), encoding="utf-8")
    os.replace(temporary, path)


@contextmanager
def index_lock(index_dir: Path, wait: float = 0, on_wait=None):
    """Only one writer per index; searches never need this lock.

    An OS file lock, so a killed writer never leaves a stale lock behind.
    Waits up to ``wait`` seconds (calling ``on_wait`` once) before giving up.
    """
    with open(Path(index_dir) / LOCK_FILE, "a") as handle:
        deadline = time.monotonic() + wait
        told = False
        while True:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    raise IndexBusy(
                        f"another goftar index run is writing to {index_dir}; "
                        "wait for it, or give --wait SECONDS to queue behind it"
                    ) from None
                if on_wait and not told:
                    on_wait()
                    told = True
                time.sleep(0.2)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def open_indexes(index_dir: str | Path):
    """(articles, quotes) Whoosh indexes, checked for compatibility."""
    index_dir = Path(index_dir)
    if read_meta(index_dir) is None:
        raise IndexMissing(f"no goftar index in {index_dir}; build one with: goftar index PATH --index {index_dir}")
    try:
        return (
            whoosh_index.open_dir(str(index_dir), indexname=ARTICLES),
            whoosh_index.open_dir(str(index_dir), indexname=QUOTES),
        )
    except (whoosh_index.EmptyIndexError, OSError, ValueError) as error:
        raise GoftarError(f"cannot open the index in {index_dir} ({error}); rebuild with: goftar index --rebuild PATH") from error



def open_searcher(index_dir: str | Path, indexname: str):
    """A BM25F searcher on the articles or quotes index, kept open between calls.

    Opening a searcher reads every segment's metadata (30-45 ms at 10k
    articles), so a server, a batch or a benchmark keeps one per thread (Whoosh
    searchers are not shared across threads) and reopens it only after a build
    has rewritten goftar.json. Callers must not close it.
    """
    index_dir = Path(index_dir)
    meta = index_dir / META_FILE
    state = meta.stat().st_mtime_ns if meta.exists() else None
    key = (str(index_dir.resolve()), indexname)
    cache = _searchers.__dict__.setdefault("open", {})
    if key in cache and cache[key][0] == state:
        return cache[key][1]
    articles, quotes = open_indexes(index_dir)
    searcher = (articles if indexname == ARTICLES else quotes).searcher(weighting=BM25F())
    if key in cache:
        cache[key][1].close()
    cache[key] = (state, searcher)
    return searcher


_searchers = threading.local()
