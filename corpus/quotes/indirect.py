"""Reported speech: ``به گفته X، CLAIM``, ``X گفت که CLAIM``, ``X از CLAIM خبر داد`` and the like.

One reader per shape turns a cue's match into quotes; _INDIRECT_SHAPES, at the
end, lists every shape with its cues and its reader, in the order they are read.
shapes.quotes_in_field keeps only the ones outside the field's direct quotes.
"""

from __future__ import annotations

import dataclasses
import re

from corpus.names import INDEFINITE
from corpus.orthography import fold_word
from corpus.quotes.constants import (
    ADVERBIAL_OPENER_KINDS,
    PART_OF_WORDS,
    SAYING_THAT_PHRASE_KEYS,
    SAYING_THAT_WORD,
    WIDE_VIEWPOINT_KEYS,
    REPORTER,
    ANNOUNCING_NOUNS,
    ESTIMATED_AMOUNT_WORDS,
    ESTIMATING_KEYS,
    COUNTED_AMONG,
    COUNTED_AMONG_ENDINGS,
    PRONOUN_KEYS,
    RELATIVE_OPENERS,
    DENIED_PROPOSITION_OPENERS,
    NOUN_BEFORE_NAME_PREPOSITIONS,
    PRESENT_JUDGE_REFS,
    BARE_PAST_STEMS,
    IMPERSONAL_MODALS,
    CLAIM_NON_OPENERS,
    SAID_AS_OBJECT,
    DEMONSTRATIVES,
    DEMONSTRATIVE_OBJECT_WORDS,
    OBJECT_PHRASE_PREPOSITIONS,
    DIRECT_CUE_OPENERS,
    EMPHASIS_OPENER,
    EMPHASIS_TO_LEAD_WORDS,
    EMPHASIS_TO_OPENER,
    NOT_AFTER_EMPHASIS_TO,
    MIN_EMPHASIS_WORDS,
    MIN_OBJECT_CLAIM_WORDS,
    OBJECT_SPEECH_ADVERBS,
    NEWS_NOUN,
    NEWS_OPENER,
    NAMED_AS,
    CLAUSE_THAT,
    NOT_BEFORE_CLAIM_FROM,
    NOT_A_JUDGEMENT,
    DECLARED_READINESS,
    READINESS_OBJECT_WORDS,
    READY_FOR,
    CHARGE_OPENER,
    MANNER_AFTER_TO,
    REQUEST_NOUNS,
    SUBJUNCTIVE_ENDINGS,
    SUBJUNCTIVE_PREFIX,
    NEGATIVE_PREFIX,
    SAID_TO_PREPOSITIONS,
    SAID_QUALIFIERS,
    LIGHT_VERBS,
    MAX_VERB_ENDING,
    LIGHT_VERB_PREFIXES,
    UNNAMED_SOURCES,
    NOT_AFTER_EMPHASIS_OPENER,
    OUTLET_HEADS,
    NOT_IN_QUOTED_SOURCE,
    NOT_BEFORE_EMPHASIS_OPENER,
    JUDGING_PREVERBS,
    JUDGING_NOUNS,
    JUDGING_VERBS,
    ONE_CAN,
    PRESENT_PREFIXES,
    PREDICATE_STARTS,
    GROUP_PLURAL_ENDINGS,
    MAX_ACCORDING_TO_CHARS,
    MAX_ADDRESSEE_WORDS,
    MAX_UNCOMMA_SOURCE_CHARS,
    MAX_CLAIM_CHARS,
    MAX_NAME_WORDS,
    MIN_CLAIM_WORDS,
    MIN_INDIRECT_CHARS,
    MIN_QUOTE_WORDS,
    QUOTE_HEAD_CHARS,
    SENTENCE_TAIL_CHARS,
    QUESTION_MARKS,
    QUESTION_WORDS,
    QUOTE_TAIL_MARKS,
    SUBJECT_WINDOW,
    STEM_PAIR_NOUNS,
    WHILE_FRAME,
)
from corpus.quotes.direct import document_author, passive_agent, word_count, verb_subject, holds_a_verb, spelt_right
from corpus.quotes.found import Found
from corpus.quotes.patterns import (
    occurrences,
    POINTED_BACK,
    ACCORDING_TO,
    VIEWPOINT_CUE,
    ANNOUNCED_WITH,
    IMPLIED_SUBJECT_LEXICON,
    ACCORDINGLY_LEXICON,
    CONCESSIVE_LEXICON,
    PRESENT_SPEECH_KEYS,
    SOURCE_TAKES_OVER,
    CONTRAST_JOINER,
    REPORTING_VERB,
    PRESS_OFFICE_SOURCE,
    SPEECH_JOINED,
    BELIEF_CUE,
    CLAIM_CUE,
    CLAUSE_OPENER,
    DIRECT_CUE,
    DEMANDED_CUE,
    DEMANDED_OBJECT_CUE,
    SAID_OF_OBJECT_CUE,
    WARNING_CUE,
    ACCORDING_TO_THIS_DOCUMENT,
    AGENT_PASSIVE_CUE,
    DOCUMENT_CUE,
    NAMING_CUE,
    EMPHASIS_CUE,
    EXPRESSED_CUE,
    INSISTENCE_CUE,
    INVERTED_NEWS_CUE,
    REQUEST_CUE,
    PROPOSAL_CUE,
    SAID_CONTENT_CUE,
    JUDGED_CUE,
    GROUP_BELIEF_CUE,
    JOINED_TO_A_CLAUSE,
    PRESENT_GROUP_JUDGED_CUE,
    PRESENT_JUDGED_CUE,
    DENIED_CUE,
    UNNAMED_CLAIM_CUE,
    PERSIAN_WORD,
    ACCUSED_CUE,
    NEWS_CUE,
    OBJECT_MARKER,
    ORGANISATION_LEXICON,
    REFLEXIVE_SOURCE_KEYS,
    QUOTE_JOINING_LEXICON,
    PLAIN_SPEECH_VERB,
    SAYING_THAT,
    SAYING_THAT_SLIP,
    THIS_REPORT_CUE,
    REPORT_FINDING,
    REPORT_OF,
    SPEAKING_VERB,
    SENTENCE_ENDING,
    THAT_CUE,
    SAID_THING_THAT_CUE,
    THAT_WORD,
    WORD,
)
from corpus.quotes.person import (
    is_bare_past,
    is_finite_verb,
    is_lexicon_noun,
    is_past_participle,
    is_plural_verb,
    is_second_person,
    non_name_kind,
    verb_forms,
)
from corpus.quotes.sentences import (
    BLANKS,
    Field,
    end_before,
    find_any,
    find_sentence_end,
    find_sentence_start,
    Spans,
    trim_quote,
)
from corpus.quotes.subjects import (
    CLAUSE_JOINER_KEYS,
    THAT,
    clause_words,
    is_agency,
    holds_phrase,
    joint_subject,
    lists_on,
    Mention,
    Word,
    word_key,
    mention_from_words,
    source_named,
    report_maker,
    maker_named_after,
    place_end,
    opens_name,
    phrase_at,
    starts_role,
    subject,
    subject_mention,
    named_one_the_clause_describes,
    opens_speaker,
)


def indirect_quotes(field: Field, taken: Spans) -> list[Found]:
    """Reported speech: ``به گفته X، ...``, ``X گفت که ...``, ``با بیان اینکه ...``, ``از ... خبر داد``."""
    found = [_without_closing_quote(field, quote) for cues, read in _INDIRECT_SHAPES for match in cues(field.folded)
             if not _impersonal(field.folded, match) and not _says_a_quote_pointed_back_at(field.folded, match.start())
             for quote in read(field, match)]
    return [f for f in found if f.end - f.start >= MIN_INDIRECT_CHARS and not taken.overlaps(f.start, f.end)]


def _without_closing_quote(field: Field, found: Found) -> Found:
    """A claim closing on the speaker's own «words» after a comma and a joining word (``گفت که
    انجمن استقبال می‌کند، اما «QUOTE»``) ends at that comma: the «words» are a guillemet quote
    of their own, found after the indirect ones. Not when fewer than MIN_QUOTE_WORDS stand in
    the «» (a name or a term) or fewer than MIN_CLAIM_WORDS before the comma."""
    end = end_before(field.folded, found.end, BLANKS + ".")
    opening = field.folded.rfind("«", found.start, end) if field.folded[end - 1:end] == "»" else -1
    comma = max(field.folded.rfind("،", found.start, opening), field.folded.rfind(",", found.start, opening))
    if opening < 0 or comma < 0:
        return found
    joining = clause_words(field.folded, comma + 1, opening)
    if (joining and phrase_at(joining, 0, QUOTE_JOINING_LEXICON) != len(joining)
            or len(field.folded[opening + 1:end - 1].split()) < MIN_QUOTE_WORDS
            or _too_short(field.folded[found.start:comma])):
        return found
    start, end = trim_quote(field.folded, found.start, comma)
    return dataclasses.replace(found, start=start, end=end, text=field.text[start:end])


def _too_short(claim: str) -> bool:
    """Does a claim hold fewer than MIN_CLAIM_WORDS words, a fragment rather than something said?
    Its words are counted at spaces and ZWNJs alike, so a claim is as long whichever its writer
    joined a word's parts with (قیمت‌ها کاهش می‌یابد، قیمت ها کاهش می یابد)."""
    return len(claim.replace("\u200c", " ").split()) < MIN_CLAIM_WORDS


def _impersonal(folded: str, match: re.Match) -> bool:
    """Is the cue a bare past stem after "one must / one can" in its own clause, with no verb
    between (به این فهرست باید نام او را اضافه کرد که ...؛ می‌توان به المپیک اشاره کرد که ...)?
    An infinitive in the writer's sentence: nobody says what follows. (با تاکید بر اینکه باید
    متحد باشد هشدار داد: the modal is the claim's.)"""
    cue = match.group("cue") if "cue" in match.re.groupindex else match.group()
    if not cue.split() or word_key(cue.split()[-1]) not in BARE_PAST_STEMS:
        return False
    words = clause_words(folded, find_sentence_start(folded, match.start()), match.start())
    bounds = [n for n in range(len(words)) if words[n].key in (THAT, ",")]
    keys = [w.key for w in words[bounds[-1] + 1 if bounds else 0:]]
    return any(tuple(keys[n:n + len(modal)]) == modal and not any(_is_verb(key) for key in keys[n + len(modal):])
               for modal in IMPERSONAL_MODALS for n in range(len(keys)))


def _merge_matches(*iterators):
    """Matches of several patterns, in text order."""
    return sorted((m for iterator in iterators for m in iterator), key=lambda m: m.start())


def _claim_end(folded: str, start: int) -> int:
    """A reported claim ends with its sentence, or before a source named after و that takes
    the sentence over (``... کافی نیست و به گفته او CLAIM``), and is never longer than MAX_CLAIM_CHARS.

    The cap keeps nested claims (``گفت که ... گفت که ...``) from adding up
    to quadratic text on a field that never ends its sentence.
    """
    end = _before_direct_cue(folded, start, find_sentence_end(folded, start, MAX_CLAIM_CHARS))
    taken_over = SOURCE_TAKES_OVER.search(folded, start, end)
    return taken_over.start() if taken_over else end


def _sourced_claim_end(folded: str, start: int) -> int:
    """Where a claim after its source (به گفته X، CLAIM) ends: with its sentence (_claim_end), or
    before another speaker's clause of contrast (_before_another_speaker)."""
    return _before_another_speaker(folded, start, _claim_end(folded, start))


def _before_another_speaker(folded: str, start: int, end: int) -> int:
    """A claim after a source (به گفته X، CLAIM) ends before a clause of contrast in which someone
    else speaks (``... رایگان است اما خانواده‌ها می‌گویند CLAIM2``): اما or ولی, a subject (words
    with no verb, comma or که: not ``اما همانطور که وزیر گفت``), and a speech verb or a belief.
    The sentence is the writer's, and so is the contrast. (After X's own verb, ``X گفت A اما
    مدیران می‌گویند B``, B is part of what X said.)"""
    for joiner in CONTRAST_JOINER.finditer(folded, start, end):
        verb = REPORTING_VERB.search(folded, joiner.end(), min(end, joiner.end() + SUBJECT_WINDOW))
        words = clause_words(folded, joiner.end(), verb.start()) if verb else []
        if words and not any(_is_verb(w.key) or w.key == "," or w.key in RELATIVE_OPENER_KEYS for w in words):
            return end_before(folded, joiner.start(), BLANKS + "،,")
    return end


def _before_joined_speech(folded: str, match: re.Match, end: int) -> int:
    """A claim ends before a second speech verb of the same speaker joined to it by و (``گفت
    جلسه فردا برگزار می‌شود و ابراز امیدواری کرد CLAIM2``, ``مدعی شد که CLAIM و هشدار داد
    CLAIM2``): what follows that verb is a claim of its own. The verb is the speaker's when it
    has the cue's form (a past like گفت، کرد; a plural like گفتند); one that has not (``گفت که
    مدیران ... و اعلام کردند``, ``اعلام کرد، X ... را رد و تاکید کرده که``) is the claim's own
    subject's, and the claim goes on. A report whose claim stands before its verb, joined so
    (``گفت CLAIM و از CLAIM2 خبر داد``، ``و بر CLAIM2 تاکید کرد``), is such a verb too, its
    clause opening at the و (_joined_reports)."""
    joined = [(m.start(), m.group("cue")) for m in SPEECH_JOINED.finditer(folded, match.end(), end)]
    joined += _joined_reports(folded, match.end(), end) + _joined_requests(folded, match.end(), end)
    form = _verb_form(match.group("cue"))
    return min((at for at, cue in joined if _verb_form(cue) == form), default=end)


def _joined_reports(folded: str, start: int, end: int) -> list[tuple[int, str]]:
    """Each report between two offsets whose claim stands before its verb (_OBJECT_FIRST_CUES) in
    a clause joined by و to a claim before it (_joined_clause), as where that و stands and the
    report's words, its verb last."""
    segment = folded[start:end]
    found = []
    for cues in _OBJECT_FIRST_CUES:
        if not any(map(segment.__contains__, cues.words)):
            continue
        for cue in cues.pattern.finditer(folded, start, end):
            words = clause_words(folded, start, cue.start())
            joined = _joined_clause(words)
            if joined is not None:
                found.append((words[joined].start, cue.group()))
    return found


def _joined_requests(folded: str, start: int, end: int) -> list[tuple[int, str]]:
    """Each request of someone in a clause joined by و to a claim before it (``اعلام کرد که CLAIM و
    از Y خواست که CLAIM2``): the speaker turns from telling to asking, so what is asked is a claim
    of its own (_requested), as where that و stands and the request's verb."""
    found = []
    for cue in REQUEST_CUE.pattern.finditer(folded, start, end):
        words = clause_words(folded, start, cue.start())
        joined = _joined_clause(words, ("از",))
        if joined is not None:
            found.append((words[joined].start, cue.group("cue")))
    return found


def _joined_clause(words: list[Word], opener: tuple[str, ...] = ()) -> int | None:
    """The index of the و that opens the clause the words end in, when a verb ends the clause
    before it (``... شده است و از CLAIM2``، ``... است و این طرح را گامی مهم``): the last و after a
    verb with no finite verb after it (a participle may be a noun: بسته، داده), and ``opener``
    right after it when one is given. A noun before the و (از تصویب طرح و از آغاز ...) joins two
    objects of one verb, a verb after it (سفر کرد و از پروژه بازدید کرد، از ...) another clause,
    and two stems (ساخت و ساز) make a noun."""
    keys = [word.key for word in words]
    paired = {m for n in range(1, len(keys) - 1) if keys[n] == "و" and (keys[n - 1], keys[n + 1]) in STEM_PAIR_KEYS
              for m in (n - 1, n + 1)}
    for n in range(len(words) - 1, 0, -1):
        if n not in paired and is_finite_verb(keys[n]):
            return None
        if (keys[n] == "و" and n - 1 not in paired and _is_verb(keys[n - 1])
                and tuple(keys[n + 1:n + 1 + len(opener)]) == opener):
            return n
    return None


def _verb_form(cue: str) -> tuple[bool, bool]:
    """Whether a speech verb's last word is a bare past (گفت، کرد) and whether it is plural; of
    the verb at its end when its noun is run into it (خبرداد، تاکیدکرد)."""
    key = word_key(cue.split()[-1])
    if not (is_bare_past(key) or is_plural_verb(key) or _is_verb(key)):
        key = next((key[n:] for n in range(1, len(key) - 1) if is_bare_past(key[n:]) or is_plural_verb(key[n:])), key)
    return is_bare_past(key), is_plural_verb(key)


def _before_direct_cue(folded: str, start: int, end: int) -> int:
    """A claim whose sentence ends on the colon of a direct quote's cue (``در پاسخ به اینکه
    X گفته بود CLAIM، وی افزود: ...``) ends before that cue and its subject, which open the
    next quote: at the last comma when only the subject stands after it, else before the
    و or pronoun right before the cue."""
    if folded[end:end + 1] not in ":：":
        return end
    cue = next((m for m in DIRECT_CUE.finditer(folded, max(start, end - QUOTE_HEAD_CHARS), end + 1)
                if m.end() == end + 1), None)
    if cue is None:
        return end
    words = list(WORD.finditer(folded, start, cue.start()))
    comma = max(folded.rfind("،", start, cue.start()), folded.rfind(",", start, cue.start()))
    if comma >= 0 and not any(_is_verb(word_key(word.group())) for word in words if word.start() > comma):
        return comma
    while words and word_key(words[-1].group()) in DIRECT_CUE_OPENERS:
        words.pop()
    return words[-1].end() if words else start


def _in_relative_clause(folded: str, clause_start: int, cue_start: int) -> bool:
    """Does the cue open a relative clause (``کسانی که مدعی‌اند``): که right before it?"""
    return _word_before(folded, cue_start, clause_start) == "که"


def _closes_a_while_frame(folded: str, clause_start: int, match: re.Match, claim_end: int) -> bool:
    """Does the speech verb stand inside ``در حالی ... که`` (این را در حالی می‌گوید که با دست
    ... مرتب می‌کند، این سخنان را در حالی گفت که ...)? Then the که after it closes the frame
    and what follows is the writer's scene, not what was said; unless a second که follows
    (در حالی اعلام کرده بودند که CLAIM که ...): that one closes the frame, the first opens the claim."""
    keys = [word.key for word in clause_words(folded, clause_start, match.start("cue"))]
    frame = max((n for n in range(len(keys)) if tuple(keys[n:n + 2]) == WHILE_FRAME), default=-1)
    return frame >= 0 and THAT not in keys[frame:] and not any(_is_verb(key) for key in keys[frame + 2:]) \
        and THAT not in (word.key for word in clause_words(folded, match.end(), claim_end))


def _says_a_quote_pointed_back_at(folded: str, cue_start: int) -> bool:
    """Is what the verb says a «quote» just closed, its object pointing back at it (``«...»؛ این
    جمله را پیرزنی می‌گوید که از صبح در صف ایستاده است``، ``... این سخنان را X بیان کرد``)? Then the
    «» is the speaker's quote, and neither the که after the verb (it describes the speaker) nor the
    object (سخنان را ...) is a claim. Only the first verb after the object: a second one (``این را
    X گفت و افزود که CLAIM``) has its own claim, as has a verb whose object points ahead (``این را
    هم گفت که CLAIM``, no quote before it)."""
    close = folded.rfind("»", max(0, cue_start - SUBJECT_WINDOW), cue_start)
    if close < 0:
        return False
    after = close + 1
    while after < cue_start and folded[after] in QUOTE_TAIL_MARKS:
        after += 1
    pointed = POINTED_BACK.match(folded, after)
    return pointed is not None and not any(mark in folded[after:cue_start] for mark in ".!?؟«") \
        and not any(_is_verb(word.key) for word in clause_words(folded, pointed.end(), cue_start))


def _asked(folded: str, clause_start: int, cue_start: int, claim_end: int) -> tuple[int, int, bool] | None:
    """Where a claim ends, where the clause naming its speaker starts, and whether a question
    reports it. Words a question reports (``در پاسخ به این سوال که X گفته بود که CLAIM؟``، ``X
    گفته که CLAIM، نظر شما چیست؟``) are X's (ANNOTATION.md, round 19): the claim runs to the
    comma before the words that put it to someone (a question word, a word addressed to شما)
    when there is one, and X is named after the last که or اینکه before the verb, the one asked
    before it; X keeps no floor from the one asked, who answers. None when a question word
    stands before the verb (``آیا X گفته است که ...؟``، ``چه کسی گفته که ...؟``): the sentence
    asks whether it was said. A sentence that does not ask keeps its ends."""
    if folded[claim_end:claim_end + 1] not in QUESTION_MARKS:
        return claim_end, clause_start, False
    words = clause_words(folded, clause_start, cue_start)
    if any(word.key in QUESTION_WORDS for word in words):
        return None
    comma = max(folded.rfind("،", cue_start, claim_end), folded.rfind(",", cue_start, claim_end))
    asking = comma >= 0 and any(word.key in QUESTION_WORDS or is_second_person(word.key)
                                for word in clause_words(folded, comma + 1, claim_end))
    that = max((n for n, word in enumerate(words) if word.key in RELATIVE_OPENER_KEYS), default=-1)
    return comma if asking else claim_end, words[that].end if that >= 0 else clause_start, True


def _said_that(field: Field, match: re.Match) -> list[Found]:
    """``X گفت که CLAIM`` / ``X معتقد است CLAIM``: the rest of the sentence is the claim (in a
    question, as _asked reads it), unless the sentence asks whether it was said or the verb
    describes someone (``کسانی که مدعی‌اند که CLAIM توانستند ...``)."""
    clause_start = find_sentence_start(field.folded, match.start())
    asked = _asked(field.folded, clause_start, match.start(),
                   _before_joined_speech(field.folded, match, _claim_end(field.folded, match.end())))
    if asked is None:
        return []
    claim_end, speaker_start, in_question = asked
    if (_in_relative_clause(field.folded, clause_start, match.start())
            or _news_told_before(field, match) or _closes_a_while_frame(field.folded, clause_start, match, claim_end)
            or _relative_on_a_judged_object(field.folded, clause_start, match)):
        return []
    start, end = trim_quote(field.folded, match.end(), claim_end)
    mention = subject_mention(field, speaker_start, match.start())
    mention = dataclasses.replace(mention, aside=mention.aside or in_question)
    cue = field.text[match.start("cue"):match.end("cue")]
    return [Found(field.where, start, end, "indirect", cue, field.text[start:end], mention)]


def _relative_on_a_judged_object(folded: str, clause_start: int, match: re.Match) -> bool:
    """``X آمار مسافران را ۲ میلیون نفر اعلام کرد که نسبت به پارسال ...``: a judging or announcing
    verb with its own object (را, then at most a judgement or adverbs, no verb, و or comma) has said
    what it says there (JUDGED_CUE reads it); the که after it describes that object. Not when the
    object is a demonstrative pointing forward (``این نکته را اعلام کرد که CLAIM``)."""
    if fold_word(match.group("cue").split()[0]) not in JUDGED_CUE_KEYS:
        return False
    tokens = folded[clause_start:match.start()].split()
    marks = [n for n, token in enumerate(tokens) if token == "را"]
    if not marks or marks[-1] == 0:
        return False
    between = tokens[marks[-1] + 1:]
    if any(token == "و" or "،" in token or "," in token or _is_verb(word_key(token)) for token in between):
        return False
    return not _points_forward(tokens[:marks[-1]])


def _points_forward(object_words: list[str]) -> bool:
    """An object opened by a demonstrative (``این را``، ``این نکته مهم را``), not a phrase holding
    one after a preposition (``پارک‌های در این منطقه را``)."""
    near = object_words[-DEMONSTRATIVE_OBJECT_WORDS:]
    for n, token in enumerate(near):
        if fold_word(token) in DEMONSTRATIVE_KEYS:
            before = near[n - 1] if n else (object_words[-len(near) - 1] if len(object_words) > len(near) else "")
            return fold_word(before) not in OBJECT_PHRASE_PREPOSITIONS
    return False


def _news_told_before(field: Field, match: re.Match) -> bool:
    """``از راه‌اندازی بخش عربی خبر داد که ...``: خبر داد with its claim after از (NEWS_CUE's
    shape) has told its news; the که after it opens a relative clause, not a second claim."""
    return (fold_word(match.group("cue")).startswith(NEWS_NOUN)
            and bool(_announced(field, match, (NEWS_OPENER,))))


def _according_to(field: Field, match: re.Match) -> list[Found]:
    """``به گفته X، CLAIM``: X runs to the comma; a «quote» right after is a guillemet quote."""
    sentence_end = find_sentence_end(field.folded, match.end())
    limit = min(sentence_end, match.end() + MAX_ACCORDING_TO_CHARS)
    comma = find_any(field.folded, "،,«", match.end(), limit)
    while comma >= 0 and field.folded[comma] == "«":  # a name in guillemets (بنابر اعلام «پسکوف»، ...) or a quote
        close = field.folded.find("»", comma, limit)
        if close < 0 or word_count(field.folded[comma + 1:close]) >= MIN_QUOTE_WORDS:
            break
        comma = find_any(field.folded, "،,«", close + 1, limit)
    if comma >= 0 and field.folded[comma] != "«":
        comma = _past_appositive_role(field.folded, match.end(), comma, limit)
    words = clause_words(field.folded, match.end(), comma) if comma >= 0 else []
    # به گفته کارشناسانی که در جلسه بودند، CLAIM: the relative clause describes the source; its verb is no claim's
    described = next((n for n, word in enumerate(words) if n and word.key == THAT), len(words))
    source_end = words[described].start if described < len(words) else comma
    if (comma < 0 or holds_a_verb(field.folded, match.end(), source_end)  # no comma after the source
            or len(words) > 1 and words[0].key in PRONOUN_KEYS):  # به گفته او بدون ...، CLAIM: the comma is the claim's
        if match.group("according"):
            return _according_to_uncomma(field, match, sentence_end)
        return _announced_uncomma(field, match, sentence_end)
    if not words or is_agency(words):
        return []
    mention = source_named(field, words[:described])
    if field.folded[comma] == "«":
        return []  # handled as a guillemet quote
    if _frames_a_direct_quote(field.folded, comma + 1) or _opens_on_a_report_finding(field, comma + 1):
        return []
    start, end = trim_quote(field.folded, comma + 1, _sourced_claim_end(field.folded, comma + 1))
    return [Found(field.where, start, end, "indirect", field.text[match.start("cue"):match.end("cue")],
                  field.text[start:end], mention)]


def _from_the_view_of(field: Field, match: re.Match) -> list[Found]:
    """``از نگاه X، CLAIM``: read as ``به باور X، CLAIM`` (_according_to), when X surely names
    someone: a given name or honorific, a role, a body, وی/او. A lone word there is the writer's
    angle (از نگاه فنی، از منظر اقتصادی), and anyone of a kind (از نگاه یک مسلمان) the writer's
    reasoning: nobody's view. ``از نظر / از دید / به نظر X`` only when X is a person
    (_a_person_holds_the_view); and no view asked about before a colon (_asks_before_a_colon)."""
    if _asks_before_a_colon(field, match):
        return []
    found = [found for found in _according_to(field, match) if not found.mention.indefinite and (
        found.mention.personal or found.mention.role or found.mention.organisation or found.mention.strong)]
    if fold_word(match.group("cue").split()[-1]) in WIDE_VIEWPOINT_KEYS:
        return [quote for quote in found if _a_person_holds_the_view(field, match, quote)]
    return found


def _asks_before_a_colon(field: Field, match: re.Match) -> bool:
    """Does the viewpoint's sentence end on a colon? It frames a direct quote, and the view
    stands in what the speaker was asked (``در پاسخ به خبرنگاری که پرسید از نظر او ... ، گفت:``): the
    question's, not a claim."""
    end = find_sentence_end(field.folded, match.end())
    return field.folded[end:end + 1] in (":", "：")


def _a_person_holds_the_view(field: Field, match: re.Match, quote: Found) -> bool:
    """Is the source of ``از نظر X`` a person (وی/او, or words opening like a name or a role)?
    Anything else there is what the claim is measured by (از نظر مالی، از نظر نهادهای مادی)."""
    return quote.mention.personal or opens_speaker(clause_words(field.folded, match.end(), quote.start))


def _past_appositive_role(folded: str, start: int, comma: int, limit: int) -> int:
    """The comma closing the source of ``به گفته X، ROLE، CLAIM``: past a role set off by commas
    after the name (به گفته مهدی کاظمی، مدیرکل بهزیستی استان، ...), or a name so set off after a
    role (از نگاه نایب رئیس فدراسیون، حسین کریمی، ...) and before no other name, which is the
    source's, not the claim's; else ``comma`` itself."""
    after = find_any(folded, "،,", comma + 1, limit)
    part = clause_words(folded, comma + 1, after) if after >= 0 else []
    if not part or holds_a_verb(folded, comma + 1, after):
        return comma
    following = clause_words(folded, after + 1, limit)
    named_after_role = (len(part) <= MAX_NAME_WORDS and opens_name(part) and not (following and opens_name(following))
                        and starts_role(clause_words(folded, start, comma), 0))  # not a list of names: X، Y و Z
    return after if starts_role(part, 0) or named_after_role else comma


def _press_office_reports(field: Field, match: re.Match) -> list[Found]:
    """``به نقل از روابط عمومی X، CLAIM`` / ``به نقل از X، CLAIM``: the rest of the sentence is
    what the body X reports, through its press office or in its own name (X speaks, as it does
    when the article names it elsewhere; ANNOTATION.md, round 21), unless someone's words are
    reported in it (``... ، رضایی در این نشست اظهار داشت: ...``): X only carried them. X runs to
    its comma, or on past the comma of a listed name (``سازمان رفاه، خدمات و مشارکت‌های اجتماعی
    شهرداری تهران،``). With no press office X must open on a body or a role (_quoted_source)."""
    limit = min(find_sentence_end(field.folded, match.end()), match.end() + MAX_ACCORDING_TO_CHARS)
    comma = find_any(field.folded, "،,", match.end(), limit)
    while comma >= 0:
        after = find_any(field.folded, "،,", comma + 1, limit)
        part = clause_words(field.folded, comma + 1, after) if after >= 0 else []
        if not part or not lists_on(part) or holds_a_verb(field.folded, comma + 1, after):
            break
        comma = after
    if comma < 0 or holds_a_verb(field.folded, match.end(), comma):
        return []
    if _reports_speech(field.folded, comma + 1, find_sentence_end(field.folded, comma + 1, MAX_CLAIM_CHARS) + 1):
        return []
    start, end = trim_quote(field.folded, comma + 1, _claim_end(field.folded, comma + 1))
    if _too_short(field.folded[start:end]):
        return []
    mention = _press_office_body(field, match, comma) if match.group("office") else _quoted_source(field, match, comma)
    if mention is None:
        return []
    # its word frames the story, so it keeps no floor from whom the story is about
    return [Found(field.where, start, end, "indirect", field.text[match.start("cue"):match.end("cue")],
                  field.text[start:end], dataclasses.replace(mention, aside=True))]


def _this_report(field: Field, match: re.Match) -> list[Found]:
    """``براساس این گزارش، CLAIM``: the rest of the sentence is the word of the body whose press
    office the article was credited to before it (_credited_body), as the credit's own sentence
    is; nothing when the credit is an agency's or nobody's, or someone's words are reported in
    the sentence (``این گزارش حاکی است، وی افزود: ...``)."""
    claim_end = _claim_end(field.folded, match.end())
    if _reports_speech(field.folded, match.end(), find_sentence_end(field.folded, match.end(), MAX_CLAIM_CHARS) + 1):
        return []
    start, end = trim_quote(field.folded, match.end(), claim_end)
    body = _credited_body(field, match.start()) or report_maker(field, match.start())
    if body is None or _too_short(field.folded[start:end]):
        return []
    return [Found(field.where, start, end, "indirect", field.text[match.start("cue"):match.end("cue")],
                  field.text[start:end], dataclasses.replace(body, where=field.where))]


def _report_finds(field: Field, match: re.Match) -> list[Found]:
    """``گزارش مرکز آمار ایران حاکی است که CLAIM``، ``نتایج نظرسنجی دانشگاه X نشان می‌دهد CLAIM``: what
    a body's report finds is the body's word, and «this report» after it is theirs too (a document's
    author). Nothing when the report is an outlet's or nobody's named (گزارش‌های منتشر شده), or the
    claim reports someone's speech."""
    maker = maker_named_after(field, match.start("maker"), match.end("maker"))
    return _report_claim(field, match, match.end(), maker)


def _opens_on_a_report_finding(field: Field, at: int) -> bool:
    """Does a body's report find what follows ``at`` (``به نوشته X، گزارش اندیشکده Y نشان می‌دهد که
    ...``)? Then the claim has its own speaker, and X before it is a credit."""
    finding = REPORT_FINDING.pattern.match(field.folded, at)
    return finding is not None and bool(_report_finds(field, finding))


def _report_of(field: Field, match: re.Match) -> list[Found]:
    """``بر اساس گزارش سازمان بهداشت جهانی، CLAIM``: the claim a body's report gives, up to the
    sentence's end, is the body's (ANNOTATION.md, round 27); a credit only when the report is an
    outlet's, or when the claim has its own speaker (``طبق گزارش X، وزیر گفت ...``)."""
    sentence_end = find_sentence_end(field.folded, match.end())
    comma = find_any(field.folded, "،,", match.end(), min(sentence_end, match.end() + MAX_ACCORDING_TO_CHARS))
    if comma < 0:
        return []
    return _report_claim(field, match, comma + 1, maker_named_after(field, match.end(), comma))


def _report_claim(field: Field, match: re.Match, start: int, maker: Mention | bool | None) -> list[Found]:
    """The claim from ``start`` to its sentence's end, the report maker's words (a document's: «this
    report» after it is theirs); none without a maker, or when someone's speech is reported in it."""
    claim_end = _claim_end(field.folded, start)
    if not maker or _reports_speech(field.folded, start, claim_end):
        return []
    start, end = trim_quote(field.folded, start, claim_end)
    if _too_short(field.folded[start:end]):
        return []
    return [Found(field.where, start, end, "indirect", field.text[match.start("cue"):match.end("cue")],
                  field.text[start:end], dataclasses.replace(maker, document=True, where=field.where))]


def _credited_body(field: Field, before: int) -> Mention | None:
    """The body whose press office the article's last credit before ``before`` names (``به گزارش
    روابط عمومی X، CLAIM``, read by _press_office_reports), in the fields before this one or in
    this one; None when that credit names no press office or its sentence is someone's words."""
    at = field.article.index(field.folded) if field.folded in field.article else len(field.article)
    for text in (field.folded[:before],) + field.article[:at][::-1]:
        credits = [credit for credit in PRESS_OFFICE_SOURCE.finditer(text) if credit.group("office")]
        if credits:
            found = _press_office_reports(Field(field.where, text, text, field.article), credits[-1])
            return found[0].mention if found else None
    return None


def _press_office_body(field: Field, match: re.Match, comma: int) -> Mention | None:
    """The body a press office speaks for, named after the office's words up to ``comma``, as
    the article names it elsewhere; None when no body is named after them, or the office's name
    runs on (روابط عمومی و ...)."""
    office = [word.key for word in clause_words(field.folded, match.start("office"), match.end("office"))]
    mention = mention_from_words(field, clause_words(field.folded, match.start("office"), comma))
    if mention.name_keys[:len(office)] != tuple(office) or mention.name_keys[len(office):][:1] in ((), ("و",)):
        return None
    return dataclasses.replace(mention, name_words=mention.name_words[len(office):],
                               name_keys=mention.name_keys[len(office):])


def _quoted_source(field: Field, match: re.Match, comma: int) -> Mention | None:
    """Who ``به نقل از X،`` quotes: X when it opens on a body (وزارت بهداشت، پلیس راهور) or a
    role (سخنگوی وزارت ...), and not on an outlet (روزنامه ...، سایت ...، خبرگزاری ...), whose
    report credits the article's sources; a bare name may be an outlet's too (گاردین). Not when a
    time or a place follows the name before the comma (NOT_IN_QUOTED_SOURCE)."""
    words = clause_words(field.folded, match.end(), comma)
    if (not words or words[0].key in OUTLET_HEADS or is_agency(words)
            or any(word.key in NOT_IN_QUOTED_SOURCE for word in words)):
        return None
    if not (phrase_at(words, 0, ORGANISATION_LEXICON) or starts_role(words, 0)):
        return None
    return mention_from_words(field, words)


def _reports_speech(folded: str, start: int, end: int) -> bool:
    """Does a cue of a quote (a speech verb, a colon after one, any indirect shape's) stand
    between two offsets?"""
    return bool(DIRECT_CUE.search(folded, start, end)) or any(
        start <= cue.start() < end for cues, _ in _INDIRECT_SHAPES for cue in cues(folded))


def _frames_a_direct_quote(folded: str, start: int) -> bool:
    """Does the sentence after ``به نوشته X،`` end on a colon with no clause inside (``به نوشته
    فیگارو، در بیانیه ... آمده است: QUOTE``)? It is the frame of the direct quote after it,
    which is the claim and is found as such. A clause inside holds a claim of its own (``به
    اظهارات X، ... مبنی بر اینکه CLAIM، گفت:``)."""
    end = find_sentence_end(folded, start, MAX_CLAIM_CHARS)
    return end < len(folded) and folded[end] in ":：" and not CLAUSE_OPENER.search(folded, start, end)


def _according_to_uncomma(field: Field, match: re.Match, sentence_end: int) -> list[Found]:
    """``به گفته وی CLAIM``, ``به گفته رضایی در این مدت CLAIM``: no comma closes the source, so
    it ends where a subject would (before a preposition, a time word or a number), and the
    rest of the sentence is the claim. Not when the source is a group (برخی از دیپلمات‌ها),
    the speaker or the one addressed (به اعتقاد من، به گفته شما) or an agency; nor when it
    runs into a verb or past MAX_UNCOMMA_SOURCE_CHARS and the article names it nowhere else,
    where it ends is unclear (به گفته رضایی آمارها نشان می‌دهد که: رضایی if named so elsewhere);
    nor when the claim opens on a «quote» (a guillemet quote) or a "term" (بنا به تعبیر X
    "نیم‌سوز" شده بودند: the term is theirs, the sentence the writer's).
    Announcements (بر اساس اعلام X) name bodies whose names run on: _announced_uncomma."""
    first = WORD.search(field.folded, match.end(), sentence_end)
    if first is None or word_key(first.group()) in PREDICATE_STARTS:
        return []  # no source, or a preposition where it should be
    source_limit = min(sentence_end, match.end() + MAX_UNCOMMA_SOURCE_CHARS)
    words = clause_words(field.folded, match.end(), source_limit)
    if not words or is_agency(words) or words[0].key in UNNAMED_SOURCES:
        return []
    source = _reflexive_source(field, words) or _uncomma_source(field, words, _cue_noun(match))
    if source is None:
        return []
    mention, source_end = source
    start, end = trim_quote(field.folded, source_end, _before_another_speaker(field.folded, source_end, sentence_end))
    if field.folded[start:start + 1] in '«"' or _too_short(field.folded[start:end]):
        return []
    return [Found(field.where, start, end, "indirect", field.text[match.start("cue"):match.end("cue")],
                  field.text[start:end], mention)]


def _reflexive_source(field: Field, words: list[Word]) -> tuple[Mention, int] | None:
    """``به گفته خودش CLAIM``: a reflexive source is one word, whoever the sentence speaks of
    (read as after a comma: the one who has the floor), and the claim follows it."""
    if words[0].key not in REFLEXIVE_SOURCE_KEYS:
        return None
    return mention_from_words(field, words[:1]), words[0].end


def _uncomma_source(field: Field, words: list[Word], cue_noun: str) -> tuple[Mention, int] | None:
    """Who an according-to cue with no comma after its source names, and where the source ends:
    a body's name, else the subject the words open on, cut where the article's other mentions
    of it end when that reading runs on or finds no subject (:func:`_named_elsewhere`). None
    when where it ends is unknown (past the words read, into a verb), or it is a group that
    does not end on its plural (به گفته کارشناسان | از ...، به گفته برخی از دیپلمات‌ها | میزان ...:
    a group read on past its plural, برخی کارشناسان سیاسی نشان دهنده ...، holds the claim's words)."""
    body = _body_name(field, words, cue_noun)
    mention, end = (mention_from_words(field, body), body[-1].end) if body else subject(field, words)
    runs_on = end <= words[0].start or end >= words[-1].end or any(_is_verb(w.key) for w in words if w.end <= end)
    if not body and (runs_on or mention.ref == "title" or mention.ref == "pronoun" and not mention.personal):
        named = _named_elsewhere(field, words)
        if named > (1 if mention.ref == "title" and not runs_on else 0) and words[named - 1].end < end:
            mention, end, runs_on = mention_from_words(field, words[:named]), words[named - 1].end, False
    if mention.anonymous and not any(word.end == end and word.key.endswith(GROUP_PLURAL_ENDINGS) for word in words):
        return None
    if not body and not runs_on:
        mention, end = _source_to_its_place(field, words, mention, end)
    return None if runs_on else (mention, end)


def _source_to_its_place(field: Field, words: list[Word], mention: Mention, end: int) -> tuple[Mention, int]:
    """A source read with no comma after it (به گفته X دبیر کمیته ... باشگاه نفت تهران پاکت‌های
    متعددی از ...) ends on the place its role names last, as a role before an object does
    (subjects.place_end): the words after it are the claim's."""
    read = [word for word in words if word.end <= end]
    cut = place_end([word.key for word in read])
    if cut >= len(read):
        return mention, end
    return mention_from_words(field, read[:cut]), read[cut - 1].end


def _named_elsewhere(field: Field, words: list[Word]) -> int:
    """How many of ``words`` name a source the way the article names it in another place: the
    longest run from the first word that the article writes elsewhere too (``به گفته معاون
    عمرانی استانداری افزایش مشارکت ...`` after ``رضایی، معاون عمرانی استانداری، گفت``), so the
    words after it, which stand nowhere else after it, are the claim's; 0 if none or all.
    A role read as a subject runs on into the claim (a role is an open chain of nouns); the
    article's other mentions say where it ends. One word of a role is not enough (the article
    may write مدیرکل alone and the role here go on: مدیرکل ورزش استان)."""
    size = 0
    while size + 1 < len(words):
        phrase = field.folded[words[0].start:words[size].end]
        if not any(not (text is field.folded and at == words[0].start)
                   for text in field.article for at in occurrences(text, phrase)):
            break
        size += 1
    return size


def _announced_uncomma(field: Field, match: re.Match, sentence_end: int) -> list[Found]:
    """``بر اساس اعلام سازمان لیگ CLAIM``: no comma closes the body that announced, and a
    body's name runs on unmarked into the claim (سازمان لیگ مسابقات ...), so it is taken as
    :func:`_body_name` reads it; the rest of the sentence, with a verb, is the claim."""
    words = clause_words(field.folded, match.end(), min(sentence_end, match.end() + MAX_UNCOMMA_SOURCE_CHARS))
    name = _body_name(field, words, _cue_noun(match))
    if not name or is_agency(name):
        return []
    start, end = trim_quote(field.folded, name[-1].end, _sourced_claim_end(field.folded, name[-1].end))
    if (field.folded[start:start + 1] in "«,،" or _too_short(field.folded[start:end])
            or not holds_a_verb(field.folded, start, end)):
        return []
    return [Found(field.where, start, end, "indirect", field.text[match.start("cue"):match.end("cue")],
                  field.text[start:end], mention_from_words(field, name))]


def _cue_noun(match: re.Match) -> str:
    """The noun of an according-to cue (گفته، اعلام), folded."""
    return word_key(match.group().split()[-1])


def _body_name(field: Field, words: list[Word], cue_noun: str) -> list[Word]:
    """The name of a body (an organisation's head and the words after it) at the start of
    ``words``, when a word follows it: the words the article's other mentions of that body
    share with this one (how the article names it: سازمان لیگ، سازمان لیگ با ...), else the
    head and the words after it the article names on their own (باشگاه پرسپولیس ... انصراف
    پرسپولیس). [] when the words open on no body, or the article names it nowhere else."""
    head = phrase_at(words, 0, ORGANISATION_LEXICON)
    if not head:
        return []
    size = _shared_with_other_mentions(field, words, head, cue_noun) or head + _named_alone(field, words, head)
    return words[:size] if head < size < len(words) else []


def _shared_with_other_mentions(field: Field, words: list[Word], head: int, cue_noun: str) -> int:
    """How many of ``words`` every other mention of the body in the article shares (at least
    its head and one word more), or 0 when it is mentioned only here. A mention after the
    same cue noun is this sentence repeated (a lead retelling the body), no other mention."""
    first = field.folded[words[0].start:words[0].end]
    shared = []
    for text in field.article:
        for at in occurrences(text, first):
            if text is field.folded and at == words[0].start or _word_before(text, at) == cue_noun:
                continue
            other = clause_words(text, at, min(len(text), at + MAX_UNCOMMA_SOURCE_CHARS))
            size = next((n for n, (a, b) in enumerate(zip(words, other)) if a.key != b.key),
                        min(len(words), len(other)))
            if size > head:
                shared.append(size)
    return min(shared, default=0)


def _named_alone(field: Field, words: list[Word], head: int) -> int:
    """How many words after the body's head the article also writes on their own, without
    the head before them (the club's name, پرسپولیس): the longest such run, at most
    MAX_NAME_WORDS; 0 when the first of them stands nowhere else."""
    head_key = words[head - 1].key
    size = 0
    while head + size < min(len(words), head + MAX_NAME_WORDS):
        phrase = field.folded[words[head].start:words[head + size].end]
        if not any(_word_before(text, at) != head_key for text in field.article
                   for at in occurrences(text, phrase) if not (text is field.folded and at == words[head].start)):
            break
        size += 1
    return size


def _word_before(text: str, at: int, start: int = 0) -> str:
    """The word right before ``at`` (from ``start`` on), folded as a key; "" if none."""
    words = WORD.findall(text, max(start, at - SENTENCE_TAIL_CHARS), at)
    return word_key(words[-1]) if words else ""


def _claim_after_verb(field: Field, match: re.Match) -> list[Found]:
    """``کوساچف اعلام کرد به شرط آنکه ...``: the rest of the sentence is the claim. Not in a
    sentence that opens on the verb, with neither a subject nor a colon nor که: a line of
    verse (``نوشت فاطمه، ...``), not a report; unless its subject is implied (_implied_subject)."""
    clause_start = find_sentence_start(field.folded, match.start())
    words = clause_words(field.folded, clause_start, match.start())
    implied = _implied_subject(field, words, match)
    head = _relative_clause_head(field, clause_start, match)
    if (not words and implied is None
            or _word_before(field.folded, match.start("cue"), clause_start) in SAID_AS_OBJECT_KEYS):
        return []
    asked = _asked(field.folded, clause_start, match.start(),
                   _before_joined_speech(field.folded, match, _claim_end(field.folded, match.end())))
    mention = (implied or head or verb_subject(field, asked[1], match)) if asked else None
    if mention is None or _news_told_before(field, match):
        return []  # a verb inside a longer sentence with no subject of its own, or asking whether it was said
    claim_end, _, in_question = asked
    if head is not None or implied is not None and phrase_at(words, 0, CONCESSIVE_LEXICON):
        claim_end = _subordinate_clause_end(field.folded, match.end(), claim_end)
    mention = dataclasses.replace(mention, aside=mention.aside or in_question)
    start, end = trim_quote(field.folded, match.end(), claim_end)
    if _too_short(field.folded[start:end]) or _has_its_object(field.folded, clause_start, match):
        return []
    cue = field.text[match.start("cue"):match.end("cue")]
    return [Found(field.where, start, end, "indirect", cue, field.text[start:end], mention)]


def _relative_clause_head(field: Field, clause_start: int, match: re.Match) -> Mention | None:
    """The person a relative clause opening on the speech verb is about (``... درباره صحبت‌های
    کریم رحمانی که گفته بود CLAIM، ...``): its speaker, not the sentence's
    (subjects.named_one_the_clause_describes), told inside another's sentence, so with no floor.
    None unless که stands right before the verb, or when no person's name ends there (کسانی که
    ...)."""
    if not _in_relative_clause(field.folded, clause_start, match.start()):
        return None
    head = named_one_the_clause_describes(field, clause_words(field.folded, clause_start, match.start()))
    return None if head is None else dataclasses.replace(head, aside=True)


def _implied_subject(field: Field, words: list[Word], match: re.Match) -> Mention | None:
    """The speaker of a present speech verb in the singular (می‌گوید، می‌افزاید) that has no subject
    of its own: nothing before it in its sentence, or only IMPLIED_SUBJECT_OPENERS (``خودش
    می‌گوید CLAIM``، ``هر چند می‌گوید CLAIM``). A feature writes so of the person it is about, as
    ``او می‌گوید`` would: the pronoun's speaker. None for any other verb or words."""
    if word_key(match.group("cue").replace(" ", "")) not in PRESENT_SPEECH_KEYS \
            or words and phrase_at(words, 0, IMPLIED_SUBJECT_LEXICON) != len(words):
        return None
    return Mention("pronoun", personal=True, where=field.where)


def _subordinate_clause_end(folded: str, start: int, end: int) -> int:
    """Where a claim in a subordinate clause ends (``هر چند می‌گوید CLAIM، MAIN``، ``X که گفته بود
    CLAIM، MAIN``): at the comma closing that clause, past which the main clause is the writer's;
    ``end`` when no comma closes it."""
    comma = _comma_after_verb(folded, start, end)
    return comma if comma >= 0 else end


def _saying_that(field: Field, match: re.Match) -> list[Found]:
    """``X با بیان اینکه CLAIM، گفت``: the claim ends at the last comma before the verb, unless
    the words after that comma end on a verb (``اینکه X، Y را می‌رسانند بیان کرد``: the comma
    was the claim's own); a question asked so ends on its mark (_question_before_verb)."""
    verb = DIRECT_CUE.search(field.folded, match.end(), min(len(field.folded), match.end() + SUBJECT_WINDOW))
    sentence_end = find_sentence_end(field.folded, match.end())
    if _question_before_verb(field.folded, match.end(), sentence_end, verb):
        claim_end = sentence_end + 1
    elif verb and verb.start() <= sentence_end:
        comma = max(field.folded.rfind("،", match.end(), verb.start()), field.folded.rfind(",", match.end(), verb.start()))
        after_comma = WORD.findall(field.folded, comma + 1, verb.start()) if comma > 0 else []
        claim_end = verb.start() if comma < 0 or after_comma and _is_verb(word_key(after_comma[-1])) else comma
    else:  # ``با بیان اینکه CLAIM، ابراز نگرانی کرد``: the claim ends at the first comma after a verb,
        # or with no comma at its first finite verb (``با اشاره به اینکه CLAIM برگزار می‌شود بر ... تاکید کرد``)
        claim_end = _comma_after_verb(field.folded, match.end(), sentence_end)
        if claim_end < 0:
            claim_end = _first_verb_end(field.folded, match.end(), sentence_end)
        if claim_end < 0:
            return []
    start, end = trim_quote(field.folded, match.end(), claim_end)
    clause_start = find_sentence_start(field.folded, match.start())
    if _a_reporters_remark(field, clause_start, match.start()):
        return []  # خبرنگاری با اشاره به اینکه ...، پرسید: the reporter's, and words it holds keep their speaker
    mention = subject_mention(field, clause_start, match.start())
    cue = field.text[match.start():match.end()].strip()
    return [Found(field.where, start, end, "indirect", cue, field.text[start:end], mention)]


def _saying_that_slipped(field: Field, match: re.Match) -> list[Found]:
    """``با بیان ایکه CLAIM، گفت:``: the saying-that frame typed a letter off (in اینکه, or in one
    word of the noun before it), read as _saying_that reads it when the slipped word is no word
    of the language and put right is the frame's, and the sentence goes on to a speech verb: the
    verb says a claim was framed, not some other با-phrase."""
    slipped = (_slipped(match.group("that"), (SAYING_THAT_WORD,)) if match.group("that")
               else any(_slipped(match.group("noun"), phrase) for phrase in SAYING_THAT_PHRASE_KEYS))
    if not slipped:
        return []
    verb = DIRECT_CUE.search(field.folded, match.end(), min(len(field.folded), match.end() + SUBJECT_WINDOW))
    if verb is None or verb.start() > find_sentence_end(field.folded, match.end()):
        return []
    return _saying_that(field, match)


def _slipped(written: str, meant: tuple[str, ...]) -> bool:
    """Are the words ``written`` the words ``meant`` (folded) with one of them typed a letter off?"""
    keys = [word_key(word) for word in re.split("[ \u200c]+", written)]
    off = [n for n, (key, word) in enumerate(zip(keys, meant)) if key != word]
    return len(keys) == len(meant) and len(off) == 1 and bool(spelt_right(keys[off[0]], (meant[off[0]],)))


def _a_reporters_remark(field: Field, clause_start: int, cue_start: int) -> bool:
    """Does the sentence open on a reporter (خبرنگاری، یکی از خبرنگاران) before the saying-that cue?
    What a reporter points to or asks is no quote; someone's words inside it are that one's."""
    words = clause_words(field.folded, clause_start, cue_start)
    words = words[2:] if len(words) > 2 and words[0].key in INDEFINITE and words[1].key == "از" else words
    return bool(words) and words[0].key.startswith(REPORTER)


def _question_before_verb(folded: str, start: int, sentence_end: int, verb: re.Match | None) -> bool:
    """Does the claim from ``start`` end on a question mark with its speaker's verb right after it
    (``با طرح این سوال که چرا ... نشده است؟ گفت: ...``)? The question asked is the claim, its mark
    included; the sentence goes on to the verb. Not past a comma: a clause after it (``اینکه
    CLAIM، در پاسخ به سوالی مبنی بر اینکه ...؟ گفت``) asks another question, not the claim."""
    return (folded[sentence_end:sentence_end + 1] in QUESTION_MARKS and verb is not None
            and find_any(folded, "،,", start, sentence_end) < 0
            and not folded[sentence_end + 1:verb.start()].strip(BLANKS + "،,"))


def _announced_with(field: Field, match: re.Match) -> list[Found]:
    """``X با اعلام آغاز طرح، گفت: ...``: the noun phrase after the cue, up to its comma or the
    speaker's verb, is what X announced, when the sentence goes on to a speech or judging verb
    (``با اعلام مصدومیت اردو را ترک کرد``: done, not said). Not a demonstrative (با اعلام این
    خبر، گفت: it refers back), nor a clause with a verb of its own (با اعلام رئیس کمیته CLAIM:
    an announcement that X is according to)."""
    verb = SPEAKING_VERB.search(field.folded, match.end(), find_sentence_end(field.folded, match.end()))
    if verb is None:
        return []
    comma = find_any(field.folded, "،,", match.end(), verb.start())
    start, end = trim_quote(field.folded, match.end(), comma if comma >= 0 else verb.start())
    words = clause_words(field.folded, start, end)
    if (len(words) < MIN_OBJECT_CLAIM_WORDS or words[0].key in DEMONSTRATIVES
            or holds_a_verb(field.folded, start, end)):
        return []
    mention = subject_mention(field, find_sentence_start(field.folded, match.start()), match.start())
    return [Found(field.where, start, end, "indirect", field.text[match.start("cue"):match.end("cue")],
                  field.text[start:end], mention)]


def _comma_after_verb(folded: str, start: int, end: int) -> int:
    """The first comma between two offsets that closes a clause (the words before it end
    like a verb: ... منجر خواهد شد،), or -1."""
    for comma in (n for n in range(start, end) if folded[n] in "،,"):
        if SENTENCE_ENDING.search(folded[start:comma]):
            return comma
    return -1


def _first_verb_end(folded: str, start: int, end: int) -> int:
    """Where the first finite verb between two offsets ends, when words follow it before
    ``end`` (the main clause's), or -1; a speech verb (``اینکه CLAIM نیافته، گفت``) is the
    main clause's own, and the claim ends before it."""
    words = list(WORD.finditer(folded, start, end))
    verb = next((w for w in words[:-1] if is_finite_verb(word_key(w.group()))), None)
    if verb is None:
        return -1
    if not PLAIN_SPEECH_VERB.fullmatch(verb.group()):
        return verb.end()
    return end_before(folded, verb.start(), " \u200c،,")


def _has_its_object(folded: str, clause_start: int, match: re.Match) -> bool:
    """``قهرمانی خود را تکرار کرد تا ...``, ``کارش را ادامه داد، شاید ...``: a verb with its
    object (را in its own clause, after the last comma, که, or و after a verb) says what was
    done, and what follows it is no claim. A finite verb ends a clause too: the را of a
    relative clause in the subject (X که ریاست ... را برعهده دارد ابراز اطمینان کرده CLAIM)
    is that clause's."""
    words = clause_words(folded, clause_start, match.start())
    bounds = [n for n in range(len(words))
              if words[n].key == THAT or _ends_clause(words, n) or is_finite_verb(words[n].key)]
    return any(word.key == "را" for word in words[bounds[-1] + 1 if bounds else 0:])


def _announced(field: Field, match: re.Match, opener: tuple[str, ...]) -> list[Found]:
    """``X از CLAIM خبر داد`` / ``X نسبت به CLAIM هشدار داد`` / ``X از اینکه CLAIM، ابراز
    نگرانی کرد``: the claim starts after the first ``opener`` (از، نسبت به) after the
    subject that is part of no other phrase (پس از بازی، بسیاری از هواداران), and after the اینکه opening it as a
    clause; it ends before the verb and the comma before it. None when و stands right before the
    verb (``تاکید کرد که CLAIM و خبر داد که ...``): it has no object before it, an از further back
    is the earlier claim's."""
    clause_start = find_sentence_start(field.folded, match.start())
    words = clause_words(field.folded, clause_start, match.start())
    if words and words[-1].key == "و":
        return []
    mention, subject_end = subject(field, words)
    keys = [w.key for w in words]
    joined = _joined_clause(words, opener)  # ``گفت CLAIM و از CLAIM2 خبر داد``: CLAIM2 after that و
    first = joined + 1 if joined is not None and words[joined].start >= subject_end else 0
    after = next((n + len(opener) for n, w in enumerate(words[first:], first)
                  if w.start >= subject_end and tuple(keys[n:n + len(opener)]) == opener
                  and not (n > 0 and keys[n - 1] in NOT_BEFORE_CLAIM_FROM)), -1)
    if after < 0:
        return []
    after += next((len(that) for that in CLAUSE_THAT if tuple(keys[after:after + len(that)]) == that), 0)
    claim_start = words[after - 1].end
    start, end = trim_quote(field.folded, claim_start, match.start())
    while end > start and field.folded[end - 1] in BLANKS + "،,":
        end -= 1
    return [Found(field.where, start, end, "indirect", field.text[match.start("cue"):match.end("cue")],
                  field.text[start:end], mention)]


def _warned_of(field: Field, match: re.Match) -> list[Found]:
    """``X نسبت به CLAIM هشدار داد``; but a warning of a thing named, no clause (``نسبت به مصرف
    خودسرانه دارو هشدار داد``), that the sentence follows with ``و گفت ...`` is its topic, as
    ``به X اشاره کرد و گفت`` is: what was said comes after, not before."""
    found = _announced(field, match, ("نسبت", "به"))
    if found and not holds_a_verb(field.folded, found[0].start, found[0].end) \
            and SPEECH_JOINED.match(field.folded[match.end():].lstrip(BLANKS)):
        return []
    return found


def _feeling_expressed(field: Field, match: re.Match) -> list[Found]:
    """``X از اینکه CLAIM، ابراز نگرانی کرد``: what the feeling is about, as _announced reads
    it, when it holds MIN_CLAIM_WORDS words: fewer name a topic (از وضعیت باشگاه‌ها ابراز
    نگرانی کرد), not something said."""
    return [found for found in _announced(field, match, (NEWS_OPENER,))
            if not _too_short(found.text)]


def _named_as(field: Field, match: re.Match) -> list[Found]:
    """``X از Y به عنوان CLAIM یاد کرد``: the claim read as _announced reads news after از, when
    it names Y as something (به عنوان، با عنوان): else یاد کرد only remembers Y."""
    return [found for found in _announced(field, match, (NEWS_OPENER,))
            if holds_phrase([word_key(word) for word in WORD.findall(found.text)], NAMED_AS)]


def _emphasised(field: Field, match: re.Match) -> list[Found]:
    """``X بر CLAIM تاکید کرد``: what was stressed, from the بر that opens it to the verb.
    That بر is the first after the clause's last comma or verb (``با اشاره به تاثیر آن بر
    بازار، بر لزوم ... تاکید کرد``; ``کاری بر زمین نمانده و بر ... تاکید کرد``: the claim
    is a noun phrase), or, when none follows them, the first after the subject; with no بر, a به
    opening the clause (``وی به CLAIM تاکید کرد``)."""
    clause_start = find_sentence_start(field.folded, match.start())
    words = clause_words(field.folded, clause_start, match.start())
    mention, subject_end = subject(field, words)
    rest = [w for w in words if w.start >= subject_end]
    mention = joint_subject(field, rest) or mention
    openers = [n for n, w in enumerate(rest[:-1]) if w.key == EMPHASIS_OPENER
               and (n == 0 or rest[n - 1].key not in NOT_BEFORE_EMPHASIS_OPENER)
               and rest[n + 1].key not in NOT_AFTER_EMPHASIS_OPENER]
    last_bound = max((n for n, w in enumerate(rest) if w.key == "," or _is_verb(w.key)), default=-1)
    opener = next((n for n in openers if n > last_bound), openers[0] if openers else _stressed_with_to(rest, last_bound))
    if opener is None:
        return []
    claim = [w for w in rest[opener + 1:] if w.key != ","]
    if sum(1 for w in claim if w.key not in DEMONSTRATIVES) < MIN_EMPHASIS_WORDS:  # بر این موضوع
        return []
    start, end = trim_quote(field.folded, claim[0].start, claim[-1].end)
    return [Found(field.where, start, end, "indirect", field.text[match.start("cue"):match.end("cue")],
                  field.text[start:end], mention)]


def _estimate_without_amount(match: re.Match, judgement: list[Word]) -> bool:
    """Is the cue an estimate (ESTIMATING_NOUNS) with no figure after را? Only an amount, in
    digits or number words, makes it a judgement said (``خسارت را ۳۰۰ میلیارد ریال برآورد کرد``);
    without one the verb provides for or reckons (``بودجه‌ای را برای X پیش‌بینی کرد``)."""
    cue = fold_word(match.group("cue").replace(" ", ""))
    return cue.startswith(ESTIMATING_KEYS) and not any(
        word.key in ESTIMATED_AMOUNT_WORDS or any(ch.isdigit() for ch in word.key) for word in judgement)


def _stressed_with_to(rest: list[Word], last_bound: int) -> int | None:
    """Where به opens what was stressed (``وی در ادامه به CLAIM تاکید کرد``): the first به after
    the subject or the clause's last comma or verb, with only EMPHASIS_TO_LEAD_WORDS before it."""
    for n in range(last_bound + 1, len(rest) - 1):
        if rest[n].key == EMPHASIS_TO_OPENER:
            return n if rest[n + 1].key not in NOT_AFTER_EMPHASIS_TO else None
        if rest[n].key not in EMPHASIS_TO_LEAD_WORDS:
            return None
    return None


def _after_subject(words: list[Word], subject_end: int, mention: Mention) -> list[Word]:
    """The words after the subject, with the object's last word when a name ran into it
    (``مکوندی مصدومیت را دلیل ... دانست``: the name may be shorter, see Mention.object_follows)."""
    rest = [w for w in words if w.start >= subject_end]
    if mention.object_follows and rest and rest[0].key == "را" and len(words) > len(rest) + 1:
        return words[len(words) - len(rest) - 1:]
    return rest


def _demanded_object(field: Field, match: re.Match) -> list[Found]:
    """``X، CLAIM را (نیز) خواستار شد / تکذیب کرد``: the claim runs from the subject (or the last
    comma or clause after it) to the object marker, and holds MIN_OBJECT_CLAIM_WORDS words besides
    demonstratives (``این خبر را تکذیب کرد`` refers back, it says nothing)."""
    clause_start = find_sentence_start(field.folded, match.start())
    words = clause_words(field.folded, clause_start, match.start("cue"))  # with its را: a name may run into the object
    mention, subject_end = subject(field, words)
    rest = _after_subject(words, subject_end, mention)
    while rest and rest[-1].key in OBJECT_SPEECH_ADVERB_KEYS:
        rest.pop()
    rest = rest[:-1]  # the object marker
    bounds = [n for n in range(len(rest)) if _ends_clause(rest, n) or _opens_object_clause(rest, n)]  # اشاره کرد و CLAIM را
    claim = rest[bounds[-1] + 1:] if bounds else rest
    if bounds and rest[bounds[-1]].key == THAT:  # ``اخباری شنیده می‌شد که او CLAIM را``: the clause's own subject
        mention, subject_end = subject(field, claim)
        claim = [w for w in claim if w.start >= subject_end]
    if (sum(1 for w in claim if w.key not in DEMONSTRATIVES) < MIN_OBJECT_CLAIM_WORDS
            or (mention.ref == "pronoun" and subject_end == 0)):
        return []
    start, end = trim_quote(field.folded, claim[0].start, claim[-1].end)
    return [Found(field.where, start, end, "indirect", field.text[match.start("cue"):match.end("cue")],
                  field.text[start:end], mention)]


def _denied_proposition(field: Field, match: re.Match) -> list[Found]:
    """``X احتمال CLAIM را رد نکرد`` / ``X هرگونه CLAIM را رد کرد``: the object states what is
    denied when it opens on DENIED_PROPOSITION_OPENERS; the claim runs from that word to the object
    marker, and the subject is read from the words before it (read on, a name or role would run
    into the object: ``پزشک معالج او احتمال حضور ...``). Not with «» in the clause: the guillemet
    quote's (guillemets.py)."""
    clause_start = find_sentence_start(field.folded, match.start())
    if "«" in field.folded[clause_start:match.start()]:
        return []
    words = clause_words(field.folded, clause_start, match.start())  # up to the object marker
    keys = tuple(word.key for word in words)
    opener = next((n for n in range(1, len(words))
                   if any(keys[n:n + len(phrase)] == phrase for phrase in DENIED_PROPOSITION_KEYS)), None)
    if (opener is None or len(words) - opener < MIN_OBJECT_CLAIM_WORDS or "," in keys[opener:]
            or keys[opener - 1] in NOUN_BEFORE_NAME_PREPOSITIONS):
        return []  # ``در واکنش به خبر X، Y را رد کرد``: the news is a preposition's, not the object
    mention, subject_end = subject(field, words[:opener])
    if mention.ref == "pronoun" and subject_end == 0:
        return []  # nobody named in the clause
    start, end = trim_quote(field.folded, words[opener].start, words[-1].end)
    return [Found(field.where, start, end, "indirect", field.text[match.start("cue"):match.end("cue")],
                  field.text[start:end], mention)]


def _opens_object_clause(words: list[Word], n: int) -> bool:
    """Is words[n] a که opening the clause the object's verb ends (``شنیده می‌شد که او CLAIM
    را تکذیب کرد``), not a relative clause inside the object (``اصولی که مرتبط با X است را``):
    no verb stands after it?"""
    return words[n].key == THAT and not any(_is_verb(word.key) for word in words[n + 1:])


def _judged(field: Field, match: re.Match, charge: str | None = None) -> list[Found]:
    """``X، CLAIM را دیرینه دانست``: the claim runs from the subject (or the last comma, or
    و after a verb, before its object: ``... را خوب ارزیابی کرد و CLAIM را منفی خواند``) to
    the verb, and holds the object marker را with the judgement after it (``مطلب را عنوان
    کرد`` states no judgement; ``بازیکنان را فرا خواند`` is another verb). A comma after the
    object is the judgement's own (``مردم را از لحاظ فرهنگی، اخلاقی ممتاز خواند``).
    An accusation (``Y را به Z متهم کرد``) has its ``charge`` word (به) right after را, and a
    subject its own clause names or وی/او: one left to the last speaker (or a report's) is
    mostly a country or a body named further back, read wrong more often than right."""
    if field.folded[match.end():match.end() + 4].lstrip(" \u200c")[:1] in (":", "："):  # not "" (a field's end)
        return []  # ``... را ... خواند و عنوان کرد: QUOTE``: a direct quote's cue
    clause_start = find_sentence_start(field.folded, match.start())
    if not OBJECT_MARKER.search(field.folded, clause_start, match.start()):
        return []
    clause = clause_words(field.folded, clause_start, match.start())
    words = _last_clause(clause)
    if words and (words[-1].key in JUDGING_PREVERBS or words[-1].key in PRESENT_PREFIXES):
        return []  # فرا خواند: another verb; می خواند: the present, which essays state views in
    if _in_relative_that_clause(words):
        return []  # ``دیدگاهی که دین را امری فردی می‌داند``: describes a view, nobody holds it
    keys = [word.key for word in words]
    if any(tuple(keys[n:n + len(can)]) == can for can in ONE_CAN for n in range(len(keys))):
        return []  # او را می‌توان نفر اول دانست: the writer judging, nobody quoted
    readiness = _declared_readiness(words)
    mention, subject_end = subject(field, words[:readiness] if readiness else words)
    if mention.ref == "pronoun" and not mention.personal:  # ... سخنان X، عضو شورا، که طرح را «غیرقانونی» خوانده بود
        mention = named_one_the_clause_describes(field, words) or mention
    if _joined_by_and(clause, words):  # X گفت ... و Y ... را ... خواند: Y speaks inside X's sentence
        mention = dataclasses.replace(mention, aside=True)
    if mention.ref == "pronoun" and subject_end == 0 or charge is not None and _accuser_unnamed(mention):
        return []
    rest = _after_subject(words, _name_end(words, subject_end, mention), mention)
    if readiness is not None and (not rest or rest[0].start > words[readiness].start):
        rest = words[readiness:]  # ``مدیرعامل باشگاه آمادگی خود را ...``: the role ran into the object
    object_marks = [n for n, w in enumerate(rest) if w.key == "را"]
    if not object_marks or object_marks[-1] == len(rest) - 1:
        return []
    judgement = rest[object_marks[-1] + 1:]
    if charge is not None and not _opens_on(judgement, charge):
        return []  # ``دروازه را (به شدت) تهدید کرد``: a threat with no charge, nothing said
    if judgement[-1].key == "و":
        return []  # ``محصول را معرفی کرد و اعلام کرد``: the object is another verb's
    if _estimate_without_amount(match, judgement):
        return []  # ``مجازاتی را برای متخلفان پیش‌بینی کرد``: provided for, no figure given
    if (fold_word(match.group("cue").split()[0]) in ANNOUNCING_NOUNS and judgement[0].key in NOT_A_JUDGEMENT
            and not _counted_among(judgement) and readiness is None):
        return []  # رضایت خود را از ... اعلام کرد: an announcement, no judgement
    if all(w.key in NOT_A_JUDGEMENT for w in judgement):
        return []  # ``کتاب را نیز خوانده``: only an adverb after را, it was read, not judged
    bounds = [n for n, w in enumerate(rest[:object_marks[-1]]) if _ends_clause(rest, n)]
    claim = words[readiness:] if readiness is not None else rest[bounds[-1] + 1:] if bounds else rest
    start, end = trim_quote(field.folded, claim[0].start, match.start())
    if mention.ref == "title" and not _adverbial_after_subject(rest, bounds):
        mention = dataclasses.replace(mention, role_before_object=True)  # مدیرعامل باشگاه توان مالی تیم را ...
    return [Found(field.where, start, end, "indirect", field.text[match.start("cue"):match.end("cue")],
                  field.text[start:end], mention)]


def _judged_present(field: Field, match: re.Match) -> list[Found]:
    """``کونته موراتا را اولین گزینه خود می‌داند``: a judgement in the present, read as
    _judged reads the past, only when its clause names the judge by name, in Persian letters:
    a role, a group or nobody (an essay's ``... را ... می‌داند``, ``بسیاری ... را ... می‌دانند``)
    states a view more often than it reports one, and a footnote mark ([xix]) is no judge.
    Not ``را به خوبی می‌داند``: an adverb of manner after را, which knows and judges nothing; not
    inside a که clause; not around words in «», which guillemets.py reads as the judge's own."""
    return [quote for quote in _present_judgements(field, match)
            if quote.mention.ref in PRESENT_JUDGE_REFS and all(map(PERSIAN_WORD.fullmatch, quote.mention.name_words))]


def _judged_by_a_group(field: Field, match: re.Match) -> list[Found]:
    """``مسئولان اما X را مانع اصلی می‌دانند``، ``کارشناسان X را مناسب ارزیابی می‌کنند``: a present
    plural judgement whose clause writes out the group judging (a group word, a share of people, a
    plural of people): a group's view told with its verb, which gold reads as the group's quote
    (as معتقدند). Not a group pointed back at (آنها), nor a named judge (X و همکارانش ...)."""
    return [quote for quote in _present_judgements(field, match) if _a_group_written_out(quote.mention)]


def _believed_by_a_group(field: Field, match: re.Match) -> list[Found]:
    """``طرفداران پرسپولیس تصور می‌کنند که CLAIM``: a group's belief in the present plural, read as
    _said_that reads معتقدند, when its clause writes the group out: a group's view told with its
    verb is its quote (ANNOTATION.md, round 21). Not joined by و to a clause of its own (کشاورزان
    نگران ... هستند و فکر می‌کنند ...): a state and a thought the reporter tells, no one's words."""
    if JOINED_TO_A_CLAUSE.search(field.folded, max(0, match.start() - 3), match.start()):
        return []
    return [quote for quote in _said_that(field, match) if _a_group_written_out(quote.mention)]


def _a_group_written_out(mention: Mention) -> bool:
    """Does the clause write out a group (a group word, a share or a plural of people), not a
    group pointed back at (آنها) nor a named person, nor only «بسیاری/برخی»?"""
    return mention.anonymous and mention.ref == "title" and not _only_a_quantifier(mention.role)


def _only_a_quantifier(role: str) -> bool:
    """Is the group only «بسیاری»، «برخی» (PART_OF_WORDS) with no people named? Such a vague
    «many judge X to be Y» is the writer's own framing (varzesh3-unseen-9's gold leaves it out)."""
    return all(fold_word(word) in PART_OF_WORDS for word in role.split())


def _present_judgements(field: Field, match: re.Match) -> list[Found]:
    """The judgements _judged reads at a present verb, but none inside a که clause, around words
    in «» (guillemets.py reads those as the judge's own) or after an adverb of manner (knowing)."""
    clause_start = find_sentence_start(field.folded, match.start())
    if "«" in field.folded[clause_start:match.start()] \
            or _inside_a_that_clause(clause_words(field.folded, clause_start, match.start())):
        return []  # words in «» before it: the guillemet quote the judge gives (guillemets.py)
    if _knows_how(field.folded, match.start()):
        return []
    return _judged(field, match)


def _inside_a_that_clause(words: list[Word]) -> bool:
    """Does a که, اینکه or آنچه stand before the verb in its sentence? Then the verb is a
    relative clause's (آنچه آن را X می‌نامد) or within what another verb reports (گفت که او را
    ... می‌داند، با بیان اینکه ... را ... می‌داند): never a judgement of its own."""
    return any(word.key in RELATIVE_OPENER_KEYS for word in _past_a_closed_relative(words))


def _past_a_closed_relative(words: list[Word]) -> list[Word]:
    """The words after a relative clause on the subject that a comma closes once its own verb is
    said (``علی رضایی که از پارسال مدیرکل است، CLAIM را ... می‌داند``): the main clause goes on
    there, and the judgement is its own. A که after a clause (``گفت که او، ...``) or whose comma
    comes before any verb opens what another verb reports: all the words stay."""
    for n in range(len(words) - 1, 0, -1):
        if words[n].key != ",":
            continue
        that = next((m for m in range(n - 1, -1, -1) if words[m].key == THAT), None)
        if that is not None and _opens_on_the_subject(words[:that]) and any(_is_verb(w.key) for w in words[that + 1:n]):
            return words[n + 1:]
    return words


def _opens_on_the_subject(words: list[Word]) -> bool:
    """Are the words before a که the sentence's subject alone: some words, with no verb and no
    comma among them (``علی رضایی که ...``), not a clause that already said something (``دیدگاه
    نخست X را Y تلقی می‌کند که ...``)?"""
    return bool(words) and not any(w.key == "," or _is_verb(w.key) for w in words)


def _knows_how(folded: str, verb_start: int) -> bool:
    """Are the words right before the verb ``به`` and an adverb of manner (به خوبی، به راحتی)?"""
    keys = [word_key(word) for word in WORD.findall(folded, max(0, verb_start - SENTENCE_TAIL_CHARS), verb_start)]
    return len(keys) >= 2 and keys[-2] == CHARGE_OPENER and keys[-1] in MANNER_AFTER_TO


def _name_end(words: list[Word], subject_end: int, mention: Mention) -> int:
    """Where a judge named with no role or organisation ends: at the name, though the subject
    phrase ran on (``رضایی استفاده | از منابع را ... دانست``: the words past the name are the
    object's, and the claim's)."""
    if mention.ref != "name" or mention.role or mention.organisation:
        return subject_end
    size = len(mention.name_keys)
    keys = [word.key for word in words]
    at = next((n for n in range(len(words) - size + 1) if tuple(keys[n:n + size]) == mention.name_keys), None)
    return subject_end if at is None else min(subject_end, words[at + size - 1].end)


def _accuser_unnamed(mention: Mention) -> bool:
    """Is an accusation's subject neither named in its clause nor وی/او: left to the last
    speaker, or a document (این گزارش) whose author the clause does not name?"""
    return mention.ref == "pronoun" and not mention.personal or mention.document


def _opens_on(judgement: list[Word], opener: str) -> bool:
    """Does the judgement open on ``opener`` (به), past adverbs of manner made with it (``به
    صراحت به دروغگویی``; ``به شدت`` alone says how, not of what)?"""
    n = 0
    while n + 1 < len(judgement) and judgement[n].key == opener and judgement[n + 1].key in MANNER_AFTER_TO:
        n += 2
    return n < len(judgement) - 1 and judgement[n].key == opener


def _in_relative_that_clause(words: list[Word]) -> bool:
    """Do the words before a verb end in a relative clause: a که after a noun (not after a verb,
    a demonstrative or a comma), with no verb between it and the verb?"""
    that = max((n for n, w in enumerate(words) if w.key == THAT), default=-1)
    if that <= 0 or any(_is_verb(w.key) for w in words[that + 1:]):
        return False
    before = words[that - 1].key
    return before != "," and before not in DEMONSTRATIVES and not _is_verb(before)


def _declared_readiness(words: list[Word]) -> int | None:
    """Where the object's readiness or willingness noun stands when the clause declares one for
    something (``آمادگی خود را برای ... اعلام کرد``, ``آمادگی کامل این هیئت را به ...``): the
    announcement then says what the speaker will do, a claim, not a feeling (``رضایت خود را از
    ... اعلام کرد``) or a bare item announced. The claim opens on that noun, past whatever the
    subject's clause ran on, and a role written without a comma ends before it."""
    marks = [n for n, w in enumerate(words) if w.key == "را"]
    if not marks or marks[-1] + 1 >= len(words) or words[marks[-1] + 1].key not in READY_FOR:
        return None
    head = max(0, marks[-1] - READINESS_OBJECT_WORDS)
    return next((n for n in range(head, marks[-1]) if words[n].key in DECLARED_READINESS), None)


def _counted_among(judgement: list[Word]) -> bool:
    """``(را) از اهداف اصلی این دانشگاه``: از opening a group the object is counted among."""
    return (len(judgement) > 1 and judgement[0].key == NEWS_OPENER
            and (judgement[1].key in COUNTED_AMONG or judgement[1].key.endswith(COUNTED_AMONG_ENDINGS)))


def _last_clause(words: list[Word]) -> list[Word]:
    """The words after the last اما/ولی that a verb comes before (``بسیاری این را مرهون ...
    می‌دانند اما X این را حاصل ... دانست``): a judgement and its object stand in the verb's own
    clause, when that clause opens on a subject (a role, a name, a word no noun of the lexicon
    is); one opening on a noun (``ولی قول به ... را موافق احتیاط دانسته``) opens on its object.
    So after و right after a verb, when a person opens the clause and no other verb or comma stands in it
    (``X گفت CLAIM و علی کریمی هم بازی فردا را فینال خواند``): the judge is theirs, not the first
    clause's speaker; with a verb of its own (``و مترجم آن را برگرداند، ...``) it is that verb's."""
    last, verb_seen = None, False
    for n, word in enumerate(words[:-1]):
        if verb_seen and (word.key in CLAUSE_JOINER_KEYS and _opens_on_a_subject(words[n + 1:])
                          or word.key == "و" and _ends_clause(words, n) and opens_speaker(words[n + 1:])
                          and not any(_is_verb(later.key) or later.key == "," for later in words[n + 1:])):
            last = n
        verb_seen = verb_seen or _is_verb(word.key)
    return words[last + 1:] if last is not None else words


def _joined_by_and(clause: list[Word], words: list[Word]) -> bool:
    """Did _last_clause cut the clause at و? The judge named after it speaks inside the sentence
    of the one before: an aside, which leaves them the floor and names nobody's title."""
    return len(words) < len(clause) and clause[len(clause) - len(words) - 1].key == "و"


def _opens_on_a_subject(words: list[Word]) -> bool:
    return opens_speaker(words) or not is_lexicon_noun(words[0].key)


def _adverbial_after_subject(rest: list[Word], bounds: list[int]) -> bool:
    """Does the subject's phrase end on a preposition's or a time word's phrase that a comma closes
    before the object (سرمربی دنا شیراز | پس از شکست مقابل پارسه، | داوری را ... دانست)? Then the
    role ended where that phrase opens and cannot have run into the object: a sport lead tells
    when and after what game the coach judged before what he judged. A list's commas after the
    role (مسئول شبکه انار هاری، کیست هیداتید و ... را برشمرد) are no such phrase."""
    return bool(bounds) and bool(rest) and non_name_kind(rest[0].key) in ADVERBIAL_OPENER_KINDS


def _ends_clause(words: list[Word], n: int) -> bool:
    """Does words[n] close the clause before it: a comma, or و after a verb (... ارزیابی کرد و)?"""
    return words[n].key == "," or words[n].key == "و" and n > 0 and _is_verb(words[n - 1].key)


def _is_verb(key: str) -> bool:
    """A finite verb (person.is_finite_verb), a subjunctive (کنند، باشد: a present form without its
    می, in the persons whose endings no noun ends in: not کاری، واگذاری) or a past participle, negated or not (نمانده، شده: a past stem with ه, known by its
    plural past ماندند)."""
    return (is_finite_verb(key) or key.endswith(SUBJUNCTIVE_ENDINGS) and "می" + key in verb_forms()
            or is_past_participle(key))


def _demanded(field: Field, match: re.Match) -> list[Found]:
    """``X خواستار CLAIM شد``: what was asked for, by the clause's subject (and ``X خبر از
    CLAIM داد``: the news told)."""
    clause_start = find_sentence_start(field.folded, match.start())
    mention = _group_if_plural(subject_mention(field, clause_start, match.start()), match)
    start, end = trim_quote(field.folded, match.start("claim"), match.end("claim"))
    return [Found(field.where, start, end, "indirect", field.text[match.start("cue"):match.end("cue")],
                  field.text[start:end], mention)]


def _group_if_plural(mention: Mention, match: re.Match) -> Mention:
    """``کارگران شرکت ... خبر دادند و خواستار CLAIM شدند``: a plural verb after the claim
    (شدند) whose clause left no subject read (no name, role or وی; the one before و, or a
    group the reader took for none) is a group's, never the last speaker's, who is one person."""
    if mention.ref != "pronoun" or mention.personal or mention.anonymous \
            or not is_plural_verb(word_key(match.group("verb").split()[0])):
        return mention
    return dataclasses.replace(mention, anonymous=True)


JUDGED_CUE_KEYS = frozenset(fold_word(word) for word in [verb.split()[0] for verb in JUDGING_VERBS] + list(JUDGING_NOUNS))
DEMONSTRATIVE_KEYS = frozenset(fold_word(word) for word in DEMONSTRATIVES)
CLAIM_NON_OPENER_KEYS = frozenset(fold_word(word) for word in CLAIM_NON_OPENERS)
OBJECT_SPEECH_ADVERB_KEYS = frozenset(fold_word(word) for word in OBJECT_SPEECH_ADVERBS)
STEM_PAIR_KEYS = frozenset((fold_word(pair.split()[0]), fold_word(pair.split()[-1])) for pair in STEM_PAIR_NOUNS)
SAID_AS_OBJECT_KEYS = frozenset(fold_word(word) for word in SAID_AS_OBJECT)
RELATIVE_OPENER_KEYS = frozenset(fold_word(word) for word in RELATIVE_OPENERS)
DENIED_PROPOSITION_KEYS = frozenset(tuple(word_key(word) for word in phrase.split()) for phrase in DENIED_PROPOSITION_OPENERS)


def _requested(field: Field, match: re.Match) -> list[Found]:
    """``X از Y خواست (که|تا) CLAIM``: the request, when the verb asks of someone (از in its
    clause) and is not the present or a wish (``دلش می‌خواست``). Without که or تا (``از
    مدیران خواست به شایعات پایان دهند``) the request must end on a verb and open on none of
    the words a claim never opens on (``خواست و رفت``), the one asked must stand right before
    the verb (از and at most MAX_ADDRESSEE_WORDS words; not پس از، قبل از: a time), and the request must end on a
    subjunctive (پایان دهند), as asking someone to do something does: not ``با خواست خدا
    ... نایب قهرمان شدیم``. The present (``از نامزدها می‌خواهد ...``) asks only with the one
    asked right before it, by an از that is no part of the subject (not ``یکی از بچه‌ها
    می‌خواهد برود``). A request named by its noun (درخواست کرد، تقاضا کرد) asks with nobody
    asked right before it too (an از further back is another phrase's: به نقل از ...), read
    as a proposal is (``درخواست کرد، برای نوسازی مدارس بودجه بیشتری داده شود``)."""
    clause_start = find_sentence_start(field.folded, match.start())
    words = clause_words(field.folded, clause_start, match.start())
    if not words or words[-1].key in PRESENT_PREFIXES:
        return []
    if fold_word(match.group("cue").split()[0]) in REQUEST_NOUNS and not _asks_someone(words):
        return _proposed(field, match)
    if not any(word.key == "از" for word in words):
        return []
    if match.group("present") and not _asks_someone(words):
        return []
    found = _said_that(field, match)
    if match.group("that") or not found:
        return found
    return found if _asks_someone(words) and _asks_for_an_act(found[0].text) else []


def _asks_someone(words: list[Word]) -> bool:
    """Is one asked right before the verb: از among its last MAX_ADDRESSEE_WORDS words, after
    none of NOT_BEFORE_CLAIM_FROM (یکی از، پس از)?"""
    start = max(0, len(words) - MAX_ADDRESSEE_WORDS - 1)
    return any(words[n].key == "از" and not (n > 0 and words[n - 1].key in NOT_BEFORE_CLAIM_FROM)
               for n in range(start, len(words)))


def _asks_for_an_act(claim_text: str) -> bool:
    """Does a claim with no که before it read as what someone asked for: MIN_CLAIM_WORDS words,
    opening on none of CLAIM_NON_OPENERS, ending on a subjunctive (پایان دهند)?"""
    claim = [word_key(word) for word in WORD.findall(claim_text)]
    return len(claim) >= MIN_CLAIM_WORDS and claim[0] not in CLAIM_NON_OPENER_KEYS and _is_subjunctive(claim[-1])


def _proposed(field: Field, match: re.Match) -> list[Found]:
    """``X پیشنهاد کرد (که) CLAIM``: the proposal, unless the verb has its object (``طرحی را
    پیشنهاد کرد که ...``: the که describes the plan); with no که or تا it must read as an
    act asked for (_asks_for_an_act), as after خواست."""
    clause_start = find_sentence_start(field.folded, match.start())
    if _has_its_object(field.folded, clause_start, match):
        return []
    found = _said_that(field, match)
    return found if match.group("that") or found and _asks_for_an_act(found[0].text) else []


def _is_subjunctive(key: str) -> bool:
    """A present form without its می (کنند، شود، دهند), and no other verb form; also with
    its ب (بپیوندد) or its negation's ن (نکنند), a preverb (درآید، برگردند) or both (برندارند)
    before the present stem."""
    if not key.endswith(SUBJUNCTIVE_ENDINGS) or key in verb_forms():
        return False
    heads = (SUBJUNCTIVE_PREFIX, NEGATIVE_PREFIX) + tuple(JUDGING_PREVERBS) + tuple(
        preverb + NEGATIVE_PREFIX for preverb in JUDGING_PREVERBS)
    stems = [key] + [key[len(head):] for head in heads if key.startswith(head) and len(key) > len(head) + 1]
    return any("می" + stem in verb_forms() for stem in stems)


def _said_content(field: Field, match: re.Match) -> list[Found]:
    """``اعلام نظر X مبنی بر CLAIM``: what X said, named by a noun of saying. X must be
    someone (a name, a role, an organisation, وی): ``سخنان مبنی بر ...`` with nobody, or
    with a group (رسانه‌ها), is the reporter's summary. A name with neither a given name nor
    a role is one word, a surname: more words may be a qualifier of the noun run into it
    (نامه مفصل رضایی). A clause (مبنی بر اینکه CLAIM) ends at its comma; a noun phrase also
    before را or a verb, where the sentence goes on."""
    words = clause_words(field.folded, match.start("speaker"), match.end("speaker"))
    while words and words[0].key in SAID_QUALIFIERS:
        words = words[1:]
    if not words or any(_is_verb(word.key) for word in words):
        return []  # a clause between the noun and مبنی بر (شایعات مطرح شده): the noun is not X's
    mention, speaker_end = subject(field, words)
    rest = [word for word in words if word.start >= speaker_end]
    if (speaker_end <= words[0].start or mention.anonymous or mention.indefinite
            or mention.ref == "pronoun" and not mention.personal or not _said_by_someone(mention)
            or rest and rest[0].key not in SAID_TO_PREPOSITIONS):
        return []  # nobody, or more words than a speaker and whom they addressed
    start, end = trim_quote(field.folded, match.end(), _said_content_end(field.folded, match))
    if _too_short(field.folded[start:end]):
        return []
    # the words of someone the sentence speaks of, not of whoever has the floor or is named next
    # (a title alone is a newcomer's unless the article gave it to someone)
    return [Found(field.where, start, end, "indirect", field.text[match.start("cue"):match.end("cue")],
                  field.text[start:end], dataclasses.replace(mention, also=True, indefinite=True))]


def _claimed_unnamed(field: Field, match: re.Match) -> list[Found]:
    """``برخی ادعاها مبنی بر اینکه CLAIM``, ``ادعای این رسانه‌ها مبنی بر CLAIM``: a claim with
    nobody or a group as its claimant (named ones are _said_content's), the words after مبنی بر
    as _said_content_end bounds them, and a speaker nobody names (referred to by the noun phrase,
    as a title is, not left to whoever spoke last)."""
    words = clause_words(field.folded, match.start("speaker"), match.end("speaker"))
    if words and not subject(field, words)[0].anonymous:
        return []
    start, end = trim_quote(field.folded, match.end(), _said_content_end(field.folded, match))
    if _too_short(field.folded[start:end]):
        return []
    return [Found(field.where, start, end, "indirect", field.text[match.start("noun"):match.end("cue")],
                  field.text[start:end], Mention("title", anonymous=True, where=field.where))]


def _said_content_end(folded: str, match: re.Match) -> int:
    """Where what was said after مبنی بر ends: at a comma or the sentence's end; a noun phrase
    also before را or a verb (the sentence goes on: ... مبنی بر X را رد کرد), a clause (مبنی
    بر اینکه) before a را right after its verb (... تهدید نکرده‌اند را اثبات کرد)."""
    sentence_end = _claim_end(folded, match.end())
    comma = find_any(folded, "،,", match.end(), sentence_end)
    end = sentence_end if comma < 0 else comma
    words = clause_words(folded, match.end(), end)
    for n, word in enumerate(words):
        if not match.group("that") and word.key == "را":
            return word.start
        if not match.group("that") and _is_verb(word.key):  # a light verb's noun goes with it (منتشر شد)
            return words[n - 1].start if n > 1 and _is_light_verb(word.key) else word.start
        if word.key == "را" and n > 0 and (_is_verb(words[n - 1].key) or n > 1 and _is_verb(words[n - 2].key)
                                           and words[n - 1].key in CLAIM_NON_OPENER_KEYS):
            return word.start
    return end


def _is_light_verb(key: str) -> bool:
    """A form of a light verb (شد، کردند، می‌کند، نمایند): a stem of LIGHT_VERBS after می/ن/ب,
    with a person's ending or the participle's ه at most."""
    stems = {key} | {key[len(prefix):] for prefix in LIGHT_VERB_PREFIXES if key.startswith(prefix)}
    return any(stem.startswith(light) and len(stem) - len(light) <= MAX_VERB_ENDING
               for stem in stems for pair in LIGHT_VERBS.items() for light in pair)


def _said_by_someone(mention: Mention) -> bool:
    """Does the mention name someone surely: a pronoun, a role, an organisation, a name opened
    by a given name or honorific, or a lone surname?"""
    return (mention.personal or bool(mention.role) or mention.organisation or mention.strong
            or len(mention.name_words) == 1)


def _document_says(field: Field, match: re.Match) -> list[Found]:
    """``در این نامه تاکید شده (که) CLAIM``: the rest of the sentence, by the document's author."""
    if match.group("colon"):
        return []  # a direct quote
    return _claim_after_passive(field, match, match.end(), document_author(field, match))


def _claim_after_passive(field: Field, match: re.Match, claim_start: int, mention: Mention) -> list[Found]:
    """The claim of a passive cue (تاکید شده، اعلام شد) from ``claim_start``, past a که opening
    it, to the end of its sentence; none when too short."""
    that = THAT_WORD.match(field.folded, claim_start + 1)
    claim_start = that.end() if that and not field.folded[claim_start:that.start()].strip() else claim_start
    start, end = trim_quote(field.folded, claim_start, _claim_end(field.folded, claim_start))
    if _too_short(field.folded[start:end]):
        return []
    return [Found(field.where, start, end, "indirect", field.text[match.start("cue"):match.end("cue")],
                  field.text[start:end], mention)]


def _announced_by_agent(field: Field, match: re.Match) -> list[Found]:
    """``از سوی X اعلام شد (که) CLAIM``: the rest of the sentence, X's; after و only when a
    connective saying "accordingly" opens the claim (... اعلام شد و بر این اساس CLAIM): any
    other clause after و goes on with the narration."""
    if match.group("colon") or not (agent := passive_agent(field, match)):
        return []  # a direct quote, or no agent
    claim_start = _past_accordingly(field.folded, match.end())
    if claim_start is None:
        return []
    while claim_start < len(field.folded) and field.folded[claim_start] in BLANKS + "،,":
        claim_start += 1  # ``طبق آنچه از سوی X اعلام شده بود، CLAIM``: the comma ends the frame
    return _claim_after_passive(field, match, claim_start, agent)


def _past_accordingly(folded: str, at: int) -> int | None:
    """Where the claim after a passive's verb opens: right there, or past ``و بر این اساس``;
    None when another clause joins on with و."""
    words = clause_words(folded, at, min(len(folded), at + SENTENCE_TAIL_CHARS))
    if not words or words[0].key != "و":
        return at
    size = phrase_at(words, 1, ACCORDINGLY_LEXICON)
    return words[size].end if size else None


# The shapes whose claim stands before their verb (از CLAIM خبر داد، بر CLAIM تاکید کرد، CLAIM را
# مهم دانست، خواستار CLAIM شد): joined by و to a claim before them, they end it (_before_joined_speech).
_OBJECT_FIRST_CUES = (NEWS_CUE, WARNING_CUE, EXPRESSED_CUE, EMPHASIS_CUE, INSISTENCE_CUE, JUDGED_CUE, DEMANDED_CUE)

# Each indirect shape: where its cues are in a field's folded text, and the reader
# that turns one cue into quotes. Read in this order (the order the quotes are found).
_INDIRECT_SHAPES = (
    (ACCORDING_TO.finditer, _according_to),
    (VIEWPOINT_CUE.finditer, _from_the_view_of),
    (PRESS_OFFICE_SOURCE.finditer, _press_office_reports),
    (THIS_REPORT_CUE.finditer, _this_report),
    (REPORT_FINDING.finditer, _report_finds),
    (REPORT_OF.finditer, _report_of),
    (lambda text: _merge_matches(THAT_CUE.finditer(text), BELIEF_CUE.finditer(text),
                                 SAID_THING_THAT_CUE.finditer(text)), _said_that),
    (CLAIM_CUE.finditer, _claim_after_verb),
    (SAYING_THAT.finditer, _saying_that),
    (SAYING_THAT_SLIP.finditer, _saying_that_slipped),
    (ANNOUNCED_WITH.finditer, _announced_with),
    (NEWS_CUE.finditer, lambda field, match: _announced(field, match, (NEWS_OPENER,))),
    (INVERTED_NEWS_CUE.finditer, _demanded),
    (WARNING_CUE.finditer, _warned_of),
    (INSISTENCE_CUE.finditer, _emphasised),
    (EXPRESSED_CUE.finditer, _feeling_expressed),
    (EMPHASIS_CUE.finditer, _emphasised),
    (DEMANDED_OBJECT_CUE.finditer, _demanded_object),
    (SAID_OF_OBJECT_CUE.finditer, _demanded_object),
    (DENIED_CUE.finditer, _denied_proposition),
    (JUDGED_CUE.finditer, _judged),
    (PRESENT_JUDGED_CUE.finditer, _judged_present),
    (PRESENT_GROUP_JUDGED_CUE.finditer, _judged_by_a_group),
    (GROUP_BELIEF_CUE.finditer, _believed_by_a_group),
    (ACCUSED_CUE.finditer, lambda field, match: _judged(field, match, CHARGE_OPENER)),
    (DEMANDED_CUE.finditer, _demanded),
    (DOCUMENT_CUE.finditer, _document_says),
    (ACCORDING_TO_THIS_DOCUMENT.finditer, _document_says),
    (AGENT_PASSIVE_CUE.finditer, _announced_by_agent),
    (REQUEST_CUE.finditer, _requested),
    (PROPOSAL_CUE.finditer, _proposed),
    (SAID_CONTENT_CUE.finditer, _said_content),
    (UNNAMED_CLAIM_CUE.finditer, _claimed_unnamed),
    (NAMING_CUE.finditer, _named_as),
)
