"""Build a large, realistic benchmark corpus by recombining the shared Fars articles.

Each generated article takes its title (and cat/subcat/tags) from one source
article, its abstract from another, and 3-12 whole paragraphs sampled from the
rest, so paragraphs (and the quote shapes inside them) stay exactly as the
agency wrote them. Every article gets a unique link, https://bench.invalid/N,
which goftar uses as its id.

Output: JSONL shards of --shard-size articles (shard-00000.jsonl, ...), so a
benchmark can add or delete whole files to test incremental indexing. Article
N depends only on --seed and N, so the 10k corpus is the first 10k articles of
the 100k one. A hidden .bench-corpus.json records the parameters; running
again with the same ones reuses the folder.

    python bench/make_corpus.py --docs 10000 --seed 1 --out /tmp/goftar-bench/10000

Needs ../shared/data; exits 0 with a message when it is absent. Never writes
into the repository unless --out points there.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import time
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DATA = REPO.parent / "shared" / "data"
MANIFEST = ".bench-corpus.json"  # hidden: goftar's folder walk skips dot files
URL_BASE = "https://bench.invalid/"
MIN_PARAGRAPHS, MAX_PARAGRAPHS = 3, 12


@dataclass
class Sources:
    """What recombination draws from: one entry per usable source article."""

    titles: list[tuple[str, str, str, list[str]]]  # (title, cat, subcat, tags)
    abstracts: list[str]
    paragraphs: list[tuple[int, str]]  # (source article number, paragraph)


def load_sources(data_dir: Path = DATA) -> Sources:
    titles, abstracts, paragraphs = [], [], []
    for number, article in enumerate(_source_articles(data_dir)):
        title = _text(article.get("title"))
        if title:
            tags = [t for t in article.get("tags") or [] if isinstance(t, str) and t.strip()]
            titles.append((title, _text(article.get("cat")), _text(article.get("subcat")), tags))
        abstract = _text(article.get("abstract"))
        if abstract:
            abstracts.append(abstract)
        for paragraph in article.get("paragraphs") or []:
            if isinstance(paragraph, str) and paragraph.strip():
                paragraphs.append((number, paragraph))
    if not titles or not abstracts or len(paragraphs) < MAX_PARAGRAPHS:
        raise SystemExit(f"{data_dir}: too few usable articles to recombine")
    return Sources(titles, abstracts, paragraphs)


def _source_articles(data_dir: Path):
    for path in sorted(data_dir.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        yield from (a for a in (data if isinstance(data, list) else [data]) if isinstance(a, dict))


def _text(value) -> str:
    return value.strip() if isinstance(value, str) else ""


def make_article(sources: Sources, seed: int, number: int) -> dict:
    """Article ``number`` of the corpus for ``seed``: independent of any other article."""
    rng = random.Random(f"goftar-bench:{seed}:{number}")
    t = rng.randrange(len(sources.titles))
    title, cat, subcat, tags = sources.titles[t]
    abstract = sources.abstracts[rng.randrange(len(sources.abstracts))]
    count = rng.randint(MIN_PARAGRAPHS, MAX_PARAGRAPHS)
    picked, seen = [], set()
    while len(picked) < count:
        n = rng.randrange(len(sources.paragraphs))
        if n not in seen:
            seen.add(n)
            picked.append(sources.paragraphs[n][1])
    return {
        "title": title,
        "abstract": abstract,
        "paragraphs": picked,
        "cat": cat,
        "subcat": subcat,
        "tags": list(tags),
        "link": f"{URL_BASE}{number}",
    }


def write_shards(sources: Sources, out: Path, docs: int, seed: int, shard_size: int = 1000,
                 start: int = 0, prefix: str = "shard") -> list[Path]:
    """Write articles start..start+docs-1 as ``prefix-NNNNN.jsonl`` shards; return their paths."""
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for shard, first in enumerate(range(start, start + docs, shard_size)):
        last = min(first + shard_size, start + docs)
        path = out / f"{prefix}-{shard:05d}.jsonl"
        temporary = out / f".{path.name}.tmp"
        with temporary.open("w", encoding="utf-8") as handle:
            for number in range(first, last):
                handle.write(json.dumps(make_article(sources, seed, number), ensure_ascii=False))
                handle.write("\n")
        os.replace(temporary, path)  # a shard is never seen half-written
        written.append(path)
    return written


def make_corpus(docs: int, seed: int, out: Path, shard_size: int = 1000, quiet: bool = False,
                data_dir: Path = DATA) -> Path:
    """The corpus folder for these parameters, generated unless it is already there."""
    wanted = {"docs": docs, "seed": seed, "shard_size": shard_size, "format": 1}
    manifest = out / MANIFEST
    if manifest.exists() and _read_json(manifest) == wanted and _complete(out, docs, shard_size):
        if not quiet:
            print(f"reusing {out} ({docs} articles, seed {seed})", file=sys.stderr)
        return out
    out.mkdir(parents=True, exist_ok=True)
    for old in list(out.glob("shard-*.jsonl")) + list(out.glob("add-*.jsonl")):
        old.unlink()
    manifest.unlink(missing_ok=True)
    started = time.perf_counter()
    sources = load_sources(data_dir)
    shards = write_shards(sources, out, docs, seed, shard_size)
    manifest.write_text(json.dumps(wanted), encoding="utf-8")
    if not quiet:
        size = sum(p.stat().st_size for p in shards)
        print(f"wrote {docs} articles in {len(shards)} shards ({size / 2**20:.0f} MB) to {out} "
              f"in {time.perf_counter() - started:.1f}s", file=sys.stderr)
    return out


def _read_json(path: Path):
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def _complete(out: Path, docs: int, shard_size: int) -> bool:
    expected = {f"shard-{n:05d}.jsonl" for n in range((docs + shard_size - 1) // shard_size)}
    return {p.name for p in out.glob("shard-*.jsonl")} == expected


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=10000, help="articles to generate (default 10000)")
    parser.add_argument("--seed", type=int, default=1, help="recombination seed (default 1)")
    parser.add_argument("--out", type=Path, help="output folder (default /tmp/goftar-bench/DOCS)")
    parser.add_argument("--shard-size", type=int, default=1000, help="articles per .jsonl file (default 1000)")
    args = parser.parse_args()
    if not DATA.exists():
        print(f"skipped: {DATA} is not here (the shared Fars data is needed for this benchmark)")
        return 0
    if args.docs < 1 or args.shard_size < 1:
        parser.error("--docs and --shard-size must be positive")
    out = args.out or Path("/tmp/goftar-bench") / str(args.docs)
    make_corpus(args.docs, args.seed, out, args.shard_size)
    print(out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
