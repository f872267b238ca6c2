"""Pass 1 over one field: its quotes, shape by shape, and the people it introduces.

quotes_in_field reads the direct quotes first (``direct``), and the indirect and
guillemet ones only outside them (``indirect``, ``guillemets``). Each quote comes
with the Mention of its speaker, unresolved. The rest of this module finds whom a
field introduces without quoting them (a name opening it, a person asked, the subject
of a plain sentence before ``او گفت``), so pass 2 knows whom a pronoun means.
"""

from __future__ import annotations

import dataclasses
import re
from bisect import bisect_left
from itertools import accumulate, islice

from corpus.names import HONORIFIC_KEYS
from corpus.orthography import ZWNJ, fold_word
from corpus.quotes.constants import (MISTYPED_COLON_OPENING_WORDS, PARTICIPLE, PLURAL_VERB_ENDING, PRONOUN_KEYS, SENTENCE_ENDS,
                                     SUBJECT_WINDOW, TURN_PREPOSITIONS, WHILE_FRAME)
from corpus.quotes.direct import direct_quotes, direct_clauses, headline_quote
from corpus.quotes.found import Found, Introduction, search_verb
from corpus.quotes.guillemets import guillemet_quotes
from corpus.quotes.indirect import indirect_quotes
from corpus.quotes.patterns import (DIRECT_CUES, ASKED, MISTYPED_COLON_CUES, OBJECT_MARKER, PERFECT_AUXILIARY_KEYS, STRAIGHT_MARK_CUES,
                                     WORD)
from corpus.quotes.person import is_bare_past, is_given_name, is_lexicon_noun, verb_forms
from corpus.quotes.sentences import (
    BLANKS,
    Field,
    end_before,
    find_sentence_end,
    find_sentence_start,
    Spans,
)
from corpus.quotes.subjects import (
    GOING_ON_VERB_NOUN_KEYS,
    GOING_ON_VERB_STEM_KEYS,
    THAT,
    after_conjunction,
    clause_words,
    Mention,
    Word,
    opens_name,
    copula_at,
    copular_name_length,
    indefinite_person,
    skip_agency,
    skip_openers,
    source_line_end,
    starts_role,
    subject,
    word_key,
)


def quotes_in_field(field: Field) -> list[Found]:
    """Direct quotes first; indirect and guillemet ones only outside them, in text order. A quote
    whose subject is a text (``ماده ۵ قانون کار می‌گوید``: Mention.text) is no one's: its words
    stay taken, so no later reader hands them to whoever spoke last, and it is dropped here."""
    direct_cues = _direct_cues(field.folded)  # read twice: scanned once
    found = direct_quotes(field, direct_cues)
    if field.where in ("title", "lead") and not found:
        found = headline_quote(field)
    taken = Spans([(f.start, f.end) for f in found])
    found += indirect_quotes(field, taken)
    taken = Spans([(f.start, f.end) for f in found] + direct_clauses(field.folded, direct_cues))
    found += guillemet_quotes(field, taken)
    found = [item for item in found if not item.mention.text]  # the one place a text's clause is dropped
    found.sort(key=lambda f: f.start)
    for item in found:  # ``... نیز افزود``: someone besides, whatever the verb says
        item.mention.going_on = item.mention.going_on or _goes_on(item.cue) and not item.mention.also
    return _told_inside_a_pronouns_sentence(field, found)


def _told_inside_a_pronouns_sentence(field: Field, found: list[Found]) -> list[Found]:
    """``وی در پاسخ به این سوال که X گفته است CLAIM، گفت: ...``، ``او در واکنش به اظهارات X مبنی
    بر CLAIM، افزود: ...``: a sentence that opens on وی/او speaks with the verb after the quote of
    X it holds, so X's words are told in passing (an aside): the one the pronoun means keeps
    the floor, for this verb and the ``وی افزود`` after it."""
    spoken = _pronoun_verbs_by_sentence(field, found)
    return [dataclasses.replace(quote, mention=dataclasses.replace(quote.mention, aside=True))
            if spoken and _inside_a_pronouns_sentence(field, quote, spoken) else quote for quote in found]


def _pronoun_verbs_by_sentence(field: Field, found: list[Found]) -> dict[int, int]:
    """Where each sentence starts whose cue a وی/او quote has, and where its last such quote
    starts: read once per field, so a paragraph of many quotes costs no more than its length."""
    spoken: dict[int, int] = {}
    for quote in found:
        if quote.mention.ref == "pronoun" and quote.mention.personal:
            sentence = _cue_sentence_start(field.folded, quote.start)
            spoken[sentence] = max(spoken.get(sentence, quote.start), quote.start)
    return spoken


def _inside_a_pronouns_sentence(field: Field, quote: Found, spoken: dict[int, int]) -> bool:
    """Is the quote a named speaker's, in a sentence that opens on a personal pronoun whose own
    speech verb (a later quote of that pronoun, its cue in the same sentence) follows it?"""
    if quote.mention.ref != "name" or quote.mention.aside:
        return False
    sentence = find_sentence_start(field.folded, quote.start)
    if spoken.get(sentence, -1) < quote.end:
        return False
    words = skip_openers(clause_words(field.folded, sentence, quote.start))
    return bool(words) and words[0].key in PRONOUN_KEYS


def _cue_sentence_start(folded: str, start: int) -> int:
    """Where the sentence of a quote's cue starts: before its colon when a colon ends the cue
    (``وی ... گفت: QUOTE``), else where the quote's own sentence starts."""
    before = end_before(folded, start, BLANKS + "«\"")
    if before > 0 and folded[before - 1] == ":":
        return find_sentence_start(folded, before - 1)
    return find_sentence_start(folded, start)


def _direct_cues(folded: str) -> list[re.Match]:
    """The cues that open direct quotes, in text order: a speech verb and its colon, or the ؛ a
    slip typed for it (MISTYPED_COLON_CUES), or the straight mark opening the quotation typed in
    its place (STRAIGHT_MARK_CUES)."""
    cues = list(DIRECT_CUES.finditer(folded))
    mistyped = [match for match in MISTYPED_COLON_CUES.finditer(folded) if _opens_what_was_said(folded, match)]
    mistyped += [match for match in STRAIGHT_MARK_CUES.finditer(folded)
                 if _opens_a_straight_quotation(folded, match) and told_as_past(match.group("cue"))]
    return sorted(cues + mistyped, key=lambda match: match.start()) if mistyped else cues


def _opens_a_straight_quotation(folded: str, match: re.Match) -> bool:
    """Does the straight mark after the speech verb (in the past, as a report tells who spoke)
    open a quotation of its own (an even number of marks before it in the field)? After an odd
    number it closes one (``... خواهد شد" برتری``); inside a «» left open before it, it quotes
    someone within another's words (``«X گفته بود "..." ...»``), which ANNOTATION.md leaves inside
    the quote holding it. The mark itself opens what was said, so the words around it need none
    of the ؛'s checks (_opens_what_was_said)."""
    before = folded[:match.end()]
    return before.count('"') % 2 == 0 and before.count("«") <= before.count("»")


def _opens_what_was_said(folded: str, match: re.Match) -> bool:
    """Does the ؛ after a speech verb stand for its colon? Not when the verb has its object before
    it (``این را X گفت؛ جمله‌ای که ...``، ``این خبر را تکذیب کرد؛``): what follows is the report's
    comment; nor when the words after it give someone the word with a verb of their own (``به
    یکدیگر پاسخ دادند؛ کیانی می‌گوید ...``): a new clause with its own cue. The verb is in the past
    or the perfect, as a report tells who spoke: ``یادآور می‌شود؛`` is the reporter's own note."""
    if not told_as_past(match.group("cue")):
        return False
    if OBJECT_MARKER.search(folded, find_sentence_start(folded, match.start()), match.start()):
        return False
    opening = list(islice(WORD.finditer(folded, match.end()), MISTYPED_COLON_OPENING_WORDS))
    return not opening or search_verb(folded, match.end(), opening[-1].end()) is None


def told_as_past(cue: str) -> bool:
    """Is the speech verb a past (افزود، عنوان کردند) or a perfect (گفته است، اعلام کرده‌اند)?"""
    words = [word_key(word) for word in cue.replace(ZWNJ, " ").split()]
    if len(words) >= 2 and words[-1] in PERFECT_AUXILIARY_KEYS and words[-2].endswith(PARTICIPLE):
        return True
    verb = words[-1]
    return is_bare_past(verb) or verb.endswith(PLURAL_VERB_ENDING) and is_bare_past(verb[:-len(PLURAL_VERB_ENDING)])


def _goes_on(cue: str) -> bool:
    """Does the speech verb say its subject goes on speaking (افزود، ادامه داد، اضافه کرد)? Then
    the subject is whoever spoke last, as after همچنین (Mention.going_on)."""
    first = word_key(cue.split()[0]) if cue.strip() else ""
    return first in GOING_ON_VERB_NOUN_KEYS or any(stem in first for stem in GOING_ON_VERB_STEM_KEYS)


def introduction(field: Field, quotes: list[Found]) -> Introduction | None:
    """The person a field opens on, when it opens on a well-introduced name, or on a name only
    the wide list holds that a pronoun speaking later in the field points back to."""
    words = _opening_words(field)
    opens = bool(words) and opens_name(words)
    if not words or not (opens or is_given_name(words[0].key)):
        return None
    mention = before_its_predicate(field, words, subject(field, words)[0])
    pointed_back = not opens and _pointed_back_to(field, words, mention, quotes)
    if mention.ref != "name" or not (mention.strong or pointed_back) or _first_person_verb_after(words, mention) \
            or _honorifics_only(mention) or _name_alone(field, mention):
        return None
    if not opens and not (_wide_listed_with_office(words, mention) or pointed_back):
        return None
    if pointed_back and not mention.strong and len(mention.name_keys) == 1:
        mention.known_only = True  # انتظار، رضایت: a noun the wide list holds, unless quoted so elsewhere
    return Introduction(field.where, words[0].start, mention)


def before_its_predicate(field: Field, words: list[Word], mention: Mention) -> Mention:
    """The name a copular introduction opens on, without its predicate (``رحیم پیرمردی هفتاد ساله
    است``: subjects.copular_name_length), with what follows it up to the copula as the person's
    role when that is a trade or an office (``نرگس سلیمانی معلم روستای بالا است``: این معلم points
    back to it), not when it is a description with the indefinite ی (پیرمردی)."""
    keys = [word.key for word in words]
    length = len(mention.name_keys)
    at = next((n for n in range(len(keys)) if tuple(keys[n:n + length]) == mention.name_keys), None) \
        if mention.ref == "name" and length else None
    end = copular_name_length(keys[at:], length) if at is not None else length
    if end == length:
        return mention
    shorter = subject(field, words[at:at + end])[0]
    if shorter.ref != "name":
        return mention
    predicate = words[at + end:at + copula_at(keys[at:], end)]
    role = "" if not predicate or indefinite_person(predicate[0].key) else field.text[predicate[0].start:predicate[-1].end]
    return dataclasses.replace(shorter, role=role, strong=True)


def _pointed_back_to(field: Field, words: list[Word], mention: Mention, quotes: list[Found]) -> bool:
    """Does the field open on a wide-listed given name as its first sentence's subject and go on
    to quote a pronoun or a bare verb (``ثریا ۴۴ سال دارد ... . او می‌گوید: ...``، ``سیما فتحی از ...
    گله دارد؛ به گفته او، ...``)? They stand for a person, and nobody else is named before them in
    the field: the word is the name of the one the feature is about, not a noun (سیما)."""
    return (mention.ref == "name" and mention.name_keys[:1] == (words[0].key,) and not mention.role
            and any(quote.mention.ref == "pronoun" and not (quote.mention.anonymous or quote.mention.organisation)
                    and _sentence_ends_between(field.folded, words[-1].end, quote.start) for quote in quotes))


def _sentence_ends_between(folded: str, start: int, end: int) -> bool:
    """Does a sentence end (. ؛ !) between two offsets? A pronoun speaking in the opening
    sentence itself (a topic heading's ``رضایت به تساوی ...: «...»``) points back to nobody."""
    return any(mark in folded[start:end] for mark in SENTENCE_ENDS)


def _wide_listed_with_office(words: list[Word], mention: Mention) -> bool:
    """Does a name whose given name only the wide list holds (پریسا، سیما، شیما: FIRST_NAMES
    holds too few women's, Kurdish and Turkish names) open the field with its office beside it
    (``پریسا فروتن، مدیرکل دارو ...، در گفت‌وگو با ... پاسخ داد``)? Then it introduces that person
    as a kept-list name does; alone, the word may be a noun (سیما، the broadcaster)."""
    return len(mention.name_keys) > 1 and mention.name_keys[0] == words[0].key and bool(mention.role)


def opening_title(field: Field) -> str:
    """The title a field's first sentence opens on as its subject (معاون ... سازمان بهزیستی در
    نشستی ... تشریح کرد), else ""."""
    words = _opening_words(field)
    if not words or not starts_role(words, 0):
        return ""
    mention, _ = subject(field, words)
    return mention.role if mention.ref == "title" and not (mention.anonymous or mention.indefinite) else ""


def _opening_words(field: Field) -> list[Word]:
    """The words a field's first sentence opens on, up to its verb: past a byline, an agency,
    an opener and a conjunction (اما فرشته نوروزی، عضو ...، با ... مخالفت کرد)."""
    start = source_line_end(field.folded, 0, SUBJECT_WINDOW)  # past a byline's ؛ too
    end = min(find_sentence_end(field.folded, start), start + SUBJECT_WINDOW)
    verb = search_verb(field.folded, start, end)
    end = verb.start() if verb else end
    return after_conjunction(skip_openers(skip_agency(clause_words(field.folded, start, end))))


def _name_alone(field: Field, mention: Mention) -> bool:
    """Is the field the name and nothing else but a bracket (``رضا اسدی (۶۵ علی دشتی)``)? A line
    of a lineup or a caption: it gives nobody the floor, and a title after it (داور، سرمربی)
    is not that player's. Not a label (``امام خمینی(ره):``), whose colon hands them the next
    paragraph's words."""
    if ":" in field.folded:
        return False
    outside = _BRACKETED.sub(" ", field.folded)
    keys = {word_key(word) for word in WORD.findall(outside)} - {",", "،"}
    return keys <= set(mention.name_keys) | HONORIFIC_KEYS


_BRACKETED = re.compile(r"\([^()]*\)")
TURN_PREPOSITION_KEYS = frozenset(fold_word(word) for word in TURN_PREPOSITIONS)


def _honorifics_only(mention: Mention) -> bool:
    """Is the name titles alone (``خانم دکتر، از کجا بفهمیم ...؟``)? That addresses someone the
    article named before, as a reporter's question does; it introduces nobody new."""
    return all(key in HONORIFIC_KEYS for key in mention.name_keys)


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
    introduces them) or in full (a given name and a surname: ``حمید صادقی پشت تریبون رفت``),
    or one word no lexicon calls a noun that the headline (title and lead, folded words) names
    too, as a story's subject is (کونته)."""
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
            mention.known_only = not (mention.strong and (mention.role or len(keys) > 1)
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
    start = source_line_end(field.folded, start, end)  # a live report's ``۱۸:۴۰ -`` before the name
    words = skip_openers(skip_agency(clause_words(field.folded, start, end)))
    if not words or any(_person_asked(field, verb) for verb in ASKED.finditer(field.folded, start, end)):
        return None  # ``X از Y پرسید ... . او گفت``: the one asked answers (people_asked), not the asker
    mention = before_its_predicate(field, words, subject(field, words)[0])
    if mention.ref == "name" and not mention.strong and len(mention.name_keys) == 1:  # a thing, read as a name
        mention = _person_whose_turn(field, words) or mention
    if mention.ref != "name":
        mention = _subject_inside_a_while_frame(field, words) or mention
    if mention.ref == "name" and not mention.organisation and not mention.object_follows:
        return mention
    return None


def _subject_inside_a_while_frame(field: Field, words: list[Word]) -> Mention | None:
    """``این وعده در حالی اعلام می‌شود که پیشتر سردار X ... پیشنهاد داده بود.``: a sentence whose
    subject is a thing (the report's frame: این اظهارات، این مساله) and whose ``در حالی ... که``
    clause has a named subject of its own: that one is whom the ``وی`` of the next sentence
    means. None when there is no such frame or nobody is named right after its که."""
    keys = [word.key for word in words]
    frame = next((n for n in range(len(keys)) if tuple(keys[n:n + 2]) == WHILE_FRAME), None)
    that = next((n for n in range(frame + 2, len(keys)) if keys[n] == THAT), None) if frame is not None else None
    if that is None or that + 1 == len(words):
        return None
    mention, _ = subject(field, words[that + 1:])
    return mention if mention.ref == "name" and mention.strong else None


def _person_whose_turn(field: Field, words: list[Word]) -> Mention | None:
    """``نوبت به رضا یزدانی رسید``، ``سپس از کاظم رفیعی دعوت شد``: a sentence whose subject is a
    thing names the person it is about after به or از; a name in full there (a given name and a
    surname) is whom the ``او`` of the next sentence means."""
    for n in range(1, len(words)):
        if words[n - 1].key in TURN_PREPOSITION_KEYS:
            mention, _ = subject(field, words[n:])
            if mention.ref == "name" and mention.strong and len(mention.name_keys) > 1:
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
