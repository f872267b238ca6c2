"""The character tables and word lists are hazm's, and must stay so."""

import pytest

from corpus.orthography import (
    DIACRITICS,
    FOLD_TABLE,
    HAZM_LETTERS_FROM,
    HAZM_LETTERS_TO,
    HAZM_SPECIALS,
    IN_WORD_MARKS,
    alphabetical_key,
    fold_folded,
    fold_letters,
    fold_word,
    standard_spelling,
    without_unseen_marks,
)
from indexer import lexicon


@pytest.fixture(scope="module")
def hazm_normalizer():
    hazm = pytest.importorskip("hazm")
    return hazm.Normalizer()


def test_letter_table_matches_installed_hazm(hazm_normalizer):
    hazm_table = dict(zip(hazm_normalizer.translation_src, hazm_normalizer.translation_dst))
    ours = dict(zip(HAZM_LETTERS_FROM, HAZM_LETTERS_TO))
    assert {k: v for k, v in hazm_table.items() if k not in "“”\xa0"} == ours


def test_removed_marks_match_installed_hazm(hazm_normalizer):
    assert hazm_normalizer.diacritics_patterns[0][0][1:-1] == DIACRITICS
    assert hazm_normalizer.specials_chars_patterns[0][0][1:-1] == HAZM_SPECIALS


def test_shipped_word_lists_match_hazms_lexicon():
    for path, words in lexicon.derived_lists().items():
        assert path.read_text(encoding="utf-8").splitlines() == words, f"regenerate {path.name}: python -m indexer.lexicon"


@pytest.mark.parametrize(
    "written, canonical",
    [("كتاب", "کتاب"), ("علي", "علی"), ("مصطفى", "مصطفی"), ("١٣٩٨", "1398"), ("۱۳۹۸", "1398"), ("مؤسسه", "موسسه"), ("خانۀ", "خانه")],
)
def test_fold_word_gives_one_spelling(written, canonical):
    assert fold_word(written) == canonical


def test_fold_word_can_fold_and_drop_marks_in_one_pass():
    """fold_word's one table (WORD_TABLE) holds because no mark is folded, nor folded into."""
    folded = {ch: fold_letters(ch) for ch in map(chr, range(0x10000)) if fold_letters(ch) != ch}
    assert not set(IN_WORD_MARKS) & (set(folded) | set(folded.values()))


def test_fold_letters_keeps_every_offset():
    text = "رئيس\u00a0اداره كل ١٧ مي‌شود"
    assert len(fold_letters(text)) == len(text)
    assert fold_letters(text) == "رییس اداره کل 17 می‌شود"


@pytest.mark.parametrize("text", ["گفت و گو", "رئيس اداره كل ١٧ مي‌شود", "ﻛﻴﻔﻴﺖ ﺑﺎﻻ", "يك"])
def test_fold_letters_replacing_a_few_letters_is_translating(text):
    """Few letters to fold are replaced one by one, many translated: the same text either way."""
    assert fold_letters(text) == text.translate(FOLD_TABLE)


@pytest.mark.parametrize("word", ["مي‌شود", "گُفت", "گفـــت", "رئيس", "ﻛﻴﻔﻴﺖ", "ABC١٧"])
def test_a_word_folded_in_two_steps_is_the_word_folded_at_once(word):
    """Quote extraction folds a field's letters first and strips its marks later (fold_folded)."""
    assert fold_folded(fold_letters(word)) == fold_word(word)


def test_shown_spelling_keeps_hamza_letters_and_fixes_arabic_ones():
    # Roles and names are shown as a reader writes them; only matching folds رئیس into رییس.
    assert standard_spelling("رئيس  هيئت مديره مؤسسه") == "رئیس هیئت مدیره مؤسسه"
    assert standard_spelling("مسئول\u0640 ائتلاف") == "مسئول ائتلاف"
    assert fold_word("مسئول") == fold_word("مسيول")


@pytest.mark.parametrize("written, read", [
    ("گُفت", "گفت"),  # a diacritic
    ("گفـــت", "گفت"),  # tatweel inside a word
    ("اظها\u200cر کرد", "اظهار کرد"),  # a ZWNJ after ا joins nothing
    ("خاطر\u200c نشان", "خاطر نشان"),  # nor one before a space
    ("می\u200cشود", "می\u200cشود"),  # this one parts two letters that would join: kept
    ("ولی\u200eپور", "ولی\u200cپور"),  # a bidi mark where ZWNJ belongs
    ("میهمان ـ نورایی", "میهمان ـ نورایی"),  # tatweel alone is a dash
])
def test_text_is_read_without_the_marks_a_reader_does_not_see(written, read):
    assert without_unseen_marks(written)[0] == read


def test_each_character_read_points_back_to_where_it_stood():
    written = "رئیسِ سازمان گفـــت: اظها\u200cر"
    read, positions = without_unseen_marks(written)
    assert "".join(written[n] for n in positions) == read == "رئیس سازمان گفت: اظهار"
    assert without_unseen_marks("سازمان بهزیستی")[1] is None  # nothing went: no map to build


def test_alphabetical_order_puts_the_persian_letters_in_their_places():
    words = ["یزد", "گیلان", "کرمان", "ژاپن", "چین", "پاریس", "بم", "آبادان", "اراک"]
    assert sorted(words, key=alphabetical_key) == ["آبادان", "اراک", "بم", "پاریس", "چین", "ژاپن", "کرمان", "گیلان", "یزد"]
    assert sorted(["كار و اشتغال", "كار", "کارگر"], key=alphabetical_key) == ["كار", "كار و اشتغال", "کارگر"]  # Arabic ك is ک
    assert sorted(["welfare", "رفاه"], key=alphabetical_key) == ["رفاه", "welfare"]  # not Persian: after it
