"""Right-to-left lines for terminals that do not reorder them: order, styles, wrapping, when it is on."""

import re

import pytest
from bidi import algorithm, get_display
from bidi.algorithm import MIRRORED
from rich.console import Console
from rich.text import Text
from typer.testing import CliRunner

from cli import app
from conftest import TERMINAL
from terminal.bidi import bidi_lines, bidi_wanted, display, reorder_line

ZWNJ = "\u200c"
runner = CliRunner()


def test_a_reordered_line_keeps_each_characters_style():
    line = Text("ما گفتیم: کودکان کار (۱۷ درصد) در ABC هستند")
    start = line.plain.index("کودکان")
    line.stylize("bold", start, start + len("کودکان"))
    line.stylize("red", line.plain.index("ABC"), line.plain.index("ABC") + 3)
    shown = reorder_line(line, "R")
    assert shown.plain == algorithm.get_display(line.plain, base_dir="R")
    styled = {shown.plain[s.start:s.end]: str(s.style) for s in shown.spans}
    assert styled == {"ناکدوک": "bold", "ABC": "red"}


def test_display_order_is_the_permutation_python_bidi_applies():
    import random
    rng = random.Random(6)
    alphabet = "ابپ سلام‌ی abc 12 ۱۲۳ ٤٥ ()«»[]., :!-+%\u064e"
    for _ in range(300):
        logical = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 80)))
        for base in (None, "R", "L"):
            shown, order = display(logical, base)
            assert sorted(order) == list(range(len(logical)))
            assert all(shown[p] in (logical[n], MIRRORED.get(logical[n])) for p, n in enumerate(order))
            # python-bidi drops ZWNJ (rule X9); everything else is exactly its display
            assert shown.replace(ZWNJ, "") == algorithm.get_display(logical, base_dir=base)


@pytest.mark.parametrize("logical, shown", [
    ("پتو [6.25]", "[6.25] وتپ"),                 # a score after a title
    ("۱۳۹۸/۰۹/۲۰ (از نشانی)", "(یناشن زا) ۱۳۹۸/۰۹/۲۰"),  # a date read from the url
    ("«گرمخانه» آماده است", "تسا هدامآ «هناخمرگ»"),
])
def test_brackets_and_guillemets_come_out_mirrored(logical, shown):
    assert reorder_line(Text(logical), "R").plain == shown


def test_a_zwnj_stays_between_the_letters_it_separates():
    assert reorder_line(Text("می\u200cشود"), "R").plain == "دوش\u200cیم"


def test_lines_are_wrapped_before_they_are_reordered():
    words = "یک دو سه چهار پنج شش هفت هشت نه ده".split()
    lines = bidi_lines(Text(" ".join(words)), Console(width=40), width=14)
    assert all(rtl for _, rtl in lines)
    # Each visual line holds consecutive words, the first line the first words, each reversed for display.
    logical = [get_display(line.plain, base_dir="R").split() for line, _ in lines]
    assert [w for line in logical for w in line] == words
    assert lines[0][0].plain == get_display("یک دو سه چهار", base_dir="R")


@pytest.mark.parametrize("option, terminal, environ, expected", [
    (True, False, {}, True),                                     # asked for: even into a pipe
    (False, True, {"GOFTAR_BIDI": "1"}, False),
    (None, False, {"GOFTAR_BIDI": "1"}, False),                  # a pipe: never unasked
    (None, True, {"GOFTAR_BIDI": "1"}, True),
    (None, True, {"GOFTAR_BIDI": "0"}, False),
    (None, True, {"TERM": "xterm-256color"}, True),              # xterm does no bidi
    (None, True, {"TERM": "mlterm"}, False),
    (None, True, {"VTE_VERSION": "7600", "TERM": "xterm-256color"}, False),  # GNOME Terminal
    (None, True, {"VTE_VERSION": "5202"}, True),                 # VTE before bidi
    (None, True, {"KONSOLE_VERSION": "230804"}, False),
    (None, True, {"TERM_PROGRAM": "Apple_Terminal"}, False),
    (None, True, {"TERM_PROGRAM": "iTerm.app"}, True),
])
def test_the_bidi_default(option, terminal, environ, expected):
    assert bidi_wanted(option, terminal, environ) is expected


# --- The commands under --bidi -----------------------------------------------------------


def test_output_is_reordered_only_on_request_and_never_in_json(dated):
    title = "افزایش مستمری مددجویان گرمخانه"
    plain = runner.invoke(app, ["search", "مستمری", "--index", dated])
    assert title in plain.stdout  # not a terminal: logical order
    asked = runner.invoke(app, ["search", "مستمری", "--index", dated, "--bidi"])
    assert get_display(title) in asked.stdout and title not in asked.stdout
    for env in ({"GOFTAR_BIDI": "1"}, {**TERMINAL, "GOFTAR_BIDI": "0"}):
        assert title in runner.invoke(app, ["search", "مستمری", "--index", dated], env=env).stdout
    on_terminal = runner.invoke(app, ["search", "مستمری", "--index", dated], env={**TERMINAL, "GOFTAR_BIDI": "1"})
    assert get_display(title) in on_terminal.stdout
    for args in (["search", "مستمری", "--json"], ["quotes", "مستمری", "--json"], ["quotes", "مستمری", "--format", "csv"]):
        result = runner.invoke(app, args + ["--index", dated, "--bidi"], env={**TERMINAL, "GOFTAR_BIDI": "1"})
        assert title in result.stdout and get_display(title) not in result.stdout


def test_highlights_survive_reordering(dated):
    result = runner.invoke(app, ["search", "پتو", "--index", dated, "--bidi"], env=TERMINAL)
    highlighted = re.findall(r"\x1b\[1;33m([^\x1b]*)\x1b\[0m", result.stdout)
    assert highlighted and set(highlighted) == {get_display("پتو")}


def test_a_bad_goftar_bidi_is_a_usage_error(dated):
    result = runner.invoke(app, ["search", "پتو", "--index", dated], env={**TERMINAL, "GOFTAR_BIDI": "maybe"})
    assert result.exit_code == 2 and "GOFTAR_BIDI" in result.output


@pytest.mark.parametrize("args", [["stats"], ["show", "winter-1"], ["speakers"], ["said-by", "کاظمی"],
                                  ["who", "پتو"], ["quotes", "پتو"]])
def test_every_text_command_renders_with_bidi(dated, args):
    result = runner.invoke(app, args + ["--index", dated, "--bidi"], env=TERMINAL)
    assert result.exit_code == 0, result.output
    assert get_display("رضا کاظمی") in result.stdout or get_display("گرمخانه") in result.stdout


def test_scores_and_url_dates_keep_their_brackets_the_right_way_round(dated):
    scored = runner.invoke(app, ["search", "پتو", "--index", dated, "--bidi"]).stdout
    assert re.search(r"\[\d+\.\d\d\]", scored) and not re.search(r"\]\d+\.\d\d\[", scored)
    for args in (["show", "fars-url"], ["search", "پتو"]):  # the article page and the results list
        from_url = runner.invoke(app, [*args, "--index", dated, "--bidi"]).stdout
        assert get_display("از نشانی", base_dir="R").join("()") in from_url, args
        assert get_display("از نشانی", base_dir="R").join(")(") not in from_url, args
