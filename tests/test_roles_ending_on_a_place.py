"""A title with no comma after it ends on the place it names last (a country, a province, a city:
رئیس ... فلسطین، دبیر ... باشگاه نفت تهران), so the words after that place are the object a judge
weighs (... را بی‌اساس خواند) or the claim an according-to cue reports (به گفته X ROLE CLAIM), not
more of the role. Not when the place goes on (خراسان رضوی، تهران بزرگ، سفیر ایران در لندن), nor
before a word shaped as an adjective, which may be a paper's or a firm's name opening on a place
(ایران ورزشی). Every sentence is written for the test."""

from __future__ import annotations

import pytest

from tests.quoting import quote_holding, quotes_of


@pytest.mark.parametrize("paragraph, piece, role", [
    ("سخنگوی وزارت امور خارجه ایران ادعاهای آمریکا درباره برنامه هسته‌ای را بی‌اساس خواند.",
     "ادعاهای آمریکا", "سخنگوی وزارت امور خارجه ایران"),
    ("رئیس شورای شهر اصفهان تصمیم دولت برای افزایش قیمت بلیت مترو را عجولانه دانست.",
     "تصمیم دولت", "رئیس شورای شهر اصفهان"),
    ("سفیر ایران در لندن اقدام دولت انگلیس را غیرقانونی خواند.",
     "اقدام دولت انگلیس", "سفیر ایران در لندن"),
])
def test_a_judges_role_ends_on_its_place(paragraph, piece, role):
    quote = quote_holding(quotes_of(paragraph), piece)
    assert quote.role == role
    assert quote.text.startswith(piece)


def test_an_according_to_source_ends_on_its_place():
    paragraph = ("به گفته علی رضایی دبیر کمیته واگذاری باشگاه ذوب‌آهن اصفهان پیشنهادهای متعددی "
                 "به دست این کمیته رسیده است.")
    quote = quote_holding(quotes_of(paragraph), "به دست این کمیته")
    assert (quote.speaker, quote.role) == ("علی رضایی", "دبیر کمیته واگذاری باشگاه ذوب‌آهن اصفهان")
    assert quote.text.startswith("پیشنهادهای متعددی")


@pytest.mark.parametrize("paragraph, piece, role", [
    ("مدیرکل بهزیستی استان خراسان رضوی افزایش مستمری‌ها را ضروری دانست.",
     "افزایش مستمری‌ها", "مدیرکل بهزیستی استان خراسان رضوی"),
])
def test_a_place_that_goes_on_stays_in_the_role(paragraph, piece, role):
    assert quote_holding(quotes_of(paragraph), piece).role == role


def test_no_cut_before_a_name_opening_on_a_place():
    quotes = quotes_of("به گفته علی رضایی خبرنگار ایران ورزشی این بازیکن فصل آینده به استقلال می‌رود.")
    assert not any(quote.text.startswith("ورزشی") for quote in quotes)
