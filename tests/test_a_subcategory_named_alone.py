"""A subcategory named alone finds its articles (user audit r30, 14): «--category "فوتبال ایران"» and
«category:"فوتبال ایران"» were refused (no article has it) where «ورزشی/فوتبال ایران» worked and completion
offered it, and the refusal listed top levels only. Now a subcategory one level under a top level is found
under it, under every top level that has one (the notice names them), and a refusal names the subcategories
nearest to what was typed.
"""

import pytest

from conftest import index_of
from indexer.facets import Filters, UnknownCategory, category_counts
from indexer.quote_search import search_quotes, who_said
from indexer.schema import ARTICLES as ARTICLE_INDEX
from indexer.search import search
from indexer.store import open_searcher

ARTICLES = [
    {"id": "league", "title": "بازی شهرآورد", "category": "sports/football-iran", "date": "1398/06/17",
     "body": "کاوه نیک‌سرشت، مربی تیم، گفت: در شهرآورد سه گل زدیم و راضی هستیم."},
    {"id": "cup", "title": "جام باشگاه‌ها", "category": "ورزشی/فوتبال جهان", "date": "1398/06/18",
     "body": "یاسر مهرپرور، کارشناس داوری، گفت: در جام باشگاه‌ها دو گل مردود شد."},
    {"id": "other-politics", "title": "دیدار هیئت‌ها", "category": "politics/others", "date": "1398/06/19",
     "body": "هیئت پارلمانی برای گفت‌وگو درباره همکاری‌های تازه به پایتخت رسید."},
    {"id": "other-sports", "title": "مسابقه دوچرخه", "category": "sports/others", "date": "1398/06/20",
     "body": "مسابقه دوچرخه‌سواری کوهستان در دامنه البرز برگزار شد."},
    {"id": "children", "title": "کلاس کودکان", "category": "اجتماعی/کودکان کار", "date": "1398/06/21",
     "body": "کلاس سوادآموزی کودکان کار در محله جنوبی شهر آغاز شد."},
]


@pytest.fixture(scope="module")
def index_dir(tmp_path_factory):
    return index_of(tmp_path_factory, "subcategory_alone", ARTICLES)


def _listed(index_dir, category: str) -> set[str]:
    return {hit.id for hit in search(index_dir, "", limit=100, filters=Filters(category=category)).hits}


@pytest.mark.parametrize("value", ["فوتبال ایران", "football-iran", "فوتبال‌ایران"])
def test_a_subcategory_named_alone_finds_its_articles(index_dir, value):
    assert _listed(index_dir, value) == {"league"}


def test_a_subcategory_named_alone_in_the_query_finds_its_quotes(index_dir):
    found = search_quotes(index_dir, 'گل category:"فوتبال ایران"')
    assert {hit.quote.doc_id for hit in found.hits} == {"league"}
    assert {person.speaker for person in who_said(index_dir, 'گل category:"فوتبال جهان"').speakers} == {"یاسر مهرپرور"}


def test_a_subcategory_under_several_sections_finds_all_of_them_and_says_so(index_dir):
    found = search(index_dir, "", limit=100, filters=Filters(category="سایر"))
    assert {hit.id for hit in found.hits} == {"other-politics", "other-sports"}
    assert "سیاسی/سایر" in found.notice and "ورزشی/سایر" in found.notice


def test_a_subcategory_under_one_section_needs_no_notice(index_dir):
    assert search(index_dir, "", filters=Filters(category="فوتبال ایران")).notice == ""


def test_a_top_level_is_still_read_as_itself(index_dir):
    assert _listed(index_dir, "ورزشی") == {"league", "cup", "other-sports"}


def test_an_unknown_category_names_the_subcategories_nearest_to_it(index_dir):
    with pytest.raises(UnknownCategory) as refused:
        search(index_dir, "گل", filters=Filters(category="فوتبال ایرن"))
    assert "ورزشی/فوتبال ایران" in str(refused.value)


def test_a_category_like_no_subcategory_names_none(index_dir):
    with pytest.raises(UnknownCategory) as refused:
        search(index_dir, "گل", filters=Filters(category="هواشناسی"))
    assert "nearest" not in str(refused.value) and "ورزشی" in str(refused.value)


def test_a_persian_subcategory_is_shown_as_written_not_as_its_unspaced_key(index_dir):
    shown = category_counts(open_searcher(index_dir, ARTICLE_INDEX), top_level_only=False)
    assert "اجتماعی/کودکان کار" in shown and "اجتماعی/کودکانکار" not in shown
    assert "ورزشی/فوتبال ایران" in shown
