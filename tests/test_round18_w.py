"""Round 18: a name as the registry lists it and as a user looks it up. Every sentence is
written for the test."""

from __future__ import annotations

from corpus.orthography import spelling_key
from quoting import quotes_of


def test_pur_written_apart_opens_the_surname_the_article_uses_alone():
    """کامران پور رستمی ... پور رستمی افزود: پور opens the surname پوررستمی, so the speaker is
    not «کامران‌پور رستمی», whom a search for پوررستمی would never find."""
    quotes = quotes_of(
        "به گزارش خبرنگار ما، کامران پور رستمی مدیرکل بهزیستی استان صبح امروز گفت: «ظرفیت مراکز کافی نیست.»",
        "پور رستمی افزود: باید مراکز تازه ساخته شود.")
    assert [spelling_key(q.speaker) for q in quotes] == [spelling_key("کامران پوررستمی")] * 2
    assert all(q.speaker.split()[-1].replace("\u200c", "") == "پوررستمی" for q in quotes)


def test_pur_written_apart_still_closes_a_surname_the_article_uses_so():
    """رضا علی پور ... علی پور افزود: here پور closes the surname علی‌پور."""
    quotes = quotes_of(
        "رضا علی پور، مدیرکل بهزیستی استان، گفت: «ظرفیت مراکز کافی نیست.»",
        "علی پور افزود: باید مراکز تازه ساخته شود.")
    assert [q.speaker for q in quotes] == ["رضا علی\u200cپور"] * 2


def test_a_role_ends_before_a_counted_time():
    """مدیرکل بهزیستی استان چند روز پیش گفت: «چند» counts the days, it is not the role's last word."""
    quotes = quotes_of(
        "کامران رستمی مدیرکل بهزیستی استان چند روز پیش به خبرنگاران گفت که ظرفیت مراکز کافی نیست.",
        "مدیرکل بهزیستی استان دو هفته قبل هم گفته بود که مراکز تازه ساخته می‌شود.")
    assert [q.role for q in quotes] == ["مدیرکل بهزیستی استان"] * 2
