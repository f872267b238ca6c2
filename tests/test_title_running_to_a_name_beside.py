"""A title set before its holder's name between commas (``TITLE، NAME، ... گفت``) may run on past a
word that could open the predicate (شب، با): the words up to the comma are still the title's, and
the name beside it is the speaker, not whoever held a title like it before. A title that runs to a
comma with no name after it stays a title. Every sentence is written for the test.
"""

from __future__ import annotations

from quoting import quotes_of, quote_holding


def speaker_of(quotes, piece: str) -> tuple[str | None, str]:
    quote = quote_holding(quotes, piece)
    return quote.speaker, quote.ref


def test_a_title_running_past_a_time_word_to_a_name_is_that_names():
    quotes = quotes_of(
        "مرتضی کاظمی، نماینده پرستاران شیفت روز، به خبرنگار ما گفت: اضافه‌کاری سه ماه است پرداخت نشده.",
        "نماینده پرستاران شیفت شب، لیلا سعیدی، هم در ادامه گفت: بخش اورژانس شب‌ها دو پرستار کم دارد.")
    assert speaker_of(quotes, "اضافه‌کاری") == ("مرتضی کاظمی", "name")
    assert speaker_of(quotes, "بخش اورژانس") == ("لیلا سعیدی", "name")


def test_a_title_running_past_with_to_an_honoured_name_is_that_names():
    quotes = quotes_of(
        "دکتر بهرام نادری رئیس مرکز بهداشت استان گفت: واکسیناسیون از شنبه آغاز می‌شود.",
        "رئیس گروه بیماری‌های قابل پیشگیری با واکسن، دکتر سیمین فلاحی، نیز یادآور شد که واکسن برای همه رایگان است.")
    assert speaker_of(quotes, "واکسن برای همه") == ("سیمین فلاحی", "name")


def test_a_title_running_to_a_comma_with_no_name_after_it_stays_a_title():
    quotes = quotes_of(
        "بهرام نادری رئیس مرکز بهداشت استان گفت: واکسیناسیون از شنبه آغاز می‌شود.",
        "رئیس مرکز بهداشت استان شب گذشته، در جمع خبرنگاران گفت: واکسن برای همه رایگان است.")
    assert speaker_of(quotes, "واکسن برای همه") == ("بهرام نادری", "title")
