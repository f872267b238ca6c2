"""A source is named as a reader names it: --source فارس, --source farsnews and ``source:"ورزش سه"``
found nothing in an index whose articles came from a news agency's and a sport site's hosts (their urls').
One table (corpus.sources) gives each domain its Persian and English names and aliases; --source and
the query's source: field both map through it (facets.source_equivalents), as category: does."""

import pytest
from typer.testing import CliRunner

from cli import app
from conftest import index_of
from indexer.facets import Filters, UnknownFilterValue, source_label, source_spellings
from indexer.search import search
from indexer.stats import index_stats

runner = CliRunner()

ARTICLES = [
    {"id": "site-1", "title": "بیمه کارگران", "url": "https://www.farsnews.example/news/1/bime",
     "body": "علی رضایی گفت: بیمه کارگران از مهر افزایش می‌یابد."},
    {"id": "dump-1", "title": "بیمه معلولان", "source": "فارس", "body": "رضا امینی گفت: بیمه معلولان بیشتر می‌شود."},
    {"id": "site-2", "title": "بیمه بازیکنان", "url": "https://www.varzesh3.example/news/2/bime",
     "body": "حسن کریمی گفت: بیمه بازیکنان لیگ تمدید شد."},
    {"id": "other-1", "title": "بیمه روستاییان", "source": "روزنامه محلی", "body": "صندوق بیمه روستاییان گسترش یافت."},
]
FARS = {"site-1", "dump-1"}


@pytest.fixture(scope="module")
def index_dir(tmp_path_factory):
    return index_of(tmp_path_factory, "sources", ARTICLES)


def _ids(index_dir, query, **options):
    found = search(index_dir, query, limit=100, **options)
    return {hit.id for hit in found.hits if found.matched == "all" and hit.words_matched == found.words}


@pytest.mark.parametrize("value", ["فارس", "farsnews", "Fars", "خبرگزاری فارس", "farsnews.example"])
def test_the_source_option_takes_any_name_of_fars(index_dir, value):
    assert _ids(index_dir, "بیمه", filters=Filters(source=value)) == FARS


@pytest.mark.parametrize("value", ["ورزش سه", "Varzesh3", "varzesh3.example", "ورزش۳"])
def test_varzesh3_by_its_persian_or_english_name(index_dir, value):
    assert _ids(index_dir, "بیمه", filters=Filters(source=value)) == {"site-2"}


@pytest.mark.parametrize("query", ['source:"ورزش سه"', "source:varzesh3", "بیمه source:ورزش۳"])
def test_the_query_field_maps_names_as_the_option_does(index_dir, query):
    assert _ids(index_dir, query) == {"site-2"}


def test_fars_in_the_query_finds_the_site_and_the_dump_alike(index_dir):
    assert _ids(index_dir, "source:فارس") == FARS == _ids(index_dir, "source:farsnews")
    assert _ids(index_dir, "بیمه -source:Fars") == {"site-2", "other-1"}


def test_a_source_not_in_the_table_is_matched_as_written(index_dir):
    assert _ids(index_dir, "بیمه", filters=Filters(source="روزنامه محلی")) == {"other-1"}
    assert source_spellings("روزنامه محلی") == {"روزنامه محلی"}


def test_an_unknown_source_lists_the_known_ones_by_name(index_dir):
    with pytest.raises(UnknownFilterValue, match="the sources are: فارس، .*ورزش سه"):
        search(index_dir, "بیمه", filters=Filters(source="تسنیم"))
    result = runner.invoke(app, ["search", "بیمه", "--source", "همشهری", "--index", index_dir])
    assert result.exit_code == 2 and "فارس" in result.stderr


def test_sources_are_counted_and_shown_by_their_persian_name(index_dir):
    assert index_stats(index_dir)["by_source"]["فارس"] == 2
    assert index_stats(index_dir)["by_source"]["روزنامه محلی"] == 1
    assert source_label("farsnews.example") == "فارس" and source_label("روزنامه محلی") == "روزنامه محلی"
    result = runner.invoke(app, ["search", "بیمه بازیکنان", "--source", "varzesh3", "--index", index_dir])
    assert result.exit_code == 0 and "ورزش سه" in result.stdout and "varzesh3.example" not in result.stdout
