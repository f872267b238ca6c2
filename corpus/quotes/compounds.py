"""Words written apart that are one word: ``X Y`` read as ``X‌Y``.

Writers put a plain space where a ZWNJ belongs (منتجب نیا، باریک بین، عده ای). The readers of
a subject take each space as a word's end, so a surname loses its second half (the speaker
becomes منتجب), an indefinite ending is read as a name's last word (عده ای), and the same
article gives other speakers in another spelling. So before pass 1 a space between two parts
known to be one word is read as the ZWNJ it stands for, and every reader sees the word whole
(a name read whole is shown whole: منتجب‌نیا).

Two parts are one word when:

* the article itself writes them as one word elsewhere, with a ZWNJ or run together (a name
  written once ``نیک‌بخش`` and once ``نیک بخش`` is one name), and uses neither part alone;
* the second is an ending that never stands alone (ONE_WORD_ENDINGS: تر، ترین; the plural's
  ها، های (PLURAL_APART): رسانه ها is رسانه‌ها, a group, never a name «رسانه ها»; ای and the
  perfect's اند، اید after ه), or the half of a name that never does (ONE_WORD_NAME_HALVES:
  زاده، نژاد، الله، الدین), or a place's آباد after a given name (علی آباد, as the readers take
  علی‌آباد), or the first is a prefix that opens a verb or a name (ONE_WORD_PREFIXES: می، نمی، آل);
* the second is the plural in ان of a compound the lexicon holds (اصلاح طلبان of اصلاح‌طلب،
  صاحب نظران، تحلیل گران): people of a kind, whose first part read alone opens a name;
* the second is one letter that is no word (اظها ر کرد: a stray ZWNJ typed as a space).

A name half that opens surnames as often as it closes them (SURNAME_OPENING_HALVES: پور) goes
with the word after it instead when the article writes it so: ``مصطفی پور محمدی ... پور محمدی
افزود`` is مصطفی پورمحمدی, not مصطفی‌پور محمدی.

Never when either part is a little word the readers find on its own (LITTLE_WORDS: در، از،
این), or the first is a number (یک بار: a count and its noun), save the endings and prefixes
above: ``در حال`` stays two words even where the article writes درحال, and ``آن ها`` is آن‌ها.
A role holding a plural typed apart is shown as the joined spelling shows it (مدیرعامل ذوبی‌ها):
one role however the article spaces it.

Not hazm's lexicon (امام‌جمعه، نخست‌وزیر، باریک‌بین): joining every word it writes with a ZWNJ
re-spells the roles shown (امام جمعه as written becomes امام‌جمعه) for few speakers gained.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from dataclasses import dataclass, field

from corpus.orthography import NEVER_JOINS_NEXT, SPACES_FROM, ZWNJ, fold_word
from corpus.names import FIRST_NAMES
from corpus.quotes.patterns import DOTTED_ABBREVIATION
from corpus.quotes.constants import (
    AGENT_PLURAL_STEM_END,
    AGENT_SINGULAR_END,
    LITTLE_WORDS,
    LONE_LETTER_WORDS,
    ONE_WORD_ENDINGS,
    ONE_WORD_ENDINGS_AFTER,
    ONE_WORD_NAME_HALVES,
    ONE_WORD_PREFIXES,
    MIN_COMPOUND_PART,
    PEOPLE_PLURAL_ENDING,
    PLACE_NAME_ENDINGS,
    PLURAL_APART,
    QUANTITY_WORDS,
    SURNAME_OPENING_HALVES,
    SURNAME_PLURAL_LOOKALIKE,
)
from corpus.quotes.person import is_lexicon_noun

PLURALS_APART = frozenset(fold_word(word) for word in PLURAL_APART)
# Every word of every field is folded here, most of them many times over (Zipf): remember them.
_key = functools.lru_cache(maxsize=1 << 16)(fold_word)
# A word as written: letters, and ZWNJs between them; a name in dotted letters (آ.اس) is one word,
# whose lone letter joins no word beside it.
_WORD = re.compile(f"{DOTTED_ABBREVIATION}|[^\\W\\d_]+(?:{ZWNJ}[^\\W\\d_]+)*")
_SPACE_CHARS = " " + SPACES_FROM  # a plain space or any other width (NBSP ...)
_PERSIAN_LETTER = re.compile("[\u0621-\u064a\u067e-\u06d3]")


def read_as_one_words(fields: dict[str, str]) -> dict[str, tuple[str, list[int] | None]]:
    """Each field with the spaces between two parts known to be one word (the article's own
    one-word spellings, the endings and halves above) read as the ZWNJ they stand
    for, and where each character left stood in the field (None when none went)."""
    split = {where: _Split.of(text) for where, text in fields.items()}
    written = _spellings(split.values())
    return {where: _joined(words, written) for where, words in split.items()}


@dataclass(frozen=True)
class _Split:
    """A field's words as written, their keys, and the plain spaces between each word and the
    next (None where anything else stands between): read once, for the spellings and the joins."""

    text: str
    words: list[re.Match]
    keys: list[str]
    gaps: list[tuple[int, int] | None]

    @classmethod
    def of(cls, text: str) -> "_Split":
        words = list(_WORD.finditer(text))
        return cls(text, words, [_key(word.group()) for word in words],
                   [_gap(text, before.end(), after.start()) for before, after in zip(words, words[1:])])


def _gap(text: str, start: int, end: int) -> tuple[int, int] | None:
    """text[start:end] when it is only spaces (a plain space or any other width), else None."""
    return (start, end) if start < end and not text[start:end].strip(_SPACE_CHARS) else None


@dataclass(frozen=True)
class Spellings:
    """How an article writes its words: how often each word (keyed without its ZWNJs: نیک‌بخش and
    نیکبخش are one key), and how often two words stand side by side with a space between."""

    words: Counter = field(default_factory=Counter)
    apart: Counter = field(default_factory=Counter)

    def one_word(self, whole: str, first: str, second: str) -> bool:
        """Does the article write the two parts as one word (``whole``) elsewhere, and neither part
        alone? A part the article also uses alone (منچستر یونایتد ... یونایتد گفت، صفار هرندی ...
        صفار گفت) is a word of its own there: joined, the article could no longer call him by it."""
        together = self.apart[first, second]
        return self.words[whole] > 0 and self.words[first] <= together and self.words[second] <= together

    def opens_next(self, before: str, half: str, after: str) -> bool:
        """Does a name half that may open a surname (پور) belong to the word after it: does the
        article write the two as one word (پورمحمدی), or the half more often with the word after
        it (``پور محمدی`` alone, as the surname) than with the word before (``مصطفی پور``)?"""
        return self.words[half + after] > 0 or self.apart[half, after] > self.apart[before, half]


def article_spellings(texts) -> Spellings:
    """The Spellings of the article whose fields are ``texts``."""
    return _spellings(_Split.of(text) for text in texts)


def _spellings(fields) -> Spellings:
    words, apart = Counter(), Counter()
    for split in fields:
        words.update(split.keys)
        apart.update((first, second) for first, second, gap in zip(split.keys, split.keys[1:], split.gaps) if gap)
    return Spellings(words, apart)


def _joined(field: _Split, written: Spellings) -> tuple[str, list[int] | None]:
    """The field's text with the spaces between the parts of one word read as the ZWNJ they
    stand for (_joint), and where the characters left stood (None when none went)."""
    text, words, keys = field.text, field.words, field.keys
    joints = []
    left_start = words[0].start() if words else 0
    opens_next = False  # the word before opens the one after: مصطفی پور محمدی is مصطفی پورمحمدی
    for n, gap in enumerate(field.gaps):
        if gap and opens_next:
            joints.append(gap)
            opens_next = False
            continue
        opens_next = keys[n + 1] in SURNAME_OPENING_HALVES and _opens_next(field, n + 1, written)
        if gap and not opens_next and _joins(field, n, left_start, written):
            joints.append(gap)
            continue
        left_start = words[n + 1].start()
    if not joints:
        return text, None
    pieces, kept, last = [], [], 0
    for start, end in joints:
        joint = _joint(text, start, end)
        pieces += [text[last:start], joint]
        kept += range(last, start + len(joint))
        last = end
    pieces.append(text[last:])
    kept += range(last, len(text))
    return "".join(pieces), (kept if len(kept) < len(text) else None)


def _opens_next(field: _Split, n: int, written: Spellings) -> bool:
    """Is word n, a name half that may open a surname, the opening of the surname written
    apart after it (پور محمدی), not the end of the word before it?"""
    return (n + 1 < len(field.keys) and field.gaps[n] is not None
            and written.opens_next(field.keys[n - 1], field.keys[n], field.keys[n + 1]))


def _joint(text: str, start: int, end: int) -> str:
    """What the spaces text[start:end] inside a word are read as: one ZWNJ, or nothing where
    the reader drops the ZWNJ they stand for (without_unseen_marks): a run of spaces (a doubled
    ZWNJ, می  روم), or before a letter split off after one that never joins the next (اظها ر)."""
    split_letter = end + 1 == len(text) or not text[end + 1].isalpha()
    if end - start > 1 or split_letter and text[start - 1] in NEVER_JOINS_NEXT:
        return ""
    return ZWNJ


def _joins(field: _Split, n: int, left_start: int, written: Spellings) -> bool:
    """one_word for word n (with the words joined to it from ``left_start``) and word n + 1,
    from the keys the field has already made when word n stands alone, as it mostly does."""
    word = field.words[n]
    if left_start < word.start():
        return one_word(field.text[left_start:word.end()], field.words[n + 1].group(), written)
    as_written = word.group()
    last = field.keys[n] if ZWNJ not in as_written else _key(as_written.rsplit(ZWNJ, 1)[-1])
    return _one_word(last, field.keys[n + 1], field.keys[n], written)


def one_word(left: str, right: str, written: Spellings = Spellings()) -> bool:
    """Are ``left`` (a word, perhaps already joined) and the word ``right`` after it one word?"""
    return _one_word(_key(left.rsplit(ZWNJ, 1)[-1]), _key(right), _key(left), written)


def _one_word(last: str, key: str, left_key: str, written: Spellings) -> bool:
    """one_word on the keys of the left part's last piece, the right part and the whole left part."""
    if key in ONE_WORD_ENDINGS or key in PLURALS_APART or last.endswith(ONE_WORD_ENDINGS_AFTER.get(key, ())):
        return True
    if last in ONE_WORD_PREFIXES or len(key) == 1 and _a_letter_split_off(last, key):
        return True
    if last in LITTLE_WORDS or key in LITTLE_WORDS or last in QUANTITY_WORDS \
            or len(last) < 2 or len(key) < 2:
        return False
    return (key in ONE_WORD_NAME_HALVES or key.startswith(PLACE_NAME_ENDINGS) and last in FIRST_NAMES
            or _plural_of_a_compound(last, key) or written.one_word(left_key + key, last, key))


def _plural_of_a_compound(last: str, key: str) -> bool:
    """Is ``key`` the plural in ان of a compound noun whose first part is ``last``: the lexicon
    holds the two run together without the plural (اصلاح طلبان of اصلاح‌طلب، صاحب نظران of
    صاحب‌نظر، تحلیل گران، آبی پوشان)? People of a kind written apart: split, the subject readers
    take the first part for a given name or a word of a name, and a group speaks as one person."""
    if not key.endswith(PEOPLE_PLURAL_ENDING) or key.endswith(SURNAME_PLURAL_LOOKALIKE):
        return False
    stem = key[:-len(PEOPLE_PLURAL_ENDING)]
    if stem.endswith(AGENT_PLURAL_STEM_END):
        stem = stem[:-len(AGENT_PLURAL_STEM_END)] + AGENT_SINGULAR_END
    return len(stem) >= MIN_COMPOUND_PART and is_lexicon_noun(last + stem)


def _a_letter_split_off(last: str, key: str) -> bool:
    """Is ``key`` one Persian letter that is no word alone (not و, nor the ezafe ی) after a
    word: the end of the word before, split off where a stray ZWNJ stood (اظها ر کرد)?"""
    return (len(key) == 1 and key not in LONE_LETTER_WORDS and bool(_PERSIAN_LETTER.match(key))
            and len(last) > 1)
