"""A compound is one word however it is spaced: مدیرکل، مدیر‌کل and مدیر کل.

Writers join it, put a ZWNJ in it or a space; the article and the user rarely
agree. Both a search and a role lookup (said-by) must find every spelling.
"""

import pytest

from conftest import index_of
from corpus.names import role_key
from indexer.analysis import spaced_lexicon_word
from indexer.facets import Filters
from indexer.quote_search import find_speakers, held_by, opens_with
from indexer.search import search

ARTICLES = [
    {"id": "gilan", "title": "طرح اشتغال مددجویان", "date": "1399/05/02",
     "body": "مدیر کل بهزیستی استان گیلان، رضا احمدی گفت: طرح اشتغال مددجویان پنج شنبه آغاز می شود."},
    {"id": "yazd", "title": "کمک به خانواده‌ها", "date": "1399/06/11",
     "body": "مدیرکل بهزیستی استان یزد، علی رضایی گفت: کمک‌ها به خانواده‌ها افزایش می‌یابد."},
    {"id": "qom", "title": "بازگشایی مهدها", "date": "1399/07/20",
     "body": "مدير‌كل بهزيستي استان قم، مريم نادري گفت: مهدهاي كودك از شنبه باز مي شوند."},
    {"id": "harm", "title": "پیشگیری", "date": "1399/08/01", "category": "اجتماعی/آسیب‌های اجتماعی",
     "source": "خبر گزاری مهر",
     "body": "دبیر کارگروه پیشگیری از آسیب های اجتماعی، سمیه رحمانی گفت: برنامه تازه آماده است."},
]


@pytest.fixture(scope="module")
def index_dir(tmp_path_factory):
    return index_of(tmp_path_factory, "spacing", ARTICLES)


def test_a_word_the_lexicon_knows_whole_may_be_read_as_two():
    assert spaced_lexicon_word("مدیرکل") == "مدیر کل"
    assert spaced_lexicon_word("پنجشنبه") == "پنج شنبه"


def test_a_possessive_ending_is_no_compound():
    assert spaced_lexicon_word("کشورمان") is None


@pytest.mark.parametrize("role", ["مدیرکل بهزیستی", "مدیر کل بهزیستی", "مدیر‌کل بهزيستي", "مدير كل بهزيستي"])
def test_a_role_lookup_finds_every_spacing_of_the_role(index_dir, role):
    assert {holder.speaker for holder in held_by(index_dir, role)} == {"رضا احمدی", "علی رضایی", "مریم نادری"}


@pytest.mark.parametrize("role", ["دبیر کارگروه پیشگیری از آسیب‌های اجتماعی",
                                  "دبیر کارگروه پیشگیری از آسیبهای اجتماعی"])
def test_a_role_lookup_finds_a_plural_suffix_written_apart(index_dir, role):
    assert [holder.speaker for holder in held_by(index_dir, role)] == ["سمیه رحمانی"]


def test_a_role_opens_with_the_wanted_words_only_up_to_a_words_end():
    wanted = role_key("رئیس سازمان")
    assert opens_with(role_key("رییس سازمان بهزیستی کشور"), wanted)
    assert not opens_with(role_key("رئیس سازمانی‌ها"), wanted)
    assert not opens_with(role_key("معاون رئیس سازمان"), wanted)


@pytest.mark.parametrize("role", ["آسیب‌های اجتماعی", "آسیبهای اجتماعی", "آسیب های اجتماعی"])
def test_speakers_narrowed_by_role_find_it_however_its_affixes_are_spaced(index_dir, role):
    assert [person.name for person in find_speakers(index_dir, role=role)] == ["سمیه رحمانی"]


@pytest.mark.parametrize("filters", [Filters(category="اجتماعی/آسیب های اجتماعی"), Filters(category="اجتماعي/آسيبهاي اجتماعي"),
                                     Filters(source="خبرگزاری مهر"), Filters(source="خبر‌گزاری مهر")])
def test_a_category_or_source_filter_matches_however_it_is_spaced(index_dir, filters):
    assert [hit.id for hit in search(index_dir, "برنامه", filters=filters).hits] == ["harm"]


# The same compounds written three ways: with ZWNJ, with a space, joined. The lexicon splits
# neither (کی is too short a part, دانش‌آموز a word it knows whole); the ZWNJ some writer put in does.
WRITTEN_THREE_WAYS = [
    {"id": "zwnj", "title": "اردوی تابستانی", "body": "دانش‌آموزان مدرسه با کی‌روش در اردو دیدار کردند."},
    {"id": "space", "title": "جشن مدرسه", "body": "دانش آموزان روستا برای کی روش نامه نوشتند."},
    {"id": "joined", "title": "مسابقه علمی", "body": "دانشآموزان شهر از کیروش پرسیدند."},
    {"id": "set", "title": "والیبال", "body": "تیم ما در ست دوم بازی را برد."},
    {"id": "right", "title": "پاسخ", "body": "این پاسخ درست بود."},
]


@pytest.fixture(scope="module")
def three_ways(tmp_path_factory):
    return index_of(tmp_path_factory, "three_ways", WRITTEN_THREE_WAYS)


@pytest.mark.parametrize("query", ["دانشآموزان", "دانش‌آموزان", "دانش آموزان", "کیروش", "کی‌روش", "کی روش"])
def test_a_compound_typed_any_way_finds_it_written_any_way(three_ways, query):
    assert {hit.id for hit in search(three_ways, query).hits} == {"zwnj", "space", "joined"}


def test_a_compound_typed_joined_finds_it_spaced_inside_a_phrase_query_too(three_ways):
    assert {hit.id for hit in search(three_ways, '"کیروش نامه"').hits} == {"space"}


def test_two_words_that_merely_join_into_a_third_do_not_meet_it(three_ways):
    # درست is در + ست, but no writer puts a ZWNJ in it: the volleyball set stays apart.
    assert [hit.id for hit in search(three_ways, "درست").hits] == ["right"]
