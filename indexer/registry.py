"""The speaker registry, kept in the index so no command rebuilds it from every quote.

Rebuilding it meant reading every stored quote: 5 s for a cold ``goftar
speakers`` at 20,000 articles, minutes at 100,000. So the build keeps it, in
the generation beside the indexes it describes, as two files:

    speakers-by-file.json   each source file's own registry (its quotes, in reading order)
    speakers.json           their merge, in sorted file order: what commands read

An update replaces the registries of the files it re-reads or drops and
merges again; the other files' quotes are never looked at. Merging in sorted
file order gives the same registry as ``SpeakerRegistry.from_quotes`` over all
the quotes file by file, whatever order the updates came in.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from corpus.speakers import SpeakerRegistry
from indexer.store import IndexMissing, read_meta

SPEAKERS_FILE = "speakers.json"
BY_FILE = "speakers-by-file.json"


def updated_registries(previous: Path | None, replaced: set[str],
                       fresh: dict[str, SpeakerRegistry]) -> dict[str, SpeakerRegistry]:
    """Each source file's registry: ``previous``'s for the files this run kept, ``fresh`` for the rest."""
    kept = {}
    if previous is not None:
        stored = json.loads((previous / BY_FILE).read_text(encoding="utf-8"))
        kept = {origin: SpeakerRegistry.from_rows(rows) for origin, rows in stored.items() if origin not in replaced}
    return {**kept, **fresh}


def write_registries(folder: Path, by_file: dict[str, SpeakerRegistry]) -> None:
    """Both files of the registry, into a generation that is not live yet."""
    merged = SpeakerRegistry.merged(by_file[origin] for origin in sorted(by_file))
    _write(folder / BY_FILE, {origin: by_file[origin].to_rows() for origin in sorted(by_file)})
    _write(folder / SPEAKERS_FILE, merged.to_rows())


def live_folder(index_dir) -> Path:
    """The folder holding the live registry; IndexMissing when there is no index."""
    if read_meta(Path(index_dir)) is None:
        raise IndexMissing(f"no goftar index in {index_dir}; build one with: goftar index PATH --index {index_dir}")
    return Path(index_dir)


def read_registry(folder: Path) -> SpeakerRegistry:
    """The registry of the whole index in ``folder``."""
    return SpeakerRegistry.from_rows(json.loads((folder / SPEAKERS_FILE).read_text(encoding="utf-8")))


def _write(path: Path, value) -> None:
    temporary = path.with_name(path.name + ".tmp")
    temporary.write_text(json.dumps(value, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    os.replace(temporary, path)
