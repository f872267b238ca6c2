"""said-by with words that are a role several people held (امام جمعه، رئیس جمهور): the role's
holders answer, not someone who merely has the role's last word as surname (عبدالله جمعه was
found for «امام جمعه» once the honorific امام was dropped). Words that are both a person and
a role with no role word in front (کشاورز) list both, as an ambiguous surname does.
"""

import json

import pytest
from starlette.testclient import TestClient
from typer.testing import CliRunner

from cli import app
from conftest import index_of
from indexer.errors import PersonOrRole
from indexer.quote_search import opens_with_role_word, said_by_or_held
from web import create_app

ARTICLES = [
    {"id": "imam-1", "title": "خطبه‌های نماز جمعه", "date": "1399/05/10",
     "body": "حجت‌الاسلام احمد کریمی‌نژاد، امام جمعه شهرکرد، گفت: مردم در برگزاری جشن غدیر کوشا باشند."},
    {"id": "imam-2", "title": "نماز جمعه یزد", "date": "1400/01/20",
     "body": "رضا موسوی‌پور، امام جمعه یزد، گفت: آب کشاورزی باید با دقت مصرف شود."},
    {"id": "oil-1", "title": "تولید نفت", "date": "1383/04/08",
     "body": "عبدالله جمعه، رئیس شرکت نفت آرامکو، گفت: این شرکت تولید خود را افزایش می‌دهد."},
    {"id": "pres-1", "title": "سفر رسمی", "date": "1398/02/01",
     "body": "بهمن ستاری‌فر، رئیس جمهور کشور خیالی، گفت: روابط دو کشور گسترش می‌یابد."},
    {"id": "pres-2", "title": "دیدار رسمی", "date": "1398/03/01",
     "body": "کامران یزدانی، رئیس‌جمهور جمهوری نمونه، گفت: قرارداد تازه امضا می‌شود."},
    # A body whose name the quote rules ran on into its members (a quote-extraction fault left
    # as it is): said-by «رئیس جمهور» answered with it, matched on its last two words.
    {"id": "council-1", "title": "نشست شورا", "date": "1388/11/19",
     "body": "پس از اعتراض‌های خیابانی، شورای ریاستی سه‌گانه کشور خیالی شامل رییس جمهور، "
             "نخست وزیر و رییس مجلس دیروز در بیانیه‌ای مشترک اعلام کرد که همه‌پرسی "
             "طبق برنامه برگزار می‌شود."},
    {"id": "farm-1", "title": "مدرسه", "date": "1400/02/01",
     "body": "محمد کشاورز، مدیر مدرسه شهید بهشتی، گفت: کلاس‌ها از شنبه حضوری است."},
    {"id": "farm-2", "title": "برداشت گندم", "date": "1400/03/01",
     "body": "علی رنجبر، کشاورز نمونه استان، گفت: برداشت گندم امسال بیشتر است."},
]

runner = CliRunner()


@pytest.fixture(scope="module")
def index_dir(tmp_path_factory):
    return index_of(tmp_path_factory, "roles_before_surnames", ARTICLES)


def _holders(answer) -> list[str]:
    assert isinstance(answer, list), answer
    return [holder.speaker for holder in answer]


def test_a_role_word_opens_a_role_in_any_spelling():
    assert opens_with_role_word("امام جمعه")
    assert opens_with_role_word("رئيس‌جمهور")
    assert opens_with_role_word("مدیر کل بهزیستی")
    assert not opens_with_role_word("عبدالله جمعه")
    assert not opens_with_role_word("کشاورز")


def test_friday_prayer_leader_lists_its_holders_and_the_man_surnamed_friday_keeps_his_names(index_dir):
    assert _holders(said_by_or_held(index_dir, "امام جمعه")) == ["احمد کریمی‌نژاد", "رضا موسوی‌پور"]
    for name in ("عبدالله جمعه", "جمعه"):
        person, said = said_by_or_held(index_dir, name)
        assert person.name == "عبدالله جمعه" and len(said) == 1


@pytest.mark.parametrize("role", ["رئیس جمهور", "رييس جمهور", "رئیس‌جمهور"])
def test_president_in_any_spelling_lists_its_holders_not_a_body_named_down_to_its_members(index_dir, role):
    assert _holders(said_by_or_held(index_dir, role)) == ["بهمن ستاری‌فر", "کامران یزدانی"]
    body, _ = said_by_or_held(index_dir, "شورای ریاستی سه‌گانه کشور خیالی شامل رییس جمهور")
    assert body.speaker_type == "organisation"  # still found by its whole (over-long) name


def test_a_surname_that_is_also_a_role_with_no_role_word_lists_both(index_dir):
    with pytest.raises(PersonOrRole) as raised:
        said_by_or_held(index_dir, "کشاورز")
    assert [s.name for s in raised.value.candidates] == ["محمد کشاورز"]
    assert [h.speaker for h in raised.value.holders] == ["علی رنجبر"]
    person, _ = said_by_or_held(index_dir, "محمد کشاورز")
    assert person.name == "محمد کشاورز"


def test_said_by_friday_prayer_leader_on_the_command_line_answers_with_the_holders(index_dir):
    result = runner.invoke(app, ["said-by", "امام جمعه", "--index", index_dir, "--json"])
    assert result.exit_code == 0
    answer = json.loads(result.stdout)
    assert [h["speaker"] for h in answer["holders"]] == ["احمد کریمی‌نژاد", "رضا موسوی‌پور"]
    assert "عبدالله جمعه" not in result.stdout


def test_said_by_a_person_or_a_role_names_both_and_exits_2(index_dir):
    result = runner.invoke(app, ["said-by", "کشاورز", "--index", index_dir])
    assert result.exit_code == 2
    assert "محمد کشاورز" in result.stderr and "علی رنجبر" in result.stderr
    assert "goftar speakers --role" in result.stderr


def test_the_api_lists_both_people_and_holders(index_dir):
    response = TestClient(create_app(index_dir)).get("/api/said-by", params={"name": "کشاورز"})
    assert response.status_code == 400
    assert response.json()["candidates"] == ["محمد کشاورز"] and response.json()["holders"] == ["علی رنجبر"]


def test_the_api_points_a_person_or_a_role_at_the_speakers_tab_not_a_command(index_dir):
    with TestClient(create_app(index_dir)) as client:
        response = client.get("/api/said-by", params={"name": "کشاورز"})
    assert response.status_code == 400 and "/?tab=speakers&q=کشاورز" in response.json()["error"]
    assert "goftar" not in response.json()["error"]
