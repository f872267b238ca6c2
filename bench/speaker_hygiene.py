"""Speakers that are not names: every speaker goftar finds in the shared articles, checked.

    python bench/speaker_hygiene.py [--all] [--top 300]

Extracts the quotes of the 900 Fars (../shared/data) and 490 Varzesh3
(../shared/sports) articles, builds the speaker registry from them as the
index does, and flags every speaker whose name holds a stop word, a time
word, a weekday, a digit, a verb, a quantity or a reporting word
(corpus.quotes.person.name_flags: the word lists of corpus/quotes/constants.py,
the same the person-name check uses). Organisations (سازمان ...، فدراسیون ...)
are counted apart and not checked: their names hold such words. Prints the number of speakers, the flagged ones with why, and how
many of the top N speakers by quote count are flagged (issue 11's bar: 0 of
the top 300). ``--all`` lists every speaker with its count. Without the data
the script says so and exits 0.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold import DATA_FOLDERS  # noqa: E402

from corpus.quotes.person import name_flags  # noqa: E402

from corpus.quotes import extract_quotes  # noqa: E402
from corpus.readers import ReadReport, iter_documents  # noqa: E402
from corpus.speakers import SpeakerRegistry  # noqa: E402


def registry() -> SpeakerRegistry:
    files = sorted(p for folder in DATA_FOLDERS for p in folder.glob("*.json"))
    quotes = [q for doc in iter_documents(files, ReadReport()) for q in extract_quotes(doc)]
    return SpeakerRegistry.from_quotes(quotes)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--all", action="store_true", help="list every speaker, not only the flagged ones")
    parser.add_argument("--top", type=int, default=300, help="how many most-quoted speakers the bar counts")
    args = parser.parse_args(argv)
    if not any(folder.is_dir() for folder in DATA_FOLDERS):
        print(f"skipped: no articles under {' or '.join(map(str, DATA_FOLDERS))}")
        return 0
    everyone = list(registry())
    speakers = [s for s in everyone if s.speaker_type != "organisation"]
    flagged = [(rank, s, name_flags(s.name)) for rank, s in enumerate(speakers, start=1)]
    flagged = [(rank, s, why) for rank, s, why in flagged if why]
    for rank, speaker, why in flagged if not args.all else [(r, s, name_flags(s.name)) for r, s in enumerate(speakers, 1)]:
        marks = ", ".join(f"{kind}:{word}" for kind, word in why)
        print(f"{rank:>5}  {speaker.quotes:>4}  {speaker.name}" + (f"   <- {marks}" if marks else ""))
    top = sum(1 for rank, _, _ in flagged if rank <= args.top)
    print(f"\nspeakers: {len(everyone)} ({len(everyone) - len(speakers)} organisations)   people flagged: "
          f"{len(flagged)}   flagged among the top {args.top}: {top}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
