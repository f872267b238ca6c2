"""Word lists the analysis needs, taken from hazm's data without importing hazm.

Importing hazm and building its Normalizer costs about two seconds; a query
must not pay that. hazm's data files are read straight from its package
folder, and the one derived list (words the suffix stripper must leave alone)
is generated once from hazm's lexicon and shipped in indexer/data:
``python -m indexer.lexicon`` regenerates it (run it twice: whole_words is found with the
suffix stripper, which reads the lists), and a test checks it is current.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from corpus.orthography import ZWNJ, fold_word, hazm_data_file, search_fold, stop_words  # noqa: F401 (stop_words: the analysis's)

DATA = Path(__file__).parent / "data"
PROTECTED_WORDS_FILE = DATA / "protected_words.txt"
HE_WORDS_FILE = DATA / "he_words.txt"
COMPOUND_PARTS_FILE = DATA / "compound_parts.txt"
SHORT_WORDS_FILE = DATA / "short_words.txt"
WHOLE_WORDS_FILE = DATA / "whole_words.txt"
ARABIC_PLURALS_FILE = DATA / "arabic_plurals.txt"
STOP_TERMS_FILE = DATA / "stop_terms.txt"
BROKEN_PLURALS_FILE = DATA / "broken_plurals.txt"
GRADABLE_WORDS_FILE = DATA / "gradable_words.txt"
PRESENT_STEMS_FILE = DATA / "present_stems.txt"
# Written by hand, not derived: names and words of their own that end like a plural or a
# comparative and whose stem hazm's lexicon knows, which hazm tags as plurals (سپاهان, دوران,
# گرگان: PL) or lacks (آبادان, زاهدان). Each line a word; # starts a comment.
NOT_INFLECTED_FILE = DATA / "not_inflected.txt"

# A word written joined is split into two lexicon words of at least this many
# letters each (مردم + نهاد); shorter parts (بد, کم) split off too many words by chance.
MIN_COMPOUND_PART = 3
# A query's joined word is split where the archive's writers put a ZWNJ (search.split_as_written),
# into parts of at least this many letters: the writers' ZWNJ, not chance, says where (کی‌روش).
# Applied when the build records those splits (analysis.written_apart): changing it needs a rebuild.
MIN_WRITTEN_PART = 2
# Arabic words with the article (الاسلام, المللی) are not Persian compounds.
ARABIC_ARTICLE = "ال"
# Endings a word takes without becoming a compound: possessives, verb
# persons, copula (کشورمان is کشور + مان, not کشو + رمان; فروختم is no فرو + ختم).
INFLECTIONS = ("مان", "شان", "تان", "ش", "م", "ت", "یم", "ید", "ند", "ی", "ست", "است")

# What the stem left by a suffix must be for the suffix to go (the fourth field of STRIPPABLE):
# anything; a word of hazm's lexicon, its nisba adjective, a verb's present stem or two of its
# words joined (analysis.plural_stem: نمیتوان is no plural of نمیتو, nor زلاتان of زلات); or an adjective or
# adverb of it (analysis.gradable_stem: تاتر and اینتر are no comparatives of تا and این).
ANY_STEM, WORD_STEM, GRADABLE_STEM = "", "word", "gradable"
# (suffix, what replaces it, letters that must precede it or "" for any, what the stem must be),
# longest first: نمایندگان → نماینده, دانشجویان → دانشجو, کودکان → کودک. A suffix whose stem
# does not fit is not stripped, and a shorter one is tried: بزرگان is no بزره + گان but بزرگ + ان.
STRIPPABLE = (
    ("هایی", "", "", ANY_STEM),
    ("های", "", "", ANY_STEM),
    ("ها", "", "", ANY_STEM),
    ("ترین", "", "", GRADABLE_STEM),
    ("تر", "", "", GRADABLE_STEM),
    ("گان", "ه", "", WORD_STEM),
    ("یان", "", "او", WORD_STEM),
    ("ان", "", "", WORD_STEM),
    ("شده", "", "", ANY_STEM),
)
# hazm's tags of the words that take تر and ترین: adjectives and adverbs.
GRADABLE_TAGS = frozenset({"AJ", "ADV"})
# The nisba ی that makes an adjective of a word (ایران → ایرانی, نظام → نظامی); hazm lists few
# such adjectives as base words, but their stem it knows: ایرانیان → ایرانی, اصلیترین → اصلی.
NISBA = "ی"
# The singular possessives, whose plurals are ان after them (مان, تان, شان): کشورمان → کشورم.
SINGULAR_POSSESSIVES = frozenset("متش")
# Suffixes after a final ه: خانه‌ای, خانه‌ام, بیمه‌شده‌اند. Joined, خانه‌ای
# reads like خان+های, so they go only when a lexicon word ending in ه remains.
HE_SUFFIXES = ("ای", "ی", "اند", "ایم", "اید", "ام", "اش", "ات")
# The Arabic plural (خیرین, معلولین), written as often as the Persian ان.
ARABIC_PLURAL = "ین"
# hazm tags its Arabic plurals as nouns only; تامین, سنگین, ماشین are also
# adjectives, پایین an adverb, and names (یاسین, شاهین) carry the tag 0.
ARABIC_PLURAL_TAGS = frozenset({"N", "NUM"})
# Arabic broken plurals (مدارس, اطفال, مناطق) and the shapes of their
# singulars: (plural as a regex, one letter per group; singulars it may come
# from, the groups put back). hazm tags such words PL but names no singular, so
# a plural is paired with the one candidate its lexicon has as a base word.
BROKEN_PLURAL_SHAPES = (
    (r"ا(.)(.)ا(.)", (r"\1\2\3",)),  # افعال: اطفال → طفل
    (r"(.)(.)و(.)", (r"\1\2\3",)),  # فعول: علوم → علم
    (r"م(.)ا(.)(.)", (r"م\1\2\3", r"م\1\2\3ه")),  # مفاعل: مراکز → مرکز, مدارس → مدرسه
    (r"م(.)ا(.)ی(.)", (r"م\1\2ا\3", r"م\1\2و\3", r"م\1\2ی\3")),  # مفاعیل: مقادیر → مقدار, مفاهیم → مفهوم
    (r"(.)وا(.)(.)", (r"\1ا\2\3", r"\1ا\2\3ه")),  # فواعل: عوامل → عامل, حوادث → حادثه
    (r"(.)(.)ا(.)(.)", (r"\1\2\3\4", r"\1\2\3\4ه")),  # فعالل: جداول → جدول, تجارب → تجربه
    (r"(.)(.)ای(.)", (r"\1\2ی\3", r"\1\2ی\3ه")),  # فعائل: دلایل → دلیل, نتایج → نتیجه
    (r"(.)(.)(.)ا", (r"\1\2ی\3", r"\1ا\2\3")),  # فعلاء: فقرا → فقیر, شعرا → شاعر
    (r"(.)(.)ا(.)ی(.)", (r"\1\2\3ی\4", r"\1\2\3ا\4", r"\1\2\3و\4")),  # تفاعیل: تصاویر → تصویر, اساتید → استاد
    (r"ا(.)(.)(.)ه", (r"\1\2ی\3", r"\1\2ا\3")),  # افعله: اسلحه → سلاح
)
# Only plurals hazm tags as plural nouns alone: a word also tagged AJ or RES
# is often a verbal noun of the same shape (اعلام, امداد, اخلاق), no plural.
BROKEN_PLURAL_TAGS = frozenset({"N", "PL"})


def _shipped(path: Path) -> frozenset[str]:
    return frozenset(path.read_text(encoding="utf-8").split())


@lru_cache(maxsize=1)
def protected_words() -> frozenset[str]:
    """Words that end like a suffix but are words in their own right."""
    return _shipped(PROTECTED_WORDS_FILE)


@lru_cache(maxsize=1)
def not_inflected() -> frozenset[str]:
    """The hand list NOT_INFLECTED_FILE, folded as the analysis folds: words no suffix is stripped from."""
    lines = (line.split("#")[0].strip() for line in NOT_INFLECTED_FILE.read_text(encoding="utf-8").splitlines())
    return frozenset(search_fold(line) for line in lines if line)


@lru_cache(maxsize=1)
def gradable_words() -> frozenset[str]:
    """hazm's base words tagged adjective or adverb (GRADABLE_TAGS): the words تر and ترین are stripped to."""
    return _shipped(GRADABLE_WORDS_FILE)


@lru_cache(maxsize=1)
def present_stems() -> frozenset[str]:
    """The present stems of hazm's verbs (آموز, نشین, پرداز): the last part of an agent noun
    (دانش‌آموز), which takes ان even written apart (دانش آموزان)."""
    return _shipped(PRESENT_STEMS_FILE)


def hazm_present_stems() -> list[str]:
    """The present stems of verbs.dat (past#present per line), folded, of two letters or more."""
    lines = hazm_data_file("verbs.dat").read_text(encoding="utf-8").splitlines()
    return sorted({search_fold(line.split("#")[1]) for line in lines if "#" in line} - {""})


def base_word(word: str) -> bool:
    """Is ``word`` a base word of hazm's lexicon (of two letters or more; none with the Arabic article)?"""
    return word in compound_parts() or word in short_words()


@lru_cache(maxsize=1)
def he_words() -> frozenset[str]:
    """Words ending in ه, which take ای / ی as a suffix: خانه, برنامه."""
    return _shipped(HE_WORDS_FILE)


@lru_cache(maxsize=1)
def compound_parts() -> frozenset[str]:
    """hazm's base words that a joined compound may be split into (none too short)."""
    return _shipped(COMPOUND_PARTS_FILE)


@lru_cache(maxsize=1)
def short_words() -> frozenset[str]:
    """hazm's base words of two letters (کل، دو، جو): too short to split a word into when
    indexing, but a query's compound may end in one (مدیرکل is also written مدیر کل)."""
    return _shipped(SHORT_WORDS_FILE)


@lru_cache(maxsize=1)
def whole_words() -> frozenset[str]:
    """Lexicon words that look like two parts but are one word (دانشگاه, فروخت): never split."""
    return _shipped(WHOLE_WORDS_FILE)


@lru_cache(maxsize=1)
def arabic_plurals() -> frozenset[str]:
    """Lexicon words that are the Arabic plural ین of a base word: خیرین (خیر), معلولین (معلول)."""
    return _shipped(ARABIC_PLURALS_FILE)


@lru_cache(maxsize=1)
def stop_terms() -> frozenset[str]:
    """hazm's stop words as a query's analysis makes them (indexer.search drops the common ones).

    Shipped, not analysed here: analysing the 800 words took 10-20 ms of every cold search.
    """
    return _shipped(STOP_TERMS_FILE)


def known_stem(word: str) -> bool:
    """Is ``word`` one whose inflections (کشورمان, فروختم) are not compounds either?

    Two look-ups, not one in their union: building that set took 10 ms of a cold search.
    """
    return word in compound_parts() or word in whole_words()


@lru_cache(maxsize=1)
def broken_plurals() -> dict[str, str]:
    """Arabic broken plurals of hazm's lexicon and their singulars: مدارس → مدرسه, اطفال → طفل."""
    lines = BROKEN_PLURALS_FILE.read_text(encoding="utf-8").splitlines()
    return dict(line.split() for line in lines if line)


@lru_cache(maxsize=1)
def plurals_of() -> dict[str, tuple[str, ...]]:
    """The other way round: a singular and its broken plurals, مدرسه → (مدارس,)."""
    plurals: dict[str, list[str]] = {}
    for plural, singular in broken_plurals().items():
        plurals.setdefault(singular, []).append(plural)
    return {singular: tuple(forms) for singular, forms in plurals.items()}


def strippable(word: str) -> bool:
    """Does ``word`` end in a suffix StripSuffixes would remove?"""
    return any(
        word.endswith(suffix) and len(word) - len(suffix) >= 2 and (not after or word[-len(suffix) - 1] in after)
        for suffix, _, after, _ in STRIPPABLE
    )


def hazm_base_words(fold=search_fold, tagged: frozenset[str] = frozenset()) -> list[str]:
    """hazm lexicon entries that are base forms, folded as the analysis folds them (hamza seats too);
    with ``tagged``, only those with one of these tags.

    Entries tagged as plurals (PL) or with no part of speech (0) are inflected
    forms themselves, so they are left out: their suffixes should go.
    """
    words = set()
    for line in hazm_data_file("words.dat").read_text(encoding="utf-8").splitlines():
        word, _, tags = (line.split("\t") + ["", ""])[:3]
        found = tags.split(",")
        if tags not in ("", "0") and "PL" not in found and (not tagged or tagged.intersection(found)):
            words.add(fold(word))
    return sorted(words)


def search_spellings() -> dict[str, str]:
    """Each hazm word as fold_word spells it, and as the analysis does (search_fold): مسیله → مساله.

    The plural lists are found in fold_word's spelling, where their shapes (مسایل: فعائل →
    مسیله) and tags were worked out, and then respelled: folding the seats first made
    مسایل the plural of مسیل. Where two hazm words share a fold_word spelling, the more
    frequent one's search spelling is kept."""
    spellings: dict[str, tuple[int, str]] = {}
    for line in hazm_data_file("words.dat").read_text(encoding="utf-8").splitlines():
        word, count, _ = (line.split("\t") + ["", ""])[:3]
        old, frequency = fold_word(word), int(count or 0)
        if old not in spellings or frequency > spellings[old][0]:
            spellings[old] = (frequency, search_fold(word))
    return {old: new for old, (_, new) in spellings.items()}


def hazm_arabic_plurals(base: set[str]) -> list[str]:
    """hazm's words ending in ARABIC_PLURAL, tagged as nouns only, whose stem is in ``base``; folded."""
    tags: dict[str, set[str]] = {}
    for line in hazm_data_file("words.dat").read_text(encoding="utf-8").splitlines():
        word, _, tagged = (line.split("\t") + ["", ""])[:3]
        tags.setdefault(fold_word(word), set()).update(tagged.split(","))
    respelled = search_spellings()
    plurals = (respelled.get(word, word) for word, found in tags.items() if found <= ARABIC_PLURAL_TAGS)
    return sorted({word for word in plurals if word.endswith(ARABIC_PLURAL) and word[: -len(ARABIC_PLURAL)] in base})


def hazm_broken_plurals() -> list[str]:
    """"plural singular" for hazm's plural nouns (BROKEN_PLURAL_TAGS) and the singular of its base words
    their shape fits (BROKEN_PLURAL_SHAPES); where several fit (مدارس: مدرسه, مدرس) the
    one most frequent in hazm's lexicon; folded (in fold_word's spelling, then respelled)."""
    import re

    tags: dict[str, set[str]] = {}
    frequency: dict[str, int] = {}
    for line in hazm_data_file("words.dat").read_text(encoding="utf-8").splitlines():
        word, count, tagged = (line.split("\t") + ["", ""])[:3]
        word = fold_word(word)
        tags.setdefault(word, set()).update(tag for tag in tagged.split(",") if tag not in ("", "0"))
        frequency[word] = max(frequency.get(word, 0), int(count or 0))
    respelled = search_spellings()
    old_base = set(hazm_base_words(fold_word))
    pairs = {}
    for word, found in sorted(tags.items()):
        if "PL" not in found or not found <= BROKEN_PLURAL_TAGS:
            continue
        singulars = {match.expand(shape) for pattern, shapes in BROKEN_PLURAL_SHAPES
                     if (match := re.fullmatch(pattern, word)) for shape in shapes} & old_base - {word}
        if singulars:
            singular = max(sorted(singulars), key=lambda singular: frequency[singular])
            plural, singular = respelled.get(word, word), respelled.get(singular, singular)
            if plural != singular:
                pairs.setdefault(plural, singular)
    return [f"{plural} {singular}" for plural, singular in sorted(pairs.items())]


def hazm_one_words() -> set[str]:
    """hazm's words written as one (no ZWNJ: زلزله‌زده is a compound), inflected forms and verb stems included, folded."""
    words = {line.split("\t")[0] for line in hazm_data_file("words.dat").read_text(encoding="utf-8").splitlines()}
    stems = {stem for line in hazm_data_file("verbs.dat").read_text(encoding="utf-8").splitlines() for stem in line.split("#")}
    return {search_fold(word) for word in words | stems if word and ZWNJ not in word}


def derived_lists() -> dict[Path, list[str]]:
    """The shipped word lists, as hazm's lexicon defines them today."""
    base = hazm_base_words()
    parts = [w for w in base if len(w) >= MIN_COMPOUND_PART and not w.startswith(ARABIC_ARTICLE)]
    lists = {
        PROTECTED_WORDS_FILE: [word for word in base if strippable(word)],
        HE_WORDS_FILE: [word for word in base if word.endswith("ه") and len(word) >= 2],
        COMPOUND_PARTS_FILE: parts,
        SHORT_WORDS_FILE: sorted(word for word in base if len(word) == 2),
        GRADABLE_WORDS_FILE: hazm_base_words(tagged=GRADABLE_TAGS),
        PRESENT_STEMS_FILE: [stem for stem in hazm_present_stems() if len(stem) >= 2],
    }
    return {**lists, WHOLE_WORDS_FILE: _whole_words(parts), ARABIC_PLURALS_FILE: hazm_arabic_plurals(set(parts)),
            STOP_TERMS_FILE: _stop_terms(), BROKEN_PLURALS_FILE: hazm_broken_plurals()}


def _whole_words(parts: list[str]) -> list[str]:
    """Lexicon words the compound splitter would split, or whose inflections it would."""
    from indexer.analysis import two_parts  # the splitter itself (it imports this module)

    known = frozenset(parts)
    return sorted(word for word in hazm_one_words() if len(word) >= MIN_COMPOUND_PART
                  and (two_parts(word, known) or any(two_parts(word + ending, known) for ending in INFLECTIONS)))


def _stop_terms() -> list[str]:
    """The query terms of hazm's stop words, by the analysis (which reads the lists above: after
    regenerating those, regenerate again so that this one follows them)."""
    from indexer.analysis import analyze  # it imports this module

    return sorted({term for word in stop_words() for term in analyze(word, mode="query")})


if __name__ == "__main__":
    for path, words in derived_lists().items():
        path.write_text("\n".join(words) + "\n", encoding="utf-8")
        print(f"wrote {len(words)} words to {path}")
