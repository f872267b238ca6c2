"""Speakers that are not names: every speaker goftar finds in the shared articles, checked.

    python bench/speaker_hygiene.py [--all] [--top 300]

Extracts the quotes of the 900 Fars (../shared/data) and 490 Varzesh3
(../shared/sports) articles, builds the speaker registry from them as the
index does, and flags every speaker whose name holds a stop word, a time
word, a weekday, a digit, a verb, a quantity or a reporting word
(corpus.quotes.person.name_flags: the word lists of corpus/quotes/constants.py,
the same the person-name check uses), and every one-word speaker the articles
often write as a compound verb's noun (موافقت کرد، انجام شد: a tenth of its
uses or more right before a light verb). Organisations (سازمان ...، فدراسیون ...)
are counted apart and not checked: their names hold such words. Prints the number of speakers, the flagged ones with why, and how
many of the top N speakers by quote count are flagged (issue 11's bar: 0 of
the top 300). ``--all`` lists every speaker with its count. Without the data
the script says so and exits 0.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold import DATA_FOLDERS  # noqa: E402

from corpus.orthography import fold_word  # noqa: E402
from corpus.quotes.constants import LIGHT_VERBS  # noqa: E402
from corpus.quotes.person import name_flags  # noqa: E402
from corpus.quotes.subjects import LIGHT_VERB_FORMS, LIGHT_VERB_PARTICIPLES  # noqa: E402

from corpus.quotes import extract_quotes  # noqa: E402
from corpus.readers import ReadReport, iter_documents  # noqa: E402
from corpus.speakers import SpeakerRegistry  # noqa: E402

LIGHT_PRESENTS = tuple(fold_word(present) for present in LIGHT_VERBS.values())
MIN_LIGHT_VERB_SHARE = 0.1  # of a word's uses, right before a light verb: a compound verb's noun
MIN_LIGHT_VERB_USES = 2


def registry() -> tuple[SpeakerRegistry, Counter, Counter]:
    """The registry, and for each folded word how often the articles write it, and how often
    right before a light verb (موافقت کرد، انجام شد، تعریف می‌کند)."""
    files = sorted(p for folder in DATA_FOLDERS for p in folder.glob("*.json"))
    docs = list(iter_documents(files, ReadReport()))
    uses, before_light_verb = Counter(), Counter()
    for doc in docs:
        for text in (doc.title, doc.lead, *doc.paragraphs):
            words = [fold_word(w) for w in text.replace("\u200c", "").split()]
            uses.update(words)
            before_light_verb.update(a for a, b in zip(words, words[1:]) if _light_verb(b))
    quotes = [q for doc in docs for q in extract_quotes(doc)]
    return SpeakerRegistry.from_quotes(quotes), uses, before_light_verb


def _light_verb(key: str) -> bool:
    """A light verb's past, participle or present (کرد، شده، می‌کند)."""
    bare = key.removeprefix("ن").removeprefix("می")
    return key in LIGHT_VERB_FORMS or key in LIGHT_VERB_PARTICIPLES or key != bare and bare.startswith(LIGHT_PRESENTS)


def verbal_noun(name: str, uses: Counter, before_light_verb: Counter) -> bool:
    """Is a one-word name a word the articles use as a compound verb's noun (موافقت، انجام)?"""
    key = fold_word(name)
    return " " not in name.strip() and before_light_verb[key] >= MIN_LIGHT_VERB_USES \
        and before_light_verb[key] >= MIN_LIGHT_VERB_SHARE * uses[key]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--all", action="store_true", help="list every speaker, not only the flagged ones")
    parser.add_argument("--top", type=int, default=300, help="how many most-quoted speakers the bar counts")
    args = parser.parse_args(argv)
    if not any(folder.is_dir() for folder in DATA_FOLDERS):
        print(f"skipped: no articles under {' or '.join(map(str, DATA_FOLDERS))}")
        return 0
    found, uses, before_light_verb = registry()
    everyone = list(found)

    def flags(name: str) -> list[tuple[str, str]]:
        return name_flags(name) + ([("verbal noun", name)] if verbal_noun(name, uses, before_light_verb) else [])

    speakers = [s for s in everyone if s.speaker_type != "organisation"]
    flagged = [(rank, s, flags(s.name)) for rank, s in enumerate(speakers, start=1)]
    flagged = [(rank, s, why) for rank, s, why in flagged if why]
    for rank, speaker, why in flagged if not args.all else [(r, s, flags(s.name)) for r, s in enumerate(speakers, 1)]:
        marks = ", ".join(f"{kind}:{word}" for kind, word in why)
        print(f"{rank:>5}  {speaker.quotes:>4}  {speaker.name}" + (f"   <- {marks}" if marks else ""))
    top = sum(1 for rank, _, _ in flagged if rank <= args.top)
    print(f"\nspeakers: {len(everyone)} ({len(everyone) - len(speakers)} organisations)   people flagged: "
          f"{len(flagged)}   flagged among the top {args.top}: {top}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
