"""A title set off by two commas after a full name in narration (X، سرمربی شهاب، وارد زمین شد) is
that person's role when the article quotes them later with no title, as Persian news introduces
people so. Not when the words between the commas are no title, hold a verb, «که» or را (the
sentence went on into its object), or no second comma closes them. Every sentence is written for
the test."""

from __future__ import annotations

import pytest

from tests.quoting import quote_holding, quotes_of


@pytest.mark.parametrize("opening, name, role", [
    ("این بازیکن در دقیقه ۶۷ به انتخاب رضا کاظمی، سرمربی تیم فوتبال شهاب، وارد زمین شد.",
     "رضا کاظمی", "سرمربی تیم فوتبال شهاب"),
    ("شب گذشته دکتر کامران نوری، متخصص قلب و عروق، مقابل خانه‌اش هدف حمله قرار گرفت.",
     "کامران نوری", "متخصص قلب و عروق"),
])
def test_a_title_between_commas_is_the_later_speakers_role(opening, name, role):
    surname = name.split()[-1]
    quote = quote_holding(quotes_of(opening, f"{surname} به خبرنگار ما گفت: شرایط امروز بهتر از گذشته است."),
                          "شرایط امروز")
    assert (quote.speaker, quote.role) == (name, role)


@pytest.mark.parametrize("opening", [
    # the sentence runs on into its object before the next comma
    "سعید نظری، سرمربی تیم فوتبال پیکان شکست تیمش را به بازیکنان حریف نسبت داد، اما داور را مقصر ندانست.",
    # a relative clause, not a title, between the commas
    "سعید نظری، که سال‌ها در این باشگاه بازی کرده، امروز به تمرین آمد.",
    # no title between the commas: a time and a place
    "سعید نظری، صبح امروز در ورزشگاه آزادی، با هواداران دیدار کرد.",
])
def test_no_title_unless_the_commas_set_one_off(opening):
    quote = quote_holding(quotes_of(opening, "نظری به خبرنگار ما گفت: شرایط امروز بهتر از گذشته است."),
                          "شرایط امروز")
    assert (quote.speaker, quote.role) == ("سعید نظری", None)
