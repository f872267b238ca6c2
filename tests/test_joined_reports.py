"""Round 20, indirect recall: a second report joined to the first claim in one sentence.

``X گفت CLAIM و از CLAIM2 خبر داد``: the news is a quote of its own, and the first claim ends
before its و. Every sentence is written for the test.
"""

from __future__ import annotations

import pytest

from tests.quoting import quotes_of

SPEAKER = "مریم حسینی، مدیرکل بهزیستی استان،"


@pytest.mark.parametrize("verb, claim, news_cue, news", [
    ("گفت", "بودجه امسال دو برابر شده است", "خبر داد", "راه‌اندازی سامانه ثبت‌نام برخط متقاضیان"),
    ("می‌گوید", "صف انتظار مستمری معلولان امسال برچیده می‌شود", "خبر می‌دهد", "افتتاح سه مرکز توانبخشی"),
    ("اعلام كرد", "حقوق كاركنان از ابتداي سال افزايش مي‌يابد", "خبر داد", "تصويب طرح بيمه فراگير"),
    ("گفت که", "۲۵۰ خانوار اسکان داده شده‌اند", "خبر داد", "توزیع 3 هزار بسته غذایی"),
    ("تاکید کرد", "اعزام تیم به مسابقات قطعی است", "خبرداد", "برگزاری اردوی ۱۰ روزه در کرمانشاه"),
])
def test_news_joined_to_a_claim_is_a_quote_of_its_own(verb, claim, news_cue, news):
    quotes = quotes_of(f"{SPEAKER} {verb} {claim} و از {news} {news_cue}.")
    assert [(q.text, q.speaker) for q in quotes] == [(claim, "مریم حسینی"), (news, "مریم حسینی")]


def test_two_objects_of_one_news_verb_stay_one_claim():
    """No verb before the و: the news has two objects, not a claim before it."""
    quotes = quotes_of(f"{SPEAKER} از تصویب طرح بیمه و از آغاز ساخت مسکن مددجویان خبر داد.")
    assert [q.text for q in quotes] == ["تصویب طرح بیمه و از آغاز ساخت مسکن مددجویان"]
