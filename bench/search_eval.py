"""Known-item search quality: MRR@10 of goftar vs plain Whoosh, same documents, same run.

Each line of bench/known_items.tsv names one Fars article and a query a user
would type for it in standard Persian. Every query is also rewritten into the
spellings users and old archives mix (Arabic ي/ك, space or nothing instead of
ZWNJ, Arabic-Indic or Latin digits), and each spelling is scored separately.

    python bench/search_eval.py                 # goftar vs Whoosh StandardAnalyzer
    python bench/search_eval.py --ablation      # also: no suffix stripping, hazm's Stemmer

Needs ../shared/data; exits 0 with a message when it is absent.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
DATA = REPO.parent / "shared" / "data"
KNOWN_ITEMS = REPO / "bench" / "known_items.tsv"

from whoosh import index as whoosh_index  # noqa: E402
from whoosh.analysis import StandardAnalyzer  # noqa: E402
from whoosh.fields import ID, TEXT, Schema  # noqa: E402
from whoosh.qparser import AndGroup, MultifieldParser, OrGroup  # noqa: E402
from whoosh.scoring import BM25F  # noqa: E402

from corpus.readers import ReadReport, iter_documents  # noqa: E402

ZWNJ = "\u200c"
VARIANTS = {
    "standard": lambda q: q,
    "arabic letters": lambda q: q.replace("ی", "ي").replace("ک", "ك"),
    "space for ZWNJ": lambda q: q.replace(ZWNJ, " "),
    "joined, no ZWNJ": lambda q: q.replace(ZWNJ, ""),
    "arabic-indic digits": lambda q: q.translate(str.maketrans("۰۱۲۳۴۵۶۷۸۹", "٠١٢٣٤٥٦٧٨٩")),
    "latin digits": lambda q: q.translate(str.maketrans("۰۱۲۳۴۵۶۷۸۹", "0123456789")),
    "all of the above": lambda q: q.replace("ی", "ي").replace("ک", "ك").replace(ZWNJ, " ").translate(
        str.maketrans("۰۱۲۳۴۵۶۷۸۹", "٠١٢٣٤٥٦٧٨٩")
    ),
}


def load_known_items(documents) -> list[tuple[str, str]]:
    """(query, target document id) pairs; targets named file#index in the TSV."""
    by_position = {f"{d.path}#{d.position}": d.id for d in documents}
    pairs = []
    for line in KNOWN_ITEMS.read_text(encoding="utf-8").splitlines():
        target, query = line.split("\t")
        pairs.append((query, by_position[target]))
    return pairs


def reciprocal_rank(ranked: list[str], target: str, cutoff: int = 10) -> float:
    return next((1 / (n + 1) for n, doc_id in enumerate(ranked[:cutoff]) if doc_id == target), 0.0)


def goftar_ranker(documents, folder: Path):
    from indexer.build import build_index
    from indexer.search import search

    build_index([DATA], folder / "goftar")
    return lambda query: [hit.id for hit in search(folder / "goftar", query, limit=10).hits]


def whoosh_ranker(documents, folder: Path):
    """Plain Whoosh: StandardAnalyzer, same fields and boosts, same all→any fallback."""
    schema = Schema(
        id=ID(stored=True, unique=True),
        title=TEXT(analyzer=StandardAnalyzer(), field_boost=3.0),
        lead=TEXT(analyzer=StandardAnalyzer(), field_boost=2.0),
        body=TEXT(analyzer=StandardAnalyzer()),
        tags=TEXT(analyzer=StandardAnalyzer(), field_boost=1.5),
    )
    (folder / "whoosh").mkdir()
    ix = whoosh_index.create_in(str(folder / "whoosh"), schema)
    with ix.writer() as writer:
        for d in documents:
            writer.update_document(id=d.id, title=d.title, lead=d.lead, body=d.body, tags=" ".join(d.tags))
    searcher = ix.searcher(weighting=BM25F())

    def rank(query: str) -> list[str]:
        for group in (AndGroup, OrGroup):
            parsed = MultifieldParser(["title", "lead", "body", "tags"], schema, group=group).parse(query)
            hits = searcher.search(parsed, limit=10)
            if len(hits):
                return [hit["id"] for hit in hits]
        return []

    return rank


def without_suffix_stripping():
    from indexer import analysis

    analysis.StripSuffixes.step = lambda self, words, mode: words


def with_hazm_stemmer():
    import hazm

    from indexer import analysis

    stem = hazm.Stemmer().stem
    analysis.strip_suffix = lambda word: stem(word) or word


def evaluate(name: str, make_ranker, documents, pairs) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as folder:
        rank = make_ranker(documents, Path(folder))
        scores = {variant: statistics.mean(reciprocal_rank(rank(rewrite(q)), t) for q, t in pairs)
                  for variant, rewrite in VARIANTS.items()}
    print(f"{name:<28}" + "".join(f"{scores[v]:>10.3f}" for v in VARIANTS), flush=True)
    return scores


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ablation", action="store_true", help="also score goftar without its suffix stripping and with hazm's Stemmer")
    args = parser.parse_args()
    if not DATA.exists():
        print(f"skipped: {DATA} is not here (the shared Fars data is needed for this benchmark)")
        return 0
    documents = list(iter_documents([DATA], ReadReport()))
    pairs = load_known_items(documents)
    print(f"{len(pairs)} known-item queries over {len(documents)} articles; MRR@10 per query spelling\n")
    print(f"{'':<28}" + "".join(f"{v[:9]:>10}" for v in VARIANTS))
    evaluate("whoosh StandardAnalyzer", whoosh_ranker, documents, pairs)
    evaluate("goftar", goftar_ranker, documents, pairs)
    if args.ablation:
        original = __import__("indexer.analysis", fromlist=["x"]).StripSuffixes.step
        without_suffix_stripping()
        evaluate("goftar, no suffix stripping", goftar_ranker, documents, pairs)
        __import__("indexer.analysis", fromlist=["x"]).StripSuffixes.step = original
        with_hazm_stemmer()
        evaluate("goftar, hazm Stemmer", goftar_ranker, documents, pairs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
