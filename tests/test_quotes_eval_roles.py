"""How quotes_eval judges the role goftar gives a rightly attributed quote (bench/quotes_eval.py)."""

import pytest

from conftest import bench_script


@pytest.fixture()
def quotes_eval(monkeypatch):
    return bench_script(monkeypatch, "quotes_eval")


@pytest.mark.parametrize("predicted, gold, verdict", [
    ("سرپرست کمیته امداد امام خمینی ره", "سرپرست کمیته امداد امام خمینی (ره)", "agrees"),
    ("ستاره تیم فوتبال چلسی", "ستاره ی تیم فوتبال چلسی", "agrees"),
    ("نویسنده رمان خانه‌ای در خیابان سی‌تیر", "نویسنده رمان «خانه‌ای در خیابان سی‌تیر»", "agrees"),
    ("مدیركل بهزیستی", "مدیرکل بهزیستی استان گیلان", "cut short"),
    ("شهردار سپیدشهر در نشست خبری", "شهردار سپیدشهر", "runs on"),
    (None, "رئیس‌جمهور روسیه", "missing"),
    ("معاون وزیر کار", "معاون روابط کار وزارت تعاون، کار و رفاه اجتماعی", "other"),
])
def test_a_role_is_judged_by_its_words_not_its_marks_or_spacing(quotes_eval, predicted, gold, verdict):
    assert quotes_eval.role_verdict(predicted, gold) == verdict
