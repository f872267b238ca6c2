"""One Persian analysis chain for documents and queries alike.

Like Whoosh's own analyzers it is a tokenizer followed by small filters:

    PersianTokenizer   words as they stand in the ORIGINAL text, with offsets
    FoldSpelling       ي/ى → ی, ك → ک, digits → 0-9, no diacritics/tatweel/ZWNJ
    JoinAffixes        "می شود" → میشود, "سازمان های" → سازمانهای
    StripSuffixes      سازمانهای → سازمان, کودکان → کودک (unless a real word)

Every spelling of a word therefore reaches the index as one term, and since
offsets always point into the original string, Whoosh's highlighter marks the
characters the user actually sees.
"""

from __future__ import annotations

import re
from functools import lru_cache

from whoosh.analysis import Filter, Token, Tokenizer

from corpus.orthography import IN_WORD_MARKS, fold_word
from indexer import lexicon

# A word: letters or digits, with the marks and invisible characters that sit
# inside Persian words (diacritics, tatweel, ZWNJ, bidi marks) kept in it.
WORD = re.compile(r"(?:[^\W_]|[" + re.escape(IN_WORD_MARKS) + r"])+")
# Stand-alone prefixes written apart from their verb or noun.
PREFIXES = frozenset({"می", "نمی", "بی"})
# Stand-alone suffixes written apart from their word.
SUFFIXES = frozenset({"ها", "های", "هایی", "تر", "ترین", "تری", "شده", "شدگان"})
# Suffixes that attach apart only after a final ه: خانه ای, آمده اند.
AFTER_HE_SUFFIXES = frozenset({"ای", "ی", "ام", "ایم", "اید", "اند", "اش", "ات"})
# ... and the suffix words carrying such an ending (شده‌اند, شده‌ام), as one set
# because attaches() runs for every pair of words.
SUFFIX_WORDS = SUFFIXES | {s + end for s in SUFFIXES if s.endswith("ه") for end in AFTER_HE_SUFFIXES}


class PersianTokenizer(Tokenizer):
    """Splits on anything that is not part of a word; offsets into the original.

    Each token notes whether only spaces separate it from the previous one
    (``spaced``), so JoinAffixes never glues words across punctuation or lines.
    """

    def __call__(self, value, positions=False, chars=False, keeporiginal=False,
                 removestops=True, start_pos=0, start_char=0, tokenize=True, mode="", **kwargs):
        token = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        if not tokenize:
            yield _whole_value(token, value, start_pos, start_char)
            return
        previous_end = None
        for pos, match in enumerate(WORD.finditer(value)):
            token.text = match.group()
            if keeporiginal:
                token.original = token.text
            token.boost = 1.0
            token.stopped = False
            token.spaced = previous_end is not None and _only_spaces(value[previous_end:match.start()])
            previous_end = match.end()
            if positions:
                token.pos = start_pos + pos
            if chars:
                token.startchar = start_char + match.start()
                token.endchar = start_char + match.end()
            yield token


class FoldSpelling(Filter):
    """One spelling per word: the orthography fold, memoised per word form."""

    def __call__(self, tokens):
        for token in tokens:
            token.text = fold(token.text)
            if token.text:
                yield token


class JoinAffixes(Filter):
    """Glue affixes written as separate words back onto their word.

    می / نمی / بی join the next word, ها / های / تر / شده ... the previous one,
    but only across plain spaces. Positions are renumbered so phrases still
    line up whichever way the text was spaced.
    """

    def __call__(self, tokens):
        # The tokenizer reuses one Token object, so the word held back while
        # looking at the next one is kept as plain values, not a copy.
        pending = None  # (text, startchar, endchar)
        pos = -1
        token = None
        for token in tokens:
            if pending is not None and token.spaced and attaches(pending[0], token.text):
                pending = (pending[0] + token.text, pending[1], token.endchar if token.chars else 0)
                continue
            current = (token.text, token.startchar if token.chars else 0, token.endchar if token.chars else 0)
            if pending is not None:
                pos += 1
                yield _emit(token, pending, pos)
            pending = current
        if pending is not None:
            yield _emit(token, pending, pos + 1)


def _emit(token, values, pos):
    token.text = values[0]
    if token.chars:
        token.startchar, token.endchar = values[1], values[2]
    if token.positions:
        token.pos = pos
    return token


class StripSuffixes(Filter):
    """Light stemming: drop plural and comparative suffixes from a word.

    hazm's Stemmer over-strips (گفت → گف, خدمات → خد); this strips only a short
    list of suffixes and never from a word that hazm's lexicon knows as a word
    of its own (تنها, دختر, استان), see indexer.lexicon.
    """

    def __call__(self, tokens):
        for token in tokens:
            token.text = strip_suffix(token.text)
            yield token


def _only_spaces(gap: str) -> bool:
    """Spaces (any width) but no line break: affixes never join across lines."""
    return not gap.strip() and "\n" not in gap


def attaches(left: str, right: str) -> bool:
    """Is ``right`` an affix of ``left`` (or ``left`` a prefix of ``right``)?

    Both are folded words; "می" + "شود", "سازمان" + "های", "خانه" + "ای".
    """
    if left in PREFIXES:
        return True
    if right in SUFFIX_WORDS:
        return len(left) >= 2
    return right in AFTER_HE_SUFFIXES and left.endswith("ه") and len(left) >= 2


@lru_cache(maxsize=200_000)
def fold(word: str) -> str:
    return fold_word(word)


@lru_cache(maxsize=200_000)
def strip_suffix(word: str) -> str:
    """The word without its plural or comparative suffixes, if it has any."""
    stem = _strip_one(word)
    return word if stem == word else strip_suffix(stem)


def _strip_one(word: str) -> str:
    if word in lexicon.protected_words():
        return word
    for suffix in lexicon.HE_SUFFIXES:
        if word.endswith(suffix) and word[: -len(suffix)] in lexicon.he_words():
            return word[: -len(suffix)]
    for suffix, replacement, after in lexicon.STRIPPABLE:
        if word.endswith(suffix):
            stem = word[: len(word) - len(suffix)]
            if len(stem) >= 2 and (not after or stem[-1] in after):
                return stem + replacement
    return word


def _whole_value(token, value, start_pos, start_char):
    token.text = token.original = value
    token.boost = 1.0
    token.spaced = False
    if token.positions:
        token.pos = start_pos
    if token.chars:
        token.startchar, token.endchar = start_char, start_char + len(value)
    return token


def persian_analyzer():
    """The analyzer every text field and every query goes through."""
    return PersianTokenizer() | FoldSpelling() | JoinAffixes() | StripSuffixes()


def analyze(text: str) -> list[str]:
    """The index terms of ``text``, in order: handy for tests and tools."""
    return [token.text for token in persian_analyzer()(text)]
