"""A complaint, criticism, a promise, a guarantee or a worry voiced before که reports what was said,
as گله کرد and وعده داد do (``نماینده گلایه کرد که CLAIM``); without که they take a person or a
topic (``از داوری انتقاد کرد``، ``امنیت را تضمین کرد``) and report nothing. Every sentence is
written for the test."""

from __future__ import annotations

import pytest

from tests.quoting import quotes_of


@pytest.mark.parametrize("sentence, claim, speaker", [
    ("منصور قاسمی نماینده مردم بروجن پس از جلسه گلایه کرد که وزارت نیرو هنوز سهمیه آب کشاورزان را اعلام نکرده است.",
     "وزارت نیرو هنوز سهمیه آب کشاورزان را اعلام نکرده است", "منصور قاسمی"),
    ("پرویز مظلومی سرمربی تیم در نشست خبری انتقاد کرد که سازمان لیگ برنامه بازی‌ها را سه بار تغییر داده است.",
     "سازمان لیگ برنامه بازی‌ها را سه بار تغییر داده است", "پرویز مظلومی"),
    ("رضا فاطمی مدیرکل بهزیستی استان قول داد که مستمری خانواده‌های تحت پوشش از ماه آینده افزایش یابد.",
     "مستمری خانواده‌های تحت پوشش از ماه آینده افزایش یابد", "رضا فاطمی"),
    ("ناصر ملکی رئیس هیئت فوتبال استان تضمین کرد که هیچ تیمی بدون مجوز حرفه‌ای در لیگ دسته اول بازی نمی‌کند.",
     "هیچ تیمی بدون مجوز حرفه‌ای در لیگ دسته اول بازی نمی‌کند", "ناصر ملکی"),
    ("كاوه مرادي كارشناس منابع آب ابراز نگراني كرد كه سفره‌هاي زيرزميني دشت همدان تا پنج سال ديگر خالي شود.",
     "سفره‌هاي زيرزميني دشت همدان تا پنج سال ديگر خالي شود", "کاوه مرادی"),
])
def test_a_complaint_or_promise_before_that_is_what_was_said(sentence, claim, speaker):
    quote, = quotes_of(sentence)
    assert (quote.kind, quote.text, quote.speaker) == ("indirect", claim, speaker)


@pytest.mark.parametrize("sentence", [
    "سرمربی تیم پس از بازی از داوری انتقاد کرد و بدون مصاحبه ورزشگاه را ترک کرد.",
    "پلیس امنیت مسابقات فینال را در ورزشگاه تضمین کرد و تماشاگران بدون مشکل به خانه رفتند.",
    "راننده به او قول داد زمینه را برای رفتنش به شهر فراهم کند و فردا صبح راه افتادند.",
])
def test_without_that_they_take_a_person_or_a_topic(sentence):
    assert quotes_of(sentence) == []
