"""How big and how slow to build is each way of indexing quotes (issue 13)?

The quotes goftar extracts from a corpus (its own readers and extractor, as
the build uses them) are indexed side by side in each layout, one process,
the writer memory the build gives (indexer.build.WRITER_MB):

  plain     a plain-Whoosh article index, built as bench/speed.py's baseline: the yardstick
  articles  goftar's articles index without their quotes
  (a)       the quotes index goftar had until issue 13: one Whoosh document per quote
  (b)       (a) with text, speaker and role indexed without positions, and a smaller stored record
  (c)       quotes as fields of their article: all its quotes' texts in one field, quote k at
            positions from k * TEXT_STRIDE (a phrase cannot span two quotes), its speakers' and
            roles' words the same way, each quote's lengths and the article's quote records (zlib
            of the pickled list) in columns
  (d)       goftar's index (indexer.schema): (c) without the text field, a quote's words found
            where they stand in its article's title, lead or body (each quote's span of positions
            there in a column)

For each: size on disk (MB, and against plain), build CPU seconds (quote
extraction, done once beforehand, is printed apart), and for (c) and (d) the
whole index (articles with quotes) against plain, which is what the 1.3x
target of the issue is about.

    python bench/quote_layouts.py --docs 10000 > bench/results/quote_layouts_10000.txt
    python bench/quote_layouts.py --corpus DIR
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from whoosh import index as whoosh_index  # noqa: E402
from whoosh.fields import ID, STORED, TEXT, Schema  # noqa: E402

import make_corpus  # noqa: E402
import speed  # noqa: E402
from corpus.dates import document_date  # noqa: E402
from corpus.quotes import extract_quotes  # noqa: E402
from corpus.readers import ReadReport, find_files, read_file  # noqa: E402
from corpus.speakers import speaker_key  # noqa: E402
from indexer.analysis import analysed_texts, persian_analyzer  # noqa: E402
from indexer.build import WRITER_MB, _facets, _region_offset, article_fields, indexed_fields, prepare  # noqa: E402
from indexer.schema import _day, _facet, _quotes_words, article_schema  # noqa: E402


def extracted(corpus: Path):
    """(document, its origin, its quotes) for every article, and the CPU seconds extraction took."""
    started = time.process_time()
    reading = ReadReport()
    found = [(document, str(path), extract_quotes(document))
             for path, relative in find_files([corpus], reading) for document in read_file(path, relative, reading)]
    return found, time.process_time() - started


def build(folder: Path, schema, documents) -> float:
    """CPU seconds to index ``documents`` (dicts of fields) into a new index in ``folder``."""
    folder.mkdir(parents=True)
    started = time.process_time()
    writer = whoosh_index.create_in(str(folder), schema).writer(limitmb=WRITER_MB)
    for fields in documents:
        writer.add_document(**fields)
    writer.commit()
    return time.process_time() - started


def plain(found):
    for document, _, _ in found:
        yield dict(id=document.id, title=document.title, lead=document.lead, body=document.body,
                   tags="، ".join(document.tags), category=document.category, source=document.source,
                   url=document.url, date=document.date)


def articles(found):
    for document, origin, _ in found:
        yield article_fields(document, origin)


def schema_a(positions: bool = True) -> Schema:
    def text():
        return TEXT(analyzer=persian_analyzer(), phrase=positions)

    return Schema(doc_id=ID(), text=text(), speaker=text(), speaker_key=ID(), role=text(), origin=ID(), day=_day(),
                  category_key=_facet(), source_key=_facet(), quote=STORED())


def layout_a(found):
    for document, origin, quotes in found:
        published, _ = document_date(document.date, document.url)
        for quote in quotes:
            yield {"doc_id": quote.doc_id, "text": quote.text, "speaker": quote.speaker or "",
                   "speaker_key": speaker_key(quote.speaker) if quote.speaker else "", "role": quote.role or "",
                   "origin": origin, **_facets(document, published),
                   "quote": (quote.doc_id, quote.speaker or "", quote.role or "", quote.kind, quote.where, quote.start,
                             quote.end, quote.cue, quote.ref, quote.speaker_type, _region_offset(document, quote.where))}


def schema_b():
    return schema_a(positions=False)



def layout_b(found):
    """(a)'s fields; the record without the article id (it is indexed) and its trailing defaults."""
    for fields in layout_a(found):
        record = list(fields["quote"][1:])
        while record and record[-1] in ("", 0, None, "person", "name"):
            record.pop()
        yield {**fields, "quote": tuple(record)}


def schema_c() -> Schema:
    schema = article_schema()
    schema.add("quote_text", _quotes_words())
    return schema


def layout_c(found):
    """(d) with the quotes' texts analysed and indexed again, in a field of their own."""
    for fields, (_, _, quotes) in zip(layout_d(found), found):
        if quotes:
            fields["quote_text"] = analysed_texts(quote.text for quote in quotes)[0]
        yield fields


def layout_d(found):
    for document, origin, quotes in found:
        fields = article_fields(document, origin)
        yield indexed_fields(document, fields, prepare(document, fields, quotes))


def size_mb(folder: Path) -> float:
    return sum(path.stat().st_size for path in folder.iterdir()) / 2**20


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=2000, help="articles in the generated corpus (default 2000)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--corpus", type=Path, help="a folder of articles instead of a generated corpus")
    args = parser.parse_args()
    if args.corpus is None and not make_corpus.DATA.is_dir():
        print(f"no shared data at {make_corpus.DATA}; give --corpus DIR", file=sys.stderr)
        return 0
    corpus = args.corpus or make_corpus.make_corpus(args.docs, args.seed, Path("/tmp/goftar-bench") / str(args.docs))
    found, extraction = extracted(corpus)
    quotes = sum(len(q) for _, _, q in found)
    work = Path(tempfile.mkdtemp(prefix="goftar-layouts-", dir="/tmp"))
    try:
        runs = {}
        for name, schema, documents in (
                ("plain", speed.baseline_schema(), plain(found)),
                ("articles", article_schema(), articles(found)),
                ("(a)", schema_a(), layout_a(found)),
                ("(b)", schema_b(), layout_b(found)),
                ("(c)", schema_c(), layout_c(found)),
                ("(d)", article_schema(), layout_d(found))):
            print(f"building {name}", file=sys.stderr)
            cpu = build(work / name, schema, documents)
            runs[name] = (size_mb(work / name), cpu)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print_table(runs, len(found), quotes, extraction)
    return 0


def print_table(runs: dict, documents: int, quotes: int, extraction: float) -> None:
    base, articles_mb = runs["plain"][0], runs["articles"][0]
    print(f"{documents} articles, {quotes} quotes; quote extraction {extraction:.1f} s CPU (in every layout's build, "
          f"not below); one process, limitmb={WRITER_MB}")
    print(f"{'layout':<10} {'size MB':>8} {'x plain':>8} {'quotes MB':>10} {'whole x plain':>14} {'build CPU s':>12}")
    for name, (mb, cpu) in runs.items():
        separate = name in ("(a)", "(b)")
        quotes_mb = mb if separate else mb - articles_mb if name in ("(c)", "(d)") else None
        whole = (articles_mb + mb) / base if separate else mb / base
        print(f"{name:<10} {mb:8.1f} {mb / base:7.2f}x {'' if quotes_mb is None else f'{quotes_mb:10.1f}':>10} "
              f"{whole:13.2f}x {cpu:12.1f}")
    print("quotes MB: the quotes' share ((c), (d): beyond the articles index); whole: articles and quotes together, "
          "without the speaker registry; target <= 1.3x")


if __name__ == "__main__":
    sys.exit(main())
