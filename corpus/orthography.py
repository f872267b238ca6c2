"""Persian spelling variants folded one character at a time.

The tables come from hazm's Normalizer (tests/test_orthography.py checks they
still agree with the installed hazm), copied here so that folding a query does
not pay for importing hazm. Folding is one character to one character, so an
offset into folded text is an offset into the original text too; that is what
lets the analysis highlight, and quote extraction cut, the text the user sees.
"""

from __future__ import annotations

import importlib.util
import re
from functools import lru_cache
from pathlib import Path

# hazm.Normalizer().translation_src/dst: Arabic and presentation-form letters
# to the Persian letter a reader sees (ي ى → ی, ك → ک, ...).
HAZM_LETTERS_FROM = 'ؠػؽؾؿكيٮٯٷٸٹٺٻټٽٿڀځٵٶڂڅڇڈډڊڋڌڍڎڏڐڑڒړڔڕږڗڙښڛڜڝڞڟڠڡڢڣڤڥڦڧڨڪګڬڭڮڰڱڲڳڴڵڶڷڸڹںڻڼڽھڿہۂۃۄۅۆۇۈۉۊۋۏۍێېۑےۓەۮۯۺۻۼۿݐݑݒݓݔݕݖݗݘݙݚݛݜݝݞݟݠݡݢݣݤݥݦݧݨݩݪݫݬݭݮݯݰݱݲݳݴݵݶݷݸݹݺݻݼݽݾݿࢠࢡࢢࢣࢤࢥࢦࢧࢨࢩࢪࢫࢮࢯࢰࢱࢬࢲࢳࢴࢶࢷࢸࢹࢺࢻࢼࢽﭐﭑﭒﭓﭔﭕﭖﭗﭘﭙﭚﭛﭜﭝﭞﭟﭠﭡﭢﭣﭤﭥﭦﭧﭨﭩﭮﭯﭰﭱﭲﭳﭴﭵﭶﭷﭸﭹﭺﭻﭼﭽﭾﭿﮀﮁﮂﮃﮄﮅﮆﮇﮈﮉﮊﮋﮌﮍﮎﮏﮐﮑﮒﮓﮔﮕﮖﮗﮘﮙﮚﮛﮜﮝﮞﮟﮠﮡﮢﮣﮤﮥﮦﮧﮨﮩﮪﮫﮬﮭﮮﮯﮰﮱﺀﺁﺃﺄﺅﺆﺇﺈﺉﺊﺋﺌﺍﺎﺏﺐﺑﺒﺕﺖﺗﺘﺙﺚﺛﺜﺝﺞﺟﺠﺡﺢﺣﺤﺥﺦﺧﺨﺩﺪﺫﺬﺭﺮﺯﺰﺱﺲﺳﺴﺵﺶﺷﺸﺹﺺﺻﺼﺽﺾﺿﻀﻁﻂﻃﻄﻅﻆﻇﻈﻉﻊﻋﻌﻍﻎﻏﻐﻑﻒﻓﻔﻕﻖﻗﻘﻙﻚﻛﻜﻝﻞﻟﻠﻡﻢﻣﻤﻥﻦﻧﻨﻩﻪﻫﻬﻭﻮﻯﻰﻱﻲﻳﻴى'
HAZM_LETTERS_TO = 'یکیییکیبقویتتبتتتبحاوححچدددددددددررررررررسسسصصطعففففففققکککککگگگگگللللنننننهچهههوووووووووییییییهدرشضغهبببببببححددرسعععففکککممنننلررسححسرحاایییووییحسسکببجطفقلمییرودصگویزعکبپتریفقنااببببپپپپببببتتتتتتتتتتتتففففححححححححچچچچچچچچددددددددژژررککککگگگگگگگگگگگگننننننههههههههههییییءاااووااییییااببببتتتتثثثثججججححححخخخخددذذررززسسسسششششصصصصضضضضططططظظظظععععغغغغففففققققککککللللممممننننههههووییییییی'

# Letters hazm keeps apart that writers use interchangeably in news text.
EXTRA_LETTERS_FROM = "ةۀۃئأإٱؤ"
EXTRA_LETTERS_TO = "\u0647\u0647\u0647\u06cc\u0627\u0627\u0627\u0648"  # ه ه ه ی ا ا ا و

DIGITS_FROM = "۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩"
DIGITS_TO = "01234567890123456789"

# The Persian alphabet in dictionary order (پ after ب, چ after ج, ژ after ز, گ after ک), which
# character codes do not follow: they put the letters Arabic lacks after ی. No library installed here
# collates Persian (PyICU is not), so the order is written once, here; alphabetical_key applies it.
PERSIAN_ALPHABET = "آابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهی"

# Spaces of every width become a plain space.
SPACES_FROM = "\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"

FOLD_TABLE = str.maketrans(
    HAZM_LETTERS_FROM + EXTRA_LETTERS_FROM + DIGITS_FROM + SPACES_FROM,
    HAZM_LETTERS_TO + EXTRA_LETTERS_TO + DIGITS_TO + " " * len(SPACES_FROM),
)

# fold_letters: the letters FOLD_TABLE changes, each with its fold; above this share of them
# in a text, translate beats replacing each one.
_FOLDABLE = re.compile(f"[{re.escape(''.join(map(chr, FOLD_TABLE)))}]")
_FOLDED = {chr(source): chr(target) for source, target in FOLD_TABLE.items()}
TRANSLATE_SHARE = 0.25
# fold_letters keeps the folds of this many recent texts: an article's fields and the pieces read of them.
FOLDED_TEXTS = 256

ZWNJ = "\u200c"

# hazm's diacritics and "special characters", plus tatweel and the invisible
# format characters (ZWNJ/ZWJ, bidi marks, BOM, soft hyphen) that sit inside
# words without changing them.
DIACRITICS = 'ًٌٍَُِّْ'
HAZM_SPECIALS = '\u0605ؘؙؚٰٕٖٜٟٓٔٗ٘ٙٚٛٝٞؐؑؒؓؔؕؖ؞۔ۖۗۘۙۚۛۜ\u06dd۞ۣ۟۠ۡۢۤۥۦۧۨ۩۪ۭ۫۬۽۾ࢭࣔࣕࣖࣗࣘࣙࣚࣛࣜࣝࣞࣟ࣠࣡\u08e2ࣰࣱࣲࣣࣦࣩ࣭࣮࣯ࣶࣹࣺࣤࣥࣧࣨ࣪࣫࣬ࣳࣴࣵࣷࣸࣻࣼࣽࣾࣿ﮲﮳﮴﮵﮶﮷﮸﮹﮺﮻﮼﮽﮾﮿﯀﯁ﱞﱟﱠﱡﱢﱣﳲﳳﳴ﴾﴿ﹰﹱﹲﹶﹷﹸﹹﹺﹻﹼﹽﹾﹿﷺﷻ'
INVISIBLES = "\u0640\u00ad\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2060\u2066\u2067\u2068\u2069\ufeff"
IN_WORD_MARKS = DIACRITICS + HAZM_SPECIALS + INVISIBLES

# FOLD_TABLE and the marks deleted, in one pass (no mark is folded, nor folded into).
WORD_TABLE = {**FOLD_TABLE, **str.maketrans("", "", IN_WORD_MARKS)}


@lru_cache(maxsize=FOLDED_TEXTS)
def fold_letters(text: str) -> str:
    """Same length, one spelling: Persian letters, Latin digits, plain spaces.

    Quote extraction folds every field of every article: news text holds few letters to fold,
    and replacing just those is about four times faster than translate, which looks up every
    character. Text mostly made of them (presentation forms) is translated. Memoised for the
    last FOLDED_TEXTS texts: extraction's later passes fold the same paragraphs again."""
    foldable = _FOLDABLE.findall(text)
    if not foldable:
        return text
    if len(foldable) > len(text) * TRANSLATE_SHARE:
        return text.translate(FOLD_TABLE)
    return _FOLDABLE.sub(_folded_match, text)


_ALPHABET_RANK = {" ": -1, "\u200c": -1, **{letter: rank for rank, letter in enumerate(PERSIAN_ALPHABET)}}


def alphabetical_key(text: str) -> tuple[int, ...]:
    """Sorts Persian text as a dictionary does (see PERSIAN_ALPHABET), any spelling of a letter as
    the letter; a word before its longer compounds; anything not Persian (a Latin slug) after it."""
    return tuple(_ALPHABET_RANK.get(char, len(PERSIAN_ALPHABET) + ord(char)) for char in fold_letters(text))


def _folded_match(match: re.Match) -> str:
    return _FOLDED[match.group()]


def fold_word(word: str) -> str:
    """The canonical spelling of one word: folded letters, no marks, lower case.

    ZWNJ goes too, so می‌شود and میشود meet; the analysis joins the spaced
    form (می شود) before it gets here.
    """
    return word.translate(WORD_TABLE).lower()


_IN_WORD_MARK = re.compile(f"[{re.escape(IN_WORD_MARKS)}]")


def fold_folded(folded: str) -> str:
    """fold_word of a text fold_letters has already folded: only its marks go, a quarter of
    fold_word's time (quote extraction runs whole fields through it)."""
    return _IN_WORD_MARK.sub("", folded).lower()


# What is shown keeps the letters a reader expects (رئیس، مسئول، هیئت، مؤسسه، أ):
# only Arabic and presentation forms become Persian letters.
DISPLAY_TABLE = str.maketrans(HAZM_LETTERS_FROM + SPACES_FROM, HAZM_LETTERS_TO + " " * len(SPACES_FROM))


def standard_spelling(text: str) -> str:
    """A name or role as goftar shows it: Persian letters with ئ/ؤ/أ kept, no tatweel,
    single spaces (ZWNJ kept). Matching folds further (fold_word); showing never does."""
    return " ".join(text.translate(DISPLAY_TABLE).replace("\u0640", "").split())


# Marks a reader does not see but a pattern does: diacritics and other combining marks (گُفت،
# اَفزود), tatweel inside a word (گفـــت; alone, as in «میهمان ـ نورایی», it is a dash), joiners and
# bidi marks, and a ZWNJ that joins nothing: after a letter that never joins the next (اظها‌ر کرد),
# or beside a space or punctuation. A ZWNJ after a joining letter and its marks (مهاجمِ‌قطر)
# joins that letter. Old news text puts a bidi mark where ZWNJ belongs
# (ولی\u200eپور): read as one.
COMBINING_MARKS = DIACRITICS + "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e4\u06e7\u06e8\u06ea-\u06ed"
NEVER_JOINS_NEXT = "اآأإٱدذرزژوؤۀة"
BIDI_MARKS = re.compile("[\u200e\u200f\u061c]")  # read as ZWNJ: a regular expression finds none faster than translate
_MARK = f"[{COMBINING_MARKS}]"
_IN_WORD = f"(?:[^\\W\\d_]|{_MARK})"  # a letter, or a mark on one
# Each branch opens on the character it deletes, so the search skips the rest of the text fast.
UNSEEN_MARKS = re.compile(
    f"[{COMBINING_MARKS}\u00ad\u200d\u202a-\u202e\u2066-\u2069\ufeff]"
    f"|\u0640+(?<={_IN_WORD}\u0640)(?={_IN_WORD})"
    f"|\u200c(?<![^{NEVER_JOINS_NEXT}\\W]\u200c)(?<![^{NEVER_JOINS_NEXT}\\W]{_MARK}\u200c)"
    f"(?<![^{NEVER_JOINS_NEXT}\\W]{_MARK}{_MARK}\u200c)|\u200c(?=\\W|$)"
)


def without_unseen_marks(text: str) -> tuple[str, list[int] | None]:
    """``text`` as read: bidi marks as ZWNJ, then without UNSEEN_MARKS; and where each character
    left stood in ``text`` (None when nothing went: most text has none)."""
    text = BIDI_MARKS.sub(ZWNJ, text)
    if not UNSEEN_MARKS.search(text):
        return text, None
    pieces, positions, last = [], [], 0
    for mark in UNSEEN_MARKS.finditer(text):
        pieces.append(text[last:mark.start()])
        positions.extend(range(last, mark.start()))
        last = mark.end()
    pieces.append(text[last:])
    positions.extend(range(last, len(text)))
    return "".join(pieces), positions


def hazm_data_file(name: str) -> Path:
    """A file in hazm's data folder, found without running hazm's __init__ (2 s)."""
    spec = importlib.util.find_spec("hazm")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("hazm is not installed; reinstall goftar (pip install .)")
    return Path(list(spec.submodule_search_locations)[0]) / "data" / name


@lru_cache(maxsize=1)
def stop_words() -> frozenset[str]:
    """hazm's Persian stop words, folded the way the analysis folds words."""
    lines = hazm_data_file("stopwords.dat").read_text(encoding="utf-8").split()
    return frozenset(fold_word(word) for word in lines if word)


# How other writers spell the same text: one small transform per habit, each leaving
# spelling_key unchanged. bench/invariance.py and the tests check that quote extraction
# gives the same quotes and speakers whichever spelling an article is written in.
_PERSIAN_DIGITS = "۰۱۲۳۴۵۶۷۸۹"
_ARABIC_DIGITS = "٠١٢٣٤٥٦٧٨٩"
_LATIN_DIGITS = "0123456789"
_ARABIC_LETTERS = str.maketrans("یک", "يك")
_STANDARD_LETTERS = str.maketrans("يىكة", "ییکه")
_TO_ARABIC_DIGITS = str.maketrans(_PERSIAN_DIGITS + _LATIN_DIGITS, _ARABIC_DIGITS * 2)
_TO_LATIN_DIGITS = str.maketrans(_PERSIAN_DIGITS + _ARABIC_DIGITS, _LATIN_DIGITS * 2)
_PREFIX_APART = re.compile("(?<![\\w\u200c])(ن?می) (?=[^\\W\\d_])")
_SUFFIX_APART = re.compile("(?<=[^\\W\\d_]) (ها(?:ی|یی|یش|یم|یت|یمان|یتان|یشان)?)(?![\\w\u200c])")
_JOINING_LETTER_BEFORE_LETTER = re.compile(f"(?<=[^\\W\\d_{NEVER_JOINS_NEXT}])(?=[^\\W\\d_])")
_LETTER = re.compile("(?<=[\u0620-\u064a\u067e-\u06d3])")
_SPRINKLED = "\u064e\u0650\u064f\u0651"  # fatha, kasra, damma, shadda


def arabic_letters(text: str) -> str:
    """An Arabic keyboard's letters (2008-style news text): ي and ك for ی and ک."""
    return text.translate(_ARABIC_LETTERS)


def arabic_final_ya(text: str) -> str:
    """Alef maksura (ى) for ی at the end of a word, as Arabic spells it."""
    return re.sub("ی(?![\\w\u200c])", "ى", text)


def standard_letters(text: str) -> str:
    """An old-style text rewritten in standard letters: ی and ک for ي ى ك, ه for ة."""
    return text.translate(_STANDARD_LETTERS)


def zwnj_as_space(text: str) -> str:
    """A space where ZWNJ belongs (می شود، سازمان ها)."""
    return text.replace(ZWNJ, " ")


def zwnj_dropped(text: str) -> str:
    """Nothing where ZWNJ belongs (میشود، سازمانها)."""
    return text.replace(ZWNJ, "")


def zwnj_restored(text: str) -> str:
    """A text typed with spaces rewritten with ZWNJ after می/نمی and before ها (the reverse)."""
    return _SUFFIX_APART.sub(ZWNJ + r"\1", _PREFIX_APART.sub(r"\1" + ZWNJ, text))


def arabic_indic_digits(text: str) -> str:
    """Arabic-Indic digits (٠١٢) for Persian and Latin ones."""
    return text.translate(_TO_ARABIC_DIGITS)


def latin_digits(text: str) -> str:
    """Latin digits (012) for Persian and Arabic-Indic ones."""
    return text.translate(_TO_LATIN_DIGITS)


def nbsp_spaces(text: str, every: int = 3) -> str:
    """Every ``every``-th space a no-break space, as word processors leave them."""
    spaces = iter(range(text.count(" ")))
    return re.sub(" ", lambda _: "\u00a0" if next(spaces) % every == every - 1 else " ", text)


def marks_sprinkled(text: str, every: int = 5) -> str:
    """A diacritic after every ``every``-th letter and tatweel inside every ``every``-th joint."""
    letters = iter(range(len(text)))
    with_marks = _LETTER.sub(lambda _: _mark_every(next(letters), every), text)
    joints = iter(range(len(with_marks)))
    return _JOINING_LETTER_BEFORE_LETTER.sub(lambda _: "\u0640" if next(joints) % every == 2 else "", with_marks)


def _mark_every(count: int, every: int) -> str:
    return _SPRINKLED[count // every % len(_SPRINKLED)] if count % every == every - 1 else ""


SPELLING_VARIANTS = {
    transform.__name__: transform
    for transform in (arabic_letters, arabic_final_ya, standard_letters, zwnj_as_space, zwnj_dropped,
                      zwnj_restored, arabic_indic_digits, latin_digits, nbsp_spaces, marks_sprinkled)
}


def spelling_key(text: str) -> str:
    """What every spelling of a text has in common: fold_word's letters, no space of any width.
    Character by character (each becomes one character or none), so a span's key is a span of
    the text's key."""
    return _SPACE.sub("", fold_word(text))


_SPACE = re.compile(r"\s+")


# Hamza seats and alef madda, folded for search (indexer.analysis.FoldHamza) and for matching speakers'
# names and roles (corpus.speakers.NAME_FOLD): writers spell one word مسئول، مسؤول or مسوول, هیئت،
# هیأت or هیات, آمریکا or امریکا. fold_word makes ئ a ی and keeps آ, so these never met; quote
# extraction and what is shown keep folding as they did.
SEATS = "ئؤأإ"
# fold_word's table but for the seats, which HAMZA_SPELLINGS reads before they are folded.
WORD_TABLE_KEEPING_SEATS = {source: target for source, target in WORD_TABLE.items() if chr(source) not in SEATS}
# (pattern, replacement), applied in this order to a word folded but for its seats; each was checked on
# the Fars and Varzesh3 articles (the words it merges, and the different words it would wrongly merge).
HAMZA_SPELLINGS = (
    ("(?<=[^\\W\\d_]{2})(?:ئو|ؤو)", "و"),  # مسئول، مسؤول → مسول (not after one letter: تئو، لئو، رئوس، رؤوس are no تو، لو، روس)
    ("(?<=[^\\W\\d_]{2})وو(?=[^\\W\\d_])", "و"),  # a doubled و inside a word: مسوول → مسول, داوود → داود
    ("ئی", "یی"),  # رئیس → رییس
    ("ائ", "ای"),  # مسائل → مسایل, پائیز → پاییز
    ("ئا", "ا"),  # تئاتر → تاتر, as تآتر
    ("(?<!و)ئ(?=[^\\W\\dو_])", "ا"),  # هیئت، هیأت → هیات; مسئله → مساله; جرئت → جرات (سوئد stays سوید, شئ شی, لئو لیو)
    ("آ", "ا"),  # آمریکا → امریکا, قرآن → قران
)
# Words whose آ tells them from another word of the news: they keep it. These are the false merges
# of آ → ا seen in the Fars and Varzesh3 articles (آستان قدس is no استان, آفت no افت, آشغال no اشغال,
# the city آمل no امل, the name آلان no الان, آجر no اجر, آرد no ارد, آلی no الی, آله no اله).
MADDA_KEPT = frozenset({"آستان", "آفت", "آشغال", "آمل", "آلان", "آجر", "آرد", "آلی", "آله",
                        # and hazm's words that would read as another word with ه, or be one: استان‌های
                        # is استان + های, not آستانه + ای; ارائه (ارایه) is no آرایه; اسم no آسم.
                        "آستانه", "آرایه", "آینه", "آمنه", "آمینه", "آسوده", "آخته", "آبله", "آندره",
                        "آبرو", "آجل", "آرم", "آستر", "آسم", "آمر", "آمین", "آوا"})
_HAMZA_SPELLINGS = tuple((re.compile(pattern), replacement) for pattern, replacement in HAMZA_SPELLINGS)


def fold_word_keeping_seats(word: str) -> str:
    """fold_word, but ئ ؤ أ إ stay as written (آ stays in fold_word too): what fold_hamza reads."""
    return word.translate(WORD_TABLE_KEEPING_SEATS).lower()


def fold_hamza(word: str) -> str:
    """One spelling of a word's hamza seats and alef madda (HAMZA_SPELLINGS), given the word as
    fold_word_keeping_seats leaves it: مسئول، مسؤول، مسوول → مسول. No seat is left."""
    if word in MADDA_KEPT:
        return word.translate(_SEAT_FOLDS)
    for pattern, replacement in _HAMZA_SPELLINGS:
        word = pattern.sub(replacement, word)
    return word.translate(_SEAT_FOLDS)


_SEAT_FOLDS = str.maketrans(SEATS, "".join(chr(FOLD_TABLE[ord(seat)]) for seat in SEATS))


def search_fold(word: str) -> str:
    """The spelling search gives a word: fold_word, and its hamza seats and alef madda folded too."""
    return fold_hamza(fold_word_keeping_seats(word))


# search_fold_pieces keeps this many words' folds: a registry's names and roles, read by every lookup.
FOLDED_NAME_WORDS = 100_000


@lru_cache(maxsize=FOLDED_NAME_WORDS)
def search_fold_pieces(word: str) -> str:
    """search_fold of each piece of a word written with ZWNJ, run together, as the analysis folds
    each piece alone (FoldHamza): a name or role then folds alike written with ZWNJ or a space
    (ژان‌لئو, ژان لئو). What names and roles are matched by (corpus.speakers)."""
    return "".join(search_fold(piece) for piece in word.split(ZWNJ))
