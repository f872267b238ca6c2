"""Reading subjects: who the words before a speech verb name, as a Mention.

A subject is the clause's first noun phrase with its comma appositives; it is
split into a name, roles or an organisation, and says how it refers to the
speaker (by name, by title or as a pronoun).
"""

from __future__ import annotations

import dataclasses
import functools
import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass

from corpus.names import (A_ONE, DEMONSTRATIVE, FIRST_NAMES, HONORIFIC_KEYS, INDEFINITE, SERVANT_OF_NAME_LETTERS,
                          SERVANT_OF_PREFIX, drop_glued_honorific, leading_honorifics)
from corpus.orthography import fold_folded, fold_word
from corpus.quotes.constants import (
    MAX_OFFICE_COMPLEMENT_WORDS,
    OFFICE_COMPLEMENT_PREPOSITIONS,
    PLAIN_SPEECH_VERBS,
    DOCUMENT_TEXT_NOUN,
    BARE_TIME_NOUNS,
    NEXT_WORD_CHARS,
    TEXT_NAME_WORDS,
    OUTLET_NAME_TAILS,
    PREPOSITIONS_AFTER_A_NAME,
    PREDICATE_COPULAS,
    ANOTHER_ONE,
    ROLE_ENDING_ADVERBS,
    POINTED_BACK_OBJECTS,
    CLEFT_COPULAS,
    CLEFT_OPENER,
    EXTRAPOSING_PREVERBS,
    EXTRAPOSING_VERBS,
    HYPHENS,
    OFFICE_AFFAIRS,
    REPRESENTATIVE_HEADS,
    REPRESENTATIVE_SEATS,
    WITH_COMPLEMENT_NOUNS,
    SENT_TO_WORDS,
    ORGANISATION_FROM_NOUNS,
    ALIAS_BEFORE,
    FAMED_AS_CLOSERS,
    THAT_IS,
    FULL_NAME_OPENERS,
    KNOWN_AS_CLOSER,
    KNOWN_AS_OPENERS,
    BESIDES_WORDS,
    CALLED_OBJECTS,
    CALLED_VERBS,
    KIN_ADDRESS,
    MAX_CALLED_NAME_WORDS,
    CONTRAST_WORDS,
    MANNER_WORDS,
    GIVEN_NAME_SECOND_HALVES,
    COUNT_ADJECTIVES,
    AGE_UNITS,
    COMPLEMENT_ADJECTIVES,
    AGE_UNIT_BARE,
    SET_OFF_PREPOSITIONS,
    MAX_SET_OFF_COMPLEMENT_WORDS,
    FROM_OBJECT_VERB_NOUNS,
    REPORTING_WORDS,
    GIVEN_NAMES_OF_GOD,
    GODS_NAME,
    MIN_NAME_WORDS_BEFORE_DESCRIPTION,
    INTRODUCING_COPULAS,
    MAX_PREDICATE_WORDS,
    ONE_WORD_NAME_DESCRIPTIONS,
    PREDICATE_HEADS,
    PRESENT_ENDINGS,
    PRESENT_PREFIXES,
    INDEFINITE_AFTER_HE,
    SILENT_HE,
    INDEFINITE_ENDINGS,
    DOER_ENDING,
    PERSON_DESCRIPTIONS,
    PERSONAL_POSSESSIVE_ENDINGS,
    SPEECH_VERB_WORDS,
    SURNAME_TAILS,
    TOPIC_PHRASES,
    REFERRING_PHRASES,
    AGENCY_WORDS,
    OUTLET_HEADS,
    OUTLET_QUOTING_PHRASES,
    DATELINE_AGENCIES,
    MAX_DATELINE_PARTS,
    MAX_DATELINE_WORDS,
    PROVINCE_NAMES,
    ADJECTIVE_ENDING,
    EZAFE_AFTER_VOWEL_ENDINGS,
    BODY_PLACE_PREPOSITION,
    MAX_PLACE_NAME_WORDS,
    PROVINCES_IN_TWO_PARTS,
    AGENT_PLURAL_ENDINGS,
    ASKING_PHRASES,
    AS_CLAUSE_OPENERS,
    CALLED_BY_NAME,
    COMMENT_COPULAS,
    COMMENT_THATS,
    MAX_COMMENT_WORDS,
    CLASS_NOUNS,
    CLASS_UNITS,
    CLAUSE_JOINERS,
    COUNTRY_NAMES,
    DEMONSTRATED_BODIES,
    DEMONSTRATIVES,
    BODY_NAME_PREPOSITIONS,
    DOCUMENT_NOUNS,
    REPORT_MAKER_SKIPS,
    REPORT_VERBS,
    REPORT_NOUNS,
    NO_BODY_SPEAKING,
    POINTED_DOCUMENT_NOUNS,
    EMPHATIC_SELF,
    EVENT_WORDS,
    SEATED_ROLE_HEADS,
    FRIDAY_PRAYER_WORDS,
    FROM_COMPLEMENT_NOUNS,
    GLUED_ROLE_HEADS,
    GOING_ON_VERB_NOUNS,
    GOING_ON_VERB_STEMS,
    GOING_ON_WORDS,
    FEW_WORDS,
    GROUP_INDEFINITE_YE,
    GROUP_SHARE_UNITS,
    GROUP_SUBJECTS,
    JOINT_SUBJECTS,
    HOLY_HONORIFICS,
    SURNAME_HONORIFICS,
    INFINITIVES,
    LIGHT_VERBS,
    LIGHT_VERB_PAST_ENDINGS,
    MAX_BARE_NAME_WORDS,
    MAX_CLAUSE_WORDS,
    HEADING_NOUNS,
    HEADING_PREPOSITIONS,
    MAX_NAME_WORDS,
    TAKING_CHARGE,
    TAKING_CHARGE_WINDOW,
    MAX_NAMED_AS_AT,
    NAMING_ONE_OF,
    MAX_OCCASION_WORDS,
    MAX_PHRASE_WORDS,
    MAX_SHARE_WORDS,
    SHARE_UNITS,
    MAX_SUBJECT_WORDS,
    MIN_PLURAL_STEM,
    PEOPLE_BROKEN_PLURALS,
    PEOPLE_PLURAL_ENDING,
    PERFECT_ENDINGS,
    AGENT_PLURAL_STEM_END,
    AGENT_SINGULAR_END,
    PLURAL_COPULA,
    SURNAME_PLURAL_LOOKALIKE,
    VOWEL_PLURAL_STEM_ENDS,
    MIN_ROLE_WORDS_BEFORE_OBJECT,
    NAMESAKE_HEADS,
    NAME_PARTICLES,
    NAME_SECOND_HALVES,
    NON_NAME_WORDS,
    NOUN_BEFORE_NAME_PREPOSITIONS,
    ADVERBIAL_OPENERS,
    ADDRESS_WORDS,
    NUMBERED_BODIES,
    NUMBERED_NOUNS,
    SEASONS_AND_MONTHS,
    NUMBER_UNIT_KINDS,
    ORDINAL_ADJECTIVES,
    OBJECT_OPENERS,
    ONCE_NOUNS,
    PLACE_NAME_TAILS,
    PLACE_UNITS,
    NATIONAL_TEAM,
    NATIONAL_TEAM_WORDS,
    ONE_WORD_PLURAL_ENDINGS,
    PART_OF_WORDS,
    PLACE_NAME_ENDINGS,
    SUBJUNCTIVE_ENDINGS,
    ALA_ADVERBS,
    PLURAL_APART,
    PLURAL_GLUED_ENDINGS,
    PLURAL_PRONOUNS,
    PLURAL_PRONOUN_HEADS,
    PREDICATE_STARTS,
    PAPER_HEADS,
    PUBLISHED_IN,
    QUANTITY_WORDS,
    QUESTION_MARKS,
    QUOTE_CLOSERS,
    ROLE_CLOSING_HONORIFICS,
    FORMER_NAME_ENDS,
    ADJECTIVE_MAKING_STEMS,
    ROLE_COMPOUNDS,
    SENTENCE_CONJUNCTIONS,
    SPLIT_COMPOUNDS,
    SUBJECT_WINDOW,
    TIME_QUALIFIERS,
    TOLD_TO_THE_SPEAKER,
    WEEKDAY_TAIL,
    WHILE_FRAME,
    WRITTEN_VOWELS,
)
from corpus.quotes.person import (
    is_foreign_given_name,
    is_finite_verb,
    is_given_name,
    is_lexicon_adjective,
    is_lexicon_noun,
    is_lexicon_noun_or_with_ye,
    is_bare_past,
    is_past_participle,
    is_person_name,
    is_plural_verb,
    is_possessed_noun,
    name_end,
    non_name_kind,
    opens_time_phrase,
    stands_before_its_noun,
    tells_manner,
    time_word_surname,
    weekday_of_a_time_phrase,
    unlisted_word,
)
from corpus.quotes.sentences import BLANKS, Field, end_before, find_sentence_start
from corpus.quotes.patterns import (
    ROLE_HEAD_STUTTERS,
    AGENCY_SOURCE,
    DATELINE_PART,
    CLAUSE_OPENER,
    HONORIFIC_LEXICON,
    HONOURING_LEXICON,
    NAME_HEAD_WORDS,
    PERSON_HEAD_WORDS,
    Lexicon,
    OFFICE_LEXICON,
    OPENER_LEXICON,
    ORGANISATION_LEXICON,
    FOREIGN_OUTLET_LEXICON,
    PRONOUN_LEXICON,
    TEXT_LEXICON,
    TEXT_POINTER_KEYS,
    RELATION_LEXICON,
    ROLE_LEXICON,
    SOURCE_LINE,
    SUBORDINATOR_LEXICON,
    WORD,
    WORD_PART,
    TEAM_HEAD,
    WORD_START,
    WORD_END,
    make_lexicon,
)

AS_CLAUSE_LEXICON = make_lexicon(AS_CLAUSE_OPENERS)
CONJUNCTION_KEYS = frozenset(fold_word(word) for word in SENTENCE_CONJUNCTIONS)
PEOPLE_BROKEN_PLURAL_KEYS = frozenset(fold_word(word) for word in PEOPLE_BROKEN_PLURALS)
CLAUSE_JOINER_KEYS = frozenset(fold_word(word) for word in CLAUSE_JOINERS)
ALSO_WORDS = frozenset(fold_word(word) for word in ("نیز", "هم"))
BESIDES_KEYS = frozenset(fold_word(word) for word in BESIDES_WORDS)
CONTRAST_KEYS = frozenset(fold_word(word) for word in CONTRAST_WORDS)
MANNER_PHRASE_KEYS = tuple(tuple(fold_word(word) for word in phrase.split()) for phrase in MANNER_WORDS)
GOING_ON_KEYS = frozenset(fold_word(word) for word in GOING_ON_WORDS)
GOING_ON_VERB_STEM_KEYS = tuple(fold_word(stem) for stem in GOING_ON_VERB_STEMS)
GOING_ON_VERB_NOUN_KEYS = frozenset(fold_word(noun) for noun in GOING_ON_VERB_NOUNS)
DOCUMENT_NOUN_KEYS = frozenset(fold_word(word) for word in DOCUMENT_NOUNS)
REPORT_NOUN = re.compile("(?<![^\\s«(])(?:" + "|".join(fold_folded(noun) for noun in REPORT_NOUNS)
                         + ")(?P<indefinite>\u200c?ی)?(?![^\\s،,.«»:؛)])")
REPORT_MAKER_SKIP_KEYS = frozenset(fold_word(word) for word in REPORT_MAKER_SKIPS)
REPORT_POINTERS = frozenset(fold_folded(word) for word in ("این", "همین", "آن", "همان"))
TO, BY_REFERENCE = fold_folded("به"), fold_folded("استناد")
REPORT_VERB_KEYS = frozenset(fold_word(word) for word in REPORT_VERBS)
ISSUED_DOCUMENT_KEYS = DOCUMENT_NOUN_KEYS | frozenset(fold_word(word) for word in POINTED_DOCUMENT_NOUNS)
THAT, AND, ITS = fold_word("که"), fold_word("و"), fold_word("آن")
TEXT_NOUN = fold_word(DOCUMENT_TEXT_NOUN)
THAT_THIS = fold_word("اینکه")
PLURAL_APART_KEYS = frozenset(fold_word(word) for word in PLURAL_APART)
SHARE_UNIT_KEYS = frozenset(fold_word(unit) for unit in SHARE_UNITS)
GROUP_SHARE_UNIT_KEYS = frozenset(fold_word(unit) for unit in GROUP_SHARE_UNITS)
FEW_WORD_KEYS = frozenset(fold_word(word) for word in FEW_WORDS)
SEMICOLON = "؛"
QUESTION_TAIL = BLANKS + QUOTE_CLOSERS + "،,"  # what may stand between a reported question and its answer's verb
# The light verbs of compound verbs in the past, in the persons news and stories use (کرد،
# کردند، کردیم، شدم ...).
LIGHT_VERB_FORMS = frozenset(fold_word(stem + ending) for stem in LIGHT_VERBS for ending in LIGHT_VERB_PAST_ENDINGS)
# ... and their participles (کرده، شده ...), which a compound verb's noun also comes before.
LIGHT_VERB_PARTICIPLES = frozenset(fold_word(stem + "ه") for stem in LIGHT_VERBS)
# ... and their presents with می (می‌کند، میشوند), which a compound verb's noun also comes before.
LIGHT_VERB_PRESENTS = frozenset(fold_word(prefix + joint + present + ending) for present in LIGHT_VERBS.values()
                                for prefix in PRESENT_PREFIXES for joint in ("\u200c", "") for ending in PRESENT_ENDINGS)
# ... and their perfects written as one word, with or without ZWNJ (کرده‌ایم، کردهاند).
LIGHT_VERB_PERFECTS = frozenset(participle + ending for participle in LIGHT_VERB_PARTICIPLES for ending in PERFECT_ENDINGS)
LIGHT_VERB_WORDS = LIGHT_VERB_FORMS | LIGHT_VERB_PARTICIPLES | LIGHT_VERB_PERFECTS
# ... and their bare presents, the subjunctive a compound verb takes without ب (تشکر کنم، کمک کند),
# in the first person too (no noun among the light verbs' but the ordinal دهم).
LIGHT_VERB_SUBJUNCTIVES = frozenset(fold_word(present + ending) for present in LIGHT_VERBS.values()
                                    for ending in SUBJUNCTIVE_ENDINGS + ("م",)) - ORDINAL_ADJECTIVES
LIGHT_VERBS_AFTER_NOUN = (LIGHT_VERB_FORMS | LIGHT_VERB_PARTICIPLES | LIGHT_VERB_PERFECTS | LIGHT_VERB_PRESENTS
                          | LIGHT_VERB_SUBJUNCTIVES)


@dataclass(slots=True)
class Word:
    """A word of a clause: its folded form and where it is in the field."""

    key: str  # fold_word(text): no ZWNJ, Persian letters
    start: int
    end: int


@dataclass
class Mention:
    """How one quote refers to its speaker, before the article is resolved.

    ``strong`` names came with a given name, an honorific or a role beside
    them, so they can be trusted to start the article's table of people;
    others (``وارسته با اشاره ...``) are matched against those first.
    """

    ref: str  # "name" | "pronoun" | "title"; a name may turn out to be a surname
    name_words: tuple[str, ...] = ()  # the name as written, honorifics dropped
    name_keys: tuple[str, ...] = ()  # the same words folded
    role: str = ""  # role phrase as written
    strong: bool = False
    anaphoric: bool = False  # ``این مسئول``: the title of whoever is speaking
    anonymous: bool = False  # ``رسانه‌ها``, ``کارشناسان``, ``آنها``: a group, never a named person
    organisation: bool = False  # ``ستاد برگزاری نماز جمعه``: speaks under its own name
    object_follows: bool = False  # ``کوشکی فرهنگ بسیجی را``: the name may be shorter
    role_before_object: bool = False  # ``شهردار ... ضرورت آموزش را``: the role may have run into the object
    object_words: str = ""  # the words cut off such a role, as written: the object's, so the claim's
    before_object: tuple[str, ...] = ()  # the words from the name to the object, as written: it may be longer
    noun_runs_on: bool = False  # ``تراکتور و کمباین ... را``: a common noun and و, maybe no subject
    known_only: bool = False  # a label line (``ماتا: ...``): a speaker only if the article names them otherwise
    personal: bool = False  # ``وی``/``او`` said, not a bare verb: a person, never an organisation
    also: bool = False  # ``... نیز گفت``, ``... اما گفت``: someone besides who spoke last
    going_on: bool = False  # ``... همچنین گفت``: whoever spoke last, going on
    indefinite: bool = False  # ``یک کارشناس``، ``یکی از نمایندگان``: someone not named before
    serves: bool = False  # ``سخنگوی حماس``، ``وکیل کریمی``: the words after the head read as the one the holder serves
    bare: bool = False  # ``سازمان`` alone: an organisation's kind, no demonstrative before it
    document: bool = False  # ``در پیام X آمده است``، ``این پیام می‌افزاید``: the words of the document's author
    recalled: bool = False  # a name from a clause before (X بیانیه‌ای صادر کرد. در این بیانیه ...): referred to as a pronoun does
    aside: bool = False  # ``در مورد اینکه X اعلام کرده ...، گفت``: told inside another's sentence, keeps no floor
    asked_about: bool = False  # ``X گفته است ... پاسخ شما چیست؟``: a reporter's question reports X: not the one asked
    interviewee: bool = False  # ``با X گفت‌وگو کردیم``: the one the report interviews, whose the answers are
    answer: bool = False  # a paragraph answering a reporter's question: the interviewee's words
    label: bool = False  # a role's label line (``سرمربی تیم مقابل: ...``): that role's holder, else nobody named
    called: bool = False  # ``... که او را «عمو جلال» صدا می‌کنند``: the name they go by, whole as written
    text: bool = False  # ``قانون اساسی تصریح می‌کند``، ``این لایحه پیش‌بینی کرده است``: a text, nobody speaks
    where: str = ""


def clause_words(folded: str, start: int, end: int) -> list[Word]:
    """The first MAX_CLAUSE_WORDS words (and commas, as ",") between two offsets.

    A subject sits at the start of its clause, so the words past the limit
    are never needed. How each token is read is :func:`_token_words`.
    """
    return list(_clause_words(folded, start, end))


@functools.lru_cache(maxsize=256)
def _clause_words(folded: str, start: int, end: int, tokens: int = MAX_CLAUSE_WORDS) -> tuple[Word, ...]:
    """clause_words, remembered: the readers of one field ask for the same clause again and
    again (22k clauses for 36k asks over the shared articles). ``tokens`` reads fewer, for a
    reader that needs only the first few words."""
    return tuple(_detached_prefixes_joined(
        [Word(key, match.start() + word_start, match.start() + word_end)
         for match in itertools.islice(WORD.finditer(folded, start, end), tokens)
         for key, word_start, word_end in _token_words(match.group())]))


def _detached_prefixes_joined(words: list[Word]) -> list[Word]:
    """``می شود``، ``نمی کند``: the durative prefix written apart (often, in sports reports)
    is one verb with the word after it, read as the same word written with ZWNJ is, so a
    clause ``... قلمداد می شود اما X مدعی شد`` is seen to end on a verb."""
    joined: list[Word] = []
    for word in words:
        if joined and joined[-1].key in PRESENT_PREFIXES and is_finite_verb(joined[-1].key + word.key):
            joined[-1] = Word(joined[-1].key + word.key, joined[-1].start, word.end)
        else:
            joined.append(word)
    return joined


@functools.lru_cache(maxsize=1 << 16)
def _token_words(token: str) -> tuple[tuple[str, int, int], ...]:
    """The words one token is read as (key, start and end in the token): clauses overlap and
    the same few thousand tokens fill them all, so each is read once.

    A comma is ",". A given name joined to the next word by ZWNJ
    (علی‌السمیسم, محمد‌مهدی) is two words, so the surname can match alone;
    a place (علی‌آباد) or an adverb (علی‌رغم) is one. So is a role head glued to its next word (مهاجم‌قطر).
    """
    if token in "،,":
        return ((",", 0, len(token)),)
    if token == EZAFE:  # ستاره ی تیم: the ezafe written apart belongs to the word before
        return ()
    head, joiner, rest = token.partition("\u200c")
    if joiner and (word_key(head) in GLUED_ROLE_HEADS or word_key(head) in FIRST_NAMES
                   and not word_key(rest).startswith(PLACE_NAME_ENDINGS)
                   and word_key(token).replace("\u200c", "") not in ALA_ADVERBS):
        return (word_key(head), 0, len(head)), (word_key(rest), len(head) + 1, len(token))
    return ((word_key(token), 0, len(token)),)


EZAFE = "ی"


@functools.lru_cache(maxsize=1 << 16)
def word_key(word: str) -> str:
    """fold_word, a role head typed with a stutter read as the head (ROLE_HEAD_STUTTERS). The same
    few thousand words come up in every clause: each is read once."""
    key = fold_word(word)
    return ROLE_HEAD_STUTTERS.get(key, key)


def subject_mention(field: Field, clause_start: int, verb_start: int, skip_object: bool = False) -> Mention:
    """Who the clause before a speech verb names as its subject."""
    clause_start = source_line_end(field.folded, clause_start, verb_start)
    words = clause_words(field.folded, clause_start, verb_start)
    if skip_object:  # «...»؛ این را رضایی می‌گوید / این جمله را ...: drop ``این را``
        while words and words[0].key in _POINTED_BACK_KEYS:
            words = words[1:]
    described = _named_one_the_verb_describes(field, words)
    if described is not None:
        return described
    mention, _ = subject(field, words)
    mention = _office_to_the_verb(field, words, verb_start, mention) or mention
    mention = _quoted_through_an_outlet(field, words, mention) or mention
    mention = _later_clause_subject(field, words, _a_common_noun(mention)) or mention
    mention = _name_called_by(field, words) or mention
    if mention.ref == "pronoun" and not mention.personal:  # یکی از خبرنگاران با اشاره به سخنان X، ...، که ... خوانده بود
        mention = named_one_the_clause_describes(field, words) or mention
    if mention.ref == "title" or mention.ref == "pronoun" and not mention.personal:  # سخنران مراسم X ... بود که گفت
        mention = head_of_extraposed_clause(field, words) or mention
    if mention.ref == "pronoun" and not mention.personal and not mention.anonymous:
        before = _clause_before_semicolon(field.folded, clause_start)  # پوتین ... امروز؛ یک روز پیش ... گفت که
        if before is None:  # رویانیان در پاسخ به این سوال که ...؟ گفت
            before = _clause_before_question(field.folded, clause_start, verb_start)
        if before is not None:
            return subject_mention(field, before, verb_start, skip_object)
    return mention


def _office_to_the_verb(field: Field, words: list[Word], verb_start: int, mention: Mention) -> Mention | None:
    """A title nobody is named with, cut at «بر» or «از», that the clause runs on from in nouns alone
    to a plain speech verb (رئیس اداره نظارت | بر داروهای دامی ... استان گفت:، رئیس ستاد استقبال |
    از نوروز شهرداری ... افزود:): the words up to the verb are the office's own, the object of a
    verbal noun in its name, since no name, time, occasion or claim stands there to end it. Not
    before a verb that takes its claim with those prepositions (از X خبر داد، بر X تاکید کرد)."""
    if mention.ref != "title" or mention.name_words or not mention.role or "،" in mention.role:
        return None
    if not _plain_speech_verb_at(field.folded, verb_start):
        return None
    held = len(mention.role.split())
    rest = words[held:]
    if (not rest or rest[0].key not in OFFICE_COMPLEMENT_PREPOSITIONS
            or not 1 <= len(rest) - 1 <= MAX_OFFICE_COMPLEMENT_WORDS
            or [word_key(w) for w in mention.role.split()] != [w.key for w in words[:held]]):
        return None
    if not all(_noun_of_the_office(rest, n) for n in range(1, len(rest))):
        return None
    return dataclasses.replace(mention, role=as_original(field.text, words))


def _plain_speech_verb_at(folded: str, start: int) -> bool:
    """Does a speech verb that takes no claim with بر or از (PLAIN_SPEECH_VERBS) stand at ``start``?"""
    spelt = re.sub("[\u200c ]+", " ", folded[start:start + 20])
    return any(spelt.startswith(verb) and not spelt[len(verb):len(verb) + 1].isalpha()
               for verb in PLAIN_SPEECH_VERBS)


def _noun_of_the_office(words: list[Word], n: int) -> bool:
    """Can word n go on in an office's name: no comma, predicate word (در، به، را، که، a time),
    occasion or finite verb, which would open the clause's own part? «و» joins the office's
    fields (داروها و فرآورده‌های زیستی) unless a name or another title follows it."""
    key = words[n].key
    if key == AND:
        return n + 1 < len(words) and not opens_name(words[n + 1:]) and not starts_role(words, n + 1)
    return not (key == "," or key in PREDICATE_STARTS or key == THAT or _an_occasion(key)
                or non_name_kind(key) == "time" or is_finite_verb(key))


def _quoted_through_an_outlet(field: Field, words: list[Word], mention: Mention) -> Mention | None:
    """The one an outlet quotes when its verb reports their words (``روزنامه القبس به نقل از X
    مسئول ... اعلام کرد: ...``، ``شبکه الجزیره به نقل از یک منبع امنیتی نوشت``، ``بی.بی.سی از قول وی
    وعده داده است``): the words are X's, a person's or an unnamed source's, and the outlet only
    carries them, as ``به نقل از X، CLAIM`` gives them to X; وی/او there is the one the report
    quotes. Not when X is another outlet or a body (its report or statement is read as the
    subject's credit line), nor when nothing opens a speaker after the phrase."""
    if not _an_outlet(mention):
        return None
    at = next((n + len(phrase) for n in range(len(words)) for phrase in _OUTLET_QUOTING_KEYS
               if tuple(w.key for w in words[n:n + len(phrase)]) == phrase), None)
    if at is None or at >= len(words) or words[at].key in OUTLET_HEADS or is_agency(words[at:]):
        return None
    quoted, _ = subject(field, words[at:])
    if quoted.organisation or quoted.ref == "pronoun" and not quoted.personal:
        return None
    return quoted


_OUTLET_QUOTING_KEYS = tuple(tuple(fold_word(word) for word in phrase.split()) for phrase in OUTLET_QUOTING_PHRASES)


def _an_outlet(mention: Mention) -> bool:
    """Does the subject name a paper, a site, a broadcaster or an agency (روزنامه ...، خبرگزاری ...)?"""
    keys = mention.name_keys or tuple(word_key(word) for word in mention.role.split())
    return (mention.organisation and bool(keys) and (keys[0] in OUTLET_HEADS or keys[0] in AGENCY_WORDS
                                                     or named_alone_as_outlet(keys))
            or _in_dotted_letters(keys))


def _in_dotted_letters(keys: tuple[str, ...]) -> bool:
    """Is the name one word in dotted letters (بی.بی.سی، آ.اس)? Foreign and sports news write an
    outlet or a body so, never a person."""
    return len(keys) == 1 and "." in keys[0]


def _named_one_the_verb_describes(field: Field, words: list[Word]) -> Mention | None:
    """The person named right before a که that the speech verb follows (``وی با اشاره به روایتی از
    X که فرمودند: «...»``، ``یکی از خبرنگاران با اشاره به سخنان ...، X، که گفته بود «...»``): the
    verb opens a relative clause about X, so the words are X's, not the sentence subject's; told
    inside another's sentence, X has no floor after it. A name set off with its office by commas
    (``X، نماینده ...، که``) is read only in full (_named_in_full_before)."""
    if len(words) < 2 or words[-1].key != THAT or is_finite_verb(words[-2].key):
        return None  # ``X روایتی از Y نقل می‌کند که فرمود``: a verb before که, whose clause is another's
    head = named_one_the_clause_describes(field, words) or _named_in_full_before(field, words, len(words) - 1)
    if head is None or len(head.name_keys) == 1 and not _a_surname_alone(words[-2:-1]):
        return None  # ``با بیان این جمله که «...»``: a noun of the lexicon, no surname
    return dataclasses.replace(head, aside=True)


_CALLED_OBJECT_KEYS = frozenset(fold_word(word) for word in CALLED_OBJECTS)
# The words of an object pointing back at a quote (این را، این جمله را), its noun also run together
# (حرف‌ها: حرفها), and آن / اینها.
_POINTED_BACK_KEYS = frozenset(
    [fold_word(word) for phrase in POINTED_BACK_OBJECTS for word in phrase.split()]
    + [fold_word("".join(phrase.split()[1:-1])) for phrase in POINTED_BACK_OBJECTS]
    + [fold_word("آن"), fold_word("اینها")]) - {""}


def _name_mention(field: Field, name: list[Word], **flags) -> Mention:
    """A Mention naming the words ``name`` of the field, as written there and folded."""
    return Mention("name", _as_written(field.text, name), tuple(w.key for w in name), where=field.where, **flags)


def _name_called_by(field: Field, words: list[Word]) -> Mention | None:
    """The name an unnamed speaker goes by, given in their description's relative clause (``مردی
    شصت ساله که اهالی محله او را «عمو جلال» صدا می‌کنند، می‌گوید``; ``سرپرستار بخش که خود را ملیحه
    معرفی می‌کند، گفت``): the words between the object (او را، خود را) and the naming verb
    (CALLED_VERBS), before the first comma after که or a و going on. The report calls them so
    later (عمو جلال ... گفت), and nothing else names them; a description that opens on a name
    keeps it, as does a surname the article writes after a given name elsewhere (``عباسی که
    هواداران او را «شیر» صدا می‌زنند، نوشت`` with سعید عباسی named before): the one described is named."""
    that = next((n for n, word in enumerate(words) if word.key == THAT), None)  # past an opening (کنار او، ...)
    end = next((n for n, word in enumerate(words) if word.key == "," and n > (that or 0)), len(words))
    if not that or opens_name(words[:that]) or that == 1 and _written_after_a_given_name(field, words[0].key):
        return None  # علی رضایی که دوستانش او را ... صدا می‌کنند: named already
    for n in range(that + 1, end - 2):
        if words[n].key not in _CALLED_OBJECT_KEYS or words[n + 1].key != "را":
            continue
        for length in range(1, MAX_CALLED_NAME_WORDS + 1):
            verb_at = n + 2 + length
            if (verb := _called_verb_length(words, verb_at)) and (
                    verb_at + verb == end or words[verb_at + verb].key == AND):  # ... معرفی می‌کند و دانشجوست،
                name = words[n + 2:verb_at]
                if not is_person_name([w.key for w in name], NAME_HEAD_WORDS):
                    return None  # خود را مأمور شهرداری معرفی کرد: a role, not a name
                return _name_mention(field, name, strong=True, called=True)
    return None


def source_line_end(folded: str, start: int, end: int) -> int:
    """Where a source line (به گزارش ...،) opening the words at ``start`` ends, or ``start``. A
    source line holds no verb: one that does ran on to a later clause's comma (به گزارش
    خبرگزاری فارس از شیراز رضا کاظمی در نشستی که ... برگزار شد، گفت), its own comma left out,
    and ends after the agency's name and place (AGENCY_SOURCE)."""
    start = dateline_end(folded, start, end)
    source = SOURCE_LINE.match(folded, start, end)
    if source is None:
        return start
    if any(is_finite_verb(word.key) for word in clause_words(folded, start, source.end())):
        agency = AGENCY_SOURCE.match(folded, start, end)
        if agency:
            return agency.end()
    return source.end()


def dateline_end(folded: str, start: int, end: int) -> int:
    """Where a dateline opening the field at ``start`` ends, or ``start``: its parts, each set off
    by a dash or a slash (a place, a province, an agency, a desk, a date: خرم‌آباد - ، تهران- ایرنا- ،
    شیراز/ ، ۱۲ آذر ۱۳۹۸ -), come before the sentence's subject and are never the speaker's name.
    Only at the field's start, and only when someone named or titled, or a source line, opens
    after them; not when a part opens a name or a role (علی دایی - سرمربی سایپا - گفت), nor when a
    role set off by a dash follows (رضایی- مدیرکل بهزیستی- گفت: the first part was a name)."""
    if end_before(folded, start, BLANKS):
        return start
    at = start
    for _ in range(MAX_DATELINE_PARTS):
        part = DATELINE_PART.match(folded, at, end)
        if part is None or not _a_dateline_part(clause_words(folded, at, part.end())):
            break
        at = part.end()
    if at == start or _role_set_off_after(folded, at, end):
        return start
    after = clause_words(folded, at, end)
    province = _province_words(after)
    if province and len(after) > province and opens_speaker(after[province:]):
        return after[province].start
    return at if after and (opens_speaker(after) or SOURCE_LINE.match(folded, at, end)) else start


def _province_words(words: list[Word]) -> int:
    """How many words a province's name opening the words takes (خراسان رضوی، چهارمحال و
    بختیاری، فارس), or 0: after an agency's tag it is the dateline's place (ایسنا/خراسان رضوی)."""
    if not words or words[0].key not in PROVINCE_NAMES:
        return 0
    if len(words) > 2 and words[0].key in PROVINCES_IN_TWO_PARTS and words[1].key == AND:
        return 3
    return 2 if len(words) > 1 and words[1].key in PLACE_NAME_TAILS else 1


def _past_dateline(field: Field, words: list[Word]) -> list[Word]:
    """The words after a dateline opening the field (dateline_end), for the readers that read a
    subject from the sentence's first word on."""
    if not words:
        return words
    at = dateline_end(field.folded, words[0].start, words[-1].end)
    return words if at == words[0].start else [w for w in words if w.start >= at]


def _a_dateline_part(words: list[Word]) -> bool:
    """Can the words before a dash be a dateline's part: a few words, no verb or comma, and no
    name's or role's opening (an agency's acronym may look like a given name)?"""
    if not 0 < len(words) <= MAX_DATELINE_WORDS or any(w.key == "," or is_finite_verb(w.key) for w in words):
        return False
    return words[0].key in DATELINE_AGENCIES or not opens_speaker(words)


def _role_set_off_after(folded: str, at: int, end: int) -> bool:
    """Does a role closed by a dash follow (``رضایی- مدیرکل بهزیستی استان- گفت``)? Then what
    went before the first dash was the speaker's name, set off as the role is."""
    part = DATELINE_PART.match(folded, at, end)
    if part is None:
        return False
    words = clause_words(folded, at, part.end())
    return bool(words) and opens_speaker(words) and not any(is_finite_verb(w.key) for w in words)


def _clause_before_semicolon(folded: str, clause_start: int) -> int | None:
    """Where the sentence before a ؛ at ``clause_start`` starts, when no verb ends it there:
    the ؛ then stands for a comma, inside the clause the speech verb ends."""
    if folded[clause_start - 1:clause_start] != SEMICOLON:
        return None
    start = find_sentence_start(folded, clause_start - 1)
    words = clause_words(folded, start, clause_start - 1)
    return start if words and not any(is_finite_verb(w.key) for w in words) else None


def _clause_before_question(folded: str, clause_start: int, verb_start: int) -> int | None:
    """Where the sentence before a question mark at ``clause_start`` starts, when the speech verb
    follows the mark right away and the question is one the speaker's own clause reports
    (``رویانیان در پاسخ به این سوال که ... ندارد؟ گفت``, ``وی درباره اینکه ... پذیرفته است؟ گفت``):
    a که opens it and no colon before it quotes it as someone's words (``پرسید: ...؟ گفت``). The
    subject before it is the speaker's, not an implied one. A question the report puts on its
    own (``... می‌باشد؟ در پاسخ به این پرسش می‌افزاید``) leaves words of its own before the verb."""
    if folded[clause_start - 1:clause_start] not in QUESTION_MARKS \
            or end_before(folded, verb_start, QUESTION_TAIL) != clause_start:
        return None
    start = find_sentence_start(folded, clause_start - 1)
    before = end_before(folded, start, BLANKS)
    quoted = before > 0 and folded[before - 1] in ":："
    return start if CLAUSE_OPENER.search(folded, start, clause_start) and not quoted else None


def _later_clause_subject(field: Field, words: list[Word], after_noun: bool = False) -> Mention | None:
    """The subject of the clause the speech verb ends, when the sentence began another:
    ``شاگردان امری به دنبال پیروزی هستند ولی پتی معتقد است``، ``در واکنش به این مسئله که
    برخی می‌گویند``، ``... حضور یافت و علی رضایی گفت``.

    The later clause starts after the last joiner (اما، ولی، که; و right after a
    verb) that a finite verb precedes, or after که, whose clause the verb then
    is. Taken only when it opens on a subject of its own (a name, a role, an
    organisation, a group) and holds no other verb; a pronoun or ``این ...`` is
    no such subject, save ``وی`` after a question's که (the one asked answers).
    After و a group is not either, and a name must open like one (a given name,
    an honorific: not ``ساخت و تجهیز مدارس``) or have an office right after it (``... و حتی کاظمی مسئول مسابقات گفت``, not ``گذشت و مهربانی خانواده
    بیمار``); after که a name
    needs one or a role beside it (not ``کرد که تمسخر ... بود``); after اما/ولی a
    lone word does too when ``را`` follows it.

    When the sentence opened on a common noun (``after_noun``: ``فصل برای X ... به اتمام رسید و
    کوریره دلا اسپورت مدعی شد``), a later clause after و that is all a name of two words or more
    is its subject when a past ends the first, though the lexicon calls it a noun too (رسید).
    """
    shared = False  # a clause after و had no subject of its own: it shares the one before
    for n in range(len(words) - 2, 0, -1):
        key = words[n].key
        if key == AND and _speaks_jointly(words[n + 1:]):
            return joint_subject(field, words)
        if _fact_spoken_of(words, n):  # در مورد اینکه X اعلام کرده: X says it, whatever X is
            return _fact_subject(field, words[n + 1:])
        if not (key == THAT or key in CLAUSE_JOINER_KEYS and any(is_finite_verb(w.key) for w in words[:n])
                or key == AND and not _surname_tail(words, n - 1)
                and (is_finite_verb(words[n - 1].key) or is_past_participle(words[n - 1].key)
                                   or after_noun and is_bare_past(words[n - 1].key)
                                   and _all_a_name(field, words[n + 1:]))):
            continue
        rest = after_conjunction(skip_openers(_skip_time(words[n + 1:])))  # ... و حتی X گفت، ... و البته X نیز گفت
        if key == AND and rest and rest[0].key in PREDICATE_STARTS and not shared:
            shared = True  # ... بالا گرفت و مدیرعامل ... از کوره در رفت و با ... گفت: the clause before's subject
            continue
        if not rest or rest[0].key in PREDICATE_STARTS or shared and key == THAT \
                or any(is_finite_verb(w.key) for w in rest) and not shared:
            return None
        mention, _ = subject(field, rest)
        if mention.ref == "pronoun" or mention.anaphoric:
            return mention if key == THAT and _answers_question(words[:n], mention) else None
        if opens_name(rest) or mention.organisation or mention.ref == "title" and not mention.anonymous:
            return mention
        if key == AND and _all_a_name(field, rest) and (after_noun or _unlisted_words(rest)):
            return mention  # ... نداشته و اسکای اسپورتس مدعی شد: a foreign name no list knows
        if key == AND and not (_name_then_office(rest, mention) or _a_surname_alone(rest)
                               or mention.ref == "name" and (_named_too(rest) or _surname_named_in_full(field, mention))):
            return None  # ... گذشت و بزرگواری خانواده آن مرحوم؛ ... نکرد و برخی می‌گویند
        if key == THAT and _only_a_name(rest) and _after_while_frame(words[:n]):
            return mention  # ... در حالی ... ارزیابی می‌کنند که ترکیه تاکید دارد
        return mention if mention.ref == "title" or mention.strong or not mention.object_follows and key != THAT else None
    return None


def _fact_spoken_of(words: list[Word], n: int) -> bool:
    """Does words[n] open a fact that a topic phrase speaks of or a remark points to (``در مورد
    اینکه X اعلام کرده ...``، ``درباره ... و اینکه X گفته ...``، ``با اشاره به اینکه X، نماینده ...،
    گفته بود «...»``: REFERRING_PHRASES), the speech verb inside it (no comma after it but those
    setting off the office of a name opening it)? A name opening it says those words, not whoever
    is asked about them or points to them. After با بیان / با تاکید بر the fact is the speaker's own
    claim (``با بیان اینکه X ...، افزود``): not such a clause."""
    if words[n].key == THAT_THIS:
        fact = n
    elif words[n].key == THAT and words[n - 1].key == DEMONSTRATIVE:
        fact = n - 1
    else:
        return False
    if any(word.key == "," for word in words[n + 1:]) and not opens_name(words[n + 1:]):
        return False
    before = [word.key for word in words[:fact]]
    last_break = max((k for k, key in enumerate(before) if key == "," or is_finite_verb(key)), default=-1)
    return holds_phrase(before[last_break + 1:], TOPIC_PHRASES + REFERRING_PHRASES)


def named_one_the_clause_describes(field: Field, words: list[Word]) -> Mention | None:
    """The person whom the relative clause the speech verb ends describes (the clause after the
    last که of ``words``, which run up to that verb): that clause's speaker, not the sentence's.
    The one place this is read, for a sentence whose subject was read as none (subject_mention,
    indirect._judged) and for a claim a relative clause reports (indirect._relative_clause_head).
    With the verb right after که (``... درباره صحبت‌های کریم رحمانی که گفته بود CLAIM، ...``) nothing
    else can be the verb's subject: any person's name ending at که is (_name_ending_at). With words
    between them (``یکی از خبرنگاران با اشاره به سخنان حمید ملکی، عضو شورای شهر، که پیش‌تر طرح را
    «غیرقانونی» خوانده بود``) the clause may be the sentence's own: not when it holds a verb of its
    own (then the speech verb is the sentence's) or a subject (``... که هیئت تطبیق طرح را ... خوانده
    بود``), and only a name in full is its head (_named_in_full_before): a word before که read as a
    surname there is more often a word of the sentence (``خوشحالیم که باید خبر را چنین اعلام کنیم``)."""
    n = next((k for k in range(len(words) - 1, 0, -1) if words[k].key == THAT), None)
    if n is None:
        return None
    rest = words[n + 1:]
    if not rest:
        return _name_ending_at(field, words[:n])
    if any(is_finite_verb(w.key) for w in rest) or _opens_own_subject(field, rest):
        return None
    return _named_in_full_before(field, words, n)


def head_of_extraposed_clause(field: Field, words: list[Word]) -> Mention | None:
    """The one a که clause set after the verb of its head's clause is about, ``words`` running up
    to the speech verb (``جالب‌ترین واکنش از آن X بود که گفت``، ``... را X داشت که گفت``، ``واکنش به
    X تعلق داشت که ... خطاب کرد و گفت``، ``X ... قرار دارد که می‌گوید``): news names the speaker in
    a clause of being or having and gives the speech verb in a که clause after it. Only when the
    words before the last که end on such a verb (not a perfect: ``کتابی نوشته است که``) and the
    clause after it has no subject of its own, nor a verb not joined by و to the speech verb. The
    head is the name (or body) right before the verb, else that clause's subject when a name."""
    that = next((k for k in range(len(words) - 1, 0, -1) if words[k].key == THAT), None)
    if that is None or words[that - 1].key not in EXTRAPOSING_VERBS:
        return None
    clause = words[that + 1:]
    if _own_verb(clause) or clause and _opens_own_subject(field, clause) and not _noun_phrase(clause)[1]:
        return None  # ``که مدیرعامل باشگاه را خطاب کرد و گفت``: a phrase before را is the clause's object
    main = words[:that - 1]
    if main and main[-1].key in EXTRAPOSING_PREVERBS:
        main = main[:-1]
    if not main or is_past_participle(main[-1].key) or is_finite_verb(main[-1].key):
        return None
    named = _name_and_office_ending_at(field, main) or _name_ending_at(field, main, bodies=True) \
        or subject(field, main)[0]
    return named if _named_in_full(named) and not _body_of_an_office(main, named) else None


def _body_of_an_office(words: list[Word], named: Mention) -> bool:
    """Is the body ending the words the one an office before it is of (``مدیر فدراسیون فوتبال بود
    که``): the officer, not the body, is the focus."""
    before = len(words) - len(named.name_keys) - 1
    return named.organisation and before >= 0 and starts_role(words, before)


def _name_and_office_ending_at(field: Field, words: list[Word]) -> Mention | None:
    """A full name with its office after it that ends the words (``سخنران اصلی مراسم X رئیس کمیته
    ملی المپیک بود که``): the focus of a clause of being, read from the last word opening a name."""
    for start in range(len(words) - 2, 0, -1):
        if opens_name(words[start:]):
            mention, end = subject(field, words[start:])
            return mention if mention.ref == "name" and end == words[-1].end else None
    return None


def _named_in_full(mention: Mention) -> bool:
    """Is the mention a name of more than one word, or a body's? A one-word head before بود/است
    is as often a predicate (``این جمله ... اغراق آمیز است که``) as a surname."""
    return mention.ref == "name" and (len(mention.name_keys) > 1 or mention.organisation)


def _own_verb(clause: list[Word]) -> bool:
    """Does a که clause hold a finite verb not joined by و to the speech verb after it (``که با
    لحنی تند شهردار را خطاب کرد و گفت`` is one speaker's; ``که گل زد، مربی گفت`` is not)?"""
    return any(is_finite_verb(w.key) for w in clause) and clause[-1].key != "و"


def _name_ending_at(field: Field, words: list[Word], bodies: bool = False) -> Mention | None:
    """The person's name the words end on, as a subject reads it: a surname alone too, and one
    after a preposition (``درباره صحبت‌های کریم رحمانی``); a longer one opening like a name
    (opens_name). None when no person's name ends there (``کسانی که``) or the name is a body's,
    unless ``bodies`` (then a body's name of any length: ``فدراسیون فوتبال قرار دارد که``)."""
    for size in range(min(MAX_NAME_WORDS, len(words)), 0, -1):
        mention, end = subject(field, words[-size:])
        if mention.ref == "name" and (bodies or not mention.organisation) and end == words[-1].end \
                and (size == 1 or opens_name(words[-size:]) or bodies and mention.organisation):
            return mention
    return None


def heads_named(field: Field, head: str) -> list[tuple[Mention, tuple[str, ...]]]:
    """Everyone the field names in full as heading something by a noun that gives titles of this
    head (HEADING_NOUNS), with the words that say what they head: after the noun and its
    preposition (``تیم ملی ... با هدایت X``، ``جلسه شورای شهر ... به ریاست X``: the name as
    names_in_full reads it, the thing headed the clause before the noun), or before the noun
    when the sentence says they took charge (``X هدایت این تیم را بر عهده دارد``: the thing headed
    pointed back to, so the field before the name). News names the coach or the chair so in its
    narration and quotes them by the title alone."""
    words = field_words(field.folded, len(field.folded))
    found = []
    for n, word in enumerate(words):
        if head not in HEADING_NOUNS.get(word.key, ()):
            continue
        if n and words[n - 1].key in HEADING_PREPOSITIONS and n + 1 < len(words):
            opening = words[n + 1].key  # the name in full written there, cut before a light verb's noun (برگزار شد)
            named = next((m for m in names_in_full(field, (opening,)) if m.name_keys[:1] == (opening,)), None)
            start = find_sentence_start(field.folded, word.start)
            clause = [w for w in words[:n - 1] if w.start >= start]
            opened = max((k + 1 for k, w in enumerate(clause) if w.key in (",", THAT, THAT_THIS)), default=0)
            headed = tuple(w.key for w in clause[opened:])  # ``با بیان اینکه حزب لیکود به ریاست X``: the party only
        else:
            named = _name_ending_at(field, words[:n]) if _takes_charge(words, n) else None
            named = named if named is not None and len(named.name_keys) > 1 else None
            headed = tuple(w.key for w in words[:n - len(named.name_keys)]) if named is not None else ()
        if named is not None and not named.organisation:
            found.append((named, headed))
    return found


def _takes_charge(words: list[Word], n: int) -> bool:
    """Does the sentence go on from the noun of heading at ``n`` to «بر عهده» (``هدایت این تیم را
    از ابتدای فصل بر عهده دارد``) within TAKING_CHARGE_WINDOW words?"""
    return any(word.key == TAKING_CHARGE for word in words[n + 1:n + 1 + TAKING_CHARGE_WINDOW])


def _opens_own_subject(field: Field, clause: list[Word]) -> bool:
    """Does the relative clause (after که, before the speech verb) open on a subject of its own
    (``هیئت تطبیق طرح را``)? ``این طرح را`` is its object, and a pronoun no subject."""
    opening = skip_openers(_skip_time(clause))
    if not opening or opening[0].key in PREDICATE_STARTS:
        return False
    own = subject(field, opening)[0]
    return (own.ref != "pronoun" or own.organisation) and not (own.anaphoric and _noun_phrase(opening)[1])


def _named_in_full_before(field: Field, words: list[Word], that: int) -> Mention | None:
    """The name in full (an honorific or a given name opening it) right before the که at
    ``that``, or before the comma setting off its office (``X، عضو شورای شهر، که ...``). None for
    a name right after a preposition (``با اشاره به X که ...``: whom the clause is about;
    _name_before_comma)."""
    end = that - 1 if words[that - 1].key == "," else that
    comma = next((k for k in range(end - 1, -1, -1) if words[k].key == ","), None)
    if comma is not None and starts_role(words, comma + 1):
        end = comma  # X، عضو شورای شهر، که ...: the name before the office
    start = _name_before_comma(words, end)
    return None if start is None else _name_mention(field, _name_words(words[start:end]), strong=True)


def _fact_subject(field: Field, words: list[Word]) -> Mention | None:
    """The one saying a fact spoken of (``در مورد اینکه رویانیان اعلام کرده بود``): a name (with
    its office: ``X، نماینده ...، هفته گذشته گفته بود``), a role or a body opening it with nothing
    else before the speech verb; None otherwise."""
    words = skip_openers(_skip_time(words))
    if not words or any(is_finite_verb(w.key) for w in words):
        return None
    mention, _ = subject(field, words)
    named = mention.ref == "name" and (_only_a_name(words) or mention.organisation or mention.strong and bool(mention.role))
    if not (named or mention.ref == "title" and not mention.anonymous):
        return None
    return dataclasses.replace(mention, aside=True)


def _surname_tail(words: list[Word], n: int) -> bool:
    """Is words[n] the end of a surname the lexicon reads as a verb (عباس‌زاده، کریمی نیا: زاده is
    "born", نیا "do not come"), after a word that may be a name's? Before و it ends a name, not
    a clause (``درباره وضعیت عباس‌زاده و رضا حقیقی گفت``: the one speaking opened the sentence)."""
    return n > 0 and words[n].key in SURNAME_TAILS and not non_name_kind(words[n - 1].key)


def joint_subject(field: Field, words: list[Word]) -> Mention | None:
    """The subject speaking for several after the clause's last و (``... دیدار و دو طرف بر ...
    تأکید کردند``), if one opens there: the group speaks, not the clause's first subject."""
    last = next((n for n in range(len(words) - 1, 0, -1)
                 if words[n - 1].key == AND and _speaks_jointly(words[n:])), None)
    return None if last is None else subject(field, words[last:])[0]


def _speaks_jointly(words: list[Word]) -> bool:
    """Do the words open on a subject that speaks for several at once (دو طرف، طرفین، همگی،
    هر دو وزیر: JOINT_SUBJECTS)? Such a clause follows و whatever came before it, a verb left
    out included (``با ... دیدار و دو طرف ... تأکید کردند``)."""
    keys = [w.key for w in words]
    return any(tuple(keys[:len(phrase)]) == phrase for phrase in JOINT_SUBJECTS)


def _unlisted_words(words: list[Word]) -> bool:
    """Does some word of a name belong to no list (اسپورتس in اسکای اسپورتس: a foreign name in
    Persian script)? Such a name after و opens a clause of its own, as a phrase of common nouns
    (ساخت و تجهیز مدارس) does not."""
    return any(unlisted_word(word.key) for word in words)


def _all_a_name(field: Field, words: list[Word]) -> bool:
    """Are the words a name of two words or more and nothing else (کوریره دلا اسپورت)?"""
    mention = subject(field, words)[0] if len(words) > 1 else None
    return mention is not None and mention.ref == "name" and len(mention.name_keys) == len(words)


def _a_common_noun(mention: Mention) -> bool:
    """Is the subject read a name of one word that is a common noun (the lexicon's, no given
    name): maybe the noun the sentence opens on, not its subject?"""
    key = mention.name_keys[0] if mention.ref == "name" and len(mention.name_keys) == 1 else ""
    return bool(key) and is_lexicon_noun(key) and not is_given_name(key)


def _answers_question(words: list[Word], mention: Mention) -> bool:
    """Is the mention ``وی``/``او`` opening a که clause after a question (``X از Y پرسید که وی در
    پاسخ گفت``)? It is the one asked who answers (shapes.people_asked), never the asker."""
    return mention.personal and holds_phrase([w.key for w in words], ASKING_PHRASES)


def _after_while_frame(words: list[Word]) -> bool:
    """Do the words before a که hold ``در حالی`` (then a clause with its verb): a که so framed
    opens a whole clause, whose one word before the speech verb is its subject."""
    keys = [w.key for w in words]
    return holds_phrase(keys, (WHILE_FRAME,)) and any(is_finite_verb(key) for key in keys)


def _a_surname_alone(words: list[Word]) -> bool:
    """Is the clause before the speech verb one word, a name that is no noun of the lexicon,
    nor one made of a lexicon word and ی (``... شنا کرد و نیلسون معتقد است``, not ``...
    تلاش کردند و مهربانی ...``; a surname like کریمی is left out too, as before)?"""
    key = words[0].key
    return len(words) == 1 and _only_a_name(words) and not is_lexicon_noun_or_with_ye(key)


def _named_too(words: list[Word]) -> bool:
    """Are the words a short name and نیز/هم right after it (``... ندارد و البته میثم تیموری نیز
    می‌گوید``): someone else says so too? The name opens on a given name of the wide list
    (the lexicon knows میثم as a noun), or no word of it is a noun of the lexicon."""
    end = next((n for n, w in enumerate(words) if w.key in ALSO_WORDS), 0)
    name = words[:end]
    return 0 < end and _only_a_name(name) and (end > 1 and is_given_name(name[0].key)
                                                or not any(is_lexicon_noun(w.key) for w in name))


def _name_then_office(words: list[Word], mention: Mention) -> bool:
    """Is the mention a name the words follow with an office (کاظمی مسئول مسابقات)?"""
    return mention.ref == "name" and bool(phrase_at(words, len(mention.name_keys), OFFICE_LEXICON))


def subject(field: Field, words: list[Word]) -> tuple[Mention, int]:
    """The subject phrase at the start of a clause, and the offset where it ends.

    The subject is the clause's first noun phrase plus appositives set off by
    commas (``رضایی، مدیرکل ...، گفت``). A clause that opens with an
    adverbial (``در ادامه``, ``در این مراسم``) has its subject after the
    adverbial's comma, or at the first honorific or given name; without one
    the verb has no subject and the speaker is whoever spoke last.
    """
    words = skip_agency(_past_dateline(field, words))
    words = _after_subordinate_clause(_skip_time(after_conjunction(skip_openers(words))))
    words = _after_emphatic_self(words)
    if _opens_predicate(words):  # به گزارش ...، هرچند مسئولان ... / اما روزنامه ...
        words = _group_past_adverbial(field, words) \
            or _after_subordinate_clause(after_conjunction(_skip_time(_after_adverbial(field, words))))
    words = _cleft_focus(words)
    text = _a_text_cited(field, words)
    if text is not None:  # ماده ۱۰ قانون کار می‌گوید ...: a text, which never speaks
        return text
    if words and phrase_at(words, 0, PRONOUN_LEXICON):
        return Mention("pronoun", personal=True, where=field.where), words[0].end
    if not words:
        return Mention("pronoun", where=field.where), 0
    share = _a_share(words) or _a_few_people(field, words)
    if share:  # ۸۱ درصد از ترک‌ها معتقدند: a share of people, nobody named
        return _share_of_people(field, words[:share]), words[share - 1].end
    called = _called_by_name(field, words) or _counted_bodies(field, words) or _one_of_the_group(field, words) \
        or _part_of_them(field, words) or _someone_of_theirs(field, words)
    if called is not None:
        return called
    phrase, object_follows = _noun_phrase(words, one_speaker=not _plural_verb_after(field, words[-1].end))
    if phrase and _a_group_opens(field, phrase):
        phrase = _up_to_a_contrast(phrase)  # not after an adverbial: علی‌رغم ادعای X اما یک کارگزار ...
    if len(phrase) == 1 and len(words) > 2 and words[1].key == THAT and _indefinite_noun(phrase[0].key):
        inner = subject(field, words[2:])  # تصمیمی که مربی تیم اعلام کرد ...: the relative clause's subject,
        if inner[0].ref != "pronoun":  # else the noun is (پدری که ... نوشت), someone new and unnamed
            return inner
        return Mention("title", role=as_original(field.text, phrase), indefinite=True, where=field.where), phrase[-1].end
    if not phrase or _light_verb_follows(words, phrase) or _a_compound_verbs_noun(field, phrase):
        return Mention("pronoun", where=field.where), words[0].start
    if _body_of_a_kind(phrase):  # یک روزنامه آمریکایی نوشت: a body unnamed, never the last speaker
        return Mention("title", role=as_original(field.text, phrase[1:]), indefinite=True, organisation=True,
                       where=field.where), phrase[-1].end
    phrase = _paper_name_set_apart(field, words, _with_its_place(words, phrase))
    ahead = not object_follows and _object_ahead(words, words.index(phrase[-1]) + 1)
    if ahead and phrase_at(phrase, 0, ORGANISATION_LEXICON):
        phrase = _body_before_an_opener(phrase)  # بانک مرکزی | نرخ تورم نقطه به نقطه را
    mention = mention_from_words(field, phrase, object_follows, ahead, set_off=_set_off(words, phrase))
    if _a_common_noun(mention) and _after(words, phrase[0]) == ITS:  # رونوشت آن ... ارسال شده: a thing's, no name
        return Mention("pronoun", where=field.where), words[0].start
    if _people_told_by_verb(field, mention, phrase, words[-1].end):
        return Mention("title", role=_described_group(field.text, phrase), anonymous=True, where=field.where), phrase[-1].end
    if mention.ref == "name" and (_someone_indefinite(field, mention.name_keys) or _another_of_a_kind(mention, phrase)):
        group = _indefinite_people(mention.name_keys[0])  # زنانی که ... می‌گویند: people of a kind, a group
        return Mention("title", role=_described_group(field.text, phrase), indefinite=not group, anonymous=group,
                       where=field.where), phrase[-1].end
    if mention.ref == "name" and mention.object_follows:
        mention.before_object = _words_to_object(field.text, words, phrase[0])
    following = next((w for w in words if w.start >= phrase[-1].end), None)
    mention.noun_runs_on = _noun_runs_on(mention, words) and not _plural_verb_after(field, words[-1].end)
    # ``مدیرکل ... اما گفت``: the phrase read runs on into اما, which the role leaves out
    mention.also = following is not None and following.key in BESIDES_KEYS or len(phrase) > 1 and phrase[-1].key in CONTRAST_KEYS
    mention.going_on = following is not None and following.key in GOING_ON_KEYS
    return mention, (_before_object(phrase) if object_follows else phrase)[-1].end


def _a_text_cited(field: Field, words: list[Word]) -> tuple[Mention, int] | None:
    """The mention of a text opening the words (_a_text_opens) and where it ends, or None: read
    alike where a clause opens (subject) and after ``به گفته`` (source_named)."""
    text = _a_text_opens(words)
    if not text:
        return None
    return Mention("title", role=as_original(field.text, words[:text]), text=True, where=field.where), words[text - 1].end


def _a_text_opens(words: list[Word]) -> int:
    """How many words open the clause naming a text (TEXT_NOUNS: a law, its article, a bill,
    scripture), with a pointer before it (این لایحه، متن قانون اساسی); 0 if it opens on anything
    else. Only people and bodies speak (ANNOTATION.md): a text as the subject of a speech verb is
    cited, by the reporter or inside a speaker's quote, and its clause is no one's quote. Not a
    text the clause makes its object (این لایحه را «شتاب‌زده» خوانده بود، لایحه بودجه سال آینده را):
    someone else speaks. A را further on is the text's own object (قرآن کریم نفوذ کافران بر مؤمنان
    را ممنوع ساخته و اعلام کرده است)."""
    start = 1 if words and words[0].key in TEXT_POINTER_KEYS else 0
    length = phrase_at(words, start, TEXT_LEXICON)
    named = words[start + length:start + length + TEXT_NAME_WORDS + 1]
    return start + length if length and all(word.key != "را" for word in named) else 0


def _set_off(words: list[Word], phrase: list[Word]) -> bool:
    """Does a comma close the subject phrase, right after it or after a relative clause on its last
    part (علی‌اکبر سلیمی، کارگر ساختمانی که سال گذشته ... سقوط کرد، گفت)? The clause tells more of
    the one described and ends on its verb at that comma; the part before «که» is still an
    apposition set off whole. A comma inside a longer predicate (X، ایرانی مقیم قبرس که ... در این
    کشور، ...) closes no relative clause."""
    following = _after(words, phrase[-1])
    if following == THAT and any(word.key == "," for word in phrase):
        after = words[words.index(phrase[-1]) + 1:]
        comma = next((n for n, word in enumerate(after) if word.key == ","), None)
        return comma is not None and comma > 1 and _ends_a_clause(after[comma - 1].key)
    return following == ","


def _ends_a_clause(key: str) -> bool:
    """Is the word a verb a clause ends on: finite, a bare past (که ... آسیب دید، گفت), or a past
    participle standing for a perfect (که ... به ایران آمده، گفت)?"""
    return is_finite_verb(key) or is_bare_past(key) or is_past_participle(key)


def _up_to_a_contrast(phrase: list[Word]) -> list[Word]:
    """A group's phrase up to the «اما» a report sets after it to turn to them: the words past it
    (مسئولان اما کمبود اعتبار را ... می‌دانند) are the clause's object, never the group's."""
    turn = next((n for n, word in enumerate(phrase) if n and word.key in CONTRAST_KEYS), None)
    return phrase if turn is None else phrase[:turn + 1]


def _described_group(text: str, words: list[Word]) -> str:
    """A group's description as written, without the «اما» a report sets after the subject to turn
    to them (اهالی روستای ده‌نو اما می‌گویند ...) or the manner word before its verb (اینطور، چنین):
    neither is part of who they are."""
    if len(words) > 1 and words[-1].key in CONTRAST_KEYS:
        words = words[:-1]
    manner = next((len(keys) for keys in MANNER_PHRASE_KEYS
                   if len(words) > len(keys) and tuple(word.key for word in words[-len(keys):]) == keys), 0)
    return as_original(text, words[:len(words) - manner])  # طرفداران اینطور تصور می‌کنند: how, not who


def _after(words: list[Word], word: Word) -> str:
    """The key of the word after ``word`` in ``words`` ("" at the end)."""
    n = words.index(word) + 1
    return words[n].key if n < len(words) else ""


def _people_told_by_verb(field: Field, mention: Mention, phrase: list[Word], clause_end: int) -> bool:
    """Does a plural verb follow a subject opening on a plural of people no list holds
    (صاحب‌نظران سیاسی معتقدند، محققان گفتند، قبایل پاکستان تاکید کردند)? A group speaking, neither
    a person's name nor the speaker of the moment."""
    return _plural_of_people(field, phrase) and mention.ref in ("name", "pronoun") and not mention.organisation \
        and _plural_verb_after(field, clause_end)


def _plural_of_people(field: Field, phrase: list[Word]) -> bool:
    """Does the phrase open on a plural of people: a broken plural (PEOPLE_BROKEN_PLURALS), a noun's
    plural in ان, or one in ان no name takes (_plural_no_name_takes)?"""
    key = phrase[0].key
    return key in PEOPLE_BROKEN_PLURAL_KEYS or _plural_of_a_noun(key) or _plural_no_name_takes(field, phrase)


def _group_past_adverbial(field: Field, words: list[Word]) -> list[Word]:
    """The group a plural speech verb has for subject past an opening adverbial no comma closes
    (``در جریان این تجمع کارگران گفتند``، ``در این نظرسنجی ۴۶ درصد از پاسخ‌دهندگان معتقدند``، ``در
    مورد بازار مسکن کارشناسان معتقدند``): Persian news leaves the comma out as often as it writes it,
    and without it the adverbial's last nouns were read as a name (تجمع کارگران، نظرسنجی) or the
    verb as the last speaker's. The first group (_a_group_opens) that is no preposition's object
    (``در دیدار با کارگران``) and runs to the verb with no verb of its own (``با توجه به اینکه X
    چندان ... نیست و اینکه برخی از ارگان‌ها اعلام کردند``: not چندان), and only when no name,
    honorific or role follows it: a plural verb is also one person's honorific (``در دیدار
    مسئولان قضایی رهبر انقلاب فرمودند``). Else none, and the adverbial is read as before."""
    if any(word.key == "," for word in words) or not _plural_verb_after(field, words[-1].end):
        return []
    n = next((n for n in range(1, len(words)) if not _after_preposition(words, n) and _a_group_opens(field, words[n:])
              and not any(is_finite_verb(word.key) for word in words[n + 1:])), None)
    if n is None or any(_a_speaker_opens(words, m) for m in range(n + 1, len(words))):
        return []
    return words[n:]


def _a_group_opens(field: Field, words: list[Word]) -> bool:
    """Do the words open on a group of people: a group word (GROUP_SUBJECTS), a share of people
    (۴۶ درصد از ...) or a plural of people (_plural_of_people)?"""
    return words[0].key in GROUP_SUBJECTS or bool(_a_share(words)) or _plural_of_people(field, words[:1])


def _a_speaker_opens(words: list[Word], n: int) -> bool:
    """Does one speaker open at word n: an honorific, a given name (Persian or foreign) or a role?"""
    return bool(phrase_at(words, n, HONORIFIC_LEXICON)) or is_first_name(words[n].key) \
        or is_foreign_given_name(words[n].key) or starts_role(words, n)


def _plural_no_name_takes(field: Field, phrase: list[Word]) -> bool:
    """Does the phrase open on a word in ان (or ان and the indefinite ی) that the lexicon holds
    neither as a word, a given name nor a country, and that the article never writes after a given
    name or an honorific (دانشجویان، نانوایان، زندانیان، بهورزان این مرکز، کارگرانی که ...)?
    Before a plural verb it is people of a kind, whose stem the lexicon may not know, never a
    surname standing alone: a surname in ان is written once after its given name (سلطانیان of
    فرهاد سلطانیان). Not اینان / آنان, nor one of subjects joined by و (سلطانیان و عابدینی گفتند)."""
    key = phrase[0].key
    plural = key[:-len(GROUP_INDEFINITE_YE)] if key.endswith(PEOPLE_PLURAL_ENDING + GROUP_INDEFINITE_YE) else key
    stem = plural[:-len(PEOPLE_PLURAL_ENDING)]
    return (plural.endswith(PEOPLE_PLURAL_ENDING) and len(stem) >= MIN_PLURAL_STEM and stem not in DEMONSTRATIVES
            and not any(is_lexicon_noun(form) or is_given_name(form) or form in COUNTRY_NAMES for form in {key, plural})
            and not _listed_with_another(field, phrase) and not _written_after_a_given_name(field, key))


def _listed_with_another(field: Field, phrase: list[Word]) -> bool:
    """Is the phrase one of subjects joined by و (منصوریان و عابدینی گفتند)?"""
    after = clause_words(field.folded, phrase[-1].end, len(field.folded))[:1]
    return any(word.key == AND for word in phrase + after)


def _plural_of_a_noun(key: str) -> bool:
    """Is the word a noun's plural in ان (محققان، صاحب‌نظران; فرستادگان of فرستاده)? Not a given
    name (منموهان، کامران: no noun's stem), nor a surname in یان (منصوریان), nor اینان / آنان."""
    if not key.endswith(PEOPLE_PLURAL_ENDING) or key.endswith(SURNAME_PLURAL_LOOKALIKE) or is_given_name(key):
        return False
    stem = key[:-len(PEOPLE_PLURAL_ENDING)]
    if stem.endswith(AGENT_PLURAL_STEM_END):
        stem = stem[:-len(AGENT_PLURAL_STEM_END)] + AGENT_SINGULAR_END
    return len(stem) >= MIN_PLURAL_STEM and is_lexicon_noun(stem) and stem not in DEMONSTRATIVES


def _called_by_name(field: Field, words: list[Word]) -> tuple[Mention, int] | None:
    """``مرد میانسالی به نام اصغر نعمتی ... گفت``، ``زنی به نام ...``: someone described, then
    named (به نام, "by the name of"): the name is the speaker's, the description their role.
    One word is a name too when it is a given name or an honorific stood before it (یکی از
    شنوندگان به نام خانم رضایی، کارگری به نام رضا): the description says a person is meant."""
    at = next((n for n in range(1, min(len(words) - 2, MAX_NAMED_AS_AT + 1))
               if (words[n].key, words[n + 1].key) == CALLED_BY_NAME), None)
    if at is None or words[0].key in PREDICATE_STARTS or any(w.key == "," for w in words[:at]):
        return None  # در روستایی به نام ...: a place the adverbial names
    name = _name_words(words[at + 2:at + 2 + MAX_NAME_WORDS])
    if not name or len(name) == 1 and not (is_given_name(name[0].key) or name[0] is not words[at + 2]) \
            or not is_person_name([w.key for w in name], NAME_HEAD_WORDS):
        return None
    role = as_original(field.text, _drop_indefinite(words[:at]))
    return _name_mention(field, name, role=role, strong=True), name[-1].end


def _one_of_the_group(field: Field, words: list[Word]) -> tuple[Mention, int] | None:
    """``برخی تشکل‌ها، از جمله انجمن ...، گفته‌اند``، ``برخی فقها مانند مرحوم X بر این عقیده‌اند``:
    a group, then one of it named (NAMING_ONE_OF): the one named is the speaker, read as any
    subject is; a group the article does not name stays nobody's."""
    for at in range(1, min(len(words) - 1, MAX_NAMED_AS_AT + 1)):
        length = next((len(cue) for cue in NAMING_ONE_OF if tuple(w.key for w in words[at:at + len(cue)]) == cue), 0)
        if length:
            group = [word for word in words[:at] if word.key != ","]
            if not group or not mention_from_words(field, group).anonymous:
                return None
            member, end = subject(field, words[at + length:])
            return (member, end) if member.ref == "name" else None
    return None


def _part_of_them(field: Field, words: list[Word]) -> tuple[Mention, int] | None:
    """``یکی از آنها که نخواست نامش فاش شود، گفت``، ``برخی از آنان می‌گویند``: part of a group the
    article has just spoken of, named by a plural pronoun. One of them is someone new and unnamed
    (a following وی is still them), several are a group; neither is whoever was quoted last. Not
    when they said it to «me» (یکی از آنها به من گفت): a speaker recounting, whose words it stays."""
    if len(words) < 3 or words[0].key not in PART_OF_WORDS or words[1].key != "از" \
            or words[2].key not in PLURAL_PRONOUNS or said_to_the_speaker(words):
        return None
    if words[0].key in INDEFINITE:
        return Mention("title", role=as_original(field.text, words[:3]), indefinite=True, where=field.where), words[2].end
    return _share_of_people(field, words[:3]), words[2].end


def said_to_the_speaker(words: list[Word]) -> bool:
    """Do the words say to whom in the first person (به من، برایمان)?"""
    keys = [word.key for word in words]
    return any((key,) in TOLD_TO_THE_SPEAKER or tuple(keys[n:n + 2]) in TOLD_TO_THE_SPEAKER for n, key in enumerate(keys))


def document_issued_before(field: Field, at: int) -> Mention | None:
    """Who issued the unnamed document the words before ``at`` in the field last tell of (``شورای
    کار کارخانه با انتشار بیانیه‌ای مطالبات را اعلام کرد. در این بیانیه آمده است``، ``باشگاه
    اطلاعیه‌ای صادر کرد``): the named subject, a body or a person, of the clause holding the
    document's noun with the indefinite ی, so «this statement» is theirs. None when no such
    clause names one."""
    words = clause_words(field.folded, max(0, at - SUBJECT_WINDOW), at)
    noun = next((word for word in reversed(words) if _an_unnamed_document(word.key)), None)
    if noun is None:
        return None
    clause = _without_the_text_noun(clause_words(field.folded, find_sentence_start(field.folded, noun.start), noun.start))
    mention = _issuer_after_the_adverbial(field, clause) or subject(field, clause)[0]
    return dataclasses.replace(mention, recalled=True) if mention.ref == "name" else None


def report_maker(field: Field, at: int) -> Mention | None:
    """Who made the report «this report» points back to (``بنا بر این گزارش، CLAIM``، ``به ادعای این
    گزارش``): the body the article last names as a report's maker before ``at``, in this field, else
    in the fields before it, nearest first (_report_maker_in). A paper carrying a think-tank's report
    (``به نوشته X، گزارش اندیشکده Y نشان می‌دهد``) is no maker: the report is Y's. None when the
    nearest report is the article's own credit (به گزارش خبرگزاری ...) or its maker is not named."""
    own = field.article.index(field.folded) if field.folded in field.article else len(field.article)
    for text, end in ((field.folded, at),) + tuple((text, len(text)) for text in field.article[:own][::-1]):
        maker = _report_maker_in(Field(field.where, text, text, field.article), end)
        if maker is not None:  # spoken of by the report's noun: a title, the words of a document's author
            return dataclasses.replace(maker, anaphoric=True, document=True, where=field.where) if maker else None
    return None


def report_pointed_back(field: Field, opening: tuple[int, int], author: list[Word]) -> Mention | None:
    """The maker of a report a document's frame points back to (``در ادامه این گزارش آمده است``، ``در
    بخش دیگری از گزارش این اندیشکده آمده``: report_maker), given the frame's words up to its author
    and the author's words; None when the frame names another document or its author by name."""
    before = field.folded[opening[0]:opening[1]].split()
    if not before or not REPORT_NOUN.fullmatch(before[-1]):
        return None
    pointed = before[-2:-1] and before[-2] in REPORT_POINTERS and not author
    if not (pointed or author and author[0].key in REPORT_POINTERS):
        return None
    return report_maker(field, opening[0])


def _this_report_maker(field: Field, words: list[Word]) -> Mention | None:
    """The maker of the report ``این گزارش`` (the words, whole) points back to (report_maker)."""
    if len(words) != 2 or not REPORT_NOUN.fullmatch(words[1].key):
        return None
    return report_maker(field, words[0].start)


def _report_maker_in(field: Field, end: int) -> Mention | bool | None:
    """The maker of the last report the field names before ``end``: the body after its noun (``گزارش
    مرکز آمار ایران``، ``به نقل از گزارش سازمان X``), or the subject of the clause that made it (``X در
    گزارشی اعلام کرد``، ``X در گزارش سالانه خود``); False when that report is a credit (``به گزارش
    ...``: the article's source, nobody's words); None when the field names no report with a maker
    (one pointed back to, ``این گزارش``, looks further back)."""
    for match in reversed(list(REPORT_NOUN.finditer(field.folded, 0, end))):
        before = field.folded[:match.start()].split()[-2:]
        if before[-1:] and before[-1] in REPORT_POINTERS:
            continue
        if before[-1:] == [TO] and before[:1] != [BY_REFERENCE]:
            return False
        maker = maker_named_after(field, match.end()) if not match.group("indefinite") else None
        if maker is None:
            maker = _maker_before(field, match.start())
        if maker is not None:
            return maker
    return None


def maker_named_after(field: Field, start: int, end: int | None = None) -> Mention | bool | None:
    """The body a report's noun is of (گزارش تازه مرکز آمار ایران): a named organisation right after
    it and the words that only qualify the report (REPORT_MAKER_SKIPS). False for an outlet there
    (بنا بر گزارش نشریه X): its report credits the article's source, as ``به گزارش X`` does."""
    words = clause_words(field.folded, start, min(len(field.folded), start + SUBJECT_WINDOW) if end is None else end)
    while words and words[0].key in REPORT_MAKER_SKIP_KEYS:
        words = words[1:]
    words = list(itertools.takewhile(lambda word: word.key not in REPORT_VERB_KEYS, words))
    if not words or not phrase_at(words, 0, ORGANISATION_LEXICON):
        return None
    mention = subject(field, words)[0]
    if _an_outlet(mention):
        return False
    named = mention.ref == "name" and mention.organisation and not _described_by_its_country(mention.name_keys)
    return mention if named else None


def _described_by_its_country(keys: tuple[str, ...]) -> bool:
    """Is the name a kind of body and the country it is of (اندیشکده آمریکایی، روزنامه انگلیسی): a
    body described, which the report named in full before, not a name?"""
    if len(keys) != 2 or not keys[1].endswith("ی"):
        return False
    return keys[1][:-1] in COUNTRY_NAMES or keys[1].endswith("یی") and keys[1][:-2] in COUNTRY_NAMES


def _maker_before(field: Field, at: int) -> Mention | None:
    """The named body that is the subject of the clause a report's noun stands in (``دیده‌بان حقوق
    بشر در گزارش سالانه خود اعلام کرد``، ``X در گزارشی مدعی شد``)."""
    clause = clause_words(field.folded, find_sentence_start(field.folded, at), at)
    if not clause:
        return None
    mention = subject(field, clause)[0]
    return mention if mention.ref == "name" else None


def _without_the_text_noun(clause: list[Word]) -> list[Word]:
    """The clause before a document's noun without the «متن» that heads it (``X امروز متن نامه‌ای را
    منتشر کرد``): the text of the letter is what was put out, never who put it out."""
    return clause[:-1] if clause and clause[-1].key == TEXT_NOUN else clause


def _issuer_after_the_adverbial(field: Field, clause: list[Word]) -> Mention | None:
    """The name right before the document's noun, after the clause's last comma (``پس از انتشار
    فیلمی از X، بازیکن ...، که ... شده بود، باشگاه ملوان روز گذشته بیانیه‌ای منتشر کرد``): a
    sentence opening on what led to the document names others in its adverbial; the one that
    issued it stands after it. None when no name stands there."""
    commas = [n for n, word in enumerate(clause) if word.key == ","]
    if not commas or commas[-1] + 1 >= len(clause):
        return None
    mention = subject(field, clause[commas[-1] + 1:])[0]
    return mention if mention.ref == "name" else None


def _an_unnamed_document(key: str) -> bool:
    """Is the folded word a document's noun with the indefinite ی (بیانیه‌ای، اطلاعیه‌ای، نامه‌ای،
    توضیحی: put out, an explanation is a statement too)?"""
    return any(key.endswith(ending) and key[:-len(ending)] in ISSUED_DOCUMENT_KEYS for ending in INDEFINITE_ENDINGS)


def _counted_bodies(field: Field, words: list[Word]) -> tuple[Mention, int] | None:
    """``۳۰ گروه‌های جهادی با صدور نامه‌ای ... اعلام کردند``: a count of bodies of one kind opens
    the clause and a plural verb ends it. They speak together, under the name the count and
    the kind give them; read otherwise, the count ends the subject before it starts."""
    if len(words) < 2 or not words[0].key.isdigit() or not _a_kind_of_body(words[1].key) \
            or not _plural_verb_after(field, words[-1].end):
        return None
    counted = [words[0]] + _noun_phrase(words[1:])[0]
    return _name_mention(field, counted, strong=True, organisation=True), counted[-1].end


def _a_kind_of_body(key: str) -> bool:
    """Is the word an organisation's head (گروه، حزب، انجمن), bare or plural (گروه‌های، انجمن‌ها),
    not a document's (نامه، بیانیه), which speaks for whoever wrote it?"""
    stem = next((key[:-len(ending)] for ending in PLURAL_APART_KEYS if key.endswith(ending)), key)
    return stem in ORGANISATION_LEXICON.phrases and stem not in DOCUMENT_NOUN_KEYS


def _opens_predicate(words: list[Word]) -> bool:
    """Do the words open on a word of the predicate (در ادامه، پس از ...), not on a role or a
    body that opens on one (نخست وزیر، هفته نامه: نخست is also "first")?"""
    return bool(words) and words[0].key in PREDICATE_STARTS and not (
        starts_role(words, 0) or phrase_at(words, 0, ORGANISATION_LEXICON))


def _noun_runs_on(mention: Mention, words: list[Word]) -> bool:
    """Is the name one word, a common noun (the lexicon's, no given name), that و follows right
    after it (``تراکتور و کمباین موجود ... را ... برشمرد``)? The clause opened on a list of
    nouns, maybe the object of a verb with no subject; a list of names set off by commas
    (آمریکا، کانادا و ...) is not one. A count after the noun says nothing: a subject takes
    one as often (روسیه ۵۰ دیپلمات را اخراج کرد)."""
    if not _a_common_noun(mention):
        return False
    n = next((n for n, word in enumerate(words) if word.key == mention.name_keys[0]), len(words))
    return n + 1 < len(words) and words[n + 1].key == AND


def _plural_verb_after(field: Field, clause_end: int) -> bool:
    """Is the speech verb after the clause plural (اعلام کردند، مدعی شدند)? Then a noun and و
    open a list of subjects (روسیه و چین ... اعلام کردند), not a clause with none."""
    # Two tokens a word at most (a prefix written apart), so these tokens hold the verb's words whole.
    verb = _clause_words(field.folded, clause_end, len(field.folded), 2 * SPEECH_VERB_WORDS)[:SPEECH_VERB_WORDS]
    return any(is_plural_verb(w.key) or _plural_copula(w.key) for w in verb)


def _plural_copula(key: str) -> bool:
    """Is the word an adjective with the plural copula glued on (معتقدند، موافقند)?"""
    return key.endswith(PLURAL_COPULA) and is_lexicon_noun(key[:-len(PLURAL_COPULA)])


def _words_to_object(text: str, words: list[Word], first: Word) -> tuple[str, ...]:
    """The words from ``first`` to the object's را (at most MAX_NAME_WORDS), as written: the
    name kept before an object is one word, and the article may know a longer one (کره شمالی
    طرح آمریکا را ...)."""
    start = words.index(first)
    end = next((n for n in range(start, len(words)) if words[n].key in ("را", ",")), len(words))
    return tuple(text[w.start:w.end] for w in words[start:min(end, start + MAX_NAME_WORDS)])


def _after_emphatic_self(words: list[Word]) -> list[Word]:
    """``خود رضایی هم گفت``: past an emphatic خود to the subject it stresses; before a
    predicate word (``خود نیز``، ``خود را``) it is the pronoun itself."""
    if len(words) > 1 and words[0].key == EMPHATIC_SELF and words[1].key not in PREDICATE_STARTS \
            and words[1].key not in NON_NAME_WORDS and words[1].key != "," and not is_finite_verb(words[1].key):
        return words[1:]
    return words


def _cleft_focus(words: list[Word]) -> list[Word]:
    """``(اما) این رضایی، رئیس شورا، بود که ... گفت``: a cleft puts the subject between این and
    the copula before که, to stress who did it; the subject is those words. Only when they open
    like a speaker and hold no clause (``این بار ... بود که`` is a time, ``این طرح بود که`` a
    thing)."""
    opens = 1 + bool(words and words[0].key in CONJUNCTION_KEYS)
    if len(words) < opens + 3 or words[opens - 1].key != CLEFT_OPENER:
        return words
    copula = next((n for n in range(opens + 1, len(words) - 1)
                   if words[n].key in CLEFT_COPULAS and words[n + 1].key == THAT), None)
    focus = words[opens:copula] if copula else []
    if any(word.key in (THAT, THAT_THIS) or is_finite_verb(word.key) for word in focus):
        return words  # این نماینده با بیان اینکه ... روشن است که: a clause of its own, no cleft
    return focus if focus and _opens_subject(focus) else words


def _after_subordinate_clause(words: list[Word]) -> list[Word]:
    """``وقتی X ... شکست، گزارشگر ... فریاد زد``: past a clause opened by وقتی، زمانی که ...,
    the main clause's subject: the words after the last comma (and its اما: هرچند ...، اما
    روزنامه ...), when they open like a subject
    and hold no verb; else (``وقتی رضایی ... رسید، گفت``) the opened clause's own subject, if it
    opens like one (not ``اگر بخواهیم ... می‌توان گفت``)."""
    opener = phrase_at(words, 0, SUBORDINATOR_LEXICON)
    if not opener:
        return words
    last_comma = max((n for n in range(opener, len(words)) if words[n].key == ","), default=None)
    rest = after_conjunction(skip_openers(words[last_comma + 1:])) if last_comma is not None else []
    if rest and not any(is_finite_verb(w.key) for w in rest) and _opens_subject(rest):
        return rest
    own = words[opener:]  # else the opened clause's subject, if it opens like one
    return own if own and _opens_subject(own) else words


def _opens_subject(words: list[Word]) -> bool:
    """Do the words open like a speaker: a role, a name, an organisation, a group (مسئولان
    باشگاه), وی/او, a role pointing back (اما این مقام ...: whoever has the floor), or are
    they a short name alone?"""
    return (starts_role(words, 0) or opens_name(words) or bool(phrase_at(words, 0, ORGANISATION_LEXICON))
            or words[0].key == DEMONSTRATIVE and starts_role(words, 1)
            or words[0].key in GROUP_SUBJECTS
            or bool(phrase_at(words, 0, PRONOUN_LEXICON)) or _only_a_name(words))


def _share_of_people(field: Field, share: list[Word]) -> Mention:
    """A share of people (_a_share) speaking: a group nobody names, never the last speaker."""
    return Mention("title", role=as_original(field.text, share), anonymous=True, where=field.where)


def _a_share(words: list[Word]) -> int:
    """How many words a share of people opening the clause takes (``حدود ۴۰ درصد``، ``۸۱ درصد
    از ترک‌ها``، ``سه نفر از کارگران``, up to its ``از`` group), 0 if it opens on none: numbers and
    quantity words, then a unit people are counted in (SHARE_UNITS; تن only before its از group:
    ``چند تن از ملی‌پوشان``, not a weight)."""
    for n, word in enumerate(words[:MAX_SHARE_WORDS]):
        of_group = n + 2 < len(words) and words[n + 1].key == "از"
        if n and (word.key in SHARE_UNIT_KEYS or word.key in GROUP_SHARE_UNIT_KEYS and of_group):
            # نفر دوم مونیخی‌ها: a unit with no count before it is no share
            return n + 3 if of_group else n + 1
        if not (word.key in QUANTITY_WORDS or word.key.isdigit() or word.key == "از"):  # بیش از
            return 0
    return 0


def _a_few_people(field: Field, words: list[Word]) -> int:
    """How many words a few people of a kind opening the clause take (``چند راننده تاکسی گفتند``،
    ``چند کودک کار که ... گفتند``): چند and the noun phrase after it, before a plural verb, as a
    share counted in نفر is; 0 when چند counts a time (``چند روز پیش وزیر گفت``, whose subject
    follows it) or the verb is singular."""
    if len(words) < 3 or words[0].key not in FEW_WORD_KEYS or opens_time_phrase([w.key for w in words[1:3]]) \
            or words[2].key in TIME_QUALIFIERS or not _plural_verb_after(field, words[-1].end):
        return 0
    phrase, _ = _noun_phrase(words[1:])
    return 1 + len(phrase) if phrase else 0


def _light_verb_follows(words: list[Word], phrase: list[Word]) -> bool:
    """``قدردانی کرد و بیان کرد``، ``موافقت کردیم``: a noun before a light verb is the verb's, not a
    subject (a full name may hold the same word: غلامرضا کرد زنگنه); so is a noun with the
    indefinite ی right before any verb (``آهی کشید و گفت``، ``نگاهی انداخت``)."""
    if opens_name(phrase):
        return False
    following = next((w for w in words if w.start >= phrase[-1].end), None)
    if len(words) > 1 and _indefinite_noun(words[0].key) and is_finite_verb(words[1].key):
        return True
    return any(w.key in LIGHT_VERB_FORMS for w in phrase[1:] + ([following] if following else []))


def _a_compound_verbs_noun(field: Field, phrase: list[Word]) -> bool:
    """Is the phrase one word, no given name, that the article writes before a light verb
    (انجام شد، انتقاد کرد، ممنوع کرده)? It is a compound verb's noun there, and no name here
    either (``... انجام ۱۷۰ مورد تذکر ... خبر داد``): the clause has no subject of its own."""
    return len(phrase) == 1 and not opens_name(phrase) and phrase[0].key in _nouns_of_compound_verbs(field.article)


@functools.lru_cache(maxsize=64)
def _nouns_of_compound_verbs(article: tuple[str, ...]) -> frozenset[str]:
    """Every word the article's fields write right before a light verb (the noun of کرد، شد ...),
    apart or joined to it by ZWNJ (پیشرفت کرده، پیشرفت‌کرده): the same compound either way."""
    return frozenset(key for folded in article
                     for key, following in itertools.pairwise(map(word_key, WORD_PART.findall(folded)))
                     if following in LIGHT_VERB_WORDS)


def after_conjunction(words: list[Word]) -> list[Word]:
    """``اما امروز رئیس فدراسیون ... گفت``: past an opening conjunction (and a time) when what
    follows opens like a speaker (a role, a name, an organisation, a group), or when all that
    is left before the verb is a short name (``اما کونته گفت``: a surname, a player known by
    one name); otherwise (``اما مشکل این است``) the conjunction stays and the clause has no
    subject of its own."""
    if not words or words[0].key not in CONJUNCTION_KEYS:
        return words
    rest = _skip_time(words[1:])
    if rest and (_opens_subject(rest) or _surname_then_predicate(rest) or _named_too(rest)):
        return rest
    return _adverbial_after_conjunction(rest) or words


def _adverbial_after_conjunction(rest: list[Word]) -> list[Word] | None:
    """``اما در همین حال X گفت``، ``اما از سوی دیگر، X گفت``: a conjunction before an opener or an
    adverbial, whose subject follows it as it would with no conjunction; read from the adverbial
    on. None when no opener or adverbial follows (``اما مشکل این است``)."""
    opened = skip_openers(rest)
    if opened is not rest and opened:
        return opened
    return rest if _opens_predicate(rest) else None


def _surname_then_predicate(words: list[Word]) -> bool:
    """Is a short name, no word of which the lexicon knows as a noun, all there is before the
    predicate (``اما کونته در مصاحبه‌ای اعلام کرد``، ``البته رضایی امروز گفت``)? A noun there
    (``اما مشکل در این است``) is a clause with no subject of its own."""
    end = next((n for n, w in enumerate(words) if w.key in PREDICATE_STARTS), len(words))
    return 0 < end < len(words) and _only_a_name(words[:end]) and \
        not any(is_lexicon_noun(w.key) for w in words[:end])


def _only_a_name(words: list[Word]) -> bool:
    """Are the words a surname or a short name and nothing else?"""
    return len(words) <= MAX_BARE_NAME_WORDS and is_person_name([w.key for w in words], NAME_HEAD_WORDS)


def skip_agency(words: list[Word]) -> list[Word]:
    """Drop a leading ``خبرگزاری فارس`` left when the tag had no colon. Another agency is the
    subject unless a speaker opens after it: خبرگزاری فرانسه در گزارشی افزود که ...،
    خبرگزاری رسمی لبنان اعلام کرد که ... (رسمی is no agency's name). A dateline's place and
    agency before a speaker (``زنجان - ایرنا - رئیس ... گفت``: DATELINE_AGENCIES) go too."""
    dateline = next((n + 1 for n in (0, 1) if n < len(words) and words[n].key in DATELINE_AGENCIES), 0)
    if dateline and len(words) > dateline and opens_speaker(words[dateline:]):
        words = words[dateline:]
    while len(words) > 1 and words[0].key == "خبرگزاری":
        rest = words[2:]
        while rest and rest[0].key == ",":
            rest = rest[1:]
        if words[1].key not in AGENCY_WORDS and not (rest and opens_speaker(rest)):
            return words
        words = rest
    return words


def opens_speaker(words: list[Word]) -> bool:
    """Do the words open like someone named or titled (an honorific, a given name, a role)?"""
    return opens_name(words) or starts_role(words, 0)


def skip_openers(words: list[Word]) -> list[Word]:
    """Drop sentence openers that are not the subject (گفتنی است، شایان ذکر است،
    چنان که / آن‌گونه که: "as X said"), and a stray ZWNJ read as a word."""
    while words and not words[0].key:
        words = words[1:]
    while length := phrase_at(words, 0, OPENER_LEXICON) or phrase_at(words, 0, AS_CLAUSE_LEXICON) or _comment(words):
        words = words[length:]
        while words and words[0].key == ",":
            words = words[1:]
    return words


def _comment(words: list[Word]) -> int:
    """How many words a comment opening the sentence takes, through what closes it: ``جالب
    اینکه``، ``نکته جالب توجه این است که``، ``این جمله‌ای بود که`` (then ``X ... تکرار کرد``). Its words
    are nouns or adjectives of the lexicon (an indefinite one after این), no given name, role or
    body; 0 if the words open no such comment."""
    start = 1 if words and words[0].key == DEMONSTRATIVE else 0
    n = start
    while n < min(len(words), start + MAX_COMMENT_WORDS) and _comment_word(words[n].key):
        n += 1
    if n == start or starts_role(words, start) or phrase_at(words, start, ORGANISATION_LEXICON) \
            or start and not _indefinite_form(words[start].key):
        return 0
    if n < len(words) and words[n].key in _COMMENT_THAT_KEYS:
        return n + 1
    m = n + 1 if n < len(words) and words[n].key == DEMONSTRATIVE else n
    if m < len(words) - 1 and words[m + 1].key == THAT and (words[m].key in _COMMENT_COPULA_KEYS or m > n):
        return m + 2  # ... این است که، ... بود که، جالب این که
    return 0


@functools.lru_cache(maxsize=1 << 16)
def _comment_word(key: str) -> bool:
    """A noun or adjective of the lexicon, bare or indefinite (جمله‌ای), that is no given name
    nor a word of the predicate (a preposition, a stop word). Asked of the first words of
    every clause: the answer is remembered."""
    return ((is_lexicon_noun(key) or _indefinite_form(key)) and not is_first_name(key)
            and key not in PREDICATE_STARTS and non_name_kind(key) != "stop word")


def _indefinite_form(key: str) -> bool:
    """A noun of the lexicon with the indefinite ending (جمله‌ای، نکته‌ای، حرفی)."""
    return any(key.endswith(ending) and is_lexicon_noun(key[:-len(ending)]) for ending in INDEFINITE_ENDINGS)


_COMMENT_THAT_KEYS = frozenset(fold_word(word) for word in COMMENT_THATS)
_COMMENT_COPULA_KEYS = frozenset(fold_word(word) for word in COMMENT_COPULAS)


def _after_adverbial(field: Field, words: list[Word]) -> list[Word]:
    """The subject after an opening adverbial (``در این نشست که ...، رضایی گفت``).

    Preferred: the first comma followed by a speaker-like word (a role, an
    honorific, a given name, a pronoun); then the words after the last
    comma; then the first honorific or given name anywhere.
    """
    if (role_first := _role_after_occasion(words)) is not None:
        return role_first  # در همین زمینه معاون درمان ...، دکتر X، گفت: the role, then its holder
    commas = _commas_past_clause(words, [n for n, w in enumerate(words) if w.key == "," and n + 1 < len(words)
                                         and words[n + 1].key not in PREDICATE_STARTS])
    for k, n in enumerate(commas):
        role_follows = starts_role(words, n + 1)
        if role_follows and (named := _name_before_comma(words, n)) is not None:
            return words[named:]  # به گزارش خبرنگار ما سید رمضان جعفری، مدیر ... گفت: the name, then its role
        if role_follows and k and _name_between_commas(words[commas[k - 1] + 1:n]):
            return words[commas[k - 1] + 1:]  # پیش از این، آندریا مارتینلی، سرمربی ...، گفته بود
        if (role_follows or opens_name(words[n + 1:]) or phrase_at(words, n + 1, PRONOUN_LEXICON)
                or _opens_group(field, words[n + 1:])):
            return words[n + 1:]
    if commas and _verb_before(words, commas[-1]):  # ... برگزار شد، شاهین فرهت گفت: a name no list knows
        return words[commas[-1] + 1:]
    after_occasion = _skip_occasion(words)
    if after_occasion and after_occasion[0].key not in PREDICATE_STARTS:
        return after_occasion
    if commas:
        return words[commas[-1] + 1:]
    for n, word in enumerate(words):
        if phrase_at(words, n, HONORIFIC_LEXICON) or is_first_name(word.key) or _someone_unnamed(words, n) \
                or _foreign_name_opens(words, n):
            return words[n:]
    return []


def _role_after_occasion(words: list[Word]) -> list[Word] | None:
    """The subject when an occasion with no comma after it (در همین زمینه، در ادامه، در این نشست)
    opens the sentence and a role follows, its holder's name set off by commas after it (``در
    ادامه معاون درمان دانشگاه ...، دکتر X، گفت``): the role and the name are one subject, as
    without the occasion, not an occasion running to the first comma with the name alone after
    it. None otherwise: a role after a preposition (در دیدار با مدیرکل ...، X گفت) is no subject's."""
    after = _skip_occasion(words)
    if not after or after[0].key == "," or not starts_role(after, 0):
        return None
    comma = next((n for n, w in enumerate(after) if w.key == ","), None)
    if comma is None or comma + 1 == len(after) or not opens_name(after[comma + 1:]):
        return None
    closing = next((n for n in range(comma + 1, len(after)) if after[n].key == ","), None)
    if closing is None or closing + 1 < len(after) and starts_role(after, closing + 1):
        return None
    return after


def _name_between_commas(part: list[Word]) -> bool:
    """Is a part set off by commas, with a role after it, a name no list of given names knows
    (آندریا مارتینلی، مارتینلی)? A name is how an appositive role's subject is written; a
    preposition's object (با وزیر) or a clause (که ...) is not."""
    return 0 < len(part) <= MAX_NAME_WORDS and part[0].key not in PREDICATE_STARTS \
        and is_person_name([w.key for w in part], NAME_HEAD_WORDS)


def _foreign_name_opens(words: list[Word], n: int) -> bool:
    """Does a foreign full name open at word n (``در پایان این مسابقات اسکار مونتابالان گفت``): a
    foreign given name and a word after it, no preposition's object (``در دیدار با جان کری``)?"""
    return (is_foreign_given_name(words[n].key) and n + 1 < len(words) and words[n + 1].key != ","
            and not _after_preposition(words, n))


def _someone_unnamed(words: list[Word], n: int) -> bool:
    """Does an unnamed speaker open at word n (``در ساعات پایانی ... یک منبع آگاه گفت``): one
    of a kind (یک، یکی از) with a role, no preposition's object (``با یک مقام``)?"""
    return words[n].key in INDEFINITE and starts_role(words, n) and not _after_preposition(words, n)


def _after_preposition(words: list[Word], n: int) -> bool:
    """Does a preposition stand right before word n (با جان کری، با یک مقام): its object, no subject?"""
    return n > 0 and words[n - 1].key in NOUN_BEFORE_NAME_PREPOSITIONS


def _commas_past_clause(words: list[Word], commas: list[int]) -> list[int]:
    """The commas outside a relative clause the adverbial holds (``در جلسه‌ای که با حضور علی
    رضایی، حسن نوری ... برگزار شد، مهدی احمدی گفت``): from its که to the first comma a finite
    verb stands right before, the names listed are not the subject."""
    end = next((n for n in commas if _verb_before(words, n)), None)
    that = max((k for k in range(end) if words[k].key == THAT), default=None) if end is not None else None
    return commas if that is None else [n for n in commas if not that < n < end]


def _verb_before(words: list[Word], n: int) -> bool:
    """Does a finite verb stand right before words[n]?"""
    return n > 0 and is_finite_verb(words[n - 1].key)


def _opens_group(field: Field, words: list[Word]) -> bool:
    """Do the words open on a group speaking (مسئولان باشگاه: GROUP_SUBJECTS; نفتی‌ها، نفتی ها: a
    noun written as a plural, its ending glued or apart, before a plural verb)? After an occasion
    naming someone (``در جلسه X با مدیران، نفتی‌ها عنوان کردند``) the group is the subject, not
    the one the occasion names, however the plural is spelt; a plural before a singular verb is
    an item of a list (``از ...، سالن‌های ورزشی ... بازدید و بر ... تاکید کرد``)."""
    if words[0].key in GROUP_SUBJECTS:
        return True
    plural = _plural_noun(field.folded, words[0]) or len(words) > 1 and words[1].key in PLURAL_APART_KEYS
    return plural and _plural_verb_after(field, words[-1].end)


def _name_before_comma(words: list[Word], comma: int) -> int | None:
    """Where a name that runs right up to the comma starts, when it opens with an honorific or
    a given name (``بنا بر این گزارش سید رمضان جعفری، مدیر ...``): the subject the role after the
    comma describes. Not after a preposition: ``در دیدار با علی رضایی، مدیرکل ... گفت`` is the
    director speaking to him. After the نیز/هم that closes an opening adverbial (``در مشهد نیز
    حسین کریمی، مدیرکل ...، گفت``: a roundup's next city) the name is the subject still."""
    for k in range(max(0, comma - MAX_NAME_WORDS - 2), comma):
        if not (phrase_at(words, k, HONORIFIC_LEXICON) or is_first_name(words[k].key)
                or is_foreign_given_name(words[k].key)):
            continue
        if k and words[k - 1].key in PREDICATE_STARTS and not _closes_adverbial(words, k - 1):
            return None
        name = _name_words(words[k:comma])
        if name and name[-1] is words[comma - 1] and is_person_name([w.key for w in name], NAME_HEAD_WORDS):
            return k
    return None


def _closes_adverbial(words: list[Word], n: int) -> bool:
    """Is words[n] a نیز/هم ending an adverbial that opens the sentence (``در مشهد نیز``، ``در این
    نشست هم``): "also" said of the place or the occasion, no preposition before what follows?"""
    return n > 1 and words[n].key in ALSO_WORDS and words[0].key in ADVERBIAL_OPENERS


def _skip_time(words: list[Word]) -> list[Word]:
    """Drop a time phrase the subject follows (``...، دقایقی پیش جوزپ پدررول ادعا کرد``), and
    the comma that may set it off (``امروز، وزارت ... خبر داد``)."""
    while words and opens_time_phrase([w.key for w in words[:2]]):
        words = words[1:]
        while words and words[0].key in TIME_QUALIFIERS:
            words = words[1:]
        if words and words[0].key == ",":
            words = words[1:]
    return words


def _skip_occasion(words: list[Word]) -> list[Word]:
    """Words after ``در این نشست``/``در حاشیه این مراسم``/``در ادامه`` (else none)."""
    if not words or words[0].key != "در":
        return []
    n = 1
    while n < min(len(words), MAX_OCCASION_WORDS) and (words[n].key in EVENT_WORDS or words[n].key in DEMONSTRATIVES):
        n += 1
    if n == 1:
        return []
    while n < len(words) and (words[n].key == "," or words[n].key in ALSO_WORDS):  # در ابتدای جلسه، حسینی ...؛ در پایان نیز مدیرکل ...
        n += 1
    return words[n:]


def _noun_phrase(words: list[Word], one_speaker: bool = False) -> tuple[list[Word], bool]:
    """The subject noun phrase: words up to the predicate, with comma appositives.

    Also says whether an object (``... را``) follows, in which case the last
    words may belong to the object rather than to the subject: a name with no
    role beside it then ends one word after its given names (``محمد میرمسعودی
    مراسم تجلیل را ... عنوان کرد``), and a phrase opening otherwise after its first
    word, a surname if the article knows it (``روستا قانون جذب ... را``).
    ``one_speaker``: the speech verb after the words is singular, so an office joined with و
    to the one after a name is that person's second (_closes_apposition).
    """
    if called_as_kin([word.key for word in words[:2]]) and not (len(words) > 2 and words[2].key == ","):
        return words[:2], False  # عمو رحیم پتو را ... می‌کشد: the name an elder goes by is all of it
    phrase: list[Word] = []
    n = 0
    while n < len(words) and len(phrase) < MAX_SUBJECT_WORDS:
        word = words[n]
        fixed = max(phrase_at(words, n, HONORIFIC_LEXICON), phrase_at(words, n, ROLE_LEXICON))
        if fixed:
            phrase += words[n:n + fixed]
            n += fixed
        elif phrase and (alias := _alias_length(words, n)):
            n += alias  # ژوائو دا سیلوا معروف به «ژوکا»، مهاجم ...: the name they go by, aside (aliases_given)
        elif len(phrase) > 1 and _bare_time_noun_in_name(words, n):
            phrase.append(word)  # روزنامه سیاست روز در ...: no day without a word after it
            n += 1
        elif word.key == ",":
            if not _appositive_follows(phrase, words, n):
                break
            phrase.append(word)
            n += 1
        elif _counted_unit(words, n):  # زیر ۲۳ | سال: the age group's unit, no time of the predicate
            phrase.append(word)
            n += 1
        elif complement := _complement_set_off(phrase, words, n):
            phrase += words[n:n + complement]  # X، مدیر یک دبیرستان دخترانه در شهر ری، گفت: who they are, to the comma
            n += complement
        elif _an_age(phrase, words, n) and not _object_or_predicate_ahead(words, n):
            phrase += words[n:n + 2]  # بیمار ۴۳ ساله، مادر دختری ۱۲ ساله: who they are, no count of the object
            n += 2
        elif _opens_next_phrase(phrase, words, n) or _tells_manner_at(words, n):
            break
        elif word.key in PREDICATE_STARTS and not _continues_role(phrase, words, n, one_speaker):
            while non_name_kind(word.key) == "time" and len(phrase) > 1 and non_name_kind(phrase[-1].key) == "quantity":
                phrase.pop()  # وزیر خارجه چند روز پیش: the count is the time's
            if len(phrase) == 2 and weekday_of_a_time_phrase([w.key for w in phrase + words[n:n + 2]], 1):
                phrase.pop()  # مریم شنبه شب به ما گفت: the weekday is the time's
            break
        elif word.key.isdigit() and not (phrase and phrase[-1].key in NUMBERED_NOUNS
                                         or _number_in_role(phrase, words, n)):
            if _counts_the_noun_before(words, n) and len(phrase) > 1:
                phrase.pop()  # سایت آمار ... | فهرست ۶۰۰ نفره ... را: the noun the count describes is the object's
            break
        else:
            phrase.append(word)
            n += 1
    object_follows = n < len(words) and words[n].key == "را"
    object_opens = object_follows and len(phrase) > 2 and phrase[-2].key in DEMONSTRATIVES
    if object_opens:
        phrase = phrase[:-2]  # اخوان سرپرست تیم | این خبر را تکذیب کرد: ``این X`` opens the object
    if any(w.key == "," for w in phrase) and (object_follows or _object_part_last(phrase, words, n)):
        last_comma = max(i for i, w in enumerate(phrase) if w.key == ",")
        phrase, object_follows = phrase[:last_comma], False
    if object_follows and phrase and not any(starts_role(phrase, k) for k in range(len(phrase))):
        # محمد میرمسعودی | مراسم تجلیل را ...; روستا قانون جذب سرمایه‌گذاری | خارجی را ...
        phrase = phrase[:_past_particles(phrase, _given_names_end(phrase)) + 1 if opens_name(phrase)
                        else _body_before_object(phrase, object_opens)]
    while phrase and phrase[-1].key == ",":
        phrase.pop()
    return phrase, object_follows


_ALIAS_OPENERS = frozenset(cue[0] for cue in ALIAS_BEFORE)


def _alias_length(words: list[Word], n: int) -> int:
    """How many words an alias cue at word n and the name after it take, to a comma, a word of
    the predicate or the end (معروف به «ژوکا»، ملقب به شیمبا); 0 when no cue stands there or the
    name runs too long."""
    if words[n].key not in _ALIAS_OPENERS or tuple(w.key for w in words[n:n + 2]) not in ALIAS_BEFORE:
        return 0
    end = next((k for k in range(n + 2, len(words)) if words[k].key == "," or words[k].key in PREDICATE_STARTS),
               len(words))
    return end - n if 2 < end - n <= 2 + MAX_CALLED_NAME_WORDS else 0


def _opens_next_phrase(phrase: list[Word], words: list[Word], n: int) -> bool:
    """Does word n end a role of two words or more by opening what comes after it? An adverb
    (``سرمربی پیشین اکسین البرز | هنوز مقصد ...``) always; an ordinal or a superlative, which
    stands before its noun, when it opens the object or a copula's predicate (``پزشک تیم
    فوتبال پرسپولیس | آخرین وضعیت مصدومان را تشریح کرد``، ``مدیرکل ... | آخرین سخنران این
    نشست بود``), not the event a role is for (دبیر سی‌امین جشنواره ... گفت)."""
    if len(phrase) < 2 or not any(starts_role(phrase, k) for k in range(len(phrase))):
        return False
    key = words[n].key
    if key in ROLE_ENDING_ADVERBS:
        return True
    return stands_before_its_noun(key) and _object_or_predicate_ahead(words, n)


def _tells_manner_at(words: list[Word], n: int) -> bool:
    """Does word n tell how the subject speaks (مریم | آهسته گفت، | هق‌هق کنان گفت)? The predicate
    opens there: the subject phrase ends before it, or is empty."""
    return tells_manner(words[n].key, words[n + 1].key if n + 1 < len(words) else "")


def _number_in_role(phrase: list[Word], words: list[Word], n: int) -> bool:
    """Is the number at word n part of the office being read, the number a service or a body is
    known by (مدیر اورژانس ۱۱۵ استان همدان، رئیس مرکز اورژانس اجتماعی ۱۲۳، دبیر کنگره ۶۵۰۰ شهید
    استان کرمان)? A role has begun, the number counts nothing after it (_numbers_the_office) and
    opens neither the object nor a copula's predicate (مدیرکل ۲۰۰ مرکز را ...): after a role's
    words a number is the office's more often than the clause's."""
    return ((_in_role(phrase) or _role_after_name(phrase)) and len(phrase) > 1
            and _numbers_the_office(words, n) and not _object_or_predicate_ahead(words, n))


def _numbers_the_office(words: list[Word], n: int) -> bool:
    """Is the number at word n no count of what follows it: no unit, time, month or quantity
    after it (رئیس بهزیستی ۲ روز پیش، ۲۰ درصد، ۳ هزار، ۱۲ مهر، فهرست ۶۰۰ نفره)?"""
    following = words[n + 1].key if n + 1 < len(words) else ""
    return not following or not (non_name_kind(following) in NUMBER_UNIT_KINDS or following in COUNT_ADJECTIVES
                                 or following in SEASONS_AND_MONTHS)


def _object_or_predicate_ahead(words: list[Word], n: int) -> bool:
    """Does the clause after word n hold the object's را or a copula before any comma, که or
    other verb? A participle (تنظیم شده) describes a noun of the object and does not stop it."""
    for word in words[n + 1:]:
        if word.key == "را" or word.key in PREDICATE_COPULAS:
            return True
        if word.key in (",", THAT) or is_finite_verb(word.key) and not is_past_participle(word.key):
            return False
    return False


def _counts_the_noun_before(words: list[Word], n: int) -> bool:
    """Does the number at word n make an adjective with the unit after it (۶۰۰ نفره، ۳ ساله،
    ۱۰ روزه) for the noun before it (فهرست ۶۰۰ نفره)? That noun is then no part of a name."""
    return n + 1 < len(words) and words[n + 1].key in COUNT_ADJECTIVES


def _object_part_last(phrase: list[Word], words: list[Word], n: int) -> bool:
    """``امام جمعه بویین، امر | به معروف ... را ... برشمرد``: is the part after the phrase's last
    comma neither a role, a name nor an organisation, and does a word of the predicate end it
    with the object's را still to come in the clause (no comma, که or verb first)? Then the
    part opens the object, as when را follows it. Not the last item of a body's list of fields
    (معاون روابط کار وزارت تعاون، | کار و رفاه اجتماعی در نشست ... را تکذیب کرد): the title goes on,
    unless the item runs on past the province it names (... و گردشگری استان گلستان | حمایت ...)."""
    last_comma = max(i for i, w in enumerate(phrase) if w.key == ",")
    part = phrase[last_comma + 1:]
    if not part or starts_role(part, 0) or opens_name(part) or phrase_at(part, 0, ORGANISATION_LEXICON):
        return False
    if lists_on(part) and _role_goes_on(phrase) and not any(past_the_place(part, k) for k in range(2, len(part))):
        return False
    return _object_ahead(words, n)


def _object_ahead(words: list[Word], n: int) -> bool:
    """Does a word of the predicate (در، به، و) stand at word n, with the object's را still to
    come in the clause, before any comma, که or verb?"""
    if n >= len(words) or words[n].key not in PREDICATE_STARTS:
        return False
    for word in words[n:]:
        if word.key == "را":
            return True
        if word.key in (",", THAT) or is_finite_verb(word.key):
            return False
    return False


def _past_particles(words: list[Word], n: int) -> int:
    """Where the surname starting at words[n] ends: past the particles it opens with (مارکو ون
    | باستن), which alone end no name."""
    while n < len(words) - 1 and words[n].key in NAME_PARTICLES:
        n += 1
    return n


def _given_names_end(words: list[Word]) -> int:
    """Where the honorifics and given names opening a name end (سید محمد علی | رضایی;
    جلال الدین محمد | شکریه: a given name of two words, الدین alone being none)."""
    first = n = leading_honorifics([w.key for w in words])
    while n < len(words) - 1 and (is_first_name(words[n].key) or is_foreign_given_name(words[n].key)
                                  or n > first and is_first_name(f"{words[n - 1].key} {words[n].key}")):
        n += 1
    return max(n, 1)


def _appositive_follows(phrase: list[Word], words: list[Word], comma: int) -> bool:
    """After a comma the subject goes on with a role or a name, or a role's next part."""
    if not phrase or comma + 1 >= len(words):
        return False
    following = words[comma + 1]
    if following.key in PREDICATE_STARTS:
        return False
    return (starts_role(words, comma + 1) or bool(phrase_at(words, comma + 1, HONORIFIC_LEXICON))
            or is_first_name(following.key) or _in_role(phrase) or not _in_role(phrase))


def _continues_role(phrase: list[Word], words: list[Word], n: int, one_speaker: bool = False) -> bool:
    """``در``/``از``/``و`` inside a role (نماینده مردم تهران در مجلس، یکی از مهمانان), and ``و``
    inside an organisation's name (اداره کل راه و شهرسازی)."""
    if not phrase or n + 1 >= len(words):
        return False
    word, following = words[n].key, words[n + 1].key
    if len(phrase) > 1 and COMPLEMENT_ADJECTIVES.get(phrase[-1].key) == word and following not in PREDICATE_STARTS:
        return True  # یکی از خیرین حاضر در نشست؛ یک منبع نزدیک به تیم مذاکره‌کننده: the adjective's complement
    if word == "از" and (phrase[-1].key in PART_OF_WORDS or phrase[-1].key in FROM_COMPLEMENT_NOUNS and (
            _in_role(phrase) or _role_after_name(phrase))
            or phrase[-1].key in ORGANISATION_FROM_NOUNS and _in_organisation(phrase)):
        return True  # یکی از مهمانان؛ دبیر کارگروه پیشگیری از آسیب‌های اجتماعی؛ انجمن حمایت از کودکان کار
    if word == "به" and any(w.key in SENT_TO_WORDS for w in phrase) and not _told_to_the_press(following):
        return True  # خبرنگار اعزامی شبکه ورزش به ریو؛ سرپرست کاروان اعزامی ایران به بازی‌های آسیایی
    if word == "با" and phrase[-1].key in WITH_COMPLEMENT_NOUNS and (
            _in_role(phrase) or _role_after_name(phrase) or _in_organisation(phrase)):
        return True  # ستاد مقابله با بیماری‌های تنفسی
    if non_name_kind(word) == "time" and _in_role(phrase) and not _has_name(phrase) and _named_apposition_ahead(words, n):
        return True  # نماینده کارگران شیفت شب، سهراب نیک‌فر، ...; تهیه‌کننده برنامه صبح بخیر، ...
    if word == "و":  # آموزش و پرورش، سیستان و بلوچستان؛ اداره کل راه و شهرسازی؛ صنعت، معدن و تجارت
        if following in PREDICATE_STARTS:
            return False
        if not _has_name(phrase):
            return _in_role(phrase) or _in_organisation(phrase) or _role_goes_on(phrase)
        # علی نوری عضو هیات علمی واحد علوم و تحقیقات، and after a comma (علی نوری، رئیس هیئت
        # ورزش بیماران خاص و پیوند اعضا): the role after the name goes on, unless a second
        # person follows (… و محمد رضایی، … و مدیرکل …); an office that runs to the apposition's
        # closing comma is the same person's second (… رئیس ... و عضو کمیسیون ...، گفت)
        return ((_role_after_name(phrase) or _in_role(phrase) or _role_goes_on(phrase))
                and not (opens_name(words[n + 1:]) and not starts_role(words, n + 1)
                         or starts_role(words, n + 1) and not _closes_apposition(words, n + 1, one_speaker)))
    return (word == "در" and following not in PREDICATE_STARTS and not _an_occasion(following)
            and (_in_role(phrase) and not _has_name(phrase) or _where_held(phrase, following)))


def _told_to_the_press(key: str) -> bool:
    """Does «به» before ``key`` say whom the speaker told (``... اعزامی به ایرنا گفت``، ``به
    خبرنگار ما``), not where they were sent?"""
    return key in AGENCY_WORDS or key in DATELINE_AGENCIES or key.startswith(fold_word("خبرنگار"))


def _named_apposition_ahead(words: list[Word], n: int) -> bool:
    """Does the role at word n run, with no predicate word after n, to a comma a name follows
    (``نماینده کارگران شیفت شب، سهراب نیک‌فر، گفت``)? A time word there is then part of the
    office (the night shift), not when the sentence happened: the name set off after it is the
    office holder's."""
    comma = next((k for k in range(n + 1, len(words)) if words[k].key == ","), None)
    return (comma is not None and comma + 1 < len(words) and opens_name(words[comma + 1:])
            and not any(word.key in PREDICATE_STARTS for word in words[n + 1:comma]))


def _where_held(phrase: list[Word], following: str) -> bool:
    """After a name, does the word after «در» name where the office is held: the seat of a
    representative (نماینده مردم اهواز در مجلس، نماینده ولی فقیه در استان) or the affairs an
    office is for (معاون وزیر ... در امور دام)? Any other «در» after a named person's role opens
    the occasion (رضایی مدیرکل بهزیستی در نشست خبری، وزیر کشور در مجلس). The role may have
    gone on past the commas of a list (نماینده مردم رودبار، منجیل و لوشان، رحمت‌آباد و عمارلو در مجلس؛
    معاون وزیر صنعت، معدن و تجارت در امور بازرگانی): the part before «در» is then a list's last
    item, not a role's opening, and the seat or the affairs are still the office's."""
    if not (_role_after_name(phrase) or _in_role(phrase) or _role_goes_on(phrase)):
        return False
    return following in OFFICE_AFFAIRS or following in REPRESENTATIVE_SEATS and any(
        word.key in REPRESENTATIVE_HEADS for word in phrase)


def before_where_said(words: list[Word]) -> list[Word]:
    """A headline's speaker label as far as its title goes: ``TITLE در X:`` (شهردار سپیدشهر در نشست
    خبری:، سرمربی تیم ملی نوجوانان در تاشکند:، وزیر آموزش و پرورش در کمیسیون آموزش مجلس:) puts
    where or when the words were said after the speaker, as it does after a name (ظریف در نیویورک:),
    so the title ends before «در». Not an office held somewhere: an envoy's or a representative's
    post (سفیر ایران در لندن، نماینده مردم تهران در مجلس: SEATED_ROLE_HEADS) or the affairs an
    office is for (معاون وزیر بهداشت در امور دارو: _where_held)."""
    if not starts_role(words, 0) or any(word.key in SEATED_ROLE_HEADS for word in words):
        return words
    at = next((n for n in range(1, len(words) - 1) if words[n].key == "در"), None)
    if at is None or _where_held(words[:at], words[at + 1].key):
        return words
    return words[:at]


def _closes_apposition(words: list[Word], n: int, one_speaker: bool = False) -> bool:
    """Does the role at word n run to a comma that no name follows (``X، نماینده ... و عضو کمیسیون
    ...، گفت``), or, with ``one_speaker`` (the speech verb is singular), to the verb with no name
    on the way (``X رئیس شورای شهر و عضو هیئت مدیره ... گفت``)? Then it is the named person's
    second office, not a second person's title."""
    comma = next((k for k in range(n, len(words)) if words[k].key == ","), None)
    if comma is None:
        return one_speaker and not any(opens_name(words[k:]) for k in range(n + 1, len(words)))
    return comma + 1 == len(words) or not opens_name(words[comma + 1:])


def _an_occasion(key: str) -> bool:
    """Does the word after ``در`` open the occasion or the document someone spoke in, bare or
    with its indefinite ending (در نشست، در نشستی، در نامه‌ای، در بیانیه‌ای)? EVENT_WORDS lists a
    few indefinite forms and DOCUMENT_NOUNS none: each is compared without its ending."""
    stems = [key] + [key[:-len(ending)] for ending in INDEFINITE_ENDINGS if key.endswith(ending)]
    return any(stem in EVENT_WORDS or stem in DOCUMENT_NOUN_KEYS for stem in stems)


def _role_goes_on(phrase: list[Word]) -> bool:
    """Is the part after the last comma a role's or an organisation's next part (رئیس اتاق
    بازرگانی، صنایع، معادن و ...؛ سازمان صنعت، معدن و تجارت)? The parts back to the one that
    opens a role or an organisation are neither roles nor names, and that one may follow its
    holder's name (علی نوری رئیس اتاق بازرگانی، صنایع، معادن و ...؛ علی نوری، معاون وزیر تعاون،
    کار و ...): a body's name that lists its fields goes on past its commas whoever holds it."""
    parts = _split_commas(phrase)
    if len(parts) < 2 or not phrase or phrase[-1].key == ",":
        return False
    for n in range(len(parts) - 1, 0, -1):
        if starts_role(parts[n], 0) or opens_name(parts[n]):
            return False
        before = parts[n - 1]
        if starts_role(before, 0) or phrase_at(before, 0, ORGANISATION_LEXICON) or _role_after_name(before):
            return True
    return False


def _role_after_name(phrase: list[Word]) -> bool:
    """Is the part being read a name followed by its role (علی نوری عضو هیات علمی ...)?"""
    last_comma = max((n for n, w in enumerate(phrase) if w.key == ","), default=-1)
    part = phrase[last_comma + 1:]
    return bool(part) and opens_name(part) and any(starts_role(part, k) for k in range(1, len(part)))


def _in_role(phrase: list[Word]) -> bool:
    """Is the part being read a role (it starts with a role word)?"""
    last_comma = max((n for n, w in enumerate(phrase) if w.key == ","), default=-1)
    return starts_role(phrase, last_comma + 1)


def _in_organisation(phrase: list[Word]) -> bool:
    """Is the part being read an organisation's name (it starts with an organisation word)?"""
    last_comma = max((n for n, w in enumerate(phrase) if w.key == ","), default=-1)
    return bool(phrase_at(phrase, last_comma + 1, ORGANISATION_LEXICON))


def _has_name(phrase: list[Word]) -> bool:
    """Has the phrase reached a name (a given name or an honorific)? Not one a place is named
    after (رئیس بیمارستان فاطمه زهرا (س) و عضو ...: the role goes on)."""
    namesake = False  # in the name a place is named after, all of it (فاطمه زهرا)
    for n, word in enumerate(phrase):
        if not (is_first_name(word.key) or phrase_at(phrase, n, HONORIFIC_LEXICON)):
            namesake = False
            continue
        namesake = namesake or _names_a_namesake(phrase, n)
        if not namesake:
            return True
    return False


def mention_from_words(field: Field, words: list[Word], object_follows: bool = False,
                       object_ahead: bool = False, set_off: bool = False) -> Mention:
    """Split a subject phrase into name and role and say how it refers. ``object_ahead``: the
    object's را comes later in the clause (معاون اول دولت نهم رسیدن | به رشد ... را), so a role
    may have run on into the object as when را follows it. ``set_off``: a comma closes the phrase
    (رضا توکلی، کفش‌فروش بازار دشت‌سر، گفت), so a part after the name is an apposition whole."""
    text, where = field.text, field.where
    words = _past_address(words)
    outlet = _outlet_named_alone(field.folded, words)
    if outlet:  # میدل ایست آن لاین نوشت، Le10Sport مدعی شد: the outlet speaks, no person of that name
        return Mention("name", _as_written(text, outlet), tuple(w.key for w in outlet), strong=True,
                       organisation=True, where=where)
    share = _a_share(words)
    if share:  # به گفته چند نفر از خریداران، ...
        return _share_of_people(field, words[:share])
    name: list[Word] = []
    roles: list[list[Word]] = []
    organisation: list[Word] = []
    strong = False
    parts = _split_commas(words)
    for at, part in enumerate(parts):
        if organisation and not name and not roles and lists_on(part):
            organisation = _organisation_words(field.folded, organisation + part)  # سازمان صنعت، معدن و تجارت
            continue
        if roles and lists_on(part) and not starts_role(part, 0) and not opens_name(part):
            roles[-1] = roles[-1] + part  # معاون وزیر تعاون، کار و رفاه اجتماعی (و رئیس ...): the list ends the body's name
            continue
        role, part_name, part_organisation = _name_in_guillemets(field.folded, part) or _split_part(part)
        if part_name and roles and not opens_name(part) and not _appositive_name(part, part_name) \
                and (not name or _list_closes(parts[at:])):
            part_name, role = [], []  # ``(رضایی) مدیرکل صنعت، معدن و تجارت``: the role goes on
        if part_name and not is_person_name([w.key for w in part_name], NAME_HEAD_WORDS):
            part_name = []  # باید، ستاره تیم ...: not a person
        if part_name and role and role[0].start < part_name[0].start and _named_as_team(field, part_name):
            role, part_name = part, []  # سرمربی شاهین بوشهر، where the article writes تیم شاهین بوشهر
        if part_name and organisation and not name and not opens_name(part):
            part_name = []  # شورای نگهبان، احراز صلاحیت ... را: the object, not the body's appositive
        if part_name and not name:
            name = part_name
            strong = opens_name(part) or is_first_name(part_name[0].key)
        if role:
            roles.append(role)
        elif part_organisation and not organisation:
            organisation = _paper_name_set_apart(field, part_organisation, _organisation_words(field.folded, part_organisation))
        elif not part_name and roles:
            roles[-1] = roles[-1] + part  # a role's next part: صنعت، معدن و تجارت
        elif at == 1 and set_off and _describes(part, name, strong) and not (roles or organisation):
            roles.append(part)  # رضا توکلی، کفش‌فروش بازار دشت‌سر، گفت: who they are, though no office
    if not (name or roles or organisation) and words[0].key != ",":
        name = _given_names_and_surname(_split_commas(words)[0])
        strong = bool(name)
    first = words[0].key
    if first in CLAUSE_JOINER_KEYS and len(words) > 1 and words[1].key in GROUP_SUBJECTS:
        words, first = words[1:], words[1].key  # ولی اکثر ناظران: a conjunction, though ولی is also a given name
    if first in GROUP_SUBJECTS or _speaks_jointly(words) or name and (_plural_noun(field.folded, name[0]) or _plural_noun(field.folded, name[-1])
                                            or len(name) > 1 and _people_plural(name[0].key)
                                            or len(name) == 1 and _plural_alone(field.folded, words, name[0])
                                            or len(name) > 1 and _plural_without_zwnj(field.folded, name[0])
                                            or len(name) == 1 and _plural_no_surname(field, name)):
        # پرسپولیسی‌ها، نفتی ها، رسانه‌های آلمانی: a plural inside (داوودی رفع نابرابری‌های اقتصادی) is the object's
        return Mention("title", role=_described_group(text, words), anonymous=True, where=where)
    if _plural_pronoun(words):  # آنها معتقدند: a group the article has just spoken of
        return Mention("pronoun", anonymous=True, where=where)
    if first == DEMONSTRATIVE and len(words) > 1 and words[1].key in GROUP_SUBJECTS:  # این منابع: the group just quoted
        return Mention("title", role=as_original(text, words[1:]), anonymous=True, where=where)
    if first == DEMONSTRATIVE and (maker := _this_report_maker(field, words)):  # به ادعای این گزارش
        return dataclasses.replace(maker, where=where)
    if first == DEMONSTRATIVE and not name:  # این مسئول؛ این روزنامه: an organisation
        return Mention("title", role=as_original(text, words[1:]), anaphoric=True,
                       organisation=bool(phrase_at(words, 1, ORGANISATION_LEXICON)),
                       document=len(words) > 1 and words[1].key in DOCUMENT_NOUN_KEYS, where=where)
    if object_follows and roles:
        roles[-1] = _before_object(roles[-1])
    roles = [role for role in (_role_words(_without_former_name(text, r)) for r in roles) if role]
    role_text = "، ".join(as_original(text, _bare_age(_drop_indefinite(r))) for r in roles)
    before_object = (object_follows or object_ahead) and bool(roles)
    cut = as_original(text, _past_role(words, roles, name)) if before_object else ""
    if name:
        return Mention("name", _as_written(text, name), tuple(w.key for w in name),
                       role_text, strong or bool(roles), object_follows=object_follows and not roles,
                       role_before_object=before_object, object_words=cut, where=where)
    if roles:  # someone's kin or lawyer is new to the article, as یک کارشناس is, unless so called before
        serves = first not in INDEFINITE and _of_a_person(roles[0])
        return Mention("title", role=role_text, indefinite=first in INDEFINITE or serves, serves=serves,
                       role_before_object=before_object, object_words=cut, where=where)
    if len(organisation) > 1:  # ``کمیته`` alone names no organisation
        return Mention("name", _listed_as_written(field, organisation),
                       tuple(w.key for w in organisation), strong=True, organisation=True, where=where)
    if _someone_of_a_kind(words):  # یک دیپلمات پرتغالی گفت: someone new, whatever no list calls them
        return Mention("title", role=as_original(text, words[1:]), indefinite=True, where=where)
    if len(words) == 1 and organisation and words[0].key not in DOCUMENT_NOUN_KEYS:
        # ``سازمان در اطلاعیه خود مدعی شد``: the organisation of that kind the article spoke of, read
        # as no subject of its own (a pronoun) where quotes are found
        return Mention("pronoun", role=as_original(text, words), organisation=True, bare=True, where=where)
    return Mention("pronoun", where=where)


def _outlet_named_alone(folded: str, words: list[Word]) -> list[Word]:
    """The words of a foreign paper or site the phrase opens on with no head word before it (روزنامه،
    سایت), to its first comma: a name in Latin letters (Le10Sport، Sky Sports), which Persian news
    writes so only for an outlet or a brand, or one ending on an outlet's tail (میدل ایست آن لاین، گل
    دات کام، نیویورک تایمز: OUTLET_NAME_TAILS). Empty when the phrase is no such name. A Latin word
    in square brackets is a footnote's mark («...»[xl] البته ...), no name."""
    part = _split_commas(words)[0] if words and words[0].key != "," else []
    if part and (known := phrase_at(part, 0, FOREIGN_OUTLET_LEXICON)):
        return part[:known]  # رویترز روز دوشنبه گزارش داد، الدوحه چاپ قطر نوشت: the outlet's own words
    if not part or len(part) > MAX_NAME_WORDS:
        return []
    if all(_latin_word(word.key) for word in part):
        return [] if folded[part[0].start - 1:part[0].start] == "[" else part
    keys = tuple(word.key for word in part)
    if len(part) == 1 and _ends_on_an_outlet_tail(keys[0]):
        return part  # دیلی‌تلگراف، یورونیوز: the tail written joined to the name
    tail = next((tail for tail in OUTLET_NAME_TAILS if len(keys) > len(tail) and keys[-len(tail):] == tail), None)
    return part if tail and all(_name_of_an_outlet(part, n) for n in range(len(part) - len(tail))) else []


def _ends_on_an_outlet_tail(key: str) -> bool:
    """Does one word end on an outlet's one-word tail written joined to the name before it
    (دیلی‌تلگراف، یورونیوز، نیویورک‌تایمز: ZWNJ or nothing), a name no person has?"""
    return any(len(tail) == 1 and len(key) > len(tail[0]) + 1 and key.endswith(tail[0])
               for tail in OUTLET_NAME_TAILS)


def named_alone_as_outlet(keys: tuple[str, ...]) -> bool:
    """Do the keys name a foreign outlet Persian news writes with no head word (رویترز، اکیپ،
    دیلی‌تلگراف، نیویورک تایمز), so that its verb carries the words of whoever it quotes and «این
    روزنامه» or «این خبرگزاری» after it points back to it?"""
    return ("".join(keys) in FOREIGN_OUTLET_LEXICON.phrases or len(keys) == 1 and _ends_on_an_outlet_tail(keys[0])
            or any(len(keys) > len(tail) and keys[-len(tail):] == tail for tail in OUTLET_NAME_TAILS))


def _name_of_an_outlet(part: list[Word], n: int) -> bool:
    """Can part[n] be a word of an outlet's own name before its tail: no head (سایت، روزنامه: the
    outlet is then named as any body is), no role, no credit or other word no name holds (بگزارش
    سایت ... اسپورت، X گفت)?"""
    key = part[n].key
    return not (key in OUTLET_HEADS or key in AGENCY_WORDS or starts_role(part, n)) and non_name_kind(key) == ""


def _latin_word(key: str) -> bool:
    """Is the word in Latin letters (and digits: Le10Sport), with one letter at least?"""
    return key.isascii() and any(ch.isalpha() for ch in key) and all(ch.isalnum() or ch in ".-&" for ch in key)


def _past_address(words: list[Word]) -> list[Word]:
    """``خانم دکتر، رئیس سازمان ...، آقای X، گفته است``: honorifics alone set off by a comma (an
    interviewer's address to the interviewee) name nobody who speaks; the subject comes after them.
    So does a word of address with a short name (``آقای حسینی‌پور، رضا نیکخواه، مدیرکل ... گفته بود
    ...؛ قبول دارید؟``) when a full name follows: the question turns to the one asked, then names
    the one it reports (_addressed_by_name)."""
    comma = next((n for n, word in enumerate(words) if word.key == ","), 0)
    if comma and comma + 1 < len(words) and (leading_honorifics([w.key for w in words[:comma]] + [","]) == comma
                                             or _addressed_by_name(words, comma)):
        return words[comma + 1:]
    return words


def _addressed_by_name(words: list[Word], comma: int) -> bool:
    """Do a word of address and a name of one or two words stand before the comma, and a full name
    (no honorific: آقای رضایی، دکتر علی رضایی is one man) after it? A role after the comma is
    the name's apposition (``آقای رضایی، مدیرکل ...، گفت``), no vocative."""
    rest = words[comma + 1:]
    return (words[0].key in ADDRESS_WORDS and 2 <= comma <= 3 and len(rest) > 1
            and opens_name(rest) and not phrase_at(rest, 0, HONORIFIC_LEXICON))


def _appositive_name(part: list[Word], name: list[Word]) -> bool:
    """Is a part after a role's comma a whole name that opens on a given name of the wide list
    (``معاون ... استان، هیوا امینی، گفت``), or a foreign one as sport and world news write it
    after the post (``مدافع فرانسوی بایرن، دایو اوپامکانو گفت``: every word a foreign given name
    or one no list knows)? FIRST_NAMES holds too few Kurdish, Turkish and women's names to tell
    it; a role's next part (صنعت، معدن و تجارت; کیست هیداتید، سالک) is no name from end to end."""
    return len(name) > 1 and name[0] is part[0] and name[-1] is part[-1] and (
        is_given_name(part[0].key) or all(is_foreign_given_name(w.key) or unlisted_word(w.key) for w in part))


def _someone_of_a_kind(words: list[Word]) -> bool:
    """Do the words read as nobody's name, role or body open on یک and a noun (یک دیپلماتیک پرتغالی)?
    One of a kind speaks, someone new; not a time or a count (یک روز بعد، یک بار دیگر), nor a verb's
    clause, nor a body of a kind (_body_of_a_kind)."""
    return (len(words) > 1 and words[0].key == A_ONE and words[1].key not in ONCE_NOUNS
            and not non_name_kind(words[1].key) and not phrase_at(words, 1, ORGANISATION_LEXICON)
            and all(w.key != "," for w in words)
            and not any(is_finite_verb(w.key) for w in words))


def _body_of_a_kind(words: list[Word]) -> bool:
    """Does a subject open on یک and a body's head (یک روزنامه آمریکایی، یک سایت خبری)? A body
    unnamed speaks, not whoever spoke last; not a document, whose issuer is named after it (یک
    بیانیه ارتش ...). Read on the subject phrase only: inside an appositive (روزنامه ...، یک روزنامه
    محلی) it is the body's description."""
    return (len(words) > 1 and words[0].key == A_ONE and bool(phrase_at(words, 1, ORGANISATION_LEXICON))
            and words[1].key not in DOCUMENT_NOUN_KEYS)


def _past_role(words: list[Word], roles: list[list[Word]], name: list[Word]) -> list[Word]:
    """The words of a subject before «را» past its role and name, which a role ends before (a
    reporting word: کارشناس مسائل هسته‌ای | گزارش مدیرکل آژانس را ...): the object's."""
    end = max([roles[-1][-1].end] + [w.end for w in name])
    return [w for w in words if w.start >= end]


def _body_before_object(phrase: list[Word], object_opens: bool) -> int:
    """How many words of a phrase before را name the body that judges: all of them when ``این
    X را`` was cut off them (``object_opens``), else up to where the object opens, read as a
    role's end is (_before_object), when the phrase opens on a body's head (``سازمان بین‌المللی
    انرژی | این رقم را ... برآورد کرد``); else its first word alone, as where the object opens is
    then unknown (``روستا | قانون جذب ... را``)."""
    if not phrase_at(phrase, 0, ORGANISATION_LEXICON):
        return 1
    if object_opens:
        return len(phrase)
    body = _before_object(phrase)
    return len(body) if len(body) < len(phrase) else 1


def _with_its_place(words: list[Word], phrase: list[Word]) -> list[Word]:
    """A body's name goes on over «در PLACE» when only the verb follows (دولت ائتلافی در پاکستان
    بر این باور است؛ ستاد استانی طرح ... در سرآباد اعلام کرد): a body does not travel to speak as a
    person does, so the place tells which body it is, and the article's fullest name holds it
    (ANNOTATION.md, round 22). The place is a country, a province (with استان or without), or a
    town's name in آباد; any other word after در (در بیانیه‌ای، در ادامه) is the clause's."""
    if not phrase or not phrase_at(phrase, 0, ORGANISATION_LEXICON) or phrase[-1] not in words:
        return phrase
    rest = words[words.index(phrase[-1]) + 1:]
    if len(rest) < 2 or rest[0].key != BODY_PLACE_PREPOSITION or not _a_place([w.key for w in rest[1:]]):
        return phrase
    return phrase + rest


def _paper_name_set_apart(field: Field, words: list[Word], phrase: list[Word]) -> list[Word]:
    """A paper's name goes on over the words after it (a time word: روزنامه سیاست روز، روزنامه «بازار
    امروز» نوشت) while the article writes the longer name set apart, in guillemets or as a line of
    its own (a press review's heading ``* سياست روز``): the name is then that, where otherwise
    «روزنامه کیهان امروز نوشت» has the time word the clause's."""
    if len(phrase) < 2 or phrase[0].key not in PAPER_HEADS or phrase[-1] not in words:
        return phrase
    rest = words[words.index(phrase[-1]) + 1:]
    while rest and _written_apart(field, phrase[1:] + rest[:1]):
        phrase, rest = phrase + rest[:1], rest[1:]
    return phrase


def _written_apart(field: Field, name: list[Word]) -> bool:
    """Does some field of the article hold these words in guillemets, or as the whole line?"""
    spelt = "[ \u200c]*".join(re.escape(fold_folded(field.folded[w.start:w.end])) for w in name)
    apart = re.compile(f"«[ \u200c]*{spelt}[ \u200c]*»|^[-*•\\s]*{spelt}\\s*$")
    return any(apart.search(fold_folded(text)) for text in field.article or (field.folded,))


def _a_place(keys: list[str]) -> bool:
    """Do the keys name a country, a province or a town in آباد, and nothing more?"""
    if keys and keys[0] in PLACE_UNITS:
        keys = keys[1:]
    return bool(keys) and len(keys) <= MAX_PLACE_NAME_WORDS and (
        "".join(keys) in COUNTRY_NAMES or _a_province(keys) or _a_town("".join(keys)) and len(keys) <= 2)


def _a_province(keys: list[str]) -> bool:
    """Are the keys one province's whole name (گلستان، خراسان رضوی، سیستان و بلوچستان) and no
    word past it (تهران امروز: a time word is the clause's)?"""
    return keys[0] in PROVINCE_NAMES and (len(keys) == 1 or keys[0] in PROVINCES_IN_TWO_PARTS
                                          or len(keys) == 2 and keys[1] in PLACE_NAME_TAILS)


def _a_town(joined: str) -> bool:
    """Is the word a town's name in آباد (نجف‌آباد، نجف آباد written apart), not آباد alone?"""
    return joined.endswith(PLACE_NAME_ENDINGS) and len(joined) > len(PLACE_NAME_ENDINGS[0])


def _body_before_an_opener(phrase: list[Word]) -> list[Word]:
    """A body's name before an object that را closes further on (``بانک مرکزی | نرخ تورم نقطه به
    نقطه را``): it ends at a word that opens an object (OBJECT_OPENERS), the one sure sign there;
    a verb's noun before an infinitive may be the body's own (هیئت تجدید نظر صرف | نظر کردن)."""
    body = _before_object(phrase)
    return body if len(body) < len(phrase) and phrase[len(body)].key in OBJECT_OPENERS else phrase


def _before_object(role: list[Word]) -> list[Word]:
    """A role right before «را» ends where the object opens (عضو حزب ... | این موضوع را ...،
    عضو کمیسیون ... | بالا بودن تلفات را ...): at an object's opening word or the word before
    an infinitive, past the role's first words."""
    keys = [word.key for word in role]
    for n in range(MIN_ROLE_WORDS_BEFORE_OBJECT, len(role)):
        key = keys[n]
        if key in OBJECT_OPENERS and not (key in DEMONSTRATIVES and _body_follows(role, n + 1)):
            return role[:n]
        if past_the_place(role, n) or _past_the_national_team(keys, n):
            return role[:n]
        if n + 1 < len(role) and role[n + 1].key in INFINITIVES:
            return role[:n]
    return role


def past_the_place(role: list[Word], n: int) -> bool:
    """Does word n stand past the province or county a role names (استان کرمانشاه | ایجاد ...),
    where neither و, a preposition nor a place name's second word goes on with it?"""
    key = role[n].key
    place_named = role[n - 2].key in PLACE_UNITS or (
        n >= 3 and role[n - 3].key in PLACE_UNITS and role[n - 1].key in PLACE_NAME_TAILS)
    return place_named and key not in PLACE_NAME_TAILS and key != AND and key not in PREDICATE_STARTS and key != ","


def national_team_end(keys: list[str]) -> int:
    """How many of a role's words (folded) stand before the object it ran into past the national
    team it names (سرمربی تیم ملی فوتبال ایران | خبر ... را تکذیب کرد): all of them when it names
    none, or nothing follows the team."""
    return next((n for n in range(MIN_ROLE_WORDS_BEFORE_OBJECT, len(keys)) if _past_the_national_team(keys, n)),
                len(keys))


def place_end(keys: list[str]) -> int:
    """How many of a role's words (folded) stand before the object it ran into past the place it
    ends on (رئیس تشکیلات خودگردان فلسطین | تصمیم ... را ... خواند؛ رهبر حزب اسلامی افغانستان |
    شایعه ... را تکذیب کرد): a Persian title names its country, province or city last, so the
    first word after that place that neither goes on with it (و، a place's tail: رضوی، شمالی; a
    second place) nor opens a complement (در ...) opens the object. All of them when the role ends
    on no such place before its last word, or when a list goes on past it (a comma), or when the
    word after the place is shaped as an adjective: a firm's or a paper's name may open on a place
    (روزنامه‌نگار ایران ورزشی), and where it ends is then unknown."""
    if any(key.endswith((",", "،")) for key in keys):
        return len(keys)
    end = next((n for n in range(MIN_ROLE_WORDS_BEFORE_OBJECT, len(keys)) if _past_a_named_place(keys, n)), len(keys))
    return len(keys) if end < len(keys) and _adjective_shaped(keys[end]) else end


def _past_a_named_place(keys: list[str], n: int) -> bool:
    """Does word n stand past the place a role ends on: word n - 1 names a place (or a place's
    tail after one), and word n goes on with neither the place nor the role? past_the_place
    is the same end after a unit (استان کرمانشاه |); this one needs no unit, the name itself."""
    if not _names_a_place(keys, n - 1):
        return False
    key = keys[n]
    return not (_names_a_place(keys, n) or key in PLACE_NAME_TAILS or key == AND or key in PREDICATE_STARTS)


def _names_a_place(keys: list[str], k: int) -> bool:
    """Is word k a country, a province or a city (two-word ones too: کره جنوبی), or a place's tail
    right after one (خراسان رضوی)?"""
    key = keys[k]
    if key in PROVINCE_NAMES or key in COUNTRY_NAMES or k > 0 and keys[k - 1] + key in COUNTRY_NAMES:
        return True
    return k > 0 and key in PLACE_NAME_TAILS and _names_a_place(keys, k - 1)


def _adjective_shaped(key: str) -> bool:
    """Does the word end as an adjective of relation does (ورزشی، ملی), not as a plural or a
    vowel carrying its ezafe (ادعاهای، پاکت‌های)?"""
    return key.endswith(ADJECTIVE_ENDING) and not key.endswith(EZAFE_AFTER_VOWEL_ENDINGS)


def _past_the_national_team(keys: list[str], n: int) -> bool:
    """Does word n stand past the national team a role names? Past «تیم ملی» the team is told by
    its sport, age group or sex and country alone (NATIONAL_TEAM_WORDS, a country), so the first
    other word opens the object; not و, a preposition or a comma, which go on as after a place."""
    opening = next((k for k in range(n - 2, -1, -1) if (keys[k], keys[k + 1]) == NATIONAL_TEAM), None)
    if opening is None or not all(_names_the_team(keys, k) for k in range(opening + 2, n)):
        return False
    key = keys[n]
    return not _names_the_team(keys, n) and key != AND and key not in PREDICATE_STARTS and key != ","


def _names_the_team(keys: list[str], k: int) -> bool:
    """Is word k a national team's sport, age group, sex or country (two-word ones too: کره جنوبی)?"""
    key = keys[k]
    return (key in NATIONAL_TEAM_WORDS or key.isdigit() or key in COUNTRY_NAMES
            or k > 0 and keys[k - 1] + key in COUNTRY_NAMES
            or k + 1 < len(keys) and key + keys[k + 1] in COUNTRY_NAMES)


def _body_follows(words: list[Word], n: int) -> bool:
    """Does a body (an organisation, a country, a team) stand at word n: این | باشگاه?"""
    return n < len(words) and (words[n].key in DEMONSTRATED_BODIES or bool(phrase_at(words, n, ORGANISATION_LEXICON)))


def _plural_noun(folded: str, word: Word) -> bool:
    """Is the word written as a plural (پیکانی‌ها، رسانه‌های آلمانی، تهیه‌کنندگان), or is it the plural ending
    written apart (نفتی ها)? A group, never a person's name; a surname ending in ها is
    written without the ZWNJ (حاج‌رسولیها). Read folded, ZWNJ kept: هاي is های."""
    written = folded[word.start:word.end]
    return written.endswith(PLURAL_GLUED_ENDINGS + AGENT_PLURAL_ENDINGS) or written in PLURAL_APART


def _plural_pronoun(words: list[Word]) -> bool:
    """Do the words open on a plural pronoun (آنها، آن‌ها، آنان), also with its plural ending set
    apart by a space (آن ها نوشته‌اند)? A group just spoken of, never whoever spoke last."""
    return words[0].key in PLURAL_PRONOUNS or (
        len(words) > 1 and words[0].key in PLURAL_PRONOUN_HEADS and words[1].key in PLURAL_APART_KEYS)


def _plural_no_surname(field: Field, name: list[Word]) -> bool:
    """Is the one-word name a plural of people (بیماران، مستاجران، نانوایان، خطبای) that the
    article never writes after a given name or an honorific? A group speaking with no verb to show
    it plural (a headline's «بیماران: ...»، «به گفته مستاجران، ...»), never a surname standing alone:
    a surname is written once after its given name (سلطانیان of فرهاد سلطانیان). Only a plural
    whose noun the lexicon holds: a surname alone may end as a plural does (کفاشیان، دست‌نشان)."""
    key = name[0].key
    return (key in PEOPLE_BROKEN_PLURAL_KEYS or _plural_of_a_noun(key) or _plural_of_a_vowel_noun(key)) \
        and not _written_after_a_given_name(field, key)


def _plural_of_a_vowel_noun(key: str) -> bool:
    """Is the word the plural in یان of a lexicon noun ending in a vowel (نانوایان of نانوا، دانشجویان
    of دانشجو)? _plural_of_a_noun leaves out every یان, the ending of surnames (منصوریان)."""
    stem = key[:-len(SURNAME_PLURAL_LOOKALIKE)]
    return key.endswith(SURNAME_PLURAL_LOOKALIKE) and stem.endswith(VOWEL_PLURAL_STEM_ENDS) \
        and len(stem) >= MIN_PLURAL_STEM and is_lexicon_noun(stem)


def _people_plural(key: str) -> bool:
    """A plural in ان of a noun (پزشکان، کشاورزان) opening a phrase: people of a kind (پزشکان
    فلسطینی، کشاورزان منطقه), never a name. Not a word of its own that so ends, which the lexicon
    lists as it stands (کرمان، سپاهان، آبان، مهران: a place, a club, a month, a given name)."""
    stem = key[:-len(PEOPLE_PLURAL_ENDING)]
    return (key.endswith(PEOPLE_PLURAL_ENDING) and len(stem) >= MIN_PLURAL_STEM and is_lexicon_noun(stem)
            and not is_lexicon_noun(key) and not is_given_name(key))


def _plural_alone(folded: str, words: list[Word], word: Word) -> bool:
    """Is a one-word name a plural that a name could also end like, on a noun's stem that is no
    given name (سوالات، روحانیون، مقامهای), or the first half of a doer's plural written apart
    (تولید کنندگان، مصرف کنندگان)? A group, never a person."""
    following = next((w for w in words if w.start > word.end), None)
    if following is not None and folded[word.end:following.start] == " " \
            and folded[following.start:following.end].endswith(AGENT_PLURAL_ENDINGS):
        return True
    return _plural_without_zwnj(folded, word)


def _plural_without_zwnj(folded: str, word: Word) -> bool:
    """A plural ending run on to a noun's stem that is no given name (سوالات، روحانیون، مقامهای،
    صحبتهای): the plural written with ZWNJ (صحبت‌های) is read as a group, and so is this."""
    written = folded[word.start:word.end]
    stem = next((written[:-cut] for ending, cut in ONE_WORD_PLURAL_ENDINGS.items() if written.endswith(ending)), "")
    return len(stem) >= MIN_PLURAL_STEM and not stem.endswith("\u200c") and is_lexicon_noun(word_key(stem)) \
        and not is_given_name(word.key)


def _listed_as_written(field: Field, words: list[Word]) -> tuple[str, ...]:
    """An organisation's words as written, each keeping the comma after it: the name lists its
    fields (وزارت تعاون، کار و رفاه اجتماعی) and is written so, not as three words run together.
    The comma is looked for in the folded text, where a space of any width is a space."""
    marks = [field.folded[word.end:after.start].strip(" \u200c") for word, after in zip(words, words[1:])] + [""]
    return tuple(field.text[word.start:word.end] + (mark if mark in ("،", ",") else "")
                 for word, mark in zip(words, marks))


def _as_written(text: str, words: list[Word]) -> tuple[str, ...]:
    """Each word as written; a word split off at a ZWNJ keeps the ZWNJ before it."""
    written = []
    for n, word in enumerate(words):
        joined = n > 0 and words[n - 1].end + 1 == word.start and text[word.start - 1] == "\u200c"
        written.append(("\u200c" if joined else "") + text[word.start:word.end])
    return tuple(written)


def opens_name(part: list[Word]) -> bool:
    """Does the part start like a full name (an honorific, a given name, a foreign one, a given
    name written in two words: نور الدین, one of God's in one word with a surname after it:
    رحمت‌الله کاویانی)?"""
    return bool(phrase_at(part, 0, HONORIFIC_LEXICON)) or is_first_name(part[0].key) or \
        is_foreign_given_name(part[0].key) or len(part) > 2 and _given_name_in_two_words(part, 0) or \
        len(part) > 1 and is_given_name_of_god(part[0].key) and is_person_name([part[0].key, part[1].key]) or \
        called_as_kin([word.key for word in part[:2]])


def called_as_kin(keys: list[str] | tuple[str, ...]) -> bool:
    """Do the folded words open on the name an elder is called by (عمو رحیم، ننه گلی، بی‌بی
    خدیجه): a word of address (KIN_ADDRESS), then a given name? The two are the whole name."""
    return len(keys) > 1 and keys[0] in KIN_ADDRESS and is_given_name(keys[1])


def is_given_name_of_god(key: str) -> bool:
    """روح‌الله، رحمتاله: a given name "X of God" in one word, where the lists hold روح الله. Only
    before a surname does it open a name: alone, in a father's story of his son, it is no speaker."""
    return any(key.endswith(god) and key[:-len(god)] in GIVEN_NAMES_OF_GOD for god in GODS_NAME)


def _describes(part: list[Word], name: list[Word], strong: bool) -> bool:
    """Is the part set off after a person's full name a description of them, though no role word
    opens it (کفش‌فروش بازار دشت‌سر، معلم بازنشسته، کارگر ساختمانی)? Not a name, and whole as a
    role: a part a role would be cut in (a verb, a time: کشتی گیر ... ، ... روی نیمکت نشسته) is
    not read so, nor one after a group's name (اهل فرهنگ و هنر، اصحاب ...)."""
    return bool(name) and strong and not opens_name(part) and _role_words(part) == part


def lists_on(part: list[Word]) -> bool:
    """Is the part the end of a list the part before it began (صنعت، | معدن و تجارت)?"""
    return len(part) > 2 and part[1].key == AND


def _list_closes(parts: list[list[Word]]) -> bool:
    """Does one of the parts join its last item with و (میراث فرهنگی، | صنایع دستی و گردشگری)?
    After a name, a part no list of roles knows goes on the role before it only in such a list
    of a body's fields: ``مورینیو سرمربی منچستریونایتد، تیمی که ...`` is an aside, no office."""
    return any(word.key == AND for part in parts for word in part[1:-1])


def _split_commas(words: list[Word]) -> list[list[Word]]:
    """The comma-separated parts of a subject phrase."""
    parts: list[list[Word]] = [[]]
    for word in words:
        if word.key == ",":
            parts.append([])
        else:
            parts[-1].append(word)
    return [p for p in parts if p]


def _split_part(part: list[Word]) -> tuple[list[Word], list[Word], list[Word]]:
    """One comma-part as (role, name, organisation); at most one of role/organisation.

    A name starts at an honorific or a given name when a role comes first
    (``مدیرکل ... علی رضایی``); a role starts at a role word when the name
    comes first (``علی رضایی مدیرکل ...``). A part without either is a name
    if its words can be name words (``وارسته``, ``آل هاشم``).
    """
    if starts_role(part, 0) or part[0].key == DEMONSTRATIVE and starts_role(part, 1):
        if phrase_at(part, 0, HONORIFIC_LEXICON) and not starts_role(part, 0):
            return [], _name_words(part), []
        for n in range(1, len(part)):
            if opens_name(part[n:]) and not _of_a_person(part[:n + 1]) and not _names_a_namesake(part, n):
                after = next((k for k in range(n + 1, len(part)) if starts_role(part, k)), len(part))
                name = _name_words(part[n:after])
                # the name closes the part (تیم امید: no name) or a second role follows it
                # (همکار وی آندریاس نیکولائو رئیس جمهور سابق یونان)
                if len(name) > 1 and name[-1] is part[after - 1]:
                    return part[:n], name, []
        if _honoured_surname(part):
            return part[:-1], part[-1:], []  # استاد مطهری
        return part, [], []
    if phrase_at(part, 0, ORGANISATION_LEXICON) or _numbered_body(part):
        return [], [], part
    name_end = _name_core_end(part)
    role_at = next((n for n in range(name_end, len(part)) if starts_role(part, n)), len(part))
    name = _name_words(part[:role_at])
    if name and role_at < len(part) and name[-1] is not part[role_at - 1]:
        return [], name, []  # رضوی هنگام دریافت استوارنامه سفیر ...: the role is not beside the name
    return part[role_at:], name, []


def _name_in_guillemets(folded: str, part: list[Word]) -> tuple[list[Word], list[Word], list[Word]] | None:
    """``«یولیا اوسوا» دکترای علوم ... معتقد است``: a part opening on a name set in guillemets is
    that name and, after it, a role, however unlisted its words (as _split_part returns them)."""
    if part[0].start == 0 or folded[part[0].start - 1] != "«":
        return None
    close = next((n for n, word in enumerate(part[:MAX_NAME_WORDS]) if folded[word.end:word.end + 1] == "»"), None)
    if close is None or close + 1 == len(part):
        return None
    name = _name_words(part[:close + 1])  # honorifics dropped
    if not name or name[-1] is not part[close] or not is_person_name([w.key for w in name], NAME_HEAD_WORDS):
        return None
    return part[close + 1:], name, []


def _named_as_team(field: Field, name: list[Word]) -> bool:
    """Does the article write the words read as a name after a team's or a club's word, with
    or without its sport (تیم شاهین بوشهر، تیم فوتبال شهاب کرج)? Then they name the team a
    role's holder serves, not the holder."""
    after_team_word = re.compile(f"{WORD_START}{TEAM_HEAD} {re.escape(field.folded[name[0].start:name[-1].end])}{WORD_END}")
    return any(after_team_word.search(text) for text in field.article)


def _names_a_namesake(words: list[Word], n: int) -> bool:
    """Is the name opening at words[n] what a place or institution is named after (پالایشگاه امام
    خمینی، بیمارستان دکتر شریعتی، کمیته امداد امام خمینی)?"""
    return n > 0 and (words[n - 1].key in NAMESAKE_HEADS or words[n].key in HOLY_HONORIFICS)


def _honoured_surname(part: list[Word]) -> bool:
    """Is the part an honouring title and one word that is no noun (استاد مطهری)?"""
    head = phrase_at(part, 0, HONOURING_LEXICON)
    return 0 < head == len(part) - 1 and not is_lexicon_noun(part[-1].key) \
        and is_person_name([part[-1].key], NAME_HEAD_WORDS)


def _of_a_person(role: list[Word]) -> bool:
    """Does the role tie its holder to a person named right after its head (همسر علی رضایی،
    وکیل آقای احمدی، مدیر برنامه‌های کریمی)? Then the name is that other person's, not the holder's."""
    head = phrase_at(role, 0, RELATION_LEXICON)
    return 0 < head < len(role) and (opens_name(role[head:]) or is_person_name(
        [w.key for w in role[head:]], NAME_HEAD_WORDS))


def _name_core_end(part: list[Word]) -> int:
    """Past the honorifics and the name's first word: a role cannot start sooner."""
    n = 0
    while n < len(part) and (length := phrase_at(part, n, HONORIFIC_LEXICON)):
        n += length
    return n + 1


def _unlisted_given_name(folded: str, words: list[Word], n: int, holding: frozenset[str]) -> bool:
    """``، نلو وینگادا به تصویربردار ...``: a word no list knows (unlisted_word) right before a
    surname the article quotes by, the two standing apart from the clause as a name does (a
    mark, a stop word or the field's edge before; a mark, a stop word or a verb after). No
    list holds foreign given names enough; the article's own full name tells it."""
    if n + 1 >= len(words) or words[n + 1].key not in holding or _apart(folded, words, n + 1):
        return False
    key = words[n].key
    before = n == 0 or _apart(folded, words, n) or words[n - 1].key == "," \
        or non_name_kind(words[n - 1].key) == "stop word"
    after = n + 2 >= len(words) or _apart(folded, words, n + 2) or words[n + 2].key == "," \
        or non_name_kind(words[n + 2].key) in ("stop word", "verb")
    return before and after and key not in NAME_HEAD_WORDS and unlisted_word(key)


def _apart(folded: str, words: list[Word], n: int) -> bool:
    """Does a mark part words[n] from the word before it?"""
    return bool(folded[words[n - 1].end:words[n].start].strip(" \u200c"))


@functools.lru_cache(maxsize=1 << 16)
def _opens_full_name(key: str) -> bool:
    """A given name of any list, which names_in_full reads a full name from."""
    return is_first_name(key) or is_foreign_given_name(key) or (
        is_given_name(key) and key not in AGENCY_WORDS)  # فارس، مهر: agencies, not given names


def _given_name_in_two_words(words: list[Word], n: int) -> bool:
    """Do words[n] and the word after it make one given name (عبد الرضا، نور الدین)?"""
    return n + 1 < len(words) and is_first_name(words[n].key + words[n + 1].key)


_SPLIT_COMPOUND_ENDS = frozenset(compound[-1] for compound in SPLIT_COMPOUNDS)


def _closes_split_compound(words: list[Word], n: int) -> bool:
    """Is words[n] the last of a compound written in words (گفت و گوی): a noun, no given name?
    Asked at every given name of every field names_in_full reads: most end no compound."""
    if words[n].key not in _SPLIT_COMPOUND_ENDS:
        return False
    return any(tuple(w.key for w in words[n + 1 - len(compound):n + 1]) == compound
               for compound in SPLIT_COMPOUNDS if n + 1 >= len(compound))


def _before_head(name: list[Word], holding: frozenset[str]) -> list[Word]:
    """``خوزه ماریا گارسیا روزنامه نگار``: a name runs into a role's head; it ends there when it
    has the shape of a name, given names then the surname an article's speaker goes by.
    Elsewhere the words before a head are the clause's (هومن زنگ خانه مادر ...). The role may
    open on a word that is no head alone (``فرهاد سلیمانی نایب رئیس``، ``قائم مقام``): the name
    still ends on that surname."""
    cut = next((k for k in range(2, len(name)) if name[k].key in NAME_HEAD_WORDS), 0)
    surname = next((k for k in range(cut - 1, 0, -1) if name[k].key in holding), 0)
    given = all(_opens_full_name(name[k].key) or _given_name_in_two_words(name, k - 1) for k in range(1, surname))
    if surname and given:  # عبد الرضا زرینکلک نماینده ...: الرضا is half a given name
        return name[:surname + 1]
    return name


def _past_a_noun(name: list[Word]) -> list[Word]:
    """``به قلم یعقوب جعفری``، ``با هدایت حسین فرکی``: after a preposition, a word only the wide
    given-name list holds, before a given name of the strict list, is a noun before the name,
    unless the given name is half of a compound with the word after it (فتح الله، کریم زاده)."""
    if (len(name) > 2 and not is_first_name(name[0].key) and not is_foreign_given_name(name[0].key)
            and is_first_name(name[1].key) and name[1].key not in NAME_SECOND_HALVES
            and name[2].key not in NAME_SECOND_HALVES):
        return name[1:]
    return name


def _letters_only(key: str) -> bool:
    """Is the word made of letters, as a name's are, with a ZWNJ or the dots of a name in dotted
    letters (آ.اس، بی.بی.سی) between them?"""
    return key.replace("\u200c", "").replace(".", "").isalpha() and ".." not in key


def _name_words(words: list[Word]) -> list[Word]:
    """The name in ``words``: honorifics dropped, cut at the first word no name has
    (a stop, time, quantity or reporting word, a weekday, a verb: person.name_end). A country
    alone is a state's name (``ایران خواستار ... شد``), though ایران ends any longer name."""
    if "".join(w.key for w in words) in COUNTRY_NAMES:
        return words
    words = _from_inner_honorific(words)
    words = words[leading_honorifics([w.key for w in words]):]
    keys = [w.key for w in words]
    for n, word in enumerate(words):
        if (word.key in NON_NAME_WORDS or word.key in PREDICATE_STARTS) and not time_word_surname(keys, n) \
                or not _letters_only(word.key) or weekday_of_a_time_phrase(keys, n):
            words = words[:n]
            break
    end = name_end([w.key for w in words])
    if _possessed_after_noun(words, end):
        return []
    words = words[:end]
    words = words[:next((n for n in range(MIN_NAME_WORDS_BEFORE_DESCRIPTION, len(words))
                         if words[n].key in PERSON_DESCRIPTIONS), len(words))]
    words = words[:next((n for n in range(2, len(words)) if _indefinite_head(words[n].key)
                         and not all(is_first_name(w.key) for w in words[:n])), len(words))]
    words = words[:_indefinite_phrase_start(words)]
    return words if 0 < len(words) <= MAX_NAME_WORDS else []


def _indefinite_phrase_start(words: list[Word]) -> int:
    """Where a noun phrase closed by the indefinite ی starts past a name's first two words
    (ربعلی واقعی | سیب‌زمینی‌کار مهربانی که ...، محمد رضا | نفس عمیقی می‌کشد و می‌گوید): a noun and
    an adjective with that ی are a description or an object, never a surname's second half;
    len(words) when there is none."""
    return next((n for n in range(MIN_NAME_WORDS_BEFORE_DESCRIPTION, len(words) - 1)
                 if _noun_and_indefinite_adjective(words[n].key, words[n + 1].key)), len(words))


def _noun_and_indefinite_adjective(noun: str, adjective: str) -> bool:
    """Is ``noun adjective`` a noun and an adjective with the indefinite ی (نفس عمیقی)? Not when
    the noun ends in ی as a surname's first half does (آذری جهرمی، هاشمی رفسنجانی), nor when the
    adjective is a given name's (کریمی، شریفی are surnames), nor a ی after a vowel: that is the
    ezafe of a word that goes on (اهل روستای خاکی)."""
    stem = adjective[:-1]
    return (adjective.endswith("ی") and stem and stem[-1] not in WRITTEN_VOWELS
            and is_lexicon_adjective(stem) and not is_first_name(stem)
            and not is_given_name(adjective) and not noun.endswith("ی") and not is_first_name(noun))


def _given_names_and_surname(part: list[Word]) -> list[Word]:
    """``علی امینی کشاورز اهل روستای خاکی ... می‌گوید``: a subject that opens with given names and
    runs on, too long for a name, into words no list of roles holds is the given names and the
    word after them; not when a role's or organisation's head is among them (نضال عیسی ناظر
    اجرایی وزارت ...: where that name starts and ends is unclear)."""
    given = next((n for n, word in enumerate(part) if not is_first_name(word.key)), len(part))
    if not 0 < given < min(len(part) - 1, MAX_NAME_WORDS) or any(w.key in NAME_HEAD_WORDS for w in part):
        return []
    name = _name_words(part[:given + 1])
    return name if len(name) == given + 1 and is_person_name([w.key for w in name], NAME_HEAD_WORDS) else []


def _from_inner_honorific(words: list[Word]) -> list[Word]:
    """A title (حجت‌الاسلام، سردار، دکتر) opens a name, never goes on one: the words before it are
    another phrase's tail (به گزارش فارس از بویین زهرا حجت‌الاسلام علی رضایی: a place, though
    زهرا is a given name too). Honorifics a surname holds (علی حاج کاظم) stay in it."""
    for n in range(1, len(words) - 1):
        length = phrase_at(words, n, HONORIFIC_LEXICON)
        if length and n + length < len(words) and words[n].key not in SURNAME_HONORIFICS:
            return words[n:]
    return words


def _possessed_after_noun(words: list[Word], end: int) -> bool:
    """Does the name end before a possessed word that follows a noun (اعتقاد عمیقش را ...)? A
    noun, its adjective and the owner's ending are one noun phrase, the object: no name."""
    return 0 < end < len(words) and is_possessed_noun(words[end].key) and \
        is_lexicon_noun(words[end - 1].key) and not is_given_name(words[end - 1].key)


def _organisation_words(folded: str, words: list[Word]) -> list[Word]:
    """An organisation's name ends, as a person's does, before a time, quantity, reporting
    word, a verb or a digit (روزنامه هاآرتص دو روز قبل؛ شرکت آرکوس دومین ...), before a
    demonstrative (فدراسیون فوتبال این کشور: which country is said before), before where a
    paper is printed (روزنامه الف چاپ لندن) and before a conjunction that sets the subject
    against what came before (کانون هواداران تیم اما در بیانیه‌ای ...); its other stop words
    and weekdays stay (سازمان ملل و ...، ستاد نماز جمعه). A name set in guillemets is whole to
    its closing one."""
    for n in range(max(1, _guillemets_close(folded, words), _numbered_body(words)), len(words)):
        if _ends_organisation_name(words, n) and not _bare_time_noun_in_name(words + _word_after(folded, words), n):
            return _before_paper_country(words[:n])
    return _before_paper_country(words)


def _numbered_body(words: list[Word]) -> int:
    """numbered_body of the words' keys."""
    return numbered_body([w.key for w in words[:3]])


def numbered_body(keys: list[str] | tuple[str, ...]) -> int:
    """2 when the folded words open on a body's unit and its number before the body (شعبه ۱۴
    دادگاه ...، شعبه دوم ...، منطقه ۶ شهرداری): the unit speaks as its body does, and its number
    is its name's; else 0."""
    return 2 if len(keys) > 2 and keys[0] in NUMBERED_BODIES and (
        keys[1].isdigit() or keys[1] in ORDINAL_ADJECTIVES) else 0


def _ends_organisation_name(words: list[Word], n: int) -> bool:
    """Does words[n] end the organisation's name before it (see _organisation_words)? Not the last
    word of a fixed term that is a verb alone (سازمان حفاظت محیط زیست، شرکت حمل و نقل ریلی), which
    a body's name holds as a role does; nor a word in Latin letters, digits and all (خبرگزاری
    Le10Sport), which is the name an outlet goes by abroad."""
    key = words[n].key
    if _latin_word(key):
        return False
    return key in DEMONSTRATIVES or key in PUBLISHED_IN or key in CONJUNCTION_KEYS or non_name_kind(
        key, words[n - 1].key) not in ("", "stop word", "weekday") and not _ends_role_compound(words, n) \
        and not numbers_a_unit([word.key for word in words], n)


def _bare_time_noun_in_name(words: list[Word], n: int) -> bool:
    """Is words[n] a noun of time standing bare at a name's end (``روزنامه سیاست روز در سرمقاله خود
    ...``)? A day, week, month or year is told with a word after it (روز گذشته، سال ۹۸); one right
    before a preposition, after a name rather than a count (دو روز در), is the name's."""
    return (0 < n < len(words) - 1 and words[n].key in BARE_TIME_NOUNS and words[n + 1].key in PREPOSITIONS_AFTER_A_NAME
            and non_name_kind(words[n - 1].key) not in ("quantity", "time") and not words[n - 1].key.isdigit())


def _word_after(folded: str, words: list[Word]) -> list[Word]:
    """The word of the field right after the last of ``words`` (none at the field's end): whether a
    body's name goes on past its last word may turn on it (_bare_time_noun_in_name)."""
    if not words:
        return []
    return clause_words(folded, words[-1].end, min(len(folded), words[-1].end + NEXT_WORD_CHARS))[:1]


def numbers_a_unit(keys: list[str] | tuple[str, ...], n: int) -> bool:
    """Is keys[n] the number of a body's unit inside its name (روابط عمومی شهرداری منطقه ۱۵ تهران،
    دادگاه انقلاب شعبه دوم)? The unit's number is the name's, as when the unit opens it
    (numbered_body), and as a role holds it (شهردار منطقه ۲۰ تهران): no count ending the name."""
    return 0 < n < len(keys) and keys[n - 1] in NUMBERED_BODIES and (keys[n].isdigit() or keys[n] in ORDINAL_ADJECTIVES)


def _guillemets_close(folded: str, words: list[Word]) -> int:
    """How many words run to the » closing a name that the organisation's kind sets in
    guillemets (سایت اینترنتی «ایران آن لاین»): every word of it is the name's, a demonstrative
    or a time word too; 0 when no such name follows the kind."""
    opened = next((n for n, word in enumerate(words[:MAX_NAME_WORDS]) if n and folded[word.start - 1] == "«"), None)
    if opened is None:
        return 0
    closed = next((n for n in range(opened, min(len(words), opened + MAX_NAME_WORDS))
                   if folded[words[n].end:words[n].end + 1] == "»"), None)
    return 0 if closed is None else closed + 1


def _before_paper_country(words: list[Word]) -> list[Word]:
    """A paper's or a site's name ends before the country it comes from (روزنامه بیلد آلمان،
    شبکه الجزیره قطر), as before where it is printed, when a word no list knows stands right
    before the country: its own name. Not when the country is all its name (خبرگزاری فرانسه،
    روزنامه ایران), nor after a common word (شبکه اول تاجیکستان، روزنامه معتبر پرتغال: the
    country tells which one) or an ezafe (رادیو صدای آمریکا)."""
    if len(words) < 3 or words[0].key not in PAPER_HEADS:
        return words
    for size in (1, 2):
        country, before = "".join(word.key for word in words[-size:]), words[-size - 1].key
        if (len(words) - size >= 2 and country in COUNTRY_NAMES and not before.endswith(EZAFE)
                and not is_lexicon_noun(before) and not non_name_kind(before)):
            return words[:-size]
    return words


def _indefinite_noun(key: str) -> bool:
    """``تصمیمی``، ``حرفی``: a noun with the indefinite ی, which a name never is (the noun is no
    given name: رحیمی، کریمی are surnames); or with ای after a silent ه (مدرسه‌ای، خانواده‌ای)."""
    return (key.endswith("ی") and is_lexicon_noun(key[:-1]) and not is_given_name(key[:-1]) and not is_given_name(key)
            or _indefinite_after_he(key))


def _indefinite_after_he(key: str) -> bool:
    """``مدرسه‌ای``، ``خانواده‌ای``: a noun of the lexicon ending in a silent ه with the indefinite
    ای. No surname is so made of a common noun (خامنه‌ای، زواره‌ای end on a place no lexicon holds)."""
    stem = key[:-len(INDEFINITE_AFTER_HE)]
    return (key.endswith(INDEFINITE_AFTER_HE) and stem.endswith(SILENT_HE) and is_lexicon_noun(stem)
            and not is_given_name(stem) and not is_given_name(key))


def _someone_indefinite(field: Field, keys: tuple[str, ...]) -> bool:
    """``مادری می‌گفت``، ``مددکاری به من گفت``، ``فروشنده‌ای گفت``، ``زنی ۴۶ ساله که ... گفت``،
    ``مردی میانسال می‌گوید``: a subject that opens on a person's role or description with the
    indefinite ی (or on people of that kind with it: زنانی که ...), or on a doer's noun in نده with
    ای (no surname ends so; زواره‌ای, of a place, does), or a description whose last word takes the
    ی (مرد جوانی), is someone unnamed, not a name; unless the article writes its first word after a
    given name or an honorific anywhere (محمدرضا مدیری): then it is that surname."""
    first = keys[0]
    if len(keys) == 1:
        someone = _indefinite_head(first) or _indefinite_doer(first) or _indefinite_people(first)
    else:  # not a role's head with a ی that may be its ezafe or a noun of its own (رهبری انقلاب، داوری بازی)
        someone = first[:-1] in PERSON_DESCRIPTIONS if first.endswith("ی") else (
            first in PERSON_DESCRIPTIONS and keys[-1].endswith(INDEFINITE_ENDINGS))
    if not someone:
        return False
    return not _written_after_a_given_name(field, first)


def _someone_of_theirs(field: Field, words: list[Word]) -> tuple[Mention, int] | None:
    """``مادرش گفت``، ``مربی‌اش می‌گوید``، ``پدرم می‌گفت``: a clause opening on a person's kin or
    role with a possessive ending speaks of someone through another (the mother of the one the
    story is about): someone the report does not name, unless it gave that role to someone
    (cast reads an indefinite title so). Never the one spoken of, whom a bare verb would leave
    the floor. Not when a name follows (``پدرش، حسین دایی، گفت``، ``مادرش فاطمه گفت``), nor
    before the object marker (``دختری که مادرش را ... آورده``)."""
    glued = len(words) > 1 and words[0].key in PERSON_HEAD_WORDS and words[1].key in PERSONAL_POSSESSIVE_ENDINGS
    stem = words[0].key if glued else _possessed_person(words[0].key)  # مربی‌اش is read as مربی + اش
    rest = words[2:] if glued else words[1:]
    if stem is None or rest and (rest[0].key in (",", "را") or _opens_full_name(rest[0].key)):
        return None  # ``مادرش را ... آورده``: the object of a clause, no subject
    written = field.text[words[0].start:words[0].end]
    role = written[:_written_length(written, len(stem))].rstrip("\u200c")
    return Mention("title", role=role, indefinite=True, where=field.where), words[1 if glued else 0].end


def source_named(field: Field, words: list[Word]) -> Mention:
    """Who the words between ``به گفته`` and its comma name, read as a name, a role or a body
    are; but someone spoken of through another (به گفته پدرش) or someone of a kind (به گفته مردی
    که ...) is nobody the article names, and a text (به گفته ماده ۵ آیین‌نامه) nobody at all, as
    when they open a clause (subject)."""
    theirs = _someone_of_theirs(field, words) or _a_text_cited(field, words)  # به گفته ماده ۵ ...: nobody's
    if theirs is not None:
        return theirs[0]
    mention = mention_from_words(field, words)
    if mention.ref == "name" and len(mention.name_keys) == 1 and _someone_indefinite(field, mention.name_keys):
        return Mention("title", role=as_original(field.text, words), indefinite=True, where=field.where)
    return mention


def _possessed_person(key: str) -> str | None:
    """The head of a person's office, description or kin that the folded word is with a
    possessive ending (مادرش → مادر، مربیاش → مربی، مدیرمان → مدیر), or None. Not a word that is
    a noun or a given name as it stands (مردم، پدرام، خانم)."""
    if is_lexicon_noun(key) or is_given_name(key):
        return None
    return next((key[:-len(ending)] for ending in PERSONAL_POSSESSIVE_ENDINGS
                 if key.endswith(ending) and key[:-len(ending)] in PERSON_HEAD_WORDS), None)


def _written_length(written: str, letters: int) -> int:
    """How many characters of the word as written hold its first ``letters`` folded letters
    (a ZWNJ inside counts for none: مربی‌اش)."""
    seen = 0
    for n, char in enumerate(written):
        if seen == letters:
            return n
        seen += char != "\u200c"
    return len(written)


def _another_of_a_kind(mention: Mention, phrase: list[Word]) -> bool:
    """``جوان دیگری از شهر ...``، ``کشاورز دیگری``: a one-word "name" followed by «another» is a
    noun of a kind, someone unnamed (a name takes no دیگری)."""
    size = len(mention.name_keys)
    return size == 1 and len(phrase) > size and phrase[size].key in ANOTHER_ONE


def _written_after_a_given_name(field: Field, key: str) -> bool:
    """Does the article write the folded word right after a given name or an honorific anywhere
    (محمدرضا مدیری، آقای نادری، ژان‌لوک برتران: a given name of two parts counts by its first): a
    surname, whatever else the word may be? Not after a little word the wide list of given names
    also holds (اما نانوایان: a conjunction)."""
    after = re.compile(f"([\\w\u200c]+)[ \u200c]+{re.escape(key)}{WORD_END}")
    return any(_opens_a_name_before(match.group(1)) for text in field.article for match in after.finditer(text))


def _opens_a_name_before(written: str) -> bool:
    """Is the word as written an honorific or a given name (by its first part when it has two:
    ژان‌لوک), and no little word the wide list of given names also holds (اما)?"""
    word = fold_word(written)
    first = fold_word(written.split("\u200c")[0])
    return word in HONORIFIC_KEYS or any(key and not non_name_kind(key) and _opens_full_name(key) for key in {word, first})


def _surname_named_in_full(field: Field, mention: Mention) -> bool:
    """Is the mention one word the article writes elsewhere after a given name (``... پرسید و نادری
    در پاسخ گفت``, سعید نادری named before): a surname opening its clause, not a noun with ی?"""
    return len(mention.name_keys) == 1 and _written_after_a_given_name(field, mention.name_keys[0])


def _indefinite_doer(key: str) -> bool:
    """Is the folded word a doer's noun of the lexicon (فروشنده، راننده) with the indefinite ای?"""
    stem = key[:-len(INDEFINITE_AFTER_HE)]
    return key.endswith(INDEFINITE_AFTER_HE) and stem.endswith(DOER_ENDING) and is_lexicon_noun(stem)


def _indefinite_head(key: str) -> bool:
    """``بازیکنی``، ``مدیری``، ``زنی``: a role or description with the indefinite ی, as in
    ``سیدمهدی سیدصالحی بازیکنی بود ...``; past a name's first two words it ends the name, unless
    those are all given names: then it is the surname (علی محمد شاعری، محمد رضا مدیری)."""
    return key.endswith("ی") and person_noun(key[:-1])


def copular_name_length(keys: list[str], length: int) -> int:
    """How many of a name's ``length`` words are the name when the clause (``keys``, from the
    name's first word on) is a copular introduction: ``رحیم پیرمردی هفتاد ساله است``، ``نرگس
    سلیمانی معلم روستای بالا است``. Feature writing introduces the people it quotes so, with no
    comma between the name and what they are, and a reader runs the name on into the predicate's
    head (رحیم پیرمردی), so that neither «رحیم گفت» nor «سلیمانی گفت» finds them. The verb is a
    copula, so the words before it hold a predicate: the name ends before its head."""
    if copula_at(keys, length) == len(keys):
        return length
    return next((n for n in range(1, length) if _heads_a_predicate(keys, n)), length)


def copula_at(keys: list[str], start: int) -> int:
    """Where the clause's copula (است، بود) stands, at most MAX_PREDICATE_WORDS words after
    ``start``, or len(keys) when there is none before a که (which opens a relative clause, whose
    verb is not the clause's), a comma (the name's apposition: محمدرضا مدیری، مربی تیم، ... راضی
    است) or another verb; an auxiliary after a past participle (گفته
    است) is no copula: the clause reports, and the name may have its office after it."""
    for n in range(start, min(len(keys), start + MAX_PREDICATE_WORDS + 1)):
        if keys[n] in INTRODUCING_COPULAS:
            return n if n == 0 or not is_past_participle(keys[n - 1]) else len(keys)
        if keys[n] in (THAT, ",") or is_finite_verb(keys[n]):
            break
    return len(keys)


def _heads_a_predicate(keys: list[str], n: int) -> bool:
    """Does the name's n-th word head a predicate? After a one-word given name, a word for a
    person's age, sex or childhood with the indefinite ی (رحیم پیرمردی، محمد پسری; not a role's,
    which surnames take: محمدرضا مدیری، and «رحیم کشاورز است» may be a full name), unless an office
    follows it: then it was a surname (علی جوانی مدیرکل ... است); after two words or more, a head
    bare, with its ezafe or with that ی (معلم روستای، دانشجوی پزشکی، کشاورزی), unless the words
    before are all given names: then it may be the surname (محمد رضا کشاورز)."""
    if n == 1:
        return (is_given_name(keys[0]) and keys[1].endswith("ی") and keys[1][:-1] in ONE_WORD_NAME_DESCRIPTIONS
                and not (len(keys) > 2 and _predicate_head(keys[2])))
    return ((_predicate_head(keys[n]) or indefinite_person(keys[n]))
            and not all(is_first_name(key) for key in keys[:n]))


def _predicate_head(key: str) -> bool:
    """A person's role, trade or description, bare or with its ezafe (معلم، دانشجوی)."""
    return any(form in PREDICATE_HEADS or person_noun(form) for form in {key, key.removesuffix("ی")})


def indefinite_person(key: str) -> bool:
    """A person's role, trade or description with the indefinite ی (پیرمردی، کشاورزی، پسرکی)."""
    return key.endswith("ی") and (key[:-1] in PREDICATE_HEADS or person_noun(key[:-1]))


def _indefinite_people(key: str) -> bool:
    """``زنانی``، ``مادرانی``: the plural in ان of a person's role or description with the indefinite ی."""
    stem = key[:-1]
    return key.endswith("ی") and stem.endswith(PEOPLE_PLURAL_ENDING) and person_noun(stem[:-len(PEOPLE_PLURAL_ENDING)])


def person_noun(key: str) -> bool:
    """Is the folded word the head of a role or description, or a word for a person's age or sex?"""
    return key in NAME_HEAD_WORDS or key in PERSON_DESCRIPTIONS


def _counted_unit(words: list[Word], n: int) -> bool:
    """Is word n the unit of a weight class's or an age group's number (وزن ۷۷ | کیلوگرم، زیر ۲۳ |
    سال)? Not after another numbered noun: منطقه ۵ | سال گذشته is the predicate's time."""
    return (n >= 2 and words[n].key in CLASS_UNITS and words[n - 1].key.isdigit()
            and words[n - 2].key in CLASS_NOUNS)


def _complement_set_off(phrase: list[Word], words: list[Word], n: int) -> int:
    """How many words a prepositional phrase at word n takes when it ends an apposition that a comma
    sets off after a name and another comma closes (زهره میرحسینی، مدیر یک نشر کودک از تهران، در
    حاشیه ... گفت؛ X، معلم دبستان در یکی از روستاهای چالدره، گفت): Persian news says who someone
    is between the two commas, where and what of included, and the sentence goes on after the
    second. 0 when no such phrase stands there: not the occasion or the topic (X، مدیرکل ... در
    نشست خبری، گفت؛ در این باره), nor a clause (a verb, که، را, a reporting word) before the comma."""
    if words[n].key not in SET_OFF_PREPOSITIONS or not phrase or phrase[-1].key == "," or not opens_name(phrase):
        return 0
    if sum(word.key == "," for word in phrase) != 1:
        return 0  # the name and the one part set off after it
    comma = next((k for k in range(n + 2, min(len(words), n + 2 + MAX_SET_OFF_COMPLEMENT_WORDS))
                  if words[k].key == ","), None)
    if comma is None or _an_occasion(words[n + 1].key) or _object_of_the_verb_after(words, n, comma):
        return 0
    if lists_on(words[comma + 1:]):
        return 0  # در تذکری به وزیر تعاون، | کار و رفاه ...: a list's comma, no apposition's close
    inside = words[n + 1:comma]
    if any(word.key in (THAT, "را") or word.key in REPORTING_WORDS or word.key in PREDICATE_COPULAS
           or is_finite_verb(word.key) for word in inside):
        return 0
    return comma - n


def _object_of_the_verb_after(words: list[Word], n: int, comma: int) -> bool:
    """May an «از» phrase be the object of the verb after the comma (X، مدیرکل ... از افزایش بودجه،
    خبر داد)? When a noun whose verb takes its object so stands right after it, or when the clause
    read ends at the comma (the verb, unseen, may be one: از ... خبر داد is a cue of its own)."""
    return words[n].key == fold_word("از") and (comma + 1 >= len(words) or words[comma + 1].key in FROM_OBJECT_VERB_NOUNS)


def _an_age(phrase: list[Word], words: list[Word], n: int) -> bool:
    """Does an age stand at word n, a number (digits or words) and its unit (۴۳ ساله، دوازده
    ساله‌ای), after a noun of the phrase being read? Persian news describes a person by their
    age inside the phrase (پیرمرد ۷۰ ساله، مادر دختری ۱۲ ساله، گارد ۲۱ ساله آذرخش): the phrase
    goes on past it, where any other number ends it."""
    return (bool(phrase) and phrase[-1].key != "," and n + 1 < len(words) and words[n + 1].key in AGE_UNITS
            and (words[n].key.isdigit() or non_name_kind(words[n].key) == "quantity"))


def _adjectives_complement(words: list[Word], n: int) -> bool:
    """Is word n the preposition an adjective of COMPLEMENT_ADJECTIVES takes (حاضر | در), or the
    first word after it (حاضر در | نشست)? Both are the adjective's, whatever else they may read as."""
    return (n >= 1 and COMPLEMENT_ADJECTIVES.get(words[n - 1].key) == words[n].key
            or n >= 2 and COMPLEMENT_ADJECTIVES.get(words[n - 2].key) == words[n - 1].key)


def _role_words(words: list[Word]) -> list[Word]:
    """A role ends before a time word, a weekday, a reporting word, a verb or a digit:
    رئیس کمیته مسابقات سه‌شنبه → رئیس کمیته مسابقات (stop words stay: و، در belong to roles),
    and never on a stop word (فرماندار ایالت لارا در). Friday names a prayer and its leader,
    not a day: امام جمعه، خطیب نماز جمعه. Nor does it run on into a relative clause about its
    holder (به گفته یک مقام آگاه | که نخواست نامش فاش شود، ...)."""
    words = words[:next((n for n, word in enumerate(words) if n and word.key == THAT), len(words))]
    for n, word in enumerate(words):
        kind = non_name_kind(word.key, words[n - 1].key) if n else ""
        if kind == "weekday" and words[n - 1].key in FRIDAY_PRAYER_WORDS:
            continue
        if kind == "digit" and (words[n - 1].key in NUMBERED_NOUNS or n > 1 and _numbers_the_office(words, n)):
            continue  # شهردار منطقه ۲۰ تهران؛ مدیر اورژانس ۱۱۵ استان همدان
        if _counted_unit(words, n):
            continue  # قهرمان وزن ۷۷ کیلوگرم؛ سرمربی تیم ملی زیر ۲۳ سال
        if _an_age(words[:n], words, n) or n >= 2 and _an_age(words[:n - 1], words, n - 1):
            continue  # بیمار ۴۳ ساله: the age and its unit
        if _adjectives_complement(words, n):
            continue  # حاضر | در | نشست: the preposition and the noun, though a verb's form (نشست)
        if _ends_role_compound(words, n):
            continue  # مدیرکل حمل و نقل
        if _compound_adjective_written_apart(words, n):
            continue  # تیم شگفتی ساز: an adjective, not the verb شگفتی
        if kind not in ("", "stop word", "quantity"):
            words = words[:n - 1 if kind == "weekday" and word.key == WEEKDAY_TAIL else n]  # سه شنبه
            break
    while words and non_name_kind(words[-1].key) == "stop word" and not _closes_role(words):
        words = words[:-1]
    return words


def _without_former_name(text: str, words: list[Word]) -> list[Word]:
    """The role's words less a club's former name set in parentheses inside it (سرمربی تیم فوتبال
    استیل آذین (گهر دورود سابق)): sport news gives a renamed club its old name so, as a reminder,
    and the office is the club's as it is called now. Only a parenthesis after the role's first
    words whose last word says it is gone (FORMER_NAME_ENDS): a role set in parentheses whole
    (X (سرمربی سابق استقلال)) or a holy name's honorific (امام خمینی (ره)) is the role's own."""
    for n in range(1, len(words)):
        if "(" not in text[words[n - 1].end:words[n].start]:
            continue
        close = next((m for m in range(n, len(words))
                      if ")" in text[words[m].end:words[m + 1].start if m + 1 < len(words) else words[m].end + 2]), None)
        if close is not None and words[close].key in FORMER_NAME_ENDS:
            return words[:n] + words[close + 1:]
    return words


def _closes_role(words: list[Word]) -> bool:
    """Does the last word, a stop word, close the role all the same: a fixed term's last word
    (اداره کل), a holy name's honorific (دانشگاه امام حسین (ع)), an age's unit (بیمار ۴۳ ساله) or an
    adjective's complement (حاضر در نشست)?"""
    return (words[-1].key in ROLE_CLOSING_HONORIFICS or _ends_role_compound(words, len(words) - 1)
            or len(words) > 2 and (_an_age(words[:-2], words, len(words) - 2)
                                   or COMPLEMENT_ADJECTIVES.get(words[-3].key) == words[-2].key))


def _ends_role_compound(words: list[Word], n: int) -> bool:
    """Does word n end a fixed term of roles (حمل و نقل، محیط زیست), though a verb alone?"""
    keys = tuple(word.key for word in words[:n + 1])
    return any(keys[-len(term):] == term for term in ROLE_COMPOUNDS)


def _compound_adjective_written_apart(words: list[Word], n: int) -> bool:
    """Does word n, read as a verb, open a compound adjective written apart (شگفتی ساز of تیم
    شگفتی ساز گل گهر سیرجان: a stem that makes adjectives follows it, ADJECTIVE_MAKING_STEMS)?
    Sport news writes such adjectives of a team or a player with a space as often as with a ZWNJ."""
    return n + 1 < len(words) and is_finite_verb(words[n].key) and words[n + 1].key in ADJECTIVE_MAKING_STEMS


def _bare_age(words: list[Word]) -> list[Word]:
    """An age as a role gives it, without the indefinite ending that opens a relative clause on
    its noun (بیمار ۴۳ ساله‌ای که ... is the بیمار ۴۳ ساله): the ending is the clause's, not who
    the person is."""
    bare = fold_word(AGE_UNIT_BARE)
    return [Word(bare, word.start, word.start + len(AGE_UNIT_BARE))
            if word.key in AGE_UNITS and word.key != bare and n and _an_age(words[:n - 1], words, n - 1) else word
            for n, word in enumerate(words)]


def _drop_indefinite(words: list[Word]) -> list[Word]:
    """``یک کارشناس`` is introduced as ``کارشناس``."""
    return words[1:] if len(words) > 1 and words[0].key == A_ONE else words


def starts_role(words: list[Word], n: int) -> bool:
    """Does a role phrase start at word n (مدیرکل، یک کارشناس، یکی از مهمانان)?"""
    if n >= len(words):
        return False
    if words[n].key in INDEFINITE:
        following = n + 2 if n + 2 < len(words) and words[n + 1].key == "دیگر" else n + 1
        return following < len(words) and (words[following].key == "از" or starts_role(words, following))
    return bool(phrase_at(words, n, ROLE_LEXICON))


def holds_phrase(keys: list[str], phrases: tuple[tuple[str, ...], ...]) -> bool:
    """Do the word keys hold one of the phrases (word keys in a row) anywhere?"""
    return any(tuple(keys[n:n + len(phrase)]) == phrase for phrase in phrases for n in range(len(keys)))


def phrase_at(words: list[Word], n: int, lexicon: Lexicon) -> int:
    """Length in words of the longest lexicon phrase starting at word n (0 if none).

    Phrases are compared run together, so حجت‌الاسلام (one word with ZWNJ)
    and حجت الاسلام (two words) both match.
    """
    if n >= len(words) or words[n].key not in lexicon.prefixes:
        return 0  # most words start no phrase: no slice of the words for them
    joined = ""
    best = 0
    for length, word in enumerate(words[n:n + MAX_PHRASE_WORDS], start=1):
        joined += word.key
        if joined not in lexicon.prefixes:
            break
        if joined in lexicon.phrases:
            best = length
    return best


@functools.lru_cache(maxsize=1 << 16)
def is_first_name(key: str) -> bool:
    """A given name, two run together (محمدرضا, علی‌اکبر), one with a glued honorific (سیدمهدی),
    a servant-of name (عبدالغفور), or a given name run together with its second half
    (جلالالدین، سیمیندخت: as جلال‌الدین is, whose ZWNJ the writer left out)."""
    if key in FIRST_NAMES or key.startswith(SERVANT_OF_PREFIX) and len(key) - len(SERVANT_OF_PREFIX) in SERVANT_OF_NAME_LETTERS:
        return True
    if (bare := drop_glued_honorific(key)) != key:
        return is_first_name(bare)
    return any(key[:cut] in FIRST_NAMES and key[cut:] in FIRST_NAMES for cut in range(2, len(key) - 1)) or \
        _given_name_and_half(key)


def _given_name_and_half(key: str) -> bool:
    """A given name and a given name's second half run together (جلالالدین): the half after a
    given name of the kept list, or the whole in the wide list (سیمیندخت)."""
    half = next((half for half in GIVEN_NAME_SECOND_HALVES if key.endswith(half)), "")
    stem = key[:-len(half)] if half else ""
    return len(stem) >= 2 and (stem in FIRST_NAMES or is_given_name(key))


def is_agency(words: list[Word]) -> bool:
    """A news agency or reporter, which is never the speaker."""
    return words[0].key in AGENCY_WORDS


def as_original(text: str, words: list[Word]) -> str:
    """The words as written in the article, joined by single spaces (by a ZWNJ where it
    joined them: مهاجم‌قطر), by the comma the article sets between two of them (اتاق
    بازرگانی، صنایع، معادن و کشاورزی), so a body's list of fields reads as written, and by the
    hyphen that joins two (دانشگاه جامع علمی - کاربردی، اختلالات عصبی-تکاملی)."""
    kept = [w for w in words if w.key != ","]
    written = _as_written(text, kept)
    joined = "".join(_joint(text, kept[n - 1], kept[n]) + w if n else w for n, w in enumerate(written))
    return joined.replace(" \u200c", "\u200c")


def _joint(text: str, word: Word, following: Word) -> str:
    """What joins two words next to each other as the article writes them: the comma between
    them, a hyphen (spaced or not, as written), else a space."""
    gap = text[word.end:following.start]
    mark = gap.strip(" \u200c\u00a0")
    if mark in ("،", ","):
        return mark + " "
    if mark in HYPHENS:
        return f" {mark} " if gap != mark else mark
    return " "


def _sentence_keys(folded: str, words: list[Word], n: int) -> list[str]:
    """The keys of the words from words[n] to where a mark ends the run (at most MAX_CLAUSE_WORDS)."""
    return [word.key for word in _within_sentence(folded, words[n:n + MAX_CLAUSE_WORDS])]


def _within_sentence(folded: str, words: list[Word]) -> list[Word]:
    """The words up to the first one a mark parts from the word before it (a name never runs
    on past a colon or a full stop: برانکو: قدرت‌مان را ...)."""
    for n in range(1, len(words)):
        if folded[words[n - 1].end:words[n].start].strip(" \u200c"):
            return words[:n]
    return words


def _before_light_verb(words: list[Word], name: list[Word]) -> list[Word]:
    """The name without its last word when a light verb follows it: that word is the compound
    verb's noun (``از زحمات محمد رضایی قدردانی شد``), never a surname."""
    if not name:
        return name
    following = next((w for w in words if w.start > name[-1].end), None)
    return name[:-1] if following is not None and following.key in LIGHT_VERBS_AFTER_NOUN else name


def _letters(folded: str) -> str:
    """Every word_key of a folded text run together (and so runs of them): fold_word(folded) without
    its spaces."""
    return fold_folded(folded).replace(" ", "")


def field_words(folded: str, end: int) -> list[Word]:
    """Every word of a field up to ``end``, a comma as ",": the whole text, where a clause's
    words (clause_words) stop at MAX_CLAUSE_WORDS."""
    return [Word("," if token in "،," else word_key(token), m.start(), m.end())
            for m in WORD.finditer(folded, 0, end) for token in (m.group(),)]


def aliases_given(field: Field) -> list[tuple[Mention, tuple[str, ...]]]:
    """Each name the field says someone named in full goes by: (the full name, the other name's
    keys). ``لوسیانو پریرا ملقب به شیمبا``; ``کلبر ماتئوس داسیلوا که ... با نام کلبرینیو شناخته
    می‌شود``; ``رضا منصوری، کاپیتان تیم که ... به «بابا» شهرت دارد``; ``«پیشی»، یعنی مهدی
    پیشگاهی``; ``نادر صیادی، پیشکسوت ... که اهالی ورزش او را «عمو نادر» صدا می‌زنند`` (the
    name a description opening on no name gives is the speaker's own: _name_called_by). The full
    name is the words before the cue (before که, and its role, for the relative clauses) back to
    the clause's comma, or after یعنی, when they can be a person's name of two words or more."""
    compact = field.folded.replace(" ", "").replace("\u200c", "")
    if not (any(cue[0] in compact for cue in ALIAS_BEFORE) or KNOWN_AS_CLOSER in compact
            or THAT_IS in compact or any(word in compact for word in FAMED_AS_CLOSERS)
            or any(verb[0] in compact for verb in CALLED_VERBS) or any(mark in compact for mark in _FULL_NAME_MARKS)):
        return []
    words = _detached_prefixes_joined(field_words(field.folded, len(field.folded)))  # صدا می زنند
    found = []
    for n in range(1, len(words)):
        keys = tuple(w.key for w in words[n:n + 2])
        later = words[n + 2:n + 2 + MAX_CALLED_NAME_WORDS + 1]
        if (opener := _full_name_opener(words, n)):
            name, alias = _name_starting(field, words, n + opener + (words[n + opener].key == ",")), \
                _called_before_full_name(field, words, n)
        elif keys in ALIAS_BEFORE:
            name, alias = _name_ending(field, words, n), _alias_after(field, words, n + 2)
        elif keys in KNOWN_AS_OPENERS and (closer := next((k for k, w in enumerate(later, n + 2) if w.key == KNOWN_AS_CLOSER), None)):
            name, alias = _name_before_that(field, words, n), tuple(w.key for w in words[n + 2:closer])
        elif words[n].key == "به" and (closer := next((k for k in range(n + 2, min(len(words), n + 2 + MAX_CALLED_NAME_WORDS))
                                                       if words[k].key in FAMED_AS_CLOSERS), None)):
            name, alias = _name_before_that(field, words, n), tuple(w.key for w in words[n + 1:closer])
        elif words[n].key == THAT_IS and n > 1 and words[n - 1].key == ",":
            name, alias = _name_starting(field, words, n + 1), _alias_before(field, words, n - 1)
        elif words[n].key in _CALLED_OBJECT_KEYS and keys[1:] == ("را",) and (verb := _called_verb_at(words, n + 2)):
            # not مردی میانسال که ... او را «عمو حسن» صدا می‌کنند: a description, the name is its only one
            alias = _called_name(field, words[n + 2:verb])
            name = _name_before_that(field, words, n, opening=True, called=alias) \
                or _name_before_description(field, words, n)
        else:
            continue
        if name is not None and alias and "," not in alias:
            found.append((name, alias))
    return found


_FULL_NAME_MARKS = frozenset("".join(cue[:2]) for cue in FULL_NAME_OPENERS)  # نامکامل: a field without it has none


def _full_name_opener(words: list[Word], n: int) -> int:
    """How many words a FULL_NAME_OPENERS phrase at word n takes (0 if none), with a name after it."""
    length = next((len(cue) for cue in FULL_NAME_OPENERS if tuple(w.key for w in words[n:n + len(cue)]) == cue), 0)
    return length if length and n + length + 1 < len(words) else 0


def _called_before_full_name(field: Field, words: list[Word], n: int) -> tuple[str, ...]:
    """Whom a full name (``نام کاملش X``) is given to: the name right before ``که`` opening the clause
    (``ژوزینیو که نام کاملش ...``), else the last name the field set in guillemets before it
    (``«عمو جواد» ... کمتر کسی نام کاملش، جواد رحمانی، را می‌داند``): the name the report calls them by."""
    if words[n - 1].key == THAT and n > 1:
        return _alias_before(field, words, n - 1)
    for k in range(n - 1, 0, -1):
        if field.folded[words[k].end:words[k].end + 1] == "»":
            return _alias_before(field, words, k + 1)
    return ()


def _called_verb_at(words: list[Word], start: int) -> int | None:
    """Where a naming verb (CALLED_VERBS) starts after one to MAX_CALLED_NAME_WORDS words from ``start``."""
    return next((at for at in range(start + 1, min(len(words), start + MAX_CALLED_NAME_WORDS + 1))
                 if _called_verb_length(words, at)), None)


def _called_verb_length(words: list[Word], at: int) -> int:
    """How many words the naming verb (CALLED_VERBS) starting at ``at`` takes; 0 if none does
    (no verb of the list opens another, so at most one fits)."""
    return next((len(verb) for verb in CALLED_VERBS if tuple(w.key for w in words[at:at + len(verb)]) == verb), 0)


def _name_before_that(field: Field, words: list[Word], n: int, opening: bool = False,
                      called: tuple[str, ...] = ()) -> Mention | None:
    """The full name a relative clause holding word n describes: the words before its که, or
    before the role set off by a comma just before که (رضا منصوری، کاپیتان تیم که ...), the role
    closed by a comma of its own too (رضا منصوری، کاپیتان تیم، که ...).
    ``opening``: only a name that opens as one does (an honorific, a given name, or the word of
    ``called``, the name the clause says they are called by)."""
    that = next((k for k in range(n - 1, -1, -1) if words[k].key in (THAT, ",")), None)
    if that is None or words[that].key != THAT:
        return None
    end = that - 1 if that and words[that - 1].key == "," else that
    comma = next((k for k in range(end - 1, -1, -1) if words[k].key == ","), None)
    if comma is not None and starts_role(words, comma + 1):
        return _name_ending(field, words, comma, opening, called)
    return _name_ending(field, words, end, opening, called)


def _name_before_description(field: Field, words: list[Word], n: int) -> Mention | None:
    """The name a description set after it (past a ؛ or a comma, and the verb closing the name's
    clause) stands for, when the description's relative clause holding word n gives the
    name they are called by: ``تقدیر از جهانگیر رستمی بود؛ بازیگر ۸۱ ساله‌ای که اهالی او را «عمو
    جهان» صدا می‌زنند``, ``به دیدن صغری نوروزی رفتیم، پیرزنی که همه او را «ننه صغری» ...``. Only a
    name opening as one does; none when the description opens the sentence (مردی که ...)."""
    that = next((k for k in range(n - 1, 0, -1) if words[k].key == THAT), None)
    if that is None:
        return None
    opening = next((k for k in range(that - 1, 0, -1) if words[k - 1].key == "," or _apart(field.folded, words, k)), None)
    if opening is None or words[opening - 1].key != "," and SEMICOLON not in field.folded[words[opening - 1].end:words[opening].start]:
        return None  # a full stop: the description opens a sentence of its own
    end = opening - 1 if words[opening - 1].key == "," else opening
    if end and (words[end - 1].key in PREDICATE_COPULAS or is_finite_verb(words[end - 1].key)):
        end -= 1  # the verb closing the name's clause: جایزه به X رسید؛ مربی ...
    return _name_ending(field, words, end, opening=True)


def _called_name(field: Field, words: list[Word]) -> tuple[str, ...]:
    """The name between ``او را`` and a naming verb: the words set in guillemets when some are
    (``او را فقط «ماتئوس» صدا می‌زنند``, ``هنوز «ننه صغری»``: an adverb before the name is
    the clause's), else all of them (``او را عمو جلال صدا می‌کنند``)."""
    opened = next((k for k, word in enumerate(words) if word.start and field.folded[word.start - 1] == "«"), None)
    return tuple(w.key for w in words[opened or 0:])


def _alias_before(field: Field, words: list[Word], end: int) -> tuple[str, ...]:
    """The other name before ``، یعنی``: the words in guillemets closing there, else the one word."""
    if field.folded[words[end - 1].end:words[end - 1].end + 1] != "»":
        return (words[end - 1].key,)
    start = next((k for k in range(end - 1, max(-1, end - 1 - MAX_CALLED_NAME_WORDS), -1)
                  if words[k].start and field.folded[words[k].start - 1] == "«"), None)
    return () if start is None else tuple(w.key for w in words[start:end])


def _name_starting(field: Field, words: list[Word], start: int) -> Mention | None:
    """The person's name the words from ``start`` make, within the sentence, up to a comma."""
    name = _within_sentence(field.folded, words[start:start + MAX_NAME_WORDS])
    name = name[:next((k for k, w in enumerate(name) if w.key == ","), len(name))]
    while len(name) > 1 and not is_person_name([w.key for w in name], NAME_HEAD_WORDS):
        name = name[:-1]
    if len(name) < 2:
        return None
    return _name_mention(field, name, strong=True)


def _name_ending(field: Field, words: list[Word], end: int, opening: bool = False,
                 called: tuple[str, ...] = ()) -> Mention | None:
    """The person's name the words before ``end`` make, back to a comma or the field's start
    (``opening``: only one opening as a name does, or on a word of ``called``, the name the
    report says they go by: ``ماتئوس سانتوس سیلوا که همه او را «ماتئوس» صدا می‌زنند``, a given
    name no list holds, is told a given name by the report itself)."""
    start = next((k + 1 for k in range(end - 1, -1, -1) if words[k].key == ","), 0)
    name = _name_tail(words[max(start, end - MAX_NAME_WORDS):end])
    opens = bool(name) and (opens_name(name) or name[0].key in called)
    name = name[leading_honorifics([w.key for w in name]):]  # حاج احمد شیرزاد: the name, as subjects give it
    if len(name) < 2 or not is_person_name([w.key for w in name], NAME_HEAD_WORDS) or opening and not opens:
        return None
    return _name_mention(field, name, strong=True)


def _name_tail(words: list[Word]) -> list[Word]:
    """The words a name ends, when the clause runs on before it with no comma (``گلی که امیرحسین
    صفایی معروف به «جادوگر» زد``): the whole words if they are a name, else the shortest run of
    them, from a word that opens a name as one does (a given name, an honorific), that is one."""
    if not words or is_person_name([w.key for w in words], NAME_HEAD_WORDS):
        return words
    return next((words[k:] for k in range(1, len(words) - 1)
                 if opens_name(words[k:]) and is_person_name([w.key for w in words[k:]], NAME_HEAD_WORDS)), words)


def _alias_after(field: Field, words: list[Word], start: int) -> tuple[str, ...]:
    """The other name after ``ملقب به``: the words in guillemets, or up to the comma (at most
    MAX_CALLED_NAME_WORDS)."""
    alias = []
    for word in words[start:start + MAX_CALLED_NAME_WORDS]:
        if word.key == ",":
            break
        alias.append(word.key)
        if field.folded[word.end:word.end + 1] == "»":
            break
    return tuple(alias)


def names_in_full(field: Field, holding: Iterable[str]) -> list[Mention]:
    """Every name the field writes in full: an honorific or a given name (the wide list:
    a wrong guess only matters if it fits a speaker's one-word name alone), then a surname;
    strong when it opens like a name (an honorific, a given name of the kept lists).

    Not speakers: they let a speaker called by one word (a surname, a given
    name, ``holding``) be told by the full name the article gives elsewhere.
    A field that does not hold one of those words at all, even across the
    spaces of a name (پور محمدی), has none to give, and reading each field's
    words was a quarter of all extraction time.
    """
    letters = _letters(field.folded)
    holding = frozenset(holding)
    if not any(key in letters for key in holding):
        return []
    words = field_words(field.folded, len(field.folded))
    found = []
    n = 0
    while n < len(words):
        key = words[n].key
        honorific = phrase_at(words, n, HONORIFIC_LEXICON)
        if (honorific or (_opens_full_name(key) or _given_name_in_two_words(words, n))
                and not _closes_split_compound(words, n)) \
                and not (n and words[n - 1].key != "," and _names_a_namesake(words, n)):
            span = n + honorific + MAX_NAME_WORDS
            name = _before_light_verb(words[n:span + 1],  # the name's words and the one after
                                      _name_words(_within_sentence(field.folded, words[n:span])))
            name = _before_head(name, holding)
            name = name[:copular_name_length(_sentence_keys(field.folded, words, n), len(name))]
            if _after_preposition(words, n) \
                    and not field.folded[words[n - 1].end:words[n].start].strip():  # با «ناز محمد ...»: quoted whole
                name = _past_a_noun(name)
            if len(name) > 1 and is_person_name([w.key for w in name], NAME_HEAD_WORDS):
                found.append(_name_mention(field, name, strong=bool(honorific) or opens_name(name)))
                n = words.index(name[-1], n)
        elif _unlisted_given_name(field.folded, words, n, holding):
            name = words[n:n + 2]
            found.append(Mention("name", _as_written(field.text, name), (key, name[1].key), where=field.where))
            n += 1
        n += 1
    return found


def organisations_named(field: Field, head: str | None, before: int | None = None) -> list[Mention]:
    """Every organisation the field names in full by its kind (فدراسیون فوتبال، مرکز فوریت‌های
    پلیس) up to ``before``, in order: what ``این فدراسیون`` means when no quote had it speak;
    with no ``head``, of any kind but a paper's or an agency's (what ``این نهاد`` means). Not one
    a demonstrative opens (این فدراسیون: the reference itself), nor the kind alone, nor a body
    inside the name of one found (دانشگاه of دانشکده پزشکی دانشگاه تهران)."""
    words = field_words(field.folded, len(field.folded) if before is None else before)
    found: list[Mention] = []
    named_to = -1
    for n, word in enumerate(words):
        if word.start < named_to or not _of_the_kind(word.key, head) or n and words[n - 1].key in DEMONSTRATIVES:
            continue
        name = _before_preposition(_organisation_words(field.folded, _split_commas(words[n:n + MAX_NAME_WORDS])[0]))
        if len(name) > 1 and all(is_person_name([w.key]) or w.key in ORGANISATION_LEXICON.phrases for w in name[1:]):
            found.append(_name_mention(field, name, strong=True, organisation=True))
            named_to = name[-1].end
    return found


def _of_the_kind(key: str, head: str | None) -> bool:
    """Does the word open a body's name of that kind (any kind when ``head`` is None, but no
    paper's or agency's: a credit line names no body speaking)?"""
    return key == head if head is not None else _a_kind_of_body(key) and key not in NO_BODY_SPEAKING


def _before_preposition(name: list[Word]) -> list[Word]:
    """A name found outside a speaker's clause ends before a preposition (هشدار سازمان هواشناسی
    درباره بارش ...): no verb closes it there, and the words after it are the sentence's."""
    return next((name[:n] for n in range(1, len(name)) if name[n].key in BODY_NAME_PREPOSITIONS), name)
