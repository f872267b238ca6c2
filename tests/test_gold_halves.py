"""The evaluation's split: which gold half a rule-maker may see (bench/gold.py)."""

import pytest

from conftest import bench_script


@pytest.fixture()
def gold(monkeypatch):
    return bench_script(monkeypatch, "gold")


def test_an_article_falls_in_the_same_half_every_time_and_both_halves_are_used(gold):
    halves = [gold.half("synth-99.json", index) for index in range(40)]
    assert halves == [gold.half("synth-99.json", index) for index in range(40)]
    assert {gold.TUNE, gold.TEST} == set(halves)


def test_a_tuning_half_is_shown_and_a_test_half_is_not(gold):
    assert gold.may_show("synth-99", gold.TUNE)
    assert not gold.may_show("synth-99", gold.TEST)


def test_an_opened_set_shows_its_test_half(gold, monkeypatch):
    monkeypatch.setattr(gold, "OPENED", frozenset({"synth-99"}))
    assert gold.may_show("synth-99", gold.TEST)


def test_a_sealed_set_shows_neither_half(gold, monkeypatch):
    monkeypatch.setattr(gold, "SEALED", frozenset({"synth-99"}))
    monkeypatch.setattr(gold, "OPENED", frozenset({"synth-99"}))
    assert not gold.may_show("synth-99", gold.TUNE)
    assert not gold.may_show("synth-99", gold.TEST)


def test_a_sealed_set_is_left_out_of_the_figures_unless_the_runner_asks(gold, monkeypatch):
    """A rule-maker who sees a sealed set's totals can fit to them: the evaluations load it only with --sealed."""
    monkeypatch.setattr(gold, "SETS", tuple((name, files) for name, files in gold.SETS if name == "synth-12"))
    monkeypatch.setattr(gold, "SEALED", frozenset({"synth-12"}))
    assert "synth-12" not in gold.load_sets(sealed=False)
    assert len(gold.load_sets(sealed=True)["synth-12"]) == 20
