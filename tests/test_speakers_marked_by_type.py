"""`speakers` tells people from organisations: newspapers, sites and ministries are quoted beside people.

An audit found `speakers` listing them among people with nothing to tell them apart, and
`speakers --json` without the `speaker_type` that quotes already carry. Now the terminal marks an
organisation «(organisation)», JSON and CSV give `speaker_type`, the web's speakers tab marks it
«نهاد», and `speakers --type person|organisation` lists only those.
"""

import json

import pytest
from starlette.testclient import TestClient
from typer.testing import CliRunner

from cli import app
from conftest import index_of
from indexer.quote_search import find_speakers
from web import create_app

ARTICLES = [
    {"id": "bread-1", "title": "نان گران شد",
     "body": "کامران نیک‌نام، رئیس اتحادیه نانوایان، گفت: «آرد کافی به نانوایی‌ها نمی‌رسد.»\n\n"
             "وزارت کشاورزی اعلام کرد: «سهمیه آرد نانوایی‌ها از ماه آینده بیشتر می‌شود.»"},
    {"id": "bread-2", "title": "صف نانوایی‌ها",
     "body": "کامران نیک‌نام، رئیس اتحادیه نانوایان، گفت: «صف نانوایی‌ها تا ظهر طول می‌کشد.»\n\n"
             "سایت فدراسیون دوچرخه‌سواری اعلام کرد: «اردوی تیم ملی از شنبه آغاز می‌شود.»"},
]
PERSON, MINISTRY, SITE = "کامران نیک‌نام", "وزارت کشاورزی", "سایت فدراسیون دوچرخه‌سواری"

runner = CliRunner()


@pytest.fixture(scope="module")
def index_dir(tmp_path_factory):
    return index_of(tmp_path_factory, "kinds", ARTICLES)


def _speakers(index_dir, *options):
    result = runner.invoke(app, ["speakers", "--index", index_dir, *options])
    return result


def test_speakers_json_gives_each_speakers_type(index_dir):
    listed = json.loads(_speakers(index_dir, "--json").stdout)["speakers"]
    assert {s["speaker"]: s["speaker_type"] for s in listed} == {
        PERSON: "person", MINISTRY: "organisation", SITE: "organisation"}


def test_speakers_csv_has_a_type_column(index_dir):
    lines = _speakers(index_dir, "--format", "csv").stdout.lstrip("\ufeff").splitlines()
    assert lines[0].split(",")[:3] == ["speaker", "speaker_type", "quotes"]
    assert lines[1].startswith(f"{PERSON},person,2,")


def test_the_terminal_marks_organisations_and_not_people(index_dir):
    lines = _speakers(index_dir, "--no-bidi").stdout.splitlines()
    assert any(f"{MINISTRY} (organisation)" in line for line in lines)
    assert any(f"{SITE} (organisation)" in line for line in lines)
    assert not any("(organisation)" in line for line in lines if PERSON in line)


@pytest.mark.parametrize("kind, listed", [("organisation", {MINISTRY, SITE}), ("person", {PERSON})])
def test_type_lists_only_speakers_of_that_type(index_dir, kind, listed):
    result = _speakers(index_dir, "--type", kind, "--json")
    assert result.exit_code == 0, result.output
    assert {s["speaker"] for s in json.loads(result.stdout)["speakers"]} == listed
    assert {s.name for s in find_speakers(index_dir, speaker_type=kind)} == listed


def test_no_organisation_with_a_persons_role_is_nothing_found(index_dir):
    result = _speakers(index_dir, "--type", "organisation", "--role", "رئیس اتحادیه نانوایان")
    assert result.exit_code == 1
    assert "No organisation quoted in this index has the role" in result.stderr


def test_an_unknown_type_is_bad_usage(index_dir):
    assert _speakers(index_dir, "--type", "نهاد").exit_code == 2


def test_the_web_speakers_tab_marks_organisations(index_dir):
    with TestClient(create_app(index_dir)) as client:
        page = client.get("/", params={"tab": "speakers"}).text
        api = client.get("/api/speakers").json()["speakers"]
    rows = page.split('class="card speaker-row"')[1:]
    assert [("نهاد" in row) for row in rows] == [False, True, True]  # the person, most quoted, first
    assert [s["speaker_type"] for s in api] == ["person", "organisation", "organisation"]
