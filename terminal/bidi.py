"""Right-to-left text on terminals that do not apply the Unicode bidi algorithm.

Right-to-left text. A terminal that does not apply the Unicode bidi algorithm
shows Persian letters reversed. ``--bidi`` reorders every line for display
(python-bidi's get_display, after wrapping to the terminal width, so each
visual line is reordered on its own and the lines stay in order) and
right-aligns right-to-left lines; ``--no-bidi`` never does. Without either,
GOFTAR_BIDI=1/0 decides when stdout is a terminal, else a guess: on for a
terminal, except those known to reorder by themselves (mlterm, VTE 0.58+ as in
GNOME Terminal, Konsole, macOS Terminal), detected from TERM, MLTERM,
VTE_VERSION, KONSOLE_VERSION and TERM_PROGRAM; the guess is a heuristic, hence
the option and the variable. Output that is not a terminal (a pipe, a file) is
reordered only when --bidi asks for it, and JSON and CSV never are.
"""

from __future__ import annotations

import os
import unicodedata

from bidi import get_display
from rich.console import Console
from rich.text import Text


def terminal_does_bidi(environ=os.environ) -> bool:
    """Does this terminal reorder right-to-left text itself? A guess from its environment."""
    if environ.get("TERM", "").startswith("mlterm") or environ.get("MLTERM"):
        return True
    vte = environ.get("VTE_VERSION", "")
    if vte.isdigit() and int(vte) >= 5800:  # VTE does bidi since 0.58
        return True
    return bool(environ.get("KONSOLE_VERSION")) or environ.get("TERM_PROGRAM") == "Apple_Terminal"


def bidi_wanted(option: bool | None, is_terminal: bool, environ=os.environ) -> bool:
    """--bidi/--no-bidi, else GOFTAR_BIDI on a terminal, else the terminal guess; never off a terminal unasked."""
    if option is not None:
        return option
    if not is_terminal:
        return False
    setting = environ.get("GOFTAR_BIDI", "").strip().lower()
    if setting:
        if setting in ("1", "on", "yes", "true"):
            return True
        if setting in ("0", "off", "no", "false"):
            return False
        raise ValueError(f"GOFTAR_BIDI is {setting!r}; set it to 1 (reorder) or 0 (do not)")
    return not terminal_does_bidi(environ)


# Two characters of each bidi class, neither mirrored: putting one in place of a
# character of the same class cannot change how a line is reordered.
_STAND_INS = {
    "L": "ab", "R": "\u05d0\u05d1", "AL": "\u0628\u067e", "EN": "12", "AN": "\u0661\u0662",
    "ES": "+-", "ET": "#%", "CS": ",:", "NSM": "\u064e\u064f", "BN": "\u200c\u200d",
    "WS": " \u2002", "ON": "!\"",
}


def _stand_in(char: str) -> str | None:
    pair = _STAND_INS.get(unicodedata.bidirectional(char))
    if pair is None or unicodedata.mirrored(char):
        return None
    return pair[1] if char == pair[0] else pair[0]


def display_order(logical: str, base_dir: str | None = None) -> list[int]:
    """For each position of get_display(logical), the position in ``logical`` it shows.

    python-bidi returns the reordered string but not the permutation, which
    styles (highlights) need. Each character is identified by the bits of its
    position: for each bit, the characters with that bit set are swapped for a
    stand-in of their bidi class, and the display positions that change have
    the bit. Mirrored characters (brackets) cannot be swapped; they get the
    leftover positions of the same character.
    """
    display = get_display(logical, base_dir=base_dir)
    codes = [0] * len(display)
    for bit in range(len(logical).bit_length()):
        mask = 1 << bit
        swapped = [(_stand_in(c) or c) if (n + 1) & mask else c for n, c in enumerate(logical)]
        changed = get_display("".join(swapped), base_dir=base_dir)
        for position, (before, after) in enumerate(zip(display, changed)):
            if before != after:
                codes[position] |= mask
    order = [code - 1 if 0 < code <= len(logical) else -1 for code in codes]
    left = [n for n in range(len(logical)) if n not in set(order)]
    for position, source in enumerate(order):
        if source < 0 and left:
            same = [n for n in left if display[position] in (logical[n], _mirror(logical[n]))]
            order[position] = (same or left)[0]
            left.remove(order[position])
    return order


def _mirror(char: str) -> str:
    return get_display(char, base_dir="R") if unicodedata.mirrored(char) else char


def reorder_line(line: Text, base_dir: str) -> Text:
    """One visual line in display order, each character keeping its style."""
    logical = line.plain
    display = get_display(logical, base_dir=base_dir)
    if display == logical:
        return line
    styles: list[list] = [[] for _ in logical]
    for span in line.spans:
        for n in range(max(span.start, 0), min(span.end, len(logical))):
            styles[n].append(span.style)
    result = Text(display, style=line.style, end="")
    order = display_order(logical, base_dir)
    runs: list[tuple[int, int, tuple]] = []
    for position, source in enumerate(order):
        style = tuple(styles[source]) if source >= 0 else ()
        if runs and runs[-1][2] == style and runs[-1][1] == position:
            runs[-1] = (runs[-1][0], position + 1, style)
        else:
            runs.append((position, position + 1, style))
    for start, end, style in runs:
        for part in style:
            result.stylize(part, start, end)
    return result


def is_rtl(text: str) -> bool:
    """Right-to-left if the text has any Persian (or other right-to-left) letter.

    Not the first-strong-letter rule of the Unicode algorithm: a line such as
    ``news.example.ir · اجتماعی · ۱۳۹۸/۰۷/۱۲`` reads, for a Persian reader,
    from the right.
    """
    return any(unicodedata.bidirectional(c) in ("R", "AL") for c in text)


def bidi_lines(text: Text, console: Console, width: int) -> list[tuple[Text, bool]]:
    """``text`` wrapped to ``width``, then each visual line reordered: (line, is right-to-left).

    Wrapping comes first: reordering a whole paragraph and then wrapping it
    would put its lines in the wrong order. The paragraph's direction is kept
    for every one of its lines.
    """
    rtl = is_rtl(text.plain)
    lines = text.wrap(console, max(width, 10))
    for line in lines:
        line.rstrip()  # a space left at a wrap would move to the line's start
    return [(reorder_line(line, "R" if rtl else "L"), rtl) for line in lines]
