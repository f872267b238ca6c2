"""The speaker registry, kept in the index so no command rebuilds it from every quote.

Rebuilding it meant reading every stored quote: 5 s for a cold ``goftar
speakers`` at 20,000 articles, minutes at 100,000. So the build keeps it, in
the generation beside the indexes it describes, as two files:

    speakers-by-file.json.gz   each source file's own registry (its quotes, in reading order)
    speakers.json.gz           their merge, in sorted file order, bare surnames joined to
                               the one person of that office, roles in the spelling most
                               used (corpus.speakers.RoleSpellings): what commands read

Both are gzipped JSON: a sixth of the size (3 MB less at 10,000 articles),
for a few milliseconds of reading.

An update replaces the registries of the files it re-reads or drops and
merges again; the other files' quotes are never looked at. Merging in sorted
file order gives the same registry as ``SpeakerRegistry.from_quotes`` over all
the quotes file by file, whatever order the updates came in (and the join is
made on that whole merge, never file by file).
"""

from __future__ import annotations

import gzip
import json
import os
from pathlib import Path

from corpus.speakers import Speaker, SpeakerRegistry
from indexer.errors import GoftarError
from indexer.store import SPEAKERS_BY_FILE, SPEAKERS_FILE, live_generation, missing, read_record


def updated_registries(previous: Path | None, replaced: set[str],
                       fresh: dict[str, SpeakerRegistry]) -> dict[str, list[list]]:
    """Each source file's speakers, as rows: ``previous``'s for the files this run kept, ``fresh`` for the rest."""
    kept = {}
    if previous is not None:
        stored = _read(previous / SPEAKERS_BY_FILE)
        kept = {origin: rows for origin, rows in stored.items() if origin not in replaced}
    return {**kept, **{origin: registry.to_rows() for origin, registry in fresh.items()}}


def write_registries(folder: Path, by_file: dict[str, list[list]]) -> None:
    """Both files of the registry, into a generation that is not live yet."""
    origins = sorted(by_file)
    merged = SpeakerRegistry.merged(map(Speaker.from_row, by_file[origin]) for origin in origins).join_bare_surnames().spell_roles_alike()
    _write(folder / SPEAKERS_BY_FILE, {origin: by_file[origin] for origin in origins})
    _write(folder / SPEAKERS_FILE, merged.to_rows())


def read_registry(index_dir) -> SpeakerRegistry:
    """The registry of the live generation of ``index_dir``."""
    for attempt in (1, 2):
        generation = live_generation(index_dir)
        if generation is None or read_record(generation) is None:
            raise missing(Path(index_dir))
        try:
            rows = _read(generation / SPEAKERS_FILE)
        except FileNotFoundError as error:
            if attempt == 1 and not generation.exists():
                continue  # a run has just made a newer generation live
            raise GoftarError(f"{generation} has no speaker registry; rebuild with: goftar index --rebuild PATH") from error
        return SpeakerRegistry.from_rows(rows)


def _read(path: Path):
    return json.loads(gzip.decompress(path.read_bytes()))


def _write(path: Path, value) -> None:
    temporary = path.with_name(path.name + ".tmp")
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    temporary.write_bytes(gzip.compress(text.encode("utf-8"), mtime=0))
    os.replace(temporary, path)
