"""How far two careful readers agree on a gold set's quotes: the ceiling goftar is measured under.

    python bench/agreement.py synth-24 bench/gold/agreement/synth24-*.json

A second annotator read some articles of a gold set by ANNOTATION.md without seeing the first
annotation (bench/gold/agreement/). Their quotes are scored against the set's gold exactly as
quotes_eval scores goftar's (same matching, same speaker comparison, same rows), and goftar is
scored on the same articles beside them: where the two people disagree as often as goftar errs,
the figure says more about the reading than about goftar. Per half, so the blind half stays a
blind figure. Without the set's data the script says so and exits 0.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold import HALVES, gold_field, load_sets  # noqa: E402
from quotes_eval import Pair, evaluate, match, print_table, summarise  # noqa: E402

from corpus.document import Quote  # noqa: E402


def second_reading(paths: list[Path]) -> dict[str, list[dict]]:
    """The second annotator's quotes per article label (``source#index``)."""
    read: dict[str, list[dict]] = {}
    for path in paths:
        for article in json.loads(path.read_text(encoding="utf-8"))["articles"]:
            read[f"{article['source']}#{article['index']}"] = article["quotes"]
    return read


def as_quote(doc_id: str, fields: dict[str, str], item: dict) -> Quote:
    """An annotated quote as the Quote goftar would have given, so quotes_eval can score it."""
    where = gold_field(item["where"])
    return Quote(doc_id, where, item["start"], item["end"], item["kind"], item.get("cue", ""),
                 fields.get(where, "")[item["start"]:item["end"]], item.get("speaker"), item.get("role"),
                 item["ref"], item.get("speaker_type", "person"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("set_name", help="the gold set the second annotation covers, e.g. synth-24")
    parser.add_argument("second", nargs="+", type=Path, help="the second annotator's files")
    args = parser.parse_args(argv)
    articles = load_sets().get(args.set_name)
    if not articles:
        print(f"skipped: gold set {args.set_name} or its articles are not here")
        return 0
    second = second_reading(args.second)
    shared = [article for article in articles if article.label in second]
    print(f"{args.set_name}: {len(shared)} of its {len(articles)} articles read twice")
    people = {h: ([], []) for h in HALVES}
    for article in shared:
        fields = dict(article.doc.fields())
        matched, unmatched = match(article.quotes, [as_quote(article.doc.id, fields, q) for q in second[article.label]])
        people[article.half][0].extend(Pair(article.label, g, p) for g, p in matched)
        people[article.half][1].extend((article.label, q) for q in unmatched)
    print_table("the second reader against the first (the gold)", {h: summarise(*people[h]) for h in HALVES})
    print_table("goftar against the first, on the same articles",
                {h: summarise(*evaluate([a for a in shared if a.half == h], False)) for h in HALVES})
    return 0


if __name__ == "__main__":
    sys.exit(main())
