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
of issue 11 (0.96) is for the test half. Each miss is put in one class:
``extraction`` (goftar finds no quote there), ``speaker`` (it finds the
quote but names someone else) or ``ranking`` (it has the quote and the
speaker right, and who_said ranks someone else first); the counts are
printed per set and half. The sets drawn at random (gold.RANDOM_DRAWS) are
also pooled per outlet. ``--verbose`` lists the tuning half's misses
only, with their class and the expected speaker's rank. Without the data
the script says so and exits 0.
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold import DATA_FOLDERS, HALVES, RANDOM_DRAWS, TEST, gold_field, load_sets, may_show  # noqa: E402
from quotes_eval import same_speaker  # noqa: E402

from corpus.quotes import extract_quotes  # noqa: E402

from indexer.build import build_index  # noqa: E402
from corpus.orthography import fold_word, stop_words  # noqa: E402
from indexer.quote_search import who_said  # noqa: E402

FRAGMENT_WORDS = 6
TOKEN = re.compile(r"[^\W\d_][^\W\d_\u200c]*(?:\u200c[^\W\d_]+)*")  # a word, ZWNJ parts and all
BAR = 0.96
MISS_CLASSES = ("extraction", "speaker", "ranking")
SHOWN_RANKS = 10  # how far down a verbose miss looks for the expected speaker


def queries(sets) -> list[tuple[str, str, str, str, str, str, str]]:
    """(set, half, kind, article label, query, expected speaker, miss class) per gold quote
    long enough; the miss class (MISS_CLASSES) is what a miss of that query would be."""
    found = []
    for name, articles in sets.items():
        for article in articles:
            fields = dict(article.doc.fields())
            extracted = extract_quotes(article.doc)
            for quote in article.quotes:
                if not quote["speaker"]:
                    continue
                where = gold_field(quote["where"])
                text = fields.get(where, "")[quote["start"]:quote["end"]]
                words = [w for w in TOKEN.finditer(text) if len(w[0]) > 1 and fold_word(w[0]) not in stop_words()]
                if len(words) < FRAGMENT_WORDS:
                    continue
                start = (len(words) - FRAGMENT_WORDS) // 2
                fragment = words[start:start + FRAGMENT_WORDS]
                span = (quote["start"] + fragment[0].start(), quote["start"] + fragment[-1].end())
                found.append((name, article.half, quote["kind"], article.label, " ".join(w[0] for w in fragment),
                              quote["speaker"], _miss_class(extracted, where, span, quote["speaker"])))
    return found


def _miss_class(extracted, where: str, span: tuple[int, int], expected: str) -> str:
    """extraction: no quote goftar found holds the query's words; speaker: the one that
    does names someone else; ranking: goftar has the quote and its speaker right."""
    holding = [q for q in extracted if q.where == where and q.start <= span[0] and q.end >= span[1]]
    if not holding:
        return "extraction"
    return "ranking" if any(same_speaker(q.speaker, expected) for q in holding) else "speaker"


def print_row(name: str, kinds: str, hits: dict[str, list[bool]]) -> None:
    """One line: top-1 per half, ``!`` after a test half below the bar."""
    cells = []
    for half_name in HALVES:
        share = sum(hits[half_name]) / len(hits[half_name]) if hits[half_name] else 0.0
        low = "!" if half_name == TEST and hits[half_name] and share < BAR else " "
        cells.append(f"{half_name}: {share:.3f} ({sum(hits[half_name]):>3}/{len(hits[half_name]):<3}){low}")
    print(f"  {name:<16} {kinds:<7}" + "   ".join(cells))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--verbose", action="store_true", help="list the tuning half's misses (and an opened set's test half's)")
    parser.add_argument("--index", type=Path, help="index folder to build into (default: a scratch folder)")
    parser.add_argument("--reuse", action="store_true",
                        help="answer from the index already in --index, unbuilt (after a change to ranking only)")
    parser.add_argument("--sealed", action="store_true",
                        help="also answer the sets gold.SEALED lists (for whoever runs the round, never while changing rules)")
    args = parser.parse_args(argv)
    sets = load_sets(sealed=args.sealed)
    if not sets:
        print(f"skipped: no gold data under {' or '.join(map(str, DATA_FOLDERS))}")
        return 0
    with tempfile.TemporaryDirectory(prefix="goftar-who-eval-") as scratch:
        index = args.index or Path(scratch) / "index"
        if not (args.reuse and args.index):
            build_index([folder for folder in DATA_FOLDERS if folder.is_dir()], index, rebuild=True)
        results: dict[tuple[str, str, str], list[bool]] = {}
        misses: Counter = Counter()
        for name, half_name, kind, label, query, expected, extraction in queries(sets):
            speakers = who_said(index, query, limit=SHOWN_RANKS).speakers
            got = speakers[0].speaker if speakers else None
            right = bool(got) and same_speaker(got, expected)
            results.setdefault((name, half_name, "all"), []).append(right)
            if kind == "direct":
                results.setdefault((name, half_name, "direct"), []).append(right)
            if not right:
                misses[name, half_name, extraction] += 1
            if args.verbose and may_show(name, half_name) and not right:
                rank = next((n for n, s in enumerate(speakers, 1) if s.speaker and same_speaker(s.speaker, expected)), None)
                print(f"MISS {extraction:<10} {label} expected={expected} (rank {rank or '>' + str(SHOWN_RANKS)}) "
                      f"got={got}: {query}")
    print(f"who-said top-1 (bar {BAR} on the test half); queries from every gold quote, and from direct ones only")
    for name in sets:
        for kinds in ("all", "direct"):
            print_row(name, kinds, {h: results.get((name, h, kinds), []) for h in HALVES})
    print("the random draws pooled (" + "; ".join(", ".join(names) for names in RANDOM_DRAWS.values()) + ")")
    for outlet, names in RANDOM_DRAWS.items():
        for kinds in ("all", "direct"):
            print_row(outlet + " pooled", kinds, {h: sum((results.get((n, h, kinds), []) for n in names), []) for h in HALVES})
    print("misses by class (" + ", ".join(MISS_CLASSES) + ")")
    for name in sets:
        print(f"  {name:<16} " + "   ".join(
            f"{half_name}: " + " / ".join(f"{misses[name, half_name, c]:>2}" for c in MISS_CLASSES) for half_name in HALVES))
    return 0


if __name__ == "__main__":
    sys.exit(main())
