"""Pass 1: the quotes of one field, one function per shape of reported speech.

Direct quotes are found first; indirect and guillemet quotes only outside
them. Each quote comes with the Mention of its speaker, unresolved.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from bisect import bisect_left
from itertools import accumulate
from dataclasses import dataclass

from corpus.document import Document
from corpus.orthography import fold_letters, fold_word, stop_words
from corpus.quotes.constants import (
    ANNOUNCING_NOUNS,
    COUNTED_AMONG,
    COUNTED_AMONG_ENDINGS,
    BARE_PAST_STEMS,
    IMPERSONAL_MODALS,
    CLAIM_NON_OPENERS,
    DEMONSTRATIVES,
    DIRECT_CUE_OPENERS,
    DOCUMENT_AUTHOR_SKIPS,
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
    REQUEST_NOUNS,
    SUBJUNCTIVE_ENDINGS,
    SUBJUNCTIVE_PREFIX,
    SAID_TO_PREPOSITIONS,
    SAID_QUALIFIERS,
    LIGHT_VERBS,
    MAX_VERB_ENDING,
    LIGHT_VERB_PREFIXES,
    UNNAMED_SOURCES,
    NOT_AFTER_EMPHASIS_OPENER,
    NOT_BEFORE_EMPHASIS_OPENER,
    HEADLINE_RUBRICS,
    JUDGING_PREVERBS,
    ONE_CAN,
    PRESENT_PREFIXES,
    PREDICATE_STARTS,
    MAX_ACCORDING_TO_CHARS,
    MAX_ADDRESSEE_WORDS,
    MAX_UNCOMMA_SOURCE_CHARS,
    ANSWER_ENDINGS,
    MAX_CLAIM_CHARS,
    MIN_ANSWER_WORDS,
    FIRST_PERSON_MARKS,
    FIRST_PERSON_COPULAS,
    FIRST_PERSON_STATES,
    FIRST_PERSON_WORDS,
    MAX_QUESTION_WORDS,
    PARTICIPLE,
    MIN_CLAIM_WORDS,
    MIN_HEADLINE_QUOTE,
    MIN_INDIRECT_CHARS,
    MIN_QUOTE_WORDS,
    MAX_HEADING_WORDS,
    MAX_LABEL_WORDS,
    MAX_BULLET_CHARS,
    MAX_QUOTED_CHARS,
    QUOTE_HEAD_CHARS,
    SENTENCE_TAIL_CHARS,
    QUOTE_CLOSERS,
    QUOTE_OPENERS,
    QUOTE_TAIL_MARKS,
    MAX_OPEN_PARAGRAPHS,
    QUESTION_LABELS,
    QUESTION_MARKS,
    SECOND_PERSON_WORDS,
    VOWEL_LETTERS,
    SUBJECT_WINDOW,
)
from corpus.quotes.patterns import (
    ACCORDING_TO,
    BELIEF_CUE,
    CLAIM_CUE,
    CLAUSE_OPENER,
    DIRECT_CUE,
    DIRECT_CUES,
    GUILLEMETS,
    HEADLINE_SPEAKER,
    ASKED,
    COLON,
    DEMANDED_CUE,
    DEMANDED_OBJECT_CUE,
    SAID_OF_OBJECT_CUE,
    WARNING_CUE,
    DOCUMENT_CUE,
    NAMING_CUE,
    DOCUMENT_WRITTEN_BY,
    EMPHASIS_CUE,
    EXPRESSED_CUE,
    INSISTENCE_CUE,
    INVERTED_NEWS_CUE,
    REQUEST_CUE,
    PROPOSAL_CUE,
    SAID_CONTENT_CUE,
    HONORIFIC_LEXICON,
    PRONOUN_LEXICON,
    INTERVIEW_FRAME,
    SPEECH_OBJECT,
    JUDGED_CUE,
    MANNER_OF_SAYING,
    NARRATOR_PRONOUN,
    NEWS_CUE,
    OBJECT_MARKER,
    PLAIN_SPEECH_VERB,
    SAYING_THAT,
    SENTENCE_ENDING,
    SOURCE_LINE,
    THAT_CUE,
    THAT_WORD,
    WORD,
)
from corpus.quotes.person import is_finite_verb, is_lexicon_noun, is_past_participle, verb_forms
from corpus.quotes.sentences import (
    BLANKS,
    Field,
    end_before,
    find_any,
    find_sentence_end,
    find_sentence_start,
    only_from,
    Spans,
    trim_quote,
)
from corpus.quotes.subjects import (
    CLAUSE_JOINER_KEYS,
    clause_words,
    is_agency,
    holds_phrase,
    joint_subject,
    Mention,
    Word,
    word_key,
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
class Found:
    """A quote found in pass 1: where it is, and the words naming its speaker."""

    where: str
    start: int
    end: int
    kind: str
    cue: str
    text: str
    mention: Mention


def quotes_in_field(field: Field) -> list[Found]:
    """Direct quotes first; indirect and guillemet ones only outside them, in text order."""
    direct_cues = list(DIRECT_CUES.finditer(field.folded))  # read twice: scanned once
    found = _direct_quotes(field, direct_cues)
    if field.where in ("title", "lead") and not found:
        found = _headline_quote(field)
    taken = Spans([(f.start, f.end) for f in found])
    found += _indirect_quotes(field, taken)
    taken = Spans([(f.start, f.end) for f in found] + _direct_clauses(field.folded, direct_cues))
    found += _guillemet_quotes(field, taken)
    found.sort(key=lambda f: f.start)
    return found


@dataclass
class Introduction:
    """A field opening on a full name (``حجت‌الاسلام علی رضایی ... حضور یافت.``).

    Not a quote, but the person it introduces is who a following ``وی گفت``
    means, so pass 2 reads it in its place among the quotes.
    """

    where: str
    start: int
    mention: Mention


def introduction(field: Field) -> Introduction | None:
    """The person a field opens on, when it opens on a well-introduced name."""
    source = SOURCE_LINE.match(field.folded, 0, SUBJECT_WINDOW)  # past a byline's ؛ too
    start = source.end() if source else 0
    end = min(find_sentence_end(field.folded, start), start + SUBJECT_WINDOW)
    verb = search_verb(field.folded, start, end)
    end = verb.start() if verb else end
    words = clause_words(field.folded, start, end)
    words = skip_openers(skip_agency(words))
    if not words or not opens_name(words):
        return None
    mention, _ = subject(field, words)
    if mention.ref != "name" or not mention.strong or _first_person_verb_after(words, mention):
        return None
    return Introduction(field.where, words[0].start, mention)


def _first_person_verb_after(words: list[Word], mention: Mention) -> bool:
    """Is the word after the name a verb in the first person? Then the name is whom the
    writer addresses, not the subject: ``علیرضا تبریک می‌گویم``, a reporter's greeting."""
    keys, length = [word.key for word in words], len(mention.name_keys)
    at = next((n for n in range(len(keys)) if tuple(keys[n:n + length]) == mention.name_keys), None)
    after = keys[at + length] if at is not None and at + length < len(keys) else ""
    return after.endswith("م") and after in verb_forms()


def subjects_before_pronouns(field: Field, quotes: list[Found], previous: tuple[Field, list[Found]] | None,
                             headline: frozenset[str]) -> list[Introduction]:
    """``کونته با این موضوع موافق نیست ... . او گفت: ...``: the person a plain sentence (one
    that quotes nobody) has as its subject is who the ``وی``/``او`` opening the next sentence
    means, though they were never quoted before. The sentence may end the paragraph before.

    Nouns open sentences too (انجام این طرح ...): the subject must be someone the article
    quotes, a name with its office beside it (``هانسن پزشک باشگاه ...``: the article
    introduces them), or one word no lexicon calls a noun that the headline (title and
    lead, folded words) names too, as a story's subject is (کونته)."""
    introduced = []
    quoted = _Quoted(quotes)
    for quote in quotes:
        if quote.mention.ref != "pronoun" or not quote.mention.personal:
            continue
        sentence = find_sentence_start(field.folded, quote.start)
        before = end_before(field.folded, sentence, BLANKS + "«\"")
        if before > 0 and field.folded[before - 1] == ":":
            sentence = find_sentence_start(field.folded, field.folded.rindex(":", 0, sentence))  # او گفت: «...»
        if sentence > 0:
            mention = _plain_sentence_subject(field, sentence - 1, quoted)
        elif previous is not None and quote is quotes[0]:
            last = len(previous[0].folded.rstrip())
            mention = _plain_sentence_subject(previous[0], last - 1 if last else 0, _Quoted(previous[1]))
        else:
            mention = None
        if mention is not None:
            keys = mention.name_keys
            mention.known_only = not (mention.role and mention.strong
                                      or len(keys) == 1 and keys[0] in headline and not is_lexicon_noun(keys[0]))
            introduced.append(Introduction(field.where, sentence, mention))
    return introduced


class _Quoted:
    """Does a quote of the field overlap a stretch of it? Asked once per pronoun, so a scan of
    every quote each time was quadratic on a long paragraph; sorted starts and the furthest
    end reached so far answer in log time."""

    def __init__(self, quotes: list[Found]):
        spans = sorted((quote.start, quote.end) for quote in quotes)
        self.starts = [start for start, _ in spans]
        self.furthest = list(accumulate((end for _, end in spans), max))

    def overlaps(self, start: int, end: int) -> bool:
        """Is there a quote with ``quote.start < end`` and ``quote.end >= start``?"""
        before = bisect_left(self.starts, end)
        return before > 0 and self.furthest[before - 1] >= start


def _plain_sentence_subject(field: Field, end: int, quoted: _Quoted) -> Mention | None:
    """The person named as the subject of the sentence ending at ``end``, if it states (ends in
    a full stop: not a question or a heading) and quotes nobody."""
    start = find_sentence_start(field.folded, end)
    if field.folded[end:end + 1] != "." or quoted.overlaps(start, end):
        return None
    source = SOURCE_LINE.match(field.folded, start, end)  # a live report's ``۱۸:۴۰ -`` before the name
    start = source.end() if source else start
    words = skip_openers(skip_agency(clause_words(field.folded, start, end)))
    if not words or any(_person_asked(field, verb) for verb in ASKED.finditer(field.folded, start, end)):
        return None  # ``X از Y پرسید ... . او گفت``: the one asked answers (people_asked), not the asker
    mention, _ = subject(field, words)
    if mention.ref == "name" and not mention.organisation and not mention.object_follows:
        return mention
    return None


def people_asked(field: Field) -> list[Introduction]:
    """``خبرنگاری از ناصر داوودی پرسید ...``: the one asked takes the floor (not the reporter),
    so the ``وی در پاسخ گفت`` that follows is theirs."""
    return [asked for verb in ASKED.finditer(field.folded) if (asked := _person_asked(field, verb))]


def _person_asked(field: Field, verb: re.Match) -> Introduction | None:
    """The person named after از in the clause an asking verb ends, where the name starts."""
    words = clause_words(field.folded, find_sentence_start(field.folded, verb.start()), verb.start())
    after_from = next((n + 1 for n, word in enumerate(words) if word.key == "از"), None)
    if after_from is None:
        return None
    mention, _ = subject(field, words[after_from:])
    return Introduction(field.where, words[after_from].start, mention) if mention.ref == "name" else None


def in_reading_order(quotes: list[Found], *introductions: Introduction | None) -> list[Found | Introduction]:
    """A field's quotes and the people it introduces, as a reader meets them."""
    return sorted([*quotes, *(item for item in introductions if item)], key=lambda item: item.start)


def _direct_quotes(field: Field, direct_cues: list[re.Match]) -> list[Found]:
    """``SUBJECT ... VERB: QUOTE``; a quote ends where the next cue's sentence starts, or
    where the quotation marks it opens with close.

    In the body, a colon further from its speech verb opens a quote too (``X اعلام
    کرد CLAIM: QUOTE``), and so does any colon followed by a quote in quotation
    marks running to the paragraph's end (``اورتون: «QUOTE»``, ``X فریاد زد: «QUOTE»``).
    ``direct_cues`` are the field's DIRECT_CUE matches.
    """
    cues = []
    for match in direct_cues:
        head = field.folded[match.end():match.end() + QUOTE_HEAD_CHARS]
        if match.group("colon_only") and head.strip(BLANKS) and _word_count(head) < MIN_QUOTE_WORDS:
            continue  # ``فریاد زد: «زنده باد»``: a cheer, not words quoted (an empty quote is carried on)
        clause_start = find_sentence_start(field.folded, match.start())
        if cues and clause_start <= cues[-1][0]:  # the sentence opened inside the quote before
            clause_start = _spliced_clause_start(field.folded, cues[-1][0], match.start(), clause_start)
            mention = _spliced_subject(field, clause_start, match.start())
        else:
            mention = subject_mention(field, clause_start, match.start())
        cues.append((match.end(), clause_start, match.start("cue"), match.end("cue"), mention))
    for match in DOCUMENT_CUE.finditer(field.folded):
        if match.group("colon"):
            cues.append((match.end(), find_sentence_start(field.folded, match.start()), match.start("cue"),
                         match.end("cue"), _document_author(field, match)))
    if field.where.startswith("body:"):
        cues += _colon_cues(field, {end for end, *_ in cues})
    cues.sort(key=lambda cue: cue[0])
    cues = _outside_quotations(field.folded, cues)
    found = []
    for n, (colon_end, clause_start, cue_start, cue_end, mention) in enumerate(cues):
        limit = cues[n + 1][1] if n + 1 < len(cues) else len(field.text)
        close = _quotation_end(field.folded, colon_end)
        if 0 <= close < limit:
            limit = close + 1  # ``گفت: «QUOTE» اما هواداران ...``: the report goes on after it
        elif close < 0:
            limit = _narration_resumes(field.folded, colon_end, limit)
        start, end = trim_quote(field.folded, colon_end, max(limit, colon_end))
        while end > start and field.folded[end - 1] in QUOTE_TAIL:  # ``QUOTE، Y افزود:``
            end -= 1
        found.append(Found(field.where, start, end, "direct", field.text[cue_start:cue_end],
                           field.text[start:end], mention))
    return found


def _spliced_clause_start(folded: str, quote_start: int, cue_start: int, clause_start: int) -> int:
    """Where a cue's clause starts when its sentence opened inside the quote before it, the two
    run together with a comma (``X گفت: QUOTE، Y با اشاره به ... افزود: QUOTE``): after the last
    comma before the cue, so the first quote ends there instead of coming out empty; the
    sentence start as found when no comma splits them."""
    comma = max(folded.rfind(mark, quote_start, cue_start) for mark in "،,")
    return comma + 1 if comma >= 0 else clause_start


def _spliced_subject(field: Field, clause_start: int, cue_start: int) -> Mention:
    """The subject of a cue run on after a quote with a comma: a role or a full name opening
    its clause (``، وزیر ... افزود``، ``، اسپنسر گراهام ... افزود``); anything else there may be
    the quote's last words (``، قدیمی بودن باغ‌ها ... گفت``), and the speaker goes on."""
    mention = subject_mention(field, clause_start, cue_start)
    if mention.ref == "title" or mention.ref == "name" and len(mention.name_words) >= 2:
        return mention
    return Mention("pronoun", where=field.where)


def _narration_resumes(folded: str, start: int, limit: int) -> int:
    """Where a quote not in quotation marks gives way to the report: a sentence opening on
    وی with a speech verb of its own (``... گردید. وی افزود این اثر ...``), since nobody calls
    himself وی; ``limit`` when none does."""
    for pronoun in NARRATOR_PRONOUN.finditer(folded, start, limit):
        sentence_end = find_sentence_end(folded, pronoun.end(), limit - pronoun.end())
        if search_verb(folded, pronoun.end(), sentence_end):
            return pronoun.start()
    return limit


def _outside_quotations(folded: str, cues: list[tuple]) -> list[tuple]:
    """Drop the cues inside a quotation another cue opened (``او گفت: «مربی به من گفت: ...»``):
    they are the speaker's words, not a new quote."""
    kept, open_until = [], -1
    for cue in cues:
        if cue[0] < open_until:
            continue
        kept.append(cue)
        open_until = _quotation_end(folded, cue[0])
    return kept


def _quotation_end(folded: str, start: int) -> int:
    """Where the quotation opening at ``start`` (after blanks) closes: the offset of its
    closing mark, the end of the text when it runs on to a later paragraph, or -1 when no
    quotation opens there."""
    while start < len(folded) and folded[start] in BLANKS:
        start += 1
    if folded[start:start + 1] not in QUOTE_OPENERS:
        return -1
    close = _closing_mark(folded, start + 1, folded[start:start + 1])
    return close if close >= 0 else len(folded)


def _closing_mark(folded: str, start: int, opener: str = "") -> int:
    """The offset of the first quotation mark from ``start`` that closes a quotation opened
    before it (inner «» pairs skipped), or -1. When the ``opener`` is known only its own mark
    closes it: «... "X" ...» runs past the straight quotes around a name inside it."""
    closers = QUOTE_CLOSERS[QUOTE_OPENERS.index(opener)] if opener else QUOTE_CLOSERS
    depth = 0
    for n in range(start, len(folded)):
        char = folded[n]
        if char in "«“":
            depth += 1
        elif char in QUOTE_CLOSERS:
            if depth == 0 and char in closers:
                return n
            depth -= depth > 0 and char != '"'
    return -1


def _left_open(text: str) -> bool:
    """Does a quote's text open a quotation it does not close (it runs on to the next paragraph)?"""
    return text.count("«") > text.count("»") or text.count("“") > text.count("”") or text.count('"') % 2 == 1


def _document_author(field: Field, match: re.Match) -> Mention:
    """Who issued the document of a DOCUMENT_CUE: the subject of the words after its noun
    (در بیانیه باشگاه پیرامون این موضوع، در بیانیه منتشره از سوی باشگاه), or, when none
    are written (در این بیانیه آمده است), the writer a sentence before named (نامه‌ای که X
    ... زده بود. در این نامه ...), else whoever the report is about. The mention says it
    is a document's (Mention.document): the next one that names nobody is that author's."""
    return dataclasses.replace(_document_writer(field, match), document=True)


def _document_writer(field: Field, match: re.Match) -> Mention:
    """The mention _document_author reads, before it is marked a document's."""
    words = clause_words(field.folded, *match.span("author"))
    while words and words[0].key in DOCUMENT_AUTHOR_SKIPS:
        words = words[1:]
    if words and words[0].key not in PREDICATE_STARTS:  # در این بیانیه ضمن تبریک ... آمده: no author there
        return subject(field, words)[0]
    written = None
    for written in DOCUMENT_WRITTEN_BY.finditer(field.folded, max(0, match.start() - SUBJECT_WINDOW), match.start()):
        pass
    if written is not None:
        mention = subject(field, clause_words(field.folded, written.end(), match.start()))[0]
        if mention.ref == "name" and not mention.organisation:
            return mention
    return Mention("pronoun", where=field.where)


def _colon_cues(field: Field, taken: set[int]) -> list[tuple[int, int, int, int, Mention]]:
    """Colons that open a quote though no speech verb stands right before them:
    (colon end, clause start, cue start, cue end, speaker) as _direct_quotes reads cues.

    Every look is bounded (the clause by SUBJECT_WINDOW, the quote's head by
    QUOTE_HEAD_CHARS), so a field of colons costs linear time.
    """
    folded = field.folded
    if ":" not in folded and "：" not in folded:
        return []
    field_end = len(folded.rstrip(BLANKS))
    ends_sentence = bool(SENTENCE_ENDING.search(folded, max(0, field_end - SENTENCE_TAIL_CHARS), field_end))
    cues = []
    for colon in COLON.finditer(folded):
        rest = colon.end()
        while rest < field_end and folded[rest] in BLANKS:
            rest += 1
        if (colon.end() in taken or not (folded[rest:rest + 1].isalpha() or folded[rest:rest + 1] in QUOTE_OPENERS)
                or _word_count(folded[rest:rest + QUOTE_HEAD_CHARS]) < MIN_QUOTE_WORDS):
            continue
        clause_start = find_sentence_start(folded, colon.start())
        verb = search_verb(folded, clause_start, colon.start())
        if verb and ends_sentence:
            mention = _verb_subject(field, clause_start, verb)
            if mention:
                cues.append((colon.end(), clause_start, verb.start(), verb.end(), mention))
        elif not verb and _quoted_to_the_end(folded, rest, field_end):
            mention = _label_speaker(field, clause_start, colon.start())
            if mention:
                cues.append((colon.end(), clause_start, colon.start(), colon.start(), mention))
        elif (not verb and field_end - rest <= MAX_QUOTED_CHARS and _says_something(folded[rest:field_end])
              and not search_verb(folded, rest, field_end)
              and (mention := _label_line_speaker(field, clause_start, colon.start()))):
            cues.append((colon.end(), clause_start, colon.start(), colon.start(), mention))
        elif (not verb and _says_how(folded, clause_start, colon.start())
              and (mention := _label_speaker(field, clause_start, colon.start()))):
            cues.append((colon.end(), clause_start, colon.start(), colon.start(), mention))
    return cues


def _says_how(folded: str, clause_start: int, colon: int) -> bool:
    """Does a clause ending on a verb before a colon say how the words after it were said,
    though its verb is no speech verb (``شاهرودی به این سوال اینگونه واکنش نشان داد: ...``)?"""
    clause = folded[clause_start:colon]
    return _ends_on_a_verb(clause) and bool(MANNER_OF_SAYING.search(clause))


def _word_count(text: str) -> int:
    """Words, not the quotation marks or dashes standing apart between them."""
    return sum(1 for token in text.split() if any(ch.isalnum() for ch in token))


def _verb_subject(field: Field, clause_start: int, verb: re.Match) -> Mention | None:
    """The subject of a speech verb inside a sentence: of the sentence (a name, a role, or
    وی opening it), or, when the sentence opens otherwise (خبر بد آنجا بود که مکوندی اعلام کرد), of the clause after
    the last که before the verb; None when neither names anyone."""
    mention = subject_mention(field, clause_start, verb.start())
    if mention.ref != "pronoun" or not field.folded[clause_start:verb.start()].strip():
        return mention
    if _pronoun_opens(field.folded, clause_start, verb.start()):
        return mention  # وی می‌گوید، CLAIM (not وی در پاسخ به این سؤال که ... می‌گویند)
    comma = max(field.folded.rfind("،", clause_start, verb.start()), field.folded.rfind(",", clause_start, verb.start()))
    before_comma = WORD.findall(field.folded, clause_start, comma) if comma > 0 else []
    if before_comma and is_finite_verb(word_key(before_comma[-1])) and _pronoun_opens(field.folded, comma + 1, verb.start()):
        return Mention("pronoun", personal=True, where=field.where)  # ... ربوده‌اند، او می‌گوید CLAIM
    last_that = None
    for last_that in THAT_WORD.finditer(field.folded, clause_start, verb.start()):
        pass
    if last_that is None or _holds_a_verb(field.folded, last_that.end(), verb.start()):
        return None  # after که, another verb's clause (این سؤال که X موافقت نکرد و برخی می‌گویند)
    mention = subject_mention(field, last_that.end(), verb.start())
    return mention if mention.ref != "pronoun" else None


def _pronoun_opens(folded: str, start: int, verb_start: int) -> bool:
    """Does the clause from ``start`` to the speech verb open on وی/او, with no other verb or
    clause between them?"""
    words = skip_openers(clause_words(folded, start, verb_start))
    return bool(words and phrase_at(words, 0, PRONOUN_LEXICON) and not CLAUSE_OPENER.search(folded, words[0].end, verb_start)
                and not _holds_a_verb(folded, words[0].end, verb_start))


def _holds_a_verb(folded: str, start: int, end: int) -> bool:
    """Does a finite verb (صورت گرفت، موافقت نکرد، است) stand between two offsets?"""
    return any(is_finite_verb(word_key(word)) for word in WORD.findall(folded, start, end))


def _last_clause(words: list[Word]) -> list[Word]:
    """The words after the last اما/ولی that a verb comes before (``بسیاری این را مرهون ...
    می‌دانند اما X این را حاصل ... دانست``): a judgement and its object stand in the verb's own
    clause, when that clause opens on a subject (a role, a name, a word no noun of the lexicon
    is); one opening on a noun (``ولی قول به ... را موافق احتیاط دانسته``) opens on its object."""
    last, verb_seen = None, False
    for n, word in enumerate(words[:-1]):
        if verb_seen and word.key in CLAUSE_JOINER_KEYS and _opens_on_a_subject(words[n + 1:]):
            last = n
        verb_seen = verb_seen or _is_verb(word.key)
    return words[last + 1:] if last is not None else words


def _opens_on_a_subject(words: list[Word]) -> bool:
    return starts_role(words, 0) or opens_name(words) or not is_lexicon_noun(words[0].key)


def _ends_clause(words: list[Word], n: int) -> bool:
    """Does words[n] close the clause before it: a comma, or و after a verb (... ارزیابی کرد و)?"""
    return words[n].key == "," or words[n].key == "و" and n > 0 and _is_verb(words[n - 1].key)


def _is_verb(key: str) -> bool:
    """A finite verb (person.is_finite_verb), a subjunctive (کنند، باشد: a present form without its
    می, in the persons whose endings no noun ends in: not کاری، واگذاری) or a past participle, negated or not (نمانده، شده: a past stem with ه, known by its
    plural past ماندند)."""
    return (is_finite_verb(key) or key.endswith(SUBJUNCTIVE_ENDINGS) and "می" + key in verb_forms()
            or is_past_participle(key))


def _label_speaker(field: Field, clause_start: int, colon: int) -> Mention | None:
    """Who says the «quote» after ``LABEL:`` when no speech verb introduces it.

    A short heading opening the paragraph (``اورتون:``, ``رابطه‌ات با کاسیاس:``) is an
    interviewer's topic, answered by whoever has the floor. A clause ending on a verb
    (``پرنس با اکراه جواب داد:``) gives its subject, when it has one (not ``در
    کیفرخواست آمده است:``, nor a bare ``گفتم:``). Anything else says nobody.
    """
    folded = field.folded
    words = clause_words(folded, clause_start, colon)
    if not words:
        return None
    if not SENTENCE_ENDING.search(folded[clause_start:colon]):
        opens_paragraph = clause_start <= MAX_BULLET_CHARS and not any(ch.isalpha() for ch in folded[:clause_start])
        return Mention("pronoun", where=field.where) if opens_paragraph and len(words) <= MAX_HEADING_WORDS else None
    if words[0].key in PREDICATE_STARTS:
        return None
    mention = subject_mention(field, clause_start, colon)
    return mention if mention.ref != "pronoun" or phrase_at(words, 0, PRONOUN_LEXICON) else None


def _label_line_speaker(field: Field, clause_start: int, colon: int) -> Mention | None:
    """``*ماتا: این بهترین فرم من است``: a paragraph opening on a name of a few words and a
    colon gives that person's words; the name must be someone the article names otherwise
    (``known_only``), since lineups, scores and headings (بایرن:، داور:، نکته:) open the same way;
    an honorific before the name (حضرت امام خمینی:، دکتر رضایی:) says it is a person's."""
    if clause_start > MAX_BULLET_CHARS or any(ch.isalpha() for ch in field.folded[:clause_start]):
        return None
    words = clause_words(field.folded, clause_start, colon)
    if not 0 < len(words) <= MAX_LABEL_WORDS or not all(w.key.isalpha() for w in words):  # دقیقه ۷۴:
        return None
    mention = mention_from_words(field, words)
    if mention.ref != "name" or mention.organisation or mention.role:
        return None
    return dataclasses.replace(mention, known_only=not phrase_at(words, 0, HONORIFIC_LEXICON))


def _says_something(text: str) -> bool:
    """Is a label line's text a statement, as a lineup, a score or a question (متن سؤال: ...؟) is
    not: it ends a sentence on a verb, or, as a subheading does (``رضایی: وزارت دنبال پول است نه
    باشگاه``), holds one."""
    if _ends_on_a_verb(text):
        return True
    return not text.rstrip(BLANKS).endswith(QUESTION_MARKS) and any(
        is_finite_verb(fold_word(word)) for word in WORD.findall(text))


def _ends_on_a_verb(text: str) -> bool:
    """Does a short text end a sentence on a verb (رسید، است، می‌چرخد؟) rather than on a
    noun, as a lineup or an affiliation (دانشجوی دکتری دانشگاه تهران) does?"""
    words = WORD.findall(text[-SENTENCE_TAIL_CHARS * 2:])
    last = fold_word(words[-1]) if words else ""
    return bool(SENTENCE_ENDING.search(text)) and (last in verb_forms() or last in stop_words())


def _quoted_to_the_end(folded: str, start: int, end: int) -> bool:
    """Does one quote in quotation marks, at most MAX_QUOTED_CHARS long, run from
    ``start`` to ``end`` (not a list of «titles»)?"""
    while end > start and folded[end - 1] in BLANKS + ".":
        end -= 1
    if end - start < 3 or end - start > MAX_QUOTED_CHARS or folded[start] not in QUOTE_OPENERS:
        return False
    closer = QUOTE_CLOSERS[QUOTE_OPENERS.index(folded[start])]
    return folded[end - 1] == closer and folded.find(closer, start + 1, end - 1) < 0


def _direct_clauses(folded: str, direct_cues: list[re.Match]) -> list[tuple[int, int]]:
    """The clauses that introduce direct quotes (``direct_cues``, the field's DIRECT_CUE
    matches): «» there name things (شعار «...»)."""
    return [(find_sentence_start(folded, m.start()), m.end()) for m in direct_cues]


def _headline_quote(field: Field) -> list[Found]:
    """Headlines drop the verb: ``فرهادی: مجازات شکارچیان افزایش یافت``.

    Leads do it too (``مدیرعامل سازمان ...: QUOTE``), but there the part
    before the colon must open like a speaker (role, honorific, given name),
    since leads also carry labels and agency tags.
    """
    match = HEADLINE_SPEAKER.match(field.folded)
    if not match:
        return []
    words = clause_words(field.folded, *match.span("speaker"))
    if not words or is_agency(words) or "".join(w.key for w in words) in HEADLINE_RUBRICS:
        return []
    if field.where == "lead" and not (starts_role(words, 0) or opens_name(words)):
        return []
    mention = mention_from_words(field, words)
    if mention.ref == "pronoun":
        return []
    start, end = trim_quote(field.folded, match.end(), len(field.text))
    if end - start < MIN_HEADLINE_QUOTE:
        return []
    return [Found(field.where, start, end, "direct", "", field.text[start:end], mention)]


def _indirect_quotes(field: Field, taken: Spans) -> list[Found]:
    """Reported speech: ``به گفته X، ...``, ``X گفت که ...``, ``با بیان اینکه ...``, ``از ... خبر داد``."""
    found = [quote for cues, read in _INDIRECT_SHAPES for match in cues(field.folded)
             if not _impersonal(field.folded, match) for quote in read(field, match)]
    return [f for f in found if f.end - f.start >= MIN_INDIRECT_CHARS and not taken.overlaps(f.start, f.end)]


def _impersonal(folded: str, match: re.Match) -> bool:
    """Is the cue a bare past stem after "one must / one can" in its own clause, with no verb
    between (به این فهرست باید نام او را اضافه کرد که ...؛ می‌توان به المپیک اشاره کرد که ...)?
    An infinitive in the writer's sentence: nobody says what follows. (با تاکید بر اینکه باید
    متحد باشد هشدار داد: the modal is the claim's.)"""
    cue = match.group("cue") if "cue" in match.re.groupindex else match.group()
    if not cue.split() or word_key(cue.split()[-1]) not in BARE_PAST_STEMS:
        return False
    words = clause_words(folded, find_sentence_start(folded, match.start()), match.start())
    bounds = [n for n in range(len(words)) if words[n].key in (THAT_KEY, ",")]
    keys = [w.key for w in words[bounds[-1] + 1 if bounds else 0:]]
    return any(tuple(keys[n:n + len(modal)]) == modal and not any(_is_verb(key) for key in keys[n + len(modal):])
               for modal in IMPERSONAL_MODALS for n in range(len(keys)))


def _merge_matches(*iterators):
    """Matches of several patterns, in text order."""
    return sorted((m for iterator in iterators for m in iterator), key=lambda m: m.start())


def _claim_end(folded: str, start: int) -> int:
    """A reported claim ends with its sentence, and is never longer than MAX_CLAIM_CHARS.

    The cap keeps nested claims (``گفت که ... گفت که ...``) from adding up
    to quadratic text on a field that never ends its sentence.
    """
    return _before_direct_cue(folded, start, find_sentence_end(folded, start, MAX_CLAIM_CHARS))


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
    words = WORD.findall(folded, max(clause_start, cue_start - SENTENCE_TAIL_CHARS), cue_start)
    return bool(words) and word_key(words[-1]) == "که"


def _asks(folded: str, sentence_end: int) -> bool:
    """Does the sentence ending at ``sentence_end`` end with a question mark?"""
    return folded[sentence_end:sentence_end + 1] in QUESTION_MARKS


def _said_that(field: Field, match: re.Match) -> list[Found]:
    """``X گفت که CLAIM`` / ``X معتقد است CLAIM``: the rest of the sentence is the claim,
    unless the sentence asks (``... گفته که CLAIM، موافقید؟``: the reporter's question) or the
    verb describes someone (``کسانی که مدعی‌اند که CLAIM توانستند ...``)."""
    clause_start = find_sentence_start(field.folded, match.start())
    claim_end = _claim_end(field.folded, match.end())
    if (_asks(field.folded, claim_end) or _in_relative_clause(field.folded, clause_start, match.start())
            or _news_told_before(field, match)):
        return []
    start, end = trim_quote(field.folded, match.end(), claim_end)
    mention = subject_mention(field, clause_start, match.start())
    cue = field.text[match.start("cue"):match.end("cue")]
    return [Found(field.where, start, end, "indirect", cue, field.text[start:end], mention)]


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
        if close < 0 or _word_count(field.folded[comma + 1:close]) >= MIN_QUOTE_WORDS:
            break
        comma = find_any(field.folded, "،,«", close + 1, limit)
    if comma < 0 or _holds_a_verb(field.folded, match.end(), comma):  # no comma after the source
        return _according_to_uncomma(field, match, sentence_end) if match.group("according") else []
    words = clause_words(field.folded, match.end(), comma)
    if not words or is_agency(words):
        return []
    mention = mention_from_words(field, words)
    if field.folded[comma] == "«":
        return []  # handled as a guillemet quote
    if _frames_a_direct_quote(field.folded, comma + 1):
        return []
    start, end = trim_quote(field.folded, comma + 1, _claim_end(field.folded, comma + 1))
    return [Found(field.where, start, end, "indirect", field.text[match.start("cue"):match.end("cue")],
                  field.text[start:end], mention)]


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
    the speaker or the one spoken of (به اعتقاد من، به گفته خودش) or an agency; nor when it
    runs into a verb (به گفته رضایی آمارها نشان می‌دهد که) or past MAX_UNCOMMA_SOURCE_CHARS,
    where it ends is unclear; nor when the claim is a «quote» (a guillemet quote).
    Announcements (بر اساس اعلام X) name organisations whose names run on, so they need
    their comma."""
    first = WORD.search(field.folded, match.end(), sentence_end)
    if first is None or word_key(first.group()) in PREDICATE_STARTS:
        return []  # no source, or a preposition where it should be
    source_limit = min(sentence_end, match.end() + MAX_UNCOMMA_SOURCE_CHARS)
    words = clause_words(field.folded, match.end(), source_limit)
    if not words or is_agency(words):
        return []
    mention, source_end = subject(field, words)
    if (source_end <= words[0].start or source_end >= words[-1].end or mention.anonymous
            or words[0].key in UNNAMED_SOURCES or any(_is_verb(word.key) for word in words if word.end <= source_end)):
        return []  # the source runs to the window's end: where it ends is unknown
    start, end = trim_quote(field.folded, source_end, sentence_end)
    if field.folded[start:start + 1] == "«" or len(field.folded[start:end].split()) < MIN_CLAIM_WORDS:
        return []
    return [Found(field.where, start, end, "indirect", field.text[match.start("cue"):match.end("cue")],
                  field.text[start:end], mention)]


def _claim_after_verb(field: Field, match: re.Match) -> list[Found]:
    """``کوساچف اعلام کرد به شرط آنکه ...``: the rest of the sentence is the claim."""
    clause_start = find_sentence_start(field.folded, match.start())
    mention = _verb_subject(field, clause_start, match)
    claim_end = _claim_end(field.folded, match.end())
    if mention is None or _asks(field.folded, claim_end) or _news_told_before(field, match):
        return []  # a verb inside a longer sentence with no subject of its own, or a question
    start, end = trim_quote(field.folded, match.end(), claim_end)
    if len(field.folded[start:end].split()) < MIN_CLAIM_WORDS or _has_its_object(field.folded, clause_start, match):
        return []
    cue = field.text[match.start("cue"):match.end("cue")]
    return [Found(field.where, start, end, "indirect", cue, field.text[start:end], mention)]


def _saying_that(field: Field, match: re.Match) -> list[Found]:
    """``X با بیان اینکه CLAIM، گفت``: the claim ends at the last comma before the verb, unless
    the words after that comma end on a verb (``اینکه X، Y را می‌رسانند بیان کرد``: the comma
    was the claim's own)."""
    verb = DIRECT_CUE.search(field.folded, match.end(), min(len(field.folded), match.end() + SUBJECT_WINDOW))
    sentence_end = find_sentence_end(field.folded, match.end())
    if verb and verb.start() <= sentence_end:
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
    mention = subject_mention(field, clause_start, match.start())
    cue = field.text[match.start():match.end()].strip()
    return [Found(field.where, start, end, "indirect", cue, field.text[start:end], mention)]


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
              if words[n].key == THAT_KEY or _ends_clause(words, n) or is_finite_verb(words[n].key)]
    return any(word.key == "را" for word in words[bounds[-1] + 1 if bounds else 0:])


def _announced(field: Field, match: re.Match, opener: tuple[str, ...]) -> list[Found]:
    """``X از CLAIM خبر داد`` / ``X نسبت به CLAIM هشدار داد`` / ``X از اینکه CLAIM، ابراز
    نگرانی کرد``: the claim starts after the first ``opener`` (از، نسبت به) after the
    subject that is part of no other phrase (پس از بازی، بسیاری از هواداران), and after the اینکه opening it as a
    clause; it ends before the verb and the comma before it."""
    clause_start = find_sentence_start(field.folded, match.start())
    words = clause_words(field.folded, clause_start, match.start())
    mention, subject_end = subject(field, words)
    keys = [w.key for w in words]
    after = next((n + len(opener) for n, w in enumerate(words)
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


def _feeling_expressed(field: Field, match: re.Match) -> list[Found]:
    """``X از اینکه CLAIM، ابراز نگرانی کرد``: what the feeling is about, as _announced reads
    it, when it holds MIN_CLAIM_WORDS words: fewer name a topic (از وضعیت باشگاه‌ها ابراز
    نگرانی کرد), not something said."""
    return [found for found in _announced(field, match, (NEWS_OPENER,))
            if len(found.text.split()) >= MIN_CLAIM_WORDS]


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
    if bounds and rest[bounds[-1]].key == THAT_KEY:  # ``اخباری شنیده می‌شد که او CLAIM را``: the clause's own subject
        mention, subject_end = subject(field, claim)
        claim = [w for w in claim if w.start >= subject_end]
    if (sum(1 for w in claim if w.key not in DEMONSTRATIVES) < MIN_OBJECT_CLAIM_WORDS
            or (mention.ref == "pronoun" and subject_end == 0)):
        return []
    start, end = trim_quote(field.folded, claim[0].start, claim[-1].end)
    return [Found(field.where, start, end, "indirect", field.text[match.start("cue"):match.end("cue")],
                  field.text[start:end], mention)]


def _opens_object_clause(words: list[Word], n: int) -> bool:
    """Is words[n] a که opening the clause the object's verb ends (``شنیده می‌شد که او CLAIM
    را تکذیب کرد``), not a relative clause inside the object (``اصولی که مرتبط با X است را``):
    no verb stands after it?"""
    return words[n].key == THAT_KEY and not any(_is_verb(word.key) for word in words[n + 1:])


def _judged(field: Field, match: re.Match) -> list[Found]:
    """``X، CLAIM را دیرینه دانست``: the claim runs from the subject (or the last comma, or
    و after a verb, before its object: ``... را خوب ارزیابی کرد و CLAIM را منفی خواند``) to
    the verb, and holds the object marker را with the judgement after it (``مطلب را عنوان
    کرد`` states no judgement; ``بازیکنان را فرا خواند`` is another verb). A comma after the
    object is the judgement's own (``مردم را از لحاظ فرهنگی، اخلاقی ممتاز خواند``)."""
    if field.folded[match.end():match.end() + 4].lstrip(" \u200c")[:1] in ":：":
        return []  # ``... را ... خواند و عنوان کرد: QUOTE``: a direct quote's cue
    clause_start = find_sentence_start(field.folded, match.start())
    if not OBJECT_MARKER.search(field.folded, clause_start, match.start()):
        return []
    words = _last_clause(clause_words(field.folded, clause_start, match.start()))
    if words and (words[-1].key in JUDGING_PREVERBS or words[-1].key in PRESENT_PREFIXES):
        return []  # فرا خواند: another verb; می خواند: the present, which essays state views in
    if _in_relative_that_clause(words):
        return []  # ``دیدگاهی که دین را امری فردی می‌داند``: describes a view, nobody holds it
    keys = [word.key for word in words]
    if any(tuple(keys[n:n + len(can)]) == can for can in ONE_CAN for n in range(len(keys))):
        return []  # او را می‌توان نفر اول دانست: the writer judging, nobody quoted
    mention, subject_end = subject(field, words)
    if mention.ref == "pronoun" and subject_end == 0:
        return []
    rest = _after_subject(words, subject_end, mention)
    object_marks = [n for n, w in enumerate(rest) if w.key == "را"]
    if not object_marks or object_marks[-1] == len(rest) - 1:
        return []
    judgement = rest[object_marks[-1] + 1:]
    if judgement[-1].key == "و":
        return []  # ``محصول را معرفی کرد و اعلام کرد``: the object is another verb's
    if (fold_word(match.group("cue").split()[0]) in ANNOUNCING_NOUNS and judgement[0].key in NOT_A_JUDGEMENT
            and not _counted_among(judgement)):
        return []  # آمادگی خود را برای ... اعلام کرد: an announcement, no judgement
    if all(w.key in NOT_A_JUDGEMENT for w in judgement):
        return []  # ``کتاب را نیز خوانده``: only an adverb after را, it was read, not judged
    bounds = [n for n, w in enumerate(rest[:object_marks[-1]]) if _ends_clause(rest, n)]
    claim = rest[bounds[-1] + 1:] if bounds else rest
    start, end = trim_quote(field.folded, claim[0].start, match.start())
    if mention.ref == "title":  # مدیرعامل باشگاه توان مالی تیم را ...: the role may have run into the object
        mention = dataclasses.replace(mention, role_before_object=True)
    return [Found(field.where, start, end, "indirect", field.text[match.start("cue"):match.end("cue")],
                  field.text[start:end], mention)]


def _in_relative_that_clause(words: list[Word]) -> bool:
    """Do the words before a verb end in a relative clause: a که after a noun (not after a verb,
    a demonstrative or a comma), with no verb between it and the verb?"""
    that = max((n for n, w in enumerate(words) if w.key == THAT_KEY), default=-1)
    if that <= 0 or any(_is_verb(w.key) for w in words[that + 1:]):
        return False
    before = words[that - 1].key
    return before != "," and before not in DEMONSTRATIVES and not _is_verb(before)


def _counted_among(judgement: list[Word]) -> bool:
    """``(را) از اهداف اصلی این دانشگاه``: از opening a group the object is counted among."""
    return (len(judgement) > 1 and judgement[0].key == NEWS_OPENER
            and (judgement[1].key in COUNTED_AMONG or judgement[1].key.endswith(COUNTED_AMONG_ENDINGS)))


def _demanded(field: Field, match: re.Match) -> list[Found]:
    """``X خواستار CLAIM شد``: what was asked for, by the clause's subject (and ``X خبر از
    CLAIM داد``: the news told)."""
    clause_start = find_sentence_start(field.folded, match.start())
    mention = subject_mention(field, clause_start, match.start())
    start, end = trim_quote(field.folded, match.start("claim"), match.end("claim"))
    return [Found(field.where, start, end, "indirect", field.text[match.start("cue"):match.end("cue")],
                  field.text[start:end], mention)]


CLAIM_NON_OPENER_KEYS = frozenset(fold_word(word) for word in CLAIM_NON_OPENERS)
OBJECT_SPEECH_ADVERB_KEYS = frozenset(fold_word(word) for word in OBJECT_SPEECH_ADVERBS)
QUOTE_TAIL = BLANKS + "،,"  # what a direct quote ends without (the comma before a run-on cue)
THAT_KEY = fold_word("که")


def _requested(field: Field, match: re.Match) -> list[Found]:
    """``X از Y خواست (که|تا) CLAIM``: the request, when the verb asks of someone (از in its
    clause) and is not the present or a wish (``دلش می‌خواست``). Without که or تا (``از
    مدیران خواست به شایعات پایان دهند``) the request must end on a verb and open on none of
    the words a claim never opens on (``خواست و رفت``), the one asked must stand right before
    the verb (از and at most MAX_ADDRESSEE_WORDS words), and the request must end on a
    subjunctive (پایان دهند), as asking someone to do something does: not ``با خواست خدا
    ... نایب قهرمان شدیم``. The present (``از نامزدها می‌خواهد ...``) asks only with the one
    asked right before it, by an از that is no part of the subject (not ``یکی از بچه‌ها
    می‌خواهد برود``). A request named by its noun (درخواست کرد، تقاضا کرد) asks with nobody
    asked right before it too (an از further back is another phrase's: به نقل از ...), read
    as a proposal is (``درخواست کرد، برای جذب گردشگر تلاش بیشتری شود``)."""
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
    asked = any(word.key == "از" for word in words[-MAX_ADDRESSEE_WORDS - 1:])
    return found if asked and _asks_for_an_act(found[0].text) else []


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
    its ب (بپیوندد) or a preverb (درآید، برگردند) before the present stem."""
    if not key.endswith(SUBJUNCTIVE_ENDINGS) or key in verb_forms():
        return False
    heads = (SUBJUNCTIVE_PREFIX,) + tuple(JUDGING_PREVERBS)
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
    if len(field.folded[start:end].split()) < MIN_CLAIM_WORDS:
        return []
    # the words of someone the sentence speaks of, not of whoever has the floor or is named next
    # (a title alone is a newcomer's unless the article gave it to someone)
    return [Found(field.where, start, end, "indirect", field.text[match.start("cue"):match.end("cue")],
                  field.text[start:end], dataclasses.replace(mention, also=True, indefinite=True))]


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
    claim_start = match.end()
    that = THAT_WORD.match(field.folded, claim_start + 1)
    claim_start = that.end() if that and not field.folded[claim_start:that.start()].strip() else claim_start
    start, end = trim_quote(field.folded, claim_start, _claim_end(field.folded, claim_start))
    if len(field.folded[start:end].split()) < MIN_CLAIM_WORDS:
        return []
    return [Found(field.where, start, end, "indirect", field.text[match.start("cue"):match.end("cue")],
                  field.text[start:end], _document_author(field, match))]


def _guillemet_quotes(field: Field, taken: Spans) -> list[Found]:
    """«...» that someone said: a clause, with a speaker in the same or previous sentence."""
    found = []
    for match in GUILLEMETS.finditer(field.folded):
        start, end = match.span("inner")
        if (taken.overlaps(start, end) or len(field.folded[start:end].split()) < MIN_QUOTE_WORDS
                or _introduces_direct_quote(field.folded, match.end())):
            continue
        speaker = _guillemet_speaker(field, match.start(), match.end())
        if speaker is None:
            continue
        mention, cue, introduced = speaker
        if introduced or _ends_like_a_sentence(field.folded[start:end]):
            found.append(Found(field.where, start, end, "guillemet", cue, field.text[start:end], mention))
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


def _guillemet_speaker(field: Field, open_at: int, close_at: int) -> tuple[Mention, str, bool] | None:
    """The speaker of «...», the cue that attributes it, and whether the cue introduces it.

    In order: ``به گفته X «...»``; a speech verb before it in the sentence
    (``X گفت «...»``); a speech verb after it, whose subject follows the
    quote when punctuation parts them (``«...»؛ این را رضایی می‌گوید``) and
    opens the sentence otherwise; a speech verb in the sentence before.
    The cue introduces the quote when it stands right at the «» edge.
    """
    sentence_start = find_sentence_start(field.folded, open_at)
    according = ACCORDING_TO.pattern.search(field.folded, sentence_start, open_at)
    if according:
        words = clause_words(field.folded, according.end(), open_at)
        if words and not is_agency(words):
            return mention_from_words(field, words), field.text[according.start():according.end()], True
    verb = search_verb(field.folded, sentence_start, open_at)
    if verb:
        mention = subject_mention(field, sentence_start, verb.start())
        return mention, cue_text(field.text, verb), not field.folded[verb.end():open_at].strip(" \u200c،,:")
    after_end = find_sentence_end(field.folded, find_sentence_end(field.folded, close_at) + 1)
    verb = search_verb(field.folded, close_at, after_end)
    if verb:
        between = field.folded[close_at:verb.start()].lstrip(" \u200c")
        if between[:1] in QUOTE_TAIL_MARKS:
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


def carry_empty_quotes(reading: list[Found | Introduction], doc: Document) -> list[Found | Introduction]:
    """``وی در این باره گفت:`` at a paragraph's end: the quote is the next paragraph.

    Empty quotes that cannot be carried are dropped. A carried quote keeps
    its place in the reading order: it was announced where its cue stands.
    """
    kept = []
    for item in reading:
        if isinstance(item, Found) and item.end <= item.start:
            _carry_to_next_paragraph(item, doc)
            if item.end <= item.start:
                continue
        kept.append(item)
    return kept


def interview_answers(reading: list[Found | Introduction], doc: Document) -> list[Found | Introduction]:
    """An interview told in the interviewee's own paragraphs, after a frame ending in a colon
    with no speech verb (``گردان گفت‌وگوی مفصلی با ورزش سه انجام داد:``).

    Every later body paragraph that holds no quote of its own is an answer, a
    direct quote of whoever has the floor; headings (fewer than
    MIN_ANSWER_WORDS words, or no full stop at the end) and the reporter's
    questions (ending in ؟) are not. A name opening an answer (``محسن بنگر سال‌ها
    ...``) is someone the interviewee talks about, not a new speaker. A label line
    right after a question (``سؤال: ...؟`` then ``مشایی: ...``) is the answer of whoever
    it names.
    """
    reading = _answers_after_questions(reading, doc)
    first_person = _first_person_paragraphs(reading, doc)
    quoted = {item.where for item in reading
              if isinstance(item, Found) and not (item.kind == "indirect" and item.where in first_person)}
    frame = next((n for n, text in enumerate(doc.paragraphs) if f"body:{n}" not in quoted
                  and text.rstrip().endswith((":", "：")) and _frames_answers(fold_letters(text))), None)
    if frame is None:
        return reading
    answers = []
    for number in range(frame + 1, len(doc.paragraphs)):
        where, text = f"body:{number}", doc.paragraphs[number]
        if where not in quoted and _answers(text):
            start, end = trim_quote(fold_letters(text), 0, len(text))
            answers.append(Found(where, start, end, "direct", "", text[start:end], Mention("pronoun", where=where)))
    answered = {answer.where for answer in answers}
    reading = [item for item in reading if item.where not in answered or isinstance(item, Found) and item.kind != "indirect"]
    return sorted(reading + answers, key=lambda item: (field_order(item.where), item.start))


def _first_person_paragraphs(reading: list[Found | Introduction], doc: Document) -> set[str]:
    """The body paragraphs holding an indirect quote that are written in the first person (``من
    راضی‌ام ... او هم خبر معاوضه‌اش با من را تکذیب کرد``): after an interview's frame such a
    paragraph is the interviewee's answer, and what it reports others said is part of it (one
    policy with quotes reported inside other quotes: they are dropped). Each paragraph is read once."""
    reported = {item.where for item in reading
                if isinstance(item, Found) and item.kind == "indirect" and item.where.startswith("body:")}
    return {where for where in reported
            if _first_person_words(fold_letters(doc.paragraphs[int(where.split(":")[1])])) >= FIRST_PERSON_MARKS}



def _frames_answers(folded: str) -> bool:
    """Does a paragraph ending in a colon frame words that follow: an interview (گفت‌وگو انجام
    داد:) or someone's words given as its object (نظر خود را در اختیار ما قرار داده است:)?"""
    return bool(INTERVIEW_FRAME.search(folded) or SPEECH_OBJECT.search(folded))


def _answers_after_questions(reading: list[Found | Introduction], doc: Document) -> list[Found | Introduction]:
    """Label lines (``مشایی: ...``) are speakers only if the article names them otherwise
    (``known_only``), since lineups open the same way; right after a question, a label
    line answers it, and names the interviewee whatever else the article says."""
    asked = {f"body:{n + 1}" for n, text in enumerate(doc.paragraphs) if _is_question(text)}
    return [dataclasses.replace(item, mention=dataclasses.replace(item.mention, known_only=False))
            if isinstance(item, Found) and item.mention.known_only and item.where in asked else item
            for item in reading]


def _is_question(text: str) -> bool:
    """A reporter's question: it ends with a question mark or opens on a question label (سؤال:)."""
    folded = fold_letters(text[:SENTENCE_TAIL_CHARS])
    return text.rstrip(BLANKS).endswith(QUESTION_MARKS) or folded.lstrip(BLANKS + "*-").startswith(QUESTION_LABELS)


def _put_to_the_interviewee(text: str) -> bool:
    """A reporter's question, or a short remark put to the interviewee in the second person and
    in no first person (``بعد از بازی با پرسپولیس روند خوبی را آغاز کردید.``): what follows answers it."""
    if _is_question(text):
        return True
    folded = fold_letters(text)
    words = WORD.findall(folded)
    return len(words) <= MAX_QUESTION_WORDS and _first_person_words(folded) == 0 and _addressed(words)


def _asked_in_second_person(text: str) -> bool:
    """A question put to the interviewee in the second person (``لیگ را چطور ارزیابی می‌کنید؟``):
    the paragraph after it answers, in whatever person it speaks (``اینکه ... نشان می‌دهد ...``)."""
    return _is_question(text) and _addressed(WORD.findall(fold_letters(text)))


def _addressed(words: list[str]) -> bool:
    """Does any of the words speak to someone in the second person (_second_person)?"""
    return any(_second_person(word_key(word)) for word in words)


def _second_person(key: str) -> bool:
    """شما and its kin, or a verb addressed to شما: a form ending in ید whose first-person plural
    is a verb too (کردید / کردیم; not رسید, a past stem, nor شدید, an adjective), after no vowel
    (می‌آید and می‌گوید speak of him: to شما it is می‌آیید); or a perfect in اید (گرفته‌اید)."""
    if key.endswith(PARTICIPLE + "اید"):  # the perfect: گرفته‌اید
        return key in verb_forms()
    stem = key[:-2]
    return key in SECOND_PERSON_WORDS or (key.endswith("ید") and not stem.endswith(VOWEL_LETTERS)
                                          and key in verb_forms() and stem + "یم" in verb_forms())


def continued_quotes(reading: list[Found | Introduction], doc: Document) -> list[Found | Introduction]:
    """A speaker's words running on without a cue: a body paragraph that quotes nobody,
    right after a paragraph ending in a direct quote (the quote goes on), or framing an
    interview (گفت‌وگویی انجام داد), maybe past a subheading, or after a question (the
    interviewee answers), written in the first person
    (FIRST_PERSON_MARKS words such as من، ما، کردیم), is a direct quote of whoever has
    the floor; so is the next. A paragraph after one whose quotation is left open (no
    closing » yet) goes on with it, to its closing mark, whatever person it speaks in
    (what the speaker reports others said there, ``او به من گفت که``, is part of it);
    and a paragraph that is one quotation (``«...»``) is a quote of whoever has the floor."""
    found = [item for item in reading if isinstance(item, Found)]
    quoted = {item.where for item in found}
    running = {item.where for item in found
               if item.kind == "direct" and item.where.startswith("body:")
               and only_from(doc.paragraphs[int(item.where.split(":")[1])], item.end, BLANKS + ".»\"”")}
    running |= {f"body:{n}" for n, text in enumerate(doc.paragraphs)  # گفت‌وگویی انجام داد.: answers follow
                if f"body:{n}" not in quoted and _frames_an_interview(text)}
    cued = {item.where for item in found if item.kind != "indirect"}  # ``او به من گفت که`` goes on inside a quotation
    added = [quote for item in found if item.kind == "direct" and item.where.startswith("body:") and _left_open(item.text)
             for quote in _quotation_going_on(doc, int(item.where.split(":")[1]) + 1, cued)]
    inside = {quote.where for quote in added}
    reading = [item for item in reading if not (isinstance(item, Found) and item.kind == "indirect" and item.where in inside)]
    quoted |= inside
    running |= {quote.where for quote in added}
    for number in range(1, len(doc.paragraphs)):
        where, text, previous = f"body:{number}", doc.paragraphs[number], doc.paragraphs[number - 1]
        if where not in quoted and (quote := _one_quotation(where, text)):
            added.append(quote)
            running.add(where)
            continue
        if where in quoted:
            continue
        after = number - 2 if number > 1 and _is_heading(previous) else number - 1  # a heading between
        answers_a_question = _put_to_the_interviewee(previous)  # folds the paragraph before: asked only here
        if not (f"body:{after}" in running or answers_a_question):
            continue
        folded = fold_letters(text)
        start, end = trim_quote(folded, 0, len(text))
        marks = _first_person_words(folded[start:end])
        if (len(folded[start:end].split()) >= MIN_ANSWER_WORDS and not _is_heading(text)  # a subheading: nobody's words
                and (marks >= FIRST_PERSON_MARKS or _asked_in_second_person(previous))
                and (not search_verb(folded, start, end) or marks >= 2 * FIRST_PERSON_MARKS)
                and not COLON.search(folded, start, end)  # a cue of its own
                and not SOURCE_LINE.match(folded)
                and (answers_a_question  # ``ابراهیم از روز اول ... ما``: whom the interviewee talks about
                     or not _opens_new_subject(clause_words(folded, start, min(end, start + SUBJECT_WINDOW))))):
            added.append(Found(where, start, end, "direct", "", text[start:end], Mention("pronoun", where=where)))
            running.add(where)
    if not added:
        return reading
    answered = {quote.where for quote in added}
    reading = [item for item in reading if isinstance(item, Found) or item.where not in answered]
    return sorted(reading + added, key=lambda item: (field_order(item.where), item.start))


def outside_other_quotes(reading: list[Found | Introduction]) -> list[Found | Introduction]:
    """Drop the quotes a speaker reports inside a quote of his own (``X گفت که کارشناسان
    معتقدند که ...``, or an indirect quote in a paragraph a carried direct quote takes): by
    ANNOTATION.md they are the speaker's words, not quotes of their own. A quote is inside
    another when that one starts before it and ends no sooner; sorted by start, one pass."""
    nested: set[int] = set()
    by_field: dict[str, list[Found]] = {}
    for item in reading:
        if isinstance(item, Found):
            by_field.setdefault(item.where, []).append(item)
    for quotes in by_field.values():
        quotes.sort(key=lambda quote: quote.start)
        furthest, seen, start = -1, -1, None
        for quote in quotes:
            if quote.start != start:  # only the quotes starting strictly before count
                furthest, start = seen, quote.start
            if quote.end <= furthest:
                nested.add(id(quote))
            seen = max(seen, quote.end)
    return [item for item in reading if id(item) not in nested]

def _one_quotation(where: str, text: str) -> Found | None:
    """A body paragraph that is one quotation of sentences (``«این مسئولیت جالبی است. ...»``),
    as a direct quote of whoever has the floor; None for anything else (a title, a slogan)."""
    folded = fold_letters(text)
    outer_start, outer_end = len(folded) - len(folded.lstrip(BLANKS)), len(folded.rstrip(BLANKS + "."))
    if not _quoted_to_the_end(folded, outer_start, outer_end):
        return None
    start, end = trim_quote(folded, outer_start + 1, outer_end - 1)
    if len(folded[start:end].split()) < MIN_ANSWER_WORDS or not _ends_like_a_sentence(folded[start:end]):
        return None
    return Found(where, start, end, "direct", "", text[start:end], Mention("pronoun", where=where))


def _quotation_going_on(doc: Document, number: int, quoted: set[str]) -> list[Found]:
    """The paragraphs from ``number`` on that a quotation left open goes on in, up to the one
    holding its closing mark (at most MAX_OPEN_PARAGRAPHS). None when it never visibly closes:
    a paragraph quoting on its own or opening a new quotation comes first, or the closing mark
    was simply forgotten (the narration that follows is no quote)."""
    going_on = []
    for number in range(number, min(len(doc.paragraphs), number + MAX_OPEN_PARAGRAPHS)):
        where, text = f"body:{number}", doc.paragraphs[number]
        folded = fold_letters(text)
        if where in quoted or folded.lstrip(BLANKS)[:1] in QUOTE_OPENERS:
            return []
        close = _closing_mark(folded, 0)
        start, end = trim_quote(folded, 0, close if close >= 0 else len(text))
        if end > start:
            going_on.append(Found(where, start, end, "direct", "", text[start:end], Mention("pronoun", where=where)))
        if close >= 0:
            return going_on
    return []


def _frames_an_interview(text: str) -> bool:
    """Does a paragraph speak of an interview (گفت‌وگو، مصاحبه)? Folded only when it may:
    folding changes none of the letters of گفت or مصاحب."""
    return ("گفت" in text or "مصاحب" in text) and bool(INTERVIEW_FRAME.search(fold_letters(text)))


def _is_heading(text: str) -> bool:
    """A subheading between an interview's answers: a few words, no full stop or question mark."""
    text = text.strip(BLANKS)
    return 0 < len(text.split()) <= MAX_HEADING_WORDS and not text.endswith((".", "؟", "?", "!", ":", "»", "\""))


def _answers(text: str) -> bool:
    """Is a paragraph an answer's words: MIN_ANSWER_WORDS or more, ending as an answer does
    (not an item of a list)?"""
    folded = fold_letters(text)
    start, end = trim_quote(folded, 0, len(text))
    return len(folded[start:end].split()) >= MIN_ANSWER_WORDS and folded[start:end].endswith(ANSWER_ENDINGS)


def _opens_new_subject(words: list[Word]) -> bool:
    """Does a paragraph open on someone new (a role, a name), so the report goes on?
    ``ما در ...`` is the speaker (run together, ما در would read as the role مادر)."""
    return bool(words) and words[0].key not in FIRST_PERSON_WORDS and (starts_role(words, 0) or opens_name(words))


def _first_person_words(folded: str) -> int:
    """How many words speak in the first person: من، ما، خودم, verbs ending in م (کردیم) and
    adjectives with the copula glued on (امیدوارم)."""
    return sum(map(_speaks_in_first_person, map(word_key, WORD.findall(folded))))  # True counts 1


@functools.lru_cache(maxsize=1 << 16)
def _speaks_in_first_person(key: str) -> bool:
    """Is the folded word one of _first_person_words'? Asked of every word of many paragraphs,
    and the same few thousand words come up in all of them: each is judged once."""
    return key in FIRST_PERSON_WORDS or key.endswith("م") and key in verb_forms() or _first_person_state(key)


def _first_person_state(key: str) -> bool:
    """A word of the speaker's state with the first-person copula glued on (امیدوارم، خوشحالیم)."""
    return any(key.endswith(ending) and key[:-len(ending)] in FIRST_PERSON_STATES for ending in FIRST_PERSON_COPULAS)


def field_order(where: str) -> int:
    """title, lead, then body paragraphs in order."""
    return 2 + int(where.split(":")[1]) if where.startswith("body:") else {"title": 0, "lead": 1}[where]


def _carry_to_next_paragraph(item: Found, doc: Document) -> None:
    """Make an empty direct quote in the body the paragraph that follows it, if any; past a
    subheading (a press conference's topic: ``به سوالات پاسخ گفت:``, ``بازی مقابل هوئسکا``, then
    the answer), which is nobody's words."""
    if item.kind != "direct" or not item.where.startswith("body:"):
        return
    number = int(item.where.split(":")[1]) + 1
    if number + 1 < len(doc.paragraphs) and _is_heading(doc.paragraphs[number]) and _answers(doc.paragraphs[number + 1]):
        number += 1
    if number >= len(doc.paragraphs):
        return
    following = doc.paragraphs[number]
    if following.rstrip(BLANKS).endswith((":", "：")):
        return  # a label introducing words of its own (حضرت امام:)
    folded = fold_letters(following)
    first_cue = DIRECT_CUE.search(folded)
    limit = find_sentence_start(folded, first_cue.start()) if first_cue else len(following)
    start, end = trim_quote(folded, 0, limit)
    item.where, item.start, item.end, item.text = f"body:{number}", start, end, following[start:end]


# Each indirect shape: where its cues are in a field's folded text, and the reader
# that turns one cue into quotes. Read in this order (the order the quotes are found).
_INDIRECT_SHAPES = (
    (ACCORDING_TO.finditer, _according_to),
    (lambda text: _merge_matches(THAT_CUE.finditer(text), BELIEF_CUE.finditer(text)), _said_that),
    (CLAIM_CUE.finditer, _claim_after_verb),
    (SAYING_THAT.finditer, _saying_that),
    (NEWS_CUE.finditer, lambda field, match: _announced(field, match, (NEWS_OPENER,))),
    (INVERTED_NEWS_CUE.finditer, _demanded),
    (WARNING_CUE.finditer, lambda field, match: _announced(field, match, ("نسبت", "به"))),
    (INSISTENCE_CUE.finditer, _emphasised),
    (EXPRESSED_CUE.finditer, _feeling_expressed),
    (EMPHASIS_CUE.finditer, _emphasised),
    (DEMANDED_OBJECT_CUE.finditer, _demanded_object),
    (SAID_OF_OBJECT_CUE.finditer, _demanded_object),
    (JUDGED_CUE.finditer, _judged),
    (DEMANDED_CUE.finditer, _demanded),
    (DOCUMENT_CUE.finditer, _document_says),
    (REQUEST_CUE.finditer, _requested),
    (PROPOSAL_CUE.finditer, _proposed),
    (SAID_CONTENT_CUE.finditer, _said_content),
    (NAMING_CUE.finditer, _named_as),
)
