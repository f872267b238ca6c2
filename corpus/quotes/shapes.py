"""Pass 1: the quotes of one field, one function per shape of reported speech.

Direct quotes are found first; indirect and guillemet quotes only outside
them. Each quote comes with the Mention of its speaker, unresolved.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from corpus.document import Document
from corpus.orthography import fold_letters
from corpus.quotes.constants import (
    MAX_CLAIM_CHARS,
    MIN_CLAIM_WORDS,
    MIN_HEADLINE_QUOTE,
    MIN_QUOTE_WORDS,
    QUOTE_TAIL_MARKS,
    SUBJECT_WINDOW,
)
from corpus.quotes.patterns import (
    ACCORDING_TO,
    BELIEF_CUE,
    CLAIM_CUE,
    DIRECT_CUE,
    GUILLEMETS,
    HEADLINE_SPEAKER,
    HONORIFIC_LEXICON,
    NEWS_CUE,
    PLAIN_SPEECH_VERB,
    SAYING_THAT,
    SENTENCE_ENDING,
    SOURCE_LINE,
    THAT_CUE,
)
from corpus.quotes.sentences import (
    find_any,
    find_sentence_end,
    find_sentence_start,
    Spans,
    trim_quote,
)
from corpus.quotes.subjects import (
    clause_words,
    is_agency,
    is_first_name,
    Mention,
    mention_from_words,
    opens_name,
    phrase_at,
    skip_agency,
    skip_openers,
    starts_role,
    subject,
    subject_mention,
)


@dataclass
@dataclass
class Found:
    """A quote found in pass 1: where it is, and the words naming its speaker."""

    where: str
    start: int
    end: int
    kind: str
    cue: str
    text: str
    mention: Mention


def quotes_in_field(where: str, text: str) -> list[Found]:
    """Direct quotes first; indirect and guillemet ones only outside them."""
    folded = fold_letters(text)
    found = _direct_quotes(where, text, folded)
    if where in ("title", "lead") and not found:
        found = _headline_quote(where, text, folded)
    taken = Spans([(f.start, f.end) for f in found])
    found += _indirect_quotes(where, text, folded, taken)
    taken = Spans([(f.start, f.end) for f in found] + _direct_clauses(folded))
    found += _guillemet_quotes(where, text, folded, taken)
    found += _introduction(where, text, folded)
    found.sort(key=lambda f: f.start)
    return found


def _introduction(where: str, text: str, folded: str) -> list[Found]:
    """A paragraph opening on a full name (``حجت‌الاسلام علی رضایی ... حضور یافت.``).

    Not a quote, but the person it introduces is who a following ``وی گفت``
    means; it goes into the list with kind INTRODUCTION and is never returned.
    """
    end = min(find_sentence_end(folded, 0), SUBJECT_WINDOW)
    verb = search_verb(folded, 0, end)
    end = verb.start() if verb else end
    source = SOURCE_LINE.match(folded, 0, end)
    words = clause_words(folded, source.end() if source else 0, end)
    words = skip_openers(skip_agency(words))
    if not words or not (phrase_at(words, 0, HONORIFIC_LEXICON) or is_first_name(words[0].key)):
        return []
    mention, _ = subject(text, words, where)
    if mention.ref != "name" or not mention.strong:
        return []
    return [Found(where, words[0].start, words[0].start, INTRODUCTION, "", "", mention)]


INTRODUCTION = "introduction"  # a Found that only introduces a person


def _direct_quotes(where: str, text: str, folded: str) -> list[Found]:
    """``SUBJECT ... VERB: QUOTE``; a quote ends where the next cue's sentence starts."""
    cues = []
    for match in DIRECT_CUE.finditer(folded):
        clause_start = find_sentence_start(folded, match.start())
        cues.append((match, clause_start))
    found = []
    for n, (match, clause_start) in enumerate(cues):
        limit = cues[n + 1][1] if n + 1 < len(cues) else len(text)
        start, end = trim_quote(folded, match.end(), max(limit, match.end()))
        mention = subject_mention(text, folded, clause_start, match.start(), where)
        found.append(Found(where, start, end, "direct", text[match.start("cue"):match.end("cue")],
                            text[start:end], mention))
    return found


def _direct_clauses(folded: str) -> list[tuple[int, int]]:
    """The clauses that introduce direct quotes: «» there name things (شعار «...»)."""
    return [(find_sentence_start(folded, m.start()), m.end()) for m in DIRECT_CUE.finditer(folded)]


def _headline_quote(where: str, text: str, folded: str) -> list[Found]:
    """Headlines drop the verb: ``فرهادی: مجازات شکارچیان افزایش یافت``.

    Leads do it too (``مدیرعامل سازمان ...: QUOTE``), but there the part
    before the colon must open like a speaker (role, honorific, given name),
    since leads also carry labels and agency tags.
    """
    match = HEADLINE_SPEAKER.match(folded)
    if not match:
        return []
    words = clause_words(folded, *match.span("speaker"))
    if not words or is_agency(words):
        return []
    if where == "lead" and not (starts_role(words, 0) or opens_name(words)):
        return []
    mention = mention_from_words(text, words, where)
    if mention.ref == "pronoun":
        return []
    start, end = trim_quote(folded, match.end(), len(text))
    if end - start < MIN_HEADLINE_QUOTE:
        return []
    return [Found(where, start, end, "direct", "", text[start:end], mention)]


def _indirect_quotes(where: str, text: str, folded: str, taken: Spans) -> list[Found]:
    """Reported speech: ``به گفته X، ...``, ``X گفت که ...``, ``با بیان اینکه ...``, ``از ... خبر داد``."""
    found = []
    for match in ACCORDING_TO.finditer(folded):
        found += _according_to(where, text, folded, match)
    for match in _merge_matches(THAT_CUE.finditer(folded), BELIEF_CUE.finditer(folded)):
        found += _said_that(where, text, folded, match)
    for match in CLAIM_CUE.finditer(folded):
        found += _claim_after_verb(where, text, folded, match)
    for match in SAYING_THAT.finditer(folded):
        found += _saying_that(where, text, folded, match)
    for match in NEWS_CUE.finditer(folded):
        found += _announced(where, text, folded, match)
    return [f for f in found if f.end - f.start >= 8 and not taken.overlaps(f.start, f.end)]


def _merge_matches(*iterators):
    """Matches of several patterns, in text order."""
    return sorted((m for iterator in iterators for m in iterator), key=lambda m: m.start())


def _claim_end(folded: str, start: int) -> int:
    """A reported claim ends with its sentence, and is never longer than MAX_CLAIM_CHARS.

    The cap keeps nested claims (``گفت که ... گفت که ...``) from adding up
    to quadratic text on a field that never ends its sentence.
    """
    return find_sentence_end(folded, start, MAX_CLAIM_CHARS)


def _said_that(where: str, text: str, folded: str, match: re.Match) -> list[Found]:
    """``X گفت که CLAIM`` / ``X معتقد است CLAIM``: the rest of the sentence is the claim."""
    clause_start = find_sentence_start(folded, match.start())
    start, end = trim_quote(folded, match.end(), _claim_end(folded, match.end()))
    mention = subject_mention(text, folded, clause_start, match.start(), where)
    cue = text[match.start("cue"):match.end("cue")]
    return [Found(where, start, end, "indirect", cue, text[start:end], mention)]


def _according_to(where: str, text: str, folded: str, match: re.Match) -> list[Found]:
    """``به گفته X، CLAIM``: X runs to the comma; a «quote» right after is a guillemet quote."""
    sentence_end = find_sentence_end(folded, match.end())
    comma = find_any(folded, "،,«", match.end(), min(sentence_end, match.end() + 200))
    if comma < 0:
        return []
    words = clause_words(folded, match.end(), comma)
    if not words or is_agency(words):
        return []
    mention = mention_from_words(text, words, where)
    if folded[comma] == "«":
        return []  # handled as a guillemet quote
    start, end = trim_quote(folded, comma + 1, _claim_end(folded, comma + 1))
    return [Found(where, start, end, "indirect", text[match.start("cue"):match.end("cue")],
                   text[start:end], mention)]


def _claim_after_verb(where: str, text: str, folded: str, match: re.Match) -> list[Found]:
    """``کوساچف اعلام کرد به شرط آنکه ...``: the rest of the sentence is the claim."""
    clause_start = find_sentence_start(folded, match.start())
    mention = subject_mention(text, folded, clause_start, match.start(), where)
    if mention.ref == "pronoun" and folded[clause_start:match.start()].strip():
        return []  # a verb inside a longer sentence with no subject of its own
    start, end = trim_quote(folded, match.end(), _claim_end(folded, match.end()))
    if len(folded[start:end].split()) < MIN_CLAIM_WORDS:
        return []
    cue = text[match.start("cue"):match.end("cue")]
    return [Found(where, start, end, "indirect", cue, text[start:end], mention)]


def _saying_that(where: str, text: str, folded: str, match: re.Match) -> list[Found]:
    """``X با بیان اینکه CLAIM، گفت``: the claim ends at the last comma before the verb."""
    verb = DIRECT_CUE.search(folded, match.end(), min(len(folded), match.end() + SUBJECT_WINDOW))
    sentence_end = find_sentence_end(folded, match.end())
    if not verb or verb.start() > sentence_end:
        return []
    comma = max(folded.rfind("،", match.end(), verb.start()), folded.rfind(",", match.end(), verb.start()))
    claim_end = comma if comma > 0 else verb.start()
    start, end = trim_quote(folded, match.end(), claim_end)
    clause_start = find_sentence_start(folded, match.start())
    mention = subject_mention(text, folded, clause_start, match.start(), where)
    cue = text[match.start():match.end()].strip()
    return [Found(where, start, end, "indirect", cue, text[start:end], mention)]


def _announced(where: str, text: str, folded: str, match: re.Match) -> list[Found]:
    """``X از CLAIM خبر داد``: the claim starts at the first از after the subject."""
    clause_start = find_sentence_start(folded, match.start())
    words = clause_words(folded, clause_start, match.start())
    mention, subject_end = subject(text, words, where)
    claim_start = next((w.end for w in words if w.start >= subject_end and w.key == "از"), -1)
    if claim_start < 0:
        return []
    start, end = trim_quote(folded, claim_start, match.start())
    return [Found(where, start, end, "indirect", text[match.start("cue"):match.end("cue")],
                   text[start:end], mention)]


def _guillemet_quotes(where: str, text: str, folded: str, taken: Spans) -> list[Found]:
    """«...» that someone said: a clause, with a speaker in the same or previous sentence."""
    found = []
    for match in GUILLEMETS.finditer(folded):
        start, end = match.span("inner")
        if (taken.overlaps(start, end) or len(folded[start:end].split()) < MIN_QUOTE_WORDS
                or _introduces_direct_quote(folded, match.end())):
            continue
        speaker = _guillemet_speaker(text, folded, match.start(), match.end(), where)
        if speaker is None:
            continue
        mention, cue, introduced = speaker
        if introduced or _ends_like_a_sentence(folded[start:end]):
            found.append(Found(where, start, end, "guillemet", cue, text[start:end], mention))
    return found


def _introduces_direct_quote(folded: str, close_at: int) -> bool:
    """``در پاسخ به اینکه «...؟»، گفت: ...``: the «» is part of a direct quote's clause."""
    cue = DIRECT_CUE.search(folded, close_at, min(len(folded), close_at + SUBJECT_WINDOW))
    return cue is not None and find_sentence_end(folded, close_at) >= cue.end() - 1


def _ends_like_a_sentence(inner: str) -> bool:
    """Does «...» end on a verb, as said sentences do?

    Asked when nothing introduces the «» right at its edge: names and titles
    in «» end on a noun (``«مرکز مطالعات بین‌المللی و استراتژیک»``).
    """
    return bool(SENTENCE_ENDING.search(inner))


def _guillemet_speaker(text: str, folded: str, open_at: int, close_at: int,
                       where: str) -> tuple[Mention, str, bool] | None:
    """The speaker of «...», the cue that attributes it, and whether the cue introduces it.

    In order: ``به گفته X «...»``; a speech verb before it in the sentence
    (``X گفت «...»``); a speech verb after it, whose subject follows the
    quote when punctuation parts them (``«...»؛ این را رضایی می‌گوید``) and
    opens the sentence otherwise; a speech verb in the sentence before.
    The cue introduces the quote when it stands right at the «» edge.
    """
    sentence_start = find_sentence_start(folded, open_at)
    according = ACCORDING_TO.search(folded, sentence_start, open_at)
    if according:
        words = clause_words(folded, according.end(), open_at)
        if words and not is_agency(words):
            return mention_from_words(text, words, where), text[according.start():according.end()], True
    verb = search_verb(folded, sentence_start, open_at)
    if verb:
        mention = subject_mention(text, folded, sentence_start, verb.start(), where)
        return mention, cue_text(text, verb), not folded[verb.end():open_at].strip(" \u200c،,:")
    after_end = find_sentence_end(folded, find_sentence_end(folded, close_at) + 1)
    verb = search_verb(folded, close_at, after_end)
    if verb:
        between = folded[close_at:verb.start()].lstrip(" \u200c")
        if between[:1] in QUOTE_TAIL_MARKS:
            subject_start = skip_to_word(folded, close_at, verb.start())
            mention = subject_mention(text, folded, subject_start, verb.start(), where, skip_object=True)
            return mention, cue_text(text, verb), True
        return subject_mention(text, folded, sentence_start, open_at, where), cue_text(text, verb), False
    if sentence_start == 0:
        return None
    previous_start = find_sentence_start(folded, sentence_start - 1)
    verb = search_verb(folded, previous_start, sentence_start)
    if verb:
        mention = subject_mention(text, folded, previous_start, verb.start(), where)
        return mention, cue_text(text, verb), False
    return None


def cue_text(text: str, verb: re.Match) -> str:
    """The cue as written in the original text."""
    return text[verb.start():verb.end()]


def search_verb(folded: str, start: int, end: int) -> re.Match | None:
    """The first speech verb between two offsets, colon or not."""
    return PLAIN_SPEECH_VERB.search(folded, start, end)


def skip_to_word(folded: str, start: int, end: int) -> int:
    """The offset of the first letter at or after ``start``."""
    while start < end and not (folded[start].isalpha()):
        start += 1
    return start


def carry_empty_quotes(found: list[Found], doc: Document) -> None:
    """``وی در این باره گفت:`` at a paragraph's end: the quote is the next paragraph."""
    for item in found:
        if item.kind != "direct" or item.end > item.start or not item.where.startswith("body:"):
            continue
        number = int(item.where.split(":")[1]) + 1
        if number >= len(doc.paragraphs):
            continue
        following = doc.paragraphs[number]
        folded = fold_letters(following)
        first_cue = DIRECT_CUE.search(folded)
        limit = find_sentence_start(folded, first_cue.start()) if first_cue else len(following)
        start, end = trim_quote(folded, 0, limit)
        item.where, item.start, item.end, item.text = f"body:{number}", start, end, following[start:end]
    found[:] = [f for f in found if f.end > f.start or f.kind == INTRODUCTION]
