"""Does ``who_said`` name the right person first? Queries built from the gold halves.

    python bench/who_said_eval.py [--verbose] [--index DIR]

For every gold quote with a named speaker (bench/gold.py's sets), the query
is six words from the middle of the quote's text, stop words left out
(what someone looking for a quote types), taken from the shared
articles at run time (never stored); the expected answer is the gold
speaker. All shared articles (900 Fars, 490 Varzesh3) are indexed with
goftar's own build into a scratch folder, and ``indexer.quote_search.who_said``
answers each query. Reported per set and half: top-1 (the first speaker is
the expected person, by the same name comparison as quotes_eval.py), over
all gold quotes and over direct ones only (an indirect quote goftar does not
find cannot be answered). The bar
of issue 11 (0.96) is for the test half. ``--verbose`` lists the tuning
half's misses only. Without the data the script says so and exits 0.
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold import DATA_FOLDERS, HALVES, TEST, TUNE, gold_field, load_sets  # noqa: E402
from quotes_eval import same_speaker  # noqa: E402

from indexer.build import build_index  # noqa: E402
from corpus.orthography import fold_word, stop_words  # noqa: E402
from indexer.quote_search import who_said  # noqa: E402

FRAGMENT_WORDS = 6
TOKEN = re.compile(r"[^\W\d_][^\W\d_\u200c]*(?:\u200c[^\W\d_]+)*")  # a word, ZWNJ parts and all
BAR = 0.96


def queries(sets) -> list[tuple[str, str, str, str, str, str]]:
    """(set, half, kind, article label, query, expected speaker) for each gold quote long enough."""
    found = []
    for name, articles in sets.items():
        for article in articles:
            fields = dict(article.doc.fields())
            for quote in article.quotes:
                if not quote["speaker"]:
                    continue
                text = fields.get(gold_field(quote["where"]), "")[quote["start"]:quote["end"]]
                words = [w for w in TOKEN.findall(text) if len(w) > 1 and fold_word(w) not in stop_words()]
                if len(words) < FRAGMENT_WORDS:
                    continue
                start = (len(words) - FRAGMENT_WORDS) // 2
                found.append((name, article.half, quote["kind"], article.label, " ".join(words[start:start + FRAGMENT_WORDS]),
                              quote["speaker"]))
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--verbose", action="store_true", help="list the tuning half's misses")
    parser.add_argument("--index", type=Path, help="index folder to build into (default: a scratch folder)")
    args = parser.parse_args(argv)
    sets = load_sets()
    if not sets:
        print(f"skipped: no gold data under {' or '.join(map(str, DATA_FOLDERS))}")
        return 0
    with tempfile.TemporaryDirectory(prefix="goftar-who-eval-") as scratch:
        index = args.index or Path(scratch) / "index"
        build_index([folder for folder in DATA_FOLDERS if folder.is_dir()], index, rebuild=True)
        results: dict[tuple[str, str, str], list[bool]] = {}
        for name, half_name, kind, label, query, expected in queries(sets):
            speakers = who_said(index, query, limit=1).speakers
            got = speakers[0].speaker if speakers else None
            right = bool(got) and same_speaker(got, expected)
            results.setdefault((name, half_name, "all"), []).append(right)
            if kind == "direct":
                results.setdefault((name, half_name, "direct"), []).append(right)
            if args.verbose and half_name == TUNE and not right:
                print(f"MISS {label} expected={expected} got={got}: {query}")
    print(f"who-said top-1 (bar {BAR} on the test half); queries from every gold quote, and from direct ones only")
    for name in sets:
        for kinds in ("all", "direct"):
            cells = []
            for half_name in HALVES:
                hits = results.get((name, half_name, kinds), [])
                share = sum(hits) / len(hits) if hits else 0.0
                low = "!" if half_name == TEST and hits and share < BAR else " "
                cells.append(f"{half_name}: {share:.3f} ({sum(hits):>3}/{len(hits):<3}){low}")
            print(f"  {name:<16} {kinds:<7}" + "   ".join(cells))
    return 0


if __name__ == "__main__":
    sys.exit(main())
