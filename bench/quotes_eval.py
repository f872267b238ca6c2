"""How well extract_quotes finds and attributes quotes in hand-annotated Fars articles.

    /work/venv/bin/python bench/quotes_eval.py [--verbose] [--timing]

Gold files (bench/gold/fars_quotes_N.json) annotate some articles of
../shared/data/fars-N.json. A predicted quote matches a gold quote in the same
field when their spans overlap by at least half of the shorter one. Reported:
recall per kind, precision overall and for direct quotes, and attribution
accuracy (speaker compared with speaker_key; a surname that is the last part
of the other side's full name counts) overall and per gold ref type.
``--timing`` also runs the extractor over every Fars article and reports speed.
Without the data or gold files the script says so and exits 0.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from corpus.document import Quote  # noqa: E402
from corpus.quotes import extract_quotes  # noqa: E402
from corpus.readers import ReadReport, iter_documents  # noqa: E402
from corpus.speakers import is_surname_of, speaker_key  # noqa: E402

DATA = REPO.parent / "shared" / "data"
GOLD = REPO / "bench" / "gold"
MIN_OVERLAP = 0.5  # of the shorter span
KINDS = ("direct", "guillemet", "indirect")
REFS = ("name", "surname", "pronoun", "title")


@dataclass
class Pair:
    """A gold quote and the prediction matched to it (None when missed)."""

    article: str
    gold: dict
    predicted: Quote | None


def gold_field(where: str) -> str:
    """Gold says abstract/paragraph:N where Quote says lead/body:N."""
    if where == "abstract":
        return "lead"
    if where.startswith("paragraph:"):
        return "body:" + where.split(":", 1)[1]
    return where


def overlap(a_start: int, a_end: int, b_start: int, b_end: int) -> float:
    shorter = min(a_end - a_start, b_end - b_start)
    common = min(a_end, b_end) - max(a_start, b_start)
    return common / shorter if shorter > 0 and common > 0 else 0.0


def match(gold: list[dict], predicted: list[Quote]) -> tuple[list[tuple[dict, Quote | None]], list[Quote]]:
    """Pair each gold quote with the unused prediction it overlaps most."""
    used: set[int] = set()
    pairs = []
    for item in gold:
        where = gold_field(item["where"])
        best, best_score = None, MIN_OVERLAP
        for n, quote in enumerate(predicted):
            if n in used or quote.where != where:
                continue
            score = overlap(item["start"], item["end"], quote.start, quote.end)
            if score >= best_score and (best is None or score > best_score or quote.kind == item["kind"]):
                best, best_score = n, score
        if best is not None:
            used.add(best)
        pairs.append((item, predicted[best] if best is not None else None))
    unmatched = [q for n, q in enumerate(predicted) if n not in used]
    return pairs, unmatched


def same_speaker(predicted: str | None, gold: str | None) -> bool:
    if not predicted or not gold:
        return not predicted and not gold
    return (speaker_key(predicted) == speaker_key(gold)
            or is_surname_of(predicted, gold) or is_surname_of(gold, predicted))


def load_gold() -> list[tuple[Path, dict]]:
    return [(path, json.loads(path.read_text(encoding="utf-8"))) for path in sorted(GOLD.glob("fars_quotes_*.json"))]


def evaluate(gold_files, verbose: bool) -> dict:
    pairs: list[Pair] = []
    false_positives: list[tuple[str, Quote]] = []
    for path, gold in gold_files:
        source = DATA / gold["source"]
        documents = list(iter_documents([source], ReadReport()))
        for article in gold["articles"]:
            doc = documents[article["index"]]
            label = f"{gold['source']}#{article['index']}"
            matched, unmatched = match(article["quotes"], extract_quotes(doc))
            pairs += [Pair(label, g, p) for g, p in matched]
            false_positives += [(label, q) for q in unmatched]
            if verbose:
                show_article(label, doc, matched, unmatched)
    return summarise(pairs, false_positives)


def summarise(pairs: list[Pair], false_positives: list[tuple[str, Quote]]) -> dict:
    found = [p for p in pairs if p.predicted is not None]
    predicted_kinds = Counter(p.predicted.kind for p in found) + Counter(q.kind for _, q in false_positives)
    matched_kinds = Counter(p.predicted.kind for p in found)
    recall = {k: _ratio(sum(1 for p in found if p.gold["kind"] == k), sum(1 for p in pairs if p.gold["kind"] == k))
              for k in KINDS}
    precision = {
        "all": _ratio(len(found), len(found) + len(false_positives)),
        "direct": _ratio(matched_kinds["direct"], predicted_kinds["direct"]),
    }
    right = [p for p in found if same_speaker(p.predicted.speaker, p.gold["speaker"])]
    attribution = {"all": _ratio(len(right), len(found))}
    for ref in REFS:
        attribution[ref] = _ratio(sum(1 for p in right if p.gold["ref"] == ref),
                                  sum(1 for p in found if p.gold["ref"] == ref))
    ref_agreement = _ratio(sum(1 for p in found if p.predicted.ref == p.gold["ref"]), len(found))
    return {"recall": recall, "precision": precision, "attribution": attribution,
            "ref_agreement": ref_agreement, "gold": len(pairs), "predicted": len(found) + len(false_positives)}


def _ratio(numerator: int, denominator: int) -> tuple[int, int]:
    return numerator, denominator


def _show(value: tuple[int, int]) -> str:
    numerator, denominator = value
    share = f"{numerator / denominator:.3f}" if denominator else "  -  "
    return f"{share}  ({numerator}/{denominator})"


def print_table(summary: dict) -> None:
    print(f"gold quotes: {summary['gold']}   predicted: {summary['predicted']}")
    rows = [(f"recall {k}", summary["recall"][k]) for k in KINDS]
    rows += [(f"precision {k}", v) for k, v in summary["precision"].items()]
    rows += [(f"attribution {k}", v) for k, v in summary["attribution"].items()]
    rows.append(("ref type agrees", summary["ref_agreement"]))
    for label, value in rows:
        print(f"  {label:<22} {_show(value)}")


def show_article(label: str, doc, matched, unmatched) -> None:
    fields = dict(doc.fields())
    for gold, predicted in matched:
        where = gold_field(gold["where"])
        text = fields.get(where, "")[gold["start"]:gold["end"]]
        if predicted is None:
            print(f"MISS {label} {where} {gold['kind']} [{gold['cue']}] {gold['speaker']} ({gold['ref']}): {text[:90]}")
        elif not same_speaker(predicted.speaker, gold["speaker"]):
            print(f"WHO  {label} {where} {gold['kind']} [{gold['cue']}] gold={gold['speaker']} ({gold['ref']}) "
                  f"got={predicted.speaker} ({predicted.ref}, role={predicted.role}): {text[:70]}")
    for quote in unmatched:
        print(f"FP   {label} {quote.where} {quote.kind} [{quote.cue}] {quote.speaker} ({quote.ref}): {quote.text[:90]}")


def time_all() -> None:
    """Extract from every Fars article: crashes would surface here, and the speed."""
    documents = list(iter_documents(sorted(DATA.glob("fars-*.json")), ReadReport()))
    kinds: Counter = Counter()
    started, cpu_started = time.perf_counter(), time.process_time()
    for doc in documents:
        kinds.update(q.kind for q in extract_quotes(doc))
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu_started
    total = sum(kinds.values())
    print(f"all {len(documents)} articles: {total} quotes ({dict(kinds)}) in {seconds:.2f} s "
          f"({cpu:.2f} s CPU) = {total / seconds:.0f} quotes/s, {len(documents) / seconds:.0f} articles/s")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--verbose", action="store_true", help="list misses, wrong speakers and false positives")
    parser.add_argument("--timing", action="store_true", help="also time extraction over all Fars articles")
    args = parser.parse_args(argv)
    if not DATA.is_dir():
        print(f"skipped: no Fars data at {DATA}")
        return 0
    gold_files = load_gold()
    if not gold_files:
        print(f"skipped: no gold files at {GOLD}/fars_quotes_*.json")
    else:
        print_table(evaluate(gold_files, args.verbose))
    if args.timing:
        time_all()
    return 0


if __name__ == "__main__":
    sys.exit(main())
