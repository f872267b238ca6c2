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
    [("سازمان‌ها", "سازمان"), ("کودکان", "کودک"), ("نمایندگان", "نماینده"), ("دانشجویان", "دانشجو"), ("مددجویان", "مددجو")],
)
def test_plurals_find_the_singular(plural, singular):
    assert analyze(plural) == analyze(singular)


@pytest.mark.parametrize("word", ["استان", "تهران", "تنها", "دختر", "دفتر", "بیشتر", "گفت"])
def test_words_that_only_look_inflected_are_left_whole(word):
    assert analyze(word) == [word]


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
