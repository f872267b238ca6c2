"""Guillemet quotes: «...» that someone said (``به گفته وی «QUOTE»``, ``«QUOTE»؛ این را رضایی می‌گوید``).

Read last, outside the direct and indirect quotes and outside the clauses that
introduce direct quotes (where «» name things); the speaker stands in the same
sentence or the one before.
"""

from __future__ import annotations

import re
from itertools import chain

from corpus.quotes.constants import HEADLINE_TAIL_MARKS, MIN_JUDGED_TERM_WORDS, MIN_QUOTE_WORDS, QUOTE_TAIL_MARKS, SUBJECT_WINDOW
from corpus.quotes.direct import headline_document_writer, holds_a_verb
from corpus.quotes.found import Found, search_verb
from corpus.quotes.patterns import (
    ACCORDING_TO,
    DIRECT_CUE,
    GUILLEMETS,
    POINTED_BACK,
    POINTED_STRAIGHT_QUOTE,
    PRESENT_JUDGING_VERB,
    SENTENCE_ENDING,
)
from corpus.quotes.sentences import BLANKS, Field, find_sentence_end, find_sentence_start, Spans
from corpus.quotes.subjects import (
    clause_words,
    is_agency,
    Mention,
    Word,
    mention_from_words,
    subject_mention,
)


def guillemet_quotes(field: Field, taken: Spans) -> list[Found]:
    """«...» that someone said: a clause, with a speaker in the same or previous sentence; or a
    term the sentence's subject judges by (_judged_term). Also "..." pointed back at (``"QUOTE"
    این را X گفت``), the one shape in which straight marks hold words said, not a name."""
    found = []
    for match in chain(GUILLEMETS.finditer(field.folded), POINTED_STRAIGHT_QUOTE.finditer(field.folded)):
        start, end = match.span("inner")
        words = len(field.folded[start:end].split())
        if taken.overlaps(start, end) or words < MIN_JUDGED_TERM_WORDS:
            continue
        judged = _judged_term(field, match)
        if judged is not None:
            found.append(Found(field.where, start, end, "guillemet", judged[1], field.text[start:end], judged[0]))
            continue
        if words < MIN_QUOTE_WORDS or _introduces_direct_quote(field.folded, match.end()):
            continue
        speaker = _guillemet_speaker(field, match.start(), match.end()) or _headline_tail(field, match)
        if speaker is None:
            continue
        mention, cue, introduced = speaker
        if introduced or ends_like_a_sentence(field.folded[start:end]):
            found.append(Found(field.where, start, end, "guillemet", cue, field.text[start:end], mention))
    return found


def _judged_term(field: Field, match: re.Match) -> tuple[Mention, str] | None:
    """The judge and the cue when «...» is what a judging verb in the present right after it
    judges by (``X این طرح را «ظلم به کارمندان» می‌داند``: the «» right after را) or judges
    (``X «نبود مدرسه» را بزرگ‌ترین مشکل می‌داند``: را and a judgement after the «»), with no
    other verb between; the judge is the sentence's subject, someone it names or وی/او."""
    sentence_start = find_sentence_start(field.folded, match.start())
    verb = PRESENT_JUDGING_VERB.search(field.folded, match.end(), find_sentence_end(field.folded, match.end()))
    if verb is None or holds_a_verb(field.folded, match.end(), verb.start()):
        return None
    before = clause_words(field.folded, sentence_start, match.start())
    between = clause_words(field.folded, match.end(), verb.start())
    judged_by = bool(before) and before[-1].key == "را" and not between
    judged = len(between) > 1 and between[0].key == "را" and "," not in [word.key for word in between]
    if not (judged_by or judged):
        return None
    mention = subject_mention(field, sentence_start, match.start())
    if mention.ref == "pronoun" and not mention.personal or mention.anonymous or _no_one(mention):
        return None
    return mention, cue_text(field.text, verb)


def _no_one(mention: Mention) -> bool:
    """Does the subject name nobody, by name or role (``این گزارش ... را «...» توصیف می‌کند``: a
    document or a thing judging)? Then the judgement is the report's, no one's quote."""
    return mention.ref == "title" and not mention.name_words and not mention.role


def _introduces_direct_quote(folded: str, close_at: int) -> bool:
    """``در پاسخ به اینکه «...؟»، گفت: ...``: the «» is part of a direct quote's clause."""
    cue = DIRECT_CUE.search(folded, close_at, min(len(folded), close_at + SUBJECT_WINDOW))
    return cue is not None and find_sentence_end(folded, close_at) >= cue.end() - 1


def ends_like_a_sentence(inner: str) -> bool:
    """Does «...» end on a verb, as said sentences do?

    Asked when nothing introduces the «» right at its edge: names and titles
    in «» end on a noun (``«مرکز مطالعات بین‌المللی و استراتژیک»``).
    """
    return bool(SENTENCE_ENDING.search(inner))


def _guillemet_speaker(field: Field, open_at: int, close_at: int) -> tuple[Mention, str, bool] | None:
    """The speaker of «...», the cue that attributes it, and whether the cue introduces it.

    In order: ``به گفته X «...»``; a speech verb before it in the sentence
    (``X گفت «...»``); a speech verb after it, whose subject follows the
    quote when punctuation parts them (``«...»؛ این را رضایی می‌گوید``) or an object
    points back at it (``«...» این را رضایی گفت``), and opens the sentence otherwise; a
    speech verb in the sentence before.
    The cue introduces the quote when it stands right at the «» edge.
    """
    sentence_start = find_sentence_start(field.folded, open_at)
    according = ACCORDING_TO.pattern.search(field.folded, sentence_start, open_at)
    if according:
        words = clause_words(field.folded, according.end(), open_at)
        if words and not is_agency(words) and not _past_the_source(words):
            return mention_from_words(field, words), field.text[according.start():according.end()], True
    verb = search_verb(field.folded, sentence_start, open_at)
    if verb:
        mention = subject_mention(field, sentence_start, verb.start())
        return mention, cue_text(field.text, verb), not field.folded[verb.end():open_at].strip(" \u200c،,:")
    after_end = find_sentence_end(field.folded, find_sentence_end(field.folded, close_at) + 1)
    verb = search_verb(field.folded, close_at, after_end)
    if verb:
        between = field.folded[close_at:verb.start()].lstrip(" \u200c")
        if between[:1] in QUOTE_TAIL_MARKS or POINTED_BACK.match(field.folded, close_at):
            subject_start = skip_to_word(field.folded, close_at, verb.start())
            mention = subject_mention(field, subject_start, verb.start(), skip_object=True)
            return mention, cue_text(field.text, verb), True
        return subject_mention(field, sentence_start, open_at), cue_text(field.text, verb), False
    if sentence_start == 0:
        return None
    previous_start = find_sentence_start(field.folded, sentence_start - 1)
    verb = search_verb(field.folded, previous_start, sentence_start)
    if verb:
        mention = subject_mention(field, previous_start, verb.start())
        return mention, cue_text(field.text, verb), False
    return None


def _past_the_source(words: list[Word]) -> bool:
    """Does a comma close the source before the «» (``به نوشته X، گزارش اندیشکده «Y» نشان می‌دهد``)?
    Then the «» stands in the claim's own clause (a name there), not right after the source."""
    return any(word.key in "،," for word in words[:-1])


def _headline_tail(field: Field, match: re.Match) -> tuple[Mention, str, bool] | None:
    """``گفت‌وگو با X؛ «QUOTE»``: a headline whose last part, after a semicolon or a colon, is one
    «sentence» quotes whoever the story is about, as ``X: QUOTE`` does; the one speaking in the
    story (the interviewee, or whoever has the floor first) says it. Not introduced: the «» must
    end like a sentence, as a name in «» does not. A last part naming a document (``نامه ۲۰۰ پرستار
    به وزیر: «QUOTE»``) gives its writer's words instead (headline_document_writer)."""
    label = field.folded[:match.start()].rstrip(BLANKS)
    if field.where != "title" or field.folded[match.end():].strip(BLANKS + ".") or label[-1:] not in HEADLINE_TAIL_MARKS:
        return None
    label_start = max(label.rfind(mark, 0, len(label) - 1) for mark in HEADLINE_TAIL_MARKS) + 1  # its last part
    writer = headline_document_writer(field, clause_words(field.folded, label_start, len(label) - 1))
    return writer or Mention("pronoun", answer=True, where=field.where), "", False


def cue_text(text: str, verb: re.Match) -> str:
    """The cue as written in the original text."""
    return text[verb.start():verb.end()]


def skip_to_word(folded: str, start: int, end: int) -> int:
    """The offset of the first letter at or after ``start``."""
    while start < end and not (folded[start].isalpha()):
        start += 1
    return start
