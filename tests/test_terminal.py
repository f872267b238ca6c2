"""What the commands draw in the terminal: articles with their quotes marked, results, wrapping."""

import io

from rich.cells import cell_len
from rich.console import Console

from corpus.document import Quote
from indexer.export import quote_hit_to_dict, quote_spans
from indexer.facets import Filters
from indexer.quote_search import QuoteHit
from indexer.search import SearchResults
from indexer.snippets import Snippet
from terminal.render import print_article, print_quote, print_results
from terminal.screen import Screen

BODY = "رضا کاظمی گفت: «گرمخانه‌ها آماده‌اند». وی افزود: «پتو توزیع می‌شود»."


def screen(bidi: bool = False, width: int = 60) -> tuple[Screen, io.StringIO, io.StringIO]:
    out, err = io.StringIO(), io.StringIO()
    return (Screen(Console(file=out, width=width, color_system=None), bidi,
                   Console(file=err, width=width, color_system=None)), out, err)


def quote(text: str, start: int, speaker: str | None = "رضا کاظمی", role: str | None = None) -> Quote:
    return Quote(doc_id="winter-1", where="body:0", start=start, end=start + len(text), kind="direct", cue="گفت",
                 text=text, speaker=speaker, role=role, ref="")


def test_quotes_are_found_by_their_offsets_or_else_by_their_text():
    first, second = "گرمخانه‌ها آماده‌اند", "پتو توزیع می‌شود"
    stale = quote(second, len(BODY) - 4)  # the article changed since: its offsets point elsewhere
    spans = quote_spans(BODY, [quote(first, BODY.index(first)), stale])
    assert [BODY[start:end] for start, end, _ in spans] == [first, second]


def test_a_quote_overlapping_the_one_before_is_left_unmarked():
    first = "گرمخانه‌ها آماده‌اند"
    inside = quote("آماده‌اند", BODY.index("آماده‌اند"))
    assert [q.text for _, _, q in quote_spans(BODY, [quote(first, BODY.index(first)), inside])] == [first]


def test_an_article_numbers_each_quote_where_it_stands_and_lists_who_said_it():
    first, second = "گرمخانه‌ها آماده‌اند", "پتو توزیع می‌شود"
    article = {"id": "winter-1", "title": "طرح زمستانه", "paragraphs": [BODY]}
    shown, out, _ = screen(width=200)
    print_article(shown, article, [quote(first, BODY.index(first)), quote(second, BODY.index(second), None)], "jalali")
    text = out.getvalue()
    assert f"«{first} [1]»" in text and f"«{second} [2]»" in text
    assert "[1] رضا کاظمی" in text and "[2] (speaker not found)" in text


def test_nothing_found_says_so_on_stderr_with_the_filters_in_force():
    shown, out, err = screen()
    print_results(shown, SearchResults(query="فضانورد", total=0), "jalali", Filters(source="ایسنا"), speaker="کاظمی")
    assert out.getvalue() == ""
    assert "No article matches 'فضانورد'" in err.getvalue() and "speaker کاظمی, source 'ایسنا'" in err.getvalue()


def test_a_wrapped_paragraph_keeps_its_indent_and_right_to_left_lines_go_flush_right():
    words = "کودکان کار در مراکز پرتو درس می‌خوانند و مهارت می‌آموزند"
    plain, out, _ = screen(width=30)
    plain.line(words, indent=3)
    lines = out.getvalue().splitlines()
    assert len(lines) > 1 and all(line.startswith("   ") and not line.startswith("    ") for line in lines)
    reordered, out, _ = screen(bidi=True, width=30)
    reordered.line(words, indent=3)
    assert {cell_len(line) for line in out.getvalue().splitlines()} == {30 - 3}  # flush with the right edge


def test_a_quote_with_no_speaker_shows_its_role_and_one_with_neither_says_speaker_not_found():
    said = "اجتناب زودهنگام از گفتگو اشتباه بود"
    with_role = quote(said, 0, speaker=None, role="یک مقام آگاه")
    with_neither = quote(said, 0, speaker=None)
    shown, out, _ = screen(width=200)
    for rank, found in enumerate((with_role, with_neither), start=1):
        print_quote(shown, QuoteHit(rank=rank, score=1.0, quote=found, snippet=Snippet(said)), "jalali")
    lines = out.getvalue().splitlines()
    assert "(unnamed)  یک مقام آگاه" in lines[0]
    assert "(speaker not found)" in next(line for line in lines if line.startswith("2."))
    shape = quote_hit_to_dict(QuoteHit(rank=2, score=1.0, quote=with_neither, snippet=Snippet(said)))
    assert (shape["speaker"], shape["role"]) == (None, "")  # as documented: no speaker is null, no role ""
