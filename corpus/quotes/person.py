"""Is this a person's name? The check every speaker candidate passes.

A subject read from a clause may be a name (``علی رضایی``), a name with the
sentence run into it (``مصطفی پورمحمدی عصرامروز``), or no name at all
(``باید``، ``حدود سه درصد``، ``ستاره تیم فوتبال چلسی``). Two questions:

* where does a name end? Before the first word no name holds: a hazm stop
  word or function word (save the few that are name parts: زاده، ولی ...),
  a time word or a weekday (also run into the word before: عصرامروز), a
  quantity, a reporting or belief word, a finite verb (hazm's verb list,
  conjugated), a digit. A particle of a foreign name (فان، ده) goes on, and
  so does a weekday or a time word right after a given name: the surname
  (عبدالله جمعه، رضا بامداد), unless the words after make it a time (جمعه گذشته).
* is what is left a person? Not when it is empty, longer than
  MAX_NAME_WORDS, or holds a word that describes rather than names (the
  caller's heads: roles, descriptions such as مادر، پیکر، ستاره,
  organisations, team words). One-word names (برانکو، سلمان) and foreign
  names in Persian script pass: they are names by elimination.

Given names come from three lists: FIRST_NAMES (corpus.names, hand-kept,
unambiguous, used to find where a name starts inside a role phrase); the
~17,000 Iranian given names of the persian-gender-detection package, which
also holds ordinary words (اما، روز، مادر) and so only confirms a name
already bounded (a one-word name, a full name written elsewhere in the
article); and FOREIGN_GIVEN_NAMES, hand-written, as no package lists
foreign given names in Persian script.
"""

from __future__ import annotations

from functools import lru_cache

from corpus.names import FIRST_NAMES
from corpus.orthography import fold_word, hazm_data_file, stop_words
from corpus.quotes.constants import (
    COMPARATIVE_ENDING,
    COPULAS,
    DAYS_FROM_TODAY,
    FOREIGN_GIVEN_NAMES,
    GLUED_TIME_WORDS,
    INFINITIVE_ENDING,
    LIGHT_VERBS,
    MANNER_OF_SPEAKING,
    MANNER_PARTICIPLE_ALONE,
    MANNER_PARTICIPLE_ENDINGS,
    MAX_NAME_WORDS,
    MIN_DOUBLED_HALF,
    MIN_ONE_WORD_NAME,
    MIN_POSSESSED_STEM,
    NAME_HALF_PREPOSITIONS,
    NEGATIVE_PREFIX,
    NAME_PARTICLES,
    NAME_PARTS_IN_STOP_WORDS,
    PARTICLE_NEVER_BEFORE,
    ORDINAL_SUFFIX,
    SUPERLATIVE_SUFFIX,
    SURNAMES_IN_TIME_WORDS,
    WEEKDAY_TIME_PARTNERS,
    ORDINAL_WORDS,
    PARTICIPLE,
    PARTS_OF_THE_BODY,
    PAST_ENDINGS,
    PEOPLE_PLURAL_ENDING,
    PERFECT_ENDINGS,
    PERFECT_PLURAL_ENDING,
    PLURAL_ENDINGS,
    PLURAL_VERB_ENDING,
    PREPOSITIONS_NOT_STOP_WORDS,
    POSSESSIVE_ENDINGS,
    POSSESSIVE_PLURAL_ENDINGS,
    PRESENT_ENDINGS,
    PRESENT_PREFIXES,
    QUANTITY_WORDS,
    REPORTING_WORDS,
    REQUEST_WORDS,
    SECOND_PERSON_WORDS,
    SEASONS_AND_MONTHS,
    SUBJUNCTIVE_PREFIX,
    TIME_QUALIFIERS,
    TIME_WORDS,
    VOWEL_LETTERS,
    WEEKDAY_TAIL,
    WEEKDAYS,
    WORD_ENDINGS,
    WRITTEN_VOWELS,
)


@lru_cache(maxsize=1)
def _verb_stems() -> tuple[tuple[str, str], ...]:
    """hazm's verbs as (past stem, present stem) pairs, read once for every form built from them."""
    lines = hazm_data_file("verbs.dat").read_text(encoding="utf-8").split()
    return tuple((past, present) for past, _, present in (line.partition("#") for line in lines))


@lru_cache(maxsize=1)
def verb_forms() -> frozenset[str]:
    """Finite verb forms made from hazm's verb stems, folded: past, present, past continuous
    (می‌آمد) and perfect written as one word (داشته‌اند). A bare or personal past (کشید،
    کشیدند) counts unless hazm's lexicon also knows it as a noun or adjective (ستاد، مرد،
    کرد؛ مردم، کشتی، شدید)."""
    forms: set[str] = set()
    past_stems, personal = set(), set()
    for past, present in _verb_stems():
        if past:
            personal.update(fold_word(past + ending) for ending in PAST_ENDINGS)
            forms.update(fold_word(prefix + past + ending)  # می‌آمد، نمی‌کردند
                         for prefix in PRESENT_PREFIXES for ending in ("",) + PAST_ENDINGS)
            forms.update(fold_word(past + PARTICIPLE + ending) for ending in PERFECT_ENDINGS)  # داشته‌اند
            past_stems.add(fold_word(past))
        if present:
            forms.update(fold_word(prefix + present + ending)
                         for prefix in PRESENT_PREFIXES for ending in PRESENT_ENDINGS)
    return frozenset(forms | ((past_stems | personal) - _lexicon_kinds()["noun"]))


@lru_cache(maxsize=1)
def _infinitives() -> frozenset[str]:
    """Infinitives made from hazm's past stems, folded (آمدن، رفتن): a verb's noun, never a word of a
    name (به دنیا آمدن حسن: دنیا is a given name too, the infinitive ends no name)."""
    return frozenset(fold_word(past + INFINITIVE_ENDING) for past, _ in _verb_stems() if past)


def is_finite_verb(key: str) -> bool:
    """A folded word that ends a clause as a verb: a form from hazm's stems, a subjunctive
    (بگیرد), a light verb's past or participle (کرد، شده: nouns too in hazm's lexicon; شده
    stands for شده است), a copula (است، هستند، باشد), or any of them negated (نکرد، نیست)."""
    return any(form in verb_forms() or form in _clause_verbs()
               for form in (key, key[1:] if key.startswith("ن") else ""))


def is_past_participle(key: str) -> bool:
    """A past participle, negated or not (گرفته، نمانده): a past stem with ه, known by its plural
    past (گرفتند); before و it ends a clause as a perfect does (قرار گرفته و ...)."""
    participle = key[1:] if key.startswith("ن") and key[1:].endswith(PARTICIPLE) else key
    return participle.endswith(PARTICIPLE) and participle[:-1] + "ند" in verb_forms()


def is_second_person(key: str) -> bool:
    """شما and its kin, or a verb addressed to شما: a form ending in ید whose first-person plural
    is a verb too (کردید / کردیم; not رسید, a past stem, nor شدید, an adjective), after no vowel
    (می‌آید and می‌گوید speak of him: to شما it is می‌آیید); or a perfect in اید (گرفته‌اید); or
    any of these negated (نرفتید، نمی‌دانید)."""
    if key.startswith(NEGATIVE_PREFIX) and len(key) > 4 and is_second_person(key[len(NEGATIVE_PREFIX):]):
        return True
    if key.endswith(PARTICIPLE + "اید"):  # the perfect: گرفته‌اید
        return key in verb_forms()
    stem = key[:-2]
    return key in SECOND_PERSON_WORDS or (key.endswith("ید") and not stem.endswith(VOWEL_LETTERS)
                                          and key in verb_forms() and stem + "یم" in verb_forms())


@lru_cache(maxsize=1)
def _bare_pasts() -> frozenset[str]:
    """hazm's past stems, folded, also those its lexicon knows as nouns (رسید، کرد، مرد)."""
    return frozenset(fold_word(past) for past, _ in _verb_stems() if past)


def is_bare_past(key: str) -> bool:
    """Is the folded word a past stem as a verb's past (رسید), though it may be a noun too?"""
    return key in _bare_pasts()


@lru_cache(maxsize=1)
def _plural_verbs() -> frozenset[str]:
    """Third person plural forms made from hazm's verb stems, folded: past (کردند، نمی‌گفتند),
    present (می‌گویند) and perfect written as one word (کرده‌اند)."""
    forms: set[str] = set()
    for past, present in _verb_stems():
        if past:
            forms.update(fold_word(prefix + past + PLURAL_VERB_ENDING) for prefix in ("", *PRESENT_PREFIXES))
            forms.add(fold_word(past + PARTICIPLE + PERFECT_PLURAL_ENDING))
        if present:
            forms.update(fold_word(prefix + present + PLURAL_VERB_ENDING) for prefix in PRESENT_PREFIXES)
    return frozenset(forms)


def is_plural_verb(key: str) -> bool:
    """Is the folded word a verb's third person plural (گفتند، می‌گویند، کرده‌اند)?"""
    return key in _plural_verbs()


@lru_cache(maxsize=1)
def _clause_verbs() -> frozenset[str]:
    """Verbs that end a clause but are left out of verb_forms, which also says where a name
    ends: subjunctives (بگیرد, but also بن‌شاد, a given name), light verbs' pasts and
    participles, copulas."""
    subjunctives = set()
    for _, present in _verb_stems():
        if present:
            subjunctives.update(fold_word(SUBJUNCTIVE_PREFIX + present + ending) for ending in PRESENT_ENDINGS)
    light = {fold_word(past + ending) for past in (*LIGHT_VERBS, "بود") for ending in ("", PARTICIPLE)}
    return frozenset((subjunctives - _lexicon_kinds()["noun"]) | light | COPULAS)


@lru_cache(maxsize=1)
def _lexicon_kinds() -> dict[str, frozenset[str]]:
    """From hazm's lexicon, folded: "noun" (tagged noun or adjective), "adjective" (tagged
    adjective, often also noun: عمیق، مهربان) and "function" (tagged, but never as a noun or
    adjective: گرچه، هرگونه، لااقل)."""
    nouns, adjectives, functions = set(), set(), set()
    for line in hazm_data_file("words.dat").read_text(encoding="utf-8").splitlines():
        word, _, tags = (line.split("\t") + ["", "", ""])[:3]
        kinds = set(tags.split(",")) - {"", "0"}
        if kinds & {"N", "AJ"}:
            nouns.add(fold_word(word))
            if "AJ" in kinds:
                adjectives.add(fold_word(word))
        elif kinds:
            functions.add(fold_word(word))
    return {"noun": frozenset(nouns), "adjective": frozenset(adjectives), "function": frozenset(functions)}


def is_lexicon_noun(key: str) -> bool:
    """Does hazm's lexicon list the folded word as a noun or adjective (دانشگاه، تهران)?"""
    return key in _lexicon_kinds()["noun"]


def is_lexicon_adjective(key: str) -> bool:
    """Does hazm's lexicon list the folded word as an adjective (عمیق، مهربان; not نور)?"""
    return key in _lexicon_kinds()["adjective"]


def is_lexicon_noun_or_with_ye(key: str) -> bool:
    """Is the folded word a noun of hazm's lexicon, or one with ی after it (تمایلی، مهربانی)?
    Neither reads as a surname standing alone."""
    return is_lexicon_noun(key) or key.endswith("ی") and is_lexicon_noun(key[:-1])


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """FIRST_NAMES and the package's given names, folded (آ as ا, as the package writes it)."""
    from persian_gender_detection.gender.iranian_names_dataset import names

    return frozenset(fold_word(name) for name in names) | frozenset(_package_form(n) for n in FIRST_NAMES)


def _package_form(key: str) -> str:
    return key.replace("آ", "ا")


@lru_cache(maxsize=1)
def function_words() -> frozenset[str]:
    """Words no name holds though hazm does not list them as stop words (گرچه، هرگونه)."""
    return _lexicon_kinds()["function"] - given_names()


def is_given_name(key: str) -> bool:
    """A folded word that is someone's given name (wide list: also true of some ordinary words)."""
    return _package_form(key) in given_names()


def is_foreign_given_name(key: str) -> bool:
    """A foreign given name as Persian news spells it (کریستیانو، یورگن): no package lists them."""
    return key in FOREIGN_GIVEN_NAMES


def unlisted_word(key: str) -> bool:
    """A word no list knows in any form: not a given name, not a word of hazm's lexicon, nor
    one with a Persian ending on such a word (انسان‌های، رسمی), nor a stop word or verb. Before
    a surname the article quotes, such a word is a given name no list holds (نلو، امریک)."""
    return (len(key) >= MIN_ONE_WORD_NAME and not non_name_kind(key) and not is_given_name(key)
            and not is_lexicon_noun(key) and not is_possessed_noun(key)
            and not any(key.endswith(ending) and is_lexicon_noun(key[:-len(ending)]) for ending in WORD_ENDINGS))


def non_name_kind(key: str, previous: str = "") -> str:
    """Why a folded word cannot be part of a name ("" when it can): digit, weekday, time,
    reporting (or asking: خواستار), quantity (or an ordinal: دومین), a possessive plural
    (صحبت‌هایش), a superlative (مهم‌ترین), stop word (or a preposition hazm's list misses: توسط)
    or verb. ``previous`` is the word before it (سه شنبه)."""
    if key == WEEKDAY_TAIL and previous in QUANTITY_WORDS:
        return "weekday"
    return _word_kind(key)


@lru_cache(maxsize=1 << 16)
def _word_kind(key: str) -> str:
    """non_name_kind of a word alone: the same few thousand words come up in every clause."""
    if any(ch.isdigit() for ch in key):
        return "digit"
    if key in WEEKDAYS:
        return "weekday"
    if key in TIME_WORDS or any(key.endswith(t) and len(key) > len(t) + 1 for t in GLUED_TIME_WORDS) or any(
            key.endswith(ending) and key[:-len(ending)].rstrip("\u200c") in TIME_WORDS for ending in PLURAL_ENDINGS):
        return "time"  # also plural: روزهای پیش، هفته‌ها
    if key in REPORTING_WORDS or key in REQUEST_WORDS:
        return "reporting"
    if key in QUANTITY_WORDS or key in ORDINAL_WORDS or _ordinal(key):
        return "quantity"
    if key.endswith(POSSESSIVE_PLURAL_ENDINGS):
        return "possessive"
    if _is_superlative(key):
        return "superlative"
    if key in stop_words() and key not in NAME_PARTS_IN_STOP_WORDS or key in function_words() \
            or key in PREPOSITIONS_NOT_STOP_WORDS:
        return "stop word"
    if key in verb_forms() or key in _infinitives():
        return "verb"
    return ""


@lru_cache(maxsize=1 << 16)
def is_possessed_noun(key: str) -> bool:
    """A noun or adjective with a possessive ending (عمیقش، صدایش): the clause's, never a name's
    (اعتقاد عمیقش را بازگو می‌کند). Not a word that is a noun or a given name as it stands
    (آرامش، سروش): the stem must be a word of hazm's lexicon, the whole neither. Names only:
    a role may end on a place so made (رئیس اداره ... املش)."""
    if is_lexicon_noun(key) or is_given_name(key):
        return False
    for ending, stem_ends in POSSESSIVE_ENDINGS:
        stem = key[:-len(ending)]
        if key.endswith(ending) and len(stem) >= MIN_POSSESSED_STEM and is_lexicon_noun(stem):
            return stem[-1] in stem_ends if stem_ends else stem[-1] not in WRITTEN_VOWELS
    return False


def stands_before_its_noun(key: str) -> bool:
    """An ordinal or a superlative (آخرین، دومین، بهترین): it stands before the noun it
    describes, so after a role it opens the next noun phrase, not the role's chain."""
    return key in ORDINAL_WORDS or _ordinal(key) or _is_superlative(key)


def _is_superlative(key: str) -> bool:
    """An adjective with ترین (مهم‌ترین، بزرگترین): the clause's, never a name's, an
    organisation's or a role's last word (بولتن ... مهمترین عنوان خبری خود را). Not a name
    ending so (کاترین): the stem must be a word of hazm's lexicon."""
    stem = key[:-len(SUPERLATIVE_SUFFIX)].rstrip("\u200c") if key.endswith(SUPERLATIVE_SUFFIX) else ""
    return len(stem) >= 2 and is_lexicon_noun(stem) and not is_given_name(key)


def opens_time_phrase(keys: list[str]) -> bool:
    """Do the first folded words say when (امروز، سه‌شنبه، تابستان گذشته، اسفند ۱۳۹۸)?

    A season or month alone may be a given name (بهار، بهمن): it counts only
    with a word after it that makes it a time (گذشته، امسال، a number).
    """
    if not keys:
        return False
    if keys[0] in TIME_WORDS or keys[0] in WEEKDAYS:
        return True
    following = keys[1] if len(keys) > 1 else ""
    return keys[0] in SEASONS_AND_MONTHS and (following in TIME_QUALIFIERS or following.isdigit())


def _ordinal(key: str) -> bool:
    """A number and مین (سیمین: thirtieth), unless the word is a given name spelt so (سیمین)."""
    return key.endswith(ORDINAL_SUFFIX) and key[:-len(ORDINAL_SUFFIX)] in QUANTITY_WORDS and key not in FIRST_NAMES


def name_end(keys: list[str] | tuple[str, ...]) -> int:
    """How many of the folded words form the name: it ends before the first non-name word.

    A particle (کی روش، ده روسی) goes on to the word after it, unless it opens
    the name and is a number (ده نفر); so does a light verb's past after a given
    name (غلامرضا کرد زنگنه), and a verb form opening it (داوید ویا). A possessed noun
    (اعتقاد عمیقش) ends it too, as do a part of the body (محمدرضا | نفس عمیقی کشید و گفت)
    and a word telling how someone speaks (مریم | آهسته گفت).
    """
    for n, key in enumerate(keys):
        if _in_name_anyway(keys, n):
            continue
        if non_name_kind(key, keys[n - 1] if n else "") or len(key) < 2 or is_possessed_noun(key) \
                or _part_of_the_body(keys, n) or tells_manner(key, keys[n + 1] if n + 1 < len(keys) else ""):
            return n
    return len(keys)


def _part_of_the_body(keys: list[str] | tuple[str, ...], n: int) -> bool:
    """Is keys[n] a part of the body after a name (محمدرضا | نفس عمیقی کشید) or before the one it
    is of (صورت پسرک، چشمان نادری)? Alone it is the noun of a light verb (صورت گرفت، نگاه کرد),
    which the clause's reading knows."""
    if keys[n] not in PARTS_OF_THE_BODY:
        return False
    return n > 0 or n + 1 < len(keys) and not non_name_kind(keys[n + 1], keys[n])


def tells_manner(key: str, following: str = "") -> bool:
    """Does the folded word tell how someone speaks (آهسته، گریه‌کنان، هق‌هق، بریده بریده،
    نزدیک‌تر)? Story and reportage write it between the subject and the verb of saying; it opens
    the predicate, so a name read on into it is no name (مریم آهسته گفت) and a clause opening on
    it has no subject written (the one before keeps the floor). ``following`` is the word after
    it: the same word again in a doubling (بریده بریده), or «کنان» after the noun it makes a
    participle of (هق‌هق کنان، گریه کنان)."""
    return (key in MANNER_OF_SPEAKING or MANNER_PARTICIPLE_ALONE in (key, following) or _manner_participle(key)
            or _doubled(key, following) or _comparative(key))


def _manner_participle(key: str) -> bool:
    """A present participle of manner in one word (گریه‌کنان، لبخندزنان، نفس‌زنان), not the plural
    of a doer's noun ending so (بازیکنان، ساکنان: players, residents)."""
    return (any(key.endswith(ending) and len(key) > len(ending) + 1 for ending in MANNER_PARTICIPLE_ENDINGS)
            and not is_lexicon_noun(key[:-len(PEOPLE_PLURAL_ENDING)]))


def _doubled(key: str, following: str) -> bool:
    """A word said twice, apart or in one (بریده بریده، دوان‌دوان): reduplication tells a manner,
    and no name repeats a word; a word of address so made (بابا، کاکا) is a given name."""
    if is_given_name(key) or non_name_kind(key):
        return False
    half = len(key) // 2
    return following == key or (len(key) % 2 == 0 and half >= MIN_DOUBLED_HALF and key[:half] == key[half:]
                                and not non_name_kind(key[:half]))


def _comparative(key: str) -> bool:
    """A comparative of an adjective hazm lists (نزدیک‌تر، آرام‌تر), itself no word of the
    lexicon nor a given name (دفتر، اختر are)."""
    stem = key[:-len(COMPARATIVE_ENDING)]
    return (key.endswith(COMPARATIVE_ENDING) and len(stem) >= MIN_ONE_WORD_NAME and is_lexicon_noun(stem)
            and not is_lexicon_noun(key) and not is_given_name(key))


def _in_name_anyway(keys: list[str] | tuple[str, ...], n: int) -> bool:
    """Is keys[n] part of the name though alone no name holds it: a particle and the word
    after it (کی روش), a light verb inside a name, a verb form opening one?"""
    return (_particle(keys, n) or n > 0 and _particle(keys, n - 1) or _light_verb_in_name(keys, n)
            or _verb_opening_name(keys, n) or time_word_surname(keys, n) or _surname_half_apart(keys, n))


def _surname_half_apart(keys: list[str] | tuple[str, ...], n: int) -> bool:
    """Is keys[n] a preposition closing the name, right before its comma or its verb, after a word
    a name may hold: the second half of a surname written with a space for its ZWNJ (رضا نیک بین،
    علی خرم روی گفت)? A preposition with no object after it is no preposition; read as one, the
    surname is cut to its first half (رضا نیک) in this spelling only."""
    return (n > 0 and keys[n] in NAME_HALF_PREPOSITIONS and (n + 1 == len(keys) or keys[n + 1] == ",")
            and not non_name_kind(keys[n - 1]) and len(keys[n - 1]) > 1)


def time_word_surname(keys: list[str] | tuple[str, ...], n: int) -> bool:
    """Is keys[n] a time word that is also a surname, right after the given name that opens
    the name (رضا بامداد)? A clause seldom names its subject by the given name alone."""
    return n == 1 and (keys[1] in SURNAMES_IN_TIME_WORDS and is_given_name(keys[0]) or _weekday_surname(keys))


def _weekday_surname(keys: list[str] | tuple[str, ...]) -> bool:
    """Is keys[1] a weekday that is the surname of the given name before it (عبدالله جمعه روز
    گذشته گفت، حسن جمعه مدیرعامل ...)? News date an act by «روز جمعه» or «جمعه گذشته», not by a
    bare weekday after the subject's given name; a weekday with a part of the day or a qualifier
    after it (علی جمعه گذشته گفت، مریم شنبه شب) is the time, unless that part of the day is
    today's (علی جمعه صبح امروز گفت). Only a given name of the kept list (not روز، نماز of the
    wide one) opens such a name."""
    return (keys[1] in WEEKDAYS and keys[0] in FIRST_NAMES
            and not (len(keys) > 2 and keys[2] in WEEKDAY_TIME_PARTNERS
                     and not (len(keys) > 3 and keys[3] in DAYS_FROM_TODAY)))


def weekday_of_a_time_phrase(keys: list[str] | tuple[str, ...], n: int) -> bool:
    """Is keys[n] a weekday that the word after it makes a time (مریم | شنبه شب به ما گفت)? The
    subject's reading stops before a time word (شب) and would leave the weekday last, where it
    reads as a surname: it is cut there, while the word after it is still in sight."""
    return n == 1 and keys[1] in WEEKDAYS and not time_word_surname(keys, n)


def _verb_opening_name(keys: list[str] | tuple[str, ...], n: int) -> bool:
    """Is keys[n] a rare verb form opening a name (داوید ویا: hazm lists داویدن) with a name
    word after it? A Persian clause never opens on its verb."""
    return n == 0 and len(keys) > 1 and _word_kind(keys[0]) == "verb" and not non_name_kind(keys[1], keys[0])


def _light_verb_in_name(keys: list[str] | tuple[str, ...], n: int) -> bool:
    """Is keys[n] a light verb's past (کرد، زد) right after a given name and before a name
    word? A verb never follows its subject's given name with nothing between, so it is part
    of the surname: غلامرضا کرد زنگنه."""
    return (0 < n < len(keys) - 1 and keys[n] in LIGHT_VERBS and keys[n - 1] in FIRST_NAMES
            and not non_name_kind(keys[n + 1], keys[n]))


def _particle(keys: list[str] | tuple[str, ...], n: int) -> bool:
    """Is keys[n] a name particle that a name word follows? A noun hazm also lists as a
    stop word is one after it (کی روش: روش is a stop word)."""
    key = keys[n]
    if key not in NAME_PARTICLES or n + 1 >= len(keys):
        return False
    following = keys[n + 1]
    kind = non_name_kind(following, key)
    if kind and not (kind == "stop word" and _noun_stop_word(following)):
        return False
    return n > 0 or key not in QUANTITY_WORDS


def _noun_stop_word(key: str) -> bool:
    """A stop word hazm's lexicon tags as a noun, of MIN_ONE_WORD_NAME letters or more
    (روش، راه), which may end a foreign name after a particle; not a pronoun or a
    demonstrative (این، آن، او)."""
    return (len(key) >= MIN_ONE_WORD_NAME and is_lexicon_noun(key)
            and key not in PARTICLE_NEVER_BEFORE)


def is_person_name(keys: tuple[str, ...] | list[str], heads: frozenset[str] = frozenset()) -> bool:
    """Can these folded words (honorifics dropped) be a person's name?

    ``heads`` are the one-word heads of roles, descriptions and organisations
    (مدیر، ستاره، سازمان): a name holds none of them.
    """
    if len(keys) == 1 and not _one_word_name(keys[0]):
        return False
    return 0 < len(keys) <= MAX_NAME_WORDS and name_end(keys) == len(keys) and not any(key in heads for key in keys)


def _one_word_name(key: str) -> bool:
    """A name of one word: not a part that only joins others (ولی، زاده), and of three letters
    or more unless it is a known given name (یه، اس are not names)."""
    return key not in NAME_PARTS_IN_STOP_WORDS and (
        len(key) >= MIN_ONE_WORD_NAME or is_given_name(key) or is_foreign_given_name(key))


def name_flags(name: str) -> list[tuple[str, str]]:
    """(why, word) for each word of a shown name that no name holds (bench/speaker_hygiene.py);
    a particle or a light verb inside a name (ده روسی، کرد زنگنه) is the name's, as for name_end."""
    words = name.split()
    keys = [fold_word(word) for word in words]
    return [(kind, word) for n, (word, key) in enumerate(zip(words, keys))
            if (kind := non_name_kind(key, keys[n - 1] if n else ""))
            and not _in_name_anyway(keys, n)]


def one_edit_apart(a: str, b: str) -> bool:
    """One letter replaced, added or dropped, or two neighbours swapped: a typo (a surname typed
    two ways, a speech verb typed a letter off)."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    for n, (x, y) in enumerate(zip(a, b)):
        if x != y:
            if len(a) != len(b):
                return a[n:] == b[n + 1:]
            swapped = a[n + 1:n + 2] == y and b[n + 1:n + 2] == x
            return a[n + 1:] == b[n + 1:] or swapped and a[n + 2:] == b[n + 2:]
    return True
