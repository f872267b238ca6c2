"""Fars, an Iranian agency, writes ``ایران`` alone as a state that speaks (``ایران خواستار ... شد``،
``ایران اعلام کرد که ...``) as it writes any other country; ایران ends a person's name, never a
state's. Every sentence is written for the test."""

from __future__ import annotations

import pytest

from tests.quoting import quotes_of, speaker_of


@pytest.mark.parametrize("sentence, claim", [
    ("ایران خواستار آزادی فوری ملوانان بازداشت‌شده در خلیج عدن شد.", "آزادی فوری ملوانان"),
    ("ایران اعلام کرد که برنامه هسته‌ای این کشور کاملا صلح‌آمیز است.", "برنامه هسته‌ای این کشور"),
    ("ايران هشدار داد كه به هرگونه تجاوز پاسخ قاطع مي‌دهد.", "به هرگونه تجاوز"),
])
def test_iran_alone_before_a_speech_verb_is_the_state_speaking(sentence, claim):
    assert speaker_of(quotes_of("کاوه صدری وزیر نیرو گفت: خط لوله آماده بهره‌برداری است.", sentence), claim) == "ایران"


def test_iran_winning_a_match_says_nothing():
    assert quotes_of("ایران در این دیدار ژاپن را با دو گل شکست داد.") == []
