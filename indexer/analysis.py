"""One Persian analysis chain for documents and queries alike.

Like Whoosh's own analyzers it is a tokenizer followed by small filters:

    PersianTokenizer   words as they stand in the ORIGINAL text, with offsets
    FoldSpelling       ي/ى → ی, ك → ک, digits → 0-9, no diacritics/tatweel/ZWNJ
    JoinAffixes        "می شود" → میشود, "سازمان های" → سازمانهای
    ReadNumbers        سه هزار / ۳ هزار / 3,000 → 3000, ۱۷٫۵ هزار → 17500 (indexer.numbers)
    StripSuffixes      سازمانهای → سازمان, کودکان → کودک (unless a real word)
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

from whoosh.analysis import CompositeAnalyzer, Filter, Token, Tokenizer

from corpus.orthography import IN_WORD_MARKS, ZWNJ, fold_word
from indexer import lexicon, numbers

# A word: digits grouped by thousands separators (3,000 / ۳٬۰۰۰), a decimal
# (۱۷٫۵ / 17.5), or letters and digits with the marks and invisible characters
# that sit inside Persian words (diacritics, tatweel, ZWNJ, bidi marks) kept in it.
WORD = re.compile(r"\d{1,3}(?:[,\u066c]\d{3})+(?!\d)|" + numbers.DECIMAL.pattern
                  + r"|(?:[^\W_]|[" + re.escape(IN_WORD_MARKS) + r"])+")
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
    """One spelling per word: the orthography fold, memoised per word form.

    The pieces the word was written in (split at ZWNJ: زلزله‌زدگان) are kept
    in ``token.pieces`` for AddCompoundParts.
    """

    def __call__(self, tokens):
        for token in tokens:
            token.text, token.pieces = folded(token.text)
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
        pending = None  # (text, startchar, endchar, pieces, spaced)
        pos = -1
        token = None
        for token in tokens:
            if pending is not None and token.spaced and attaches(pending[0], token.text):
                pending = (pending[0] + token.text, pending[1], token.endchar if token.chars else 0,
                           pending[3] + token.pieces, pending[4])
                continue
            current = (token.text, token.startchar if token.chars else 0, token.endchar if token.chars else 0,
                       token.pieces, token.spaced)
            if pending is not None:
                pos += 1
                yield _emit(token, pending, pos)
            pending = current
        if pending is not None:
            yield _emit(token, pending, pos + 1)


def _emit(token, values, pos):
    token.text, token.pieces, token.spaced = values[0], values[3], values[4]
    if token.chars:
        token.startchar, token.endchar = values[1], values[2]
    if token.positions:
        token.pos = pos
    return token


class ReadNumbers(Filter):
    """A number written in words, digits or both becomes one term of digits.

    سه هزار, ۳ هزار, 3,000 and ۳۰۰۰ all become 3000 (see indexer.numbers),
    spanning the characters of all its words; positions are renumbered as
    JoinAffixes does. Words that may belong to a number are held back, as
    copies, until the number ends.
    """

    def __call__(self, tokens):
        held = []
        shift = 0  # words merged into numbers so far: later positions move back by as many
        for token in tokens:
            if len(token.pieces) > 1:
                _read_pieces(token)
            number = numbers.is_number_word(token.text)
            if held and not (token.spaced and number):
                released, merged = _read_numbers(held, shift)
                yield from released
                shift += merged
                held = []
            if number:
                held.append(token.copy())
                continue
            if token.positions:
                token.pos -= shift
            yield token
        yield from _read_numbers(held, shift)[0]


def _read_pieces(token) -> None:
    """A number written as one word with ZWNJ (سه‌هزار) becomes its digits too."""
    if len(token.pieces) > 1 and all(numbers.is_number_word(piece) for piece in token.pieces):
        found = numbers.read_number(list(token.pieces))
        if found is not None and found[1] == len(token.pieces):
            token.text = numbers.number_text(found[0], list(token.pieces))
            token.pieces = (token.text,)


def _read_numbers(held: list, shift: int) -> tuple[list, int]:
    """The held words with each number merged into its first word; and how many words merged away."""
    out, merged, i = [], 0, 0
    while i < len(held):
        first = held[i]
        if first.positions:
            first.pos -= shift + merged
        words = [t.text for t in held[i:]]
        found = numbers.read_number(words)
        used = 1
        if found is not None:
            value, used = found
            first.text = numbers.number_text(value, words[:used])
            first.pieces = (first.text,)
            if first.chars:
                first.endchar = held[i + used - 1].endchar
            merged += used - 1
        out.append(first)
        i += used
    return out, merged


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


class StripArabicPlural(Filter):
    """The Arabic plural ین: خیرین → خیر, معلولین → معلول, as معلولان → معلول;
    and the broken plural: مدارس → مدرسه, مناطق → منطقه.

    Only the words hazm's lexicon has as nouns alone, plural of a word it
    knows (lexicon.arabic_plurals): تامین, سنگین, پایین, یاسین stay; broken
    plurals as lexicon.broken_plurals pairs them (اعلام, امداد stay: hazm
    also has them as verbal nouns).
    """

    def __call__(self, tokens):
        for token in tokens:
            token.text = arabic_singular(token.text)
            yield token


class AddCompoundParts(Filter):
    """Index a compound also as its parts, at the compound's own position and characters.

    زلزله‌زدگان stays زلزلهزده and is also زلزله and زده, so the bare word
    زلزله finds it, while phrases and highlighting see one word. Parts come
    from the ZWNJ the writer put in, or, for a word written joined that hazm's
    lexicon does not know (مردمنهاد), from splitting it into two words it does
    know. In query mode nothing is added: a query's compound stays whole.
    """

    def __call__(self, tokens):
        shortest_joined = 2 * lexicon.MIN_COMPOUND_PART
        for token in tokens:
            yield token
            if token.mode == "query" or (len(token.pieces) == 1 and len(token.text) < shortest_joined):
                continue
            whole = token.text
            for part in compound_parts(token.pieces, whole):
                token.text = part
                yield token
            token.text = whole


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
def folded(word: str) -> tuple[str, tuple[str, ...]]:
    """The folded word and its folded pieces (fold_pieces), memoised together: joining the
    pieces again for every token cost about 5% of the chain."""
    pieces = fold_pieces(word)
    return "".join(pieces), pieces


@lru_cache(maxsize=200_000)
def fold_pieces(word: str) -> tuple[str, ...]:
    """The folded pieces of a word written with ZWNJ: زلزله‌زدگان → (زلزله, زدگان)."""
    return tuple(piece for piece in map(fold, word.split(ZWNJ)) if piece)


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


@lru_cache(maxsize=200_000)
def split_joined(word: str) -> tuple[str, str] | None:
    """Two lexicon words that ``word``, written joined, is made of: مردمنهاد → (مردم, نهاد).

    Only for words hazm's lexicon does not know itself, nor as an inflection
    (کشورمان is کشور + مان, not کشو + رمان); both parts at least
    MIN_COMPOUND_PART letters; the most even split wins.
    """
    if word in lexicon.whole_words() or word.startswith(lexicon.ARABIC_ARTICLE):
        return None
    if any(word.endswith(ending) and lexicon.known_stem(word[: -len(ending)]) for ending in lexicon.INFLECTIONS):
        return None
    return two_parts(word)


def two_parts(word: str, parts: frozenset[str] | None = None) -> tuple[str, str] | None:
    """The most even split of ``word`` into two of ``parts`` (lexicon.compound_parts()), if any."""
    shortest = lexicon.MIN_COMPOUND_PART
    parts = lexicon.compound_parts() if parts is None else parts
    best = None
    for cut in range(shortest, len(word) - shortest + 1):
        left, right = word[:cut], word[cut:]
        if attaches(left, right):  # بیمه + شده is a word and its affix
            continue
        if left in parts and (right in parts or strip_suffix(right) in parts):
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


def arabic_singular(word: str) -> str:
    """مهاجرین → مهاجر, مدارس → مدرسه; a word that is no Arabic plural of hazm's lexicon as it is."""
    if word in lexicon.arabic_plurals():
        return word[: -len(lexicon.ARABIC_PLURAL)]
    return lexicon.broken_plurals().get(word, word)


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
    return PersianAnalyzer(PersianTokenizer(), FoldSpelling(), JoinAffixes(), ReadNumbers(), StripSuffixes(),
                           StripArabicPlural(), AddCompoundParts())


class PersianAnalyzer(CompositeAnalyzer):
    """The chain, which indexes an ``Analysed`` text from the tokens it already has."""

    def __call__(self, value, **kwargs):
        if isinstance(value, Analysed) and kwargs.get("mode") == "index":
            return value.replay(**kwargs)
        return super().__call__(value, **kwargs)


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
    return Analysed.of(text, tuple((token.text, token.pos, token.startchar, token.endchar) for token in
                                   shared_analyzer()(text, positions=True, chars=True, mode="index")))


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
        for k, line in enumerate(value.split("\n")):
            for item in line.split():
                pos, _, token.text = item.partition(":")
                token.pos, token.boost, token.stopped = k * TEXT_STRIDE + int(pos), 1.0, False
                yield token


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
    kept = [f"{token.pos}:{token.text}" for token in shared_analyzer()(text, positions=True, mode="index")
            if token.pos < TEXT_STRIDE - TEXT_GAP]
    return " ".join(kept), len(kept)


@lru_cache(maxsize=1)
def shared_analyzer():
    """One persian_analyzer for analysing outside an index (query words, snippets): it keeps
    nothing between calls, and a search built 13-20 of them (10 µs each) before."""
    return persian_analyzer()


def analyze(text: str, mode: str = "index") -> list[str]:
    """The terms of ``text``, in order: as indexed (with compound parts) or, with mode="query", as searched."""
    return [token.text for token in shared_analyzer()(text, mode=mode)]
