"""Someone quoted by their trade alone (``امدادگر هلال احمر گفت``، ``راننده تاکسی خط ... می‌گوید``)
is an unnamed speaker with that trade as the role, not a person named by its words; a name after
the trade is the speaker's, and the trade, run into with no comma, is their role. Trades that are
common surnames too (کشاورز، کارگر) are left out. Every sentence is written for the test."""

import pytest

from quoting import quotes_of

CLAIM = "کمک‌های مردمی به روستاهای سیل‌زده رسیده و چادرها تا شب برپا می‌شود."


def speaker_and_role(paragraph: str) -> tuple[str | None, str | None]:
    [quote] = quotes_of(paragraph)
    return quote.speaker, quote.role


@pytest.mark.parametrize("trade", ["امدادگر هلال احمر", "بهورز خانه بهداشت روستا", "راننده اتوبوس شهری",
                                   "سرپرستار بخش اطفال", "نانوای محله", "همراه یکی از بیماران"])
def test_a_trade_alone_is_an_unnamed_speakers_role(trade):
    assert speaker_and_role(f"{trade} گفت: {CLAIM}") == (None, trade)


def test_a_name_after_a_trade_is_the_speaker_and_the_trade_the_role():
    assert speaker_and_role(f"صادرکننده زعفران مهدی کاظمی گفت: {CLAIM}") == ("مهدی کاظمی", "صادرکننده زعفران")


def test_a_trade_run_into_after_a_name_is_the_role():
    assert speaker_and_role(f"حسین جعفری اقتصاددان گفت: {CLAIM}") == ("حسین جعفری", "اقتصاددان")


def test_a_trade_that_is_a_common_surname_stays_a_name():
    """کشاورز is left out: ``رضا کشاورز گفت`` names رضا کشاورز."""
    assert speaker_and_role(f"رضا کشاورز، مدیر مدرسه روستا، گفت: {CLAIM}") == ("رضا کشاورز", "مدیر مدرسه روستا")
