"""The build's two processes: however they share the analysis, the index is the same."""

import pickle

import pytest
from whoosh import index as whoosh_index

from corpus import SAMPLES_DIR
from indexer import build, build_tuning
from indexer.analysis import analysed, persian_analyzer
from indexer.build import build_index
from indexer.schema import ARTICLES
from indexer.store import live_generation

MESSY = "وزير رفاه گفت: سازمان هاي مردم نهاد ۱۷٫۵ هزار كودك را پوشش مي دهند و زلزله‌زدگان بيمه شده اند."


def test_an_analysed_text_is_indexed_with_the_terms_and_positions_the_chain_gives_it():
    def indexed(value):
        return [(t.text, t.pos) for t in persian_analyzer()(value, positions=True, boosts=True, mode="index")]

    assert indexed(analysed(MESSY)) == indexed(MESSY)
    assert len({pos for _, pos in indexed(MESSY)}) < len(indexed(MESSY))  # with compound parts, at their word's position


def test_an_analysed_text_is_stored_as_the_plain_text():
    stored = pickle.loads(pickle.dumps(analysed(MESSY)))
    assert type(stored) is str and stored == MESSY


def _postings_and_columns(index_dir):
    with whoosh_index.open_dir(str(live_generation(index_dir)), indexname=ARTICLES).reader() as reader:
        order = sorted(range(reader.doc_count_all()), key=lambda n: reader.stored_fields(n)["id"])
        ids = {n: reader.stored_fields(n)["id"] for n in order}
        postings = {(name, term): sorted((ids[n], tuple(v)) for n, v in reader.postings(name, term).items_as("positions"))
                    for name, term in reader.all_terms() if reader.schema[name].format.supports("positions")}
        columns = {name: [reader.column_reader(name)[n] for n in order]
                   for name in ("quote_spans", "quote_lengths", "quote_records", "quote_words")}
        lengths = {name: [reader.doc_field_length(n, name) for n in order] for name in build.ANALYSED_FIELDS}
    return postings, columns, lengths


@pytest.mark.parametrize("workers", [1, 2, 3], ids=["one-worker", "two-workers", "three-workers"])
@pytest.mark.parametrize("ahead", [0, 10**9], ids=["worker-analyses-all", "index-analyses-all"])
def test_the_index_is_the_same_whichever_process_analyses_the_articles(ahead, workers, tmp_path, monkeypatch):
    build_index([SAMPLES_DIR], tmp_path / "inline", parallel=False)
    monkeypatch.setattr(build_tuning, "WORKER_AHEAD", ahead)
    monkeypatch.setattr(build_tuning, "EXTRACTORS", workers)
    report = build_index([SAMPLES_DIR], tmp_path / "forked", parallel=True)
    assert report.quotes_indexed > 0
    assert _postings_and_columns(tmp_path / "forked") == _postings_and_columns(tmp_path / "inline")


def test_an_article_whose_quotes_fail_is_still_indexed_and_named_in_the_report(tmp_path, monkeypatch):
    """A fault of the quote extractor on one article («سالمندان تنها») costs neither the build nor that
    article's searchable text: it is indexed without quotes, and the report says which one and why."""
    import corpus.quotes
    from indexer.search import search
    from corpus.readers import WITHOUT_QUOTES, iter_documents

    extract = corpus.quotes.extract_quotes

    def failing_on_one(document):
        if document.id.startswith("s03_"):
            raise IndexError("tuple index out of range")
        return extract(document)

    monkeypatch.setattr(corpus.quotes, "extract_quotes", failing_on_one)
    report = build_index([SAMPLES_DIR], tmp_path / "ix", parallel=False)
    faults = [p for p in report.problems if p.action == WITHOUT_QUOTES]
    assert len(faults) == 1 and "s03_" in faults[0].message and "IndexError" in faults[0].message
    assert "s03_salmandan_tanha.txt" in [hit.id for hit in search(tmp_path / "ix", "سالمندان تنها", limit=20).hits]
    assert report.documents_indexed == len(list(iter_documents([SAMPLES_DIR])))


def test_build_tells_its_progress_callback_files_read_of_those_to_read(tmp_path):
    from indexer.build import Progress
    from terminal.render import progress_line

    folder = tmp_path / "news"
    folder.mkdir()
    for n in range(3):
        (folder / f"{n}.txt").write_text(f"گزارش شماره {n}\nعلی رضایی گفت: کار پل تمام شد.\n", encoding="utf-8")
    seen = []
    build_index([folder], tmp_path / "ix", progress=seen.append, parallel=False)
    assert seen == [Progress(1, 1, 3), Progress(2, 2, 3), Progress(3, 3, 3)]
    assert progress_line(seen[1], 3725.4) == "indexing: 2 of 3 files read, 2 articles, 1:02:05 elapsed"
