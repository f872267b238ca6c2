"""Passes over an article's whole reading after pass 1, for what one field alone cannot tell.

The reading is every field's Found quotes and Introductions, in order. These passes
carry an empty quote (``وی گفت:`` ending a paragraph) to the paragraph after it, take
an interview's answers and a speaker's words running on without a cue as direct
quotes, and drop the quotes a speaker reports inside a quote of his own.
"""

from __future__ import annotations

import dataclasses
import re
from functools import lru_cache

from corpus.document import Document
from corpus.names import DEMONSTRATIVE
from corpus.orthography import fold_letters
from corpus.quotes.constants import (
    ANSWER_ENDINGS,
    BOLD_MARK,
    BULLETS,
    CITING_PHRASES,
    HONORIFIC_PRESENT_STEMS,
    PREPOSITIONS_BEFORE_US,
    RECALLING_PAST_STEMS,
    INTERVIEW_STEMS,
    HEADLINE_CLAUSE_ENDS,
    MAX_WORDS_BEFORE_INTERVIEWEE,
    MIN_ANSWER_TURN_WORDS,
    MIN_ANSWER_WORDS,
    MAX_BETWEEN_PARAGRAPHS,
    FIRST_PERSON_MARKS,
    FIRST_PERSON_WORDS,
    INTERVIEWEE_PREPOSITION,
    MAX_QUESTION_WORDS,
    MIN_QUESTIONS_ANSWERED,
    MAX_HEADING_WORDS,
    NARRATOR_WORD,
    SENTENCE_TAIL_CHARS,
    QUOTE_OPENERS,
    QUOTE_CLOSERS,
    MAX_OPEN_PARAGRAPHS,
    PRESENT_PREFIXES,
    QUESTION_LABELS,
    QUESTION_MARKS,
    QUESTION_NOUN_STEMS,
    REPLY_OPENERS,
    REPORT_TALK_STEMS,
    SUBJECT_WINDOW,
)
from corpus.quotes.direct import (
    answer_label_end,
    closing_mark,
    document_author,
    first_person_words,
    left_open,
    quoted_to_the_end,
    said_to_the_speaker,
)
from corpus.quotes.found import Found, Introduction, search_verb, field_order
from corpus.quotes.guillemets import ends_like_a_sentence
from corpus.quotes.patterns import (
    ACCORDING_TO,
    ASKED_UNNAMED_COLON,
    NOT_PAST_BEFORE_KEYS,
    REPORT_NOTE_LEXICON,
    DIRECT_CUE,
    DOCUMENT_CUE,
    COLON,
    INTERVIEW_FRAME,
    HEADLINE_INTERVIEW,
    REPORT_TALK_FRAME,
    REQUEST_TO_SPEAK_KEYS,
    DOCUMENT_TEXT_FRAME,
    SPEECH_OBJECT,
    WRITTEN_TEXT_CUE,
    WRITER_NAMED,
    SOURCE_LINE,
    WORD,
)
from corpus.quotes.person import is_bare_past, is_second_person
from corpus.quotes.sentences import BLANKS, Field, find_sentence_end, find_sentence_start, only_from, trim_quote
from corpus.quotes.shapes import told_as_past
from corpus.quotes.subjects import (
    DOCUMENT_NOUN_KEYS,
    clause_words,
    document_issued_before,
    names_in_full,
    Mention,
    Word,
    word_key,
    phrase_at,
    opens_name,
    opens_speaker,
    skip_agency,
    skip_openers,
    source_line_end,
    starts_role,
    subject,
)


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


def interviewees_take_the_floor(reading: list[Found | Introduction], doc: Document) -> list[Found | Introduction]:
    """``با X، ROLE، گفت‌وگو کردیم``، ``با X هم صحبت کردیم``: the report's own interview or talk
    (its «we») with X. The questions that follow are put to X and X answers them, and the ``او
    گفت`` after it in the same paragraph is X's, so X takes the floor there as an introduction
    gives it; before, the words went to whoever spoke last (a body's statement, the coach the
    report talked with first). Only a person named after با and before the interview's word, in
    the report's words (not inside someone's quote: ``وزیر گفت: با X گفت‌وگو کردیم``): ``در
    گفت‌وگو با شبکه X`` names where someone else spoke, and ``وزیر با همتای خود گفت‌وگو کرد``
    is a meeting the report tells of, in no first person."""
    quoted = {}
    for item in reading:
        if isinstance(item, Found):
            quoted.setdefault(item.where, []).append((item.start, item.end))
    framed = [(where, text) for where, text in doc.fields() if text and _frames_a_talk(text)]
    if not framed:  # most articles: the whole article is folded only for those that frame one
        return reading
    article = tuple(fold_letters(text) for _, text in doc.fields() if text)
    interviewees = [interviewee for where, text in framed
                    if (interviewee := _interviewee(Field(where, text, fold_letters(text), article), quoted.get(where, [])))]
    if not interviewees:
        return reading
    return sorted(reading + interviewees, key=lambda item: (field_order(item.where), item.start))


def headline_interviewee(reading: list[Found | Introduction], doc: Document) -> list[Found | Introduction]:
    """``گفت‌وگو با X، ROLE``، ``گفت‌وگوی فارس با X``: a headline saying whom the interview under it
    is with. Interviews print the name there once and then only questions and answers, so the
    answers are X's though no paragraph names X (before, they went to nobody, or to someone a
    question reported, the one person the cast ever met). X is the interviewee and has the floor
    from the headline on, as a lead introducing X would give it."""
    if not doc.title or not any(stem in doc.title for stem in INTERVIEW_STEMS) or not _prints_questions(doc.paragraphs):
        return reading  # گفت‌وگو با X ممنوع شد، گفت‌وگوی تلفنی Y با X: news about X, or a call X took part in
    field = Field("title", doc.title, fold_letters(doc.title), tuple(fold_letters(text) for _, text in doc.fields() if text))
    interviewee = _interviewed_in_the_headline(field)
    if interviewee is None:
        return reading
    return sorted(reading + [interviewee], key=lambda item: (field_order(item.where), item.start))


def _prints_questions(paragraphs: list[str]) -> bool:
    """Does the body print a reporter's question (a short paragraph ending in ؟, or a labelled one)?"""
    return any(_is_question(text) and len(text.split()) <= MAX_QUESTION_WORDS for text in paragraphs)


def _interviewed_in_the_headline(field: Field) -> Introduction | None:
    """The person a headline's interview is with: named after the با that follows the interview's
    word (past at most MAX_WORDS_BEFORE_INTERVIEWEE words: the agency, اختصاصی), up to the end of
    the headline's clause; a person named as a name opens (an honorific, a known given name), not a
    body (گفت‌وگو با طالبان، با وزارت نیرو) nor a noun (مصاحبه در ارتباط با شهدای ...). The role the
    headline sets beside the name is left to the lead and body, which the gold and the readers take
    the role from (``گفت‌وگو با X، دارنده مدال ...`` over ``قهرمان وزن ۸۷ کیلوگرم ... می‌گوید``)."""
    for frame in HEADLINE_INTERVIEW.finditer(field.folded):
        end = min((at for at in (field.folded.find(mark, frame.end()) for mark in HEADLINE_CLAUSE_ENDS) if at >= 0),
                  default=len(field.folded))
        words = clause_words(field.folded, frame.end(), end)
        withs = [n for n, word in enumerate(words[:MAX_WORDS_BEFORE_INTERVIEWEE + 2]) if word.key == INTERVIEWEE_PREPOSITION]
        if not withs or len(words) <= withs[0] + 1 or _talk_of_someone(words[:withs[0]]):
            continue
        mention, _ = subject(field, words[withs[0] + 1:])
        if mention.ref == "name" and not mention.organisation and mention.strong:
            mention = _name_as_written_in_full(field, mention)
            return Introduction(field.where, words[withs[0] + 1].start, dataclasses.replace(mention, role="", interviewee=True))
    return None


def _talk_of_someone(words: list[Word]) -> bool:
    """Do the words between the interview's word and با name whose talk it is (``گفت‌وگوی تلفنی
    رئیس‌جمهور با X``: a call between two, reported; not the outlet's interview, ``گفت‌وگوی فارس با X``)?"""
    return any(opens_speaker(words[n:]) for n in range(len(words)))


def _name_as_written_in_full(field: Field, mention: Mention) -> Mention:
    """The headline's name cut where the name the field writes in full ends: a headline's clause
    goes on to its verb with no comma (``در گفت‌وگوی فارس با X مطرح شد``), which a subject read
    to the clause's end takes as the name's last word."""
    run = "".join(mention.name_keys)
    full = [named for named in names_in_full(field, mention.name_keys)
            if run.startswith("".join(named.name_keys)) and len(named.name_keys) >= 2]
    if not full or "".join(full[0].name_keys) == run:
        return mention
    return dataclasses.replace(mention, name_words=full[0].name_words, name_keys=full[0].name_keys)


def _frames_a_talk(text: str) -> bool:
    """Does a paragraph speak of an interview or a talk (گفت‌وگو، مصاحبه، صحبت)?"""
    return _speaks_of(text, REPORT_TALK_FRAME, INTERVIEW_STEMS + REPORT_TALK_STEMS)


def _interviewee(field: Field, quoted: list[tuple[int, int]]) -> Introduction | None:
    """The person the field's first-person interview or talk (گفت‌وگو کردیم، مصاحبه کرده‌ایم،
    صحبت کردیم) is with: named after the last با before the interview's word, in its clause,
    the report's own words (not inside a quotation, nor inside one of the field's quotes)."""
    for frame in REPORT_TALK_FRAME.finditer(field.folded):
        if field.folded.count("«", 0, frame.start()) > field.folded.count("»", 0, frame.start()):
            continue  # ``تاکید او بر اینکه «ما با آنها گفت‌وگو نداریم»``: someone's words, not the report's
        if any(start <= frame.start() < end for start, end in quoted):
            continue  # ``وزیر گفت: ما با X گفت‌وگو کردیم``: the minister's talk, not the report's
        if not first_person_words(field.folded[frame.end():find_sentence_end(field.folded, frame.end())]):
            continue
        words = clause_words(field.folded, find_sentence_start(field.folded, frame.start()), frame.start())
        withs = [n for n, word in enumerate(words) if word.key == INTERVIEWEE_PREPOSITION]
        named = words[withs[-1] + 1:] if withs else []
        if not named:
            continue
        mention, _ = subject(field, named)
        if mention.ref == "name" and not mention.organisation:
            return Introduction(field.where, named[0].start, dataclasses.replace(mention, interviewee=True))
    return None


def questions_introduce_nobody(reading: list[Found | Introduction], doc: Document) -> list[Found | Introduction]:
    """``*علی رضایی به تیم ملی برگشت. فکر می‌کنید بماند؟``: a name opening a question put to the
    interviewee is what the question is about; the interviewee keeps the floor for the answer.
    So do words the question reports before it is put (``مدیرعامل گفته است که ... پاسخ شما
    چیست؟``): a quote, but of someone other than the one asked, who answers next."""
    asked = {f"body:{n}" for n, text in enumerate(doc.paragraphs) if _is_question(text)}
    return [_asked_about(item) if isinstance(item, Found) and _reported_in_a_question(item, doc) else item
            for item in reading if not (isinstance(item, Introduction) and item.where in asked)]


def _reported_in_a_question(quote: Found, doc: Document) -> bool:
    """Is the quote reported in a body paragraph that is a question, which, after the quote
    ends, speaks to someone in the second person (پاسخ شما چیست؟), or which a question label
    opens (``س: ... X گفته بود که ...``: the reporter's turn, whatever follows)? A quote that runs
    to the question mark is the speaker's own question (``X گفت: چرا ...؟``), not the reporter's."""
    if not quote.where.startswith("body:"):
        return False
    text = doc.paragraphs[int(quote.where.split(":")[1])]
    return _is_question(text) and (_addressed(WORD.findall(fold_letters(text[quote.end:]))) or _labelled_question(text)
                                   or _asked_after_it(quote, text) and _laid_out_as_questions_and_answers(doc.paragraphs)) \
        or _inside_an_unnamed_ask(quote, text)


def _inside_an_unnamed_ask(quote: Found, text: str) -> bool:
    """Does the quote stand in a question the report puts with no asker (``از X سوال شد: آقای Y
    گفته است ... . فکر می‌کنید ...``), after its colon and before any question mark closes it?
    That is the reporter's question, told in the passive; Y is reported in it, X answers. Only
    a quote that names whom it reports: a ``وی`` there is X answering."""
    if quote.mention.ref == "pronoun":
        return False
    return any(start <= quote.start < end for start, end in _unnamed_asks(text))


@lru_cache(maxsize=1 << 12)
def _unnamed_asks(text: str) -> tuple[tuple[int, int], ...]:
    """Each stretch of a paragraph from an agentless asking colon (``سوال شد:``) to the question
    mark that closes it (or the paragraph's end). Asked for every quote of the paragraph: read
    once, so a long paragraph of many quotes costs no more than its length."""
    folded = fold_letters(text)
    stretches = []
    for asked in ASKED_UNNAMED_COLON.finditer(folded):
        marks = [at for at in (folded.find(mark, asked.end()) for mark in QUESTION_MARKS) if at >= 0]
        stretches.append((asked.end(), min(marks, default=len(folded))))
    return tuple(stretches)


def _asked_after_it(quote: Found, text: str) -> bool:
    """Does the question put its own sentence after the quote's (``X گفته است که ... . این واحدها
    کدامند؟``), the quote not running to the question mark? In a printed interview that is the
    reporter reporting X before asking the interviewee. The quote must name whom it reports: a
    ``وی`` is the speaker going on, asking the question themself."""
    rest = text[quote.end:].strip(BLANKS + "«»\"")
    return quote.mention.ref != "pronoun" and bool(rest) and rest[0] in ".،" and len(rest.split()) > 1


def _asked_about(quote: Found) -> Found:
    """The quote as one a reporter's question reports: its speaker is not the one asked, and
    keeps no floor (an aside)."""
    return dataclasses.replace(quote, mention=dataclasses.replace(quote.mention, aside=True, asked_about=True))


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


def labelled_answers(reading: list[Found | Introduction], doc: Document) -> list[Found | Introduction]:
    """A written interview laid out with labels (``س: ...؟`` then ``ج: ...``, or ``سوال:`` and
    ``جواب:``): each body paragraph opening on an answer label is, after the label, a direct
    quote of whoever has the floor, the interviewee. What else was read in it (a name the
    answer speaks of, a quote it reports) is the answer's own, as in any quote; an answer a
    frame's colon carried here (``به پرسش‌ها پاسخ داد:``) stays as it was carried."""
    answers = []
    for number, text in enumerate(doc.paragraphs):
        where, folded = f"body:{number}", fold_letters(text)
        if not (label_end := answer_label_end(folded)):
            continue
        if _carried_into(reading, where, label_end):
            continue
        start, end = trim_quote(folded, label_end, len(text))
        if end > start:
            answers.append(Found(where, start, end, "direct", "", text[start:end], Mention("pronoun", where=where)))
    answered = {answer.where for answer in answers}
    reading = [item for item in reading if item.where not in answered]
    return sorted(reading + answers, key=lambda item: (field_order(item.where), item.start))


def _carried_into(reading: list[Found | Introduction], where: str, label_end: int) -> bool:
    """Is the answer already a direct quote a frame's colon carried past its label?"""
    return any(isinstance(item, Found) and item.where == where and item.kind == "direct" and item.start >= label_end
               for item in reading)


def _first_person_paragraphs(reading: list[Found | Introduction], doc: Document) -> set[str]:
    """The body paragraphs holding an indirect quote that are written in the first person (``من
    راضی‌ام ... او هم خبر معاوضه‌اش با من را تکذیب کرد``): after an interview's frame such a
    paragraph is the interviewee's answer, and what it reports others said is part of it (one
    policy with quotes reported inside other quotes: they are dropped). Each paragraph is read once."""
    reported = {item.where for item in reading
                if isinstance(item, Found) and item.kind == "indirect" and item.where.startswith("body:")}
    return {where for where in reported
            if first_person_words(fold_letters(doc.paragraphs[int(where.split(":")[1])])) >= FIRST_PERSON_MARKS}


def _frames_answers(folded: str) -> bool:
    """Does a paragraph ending in a colon frame words that follow: an interview (گفت‌وگو انجام
    داد:) or someone's words given as its object (نظر خود را در اختیار ما قرار داده است:)?"""
    return bool(INTERVIEW_FRAME.search(folded) or SPEECH_OBJECT.search(folded))


def _answers_after_questions(reading: list[Found | Introduction], doc: Document) -> list[Found | Introduction]:
    """Label lines (``مشایی: ...``) are speakers only if the article names them otherwise
    (``known_only``), since lineups open the same way; right after a question, a label
    line answers it, and names the interviewee whatever else the article says (an answer: the
    unlabelled answers after it are that one's too). A role's label line (``سرمربی تیم مقابل: ...``)
    elsewhere is that role's words too, as a headline's ``ROLE: ...`` is (``label``): the cast gives it
    only to someone the article titles so, since in a roundup the role names nobody sure."""
    asked = {f"body:{n + 1}" for n, text in enumerate(doc.paragraphs) if _is_question(text)}
    kept: list[Found | Introduction] = []
    for item in reading:
        if not (isinstance(item, Found) and item.mention.known_only):  # not a label line's quote
            kept.append(item)
        elif item.where in asked:
            kept.append(dataclasses.replace(item, mention=dataclasses.replace(
                item.mention, known_only=False, answer=True, label=item.mention.ref == "title")))
        elif item.mention.ref != "title":
            kept.append(item)  # a name's label line: the cast confirms it or not
        elif _speaks_under_its_label(doc, item):
            kept.append(dataclasses.replace(item, mention=dataclasses.replace(item.mention, known_only=False, label=True)))
    return kept


def _speaks_under_its_label(doc: Document, item: Found) -> bool:
    """Is a role's label line, asked nothing, that role's words? Not when it asks (``مجری: ...؟``,
    the host's or reporter's turn), nor when its label glosses a word in parentheses (``قهرمان
    (پرسپولیس) :``), as a roundup's heading does: a speaker's label is the role alone."""
    if not item.where.startswith("body:"):
        return False
    text = doc.paragraphs[int(item.where.split(":")[1])]
    return not (_is_question(text) or "(" in text[:item.start] or ")" in text[:item.start])


@lru_cache(maxsize=1 << 12)
def _is_question(text: str) -> bool:
    """A reporter's question: it ends with a question mark or opens on a question label (سؤال:),
    or, no longer than a question, opens on one and goes on with what it is asked about (``چرا
    اطفا پنج ساعت طول کشید؟ برخی کسبه می‌گویند ...``). Asked of a paragraph once per quote in it
    and again by each reader: judged once."""
    return (text.rstrip(BLANKS).endswith(QUESTION_MARKS) or _labelled_question(text)
            or any(mark in text for mark in QUESTION_MARKS) and len(text.split()) <= MAX_QUESTION_WORDS
            and text[(stop := find_sentence_end(text, 0)):stop + 1] in QUESTION_MARKS)


def _labelled_question(text: str) -> bool:
    """Does a paragraph open on a question label (سؤال:، س:، خبرنگار:), the reporter's turn?"""
    return fold_letters(text[:SENTENCE_TAIL_CHARS]).lstrip(BLANKS + "*-").startswith(QUESTION_LABELS)


def _put_to_the_interviewee(text: str) -> bool:
    """A reporter's question, or a short remark put to the interviewee in the second person and
    in no first person (``پس از تعویض مربی نتایج بهتری گرفتید.``), or a request that they
    speak (``از شرایط این روزهایت بگو.``): what follows answers it."""
    return _is_question(text) or _remark_to_the_interviewee(text)


@lru_cache(maxsize=1 << 12)
def _remark_to_the_interviewee(text: str) -> bool:
    """A reporter's turn with no question mark: a short paragraph in no first person, put to the
    interviewee in the second person (``... روند خوبی را آغاز کردید.``) or asking them to speak
    (``از شرایط این روزهایت بگو.``). Asked of a paragraph by each reader, as _is_question is:
    judged once."""
    folded = fold_letters(text)
    words = WORD.findall(folded)
    return (len(words) <= MAX_QUESTION_WORDS and first_person_words(folded) == 0
            and (_addressed(words) or _asks_to_speak(words)))


def _requested(text: str) -> bool:
    """Is the paragraph a request that the interviewee speak (``از شرایط این روزهایت بگو.``)?"""
    return _remark_to_the_interviewee(text) and _asks_to_speak(WORD.findall(fold_letters(text)))


def _asks_to_speak(words: list[str]) -> bool:
    """Do the words end on a request that the one asked speak (بگو، توضیح دهید، بفرمایید)?"""
    keys = [word_key(word) for word in words[-2:]]
    return any("".join(keys[n:]) in REQUEST_TO_SPEAK_KEYS for n in range(len(keys)))


def _asked_in_second_person(text: str) -> bool:
    """A question put to the interviewee in the second person (``لیگ را چطور ارزیابی می‌کنید؟``):
    the paragraph after it answers, in whatever person it speaks (``اینکه ... نشان می‌دهد ...``)."""
    return _is_question(text) and _addressed(WORD.findall(fold_letters(text)))


def _addressed(words: list[str]) -> bool:
    """Does any of the words speak to someone in the second person (person.is_second_person)?"""
    return any(is_second_person(word_key(word)) for word in words)


def document_texts(reading: list[Found | Introduction], doc: Document) -> list[Found | Introduction]:
    """``متن این بیانیه به شرح زیر است:`` (or ``در این حکم آمده است:``) ending a paragraph: the paragraphs after it are the
    document's words, direct quotes of whoever has the floor (the body the report named as
    issuing it), up to one where the report speaks again (_report_resumes, a source line, its
    note «گفتنی است», a frame carrying the next paragraph) or the article's end. A writer's cue
    naming a written text (``روزنامه X در سرمقاله خود نوشت:``, _written_text_below) frames one
    too. Lines that end no sentence in between (بسم‌الله، a heading, a verse, a list of
    signatories) are nobody's words and are passed over. Whom the text names introduces
    nobody to the report (امام خمینی ... opening one of its paragraphs): the author keeps the floor,
    and whom it quotes in passing is part of its words (ANNOTATION.md drops quotes inside quotes): a
    paragraph that only cites someone in passing (_cited_in_passing) does not even stop the text."""
    found = [item for item in reading if isinstance(item, Found)]
    quoted = {item.where for item in found} - _cited_in_passing(found, doc)  # a text cites in passing
    added: list[Found | Introduction] = []
    inside: set[str] = set()  # the text's paragraphs
    passed: set[str] = set()  # the paragraphs the text runs through: what pass 1 quoted there is the text's
    for number, text in enumerate(doc.paragraphs):
        if not _ends_on_colon(text):
            continue  # both frames end the paragraph on a colon
        folded = fold_letters(text)
        if (frame := DOCUMENT_TEXT_FRAME.search(folded)) and (texts := _document_paragraphs(doc, number + 1, quoted)):
            named = _named_in_the_frame(doc, number, frame)
            author = named or _document_author(doc, number - 1, quoted)
            added += ([author] if author else []) + (_framed_by_name(texts, named) if named else texts)
            passed |= _run_through(number + 1, texts)
        elif ((_document_says_below(folded) or _written_text_below(folded)) and _carried_to(doc, number + 1, quoted)
              and (texts := _document_paragraphs(doc, number + 2, quoted))):
            added += _unnamed_as_carried(texts, reading, f"body:{number + 1}")  # the carried first paragraph's: the rest goes on
            inside.add(f"body:{number + 1}")
            passed |= _run_through(number + 2, texts)
            reading = _given_to_the_writer(reading, doc, number)
    if not added:
        return reading
    inside |= {item.where for item in added if isinstance(item, Found)}
    reading = [item for item in reading if not (isinstance(item, Introduction) and item.where in inside
                                                or isinstance(item, Found) and item.where in passed)]
    return sorted(reading + added, key=lambda item: (field_order(item.where), item.start))


def _given_to_the_writer(reading: list[Found | Introduction], doc: Document, number: int) -> list[Found | Introduction]:
    """A paper's column framed with its writer (``روزنامه آشتی در سرمقاله خود به قلم X آورده
    است:``): the words carried from the frame are X's, not the paper's that prints them, and the
    text's paragraphs after them go on as X's."""
    text = doc.paragraphs[number]
    folded = fold_letters(text)
    if not (named := WRITER_NAMED.search(folded)):
        return reading
    article = tuple(fold_letters(field_text) for _, field_text in doc.fields() if field_text)
    field = Field(f"body:{number}", text, folded, article)
    words = clause_words(folded, named.start("writer"), named.end("writer"))
    if not opens_name(words):
        return reading  # به قلم مدیرمسئول خود: an office, the paper's own
    writer = subject(field, words)[0]
    if writer.ref != "name":
        return reading
    carried = f"body:{number + 1}"
    return [dataclasses.replace(item, mention=writer) if isinstance(item, Found) and item.where == carried else item
            for item in reading]


def _unnamed_as_carried(texts: list[Found], reading: list[Found | Introduction], carried: str) -> list[Found]:
    """A text whose first paragraph was carried from an unnamed writer's cue (``نمایندگان کارگران ...
    نامه‌ای نوشتند ... آن‌ها در این نامه نوشته‌اند:``) goes on in that unnamed writer's words: no one
    named earlier in the report takes its later paragraphs."""
    first = next((item for item in reading if isinstance(item, Found) and item.where == carried), None)
    if first is None or first.mention is None or not first.mention.anonymous:
        return texts
    return [dataclasses.replace(item, mention=dataclasses.replace(item.mention, anonymous=True)) for item in texts]


def _run_through(first: int, texts: list[Found]) -> set[str]:
    """The paragraphs from ``first`` to the text's last: those it passes over (a heading, a sentence
    broken off mid-paragraph) as well as those it quotes."""
    return {f"body:{number}" for number in range(first, int(texts[-1].where.split(":")[1]) + 1)}


def _framed_by_name(texts: list[Found], named: Introduction) -> list[Found]:
    """A document's text after a frame that names its issuer (``متن اطلاعیه دادستانی شهرستان
    ... به شرح زیر است:``): its first paragraph refers to the issuer as the frame does, by name;
    the paragraphs after it go on, as a pronoun does (ANNOTATION.md, round 22)."""
    return [dataclasses.replace(texts[0], mention=named.mention), *texts[1:]]


def _document_says_below(folded: str) -> bool:
    """Does the paragraph end on a document's cue and its colon (``در متن این پیام آمده است:``)?"""
    return any(match.group("colon") and not folded[match.end():].strip(BLANKS) for match in DOCUMENT_CUE.finditer(folded))


def _written_text_below(folded: str) -> bool:
    """Does the paragraph end on its writer's cue and colon, the cue saying a text was written
    (``روزنامه کیهان در سرمقاله خود نوشت:``، ``X با صدور اطلاعیه‌ای اعلام کرد:``)? Then the text follows
    over the paragraphs after it, as after ``متن این بیانیه به شرح زیر است:``."""
    return bool(WRITTEN_TEXT_CUE.search(folded, find_sentence_start(folded, len(folded.rstrip(BLANKS + ":：")))))


def _carried_to(doc: Document, number: int, quoted: set[str]) -> bool:
    """Is paragraph ``number`` the one a cue's colon carried its quote to: quoted, and no label
    of its own (``حضرت امام خمینی(ره):`` gives the paragraph after it to someone else)?"""
    return number < len(doc.paragraphs) and f"body:{number}" in quoted and not _ends_on_colon(doc.paragraphs[number])


def _ends_on_colon(text: str) -> bool:
    """Does the paragraph end on a colon (a label or a frame whose words follow: حضرت امام:)?"""
    return text.rstrip().rstrip(BLANKS).endswith((":", "："))


def _named_in_the_frame(doc: Document, number: int, frame: re.Match) -> Introduction | None:
    """The issuer a frame names after the document's noun (``متن اطلاعیه دادستانی شهرستان ...
    درباره ... به شرح زیر است:``, read as ``در اطلاعیه X آمده است`` is): the text's author, given
    the floor where the frame stands, whoever the report quoted before."""
    if frame.group("author") is None:
        return None
    text = doc.paragraphs[number]
    folded = fold_letters(text)
    article = tuple(fold_letters(field_text) for _, field_text in doc.fields() if field_text)
    mention = document_author(Field(f"body:{number}", text, folded, article), frame)
    return Introduction(f"body:{number + 1}", 0, mention) if mention.ref == "name" else None


def _document_author(doc: Document, number: int, quoted: set[str]) -> Introduction | None:
    """Who the paragraph before a document's text names as its subject, when it quotes nobody
    (``گروه مطالعات شهری ... در بیانیه‌ای به ارزیابی ... پرداختند.`` then ``متن بیانیه بدین شرح
    است:``): the text's author, given the floor where the frame stands."""
    where = f"body:{number}"
    if number < 0 or where in quoted:
        return None
    text = doc.paragraphs[number]
    folded = fold_letters(text)
    start = source_line_end(folded, 0, SUBJECT_WINDOW)
    words = skip_openers(skip_agency(clause_words(folded, start, find_sentence_end(folded, start))))
    if not words:
        return None
    article = tuple(fold_letters(field_text) for _, field_text in doc.fields() if field_text)
    field = Field(where, text, folded, article)
    # ``X اطلاعیه‌ای درباره ... صادر کرد.``: the name ends before the document it put out
    mention = document_issued_before(field, len(folded)) or subject(field, words)[0]
    return Introduction(f"body:{number + 1}", 0, mention) if mention.ref == "name" else None


def _document_paragraphs(doc: Document, number: int, quoted: set[str]) -> list[Found]:
    """The paragraphs from ``number`` on that read as a document's text (see document_texts)."""
    found = []
    for number in range(number, len(doc.paragraphs)):
        where, text = f"body:{number}", doc.paragraphs[number]
        folded = fold_letters(text)
        if (SOURCE_LINE.match(folded) or _opens_on_the_document(folded) or _opens_on_a_report_note(folded)
                or _frames_the_next(text, number, quoted)
                or (where in quoted or search_verb(folded, 0, len(folded))) and not _writer_reports(folded)
                and _report_resumes(folded, where in quoted)):
            break
        if _answers(text):
            start, end = trim_quote(folded, 0, len(text))
            found.append(Found(where, start, end, "direct", "", text[start:end], Mention("pronoun", where=where)))
    return found


def _report_resumes(folded: str, quoted: bool) -> bool:
    """Does a paragraph of a document's text that reports someone read as the report speaking
    again? Only when its first sentence tells speech in the past, as a report's paragraph opens
    (``X ساعاتی بعد اعلام کرد``، ``در واکنش به این بیانیه، X گفت:``), or quotes the document afresh
    (``در بخش پایانی این بیانیه آمده است:``). Whether goftar quotes it or not: a document cites
    others in passing further on (``... هر کس از ... می‌گفت``، ``به گفته یکی از مددکاران ما «...»``)
    and speaks of its issuer in the present (``این انجمن از دولت می‌خواهد``، ``ما خواستار ...
    هستیم``), which a report does not write of a body it quotes."""
    first_sentence = find_sentence_end(folded, 0)
    verb = search_verb(folded, 0, first_sentence)
    if quoted and DOCUMENT_CUE.pattern.search(folded, 0, first_sentence):
        return True  # ``در بخش پایانی پیام X آمده است:``: the report quoting the document again
    return verb is not None and told_as_past(verb.group()) and not _durative(verb.group())


def _durative(cue: str) -> bool:
    """Does the speech verb open its last word on the durative prefix (اعلام می‌کند، می‌خواهد)?
    A present or a past going on, never the simple past a report resumes with, whatever the stem
    after the prefix reads as alone (کند)."""
    return word_key(cue.split()[-1]).startswith(PRESENT_PREFIXES)


def _opens_on_the_document(folded: str) -> bool:
    """Does the paragraph open on the document itself (``این نامه با امضای ... به پایان رسیده است``)?
    The report is speaking of it: its text has ended."""
    words = WORD.findall(folded, 0, SENTENCE_TAIL_CHARS)
    return len(words) > 1 and word_key(words[0]) == DEMONSTRATIVE and word_key(words[1]) in DOCUMENT_NOUN_KEYS


def _frames_the_next(text: str, number: int, quoted: set[str]) -> bool:
    """Does paragraph ``number`` frame the words of the next (a cue and its colon carried there,
    ``روزنامه کیهان در سرمقاله خود آورده است:``)? A new speaker or writer takes the floor: the text
    before has ended, in whatever person its next words are written."""
    return _ends_on_colon(text) and f"body:{number + 1}" in quoted


def _opens_on_a_report_note(folded: str) -> bool:
    """Does the paragraph open on the report's own note (``گفتنی است``، ``یادآور می‌شود``)? The
    report speaks again: a text it quoted has ended."""
    return bool(phrase_at(clause_words(folded, 0, min(len(folded), SUBJECT_WINDOW)), 0, REPORT_NOTE_LEXICON))


def _writer_reports(folded: str) -> bool:
    """Does a paragraph speak in the first person (ما ... مراجعه کرده‌ایم) before it reports anyone
    (هر بار به ما گفتند «...»)? In a document's text that is its writer's account, what it reports
    part of it (ANNOTATION drops quotes inside quotes); a report's paragraph names who speaks first."""
    verb = search_verb(folded, 0, len(folded))
    quotation = folded.find("«")
    head = folded[:min(verb.start() if verb else len(folded), quotation if quotation >= 0 else len(folded))]
    return first_person_words(head) >= FIRST_PERSON_MARKS and not _narrator_speaks(head)


def continued_quotes(reading: list[Found | Introduction], doc: Document) -> list[Found | Introduction]:
    """A speaker's words running on without a cue: a body paragraph that quotes nobody,
    right after a paragraph ending in a direct quote (the quote goes on), or framing an
    interview (گفت‌وگویی انجام داد), maybe past a subheading, or after a question (the
    interviewee answers), written in the first person
    (FIRST_PERSON_MARKS words such as من، ما، کردیم), is a direct quote of whoever has
    the floor; so is the next. A paragraph after one whose quotation is left open (no
    closing » yet) goes on with it, to its closing mark, whatever person it speaks in
    (what the speaker reports others said there, ``او به من گفت که``, is part of it);
    so does an answer of a printed interview that cites someone in passing (_answers_citing_others)
    or tells what someone said to the interviewee (_recounting_answers);
    and, in any article, a paragraph that cites someone in passing while the speaker's words run on
    (_cited_in_passing: ``به تعبیر X «...»``، ``X می‌فرمایند``، ``... . X به ما گفت «...»``);
    and a paragraph that is one quotation (``«...»``) is a quote of whoever has the floor. One right
    after a reporter's question is an answer (Mention.answer): the interviewee's, whoever the report
    quoted since. The paragraph introducing the interviewee (``با X گفت‌وگو کردیم``) is the report's."""
    found = [item for item in reading if isinstance(item, Found)]
    questions_and_answers = _laid_out_as_questions_and_answers(doc.paragraphs)
    narrated = _told_in_first_person(found, doc)
    recounted = _recounting_answers(found, doc) if questions_and_answers else set()
    if questions_and_answers:  # an answer citing someone is still the interviewee's
        narrated |= _answers_citing_others(found, doc) | recounted
    cited = _cited_in_passing(found, doc)
    narrated |= cited
    quoted = {item.where for item in found if item.where not in narrated}
    running = {item.where for item in found
               if item.kind == "direct" and item.where.startswith("body:")
               and only_from(doc.paragraphs[int(item.where.split(":")[1])], item.end, BLANKS + ".»\"”")}
    running |= {f"body:{n}" for n, text in enumerate(doc.paragraphs)  # گفت‌وگویی انجام داد.: answers follow
                if f"body:{n}" not in quoted and _frames_an_interview(text)}
    cued = {item.where for item in found if item.kind != "indirect"}  # ``او به من گفت که`` goes on inside a quotation
    added = [quote for item in found if item.kind == "direct" and item.where.startswith("body:") and left_open(item.text)
             for quote in _quotation_going_on(doc, int(item.where.split(":")[1]) + 1, cued)]
    inside = {quote.where for quote in added}
    reading = [item for item in reading if not (isinstance(item, Found) and item.kind == "indirect" and item.where in inside)]
    quoted |= inside
    running |= {quote.where for quote in added}
    quoted |= _interview_frames(reading)  # the report's own voice: whom it talked with
    turns = _answers_given(found) if questions_and_answers else {}
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
        if where in cited:  # the speaker going on, citing someone in passing
            added.append(Found(where, start, end, "direct", "", text[start:end],
                               Mention("pronoun", where=where, answer=answers_a_question)))
            running.add(where)
            continue
        marks = first_person_words(folded[start:end])
        goes_on = questions_and_answers and _answer_goes_on(turns, number, doc.paragraphs, quoted)
        if (goes_on
                or len(folded[start:end].split()) >= MIN_ANSWER_WORDS and not _is_heading(text)  # a subheading: nobody's words
                and (marks >= FIRST_PERSON_MARKS or _asked_in_second_person(previous)
                     or questions_and_answers and answers_a_question
                     or (marks or _topics_answered(doc.paragraphs, after, number))
                     and _one_voice_goes_on(text, folded, doc.paragraphs[after], f"body:{after}" in running))
                and (where in recounted  # its cue and colon: the interviewee telling what he was told
                     or (not search_verb(folded, start, end) or marks >= 2 * FIRST_PERSON_MARKS
                         or questions_and_answers and _is_question(previous))  # what the interviewee recounts
                     and not COLON.search(folded, start, end))  # a cue of its own
                and not SOURCE_LINE.match(folded)
                and (answers_a_question  # ``ابراهیم از روز اول ... ما``: whom the interviewee talks about
                     or where in recounted  # ``یکی از مادرها به من گفت «...»``: who told the interviewee
                     or not _opens_new_subject(clause_words(folded, start, min(end, start + SUBJECT_WINDOW))))):
            added.append(Found(where, start, end, "direct", "", text[start:end],
                               Mention("pronoun", where=where, answer=answers_a_question)))
            running.add(where)
            if goes_on or answers_a_question:
                turns[where] = added[-1]
    if not added:
        return reading
    answered = {quote.where for quote in added}
    reading = [item for item in reading if item.where not in answered
               or isinstance(item, Found) and item.where not in narrated]
    return sorted(reading + added, key=lambda item: (field_order(item.where), item.start))


def _answer_goes_on(turns: dict[str, Found], number: int, paragraphs: list[str], quoted: set[str]) -> bool:
    """In a printed interview, is paragraph ``number`` the answer just before it going on, no
    question between (``در کنار این، دادگاه‌ها باید ...`` after ``مشاوره ... باید جدی گرفته شود``)?
    It is when it keeps that answer's voice and nothing in it says the report has taken over
    (_goes_on_from); and, when the reporter's next turn closes it (_the_reporter_speaks_next), in
    whatever person it speaks (``از طرف دیگر چمن بعضی ورزشگاه‌ها استاندارد نیست.`` after ``ما در ۴۵
    روز نه بازی انجام دادیم``): the answer's turn lasts until the reporter speaks again."""
    answer = turns.get(f"body:{number - 1}")
    if answer is None:
        return False
    text = paragraphs[number]
    return _goes_on_from(answer, text) or (len(text.split()) >= MIN_ANSWER_TURN_WORDS
                                           and _the_reporter_speaks_next(paragraphs, number, quoted)
                                           and _goes_on_from(answer, text, keeps_voice=False))


def _answers_given(found: list[Found]) -> dict[str, Found]:
    """The body paragraphs that answer a reporter's question (a label line right after it,
    ``مشایی: ...``), by where they stand: the turns an answer's next paragraphs may go on."""
    return {item.where: item for item in found
            if item.kind == "direct" and item.mention.answer and item.where.startswith("body:")}


def _the_reporter_speaks_next(paragraphs: list[str], number: int, quoted: set[str]) -> bool:
    """Do the paragraphs after ``number`` go on as plain statements, quoting nobody, up to the
    reporter's next question? Then the layout closes the answer's turn there, and what stands
    before it is still the answer. Not when one of them is a reply (``بله، ...``) or a remark put
    to the interviewee: then the reporter spoke before it, with no question mark."""
    for later in range(number + 1, len(paragraphs)):
        text = paragraphs[later]
        if _is_question(text):
            return True
        if (f"body:{later}" in quoted or _is_heading(text) or not _answers(text)
                or _remark_to_the_interviewee(text) or _opens_on_a_reply(text)):
            return False
    return False


def _opens_on_a_reply(text: str) -> bool:
    """Does the paragraph open on a reply (بله، نه، آره), answering the paragraph before it?"""
    words = WORD.findall(fold_letters(text)[:40])
    return bool(words) and word_key(words[0]) in REPLY_OPENERS


def _interview_frames(reading: list[Found | Introduction]) -> set[str]:
    """The paragraphs introducing the one the report interviews (``با X، ROLE، گفت‌وگو کردیم``):
    the report telling whom it talked with, never a speaker's words going on, whatever first
    person (کردیم) they hold."""
    return {item.where for item in reading if isinstance(item, Introduction) and item.mention.interviewee}


def between_quotes(reading: list[Found | Introduction], doc: Document) -> tuple[list[Found | Introduction], set[str]]:
    """Paragraphs a speaker's words may run on in with no cue and no first person (``واضح است
    ... برخوردار است.`` between two paragraphs quoting one official): up to MAX_BETWEEN_PARAGRAPHS
    right after a direct quote running to its paragraph's end with no closing quotation mark,
    stating in the speaker's voice (see _goes_on_from). They are the speaker's only if the
    speaker is quoted again right after them, which only resolving tells: the reading with them
    added as direct quotes of whoever has the floor, and where they stand, for the caller to
    keep or drop once speakers are resolved (``_same_speaker_around`` in corpus.quotes)."""
    found = [item for item in reading if isinstance(item, Found)]
    quoted = {item.where for item in found}
    last_direct = {item.where: item for item in found if item.kind == "direct"}
    added: list[Found] = []
    going_on, streak = None, 0  # the quote the words go on from, and the paragraphs they went on in
    for number, text in enumerate(doc.paragraphs):
        where = f"body:{number}"
        if where in quoted:
            quote = last_direct.get(where)
            going_on = quote if quote and only_from(text, quote.end, BLANKS + ".") else None
            streak = 0
        elif going_on is not None and streak < MAX_BETWEEN_PARAGRAPHS and _goes_on_from(going_on, text):
            start, end = trim_quote(fold_letters(text), 0, len(text))
            added.append(Found(where, start, end, "direct", "", text[start:end], Mention("pronoun", where=where)))
            streak += 1
        else:
            going_on = None
    if not added:
        return reading, set()
    return sorted(reading + added, key=lambda item: (field_order(item.where), item.start)), {a.where for a in added}


def _goes_on_from(quote: Found, text: str, keeps_voice: bool = True) -> bool:
    """May a paragraph that quotes nobody be the quote's words going on? It states something (a
    full stop; not a heading, a question or a bullet) with no cue (speech verb, به گفته، colon,
    source line), opens on no report's note (گفتنی است) nor anyone new, keeps the quote's voice,
    tells no past events and is put to nobody (``... روند خوبی را آغاز کردید.``: a remark in the
    second person with no first person is an interviewer's turn): then nothing says the report has
    taken over. The voice need not be kept (``keeps_voice=False``) where the layout already says
    whose turn it is (an answer before the reporter's next question, _answer_goes_on)."""
    folded = fold_letters(text)
    start, end = trim_quote(folded, 0, len(text))
    words = clause_words(folded, start, min(end, start + SUBJECT_WINDOW))
    return (_answers(text) and not _is_heading(text) and not _is_question(text)
            and not text.lstrip(BLANKS).startswith(BULLETS)
            and not search_verb(folded, start, end) and not ACCORDING_TO.pattern.search(folded, start, end)
            and not COLON.search(folded, start, end) and not SOURCE_LINE.match(folded)
            and not phrase_at(words, 0, REPORT_NOTE_LEXICON) and not _opens_new_subject(words)
            and not (keeps_voice and _voice_changes(quote, folded)) and not _tells_past_events(folded)
            and not _remark_to_the_interviewee(text))


def _voice_changes(quote: Found, folded: str) -> bool:
    """Does the quote speak in the first person (ما، کردم) and the paragraph after it not at all?
    Then the voice changed: the report is telling, not the speaker."""
    return first_person_words(fold_letters(quote.text)) >= FIRST_PERSON_MARKS and first_person_words(folded) == 0


def _tells_past_events(folded: str) -> bool:
    """Does a sentence of the paragraph hold a verb in the past of the third person (منع کرد،
    نشان دادند، رسیده بودند)? The report tells what happened there; a speaker going on states,
    judges and foresees (برخوردار است، باید فراهم کرد، افتتاح خواهند شد)."""
    for sentence in re.split(r"[.!؟?]", folded):
        keys = [word_key(word) for word in WORD.findall(sentence)]
        if NOT_PAST_BEFORE_KEYS.isdisjoint(keys) and any(map(_third_person_past, keys)):
            return True
    return False


def _third_person_past(key: str) -> bool:
    """Is the folded word a past of the third person, negated or not (کرد، نکردند)?"""
    for form in (key, key[1:] if key.startswith("ن") else ""):
        if is_bare_past(form) or form.endswith("ند") and is_bare_past(form[:-2]):
            return True
    return False


def _laid_out_as_questions_and_answers(paragraphs: list[str]) -> bool:
    """Is the article a printed question-and-answer interview (``نقش والدین چیست؟``, or a request
    that the interviewee speak, then its answer, MIN_QUESTIONS_ANSWERED times)? A remark in the
    second person does not count: a story's dialogue holds them too. Then a paragraph after a
    question, or after a remark put to the interviewee, answers it in whatever person it speaks
    (``والدین اول باید الگو باشند.``, ``بله. شکل بازی طوری بود ...``), as after one put in the second person.
    A question of more than MAX_QUESTION_WORDS words is a report's own rhetorical one, not a reporter's;
    a subheading among the paragraphs after the first question (``سپاهان؛ مربی می‌ماند``) makes
    the questions a feature's section headings (``پیکان؛ مربی می‌رود؟``), answered by the report."""
    asked = [n for n, text in enumerate(paragraphs)
             if (_is_question(text) or _requested(text)) and len(text.split()) <= MAX_QUESTION_WORDS]
    answered = sum(1 for n in asked if n + 1 < len(paragraphs) and not _is_question(paragraphs[n + 1])
                   and _answers(paragraphs[n + 1]))
    return answered >= MIN_QUESTIONS_ANSWERED and not any(_is_heading(text) for text in paragraphs[asked[0]:])


def _topics_answered(paragraphs: list[str], after: int, number: int) -> bool:
    """Does a paragraph answer the topic heading above it as the one before did (a press
    conference set as topics, each heading then its answer: ``بازی مقابل X``، answer، ``داگلاس``،
    answer)? Then the answer needs no first-person word: the layout says whose words they are."""
    return after < number - 1 and after >= 1 and _is_heading(paragraphs[after - 1])


def _one_voice_goes_on(text: str, folded: str, previous: str, after_quote: bool) -> bool:
    """Is one first-person word (مشکل ما، می‌گوییم) enough? Right after a question, or after a quote
    that runs to its paragraph's end with no closing mark (a quotation closed by » has visibly
    ended: what follows is the report's), with nothing between but a subheading (the quote
    still has the floor past it, as ``continued_quotes`` reads it); when the paragraph is plain
    sentences (a pull quote set as a subheading has no full stop or opens on a bullet) and no
    narrator speaks in it (وی): a report's own paragraphs seldom say ما."""
    closed = previous.rstrip(BLANKS + ".").endswith(tuple(QUOTE_CLOSERS))
    text = text.strip(BLANKS)
    return ((after_quote and not closed or _is_question(previous)) and text.endswith(ANSWER_ENDINGS)
            and not text.startswith(BULLETS) and not _narrator_speaks(folded))


def _told_in_first_person(found: list[Found], doc: Document) -> set[str]:
    """The body paragraphs whose quotes are all indirect and whose words around them speak in the
    first person (``... ما ۱۴ سال است رفیقیم. او به من گفت که ...``): an answer recounting what
    others said to the speaker, so still an answer if one goes on there (what it reports is
    part of it, as ANNOTATION.md drops quotes inside quotes)."""
    spans: dict[str, list[Found]] = {}
    for item in found:
        spans.setdefault(item.where, []).append(item)
    told = set()
    for where, quotes in spans.items():
        if not where.startswith("body:") or any(quote.kind != "indirect" for quote in quotes):
            continue
        folded, at, around = fold_letters(doc.paragraphs[int(where.split(":")[1])]), 0, []
        for quote in sorted(quotes, key=lambda quote: quote.start):
            around.append(folded[at:quote.start])
            at = max(at, quote.end)
        around = " ".join(around + [folded[at:]])
        if first_person_words(around) >= FIRST_PERSON_MARKS and not _narrator_speaks(around):
            told.add(where)
    return told


def _answers_citing_others(found: list[Found], doc: Document) -> set[str]:
    """In a printed interview, the body paragraphs right after a reporter's question that quote
    only in passing (no direct quote: ``وزیر گفتند «...» و ۴۰ درصد افزایش داشتیم``): the
    interviewee's answer citing someone, in whatever person it speaks. What it cites is part of
    the answer (quotes inside quotes are dropped), and the one cited takes no floor."""
    cited = {item.where for item in found if item.where.startswith("body:") and item.kind != "direct"}
    cited -= {item.where for item in found if item.kind == "direct"}
    return {where for where in cited
            if (number := int(where.split(":")[1])) and _is_question(doc.paragraphs[number - 1])}


def _recounting_answers(found: list[Found], doc: Document) -> set[str]:
    """In a printed interview, the body paragraphs whose every quote was said to the speaker
    (``مددکاری به من گفت «...»``, ``یکی از والدین به من گفت: ...``): the interviewee recounting, right
    after a question or going on with an answer, the cue and its colon part of the answer."""
    quotes: dict[str, list[Found]] = {}
    for item in found:
        if item.where.startswith("body:"):
            quotes.setdefault(item.where, []).append(item)
    return {where for where, cited in quotes.items() if all(_told_to_the_speaker(quote, doc) for quote in cited)}


def _told_to_the_speaker(quote: Found, doc: Document) -> bool:
    """Does the sentence before the quote (up to its colon or opening mark) say it was said to the
    speaker (به من، به ما گفت)?"""
    folded = fold_letters(doc.paragraphs[int(quote.where.split(":")[1])])
    cue_end = len(folded[:quote.start].rstrip(BLANKS + ":：" + "".join(QUOTE_OPENERS)))
    return said_to_the_speaker(clause_words(folded, find_sentence_start(folded, cue_end), cue_end))


def _cited_in_passing(found: list[Found], doc: Document) -> set[str]:
    """The body paragraphs whose every quote a speaker cites in passing (see _cites_in_passing):
    words quoted inside someone's own words, as a speech, a statement or an answer running on
    cites an authority, a colleague or a parent. By ANNOTATION.md they are the speaker's words,
    not quotes of their own, and the one cited takes no floor."""
    quotes: dict[str, list[Found]] = {}
    for item in found:
        if item.where.startswith("body:"):
            quotes.setdefault(item.where, []).append(item)
    return {where for where, cited in quotes.items()
            if _goes_on_citing(text := doc.paragraphs[int(where.split(":")[1])])
            and all(_cites_in_passing(quote, folded) for folded in (fold_letters(text),) for quote in cited)}


def _goes_on_citing(text: str) -> bool:
    """May the paragraph be a speaker's words going on? Not a question: a reporter's question
    may report another (``رئیس اتحادیه ... به ما گفت که ...؟ پاسخ شما چیست؟``), who is quoted;
    nor a labelled answer (``نسرین کاظمی: ...``), which names its own speaker."""
    return not _is_question(text) and not answer_label_end(fold_letters(text))


def _labelled_before(folded: str, start: int) -> bool:
    """Does a colon stand in the paragraph before the sentence at ``start`` (``نسرین کاظمی مددکار:
    ... . یکی از آنها به من گفت: ...``)? A label or a cue opened the paragraph: its speaker is named."""
    return bool(COLON.search(folded, 0, start))


def _cites_in_passing(quote: Found, folded: str) -> bool:
    """Does the quote's cue, from its sentence's start up to the quote, cite rather than report?
    It opens on a citing phrase (``به تعبیر امام راحل``) or reveres (``می‌فرمایند``) anywhere; it
    was said to the speaker (``مدیرکل استان به ما گفت «...»``) or is recalled (``مرتب می‌گفت``) after
    the speaker's own first sentence, or in a sentence speaking in the first person (``یادم هست
    ... می‌گفتند``). Opening a paragraph, ``X به ما گفت`` and ``X می‌گفت`` are a report bringing
    in its next speaker (ما the reporters). ``folded``: the quote's paragraph, folded."""
    cue_end = len(folded[:quote.start].rstrip(BLANKS + ":：" + "".join(QUOTE_OPENERS)))
    start = find_sentence_start(folded, cue_end)
    if _labelled_before(folded, start):
        return False
    words = clause_words(folded, start, cue_end)
    keys = [word.key for word in words]
    verb = search_verb(folded, start, cue_end)
    if any(tuple(keys[n:n + 2]) in CITING_PHRASES for n in range(len(keys))):
        return True
    if verb is None or not (said_to_the_speaker(words) or _recalls(verb.group())):
        return verb is not None and _reveres(verb.group())
    opens_paragraph = not folded[:start].strip(BLANKS + "-–—")
    return not opens_paragraph or _recalls_in_first_person(folded, words)


def _recalls_in_first_person(folded: str, words: list[Word]) -> bool:
    """Does a word of the cue speak in the first person, not as whom it was said to (به ما)?
    ``یادم هست ... می‌گفتند``: the speaker recalling."""
    return any(first_person_words(folded[word.start:word.end])
               and not (n and words[n - 1].key in PREPOSITIONS_BEFORE_US) for n, word in enumerate(words))


def _durative_rest(cue: str) -> str | None:
    """The speech verb's last word after its durative prefix (گفت of می‌گفت), or None."""
    key = word_key(cue.split()[-1])
    prefix = next((prefix for prefix in sorted(PRESENT_PREFIXES, key=len, reverse=True) if key.startswith(prefix)), None)
    return None if prefix is None else key[len(prefix):]


def _recalls(cue: str) -> bool:
    """Is the speech verb the past durative of saying (می‌گفت، می‌فرمودند)?"""
    rest = _durative_rest(cue)
    return rest is not None and (rest in RECALLING_PAST_STEMS or rest.endswith("ند") and rest[:-2] in RECALLING_PAST_STEMS)


def _reveres(cue: str) -> bool:
    """Is the speech verb the honorific present (می‌فرمایند)?"""
    rest = _durative_rest(cue)
    return rest is not None and rest.startswith(HONORIFIC_PRESENT_STEMS)


def _narrator_speaks(folded: str) -> bool:
    """Does وی stand in the words (``وی با بیان اینکه ... کردیم، ...``)? Nobody calls himself وی:
    the report is speaking there, whatever person the words it reports are in."""
    return any(word_key(word) == NARRATOR_WORD for word in WORD.findall(folded))


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
    if not quoted_to_the_end(folded, outer_start, outer_end):
        return None
    start, end = trim_quote(folded, outer_start + 1, outer_end - 1)
    if len(folded[start:end].split()) < MIN_ANSWER_WORDS or not ends_like_a_sentence(folded[start:end]):
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
        close = closing_mark(folded, 0)
        start, end = trim_quote(folded, 0, close if close >= 0 else len(text))
        if end > start:
            going_on.append(Found(where, start, end, "direct", "", text[start:end], Mention("pronoun", where=where)))
        if close >= 0:
            return going_on
    return []


def _frames_an_interview(text: str) -> bool:
    """Does a paragraph speak of an interview (گفت‌وگو، مصاحبه)?"""
    return _speaks_of(text, INTERVIEW_FRAME, INTERVIEW_STEMS)


def _speaks_of(text: str, frame: re.Pattern, stems: tuple[str, ...]) -> bool:
    """Does ``frame`` find its words in the paragraph? Folded only when it may: a paragraph holding
    none of the letters folding never changes in them (``stems``) cannot hold the words."""
    return any(stem in text for stem in stems) and bool(frame.search(fold_letters(text)))


def _is_heading(text: str) -> bool:
    """A subheading between an interview's answers: a few words, no full stop or question mark
    (a question set in bold, ``**...؟**``, ends on its question mark: it is asked, not a heading)."""
    text = text.strip(BLANKS + BOLD_MARK)
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


def _frames_questions(item: Found, doc: Document) -> bool:
    """Does the cue's paragraph speak of questions put (``به سوالات ما پاسخ داد:``)? Then it frames
    an interview: the question after its colon is asked, not the speaker's words, and the
    paragraph after the question is the first answer."""
    keys = (word_key(word) for word in WORD.findall(fold_letters(doc.paragraphs[int(item.where.split(":")[1])])))
    return any(key.startswith(QUESTION_NOUN_STEMS) for key in keys)


def _carry_to_next_paragraph(item: Found, doc: Document) -> None:
    """Make an empty direct quote in the body the paragraph that follows it, if any; past a
    subheading (a press conference's topic: ``به سوالات پاسخ گفت:``, ``بازی مقابل هوئسکا``, then
    the answer), which is nobody's words."""
    if item.kind != "direct" or not item.where.startswith("body:"):
        return
    number = int(item.where.split(":")[1]) + 1
    if number + 1 < len(doc.paragraphs) and _is_heading(doc.paragraphs[number]) and _answers(doc.paragraphs[number + 1]):
        number += 1
    if number + 1 < len(doc.paragraphs) and _is_question(doc.paragraphs[number]) \
            and (answer_label_end(fold_letters(doc.paragraphs[number + 1]))
                 or _frames_questions(item, doc) and _answers(doc.paragraphs[number + 1])):
        number += 1  # ``به پرسش‌های ما پاسخ داد:`` then ``س: ...؟`` and ``ج: ...``: the answer is the quote
        item.mention = dataclasses.replace(item.mention, answer=True)  # the one who answers: the interviewee
    if number >= len(doc.paragraphs):
        return
    following = doc.paragraphs[number]
    if _ends_on_colon(following):
        return  # a label introducing words of its own (حضرت امام:)
    folded = fold_letters(following)
    first_cue = DIRECT_CUE.search(folded)
    limit = find_sentence_start(folded, first_cue.start()) if first_cue else len(following)
    start, end = trim_quote(folded, answer_label_end(folded), limit)
    item.where, item.start, item.end, item.text = f"body:{number}", start, end, following[start:end]
