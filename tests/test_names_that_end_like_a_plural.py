"""A name or a word of its own that ends like a plural or a comparative is no inflected form (user
audit r30, finding 8: `search سپاهان`, the football club, found articles about سپاه, the IRGC)."""

import pytest

from indexer.analysis import analyze
from indexer.search import search
from tests.conftest import index_of

ARTICLES = [
    {"id": "club", "title": "پیروزی سپاهان در اصفهان",
     "body": "سپاهان در ورزشگاه نقش جهان میزبان تیم مهمان بود و با دو گل برد."},
    {"id": "guard", "title": "رزمایش سپاه در جنوب",
     "body": "فرمانده سپاه از آمادگی نیروها در رزمایش جدید خبر داد."},
    {"id": "children", "title": "مدرسه‌ای برای کودک کار",
     "body": "هر کودک در این مدرسه یک معلم دارد."},
    {"id": "era", "title": "خاطرات دوران جنگ",
     "body": "او از دوران کودکی خود در آبادان گفت."},
    {"id": "round", "title": "دور دوم مذاکرات",
     "body": "دور تازه گفت‌وگوها فردا آغاز می‌شود."},
]


@pytest.fixture(scope="module")
def index(tmp_path_factory):
    return index_of(tmp_path_factory, "ending_like_a_plural", ARTICLES)


def found(index, query: str) -> set[str]:
    return {hit.id for hit in search(index, query, limit=20).hits}


def test_searching_the_club_sepahan_does_not_find_the_guard_sepah(index):
    assert found(index, "سپاهان") == {"club"}
    assert found(index, "سپاه") == {"guard"}


def test_a_plural_still_finds_its_singular(index):
    # the negative case: a real plural keeps its ان off, کودکان finds کودک
    assert found(index, "کودکان") == {"children"}


def test_an_era_is_not_a_round(index):
    assert found(index, "دوران") == {"era"}
    assert found(index, "دور") == {"round"}


@pytest.mark.parametrize("word", ["سپاهان", "گرگان", "آبادان", "زاهدان", "دوران", "زلاتان", "نمی‌توان", "به‌عنوان", "پارلمان"])
def test_a_word_that_only_ends_in_an_keeps_it(word):
    # hazm's lexicon knows no نمیتو, زلات or پارلم; it calls سپاهان, گرگان, دوران plurals,
    # which the hand list lexicon.not_inflected corrects
    (term,) = analyze(word, mode="query")
    assert term.endswith("ان")


@pytest.mark.parametrize("word", ["تئاتر", "اینتر", "توییتر", "کامپیوتر"])
def test_a_word_that_only_ends_in_tar_is_no_comparative(word):
    # تئاتر is no تا + تر, nor اینتر (the club) این + تر: تا and این are no adjectives in hazm's lexicon
    (term,) = analyze(word, mode="query")
    assert term.endswith("تر")


@pytest.mark.parametrize(
    "plural, singular",
    [("کودکان", "کودک"), ("بازیکنان", "بازیکن"), ("ایرانیان", "ایرانی"), ("روستاییان", "روستایی"),
     ("بزرگان", "بزرگ"), ("جهانخواران", "جهانخوار"), ("مهم‌ترین", "مهم"), ("اصلی‌ترین", "اصلی"),
     ("دفاتر", "دفتر"), ("ادیان", "دین")],
)
def test_a_plural_or_comparative_whose_stem_hazm_knows_still_meets_it(plural, singular):
    # بزرگان is no بزره + گان but بزرگ + ان; دفاتر, once no longer cut to دفا, is دفتر's broken plural
    assert analyze(plural) == analyze(singular)


@pytest.mark.parametrize("plural, singular", [("کشورمان", "کشورم"), ("فرزندانشان", "فرزندانش")])
def test_a_plural_possessive_still_meets_the_singular_one(plural, singular):
    # مان is the plural of the possessive م: کشورمان and کشورم stay one term, as before
    assert analyze(plural) == analyze(singular)
