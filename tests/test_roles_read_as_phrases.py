"""A role is asked for as a phrase, on every front end: its words in order and together
(رئیس سازمان بهزیستی), never one by one over another office (معاون ... سازمان بهزیستی و رئیس
ستاد ...). The web's /speaker page answers a role with its holders as said-by does; a role
nobody held is said to be one, with where roles are listed; and the role shown beside a
person found by role is the one asked for, not another office of theirs.
"""

import json

import pytest
from starlette.testclient import TestClient
from typer.testing import CliRunner

from cli import app
from conftest import index_of
from indexer.errors import UnknownRole, UnknownSpeaker
from indexer.quote_search import find_speakers, holds_phrase, said_by_or_held
from web import create_app

ARTICLES = [
    {"id": "welfare-1", "title": "طرح تازهٔ توانبخشی", "date": "1399/05/10",
     "body": "مهدی صفاپور، رئیس سازمان بهزیستی، گفت: طرح توانبخشی در روستاها اجرا می‌شود."},
    {"id": "welfare-2", "title": "ستاد طرح", "date": "1399/06/12",
     "body": "کاوه رستمیان، معاون امور توانبخشی سازمان بهزیستی و رئیس ستاد اجرایی طرح، گفت: "
             "ستاد هر ماه گزارش می‌دهد."},
    {"id": "council-1", "title": "شورای فرهنگی", "date": "1398/02/01",
     "body": "حمید کاظمیان، دبیر شورای فرهنگی استان نمونه، گفت: برنامه‌های تابستان آماده است."},
    {"id": "council-2", "title": "جلسهٔ شورا", "date": "1398/03/01",
     "body": "حمید کاظمیان، دبیر شورای فرهنگی استان نمونه، گفت: جلسه هفتهٔ آینده برگزار می‌شود."},
    {"id": "prayer-1", "title": "نماز جمعه", "date": "1400/01/20",
     "body": "حمید کاظمیان، امام جمعه شهر نمونه، گفت: مردم در جشن غدیر شرکت کنند."},
]

runner = CliRunner()


@pytest.fixture(scope="module")
def index_dir(tmp_path_factory):
    return index_of(tmp_path_factory, "roles_as_phrases", ARTICLES)


def _names(people) -> list[str]:
    return [person.name for person in people]


def test_a_role_holds_the_words_in_order_and_together():
    assert holds_phrase("رئیس سازمان بهزیستی استان", ("رییس", "سازمان", "بهزیستی"))
    assert holds_phrase("معاون رئیس سازمان بهزیستی", ("رییس", "سازمان", "بهزیستی"))
    assert not holds_phrase("معاون امور سازمان بهزیستی و رئیس ستاد", ("رییس", "سازمان", "بهزیستی"))
    assert not holds_phrase("رئیس سازمان", ())


def test_speakers_by_role_leave_out_a_role_holding_the_words_apart(index_dir):
    assert _names(find_speakers(index_dir, role="رئیس سازمان بهزیستی")) == ["مهدی صفاپور"]
    assert _names(find_speakers(index_dir, role="رییس سازمان بهزيستي")) == ["مهدی صفاپور"]  # any spelling
    assert set(_names(find_speakers(index_dir, role="بهزیستی"))) == {"مهدی صفاپور", "کاوه رستمیان"}


def test_the_speakers_command_and_said_by_give_one_answer_for_a_role(index_dir):
    listed = runner.invoke(app, ["speakers", "--role", "رئیس سازمان بهزیستی", "--index", index_dir, "--json"])
    said = runner.invoke(app, ["said-by", "رئیس سازمان بهزیستی", "--index", index_dir, "--json"])
    assert [p["speaker"] for p in json.loads(listed.stdout)["speakers"]] == ["مهدی صفاپور"]
    assert [h["speaker"] for h in json.loads(said.stdout)["holders"]] == ["مهدی صفاپور"]


def test_the_web_speakers_tab_reads_a_role_as_a_phrase(index_dir):
    with TestClient(create_app(index_dir)) as client:
        answer = client.get("/api/speakers", params={"q": "رئیس سازمان بهزیستی"}).json()
        page = client.get("/", params={"tab": "speakers", "q": "رئیس سازمان بهزیستی"}).text
    assert [p["speaker"] for p in answer["speakers"]] == ["مهدی صفاپور"]
    assert "کاوه رستمیان" not in page.split("</datalist>")[-1]  # the form's name list holds everyone


def test_speakers_by_role_show_the_role_asked_for_beside_the_name(index_dir):
    result = runner.invoke(app, ["speakers", "--role", "امام جمعه", "--index", index_dir])
    assert result.exit_code == 0
    assert "امام جمعه شهر نمونه" in result.stdout and "دبیر شورای فرهنگی" not in result.stdout
    unfiltered = runner.invoke(app, ["speakers", "--index", index_dir])
    assert "دبیر شورای فرهنگی" in unfiltered.stdout  # without --role, the person's own first role


def test_the_speaker_page_answers_a_role_with_its_holders_and_their_dates(index_dir):
    with TestClient(create_app(index_dir)) as client:
        response = client.get("/speaker", params={"name": "رئیس سازمان بهزیستی"})
    assert response.status_code == 200
    shown = response.text.split("</datalist>")[-1]  # the form's name list holds everyone
    assert "مهدی صفاپور" in shown and "کاوه رستمیان" not in shown
    assert 'datetime="2020-07-31"' in response.text  # 1399/05/10, as said-by dates the holder
    assert "طرح توانبخشی در روستاها اجرا می‌شود" in response.text


def test_the_speaker_page_still_answers_a_person(index_dir):
    with TestClient(create_app(index_dir)) as client:
        response = client.get("/speaker", params={"name": "حمید کاظمیان"})
    assert response.status_code == 200 and "جلسه هفتهٔ آینده برگزار می‌شود" in response.text


def test_a_role_nobody_held_is_named_as_a_role(index_dir):
    with pytest.raises(UnknownRole):
        said_by_or_held(index_dir, "رئیس سازمان بنادر")
    result = runner.invoke(app, ["said-by", "رئیس سازمان بنادر", "--index", index_dir])
    assert result.exit_code == 1
    assert "no one in the index held the role" in result.stderr
    assert "goftar speakers --role" in result.stderr and "no speaker named" not in result.stderr


def test_the_web_names_a_role_nobody_held_and_points_at_the_speakers_tab(index_dir):
    with TestClient(create_app(index_dir)) as client:
        response = client.get("/api/said-by", params={"name": "رئیس سازمان بنادر"})
        page = client.get("/speaker", params={"name": "رئیس سازمان بنادر"})
    assert response.status_code == 404
    assert "held the role" in response.json()["error"] and "/?tab=speakers&q=" in response.json()["error"]
    assert "goftar" not in response.json()["error"]
    assert page.status_code == 404 and "سمت" in page.text


def test_an_unknown_name_is_still_an_unknown_speaker(index_dir):
    with pytest.raises(UnknownSpeaker) as raised:
        said_by_or_held(index_dir, "فرهاد ناشناس‌زاده")
    assert not isinstance(raised.value, UnknownRole)
