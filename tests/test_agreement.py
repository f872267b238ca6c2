"""Scoring a second reader's annotation as quotes_eval scores goftar's (bench/agreement.py)."""

import json

import pytest

from conftest import bench_script


FIELDS = {"title": "مدیرکل بهزیستی: ظرفیت مهدها دو برابر می‌شود",
          "body:0": "مریم احمدی گفت: «ظرفیت مهدهای روستایی امسال دو برابر می‌شود.»"}
FIRST = [{"where": "paragraph:0", "start": 17, "end": 60, "kind": "direct", "cue": "گفت",
          "speaker": "مریم احمدی", "role": "مدیرکل بهزیستی", "ref": "name", "speaker_type": "person"}]


@pytest.fixture()
def agreement(monkeypatch):
    return bench_script(monkeypatch, "agreement")


def test_a_second_reading_is_keyed_by_source_and_index(agreement, tmp_path):
    path = tmp_path / "second.json"
    path.write_text(json.dumps({"articles": [{"source": "synth-99.json", "index": 3, "quotes": FIRST}]}), encoding="utf-8")
    assert agreement.second_reading([path]) == {"synth-99.json#3": FIRST}


def test_the_same_reading_twice_agrees_on_span_and_speaker(agreement):
    second = [agreement.as_quote("synth-99#0", FIELDS, item) for item in FIRST]
    assert second[0].where == "body:0" and second[0].text == "ظرفیت مهدهای روستایی امسال دو برابر می‌شود."
    pairs, unmatched = agreement.match(FIRST, second)
    assert unmatched == [] and agreement.summarise(
        [agreement.Pair("a", g, p) for g, p in pairs], [])["rows"]["attribution all"] == (1, 1)


def test_a_reader_who_names_another_speaker_disagrees(agreement):
    other = [{**FIRST[0], "speaker": "رضا کریمی"}]
    pairs, _ = agreement.match(FIRST, [agreement.as_quote("synth-99#0", FIELDS, item) for item in other])
    assert agreement.summarise([agreement.Pair("a", g, p) for g, p in pairs], [])["rows"]["attribution all"] == (0, 1)
