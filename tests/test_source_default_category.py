"""An article with no category of its own is filed under its source's, where the source is all one section.

Varzesh3's dumps carry no category, so --category ورزشی (and category:ورزشی, and the web's category
filter) missed every Varzesh3 article although the whole outlet is sport. corpus.sources names the
section of such a source (a slug of corpus.categories); the build gives it to an article of that
source that names none, and an article's own category always wins.
"""

import json

import pytest
from starlette.testclient import TestClient
from typer.testing import CliRunner

from cli import app
from conftest import index_of
from corpus.categories import CATEGORY_LABELS
from corpus.sources import SOURCES
from indexer.facets import Filters, source_category
from indexer.search import get_article, search
from indexer.stats import index_stats
from web import create_app

runner = CliRunner()

ARTICLES = [
    {"id": "v3-derby", "title": "شهرآورد در ورزشگاه آزادی", "url": "https://www.varzesh3.example/news/101/derby",
     "body": "دو تیم پایتخت در شهرآورد بهاری به تساوی رسیدند."},
    {"id": "v3-camp", "title": "اردوی تیم ملی کشتی", "source": "ورزش سه",
     "body": "کشتی‌گیران تیم ملی برای اردوی تابستانی به شهر کوهستانی رفتند."},
    {"id": "v3-own", "title": "بلیت‌فروشی اینترنتی", "url": "https://www.varzesh3.example/news/102/tickets",
     "category": "economy", "body": "فروش اینترنتی بلیت ورزشگاه‌ها از ماه آینده آغاز می‌شود."},
    {"id": "fars-pool", "title": "استخر تازه شهر", "url": "https://www.farsnews.example/news/7/pool", "category": "sports",
     "body": "استخر سرپوشیده تازه شهر برای شناگران نوجوان باز شد."},
    {"id": "fars-plain", "title": "بازار کتاب در تابستان", "url": "https://www.farsnews.example/news/8/books",
     "body": "فروش کتاب در تابستان امسال بیشتر از پارسال بود."},
]
SPORT = {"v3-derby", "v3-camp", "fars-pool"}


@pytest.fixture(scope="module")
def index_dir(tmp_path_factory):
    return index_of(tmp_path_factory, "source-category", ARTICLES)


def _listed(index_dir, query="", **filters):
    return {hit.id for hit in search(index_dir, query, limit=100, filters=Filters(**filters)).hits}


@pytest.mark.parametrize("value", ["ورزشی", "sports"])
def test_varzesh3_articles_without_a_category_are_found_by_the_sport_category(index_dir, value):
    assert _listed(index_dir, category=value) == SPORT


def test_the_query_field_finds_them_as_the_option_does(index_dir):
    assert _listed(index_dir, "category:ورزشی") == SPORT == _listed(index_dir, "category:sports")


def test_an_articles_own_category_wins_over_its_sources(index_dir):
    assert "v3-own" not in _listed(index_dir, category="ورزشی")
    assert _listed(index_dir, category="اقتصادی") == {"v3-own"}


def test_a_source_with_no_section_gives_no_category(index_dir):
    assert source_category("farsnews.example") == "" and source_category("روزنامه محلی") == ""
    assert get_article(index_dir, "fars-plain")["category"] == ""


@pytest.mark.parametrize("name", ["varzesh3.example", "ورزش سه", "Varzesh3", "ورزش۳"])
def test_any_name_of_the_source_gives_its_category(name):
    assert source_category(name) == "sports"


def test_every_source_section_is_a_category_with_a_label():
    assert all(names.category in CATEGORY_LABELS for names in SOURCES.values() if names.category)


def test_stats_the_article_and_the_cli_show_the_sources_category_as_a_label(index_dir):
    assert index_stats(index_dir)["by_category"]["ورزشی"] == 3
    assert get_article(index_dir, "v3-derby")["category"] == "sports"
    shown = runner.invoke(app, ["search", "--category", "ورزشی", "--source", "varzesh3", "--index", index_dir])
    assert shown.exit_code == 0 and "ورزشی" in shown.stdout and "شهرآورد" in shown.stdout
    as_json = runner.invoke(app, ["search", "شهرآورد", "--index", index_dir, "--json"])
    assert json.loads(as_json.stdout)["hits"][0]["category"] == "sports"


def test_the_web_category_filter_sees_them(index_dir):
    with TestClient(create_app(index_dir)) as client:
        listed = client.get("/api/search", params={"category": "ورزشی"}).json()
        page = client.get("/", params={"category": "ورزشی"}).text
    assert {hit["id"] for hit in listed["hits"]} == SPORT
    assert "شهرآورد در ورزشگاه آزادی" in page and "بازار کتاب" not in page
