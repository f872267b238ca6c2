"""Where the index lives, what it records about itself, and opening it safely.

Layout of an index folder ``IX``::

    IX/CURRENT          the name of the live generation ("gen-000007"), nothing else
    IX/gen-000007/      the live generation: the articles and quotes indexes,
                        the speaker registry (speakers*.json, indexer.registry) and
                        goftar.json, the record of the files they hold
    IX/goftar.lock      one writer at a time
    IX/gen-000008/      an interrupted run's unfinished generation, kept for the next
                        run to resume: its committed chunks of articles and, beside
                        them, resume-N.json (Checkpoint), what they hold

A run builds a new generation beside the live one and makes it live by
replacing CURRENT in one atomic step (``os.replace``), so a reader sees the
old generation whole or the new one whole, and the record of files always
describes the indexes next to it. An index made before generations existed
(goftar.json and the indexes directly in IX, no CURRENT) still opens; the
next ``goftar index`` moves it into a generation.
"""

from __future__ import annotations

import fcntl
import json
import os
import re
import shutil
import threading
import time
from contextlib import contextmanager, nullcontext, suppress
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Callable, TypeVar

from whoosh import index as whoosh_index

from indexer.quote_view import quote_searcher
from indexer.schema import ARTICLES, QUOTES, SCHEMA_VERSION, ArticleBM25F
from indexer.errors import GoftarError, IndexBusy, IndexMissing, schema_mismatch

META_FILE = "goftar.json"
LOCK_FILE = "goftar.lock"
SPEAKERS_FILE = "speakers.json.gz"  # the merged speaker registry (indexer.registry)
SPEAKERS_BY_FILE = "speakers-by-file.json.gz"  # each source file's speakers
CURRENT_FILE = "CURRENT"
GENERATION = re.compile(r"^gen-(\d{6,})$")
# An unfinished generation's checkpoint, named after the Whoosh generation (commit) of the articles it describes.
CHECKPOINT = re.compile(r"^resume-(\d{6,})\.json$")
INDEX_FILE = re.compile(rf"^_?{ARTICLES}_")  # Whoosh's files: tables of contents, segments, locks

T = TypeVar("T")


@dataclass
class IndexMeta:
    schema_version: int = SCHEMA_VERSION
    built_at: str = ""
    roots: list[str] = field(default_factory=list)
    files: dict[str, str] = field(default_factory=dict)  # source file -> sha1 of its bytes
    # source file -> the files holding the indexed copy of its duplicate articles
    # (identical articles are kept once); it is re-read when one of those changes.
    copies: dict[str, list[str]] = field(default_factory=dict)


@dataclass
class Checkpoint:
    """What the committed chunks of an unfinished generation hold, so a run interrupted
    after them resumes there (indexer.build): written before each commit, named
    after it, so the one that names the index's last commit always describes it."""

    run: dict = field(default_factory=dict)  # what the run was asked and started from (indexer.build._run)
    files: list[list] = field(default_factory=list)  # [file, sha1, articles, quotes] of each file read so far, in order
    speakers: dict[str, list] = field(default_factory=dict)  # those files' speakers so far (registry rows)
    faults: dict[str, str] = field(default_factory=dict)  # article id -> why its quotes could not be extracted
    schema_version: int = SCHEMA_VERSION


def default_index_dir() -> Path:
    """``GOFTAR_INDEX``, else the per-user data folder (XDG on Linux)."""
    if os.environ.get("GOFTAR_INDEX"):
        return Path(os.environ["GOFTAR_INDEX"])
    base = os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share"
    return Path(base) / "goftar" / "index"


def missing(index_dir: Path) -> IndexMissing:
    return IndexMissing(f"no goftar index in {index_dir}; build one with: goftar index PATH --index {index_dir}")


def check_folder(index_dir: Path) -> None:
    """Refuse an index path that is a file: no index can be read from it or built in it, and
    the messages of the reads and writes it would fail with (Not a directory, File exists) do not say so."""
    if index_dir.is_file():
        raise GoftarError(f"{index_dir} is a file, not an index folder; give a folder with --index")


def live_generation(index_dir: str | Path) -> Path | None:
    """The folder holding the live indexes and their record, or None when there is no index.

    That is the generation CURRENT names, or the index folder itself for an
    index made before generations.
    """
    index_dir = Path(index_dir)
    check_folder(index_dir)
    try:
        name = (index_dir / CURRENT_FILE).read_text(encoding="utf-8").strip()
    except FileNotFoundError:
        return index_dir if (index_dir / META_FILE).exists() else None
    except (OSError, UnicodeDecodeError) as error:
        raise GoftarError(f"cannot read {index_dir / CURRENT_FILE} ({error}); rebuild with: goftar index --rebuild PATH") from error
    if not GENERATION.match(name):
        raise GoftarError(f"{index_dir / CURRENT_FILE} is damaged; rebuild with: goftar index --rebuild PATH")
    return index_dir / name


def read_meta(index_dir: str | Path) -> IndexMeta | None:
    """The live index's record of itself, or None when there is no usable index.

    Raises GoftarError when an index is there but was built by an
    incompatible version, so the user is told to rebuild instead of seeing
    wrong results or a traceback.
    """
    generation = live_generation(index_dir)
    return None if generation is None else read_record(generation)


def read_record(folder: Path) -> IndexMeta | None:
    """The record of files in one generation (or a legacy index folder)."""
    path = folder / META_FILE
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        # The version first: another version's record may hold other fields.
        if isinstance(data, dict) and data.get("schema_version") != SCHEMA_VERSION:
            raise schema_mismatch(folder.parent if GENERATION.match(folder.name) else folder,
                                data.get("schema_version"), SCHEMA_VERSION, list(data.get("roots") or []))
        return IndexMeta(**data)
    except FileNotFoundError:
        return None
    except (ValueError, TypeError) as error:
        raise GoftarError(f"{path} is damaged ({error}); rebuild with: goftar index --rebuild PATH") from error


def write_record(folder: Path, meta: IndexMeta) -> None:
    """Write the record into a generation that is not live yet (atomically all the same)."""
    _write_atomically(folder / META_FILE, json.dumps(asdict(meta), ensure_ascii=False, indent=1))


def new_generation(index_dir: Path) -> Path:
    """An empty folder for the next generation, numbered after every one there."""
    numbers = [int(m.group(1)) for m in map(GENERATION.match, os.listdir(index_dir)) if m]
    folder = index_dir / f"gen-{max(numbers, default=0) + 1:06d}"
    folder.mkdir()
    return folder


def make_live(index_dir: Path, generation: Path) -> None:
    """The one atomic step: from now on every reader opens ``generation``."""
    _write_atomically(index_dir / CURRENT_FILE, generation.name + "\n")


def write_checkpoint(generation: Path, commit: int, checkpoint: Checkpoint) -> None:
    """Write what ``generation`` will hold once its articles index has made ``commit``."""
    _write_atomically(generation / f"resume-{commit:06d}.json", json.dumps(asdict(checkpoint), ensure_ascii=False))


def read_checkpoint(generation: Path, commit: int) -> Checkpoint:
    """What an unfinished generation holds, as of its articles index's last ``commit``.
    Raises GoftarError saying why it cannot be resumed: none, another goftar's, or damaged."""
    path = generation / f"resume-{commit:06d}.json"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if isinstance(data, dict) and data.get("schema_version") != SCHEMA_VERSION:
            raise GoftarError(f"another goftar began it (index version {data.get('schema_version')}, "
                              f"this one writes {SCHEMA_VERSION})")
        return Checkpoint(**data)
    except FileNotFoundError:
        raise GoftarError("no account of what it holds matches its last commit") from None
    except (OSError, ValueError, TypeError) as error:
        raise GoftarError(f"its account of what it holds cannot be read ({error})") from error


def drop_checkpoints(generation: Path, before: int | None = None) -> None:
    """Remove the checkpoints of commits before ``before`` (all when None): the last one describes the index."""
    for entry in os.scandir(generation):
        if (found := CHECKPOINT.match(entry.name)) and (before is None or int(found.group(1)) < before):
            with suppress(OSError):
                os.unlink(entry.path)


def unfinished_generation(index_dir: Path) -> Path | None:
    """The newest generation an interrupted run left with a checkpoint, not live: one to resume."""
    live = live_generation(index_dir)
    found = [path for path in index_dir.iterdir() if GENERATION.match(path.name) and path != live and _checkpointed(path)]
    return max(found, default=None, key=lambda path: int(GENERATION.match(path.name).group(1)))


def _checkpointed(generation: Path) -> bool:
    try:
        return any(map(CHECKPOINT.match, os.listdir(generation)))
    except OSError:
        return False


def remove_stale(index_dir: Path, keep: Path | None = None) -> None:
    """Remove what is not the live index (nor ``keep``, an unfinished generation to resume):
    old generations, killed runs' leftovers, and the files of a legacy index that was moved
    into a generation. Writers only; best effort (what stays, say on a read-only disk, is
    tried again next time)."""
    live = live_generation(index_dir)
    with suppress(OSError):
        for entry in os.scandir(index_dir):
            path = Path(entry.path)
            if GENERATION.match(entry.name) and path not in (live, keep):
                shutil.rmtree(path, ignore_errors=True)
            elif entry.name == CURRENT_FILE + ".tmp" or (live != index_dir and _legacy(entry.name)):
                with suppress(OSError):
                    path.unlink(missing_ok=True)


def _legacy(name: str) -> bool:
    """A file that an index made before generations keeps directly in its folder."""
    return bool(INDEX_FILE.match(name)) or name in (META_FILE, "goftar.tmp", SPEAKERS_FILE, SPEAKERS_BY_FILE)


def _write_atomically(path: Path, text: str) -> None:
    """A crash leaves the old file or the new, never half of one."""
    temporary = path.with_name(path.name + ".tmp")
    with open(temporary, "w", encoding="utf-8") as handle:
        handle.write(text)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(temporary, path)
    folder = os.open(path.parent, os.O_RDONLY)
    try:
        os.fsync(folder)
    finally:
        os.close(folder)


@contextmanager
def index_lock(index_dir: Path, wait: float = 0, on_wait=None):
    """Only one writer per index; searches never need this lock.

    An OS file lock, so a killed writer never leaves a stale lock behind.
    Waits up to ``wait`` seconds (calling ``on_wait`` once) before giving up.
    """
    try:
        handle = open(Path(index_dir) / LOCK_FILE, "a")
    except OSError as error:
        raise GoftarError(f"cannot write the index in {index_dir}: {error.strerror or error}; "
                          "choose another --index (the index is as the last completed run left it)") from error
    with handle:
        deadline = time.monotonic() + wait
        told = False
        while True:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    raise IndexBusy(f"waited {wait:g} s and another goftar index run still holds {index_dir}; "
                                    "let it finish, or give a longer --wait" if wait else
                                    f"another goftar index run is writing to {index_dir}; "
                                    "wait for it, or give --wait SECONDS to queue behind it") from None
                if on_wait and not told:
                    on_wait()
                    told = True
                time.sleep(0.2)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def open_index(index_dir: str | Path):
    """The Whoosh index of the live generation, checked for compatibility."""
    return _open_live(index_dir, lambda generation: whoosh_index.open_dir(str(generation), indexname=ARTICLES))


def _open_live(index_dir: str | Path, opener: Callable[[Path], T]) -> T:
    """``opener(live generation)``, once more if a writer removed that generation
    meanwhile (it has just made a newer one live)."""
    index_dir = Path(index_dir)
    for attempt in (1, 2):
        generation = live_generation(index_dir)
        try:
            if generation is None or read_record(generation) is None:
                raise missing(index_dir)
            return opener(generation)
        except (IndexMissing, whoosh_index.EmptyIndexError, OSError, ValueError) as error:
            if attempt == 1 and generation is not None and not generation.exists():
                continue  # a writer has just made a newer generation live and removed this one
            if isinstance(error, IndexMissing):
                raise
            raise GoftarError(f"cannot open the index in {index_dir} ({error}); rebuild with: goftar index --rebuild PATH") from error


def open_searcher(index_dir: str | Path, indexname: str):
    """A BM25F searcher of the articles (ARTICLES) or of their quotes (QUOTES, indexer.quote_view),
    kept open between calls.

    Opening a searcher reads every segment's metadata (30-45 ms at 10k
    articles), so it is kept per thread (Whoosh searchers are not shared
    across threads) until another generation goes live. Callers must not close it.
    """
    if indexname == QUOTES:
        return per_generation(index_dir, QUOTES, lambda: quote_searcher(open_searcher(index_dir, ARTICLES)),
                              per_thread=True)

    def opened(generation: Path):
        return whoosh_index.open_dir(str(generation), indexname=ARTICLES).searcher(weighting=ArticleBM25F())

    return per_generation(index_dir, ARTICLES, lambda: _open_live(index_dir, opened), per_thread=True,
                          discard=lambda searcher: searcher.close())


def per_generation(index_dir: str | Path, name: str, make: Callable[[], T], per_thread: bool = False,
                   discard: Callable[[T], None] | None = None) -> T:
    """What ``make()`` returns, made once per live generation of the index.

    The one cache for everything derived from an open index (searchers, the
    speaker registry): a server or a batch keeps it between requests and
    makes it again only after a run has made a new generation live, without a
    restart. ``per_thread`` keeps one per thread (for objects that must not be
    shared); ``discard`` releases the one it replaces.
    """
    index_dir = Path(index_dir)
    generation = live_generation(index_dir)
    if generation is None:
        raise missing(index_dir)
    try:
        stamp = (str(generation), (generation / META_FILE).stat().st_mtime_ns)
    except OSError:  # removed meanwhile: make() opens the generation now live
        stamp = (str(generation), None)
    key = (str(index_dir.resolve()), name)
    cache = _per_thread.__dict__.setdefault("made", {}) if per_thread else _shared
    with nullcontext() if per_thread else _shared_lock:
        if key in cache and cache[key][0] == stamp:
            return cache[key][1]
        made = make()
        if key in cache and discard:
            discard(cache[key][1])
        cache[key] = (stamp, made)
        return made


_per_thread = threading.local()
_shared: dict[tuple, tuple] = {}
_shared_lock = threading.RLock()
