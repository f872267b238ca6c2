"""``category:`` in a query maps an English slug and its Persian label both ways, as --category
does (facets.category_equivalents is the one mapping): ``category:اجتماعی`` found nothing in
an index whose articles are filed ``social`` (Fars), and ``category:social`` nothing where they
are filed ``اجتماعی`` (the bundled samples).
"""

import pytest

from conftest import index_of
from indexer.facets import Filters, category_spellings
from indexer.search import search

ARTICLES = [
    {"id": "slug-1", "title": "بیمه مددجویان", "category": "social", "date": "1398/06/17",
     "body": "پوشش بیمه مددجویان بهزیستی امسال کامل می‌شود."},
    {"id": "label-1", "title": "بیمه معلولان", "category": "اجتماعی", "date": "1398/07/01",
     "body": "بیمه معلولان از مهر افزایش می‌یابد."},
    {"id": "slug-2", "title": "بیمه بازیکنان", "category": "sports", "date": "1398/08/01",
     "body": "بیمه بازیکنان لیگ برتر تمدید شد."},
    {"id": "label-2", "title": "نمایش تازه", "category": "هنر و رسانه", "date": "1398/09/01",
     "body": "نمایش تازه در تالار وحدت اجرا می‌شود."},
]


@pytest.fixture(scope="module")
def index_dir(tmp_path_factory):
    return index_of(tmp_path_factory, "category_field", ARTICLES)


def _ids(index_dir, query: str, **options) -> set[str]:
    """The articles with every word of ``query`` (a search lists those with some of them after)."""
    found = search(index_dir, query, limit=100, **options)
    return {hit.id for hit in found.hits if found.matched == "all" and hit.words_matched == found.words}


def test_a_category_is_spelt_as_its_slug_and_as_its_label():
    assert category_spellings("اجتماعی") == {"اجتماعی", "social"}
    assert category_spellings("arts-media") == {"arts-media", "هنر و رسانه"}


@pytest.mark.parametrize("value", ["اجتماعی", "social", "اجتماعي"])
def test_social_in_the_query_finds_articles_filed_under_the_slug_and_the_label(index_dir, value):
    assert _ids(index_dir, f"category:{value}") == {"slug-1", "label-1"}


def test_the_query_field_finds_what_the_category_option_finds(index_dir):
    for value in ("اجتماعی", "social", "ورزشی", "sports"):
        assert _ids(index_dir, f"بیمه category:{value}") == _ids(index_dir, "بیمه", filters=Filters(category=value))


def test_a_label_of_several_words_in_quotes_finds_its_slug(index_dir):
    assert _ids(index_dir, 'category:"هنر و رسانه"') == {"label-2"}
    assert _ids(index_dir, "category:arts-media") == {"label-2"}


def test_excluding_a_category_by_its_label_excludes_its_slug(index_dir):
    assert _ids(index_dir, "بیمه -category:اجتماعی") == {"slug-2"}
