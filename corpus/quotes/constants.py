"""Word lists and tunables of quote extraction: the data, kept apart from the rules.

Everything a reader may want to extend (speech verbs, role words, words that
end a subject) or tune (window sizes, minimum lengths) is here; the modules
beside this one hold only rules.
"""

from __future__ import annotations

from corpus.names import DEMONSTRATIVES  # noqa: F401  (the quote rules read it here with the other word lists)
from corpus.orthography import fold_letters, fold_word

# --- Speech verbs -----------------------------------------------------------

# Simple verbs as (past stem, present stem): گفت/می‌گوید, افزود/می‌افزاید ...
SIMPLE_SPEECH_VERBS = (("گفت", "گوی"), ("افزود", "افزای"), ("فرمود", "فرمای"), ("نوشت", "نویس"))
# What turns a speech verb into a noun when written apart from it: گفت و گو (گفت‌وگو, a talk).
SPEECH_NOUN_TAILS = ("و گو",)

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
    "فاش": ("کرد", "ساخت", "نمود"),  # revealing what someone told them: پاستوره فاش کرد که ...
    "هشدار": ("داد",),
    "اخطار": ("داد",),
    "وعده": ("داد",),  # ``وعده داد (که) CLAIM``: a promise is reported speech
    "خبر": ("داد",),  # ``خبر داد که CLAIM``, ``خبر داد: QUOTE``; ``از CLAIM خبر داد`` is NEWS_CUE's
    "گزارش": ("داد",),  # a paper's or a body's report: ``آاس گزارش داد (که) CLAIM``
    "گله": ("کرد",),
    # Round 24: a complaint reports what was said as گله does (``نماینده گلایه کرد که CLAIM``)
    "گلایه": ("کرد", "نمود"),
    "پاسخ": ("داد",),
    "تکرار": ("کرد",),
    "مثال": ("زد",),
    "تایید": ("کرد", "نمود"),
    "ابراز امیدواری": ("کرد", "نمود"),
    "اظهار امیدواری": ("کرد", "نمود"),
    # certainty voiced, like hope: ``مدافع تیم ابراز اطمینان کرد (که) CLAIM``
    "ابراز اطمینان": ("کرد", "نمود"),
    "اظهار اطمینان": ("کرد", "نمود"),
    # posting words online: ``لاپورتا توییت کرد: «...»``
    "توییت": ("کرد",),
    "توئیت": ("کرد",),
    # a prediction is what someone said will happen: ``کارشناس پیش‌بینی کرد (که) CLAIM``
    "پیش بینی": ("کرد", "نمود"),
}
# Compound verbs that report speech only before a colon or که (``به این نکته اشاره کرد که
# CLAIM``, ``درباره واگذاری باشگاه اظهار نظر کرده که CLAIM``): elsewhere they refer to a topic
# (``به «نقش رسانه‌ها» اشاره کرد``، ``درباره این موضوع اظهار نظر کرد``).
REFERRING_VERBS = {"اشاره": ("کرد", "نمود"), "اظهار نظر": ("کرد", "نمود"),
                   # ``دادستان آنان را متهم کرد که CLAIM``; with its charge (کشور را به ... متهم کرد)
                   # it is an accusation, ACCUSING_NOUNS
                   "متهم": ("کرد", "نمود"),
                   # ``مدیرعامل تهدید کرد که CLAIM``: what is threatened; with its charge (او را به استعفا
                   # تهدید کرد) it is an accusation's shape, ACCUSING_NOUNS
                   "تهدید": ("کرد", "نمود"),
                   # Round 24: a promise, criticism, a guarantee and a worry voiced report what was
                   # said before که (``وزیر قول داد که CLAIM``، ``انتقاد کرد که CLAIM``); elsewhere they
                   # take a person or a topic (``به او قول داد به جبهه برود``، ``از داوری انتقاد کرد``،
                   # ``امنیت را تضمین کرد``)
                   "قول": ("داد",), "انتقاد": ("کرد", "نمود"),
                   "تضمین": ("کرد", "نمود"), "ابراز نگرانی": ("کرد", "نمود"), "اظهار نگرانی": ("کرد", "نمود"),
                   # a message's words: ``یکی از شنوندگان پیام داده که CLAIM``; elsewhere only a message sent
                   "پیام": ("داد",), "پیامک": ("داد",),
                   # Round 27: an assurance, an admission and an insistence report what was said before
                   # که (``وزیر اطمینان داد که CLAIM``، ``اعتراف کرد که CLAIM``، ``اصرار کرد که CLAIM``);
                   # elsewhere they take a topic (به خانواده‌ها اطمینان داد، به جرم خود اعتراف کرد)
                   "اطمینان": ("داد",), "اعتراف": ("کرد", "نمود"), "اصرار": ("کرد", "داشت")}
# Round 28: nouns of saying whose present with داشتن drops its می (``او اصرار دارد که CLAIM``،
# ``همسایه گلایه دارد که CLAIM``، ``کارشناسان اذعان دارند که CLAIM``): before که or a colon they
# report what is said, as their past does; alone they are a state (از داوری گلایه دارند) or a
# thing insisted on (بر حضور خود اصرار دارد).
PRESENT_HAVING_SPEECH_NOUNS = ("اصرار", "گلایه", "گله", "اذعان")
# Simple verbs as (past stem, present stem) that report speech only before که or a colon, as the
# referring verbs do: an admission (``صدری در عین حال پذیرفت که CLAIM``); elsewhere they take a
# thing (پیشنهاد را پذیرفت، دعوت باشگاه را پذیرفت).
REFERRING_SIMPLE_VERBS = (("پذیرفت", "پذیر"),)
# Words saying how the words after a colon were said, whatever the verb (شاهرودی اینگونه
# واکنش نشان داد: ...، صحبت‌هایش را این‌طور به پایان برد: ...).
MANNER_WORDS = ("اینگونه", "این گونه", "اینطور", "این طور", "اینچنین", "این چنین", "چنین", "بدین شکل", "به این شکل")
# Verbs that report speech only right before a colon: ``در پایان بیانیه آورده است: QUOTE``,
# ``گزارشگر فریاد زد: «...»`` (elsewhere آورد brings something, فریاد زد is only a shout,
# مطرح کرد raises a topic: ``این سخن را در حالی مطرح می‌کند که``).
COLON_ONLY_SPEECH_VERBS = ("آورده است", "آورده", "آورد", "نگاشته است", "نگاشته",
                           "فریاد زد", "فریاد کشید", "داد زد", "واکنش نشان داد",
                           "مطرح کرد", "مطرح نمود", "مطرح کرده است", "مطرح کرده",
                           # a denial before its words (سرپرست تیم خبر را تکذیب کرد: ...); elsewhere
                           # only the report is denied
                           "تکذیب کرد", "تکذیب کرده است", "تکذیب کرده", "تکذیب می کند", "تکذیب کردند",
                           # advice and reminders before their words (او توصیه کرد: ...); elsewhere
                           # a که after them may only join a clause (به مربی تذکر داد که ... همراه شد)
                           "توصیه کرد", "توصیه کردند", "توصیه نمود", "توصیه می کند", "سفارش کرد",
                           "گوشزد کرد", "تذکر داد",
                           # a proposal before its words (پیشنهاد داد: ...); before که it is reported
                           "پیشنهاد داد", "پیشنهاد کرد", "پیشنهاد کردند", "پیشنهاد داده است")

# What parts a headline's last part from its topic when that part is someone's «words»
# (گفت‌وگو با X؛ «QUOTE»، نامه ... به مجلس: «QUOTE»).
HEADLINE_TAIL_MARKS = ("؛", ";", ":", "：")
# What parts a headline's topic from a claim written with no «» (``گفت‌وگو با رئیس اتاق؛ رکود از
# تحریم بدتر است``): the claim is someone's words when a quote below says them (round 25). Not the
# colon: ``X: CLAIM`` is a label's direct quote already.
HEADLINE_CLAIM_MARKS = ("؛", ";")

# The words a speech verb opens on (a simple verb's past stem, a compound's noun), for reading
# one typed a letter off before a colon (وی افرود:، اظها داشت:); words shorter than
# MIN_MISSPELT_CHARS letters are too near too many others to be read so.
MISSPELT_CUE_WORDS = tuple(dict.fromkeys(fold_word(word) for word in (
    *(past for past, _ in SIMPLE_SPEECH_VERBS), *(noun.split()[0] for noun in COMPOUND_SPEECH_VERBS))))
MIN_MISSPELT_CHARS = 4

# Speech verbs found run onto the word before them, the space left out, before a colon (آمریکاگفت:).
RUN_ON_SPEECH_VERBS = ("گفت",)

# A sentence ends at . ! ? ؟ ؛ or a colon (agency tags, earlier quotes).
SENTENCE_MARKS = "!?؟؛:\n"  # and a full stop that is not a decimal point
# A name written as dotted letters (آ.اس، بی.بی.سی، ج.ا.ا) holds full stops that end no sentence: its
# parts are this short, and it opens on a single letter or has this many parts (شد.وی is two sentences).
MAX_ABBREVIATION_PART = 2
MIN_ABBREVIATION_PARTS = 3
ABBREVIATION_REACH = 16  # how far either side of a full stop such a name is looked for
# How far back from a speech verb its subject may start: about 80 words.
SUBJECT_WINDOW = 600

# --- Words that describe people ----------------------------------------------

# وی/او/ایشان and the deferential معظم‌له; a bare verb (افزود:) refers the same way.
PRONOUNS = ("وی", "او", "ایشان", "معظم له")
PRONOUN_KEYS = frozenset(fold_word(word) for word in PRONOUNS if " " not in word)  # one-word pronouns, as word keys
NARRATOR_WORD = "وی"  # the report's pronoun for a speaker: nobody calls himself وی
# Words between a claim and the cue of a direct quote that follows it in one sentence
# (... کافی نیست و وی افزود: ...): they open that cue's clause, not the claim's.
DIRECT_CUE_OPENERS = frozenset(fold_word(word) for word in ("و", "وی", "او", "ایشان"))
# "himself" before a subject (خود رضایی هم گفت): emphasis, the subject follows it.
EMPHATIC_SELF = fold_word("خود")

# Sentence openers that are not the subject: گفتنی است، ... X گفت
OPENERS = (
    "گفتنی است", "شایان ذکر است", "لازم به ذکر است", "قابل ذکر است", "یادآور می شود",
    # the passive notes of a report (خاطرنشان می‌شود، در این مراسم فرمانده ... گفت)
    "خاطر نشان می شود", "یادآوری می شود", "لازم به یادآوری است", "شایان یادآوری است",
    "همچنین", "سپس", "همچنان", "ضمنا", "در عین حال", "افزون بر این", "از سوی دیگر", "از طرفی", "بنابراین",
    # connectives a report opens on before its subject (حال روابط عمومی باشگاه اعلام کرده ...)
    "حال", "حالا", "از این رو", "با این حال", "با این وجود", "در این میان", "در همین حال",
    "به همین دلیل", "در نهایت", "سرانجام", "از این میان", "از آن میان", "در این بین",
    # "accordingly", "in this direction", "thus", "in turn": a connective opening on a preposition
    # (بر همین اساس ازبک‌ها اعلام کرده‌اند) hid the subject, and the verb went to whoever spoke last
    "بر این اساس", "بر همین اساس", "در این راستا", "در همین راستا", "به این ترتیب", "بدین ترتیب",
    "به همین ترتیب", "در مقابل",
    # how sure the report is (گویا ... او می‌گوید): an adverb, never a name
    "گویا", "ظاهرا", "احتمالا", "شاید", "قطعا", "مسلما", "یقینا",
    "حتی",  # حتی پیر دوبوا، رئیس باشگاه نانت، خواستار ... شد: "even", before the subject
    # "meanwhile ...": a frame, the subject follows (این در حالی است که کاپیتان تیم گفته ...)
    "این در حالی است که", "این در حالیست که",
    # a Fars report going on (این گزارش حاکی است، اتریش ... پیشنهاد داد): the report, not the subject
    "این گزارش حاکی است",
    # "at the same time" (همزمان کارکنان این مرکز ... نوشتند، همزمان سازمان لیگ اعلام کرد): the
    # subject follows, a group or a body too, not whoever spoke last
    "همزمان", "هم‌زمان",
)

# First words of a role phrase: مدیرکل ...، امام جمعه ...، نماینده ...
ROLE_HEADS = (
    "رئیس", "رییس", "رئیس کل", "رئیس جمهور", "رئیس جمهوری", "ریاست", "نایب رئیس", "نائب رئیس",
    "مدیرعامل", "مدیر عامل", "مدیرکل", "مدیر کل", "مدیر", "معاون", "قائم مقام", "قایم مقام",
    "وزیر", "استاندار", "فرماندار", "بخشدار", "شهردار", "دهیار", "نماینده",
    "دبیر", "دبیرکل", "دبیر کل", "سرپرست", "مسئول", "مسوول", "مسیول", "مسؤول", "کارشناس",
    "عضو", "دادستان", "امام جمعه", "امام جماعت", "خطیب", "فرمانده", "جانشین",
    "رهبر", "سخنگوی", "سخنگو", "مشاور", "سفیر", "کاردار", "سرکنسول", "کنسول", "نخست وزیر",
    "سرمربی", "مربی", "بازیکن", "کاپیتان", "مهاجم", "هافبک", "مدافع", "دروازه بان", "مدیر برنامه",
    # more of a team and its match, as sports news title them
    "کمک مربی", "گلر", "سنگربان", "وینگر", "بدنساز", "آنالیزور", "لژیونر", "داور", "کمک داور",
    "استاد", "دانشیار", "استادیار", "پژوهشگر", "محقق", "نویسنده", "کارگردان", "بازیگر",
    "تهیه کننده", "خواننده", "شاعر", "هنرمند", "حقوقدان", "تحلیلگر", "فعال", "متخصص", "پزشک",
    "فوق تخصص",  # a sub-specialist as health news titles one (فوق تخصص گوارش و کبد کودکان)
    "وکیل", "رئیس قوه", "رئیس دادگستری", "مقام", "مقامات", "منبع", "دیپلمات", "کارگزار",
    "پادشاه", "ولیعهد", "صدراعظم", "مفتی", "متولی", "بنیانگذار", "موسس", "مقام معظم رهبری",
    "رهبر معظم انقلاب", "رهبر انقلاب", "دبیر کل", "سخنگوی وزارت", "عضو هیات", "عضو هیئت",
    # the first or second in command (نفر دوم وزارت امور خارجه، نفر دوم مونیخی‌ها)
    "نفر اول", "نفر دوم", "نفر سوم",
    # who inspects or audits for an office (بازرس کار استان، بازرس کل، حسابرس شرکت)
    "بازرس", "حسابرس",
) + tuple(  # the first or second in command called by rank (مرد شماره دو القاعده، نفر شماره یک تیم)
    f"{person} شماره {rank}" for person in ("مرد", "نفر") for rank in ("یک", "دو", "سه", "1", "2", "3"))

# First words of an organisation that speaks for itself: ستاد ... اعلام کرد.
ORGANISATION_HEADS = (
    "سازمان", "وزارت", "ستاد", "شرکت", "اداره", "اداره کل", "دولت", "مجلس", "کمیته", "کمیسیون",
    "شورای", "شورا", "بیانیه", "گروه", "حزب", "جبهه", "جنبش", "ارتش", "سپاه", "پلیس", "دفتر",
    "مرکز", "بانک", "دانشگاه", "روزنامه", "هفته نامه", "پایگاه", "شبکه", "هیات", "هیئت",
    "اتحادیه", "انجمن", "فدراسیون", "باشگاه", "کاخ سفید", "پنتاگون", "نیروی", "گمرک", "قرارگاه",
    "استانداری", "شهرداری", "دادگاه", "دادستانی", "اطلاعیه", "گزارش", "نامه", "پیام", "وزارتخانه",
    "ائتلاف", "کانون", "مجمع", "بنیاد", "موسسه", "مؤسسه", "دبیرخانه", "فرمانداری", "کنفدراسیون",
    "رادیو", "تلویزیون",  # broadcasters speak as papers do (رادیو صدای آمریکا گفت)
    "خبرگزاری", "سامانه",  # a foreign agency with no subject after it (skip_agency): خبرگزاری فرانسه افزود
    "روابط عمومی", "سایت", "وب سایت", "پایگاه اطلاع رسانی", "رسانه",
    # publications, which speak as newspapers do (بولتن دانشمندان اتمی ... اعلام کرد؛ این بولتن می‌افزاید)
    "نشریه", "مجله", "بولتن", "ماهنامه", "فصلنامه",
)

# Phrases saying what a question or a remark is about (در مورد اینکه X اعلام کرده ...، درباره ...):
# a fact they speak of may be someone else's words, told with that one's own speech verb.
TOPIC_PHRASES = tuple(tuple(fold_word(word) for word in phrase.split()) for phrase in (
    "در مورد", "درمورد", "درباره", "در باره", "در خصوص", "درخصوص", "در رابطه با", "راجع به",
))
# Given names "X of God" (روح‌الله، رحمت‌الله، عزت‌الله): written as one word, or with a ZWNJ, they
# are one word the lists of given names hold only as two (روح الله). The words that open them:
# only these, for the wide list of given names holds words that open no name with الله (بیت‌الله،
# کلام‌الله، بسم‌الله) and آیت‌الله is an honorific.
GIVEN_NAMES_OF_GOD = frozenset(fold_word(word) for word in (
    "روح", "رحمت", "نعمت", "حجت", "عزت", "فضل", "حبیب", "ولی", "اسد", "سیف", "هدایت", "ذبیح", "عطا",
    "فتح", "لطف", "قدرت", "نصر", "نور", "خلیل", "امان", "شکر", "حمد", "کرم", "حشمت", "ید", "فرج",
    "نجات", "مشیت", "عین", "رحم", "خیر", "حفظ", "عوض", "امر", "سعد", "نبی", "جان", "حیات", "شفیع",
))
GODS_NAME = tuple(fold_word(word) for word in ("الله", "اله"))
# How a report gives the name an unnamed speaker goes by, inside the relative clause of their
# description (مردی شصت ساله که اهالی او را «عمو جلال» صدا می‌کنند، گفت; سرپرستاری که خود را ملیحه
# معرفی می‌کند، می‌گوید): the object (او را / خود را), the name, and one of these verbs after it.
CALLED_OBJECTS = ("او", "وی", "خود", "خودش")
CALLED_VERBS = tuple(tuple(fold_word(word) for word in verb.split()) for verb in (
    "صدا می‌کنند", "صدا می‌زنند", "صدا می‌کردند", "صدا می‌زدند", "صدا می‌کند", "صدا می‌زند",
    "می‌نامند", "می‌نامیدند", "خطاب می‌کنند", "معرفی می‌کند", "معرفی کرد", "معرفی می‌کرد",
))
MAX_CALLED_NAME_WORDS = 3  # عمو جلال، کربلایی رمضان، حاج علی آقا
# Words of address a report calls an elder by, before the given name (عمو رحیم، ننه گلی، بی‌بی
# خدیجه): the two are the name the person goes by, as a full name is, though no list holds it.
KIN_ADDRESS = frozenset(fold_word(word) for word in (
    "عمو", "عمه", "خاله", "دایی", "ننه", "بی‌بی", "مش", "مشدی", "کربلایی", "آبجی"))
# Names a report gives a person it names in full: ``لوسیانو پریرا ملقب به شیمبا``, ``X که ... با نام
# کلبرینیو شناخته می‌شود``. When the report then quotes them by that name, it is the same person.
ALIAS_BEFORE = tuple(tuple(fold_word(word) for word in cue.split()) for cue in ("ملقب به", "معروف به", "مشهور به"))
KNOWN_AS_OPENERS = tuple(tuple(fold_word(word) for word in cue.split()) for cue in ("با نام", "به نام"))
KNOWN_AS_CLOSER = fold_word("شناخته")
# ``X، کاپیتان تیم که میان هواداران به «بابا» شهرت دارد``: به, the other name, then one of these.
FAMED_AS_CLOSERS = frozenset(fold_word(word) for word in ("شهرت", "مشهور", "معروف"))
# ``از «پیشی»، یعنی مهدی پیشگاهی``: the other name, a comma, this, then the full name.
THAT_IS = fold_word("یعنی")
# ``ژوزینیو که نام کاملش ژوزه کارلوس سیلوا است``، ``کمتر کسی نام کاملش، جواد رحمانی، را می‌داند``:
# the words that say the name after them is the whole name of one the report calls otherwise.
FULL_NAME_OPENERS = tuple(tuple(fold_word(word) for word in cue.split()) for cue in (
    "نام کاملش", "نام کامل او", "نام کامل وی", "نام کامل", "اسم کاملش", "اسم کامل او", "اسم کامل"))
# Words ending a surname (حسن‌زاده، کریمی نیا) that the lexicon knows as verbs (زاده "born", نیا "do
# not come"): after a word that may be a name's, they end the name, never a clause.
SURNAME_TAILS = frozenset(fold_word(word) for word in ("زاده", "نیا"))
# Words saying where a paper is printed or a body is based (روزنامه الف چاپ لندن، اندیشکده ... مستقر
# در واشنگتن): its name ends before them.
PUBLISHED_IN = frozenset(fold_word(word) for word in ("چاپ", "مستقر", "واقع", "مقیم"))
# Heads of a paper, a site or a broadcaster, whose country may follow its name (روزنامه بیلد
# آلمان، سایت ... عربستان): the country says where it is published, not part of the name.
PAPER_HEADS = frozenset(fold_word(word) for word in (
    "روزنامه", "نشریه", "مجله", "هفته‌نامه", "ماهنامه", "سایت", "شبکه", "رادیو", "تلویزیون",
))

# Heads of an outlet whose kind is the role the news gives it when it speaks (روزنامه مارکا نوشت:
# role روزنامه; سایت اینترنتی میدل ایست آن لاین: role سایت اینترنتی), as a person's office is.
OUTLET_KIND_HEADS = PAPER_HEADS | frozenset(fold_word(word) for word in ("خبرگزاری",))
# The nisba after a stem ending in ا (ایتالیایی، آمریکایی): یی, where a lone ی is the ezafe (دنیای).
NISBA_AFTER_ALEF = fold_word("یی")

# ``این نهاد / این تشکل``: a demonstrative before a word that calls a body by no kind of its own means
# whichever organisation the report met or named last, of any kind; ``این وزارتخانه`` is a ministry
# (وزارت ...). Not a paper or an agency (PAPER_HEADS, خبرگزاری): a credit line names no body speaking.
ANY_BODY_KINDS = frozenset(fold_word(word) for word in ("نهاد", "تشکل"))
BODY_KIND_ALIASES = {fold_word("وزارتخانه"): fold_word("وزارت")}
NO_BODY_SPEAKING = PAPER_HEADS | frozenset(fold_word(word) for word in ("خبرگزاری", "پایگاه"))
# A name found by its kind in a sentence that quotes nobody ends before these (هشدار سازمان هواشناسی
# درباره بارش ...): read outside a speaker's clause, the words after it are the sentence's.
BODY_NAME_PREPOSITIONS = frozenset(fold_word(word) for word in ("درباره", "برای", "به", "از", "با", "در", "پیرامون", "علیه"))

# Nouns that count times after یک (یک بار دیگر، یک مرتبه): how often, never someone of a kind.
ONCE_NOUNS = frozenset(fold_word(word) for word in ("بار", "مرتبه", "دفعه", "نوبت", "سری"))

# Words that start a source line or credit, never a speaker.
AGENCY_WORDS = frozenset({"خبرگزاری", "خبرنگار", "گزارش", "پایگاه", "فارس", "ایرنا", "ایسنا", "مهر"})
# News agencies known by an acronym no name or place shares: after a place, they are a dateline
# (زنجان - ایرنا - رئیس ... گفت), not a speaker's name (فارس and مهر are names and places too).
DATELINE_AGENCIES = frozenset(fold_word(word) for word in ("ایرنا", "ایسنا", "ایلنا", "ایکنا", "تسنیم", "برنا"))
# ---- Round 26i: a dateline opening the lead or a paragraph (subjects.dateline_end) ----
# Agencies open an item on its place, its agency, its desk or its date, each set off by a dash or
# a slash (خرم‌آباد - سرپرست ...، تهران- ایرنا- ...، شیراز/ ...، بروجرد (لرستان) -، گروه اقتصادی -،
# ۱۲ آذر ۱۳۹۸ -), before the sentence's own subject: never the speaker's name. A part holds at most
# so many words, and an opening at most so many parts.
DATELINE_MARKS = "-–‐/ـ"
MAX_DATELINE_WORDS = 4
MAX_DATELINE_PARTS = 3
# A province's name a dateline ends on with no mark after it (ایسنا/خراسان رضوی مدیرکل ... گفت):
# PROVINCE_NAMES' first word, a tail (PLACE_NAME_TAILS), or «و» and a second name for these.
PROVINCES_IN_TWO_PARTS = frozenset(fold_word(word) for word in ("چهارمحال", "کهگیلویه", "سیستان"))

# Words that end the subject of a speech verb (``رضایی امروز در ... گفت``):
# prepositions, time words, conjunctions that start the predicate.
PREDICATE_STARTS = frozenset(fold_word(word) for word in (
    "در", "با", "به", "از", "برای", "بر", "را", "که", "طی", "ضمن", "پس", "پیش", "قبل", "بعد",
    "امروز", "دیروز", "امشب", "دیشب", "صبح", "عصر", "ظهر", "شب", "بامداد", "روز", "هفته",
    "شامگاه", "صبحگاه", "عصرگاه", "بعدازظهر", "پیش‌ازظهر", "ساعاتی", "لحظاتی", "سال", "ماه",
    "نیز", "هم", "همچنین", "سپس", "درباره", "درمورد", "راجع", "خطاب", "همزمان", "هم‌زمان", "نسبت",
    "ابتدا", "بار", "تاکنون", "اخیرا", "پیرامون", "درخصوص", "دراین", "درپایان", "درادامه",
    "درحاشیه", "درجمع", "درابتدا", "درابتدای", "درباره", "درمورد", "درراستای", "درحالی", "ضمنا", "نخست", "آنگاه", "همچنان", "خود", "خویش", "باز", "است",
    "بود", "شد", "می", "نمی", "و", "یا", "تا", "چون", "اگر", "زیرا", "بلکه", "حتی", "فقط",
    "بنا",  # بنا بر / بنا به این گزارش، ...: "according to", as به گزارش
    "درپی", "بدنبال",  # در پی / به دنبال written as one word: "following" (درپی وقوع انفجار، رییس ...)
))

# Adverbs that never stand inside a title's chain of nouns: after a role they open the predicate
# (سرمربی پیشین نفت آبادان | هنوز تیم بعدی‌اش را انتخاب نکرده است).
ROLE_ENDING_ADVERBS = frozenset(fold_word(word) for word in (
    "هنوز", "همواره", "همیشه", "هرگز", "اکنون", "هم‌اکنون"))
# How someone speaks, written between the subject and the verb of saying (مریم آهسته گفت، رحیم
# گریه‌کنان گفت، نازنین لبریز اشک گفت): the predicate's, never a name's. Words that are also
# surnames (خندان، آرام، شادمان) are left out: «علی خندان گفت» names علی خندان.
MANNER_OF_SPEAKING = frozenset(fold_word(word) for word in (
    "آهسته", "گریان", "لرزان", "هراسان", "شتابان", "سراسیمه", "بغض‌کرده", "بغض‌آلود", "بغضآلود",
    "عصبانی", "خسته", "نگران", "لبریز", "اشک‌آلود", "غمگین", "متعجب", "مضطرب", "ناراحت",
    "زیرلب", "آهسته‌آهسته"))
# A present participle of manner ends so (گریه‌کنان، لبخندزنان، نفس‌زنان، اشک‌ریزان); «کنان» also
# stands alone after its noun (هق‌هق کنان، من و من کنان). «زنان» alone is "women", no manner.
MANNER_PARTICIPLE_ENDINGS = tuple(fold_word(word) for word in ("کنان", "زنان", "ریزان", "گویان"))
MANNER_PARTICIPLE_ALONE = fold_word("کنان")
# A comparative (نزدیک‌تر، آرام‌تر، بلندتر): how, never who.
COMPARATIVE_ENDING = fold_word("تر")
# Parts of the body (and the breath, the look) a story makes the subject or the object of the
# clause before the verb of saying (صورت پسرک سرخ شد و گفت، نفس عمیقی کشید و گفت): no name holds
# one, so a name read on into one ends before it. Not سر (سر الکس فرگوسن: Sir) nor صدا (صدای
# آمریکا, a broadcaster's name).
PARTS_OF_THE_BODY = frozenset(fold_word(word) for word in (
    "صورت", "چهره", "چشم", "چشمان", "چشم‌ها", "چشم‌های", "دست", "دستان", "دست‌ها", "دست‌های",
    "لب", "لبان", "لب‌ها", "لب‌های", "گونه‌ها", "گونه‌های", "پیشانی", "شانه", "شانه‌ها", "شانه‌های",
    "اشک", "اشک‌ها", "اشک‌های", "نفس", "نفسی", "بغض", "آه", "آهی"))
# The shortest half of a word of manner doubled in one word (بریده‌بریده، دوان‌دوان): shorter
# halves make words of address and pet names (بابا، زیزی), and هق‌هق is followed by کنان.
MIN_DOUBLED_HALF = 3
# The verbs of a copula's predicate: an ordinal or superlative before one opens the predicate
# (مدیرکل ... | آخرین سخنران این نشست بود که گفت).
PREDICATE_COPULAS = frozenset(fold_word(word) for word in ("است", "بود", "شد", "هست", "می‌باشد", "میباشد"))

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
    "ره", "رض", "س", "ع", "ص", "عج", "قده", "مدظله", "مد", "ظله", "العالی", "امام", "حضرت", "شهید", "شهدا",
    "مرحوم", "راحل",
    "ملقب", "موسوم", "معروف", "مشهور",  # a nickname follows the name: X Y ملقب به Z، X Y معروف به «Z»
))

# Nouns whose complement takes از inside a role: دبیر کارگروه پیشگیری از آسیب‌های اجتماعی.
FROM_COMPLEMENT_NOUNS = frozenset(fold_word(word) for word in (
    "پیشگیری", "حمایت", "حفاظت", "صیانت", "پشتیبانی", "دفاع", "بهره‌برداری", "نگهداری", "مراقبت",
    "جلوگیری", "استفاده", "قدردانی", "تجلیل",
))
# Of those, the ones an organisation's name goes on past از with (انجمن حمایت از کودکان کار، ستاد
# پیشگیری از ...): not دفاع, whose وزارت دفاع | از حمله ... خبر داد ends the name before the claim.
ORGANISATION_FROM_NOUNS = frozenset(fold_word(word) for word in ("حمایت", "پیشگیری"))
# Nouns that take their object with با inside a role or an organisation's name (ستاد مقابله با
# بیماری‌های تنفسی، دبیر ستاد مبارزه با مواد مخدر، دفتر ارتباط با رسانه‌ها، معاون امور مرتبط با
# مجلس، دفتر همکاری با سازمان‌های بین‌المللی، اداره بیماری‌های قابل پیشگیری با واکسن): the name goes on past با.
WITH_COMPLEMENT_NOUNS = frozenset(fold_word(word) for word in (
    "مقابله", "مبارزه", "ارتباط", "ارتباطات", "مرتبط", "همکاری", "پیشگیری"))

# --- Judgements reported as said ------------------------------------------------

# Verbs that report a judgement as said: ``روابط دو کشور را دیرینه دانست`` (past stems;
# the plural and perfect endings are added by the pattern: دانستند، دانسته است).
JUDGING_VERBS = ("دانست", "خواند", "برشمرد", "نامید", "نام برد")
# Nouns that judge with کرد/نمود: ``کارها را بی‌نظیر عنوان کرد``.
JUDGING_NOUNS = ("ارزیابی", "توصیف", "قلمداد", "تلقی", "عنوان", "اعلام", "ذکر", "بیان")
# Nouns that estimate with کرد/نمود (``خسارت سیل را ۳۰۰ میلیارد ریال برآورد کرد``، ``رشد اقتصادی را
# ۲ درصد پیش‌بینی کرد``): agency reports give an official's or a body's figure so. A judgement only
# when an amount follows را (ESTIMATED_AMOUNT_WORDS or digits): ``بودجه را برای X پیش‌بینی کرد``
# provides for, ``هزینه را برآورد کرد`` reckons; neither says what the figure is.
ESTIMATING_NOUNS = ("برآورد", "پیش بینی", "تخمین")
ESTIMATING_KEYS = tuple(fold_word(noun.replace(" ", "")) for noun in ESTIMATING_NOUNS)
# Judging verbs read in the present too, as (past, present) stems, but only around words in «»
# (``او این مدرسه را «خانه دوم همه اهالی» می‌داند``): the marks make them the judge's words.
# Elsewhere the present states an essay's views (دیدگاهی که ... را ... می‌داند) or knowing.
PRESENT_JUDGING_VERBS = (("دانست", "دان"), ("نامید", "نام"))
# Words that put a verb after them inside a relative or reported clause (گفت که او را ... می‌داند،
# با بیان اینکه ... را ... می‌داند، آنچه آن را X می‌نامد): a present judgement after one is not reported.
RELATIVE_OPENERS = ("که", "اینکه", "این‌که", "آنچه", "آن‌چه")
# How a present judgement's clause must refer to its judge (Mention.ref): by name. A role or nobody
# (an essay's ... را ... می‌داند) states a view more often than it reports one; a group is read apart (below).
PRESENT_JUDGE_REFS = ("name", "surname")
# Judging nouns read in the present with کند/کنند as PRESENT_JUDGING_VERBS are: around words in «»
# (``او این طرح‌ها را «مسکن‌هایی در بیابان» توصیف می‌کند``, round 25), and in the plural for a group
# (کارشناسان X را Y ارزیابی می‌کنند; the plural of PRESENT_JUDGING_VERBS is read for a group too:
# مسئولان X را مانع اصلی می‌دانند). A group written out before the verb reports its view as a quote
# (ANNOTATION.md, round 21: a group with a verb of believing), where a bare «بسیاری» or an essay's
# «را ... می‌داند» states one.
PRESENT_JUDGING_NOUNS = ("ارزیابی", "توصیف", "قلمداد", "تلقی")
# A group's belief in the present plural, its claim after it (طرفداران تصور می‌کنند که ...،
# کارشناسان فکر می‌کنند ...): read only for a group written out, as PRESENT_JUDGING_NOUNS are.
# One person's (او فکر می‌کند) is left: stories tell a person's thoughts in their own narration. Not
# امیدوارند: reports tell a team's or a crowd's hopes (هواداران امیدوارند این گره باز شود) as narration
# (3 of 3 non-gold and varzesh3-unseen-5's gold; fars-unseen-9's one row the other way).
GROUP_BELIEF_VERBS = ("تصور می‌کنند", "فکر می‌کنند", "گمان می‌کنند", "می‌پندارند")
# Fewest words in «» a present judgement quotes (``را «ظلم به کارمندان» می‌داند``); fewer are a
# name or a term (او «خدا» را همراه خود می‌داند).
MIN_JUDGED_TERM_WORDS = 3
# A judging or announcing verb whose own object with را stands right before it (only a judgement or
# adverbs between: ``آمار مسافران را ۲ میلیون نفر اعلام کرد که ...``، ``دلایل خود را هم بیان کرد که ...``)
# has said what it says there: the که after it opens a relative clause on that object (``... که نسبت به
# پارسال بیشتر است``), not a claim. A demonstrative object points forward to the claim and stays one
# (``این نکته را اعلام کرد که ...``); these words before را open a phrase the demonstrative is inside of
# (``تعداد پارک‌های این منطقه را ...``: a place, not the object pointing forward).
OBJECT_PHRASE_PREPOSITIONS = frozenset(fold_word(word) for word in ("در", "از", "به", "با", "برای", "بر", "تا"))
# How far before را a demonstrative may open the object (``این نکته مهم را``).
DEMONSTRATIVE_OBJECT_WORDS = 3

# Nouns that accuse, threaten or blame with their light verb, the charge after ``را به``:
# ``X، Y را به Z متهم کرد / تهدید کرد / نسبت داد`` says what X said of Y, as a judgement
# does; without ``را به`` (شوت او دروازه را تهدید کرد) nothing is said.
ACCUSING_NOUNS = {"متهم": ("کرد", "نمود"), "تهدید": ("کرد", "نمود"), "نسبت": ("داد",)}
# The word the charge opens on, right after the object's را.
CHARGE_OPENER = fold_word("به")
# Words that make ``به`` an adverb of manner, no charge (دروازه را به شدت تهدید کرد); one may
# stand before the charge (او را به صراحت به دروغگویی متهم کرد).
MANNER_AFTER_TO = frozenset(fold_word(word) for word in (
    "شدت", "سختی", "جد", "جدیت", "خوبی", "راحتی", "آسانی", "سادگی", "صراحت", "وضوح", "تلویح", "طور",
    "نوعی", "گونه‌ای", "ویژه", "خصوص", "مراتب", "کرات", "دفعات", "تکرار", "تازگی", "زودی",
))
# Judging nouns that also announce: ``مصدومیت را دلیل غیبت او اعلام کرد`` judges, but
# ``آمادگی خود را برای میزبانی اعلام کرد`` announces; only a judgement has a noun right after را.
ANNOUNCING_NOUNS = frozenset(fold_word(word) for word in ("اعلام", "بیان"))
# Declaring oneself ready or willing (آمادگی خود را برای میزبانی اعلام کرد، تمایل باشگاه را به
# تمدید قرارداد اعلام کرد) states what the speaker will do: a claim announced, though a
# preposition follows را (three gold sets by different authors hold it as a quote).
DECLARED_READINESS = frozenset(fold_word(word) for word in ("آمادگی", "تمایل"))
# What the readiness is for opens right after را (آمادگی خود را برای میزبانی، تمایل خود را به
# تمدید): without it (آمادگی خود را از طریق روابط عمومی اعلام کرد) nothing is said it will do.
READY_FOR = frozenset(fold_word(word) for word in ("برای", "به", "جهت"))
# How far before را the readiness noun may stand: its possessor and one attribute (آمادگی کامل این هیئت).
READINESS_OBJECT_WORDS = 4
# What stands after را when the verb announces rather than judges: prepositions and adverbs.
NOT_A_JUDGEMENT = frozenset(fold_word(word) for word in (
    "از", "به", "با", "برای", "در", "بر", "تا", "طی", "رسما", "رسماً", "قبلا", "قبلاً", "امروز", "دیروز", "نیز",
    "هم", "بار", "مجددا", "مجدداً", "دوباره", "صراحتا", "صراحتاً", "شخصا", "شخصاً", "پیشتر", "اخیرا", "اخیراً",
    "فورا", "فوراً", "سپس", "همچنین", "بعدا", "بعداً", "بلافاصله", "هنوز", "طبق", "بنابر",
))
# After ``را از`` an announcing noun judges when a group follows that the object is counted among
# (X را از اهداف اصلی / دیگر برنامه‌های / مهم‌ترین دغدغه‌های ... اعلام کرد), told by these words, a
# superlative, or a plural in ها or ات; not the object of a feeling (رضایت خود را از قراردادش اعلام کرد).
COUNTED_AMONG = frozenset(fold_word(word) for word in (
    "دیگر", "جمله", "اهداف", "وظایف", "عوامل", "موانع", "مزایای", "مسائل", "دلایل", "علل",
))
COUNTED_AMONG_ENDINGS = tuple(fold_word(ending) for ending in ("ها", "های", "هایی", "ات", "ترین"))
# Auxiliaries that make a judging or speech participle passive (از او به عنوان گزینه اصلی نام برده
# می‌شود، دانسته شد، به آنها پاسخ داده می‌شود که ...): nobody is said to judge or speak.
PASSIVE_AUXILIARIES = ("می شود", "می شوند", "شد", "شدند", "شده", "شود", "نمی شود")
# Words of "one can": ``او را می‌توان بهترین بازیکن دانست`` is the writer's own judgement.
ONE_CAN = tuple(tuple(fold_word(word) for word in words.split())
                for words in ("می‌توان", "نمی‌توان", "می توان", "نمی توان"))
# ``one must / one can`` before a bare past stem (به این فهرست باید نام او را اضافه کرد که ...؛ از
# جمله می‌توان به المپیک اشاره کرد که ...): the writer's own sentence, an infinitive, nobody speaking.
IMPERSONAL_MODALS = ONE_CAN + tuple((fold_word(word),) for word in ("باید", "نباید", "بایستی", "بایست"))
BARE_PAST_STEMS = frozenset(fold_word(word) for word in (
    "کرد", "داد", "دانست", "گفت", "خواند", "شمرد", "برشمرد", "نامید", "داشت", "زد",
))
# Preverbs that make another verb of a judging one: ``بازیکنان را فرا می‌خواند`` (calls them).
JUDGING_PREVERBS = frozenset(fold_word(word) for word in ("فرا", "باز", "بر", "در", "وا"))

# --- What a speech verb running into its claim never runs into -------------------

# ``X اعلام کرد CLAIM``: a claim never opens on a conjunction, an object marker or the
# verb's own auxiliary (اعلام کرده | بود). A claim may open on تا (اعلام کرد تا به حال چنین
# آماده نبوده است), but not after a verb that has its object (قهرمانی را تکرار کرد تا ...).
CLAIM_NON_OPENERS = ("و", "که", "را", "اما", "ولی", "است", "اند", "بود", "بودند", "باشد", "شد", "شده",
                     "ها", "های", "هایی")  # a plural ending written apart: the verb was a noun (خواسته های)
# The words that open a clause joined to the one before a ؛ (``... را تکذیب کرد؛ اما ...``): after a
# speech verb and a ؛ they say the report goes on, not that the verb's colon was mistyped.
MISTYPED_COLON_NON_OPENERS = CLAIM_NON_OPENERS + ("ولیکن", "هرچند", "هر چند", "چراکه", "چرا که", "زیرا",
                                                  "بنابراین", "با این حال", "با این وجود", "در حالی که",
                                                  "درحالی که", "تا", "سپس", "پس از آن")
# How many words after a speech verb's ؛ a new clause's own subject and speech verb stand in
# (``پاسخ دادند؛ کیانی می‌گوید ...``): a speech verb there gives someone the word, and the ؛ was no colon.
MISTYPED_COLON_OPENING_WORDS = 4
# The copulas a perfect is written with after its participle (گفته است، اعلام کرده‌اند، افزوده بود).
PERFECT_AUXILIARIES = ("است", "اند", "بود", "بودند")
# ``X در همایش سخن می‌گفت، ...``, ``به خانواده‌ها تسلیت گفت، ...``: گفتن with the word it says as its
# bare object tells that X spoke, greeted or consoled; what follows the verb is no claim.
SAID_AS_OBJECT = ("سخن", "تبریک", "تسلیت", "خوشامد", "شادباش")

# --- Views reported as held ------------------------------------------------------------

# ``X معتقد است (که) CLAIM``: words of a view with their copula (است، اند، بود ...); certainty
# held is a view reported as the speaker's too (``X مطمئن است که CLAIM``). Not امیدوار: reports
# give teams their hopes in their own narration (استقلال امیدوار است با پیروزی ...).
STANCE_ADJECTIVES = ("معتقد", "مدعی", "بر این باور", "بر این عقیده", "بر این اعتقاد", "مطمئن")
# ``X اعتقاد دارد CLAIM``: nouns of a view with داشتن (دارد، دارند، داشت ...).
STANCE_NOUNS = ("اعتقاد", "عقیده", "باور")
# ``X تاکید دارد (که) CLAIM``: nouns of a speech verb whose present takes داشتن without می, as a
# view's do (its past, تاکید داشت، is a speech verb already).
PRESENT_STRESS_NOUNS = ("تاکید",)

# --- News told -------------------------------------------------------------------------

# Nouns made of two verb stems joined by و and written apart (گفت و گو، ساخت و ساز): their و
# joins no clauses, though a past stem stands before it.
STEM_PAIR_NOUNS = ("گفت و گو", "گفت و شنود", "رفت و آمد", "آمد و شد", "رفت و برگشت", "ساخت و ساز",
                   "سوخت و ساز", "داد و ستد", "جست و جو", "شست و شو", "پخت و پز", "زد و خورد", "خرید و فروش")
# ``X از CLAIM خبر داد``: the noun of the verb and the word its claim follows.
NEWS_NOUN = fold_word("خبر")
NEWS_OPENER = fold_word("از")
# ``X خبر از CLAIM داد``: the same news with its claim inside the verb; told only in the past (the
# present tells what something shows: این آمار خبر از رونق بازار می‌دهد).
INVERTED_NEWS_VERBS = ("داد", "دادند", "داده")

# ``X از Y به عنوان CLAIM یاد کرد / نام برد``: naming something as what it is, a judgement as دانست
# is. The verbs (noun: light verbs), and the words of "as" its claim must hold: without them یاد
# کرد remembers (از شهدا یاد کرد) and نام برد lists.
NAMING_VERBS = {"یاد": ("کرد", "نمود"), "نام": ("برد",)}
NAMED_AS = tuple(tuple(fold_word(word) for word in words.split()) for words in ("به عنوان", "با عنوان"))

# --- Said of an object -------------------------------------------------------------------

# ``X CLAIM را خواستار شد`` / ``X CLAIM را تکذیب کرد``: verbs whose object is what was asked for or
# denied, as noun: light verbs; a denial also in the present, as sports news report a club's
# (مدیران باشگاه انتقال او را تکذیب می‌کنند). Not رد کرد: an offer turned down is no speech.
OBJECT_SPEECH_VERBS = {"خواستار": ("شد",), "تکذیب": ("کرد", "نمود")}
OBJECT_SPEECH_PRESENT = ("تکذیب",)
# ``X احتمال CLAIM را رد نکرد``, ``X هرگونه CLAIM را رد کرد``: رد of an object that states the
# proposition itself, told by the word it opens on (a possibility, any ..., a report, a rumour),
# denies it as تکذیب does. Another object (پیشنهاد او را رد کرد، صحبت‌های همکارش را رد کرد) is an
# offer turned down or someone else's words answered: no claim of the speaker's.
DENIAL_NOUN = "رد"
DENIED_PROPOSITION_OPENERS = ("احتمال", "هرگونه", "هر گونه", "خبر", "اخبار", "شایعه", "شایعات")
# Words between را and such a verb that add nothing (CLAIM را نیز خواستار شد).
OBJECT_SPEECH_ADVERBS = ("نیز", "هم")
# ``CLAIM را ... خواستار شد``: fewer words, demonstratives aside (این خبر را تکذیب کرد), refer back.
MIN_OBJECT_CLAIM_WORDS = 2
# ``X CLAIM را مورد تاکید قرار داد``: the nouns after مورد that make the object something said.
SAID_OF_OBJECT_NOUNS = ("تاکید", "اشاره")
# ``X از (اینکه) CLAIM ابراز نگرانی کرد``: feelings expressed about what was said, after
# ابراز/اظهار (امیدواری is a speech verb of its own: its claim follows it).
EXPRESSED_FEELINGS = ("خرسندی", "خوشحالی", "خشنودی", "رضایت", "نارضایتی", "ناراحتی", "نگرانی", "تاسف",
                      "تعجب", "شگفتی")
EXPRESSING_NOUNS = ("ابراز", "اظهار")
# After the از of such a claim, the words that open it as a clause (از اینکه CLAIM), as
# word keys in a row.
CLAUSE_THAT = tuple(tuple(fold_word(word) for word in words.split()) for words in ("اینکه", "این‌که", "این که"))
# Words before از that make it part of another phrase, not the از opening a claim: a time
# (پس از بازی، پیش از این) or a part of a group (بسیاری از هواداران، یکی از مدیران).
NOT_BEFORE_CLAIM_FROM = frozenset(fold_word(word) for word in (
    "پس", "پیش", "قبل", "بعد", "بسیاری", "برخی", "بعضی", "یکی", "تعدادی", "عده‌ای", "گروهی", "جمعی", "هیچ‌یک",
    "بیش", "کمتر", "بیشتر", "اکثر", "نیمی", "شماری",
))

# --- What was stressed -----------------------------------------------------------------

# ``X بر CLAIM تاکید کرد``: the claim opens after بر. Not after these words, with which بر
# makes another preposition (علاوه بر، مبنی بر، بنا بر، با تکیه بر), nor before اساس (بر اساس).
EMPHASIS_OPENER = "بر"
NOT_BEFORE_EMPHASIS_OPENER = frozenset(fold_word(word) for word in ("علاوه", "افزون", "مبنی", "بنا", "ناظر", "تکیه"))
NOT_AFTER_EMPHASIS_OPENER = frozenset(fold_word(word) for word in ("اساس", "پایه", "مبنای"))
# ``وی به CLAIM تاکید کرد``: stressed with به, less often written. به opens so many other phrases
# (در سفر به تهران، با اشاره به ...) that it opens the claim only with no بر, as the clause's first
# word after the subject, a comma or a verb, or after these words only (در ادامه، نسبت به).
EMPHASIS_TO_OPENER = "به"
EMPHASIS_TO_LEAD_WORDS = frozenset(fold_word(word) for word in (
    "در", "ادامه", "پایان", "همچنین", "نیز", "هم", "سپس", "نسبت",
))
# Nouns after به that make it a frame, never a claim (به گزارش ...، به گفته ...، به دلیل ...).
NOT_AFTER_EMPHASIS_TO = frozenset(fold_word(word) for word in (
    "گزارش", "نقل", "گفته", "اعتقاد", "عقیده", "باور", "نظر", "دلیل", "خاطر", "علت", "منظور",
))
# ``X بر CLAIM پافشاری کرد / اصرار دارد``: insisting, read as stressing is.
INSISTING_NOUNS = ("پافشاری", "اصرار")
MIN_EMPHASIS_WORDS = 2  # ``بر اتحاد مسلمانان``; fewer, demonstratives aside (بر این موضوع), refer back

# --- What was said, named by a noun ------------------------------------------------------

# ``اعلام نظر X مبنی بر CLAIM``, ``اظهارات X مبنی بر اینکه CLAIM``: nouns of something said
# or written, with its speaker right after them and what it said after مبنی بر. Not nouns
# that name no one who said it (گزارش‌ها، شایعات), nor a reporter's question (سوال خبرنگار).
SAID_NOUNS = ("اعلام نظر", "اعلام موضع", "اعلام", "اظهارات", "اظهار نظر", "سخنان", "بیانات", "نامه", "درخواست",
              "ادعای", "تاکید", "تاکیدات", "وعده", "فرمایش", "فرمایشات", "توصیه", "دستور", "پیشنهاد")
SAID_CONTENT_OPENER = "مبنی بر"
# ``برخی ادعاها مبنی بر اینکه CLAIM``, ``ادعای رسانه‌ها مبنی بر CLAIM``: a claim is someone's words
# though nobody or only a group is named (a speech's summary, سخنان مبنی بر ..., is the reporter's).
UNNAMED_CLAIM_NOUNS = ("ادعا", "ادعای", "ادعاها", "ادعاهای", "ادعاهایی")
MAX_UNNAMED_CLAIMANT_WORDS = 3  # a group between the noun and مبنی بر (این رسانه‌ها، برخی منتقدان)
# Words qualifying the noun before its speaker (اظهارات اخیر X، ادعای کذب X): no part of X.
SAID_QUALIFIERS = frozenset(fold_word(word) for word in (
    "اخیر", "قبلی", "پیشین", "رسمی", "جدید", "تازه", "مکرر", "صریح", "کذب", "دروغ", "دروغین", "مفصل",
    "کتبی", "شفاهی", "علنی", "مشهور", "معروف", "اخیرا", "امروز", "دیروز",
))
# What may follow the speaker before مبنی بر: whom they addressed (نامه X به وزیر، درخواست X از دادگاه).
SAID_TO_PREPOSITIONS = frozenset(fold_word(word) for word in ("به", "از", "خطاب", "برای"))
MAX_SAID_SPEAKER_CHARS = 80
MAX_VERB_ENDING = 3  # letters after a verb's stem: کردند، کنید، کرده
LIGHT_VERB_PREFIXES = ("نمی", "می", "ن", "ب")  # نمی‌کند، می‌شود، نشد، بکنند  # اظهارات سخنگوی وزارت امور خارجه ... مبنی بر

# --- Requests ---------------------------------------------------------------------------

# ``X از Y خواست (که|تا) CLAIM``: what the speaker asked of someone (past stems; with از).
REQUEST_VERBS = ("خواست", "درخواست کرد", "تقاضا کرد")
# Requests named by their noun ask even when nobody is named by از (``درخواست کرد، برای جذب
# گردشگر تلاش بیشتری شود``); خواست alone may only want (او خواست تا خودش برود).
REQUEST_NOUNS = frozenset(fold_word(word) for word in ("درخواست", "تقاضا"))
# The present of خواستن asks of someone in statements (انجمن از نامزدها می‌خواهد ... قرار
# دهند), but only with the one asked right before it: alone it wants (می‌خواهد برود).
PRESENT_REQUEST_FORMS = ("می خواهد", "می خواهند")
# ``X پیشنهاد کرد (که) CLAIM``: a proposal, read as a request is, though it asks of nobody by از
# (به دولت پیشنهاد کرد ...); so is advice (``پزشک توصیه کرد افراد بالای ۴۰ سال ... کنترل کنند``).
PROPOSAL_VERBS = ("پیشنهاد کرد", "پیشنهاد داد", "پیشنهاد نمود", "توصیه کرد", "توصیه نمود")
MAX_ADDRESSEE_WORDS = 6  # ``از مدیران این باشگاه خواست CLAIM``: whom a request without که asks

# --- Saying that, before the speech verb -------------------------------------------------

# ``X با بیان اینکه CLAIM، گفت``: the nouns between با/ضمن and اینکه (longer ones first).
SAYING_THAT_NOUNS = (
    "ابراز امیدواری از", "ابراز نگرانی از", "ابراز خرسندی از", "بیان نگرانی از", "اشاره به", "اذعان به",
    "تاکید بر", "تاکید به", "تصریح بر", "بیان", "اشاره", "اعلام", "ابراز", "یادآوری", "ذکر", "عنوان",
    "طرح",  # با طرح این سوال که CLAIM
)
# ``X با اعلام CLAIM، گفت: ...``: nouns after با (or ضمن) whose object, a noun phrase with no اینکه, is
# what the speaker announced (با اعلام آغاز طرح، گفت), when the sentence goes on to their speech verb.
# Round 28: a likening and a denial named so say what the speaker likened or denied (``ضمن تشبیه رسوایی
# به یک بیماری افزود:``، ``ضمن تکذیب استعفای خود، تاکید کرد:``).
ANNOUNCING_WITH_NOUNS = ("اعلام", "تشبیه", "تکذیب")
# Round 23: ``با بیان ایکه CLAIM، گفت:``، ``با اشاه به اینکه CLAIM، افزود:``، ``با ابراز امیداوری از اینکه``:
# the frame typed a letter off, in one word of its noun or in its اینکه (news is typed in haste). Read
# as spelt right only when that word is no word of the language, one slip from the frame's, the
# other words are the frame's own, and the sentence goes on to a speech verb.
SAYING_THAT_WORD = "اینکه"
SAYING_THAT_PHRASE_KEYS = tuple(tuple(fold_word(word) for word in noun.split()) for noun in SAYING_THAT_NOUNS)
# What ``با بیان این ...`` may name before its که (با بیان این مطلب که، با طرح این سوال که).
SAYING_THAT_OBJECTS = ("مطلب", "نکته", "موضوع", "سوال", "سئوال", "پرسش")
# Round 24: ``X این وعده را داد که CLAIM``، ``این ادعا را مطرح کردند که CLAIM``: a noun of something
# said, pointed forward to the که after its verb, names what follows as said. The verb is مطرح کرد
# (which raises what the noun names) or the light verb the noun itself makes a speech verb with
# (وعده/قول/هشدار داد، ادعا کرد، حرف زد); a speech verb there (این نکته را یادآور شد که) is THAT_CUE's.
SAID_THINGS_BEFORE_THAT = ("وعده", "قول", "ادعا", "هشدار", "نکته", "مطلب", "موضوع", "حرف", "سخن", "جمله",
                           "پیشنهاد")
RAISING_VERBS = {"مطرح": ("کرد", "نمود", "ساخت")}
SAID_THING_LIGHT_VERBS = ("داد", "کرد", "نمود", "زد")

# --- Who a claim is according to ---------------------------------------------------

# ``به گفته X، CLAIM``, ``به ادعای X، CLAIM``: nouns after به, or after the longer prepositions
# that mean as much (بنا به گفته X CLAIM، طبق ادعای X، CLAIM).
ACCORDING_TO_PREPOSITIONS = ("به", "بنا به", "بنا بر", "بنابر", "طبق")
ACCORDING_TO_NOUNS = ("گفته", "باور", "عقیده", "اعتقاد", "تعبیر", "ادعای", "زعم", "اذعان")
# ``بنابر اعلام X، CLAIM``, ``طبق اظهارات X، CLAIM``, ``به نوشته روزنامه X، CLAIM``: an
# announcement or a newspaper's report after these prepositions (an outlet's name runs on, so
# its comma is needed).
ANNOUNCED_BY_PREPOSITIONS = ("به", "بنابر", "بنا بر", "بنا به", "طبق", "بر اساس", "براساس")
ANNOUNCED_BY_NOUNS = ("اعلام", "اظهارات", "نوشته")
# ``به نقل از روابط عمومی X، CLAIM``: what a body's press office reports, after these phrases,
# is the body's own word (an agency's report, به گزارش خبرگزاری ...، is the article's frame).
PRESS_OFFICE_REPORTED = ("به گزارش", "به نقل از")
PRESS_OFFICES = ("روابط عمومی", "اداره روابط عمومی", "اداره کل روابط عمومی")
# ``به نقل از X، CLAIM`` with no press office: X's own word when X is a body or one holding a role
# (ANNOTATION.md, round 21), not when X is an outlet, whose report is the article's credit.
QUOTED_FROM = "به نقل از"
# How an outlet that is the subject carries another's words (روزنامه X به نقل از Y نوشت، بی.بی.سی از
# قول وی وعده داده است): the words are Y's.
OUTLET_QUOTING_PHRASES = (QUOTED_FROM, "از قول")
# A foreign paper or site named with no head word before it (روزنامه، سایت) still tells itself by the
# words its name ends on: its web address or the kind of paper it is (میدل ایست آن لاین، گل دات کام،
# نیویورک تایمز، دیلی تلگراف، فاکس نیوز). No person's name ends so; such a subject is the outlet.
OUTLET_NAME_TAILS = tuple(tuple(fold_word(word) for word in tail.split()) for tail in (
    "آن لاین", "آنلاین", "دات کام", "دات نت", "تایمز", "تلگراف", "تریبون", "تریبیون", "نیوز", "هرالد",
    "ژورنال", "اسپورت", "اسپورتس"))
# Foreign agencies, papers and broadcasters that Persian news names with no head word before them
# (رویترز گزارش داد، اکیپ مدعی شد، الجزیره اعلام کرد), as the Persian press writes them (our own list
# of the outlets foreign-news and sports pages credit most, in the spellings they use; a name that
# ends on an outlet's tail is OUTLET_NAME_TAILS's, also written joined: دیلی‌تلگراف، یورونیوز). Such a
# subject is the outlet claiming (ANNOTATION.md, round 27), an organisation, never a person. Not a
# word that is also a place or a common noun (تایم، الوطن، دوحه).
FOREIGN_OUTLETS = (
    "رویترز", "آسوشیتدپرس", "آسوشیتد پرس", "اسوشیتدپرس", "اسوشیتد پرس", "فرانس پرس", "فرانس‌پرس",
    "یونایتدپرس", "ایتارتاس", "ایتار تاس", "ریانووستی", "ریا نووستی", "اسپوتنیک", "شین‌هوا", "شینهوا",
    "کیودو", "یونهاپ", "آناتولی", "بلومبرگ", "بی‌بی‌سی", "سی‌ان‌ان", "ان‌بی‌سی", "سی‌بی‌اس", "ای‌بی‌سی",
    "الجزیره", "العربیه", "المیادین", "المنار", "الاهرام", "الحیات", "الشرق الاوسط", "القدس العربی",
    "الدوحه", "استاد الدوحه", "الاستاد", "الخلیج", "الرای", "گاردین", "ایندیپندنت", "لوموند", "لیبراسیون", "فیگارو", "لوفیگارو",
    "اشپیگل", "بیلد", "واشنگتن پست", "واشنگتن‌پست", "جروزالم پست", "هاآرتص", "هاآرتس", "معاریو",
    "یدیعوت آحارونوت", "اکونومیست", "نیوزویک", "مارکا", "موندو دپورتیوو", "اکیپ", "لکیپ", "توتو اسپورت",
    "کوریره دلو اسپورت", "گاتزتا دلو اسپورت", "ال‌پائیس", "الپائیس", "توکیو شیمبون", "آساهی شیمبون",
)
# (An agency or a reporter is subjects.is_agency's: خبرگزاری، خبرنگار، پایگاه ...)
OUTLET_HEADS = PAPER_HEADS | frozenset(fold_word(word) for word in (
    "فصلنامه", "بولتن", "وب سایت", "وبسایت", "رسانه", "وبگاه", "تارنما"))
# Words X never holds there: a time or a place the claim opens on, its comma after them (به نقل از
# بانک مرکزی در سه ماهه دوم سال، CLAIM; ... در این اطلاعیه، CLAIM), so where X ends is unknown.
NOT_IN_QUOTED_SOURCE = frozenset(fold_word(word) for word in ("در", "طی", "ضمن", "امروز", "دیروز"))
# The nouns of a report a body makes (گزارش مرکز آمار، پژوهش دانشگاه X، نظرسنجی موسسه Y): «this
# report» (بنا بر این گزارش، به ادعای این گزارش) points back to the last one the article names, and its
# words are its maker's (ANNOTATION.md, round 27: a report is never the speaker, the body that made it is).
REPORT_NOUNS = ("گزارش", "پژوهش", "مطالعه", "نظرسنجی", "تحقیق", "تحقیقات")
# ``بنا بر این گزارش ماهاتیر ... اضافه کرد``: "according to this report", the comma often left
# out, opens a sentence before its subject as a connective does; the report was named before.
# Also run together (بنا براین، بنابراین این گزارش).
THIS_REPORT_OPENERS = tuple(f"{preposition} این {report}" for preposition in ANNOUNCED_BY_PREPOSITIONS + ("بنابراین",)
                            for report in REPORT_NOUNS + ("گزارش‌ها",))
# Round 23: ``براساس این گزارش، CLAIM``، ``این گزارش حاکی است، CLAIM`` opening a sentence of an article
# credited to a body's press office (به گزارش / به نقل از روابط عمومی X): X's word too, as the credit's
# own sentence is. After an agency's credit (به گزارش خبرنگار فارس) "this report" is the agency's: none.
THIS_REPORT_SAYS = ("این گزارش حاکی است", "این گزارش حاکیست")
# The words a report's finding opens its verb with (گزارش X نشان می‌دهد، حاکی است، حکایت دارد): where
# the maker's name ends when no که does.
REPORT_VERBS = ("نشان", "حاکی", "حاکیست", "حکایت")
# ``گزارش مرکز آمار ایران حاکی است که CLAIM``، ``نتایج نظرسنجی دانشگاه X نشان می‌دهد CLAIM``: what a
# body's report finds, the body's word; the words before the report's noun (نتایج، آخرین) and the
# verbs it finds with, as written.
REPORT_FINDING_OPENERS = ("نتایج", "نتیجه", "یافته‌های", "یافته های", "آخرین", "تازه‌ترین", "جدیدترین")
REPORT_FINDING_VERBS = ("نشان می‌دهد", "نشان داده است", "نشان داده", "نشان داد", "حاکی است", "حاکیست",
                        "حاکی از آن است", "حکایت دارد", "حکایت از آن دارد")
# ``بر اساس گزارش سازمان بهداشت جهانی، CLAIM``: a body's report after these prepositions is the
# body's word (ANNOTATION.md, round 27); not ``به گزارش``, the article's credit, nor an outlet's report.
REPORT_OF_PREPOSITIONS = ("بر اساس", "براساس", "طبق", "بنا بر", "بنابر", "بنا به", "به استناد", "بر پایه")
# Words between a report's noun and its maker that are neither (گزارش تازه / سالانه / اخیر X).
REPORT_MAKER_SKIPS = ("تازه", "جدید", "سالانه", "اخیر", "جدیدترین", "آخرین", "محرمانه", "رسمی")
# A plural noun's last letters, folded (کارشناسان، دیپلمات‌ها): where a group named as a source ends.
GROUP_PLURAL_ENDINGS = ("ان", "ها")
# Sources that name nobody new (به اعتقاد من، به گفته شما): with no comma after them, the
# words that follow are no claim of someone the report quotes.
UNNAMED_SOURCES = frozenset(fold_word(word) for word in (
    "من", "ما", "خود", "خودم", "خودمان", "خویش", "شما", "تو",
))
# The one the sentence speaks of as the source (``... مواجه شد و به قول خودش CLAIM``): one word,
# the subject's, so the claim follows it with no comma.
REFLEXIVE_SOURCES = ("خودش", "خودشان")
# Nouns that say "according to" only before a reflexive source (به قول خودش CLAIM): before
# anything else they open a saying (به قول معروف، به قول قدیمی‌ها), nobody's words.
REFLEXIVE_ACCORDING_TO_NOUNS = ("قول",)

# --- Headline rubrics ---------------------------------------------------------------

# What a headline may open with before a colon that is a rubric, not a speaker
# (زنده: استراماچونی می‌ماند یا می‌رود؟), folded and run together.
HEADLINE_RUBRICS = frozenset("".join(fold_word(word) for word in rubric.split()) for rubric in (
    "زنده", "فوری", "خبر فوری", "ویدیو", "ویدئو", "فیلم", "عکس", "تصاویر", "گزارش تصویری", "اینفوگرافیک",
    "اختصاصی", "خلاصه بازی", "نتیجه", "جدول", "برنامه", "آمار", "نظرسنجی", "پادکست", "تحلیل", "یادداشت",
    "گزارش", "گفت وگو", "گفتگو", "مصاحبه", "شایعه", "رسمی", "تکذیب", "حاشیه", "حواشی",
))

# --- What a document says --------------------------------------------------------

# ``در بیانیه باشگاه آمده است: QUOTE``, ``در این نامه تاکید شده CLAIM``: the words of whoever
# issued the document (named after it, or the one the report is about).
DOCUMENT_NOUNS = (
    "بیانیه", "اطلاعیه", "جوابیه", "اعلامیه", "ابلاغیه", "نامه", "پیام", "گزارش", "متن", "توییت", "پست",
    "یادداشت", "مقاله", "کیفرخواست", "حکم", "رای", "قطعنامه", "دستورالعمل", "بخشنامه", "وصیتنامه", "مصوبه",
)
DOCUMENT_NOUN_KEYS = frozenset(fold_word(noun) for noun in DOCUMENT_NOUNS)
# ``بر اساس این اطلاعیه، CLAIM``: a statement the report just told of, pointed back to, sources the
# rest of the sentence as a person's words after ``به گفته`` do; its issuer is who the report said
# put it out.
ACCORDING_TO_THIS_DOCUMENT_PREPOSITIONS = ("بر اساس", "براساس", "طبق", "بنابر", "بنا بر", "مطابق")
# Documents a body or a group puts out as its own words (بیانیه، نامه، توضیح): pointed back to (بر
# اساس این اطلاعیه، این نامه ... به این شرح است:) they are the issuer's. Not ``این گزارش``: an agency
# pointing to its own report (its closing formula, جزئیات این گزارش به شرح زیر است) quotes nobody.
STATEMENT_NOUNS = ("بیانیه", "اطلاعیه", "جوابیه", "اعلامیه", "ابلاغیه", "نامه", "توضیح", "توضیحات")
# Nouns that are a document only when pointed back to or put out (``با انتشار توضیحی اعلام کرد ... در این
# توضیح آمده است``): bare, an explanation is anyone's (در توضیح این موضوع گفت).
POINTED_DOCUMENT_NOUNS = ("توضیح", "توضیحات")
# Parts of a document it speaks in: ``در پایان این بیانیه آمده است``.
DOCUMENT_PARTS = ("ابتدای", "پایان", "انتهای", "ادامه", "متن", "بخشی از", "بخش دیگری از", "قسمتی از", "فرازی از",
                  "بخش پایانی", "بخش نخست", "بخش اول", "بخش دوم")
# Passive verbs a document speaks with (آمده است، تصریح شده بود).
DOCUMENT_VERBS = ("آمده", "تاکید شده", "تصریح شده", "ذکر شده", "عنوان شده", "اعلام شده", "نوشته شده", "تایید شده",
                  "ادعا شده")  # a report claiming: در این گزارش ادعا شده است: QUOTE
# Words between a document and its author that are neither (در بیانیه منتشره از سوی باشگاه،
# بیانیه‌ای که توسط باشگاه ...).
DOCUMENT_AUTHOR_SKIPS = frozenset(fold_word(word) for word in (
    "که", "منتشره", "منتشرشده", "صادره", "مذکور", "یادشده", "فوق", "رسمی", "جدید", "از", "سوی", "طرف", "جانب",
    "توسط", "سرگشاده", "مشترک",  # an open letter, a joint statement
))
# The author's name ends before the verb that tells what was done with the document (بیانیه‌ای که
# از سوی فدراسیون فوتبال | منتشر شده، بیانیه‌ای که روابط عمومی باشگاه | صادر کرد): a word and one
# of these light verbs after it.
DOCUMENT_LIGHT_VERBS = frozenset(fold_word(word) for word in (
    "شده", "شد", "شدند", "گردیده", "گردید", "کرد", "کرده", "کردند", "نمود", "نموده",
))
MAX_DOCUMENT_AUTHOR_CHARS = 150  # در بیانیه روابط عمومی باشگاه ... آمده است
# --- A body called by what it does for the story ------------------------------------
# ``برگزارکننده دلیل لغو را ... اعلام کرد``، ``شرکت برگزارکننده کنسرت X اعلام کرد``: a report calls a
# body by its part in the story (the organiser, the contractor, the publisher) and names it once
# beside that word (``شرکت نغمه‌آرای شرق، برگزارکننده این کنسرت، ...``): the word is a title of that
# body, never a name. Written run together here; a space or ZWNJ inside is read alike.
BODY_FUNCTION_NOUNS = frozenset(fold_word(word.replace(" ", "")) for word in (
    "برگزارکننده", "پیمانکار", "ناشر", "سازنده", "تولیدکننده", "کارفرما", "اسپانسر", "حامی مالی",
    "توزیع‌کننده", "واردکننده",
))
MAX_BODY_FUNCTION_WORDS = 2  # حامی مالی، برگزار کننده: how many words one of them is written in

# --- A passive with its agent: ``از سوی X اعلام شد (که|:) CLAIM`` --------------------
# The older agency style tells what a body announced in the passive, the body after از سوی: as
# ``به گفته X`` it names who spoke, so the claim after the verb is X's (an agentless passive, اعلام
# شد که ..., names nobody and stays no quote).
AGENT_PREPOSITIONS = ("از سوی", "از طرف", "از جانب", "توسط")
AGENT_PASSIVE_NOUNS = ("اعلام", "عنوان", "تاکید", "تصریح", "اظهار", "ادعا")
AGENT_PASSIVE_AUXILIARIES = ("شد", "گردید", "شده", "گردیده")
# Not an agent: ``از سوی دیگر``، ``از طرفی`` are "on the other hand".
NOT_AN_AGENT = ("دیگر", "دیگری", "مقابل")
# ``زمان ثبت نام از سوی دانشگاه اعلام شد و بر همین اساس CLAIM``: what was announced stands
# before the verb, its content after و and a connective saying "accordingly".
AGENT_PASSIVE_ACCORDINGLY = ("بر این اساس", "بر همین اساس", "بر اساس آن", "براساس آن", "بر این پایه")
# Any writing speaks with آمده before a colon and a quotation mark, whatever it is called (در دادنامه
# دادگاه آمده است: «...»، در این پاسخ آمده بود: «...»): there the word after در names a document, listed
# or not. Without the mark (در ماده ۲ آمده است: ...) only a listed document speaks: a law's article may not.
DOCUMENT_SAYING_VERB = "آمده"
# Not scripture (در آیه ۴۲ سوره زمر آمده است:، در روایات آمده:): a verse or a tradition is cited by
# the writer, not reported as anyone's statement in the news.
SCRIPTURE_NOUNS = ("آیه", "آیات", "سوره", "حدیث", "احادیث", "روایت", "روایات")
# Texts that never speak (ANNOTATION.md: only people and bodies speak): a law, its parts, a bill, a
# regulation, a charter, scripture. Persian news writes them as subjects of speech verbs (ماده ۱۰۴۱
# قانون مدنی مقرر می‌دارد، قانون اساسی تصریح می‌کند، قرآن کریم می‌فرماید، این لایحه پیش‌بینی کرده است);
# such a clause reports no one's words: the reporter's narration, or a speaker's citation inside
# his own quote. Not a document a body issues (بیانیه، نامه، مصوبه: DOCUMENT_NOUNS), which is its
# issuer's; not حدیث or روایت, which are given names too.
TEXT_NOUNS = ("قانون", "ماده", "اصل", "تبصره", "بند", "لایحه", "آیین‌نامه", "آئین‌نامه", "اساسنامه", "منشور",
              "کنوانسیون", "قرآن", "آیه", "سوره")
# What may stand before a text's noun in its subject: a demonstrative (این لایحه) or the word for a
# text's wording (متن قانون اساسی).
TEXT_POINTERS = ("این", "همین", "آن", "متن")
# How many words after a text's noun may still be its name (ماده ۱۰۴۱ قانون مدنی، لایحه بودجه سال آینده):
# a را within them makes the text the clause's object, not its subject.
TEXT_NAME_WORDS = 3
# The pronoun a clause after a document's noun points back to it with: ``در این نامه که رونوشت
# آن ... ارسال شده``، ``که متن کامل آن در ادامه می‌آید`` tell of the document itself (its copy, its
# text), not of whoever wrote it. Partitive از may stand before it (نسخه‌ای از آن).
DOCUMENT_ITSELF = fold_word("آن")
DOCUMENT_PART_OF = fold_word("از")

# Words saying something was said to the speaker (یکی از کارگران به من گفت:): a cue so told inside
# another's quote is that speaker recounting, not a new quote. Pairs of folded words, or one word;
# with the spoken forms an interview prints as said (روز اول بهم گفت:، واسه‌م).
TOLD_TO_THE_SPEAKER = frozenset(tuple(fold_word(word) for word in phrase.split()) for phrase in (
    "به من", "به ما", "برای من", "برای ما", "برایم", "برایمان", "به بنده",
    "بهم", "بهمون", "بهمان", "واسه من", "واسه ما", "واسم", "واسمون",
))

# How a speaker cites another in passing, inside his own words (ANNOTATION.md drops quotes inside
# quotes): ``به تعبیر امام راحل «...»``، ``به قول قدیمی‌ها``: phrases opening the citation, pairs of
# folded words. A report names its speakers with گفت or به گفته, never with these.
CITING_PHRASES = frozenset(tuple(fold_word(word) for word in phrase.split()) for phrase in (
    "به تعبیر", "به قول",
))
# The speech verb of a recollection or a reverent citation, not of a report: the past durative of
# saying (``حاج‌آقا مرتب می‌گفت``، ``یادم هست می‌گفتند``، ``می‌فرمودند``) and the honorific present of a
# saint or leader cited (``امام صادق (ع) می‌فرمایند``). The plain present (می‌گوید) is a feature's
# own speaker, and other duratives (تایید می‌کند) tell what someone does.
RECALLING_PAST_STEMS = frozenset(fold_word(word) for word in ("گفت", "فرمود"))
HONORIFIC_PRESENT_STEMS = (fold_word("فرما"),)
# Prepositions before ما/من that make them whom a thing was said to or done with (به ما گفت،
# در گفت‌وگو با ما), not who recalls it: a report's reporters are so written.
PREPOSITIONS_BEFORE_US = frozenset(fold_word(word) for word in ("به", "برای", "با", "از", "واسه"))

# Nouns of questions put (سوالات، پرسش‌های خبرنگار): a cue's paragraph holding one (``به سوالات ما
# پاسخ داد:``) frames answers, so a question right after its colon is asked, the answer its quote.
QUESTION_NOUN_STEMS = tuple(fold_word(word) for word in ("سوال", "سؤال", "سئوال", "پرسش"))

# Verbs of asking: ``خبرنگاری از داوودی پرسید ...؛ وی در پاسخ گفت`` answers the one asked.
ASKING_VERBS = ("پرسید", "سوال کرد", "سئوال کرد", "پرسش کرد")
ASKING_PHRASES = tuple(tuple(fold_word(word) for word in verb.split()) for verb in ASKING_VERBS)
# The reporter's question told in the passive with no asker (``از X سوال شد: ...``، ``پرسیده شد:``):
# what follows its colon, up to the question mark, is the question put to X, not X's words.
ASKED_UNNAMED = ("سوال شد", "سئوال شد", "سؤال شد", "پرسیده شد", "پرسش شد")

# Nouns of what someone said, given as an object before a colon that ends a paragraph (نظر خود
# را در اختیار ما قرار داده است:، پاسخ خبرنگاران را داد:): the paragraphs after it are theirs.
SPEECH_OBJECT_NOUNS = ("نظر", "نظرات", "دیدگاه", "دیدگاه‌های", "پاسخ", "صحبت‌های", "سخنان", "حرف‌های")
# Words that frame an interview (گفت‌وگوی مفصلی ... انجام داد:).
INTERVIEW_WORDS = ("گفت وگو", "گفتگو", "مصاحبه")
# Words of the report's own talk with someone that frame no interview by themselves (صحبت کرد
# is anyone's talk): only with با X before them and the report's «we» after (با X، ROLE، هم صحبت
# کردیم) do they say whom the report talked with.
REPORT_TALK_WORDS = ("صحبت",)
# Letters every spelling of those words holds and folding never changes: a paragraph with none of
# them speaks of no interview or talk, and is not folded to look (reading._speaks_of).
INTERVIEW_STEMS = ("گفت", "مصاحب")
REPORT_TALK_STEMS = ("صحبت",)
# The preposition before whom the report's own interview was with (با X، ROLE، گفت‌وگو کردیم).
INTERVIEWEE_PREPOSITION = "با"
# A headline saying whom the interview printed under it is with (گفت‌وگو با X، ROLE؛ گفت‌وگوی فارس با X؛
# گفت و گوی اختصاصی ایرنا با X): the interview's word in any spelling, then at most this many words (the
# agency, اختصاصی، تفصیلی) before با.
HEADLINE_INTERVIEW_WORDS = ("گفت و گو", "گفتگو", "مصاحبه")
MAX_WORDS_BEFORE_INTERVIEWEE = 3
# Where a headline's clause naming the interviewee ends (گفت‌وگو با X؛ CLAIM، گفت‌وگو با X: CLAIM).
HEADLINE_CLAUSE_ENDS = "؛;:.؟?!«"
# A paragraph introducing a document's full text (متن این بیانیه به شرح زیر است:، متن نامه بدین شرح
# است:): the text's noun, and the words saying it follows, before the colon ending the paragraph.
# A document's noun after it may name its issuer (متن اطلاعیه دادستانی شهرستان ... به شرح زیر است:),
# maybe past «کامل» (متن کامل بیانیه انجمن ...).
DOCUMENT_TEXT_NOUN = "متن"
DOCUMENT_TEXT_WHOLE = "کامل"
AS_FOLLOWS = ("به شرح", "بدین شرح", "به این شرح", "به قرار", "بدین قرار")
# A written text announced by its writer's cue and the colon ending the paragraph (``روزنامه کیهان در
# سرمقاله امروز خود نوشت:``، ``سپاه در اطلاعیه‌ای اعلام کرد:``): the paragraphs after it are that text,
# as after ``متن ... به شرح زیر است:``. The cue says a text was written: it holds what the text is
# (one of WRITTEN_TEXT_NOUNS after WRITTEN_IN: در سرمقاله خود، با صدور بیانیه‌ای) or a verb of writing.
# A speech (در مراسم ... گفت:) is neither: a report goes on after a speech's first paragraph in its own
# voice, after a written text's the text goes on.
WRITTEN_TEXT_NOUNS = DOCUMENT_NOUNS + ("سرمقاله", "ستون")
WRITTEN_IN = ("در", "با صدور", "با انتشار", "طی")
WRITING_VERBS = ("نوشت", "نوشته است", "آورده است", "آورد", "می نویسد")
# The first half of a noun of writing written apart from its verb-like second half (پی نوشت، پا نوشت،
# دست نوشته): «پی نوشت:» heads a paper's footnotes, no writer's cue.
WRITING_NOUN_PREFIXES = ("پی", "پا", "دست")
MAX_WRITTEN_CUE_CHARS = 150  # در سرمقاله امروز خود با عنوان «...» به قلم ... آورده است:
# ``... در سرمقاله خود به قلم X آورده است:``: the text's writer, named after the paper that carries it.
WRITTEN_BY = "به قلم"

# Unnamed groups as subjects (رسانه‌ها خبر دادند): nobody to attribute to.
# Words naming part of a group, which «از» goes on from inside a subject: یکی از مهمانان،
# برخی از هواداران تیم، شماری از نمایندگان.
PART_OF_WORDS = frozenset(fold_word(word) for word in (
    "یکی", "دیگر", "برخی", "بعضی", "شماری", "تعدادی", "بسیاری", "عده‌ای", "جمعی", "گروهی", "اکثر",
))
GROUP_SUBJECTS = frozenset(fold_word(word) for word in (
    "رسانه‌ها", "مطبوعات", "نشریات", "کارشناسان", "منابع", "مقامات", "مسئولان", "مسوولان", "ناظران", "تحلیلگران",
    # the Arabic plural news also writes (ناظرین، منتقدین), critics, and most of a group (اکثر ناظران)
    "ناظرین", "منتقدین", "منتقدان", "مسئولین", "مسوولین", "اکثر", "اکثریت",
    "برخی", "بعضی", "شماری", "عده‌ای", "گروهی", "شاهدان", "ساکنان", "مردم", "اهالی", "جمعی", "تعدادی", "بسیاری",
    # a team, a body's members, fans: شاگردان اونای امری، اعضای کنگره، هواداران پرسپولیس
    "شاگردان", "یاران", "اعضای", "نمایندگان", "بازیکنان", "هواداران",
    # a club's heads, its coaches, a match's officials: سران باشگاه، مدیران تیم، داوران بازی
    "سران", "مدیران", "مربیان", "داوران",
    # someone's lawyers or kin: وکلای آقای احمدی دانستند
    "وکلای", "وکلا", "بستگان", "نزدیکان",
    # a family speaks as one: خانواده مسی با انتشار بیانیه‌ای اعلام کرد
    "خانواده", "خانواده‌ی",
    # people spoken of by a plural honorific: آقایان می‌گویند ... (whoever they are, not one named person)
    "آقایان", "خانم‌ها",
))
# Role heads headlines glue to the next word with a ZWNJ (مهاجم‌قطر: ...، مدیربرنامه‌های نیلسون):
# the word is split there, so the role is read as one.
GLUED_ROLE_HEADS = frozenset(fold_word(word) for word in (
    "سرمربی", "مربی", "بازیکن", "کاپیتان", "مهاجم", "هافبک", "مدافع", "مدیربرنامه",
))
# A word written with these after a ZWNJ is a plural noun (پرسپولیسی‌ها، ازبک‌ها، پیکانی‌ها):
# a group speaking, never one person's name.
PLURAL_GLUED_ENDINGS = ("\u200cها", "\u200cهای")
# The plural of a doer (تهیه‌کنندگان گزارش، تولیدکنندگان، نمایندگان): a group, never a name.
AGENT_PLURAL_ENDINGS = ("ندگان", "ندگانِ")
# The plural ending written as a word of its own (نفتی ها، رسانه های): the same group.
PLURAL_APART = ("ها", "های")
# A noun alone as a subject is a group when it ends in a plural a name may also end in, but
# only on a noun's stem: the Arabic plurals (سوالات، روحانیون) and ها written without its
# ZWNJ (مقامهای; not زواره‌ای). Not a surname's last word (محمد برکات): checked on one-word
# names only. Matched on the word as written.
# Each ending with the part of it that is the plural's (روحانی|ون).
ONE_WORD_PLURAL_ENDINGS = {ending: len(plural) for ending, plural in (
    ("ات", "ات"), ("یون", "ون"), ("ها", "ها"), ("های", "های"))}
PEOPLE_PLURAL_ENDING = "ان"  # پزشکان، کشاورزان: people of a kind
# A surname may end in یان as a plural does (منصوریان، رویانیان): before a plural verb it is still
# no group (منصوریان و عابدینی گفتند).
SURNAME_PLURAL_LOOKALIKE = "یان"
# A noun ending in a vowel takes ی before the plural ان (نانوا → نانوایان، دانشجو → دانشجویان).
VOWEL_PLURAL_STEM_ENDS = ("ا", "و")
# A noun in ه takes گ before the plural ان (فرستاده → فرستادگان، نماینده → نمایندگان).
AGENT_PLURAL_STEM_END, AGENT_SINGULAR_END = "گ", "ه"
PLURAL_COPULA = "ند"  # glued to an adjective: معتقدند، موافقند (they believe, they agree)
# Arabic plurals of people's kinds (قبایل پاکستان، عشایر منطقه): a group, as a plural in ان is.
PEOPLE_BROKEN_PLURALS = ("قبایل", "قبائل", "طوایف", "عشایر", "علما", "علمای", "علماء", "فقها", "اساتید", "خطبا", "خطبای")
MIN_PLURAL_STEM = 3  # letters: فرات، حیات are no plurals

# After ``در`` these open the occasion, not a role's place (در گفت‌وگو با ...).
EVENT_WORDS = frozenset(fold_word(word) for word in (
    "گفت‌وگو", "گفتگو", "گفت", "جلسه", "نشست", "مراسم", "آیین", "همایش", "جمع", "حاشیه",
    "خطبه", "خطبه‌های", "خطبه‌ها", "دیدار", "مصاحبه", "پاسخ", "ادامه", "پایان", "بخش",
    "این", "آن", "اجلاس", "کنفرانس", "سفر", "بازدید", "مورد", "خصوص", "رابطه", "باره", "تشریح",
    "ابتدای", "آیین‌", "گردهمایی", "یادواره", "سخنرانی", "سخنانی", "سخنان", "نماز", "برنامه",
    "جریان", "زمینه", "ارتباط", "راستای", "حالی", "حالیکه", "واکنش", "تماس", "نامه", "پیامی", "پیام",
    "یک", "یکی", "صفحه", "مقاله", "گزارشی", "کنگره", "سمینار", "جشنواره", "مجمع", "آستانه", "همین", "همان",
    "برپایی", "برگزاری",
    # the end of a speech or a meeting, and what a remark answers (در خاتمه، در انتهای جلسه، در قبال
    # سوال خبرنگاران): when the words were said, as در پایان and در پاسخ
    "خاتمه", "انتها", "انتهای", "قبال",
    # occasions a role never runs on into (نماینده مجلس ... | در تجلیل از ...), and the indefinite
    # forms of those above (در نشستی خبری)
    "تجلیل", "گرامیداشت", "بزرگداشت", "افتتاح", "افتتاحیه", "اختتامیه", "آئین", "جشن", "سالگرد",
    "نشستی", "جلسه‌ای", "مراسمی", "همایشی", "گفت‌وگویی", "گفتگویی", "مصاحبه‌ای", "دیداری",
    # the word that makes a meeting a press conference (در ادامه نشست خبری وی ...): no surname there
    "خبری", "مطبوعاتی",
))


# ``یک کارشناس``/``این مسئول`` (INDEFINITE, DEMONSTRATIVE, DEMONSTRATIVES in corpus.names): a person by title.
MAX_OCCASION_WORDS = 5  # در حاشیه این مراسم
MAX_PHRASE_WORDS = 6  # the longest lexicon phrase, in words
MAX_SUBJECT_WORDS = 30  # a subject with its appositives
MAX_CLAUSE_WORDS = 60  # words read from the start of a clause
MIN_COMPOUND_PART = 3  # letters: فلاح of فلاح‌جلودار may stand for the whole surname
MIN_TYPO_LENGTH = 5  # shorter surnames one letter apart are different names
# Endings a noun takes (a plural, an ezafe or an indefinite ی): a role head with one is no typo of it.
WORD_ENDINGS = ("ان", "ها", "ی", "یی", "ای")
# A bare speech verb (افزود: ...) with nobody speaking yet is the next person named only when
# its own paragraph names them before the quote, or in its first words (the name set off
# at the paragraph's opening: «X» امروز ... گفت).
OPENING_NAME_WORDS = 4
MIN_HEADLINE_QUOTE = 8  # characters; shorter is a label (نتیجه: صفر)
MAX_CLAIM_CHARS = 2000  # a reported claim never runs longer
MIN_INDIRECT_CHARS = 8  # a shorter reported claim is a fragment
MAX_ACCORDING_TO_CHARS = 200  # ``به گفته X،``: how far X may run before its comma
MAX_UNCOMMA_SOURCE_CHARS = 120  # ``به گفته X CLAIM``: X with its role must end this soon
MIN_CLAIM_WORDS = 4  # a speech verb running into fewer words states no claim
MAX_BETWEEN_PARAGRAPHS = 2  # a speaker's words run on without a cue for at most this many paragraphs
# A report's own notes opening a paragraph (گفتنی است ...): the reporter speaks there, not the speaker.
REPORT_NOTES = ("گفتنی است", "شایان ذکر است", "لازم به ذکر است", "قابل ذکر است", "ناگفته نماند",
                "خاطر نشان می شود", "یادآور می شود", "یادآوری می شود", "لازم به یادآوری است")
# Words that make the past stems of their sentence no past (باید ... فراهم کرد، افتتاح خواهند شد): a
# modal before the short infinitive (توان: می توان written apart), and the future's auxiliary.
NOT_PAST_BEFORE = ("باید", "نباید", "بایست", "می‌توان", "نمی‌توان", "توان", "خواهم", "خواهی", "خواهد", "خواهیم",
                   "خواهید", "خواهند", "نخواهد", "نخواهند")
MIN_ANSWER_WORDS = 8  # an interview paragraph with fewer words is a heading
# An answer's turn lasts until the reporter's next question: a paragraph between an answer and that
# question is the answer going on, whatever person it speaks in, if it has this many words (a reporter's
# remark between answers is a short sentence: برای رسیدن به اردوی تیم ملی باید وزن کم کنی.) and the
# paragraphs up to the question open on no reply (بله، ...: a reply answers a remark of the reporter's).
MIN_ANSWER_TURN_WORDS = 12
REPLY_OPENERS = frozenset(fold_word(word) for word in ("بله", "نه", "آره", "خیر", "نخیر"))
# A paragraph going on with a speaker's words speaks in the first person: this many words
# of FIRST_PERSON_WORDS or first-person verbs (کردیم، می‌دانم); one right after an unmarked quote or a question.
FIRST_PERSON_MARKS = 2
FIRST_PERSON_WORDS = frozenset(fold_word(word) for word in (
    "من", "ما", "خودم", "خودمان", "مرا", "برایم", "برایمان", "به‌نظرم", "تیمم", "تیممان",
    "هستم", "هستیم", "نیستم", "نیستیم", "دارم", "داریم", "ندارم", "نداریم", "بودم", "بودیم",
))
# Words of a speaker's own state that take the copula glued on in the first person
# (امیدوارم، خوشحالیم، مطمئنم): each so written speaks of the speaker as a verb in م does.
FIRST_PERSON_STATES = frozenset(fold_word(word) for word in (
    "امیدوار", "خوشحال", "ناراحت", "معتقد", "مطمئن", "متاسف", "متأسف", "ممنون", "متشکر", "سپاسگزار",
    "مجبور", "مخالف", "موافق", "منتظر", "حاضر", "قادر", "موظف", "مایل", "خوشبین", "متعجب", "نگران",
    "آماده", "قائل", "شاهد", "راضی", "ناامید", "مدیون", "مشتاق", "مصمم", "خسته",
))
FIRST_PERSON_COPULAS = ("م", "یم", "ام", "ایم")  # folded keys: آماده‌ام has no ZWNJ left
FIRST_PERSON_PLURAL = "یم"  # a verb's «we» (کردیم، باشیم)
QUESTION_MARKS = ("؟", "?")  # Persian and Latin: a sentence that ends on one asks
# Words that ask (آیا ... ؟، نظر شما چیست؟، چه پاسخی دارید؟). Before a speech verb they ask whether
# it was said (آیا وزیر گفته است که ...؟، چه کسی گفته که ...؟); after a claim, they put it to someone.
QUESTION_WORDS = frozenset(fold_word(word) for word in (
    "آیا", "مگر", "چه", "چرا", "چطور", "چگونه", "چیست", "چقدر", "کدام", "کجا",
))
# A printed interview's question need not end in ؟: often it is a remark put to the interviewee
# (بازی از دقیقه ۲۰ بهتر شد و توپ در اختیار تیم شما بود.), a short paragraph in the second person,
# told by these words or a verb addressed to شما (کردید، می‌دانید).
SECOND_PERSON_WORDS = frozenset(fold_word(word) for word in ("شما", "شمارا", "خودتان", "برایتان", "به‌نظرتان"))
MAX_QUESTION_WORDS = 30
# The reporter's turn may also ask the interviewee to speak (از شرایط این روزهایت بگو.، کمی درباره طرح
# توضیح دهید.): a request ending the paragraph, in the imperative or the second person. The paragraph after
# it answers, as after a question.
REQUESTS_TO_SPEAK = ("بگو", "بگویید", "بگوئید", "بفرمایید", "بفرمائید", "توضیح بده", "توضیح بدهید", "توضیح دهید",
                     "تعریف کن", "تعریف کنید", "شرح بده", "شرح بدهید", "شرح دهید")
# A printed question-and-answer interview: this many reporter's questions, each followed by a
# paragraph that is no question. Its answers need no first-person word: the layout says whose they are.
MIN_QUESTIONS_ANSWERED = 2
VOWEL_LETTERS = ("ا", "آ", "و")  # a present stem ending in one takes ید for «he» (می‌گوید), یید for «you»
# Labels a reporter's question opens on in a question-and-answer interview, folded; the reporter's
# own label too (خبرنگار:), whose turn may be a remark with no question mark: the answer follows.
# The one-letter labels (س: for سؤال, ج: for جواب) are how many outlets lay out a written interview.
QUESTION_LABELS = tuple(dict.fromkeys(fold_letters(label) + colon
                                      for label in ("سوال", "سؤال", "سئوال", "پرسش", "خبرنگار", "س")
                                      for colon in (":", " :")))
# Labels an interviewee's answer opens on, folded (``ج: ...``, ``جواب: ...``): the words after the
# label are the answer of whoever has the floor, and the label itself names nobody.
ANSWER_LABELS = tuple(dict.fromkeys(fold_letters(label) + colon
                                    for label in ("ج", "جواب", "پاسخ")
                                    for colon in (":", " :")))
MAX_OPEN_PARAGRAPHS = 4  # how many paragraphs a quotation left open may go on in before it closes
ANSWER_ENDINGS = (".", "!", "…", "»")  # an answer ends a sentence; a heading has no full stop
BULLETS = ("*", "-", "•", "–")  # a paragraph opening on one is a subheading or a list item, not running speech
BOLD_MARK = "*"  # ``**...؟**``: a paragraph set in bold by markdown, whose last mark is the one before it
# An article is a list of items (a press review's headlines) when this share of its body paragraphs,
# this many or more, open on a bullet.
MIN_LIST_ITEMS = 8
MIN_LIST_SHARE = 0.5
MIN_QUOTE_WORDS = 4  # «» with fewer words is a name or a title
# Words that may join a reported claim to the speaker's own «words» closing it (``گفت که CLAIM،
# اما «QUOTE»``, ``می‌گوید CLAIM، چون «QUOTE»``): the quote is then a guillemet quote of its own.
QUOTE_JOINING_WORDS = ("اما", "ولی", "و", "چون", "زیرا", "چرا که")
# Punctuation between a quote and the sentence that attributes it: «...»؛ این را ...
QUOTE_TAIL_MARKS = frozenset("؛،,.:-–")
# Round 23: ``«QUOTE» این را X گفت``، ``"QUOTE" این را X گفته است``: the object pointing back at the
# quote says whose it is as a tail mark would, the speaker after it; and it makes a quote of words in
# straight marks, which elsewhere name things (به گزارش "ورزش سه"، فیلم "...").
POINTED_BACK_OBJECTS = ("این را", "این ها را") + tuple(f"این {noun} را" for noun in (
    # Round 24: or names what was said (``«QUOTE»؛ این جمله را پیرزنی می‌گوید که در صف ایستاده است``).
    "جمله", "جملات", "حرف", "حرف ها", "سخن", "سخنان"))
# Quotation marks a quote after a colon may stand in («...», "...", “...”).
QUOTE_OPENERS = "«\"“"
MAX_HEADING_WORDS = 12  # an interview's topic heading before «answer»; longer is a sentence
MAX_LABEL_WORDS = 3  # a name opening a paragraph before its colon (قاسم دهنوی: ...)
MAX_BULLET_CHARS = 4  # what may stand before a heading that opens its paragraph (*، -، ۱-)
# A stage direction in parentheses after a label's colon (کریمی: (می‌خندد) ...) tells how the words
# were said; longer parentheses, or ones holding a digit (a list's (۱)), are words of their own.
MAX_STAGE_DIRECTION_CHARS = 24
MAX_QUOTED_CHARS = 3000  # a quotation after a colon; longer is no quote (as GUILLEMETS)
QUOTE_HEAD_CHARS = 120  # where a quote after a colon must show MIN_QUOTE_WORDS words
SENTENCE_TAIL_CHARS = 20  # how much of a text's end says whether it ends like a sentence
QUOTE_CLOSERS = "»\"”"


# --- Words no name holds (corpus.quotes.person; bench/speaker_hygiene.py) ---------

# Finite verb forms made from hazm's stems: past stem + ending, می/نمی + present stem + ending.
PAST_ENDINGS = ("م", "ی", "یم", "ید", "ند")
# The persons a light verb's past is read in after its noun (قدردانی کرد، موافقت کردیم): not
# the second singular, which is also an adjective or a surname (کردی).
LIGHT_VERB_PAST_ENDINGS = ("", "ند", "م", "یم", "ید")
INFINITIVE_ENDING = "ن"  # a past stem and ن: آمدن، رفتن
PRESENT_ENDINGS = ("م", "ی", "د", "یم", "ید", "ند")
PRESENT_PREFIXES = ("می", "نمی")  # written apart too (می شود): one verb with the next word
INDEFINITE_ENDINGS = ("ای", "ی")  # a noun's indefinite ending, folded (جلسه‌ای، نشستی)
INDEFINITE_AFTER_HE = "ای"  # the indefinite ending after a silent ه (فروشنده‌ای), folded
SILENT_HE = "ه"  # the letter a noun ends on that takes ای for its indefinite (مدرسه‌ای، خانواده‌ای)
DOER_ENDING = "نده"  # a doer's noun from a present stem (فروشنده، راننده، خواننده)
# Present endings a subjunctive is told by without its می (کنند، باشد، بگیریم): not ی or م,
# which end nouns too (کاری، واگذاری، پیام).
SUBJUNCTIVE_ENDINGS = ("د", "ند", "یم", "ید")
SUBJUNCTIVE_PREFIX = "ب"  # بگیرد، بدهند
# A subjunctive denied takes ن where ب would stand, after a preverb too (نکنند، نباشند، برندارند):
# asking someone not to do something (از هواداران خواست به شایعات توجه نکنند).
NEGATIVE_PREFIX = "ن"
PARTICIPLE = "ه"  # کرده، شده; with PERFECT_ENDINGS written as one word: داشته‌اند
PERFECT_ENDINGS = ("ام", "ایم", "اید", "اند")  # not ای: گسترده‌ای is an adjective
PLURAL_VERB_ENDING = "ند"  # third person plural: گفتند، می‌گویند
PERFECT_PLURAL_ENDING = "اند"  # کرده‌اند
SPEECH_VERB_WORDS = 3  # words a speech verb may take: می | گویند، اعلام | کرده | اند

# Present verbs written without می: the copula (است، هستند، نیست، باشد) and داشتن (دارد).
COPULAS = frozenset(fold_word(word) for word in (
    "است", "هست", "هستم", "هستی", "هستیم", "هستید", "هستند",
    "نیست", "نیستم", "نیستی", "نیستیم", "نیستید", "نیستند",
    "دارد", "دارم", "داری", "داریم", "دارید", "دارند",
    "باشد", "باشم", "باشی", "باشیم", "باشید", "باشند",
))
# A name ends before these: مصطفی پورمحمدی عصرامروز، معصومه معصومی‌فر سه‌شنبه.
TIME_WORDS = frozenset(fold_word(word) for word in (
    "امروز", "دیروز", "فردا", "امشب", "دیشب", "پریروز", "صبح", "عصر", "ظهر", "شب", "بامداد", "شامگاه",
    "صبحگاه", "نیمروز", "بعدازظهر", "پیش‌ازظهر", "ساعت", "ساعاتی", "لحظاتی", "روز", "هفته", "ماه", "سال",
    "گذشته", "اکنون", "حالا", "هم‌اکنون", "دقایقی", "چندی", "اواسط", "اوایل", "اواخر", "اخیرا", "قبلا", "سپس", "بلافاصله", "ناگهان", "پیشتر", "امسال", "پارسال",
    "بارها",  # how often, as when: که بارها عنوان کرده
    "زمانی",  # once, when: X زمانی گفته بود، زمانی تصور می‌شد
    # a span of time with the indefinite ی before بعد / پیش / قبل, as دقایقی and چندی are (روابط
    # عمومی وزارت نفت ساعتی بعد اعلام کرد، X مدتی قبل گفته بود، X اندکی بعد افزود)
    "ساعتی", "مدتی", "اندکی",
))
# Nouns of time that are an adverb only with a word after them (روز گذشته، روز شنبه، سال ۹۸): bare,
# right before a preposition, they end a name (روزنامه سیاست روز در سرمقاله خود ...، not the day).
BARE_TIME_NOUNS = frozenset(fold_word(word) for word in ("روز", "هفته", "ماه", "سال"))
PREPOSITIONS_AFTER_A_NAME = frozenset(fold_word(word) for word in ("در", "با", "به", "از", "برای", "طی"))
NEXT_WORD_CHARS = 20  # how far past a name's last word its next word is looked for
# Time words that are also surnames: right after a given name they are the surname (رضا بامداد،
# مجید زمانی، حسین ساعتی), after any other word the time (X بامداد امروز، X زمانی گفته بود).
SURNAMES_IN_TIME_WORDS = frozenset(fold_word(word) for word in ("بامداد", "زمانی", "ساعتی"))
# After a weekday these make it a time (جمعه شب، شنبه گذشته، دوشنبه آینده، پنجشنبه صبح); any other
# word after it, right after a given name, leaves the weekday the surname (عبدالله جمعه مدیرکل ...).
WEEKDAY_TIME_PARTNERS = frozenset(fold_word(word) for word in (
    "صبح", "عصر", "ظهر", "شب", "بامداد", "شامگاه", "صبحگاه", "بعدازظهر", "پیش‌ازظهر", "گذشته", "آینده",
    "جاری", "پیش", "قبل", "بعد", "اخیر",
))
# A day told from today (امروز، دیروز) after a part of the day makes that part today's (صبح امروز), so
# a weekday before them is no time but a surname (علی جمعه صبح امروز گفت).
DAYS_FROM_TODAY = frozenset(fold_word(word) for word in ("امروز", "دیروز", "فردا", "پریروز"))
# Before جمعه these make it the Friday prayer, not a day: امام جمعه، خطیب نماز جمعه، خطبه‌های نماز جمعه.
FRIDAY_PRAYER_WORDS = frozenset(fold_word(word) for word in ("امام", "نماز", "خطبه", "خطبه‌های", "خطبه‌ها"))
# Fixed terms whose last word is otherwise a verb or a reporting word: inside a role they go
# on with it (مدیرکل حمل و نقل و پایانه‌ها، مدیرکل حفاظت محیط زیست), they do not end it.
ROLE_COMPOUNDS = frozenset(tuple(fold_word(word) for word in term.split()) for term in (
    "حمل و نقل", "محیط زیست",
    "دو و میدانی",  # the sport (athletics): میدانی reads as می‌دانی, a verb
    # ... whose last word is a stop word: a role may end on it (معاون محیط طبیعی اداره کل)
    "اداره کل", "دادستان کل", "بازرس کل", "مدیر کل",
))
# Present stems that make a compound adjective of the noun before them (شگفتی‌ساز، شگفتی‌آفرین،
# تاریخ‌ساز، رکوردشکن): written apart, the noun may read as a verb (شگفتی as "you were amazed"),
# but inside a role (مربی تیم شگفتی ساز گل گهر) the two are one adjective and the role goes on.
ADJECTIVE_MAKING_STEMS = frozenset(fold_word(word) for word in ("ساز", "آفرین", "شکن"))
# The honorific closing a holy person's name, written after it in a body's name (بیمارستان امام
# رضا (ع)، دانشکده علوم حدیث امام صادق (ع)): a stop-word list holds the letter, but a role
# may end on it.
ROLE_CLOSING_HONORIFICS = frozenset(fold_word(word) for word in ("ع",))
# A club's former name set in parentheses inside a role (سرمربی تیم استیل آذین (گهر دورود سابق)،
# مهاجم شهرخودرو (پدیده پیشین)): it ends on one of these words, and tells which club the team
# was, not the office; the role is read without it.
FORMER_NAME_ENDS = frozenset(fold_word(word) for word in ("سابق", "پیشین", "قبلی", "قدیم"))
# The kinds of word (person.non_name_kind) a subject's phrase may stop at to open a phrase of
# when or after what (پس از بازی، بعد از تمرین، در پایان نشست، دیروز): when a comma closes that
# phrase before a judged object, the role before it is whole (indirect._adverbial_after_subject).
ADVERBIAL_OPENER_KINDS = frozenset(("stop word", "time", "weekday"))
# Before «را» a role may run on into the object (عضو حزب ... | این موضوع را ...؛ عضو کمیسیون
# ... | بالا بودن تلفات را ...). Past the role's first words, these open the object: a
# demonstrative (unless a body follows it: رئیس هیئت مدیره این باشگاه), a word of part or
# whole, a reason or a goal, a measure whose figure is given (مدیرکل میراث فرهنگی استان | تعداد
# مسافران را ۲ میلیون نفر پیش‌بینی کرد؛ ستاد بحران | خسارت سیل را ... برآورد کرد); and the word
# before an infinitive is the object's.
OBJECT_OPENERS = frozenset(fold_word(word) for word in (
    "این", "آن", "همین", "همان", "یکی", "تنها", "برخی", "بسیاری", "تمام", "کلیه",
    "علت", "علل", "دلیل", "دلایل", "هدف", "اهداف",
    "تعداد", "میزان", "نرخ", "ارزش", "حجم", "مجموع", "شمار", "مبلغ", "خسارت",
))
INFINITIVES = frozenset(fold_word(word) for word in (
    "بودن", "کردن", "شدن", "داشتن", "دادن", "نمودن", "گرفتن", "ساختن", "یافتن",
))
# Bodies a demonstrative points to inside a role, beside the organisation heads (نماینده این استان).
DEMONSTRATED_BODIES = frozenset(fold_word(word) for word in (
    "کشور", "استان", "شهرستان", "شهر", "منطقه", "تیم", "نهاد", "دستگاه", "مجموعه", "وزارتخانه",
))
# Marks that end the words a role or a name ran into before an object: past them the claim is not theirs.
NOT_IN_A_NOUN_PHRASE = '.:؛«»"()'
# A role before «را» that names its province or county ends on the place's name (مدیرکل آموزش و
# پرورش استان کرمانشاه | ایجاد شرایط ... را): past it only و, a preposition or the second word of
# a place's name (خراسان رضوی، آذربایجان شرقی) goes on with the role.
PLACE_UNITS = frozenset(fold_word(word) for word in ("استان", "شهرستان"))
PLACE_NAME_TAILS = frozenset(fold_word(word) for word in (
    "رضوی", "شمالی", "جنوبی", "شرقی", "غربی", "مرکزی", "بزرگ",  # تهران بزرگ
))
# A bare «استان» ending a role stands for the province a title names (مدیرکل بهزیستی استان of
# مدیرکل بهزیستی مازندران), in at most this many words (خراسان رضوی، کهگیلویه و بویراحمد).
PROVINCE_UNIT = fold_word("استان")
MAX_PLACE_NAME_WORDS = 3
# A role run past the place it ends on (subjects.place_end) is not cut before a word shaped as an
# adjective (ی, but not the ezafe a vowel carries: های، ای): a firm's or paper's name (ایران ورزشی).
ADJECTIVE_ENDING = fold_word("ی")
EZAFE_AFTER_VOWEL_ENDINGS = tuple(fold_word(ending) for ending in ("ای", "وی", "هی"))
# The preposition that sets a body's place after its name when nothing but the verb follows
# (دولت ائتلافی در پاکستان بر این باور است؛ سفارت ایران در لندن اعلام کرد): the body there, its name's.
BODY_PLACE_PREPOSITION = fold_word("در")
MIN_ROLE_WORDS_BEFORE_OBJECT = 2  # مجری این طرح: a role may itself point with این right after its head
# Seasons and months say when only with a qualifier after them (تابستان گذشته، اسفند ۱۳۹۸):
# alone they may be given names (بهار، بهمن، آذر).
SEASONS_AND_MONTHS = frozenset(fold_word(word) for word in (
    "بهار", "تابستان", "پاییز", "زمستان", "فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر",
    "آبان", "آذر", "دی", "بهمن", "اسفند", "ژانویه", "فوریه", "مارس", "آوریل", "مه", "ژوئن", "ژوئیه", "اوت",
    "سپتامبر", "اکتبر", "نوامبر", "دسامبر",
))
TIME_QUALIFIERS = frozenset(fold_word(word) for word in (
    "گذشته", "امسال", "پارسال", "آینده", "جاری", "سال", "ماه", "پیش", "قبل", "بعد",
))
# Time words run into the word before them (عصرامروز، صبح‌امروز): a word ending in one.
GLUED_TIME_WORDS = tuple(fold_word(word) for word in ("امروز", "دیروز", "امشب", "فردا"))
WEEKDAYS = frozenset(fold_word(word) for word in (
    "شنبه", "یکشنبه", "یک‌شنبه", "دوشنبه", "سه‌شنبه", "چهارشنبه", "چهار‌شنبه", "پنجشنبه", "پنج‌شنبه", "جمعه",
))
# سه شنبه written with a space: a weekday when شنبه follows a number word.
WEEKDAY_TAIL = fold_word("شنبه")
# How many words a share of people may open a clause with (بیش از ۷۰ درصد): it is then a group.
MAX_SHARE_WORDS = 5
# What a share of people is counted in: a percentage (۸۱ درصد از ترک‌ها) or heads (سه نفر از
# کارگران، چند نفر از ساکنان; تن, the written word for heads, is GROUP_SHARE_UNITS): a group nobody
# names, never the last speaker.
SHARE_UNITS = ("درصد", "نفر")
# Number words and the units of an amount: what a figure is written in.
NUMBER_WORDS = (
    "هزار", "میلیون", "میلیارد", "صد", "درصد",
    "یک", "دو", "سه", "چهار", "پنج", "شش", "هفت", "هشت", "نه", "ده", "یازده", "دوازده", "سیزده", "چهارده",
    "پانزده", "شانزده", "هفده", "هجده", "هیجده", "نوزده", "بیست", "سی", "چهل", "پنجاه", "شصت", "هفتاد",
    "هشتاد", "نود", "دویست", "سیصد", "چهارصد", "پانصد",
)
QUANTITY_WORDS = frozenset(fold_word(word) for word in NUMBER_WORDS + (
    "حدود", "تعداد", "بسیار", "بسیاری", "محدود", "محدودی", "چند", "چندین", "برخی", "بیش", "کمتر",
    "بیشتر", "نیمی", "همه", "تمام", "اکثر", "اغلب", "هزاران", "صدها",
))
# What an estimate's figure holds (ESTIMATING_NOUNS): a number word; digits are read apart.
ESTIMATED_AMOUNT_WORDS = frozenset(fold_word(word) for word in NUMBER_WORDS)
REPORTING_WORDS = frozenset(fold_word(word) for word in (
    "گفت", "گفته", "گفتگو", "گفت‌وگو", "اظهار", "تصریح", "افزود", "خبرنگار", "خبرنگاری", "خبرنگاران",
    "گزارش", "گزارشی", "اعلام", "خبر", "مصاحبه", "پاسخ", "پرسش", "سوال", "سئوال", "مبنی", "نقل", "بیان",
    "اشاره", "تاکید", "اطلاعیه", "بیانیه", "ادامه", "افزوده", "معتقد", "معتقدند", "مدعی", "وعده",
    # the nouns of compound speech verbs: مدافع لیورپول ابراز اطمینان کرد، ... خاطرنشان کرد
    "ابراز", "خاطرنشان", "یادآور", "اذعان",
))
# hazm stop words that are also parts of names (عیسی زاده، ابوترابی فرد، ولی آذروش، آقای; the surnames
# شه‌بخش، تاج‌بخش written apart: شه بخش) or join an organisation's name (آموزش و پرورش).
NAME_PARTS_IN_STOP_WORDS = frozenset(fold_word(word) for word in ("زاده", "فرد", "ولی", "آقای", "و", "بخش"))
# Prepositions that close surnames too (نیک‌بین، خرم‌روی، نیک‌پی): written after a space, at the end
# of a name before its comma or verb, they are its second half (person._surname_half_apart).
NAME_HALF_PREPOSITIONS = frozenset(fold_word(word) for word in ("بین", "روی", "پی"))
# Prepositions hazm's stop words leave out: no name holds one, so a name read back from a verb or on
# from a given name ends at it (``۱۳ ثانیه توسط سارا کهن‌دل``: سارا کهن‌دل, not the whole run).
PREPOSITIONS_NOT_STOP_WORDS = frozenset(fold_word(word) for word in (
    "توسط", "نزد", "بوسیله", "پیرامون", "جهت", "بابت", "درخصوص", "ازسوی", "بجای"))
# People described, not named: kin, remains, a player by position or deed. They open a
# title (ستاره تیم فوتبال چلسی), resolved like a role to the person the article names.
DESCRIPTION_HEADS = (
    "مادر", "پدر", "همسر", "پسر", "دختر", "برادر", "خواهر", "فرزند", "خانواده", "پیکر",
    "ستاره", "مالک", "سنتر", "زننده", "گلزن", "ملی پوش", "ملی پوشان", "شهروند", "افسر", "سرباز",
    "اسطوره",  # a club's or a country's legend (اسطوره فوتبال هلند): how sport news calls its greats
)
# Heads that describe someone by their tie to another person: a name right after one is that
# other person's (همسر علی رضایی، وکیل آقای احمدی، سخنگوی پوتین), so the speaker is the
# kin, the lawyer or the spokesman, never the person named.
# Kin (مادر یکی از مددجویان، پدر این بازیکن): a title so opening is someone else's relative, never
# the speaker of the moment, whoever they are.
KIN_HEADS = ("مادر", "پدر", "همسر", "پسر", "دختر", "برادر", "خواهر", "فرزند", "خانواده")
RELATION_HEADS = KIN_HEADS + (
    "وکیل",
    "وکیل مدافع", "سخنگوی", "مشاور", "دستیار", "منشی", "مدیر برنامه", "مدیر برنامه‌های",
    "ایجنت",  # a player's agent, as sports news write it (ایجنت تایگر وودز)
)
# Conjunctions that open a clause before the main one (وقتی X ...، SUBJECT گفت): the
# speaker is the subject after the comma that closes it, else the clause's own subject.
SUBORDINATORS = (
    "وقتی", "وقتی که", "زمانی که", "هنگامی که", "موقعی که", "از آنجا که", "از آنجایی که",
    "چنانچه", "اگر", "اگرچه", "هرچند", "پس از آنکه", "پس از اینکه", "بعد از آنکه", "بعد از اینکه",
    "در حالی که",
    # concessive "although" (با اینکه X اعلام کرده بود CLAIM، اما ...)
    "با اینکه", "با آنکه", "با وجود اینکه", "با وجود آنکه", "علیرغم اینکه", "علی رغم اینکه", "هرچند که",
)
# ``X در حالی ... که Y تاکید دارد``: the frame "while" split around its clause; the clause after که
# is a whole one, and a lone word opening it is its subject.
WHILE_FRAME = tuple(fold_word(word) for word in ("در", "حالی"))
# Places and institutions named after someone: a name right after one is the namesake's,
# not a speaker's (مدیرعامل پالایشگاه امام خمینی شازند، رئیس بیمارستان دکتر شریعتی).
NAMESAKE_HEADS = frozenset(fold_word(word) for word in (
    "پالایشگاه", "بیمارستان", "فرودگاه", "بندر", "ورزشگاه", "استادیوم", "دانشگاه", "مدرسه",
    "دبیرستان", "مسجد", "حرم", "آستان", "بنیاد", "شهرک", "خیابان", "میدان", "بزرگراه", "نیروگاه",
    "پتروشیمی", "مجتمع", "کارخانه", "سد", "پایگاه", "قرارگاه", "ناو", "موسسه", "مؤسسه", "جشنواره",
    "جایزه", "کمیته",
))
# Words a team's or a club's name follows (تیم شاهین بوشهر، باشگاه صبا): a "name" the article
# writes after one is the team's, though it opens like a given name (سرمربی شاهین بوشهر گفت).
TEAM_NAME_HEADS = tuple(fold_word(word) for word in ("تیم", "باشگاه"))
# Nouns of an office a relative clause says someone holds (X که ریاست فدراسیون را بر عهده دارد، X
# که مدیریت بخش ارتباطات باشگاه را برعهده دارد): the office, as written, is their role.
OFFICE_HELD_NOUNS = frozenset(fold_word(word) for word in (
    "ریاست", "مدیریت", "سرپرستی", "هدایت", "دبیری", "مربیگری", "معاونت", "سخنگویی", "نیابت",
    "دبیرکلی", "فرماندهی", "کاپیتانی", "مدیرعاملی", "سرمربیگری", "تولیت", "امامت"))
# The words after an office's «را» that say it is held: بر عهده / برعهده, then a form of داشتن.
OFFICE_HELD_BY = tuple(fold_word(word) for word in ("بر", "عهده"))
OFFICE_HELD_AT = fold_word("برعهده")
OFFICE_HELD_VERBS = frozenset(fold_word(word) for word in ("دارد", "داشت", "دارند", "داشتند", "داشته", "می‌داشت"))
# Copulas a relative clause's role ends on (X که یکی از نامزدهای ریاست هیئت فوتبال بود).
RELATIVE_COPULAS = frozenset(fold_word(word) for word in ("است", "بود", "هست", "می‌باشد", "میباشد", "بوده", "باشد"))
# How many words a relative clause after a name is read for the office it gives.
MAX_RELATIVE_ROLE_WORDS = 24
# How many words a title set off by two commas after a name may hold (X، سرمربی شهاب، وارد ...).
MAX_APPOSITIVE_ROLE_WORDS = 12
# Marks a sentence ends on, before a pronoun that opens the next one (… گفت … . او رئیس … است),
# and the closing quotation marks that may stand after them (… ندارند.» وی مدیر … است).
SENTENCE_END_MARKS = frozenset(".!?؟")
CLOSING_QUOTE_MARKS = "»\"”"
# Words of a post someone is sent to hold somewhere (خبرنگار اعزامی ... به ریو، سرپرست کاروان
# اعزامی ... به بازی‌های آسیایی): the «به» after them names the destination, part of the role.
SENT_TO_WORDS = frozenset(fold_word(word) for word in ("اعزامی", "اعزام‌شده", "اعزام"))
# Adjectives that take their complement with a preposition inside a phrase describing someone
# (یکی از خیرین حاضر در نشست، یک منبع نزدیک به تیم مذاکره‌کننده، پزشک شاغل در بیمارستان ...): the
# phrase after them is theirs, an occasion word included (حاضر در نشست is who, not when).
COMPLEMENT_ADJECTIVES = {fold_word(adjective): fold_word(preposition) for adjective, preposition in (
    ("حاضر", "در"), ("شاغل", "در"), ("فعال", "در"), ("مستقر", "در"), ("نزدیک", "به"), ("وابسته", "به"),
)}
# Sports a team's word may name before the team (تیم فوتبال شهاب کرج، باشگاه والیبال ...).
TEAM_SPORTS = tuple(fold_word(word) for word in (
    "فوتبال", "فوتسال", "والیبال", "بسکتبال", "هندبال", "کشتی", "واترپلو", "هاکی", "بیسبال"))
# A national team's title before «را» ends on what names the team (سرمربی تیم ملی فوتبال ایران |
# خبر ... را تکذیب کرد، سرمربی تیم ملی | فهرست بازیکنان را اعلام کرد): past «تیم ملی» only its
# sport, its age group or sex, and its country go on with the role.
NATIONAL_TEAM = (fold_word("تیم"), fold_word("ملی"))
NATIONAL_TEAM_WORDS = frozenset(TEAM_SPORTS) | frozenset(fold_word(word) for word in (
    "آزاد", "فرنگی", "ساحلی", "امید", "جوانان", "نوجوانان", "بزرگسالان", "نونهالان", "زنان", "بانوان",
    "مردان", "دختران", "پسران", "زیر", "سال", "کشور", "کشورمان",
))
# Honorifics of the imams and prophets: after a role's head they name an institution
# (مدیرکل کمیته امداد امام خمینی، تولیت آستان حضرت معصومه), never the speaker.
HOLY_HONORIFICS = frozenset(fold_word(word) for word in ("امام", "حضرت"))
# Honorifics a surname may also hold (علی حاج کاظم، محمد سید جوادی، آقا محمدی): inside a name
# they go on the name; any other (حجت‌الاسلام، سردار، دکتر) opens a new one.
SURNAME_HONORIFICS = frozenset(fold_word(word) for word in (
    "حاج", "حاجی", "حاجیه", "سید", "سیده", "شیخ", "آقا", "آقای", "خانم", "جناب", "امام", "حضرت", "علامه"))
# Roles that also honour a name (استاد مطهری، استاد شجریان): before one word no lexicon
# lists as a noun, that word is the person's surname, not the rest of the role.
HONOURING_ROLE_HEADS = ("استاد",)
# Words of teams and competitions no person's name holds (دروازه‌بان‌ملی‌پوش تیم فوتبال سپاهان).
TEAM_WORDS = frozenset(fold_word(word) for word in ("تیم", "فوتبال", "لیگ", "جام", "باشگاه", "ملی‌پوش"))
MAX_NAME_WORDS = 4
# How far before a title the name set beside it by a comma may open (``NAME، TITLE``: honorifics
# and all, or an adverbial before it: در این نشست مینا صدری، مدیر ...): characters.
APPOSITION_NAME_WINDOW = 80
# A name with no given name or role to open it (اما کونته گفت): a surname, two words at most.
MAX_BARE_NAME_WORDS = 2
MIN_ONE_WORD_NAME = 3  # letters  # after honorifics: given names and surnames, foreign ones too
# Foreign given names as Persian news writes them, hand-written: the given-name package
# lists Iranian names only, and hazm's lexicon tags these as plain nouns (کوین، رافائل).
# Common given names of Europe, the Americas and Africa, as sports and world news spell
# them; none that is also a Persian word (جان، پل، جو، پیر، رود، وین، مارک), a club's or a
# city's name (ژرمن، میلان، لیون), or what a one-name player goes by (رائول، ژاوی، زلاتان،
# کریس: the name would run on into the sentence after it).
FOREIGN_GIVEN_NAMES = frozenset(fold_word(word) for word in (
    "جیمز", "جورج", "جوزف", "دیوید", "مایکل", "رابرت", "ریچارد", "توماس", "پیتر", "استیون", "کریستوفر",
    "دانیل", "ویلیام", "چارلز", "جک", "هری", "تونی", "باراک", "دونالد", "هیلاری", "ولادیمیر", "دیمیتری",
    "سرگئی", "سرگی", "نیکلای", "آندری", "ایگور", "الکساندر", "بوریس", "یوری", "آنگلا", "امانوئل", "فرانسوا",
    "نیکولا", "ژان", "ژوزه", "ژوزپ", "جوزپ", "خوزه", "خوان", "کارلوس", "لوئیس", "لوییس", "پدرو", "پابلو",
    "دیگو", "فرناندو", "مارکو", "کریستیانو", "لیونل", "نیمار", "روبرتو", "آنتونیو", "پائولو", "جیانی",
    "کارلو", "یورگن", "یواخیم", "هانس", "مانوئل", "فرانتس", "اولی", "پپ", "برانکو", "دراگان", "زلاتکو",
    "آرسن", "رجب‌طیب", "بشار", "شینزو", "نارندرا", "ایمران", "نواز", "آنتونیولوئیس", "لوئیز", "آلن",
    "آلکس", "الکس", "ادوارد", "ویسنته", "آلوارو", "دنیله", "لئوناردو", "کیلور", "سرخیو", "لوکا", "دژان",
    "اولف", "امیلیو", "برندن", "برندان", "آندره", "ایکر", "ایوان", "ساکاری", "متئو", "ماریو", "مارکوس",
    "کوین", "تیبو", "ویرژیل", "کیلیان", "آنتوان", "اولیویه", "هوگو", "رافائل", "ادن", "تیری", "دیدیه",
    "فرانک", "پاتریس", "لوران", "ژروم", "میشل", "فیلیپ", "سباستین", "سباستیان", "لوتار", "اولیور",
    "میروسلاو", "باستین", "باستیان", "ماتس", "یولیان", "لروی", "ایلکای", "فلیکس", "لوکاس", "جیانلوئیجی",
    "جانلوئیجی", "فرانچسکو", "فابیو", "جورجو", "کلودیو", "ماسیمیلیانو", "ماسیمو", "چزاره", "جنارو",
    "دانیله", "سیمونه", "استفانو", "آلساندرو", "الساندرو", "فیلیپو", "لورنتسو", "ماتئو", "نیکولو",
    "فدریکو", "لوچانو", "جووانی", "آندرس", "ژرارد", "جرارد", "کارلس", "داوید", "خاوی",
    "خسوس", "گابریل", "ویتور", "فیلیپه", "فلیپه", "تیاگو", "دیوگو", "ژائو", "ژوائو",
    "برونو", "ریکاردو", "استیو", "جیمی", "جوردن", "جردن", "اشلی", "کریستین", "جرمی",
    "آرین", "روبین", "ممفیس", "فرنکی", "ماتیس", "رونالد", "ادوین", "وسلی", "هنریک", "داوور",
    "آردا", "هاکان", "روملو", "یوهان", "ژوزپ", "مسوت", "ساشا", "دنیس", "لیونل", "گرت", "کایل", "ویکتور",
    "سامی", "سمیر", "ژرژ", "مائوریسیو", "ماوریسیو", "اونای", "ارنستو", "روبن", "اسکار", "اوسکار", "انزو",
    "نیکلاس", "نیکولاس", "جولیان", "جولیو", "گونزالو", "آنخل", "ادینسون", "لوئیجی", "ماتیاس",
    "پاتریک", "ژوردی", "جوردی", "اوسوالدو", "آنتونی", "رومن", "هانسی", "یوآخیم", "ژولیان", "ژیل",
    "سادیو", "یایا", "دیدیر", "ساموئل", "امانوئل", "میگل", "رامون", "خولیو", "خاویر", "خاویر", "ادگار",
    "لوسیانو", "مائورو", "ماورو", "آلبرتو", "ادواردو", "خورخه", "فرانسیسکو", "سانتیاگو", "مارتین", "هرنان",
))
# Endings a Persian word takes (plural, ezafe or indefinite ی, possessive, verb person): a word
# whose stem without one is a word of hazm's lexicon is Persian (انسان‌های، رسمی، پسرم), never
# an unlisted given name read from the article (unlisted_word).
WORD_ENDINGS = tuple(fold_word(ending) for ending in (
    "هایی", "های", "ها", "ان", "ای", "ی", "یم", "ید", "ند", "م", "ت", "ش"))
# Particles inside foreign names (کی روش، فان پرسی، ده روسی، دی ماریا، بن سلمان): a name
# goes on after them, though alone they are ordinary words.
NAME_PARTICLES = frozenset(fold_word(word) for word in (
    "کی", "فان", "ون", "ده", "دی", "دل", "دا", "دو", "لا", "بن", "ابن", "ابو", "آل", "مک", "اوه",
))
# Stop words tagged as nouns that still never follow a particle in a name: pronouns and
# demonstratives (کی این، ده همین).
PARTICLE_NEVER_BEFORE = frozenset(fold_word(word) for word in (
    "این", "آن", "همین", "همان", "ایشان", "خود", "خودش", "خویش", "شما", "همه",
))


# --- Coreference of titles (corpus.quotes.cast) ----------------------------------
# How many paragraphs on a title's newcomer may be named (مدیرکل ... گفت ... . علی رضایی افزود):
# further on, a roundup's next story names someone else.
NAMED_NEXT_PARAGRAPHS = 2

# What stands between a cue and the quote it opens (گفت: «): the sentence leading up to the quote
# ends before them.
QUOTE_LEAD_IN = " \u200c\u00a0:«\"“'"

# Prepositions before a name that make it whom a sentence speaks to or of (به مددی اعلام کرد، از
# رفیقدوست پرسیدیم، درباره کاظمی گفت), not the one speaking.
ADDRESSEE_PREPOSITIONS = frozenset(fold_word(word) for word in ("به", "از", "با", "برای", "درباره", "خطاب"))

# The nisba a surname so often ends on (هاشمی، موسوی، نوری): a word of the wide given-name list
# ending so opens a name as a given name only when the kept list holds it (علی، مهدی).
NISBA = fold_word("ی")

# Letters a role word keeps before its final ی is dropped for comparing (جمهوری → جمهور);
# shorter words (وی، سی) keep it.
MIN_ROLE_WORD_STEM = 3
# Words a role may leave out and still be the same role: مدیرکل ... همدان is مدیرکل ... استان همدان,
# مدیرکل بهزیستی ... is مدیرکل سازمان بهزیستی ..., سرمربی تیم استقلال is سرمربی تیم فوتبال استقلال,
# مدیرعامل آب منطقه‌ای is مدیرعامل شرکت آب منطقه‌ای ... (a company's kind word, left out when the
# first speaker comes back by title after another has spoken).
ROLE_OPTIONAL_WORDS = frozenset(fold_word(word) for word in ("استان", "شهرستان", "سازمان", "اداره", "فوتبال", "شرکت"))
# An office's holder after a role's head, to the body it heads: معاون وزیر بهداشت is معاون وزارت
# بهداشت (the deputy of the minister is the ministry's deputy), however the article writes it.
HOLDER_BODIES = {fold_word("وزیر"): fold_word("وزارت")}


# Words after a subject that say it goes on speaking (رئیس حزب همچنین ... گفت): a title so
# followed is the speaker of the moment, not someone named later. (نیز / هم say the opposite.)
GOING_ON_WORDS = ("همچنین", "همچنان")
# Speech verbs that say so themselves (افزود، ادامه داد، اضافه کرد, in any tense): the stems of the
# simple verb, and the nouns that open the compound ones. ``معاون استاندار ادامه داد`` is whoever
# spoke last going on, not the official the report names next (همچنین معاون ...، X، ... خبر داد).
GOING_ON_VERB_STEMS = ("افزود", "افزای")
GOING_ON_VERB_NOUNS = ("ادامه", "اضافه")
# Words after a subject that set it apart from who spoke last: نیز / هم (too), and اما (مدیرکل
# تعزیرات اما ... گفت, after a shopkeeper): the subject is someone besides the speaker of the moment.
CONTRAST_WORDS = ("اما",)
BESIDES_WORDS = ("نیز", "هم") + CONTRAST_WORDS


# --- Clause openers before a subject (corpus.quotes.subjects) -----------------------

# A comment opening the sentence on what follows, of at most MAX_COMMENT_WORDS nouns and
# adjectives: ``جالب اینکه X ...`` (COMMENT_THATS), ``نکته مهم این است که X ...``، ``این جمله‌ای بود
# که X ... تکرار کرد`` (a copula of COMMENT_COPULAS and که). The subject comes after it.
COMMENT_THATS = ("اینکه", "آنکه")
COMMENT_COPULAS = ("است", "بود", "هست")
MAX_COMMENT_WORDS = 3

# ``چنان که X فرمود: ...``, ``آن‌گونه که X گفته است``: "as X said"; the subject follows که.
AS_CLAUSE_OPENERS = (
    "چنان که", "آنچنان که", "همچنان که", "همان طور که", "همان گونه که", "آن گونه که", "آن طور که",
    "همان‌طوری که", "آن‌طوری که",
)


# --- More words no name holds (corpus.quotes.person) --------------------------------

# Asking for something, as a reporting word: محمد رودباری خواستار همکاری ... شد و افزود.
REQUEST_WORDS = frozenset(fold_word(word) for word in ("خواستار", "خواهان"))
# Ordinal numbers: شرکت آرکوس دومین نت‌بوک خود را ... (also any number word + مین: پنجمین).
ORDINAL_WORDS = frozenset(fold_word(word) for word in ("نخستین", "اولین", "آخرین", "سومین", "یکمین"))
ORDINAL_SUFFIX = "مین"
# Superlatives: مهم‌ترین، بزرگترین.
SUPERLATIVE_SUFFIX = "ترین"
# A plural with a possessive ending (صحبت‌هایش، حرف‌هایمان): a noun of the clause, never a name.
# Plural endings, with ezafe or indefinite (روزها، روزهای، روزهایی): a time word so ended still says when.
PLURAL_ENDINGS = tuple(fold_word(ending) for ending in ("ها", "های", "هایی"))
POSSESSIVE_PLURAL_ENDINGS = tuple(fold_word(ending) for ending in (
    "هایش", "هایم", "هایت", "هایمان", "هایتان", "هایشان", "هاش",
))
# A noun with a possessive ending (اعتقاد عمیقش، نظرشان، خانه‌اش، صدایش): the clause's, never a
# name's, when what is left is a word of hazm's lexicon of MIN_POSSESSED_STEM letters or more. Each
# ending with the letters the stem ends in before it (None: a consonant, none of WRITTEN_VOWELS):
# کورا‌ش is no possessive, کورایش would be.
POSSESSIVE_ENDINGS = (("یشان", "او"), ("یش", "او"), ("اش", "هی"), ("شان", None), ("ش", None))
WRITTEN_VOWELS = "اآوهی"  # letters a word ending in a vowel ends with
MIN_POSSESSED_STEM = 3

# Conjunctions opening a sentence before its subject: اما امروز رئیس فدراسیون ... گفت.
SENTENCE_CONJUNCTIONS = ("اما", "البته", "لیکن", "لکن")

# Conjunctions that join a new clause after a finite verb: ... هستند ولی پتی معتقد است.
CLAUSE_JOINERS = ("اما", "ولی", "لیکن", "لکن", "ولیکن")

# A given name joined by ZWNJ to a place-name ending is a place (علی‌آباد، حسن‌آباد), not a name.
PLACE_NAME_ENDINGS = tuple(fold_word(word) for word in ("آباد", "اباد"))
# Arabic adverbs that open on علی (علی‌رغم "despite", علی‌الخصوص "especially"): one word, no given name.
ALA_ADVERBS = frozenset(fold_word(word).replace("\u200c", "") for word in (
    "علی‌رغم", "علی‌الخصوص", "علی‌ای‌حال", "علی‌القاعده", "علی‌الظاهر", "علی‌الحساب", "علی‌الدوام"))

# More heads of organisations speaking for themselves (جامعه اسلامی دانشجویان ... اعلام کرد).
MORE_ORGANISATION_HEADS = ("جامعه", "تشکل", "پارلمان", "کنگره", "بنیاد", "کانون", "موسسه", "مؤسسه", "سندیکا", "سندیکای",
                           # a state's seats and missions (سفارت ایران در ...، کاخ ریاست جمهوری ...)
                           "سفارت", "سفارتخانه", "کنسولگری", "کاخ",
                           # offices, agencies, funds and research bodies (معاونت فنی شهرداری ...، آژانس بین‌المللی
                           # انرژی اتمی، صندوق بین‌المللی پول، اندیشکده ...): bodies, never a person's name
                           "معاونت", "آژانس", "صندوق", "اتاق", "قوه", "نهاد", "جمعیت", "کارگروه", "فرماندهی",
                           "دادسرا", "دادسرای", "اندیشکده", "پژوهشگاه", "پژوهشکده", "دانشکده", "وبگاه", "تارنما")

# More words that describe a person rather than name them: professions, sporting feats,
# colleagues (نایب قهرمان جهان، دارنده مدال نقره، روانشناس خانواده، همکار وی). Words that
# are also common surnames (دانشجو، قهرمان، معلم، داور) are left out: خسرو دانشجو is a name.
MORE_DESCRIPTION_HEADS = (
    "همکار", "روانشناس", "روان شناس", "جامعه شناس", "مدرس", "نایب قهرمان", "دارنده", "وزنه بردار",
    "کشتی گیر", "دونده", "شناگر", "پیشکسوت", "بانو", "بانوی", "مفسر", "گزارشگر", "مجری", "قهرمان", "رکورددار",
    "روزنامه نگار",  # a journalist, not the newspaper (روزنامه) that would speak for itself
    "مهمان",  # a programme's guest: X مهمان برنامه ... بود
    # the arts' and the press's trades, which a name runs into unmarked (مریم احمدی آهنگساز ...)
    "آهنگساز", "نوازنده", "تهیه کننده", "فیلمساز", "مستندساز", "مترجم", "منتقد", "سردبیر", "دانشمند", "ورزشکار",
    # the health and care trades health and social-services news quote (یک روان‌پزشک: ...، مددکار ... گفت)
    "روان پزشک", "دندانپزشک", "دندان پزشک", "جراح", "پرستار", "داروساز", "مددکار", "مددکار اجتماعی",
    # more trades local news quote by their trade alone (امدادگر هلال احمر گفت، راننده تاکسی ... می‌گوید);
    # not those that are common surnames too (کشاورز، کارگر، قاضی، کلانتر، ناظر)
    "سرپرستار", "بهورز", "امدادگر", "آتش نشان", "دامپزشک", "بازپرس", "رابط", "اقتصاددان", "کتابدار",
    "مداح", "راننده", "دامدار", "باغدار", "نانوا", "نانوای", "فروشنده", "مغازه دار", "کارآفرین",
    "تولیدکننده", "تولید کننده", "صادرکننده", "صادر کننده", "دهدار",
    "همراه",  # a patient's companion (همراه یکی از بیماران گفت)
)

# Words for an ordinary person's age or sex that follow his name as a description (رضا بامداد جوان
# دانشجویی که ...): past a name's first two words they end it; as the first two a surname
# may be one of them (محمد جوان).
PERSON_DESCRIPTIONS = frozenset(fold_word(word) for word in ("جوان", "نوجوان", "مرد", "زن", "پیرمرد", "پیرزن"))
MIN_NAME_WORDS_BEFORE_DESCRIPTION = 2
# Possessive endings a person's kin or role takes when the report speaks of someone through another
# (مادرش، مربی‌اش، پدرم، معلم‌مان، همسرشان), folded, longest first: the third person and, inside
# a feature's first person, the first. Not the second (مدیریت is مدیر + یت, a noun of its own).
PERSONAL_POSSESSIVE_ENDINGS = tuple(fold_word(ending) for ending in (
    "یشان", "یمان", "شان", "مان", "اش", "ام", "یش", "یم", "ش", "م",
))
# A copular introduction (``رحیم پیرمردی هفتاد ساله است``، ``نرگس سلیمانی معلم روستای بالا است``)
# names someone and gives their predicate with no comma between: the name ends before the
# predicate's head. There, besides the heads of roles and descriptions, the trades and nouns a
# surname may be elsewhere head it (خسرو دانشجو, but «X دانشجوی پزشکی است»); a one-word name
# ends only before a head with the indefinite ی (رحیم پیرمردی، but «رحیم کشاورز است» may be a name).
PREDICATE_HEADS = frozenset(fold_word(word) for word in (
    "کشاورز", "کارگر", "معلم", "دانشجو", "نگهبان", "کفاش", "خیاط", "قالیباف", "دستفروش", "بازنشسته",
    "پسرک", "دخترک", "کودک", "نوزاد", "بیوه", "زندانی", "بیمار"))
INTRODUCING_COPULAS = frozenset(fold_word(word) for word in ("است", "بود", "هست", "می‌باشد", "میباشد"))
# After a one-word given name only these, with the indefinite ی, head the predicate (رحیم پیرمردی،
# محمد پسری، سارا جوانی): a role's head with it is a surname as often (محمدرضا مدیری، علی معلمی).
ONE_WORD_NAME_DESCRIPTIONS = frozenset(fold_word(word) for word in (
    "پیرمرد", "پیرزن", "مرد", "زن", "جوان", "نوجوان", "پسر", "دختر", "پسرک", "دخترک", "کودک", "بچه"))
MAX_PREDICATE_WORDS = 8  # words from the end of the name as read to the copula (معلم روستای بالا ...)
# «Another» after a one-word subject (جوان دیگری، کشاورز دیگری گفت): a noun of a kind, no name.
ANOTHER_ONE = frozenset(fold_word(word) for word in ("دیگری",))

# The prepositions after which a sentence whose subject is a thing names whom it is about
# (نوبت به رضا یزدانی رسید، سپس از کاظم رفیعی دعوت شد): the او of the next sentence.
TURN_PREPOSITIONS = ("به", "از")

# Someone described, then named: ``مرد میانسالی به نام اصغر نعمتی گفت``; the description is at
# most MAX_NAMED_AS_AT words before it (یکی از ساکنان محله به نام ...).
CALLED_BY_NAME = (fold_word("به"), fold_word("نام"))
MAX_NAMED_AS_AT = 4
# A group, then one of it named (برخی تشکل‌ها، از جمله انجمن ...، گفته‌اند; برخی فقها مانند
# مرحوم X بر این عقیده‌اند): the one named is who the report quotes. The words that introduce it.
NAMING_ONE_OF = tuple(tuple(fold_word(word) for word in cue.split()) for cue in (
    "از جمله", "مانند", "نظیر", "به ویژه", "بویژه", "به‌ویژه"))

# Subjects that speak for several people at once, those the article has just named together
# (... دیدار کرد و دو طرف بر ... تأکید کردند؛ طرفین، همگی، هر دو وزیر): a group, never the one
# who spoke last.
JOINT_SUBJECTS = tuple(tuple(fold_word(word) for word in phrase.split())
                       for phrase in ("دو طرف", "طرفین", "همگی", "هر دو", "هر سه", "هر دو طرف"))

# Plural pronouns as subjects (فرانکفورتی‌ها ... آنها معتقدند): a group, never one person.
PLURAL_PRONOUNS = frozenset(fold_word(word) for word in ("آنها", "آن‌ها", "اینها", "این‌ها", "آنان"))
# Their heads, which writers also set apart from the plural ending with a plain space (آن ها، این ها).
PLURAL_PRONOUN_HEADS = frozenset(fold_word(word) for word in ("آن", "این"))

# Words that say where an office is, not which office: two titles sharing only these (معاون
# ... دادگستری گلستان / سرپرست منابع طبیعی گلستان; عضو کمیسیون ... مجلس / نماینده ... در مجلس)
# are not one person's. Seats of power and the provinces.
LOCATING_WORDS = frozenset(fold_word(word) for word in (
    "استان", "شهرستان", "شهر", "کشور", "ایران", "مجلس", "شورای", "اسلامی", "ملی", "جمهوری", "دولت",
    "تهران", "البرز", "اصفهان", "فارس", "خراسان", "رضوی", "شمالی", "جنوبی", "خوزستان", "آذربایجان",
    "شرقی", "غربی", "اردبیل", "گیلان", "مازندران", "گلستان", "سمنان", "قم", "قزوین", "مرکزی", "همدان",
    "زنجان", "کردستان", "کرمانشاه", "ایلام", "لرستان", "چهارمحال", "بختیاری", "کهگیلویه", "بویراحمد",
    "بوشهر", "هرمزگان", "کرمان", "یزد", "سیستان", "بلوچستان",
))

# Nouns a number follows inside a role (شهردار منطقه ۲۰ تهران، فرمانده لشکر ۲۷): the digit
# goes on with the role instead of ending it.
# A number and a unit with ه make an adjective for the noun before them (فهرست ۶۰۰ نفره، قرارداد ۳ ساله).
COUNT_ADJECTIVES = frozenset(fold_word(unit + "ه") for unit in (
    "نفر", "سال", "روز", "ماه", "ساعت", "تن", "متر", "کیلومتر", "میلیون", "میلیارد", "جلد", "قسمت",
))
# Prepositions whose phrase describes a person inside an apposition the comma closes (X، مدیر یک
# دبیرستان دخترانه در شهر ری، گفت؛ X، استاد روانپزشکی از آلمان، گفت), and how many words such a
# phrase may have before that comma: longer, it is the sentence going on, not who they are.
SET_OFF_PREPOSITIONS = frozenset(fold_word(word) for word in ("در", "از"))
MAX_SET_OFF_COMPLEMENT_WORDS = 6
# Nouns of verbs that take their object with از (از افزایش بودجه خبر داد، از مردم تشکر کرد): after
# such a phrase and a comma, the phrase was the verb's object, not a part of the apposition.
FROM_OBJECT_VERB_NOUNS = frozenset(fold_word(word) for word in (
    "خبر", "انتقاد", "تشکر", "قدردانی", "گلایه", "استقبال", "حمایت", "دفاع", "ابراز"))
# The unit of an age, bare or with its indefinite ending (بیمار ۴۳ ساله، پیرمردی ۷۰ ساله‌ای که ...):
# after a number inside a describing phrase it is who the person is, no time of the predicate.
AGE_UNITS = frozenset(fold_word(word) for word in ("ساله", "ساله\u200cای"))
AGE_UNIT_BARE = "ساله"  # the age as a role shows it, without the indefinite ending
# Units a body numbers (شعبه ۱۴ دادگاه ...، منطقه ۶ شهرداری، کلانتری ۱۲): with their number
# after them they are a body speaking; the noun alone is no one's name.
NUMBERED_BODIES = frozenset(fold_word(word) for word in (
    "شعبه", "منطقه", "ناحیه", "لشکر", "تیپ", "گردان", "کلانتری"))
# A sport's weight class and age group (قهرمان وزن ۷۷ کیلوگرم، وزنه‌بردار دسته ۹۴ کیلوگرم، تیم ملی
# زیر ۲۳ سال): the number, and the unit it is counted in after it (CLASS_UNITS), are the title's,
# though a time word (سال) ends a role elsewhere.
CLASS_NOUNS = frozenset(fold_word(word) for word in ("وزن", "دسته", "زیر"))
CLASS_UNITS = frozenset(fold_word(word) for word in ("کیلوگرم", "کیلو", "سال"))
NUMBERED_NOUNS = NUMBERED_BODIES | CLASS_NOUNS | frozenset(fold_word(word) for word in (
    "پایگاه", "قرارگاه", "اصل", "ماده", "بند", "دوره",
    "شماره",  # مرد شماره ۲ القاعده
))
# What a number after a role's words counts rather than numbers (رئیس بهزیستی ۲ روز پیش، ۲۰ درصد،
# ۳ هزار، ۱۲ ۰۰۰): the word after it being of one of these kinds (person.non_name_kind), the
# number opens the clause, not the office's own number (اورژانس ۱۱۵).
NUMBER_UNIT_KINDS = frozenset(("time", "weekday", "quantity", "digit"))
# Ordinals written as words that number a body's unit (شعبه دوم دادگاه ...).
ORDINAL_ADJECTIVES = frozenset(fold_word(word) for word in (
    "اول", "یکم", "دوم", "سوم", "چهارم", "پنجم", "ششم", "هفتم", "هشتم", "نهم", "دهم"))

# A given name before one of these is the first half of a compound (فتح الله، روح اله) or of a
# surname (کریم زاده، عباس پور، رحیمی نیا), so the word before it is no noun before a name.
NAME_SECOND_HALVES = frozenset(fold_word(word) for word in (
    "الله", "اله", "اللّه", "زاده", "پور", "نیا", "نژاد", "فر", "فرد", "وند", "لو", "آبادی",
))
# Halves that close a surname (NAME_SECOND_HALVES but God's name, which closes a given name:
# فتح‌الله): joined by ZWNJ to a given name (صالح‌نیا، حسن‌زاده، علی‌پور) the two are one surname.
SURNAME_CLOSING_HALVES = NAME_SECOND_HALVES - {fold_word(word) for word in ("الله", "اله", "اللّه")}
# --- Words written apart that are one word (compounds.py) ---
# Endings that never stand alone: written after a space (نزدیک تر، بزرگ ترین) they are still the
# word's; so is the plural's ها/های (PLURAL_APART), which compounds.py joins as these.
ONE_WORD_ENDINGS = frozenset(fold_word(word) for word in ("تر", "ترین"))
# Endings that are the word's only after these letters: ای after ه is its indefinite or relative
# ending (عده ای، نشریه ای), elsewhere it may be the vocative (ای مردم); the perfect's person
# endings follow a participle's ه (گرفته اید، رفته اند).
ONE_WORD_ENDINGS_AFTER = {fold_word(ending): ("ه",) for ending in ("ای", "اند", "ام", "ایم", "اید")}
# A compound's second part before its plural ان is this long or more (پوش of آبی پوشان، گر of
# تحلیل گران): a lone letter would join whatever noun the lexicon holds one letter longer.
MIN_COMPOUND_PART = 2
# The letters that are words alone: و, and the ezafe ی some write apart (ستاره ی تیم).
LONE_LETTER_WORDS = frozenset(("و", "ی"))
# Prefixes that open a word, never stand alone: a verb's (می گوید) or a family name's (آل اسحاق).
ONE_WORD_PREFIXES = frozenset(fold_word(word) for word in ("می", "نمی", "آل"))
# Name halves that open a surname as often as they close one: پور closes علی‌پور and opens
# پورمحمدی. Written apart between two words (مصطفی پور محمدی), the article's other spellings
# tell which word it belongs to (Spellings.opens_next).
SURNAME_OPENING_HALVES = frozenset(fold_word(word) for word in ("پور",))
# Second halves of names that are no word of their own in news text (کریم زاده، جلال الدین): not
# فرد ("person"), لو ("leaked"), آبادی ("village").
ONE_WORD_NAME_HALVES = (NAME_SECOND_HALVES - {fold_word(word) for word in ("فرد", "لو", "آبادی")}
                        | {fold_word("الدین")})
# Second halves of compound given names (جلال‌الدین، سیمین‌دخت): run together with the first half
# (جلالالدین) the word is still a given name. Not الله: حزب‌الله، بسم‌الله، انصارالله name no one.
GIVEN_NAME_SECOND_HALVES = tuple(fold_word(word) for word in ("الدین", "دخت"))
# Little words the readers find on their own (در حال، به عنوان، یکی از، این که): never half of a
# word written apart, whatever the article or the lexicon joins them to.
LITTLE_WORDS = frozenset(fold_word(word) for word in (
    "در", "به", "از", "با", "بر", "برای", "تا", "که", "و", "یا", "را", "این", "آن", "همین", "همان", "هر",
    "هم", "نه", "چه", "اگر", "بی", "پس", "سر", "زیر", "روی", "میان", "او", "وی", "ما", "من",
))
# Compounds written in three words whose last the wide list of given names holds: in ``گفت و گوی
# ژان مارتینو`` no name opens on گوی.
SPLIT_COMPOUNDS = tuple(tuple(fold_word(word) for word in compound.split())
                        for compound in ("گفت و گوی", "گفت و گو", "جست و جوی", "جست و جو"))
# Prepositions before such a noun (به قلم ...، با هدایت ...، در غیبت ...، به همراه ...).
NOUN_BEFORE_NAME_PREPOSITIONS = frozenset(fold_word(word) for word in ("به", "با", "از", "در", "برای", "بدون"))
# Words of address that open a vocative (``آقای حسینی‌پور، رضا نیکخواه ... گفته بود``: a reporter's
# question addressing the one asked, then naming the one it reports).
ADDRESS_WORDS = frozenset(fold_word(word) for word in ("آقای", "خانم", "جناب"))
# Words that open an adverbial of place, occasion or time at a sentence's start (در مشهد نیز، پس
# از این دیدار هم): a نیز/هم closing it says "also" of the place, and the name after it is the subject.
ADVERBIAL_OPENERS = frozenset(fold_word(word) for word in ("در", "از", "پس", "پیش", "بعد", "طی", "هنگام"))

# Countries, and capitals standing for their states (مسکو اعلام کرد), as the news names them when
# a state speaks: a body, never a person, so no title (سخنگوی این سفارتخانه) is theirs and their
# name is whole as written. Each is read run together (کره شمالی → کرهشمالی).
COUNTRY_NAMES = frozenset("".join(fold_word(word) for word in name.split()) for name in (
    "ایران", "آمریکا", "امریکا", "ایالات متحده", "ایالات متحده آمریکا", "روسیه", "چین", "ژاپن", "هند",
    "پاکستان", "افغانستان", "عراق", "سوریه", "لبنان", "اردن", "فلسطین", "اسرائیل", "مصر", "لیبی", "تونس",
    "الجزایر", "مراکش", "سودان", "یمن", "عربستان", "عربستان سعودی", "کویت", "قطر", "بحرین", "امارات",
    "عمان", "ترکیه", "آذربایجان", "جمهوری آذربایجان", "ارمنستان", "گرجستان", "ترکمنستان", "ازبکستان",
    "تاجیکستان", "قزاقستان", "قرقیزستان", "انگلیس", "انگلستان", "بریتانیا", "فرانسه", "آلمان", "ایتالیا",
    "اسپانیا", "پرتغال", "هلند", "بلژیک", "سوئیس", "اتریش", "سوئد", "نروژ", "دانمارک", "فنلاند", "لهستان",
    "اوکراین", "یونان", "کانادا", "مکزیک", "برزیل", "آرژانتین", "ونزوئلا", "کوبا", "استرالیا", "اندونزی",
    "مالزی", "کره شمالی", "کره جنوبی", "تایلند", "ویتنام", "نیجریه", "آفریقای جنوبی",
    "تهران", "واشنگتن", "مسکو", "پکن", "لندن", "پاریس", "برلین", "آنکارا", "ریاض", "دمشق", "بغداد",
    "کابل", "اسلام آباد", "توکیو", "سئول", "پیونگ یانگ", "بیونگ یانگ", "تل آویو",
))

# ---- Round 22, attribution by title ----

# Kinds of body whose names are few and written out, so that two titles alike up to one of them and
# naming different bodies after it are two people (معاون وزیر صنعت is not the معاون وزیر جهاد کشاورزی,
# رئیس کمیسیون اقتصادی not the رئیس کمیسیون کشاورزی): a minister's (وزیر, read as وزارت) and a
# commission's. Not a company's or an office's, which reporters call by other names (آبفا / آب و فاضلاب).
OTHER_BODY_KINDS = frozenset(fold_word(word) for word in ("وزارت", "کمیسیون"))
# A member (عضو) sits in several bodies of a kind at once, so a membership of another is still theirs.
MEMBER = fold_word("عضو")

# --- Round 22d: direct quotes after a gesture whose subject is left implied ---
# Verbs that end a clause before a colon and tell a state, an outcome or what a text holds
# (آمده است، چنین شد، ماجرا این بود، به پایان می‌رسد): no gesture of the one who speaks next.
NOT_GESTURE_VERBS = frozenset(fold_word(word) for word in (
    "بود", "نبود", "شد", "نشد", "می‌شود", "نمی‌شود", "می‌باشد", "آمد", "می‌آید", "رسید", "می‌رسد",
))

# --- Round 22d: a cleft naming the speaker (این رضایی بود که گفت) ---
# The demonstrative opening a cleft and the copulas closing its focus before که.
CLEFT_OPENER = fold_word("این")
CLEFT_COPULAS = frozenset(fold_word(word) for word in ("بود", "است"))

# --- Round 22a: pronouns, implied subjects and names ------------------------------------

# Phrases by which a sentence points to someone else's words (با اشاره به اینکه X گفته بود «...»): the
# fact they open is X's, whose speech verb is inside it, as after a topic phrase (TOPIC_PHRASES).
REFERRING_PHRASES = tuple(tuple(fold_word(word) for word in phrase.split()) for phrase in ("با اشاره به",))
# A reporter opening a sentence (خبرنگاری، یکی از خبرنگاران ...): what they point to or ask is no quote.
REPORTER = fold_word("خبرنگار")

# --- Round 22: speakers that are not a named person (organisations, unnamed people, groups) ---
# The indefinite ی after a plural of people (کارگرانی که ...، مسافرانی که ...): people of a kind,
# still a group before a plural verb.
GROUP_INDEFINITE_YE = "ی"
# People counted in تن before the group they are of (چند تن از ملی‌پوشان، دو تن از نمایندگان): a share
# of that group, as نفر counts one; only with از after it, since تن is also a weight (۲۰ تن برنج).
GROUP_SHARE_UNITS = ("تن",)
# «چند راننده تاکسی گفتند»: a few people of a kind, counted with no unit; a group before a plural
# verb (not چند روز پیش, a time).
FEW_WORDS = ("چند", "چندین")

# A hyphen or dash joining two words of a role (دانشگاه جامع علمی - کاربردی): shown as written.
HYPHENS = ("-", "–", "‐")

# --- An office whose name holds a verbal noun and its object (round 29, roles) ---------------------
# A title with no name may run to a plain speech verb over a preposition a verbal noun of the office
# takes (رئیس اداره نظارت بر داروهای دامی ... گفت:، رئیس ستاد استقبال از نوروز شهرداری ... افزود:):
# with nobody named and nothing but nouns up to the verb, those words can only be the office's.
# Not با, which as often tells the manner or the frame of the speech (با لحنی تند، با اشاره به).
OFFICE_COMPLEMENT_PREPOSITIONS = frozenset(fold_word(word) for word in ("بر", "از"))
# Speech verbs that take no object with بر or از (a «از X خبر داد» or a «بر X تاکید کرد» has its
# claim there, and the title ends before it): past forms, as the verb after a title stands.
PLAIN_SPEECH_VERBS = tuple(" ".join(fold_word(word) for word in verb.split()) for verb in (
    "گفت", "افزود", "اظهار داشت", "اظهار کرد", "تصریح کرد", "خاطرنشان کرد", "خاطر نشان کرد",
    "ادامه داد", "بیان کرد", "اضافه کرد", "عنوان کرد", "یادآور شد"))
# Words after the preposition: as many as a title set off by commas may hold (MAX_APPOSITIVE_ROLE_WORDS).
MAX_OFFICE_COMPLEMENT_WORDS = 12

# --- Where an office is held, after its holder's name (round 22, roles; subjects._continues_role) ---
# After a name, «در» ends the role (… مدیرکل بهزیستی | در نشست خبری گفت) but where it names the
# seat a representative holds (نماینده مردم اهواز در مجلس، نماینده ولی فقیه در استان) or the
# affairs a deputy is for (معاون وزیر جهاد کشاورزی در امور دام): those are the office itself.
REPRESENTATIVE_HEADS = frozenset(fold_word(word) for word in ("نماینده",))
# Posts held in a place (an envoy's, a representative's, a correspondent's): «در» after them names
# the post's seat, never where its holder spoke (سفیر ایران در لندن:، نماینده ولی فقیه در استان:).
SEATED_ROLE_HEADS = frozenset(fold_word(word) for word in (
    "نماینده", "سفیر", "کاردار", "سرکنسول", "کنسول", "رایزن", "وابسته", "خبرنگار"))
REPRESENTATIVE_SEATS = frozenset(fold_word(word) for word in ("مجلس", "استان", "شهرستان"))
OFFICE_AFFAIRS = frozenset(fold_word(word) for word in ("امور",))
# The house whose members sit in its commissions, and its parts: a seat in it (نماینده مردم X در
# مجلس) and an office in a part of it (عضو کمیسیون بهداشت مجلس) may be one member's titles.
HOUSE_WORDS = frozenset(fold_word(word) for word in ("مجلس",))
HOUSE_PARTS = frozenset(fold_word(word) for word in ("کمیسیون", "فراکسیون"))

# --- Indirect speech, round 22: a present speech verb whose subject is implied ------------------
# A feature's present speech verb with no subject of its own (``... در بازار فرش می‌بافد. می‌گوید
# CLAIM``، ``خودش می‌گوید CLAIM``، ``هر چند می‌گوید CLAIM``): the person the text is about says the
# claim, as ``او می‌گوید CLAIM`` would. Only these words may stand before the verb in its sentence;
# only the singular (a sentence opening on ``می‌گویند`` is hearsay, nobody's) and only the present
# (a past verb opening a line, ``نوشت فاطمه، ...``, is verse).
# A concessive among them opens a clause that ends at its comma (``هر چند می‌گوید CLAIM، MAIN``):
# the main clause after it is the writer's, not the claim's.
CONCESSIVE_OPENERS = ("هر چند", "اگر چه")
IMPLIED_SUBJECT_OPENERS = ("خودش", "خود او", "البته", "اما", "ولی") + CONCESSIVE_OPENERS

# --- Indirect speech, round 22: a claim from someone's point of view ----------------------------
# Round 23: ``از نظر X، CLAIM``، ``از دید X، CLAIM``، ``به نظر او CLAIM``: views too, but these nouns
# as often mean "in terms of" (از نظر مالی، از نظر شاخص‌ها و نهادهای مادی، از نظر دولت): read only
# with a person as the source (a name, an honorific, a role of the lexicon, وی/او).
WIDE_VIEWPOINT_NOUNS = ("نظر", "دید")
WIDE_VIEWPOINT_KEYS = frozenset(fold_word(word) for word in WIDE_VIEWPOINT_NOUNS)
# ``از نگاه X، CLAIM``، ``از دیدگاه X، CLAIM``، ``از منظر X، CLAIM``: X's view, read as ``به باور X``
# is, but only when X surely names someone (a given name or honorific, a role, a body, وی/او):
# the same words open the writer's own angle (از نگاه فنی، از منظر اقتصادی، ...).
VIEWPOINT_PREPOSITION = "از"
VIEWPOINT_NOUNS = ("نگاه", "دیدگاه", "منظر") + WIDE_VIEWPOINT_NOUNS
# Round 23: ``به نظر X، CLAIM`` / ``به نظر او CLAIM``: the one noun of a view that takes به too
# (به نظر می‌رسد names nobody; به نظر من is the speaker's own).
VIEWPOINT_TO_PREPOSITION = "به"
VIEWPOINT_TO_NOUNS = ("نظر",)

# --- Round 22f: a body quoted by a shorter form of the name the article gives it in full ---
# ``باشگاه دریا بندرعباس ... باشگاه دریا اعلام کرد``: the words the article writes after the short
# form, at most this many, are the body's full name when they stop where a name stops (the end of
# a sentence or a comma, a stop word, a time or reporting word), never before را (an object, not
# a name: ``باشگاه دریا قرارداد بازیکن را``) nor before a verb.
MAX_BODY_NAME_TAIL = 3
BODY_NAME_ENDS = ("time", "reporting", "weekday")
# The stop words a body's name may end before: where, and, that, also (در، و، که، نیز، هم); not a
# preposition taking the clause's object (سفر به ...) nor خود (روابط خود را).
BODY_NAME_END_WORDS = frozenset(fold_word(word) for word in ("در", "و", "که", "نیز", "هم"))
# Words that point back to a body named before (گروه مزبور، سازمان مذکور): such a short form is a
# reference, not a name, and what follows it is the clause's (گروه مزبور اطلاعی در دست نیست).
POINTING_ADJECTIVES = frozenset(fold_word(word) for word in ("مزبور", "مذکور", "یادشده", "فوق", "فوق‌الذکر"))
# Old-web verbs the verb lists miss, that close a sentence after a name (... ایران ملحق گردید.).
SENTENCE_CLOSING_VERBS = frozenset(fold_word(word) for word in ("گردید", "گردیدند", "نمود", "نمودند", "گشت"))

# --- Round 24k: a speech verb in a که clause set after the verb of the clause naming its speaker ---
# ``جالب‌ترین واکنش از آن X بود که گفت``، ``... را X داشت که گفت``، ``واکنش به X تعلق داشت که ...
# گفت``، ``X ... قرار دارد که می‌گوید``: verbs of being, having or standing that end the clause
# naming the one the later که clause is about; that clause (with no subject of its own) is theirs.
EXTRAPOSING_VERBS = frozenset(fold_word(word) for word in (
    "بود", "است", "هست", "بودند", "هستند", "داشت", "دارد", "داشتند", "دارند",
))
# Words that make such a verb a compound of being there (قرار دارد، تعلق داشت، ایستاده است،
# حضور داشت): the name stands before them.
EXTRAPOSING_PREVERBS = frozenset(fold_word(word) for word in ("قرار", "تعلق", "ایستاده", "حضور"))

# ---- Round 24g: a role pointing back to a body the article named (مدیرعامل این بانک) ----
# Kinds of body a role may point back to with «این» at its end (مدیرعامل این بانک،
# مدیرکل سابق این اداره‌کل، معاون فنی این شرکت): the role is shown with the body's name as the
# article wrote it last before (مدیرعامل بانک ملی استان زنجان). Keys run together (اداره‌کل /
# اداره کل). Not نهاد (any body, ANY_BODY_KINDS), nor a place (روستا), nor an event (جشنواره).
POINTED_BODY_KINDS = frozenset("".join(fold_word(word) for word in kind.split()) for kind in (
    "بانک", "سازمان", "اداره", "اداره کل", "شرکت", "باشگاه", "تیم", "انجمن", "دانشگاه", "بیمارستان",
    "کارخانه", "مجموعه", "ستاد", "کانون", "بنیاد", "مرکز", "کمیسیون", "فدراسیون", "اتحادیه", "موسسه",
    "مؤسسه", "دانشکده", "پژوهشگاه", "هیئت", "هیات", "تعاونی", "شورا", "شورای", "کمیته", "تشکل",
))
# At most this many words after the kind make a body's name (سازمان رفاه، خدمات و مشارکت‌های ...).
MAX_POINTED_BODY_WORDS = 9
# Marks that end a body's name where it is written (a full stop, a colon, a quote's mark).
BODY_NAME_STOPS = frozenset(".:؛!?«»()\"")
# Kinds of word (non_name_kind) after which a body's name is not clearly ended: a count opens a
# phrase whose noun may come before it (باشگاه سپاهان اصفهان قرارداد سه بازیکن را تمدید کرد).
UNCLEAR_NAME_ENDS = frozenset({"digit", "quantity"})
# Kinds of word (non_name_kind) that end a body's name: not "reporting", for a body's name may
# hold such a word (حمل و نقل).
NOT_IN_A_BODY_NAME = frozenset({"stop word", "time", "digit", "quantity", "weekday", "verb"})
# Stop words a body's name holds (کانون عالی ...، اداره کل ...، روابط عمومی): no end of it.
BODY_NAME_STOP_WORDS = frozenset(fold_word(word) for word in ("عالی", "کل", "کشور", "عمومی"))
# A provincial body's name closes on its province (سازمان تامین اجتماعی استان فارس | بیمه ...): the
# provinces' first words, for «استان» + one of them (+ a tail: خراسان رضوی). Not a county's name,
# which may run to two words (شهرستان بیله سوار), nor «استان» + any word (استان اظهار داشت).
PROVINCE_NAMES = frozenset(fold_word(word) for word in (
    "تهران", "البرز", "اصفهان", "فارس", "خراسان", "خوزستان", "آذربایجان", "اردبیل", "گیلان", "مازندران",
    "گلستان", "سمنان", "قم", "قزوین", "مرکزی", "همدان", "زنجان", "کردستان", "کرمانشاه", "ایلام", "لرستان",
    "چهارمحال", "کهگیلویه", "بوشهر", "هرمزگان", "کرمان", "یزد", "سیستان",
))

# --- A title of another rank is another person ----------------------------------
# Ranks of office, each a group of the head words that name it. The head of a body is one rank
# however reporters call it (رئیس اداره کل / مدیرکل / سرپرست / مدیرعامل). A head no group holds
# (نماینده، عضو، بازیکن، کارشناس, or a description: ستاره، پیشکسوت) decides nothing.
OFFICE_RANKS = tuple(frozenset(fold_word(word) for word in words.split()) for words in (
    "رئیس رییس مدیرکل مدیر مدیرعامل سرپرست دبیرکل",
    "معاون",
    "مشاور",
    "سخنگو سخنگوی",
    "وزیر",
    "استاندار",
    "شهردار",
    "سرمربی",
    "سفیر",
    "دادستان",
))
# The ranks nobody holds beside another office: a title of another rank than one of these, or one
# of these beside another rank, is someone else, whatever body the two share (معاون وزیر آموزش و
# پرورش is not the وزیر آموزش و پرورش, سرمربی تیم نگین not the مدیرعامل باشگاه نگین, استاندار کرمان
# not the مدیرکل ... استان کرمان). Not a deputy or an adviser (معاون وزیر و رئیس سازمان ...، معاون
# استاندار و فرماندار ویژه: one person), nor a spokesman (معاون وزیر و سخنگوی وزارت), nor فرماندار.
SOLE_OFFICES = frozenset(fold_word(word) for word in ("وزیر", "استاندار", "شهردار", "سرمربی", "سفیر", "دادستان"))

# A noun of heading and the heads of the titles it gives: news names a coach or a chair in its
# narration (``تیم ملی ... با هدایت X راهی ... شد``، ``جلسه شورا به ریاست X برگزار شد``، ``X هدایت
# این تیم را بر عهده دارد``) and quotes them by the title alone (subjects.heads_named).
HEADING_NOUNS = {fold_word(noun): frozenset(fold_word(head) for head in heads.split()) for noun, heads in (
    ("هدایت", "سرمربی مربی"),
    ("سرمربیگری", "سرمربی"),
    ("ریاست", "رئیس رییس"),
    ("سرپرستی", "سرپرست"),
)}
HEADING_PREPOSITIONS = frozenset(fold_word(word) for word in ("با", "به", "تحت"))  # ``با هدایت X``
TAKING_CHARGE = fold_word("عهده")  # ``X هدایت ... را بر عهده دارد / گرفت``
TAKING_CHARGE_WINDOW = 12  # words from the noun of heading to عهده in one sentence


# The marks that end a sentence a pronoun may point back across (``ثریا ۴۴ سال دارد. او می‌گوید``،
# ``سیما فتحی ... گله دارد؛ به گفته او``): the full stop, the Persian semicolon and the exclamation.
SENTENCE_ENDS = (".", "؛", "!")
