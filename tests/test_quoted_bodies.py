"""``به نقل از X، CLAIM`` (ANNOTATION.md, round 21): a body or an official quoted with a claim that
has no cue of its own says the claim; an outlet quoted so is the article's credit. Every sentence
is written for the test."""

from __future__ import annotations

import pytest

from tests.quoting import quotes_of


@pytest.mark.parametrize("sentence, speaker, claim", [
    ("به نقل از پلیس راهور استان، محدودیت‌های ترافیکی از ساعت ۱۸ امروز اجرا می‌شود.",
     "پلیس راهور استان", "محدودیت‌های ترافیکی از ساعت ۱۸ امروز اجرا می‌شود"),
    ("همچنین به نقل از باشگاه نفت، قرارداد دو بازیکن خارجی تیم برای یک فصل دیگر تمدید شد.",
     "باشگاه نفت", "قرارداد دو بازیکن خارجی تیم برای یک فصل دیگر تمدید شد"),
    ("به نقل از سازمان هواشناسي، سامانه بارشي تازه از روز شنبه وارد كشور مي شود.",
     "سازمان هواشناسی", "سامانه بارشي تازه از روز شنبه وارد كشور مي شود"),
])
def test_a_body_quoted_with_a_claim_says_it(sentence, speaker, claim):
    quote, = quotes_of(sentence)
    assert (quote.kind, quote.cue, quote.text, quote.speaker, quote.speaker_type) == (
        "indirect", "به نقل از", claim, speaker, "organisation")


@pytest.mark.parametrize("sentence", [
    "به نقل از روزنامه شرق‌نامه، قیمت نان در شهرهای شمالی دو برابر شده است.",  # an outlet: a credit
    "به نقل از خبرگزاری آوا، قیمت نان در شهرهای شمالی دو برابر شده است.",
    "به نقل از سازمان آمار در سه ماهه نخست، قیمت نان دو برابر شده است.",  # where the source ends is unclear
])
def test_an_outlet_quoted_with_a_claim_is_a_credit(sentence):
    assert quotes_of(sentence) == []


def test_a_claim_with_its_own_speaker_is_that_speakers():
    quote, = quotes_of("به نقل از اداره ورزش استان، مدیرکل ورزش استان گفت که سالن تازه تا پایان سال افتتاح می‌شود.")
    assert (quote.cue, quote.text) == ("گفت", "سالن تازه تا پایان سال افتتاح می‌شود")
