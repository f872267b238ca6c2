"""Direct quotes: ``X گفت: QUOTE``, a colon after a label or a clause, a headline's ``X: QUOTE``.

A direct quote runs from its cue's colon to the next cue's sentence, to the
quotation mark that closes it, or to where the report resumes. Its helpers that read a
speech verb's subject and a quotation's marks serve ``indirect`` and ``reading`` too.
"""

from __future__ import annotations

import dataclasses
import re
from functools import lru_cache
from itertools import chain

from corpus.orthography import fold_word, stop_words
from corpus.quotes.constants import (
    ANSWER_LABELS,
    BULLETS,
    FIRST_PERSON_COPULAS,
    FIRST_PERSON_PLURAL,
    FIRST_PERSON_STATES,
    FIRST_PERSON_WORDS,
    NEGATIVE_PREFIX,
    NOT_GESTURE_VERBS,
    VOWEL_LETTERS,
    DOCUMENT_AUTHOR_SKIPS,
    DOCUMENT_LIGHT_VERBS,
    DOCUMENT_NOUN_KEYS,
    DOCUMENT_ITSELF,
    DOCUMENT_PART_OF,
    HEADLINE_RUBRICS,
    PREDICATE_STARTS,
    MIN_HEADLINE_QUOTE,
    MIN_QUOTE_WORDS,
    MAX_HEADING_WORDS,
    MAX_LABEL_WORDS,
    MAX_BULLET_CHARS,
    MAX_QUOTED_CHARS,
    MAX_ACCORDING_TO_CHARS,
    MIN_MISSPELT_CHARS,
    MISSPELT_CUE_WORDS,
    QUOTE_HEAD_CHARS,
    SENTENCE_TAIL_CHARS,
    QUOTE_CLOSERS,
    QUOTE_OPENERS,
    QUESTION_MARKS,
    SUBJECT_WINDOW,
)
from corpus.quotes.found import Found, search_verb
from corpus.quotes.patterns import (
    ACCORDING_TO,
    CLAUSE_OPENER,
    HEADLINE_SPEAKER,
    COLON,
    AGENT_PASSIVE_CUE,
    ANY_DOCUMENT_CUE,
    DOCUMENT_CUE,
    DOCUMENT_WRITTEN_BY,
    HONORIFIC_LEXICON,
    JUDGED_CUE,
    PRONOUN_LEXICON,
    MANNER_OF_SAYING,
    NARRATOR_PRONOUN,
    NOT_PAST_BEFORE_KEYS,
    PLAIN_SPEECH_VERB,
    SENTENCE_ENDING,
    STAGE_DIRECTION,
    THAT_WORD,
    WORD,
)
from corpus.quotes.person import (
    is_bare_past,
    is_finite_verb,
    is_lexicon_noun,
    is_plural_verb,
    is_second_person,
    one_edit_apart,
    verb_forms,
)
from corpus.quotes.sentences import (
    BLANKS,
    SENTENCE_STOPS,
    Field,
    find_sentence_end,
    find_any,
    find_sentence_start,
    trim_quote,
)
from corpus.quotes.subjects import (
    AND,
    AS_CLAUSE_LEXICON,
    THAT,
    before_where_said,
    clause_words,
    document_issued_before,
    is_agency,
    Mention,
    Word,
    word_key,
    mention_from_words,
    opens_name,
    phrase_at,
    report_pointed_back,
    said_to_the_speaker,
    skip_openers,
    starts_role,
    subject,
    subject_mention,
)


QUOTE_TAIL = BLANKS + "،,"  # what a direct quote ends without (the comma before a run-on cue)


def direct_quotes(field: Field, direct_cues: list[re.Match]) -> list[Found]:
    """``SUBJECT ... VERB: QUOTE``; a quote ends where the next cue's sentence starts, or
    where the quotation marks it opens with close.

    In the body, a colon further from its speech verb opens a quote too (``X اعلام
    کرد CLAIM: QUOTE``), and so does any colon followed by a quote in quotation
    marks running to the paragraph's end or left open there to go on in the next
    (``اورتون: «QUOTE»``, ``X فریاد زد: «QUOTE»``).
    ``direct_cues`` are the field's DIRECT_CUE matches.
    """
    cues, reported = [], set()
    for match in direct_cues:
        head = field.folded[match.end():match.end() + QUOTE_HEAD_CHARS]
        if match.groupdict().get("colon_only") and head.strip(BLANKS) and word_count(head) < MIN_QUOTE_WORDS:
            continue  # ``فریاد زد: «زنده باد»``: a cheer, not words quoted (an empty quote is carried on)
        clause_start = _after_glued_heading(field.folded, find_sentence_start(field.folded, match.start()),
                                            match.start())
        if cues and clause_start <= cues[-1][0]:  # the sentence opened inside the quote before
            clause_start = _spliced_clause_start(field.folded, cues[-1][0], match.start(), clause_start)
            mention = _spliced_subject(field, clause_start, match.start())
        else:
            mention = subject_mention(field, clause_start, match.start())
        if cues and not field.folded[cues[-1][0]:clause_start].strip(BLANKS):
            reported.add(match.end())  # ``X ادامه داد: یکی از والدین به من گفت: «...»``: the quote
            continue  # before opens on this cue's clause, and reports it
        cues.append((match.end(), clause_start, match.start("cue"), match.end("cue"), mention))
    for match in chain(DOCUMENT_CUE.finditer(field.folded), ANY_DOCUMENT_CUE.finditer(field.folded)):
        if match.group("colon"):
            cues.append((match.end(), find_sentence_start(field.folded, match.start()), match.start("cue"),
                         match.end("cue"), document_author(field, match)))
    for match in AGENT_PASSIVE_CUE.finditer(field.folded):
        if match.group("colon") and (agent := passive_agent(field, match)):
            cues.append((match.end(), find_sentence_start(field.folded, match.start()), match.start("cue"),
                         match.end("cue"), agent))
    if field.where.startswith("body:"):
        cues += _colon_cues(field, {end for end, *_ in cues} | reported)
    cues.sort(key=lambda cue: cue[0])
    cues = _told_to_the_speaker(field.folded, _outside_quotations(field.folded, cues))
    found = []
    for n, (colon_end, clause_start, cue_start, cue_end, mention) in enumerate(cues):
        limit = cues[n + 1][1] if n + 1 < len(cues) else len(field.text)
        close = _quotation_end(field.folded, colon_end)
        if 0 <= close < len(field.folded) and close <= limit:
            # ``گفت: «QUOTE» اما هواداران ...``: the report goes on after the marks; at the limit too, where
            # the next cue's sentence was taken to open after the stop inside them (``است.» پسرش گفت``)
            limit = close + 1
        elif close < 0:
            limit = _narration_resumes(field, colon_end, limit)
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


def _narration_resumes(field: Field, start: int, limit: int) -> int:
    """Where a quote not in quotation marks gives way to the report: a sentence opening on
    وی with a speech verb of its own (``... گردید. وی افزود این اثر ...``), since nobody calls
    himself وی; a sentence giving someone the word (_reported_speech_resumes) or opening on
    ``به گفته X،`` (_according_to_resumes); or a judgement told of someone (_judgement_told);
    ``limit`` when none does."""
    folded = field.folded
    for pronoun in NARRATOR_PRONOUN.finditer(folded, start, limit):
        sentence_end = find_sentence_end(folded, pronoun.end(), limit - pronoun.end())
        if search_verb(folded, pronoun.end(), sentence_end):
            limit = pronoun.start()
            break
    limit = _reported_speech_resumes(field, start, limit)
    return _judgement_told(field, start, _according_to_resumes(field, start, limit))


def _according_to_resumes(field: Field, start: int, limit: int) -> int:
    """Where a later sentence of the quote opens on ``به گفته X،`` with X named or titled (``X
    گفت: A. به گفته ملکی، B``): the reporter's again, giving B to X as an indirect quote, since a
    speaker never cites himself by name. A group (به گفته کارشناسان), someone of a kind (یک
    کارشناس) or وی (someone the speaker just spoke of) he may cite: his quote goes on. ``limit``
    when no sentence does."""
    folded = field.folded
    for match in ACCORDING_TO.pattern.finditer(folded, start, limit):
        sentence_start = find_sentence_start(folded, match.start())
        if not match.group("according") or sentence_start <= start or folded[sentence_start:match.start()].strip(BLANKS):
            continue
        comma = find_any(folded, "،,", match.end(), min(limit, match.end() + MAX_ACCORDING_TO_CHARS))
        words = clause_words(folded, match.end(), comma) if comma >= 0 else []
        if not words or holds_a_verb(folded, match.end(), comma):
            continue
        mention = mention_from_words(field, words)
        if mention.ref in ("name", "title") and not (mention.indefinite or mention.anonymous or mention.personal):
            return sentence_start
    return limit


def _reported_speech_resumes(field: Field, start: int, limit: int) -> int:
    """Where a later sentence of the quote is the reporter's again, giving someone the word with
    a cue of its own (``X گفت: A. محمدی نیز تصریح کرد که B``، ``... A. این مقام همچنین از ... خبر
    داد``): it opens on its subject, a name, a role or وی/او/این مقام, and its verb is the report's
    bare past. The speaker recounting what another said speaks in his own person (``به ما گفت``،
    ``قول داد که ... بسازیم``) or tense (گفته است، می‌گفت): his quote goes on. ``limit`` when no
    sentence does."""
    folded = field.folded
    sentence_end = find_sentence_end(folded, start, limit - start)
    while sentence_end < limit:
        sentence_start = sentence_end + 1
        sentence_end = find_sentence_end(folded, sentence_start, limit - sentence_start)
        if _gives_the_word(field, sentence_start, sentence_end):
            return sentence_start
    return limit


def _gives_the_word(field: Field, start: int, end: int) -> bool:
    """Is the sentence from ``start`` to ``end`` the report's: a speech verb in the bare past after
    its subject, someone named, titled or pointed back at (not ``یک مسافر``), with no first person
    and no modal in it, and not the last of a story's deeds joined by و?"""
    folded = field.folded
    verb = search_verb(folded, start, end)
    if verb is None or holds_a_verb(folded, start, verb.start()) \
            or not is_bare_past(word_key(verb.group().split()[-1])) or first_person_words(folded[start:end]):
        return False
    words = clause_words(folded, start, verb.start())
    if said_to_the_speaker(words) or _in_an_as_clause(words) or any(word.key in NOT_PAST_BEFORE_KEYS for word in words):
        return False  # ``این تفاوت را باید ... توضیح داد``: a modal's short infinitive, no past
    if words and words[-1].key == AND:
        return False  # ``دیروز خانمی ... خرید و گفت``: a story the speaker tells, one deed after another
    mention = verb_subject(field, start, verb)
    return mention is not None and not mention.indefinite and (
        mention.ref in ("name", "title") or mention.personal or mention.anaphoric)


def _judgement_told(field: Field, start: int, limit: int) -> int:
    """Where the first sentence after ``start`` that tells a judgement of someone it names
    starts: it ends on a judging verb in the third person's past (JUDGED_CUE), with its object's
    را and a judgement between them, and opens on its subject (``... . او نبود اردو را «مهم‌ترین
    ضعف» دانست.``، ``سرپرست فدراسیون X را جزو وظایف برشمرد.``). A speaker judges in his own
    person and tense (می‌دانم); ``limit`` when no sentence does."""
    folded = field.folded
    for cue in JUDGED_CUE.pattern.finditer(folded, start, limit):
        sentence_start = find_sentence_start(folded, cue.start())
        if sentence_start <= start or folded[cue.end():limit].strip(BLANKS)[:1] not in SENTENCE_STOPS:
            continue
        words = clause_words(folded, sentence_start, cue.start())
        marks = [n for n, word in enumerate(words) if word.key == "را"]
        if not marks or marks[-1] == len(words) - 1:
            continue  # ``خطای بازیکن را اعلام کرد``: announced, no judgement told
        mention = subject_mention(field, sentence_start, cue.start())
        if mention.ref != "pronoun" or mention.personal:
            return sentence_start
    return limit


def _in_an_as_clause(words: list[Word]) -> bool:
    """Do the words before a speech verb put it in a clause of «as X said» (``همان‌طور که وزیر
    گفت، ...``، ``چنانکه فرماندار اعلام کرد``)? The speaker leans on another's words there, his own
    sentence going on after the comma."""
    return any(phrase_at(words, n, AS_CLAUSE_LEXICON) for n in range(len(words)))


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


def _told_to_the_speaker(folded: str, cues: list[tuple]) -> list[tuple]:
    """Drop the cues inside the quote of the cue before them that say the words were said to the
    speaker (``X گفت: ... یکی از کارگران به من گفت: «...» ...``): the speaker recounting what he
    was told, his quote going on (ANNOTATION.md drops quotes inside quotes). Only inside a quote
    in no quotation marks, which runs on to the next cue: after ``X گفت: «...»`` has closed,
    ``Y به ما گفت`` is the report's own «we» (a feature's reporter) giving Y the word."""
    kept: list[tuple] = []
    for cue in cues:
        if not (kept and _recounted(folded, kept[-1][0], cue)):
            kept.append(cue)
    return kept


def _recounted(folded: str, quote_start: int, cue: tuple) -> bool:
    """Does the cue stand in the quote starting at ``quote_start``, in no quotation marks, and say
    the words were said to its speaker?"""
    clause_start, cue_start = cue[1:3]
    return cue_start > quote_start and _quotation_end(folded, quote_start) < 0 \
        and said_to_the_speaker(clause_words(folded, max(clause_start, quote_start), cue_start))


def _quotation_end(folded: str, start: int) -> int:
    """Where the quotation opening at ``start`` (after blanks) closes: the offset of its
    closing mark, the end of the text when it runs on to a later paragraph, or -1 when no
    quotation opens there."""
    while start < len(folded) and folded[start] in BLANKS:
        start += 1
    if folded[start:start + 1] not in QUOTE_OPENERS:
        return -1
    close = closing_mark(folded, start + 1, folded[start:start + 1])
    if close < 0:
        return len(folded)
    return -1 if _opens_on_a_name(folded, start + 1, close) else close


def _opens_on_a_name(folded: str, inner: int, close: int) -> bool:
    """Do the marks at a quote's head wrap only a name its sentence goes on about (``گفت: «کریمی»
    یکی از بهترین بازیکنان ماست``)? A few words with no verb, the same sentence running on after
    the closing mark: the quote is not in quotation marks, and runs on as one with none does."""
    after = folded[close + 1:close + 1 + QUOTE_HEAD_CHARS].lstrip(BLANKS)
    return (after[:1].isalnum() and word_count(folded[inner:close]) < MIN_QUOTE_WORDS
            and not holds_a_verb(folded, inner, close))


def closing_mark(folded: str, start: int, opener: str = "") -> int:
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


def left_open(text: str) -> bool:
    """Does a quote's text open a quotation it does not close (it runs on to the next paragraph)?"""
    return text.count("«") > text.count("»") or text.count("“") > text.count("”") or text.count('"') % 2 == 1


def document_author(field: Field, match: re.Match) -> Mention:
    """Who issued the document of a DOCUMENT_CUE: the subject of the words after its noun
    (در بیانیه باشگاه پیرامون این موضوع، در بیانیه منتشره از سوی باشگاه), or, when none
    are written (در این بیانیه آمده است), the writer a sentence before named (نامه‌ای که X
    ... زده بود. در این نامه ...), else whoever the report is about. The mention says it
    is a document's (Mention.document): the next one that names nobody is that author's."""
    return dataclasses.replace(_document_writer(field, match), document=True)


def passive_agent(field: Field, match: re.Match) -> Mention | None:
    """Who an AGENT_PASSIVE_CUE says spoke (از سوی X اعلام شد): X read as a subject; None when
    the words before the verb hold a verb of their own (از سوی مردم استقبال شد و ... اعلام شد):
    then they are no agent's name but a clause of the narration."""
    if holds_a_verb(field.folded, *match.span("author")):
        return None
    return subject(field, clause_words(field.folded, *match.span("author")))[0]


def _document_writer(field: Field, match: re.Match) -> Mention:
    """The mention document_author reads, before it is marked a document's."""
    author = clause_words(field.folded, *match.span("author"))
    maker = report_pointed_back(field, (match.start(), match.start("author")), author)
    if maker is not None:
        return maker
    issuer = _issuer(author)
    if issuer:
        return subject(field, issuer)[0]
    written = None
    for written in DOCUMENT_WRITTEN_BY.finditer(field.folded, max(0, match.start() - SUBJECT_WINDOW), match.start()):
        pass
    if written is not None:
        mention = subject(field, clause_words(field.folded, written.end(), match.start()))[0]
        if mention.ref == "name" and not mention.organisation:
            return mention
    return document_issued_before(field, match.start()) or Mention("pronoun", where=field.where)


def _issuer(words: list[Word]) -> list[Word]:
    """The words after a document's noun that name who issued it, past the words that are neither
    (منتشره، از سوی، سرگشاده) and before the verb telling what was done with it; none when they
    open on a predicate (در این بیانیه ضمن تبریک ... آمده) or tell of the document itself."""
    while words and words[0].key in DOCUMENT_AUTHOR_SKIPS:
        words = words[1:]
    words = _before_verb(words)
    return words if words and words[0].key not in PREDICATE_STARTS and not _tells_of_the_document(words) else []


def headline_document_writer(field: Field, words: list[Word]) -> Mention | None:
    """``نامه سرگشاده اهالی روستا به استاندار: QUOTE``, ``بیانیه باشگاه: QUOTE``: a headline labelled
    with a document gives its writer's words, the one the words after its noun name: a group
    (اهالی روستا), an office, or a name well introduced (a given name, an organisation's word); a
    count of writers (۳۰۰ زن سرپرست خانوار) is a group nobody names. None when the label opens on
    no document's noun or names no writer so (گزارش تصویری): then it is read as a label."""
    if not words or words[0].key not in DOCUMENT_NOUN_KEYS or not (issuer := _issuer(words[1:])):
        return None
    mention = subject(field, issuer)[0]
    if mention.ref == "title" or mention.strong:
        return mention
    return Mention("title", anonymous=True, where=field.where) if issuer[0].key.isdigit() else None


def _before_verb(words: list[Word]) -> list[Word]:
    """The words before the verb that tells what was done with the document (بیانیه‌ای که از
    سوی فدراسیون فوتبال | منتشر شده، که روابط عمومی باشگاه | صادر کرد): a word and a light verb
    after it, and all that follows, are no author's."""
    return next((words[:n - 1] for n in range(1, len(words)) if words[n].key in DOCUMENT_LIGHT_VERBS), words)


def _tells_of_the_document(words: list[Word]) -> bool:
    """Do the words after a document's noun open on a part of the document itself, pointing back
    to it with آن before any predicate (رونوشت آن، متن کامل آن، نسخه‌ای از آن): a clause telling
    what became of it, naming no author. Not ``آن را`` (باشگاه آن را منتشر کرد names who did)."""
    for n, word in enumerate(words):
        if word.key == DOCUMENT_ITSELF:
            return n > 0 and (n + 1 == len(words) or words[n + 1].key != "را")
        if word.key in PREDICATE_STARTS and word.key != DOCUMENT_PART_OF:
            return False
    return False


def _colon_cues(field: Field, taken: set[int]) -> list[tuple[int, int, int, int, Mention]]:
    """Colons that open a quote though no speech verb stands right before them:
    (colon end, clause start, cue start, cue end, speaker) as direct_quotes reads cues.

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
        rest = _words_after(folded, colon.end(), field_end)
        if (colon.end() in taken or not _opens_words(folded, colon.end(), rest)
                or word_count(folded[rest:rest + QUOTE_HEAD_CHARS]) < MIN_QUOTE_WORDS):
            continue
        clause_start = _after_glued_heading(folded, find_sentence_start(folded, colon.start()), colon.start())
        verb = search_verb(folded, clause_start, colon.start()) or _misspelt_verb(folded, clause_start, colon.start())
        if verb and ends_sentence:
            mention = verb_subject(field, clause_start, verb)
            if mention:
                cues.append((rest, clause_start, verb.start(), verb.end(), mention))
        elif not verb and (quoted_to_the_end(folded, rest, field_end) or _quotation_end(folded, rest) == len(folded)):
            mention = _label_speaker(field, clause_start, colon.start())
            if mention:
                cues.append((rest, clause_start, colon.start(), colon.start(), mention))
        elif (not verb and field_end - rest <= MAX_QUOTED_CHARS and _says_something(folded[rest:field_end])
              and (not search_verb(folded, rest, field_end) or _is_label_line(field, clause_start))
              and not _reports_someone(field, rest)
              and (mention := _label_line_speaker(field, clause_start, colon.start()))):
            cues.append((rest, clause_start, colon.start(), colon.start(), mention))
        elif (not verb and _says_how(folded, clause_start, colon.start(), rest, field_end)
              and (mention := _label_speaker(field, clause_start, colon.start()))):
            cues.append((rest, clause_start, colon.start(), colon.start(), mention))
    return cues


def _words_after(folded: str, colon_end: int, field_end: int) -> int:
    """Where the words after a colon open: past blanks, and past a stage direction in parentheses
    (``کریمی: (می‌خندد) این لقب را ...``), which tells how they were said and is nobody's words."""
    rest = colon_end
    while rest < field_end and folded[rest] in BLANKS:
        rest += 1
    direction = STAGE_DIRECTION.match(folded, rest)
    return _words_after(folded, direction.end(), field_end) if direction else rest


def _misspelt_verb(folded: str, clause_start: int, colon: int) -> re.Match | None:
    """A speech verb typed a letter off right before its colon (وی افرود:، اظها داشت:): one of
    the last two words is no word of the language, and put right it makes the words up to the
    colon a speech verb. News is typed in haste, and the colon says words follow."""
    for word in list(WORD.finditer(folded, clause_start, colon))[-2:]:
        rest = folded[word.end():colon].rstrip(BLANKS)
        if any(PLAIN_SPEECH_VERB.fullmatch(right + rest) for right in spelt_right(word_key(word.group()), MISSPELT_CUE_WORDS)):
            return re.compile(re.escape(folded[word.start():word.end() + len(rest)])).match(folded, word.start())
    return None


@lru_cache(maxsize=1 << 12)
def spelt_right(key: str, meant: tuple[str, ...]) -> tuple[str, ...]:
    """The words of ``meant`` (folded) one slip of the keyboard from a folded word no list knows."""
    if len(key) < MIN_MISSPELT_CHARS or key in verb_forms() or key in stop_words() or is_lexicon_noun(key):
        return ()
    return tuple(word for word in meant if one_edit_apart(key, word))


def _opens_words(folded: str, colon_end: int, rest: int) -> bool:
    """Do words open after a colon: a letter, a quotation mark, or a number after a blank
    (``آذرمهر: ۲۱۲ مرکز مجاز داریم``; one right after it is a time or a score: ۱۰:۳۰)?"""
    first = folded[rest:rest + 1]
    return first.isalpha() or first in QUOTE_OPENERS or first.isdigit() and rest > colon_end


def _after_glued_heading(folded: str, clause_start: int, colon: int) -> int:
    """Where the sentence before a colon starts when it opens on a bullet and a heading with its
    own verb runs into it unstopped (* X آغاز می‌شود مدیرکل ... گفت:): after the heading's last
    verb that words follow, the one the speaker's clause is not."""
    if not folded[clause_start:colon].lstrip(BLANKS).startswith(BULLETS):
        return clause_start
    words = clause_words(folded, clause_start, colon)
    verbs = [n for n, word in enumerate(words[:-1]) if is_finite_verb(word.key)]
    if not verbs or any(word.key == THAT for word in words[:verbs[-1]]):
        return clause_start  # X که ... آمد گفت: the verb is the subject's relative clause's
    return words[verbs[-1]].end


def _says_how(folded: str, clause_start: int, colon: int, rest: int, field_end: int) -> bool:
    """Does a clause ending on a verb before a colon say how the words after it were said,
    though its verb is no speech verb: by a word of manner (``شاهرودی به این سوال اینگونه
    واکنش نشان داد: ...``), or by a change of person, a clause telling of someone in the third
    person and the words after it in the first (``فاطمه اما امیدش را از دست نداده است: ...
    می‌خواهیم``); not a clause inside a quotation or holding another's clause (که).
    ``rest`` and ``field_end`` bound the words after the colon."""
    clause = folded[clause_start:colon]
    if not _ends_on_a_verb(clause):
        return False
    if MANNER_OF_SAYING.search(clause):
        return True
    close = _quotation_end(folded, rest)
    words = folded[rest:close if close >= 0 else field_end]
    return (not left_open(clause) and not CLAUSE_OPENER.search(clause)
            and first_person_words(words) > 0 and not first_person_words(clause))


def first_person_words(folded: str) -> int:
    """How many words speak in the first person: من، ما، خودم, verbs ending in م (کردیم) and
    adjectives with the copula glued on (امیدوارم)."""
    return sum(map(_speaks_in_first_person, WORD.findall(folded)))  # True counts 1


@lru_cache(maxsize=1 << 16)
def _speaks_in_first_person(token: str) -> bool:
    """Is the word (as found, not yet a word_key) one of first_person_words'? Asked of every word of
    many paragraphs, and the same few thousand words come up in all of them: each is judged once."""
    key = word_key(token)
    return key in FIRST_PERSON_WORDS or key.endswith("م") and _first_person_verb(key) or _first_person_state(key)


def _first_person_verb(key: str) -> bool:
    """A verb form in م (کردیم، می‌دانم), denied too (نگرفته‌ام، نتوانستیم), or a subjunctive of
    «I» (بگویم، بپذیرم): ``امسال یک شاگرد هم نگرفته‌ام.`` is the speaker going on. Not a subjunctive
    of «we»: the report's own we writes one (شاهد ... باشیم، باید منتظر ماند و ببینیم)."""
    return (key in verb_forms() or key.startswith(NEGATIVE_PREFIX) and key[1:] in verb_forms()
            or is_finite_verb(key) and not _of_we(key))


def _of_we(key: str) -> bool:
    """Is the verb form in یم one of «we»? Not after a vowel: a stem in ا or و takes ی before م
    for «I» (بگویم، بیایم) and ییم for «we» (بگوییم)."""
    return key.endswith(FIRST_PERSON_PLURAL) and not key[:-len(FIRST_PERSON_PLURAL)].endswith(VOWEL_LETTERS)


def _first_person_state(key: str) -> bool:
    """A word of the speaker's state with the first-person copula glued on (امیدوارم، خوشحالیم)."""
    return any(key.endswith(ending) and key[:-len(ending)] in FIRST_PERSON_STATES for ending in FIRST_PERSON_COPULAS)


def word_count(text: str) -> int:
    """Words, not the quotation marks or dashes standing apart between them."""
    return sum(1 for token in text.split() if any(ch.isalnum() for ch in token))


def verb_subject(field: Field, clause_start: int, verb: re.Match) -> Mention | None:
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
    if comma > 0 and _pronoun_then_clause(field.folded, clause_start, comma) \
            and not holds_a_verb(field.folded, comma + 1, verb.start()):
        return Mention("pronoun", personal=True, where=field.where)  # او که ... می‌کرد، (آن روز هم) گفته بود CLAIM
    last_that = None
    for last_that in THAT_WORD.finditer(field.folded, clause_start, verb.start()):
        pass
    if last_that is None or holds_a_verb(field.folded, last_that.end(), verb.start()):
        return None  # after که, another verb's clause (این سؤال که X موافقت نکرد و برخی می‌گویند)
    mention = subject_mention(field, last_that.end(), verb.start())
    return mention if mention.ref != "pronoun" else None


def _pronoun_then_clause(folded: str, start: int, comma: int) -> bool:
    """Does the sentence open on وی/او as its subject (no را after it) and go on, up to its
    comma, in a clause of its own (``او که ... صحبت می‌کرد،``، ``او در پاسخ به این پرسش که ...
    دارند،``)? Then the speech verb after that comma is the pronoun's."""
    words = skip_openers(clause_words(folded, start, comma))
    return bool(len(words) > 1 and phrase_at(words, 0, PRONOUN_LEXICON) == 1 and words[1].key != "را"
                and THAT_WORD.search(folded, words[0].end, comma))


def _pronoun_opens(folded: str, start: int, verb_start: int) -> bool:
    """Does the clause from ``start`` to the speech verb open on وی/او, with no other verb or
    clause between them?"""
    words = skip_openers(clause_words(folded, start, verb_start))
    return bool(words and phrase_at(words, 0, PRONOUN_LEXICON) and not CLAUSE_OPENER.search(folded, words[0].end, verb_start)
                and not holds_a_verb(folded, words[0].end, verb_start))


def holds_a_verb(folded: str, start: int, end: int) -> bool:
    """Does a finite verb (صورت گرفت، موافقت نکرد، است) stand between two offsets?"""
    return any(is_finite_verb(word_key(word)) for word in WORD.findall(folded, start, end))


def _label_speaker(field: Field, clause_start: int, colon: int) -> Mention | None:
    """Who says the «quote» after ``LABEL:`` when no speech verb introduces it.

    A short heading opening the paragraph (``اورتون:``, ``رابطه‌ات با کاسیاس:``) is an
    interviewer's topic, answered by whoever has the floor; not after a number (``۱۱. ماده ۴۹:``
    is an item of a list, quoting a text). A clause ending on a verb
    (``پرنس با اکراه جواب داد:``; a past in ت too, ``به تمجید از او پرداخت:``, past a heading's
    length, as a heading's last noun may be one: نتیجه بازی رفت:) gives its subject,
    when it has one (not ``در کیفرخواست آمده است:``, nor a bare ``گفتم:``): past an adverbial
    opening it, only a full name (``در نهایت، این X بود که میکروفن را در دست گرفت:``); with none,
    the one who has the floor when it tells a gesture of theirs (_gesture_of_the_floor).
    Anything else says nobody.
    """
    folded = field.folded
    words = clause_words(folded, clause_start, colon)
    if not words:
        return None
    opens_paragraph = clause_start <= MAX_BULLET_CHARS and not any(ch.isalnum() for ch in folded[:clause_start])
    heading = opens_paragraph and len(words) <= MAX_HEADING_WORDS
    if not (SENTENCE_ENDING.search(folded[clause_start:colon]) or not heading and is_bare_past(words[-1].key)):
        return Mention("pronoun", where=field.where) if heading else None
    mention = subject_mention(field, clause_start, colon)
    if words[0].key in PREDICATE_STARTS:
        return mention if mention.ref == "name" and mention.strong else None
    if mention.ref != "pronoun" or phrase_at(words, 0, PRONOUN_LEXICON):
        return mention
    return mention if _gesture_of_the_floor(words) else None


def _gesture_of_the_floor(words: list[Word]) -> bool:
    """Does a clause with no subject end on a verb of the third person singular, present or simple
    past (``وقتی از او می‌پرسیم، لبخند می‌زند: «...»``، ``سرش را تکان داد:``)? A reporter tells what
    the one he is with does, then gives their words: the subject left out is whoever has the floor.
    The reporter's own doings are in the first person (پرسیدیم:), a group's in the plural, and a
    state, an outcome or a text's contents (آمده است، چنین شد) tell no gesture (NOT_GESTURE_VERBS);
    nor does a past stem after a modal (باید این عبارت را چنین تکمیل کرد:), the writer's infinitive."""
    verb = words[-1].key
    if verb in NOT_GESTURE_VERBS or any(word.key in NOT_PAST_BEFORE_KEYS for word in words):
        return False
    present = verb.startswith(("می", NEGATIVE_PREFIX + "می")) and verb.endswith("د") and verb in verb_forms()
    return is_bare_past(verb) or present and not is_plural_verb(verb) and not is_second_person(verb)


def _is_label_line(field: Field, clause_start: int) -> bool:
    """Does the colon's clause open the paragraph (``نیک‌سرشت: ...``)? Then the words after it are
    the labelled speaker's answer, speech verbs inside it included (``ناشرم اولین کسی بود که گفت``)."""
    return clause_start <= MAX_BULLET_CHARS and not any(ch.isalpha() for ch in field.folded[:clause_start])


def _reports_someone(field: Field, start: int) -> bool:
    """Do the words after a label line's colon open on a report of someone named (``مستمری
    معلولان: قاسمی، معاون ...، گفت CLAIM``, ``سالمندان: به گفته نوروزی، ...``)? Then the label
    is a roundup's heading and the report goes on in the third person: nobody's answer. Not when
    a verb comes first (ناشرم اولین کسی بود که گفت ...): the speech verb is inside the answer."""
    if ACCORDING_TO.pattern.match(field.folded, start):
        return True
    verb = search_verb(field.folded, start, find_sentence_end(field.folded, start))
    if verb is None or holds_a_verb(field.folded, start, verb.start()):
        return False  # ناشرم اولین کسی بود که گفت ...: a speech verb inside the answer's own sentence
    mention = verb_subject(field, start, verb)
    return mention is not None and mention.ref in ("name", "title")


def _label_line_speaker(field: Field, clause_start: int, colon: int) -> Mention | None:
    """``*ماتا: این بهترین فرم من است``: a paragraph opening on a name of a few words and a
    colon gives that person's words; so does one opening on a role (``رئیس شورا: ...``, an
    interview with two officials, ANNOTATION.md round 21). The name or role must be someone the
    article names otherwise, or the line must answer a question (``known_only``), since lineups,
    scores and headings (بایرن:، داور:، نکته:) open the same way; an honorific before the name
    (حضرت امام خمینی:، دکتر رضایی:) says it is a person's."""
    if clause_start > MAX_BULLET_CHARS or any(ch.isalpha() for ch in field.folded[:clause_start]) \
            or answer_label_end(field.folded):
        return None
    words = clause_words(field.folded, clause_start, colon)
    if not 0 < len(words) <= MAX_LABEL_WORDS or not all(w.key.isalpha() for w in words):  # دقیقه ۷۴:
        return None
    mention = mention_from_words(field, words)
    if mention.organisation or not (mention.ref == "name" and not mention.role or mention.ref == "title"):
        return None
    return dataclasses.replace(mention, known_only=not phrase_at(words, 0, HONORIFIC_LEXICON))


def answer_label_end(folded: str) -> int:
    """Where the words of an answer labelled ``ج:`` or ``جواب:`` start in a folded paragraph, or 0
    when it opens on no answer label: the label is the interview's layout, nobody's name."""
    opening = len(folded) - len(folded.lstrip(BLANKS + "".join(BULLETS)))
    label = next((label for label in ANSWER_LABELS if folded.startswith(label, opening)), "")
    return opening + len(label) if label else 0


def _says_something(text: str) -> bool:
    """Is a label line's text a statement, as a lineup, a score or a question (متن سؤال: ...؟) is
    not: it ends a sentence on a verb, or, as a subheading does (``رضایی: وزارت دنبال پول است نه
    باشگاه``), holds one; or it speaks in the first person, as an answer in talk may with no verb
    of the written language (``از همه کسایی که بازیا رو دیدن ممنونم``)."""
    question = text.rstrip(BLANKS).endswith(QUESTION_MARKS)
    if _ends_on_a_verb(text) or first_person_words(text) and not question:
        return True
    return not question and any(is_finite_verb(fold_word(word)) for word in WORD.findall(text))


def _ends_on_a_verb(text: str) -> bool:
    """Does a short text end a sentence on a verb (رسید، است، می‌چرخد؟) rather than on a
    noun, as a lineup or an affiliation (دانشجوی دکتری دانشگاه تهران) does?"""
    words = WORD.findall(text[-SENTENCE_TAIL_CHARS * 2:])
    last = fold_word(words[-1]) if words else ""
    return bool(SENTENCE_ENDING.search(text)) and (last in verb_forms() or last in stop_words())


def quoted_to_the_end(folded: str, start: int, end: int) -> bool:
    """Does one quote in quotation marks, at most MAX_QUOTED_CHARS long, run from
    ``start`` to ``end`` (not a list of «titles»)?"""
    while end > start and folded[end - 1] in BLANKS + ".":
        end -= 1
    if end - start < 3 or end - start > MAX_QUOTED_CHARS or folded[start] not in QUOTE_OPENERS:
        return False
    closer = QUOTE_CLOSERS[QUOTE_OPENERS.index(folded[start])]
    return folded[end - 1] == closer and folded.find(closer, start + 1, end - 1) < 0


def direct_clauses(folded: str, direct_cues: list[re.Match]) -> list[tuple[int, int]]:
    """The clauses that introduce direct quotes (``direct_cues``, the field's DIRECT_CUE
    matches): «» there name things (شعار «...»)."""
    return [(find_sentence_start(folded, m.start()), m.end()) for m in direct_cues]


def headline_quote(field: Field) -> list[Found]:
    """Headlines drop the verb: ``فرهادی: مجازات شکارچیان افزایش یافت``.

    Leads do it too (``مدیرعامل سازمان ...: QUOTE``), but there the part
    before the colon must open like a speaker (role, honorific, given name),
    since leads also carry labels and agency tags.
    """
    match = HEADLINE_SPEAKER.match(field.folded)
    if not match:
        return []
    words = before_where_said(clause_words(field.folded, *match.span("speaker")))
    if not words or is_agency(words) or "".join(w.key for w in words) in HEADLINE_RUBRICS:
        return []
    if field.where == "lead" and not (starts_role(words, 0) or opens_name(words)):
        return []
    mention = headline_document_writer(field, words) or mention_from_words(field, words)
    if mention.ref == "pronoun":
        return []
    start, end = trim_quote(field.folded, match.end(), len(field.text))
    if end - start < MIN_HEADLINE_QUOTE:
        return []
    return [Found(field.where, start, end, "direct", "", field.text[start:end], mention)]
