"""A role ending on a bare «استان» (مدیرکل غله ... استان، به گفته مدیرکل بهزیستی استان) stands for
the province the article named in the person's title elsewhere: it is shown with the place, after
the unit (مدیرکل غله و خدمات بازرگانی استان گلستان) or in its stead (مدیرکل بهزیستی مازندران), the
fullest form of the office the round-24 guide asks for. A title with another office's words keeps
its bare unit. Every sentence is written for the test."""

from __future__ import annotations

from tests.quoting import headed_quotes, quote_holding, quotes_of


def test_the_unit_takes_the_place_named_after_it():
    quotes = headed_quotes("عنوان خبر", "مدیرکل تعاون، کار و رفاه اجتماعی استان سمنان گفت: ۲۰۰ کارگاه بیمه شدند.",
                           "مجید رحیمی، مدیرکل تعاون، کار و رفاه اجتماعی استان، افزود: بازرسی کارگاه‌ها ادامه دارد.")
    assert quote_holding(quotes, "بازرسی کارگاه‌ها").role == "مدیرکل تعاون، کار و رفاه اجتماعی استان سمنان"


def test_the_unit_stands_for_the_province_named_alone():
    quotes = quotes_of("مدیرکل بهزیستی گیلان، نسرین امینی، گفت: ۹۰ کودک به خانواده‌ها سپرده شدند.",
                       "به گفته مدیرکل بهزیستی استان، دوره‌های آموزشی برای متقاضیان اجباری شد.")
    assert quote_holding(quotes, "دوره‌های آموزشی").role == "مدیرکل بهزیستی گیلان"


def test_another_offices_title_keeps_the_bare_unit():
    quotes = quotes_of("مدیرکل بهزیستی گیلان، نسرین امینی، گفت: ۹۰ کودک به خانواده‌ها سپرده شدند.",
                       "معاون امور اجتماعی بهزیستی استان، رضا کاظمی، افزود: مراکز شبه‌خانواده کم است.")
    assert quote_holding(quotes, "شبه‌خانواده").role == "معاون امور اجتماعی بهزیستی استان"
