"""Words about people: honorifics, given names, and how a name or a role is compared.

Shared by quote extraction (where does a name start?) and the speaker
registry (which words of a name to ignore), and cheap to import.
"""

from __future__ import annotations

from typing import Callable, Sequence

from corpus.orthography import fold_word

# Titles of respect and rank written before a name; never part of it.
HONORIFICS = (
    "آقای", "آقا", "خانم", "سرکار خانم", "جناب", "جناب آقای", "دکتر", "مهندس", "سید", "سیده",
    "حاج", "حاجی", "حاجیه", "حجت الاسلام", "حجت الاسلام و المسلمین", "حجت الاسلام والمسلمین",
    "آیت الله", "آیت الله العظمی", "آیت اله", "حضرت آیت الله", "شیخ", "علامه",
    "مرحوم",  # the late: مرحوم سیدمحسن حکیم
    "پهلوان",  # a wrestler honoured: پهلوان احمد شیرزاد
    "سردار", "سرلشکر", "سرتیپ", "سرتیپ دوم", "سرهنگ", "سرهنگ دوم", "سرگرد", "سروان", "ستوان",
    # امیر alone is the given name (امیر قلعه‌نویی، امیر حاتمی); the army rank is written with its grade.
    "امیر سرتیپ", "امیر سرتیپ دوم", "امیر سرلشکر", "امیر دریادار", "امیر دریابان",
    "دریادار", "دریابان", "ژنرال", "پروفسور",
    "ماموستا",  # the Kurdish cleric's title (ماموستا سیدحسین حسینی، امام جمعه سقز)
    "حضرت",  # حضرت شعیب، حضرت علی: the prophets and imams quoted in religious news
    "امام", "حضرت امام",  # امام خمینی، حضرت امام حسین (امام جمعه is a role: the longer phrase wins)
)

# Given names: they mark where a name starts inside ``مدیرکل ... علی رضایی``.
# Compounds (محمدرضا, علی‌اکبر) are recognised as two of these run together.
FIRST_NAMES = frozenset(fold_word(name) for name in (
    "محمد", "علی", "حسین", "حسن", "رضا", "مهدی", "احمد", "محمود", "مصطفی", "مرتضی", "مجتبی",
    "جواد", "جعفر", "صادق", "کاظم", "باقر", "هادی", "تقی", "نقی", "اکبر", "اصغر", "امیر",
    "ابراهیم", "اسماعیل", "یوسف", "یعقوب", "موسی", "عیسی", "داوود", "داود", "سلیمان", "یحیی",
    "عباس", "قاسم", "هاشم", "ناصر", "منصور", "مسعود", "سعید", "مجید", "حمید", "وحید", "فرید",
    "فرهاد", "بهروز", "بهرام", "بهمن", "کامران", "کوروش", "داریوش", "سیاوش", "فریدون", "جمشید",
    "ایرج", "منوچهر", "هوشنگ", "پرویز", "شاپور", "اردشیر", "بیژن", "رامین", "رحیم", "کریم",
    "عظیم", "حکیم", "سلیم", "ابوالفضل", "ابوالقاسم", "ابوالحسن", "عبدالله", "عبدالرضا",
    "عبدالحسین", "عبدالکریم", "عبدالرحیم", "عبدالمجید", "عبدالحمید", "عبدالعلی", "غلامرضا",
    "غلامحسین", "غلامعلی", "نصرالله", "فضل الله", "روح الله", "حبیب الله", "ولی الله",
    "اسدالله", "عزت الله", "نعمت الله", "سیف الله", "هدایت الله", "هدایت اله", "ذبیح الله",
    "عطاالله", "خلیل", "جلیل", "جمال", "کمال", "جلال", "اقبال", "نادر", "نوید", "امید", "ایمان",
    "محسن", "محسنی", "مهران", "مهرداد", "کیوان", "پیمان", "آرش", "بابک", "شهرام", "شهاب",
    "حمزه", "حامد", "احسان", "اسحاق", "افشین", "اکبر", "بهزاد", "بهنام", "پژمان", "پوریا",
    "جهانگیر", "حبیب", "حشمت", "خسرو", "رسول", "رحمان", "رستم", "رمضان", "سجاد", "سهراب",
    "شهریار", "صمد", "عادل", "عارف", "عرفان", "عماد", "فرشید", "فرامرز", "فتح الله", "قدرت",
    "قربان", "کیومرث", "لطف الله", "مازیار", "محمدعلی", "مرتضی", "منصور", "میلاد", "نبی",
    "نوروز", "نورالدین", "نجم الدین", "شمس الدین", "صدرالدین", "جلال الدین", "کمال الدین",
    "هومن", "یاسر", "یزدان", "ابوذر", "اصغر", "ایوب", "بهادر", "پرویز", "تورج", "ثامن",
    "جبار", "حیدر", "خداداد", "داور", "ذکریا", "رامتین", "روزبه", "زین العابدین", "سعدی",
    "سیامک", "شجاع", "صفر", "طاهر", "ظفر", "عزیز", "عمار", "غفور", "فاضل", "فرزاد", "فرشاد",
    "کاوه", "کورش", "گودرز", "مهدیار", "ناصرالدین", "هاشم", "یونس", "امین", "اسد", "صفدر",
    "شریف", "صالح", "طاها", "طه", "یاسین", "آقا", "آقاسی", "اله", "الله",
    "فاطمه", "زهرا", "مریم", "معصومه", "زینب", "سکینه", "طاهره", "اعظم", "اکرم", "اشرف",
    "مینا", "مهناز", "مهین", "پروین", "پروانه", "شهلا", "شیرین", "فریبا", "فرشته", "لیلا",
    "لیلی", "نرگس", "نسرین", "نازنین", "نیلوفر", "الهام", "الهه", "سمیه", "سمیرا", "سارا",
    "سیمین", "سوسن", "شهناز", "طیبه", "عاطفه", "فرزانه", "فهیمه", "کبری", "صغری", "منیژه",
    "منیره", "منیر", "مهری", "ناهید", "هما", "هاجر", "هدی", "آزاده", "آمنه", "اعظم", "راضیه",
    "رقیه", "ربابه", "زهره", "ژاله", "سپیده", "شکوفه", "صدیقه", "عفت", "فرخنده", "گلناز",
    "مرضیه", "محبوبه", "ملیحه", "نجمه", "نفیسه", "نیره", "وجیهه", "هانیه", "حمیده", "خدیجه",
))
# "Servant of" one of God's names (عبدالغفور، عبدالباسط، عبدالمالک): every name so opening is a
# given name, however rare the name after it; FIRST_NAMES cannot list them all. The name after
# it is one short word: longer, it is a whole name run together (عبداللهالاشعل).
SERVANT_OF_PREFIX = fold_word("عبدال")
SERVANT_OF_NAME_LETTERS = range(2, 6)

# Honorifics folded and run together, so حجت‌الاسلام and حجت الاسلام are one.
HONORIFIC_KEYS = frozenset("".join(fold_word(w) for w in h.split()) for h in HONORIFICS)
# Titles that are surnames too (قاضی): a title only before a given name with a surname after it
# (قاضی منصور حیدری‌نسب); alone or after a given name (محمد قاضی) the surname. (استاد is read as
# a role's head before a name already.)
TITLES_ALSO_SURNAMES = frozenset(fold_word(word) for word in ("قاضی",))
LONGEST_HONORIFIC = 6  # words one honorific may be written in

# Words before a title that are not part of it: یک کارشناس، یکی از ...، این مسئول.
A_ONE = "یک"  # the indefinite article itself: یک کارشناس، یک دیپلمات پرتغالی
INDEFINITE = frozenset({A_ONE, "یکی"})
DEMONSTRATIVE = "این"
# Demonstratives: a role holding one points back into its own article (مدیرعامل این سازمان).
DEMONSTRATIVES = frozenset({"این", "آن", "همین", "همان"})

GLUED_HONORIFICS = ("سید", "حاج")  # سیدمحمد, حاج‌علی: written as one word with the given name


def drop_glued_honorific(key: str) -> str:
    """A folded word without a glued honorific (سیدمهدی → مهدی); unchanged when there is none."""
    if not key.startswith(GLUED_HONORIFICS):
        return key
    for prefix in GLUED_HONORIFICS:
        rest = key[len(prefix):]
        if key.startswith(prefix) and any(rest[:n] in FIRST_NAMES for n in range(3, len(rest) + 1)):
            return rest
    return key


def leading_honorifics(keys: Sequence[str]) -> int:
    """How many of a name's first words (folded) are honorifics: سید دکتر حجت‌الاسلام ...

    Each honorific is the longest run of words that is one when run
    together. The last word never starts one: ``دکتر`` alone is kept.
    """
    n = 0
    while n < len(keys) - 1:
        length = next((k for k in range(min(LONGEST_HONORIFIC, len(keys) - n), 0, -1)
                       if "".join(keys[n:n + k]) in HONORIFIC_KEYS), 0) or _title_before_full_name(keys, n)
        if not length:
            break
        n += length
    return n


def _title_before_full_name(keys: Sequence[str], n: int) -> int:
    """1 when keys[n] is a title that is a surname too (قاضی) and a given name and a surname
    follow it: then it is the title (قاضی منصور حیدری‌نسب), else 0."""
    return int(keys[n] in TITLES_ALSO_SURNAMES and n + 2 < len(keys) and keys[n + 1] in FIRST_NAMES)


def role_key(role: str, fold: Callable[[str], str] = fold_word) -> tuple[str, ...]:
    """A role's folded words without یک/این and commas, for comparing roles however written.
    Quote extraction folds as fold_word does; the speaker registry, as search does
    (corpus.speakers.ROLE_FOLD: مسئول = مسوول)."""
    words = [fold(w) for w in role.replace("،", " ").split()]
    return tuple(w for w in words if w not in INDEFINITE and w != DEMONSTRATIVE)


def unspaced_role_key(role: str, fold: Callable[[str], str] = fold_word) -> str:
    """role_key run together: one key for a role however its compounds and affixes are spaced
    (مدیرکل / مدیر کل, آسیب‌های / آسیب های), as a speaker's key is one for a name."""
    return "".join(role_key(role, fold))


def points_back(role: str) -> bool:
    """Does a role point back into its own article (مدیرعامل این سازمان)?"""
    return bool(DEMONSTRATIVES & {fold_word(word) for word in role.split()})
