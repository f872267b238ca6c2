"""goftar reads a phrase from its words' postings (search.Postings.phrase) instead of Whoosh's span
matcher: it must find exactly the articles Whoosh's Phrase finds, with the same scores, whatever the
words, their repeats, the slop, or how many segments the index has."""

import uuid

from hypothesis import given, settings
from hypothesis import strategies as st
from whoosh import query as wq
from whoosh.fields import ID, TEXT, Schema
from whoosh.filedb.filestore import RamStorage

from indexer.analysis import persian_analyzer
from indexer.search import Postings

# A few short words, so that random articles hold phrases, repeated words and near misses.
WORDS = ("کودک", "کار", "خیابان", "بهزیستی", "و", "در")

articles = st.lists(st.lists(st.sampled_from(WORDS), min_size=1, max_size=12), min_size=1, max_size=12)
phrases = st.lists(st.sampled_from(WORDS), min_size=2, max_size=3)


def _index(texts: list[list[str]], segments: int):
    """A RAM index of ``texts`` (one article each), written in ``segments`` commits (kept apart).
    Named uniquely: Whoosh's RAM writer keeps its temporary files in the system's temp folder under
    the index's name (MAIN.tmp by default), which two test runs at once would share."""
    index = RamStorage().create_index(Schema(id=ID(stored=True), body=TEXT(analyzer=persian_analyzer())),
                                      indexname=f"phrases-{uuid.uuid4().hex}")
    share = -(-len(texts) // segments)
    for first in range(0, len(texts), share):
        writer = index.writer()
        for n, words in enumerate(texts[first:first + share], start=first):
            writer.add_document(id=str(n), body=" ".join(words))
        writer.commit(merge=False)
    return index


@settings(max_examples=150, deadline=None)
@given(texts=articles, words=phrases, slop=st.integers(min_value=1, max_value=3), segments=st.integers(1, 3))
def test_a_phrase_read_from_its_postings_finds_what_whooshs_phrase_finds(texts, words, slop, segments):
    with _index(texts, segments).searcher() as searcher:
        phrase = wq.Phrase("body", words, slop=slop)
        whoosh = {hit.docnum: hit.score for hit in searcher.search(phrase, limit=None)}
        ours = Postings(searcher).phrase(phrase)
    assert ours.keys() == whoosh.keys()
    for docnum, score in whoosh.items():
        assert abs(ours[docnum] - score) < 1e-9 * max(1.0, score)


def test_a_phrase_of_a_word_said_twice_needs_it_twice_in_a_row():
    """«کار کار» is in «کار کار کودک», not in «کار کودک کار»."""
    texts = [["کار", "کار", "کودک"], ["کار", "کودک", "کار"]]
    with _index(texts, 1).searcher() as searcher:
        found = Postings(searcher).phrase(wq.Phrase("body", ["کار", "کار"]))
        assert [searcher.stored_fields(docnum)["id"] for docnum in found] == ["0"]
