"""Do the same quotes come out of an article whichever spelling it is written in?

    python bench/invariance.py [--variant NAME ...] [--show N]

Every article of ../shared (Fars and Varzesh3) and the text of the invented synth
articles (bench/gold/synth12..15, article files only, never their gold) is rewritten
by each transform of corpus.orthography.SPELLING_VARIANTS (Arabic letters, ZWNJ as a
space or as nothing, other digits, NBSP, diacritics and tatweel, and the reverse:
standard letters, ZWNJ restored), and extract_quotes runs on the original and on the
rewritten article. Quotes are compared in spelling_key space: a quote is its field and
the span its text covers in the key of that field (offsets into the original text
do not survive a rewrite, the key does), so the same words found in both are the same
quote. Reported per variant and per group (shared, synth): articles the
transform changed, those whose quotes differ, and quotes gone, new, with another span
(overlapping by half the shorter or more), another speaker (compared by spelling_key),
another kind or another ref, as counts and as a share of the quotes in the changed articles.
Extraction is deterministic, so one run is the figure.

``--show N`` lists up to N differences per variant in shared articles that are in no
gold set (bench/gold.py load_sets()); synth and gold articles are counted, never shown.
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
from collections import Counter
from itertools import accumulate
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold import GOLD, SHARED, load_sets  # noqa: E402
from quotes_eval import MIN_OVERLAP, overlap  # noqa: E402

from corpus.document import Document, Quote  # noqa: E402
from corpus.orthography import SPELLING_VARIANTS, spelling_key  # noqa: E402
from corpus.quotes import extract_quotes  # noqa: E402
from corpus.readers import ReadReport, iter_documents  # noqa: E402

SHARED_FILES = (SHARED / "data" / "fars-1.json", SHARED / "data" / "fars-2.json",
                SHARED / "data" / "fars-3.json", SHARED / "sports" / "varzesh3-1.json")
SYNTH_FILES = tuple(sorted(GOLD.glob("*/synth-*.json")))  # every set in use (staged/ sets lie deeper)
GROUPS = ("shared", "synth")
COUNTS = ("gone", "new", "span", "speaker", "kind", "ref")
SHOWN_TEXT = 60


@dataclasses.dataclass(frozen=True)
class Keyed:
    """A quote where every spelling puts it: its field and its span in the field's key."""

    where: str
    start: int
    end: int
    kind: str
    speaker: str
    ref: str
    quote: Quote


def articles() -> list[tuple[str, str, int, Document]]:
    """(group, source, index, document) for every shared and synth article."""
    found = []
    for group, files in zip(GROUPS, (SHARED_FILES, SYNTH_FILES)):
        for path in files:
            for index, doc in enumerate(iter_documents([path], ReadReport())):
                found.append((group, path.name, index, doc))
    return found


def rewritten(doc: Document, transform) -> Document:
    """The article with every field rewritten by ``transform``."""
    return dataclasses.replace(doc, title=transform(doc.title), lead=transform(doc.lead),
                               paragraphs=[transform(text) for text in doc.paragraphs])


def keyed_quotes(doc: Document) -> list[Keyed]:
    """extract_quotes(doc), each quote placed in its field's spelling_key."""
    fields = dict(doc.fields())
    ends = {where: [0, *accumulate(len(spelling_key(ch)) for ch in text)] for where, text in fields.items()}
    return [Keyed(q.where, ends[q.where][q.start], ends[q.where][q.end], q.kind, spelling_key(q.speaker or ""),
                  q.ref, q) for q in extract_quotes(doc)]


def compared(before: list[Keyed], after: list[Keyed]) -> list[tuple[str, Keyed | None, Keyed | None]]:
    """(what differs, original quote, rewritten quote): a quote matches the one with the same
    key span, else one in the same field overlapping it by MIN_OVERLAP of the shorter."""
    left = {(q.where, q.start, q.end): q for q in after}
    pairs, unmatched = [], []
    for quote in before:
        twin = left.pop((quote.where, quote.start, quote.end), None)
        (pairs.append((quote, twin)) if twin else unmatched.append(quote))
    differences = []
    for quote in unmatched:
        twin = next((q for q in left.values()
                     if q.where == quote.where and overlap(quote.start, quote.end, q.start, q.end) >= MIN_OVERLAP), None)
        if twin is None:
            differences.append(("gone", quote, None))
            continue
        del left[(twin.where, twin.start, twin.end)]
        differences.append(("span", quote, twin))
        pairs.append((quote, twin))
    differences += [("new", None, quote) for quote in left.values()]
    for quote, twin in pairs:
        differences += [(what, quote, twin) for what in ("speaker", "kind", "ref")
                        if getattr(quote, what) != getattr(twin, what)]
    return differences


def _share(count: int, total: int) -> str:
    return f"{count:5d} {count / total:6.3f}" if total else f"{count:5d}      -"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--variant", action="append", choices=sorted(SPELLING_VARIANTS),
                        help="only this transform (repeatable); all by default")
    parser.add_argument("--show", type=int, default=0, metavar="N",
                        help="list up to N differences per variant in non-gold shared articles")
    args = parser.parse_args(argv)
    if not all(path.is_file() for path in SHARED_FILES):
        print(f"no shared data under {SHARED}; nothing to measure")
        return 0
    everything = articles()
    gold = {(article.source, article.index) for found in load_sets().values() for article in found}
    originals = [keyed_quotes(doc) for *_, doc in everything]
    print(f"{len(everything)} articles ({Counter(g for g, *_ in everything)}), "
          f"{sum(map(len, originals))} quotes in the original spelling")
    print(f"{'variant':20s} {'group':6s} {'articles':>8s} {'differ':>6s} {'quotes':>6s}  "
          + "  ".join(f"{what:>12s}" for what in COUNTS))
    for name in args.variant or SPELLING_VARIANTS:
        transform = SPELLING_VARIANTS[name]
        totals = {group: Counter() for group in GROUPS}
        shown = []
        for (group, source, index, doc), before in zip(everything, originals):
            variant = rewritten(doc, transform)
            if variant == doc:
                continue
            differences = compared(before, keyed_quotes(variant))
            totals[group].update({"articles": 1, "quotes": len(before), "differ": bool(differences)})
            totals[group].update(what for what, *_ in differences)
            if group == "shared" and (source, index) not in gold:
                shown += [(source, index, *difference) for difference in differences]
        for group in GROUPS:
            total = totals[group]
            print(f"{name:20s} {group:6s} {total['articles']:8d} {total['differ']:6d} {total['quotes']:6d}  "
                  + "  ".join(_share(total[what], total["quotes"]) for what in COUNTS))
        for difference in shown[:args.show]:
            print("   ", _described(*difference))
    return 0


def _described(source: str, index: int, what: str, before: Keyed | None, after: Keyed | None) -> str:
    sides = [f"{q.quote.kind}/{q.quote.ref} {q.quote.speaker!r} «{q.quote.text[:SHOWN_TEXT]}»"
             for q in (before, after) if q]
    quote = before or after
    return f"{what:7s} {source}#{index} {quote.where}: " + "  ->  ".join(sides)


if __name__ == "__main__":
    sys.exit(main())
