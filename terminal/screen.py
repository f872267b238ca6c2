"""Where a command's text output goes: stdout, wrapped, and reordered for display when bidi is on."""

from __future__ import annotations

from rich.console import Console
from rich.text import Text

from terminal.bidi import bidi_lines, reorder_line


class Screen:
    """Where a command's text output goes: stdout, reordered for display when bidi is on.

    Lines are wrapped here, not by rich, so an indented paragraph keeps its
    indent on every line and nothing pads lines with trailing spaces.
    """

    def __init__(self, console: Console, bidi: bool, err: Console | None = None):
        self.console, self.bidi = console, bidi
        self.err = err or Console(stderr=True, highlight=False, soft_wrap=True)  # notices and "nothing found"

    def line(self, text: Text | str = "", indent: int = 0) -> None:
        text = Text(text) if isinstance(text, str) else text
        width = max(self.console.width - indent, 10)
        if not text.plain:
            self.console.print()
            return
        if not self.bidi:
            for visual in text.wrap(self.console, width):
                self._print(Text(" " * indent) + visual)
            return
        for visual, rtl in bidi_lines(text, self.console, width):
            pad = max(width - visual.cell_len, 0) if rtl else indent  # right-to-left: flush right
            self._print(Text(" " * pad) + visual)

    def address(self, text: str, indent: int = 0, style: str = "dim") -> None:
        """An id or url: one line, left to right, never broken (the terminal wraps it if it must)."""
        shown = Text(text, style=style)
        self._print(Text(" " * indent) + (reorder_line(shown, "L") if self.bidi else shown))

    def _print(self, line: Text) -> None:
        line.rstrip()
        self.console.print(line, no_wrap=True, crop=False, soft_wrap=True)
