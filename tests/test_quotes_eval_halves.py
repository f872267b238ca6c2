"""Which halves' figures quotes_eval prints for a rule-maker (bench/quotes_eval.py --tuning-only)."""

import pytest

from conftest import bench_script


@pytest.fixture()
def quotes_eval(monkeypatch):
    return bench_script(monkeypatch, "quotes_eval")


def test_tuning_only_leaves_out_the_figures_of_a_closed_test_half(quotes_eval, monkeypatch):
    monkeypatch.setattr(quotes_eval, "may_show", lambda name, half: half == "tune" or name == "fars-opened")
    assert quotes_eval.printed_halves(["fars-closed"], tuning_only=True) == ["tune"]
    assert quotes_eval.printed_halves(["fars-opened"], tuning_only=True) == ["tune", "test"]
    assert quotes_eval.printed_halves(["fars-opened", "fars-closed"], tuning_only=True) == ["tune"]
    assert quotes_eval.printed_halves(["fars-closed"], tuning_only=False) == ["tune", "test"]


def test_a_pool_prints_its_tuning_half_with_a_sealed_set_left_out(quotes_eval, monkeypatch, capsys):
    monkeypatch.setattr(quotes_eval, "load_sets", lambda sealed: {"synth-21": []})
    monkeypatch.setattr(quotes_eval, "INVENTED", ("synth-21", "synth-33"))
    monkeypatch.setattr(quotes_eval, "RANDOM_DRAWS", {})
    assert quotes_eval.main(["--tuning-only"]) == 0
    pool = capsys.readouterr().out.split("the invented sets pooled")[1]
    assert "tune" in pool.splitlines()[0] and "test" not in pool.splitlines()[0]
