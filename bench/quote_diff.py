"""Which quotes a rule change moves, on articles no gold set holds: the check every rule passes.

    python bench/quote_diff.py dump BEFORE.json      # on the code before the change
    python bench/quote_diff.py dump AFTER.json       # on the code after it
    python bench/quote_diff.py diff BEFORE.json AFTER.json

``dump`` writes every quote goftar extracts from all shared and synth articles (bench/gold.py's
DATA_FOLDERS) as JSON. ``diff`` prints each changed quote of an article that is in no gold set,
with speaker | role | ref | type before and after, for a reader to judge right or wrong; gold
articles are only counted (``--gold`` lists them too: never while changing rules, since a test
half's article would show). Two identical dumps are also the proof that a change meant to leave
output alone (a speed-up, a tidy-up) did. Without ../shared the script says so and exits 0.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold import DATA_FOLDERS, load_sets  # noqa: E402

from corpus.quotes import extract_quotes  # noqa: E402
from corpus.readers import ReadReport, iter_documents  # noqa: E402

GOLD_FILE_NAMES = ("social", "other", "sports", "gold")  # annotation files beside synth articles


def dump(out: Path) -> int:
    """Write {doc id: [quote dicts]} for every article of DATA_FOLDERS."""
    paths = sorted(p for folder in DATA_FOLDERS for p in folder.glob("*.json") if not p.stem.startswith(GOLD_FILE_NAMES))
    quotes = {doc.id: [q.to_dict() for q in extract_quotes(doc)] for doc in iter_documents(paths, ReadReport())}
    out.write_text(json.dumps(quotes, ensure_ascii=False, indent=0), encoding="utf-8")
    print(f"{len(quotes)} articles, {sum(map(len, quotes.values()))} quotes -> {out}", file=sys.stderr)
    return 0


def _by_span(quotes: list[dict]) -> dict[tuple, dict]:
    return {(q["where"], q["start"], q["end"], q["kind"]): q for q in quotes}


def _who(quote: dict | None) -> str:
    return "-" if quote is None else f"{quote['speaker']} | {quote['role']} | {quote['ref']} | {quote['speaker_type']}"


def diff(before_path: Path, after_path: Path, show_gold: bool) -> int:
    """Print the changed quotes of non-gold articles (and count the gold ones)."""
    before, after = (json.loads(p.read_text(encoding="utf-8")) for p in (before_path, after_path))
    gold_ids = {article.doc.id for articles in load_sets().values() for article in articles}
    changed = {"gold": 0, "non-gold": 0}
    for doc_id in sorted(set(before) | set(after)):
        old, new = _by_span(before.get(doc_id, [])), _by_span(after.get(doc_id, []))
        if old == new:
            continue
        in_gold = doc_id in gold_ids
        changed["gold" if in_gold else "non-gold"] += 1
        print(f"== {doc_id} [{'GOLD' if in_gold else 'NONGOLD'}]")
        if in_gold and not show_gold:
            continue
        for span in sorted(set(old) | set(new)):
            if old.get(span) != new.get(span):
                quote = old.get(span) or new.get(span)
                print(f"  {span[0]} {span[3]} [{quote['cue']}]\n    before: {_who(old.get(span))}\n"
                      f"    after:  {_who(new.get(span))}\n    text: {quote['text'][:80]}")
    print(f"articles changed: {changed['non-gold']} non-gold, {changed['gold']} gold", file=sys.stderr)
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("dump", help="write every quote of the shared and synth articles").add_argument("out", type=Path)
    compare = commands.add_parser("diff", help="changed quotes of articles in no gold set")
    compare.add_argument("before", type=Path)
    compare.add_argument("after", type=Path)
    compare.add_argument("--gold", action="store_true", help="list gold articles' changes too (never while changing rules)")
    args = parser.parse_args(argv)
    if not any(folder.is_dir() for folder in DATA_FOLDERS[:2]):
        print(f"skipped: no shared data under {DATA_FOLDERS[0].parent}")
        return 0
    return dump(args.out) if args.command == "dump" else diff(args.before, args.after, args.gold)


if __name__ == "__main__":
    sys.exit(main())
