"""A quote that matches only through its speaker's name or role has the words marked there (JSON and
terminal), where it showed nothing marked and nothing said why it had matched."""

import io
import json

import pytest
from rich.console import Console
from typer.testing import CliRunner

from cli import app
from conftest import index_of
from indexer.quote_search import search_quotes, who_said
from terminal.render import print_quote
from terminal.screen import Screen

runner = CliRunner()

ARTICLES = [
    {"id": "park-1", "title": "پارک تازه محله",
     "body": "فرهاد جلالی، شهردار منطقه، گفت: این پارک تا پایان تابستان برای همه باز خواهد شد."},
    {"id": "park-2", "title": "درختان پارک",
     "body": "سحر مقدم، مدیر فضای سبز، گفت: جلالی قول داده بود درختان کهنسال را نبرند."},
]


@pytest.fixture(scope="module")
def park(tmp_path_factory):
    return index_of(tmp_path_factory, "park", ARTICLES)


def test_a_quote_found_by_its_speakers_name_marks_the_name(park):
    by_name = next(hit for hit in search_quotes(park, "فرهاد").hits if hit.quote.speaker == "فرهاد جلالی")
    assert by_name.snippet.spans == []  # the quote itself does not hold the word
    assert [by_name.quote.speaker[s:e] for s, e in by_name.speaker_spans] == ["فرهاد"]


def test_a_quote_found_by_its_role_marks_the_role(park):
    hit = search_quotes(park, "شهردار").hits[0]
    assert [hit.quote.role[s:e] for s, e in hit.role_spans] == ["شهردار"]


def test_the_name_is_marked_in_json_and_on_the_terminal(park):
    answer = json.loads(runner.invoke(app, ["quotes", "فرهاد", "--index", park, "--json"]).stdout)
    assert answer["quotes"][0]["speaker_highlights"] == [[0, 5]]
    out = io.StringIO()
    colour = Console(file=out, width=100, color_system="standard", force_terminal=True)
    print_quote(Screen(colour, False, colour), search_quotes(park, "فرهاد").hits[0], "jalali")
    assert "\x1b[1;33mفرهاد\x1b[0m" in out.getvalue()  # the name's word, marked as a quote's words are


def test_who_marks_no_name_it_did_not_search(park):  # negative: who seeks only what was said
    found = who_said(park, "جلالی")
    assert [s.speaker for s in found.speakers] == ["سحر مقدم"]
    assert found.speakers[0].quotes[0].speaker_spans == [] and found.speakers[0].quotes[0].snippet.spans
