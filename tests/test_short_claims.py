"""A short claim after a speech verb is as long whether its writer joined a word's parts with a
ZWNJ or a space: its words are counted at both. Every sentence is written for the test."""

from __future__ import annotations

import pytest

from tests.quoting import quotes_of

INTRO = "مهدی صفایی مدیرکل راه استان از پروژه‌های در دست ساخت بازدید کرد."


@pytest.mark.parametrize("sentence, claim", [
    ("وی گفت قیمت‌ها کاهش می‌یابد.", "قیمت‌ها کاهش می‌یابد"),
    ("وی گفت قیمت ها کاهش می یابد.", "قیمت ها کاهش می یابد"),
    ("صفایی اعلام کرد جاده‌ها بازگشایی شده‌اند.", "جاده‌ها بازگشایی شده‌اند"),
    ("صفایی اعلام کرد جاده ها بازگشایی شده اند.", "جاده ها بازگشایی شده اند"),
])
def test_a_short_claim_counts_its_words_whatever_joins_their_parts(sentence, claim):
    quote, = quotes_of(INTRO, sentence)
    assert (quote.kind, quote.text, quote.speaker) == ("indirect", claim, "مهدی صفایی")


def test_a_claim_of_three_whole_words_is_still_a_fragment():
    assert quotes_of(INTRO, "وی گفت کار تمام است.") == []
