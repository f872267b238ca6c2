"""Persian number words and digits read as one value: سه هزار = ۳ هزار = ۳۰۰۰ = 3,000 = 3000.

``read_number`` reads the longest number at the start of a list of folded
words, the way the words are said: units, tens and hundreds joined by و
(صد و بیست و پنج), each smaller than the one before, and scale words
(هزار، میلیون، میلیارد) multiplying what precedes them (دو میلیون و پانصد
هزار, هزار میلیارد). Two numbers joined by و stay two (۱۳۹۸ و ۱۳۹۹).
A decimal (۱۷٫۵ or 17.5) is one word: before a scale word it is multiplied
out (۱۷.۵ هزار = 17500), alone it keeps its digits with a full stop (2.5).
A number and the percent sign or word beside it (``percent_of``) are read as
one percent by analysis.ReadPercent: ۲۰٪ = 20% = ۲۰ درصد = بیست درصد = 20%.
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache

UNITS = {
    "صفر": 0, "یک": 1, "دو": 2, "سه": 3, "چهار": 4, "پنج": 5, "شش": 6, "هفت": 7, "هشت": 8, "نه": 9,
    "ده": 10, "یازده": 11, "دوازده": 12, "سیزده": 13, "چهارده": 14, "پانزده": 15, "پونزده": 15,
    "شانزده": 16, "هفده": 17, "هجده": 18, "هیجده": 18, "نوزده": 19,
    "بیست": 20, "سی": 30, "چهل": 40, "پنجاه": 50, "شصت": 60, "هفتاد": 70, "هشتاد": 80, "نود": 90,
    "صد": 100, "یکصد": 100, "دویست": 200, "سیصد": 300, "چهارصد": 400, "پانصد": 500, "ششصد": 600,
    "هفتصد": 700, "هشتصد": 800, "نهصد": 900,
}
SCALES = {"هزار": 10**3, "میلیون": 10**6, "ملیون": 10**6, "میلیارد": 10**9, "ملیارد": 10**9, "بیلیون": 10**9,
          "تریلیون": 10**12}
# Number words that are also common words of another sense (نه = "no"): a
# number only next to other number words (بیست و نه, نه هزار), never alone.
NOT_ALONE = frozenset({"نه"})
AND = "و"
# Digits with thousands separators, as one word: 3,000 / ۳٬۰۰۰ (folded to Latin digits first).
GROUPED_DIGITS = re.compile(r"\d{1,3}(?:[,\u066c]\d{3})+")
# A decimal, with the Arabic decimal separator (٫) or a full stop, in raw text; not part of
# a longer dotted run (1.2.3, a version or a date).
DECIMAL = re.compile(r"(?<![\d.\u066b])\d+[.\u066b]\d+(?![.\u066b]?\d)")
DECIMAL_POINTS = str.maketrans({"\u066b": "."})
# A percent: the word, or the sign in any script (% ٪ ﹪ ％), next to a number. ۲۰٪, 20 %, ٪۲۰, ۲۰ درصد,
# بیست درصد and 20درصد are all the one term 20% (PERCENT after the number's digits).
PERCENT_WORD = "درصد"
PERCENT_SIGNS = frozenset("%\u066a\ufe6a\uff05")
PERCENT = "%"
_SIGN = "[" + "".join(sorted(PERCENT_SIGNS)) + "]"
# In raw text, a sign is a word of its own only beside a digit (۲۰٪, 20 %, ٪۲۰): the escapes of
# a link (%D8%A7) are no percents.
PERCENT_SIGN = re.compile(rf"(?:(?<=\d)|(?<=\d\s)){_SIGN}|{_SIGN}(?=\s?\d)")
# Digits written joined to the word (20درصد, ۲۰‌درصد) are a word of their own.
DIGITS_BEFORE_PERCENT = re.compile(rf"\d+(?=\u200c?{PERCENT_WORD})")
# A number as ReadNumbers leaves it (folded digits, a decimal with a full stop).
NUMBER_TERM = re.compile(r"[0-9]+(?:\.[0-9]+)?")


@lru_cache(maxsize=100_000)
def is_number_word(word: str) -> bool:
    """Could ``word`` (folded) start or continue a number?"""
    return word in UNITS or word in SCALES or word == AND or _digits_value(word) is not None


def is_percent(word: str) -> bool:
    """Is ``word`` (folded) the percent sign or word?"""
    return word == PERCENT_WORD or word in PERCENT_SIGNS


def percent_of(first: str, second: str) -> str | None:
    """The number two neighbouring terms write as a percent (20 then درصد or ٪; a sign then 20), else None."""
    if NUMBER_TERM.fullmatch(first) and is_percent(second):
        return first
    if first in PERCENT_SIGNS and NUMBER_TERM.fullmatch(second):
        return second
    return None


def read_number(words: list[str]) -> tuple[Decimal | int, int] | None:
    """(value, how many words it took) of the number ``words`` start with, else None.

    A lone word of plain digits is not "read" (it stays as written, leading
    zeros and all), nor is a lone ambiguous word (نه). ``number_text`` writes
    the value as the term.
    """
    total, group, room = 0, None, None  # group: the part before the next scale word
    scale_room = None  # the next scale must be smaller than the last one, or multiply all (هزار میلیارد)
    value, used, i = None, 0, 0
    while i < len(words):
        joined = words[i] == AND and (group is not None or total) and i + 1 < len(words)
        word = words[i + 1] if joined else words[i]
        if word in SCALES:
            scale = SCALES[word]
            if joined:
                break
            if scale_room is not None and scale >= scale_room:
                total = (total + (group or 0)) * scale
            else:
                total += (1 if group is None else group) * scale
            group, room, scale_room = None, None, scale
        else:
            part = UNITS.get(word, _digits_value(word))
            if part is None:
                break
            if group is None:
                if total and (not joined or part >= scale_room):
                    break
                group = part
            elif not joined or part >= room:
                break
            else:
                group += part
            room = _place(part)
        i += 2 if joined else 1
        value, used = total + (group or 0), i
    if value is None or (used == 1 and (words[0].isdigit() or words[0] in NOT_ALONE)):
        return None
    return value, used


def number_text(value: Decimal | int, words: list[str]) -> str:
    """The term for a number read from ``words``: its digits, a lone decimal as written (2.50 stays 2.50)."""
    if len(words) == 1 and DECIMAL.fullmatch(words[0]):
        return words[0].translate(DECIMAL_POINTS)
    return format(value.normalize(), "f") if isinstance(value, Decimal) else str(value)


def _digits_value(word: str) -> Decimal | int | None:
    if not word[:1].isdigit():
        return None
    if word.isascii() and word.isdigit():
        return int(word)
    if GROUPED_DIGITS.fullmatch(word):
        return int(re.sub(r"\D", "", word))
    if DECIMAL.fullmatch(word):
        return Decimal(word.translate(DECIMAL_POINTS))
    return None


def _place(part: int) -> int:
    """What the next part joined by و must stay below: 20 → 10 (بیست و پنج), 100 → 100, 25 → 1."""
    place = 1
    while part and part % (place * 10) == 0:
        place *= 10
    return place
