"""Right-to-left text on terminals that do not apply the Unicode bidi algorithm.

A terminal that does not apply the Unicode bidi algorithm shows Persian
letters reversed. ``--bidi`` reorders every line for display (python-bidi's
algorithm, brackets mirrored, after wrapping to the terminal width, so each
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

from bidi import algorithm
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


def display(logical: str, base_dir: str | None = None) -> tuple[str, list[int]]:
    """``logical`` in display order with brackets mirrored, and for each display position the position it shows.

    python-bidi's own algorithm does the work: its pure-Python implementation
    (``bidi.algorithm``, whose steps are public) reorders and mirrors, and as
    each character is tagged with its position the permutation, which styles
    (highlights) need, comes out with the text. Its default implementation
    (``bidi.get_display``, Rust) does not mirror, so ``[6.25]`` would show as
    ``]6.25[``. Characters the algorithm drops (rule X9: ZWNJ, ZWJ, embedding
    controls) are put back beside the character before them, so a ZWNJ still
    keeps its letters apart.
    """
    storage = algorithm.get_empty_storage()
    level = algorithm.PARAGRAPH_LEVELS[base_dir] if base_dir else algorithm.get_base_level(logical)
    storage["base_level"], storage["base_dir"] = level, ("L", "R")[level]
    algorithm.get_embedding_levels(logical, storage)
    for position, char in enumerate(storage["chars"]):
        char["position"] = position
    for step in (algorithm.explicit_embed_and_overrides, algorithm.resolve_weak_types, algorithm.resolve_neutral_types,
                 algorithm.resolve_implicit_levels, algorithm.reorder_resolved_levels, algorithm.apply_mirroring):
        step(storage, False)
    shown = [(char["position"], char["ch"], char["level"]) for char in storage["chars"]]
    _put_back_dropped(logical, shown, level)
    return "".join(char for _, char, _ in shown), [position for position, _, _ in shown]


def _put_back_dropped(logical: str, shown: list[tuple[int, str, int]], base_level: int) -> None:
    """Each character X9 removed goes next to the one before it (after it, in that one's direction)."""
    kept = {position for position, _, _ in shown}
    for position in range(len(logical)):
        if position in kept:
            continue
        at = {p: n for n, (p, _, _) in enumerate(shown)}
        if position - 1 in at:  # after the character before it
            n = at[position - 1]
            level = shown[n][2]
            where = n if level % 2 else n + 1
        elif shown:  # at the start of the line: before the first character shown
            n = at[min(at)]
            level = shown[n][2]
            where = n + 1 if level % 2 else n
        else:
            level, where = base_level, 0
        shown.insert(where, (position, logical[position], level))


def display_order(logical: str, base_dir: str | None = None) -> list[int]:
    """For each display position, the position in ``logical`` it shows."""
    return display(logical, base_dir)[1]


def reorder_line(line: Text, base_dir: str) -> Text:
    """One visual line in display order, brackets mirrored, each character keeping its style."""
    logical = line.plain
    shown, order = display(logical, base_dir)
    if order == list(range(len(logical))) and shown == logical:
        return line
    styles: list[list] = [[] for _ in logical]
    for span in line.spans:
        for n in range(max(span.start, 0), min(span.end, len(logical))):
            styles[n].append(span.style)
    result = Text(shown, style=line.style, end="")
    runs: list[tuple[int, int, tuple]] = []
    for position, source in enumerate(order):
        style = tuple(styles[source])
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
