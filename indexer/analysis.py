"""One Persian analysis chain for documents and queries alike.

Like Whoosh's own analyzers it is a tokenizer followed by small filters:

    PersianTokenizer   words as they stand in the ORIGINAL text, with offsets
    FoldSpelling       ي/ى → ی, ك → ک, digits → 0-9, no diacritics/tatweel/ZWNJ
                       (hamza seats ئ ؤ أ إ kept for the next filter)
    FoldHamza          مسئول/مسؤول/مسوول → مسول, هیئت/هیأت/هیات → هیات,
                       آمریکا/امریکا → امریکا (orthography.HAMZA_SPELLINGS)
    JoinAffixes        "می شود" → میشود, "سازمان های" → سازمانهای
    ReadNumbers        سه هزار / ۳ هزار / 3,000 → 3000, ۱۷٫۵ هزار → 17500 (indexer.numbers)
    ReadPercent        ۲۰٪ / 20% / ۲۰ درصد / بیست درصد / 20درصد → 20%, and in the index also
                       20 + درصد at the same position
    StripSuffixes      سازمانهای → سازمان, کودکان → کودک (unless a real word, or what
                       is left is none: سپاهان, تئاتر stay)
    StripArabicPlural  خیرین → خیر, معلولین → معلول, and broken plurals:
                       مدارس → مدرسه, اطفال → طفل (hazm's lexicon's plurals)
    AddCompoundParts   زلزله‌زدگان → زلزلهزده, and also زلزله + زده at the same
                       position; مردمنهاد → also مردم + نهاد (hazm's lexicon)

Every spelling of a word therefore reaches the index as one term, and since
offsets always point into the original string, Whoosh's highlighter marks the
characters the user actually sees. Queries go through the same chain with
``mode="query"``, which keeps a compound whole: the parts are for finding the
compound from one of its words, not for widening a compound query.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterator

from whoosh.analysis import CompositeAnalyzer, Filter, Token, Tokenizer

from corpus.orthography import IN_WORD_MARKS, ZWNJ, fold_hamza, fold_word_keeping_seats, search_fold
from indexer import lexicon, numbers

# A word: digits grouped by thousands separators (3,000 / ۳٬۰۰۰), a decimal
# (۱۷٫۵ / 17.5), digits joined to درصد (20درصد), a percent sign beside a number, or letters
# and digits with the marks and invisible characters that sit inside Persian words
# (diacritics, tatweel, ZWNJ, bidi marks) kept in it.
WORD = re.compile(r"\d{1,3}(?:[,\u066c]\d{3})+(?!\d)|" + numbers.DECIMAL.pattern + "|"
                  + numbers.DIGITS_BEFORE_PERCENT.pattern + "|" + numbers.PERCENT_SIGN.pattern
                  + r"|(?:[^\W_]|[" + re.escape(IN_WORD_MARKS) + r"])+")
WORDS_SPLIT = re.compile(f"({WORD.pattern})")
# Stand-alone prefixes written apart from their verb or noun.
PREFIXES = frozenset({"می", "نمی", "بی"})
# Stand-alone suffixes written apart from their word.
SUFFIXES = frozenset({"ها", "های", "هایی", "تر", "ترین", "تری", "شده", "شدگان"})
# Suffixes that attach apart only after a final ه: خانه ای, آمده اند.
AFTER_HE_SUFFIXES = frozenset({"ای", "ی", "ام", "ایم", "اید", "اند", "اش", "ات"})
# ... and the suffix words carrying such an ending (شده‌اند, شده‌ام), as one set
# because attaches() runs for every pair of words.
SUFFIX_WORDS = SUFFIXES | {s + end for s in SUFFIXES if s.endswith("ه") for end in AFTER_HE_SUFFIXES}
# AnalysedTexts: text k of a field starts at position k * TEXT_STRIDE; its words past
# TEXT_STRIDE - TEXT_GAP are not indexed, so a phrase, even a loose one, never joins two texts.
TEXT_STRIDE = 1024
TEXT_GAP = 16
# A word as the chain passes it on (PersianTokenizer.words): a list of its text, the folded pieces it was
# written in, its start and end characters, whether only spaces came before it, its position.
TEXT, PIECES, START, END, SPACED, POS = range(6)


class PersianTokenizer(Tokenizer):
    """Splits on anything that is not part of a word; offsets into the original.

    Each word notes whether only spaces separate it from the previous one
    (``spaced``), so JoinAffixes never glues words across punctuation or lines.
    Its words are lists indexed by TEXT, PIECES, START, END, SPACED and POS, which
    the filters of PersianAnalyzer change in place or replace: a chain of
    generators of Tokens cost three times as much per word.
    """

    def words(self, value: str, tokenize: bool = True) -> list[list]:
        """The words of ``value`` (the whole of it as one when not ``tokenize``), spelling not yet folded."""
        if not tokenize:
            return [[value, (), 0, len(value), False, 0]]
        words = []
        parts = WORDS_SPLIT.split(value)  # gap, word, gap, ..., word, gap: cheaper than a match object per word
        start = len(parts[0])
        for k in range(1, len(parts), 2):
            end = start + len(parts[k])
            gap = parts[k - 1]  # one space, most often: no call to ask
            words.append([parts[k], (), start, end, k > 1 and (gap == " " or _only_spaces(gap)), 0])
            start = end + len(parts[k + 1])
        return words


class FoldSpelling(Filter):
    """One spelling per word: the orthography fold, memoised per word form, but for the hamza
    seats (ئ ؤ أ إ), which FoldHamza reads next and folds.

    The pieces the word was written in (split at ZWNJ: زلزله‌زدگان) are kept
    as its ``pieces`` for AddCompoundParts.
    """

    def step(self, words: list[list], mode: str) -> list[list]:
        kept = []
        for word in words:
            word[TEXT], word[PIECES] = folded_keeping_seats(word[TEXT])
            if word[TEXT]:
                kept.append(word)
        return kept


class FoldHamza(Filter):
    """One spelling of the hamza seats and alef madda: مسئول, مسؤول and مسوول are مسول, هیئت,
    هیأت and هیات are هیات, آمریکا and امریکا are امریکا (the rules, in order, are the table
    orthography.HAMZA_SPELLINGS). It needs the seats FoldSpelling kept: once ئ is ی, مسئول
    (مسیول) could no longer meet مسوول. Each piece is folded alone, and no seat is left.
    """

    def step(self, words: list[list], mode: str) -> list[list]:
        for word in words:
            word[TEXT], word[PIECES] = hamza_folded(word[PIECES])
        return words


class JoinAffixes(Filter):
    """Glue affixes written as separate words back onto their word.

    می / نمی / بی join the next word, ها / های / تر / شده ... the previous one,
    but only across plain spaces. Positions are numbered here, so phrases
    line up whichever way the text was spaced.
    """

    def step(self, words: list[list], mode: str) -> list[list]:
        joined: list[list] = []
        for word in words:
            if joined and word[SPACED] and attaches(joined[-1][TEXT], word[TEXT]):
                pending = joined[-1]
                pending[TEXT] += word[TEXT]
                pending[PIECES] += word[PIECES]
                pending[END] = word[END]
                continue
            word[POS] = len(joined)
            joined.append(word)
        return joined


class ReadNumbers(Filter):
    """A number written in words, digits or both becomes one term of digits.

    سه هزار, ۳ هزار, 3,000 and ۳۰۰۰ all become 3000 (see indexer.numbers),
    spanning the characters of all its words; positions are renumbered as
    JoinAffixes does. Words that may belong to a number are held back until
    the number ends.
    """

    def step(self, words: list[list], mode: str) -> list[list]:
        out: list[list] = []
        held: list[list] = []
        shift = 0  # words merged into numbers so far: later positions move back by as many
        for word in words:
            if len(word[PIECES]) > 1:
                _read_pieces(word)
            number = numbers.is_number_word(word[TEXT])
            if held and not (word[SPACED] and number):
                shift += _read_numbers(held, shift, out)
                held = []
            if number:
                held.append(word)
                continue
            word[POS] -= shift
            out.append(word)
        _read_numbers(held, shift, out)
        return out


def _read_pieces(word: list) -> None:
    """A number written as one word with ZWNJ (سه‌هزار) becomes its digits too."""
    if all(numbers.is_number_word(piece) for piece in word[PIECES]):
        found = numbers.read_number(list(word[PIECES]))
        if found is not None and found[1] == len(word[PIECES]):
            word[TEXT] = numbers.number_text(found[0], list(word[PIECES]))
            word[PIECES] = (word[TEXT],)


def _read_numbers(held: list[list], shift: int, out: list[list]) -> int:
    """Add the held words to ``out``, each number merged into its first word; return how many words merged away."""
    merged, i = 0, 0
    while i < len(held):
        first = held[i]
        first[POS] -= shift + merged
        texts = [word[TEXT] for word in held[i:]]
        found = numbers.read_number(texts)
        used = 1
        if found is not None:
            value, used = found
            first[TEXT] = numbers.number_text(value, texts[:used])
            first[PIECES] = (first[TEXT],)
            first[END] = held[i + used - 1][END]
            merged += used - 1
        out.append(first)
        i += used
    return merged


class ReadPercent(Filter):
    """A number and the percent after it are one term: ۲۰٪, 20 %, ۲۰ درصد, بیست درصد and 20درصد
    are all 20% (so is ٪۲۰, the sign typed first), spanning the characters of both.

    In the index the number and درصد stay too, at the same position (as
    AddCompoundParts keeps a compound's parts), so 20 alone and درصد alone
    still find it; a query keeps 20% whole. Positions are renumbered as
    ReadNumbers does.
    """

    def step(self, words: list[list], mode: str) -> list[list]:
        out: list[list] = []
        parts: list[list] = []
        shift = 0  # words merged or dropped so far: later positions move back by as many
        for word in words:
            word[POS] -= shift
            number = numbers.percent_of(out[-1][TEXT], word[TEXT]) if out and word[SPACED] else None
            if number is not None:
                kept = out[-1]
                parts += [[term, (term,), kept[START], word[END], kept[SPACED], kept[POS]]
                          for term in (number, numbers.PERCENT_WORD)]
                kept[TEXT] = number + numbers.PERCENT
                kept[PIECES] = (kept[TEXT],)
                kept[END] = word[END]
                shift += 1
                continue
            if out and out[-1][TEXT] in numbers.PERCENT_SIGNS:  # a sign that is no percent (a link's %D8) is no word
                out.pop()
                shift += 1
                word[POS] -= 1
            out.append(word)
        if out and out[-1][TEXT] in numbers.PERCENT_SIGNS:
            out.pop()
        return out if mode == "query" or not parts else _with_parts(out, parts)


def _with_parts(words: list[list], parts: list[list]) -> list[list]:
    """``words`` with each of ``parts`` after the word at its position."""
    by_position: dict[int, list[list]] = {}
    for part in parts:
        by_position.setdefault(part[POS], []).append(part)
    out = []
    for word in words:
        out.append(word)
        out += by_position.pop(word[POS], [])
    return out


class StripSuffixes(Filter):
    """Light stemming: drop plural and comparative suffixes from a word.

    hazm's Stemmer over-strips (گفت → گف, خدمات → خد); this strips only a short
    list of suffixes, never from a word that hazm's lexicon knows as a word
    of its own (تنها, دختر, استان) or that lexicon.not_inflected names (سپاهان),
    and ان and تر only when the lexicon knows what is left (plural_stem, gradable_stem),
    see indexer.lexicon.
    """

    def step(self, words: list[list], mode: str) -> list[list]:
        for word in words:
            word[TEXT] = strip_suffix(word[TEXT])
        return words


class StripArabicPlural(Filter):
    """The Arabic plural ین: خیرین → خیر, معلولین → معلول, as معلولان → معلول;
    and the broken plural: مدارس → مدرسه, مناطق → منطقه.

    Only the words hazm's lexicon has as nouns alone, plural of a word it
    knows (lexicon.arabic_plurals): تامین, سنگین, پایین, یاسین stay; broken
    plurals as lexicon.broken_plurals pairs them (اعلام, امداد stay: hazm
    also has them as verbal nouns).
    """

    def step(self, words: list[list], mode: str) -> list[list]:
        for word in words:
            word[TEXT] = arabic_singular(word[TEXT])
        return words


class AddCompoundParts(Filter):
    """Index a compound also as its parts, at the compound's own position and characters.

    زلزله‌زدگان stays زلزلهزده and is also زلزله and زده, so the bare word
    زلزله finds it, while phrases and highlighting see one word. Parts come
    from the ZWNJ the writer put in, or, for a word written joined that hazm's
    lexicon does not know (مردمنهاد), from splitting it into two words it does
    know. In query mode nothing is added: a query's compound stays whole.
    """

    def step(self, words: list[list], mode: str) -> list[list]:
        if mode == "query":
            return words
        shortest_joined = 2 * lexicon.MIN_COMPOUND_PART
        out = []
        for word in words:
            out.append(word)
            if len(word[PIECES]) == 1 and len(word[TEXT]) < shortest_joined:
                continue
            for part in compound_parts(word[PIECES], word[TEXT]):
                out.append([part, *word[PIECES:]])
        return out


def written_apart(pairs) -> Iterator[tuple[int, str, int]]:
    """(position, term, cut) for each term that stands where its two halves, cut there, stand too: a word the
    writer split with ZWNJ (دانش‌آموزان) or hazm's lexicon splits (مردمنهاد), indexed with its parts at its own
    position (AddCompoundParts); two words that merely join into a third (در ست, درست) never stand so.

    ``pairs``: a field's (term, position), in the chain's order, which puts a word's parts right after it.
    Each half has at least lexicon.MIN_WRITTEN_PART letters. The build records these (schema.WRITTEN_APART)
    for search.split_as_written: reading the positions at query time cost every query word.
    """
    at, terms = None, []
    for term, position in pairs:
        if position == at:
            terms.append(term)
            continue
        if len(terms) > 1:
            yield from _cuts(at, terms)
        at, terms = position, [term]
    if len(terms) > 1:
        yield from _cuts(at, terms)


def _cuts(position: int, terms: list[str]) -> Iterator[tuple[int, str, int]]:
    """(position, term, cut) for each of ``terms`` (all at ``position``) whose halves at cut are two of them."""
    shortest = lexicon.MIN_WRITTEN_PART
    for term in terms:
        for half in terms:
            cut = len(half)
            if shortest <= cut <= len(term) - shortest and term.startswith(half) and term[cut:] in terms:
                yield position, term, cut


def _only_spaces(gap: str) -> bool:
    """Spaces (any width) but no line break: affixes never join across lines."""
    return gap == " " or (not gap.strip() and "\n" not in gap)


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
    """A word as FoldSpelling and FoldHamza leave it (the fold every term has): مسئول → مسول."""
    return search_fold(word)


@lru_cache(maxsize=200_000)
def folded_keeping_seats(word: str) -> tuple[str, tuple[str, ...]]:
    """The word folded but for its hamza seats, and its pieces (split at ZWNJ) the same,
    memoised together: joining the pieces again for every token cost about 5% of the chain."""
    pieces = tuple(piece for piece in map(fold_word_keeping_seats, word.split(ZWNJ)) if piece)
    return "".join(pieces), pieces


@lru_cache(maxsize=200_000)
def hamza_folded(pieces: tuple[str, ...]) -> tuple[str, tuple[str, ...]]:
    """FoldHamza of a word's pieces: the word and its pieces."""
    pieces = tuple(map(fold_hamza, pieces))
    return "".join(pieces), pieces


@lru_cache(maxsize=200_000)
def fold_pieces(word: str) -> tuple[str, ...]:
    """The folded pieces of a word written with ZWNJ: زلزله‌زدگان → (زلزله, زدگان)."""
    return hamza_folded(folded_keeping_seats(word)[1])[1]


@lru_cache(maxsize=200_000)
def compound_words(pieces: tuple[str, ...]) -> tuple[str, ...]:
    """The words a written word is made of: (زلزله, زدگان) from زلزله‌زدگان, (مردم, نهاد) from مردمنهاد.

    Pieces that are affixes (سازمان‌های, می‌شود, خانه‌ای) are glued back
    first: they do not make a compound. A word of one piece is split against
    hazm's lexicon (split_joined). One word means no compound.
    """
    words: list[str] = []
    for piece in pieces:
        if words and attaches(words[-1], piece):
            words[-1] += piece
        else:
            words.append(piece)
    if len(words) == 1:
        return split_joined(strip_suffix(words[0])) or tuple(words)
    return tuple(words)


@lru_cache(maxsize=200_000)
def compound_parts(pieces: tuple[str, ...], whole: str) -> tuple[str, ...]:
    """The index terms of a compound's parts, besides its own term ``whole``."""
    words = compound_words(pieces)
    if len(words) < 2:
        return ()
    parts = dict.fromkeys(arabic_singular(strip_suffix(word)) for word in words)
    # a number is no part: سه‌شنبه is not about 3
    return tuple(p for p in parts if p != whole and len(p) >= 2 and not numbers.is_number_word(p))


def spaced_compound(word: str) -> str | None:
    """A compound written as one word, written as words: مردمنهاد / مردم‌نهاد → "مردم نهاد"."""
    words = compound_words(fold_pieces(word))
    return " ".join(words) if len(words) > 1 else None


def spaced_lexicon_word(word: str) -> str | None:
    """A word hazm's lexicon knows whole, written as the two words it may be made of: مدیرکل →
    "مدیر کل", پنجشنبه → "پنج شنبه" (a role lookup tries both; the index never splits them)."""
    folded = fold(word)
    if ZWNJ in word or _inflected(folded) or folded.startswith(lexicon.ARABIC_ARTICLE):
        return None
    parts = two_parts(folded, last=lexicon.short_words())
    return " ".join(parts) if parts else None


@lru_cache(maxsize=200_000)
def split_joined(word: str) -> tuple[str, str] | None:
    """Two lexicon words that ``word``, written joined, is made of: مردمنهاد → (مردم, نهاد).

    Only for words hazm's lexicon does not know itself, nor as an inflection
    (کشورمان is کشور + مان, not کشو + رمان); both parts at least
    MIN_COMPOUND_PART letters; the most even split wins.
    """
    if word in lexicon.whole_words() or word.startswith(lexicon.ARABIC_ARTICLE) or _inflected(word):
        return None
    return two_parts(word)


def _inflected(word: str) -> bool:
    """A known word with a possessive or person ending (کشورمان), which no split may cut."""
    return any(word.endswith(ending) and lexicon.known_stem(word[: -len(ending)]) for ending in lexicon.INFLECTIONS)


def two_parts(word: str, parts: frozenset[str] | None = None, last: frozenset[str] = frozenset()) -> tuple[str, str] | None:
    """The most even split of ``word`` into two of ``parts`` (lexicon.compound_parts()), if any;
    the second may also be one of ``last``, whatever its length."""
    shortest = lexicon.MIN_COMPOUND_PART
    parts = lexicon.compound_parts() if parts is None else parts
    best = None
    shortest_last = min(shortest, min(map(len, last), default=shortest))
    for cut in range(shortest, len(word) - shortest_last + 1):
        left, right = word[:cut], word[cut:]
        if attaches(left, right):  # بیمه + شده is a word and its affix
            continue
        if left in parts and (right in parts or strip_suffix(right) in parts or right in last):
            if best is None or min(cut, len(right)) > min(len(best[0]), len(best[1])):
                best = (left, right)
    return best


@lru_cache(maxsize=200_000)
def strip_suffix(word: str) -> str:
    """The word without its plural or comparative suffixes, if it has any.

    A number word keeps its suffix (هزاران, صدها): alone it would read as a number.
    """
    stem = _strip_one(word)
    return word if stem == word or numbers.is_number_word(stem) else strip_suffix(stem)


def _strip_one(word: str) -> str:
    if word in lexicon.protected_words() or word in lexicon.not_inflected():
        return word
    for suffix in lexicon.HE_SUFFIXES:
        if word.endswith(suffix) and word[: -len(suffix)] in lexicon.he_words():
            return word[: -len(suffix)]
    for suffix, replacement, after, kind in lexicon.STRIPPABLE:
        if word.endswith(suffix):
            stem = word[: len(word) - len(suffix)]
            if len(stem) >= 2 and (not after or stem[-1] in after) and STEM_FITS[kind](stem + replacement):
                return stem + replacement
    return word


def plural_stem(stem: str) -> bool:
    """Can ``stem`` take the plural ان: is it a base word of hazm's lexicon, its nisba adjective
    (ایرانی), two of its words joined (جهانخوار), a verb's present stem, the end of an agent noun
    written apart (دانش آموزان → آموز), or such a word or a plural with a possessive م,
    ت or ش (the plural possessives مان, تان, شان are ان after them: کشورمان → کشورم, فرزندانشان →
    فرزندانش)? A name that only ends in ان (زلاتان, میخیتاریان) or a verb (نمیتوان) leaves no such
    stem, and keeps its ان."""
    if lexicon.base_word(stem) or _nisba(stem) or stem in lexicon.present_stems() or split_joined(stem) is not None:
        return True
    owner = stem[:-1]
    return stem[-1] in lexicon.SINGULAR_POSSESSIVES and len(owner) >= 2 and (plural_stem(owner) or strip_suffix(owner) != owner)


def gradable_stem(stem: str) -> bool:
    """Can ``stem`` take تر and ترین: is it an adjective or adverb of hazm's lexicon, or a nisba
    adjective (اصلیترین)? تاتر (theatre) and اینتر (the club) are no comparatives of تا and این."""
    return stem in lexicon.gradable_words() or _nisba(stem)


def _nisba(stem: str) -> bool:
    """An adjective of a lexicon word with the nisba ی (ایرانی, نظامی), which hazm seldom lists;
    after a final ا it is یی (روستایی), but تویی (تو + یی) is no adjective of تو: only after ا."""
    if not stem.endswith(lexicon.NISBA):
        return False
    word = stem[: -len(lexicon.NISBA)]
    return lexicon.base_word(word) or (word.endswith("ا" + lexicon.NISBA) and lexicon.base_word(word[:-1]))


# The test each kind of stem (lexicon.STRIPPABLE's fourth field) must pass for its suffix to go.
STEM_FITS = {lexicon.ANY_STEM: lambda stem: True, lexicon.WORD_STEM: plural_stem, lexicon.GRADABLE_STEM: gradable_stem}


@lru_cache(maxsize=200_000)
def arabic_singular(word: str) -> str:
    """مهاجرین → مهاجر, مدارس → مدرسه; a word that is no Arabic plural of hazm's lexicon as it is.
    Memoised: asked of every word indexed (and of compound parts), a quarter of StripArabicPlural's time."""
    if word in lexicon.arabic_plurals():
        return word[: -len(lexicon.ARABIC_PLURAL)]
    return lexicon.broken_plurals().get(word, word)


def persian_analyzer():
    """The analyzer every text field and every query goes through."""
    return PersianAnalyzer(PersianTokenizer(), FoldSpelling(), FoldHamza(), JoinAffixes(), ReadNumbers(), ReadPercent(),
                           StripSuffixes(), StripArabicPlural(), AddCompoundParts())


class PersianAnalyzer(CompositeAnalyzer):
    """The chain: its tokenizer's words through each filter's ``step``, as Tokens; an ``Analysed``
    text is indexed from the tokens it already has."""

    def __call__(self, value, positions=False, chars=False, keeporiginal=False, removestops=True,
                 start_pos=0, start_char=0, tokenize=True, mode="", **kwargs):
        if isinstance(value, Analysed) and mode == "index":
            return value.replay(positions=positions, chars=chars, mode=mode, **kwargs)
        return self._tokens(value, self.words(value, mode, tokenize), positions, chars, keeporiginal, start_pos,
                            start_char, Token(positions, chars, removestops=removestops, mode=mode, **kwargs))

    def words(self, value: str, mode: str = "index", tokenize: bool = True) -> list[list]:
        """The words (PersianTokenizer.words) the chain makes of ``value``."""
        words = self.items[0].words(value, tokenize)
        for item in self.items[1:]:
            words = item.step(words, mode)
        return words

    def term_positions(self, value: str) -> dict[str, list[int]]:
        """Each index term of ``value`` (an Analysed text: from its tokens) and its positions, in
        the order Whoosh's Positions format collects them from this analyzer's Tokens."""
        pairs = ((text, pos) for text, pos, _, _ in value.tokens) if isinstance(value, Analysed) else \
            ((word[TEXT], word[POS]) for word in self.words(value))
        positions: dict[str, list[int]] = {}
        for text, pos in pairs:
            found = positions.get(text)
            if found is None:
                positions[text] = [pos]
            else:
                found.append(pos)
        return positions

    @staticmethod
    def _tokens(value, words, positions, chars, keeporiginal, start_pos, start_char, token):
        for text, _, start, end, _, pos in words:
            token.text, token.boost, token.stopped = text, 1.0, False
            if keeporiginal:
                token.original = value[start:end]
            if positions:
                token.pos = start_pos + pos
            if chars:
                token.startchar, token.endchar = start_char + start, start_char + end
            yield token


class Analysed(str):
    """A text with its index analysis attached (``analysed``).

    The build needs the positions of a field's words to find its quotes' spans
    there; analysing the field once for both, and letting the index replay
    the tokens, saves the chain's second pass over every field that has quotes.
    It is stored (pickled) as the plain text it is.
    """

    tokens: tuple[tuple[str, int, int, int], ...]  # (term, position, start char, end char)

    def replay(self, positions=False, chars=False, mode="", **kwargs):
        token = Token(positions, chars, mode=mode, **kwargs)
        for token.text, token.pos, token.startchar, token.endchar in self.tokens:
            token.boost, token.stopped = 1.0, False
            yield token

    @classmethod
    def of(cls, text: str, tokens: tuple) -> "Analysed":
        value = cls(text)
        value.tokens = tokens
        return value

    def __reduce__(self):
        return str, (str(self),)


def analysed(text: str) -> Analysed:
    """``text`` with the tokens the index analysis makes of it, positions and characters included."""
    return Analysed.of(text, tuple((word[TEXT], word[POS], word[START], word[END]) for word in
                                   shared_analyzer().words(text)))


class AnalysedTexts(Tokenizer):
    """Several texts analysed beforehand (``analysed_texts``), as one field: the k-th text's terms at
    positions from k * TEXT_STRIDE on.

    The speakers of an article's quotes are one field of the article, their roles
    another (indexer.schema): each quote keeps its own positions, so a phrase
    never spans two quotes and a position says which quote it is in. The build
    analyses each once, for its terms and its length together; Whoosh takes a
    field's value as a string (a list would be its words), so they come as lines
    of ``position:term``.
    """

    def __call__(self, value, positions=False, chars=False, mode="", **kwargs):
        token = Token(positions, chars, mode=mode, **kwargs)
        for token.text, token.pos in texts_positions(value):
            token.boost, token.stopped = 1.0, False
            yield token


def texts_positions(value: str) -> Iterator[tuple[str, int]]:
    """(term, position) of each term of an AnalysedTexts value, as the field indexes it."""
    for k, line in enumerate(value.split("\n")):
        for item in line.split():
            pos, _, term = item.partition(":")
            yield term, k * TEXT_STRIDE + int(pos)


def analysed_texts(texts) -> tuple[str, list[int]]:
    """The value of an AnalysedTexts field holding ``texts``, and how many terms each has there:
    the terms of its first TEXT_STRIDE - TEXT_GAP positions (a longer text is cut)."""
    lines, lengths = [], []
    for text in texts:
        line, length = _analysed_text(text or "")
        lines.append(line)
        lengths.append(length)
    return "\n".join(lines), lengths


@lru_cache(maxsize=20_000)
def _analysed_text(text: str) -> tuple[str, int]:
    """One line of an AnalysedTexts value and its count of terms; memoised, as the same speakers
    and roles come back quote after quote."""
    kept = [f"{word[POS]}:{word[TEXT]}" for word in shared_analyzer().words(text) if word[POS] < TEXT_STRIDE - TEXT_GAP]
    return " ".join(kept), len(kept)


@lru_cache(maxsize=1)
def shared_analyzer():
    """One persian_analyzer for analysing outside an index (query words, snippets): it keeps
    nothing between calls, and a search built 13-20 of them (10 µs each) before."""
    return persian_analyzer()


def analyze(text: str, mode: str = "index") -> list[str]:
    """The terms of ``text``, in order: as indexed (with compound parts) or, with mode="query", as searched."""
    return [word[TEXT] for word in shared_analyzer().words(text, mode)]
