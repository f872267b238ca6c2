"""Who said what: quotes and their speakers in one Persian news article.

Persian news reports speech in a few fixed shapes:

* direct:    ``محمدی با تاکید بر اینکه ...، تصریح کرد: QUOTE`` (the quote runs to the
  end of the paragraph, or to the next ``وی افزود:``); titles use ``محمدی: QUOTE``;
* guillemet: ``به گفته وی «QUOTE»`` or ``«QUOTE»؛ این را رضایی می‌گوید``;
* indirect:  ``به گفته X، CLAIM``, ``X گفت که CLAIM``, ``X با بیان اینکه CLAIM، گفت``,
  ``X از CLAIM خبر داد``.

Finding the words is the easy half. The speaker is usually written once in
full (``حجت‌الاسلام علی رضایی، امام جمعه ...``) and afterwards as ``وی``, as
``رضایی``, as ``امام جمعه ...`` or not at all (``افزود: ...``), sometimes with
the title in the lead and the name only in the body. So extraction runs in
two passes: the first collects every quote with the words that refer to its
speaker (a Mention); the second builds the article's cast (each person's full
name and roles) from all mentions and then resolves each mention in reading
order, keeping track of who is speaking.

All matching runs on ``fold_letters(text)``, which has the same length as the
text, so every offset is an offset into the original field. Every lookback is
bounded (SUBJECT_WINDOW characters), and no pattern nests unbounded
repetition, so the work stays linear in the length of the text.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from dataclasses import dataclass, field

from corpus.document import Document, Quote
from corpus.names import FIRST_NAMES, HONORIFICS
from corpus.orthography import fold_letters, fold_word, standard_spelling

# --- Speech verbs -----------------------------------------------------------

# Simple verbs as (past stem, present stem): گفت/می‌گوید, افزود/می‌افزاید ...
SIMPLE_SPEECH_VERBS = (("گفت", "گوی"), ("افزود", "افزای"), ("فرمود", "فرمای"), ("نوشت", "نویس"))

# Light verbs as (past stem, present stem): تصریح کرد/می‌کند ...
LIGHT_VERBS = {
    "کرد": "کن",
    "داشت": "دار",
    "شد": "شو",
    "ساخت": "ساز",
    "نمود": "نمای",
    "داد": "ده",
    "زد": "زن",
}

# Compound speech verbs: the noun and the light verbs it takes. A space in
# the noun may be written as a space, a ZWNJ or nothing (خاطر نشان/خاطرنشان).
COMPOUND_SPEECH_VERBS = {
    "تصریح": ("کرد", "نمود"),
    "اظهار": ("داشت", "کرد", "نمود"),
    "خاطر نشان": ("کرد", "ساخت", "نمود"),
    "تاکید": ("کرد", "نمود", "داشت"),
    "عنوان": ("کرد", "داشت", "نمود"),
    "بیان": ("کرد", "داشت", "نمود"),
    "یاد آور": ("شد",),
    "یاد آوری": ("کرد", "نمود"),
    "توضیح": ("داد",),
    "اعلام": ("کرد", "داشت", "نمود"),
    "متذکر": ("شد",),
    "اضافه": ("کرد", "نمود"),
    "ابراز": ("داشت", "کرد"),
    "اذعان": ("کرد", "داشت"),
    "ادامه": ("داد",),
    "تشریح": ("کرد",),
    "مدعی": ("شد",),
    "ادعا": ("کرد",),
    "هشدار": ("داد",),
    "پاسخ": ("داد",),
    "تکرار": ("کرد",),
    "مثال": ("زد",),
}

JOINER = "[ \u200c]?"  # a written space, a ZWNJ, or the words run together


def _phrase_pattern(phrase: str) -> str:
    """A fixed phrase whose spaces may be written as space, ZWNJ or nothing."""
    return JOINER.join(re.escape(part) for part in phrase.split())


def _verb_forms(past: str, present: str) -> str:
    """Past (گفت, گفتند), perfect (گفته است/اند/بود) and present (می‌گوید/ند) forms."""
    return (
        f"{past}(?:ند|ه{JOINER}(?:است|اند|بود|بودند))?"
        f"|می{JOINER}{present}(?:د|ند)"
    )


def _speech_verb_pattern() -> str:
    """One alternation of every form of every speech verb, compounds first."""
    simple = [_verb_forms(past, present) for past, present in SIMPLE_SPEECH_VERBS]
    compound = []
    for noun, lights in COMPOUND_SPEECH_VERBS.items():
        forms = "|".join(_verb_forms(light, LIGHT_VERBS[light]) for light in lights)
        compound.append(f"{_phrase_pattern(noun)}[ \u200c]{{0,2}}(?:{forms})")
    return "|".join(compound + simple)


SPEECH_VERB = _speech_verb_pattern()
WORD_START = r"(?<![\w\u200c])"
WORD_END = r"(?![\w\u200c])"

# ``X معتقد است (که) CLAIM``: a view reported as the speaker's.
BELIEF = f"معتقد{JOINER}(?:است|اند|هستند|بود|بودند)|معتقدند"
# ``VERB:`` (space or ZWNJ before the colon or not) opens a direct quote.
DIRECT_CUE = re.compile(f"{WORD_START}(?P<cue>{SPEECH_VERB}|{BELIEF})(?!\\w)[ \u200c]{{0,3}}[:：]")
# ``VERB که`` opens an indirect one.
THAT_CUE = re.compile(f"{WORD_START}(?P<cue>{SPEECH_VERB})[ ،,]{{1,3}}که{WORD_END}")
# ``X اعلام کرد CLAIM``: a speech verb running straight into what was said.
CLAIM_CUE = re.compile(f"{WORD_START}(?P<cue>{SPEECH_VERB}){WORD_END} (?!و{WORD_END}|وگو|که{WORD_END}|را{WORD_END})(?=\\w)")
# ``X از CLAIM خبر داد``: the claim is what was announced.
NEWS_CUE = re.compile(f"{WORD_START}(?P<cue>خبر{JOINER}(?:داد|دادند|داده{JOINER}(?:است|اند)|می{JOINER}دهد|می{JOINER}دهند)){WORD_END}")
# ``به گفته X، CLAIM`` / ``به باور X «QUOTE»``.
ACCORDING_TO = re.compile(f"{WORD_START}(?P<cue>به (?:گفته|باور|عقیده|اعتقاد|تعبیر)){WORD_END}")
BELIEF_CUE = re.compile(f"{WORD_START}(?P<cue>{BELIEF})[ ،,]{{1,3}}(?:که{WORD_END})?")
# ``X با بیان اینکه CLAIM، گفت``: the claim before the speech verb.
SAYING_THAT = re.compile(
    f"{WORD_START}(?:با|ضمن){JOINER}(?:بیان|اشاره(?: به)?|تاکید بر|تصریح بر|اعلام|ابراز|یادآوری)"
    f"(?: این{JOINER}(?:مطلب|نکته|موضوع))?{JOINER}(?:اینکه|این{JOINER}که){WORD_END}"
)
GUILLEMETS = re.compile(r"«(?P<inner>[^«»]{1,3000})»")

# A sentence ends at . ! ? ؟ ؛ or a colon (agency tags, earlier quotes).
SENTENCE_MARKS = "!?؟؛:\n"  # and a full stop that is not a decimal point
# How far back from a speech verb its subject may start: about 80 words.
SUBJECT_WINDOW = 600

# --- Words that describe people ----------------------------------------------

# وی/او/ایشان and the deferential معظم‌له; a bare verb (افزود:) refers the same way.
PRONOUNS = ("وی", "او", "ایشان", "معظم له")

# Sentence openers that are not the subject: گفتنی است، ... X گفت
OPENERS = (
    "گفتنی است", "شایان ذکر است", "لازم به ذکر است", "قابل ذکر است", "یادآور می شود",
    "همچنین", "سپس", "همچنان", "ضمنا", "در عین حال", "از سوی دیگر", "از طرفی", "بنابراین",
)

# First words of a role phrase: مدیرکل ...، امام جمعه ...، نماینده ...
ROLE_HEADS = (
    "رئیس", "رییس", "رئیس کل", "رئیس جمهور", "رئیس جمهوری", "ریاست", "نایب رئیس", "نائب رئیس",
    "مدیرعامل", "مدیر عامل", "مدیرکل", "مدیر کل", "مدیر", "معاون", "قائم مقام", "قایم مقام",
    "وزیر", "استاندار", "فرماندار", "بخشدار", "شهردار", "دهیار", "نماینده",
    "دبیر", "دبیرکل", "دبیر کل", "سرپرست", "مسئول", "مسوول", "مسیول", "مسؤول", "کارشناس",
    "عضو", "دادستان", "امام جمعه", "امام جماعت", "خطیب", "فرمانده", "جانشین",
    "رهبر", "سخنگوی", "سخنگو", "مشاور", "سفیر", "کاردار", "سرکنسول", "کنسول", "نخست وزیر",
    "سرمربی", "مربی", "بازیکن", "کاپیتان", "مهاجم", "هافبک", "مدافع", "دروازه بان",
    "استاد", "دانشیار", "استادیار", "پژوهشگر", "محقق", "نویسنده", "کارگردان", "بازیگر",
    "تهیه کننده", "خواننده", "شاعر", "هنرمند", "حقوقدان", "تحلیلگر", "فعال", "متخصص", "پزشک",
    "وکیل", "رئیس قوه", "رئیس دادگستری", "مقام", "مقامات", "منبع", "دیپلمات", "کارگزار",
    "پادشاه", "ولیعهد", "صدراعظم", "مفتی", "متولی", "بنیانگذار", "موسس", "مقام معظم رهبری",
    "رهبر معظم انقلاب", "رهبر انقلاب", "دبیر کل", "سخنگوی وزارت", "عضو هیات", "عضو هیئت",
)

# First words of an organisation that speaks for itself: ستاد ... اعلام کرد.
ORGANISATION_HEADS = (
    "سازمان", "وزارت", "ستاد", "شرکت", "اداره", "اداره کل", "دولت", "مجلس", "کمیته", "کمیسیون",
    "شورای", "شورا", "بیانیه", "گروه", "حزب", "جبهه", "جنبش", "ارتش", "سپاه", "پلیس", "دفتر",
    "مرکز", "بانک", "دانشگاه", "روزنامه", "هفته نامه", "پایگاه", "شبکه", "هیات", "هیئت",
    "اتحادیه", "انجمن", "فدراسیون", "باشگاه", "کاخ سفید", "پنتاگون", "نیروی", "گمرک", "قرارگاه",
    "استانداری", "شهرداری", "دادگاه", "دادستانی", "اطلاعیه", "گزارش", "نامه", "پیام", "وزارتخانه",
)

# Words that start a source line or credit, never a speaker.
AGENCY_WORDS = frozenset({"خبرگزاری", "خبرنگار", "گزارش", "پایگاه", "روابط", "فارس", "ایرنا", "ایسنا", "مهر"})
SOURCE_LINE = re.compile(
    r"^(?:(?:به|بنا ?بر|بنابر|طبق|براساس|بر اساس) ?(?:گزارش|نقل)[^،,:]{0,250}[،,]\s*)+"
    r"|^خبرگزاری \S+ ?[-–]\s*"
)

# Words that end the subject of a speech verb (``رضایی امروز در ... گفت``):
# prepositions, time words, conjunctions that start the predicate.
PREDICATE_STARTS = frozenset(fold_word(word) for word in (
    "در", "با", "به", "از", "برای", "بر", "را", "که", "طی", "ضمن", "پس", "پیش", "قبل", "بعد",
    "امروز", "دیروز", "امشب", "دیشب", "صبح", "عصر", "ظهر", "شب", "بامداد", "روز", "هفته",
    "شامگاه", "صبحگاه", "عصرگاه", "بعدازظهر", "پیش‌ازظهر", "ساعاتی", "لحظاتی", "سال", "ماه",
    "نیز", "هم", "همچنین", "سپس", "درباره", "درمورد", "خطاب", "همزمان", "هم‌زمان",
    "ابتدا", "بار", "تاکنون", "اخیرا", "پیرامون", "درخصوص", "دراین", "درپایان", "درادامه",
    "درحاشیه", "درجمع", "درابتدا", "درابتدای", "درباره", "درمورد", "درراستای", "درحالی", "ضمنا", "نخست", "آنگاه", "همچنان", "خود", "خویش", "باز", "است",
    "بود", "شد", "می", "نمی", "و", "یا", "تا", "چون", "اگر", "زیرا", "بلکه", "حتی", "فقط",
))

# Words a name is never made of: they end a name read from the clause.
NON_NAME_WORDS = frozenset(fold_word(word) for word in (
    "این", "آن", "اینکه", "آنکه", "همین", "همان", "هر", "همه", "چند", "برخی", "بسیاری", "البته",
    "ازاینرو", "بنابراین", "لذا", "پس", "اکنون", "حال", "اینجا", "آنجا", "چنین", "چنان", "نیز",
    "نه", "اینها", "آنها", "ما", "شما", "من", "تو", "ایشان", "وی", "او", "خود", "کسی", "چیزی",
    "دوره", "علت", "دلیل", "موضوع", "مساله", "مسئله", "وضعیت", "اهمیت", "ضرورت", "نقش",
    "خبر", "گزارش", "سخنان", "بیانات", "اظهارات", "مطلب", "امر", "کار", "طرح", "برنامه",
    "فرهنگ", "اقدام", "اقدامات", "تاکید", "اشاره", "بیان", "توجه", "ادامه", "پایان", "ابتدای",
    "کشور", "مردم", "دولت", "نظام", "انقلاب", "اسلامی", "جمهوری", "ایران", "استان", "شهر",
    "مقامات", "رسانه‌ها", "رسانهها", "کارشناسان", "منابع", "مسئولان", "مسوولان", "چراکه", "چرا",
    "ره", "رض", "س", "ع", "ص", "عج", "قده", "امام", "حضرت", "شهید", "شهدا", "مرحوم",
))

# Unnamed groups as subjects (رسانه‌ها خبر دادند): nobody to attribute to.
GROUP_SUBJECTS = frozenset(fold_word(word) for word in (
    "رسانه‌ها", "کارشناسان", "منابع", "مقامات", "مسئولان", "مسوولان", "ناظران", "تحلیلگران",
    "برخی", "عده‌ای", "گروهی", "شاهدان", "ساکنان", "مردم", "اهالی", "جمعی", "تعدادی", "بسیاری",
))

# After ``در`` these open the occasion, not a role's place (در گفت‌وگو با ...).
EVENT_WORDS = frozenset(fold_word(word) for word in (
    "گفت‌وگو", "گفتگو", "گفت", "جلسه", "نشست", "مراسم", "آیین", "همایش", "جمع", "حاشیه",
    "خطبه", "خطبه‌های", "خطبه‌ها", "دیدار", "مصاحبه", "پاسخ", "ادامه", "پایان", "بخش",
    "این", "آن", "اجلاس", "کنفرانس", "سفر", "بازدید", "مورد", "خصوص", "رابطه", "باره", "تشریح",
    "ابتدای", "آیین‌", "گردهمایی", "یادواره", "سخنرانی", "سخنانی", "سخنان", "نماز", "برنامه",
    "جریان", "زمینه", "راستای", "حالی", "حالیکه", "واکنش", "تماس", "نامه", "پیامی", "پیام",
    "یک", "یکی", "صفحه", "مقاله", "گزارشی", "کنگره", "سمینار", "جشنواره", "مجمع", "آستانه",
))


# ``یک کارشناس``/``این مسئول``: an unnamed or already-named person by title.
INDEFINITE = frozenset({"یک", "یکی"})  # یک کارشناس، یکی از مهمانان
DEMONSTRATIVE = "این"
DEMONSTRATIVES = frozenset({"این", "آن", "همین", "همان"})
MAX_OCCASION_WORDS = 5  # در حاشیه این مراسم


@dataclass(frozen=True)
class _Lexicon:
    """Phrases folded and run together, so spacing and ZWNJ do not matter.

    ``prefixes`` holds every beginning of a phrase, so a lookup can stop at
    the first word that cannot start one.
    """

    phrases: frozenset[str]
    prefixes: frozenset[str]


def _lexicon(phrases) -> _Lexicon:
    """Fold, run together and index the prefixes of a word list."""
    keys = frozenset("".join(fold_word(w) for w in phrase.split()) for phrase in phrases)
    return _Lexicon(keys, frozenset(key[:n] for key in keys for n in range(1, len(key) + 1)))


HONORIFIC_LEXICON = _lexicon(HONORIFICS)
ROLE_LEXICON = _lexicon(ROLE_HEADS)
ORGANISATION_LEXICON = _lexicon(ORGANISATION_HEADS)
PRONOUN_LEXICON = _lexicon(PRONOUNS)
OPENER_LEXICON = _lexicon(OPENERS)
MAX_PHRASE_WORDS = 6  # the longest lexicon phrase, in words
MAX_SUBJECT_WORDS = 30  # a subject with its appositives
MAX_CLAUSE_WORDS = 60  # words read from the start of a clause
MAX_NAME_WORDS = 5
MIN_TYPO_LENGTH = 5  # shorter surnames one letter apart are different names


# --- Public data -------------------------------------------------------------


def extract_quotes(doc: Document) -> list[Quote]:
    """Every quote in the article, in reading order, with its speaker resolved."""
    found: list[_Found] = []
    for where, text in doc.fields():
        if text:
            found += _quotes_in_field(where, text)
    _carry_empty_quotes(found, doc)
    cast = _Cast.from_mentions([f.mention for f in found])
    return cast.resolve_all(found, doc.id)


# --- Pass 1: quotes and the words naming their speakers ------------------------


@dataclass(slots=True)
class _Word:
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
    anonymous: bool = False  # ``رسانه‌ها``, ``کارشناسان``: a group, never a named person
    organisation: bool = False  # ``ستاد برگزاری نماز جمعه``: speaks under its own name
    object_follows: bool = False  # ``کوشکی فرهنگ بسیجی را``: the name may be shorter
    where: str = ""


@dataclass
class _Found:
    """A quote found in pass 1: where it is, and the words naming its speaker."""

    where: str
    start: int
    end: int
    kind: str
    cue: str
    text: str
    mention: Mention


def _quotes_in_field(where: str, text: str) -> list[_Found]:
    """Direct quotes first; indirect and guillemet ones only outside them."""
    folded = fold_letters(text)
    found = _direct_quotes(where, text, folded)
    if where in ("title", "lead") and not found:
        found = _headline_quote(where, text, folded)
    taken = _Spans([(f.start, f.end) for f in found])
    found += _indirect_quotes(where, text, folded, taken)
    taken = _Spans([(f.start, f.end) for f in found] + _direct_clauses(folded))
    found += _guillemet_quotes(where, text, folded, taken)
    found += _introduction(where, text, folded)
    found.sort(key=lambda f: f.start)
    return found


def _introduction(where: str, text: str, folded: str) -> list[_Found]:
    """A paragraph opening on a full name (``حجت‌الاسلام علی رضایی ... حضور یافت.``).

    Not a quote, but the person it introduces is who a following ``وی گفت``
    means; it goes into the list with kind INTRODUCTION and is never returned.
    """
    end = min(_sentence_end(folded, 0), SUBJECT_WINDOW)
    verb = _search_verb(folded, 0, end)
    end = verb.start() if verb else end
    source = SOURCE_LINE.match(folded, 0, end)
    words = _words(folded, source.end() if source else 0, end)
    words = _skip_openers(_skip_agency(words))
    if not words or not (_phrase_at(words, 0, HONORIFIC_LEXICON) or _is_first_name(words[0].key)):
        return []
    mention, _ = _subject(text, words, where)
    if mention.ref != "name" or not mention.strong:
        return []
    return [_Found(where, words[0].start, words[0].start, INTRODUCTION, "", "", mention)]


INTRODUCTION = "introduction"  # a _Found that only introduces a person


def _direct_quotes(where: str, text: str, folded: str) -> list[_Found]:
    """``SUBJECT ... VERB: QUOTE``; a quote ends where the next cue's sentence starts."""
    cues = []
    for match in DIRECT_CUE.finditer(folded):
        clause_start = _sentence_start(folded, match.start())
        cues.append((match, clause_start))
    found = []
    for n, (match, clause_start) in enumerate(cues):
        limit = cues[n + 1][1] if n + 1 < len(cues) else len(text)
        start, end = _trim_quote(folded, match.end(), max(limit, match.end()))
        mention = _subject_mention(text, folded, clause_start, match.start(), where)
        found.append(_Found(where, start, end, "direct", text[match.start("cue"):match.end("cue")],
                            text[start:end], mention))
    return found


def _direct_clauses(folded: str) -> list[tuple[int, int]]:
    """The clauses that introduce direct quotes: «» there name things (شعار «...»)."""
    return [(_sentence_start(folded, m.start()), m.end()) for m in DIRECT_CUE.finditer(folded)]


def _headline_quote(where: str, text: str, folded: str) -> list[_Found]:
    """Headlines drop the verb: ``فرهادی: مجازات شکارچیان افزایش یافت``.

    Leads do it too (``مدیرعامل سازمان ...: QUOTE``), but there the part
    before the colon must open like a speaker (role, honorific, given name),
    since leads also carry labels and agency tags.
    """
    match = HEADLINE_SPEAKER.match(folded)
    if not match:
        return []
    words = _words(folded, *match.span("speaker"))
    if not words or _is_agency(words):
        return []
    if where == "lead" and not (_starts_role(words, 0) or _opens_name(words)):
        return []
    mention = _mention_from_words(text, words, where)
    if mention.ref == "pronoun":
        return []
    start, end = _trim_quote(folded, match.end(), len(text))
    if end - start < MIN_HEADLINE_QUOTE:
        return []
    return [_Found(where, start, end, "direct", "", text[start:end], mention)]


MIN_HEADLINE_QUOTE = 8  # characters; shorter is a label (نتیجه: صفر)
# A headline speaker: a few words before the first colon, after an optional
# rubric ending in | or /.
HEADLINE_SPEAKER = re.compile(r"(?:[^:|/]{0,60}[|/] ?)?(?P<speaker>[^:|/«»\d]{2,50}?) ?[:：]")


def _indirect_quotes(where: str, text: str, folded: str, taken: _Spans) -> list[_Found]:
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
    return _sentence_end(folded, start, MAX_CLAIM_CHARS)


MAX_CLAIM_CHARS = 2000


def _said_that(where: str, text: str, folded: str, match: re.Match) -> list[_Found]:
    """``X گفت که CLAIM`` / ``X معتقد است CLAIM``: the rest of the sentence is the claim."""
    clause_start = _sentence_start(folded, match.start())
    start, end = _trim_quote(folded, match.end(), _claim_end(folded, match.end()))
    mention = _subject_mention(text, folded, clause_start, match.start(), where)
    cue = text[match.start("cue"):match.end("cue")]
    return [_Found(where, start, end, "indirect", cue, text[start:end], mention)]


def _according_to(where: str, text: str, folded: str, match: re.Match) -> list[_Found]:
    """``به گفته X، CLAIM``: X runs to the comma; a «quote» right after is a guillemet quote."""
    sentence_end = _sentence_end(folded, match.end())
    comma = _find_any(folded, "،,«", match.end(), min(sentence_end, match.end() + 200))
    if comma < 0:
        return []
    words = _words(folded, match.end(), comma)
    if not words or _is_agency(words):
        return []
    mention = _mention_from_words(text, words, where)
    if folded[comma] == "«":
        return []  # handled as a guillemet quote
    start, end = _trim_quote(folded, comma + 1, _claim_end(folded, comma + 1))
    return [_Found(where, start, end, "indirect", text[match.start("cue"):match.end("cue")],
                   text[start:end], mention)]


def _claim_after_verb(where: str, text: str, folded: str, match: re.Match) -> list[_Found]:
    """``کوساچف اعلام کرد به شرط آنکه ...``: the rest of the sentence is the claim."""
    clause_start = _sentence_start(folded, match.start())
    mention = _subject_mention(text, folded, clause_start, match.start(), where)
    if mention.ref == "pronoun" and folded[clause_start:match.start()].strip():
        return []  # a verb inside a longer sentence with no subject of its own
    start, end = _trim_quote(folded, match.end(), _claim_end(folded, match.end()))
    if len(folded[start:end].split()) < MIN_CLAIM_WORDS:
        return []
    cue = text[match.start("cue"):match.end("cue")]
    return [_Found(where, start, end, "indirect", cue, text[start:end], mention)]


MIN_CLAIM_WORDS = 4


def _saying_that(where: str, text: str, folded: str, match: re.Match) -> list[_Found]:
    """``X با بیان اینکه CLAIM، گفت``: the claim ends at the last comma before the verb."""
    verb = DIRECT_CUE.search(folded, match.end(), min(len(folded), match.end() + SUBJECT_WINDOW))
    sentence_end = _sentence_end(folded, match.end())
    if not verb or verb.start() > sentence_end:
        return []
    comma = max(folded.rfind("،", match.end(), verb.start()), folded.rfind(",", match.end(), verb.start()))
    claim_end = comma if comma > 0 else verb.start()
    start, end = _trim_quote(folded, match.end(), claim_end)
    clause_start = _sentence_start(folded, match.start())
    mention = _subject_mention(text, folded, clause_start, match.start(), where)
    cue = text[match.start():match.end()].strip()
    return [_Found(where, start, end, "indirect", cue, text[start:end], mention)]


def _announced(where: str, text: str, folded: str, match: re.Match) -> list[_Found]:
    """``X از CLAIM خبر داد``: the claim starts at the first از after the subject."""
    clause_start = _sentence_start(folded, match.start())
    words = _words(folded, clause_start, match.start())
    mention, subject_end = _subject(text, words, where)
    claim_start = next((w.end for w in words if w.start >= subject_end and w.key == "از"), -1)
    if claim_start < 0:
        return []
    start, end = _trim_quote(folded, claim_start, match.start())
    return [_Found(where, start, end, "indirect", text[match.start("cue"):match.end("cue")],
                   text[start:end], mention)]


def _guillemet_quotes(where: str, text: str, folded: str, taken: _Spans) -> list[_Found]:
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
            found.append(_Found(where, start, end, "guillemet", cue, text[start:end], mention))
    return found


def _introduces_direct_quote(folded: str, close_at: int) -> bool:
    """``در پاسخ به اینکه «...؟»، گفت: ...``: the «» is part of a direct quote's clause."""
    cue = DIRECT_CUE.search(folded, close_at, min(len(folded), close_at + SUBJECT_WINDOW))
    return cue is not None and _sentence_end(folded, close_at) >= cue.end() - 1


def _ends_like_a_sentence(inner: str) -> bool:
    """Does «...» end on a verb, as said sentences do?

    Asked when nothing introduces the «» right at its edge: names and titles
    in «» end on a noun (``«مرکز مطالعات بین‌المللی و استراتژیک»``).
    """
    return bool(SENTENCE_ENDING.search(inner))


MIN_QUOTE_WORDS = 4  # fewer is a name or a title
# The last word of a sentence: a verb ending (است، می‌شود، هستیم، ...) or a question.
SENTENCE_ENDING = re.compile(r"(?:ست|د|م|ید|یم|ند|[؟?!]|\.\.\.)[\s.!؟?»\u200c]*$")


def _guillemet_speaker(text: str, folded: str, open_at: int, close_at: int,
                       where: str) -> tuple[Mention, str, bool] | None:
    """The speaker of «...», the cue that attributes it, and whether the cue introduces it.

    In order: ``به گفته X «...»``; a speech verb before it in the sentence
    (``X گفت «...»``); a speech verb after it, whose subject follows the
    quote when punctuation parts them (``«...»؛ این را رضایی می‌گوید``) and
    opens the sentence otherwise; a speech verb in the sentence before.
    The cue introduces the quote when it stands right at the «» edge.
    """
    sentence_start = _sentence_start(folded, open_at)
    according = ACCORDING_TO.search(folded, sentence_start, open_at)
    if according:
        words = _words(folded, according.end(), open_at)
        if words and not _is_agency(words):
            return _mention_from_words(text, words, where), text[according.start():according.end()], True
    verb = _search_verb(folded, sentence_start, open_at)
    if verb:
        mention = _subject_mention(text, folded, sentence_start, verb.start(), where)
        return mention, _cue_text(text, verb), not folded[verb.end():open_at].strip(" \u200c،,:")
    after_end = _sentence_end(folded, _sentence_end(folded, close_at) + 1)
    verb = _search_verb(folded, close_at, after_end)
    if verb:
        between = folded[close_at:verb.start()].lstrip(" \u200c")
        if between[:1] in QUOTE_TAIL_MARKS:
            subject_start = _skip_to_word(folded, close_at, verb.start())
            mention = _subject_mention(text, folded, subject_start, verb.start(), where, skip_object=True)
            return mention, _cue_text(text, verb), True
        return _subject_mention(text, folded, sentence_start, open_at, where), _cue_text(text, verb), False
    if sentence_start == 0:
        return None
    previous_start = _sentence_start(folded, sentence_start - 1)
    verb = _search_verb(folded, previous_start, sentence_start)
    if verb:
        mention = _subject_mention(text, folded, previous_start, verb.start(), where)
        return mention, _cue_text(text, verb), False
    return None


# Punctuation between a quote and the sentence that attributes it: «...»؛ این را ...
QUOTE_TAIL_MARKS = frozenset("؛،,.:-–")


def _cue_text(text: str, verb: re.Match) -> str:
    """The cue as written in the original text."""
    return text[verb.start():verb.end()]


PLAIN_SPEECH_VERB = re.compile(f"{WORD_START}(?:{SPEECH_VERB}){WORD_END}")


def _search_verb(folded: str, start: int, end: int) -> re.Match | None:
    """The first speech verb between two offsets, colon or not."""
    return PLAIN_SPEECH_VERB.search(folded, start, end)


def _skip_to_word(folded: str, start: int, end: int) -> int:
    """The offset of the first letter at or after ``start``."""
    while start < end and not (folded[start].isalpha()):
        start += 1
    return start


def _carry_empty_quotes(found: list[_Found], doc: Document) -> None:
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
        limit = _sentence_start(folded, first_cue.start()) if first_cue else len(following)
        start, end = _trim_quote(folded, 0, limit)
        item.where, item.start, item.end, item.text = f"body:{number}", start, end, following[start:end]
    found[:] = [f for f in found if f.end > f.start or f.kind == INTRODUCTION]


# --- Spans ----------------------------------------------------------------------


def _sentence_start(folded: str, position: int) -> int:
    """Where the sentence holding ``position`` starts, looking back at most SUBJECT_WINDOW.

    Searched backwards from ``position`` (C-speed rfind), so the cost is the
    distance to the previous mark, never the length of the field.
    """
    window_start = max(0, position - SUBJECT_WINDOW)
    marks = [folded.rfind(mark, window_start, position) for mark in SENTENCE_MARKS]
    stop = folded.rfind(".", window_start, position)
    while stop >= 0 and stop + 1 < len(folded) and folded[stop + 1].isdigit():  # 2.5 is a number
        stop = folded.rfind(".", window_start, stop)
    return max(marks + [stop, window_start - 1]) + 1


def _sentence_end(folded: str, position: int, limit: int = SUBJECT_WINDOW) -> int:
    """Where the sentence holding ``position`` ends, looking at most ``limit`` ahead."""
    end = min(len(folded), position + limit)
    marks = [found for found in (folded.find(mark, position, end) for mark in SENTENCE_MARKS) if found >= 0]
    stop = folded.find(".", position, end)
    while stop >= 0 and stop + 1 < len(folded) and folded[stop + 1].isdigit():  # 2.5 is a number
        stop = folded.find(".", stop + 1, end)
    return min(marks + [stop if stop >= 0 else end, end])


def _trim_quote(folded: str, start: int, end: int) -> tuple[int, int]:
    """Drop surrounding spaces, and guillemets when they wrap the whole quote."""
    blank = " \t\n\u200c\u200f\u200e"
    while start < end and folded[start] in blank:
        start += 1
    while end > start and folded[end - 1] in blank:
        end -= 1
    if start < end and folded[start] == "«":
        close = folded.find("»", start + 1, end)
        tail = folded[close + 1:end] if close > 0 else "x"
        if close > 0 and not any(ch.isalnum() for ch in tail):
            return start + 1, close
    return start, end


def _find_any(text: str, chars: str, start: int, end: int) -> int:
    """The first offset of any of ``chars`` in the range, or -1."""
    positions = [p for p in (text.find(ch, start, end) for ch in chars) if p >= 0]
    return min(positions) if positions else -1


class _Spans:
    """Spans already taken by quotes: does a new span overlap any of them? (log time)"""

    def __init__(self, spans: list[tuple[int, int]]):
        spans = sorted(spans)
        self.starts = [start for start, _ in spans]
        self.reach = list(itertools.accumulate((end for _, end in spans), max))  # furthest end so far

    def overlaps(self, start: int, end: int) -> bool:
        before = bisect.bisect_left(self.starts, end)  # spans starting before ``end``
        return before > 0 and self.reach[before - 1] > start


# --- Subjects -------------------------------------------------------------------

WORD = re.compile(r"(?:[^\W_]|[\u200c\u064b-\u0652\u0670])+|[،,]")


def _words(folded: str, start: int, end: int) -> list[_Word]:
    """The first MAX_CLAUSE_WORDS words (and commas, as ",") between two offsets.

    A subject sits at the start of its clause, so the words past the limit
    are never needed. A given name joined to the next word by ZWNJ
    (علی‌السمیسم, محمد‌مهدی) is two words, so the surname can match alone.
    """
    words = []
    for match in itertools.islice(WORD.finditer(folded, start, end), MAX_CLAUSE_WORDS):
        token = match.group()
        if token in "،,":
            words.append(_Word(",", match.start(), match.end()))
            continue
        head, joiner, _ = token.partition("\u200c")
        if joiner and _word_key(head) in FIRST_NAMES:
            cut = match.start() + len(head)
            words.append(_Word(_word_key(head), match.start(), cut))
            words.append(_Word(_word_key(token[len(head) + 1:]), cut + 1, match.end()))
        else:
            words.append(_Word(_word_key(token), match.start(), match.end()))
    return words


# The same few thousand words come up in every clause: fold each once.
_word_key = functools.lru_cache(maxsize=1 << 16)(fold_word)


def _subject_mention(text: str, folded: str, clause_start: int, verb_start: int, where: str,
                     skip_object: bool = False) -> Mention:
    """Who the clause before a speech verb names as its subject."""
    source = SOURCE_LINE.match(folded, clause_start, verb_start)
    if source:
        clause_start = source.end()
    words = _words(folded, clause_start, verb_start)
    if skip_object:  # «...»؛ این را رضایی می‌گوید: drop ``این را``
        while words and words[0].key in {"این", "را", "اینها", "آن"}:
            words = words[1:]
    mention, _ = _subject(text, words, where)
    return mention


def _subject(text: str, words: list[_Word], where: str) -> tuple[Mention, int]:
    """The subject phrase at the start of a clause, and the offset where it ends.

    The subject is the clause's first noun phrase plus appositives set off by
    commas (``رضایی، مدیرکل ...، گفت``). A clause that opens with an
    adverbial (``در ادامه``, ``در این مراسم``) has its subject after the
    adverbial's comma, or at the first honorific or given name; without one
    the verb has no subject and the speaker is whoever spoke last.
    """
    words = _skip_openers(_skip_agency(words))
    if words and words[0].key in PREDICATE_STARTS:
        words = _after_adverbial(words)
    if words and _phrase_at(words, 0, PRONOUN_LEXICON):
        return Mention("pronoun", where=where), words[0].end
    if not words:
        return Mention("pronoun", where=where), 0
    phrase, object_follows = _noun_phrase(words)
    if not phrase:
        return Mention("pronoun", where=where), words[0].start
    return _mention_from_words(text, phrase, where, object_follows), phrase[-1].end


def _skip_agency(words: list[_Word]) -> list[_Word]:
    """Drop a leading ``خبرگزاری فارس`` left when the tag had no colon."""
    while len(words) > 1 and words[0].key == "خبرگزاری":
        words = words[2:]
        while words and words[0].key == ",":
            words = words[1:]
    return words


def _skip_openers(words: list[_Word]) -> list[_Word]:
    """Drop sentence openers that are not the subject (گفتنی است، شایان ذکر است)."""
    length = _phrase_at(words, 0, OPENER_LEXICON)
    while length:
        words = words[length:]
        while words and words[0].key == ",":
            words = words[1:]
        length = _phrase_at(words, 0, OPENER_LEXICON)
    return words


def _after_adverbial(words: list[_Word]) -> list[_Word]:
    """The subject after an opening adverbial (``در این نشست که ...، رضایی گفت``).

    Preferred: the first comma followed by a speaker-like word (a role, an
    honorific, a given name, a pronoun); then the words after the last
    comma; then the first honorific or given name anywhere.
    """
    commas = [n for n, w in enumerate(words) if w.key == "," and n + 1 < len(words)
              and words[n + 1].key not in PREDICATE_STARTS]
    for n in commas:
        if _starts_role(words, n + 1) or _opens_name(words[n + 1:]) or _phrase_at(words, n + 1, PRONOUN_LEXICON):
            return words[n + 1:]
    after_occasion = _skip_occasion(words)
    if after_occasion and after_occasion[0].key not in PREDICATE_STARTS:
        return after_occasion
    if commas:
        return words[commas[-1] + 1:]
    for n, word in enumerate(words):
        if _phrase_at(words, n, HONORIFIC_LEXICON) or _is_first_name(word.key):
            return words[n:]
    return []


def _skip_occasion(words: list[_Word]) -> list[_Word]:
    """Words after ``در این نشست``/``در حاشیه این مراسم``/``در ادامه`` (else none)."""
    if not words or words[0].key != "در":
        return []
    n = 1
    while n < min(len(words), MAX_OCCASION_WORDS) and (words[n].key in EVENT_WORDS or words[n].key in DEMONSTRATIVES):
        n += 1
    return words[n:] if n > 1 else []


def _noun_phrase(words: list[_Word]) -> tuple[list[_Word], bool]:
    """The subject noun phrase: words up to the predicate, with comma appositives.

    Also says whether an object (``... را``) follows, in which case the last
    words may belong to the object rather than to the subject.
    """
    phrase: list[_Word] = []
    n = 0
    while n < len(words) and len(phrase) < MAX_SUBJECT_WORDS:
        word = words[n]
        fixed = _phrase_at(words, n, HONORIFIC_LEXICON) or _phrase_at(words, n, ROLE_LEXICON)
        if fixed:
            phrase += words[n:n + fixed]
            n += fixed
        elif word.key == ",":
            if not _appositive_follows(phrase, words, n):
                break
            phrase.append(word)
            n += 1
        elif word.key in PREDICATE_STARTS and not _continues_role(phrase, words, n):
            break
        elif word.key.isdigit():
            break
        else:
            phrase.append(word)
            n += 1
    object_follows = n < len(words) and words[n].key == "را"
    if object_follows and any(w.key == "," for w in phrase):
        last_comma = max(i for i, w in enumerate(phrase) if w.key == ",")
        phrase, object_follows = phrase[:last_comma], False
    while phrase and phrase[-1].key == ",":
        phrase.pop()
    return phrase, object_follows


def _appositive_follows(phrase: list[_Word], words: list[_Word], comma: int) -> bool:
    """After a comma the subject goes on with a role or a name, or a role's next part."""
    if not phrase or comma + 1 >= len(words):
        return False
    following = words[comma + 1]
    if following.key in PREDICATE_STARTS:
        return False
    return (_starts_role(words, comma + 1) or bool(_phrase_at(words, comma + 1, HONORIFIC_LEXICON))
            or _is_first_name(following.key) or _in_role(phrase) or not _in_role(phrase))


def _continues_role(phrase: list[_Word], words: list[_Word], n: int) -> bool:
    """``در``/``از``/``و`` inside a role: نماینده مردم تهران در مجلس، یکی از مهمانان."""
    if not phrase or n + 1 >= len(words):
        return False
    word, following = words[n].key, words[n + 1].key
    if word == "از" and phrase[-1].key in {"یکی", "دیگر"}:
        return True
    if word == "و":  # آموزش و پرورش، سیستان و بلوچستان
        return _in_role(phrase) and not _has_name(phrase) and following not in PREDICATE_STARTS
    return (word == "در" and _in_role(phrase) and not _has_name(phrase)
            and following not in PREDICATE_STARTS and following not in EVENT_WORDS)


def _in_role(phrase: list[_Word]) -> bool:
    """Is the part being read a role (it starts with a role word)?"""
    last_comma = max((n for n, w in enumerate(phrase) if w.key == ","), default=-1)
    return _starts_role(phrase, last_comma + 1)


def _has_name(phrase: list[_Word]) -> bool:
    """Has the phrase reached a name (a given name or an honorific)?"""
    return any(_is_first_name(w.key) for w in phrase) or any(
        _phrase_at(phrase, n, HONORIFIC_LEXICON) for n in range(len(phrase)))


def _mention_from_words(text: str, words: list[_Word], where: str, object_follows: bool = False) -> Mention:
    """Split a subject phrase into name and role and say how it refers."""
    name: list[_Word] = []
    roles: list[list[_Word]] = []
    organisation: list[_Word] = []
    strong = False
    for part in _split_commas(words):
        role, part_name, part_organisation = _split_part(part)
        if part_name and roles and not name and not _opens_name(part):
            part_name, role = [], []  # ``مدیرکل صنعت، معدن و تجارت``: the role goes on
        if part_name and not name:
            name = part_name
            strong = _opens_name(part) or _is_first_name(part_name[0].key)
        if role:
            roles.append(role)
        elif part_organisation and not organisation:
            organisation = part_organisation
        elif not part_name and roles:
            roles[-1] = roles[-1] + part  # a role's next part: صنعت، معدن و تجارت
    first = words[0].key
    if first in GROUP_SUBJECTS:
        return Mention("title", role=_original(text, words), anonymous=True, where=where)
    if first == DEMONSTRATIVE and not name:
        return Mention("title", role=_original(text, words[1:]), anaphoric=True, where=where)
    role_text = "، ".join(_original(text, _drop_indefinite(r)) for r in roles)
    if name:
        return Mention("name", _as_written(text, name), tuple(w.key for w in name),
                       role_text, strong or bool(roles), object_follows=object_follows and not roles,
                       where=where)
    if roles:
        return Mention("title", role=role_text, where=where)
    if organisation:
        return Mention("name", tuple(text[w.start:w.end] for w in organisation),
                       tuple(w.key for w in organisation), strong=True, organisation=True, where=where)
    return Mention("pronoun", where=where)


def _as_written(text: str, words: list[_Word]) -> tuple[str, ...]:
    """Each word as written; a word split off at a ZWNJ keeps the ZWNJ before it."""
    written = []
    for n, word in enumerate(words):
        joined = n > 0 and words[n - 1].end + 1 == word.start and text[word.start - 1] == "\u200c"
        written.append(("\u200c" if joined else "") + text[word.start:word.end])
    return tuple(written)


def _opens_name(part: list[_Word]) -> bool:
    """Does the part start like a full name (an honorific or a given name)?"""
    return bool(_phrase_at(part, 0, HONORIFIC_LEXICON)) or _is_first_name(part[0].key)


def _split_commas(words: list[_Word]) -> list[list[_Word]]:
    """The comma-separated parts of a subject phrase."""
    parts: list[list[_Word]] = [[]]
    for word in words:
        if word.key == ",":
            parts.append([])
        else:
            parts[-1].append(word)
    return [p for p in parts if p]


def _split_part(part: list[_Word]) -> tuple[list[_Word], list[_Word], list[_Word]]:
    """One comma-part as (role, name, organisation); at most one of role/organisation.

    A name starts at an honorific or a given name when a role comes first
    (``مدیرکل ... علی رضایی``); a role starts at a role word when the name
    comes first (``علی رضایی مدیرکل ...``). A part without either is a name
    if its words can be name words (``وارسته``, ``آل هاشم``).
    """
    if _starts_role(part, 0) or part[0].key == DEMONSTRATIVE and _starts_role(part, 1):
        if _phrase_at(part, 0, HONORIFIC_LEXICON) and not _starts_role(part, 0):
            return [], _name_words(part), []
        for n in range(1, len(part)):
            if _phrase_at(part, n, HONORIFIC_LEXICON) or _is_first_name(part[n].key):
                name = _name_words(part[n:])
                if name and name[-1] is part[-1]:  # the name closes the part
                    return part[:n], name, []
        return part, [], []
    if _phrase_at(part, 0, ORGANISATION_LEXICON):
        return [], [], part
    name_end = _name_core_end(part)
    role_at = next((n for n in range(name_end, len(part)) if _starts_role(part, n)), len(part))
    return part[role_at:], _name_words(part[:role_at]), []


def _name_core_end(part: list[_Word]) -> int:
    """Past the honorifics and the name's first word: a role cannot start sooner."""
    n = 0
    while n < len(part) and (length := _phrase_at(part, n, HONORIFIC_LEXICON)):
        n += length
    return n + 1


def _name_words(words: list[_Word]) -> list[_Word]:
    """The name in ``words``: honorifics dropped, cut at the first word no name has."""
    words = _strip_honorifics(words)
    for n, word in enumerate(words):
        if word.key in NON_NAME_WORDS or word.key in PREDICATE_STARTS or not word.key.isalpha() and not \
                word.key.replace("\u200c", "").isalpha():
            words = words[:n]
            break
    return words if 0 < len(words) <= MAX_NAME_WORDS else []


def _drop_indefinite(words: list[_Word]) -> list[_Word]:
    """``یک کارشناس`` is introduced as ``کارشناس``."""
    return words[1:] if len(words) > 1 and words[0].key == "یک" else words


def _strip_honorifics(words: list[_Word]) -> list[_Word]:
    """Drop titles of respect before the name (سید دکتر حجت‌الاسلام ...)."""
    n = 0
    while n < len(words) - 1:
        length = _phrase_at(words, n, HONORIFIC_LEXICON)
        if not length:
            break
        n += length
    return words[n:]


def _starts_role(words: list[_Word], n: int) -> bool:
    """Does a role phrase start at word n (مدیرکل، یک کارشناس، یکی از مهمانان)?"""
    if n >= len(words):
        return False
    if words[n].key in INDEFINITE:
        following = n + 2 if n + 2 < len(words) and words[n + 1].key == "دیگر" else n + 1
        return following < len(words) and (words[following].key == "از" or _starts_role(words, following))
    return bool(_phrase_at(words, n, ROLE_LEXICON))


def _phrase_at(words: list[_Word], n: int, lexicon: _Lexicon) -> int:
    """Length in words of the longest lexicon phrase starting at word n (0 if none).

    Phrases are compared run together, so حجت‌الاسلام (one word with ZWNJ)
    and حجت الاسلام (two words) both match.
    """
    joined = ""
    best = 0
    for length, word in enumerate(words[n:n + MAX_PHRASE_WORDS], start=1):
        joined += word.key
        if joined not in lexicon.prefixes:
            break
        if joined in lexicon.phrases:
            best = length
    return best


def _is_first_name(key: str) -> bool:
    """A given name, or two run together (محمدرضا, علی‌اکبر)."""
    if key in FIRST_NAMES:
        return True
    return any(key[:cut] in FIRST_NAMES and key[cut:] in FIRST_NAMES for cut in range(2, len(key) - 1))


def _is_agency(words: list[_Word]) -> bool:
    """A news agency or reporter, which is never the speaker."""
    return words[0].key in AGENCY_WORDS


def _original(text: str, words: list[_Word]) -> str:
    """The words as written in the article, joined by single spaces."""
    return " ".join(text[w.start:w.end] for w in words if w.key != ",")


# --- Pass 2: the article's cast ----------------------------------------------------


@dataclass
class _Person:
    """One person (or organisation) of the article, with the roles given beside the name."""

    words: tuple[str, ...]  # the name as written
    keys: tuple[str, ...]
    roles: list[str] = field(default_factory=list)
    organisation: bool = False
    shortened: bool = False  # the article also calls them by fewer words (a surname)

    def called_by_name(self, keys: tuple[str, ...]) -> bool:
        """Does ``keys`` give the full name, given name and all, not just the surname?

        A lone ``هاشمی رفسنجانی`` or ``فراتینی`` is a surname, even when the
        article says no more; a name counts as full when it opens with a known
        given name, or when the article also uses a shorter form of it.
        """
        if "".join(keys) != "".join(self.keys):
            return False
        return self.organisation or _is_first_name(keys[0]) or (self.shortened and len(self.keys) > 1)

    @property
    def name(self) -> str:
        return " ".join(self.words).replace(" \u200c", "\u200c")

    def endings(self) -> list[str]:
        """What the article may call them: the full name, each run of its last words
        (the surname), and the first word of a compound surname (صفار of محمدحسین
        صفار هرندی), all run together."""
        endings = ["".join(self.keys[n:]) for n in range(len(self.keys))]
        given = next((n for n, key in enumerate(self.keys) if not _is_first_name(key)), len(self.keys))
        if 0 < given < len(self.keys) - 1:
            endings.append(self.keys[given])
        return endings


@dataclass
class _People:
    """Everyone named in an article, found by full name or surname in one lookup."""

    all: list[_Person] = field(default_factory=list)
    by_ending: dict[str, list[_Person]] = field(default_factory=dict)

    def find(self, keys: tuple[str, ...], prefer: _Person | None = None) -> _Person | None:
        """The person a name or surname means; ``prefer`` (the current speaker) wins a tie."""
        matches = self.by_ending.get("".join(keys), [])
        if any(person is prefer for person in matches):
            return prefer
        return matches[0] if matches else None

    def add(self, mention: Mention) -> _Person:
        """The person the mention names, added when new."""
        person = self.find(mention.name_keys)
        if person is None:
            person = _Person(mention.name_words, mention.name_keys, organisation=mention.organisation)
            self.all.append(person)
            for ending in person.endings():
                self.by_ending.setdefault(ending, []).append(person)
        return person


@dataclass
class _Cast:
    """The people an article quotes, and who is speaking as we read on."""

    people: _People
    first_body_person: _Person | None
    current: tuple[_Person | None, str] = (None, "")
    seen: set[int] = field(default_factory=set)  # ids of the people already met in reading

    @classmethod
    def from_mentions(cls, mentions: list[Mention]) -> "_Cast":
        """Everyone named: well-introduced names first, then the rest matched against them."""
        people = _People()
        named = [m for m in mentions if m.ref == "name"]
        for mention in sorted((m for m in named if m.strong), key=lambda m: -len(m.name_keys)):
            people.add(mention)
        for mention in sorted((m for m in named if not m.strong), key=lambda m: -len(m.name_keys)):
            _trim_to_known_name(people, mention)
            people.add(mention)
        for mention in named:
            person = people.find(mention.name_keys)
            if person and mention.role and mention.role not in person.roles:
                person.roles.append(mention.role)
            if person and "".join(mention.name_keys) != "".join(person.keys):
                person.shortened = True
        first_body = next((m for m in named if m.where.startswith("body")), None)
        first_person = people.find(first_body.name_keys) if first_body else None
        return cls(people, first_person)

    def resolve_all(self, found: list[_Found], doc_id: str) -> list[Quote]:
        """Resolve in reading order; a pronoun before any name means the next person named."""
        resolved = []
        upcoming = self._upcoming_people(found)
        for n, item in enumerate(found):
            named_next = self._named(found[n + 1]) if n + 1 < len(found) else None
            person, role, ref = self._speaker(item.mention, named_next)
            if person is None and not role and ref == "pronoun":
                person = upcoming[n]
            if person is not None:
                self.seen.add(id(person))
            self.current = (person, role if person is None else role or self.current[1])
            resolved.append((item, person, role, ref))
        quotes = []
        for item, person, role, ref in resolved:
            if item.kind == INTRODUCTION:
                continue
            role = role or (person.roles[0] if person and person.roles else "")
            speaker = standard_spelling(person.name) if person else None
            quotes.append(Quote(doc_id, item.where, item.start, item.end, item.kind, item.cue, item.text,
                                speaker, role or None, ref))
        return quotes

    def _named(self, item: _Found) -> _Person | None:
        """The person an item names, if it names one."""
        return self.people.find(item.mention.name_keys) if item.mention.ref == "name" else None

    def _upcoming_people(self, found: list[_Found]) -> list[_Person | None]:
        """For each item, the person the next name after it refers to."""
        upcoming: list[_Person | None] = [None] * len(found)
        for n in range(len(found) - 2, -1, -1):
            upcoming[n] = self._named(found[n + 1]) or upcoming[n + 1]
        return upcoming

    def _speaker(self, mention: Mention, named_next: _Person | None) -> tuple[_Person | None, str, str]:
        """(person, role, ref) for one mention, given who is speaking now."""
        current, current_role = self.current
        if mention.ref == "pronoun":
            return current, "" if current else current_role, "pronoun"
        if mention.ref == "name":
            person = self.people.find(mention.name_keys, prefer=current)
            ref = "name" if person is None or person.called_by_name(mention.name_keys) else "surname"
            return person, mention.role, ref
        if mention.anaphoric:
            return current, "" if current else current_role, "title"
        return self._by_role(mention, named_next)

    def _by_role(self, mention: Mention, named_next: _Person | None) -> tuple[_Person | None, str, str]:
        """A title: its holder in the article, else a newcomer named next, else the speaker of the moment.

        Headlines and leads give the title of the article's main speaker, who
        is the first person the body names.
        """
        if mention.anonymous:
            return None, mention.role, "title"
        role_key = _role_key(mention.role)
        current, _ = self.current
        holders = [p for p in self.people.all if any(_roles_match(role_key, _role_key(r)) for r in p.roles)]
        if holders:
            chosen = next((p for p in holders if p is current), holders[0])  # the speaker keeps the floor
            return chosen, mention.role, "title"
        if mention.where in ("title", "lead") and self.first_body_person:
            return self.first_body_person, mention.role, "title"
        if current is not None and _same_head(role_key, current.roles):
            return current, mention.role, "title"
        if named_next is not None and id(named_next) not in self.seen:
            return named_next, mention.role, "title"
        if current is not None and (not current.roles or _shares_words(role_key, current.roles)):
            return current, mention.role, "title"
        if len(self.people.all) == 1:
            return self.people.all[0], mention.role, "title"
        return None, mention.role, "title"


def _trim_to_known_name(people: _People, mention: Mention) -> None:
    """``کوشکی فرهنگ بسیجی را ...``: keep the words that name someone known.

    A weakly-introduced name may run into the rest of the clause; its longest
    first words that answer to a known person are the name. Before an object
    (``را``) with no known match, only the first word is kept.
    """
    for length in range(len(mention.name_keys), 0, -1):
        if people.find(mention.name_keys[:length]):
            break
    else:
        length = 1 if mention.object_follows else len(mention.name_keys)
    mention.name_words = mention.name_words[:length]
    mention.name_keys = mention.name_keys[:length]
    if length == 1 and not people.find(mention.name_keys):
        mention.name_keys = _misspelt_surname(people, mention.name_keys[0]) or mention.name_keys


def _misspelt_surname(people: _People, key: str) -> tuple[str, ...] | None:
    """A surname one letter off a known one (روحاحی‌زاده for روحانی‌زاده): a typo."""
    if len(key) < MIN_TYPO_LENGTH:
        return None
    close = {p.keys[-1] for p in people.all if len(p.keys) > 1 and _one_edit_apart(key, p.keys[-1])}
    return (close.pop(),) if len(close) == 1 else None


def _one_edit_apart(a: str, b: str) -> bool:
    """One letter replaced, added or dropped."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    for n, (x, y) in enumerate(zip(a, b)):
        if x != y:
            return a[n + 1:] == b[n + 1:] if len(a) == len(b) else a[n:] == b[n + 1:]
    return True


def _role_key(role: str) -> tuple[str, ...]:
    """A role's folded words, without یک/این, for comparing roles."""
    words = [fold_word(w) for w in role.replace("،", " ").split()]
    return tuple(w for w in words if w not in INDEFINITE and w != DEMONSTRATIVE)


def _roles_match(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Same role when one starts the other (رئیس اداره ... / رئیس اداره ... استان)."""
    if not a or not b:
        return False
    joined_a, joined_b = "".join(a), "".join(b)
    return joined_a.startswith(joined_b) or joined_b.startswith(joined_a)


def _same_head(role: tuple[str, ...], roles: list[str]) -> bool:
    """Same kind of title (جانشین ... / جانشین ...) with more in common than the head word."""
    return bool(role) and any(
        _role_key(r)[:1] == role[:1] and len(set(role) & set(_role_key(r)) - {"و", "در", "از"}) > 1
        for r in roles)


def _shares_words(role: tuple[str, ...], roles: list[str]) -> bool:
    """Do the roles have a content word in common?"""
    mine = set(role) - {"و", "در", "از"}
    return any(mine & set(_role_key(r)) for r in roles)
