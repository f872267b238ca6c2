"""How quote extraction scales with the length of one paragraph (user audit r28, 2a).

    python bench/long_paragraph.py [--sizes 500 1000 2000 4000] [--runs 3]

Each size is one paragraph repeating a made-up quoted sentence that many times (and one of made-up
sentences that quote nobody); prints the median CPU seconds of extract_quotes over the runs and
the ratio to the size before. Near-linear extraction keeps each doubling's ratio near 2; a ratio
near 4 means the work is quadratic again. Timed here, never in the unit tests.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from corpus.document import Document  # noqa: E402
from corpus.quotes import extract_quotes  # noqa: E402

QUOTED = "مدیرکل بهزیستی گفت: «برای کودکان کار امسال برنامه تازه‌ای داریم.» "
PLAIN = ("وزارت کار برنامه تازه‌ای برای حمایت از کودکان کار در استان تهران تدوین کرده است. "
         "این طرح از ابتدای سال آینده در ده شهر اجرا خواهد شد و هزینه آن از محل اعتبارات ملی تامین می‌شود. "
         "بر اساس آمار رسمی، بیش از سه هزار کودک در خیابان‌های پایتخت کار می‌کنند. "
         "سازمان بهزیستی نیز در این زمینه همکاری خواهد کرد. ")


def seconds(paragraph: str, runs: int) -> tuple[float, int]:
    """The median CPU seconds of extracting the paragraph's quotes, and how many were found."""
    doc = Document(id="bench", title="گزارش آزمایشی", paragraphs=[paragraph])
    times, found = [], 0
    for _ in range(runs):
        started = time.process_time()
        found = len(extract_quotes(doc))
        times.append(time.process_time() - started)
    return statistics.median(times), found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[500, 1000, 2000, 4000])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    for label, sentence, per in (("quoted", QUOTED, 1), ("no quotes", PLAIN, 4)):
        previous = None
        for size in args.sizes:
            median, found = seconds(sentence * (size // per), args.runs)
            ratio = f"x{median / previous:.2f}" if previous else "-"
            print(f"{label:>9} {size:>6} sentences {median:8.2f} s median  {found:>6} quotes  {ratio}")
            previous = median
    return 0


if __name__ == "__main__":
    sys.exit(main())
