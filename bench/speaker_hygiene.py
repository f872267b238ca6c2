"""Speakers that are not names: every speaker goftar finds in the shared articles, checked.

    python bench/speaker_hygiene.py [--all] [--top 300]

Extracts the quotes of the 900 Fars (../shared/data) and 490 Varzesh3
(../shared/sports) articles, builds the speaker registry from them as the
index does, and flags every speaker whose name holds a stop word, a time
word, a weekday, a digit, a verb, a quantity or a reporting word (the word
lists are corpus.quotes' NON_NAME word lists, shared with the person-name
check). Prints the number of speakers, the flagged ones with why, and how
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

from corpus.quotes import extract_quotes  # noqa: E402
from corpus.readers import ReadReport, iter_documents  # noqa: E402
from corpus.speakers import SpeakerRegistry  # noqa: E402


# Until the name check lands in the library, the word lists live here.
from corpus.orthography import fold_word  # noqa: E402
from indexer.lexicon import hazm_data_file, stop_words  # noqa: E402

TIME_WORDS = frozenset(fold_word(w) for w in (
    "امروز", "دیروز", "فردا", "امشب", "دیشب", "پریروز", "صبح", "عصر", "ظهر", "شب", "بامداد", "شامگاه",
    "صبحگاه", "نیمروز", "بعدازظهر", "پیش‌ازظهر", "ساعت", "ساعاتی", "لحظاتی", "روز", "روزه", "هفته", "ماه",
    "سال", "گذشته", "اکنون", "حالا", "هم‌اکنون", "اخیرا", "قبلا", "سپس", "بلافاصله", "پیشتر", "امسال", "پارسال",
))
GLUED_TIME_WORDS = tuple(fold_word(w) for w in ("امروز", "دیروز", "امشب", "فردا"))
WEEKDAYS = frozenset(fold_word(w) for w in (
    "شنبه", "یکشنبه", "یک‌شنبه", "دوشنبه", "سه‌شنبه", "سه شنبه", "چهارشنبه", "چهار‌شنبه", "پنجشنبه",
    "پنج‌شنبه", "جمعه",
))
QUANTITY_WORDS = frozenset(fold_word(w) for w in (
    "حدود", "تعداد", "درصد", "بسیار", "بسیاری", "محدود", "محدودی", "چند", "چندین", "برخی", "بیش", "کمتر",
    "بیشتر", "نیمی", "همه", "تمام", "اکثر", "اغلب", "هزار", "میلیون", "میلیارد", "صد", "دو", "سه", "چهار",
    "پنج", "شش", "هفت", "هشت", "نه", "ده",
))
REPORTING_WORDS = frozenset(fold_word(w) for w in (
    "گفت", "گفته", "گفتگو", "گفت‌وگو", "اظهار", "تصریح", "افزود", "خبرنگار", "خبرنگاری", "خبرنگاران",
    "گزارش", "گزارشی", "اعلام", "خبر", "مصاحبه", "پاسخ", "پرسش", "سوال", "سئوال", "مبنی", "نقل", "بیان",
    "اشاره", "تاکید", "اطلاعیه", "بیانیه", "ادامه", "افزوده",
))
# Stop words that are also parts of names: عیسی زاده، ابوترابی فرد، ولی آذروش; و joins organisations' names.
NAME_PARTS_IN_STOP_WORDS = frozenset(fold_word(w) for w in ("زاده", "فرد", "ولی", "آقای", "و"))


def lexicon() -> dict[str, set[str]]:
    """hazm's words with their parts of speech."""
    words: dict[str, set[str]] = {}
    for line in hazm_data_file("words.dat").read_text(encoding="utf-8").splitlines():
        word, _, tags = (line.split("\t") + ["", ""])[:3]
        words.setdefault(fold_word(word), set()).update(tags.split(","))
    return words


LEXICON = lexicon()


def verb_forms() -> frozenset[str]:
    """Finite verb forms: past stem + ending (a bare past stem only when no noun spells the same),
    می/نمی + present stem + ending."""
    forms = set()
    for line in hazm_data_file("verbs.dat").read_text(encoding="utf-8").split():
        past, _, present = line.partition("#")
        if past:
            forms.update(fold_word(past + ending) for ending in ("م", "ی", "یم", "ید", "ند"))
            if not LEXICON.get(fold_word(past), set()) & {"N", "AJ"}:
                forms.add(fold_word(past))
        if present:
            forms.update(fold_word(prefix + present + ending) for prefix in ("می", "نمی")
                         for ending in ("م", "ی", "د", "یم", "ید", "ند"))
    return frozenset(forms)


VERBS = verb_forms()


def name_flags(name: str) -> list[tuple[str, str]]:
    """(kind, word) for each word of ``name`` that no name holds; two words the lexicon
    knows as one (بین المللی) count as one."""
    flags = []
    words = name.split()
    n = 0
    while n < len(words):
        word, key = words[n], fold_word(words[n])
        if n + 1 < len(words) and key + fold_word(words[n + 1]) in LEXICON:
            n += 2
            continue
        n += 1
        if any(ch.isdigit() for ch in key):
            flags.append(("digit", word))
        elif key in WEEKDAYS:
            flags.append(("weekday", word))
        elif key in TIME_WORDS or any(key.endswith(t) and len(key) > len(t) + 1 for t in GLUED_TIME_WORDS):
            flags.append(("time", word))
        elif key in REPORTING_WORDS:
            flags.append(("reporting", word))
        elif key in QUANTITY_WORDS:
            flags.append(("quantity", word))
        elif key in stop_words() and key not in NAME_PARTS_IN_STOP_WORDS:
            flags.append(("stop word", word))
        elif key in VERBS:
            flags.append(("verb", word))
    return flags


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
    speakers = list(registry())
    flagged = [(rank, s, name_flags(s.name)) for rank, s in enumerate(speakers, start=1)]
    flagged = [(rank, s, why) for rank, s, why in flagged if why]
    for rank, speaker, why in flagged if not args.all else [(r, s, name_flags(s.name)) for r, s in enumerate(speakers, 1)]:
        marks = ", ".join(f"{kind}:{word}" for kind, word in why)
        print(f"{rank:>5}  {speaker.quotes:>4}  {speaker.name}" + (f"   <- {marks}" if marks else ""))
    top = sum(1 for rank, _, _ in flagged if rank <= args.top)
    print(f"\nspeakers: {len(speakers)}   flagged: {len(flagged)}   flagged among the top {args.top}: {top}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
