"""said-by a surname that some articles give alone and others with a given name.

An article that quotes «نوروزی» without a given name or an office cannot be
joined to «بهرام نوروزی» with certainty, so the two stay apart; but whoever
asks for «نوروزی» must learn that «بهرام نوروزی» was quoted too.
"""

import json

import pytest
from starlette.testclient import TestClient
from typer.testing import CliRunner

from cli import app
from conftest import index_of
from indexer.quote_search import find_speaker, namesakes
from web import create_app

ARTICLES = [
    {"id": "full", "title": "اردوی تیم ملی", "date": "1400/02/10",
     "body": "بهرام نوروزی، سرمربی تیم ملی کشتی، گفت: «اردوی تیم از شنبه در تهران آغاز می‌شود.»"},
    {"id": "bare", "title": "واکنش به قرعه", "date": "1400/03/01",
     "body": "نوروزی پس از مراسم قرعه‌کشی گفت: «گروه سختی داریم اما ناامید نیستیم.»"},
]

runner = CliRunner()


@pytest.fixture(scope="module")
def index_dir(tmp_path_factory):
    return index_of(tmp_path_factory, "namesakes", ARTICLES)


def test_a_bare_surname_names_the_people_whose_full_name_ends_in_it(index_dir):
    bare = find_speaker(index_dir, "نوروزی")
    assert bare.name == "نوروزی"
    assert [other.name for other in namesakes(index_dir, bare)] == ["بهرام نوروزی"]


def test_a_full_name_has_no_namesakes(index_dir):
    assert namesakes(index_dir, find_speaker(index_dir, "بهرام نوروزی")) == []


def test_said_by_a_bare_surname_says_who_else_has_it(index_dir):
    result = runner.invoke(app, ["said-by", "نوروزي", "--index", index_dir])
    assert result.exit_code == 0
    assert "ناامید نیستیم" in result.stdout
    assert "بهرام نوروزی (1)" in result.stderr and 'goftar said-by "بهرام نوروزی"' in result.stderr


def test_said_by_json_lists_the_namesakes(index_dir):
    answer = json.loads(runner.invoke(app, ["said-by", "نوروزی", "--index", index_dir, "--json"]).stdout)
    assert answer["namesakes"] == [{"speaker": "بهرام نوروزی", "quotes": 1}]


def test_the_speaker_page_links_the_namesakes(index_dir):
    page = TestClient(create_app(index_dir)).get("/speaker", params={"name": "نوروزی"}).text
    assert 'class="namesakes"' in page and "بهرام نوروزی</bdi></a>" in page
