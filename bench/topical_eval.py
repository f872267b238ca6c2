"""Topical search quality: goftar vs three plain-Whoosh baselines, same articles, same run.

The test collection is bench/topical/: 44 topics as a user would type them
(topics.txt, TREC format; 1-22 social services, 23-44 general news) and
graded judgments (qrels.txt, 0/1/2) of the pooled top 20 of the four runs
below, judged blind by people who did not write the code. Topics with an odd
number are the tuning half, even numbers the test half: rules are changed
looking only at the tuning half, and both halves are reported.

Runs (all BM25F over title/lead/body/tags with the same field boosts):
  whoosh AND   Whoosh's StandardAnalyzer, every word required
  whoosh OR    StandardAnalyzer, any word
  hazm OR      hazm's Normalizer + word_tokenize, any word
  goftar       indexer.search.search() of the code in this checkout

    python bench/topical_eval.py                # the metric table
    python bench/topical_eval.py --ablation     # also goftar without each ranking component
    python bench/topical_eval.py --grid         # tuning half only: nDCG@10 per indexer.tuning value
    python bench/topical_eval.py --pool FILE    # write the judging pool (top 20 of each run)

Metrics (ir-measures, `pip install -e ".[bench]"`): nDCG@10, P@10 (grade >= 1),
recall@100 (grade >= 1), judged@10, the share of the top 10 that was judged, and
nDCG'@10, nDCG@10 of the condensed list (unjudged articles left out, not
counted as irrelevant: how a run that finds articles the pool missed would fare).
Needs ../shared/data; exits 0 with a message when it is absent.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import tempfile
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
DATA = REPO.parent / "shared" / "data"
TOPICS = REPO / "bench" / "topical" / "topics.txt"
QRELS = REPO / "bench" / "topical" / "qrels.txt"

from whoosh import index as whoosh_index  # noqa: E402
from whoosh.analysis import StandardAnalyzer, Token, Tokenizer  # noqa: E402
from whoosh.fields import ID, TEXT, Schema  # noqa: E402
from whoosh.qparser import AndGroup, MultifieldParser, OrGroup  # noqa: E402
from whoosh.scoring import BM25F  # noqa: E402

from corpus.readers import ReadReport, iter_documents  # noqa: E402

DEPTH = 100  # ranks kept per query: recall@100 needs them all
POOL_DEPTH = 20
DESCRIPTION_POOL_DEPTH = 10
HALVES = {"tuning (odd)": 1, "test (even)": 0}
TOPIC = re.compile(r"<top>.*?<num>\s*Number:\s*(\d+).*?<title>\s*(.*?)\s*\n<desc>\s*Description:\s*(.*?)\s*<narr>\s*Narrative:\s*(.*?)\s*</top>", re.S)


def load_topics(path: Path = TOPICS) -> dict[str, dict]:
    """Topic number → {"query", "description"} from a TREC topics file."""
    return {num: {"query": title, "description": f"{desc}\n{narr}", "persian_description": desc}
            for num, title, desc, narr in TOPIC.findall(path.read_text(encoding="utf-8"))}


@lru_cache(maxsize=1)
def hazm_pipeline():
    """hazm's normalize and word_tokenize, built once (outside the pickled schema)."""
    import hazm

    return hazm.Normalizer().normalize, hazm.word_tokenize


class HazmTokenizer(Tokenizer):
    """hazm's Normalizer then word_tokenize: the usual Persian pipeline, no stemming."""

    def __call__(self, value, positions=False, chars=False, keeporiginal=False, removestops=True,
                 start_pos=0, start_char=0, tokenize=True, mode="", **kwargs):
        token = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        normalize, word_tokenize = hazm_pipeline()
        words = word_tokenize(normalize(value)) if tokenize else [value]
        for pos, word in enumerate(words):
            token.text = token.original = word.lower()
            token.boost, token.stopped = 1.0, False
            if positions:
                token.pos = start_pos + pos
            if chars:  # no offsets: normalisation changes lengths, and nothing here highlights
                token.startchar = token.endchar = start_char
            yield token


def whoosh_run(documents, folder: Path, analyzer, group):
    """Plain Whoosh over the same fields and boosts as goftar's schema."""
    schema = Schema(
        id=ID(stored=True, unique=True),
        title=TEXT(analyzer=analyzer, field_boost=3.0),
        lead=TEXT(analyzer=analyzer, field_boost=2.0),
        body=TEXT(analyzer=analyzer),
        tags=TEXT(analyzer=analyzer, field_boost=1.5),
    )
    folder.mkdir()
    ix = whoosh_index.create_in(str(folder), schema)
    with ix.writer() as writer:
        for d in documents:
            writer.add_document(id=d.id, title=d.title, lead=d.lead, body=d.body, tags=" ".join(d.tags))
    searcher = ix.searcher(weighting=BM25F())
    parser = MultifieldParser(["title", "lead", "body", "tags"], schema, group=group)
    return lambda query: [hit["id"] for hit in searcher.search(parser.parse(query), limit=DEPTH)]


def goftar_run(documents, folder: Path):
    from indexer.build import build_index
    from indexer.search import search

    build_index([DATA], folder)
    return lambda query: [hit.id for hit in search(folder, query, limit=DEPTH).hits]


def ablations() -> dict[str, dict[tuple[object, str], object]]:
    """goftar with one component off (or swapped): {row name: {(object, attribute): value to set}}."""
    from whoosh.scoring import BM25F

    from indexer import analysis, lexicon, schema, search, tuning

    def passthrough(self, words, mode):
        return words

    no_coverage = {(tuning, "COVERAGE_TIERS"): False, (tuning, "COVERAGE_BONUS"): 0}
    no_proximity = {(tuning, "PROXIMITY_TIERS"): False, (tuning, "PROXIMITY_BOOST"): 0}
    no_compounds = {(analysis.AddCompoundParts, "step"): passthrough, (search, "spaced_compound"): lambda word: None}
    no_numbers = {(analysis.ReadNumbers, "step"): passthrough, (search, "_number_at"): lambda words, i: ("", 0)}
    no_stop_share = {(tuning, "STOP_SHARE"): 0}
    return {
        "goftar, no coverage factor": no_coverage,
        "goftar, coverage tiers instead": {(tuning, "COVERAGE_TIERS"): True},
        "goftar, no proximity": no_proximity,
        "goftar, proximity tiers too": {(tuning, "PROXIMITY_TIERS"): True},
        "goftar, no compound parts": no_compounds,
        "goftar, no number reading": no_numbers,
        "goftar, all hazm stop words out": no_stop_share,
        "goftar, no Arabic plural ین": {(analysis.StripArabicPlural, "step"): passthrough},
        "goftar, no broken plurals": {(lexicon, "broken_plurals"): dict},
        "goftar, IDF per field (Whoosh's)": {(schema.ArticleBM25F, "idf"): BM25F.idf},
        "goftar, coverage by word count": {(tuning, "COVERAGE_BY_IDF"): False},
        "goftar, none of the five": {**no_coverage, **no_proximity, **no_compounds, **no_numbers, **no_stop_share},
    }


@contextmanager
def patched(changes: dict[tuple[object, str], object]):
    saved = {(obj, name): getattr(obj, name) for obj, name in changes}
    for (obj, name), value in changes.items():
        setattr(obj, name, value)
    try:
        yield
    finally:
        for (obj, name), value in saved.items():
            setattr(obj, name, value)


GRID = {  # indexer.tuning values tried by --grid, one at a time around the current setting
    "COVERAGE_TIERS": [True, False],
    "COVERAGE_BONUS": [0, 0.5, 1.0, 2.0, 4.0],
    "COVERAGE_BY_IDF": [True, False],
    "STOP_SHARE": [0, 0.1, 0.2, 0.4],
    "PROXIMITY_TIERS": [True, False],
    "PROXIMITY_SLOP": [1, 2, 3, 5, 8],
    "PROXIMITY_BOOST": [0, 0.5, 1.0, 2.0, 4.0],
    "PHRASE_BOOST": [0, 0.25, 0.5, 1.0, 2.0],
}


def load_qrels(path: Path, documents) -> list:
    """The judgments, their articles named by id (the qrels file names them file#index, as
    bench/known_items.tsv does, so that no article's url, which holds its title, is in the repository)."""
    import ir_measures

    ids = {f"{Path(d.path).name}#{d.position}": d.id for d in documents}
    return [qrel._replace(doc_id=ids.get(qrel.doc_id, qrel.doc_id)) for qrel in ir_measures.read_trec_qrels(str(path))]


def grid(documents, topics, folder: Path, qrels_path: Path) -> None:
    """nDCG@10 on the TUNING half only, for each tunable value in GRID, the others as set."""
    import ir_measures
    from ir_measures import nDCG

    from indexer import tuning

    qrels = load_qrels(qrels_path, documents)
    scored = {q.query_id for q in qrels if q.relevance > 0 and int(q.query_id) % 2 == HALVES["tuning (odd)"]}
    tuning_topics = {num: topic for num, topic in topics.items() if num in scored}
    qrels = [q for q in qrels if q.query_id in scored]
    rank = goftar_run(documents, folder)
    for name, values in GRID.items():
        scores = []
        for value in values:
            with patched({(tuning, name): value}):
                run = [ir_measures.ScoredDoc(num, doc, DEPTH - n) for num, topic in tuning_topics.items()
                       for n, doc in enumerate(rank(topic["query"]))]
            scores.append(f"{value}: {ir_measures.calc_aggregate([nDCG @ 10], qrels, run)[nDCG @ 10]:.3f}")
        print(f"{name:<16} (now {getattr(tuning, name)})  " + "  ".join(scores), flush=True)


BASELINES = {
    "whoosh AND": lambda docs, folder: whoosh_run(docs, folder, StandardAnalyzer(), AndGroup),
    "whoosh OR": lambda docs, folder: whoosh_run(docs, folder, StandardAnalyzer(), OrGroup),
    "hazm OR": lambda docs, folder: whoosh_run(docs, folder, HazmTokenizer(), OrGroup),
}


def run_all(make_run, documents, topics, folder: Path, field: str = "query") -> dict[str, list[str]]:
    rank = make_run(documents, folder)
    return {num: rank(topic[field]) for num, topic in topics.items()}


def write_pool(path: Path, runs: dict[str, dict[str, list[str]]], topics, documents) -> int:
    """The union of each run's top POOL_DEPTH per topic, shuffled, with no run names."""
    where = {d.id: (Path(d.path).name, d.position) for d in documents}
    pairs = sorted({(num, doc) for ranked in runs.values() for num, docs in ranked.items() for doc in docs[:POOL_DEPTH]},
                   key=lambda pair: (int(pair[0]), pair[1]))
    random.Random(12).shuffle(pairs)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as out:
        for num, doc in pairs:
            source, index = where[doc]
            out.write(json.dumps({"topic": int(num), "query": topics[num]["query"],
                                  "description": topics[num]["description"], "docno": doc,
                                  "doc_source": source, "doc_index": index}, ensure_ascii=False) + "\n")
    return len(pairs)


def score(runs: dict[str, dict[str, list[str]]], qrels_path: Path, documents) -> None:
    import ir_measures
    from ir_measures import P, R, Judged, nDCG

    measures = [nDCG @ 10, P(rel=1) @ 10, R(rel=1) @ 100, Judged @ 10]
    labels = ["nDCG@10", "P@10", "R@100", "judged@10", "nDCG'@10"]
    qrels = load_qrels(qrels_path, documents)
    judged = {(q.query_id, q.doc_id) for q in qrels}
    judged_topics = {q.query_id for q in qrels if q.relevance > 0}  # a topic nothing relevant was found for scores no run
    for half, parity in [*HALVES.items(), ("all", None)]:
        topics = {t for t in judged_topics if parity is None or int(t) % 2 == parity}
        kept = [q for q in qrels if q.query_id in topics]
        print(f"\n{half}: {len(topics)} topics with a relevant article")
        print(f"{'':<34}" + "".join(f"{label:>11}" for label in labels))
        for name, ranked in runs.items():
            scored = [ir_measures.ScoredDoc(num, doc, DEPTH - n)
                      for num, docs in ranked.items() if num in topics for n, doc in enumerate(docs)]
            values = ir_measures.calc_aggregate(measures, kept, scored)
            # condensed list: unjudged articles left out rather than counted as not relevant
            condensed = ir_measures.calc_aggregate([nDCG @ 10], kept, [d for d in scored if (d.query_id, d.doc_id) in judged])
            print(f"{name:<34}" + "".join(f"{values[m]:>11.3f}" for m in measures) + f"{condensed[nDCG @ 10]:>11.3f}",
                  flush=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ablation", action="store_true", help="also goftar without each ranking component")
    parser.add_argument("--pool", type=Path, help="write the judging pool (JSON lines) here and stop")
    parser.add_argument("--grid", action="store_true", help="tuning half only: nDCG@10 for each value of each indexer.tuning setting")
    parser.add_argument("--qrels", type=Path, default=QRELS, help=f"judgments in TREC qrels format (default {QRELS.relative_to(REPO)})")
    args = parser.parse_args()
    if not DATA.exists():
        print(f"skipped: {DATA} is not here (the shared Fars data is needed for this benchmark)")
        return 0
    topics = load_topics()
    documents = list(iter_documents([DATA], ReadReport()))
    print(f"{len(topics)} topics over {len(documents)} articles", flush=True)
    if args.grid:
        with tempfile.TemporaryDirectory() as tmp:
            grid(documents, topics, Path(tmp) / "goftar", args.qrels)
        return 0
    runs = {}
    with tempfile.TemporaryDirectory() as tmp:
        for name, make_run in {**BASELINES, "goftar": goftar_run}.items():
            runs[name] = run_all(make_run, documents, topics, Path(tmp) / name.replace(" ", "-"))
        for n, (name, changes) in enumerate(ablations().items() if args.ablation else []):
            with patched(changes):
                runs[name] = run_all(goftar_run, documents, topics, Path(tmp) / f"ablation-{n}")
        if args.pool:
            # Pool only: the Persian description as an OR query finds relevant
            # articles that no title-query run reaches (other words, compounds),
            # so a system that finds them later is not scored against unjudged holes.
            described = run_all(BASELINES["hazm OR"], documents, topics, Path(tmp) / "described", "persian_description")
            pool = {**runs, "hazm OR, description": {num: docs[:DESCRIPTION_POOL_DEPTH] for num, docs in described.items()}}
            print(f"wrote {write_pool(args.pool, pool, topics, documents)} (topic, article) pairs to {args.pool}")
            return 0
    if not args.qrels.exists():
        print(f"skipped scoring: {args.qrels} is not here yet (judge the pool first)")
        return 0
    score(runs, args.qrels, documents)
    return 0


if __name__ == "__main__":
    sys.exit(main())
