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
