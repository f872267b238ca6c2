"""Names and roles are matched in the spelling search uses, and roles shown in one spelling.

said-by داودی found nothing while the index had «… داوودی»: search folded hamza seats, alef
madda and a doubled و (orthography.HAMZA_SPELLINGS) but the speaker registry did not. And one
person's roles showed one office three ways (مدیر کل, مدیر‌کل, مدیرکل): now each word and
compound of a role is shown in the form the roles use most.
"""

import json

import pytest
from typer.testing import CliRunner

from cli import app
from conftest import index_of
from corpus.speakers import RoleSpellings, speaker_key
from indexer.errors import AmbiguousSpeaker
from indexer.quote_search import find_speaker, find_speakers, held_by

ARTICLES = [
    {"id": "gol-1", "title": "جشنواره گل و گیاه", "date": "1401/02/10",
     "body": "بهمن داوودی، مسئول ستاد برگزاری جشنواره گل، گفت: «غرفه‌های امسال دو برابر شده‌اند.»"},
    {"id": "gol-2", "title": "پایان جشنواره", "date": "1401/02/20",
     "body": "بهمن داوودی، مسؤول ستاد برگزاری جشنواره گل، گفت: «بازدیدکنندگان از همه شهرها آمدند.»"},
    {"id": "semnan-1", "title": "بهزیستی سمنان", "date": "1401/03/01",
     "body": "کامران نیک‌پی، مدیر کل بهزیستی استان سمنان، گفت: «پرونده‌های معوق تا پایان خرداد بسته می‌شود.»"},
    {"id": "semnan-2", "title": "استانداری سمنان", "date": "1401/04/01",
     "body": "کامران نیک‌پی، مدیرکل امور اجتماعی استانداری سمنان، گفت: «طرح تازه از مهر آغاز می‌شود.»"},
    {"id": "yazd-1", "title": "نقشه‌های یزد", "date": "1401/04/05",
     "body": "سارا توانا، مدیرکل دفتر فنی استانداری یزد، گفت: «نقشه‌ها آماده است.»"},
    {"id": "yazd-2", "title": "آب یزد", "date": "1401/04/09",
     "body": "سارا توانا، عضو هیئت‌مدیره شرکت آب یزد، گفت: «لوله‌کشی تازه تمام شد.»"},
    {"id": "island-1", "title": "سفر رسمی", "date": "1401/05/05",
     "body": "فرامرز کیانی، رئیس‌جمهور جزیره خیالی، گفت: «سفر ما دوستانه است.»"},
    {"id": "island-2", "title": "ادامه سفر", "date": "1401/05/06",
     "body": "فرامرز کیانی، رئیس جمهور جزیره خیالی، گفت: «گفت‌وگوها ادامه دارد.»"},
]

runner = CliRunner()


@pytest.fixture(scope="module")
def index_dir(tmp_path_factory):
    return index_of(tmp_path_factory, "spellings", ARTICLES)


@pytest.mark.parametrize("name", ["داودی", "بهمن داودی", "داوودی", "بهمن داوودی"])
def test_said_by_finds_a_name_written_with_one_or_two_vav(index_dir, name):
    result = runner.invoke(app, ["said-by", name, "--index", index_dir, "--json"])
    assert result.exit_code == 0, result.output
    answer = json.loads(result.stdout)
    assert answer["speaker"] == "بهمن داوودی" and len(answer["quotes"]) == 2


def test_people_whose_names_differ_beyond_spelling_stay_apart():
    assert speaker_key("بهمن داوودی") == speaker_key("بهمن داودی")
    assert speaker_key("بهمن داوودی") != speaker_key("سعید داودی")
    assert speaker_key("بهمن داوودی") != speaker_key("بهمن داوری")


def test_a_surname_two_people_share_in_any_spelling_is_ambiguous(tmp_path_factory):
    two = index_of(tmp_path_factory, "two-davoudi", [
        ARTICLES[0], {"id": "other", "title": "باشگاه", "date": "1401/06/01",
                      "body": "سعید داودی، سرپرست باشگاه شنا، گفت: «استخر تازه باز شد.»"}])
    with pytest.raises(AmbiguousSpeaker) as raised:
        find_speaker(two, "داوودی")
    assert sorted(person.name for person in raised.value.candidates) == ["بهمن داوودی", "سعید داودی"]


def test_a_role_written_with_either_hamza_seat_is_one_role(index_dir):
    person = find_speaker(index_dir, "بهمن داوودی")
    assert person.roles == ["مسئول ستاد برگزاری جشنواره گل"]


@pytest.mark.parametrize("role", ["هیات مدیره", "هیأت مدیره", "عضو هیات‌مدیره"])
def test_speakers_role_matches_in_any_hamza_spelling(index_dir, role):
    assert [person.name for person in find_speakers(index_dir, role=role)] == ["سارا توانا"]
    result = runner.invoke(app, ["speakers", "--role", role, "--index", index_dir, "--json"])
    assert [s["speaker"] for s in json.loads(result.stdout)["speakers"]] == ["سارا توانا"]


def test_said_by_a_role_in_another_hamza_spelling_finds_its_holder(index_dir):
    holders = held_by(index_dir, "مسوول ستاد برگزاری جشنواره گل")
    assert [(h.speaker, len(h.said)) for h in holders] == [("بهمن داوودی", 2)]


def test_the_web_speakers_tab_narrows_by_a_name_in_another_spelling(index_dir):
    assert [person.name for person in find_speakers(index_dir, words="داودی")] == ["بهمن داوودی"]


def test_one_office_is_shown_in_the_spacing_the_roles_use_most(index_dir):
    result = runner.invoke(app, ["said-by", "کامران نیک‌پی", "--index", index_dir, "--json"])
    assert json.loads(result.stdout)["roles"] == ["مدیرکل بهزیستی استان سمنان", "مدیرکل امور اجتماعی استانداری سمنان"]


def test_role_spellings_pick_the_most_used_form_of_a_compound():
    spellings = RoleSpellings.of(["مدیرکل امور مالی", "مدیرکل دفتر فنی", "مدیر کل آموزش", "مدیر‌کل بیمه"])
    assert spellings.spelt("مدیر کل آموزش") == "مدیرکل آموزش"
    assert spellings.spelt("مدیر‌کل بیمه") == "مدیرکل بیمه"


def test_a_compound_is_shown_spaced_where_the_roles_space_it_most():
    spellings = RoleSpellings.of(["مدیر کل بیمه", "مدیر کل آموزش", "مدیر‌کل امور مالی"])
    assert spellings.spelt("مدیر‌کل امور مالی") == "مدیر کل امور مالی"
    assert spellings.spelt("رئیس شورای شهر") == "رئیس شورای شهر"  # words no role had stay as written


def test_a_conjunction_is_never_read_into_a_compound():
    spellings = RoleSpellings.of(["وزیر کشور", "وزیر راه", "مسئول اموال و زیر ساخت‌ها"])
    assert spellings.spelt("مسئول اموال و زیر ساخت‌ها") == "مسئول اموال و زیر ساخت‌ها"  # «و زیر» is no وزیر


@pytest.mark.parametrize("role", ["رئیس‌جمهور جزیره", "رئیس جمهور جزیره", "رئیسجمهور جزیره", "رییس جمهور جزیره"])
def test_a_compound_role_finds_its_holder_however_spaced(index_dir, role):
    assert [person.name for person in find_speakers(index_dir, role=role)] == ["فرامرز کیانی"]
    result = runner.invoke(app, ["said-by", role, "--index", index_dir, "--json"])
    assert result.exit_code == 0, result.output
    holders = json.loads(result.stdout)["holders"]
    assert [(h["speaker"], len(h["quotes"])) for h in holders] == [("فرامرز کیانی", 2)]
