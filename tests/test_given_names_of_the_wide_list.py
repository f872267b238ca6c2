"""A name whose first word only the wide given-name list holds (مهسا، کامبیز، هیوا، پرستو),
written whole in the sentence, refers to the speaker by name: the ref type users see beside
each quote. A surname in two words whose first is a nisba (هاشمی رفسنجانی) stays a surname.
Every sentence is written for the test.
"""

from __future__ import annotations

import pytest

from quoting import quote_holding, quotes_of


@pytest.mark.parametrize("sentence, piece, name", [
    ("مهسا قربانی، معاون پیشگیری بهزیستی استان، گفت: تماس‌های خط مشاوره دو برابر شده است.",
     "تماس‌های خط", "مهسا قربانی"),
    ("كامبيز ستاري رئيس اتاق بازرگاني شهر در نشست خبري گفت: صادرات امسال ۲۰ درصد كم شد.",
     "صادرات امسال", "کامبیز ستاری"),
    ("هیوا رستمی، سرپرست تیم، پس از بازی گفت که بازیکنان تا آخرین دقیقه جنگیدند.",
     "بازیکنان تا", "هیوا رستمی"),
    ("پرستو نیک‌نام بازیگر این نمایش درباره نقشش می‌گوید: هر شب بعد از اجرا خسته‌ام.",
     "هر شب بعد", "پرستو نیک‌نام"),
])
def test_a_wide_list_given_name_before_a_surname_is_a_name(sentence, piece, name):
    quote = quote_holding(quotes_of(sentence), piece)
    assert (quote.speaker, quote.ref) == (name, "name")


def test_a_nisba_opening_a_two_word_surname_is_no_given_name():
    """هاشمی رفسنجانی alone is a surname though the wide list holds هاشمی as a given name."""
    quote = quote_holding(quotes_of("هاشمی رفسنجانی در دیدار با دانشجویان گفت: دانشگاه باید آزاد باشد."),
                          "دانشگاه باید")
    assert (quote.speaker, quote.ref) == ("هاشمی رفسنجانی", "surname")
