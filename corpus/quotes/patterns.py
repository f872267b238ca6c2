"""The compiled cue patterns and word lexicons, built once from the word lists.

Patterns run on folded text (``fold_letters``), so they are written in the
folded letters. A lexicon holds phrases folded and run together, so that
spacing and ZWNJ never decide whether a phrase matches.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from corpus.names import HONORIFICS, role_key
from corpus.orthography import fold_letters, fold_word
from corpus.quotes.constants import (
    PERSON_DESCRIPTIONS,
    FOREIGN_OUTLETS,
    CLAUSE_JOINERS,
    DATELINE_MARKS,
    MAX_ABBREVIATION_PART,
    MIN_ABBREVIATION_PARTS,
    MIN_TYPO_LENGTH,
    WORD_ENDINGS,
    TEAM_NAME_HEADS,
    TEAM_SPORTS,
    NOT_PAST_BEFORE,
    REQUESTS_TO_SPEAK,
    PERFECT_AUXILIARIES,
    REPORT_NOTES,
    SUBORDINATORS,
    HONOURING_ROLE_HEADS,
    KIN_HEADS,
    RELATION_HEADS,
    TEAM_WORDS,
    ACCORDING_TO_NOUNS,
    ACCORDING_TO_PREPOSITIONS,
    ANNOUNCED_BY_NOUNS,
    ANNOUNCED_BY_PREPOSITIONS,
    CLAIM_NON_OPENERS,
    MISTYPED_COLON_NON_OPENERS,
    SAID_AS_OBJECT,
    COLON_ONLY_SPEECH_VERBS,
    RUN_ON_SPEECH_VERBS,
    REFERRING_SIMPLE_VERBS,
    PRESENT_HAVING_SPEECH_NOUNS,
    REFERRING_VERBS,
    STATEMENT_NOUNS,
    ACCORDING_TO_THIS_DOCUMENT_PREPOSITIONS,
    DOCUMENT_NOUNS,
    POINTED_DOCUMENT_NOUNS,
    DOCUMENT_SAYING_VERB,
    QUOTE_OPENERS,
    POINTED_BACK_OBJECTS,
    SCRIPTURE_NOUNS,
    TEXT_NOUNS,
    TEXT_POINTERS,
    DOCUMENT_PARTS,
    DOCUMENT_VERBS,
    MAX_DOCUMENT_AUTHOR_CHARS,
    AGENT_PREPOSITIONS,
    AGENT_PASSIVE_NOUNS,
    AGENT_PASSIVE_AUXILIARIES,
    NOT_AN_AGENT,
    AGENT_PASSIVE_ACCORDINGLY,
    JUDGING_NOUNS,
    ESTIMATING_NOUNS,
    ACCUSING_NOUNS,
    JUDGING_VERBS,
    GROUP_BELIEF_VERBS,
    PRESENT_JUDGING_NOUNS,
    PRESENT_JUDGING_VERBS,
    PASSIVE_AUXILIARIES,
    NAMING_VERBS,
    ASKED_UNNAMED,
    ASKING_VERBS,
    INSISTING_NOUNS,
    INVERTED_NEWS_VERBS,
    SAID_OF_OBJECT_NOUNS,
    OBJECT_SPEECH_ADVERBS,
    OBJECT_SPEECH_PRESENT,
    OBJECT_SPEECH_VERBS,
    EXPRESSED_FEELINGS,
    EXPRESSING_NOUNS,
    INTERVIEW_WORDS,
    HEADLINE_INTERVIEW_WORDS,
    REPORT_TALK_WORDS,
    DOCUMENT_TEXT_NOUN,
    DOCUMENT_TEXT_WHOLE,
    AS_FOLLOWS,
    MAX_WRITTEN_CUE_CHARS,
    WRITING_VERBS,
    WRITING_NOUN_PREFIXES,
    WRITTEN_BY,
    WRITTEN_IN,
    WRITTEN_TEXT_NOUNS,
    MAX_STAGE_DIRECTION_CHARS,
    SPEECH_OBJECT_NOUNS,
    DESCRIPTION_HEADS,
    MORE_DESCRIPTION_HEADS,
    MORE_ORGANISATION_HEADS,
    COMPOUND_SPEECH_VERBS,
    LIGHT_VERBS,
    MANNER_WORDS,
    OPENERS,
    THIS_REPORT_OPENERS,
    THIS_REPORT_SAYS,
    REPORT_FINDING_OPENERS,
    REPORT_FINDING_VERBS,
    REPORT_MAKER_SKIPS,
    REPORT_NOUNS,
    REPORT_OF_PREPOSITIONS,
    ORGANISATION_HEADS,
    PRONOUNS,
    ROLE_HEADS,
    SIMPLE_SPEECH_VERBS,
    SPEECH_NOUN_TAILS,
    REQUEST_VERBS,
    PROPOSAL_VERBS,
    PRESENT_REQUEST_FORMS,
    STANCE_ADJECTIVES,
    STANCE_NOUNS,
    PRESENT_STRESS_NOUNS,
    PRESS_OFFICE_REPORTED,
    PRESS_OFFICES,
    QUOTED_FROM,
    SAID_NOUNS,
    SAID_CONTENT_OPENER,
    UNNAMED_CLAIM_NOUNS,
    MAX_UNNAMED_CLAIMANT_WORDS,
    DENIAL_NOUN,
    MAX_SAID_SPEAKER_CHARS,
    SAYING_THAT_NOUNS,
    SAYING_THAT_WORD,
    MIN_MISSPELT_CHARS,
    ANNOUNCING_WITH_NOUNS,
    SAYING_THAT_OBJECTS,
    SAID_THINGS_BEFORE_THAT,
    RAISING_VERBS,
    SAID_THING_LIGHT_VERBS,
    QUOTE_JOINING_WORDS,
    REFLEXIVE_SOURCES,
    REFLEXIVE_ACCORDING_TO_NOUNS,
    IMPLIED_SUBJECT_OPENERS,
    CONCESSIVE_OPENERS,
    VIEWPOINT_PREPOSITION,
    VIEWPOINT_NOUNS,
    VIEWPOINT_TO_NOUNS,
    VIEWPOINT_TO_PREPOSITION,
)

JOINER = "[ \u200c]{0,2}"  # a written space, a ZWNJ (a ZWNJ and a space), or the words run together


def _phrase_pattern(phrase: str) -> str:
    """A fixed phrase whose spaces may be written as space, ZWNJ or nothing."""
    return JOINER.join(re.escape(part) for part in phrase.split())


def _verb_forms(past: str, present: str, bare_participle: bool = False) -> list[str]:
    """Past (گفت, گفتند), perfect (گفته است/اند/بود), present (می‌گوید/ند) and imperfect
    (می‌گفت/ند) forms, as alternatives; with
    ``bare_participle`` also the participle alone, as news writes perfects (تصریح کرده).
    """
    auxiliary = "?" if bare_participle else ""
    return [
        f"{past}(?:ند|ه(?:{JOINER}(?:است|اند|بود|بودند)){auxiliary})?",
        f"می{JOINER}{present}(?:د|ند)",
        f"می{JOINER}{past}(?:ند)?",
    ]


def _by_first_letter(alternatives: list[str]) -> str:
    """One alternation of ``alternatives`` (each opening on a letter of its own), grouped by
    that letter. The regex engine tries every alternative in turn at every word start; grouped,
    a word is dropped on one test of its first letter. Alternatives opening on different letters
    never match at one place, and those on one keep their order, so the matches are the same."""
    groups: dict[str, list[str]] = {}
    for alternative in alternatives:
        assert alternative[0].isalpha() and alternative[1:2] not in ("?", "*", "+", "{"), alternative
        groups.setdefault(alternative[0], []).append(alternative[1:])
    return "|".join(f"{letter}(?:{'|'.join(rests)})" for letter, rests in groups.items())


def _compound_pattern(verbs: dict[str, tuple[str, ...]]) -> list[str]:
    """Every form of compound verbs (noun: light verbs), one alternative per noun."""
    compound = []
    for noun, lights in verbs.items():
        forms = "|".join(form for light in lights
                         for form in _verb_forms(light, LIGHT_VERBS[light], bare_participle=True))
        compound.append(f"{_phrase_pattern(noun)}[ \u200c]{{0,2}}(?:{forms})")
    return compound


def _speech_verb_pattern() -> str:
    """One alternation of every form of every speech verb, compounds first."""
    simple = [form for past, present in SIMPLE_SPEECH_VERBS for form in _verb_forms(past, present)]
    return _by_first_letter(_compound_pattern(COMPOUND_SPEECH_VERBS) + simple)


SPEECH_VERB = _speech_verb_pattern()


@dataclass(frozen=True)
class GuardedCue:
    """A cue pattern searched only in texts holding one of its words: most fields hold none
    of a rare cue's words, and ``in`` is far cheaper than a regular expression's scan."""

    pattern: re.Pattern
    words: tuple[str, ...]  # folded

    @classmethod
    def of(cls, pattern: str, words) -> "GuardedCue":
        return cls(re.compile(pattern), tuple(fold_letters(word) for word in words))

    def finditer(self, folded: str):
        holds_a_word = any(map(folded.__contains__, self.words))  # no generator: asked of every field
        return self.pattern.finditer(folded) if holds_a_word else iter(())


WORD_START = r"(?<![\w\u200c])"
WORD_END = r"(?![\w\u200c])"
# A speech verb starts a word, or follows a ZWNJ after punctuation (،\u200cگفت:) or و run
# into it (اشاره کرد وگفت:): both are read as part of the match, before its cue group (one
# optional letter costs the scan far less than a second lookbehind).
# Not after a modal (می‌توان گفت، باید افزود): a short infinitive, the writer's own voice.
CUE_START = f"{WORD_START}(?<!توان )(?<!توان\u200c)(?<!باید )[\u200cو]?"

# ``X معتقد است (که) CLAIM``: a view reported as the speaker's; the copula may run on (بر این باورند، معتقدند).
BELIEF = (
    f"(?:{'|'.join(_phrase_pattern(fold_letters(word)) for word in STANCE_ADJECTIVES)})(?:{JOINER}(?:است|اند|هستند|بود|بودند)|ند)"
    f"|(?:{'|'.join(STANCE_NOUNS)}){JOINER}(?:دارد|دارند|داشت|داشتند)"
    f"|(?:{'|'.join(PRESENT_STRESS_NOUNS)}){JOINER}(?:دارد|دارند)"
)
# BELIEF in the singular (معتقد است، بر این باور بود، اعتقاد دارد): one person's view.
BELIEF_OF_ONE = (
    f"(?:{'|'.join(_phrase_pattern(fold_letters(word)) for word in STANCE_ADJECTIVES)}){JOINER}(?:است|بود)"
    f"|(?:{'|'.join(STANCE_NOUNS)}){JOINER}(?:دارد|داشت)"
    f"|(?:{'|'.join(PRESENT_STRESS_NOUNS)}){JOINER}دارد"
)
# Cues only before a colon or که: a simple verb's participle alone, as news writes perfects
# (نوشته: ...، گفته که ...; alone it is also a noun: به گفته وی), and the referring verbs
# (اشاره کرد که ...; alone they refer to a topic), the nouns of saying whose present with داشتن drops
# its می (اصرار دارد که ...; alone a state), and the simple verbs that do as they do
# (پذیرفت که ...; alone they take a thing). COLON_ONLY: cues only before a colon.
NARROW_CUE = "|".join([f"{past}ه" for past, _ in SIMPLE_SPEECH_VERBS] + _compound_pattern(REFERRING_VERBS)
                      + [f"(?:{'|'.join(map(_phrase_pattern, PRESENT_HAVING_SPEECH_NOUNS))}){JOINER}(?:دارد|دارند)"]
                      + [form for past, present in REFERRING_SIMPLE_VERBS for form in _verb_forms(past, present)])
COLON_ONLY = "|".join(_phrase_pattern(verb) for verb in COLON_ONLY_SPEECH_VERBS)
# گفت run onto the word before it, the space left out (وزیر کشورگفت:): a cue only before a colon,
# after a word of two letters or more (not شگفت، نگفت, one letter before the verb).
RUN_ON_CUE_START = f"(?<=[^\\W\\d_]{{2}})(?=(?:{'|'.join(RUN_ON_SPEECH_VERBS)})[ \u200c]{{0,3}}[:：])"
# ``VERB:`` (space or ZWNJ before the colon or not) opens a direct quote.
DIRECT_CUE = re.compile(
    f"(?:{CUE_START}|{RUN_ON_CUE_START})(?P<cue>{SPEECH_VERB}|{BELIEF}|{NARROW_CUE}|(?P<colon_only>{COLON_ONLY}))(?!\\w)[ \u200c]{{0,3}}[:：]"
)
# DIRECT_CUE over a whole field: each match ends on a colon, and half the fields hold none.
DIRECT_CUES = GuardedCue(DIRECT_CUE, (":", "："))
# A speech verb whose colon was typed as ؛ (``عنوان کرد؛ QUOTE``، ``افزود؛ QUOTE``), a slip of
# agency copy: a direct cue when the words after it open a clause of their own, not one a
# conjunction joins to the report (``این خبر را تکذیب کرد؛ اما ...``), and گفتن has no word it
# says as its object (``تبریک گفت؛``: X greeted, and said nothing more). Only the plain speech
# verbs: a narrower cue or a view (معتقد است؛) is read as a colon's cue alone. shapes reads
# the clause around it before taking it (_opens_what_was_said).
MISTYPED_COLON_CUES = GuardedCue.of(
    "".join(f"(?<!{fold_letters(word)} )" for word in SAID_AS_OBJECT)
    + f"{CUE_START}(?P<cue>{SPEECH_VERB}){WORD_END}[ \u200c]{{0,2}}؛"
    f"(?![ \u200c]*(?:{'|'.join(_phrase_pattern(fold_letters(word)) for word in MISTYPED_COLON_NON_OPENERS)}){WORD_END})",
    ("؛",)
)
# A speech verb whose colon was typed as the straight mark that opens the quotation (``به ورزش
# سه گفت" متاسفانه ...``، ``مدعی شد " ..."``): older and sports copy, which marks quotations with
# "; the match ends before the mark, where the quote opens. shapes takes it only when the mark
# opens a quotation rather than closes one (_opens_a_straight_quotation).
STRAIGHT_MARK_CUES = GuardedCue.of(
    "".join(f"(?<!{fold_letters(word)} )" for word in SAID_AS_OBJECT)
    + f"{CUE_START}(?P<cue>{SPEECH_VERB}){WORD_END}[ \u200c]{{0,2}}(?=\"[ \u200c]*[^\\W\\d_])",
    ('"',)
)
# ``VERB که`` opens an indirect one.
THAT_CUE = GuardedCue.of(f"{CUE_START}(?P<cue>{SPEECH_VERB}|{NARROW_CUE})[ ،,]{{1,3}}که{WORD_END}", ("که",))
# Not a passive (دانسته شد، پاسخ داده می‌شود): nobody is said to speak.
NOT_PASSIVE = f"(?![ \u200c]*(?:{'|'.join(_phrase_pattern(word) for word in PASSIVE_AUXILIARIES)}){WORD_END})"
# ``X اعلام کرد CLAIM``: a speech verb running straight into what was said.
CLAIM_CUE = re.compile(
    f"{CUE_START}(?P<cue>{SPEECH_VERB}){WORD_END}{NOT_PASSIVE} ?[،,]? "
    f"(?!(?:{'|'.join(CLAIM_NON_OPENERS)}){WORD_END}|وگو)(?=\\w)"
)
# ``X از CLAIM خبر داد``: the claim is what was announced.
NEWS_CUE = GuardedCue.of(
    f"{WORD_START}(?P<cue>خبر{JOINER}(?:داد|دادند|داده{JOINER}(?:است|اند|بود|بودند)|می{JOINER}دهد|می{JOINER}دهند)){WORD_END}",
    ("خبر",))
# ``X خبر از CLAIM داد``: the news told, with its claim between noun and verb.
INVERTED_NEWS_CUE = GuardedCue.of(
    f"{WORD_START}(?P<cue>خبر){JOINER}از{WORD_END}(?P<claim>[^.!?؟؛:،,\n]{{4,300}}?) "
    f"(?P<verb>(?:{'|'.join(INVERTED_NEWS_VERBS)})(?:{JOINER}(?:است|اند|بود|بودند))?){WORD_END}",
    ("خبر",))


def _past_forms(past: str) -> str:
    """Past (دانست، دانستند) and perfect forms (دانسته، دانسته است/اند/بود)."""
    return f"{past}(?:ند|ه(?:{JOINER}(?:است|اند|بود|بودند))?)?"


def _judging_pattern() -> str:
    """Past and perfect forms of every judging verb (دانست، دانسته‌اند، عنوان کرد), denied too
    (ارزشمند ندانست: a judgement as much). Not the present: essays state views in it (دیدگاهی که دین را امری فردی می‌داند), reports rarely.
    A judging noun may leave its light verb to the next verb (``X را بی‌سابقه عنوان و تصریح
    کرد: ...``), as EXPRESSED_CUE's nouns do."""
    light = "|".join(_past_forms(past) for past in ("کرد", "نمود"))
    compound = [f"{_phrase_pattern(noun)}(?:{JOINER}(?:{light})|(?= و ))" for noun in JUDGING_NOUNS + ESTIMATING_NOUNS]
    return "|".join(compound + [_past_forms(f"ن?{_phrase_pattern(past)}") for past in JUDGING_VERBS])


# ``X CLAIM را مهم دانست``: a judgement reported as the speaker's (the claim holds را).
JUDGED_CUE = GuardedCue.of(
    f"{WORD_START}(?P<cue>{_judging_pattern()}){WORD_END}{NOT_PASSIVE}",
    [verb.split()[0] for verb in JUDGING_VERBS] + list(JUDGING_NOUNS) + [noun.split()[-1] for noun in ESTIMATING_NOUNS])


# ``X این طرح را «ظلم به کارمندان» می‌داند``, ``... را «...» توصیف می‌کند``: the present of a judging
# verb or noun (not its past, which JUDGED_CUE reads), denied too.
PRESENT_JUDGING_VERB = re.compile(
    f"{WORD_START}(?:{'|'.join(f'ن?می{JOINER}{present}(?:د|ند)' for _, present in PRESENT_JUDGING_VERBS)}"
    f"|(?:{'|'.join(_phrase_pattern(noun) for noun in PRESENT_JUDGING_NOUNS)}){JOINER}ن?می{JOINER}(?:کند|کنند)){WORD_END}")


# ``کونته موراتا را اولین گزینه خود می‌داند``: the present of a judging verb with no «» (read
# only when the judge is named in its clause: see indirect._judged_present). Singular: a plural
# after a name has a joint subject (X و مشاورانش ... می‌دانند) the claim would run into. Not
# denied: نمی‌داند mostly does not know (هنوز نظر او را نمی‌داند).
PRESENT_JUDGED_CUE = GuardedCue.of(
    f"{WORD_START}(?P<cue>{'|'.join(f'می{JOINER}{present}د' for _, present in PRESENT_JUDGING_VERBS)}){WORD_END}{NOT_PASSIVE}",
    [present for _, present in PRESENT_JUDGING_VERBS])


# ``مسئولان X را مانع اصلی می‌دانند``، ``کارشناسان X را مناسب ارزیابی می‌کنند``: a present plural
# judgement, read only when a group written out in its clause judges (indirect._judged_by_a_group).
PRESENT_GROUP_JUDGED_CUE = GuardedCue.of(
    f"{WORD_START}(?P<cue>{'|'.join(f'می{JOINER}{present}ند' for _, present in PRESENT_JUDGING_VERBS)}"
    f"|(?:{'|'.join(_phrase_pattern(noun) for noun in PRESENT_JUDGING_NOUNS)}){JOINER}می{JOINER}کنند)"
    f"{WORD_END}{NOT_PASSIVE}",
    [present for _, present in PRESENT_JUDGING_VERBS] + list(PRESENT_JUDGING_NOUNS))


PERSIAN_WORD = re.compile("[\u0600-\u06ff\u200c]+")  # a word in Persian letters only (no footnote mark: [xix])


def _past_compounds(verbs: dict[str, tuple[str, ...]]) -> str:
    """Past and perfect forms of compound verbs (noun: light verbs): متهم کرد، تهدید کرده است."""
    return "|".join(f"{_phrase_pattern(noun)}{JOINER}(?:{'|'.join(_past_forms(light) for light in lights)})"
                    for noun, lights in verbs.items())


# ``X با/ضمن اعلام CLAIM، گفت``: an announcement (or a likening) named by a noun phrase (no اینکه: SAYING_THAT's).
ANNOUNCED_WITH = GuardedCue.of(
    f"{WORD_START}(?P<cue>(?:با|ضمن){JOINER}(?:{'|'.join(_phrase_pattern(noun) for noun in ANNOUNCING_WITH_NOUNS)})){WORD_END}"
    f"(?!{JOINER}(?:اینکه|این{JOINER}که){WORD_END})",
    ANNOUNCING_WITH_NOUNS)
# A speech or judging verb, a word of its own: the verb a clause opened by ANNOUNCED_WITH must reach.
SPEAKING_VERB = re.compile(f"{CUE_START}(?:{SPEECH_VERB}|{_judging_pattern()}){WORD_END}")
# ``X، Y را به Z متهم کرد / تهدید کرد / نسبت داد``: an accusation, threat or blame, read as a
# judgement is (the past only: ``خطر شهر را تهدید می‌کند`` says no one spoke); not before a
# colon or که, which open a quote of their own (آنان را متهم کرد که CLAIM).
ACCUSED_CUE = GuardedCue.of(
    f"{WORD_START}(?P<cue>{_past_compounds(ACCUSING_NOUNS)}){WORD_END}{NOT_PASSIVE}"
    f"(?![ \u200c]*[:：])(?![ ،,]{{1,3}}که{WORD_END})",
    ACCUSING_NOUNS)
# ``در بیانیه X آمده است: QUOTE`` / ``در این نامه تاکید شده CLAIM``: ``author`` names who
# issued the document (empty, or این/که ..., when the report names them elsewhere).
_DOCUMENT_OPENING = (
    f"{WORD_START}(?:در|طبق|بر{JOINER}اساس|براساس)[ \u200c]+(?:(?:{'|'.join(_phrase_pattern(part) for part in DOCUMENT_PARTS)})[ \u200c]+)?"
    f"(?:(?:این|آن|همین|همان)[ \u200c]+)?")
_DOCUMENT_AUTHOR = f"(?P<author>[^.!?؟؛:\n«»]{{0,{MAX_DOCUMENT_AUTHOR_CHARS}}}?)[ \u200c]*"
_LISTED_DOCUMENT = (f"(?:(?:{'|'.join(DOCUMENT_NOUNS)})(?:{JOINER}(?:ای|ی|های))?"
                    f"|(?:(?<=این )|(?<=این\u200c)|(?<=همین ))(?:{'|'.join(POINTED_DOCUMENT_NOUNS)})){WORD_END}")
DOCUMENT_CUE = GuardedCue.of(
    f"{_DOCUMENT_OPENING}{_LISTED_DOCUMENT}{_DOCUMENT_AUTHOR}"
    f"(?P<cue>(?:{'|'.join(_phrase_pattern(verb) for verb in DOCUMENT_VERBS)})(?:{JOINER}(?:است|بود))?){WORD_END}"
    f"(?P<colon>[ \u200c]*[:：])?",
    (verb.split()[0] for verb in DOCUMENT_VERBS))
# ``بر اساس این اطلاعیه، CLAIM``: what the statement the report just told of says (indirect.py reads
# it as a DOCUMENT_CUE with no issuer written and no colon).
ACCORDING_TO_THIS_DOCUMENT = GuardedCue.of(
    f"{WORD_START}(?P<cue>(?:{'|'.join(_phrase_pattern(p) for p in ACCORDING_TO_THIS_DOCUMENT_PREPOSITIONS)})"
    f"[ \u200c]+(?:این|همین)[ \u200c]+(?:{'|'.join(STATEMENT_NOUNS)})){WORD_END}"
    f"(?P<author>)(?P<colon>)[ \u200c]*[،,]",
    STATEMENT_NOUNS)
# ``در دادنامه X آمده است: «QUOTE»``: a document of any other name (not scripture, not a law: TEXT_NOUNS) speaks with
# DOCUMENT_SAYING_VERB, a colon and a quotation mark. Searched only in fields holding that verb.
ANY_DOCUMENT_CUE = GuardedCue.of(
    f"{_DOCUMENT_OPENING}(?!{_LISTED_DOCUMENT}|(?:{'|'.join(SCRIPTURE_NOUNS + TEXT_NOUNS)})(?:{JOINER}(?:ای|ی))?{WORD_END})"
    f"[^\\W\\d_][\\w\u200c]*{_DOCUMENT_AUTHOR}"
    f"(?P<cue>{DOCUMENT_SAYING_VERB}(?:{JOINER}(?:است|بود))?){WORD_END}(?P<colon>[ \u200c]*[:：])"
    f"(?=[ \u200c]*[{''.join(QUOTE_OPENERS)}])",
    (DOCUMENT_SAYING_VERB,))
# ``از سوی X اعلام شد (که|:) CLAIM``: a passive with its agent; ``author`` is the agent, read as a
# document's issuer is (the claim is X's; agentless, ``اعلام شد که``, it is nobody's).
AGENT_PASSIVE_CUE = GuardedCue.of(
    f"{WORD_START}(?:{'|'.join(_phrase_pattern(fold_letters(p)) for p in AGENT_PREPOSITIONS)})[ \u200c]+"
    f"(?!(?:{'|'.join(fold_letters(word) for word in NOT_AN_AGENT)}){WORD_END})"
    f"(?P<author>[^.!?؟؛:\n«»]{{2,{MAX_DOCUMENT_AUTHOR_CHARS}}}?)[ \u200c]+"
    f"(?P<cue>(?:{'|'.join(fold_letters(noun) for noun in AGENT_PASSIVE_NOUNS)}){JOINER}"
    f"(?:{'|'.join(AGENT_PASSIVE_AUXILIARIES)})(?:{JOINER}(?:است|بود))?){WORD_END}(?P<colon>[ \u200c]*[:：])?",
    (fold_letters(p.split()[-1]) for p in AGENT_PREPOSITIONS))
# ``نامه‌ای که X ... زده بود``: a document introduced by who wrote it; ``in this letter`` is theirs.
DOCUMENT_WRITTEN_BY = re.compile(
    f"{WORD_START}(?:{'|'.join(DOCUMENT_NOUNS)}){JOINER}(?:ای|ی)[ \u200c]+(?P<that>که){WORD_END}")


def _asking_cue(verbs: tuple[str, ...], present: tuple[str, ...] = ()) -> GuardedCue:
    """Past and perfect forms of asking verbs, and the ``present`` forms given (group
    ``present``), with the که or تا that may open what is asked, or the comma that may
    (پیشنهاد داد، ...): read into the cue, so what is asked starts after it."""
    forms = "|".join(_past_forms(_phrase_pattern(verb)) for verb in verbs)
    if present:
        forms += f"|(?P<present>{'|'.join(_phrase_pattern(form) for form in present)})"
    return GuardedCue.of(
        f"{WORD_START}(?P<cue>{forms})(?:[ ،,]{{1,3}}(?P<that>که|تا)| ?[،,](?= ))?{WORD_END}",
        [verb.split()[0] for verb in verbs] + [form.split()[-1] for form in present])


# ``X از Y خواست (که|تا) CLAIM``: a request; the verb's own clause must hold از.
REQUEST_CUE = _asking_cue(REQUEST_VERBS, PRESENT_REQUEST_FORMS)
# ``X پیشنهاد کرد (که) CLAIM``: a proposal.
PROPOSAL_CUE = _asking_cue(PROPOSAL_VERBS)
# ``X بر CLAIM تاکید کرد``: what was stressed (not before a colon or که: those open quotes); the
# light verb may be left to the next verb (بر CLAIM تاکید و خطاب به ... تصریح کرد: ...).
EMPHASIS_CUE = GuardedCue.of(
    f"{WORD_START}(?P<cue>تاکید(?:{JOINER}(?:{_past_forms('کرد')}|{_past_forms('نمود')}|{_past_forms('داشت')})|(?= و ))){WORD_END}"
    f"(?![ \u200c]*[:：])(?![ ،,]{{1,3}}که{WORD_END})",
    ("تاکید",))
# ``X بر CLAIM پافشاری کرد / اصرار دارد``: what was insisted on (not before a colon or که).
INSISTENCE_CUE = GuardedCue.of(
    f"{WORD_START}(?P<cue>(?:{'|'.join(INSISTING_NOUNS)}){JOINER}(?:{_past_forms('کرد')}|{_past_forms('نمود')}"
    f"|{_past_forms('ورزید')}|{_past_forms('داشت')}|دارد|دارند|می{JOINER}(?:کند|کنند|ورزد|ورزند))){WORD_END}"
    f"(?![ \u200c]*[:：])(?![ ،,]{{1,3}}که{WORD_END})",
    INSISTING_NOUNS)
# ``اعلام نظر X مبنی بر CLAIM``: a noun of something said, its speaker, and what it said
# (``that`` when a clause opens it: مبنی بر اینکه).
SAID_CONTENT_CUE = GuardedCue.of(
    f"{WORD_START}(?P<noun>{'|'.join(_phrase_pattern(noun) for noun in SAID_NOUNS)})(?:{JOINER}(?:های|ها))?{WORD_END}"
    f"(?P<speaker>[^.!?؟؛:\n«»،,]{{2,{MAX_SAID_SPEAKER_CHARS}}}?)[ \u200c]+"
    f"(?P<cue>{_phrase_pattern(SAID_CONTENT_OPENER)})(?:[ \u200c]+(?P<that>این{JOINER}که))?{WORD_END}",
    (SAID_CONTENT_OPENER.split()[0],))
# ``X نسبت به CLAIM هشدار داد``: the claim is what was warned of.
WARNING_CUE = GuardedCue.of(f"{WORD_START}(?P<cue>هشدار{JOINER}(?:{_past_forms('داد')})){WORD_END}", ("هشدار",))
# ``X از Y به عنوان CLAIM یاد کرد / نام برد``: what was named as what.
NAMING_CUE = GuardedCue.of(f"{WORD_START}(?P<cue>{_past_compounds(NAMING_VERBS)}){WORD_END}{NOT_PASSIVE}", NAMING_VERBS)
# ``X از (اینکه) CLAIM ابراز نگرانی کرد``: the claim is what the feeling was about; the light
# verb may be left to a later verb (از اینکه CLAIM ابراز خرسندی و بر ... تاکید کرد).
EXPRESSED_CUE = GuardedCue.of(
    f"{WORD_START}(?P<cue>(?:{'|'.join(EXPRESSING_NOUNS)}){JOINER}(?:{'|'.join(EXPRESSED_FEELINGS)})"
    f"(?:{JOINER}(?:{_past_forms('کرد')}|{_past_forms('نمود')})|(?= و ))){WORD_END}",
    EXPRESSING_NOUNS)
def _object_speech_pattern() -> str:
    """Past and perfect forms of the verbs whose object is what was said (خواستار شد، تکذیب
    کرد), and the present of those OBJECT_SPEECH_PRESENT lists (تکذیب می‌کند/می‌کنند)."""
    forms = []
    for noun, lights in OBJECT_SPEECH_VERBS.items():
        tenses = [_past_forms(light) for light in lights]
        if noun in OBJECT_SPEECH_PRESENT:
            tenses += [f"می{JOINER}{LIGHT_VERBS[light]}(?:د|ند)" for light in lights]
        forms.append(f"{_phrase_pattern(noun)}{JOINER}(?:{'|'.join(tenses)})")
    return "|".join(forms)


# ``X CLAIM را خواستار شد`` / ``X CLAIM را (نیز) تکذیب کرد``: what the speaker asked for or
# denied, as the verb's object.
DEMANDED_OBJECT_CUE = GuardedCue.of(
    f"{WORD_START}را (?:(?:{'|'.join(OBJECT_SPEECH_ADVERBS)}) )?(?P<cue>{_object_speech_pattern()}){WORD_END}",
    tuple(OBJECT_SPEECH_VERBS))
# ``X احتمال CLAIM را رد نکرد``: رد of an object, denied or not (read by indirect._denied_proposition).
DENIED_CUE = GuardedCue.of(
    f"{WORD_START}را (?:(?:{'|'.join(OBJECT_SPEECH_ADVERBS)}) )?(?P<cue>{_phrase_pattern(DENIAL_NOUN)}{JOINER}"
    f"ن?(?:{_past_forms('کرد')}|{_past_forms('نمود')})){WORD_END}",
    (DENIAL_NOUN,))
# ``X CLAIM را مورد تاکید قرار داد``: what was stressed or mentioned, as the verb's object.
SAID_OF_OBJECT_CUE = GuardedCue.of(
    f"{WORD_START}را (?P<cue>مورد{JOINER}(?:{'|'.join(SAID_OF_OBJECT_NOUNS)}){JOINER}قرار{JOINER}(?:{_past_forms('داد')})){WORD_END}",
    ("مورد",))
# ``برخی ادعاها مبنی بر اینکه CLAIM``: a claim named by its noun, by nobody or a group.
UNNAMED_CLAIM_CUE = GuardedCue.of(
    f"{WORD_START}(?P<noun>{'|'.join(_phrase_pattern(noun) for noun in sorted(UNNAMED_CLAIM_NOUNS, key=len, reverse=True))}){WORD_END}"
    f"(?P<speaker>(?:[ \u200c]+[^ \u200c.!?؟؛:\n«»،,]+){{0,{MAX_UNNAMED_CLAIMANT_WORDS}}}?)[ \u200c]+"
    f"(?P<cue>{_phrase_pattern(SAID_CONTENT_OPENER)})(?:[ \u200c]+(?P<that>این{JOINER}که))?{WORD_END}",
    ("ادعا",))
# ``X خواستار CLAIM شد``: what the speaker asked for.
DEMANDED_CUE = GuardedCue.of(
    f"{WORD_START}(?P<cue>خواستار){WORD_END}(?P<claim>[^.!?؟؛:\n]{{4,300}}?) "
    # the participle alone joins the next clause (خواستار حمایت مسئولان شده و ...)
    f"(?P<verb>شد|شدند|شده{JOINER}(?:است|اند|بود|بودند)|شده(?= و{WORD_END})){WORD_END}",
    ("خواستار",))
# ``به گفته X، CLAIM`` / ``به باور X «QUOTE»``.
# ``بنابر اعلام X، CLAIM`` / ``طبق اظهارات X، CLAIM``.
ACCORDING_TO = GuardedCue.of(
    f"{WORD_START}(?P<cue>(?P<according>(?:{'|'.join(_phrase_pattern(p) for p in ACCORDING_TO_PREPOSITIONS)})"
    f" (?:{'|'.join(ACCORDING_TO_NOUNS)}|(?:{'|'.join(REFLEXIVE_ACCORDING_TO_NOUNS)})(?= (?:{'|'.join(REFLEXIVE_SOURCES)}){WORD_END})))"
    f"|(?:{'|'.join(_phrase_pattern(p) for p in ANNOUNCED_BY_PREPOSITIONS)}) (?:{'|'.join(ANNOUNCED_BY_NOUNS)})){WORD_END}",
    ACCORDING_TO_NOUNS + REFLEXIVE_ACCORDING_TO_NOUNS + ANNOUNCED_BY_NOUNS)
# ``از نگاه X، CLAIM``: X's view (read as ACCORDING_TO's are, see indirect._from_the_view_of).
VIEWPOINT_CUE = GuardedCue.of(
    f"{WORD_START}(?P<cue>(?P<according>{VIEWPOINT_PREPOSITION} (?:{'|'.join(VIEWPOINT_NOUNS)})"
    f"|{VIEWPOINT_TO_PREPOSITION} (?:{'|'.join(VIEWPOINT_TO_NOUNS)}))){WORD_END}",
    VIEWPOINT_NOUNS + VIEWPOINT_TO_NOUNS)
# ``به نقل از روابط عمومی X، CLAIM``: a press office's report (``office``: its words, when one
# stands first); ``به نقل از X، CLAIM``, a body's or an official's without one.
_OFFICES = "|".join(_phrase_pattern(office) for office in PRESS_OFFICES)
PRESS_OFFICE_SOURCE = GuardedCue.of(
    f"{WORD_START}(?P<cue>(?:{'|'.join(_phrase_pattern(phrase) for phrase in PRESS_OFFICE_REPORTED)})"
    f"(?=[ \u200c]+(?:{_OFFICES}){WORD_END})|{_phrase_pattern(QUOTED_FROM)}{WORD_END})"
    f"(?:[ \u200c]+(?P<office>{_OFFICES}){WORD_END})?",
    ("عمومی", "نقل"))
# ``براساس این گزارش، CLAIM``، ``این گزارش حاکی است، CLAIM``: a sentence opening on the report the
# article was credited to (indirect reads whose it is).
THIS_REPORT_CUE = GuardedCue.of(
    f"(?:^|(?<=[.!?؟؛]))[ \u200c]*(?P<cue>{'|'.join(_phrase_pattern(words) for words in THIS_REPORT_OPENERS + THIS_REPORT_SAYS)})"
    f"{WORD_END}[ \u200c]*[،,]?",
    ("گزارش",))
# ``گزارش مرکز آمار ایران حاکی است که CLAIM``: a report's finding opening a sentence (or after its
# credit's comma); ``maker`` the words naming whose report it is (indirect reads whether a body).
_REPORT_NOUNS = "|".join(_phrase_pattern(noun) for noun in REPORT_NOUNS)
REPORT_FINDING = GuardedCue.of(
    f"(?:^|(?<=[.!?؟؛،,]))[ \u200c]*(?:(?:{'|'.join(_phrase_pattern(w) for w in REPORT_FINDING_OPENERS)})[ \u200c]+)?"
    f"(?P<noun>{_REPORT_NOUNS})(?:[ \u200c]+(?:{'|'.join(_phrase_pattern(w) for w in REPORT_MAKER_SKIPS)}))?"
    f"(?P<maker>[ \u200c]+[^.!?؟؛:\n،,]{{2,120}}?)[ \u200c]+"
    f"(?P<cue>{'|'.join(_phrase_pattern(verb) for verb in REPORT_FINDING_VERBS)}){WORD_END}"
    f"(?:[ \u200c]+که{WORD_END})?[ \u200c]*[،,:]?",
    ("نشان", "حاکی", "حکایت"))
# ``بر اساس گزارش سازمان X، CLAIM``: a body's report the claim rests on (indirect reads whose).
REPORT_OF = GuardedCue.of(
    f"{WORD_START}(?P<cue>(?:{'|'.join(_phrase_pattern(p) for p in REPORT_OF_PREPOSITIONS)})[ \u200c]+"
    f"(?:(?:{'|'.join(_phrase_pattern(w) for w in REPORT_FINDING_OPENERS)})[ \u200c]+)?(?:{_REPORT_NOUNS})){WORD_END}",
    REPORT_NOUNS)
# ``... CLAIM و به گفته او CLAIM2``, ``... CLAIM اما به گفته پزشک CLAIM2``: a source named after و or a
# joiner of contrast takes the sentence over; the claim before ends there.
_JOINERS = "|".join(("و",) + CLAUSE_JOINERS)
SOURCE_TAKES_OVER = re.compile(f"{WORD_START}(?:{_JOINERS})[ \u200c]+(?={ACCORDING_TO.pattern.pattern})")
# ``... CLAIM اما خانواده‌ها می‌گویند CLAIM2``: a joiner of contrast, and the speech verb or belief
# of a clause after it that may report someone else.
CONTRAST_JOINER = re.compile(f"{WORD_START}(?:{'|'.join(CLAUSE_JOINERS)}){WORD_END}")
REPORTING_VERB = re.compile(f"{CUE_START}(?P<cue>{SPEECH_VERB}|{BELIEF}){WORD_END}")
# ``X گفت CLAIM و هشدار داد CLAIM2``, ``X می‌گوید CLAIM و معتقد است CLAIM2``: a second speech verb,
# or a belief of one person, joined by و, its own claim after it. (A plural belief, ``... والدین نگران
# هستند و معتقدند ...``, is the claim's own subject's as often.) Round 27: or by a joiner of contrast
# right before the verb, no subject between (``اعلام کردند CLAIM اما تاکید کردند که CLAIM2``).
SPEECH_JOINED = re.compile(
    f"{WORD_START}(?:{_JOINERS})[ \u200c]+(?P<cue>{SPEECH_VERB}|{BELIEF_OF_ONE}){WORD_END}")
NOT_AFTER_BELIEF = "|".join(word for word in CLAIM_NON_OPENERS if word != "که")  # که may open its claim
BELIEF_CUE = GuardedCue.of(
    f"{WORD_START}(?P<cue>{BELIEF})[ ،,]{{1,3}}(?!(?:{NOT_AFTER_BELIEF}){WORD_END})(?:که{WORD_END})?",
    [adjective.split()[-1] for adjective in STANCE_ADJECTIVES] + list(STANCE_NOUNS + PRESENT_STRESS_NOUNS))
# ``طرفداران تصور می‌کنند که CLAIM``: a group's belief or hope, read as BELIEF_CUE is, only for a
# group written out (indirect._believed_by_a_group).
GROUP_BELIEF_CUE = GuardedCue.of(
    f"{WORD_START}(?P<cue>{'|'.join(_phrase_pattern(verb) for verb in GROUP_BELIEF_VERBS)}){WORD_END}"
    f"[ ،,]{{1,3}}(?!(?:{NOT_AFTER_BELIEF}){WORD_END})(?:که{WORD_END})?",
    [verb.split()[0] if " " in verb else verb[-5:] for verb in GROUP_BELIEF_VERBS])
# A verb right after و: joined to a clause before it (... هستند و فکر می‌کنند).
JOINED_TO_A_CLAUSE = re.compile(f"{WORD_START}و[ \u200c]+$")
# ``X با بیان اینکه CLAIM، گفت``, ``با طرح این سوال که CLAIM``: the claim before the speech verb.
_OBJECTS = "|".join(_phrase_pattern(word) for word in SAYING_THAT_OBJECTS)
SAYING_THAT = GuardedCue.of(
    f"{WORD_START}(?:با|ضمن){JOINER}(?:{'|'.join(_phrase_pattern(noun) for noun in SAYING_THAT_NOUNS)})"
    f"(?:(?:{JOINER}این{JOINER}(?:{_OBJECTS}))?{JOINER}(?:اینکه|این{JOINER}که)|{JOINER}این{JOINER}(?:{_OBJECTS}){JOINER}که){WORD_END}",
    ("که",))
# ``X این وعده را داد که CLAIM``، ``این موضوع را مطرح کرد که CLAIM``: the noun of something said
# points forward to the که after its verb; the subject before it is the speaker (read as THAT_CUE).
_SAID_THINGS = "|".join(_phrase_pattern(noun) for noun in SAID_THINGS_BEFORE_THAT)
_SAID_THING_VERBS = "|".join([*_compound_pattern(RAISING_VERBS), *(_past_forms(light) for light in SAID_THING_LIGHT_VERBS)])
SAID_THING_THAT_CUE = GuardedCue.of(
    f"{CUE_START}(?P<cue>(?:این|همین){JOINER}(?:{_SAID_THINGS}){JOINER}را[ \u200c]+(?:{_SAID_THING_VERBS}))"
    f"[ ،,]{{1,3}}که{WORD_END}",
    SAID_THINGS_BEFORE_THAT)  # rarer in a field than که, so fewer fields are scanned
# ``با بیان ایکه CLAIM، گفت``, ``با اشاه به اینکه CLAIM، افزود``: SAYING_THAT typed a letter off, in
# اینکه after a known noun (``that``) or in a word of the noun before اینکه (``noun``, its words as
# many as the longest noun's); indirect reads which.
_SAYING_THAT_PHRASES = "|".join(_phrase_pattern(noun) for noun in SAYING_THAT_NOUNS)
_MAX_SAYING_THAT_WORDS = max(len(noun.split()) for noun in SAYING_THAT_NOUNS)
SAYING_THAT_SLIP = GuardedCue.of(
    f"{WORD_START}(?:با|ضمن){JOINER}(?:(?:{_SAYING_THAT_PHRASES}){JOINER}(?P<that>\\w{{{MIN_MISSPELT_CHARS},{len(SAYING_THAT_WORD) + 1}}})"
    f"|(?P<noun>\\w+(?:[ \u200c]{{1,2}}\\w+){{0,{_MAX_SAYING_THAT_WORDS - 1}}}){JOINER}(?:اینکه|این{JOINER}که)){WORD_END}",
    ("با", "ضمن"))
# A sentence opening on وی (after openers such as همچنین): the report speaking, not a quote.
NARRATOR_PRONOUN = re.compile(
    f"(?<=[.!؟?])[ \u200c]*(?:(?:{'|'.join(_phrase_pattern(opener) for opener in OPENERS)}) )?وی{WORD_END}")
# ``اینگونه واکنش نشان داد:``: words saying how what follows was said.
MANNER_OF_SAYING = re.compile(f"{WORD_START}(?:{'|'.join(_phrase_pattern(word) for word in MANNER_WORDS)}){WORD_END}")
# A colon, not one between the digits of a time (۱۷:۳۰).
COLON = re.compile(r"(?<!\d)[:：]|[:：](?!\d)")
# A stage direction in parentheses (می‌خندد، با خنده), no digit in it: how words after a colon were said.
STAGE_DIRECTION = re.compile(rf"\((?:[^()\d]{{1,{MAX_STAGE_DIRECTION_CHARS}}})\)")
# که as a word: where the clause of a verb inside a sentence starts.
THAT_WORD = re.compile(f"{WORD_START}که{WORD_END}")
# که or اینکه as a word: a clause opens inside the sentence.
CLAUSE_OPENER = re.compile(f"{WORD_START}(?:این{JOINER})?که{WORD_END}")
# را as a word: a judgement's object is marked with it.
OBJECT_MARKER = re.compile(f"{WORD_START}را{WORD_END}")
GUILLEMETS = re.compile(r"«(?P<inner>[^«»]{1,3000})»")
# ``«QUOTE» این را X گفت``: the object right after a quote that points back at it.
_POINTED_BACK = f"[ \u200c]*(?:{'|'.join(_phrase_pattern(words) for words in POINTED_BACK_OBJECTS)}){WORD_END}"
POINTED_BACK = re.compile(_POINTED_BACK)
# ``"QUOTE" این را X گفته است``: words in straight marks, a quote only when so pointed back at.
POINTED_STRAIGHT_QUOTE = re.compile(f'"(?P<inner>[^"«»\n]{{1,3000}})"(?={_POINTED_BACK})')

# A source line (به گزارش ...، بنا به نقل ...،), an agency tag, or the time stamp that opens
# an entry of a live report (``۲۳:۴۵ - ``).
SOURCE_LINE = re.compile(
    r"^(?:(?:به|بنا ?بر|بنابر|بنا به|طبق|براساس|بر اساس|بر ?پایه) ?(?:گزارش|نقل|این گزارش)[^،,:]{0,250}"
    r"(?:[،,] ?[^\s،,:]+ و [^،,:]{0,40})?[،,]\s*"  # a list in the source's name: سازمان صنعت، معدن و تجارت
    r"|\d{1,2}[:：]\d{2}\s*[-–:]?\s*)+"
    r"|^خبرگزاری \S+ ?[-–]\s*"
    r"|^(?:خبرگزاری \S+ ?[؛;]\s*)?یادداشت[^-–ـ:\n]{0,30}[-–ـ]\s*"  # an op-ed's byline: یادداشت میهمان ـ NAME
)

# One part of a dateline: words up to a dash or a slash, with no mark that ends a clause before it
# (خرم‌آباد - ، تهران- ایرنا- ، بروجرد (لرستان) – ، شیراز/ ); subjects.dateline_end judges its words.
_DATELINE_MARKS = re.escape(DATELINE_MARKS)
DATELINE_PART = re.compile(rf"[ \u200c]*[^.:،,؛«»\n{_DATELINE_MARKS}]{{1,60}}[{_DATELINE_MARKS}]")

# A source line that left its comma out (به گزارش خبرگزاری فارس از شیراز رضا کاظمی ... گفت): the
# agency or its reporter, by name (خبرگزاری written as one word or two: خبر گزاری), and the place
# it reports from.
AGENCY_SOURCE = re.compile(
    r"^(?:به|بنا ?بر|بنابر|بنا به|طبق|براساس|بر اساس) ?گزارش (?:[^\s،,:]+ ){0,3}?(?:خبر[ \u200c]?گزاری|خبرنگار) [^\s،,:]+"
    r"(?: از [^\s،,:]+)?\s+"
)

# A headline speaker: a few words before the first colon, after an optional
# rubric ending in | or /, or a first headline ending in ؛ (``افزایش ۳۰ درصدی ...؛ معاون بهداشت: ...``);
# a name in it may stand in guillemets (``رئیس دانشگاه در گفت‌وگو با «شرق‌نامه»: ...``).
HEADLINE_SPEAKER = re.compile(r"(?:[^:|/؛]{0,60}[|/؛] ?)?(?P<speaker>[^:|/؛\d]{2,50}?) ?[:：]")
# The last word of a sentence: a verb ending (است، می‌شود، هستیم، ...) or a question.
SENTENCE_ENDING = re.compile(r"(?:ست|د|م|ید|یم|ند|[؟?!]|\.\.\.)[\s.!؟?»\u200c]*$")
# Not the noun written apart (در گفت و گو با ...): a verb there would stand for a cue of its own.
NOT_A_SPEECH_NOUN = f"(?!{JOINER}(?:{'|'.join(_phrase_pattern(tail) for tail in SPEECH_NOUN_TAILS)}))"
PLAIN_SPEECH_VERB = re.compile(f"{WORD_START}(?:{SPEECH_VERB}){WORD_END}{NOT_A_SPEECH_NOUN}")
# A name written as dotted letters (آ.اس، بی.بی.سی، ج.ا.ا): one word, its full stops no sentence's end.
# Parts of one or two letters, a single letter first or three parts or more: شد.وی, a sentence run into
# the next with no space, is two words.
_LETTER = r"[^\W\d_]"
DOTTED_ABBREVIATION = (f"(?<!{_LETTER})(?:{_LETTER}(?:\\.{_LETTER}{{1,{MAX_ABBREVIATION_PART}}})+"
                       f"|{_LETTER}{{1,{MAX_ABBREVIATION_PART}}}(?:\\.{_LETTER}{{1,{MAX_ABBREVIATION_PART}}})"
                       f"{{{MIN_ABBREVIATION_PARTS - 1},}})(?!{_LETTER})")
# A word, or a comma (read as a word of its own).
WORD = re.compile(DOTTED_ABBREVIATION + r"|(?:[^\W_]|[\u200c\u064b-\u0652\u0670])+|[،,]")
# A word's parts as ZWNJ parts them (پیشرفت‌کرده: پیشرفت، کرده), or a comma: WORD without the ZWNJ.
# A team's or a club's word, with or without its sport (تیم، تیم فوتبال، باشگاه والیبال), before a team's name.
TEAM_HEAD = f"(?:{'|'.join(TEAM_NAME_HEADS)})(?: (?:{'|'.join(TEAM_SPORTS)}))?"
WORD_PART = re.compile(r"(?:[^\W_]|[\u064b-\u0652\u0670])+|[،,]")


def occurrences(text: str, phrase: str) -> list[int]:
    """Where a phrase starts in a text, as a word of its own at both ends (overlapping too)."""
    return [match.start() for match in re.finditer(f"(?={WORD_START}{re.escape(phrase)}{WORD_END})", text)]


@dataclass(frozen=True)
class Lexicon:
    """Phrases folded and run together, so spacing and ZWNJ do not matter.

    ``prefixes`` holds every beginning of a phrase, so a lookup can stop at
    the first word that cannot start one.
    """

    phrases: frozenset[str]
    prefixes: frozenset[str]


def make_lexicon(phrases) -> Lexicon:
    """Fold, run together and index the prefixes of a word list."""
    keys = frozenset("".join(fold_word(w) for w in phrase.split()) for phrase in phrases)
    return Lexicon(keys, frozenset(key[:n] for key in keys for n in range(1, len(key) + 1)))


ASKED = re.compile(f"(?<![\\w\u200c])(?:{'|'.join(_phrase_pattern(verb) for verb in ASKING_VERBS)})(?![\\w\u200c])")
ASKED_UNNAMED_COLON = re.compile(f"(?<![\\w\u200c])(?:{'|'.join(_phrase_pattern(verb) for verb in ASKED_UNNAMED)})[ \u200c]*:")
INTERVIEW_FRAME = re.compile("|".join(_phrase_pattern(word) for word in INTERVIEW_WORDS))
REPORT_TALK_FRAME = re.compile("|".join(_phrase_pattern(word) for word in INTERVIEW_WORDS + REPORT_TALK_WORDS))
# A headline's interview (گفت‌وگو، گفتوگو، گفت و گو، مصاحبه), with the ی or ای of its ezafe or indefinite.
HEADLINE_INTERVIEW = re.compile(f"{WORD_START}(?:{'|'.join(_phrase_pattern(word) for word in HEADLINE_INTERVIEW_WORDS)})")
# ``author``: the words after a document's noun, its issuer's (when there is such a noun).
# Also a statement pointed back to with no ``متن`` (``این نامه که ... بدین شرح است:``): its issuer is
# who the paragraph before names, as for ``متن بیانیه``, never words after its noun (که به امضای ...).
DOCUMENT_TEXT_FRAME = re.compile(
    f"{WORD_START}(?:{DOCUMENT_TEXT_NOUN}{WORD_END}(?:[ \u200c]+{DOCUMENT_TEXT_WHOLE}{WORD_END})?"
    f"(?:[ \u200c]+(?:(?:این|آن)[ \u200c]+)?(?:{'|'.join(DOCUMENT_NOUNS)})(?:{JOINER}(?:ی|های))?{WORD_END}"
    f"(?P<author>[^.:؟?!]{{0,{MAX_DOCUMENT_AUTHOR_CHARS}}}))?"
    f"|(?:این|آن)[ \u200c]+(?:{'|'.join(STATEMENT_NOUNS)}){WORD_END})[^.:؟?!]{{0,120}}"
    f"(?:{'|'.join(_phrase_pattern(words) for words in AS_FOLLOWS)}){WORD_END}[^.:؟?!]{{0,30}}[:：][\\s]*$")
# A verb of writing that is the second half of a noun (پی نوشت:، a heading of footnotes) is no cue.
_NOT_A_NOUN_OF_WRITING = "".join(f"(?<!{WORD_START}{fold_letters(prefix)}[ ])" for prefix in WRITING_NOUN_PREFIXES)
# ``X در سرمقاله خود ... نوشت:`` / ``X با صدور اطلاعیه‌ای اعلام کرد:`` ending a paragraph: a written text
# follows (constants.WRITTEN_TEXT_NOUNS). Searched on the paragraph's last sentence.
WRITTEN_TEXT_CUE = re.compile(
    f"(?:{WORD_START}(?:{'|'.join(_phrase_pattern(words) for words in WRITTEN_IN)})[ \u200c]+(?:(?:این|آن)[ \u200c]+)?"
    f"(?:{'|'.join(_phrase_pattern(fold_letters(noun)) for noun in WRITTEN_TEXT_NOUNS)})(?:{JOINER}(?:ای|ی|های))?{WORD_END}"
    f"[^.:؟?!]{{0,{MAX_WRITTEN_CUE_CHARS}}}"
    f"|{WORD_START}{_NOT_A_NOUN_OF_WRITING}(?:{'|'.join(_phrase_pattern(fold_letters(verb)) for verb in WRITING_VERBS)}){WORD_END}[ \u200c]*)"
    f"[:：][\\s]*$")
# ``به قلم X آورده است:``: the writer's name runs from after به قلم to the verb of writing.
WRITER_NAMED = re.compile(
    f"{WORD_START}{_phrase_pattern(WRITTEN_BY)}[ \u200c]+(?P<writer>[^.:؟?!،«»]+?)[ \u200c]+"
    f"(?:{'|'.join(_phrase_pattern(fold_letters(verb)) for verb in WRITING_VERBS)}){WORD_END}[ \u200c]*[:：][\\s]*$")
# ``نظر خود را ... قرار داد:``: a noun of what was said, then (a few words on) its object marker.
SPEECH_OBJECT = re.compile(
    f"{WORD_START}(?:{'|'.join(_phrase_pattern(fold_letters(noun)) for noun in SPEECH_OBJECT_NOUNS)})"
    f"(?:{JOINER}(?:خود|خویش|ش|اش|شان))?{WORD_END}(?:[ \u200c]+[^ \u200c.:؟!،]+){{0,3}}?[ \u200c]+را{WORD_END}")
HONORIFIC_LEXICON = make_lexicon(HONORIFICS)
ROLE_LEXICON = make_lexicon(ROLE_HEADS + DESCRIPTION_HEADS + MORE_DESCRIPTION_HEADS + RELATION_HEADS)
# Offices and posts only (مسئول، سرمربی ...), not descriptions or kin (خانواده، ستاره).
OFFICE_LEXICON = make_lexicon(ROLE_HEADS)


def _stuttered(word: str) -> set[str]:
    """The word typed with one letter, or two letters in a row, written twice (معاوون، کارشناساس)."""
    return ({word[:n + 1] + word[n:] for n in range(len(word))}
            | {word[:n + 2] + word[n:n + 2] + word[n + 2:] for n in range(len(word) - 1)})


# One-word role heads typed with a stutter, to the head they stand for: a role read as a name
# (معاوون وزیر ... گفت) is a person nobody is. Not a head with an ending (قهرمانان، بانویی).
ROLE_HEAD_STUTTERS = {
    typo: head
    for head in {fold_word(phrase) for phrase in ROLE_HEADS + DESCRIPTION_HEADS + MORE_DESCRIPTION_HEADS
                 if " " not in phrase and len(phrase) >= MIN_TYPO_LENGTH - 1}
    for typo in _stuttered(head) if typo != head and typo not in (head + ending for ending in WORD_ENDINGS)
}
RELATION_LEXICON = make_lexicon(RELATION_HEADS)
HONOURING_LEXICON = make_lexicon(HONOURING_ROLE_HEADS)
SUBORDINATOR_LEXICON = make_lexicon(SUBORDINATORS)
ORGANISATION_LEXICON = make_lexicon(ORGANISATION_HEADS + MORE_ORGANISATION_HEADS)
FOREIGN_OUTLET_LEXICON = make_lexicon(FOREIGN_OUTLETS)
PRONOUN_LEXICON = make_lexicon(PRONOUNS)
TEXT_LEXICON = make_lexicon(TEXT_NOUNS)
TEXT_POINTER_KEYS = frozenset(fold_word(word) for word in TEXT_POINTERS)
OPENER_LEXICON = make_lexicon(OPENERS + THIS_REPORT_OPENERS)
REFLEXIVE_SOURCE_KEYS = frozenset(fold_word(word) for word in REFLEXIVE_SOURCES)
KIN_KEYS = frozenset(fold_word(word) for word in KIN_HEADS)
# The relations that are offices (سخنگوی، وکیل، مشاور ...: RELATION_HEADS but kin), as a title's
# role_key opens on them.
RELATION_OFFICE_KEYS = tuple(role_key(head) for head in RELATION_HEADS if head not in KIN_HEADS)
REPORT_NOTE_LEXICON = make_lexicon(REPORT_NOTES)
NOT_PAST_BEFORE_KEYS = frozenset(fold_word(word) for word in NOT_PAST_BEFORE)
# The copulas after a perfect's participle (گفته است، اعلام کرده‌اند), folded.
PERFECT_AUXILIARY_KEYS = frozenset(fold_word(word) for word in PERFECT_AUXILIARIES)
REQUEST_TO_SPEAK_KEYS = frozenset("".join(fold_word(word) for word in phrase.split()) for phrase in REQUESTS_TO_SPEAK)
QUOTE_JOINING_LEXICON = make_lexicon(QUOTE_JOINING_WORDS)
IMPLIED_SUBJECT_LEXICON = make_lexicon(IMPLIED_SUBJECT_OPENERS)
# ``... اعلام شد و بر این اساس CLAIM``: the connective opening a passive's claim after و.
ACCORDINGLY_LEXICON = make_lexicon(AGENT_PASSIVE_ACCORDINGLY)
CONCESSIVE_LEXICON = make_lexicon(CONCESSIVE_OPENERS)
# The third person singular present of the plain speech verbs (می‌گوید، می‌افزاید), run together.
PRESENT_SPEECH_KEYS = frozenset(fold_word(f"می{present}د") for _, present in SIMPLE_SPEECH_VERBS)
# One-word heads of roles, descriptions and organisations, and team words: a person's name holds none.
NAME_HEAD_WORDS = frozenset(fold_word(head) for head in ROLE_HEADS + DESCRIPTION_HEADS + ORGANISATION_HEADS
                            + MORE_DESCRIPTION_HEADS + MORE_ORGANISATION_HEADS + RELATION_HEADS
                            if " " not in head) | TEAM_WORDS
# One-word heads of a person's office, description or relation (no body, no team): what a
# possessive ending may follow on someone the report speaks of through another (مادرش، مربی‌اش).
PERSON_HEAD_WORDS = frozenset(fold_word(head) for head in ROLE_HEADS + DESCRIPTION_HEADS + MORE_DESCRIPTION_HEADS
                              + RELATION_HEADS if " " not in head) | PERSON_DESCRIPTIONS
