"""Word lists the analysis needs, taken from hazm's data without importing hazm.

Importing hazm and building its Normalizer costs about two seconds; a query
must not pay that. hazm's data files are read straight from its package
folder, and the one derived list (words the suffix stripper must leave alone)
is generated once from hazm's lexicon and shipped in indexer/data:
``python -m indexer.lexicon`` regenerates it, and a test checks it is current.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from corpus.orthography import fold_word, hazm_data_file, stop_words  # noqa: F401 (stop_words: the analysis's)

DATA = Path(__file__).parent / "data"
PROTECTED_WORDS_FILE = DATA / "protected_words.txt"
HE_WORDS_FILE = DATA / "he_words.txt"

# (suffix, what replaces it, letters that must precede it or "" for any),
# longest first: نمایندگان → نماینده, دانشجویان → دانشجو, کودکان → کودک.
STRIPPABLE = (
    ("هایی", "", ""),
    ("های", "", ""),
    ("ها", "", ""),
    ("ترین", "", ""),
    ("تر", "", ""),
    ("گان", "ه", ""),
    ("یان", "", "او"),
    ("ان", "", ""),
    ("شده", "", ""),
)
# Suffixes after a final ه: خانه‌ای, خانه‌ام, بیمه‌شده‌اند. Joined, خانه‌ای
# reads like خان+های, so they go only when a lexicon word ending in ه remains.
HE_SUFFIXES = ("ای", "ی", "اند", "ایم", "اید", "ام", "اش", "ات")


@lru_cache(maxsize=1)
def protected_words() -> frozenset[str]:
    """Words that end like a suffix but are words in their own right."""
    return frozenset(PROTECTED_WORDS_FILE.read_text(encoding="utf-8").split())


@lru_cache(maxsize=1)
def he_words() -> frozenset[str]:
    """Words ending in ه, which take ای / ی as a suffix: خانه, برنامه."""
    return frozenset(HE_WORDS_FILE.read_text(encoding="utf-8").split())


def strippable(word: str) -> bool:
    """Does ``word`` end in a suffix StripSuffixes would remove?"""
    return any(
        word.endswith(suffix) and len(word) - len(suffix) >= 2 and (not after or word[-len(suffix) - 1] in after)
        for suffix, _, after in STRIPPABLE
    )


def hazm_base_words() -> list[str]:
    """hazm lexicon entries that are base forms, folded.

    Entries tagged as plurals (PL) or with no part of speech (0) are inflected
    forms themselves, so they are left out: their suffixes should go.
    """
    words = set()
    for line in hazm_data_file("words.dat").read_text(encoding="utf-8").splitlines():
        word, _, tags = (line.split("\t") + ["", ""])[:3]
        if tags not in ("", "0") and "PL" not in tags.split(","):
            words.add(fold_word(word))
    return sorted(words)


def derived_lists() -> dict[Path, list[str]]:
    """The shipped word lists, as hazm's lexicon defines them today."""
    base = hazm_base_words()
    return {
        PROTECTED_WORDS_FILE: [word for word in base if strippable(word)],
        HE_WORDS_FILE: [word for word in base if word.endswith("ه") and len(word) >= 2],
    }


if __name__ == "__main__":
    for path, words in derived_lists().items():
        path.write_text("\n".join(words) + "\n", encoding="utf-8")
        print(f"wrote {len(words)} words to {path}")
