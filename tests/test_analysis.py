"""The Persian analysis chain: every spelling of a word must become one term."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from indexer.analysis import analyze, persian_analyzer

# (spellings a user or a 2008 article may use) -> they must all give the same terms
SAME_TERMS = [
    ("می‌شود", "می شود", "میشود", "مي شود", "مي‌شود"),
    ("سازمان‌های", "سازمان های", "سازمانهای", "سازمان هاى", "سازمانهاي"),
    ("بیمه‌شده", "بیمه شده", "بیمهشده", "بيمه شده"),
    ("۱۷", "١٧", "17"),
    ("کودکان کار", "كودكان كار", "کودکان  کار", "كُودَكان كار"),
    ("رئیس", "رييس", "رئيس", "رییس"),
    ("مردم‌نهاد", "مردمنهاد"),
    ("خانه‌ای", "خانه ای", "خانه اي"),
    ("بیمه‌شده‌اند", "بیمه شده اند", "بيمه شده‌اند", "بیمه‌شده"),
    ("نمی‌توانند", "نمی توانند", "نميتوانند"),
    ("بی‌سرپرست", "بی سرپرست", "بيسرپرست"),
    ("ســـلام", "سلام"),  # tatweel
    ("کارتن\u200fخواب", "کارتن‌خواب"),  # a stray RLM inside a word
    ("مددجویان", "مددجويان", "مددجو یان".replace(" ", "")),
]


@pytest.mark.parametrize("spellings", SAME_TERMS, ids=lambda s: s[0])
def test_every_spelling_of_a_word_gives_the_same_terms(spellings):
    expected = analyze(spellings[0])
    assert expected, f"{spellings[0]!r} gave no terms"
    for spelling in spellings[1:]:
        assert analyze(spelling) == expected, spelling


@pytest.mark.parametrize(
    "plural, singular",
    [("سازمان‌ها", "سازمان"), ("کودکان", "کودک"), ("نمایندگان", "نماینده"), ("دانشجویان", "دانشجو"), ("مددجویان", "مددجو"),
     ("خیرین", "خیر"), ("معلولین", "معلولان"), ("مهاجرین", "مهاجر"),
     # Arabic broken plurals, paired by shape against hazm's lexicon
     ("مدارس", "مدرسه"), ("اطفال", "طفل"), ("مناطق", "منطقه"), ("مراکز", "مرکز"), ("عوامل", "عامل"), ("دلایل", "دلیل")],
)
def test_plurals_find_the_singular(plural, singular):
    assert analyze(plural) == analyze(singular)


@pytest.mark.parametrize("word", ["استان", "تهران", "تنها", "دختر", "دفتر", "بیشتر", "گفت", "زمین", "تامین", "سنگین", "پایین"])
def test_words_that_only_look_inflected_are_left_whole(word):
    assert analyze(word) == [word]


@pytest.mark.parametrize("word", ["اعلام", "امداد", "اخلاق", "حقوق"])
def test_verbal_nouns_shaped_like_a_broken_plural_stay_whole(word):
    # اعلام (announcing) has the shape of a plural of علم; hazm also tags it as no plural noun
    assert analyze(word) == [word]


@pytest.mark.parametrize("word", ["هزاران", "صدها"])
def test_a_number_word_keeps_its_plural_rather_than_become_a_number(word):
    # هزاران (thousands) is no 1000: stripped it would be searched as one
    assert analyze(word) == analyze(word, mode="query") == [word]


def test_affixes_are_not_glued_across_punctuation():
    # "می" ends one clause and "شود" begins the next: two words, not میشود
    assert analyze("کار می. شود") == ["کار", "می", "شود"]


def test_offsets_point_into_the_original_text():
    text = "سازمان هاى مردم نهاد، ١٧ مرکز را مي شود."
    spans = [(t.text, text[t.startchar:t.endchar]) for t in persian_analyzer()(text, chars=True)]
    assert spans == [
        ("سازمان", "سازمان هاى"),
        ("مردم", "مردم"),
        ("نهاد", "نهاد"),
        ("17", "١٧"),
        ("مرکز", "مرکز"),
        ("را", "را"),
        ("میشود", "مي شود"),
    ]


def test_positions_are_consecutive_after_joining_so_phrases_match():
    positions = [t.pos for t in persian_analyzer()("کودکان کار می شود امروز", positions=True)]
    assert positions == [0, 1, 2, 3]


# A compound, written with ZWNJ or joined, is indexed whole and as its parts;
# a word with an affix, or a word hazm's lexicon knows whole, is not split.
COMPOUNDS = [
    ("زلزله‌زدگان", ["زلزلهزده", "زلزله", "زده"]),
    ("زلزلهزدگان", ["زلزلهزده", "زلزله", "زده"]),  # joined: split against hazm's lexicon
    ("مردم‌نهاد", ["مردمنهاد", "مردم", "نهاد"]),
    ("مردمنهاد", ["مردمنهاد", "مردم", "نهاد"]),
    ("مدرسه‌ساز", ["مدرسهساز", "مدرسه", "ساز"]),
    ("سازمان‌های", ["سازمان"]),  # a plural suffix
    ("می‌شود", ["میشود"]),  # a verb prefix
    ("بیمه‌شده", ["بیمهشده"]),  # a participle
    ("خانه‌ای", ["خانه"]),  # an ending after ه
    ("دانشگاه", ["دانشگاه"]),  # دانش + گاه, but one word in the lexicon
    ("فروختم", ["فروختم"]),  # a verb's person ending, not فرو + ختم
]


@pytest.mark.parametrize("written, terms", COMPOUNDS, ids=[c[0] for c in COMPOUNDS])
def test_compounds_are_indexed_whole_and_as_their_parts(written, terms):
    assert analyze(written) == terms
    assert analyze(written, mode="query") == terms[:1]  # a query keeps the compound whole


def test_compound_parts_share_the_compounds_position_and_characters():
    text = "کمک به زلزله‌زدگان رسید"
    tokens = [(t.text, t.pos, text[t.startchar:t.endchar]) for t in persian_analyzer()(text, positions=True, chars=True)]
    assert tokens == [("کمک", 0, "کمک"), ("به", 1, "به"), ("زلزلهزده", 2, "زلزله‌زدگان"),
                      ("زلزله", 2, "زلزله‌زدگان"), ("زده", 2, "زلزله‌زدگان"), ("رسید", 3, "رسید")]


# Every way of writing a number gives one term of digits.
NUMBERS = [
    (["3000", "۳۰۰۰", "٣٠٠٠", "3,000", "۳٬۰۰۰", "سه هزار", "۳ هزار", "3 هزار", "سه‌هزار"], ["3000"]),
    (["صد و بیست و پنج", "۱۲۵", "يكصد و بيست و پنج"], ["125"]),
    (["دو میلیون و پانصد هزار", "2,500,000", "۲ میلیون و ۵۰۰ هزار"], ["2500000"]),
    (["هزار میلیارد", "1000 میلیارد"], ["1000000000000"]),
    (["بیست و نه", "29"], ["29"]),
    # a decimal before a scale word is multiplied out, with either decimal point
    (["۱۷٫۵ هزار", "۱۷.۵ هزار", "17.5 هزار", "هفده هزار و پانصد", "۱۷۵۰۰"], ["17500"]),
    (["۲٫۵ میلیون", "2.5 میلیون", "دو میلیون و پانصد هزار"], ["2500000"]),
    (["۱۲٫۵", "۱۲.۵", "12.5"], ["12.5"]),  # alone, one term with a full stop
]


@pytest.mark.parametrize("spellings, terms", NUMBERS, ids=[n[0][0] for n in NUMBERS])
def test_digits_and_number_words_give_one_term(spellings, terms):
    for spelling in spellings:
        assert analyze(spelling) == terms, spelling


@pytest.mark.parametrize("text, terms", [
    ("سال ۱۳۹۸ و ۱۳۹۹", ["سال", "1398", "و", "1399"]),  # two numbers joined by و stay two
    ("نه تنها", ["نه", "تنها"]),  # نه alone is "not", not nine
    ("۰۲۱", ["021"]),  # digits alone are kept as written
    ("۱۳۹۸.۰۵.۱۲", ["1398", "05", "12"]),  # a dotted date is no decimal
    ("نسخه 1.2.3", ["نسخه", "1", "2", "3"]),  # nor is a version
])
def test_what_only_looks_like_one_number_is_left_apart(text, terms):
    assert analyze(text) == terms


@pytest.mark.parametrize("text, terms", [
    ("سه هزار. كودكان", ["3000", "کودک"]),  # what follows the full stop does not split the number
    ("می شود، سه هزار. كودكان", ["میشود", "3000", "کودک"]),  # nor a joined affix before it
    ("سه. هزار كودك", ["3", "1000", "کودک"]),  # a full stop between the words does
])
def test_a_number_is_read_whole_up_to_the_punctuation_after_it(text, terms):
    assert analyze(text) == terms


def test_a_number_spans_its_words_and_later_positions_close_up():
    text = "سه هزار و پانصد کودک کار"
    tokens = [(t.text, t.pos, text[t.startchar:t.endchar]) for t in persian_analyzer()(text, positions=True, chars=True)]
    assert tokens == [("3500", 0, "سه هزار و پانصد"), ("کودک", 1, "کودک"), ("کار", 2, "کار")]


PERSIAN_TEXT = st.text(
    alphabet=st.sampled_from(list("ابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهیيكىةئأ۰۱۲١٢0123 \u200c\u00a0\u064e\u0640.،:«»؟")),
    max_size=200,
)


@settings(max_examples=300, deadline=None)
@given(PERSIAN_TEXT)
def test_analysing_a_terms_own_text_gives_that_term_again(text):
    # What the highlighter marks must be exactly what the index matched: a
    # word, or a compound whose parts are indexed at its own characters.
    for token in persian_analyzer()(text, chars=True):
        assert token.text
        marked = text[token.startchar:token.endchar]
        assert token.text in analyze(marked)
        assert len(analyze(marked, mode="query")) == 1


@settings(max_examples=300, deadline=None)
@given(PERSIAN_TEXT)
def test_a_term_analysed_again_is_itself(text):
    for term in analyze(text):
        assert analyze(term, mode="query") == [term]
