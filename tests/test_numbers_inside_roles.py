"""A number inside an office is the office's: the line a service answers on (مدیر اورژانس ۱۱۵
استان همدان، مسئول صدای مشاور ۱۴۸۰ بهزیستی، رئیس مرکز اورژانس اجتماعی ۱۲۳) or a body's number
(دبیر کنگره ۶۵۰۰ شهید استان کرمان), with any digits, so the role runs past it to the speech verb.
A number that counts a unit or a time after it (۲ روز پیش، ۲۰ درصد) or opens the object still
ends the role. Every sentence is written for the test."""

from __future__ import annotations

import pytest

from tests.quoting import quote_holding, quotes_of


@pytest.mark.parametrize("paragraph, piece, speaker, role", [
    ("سارا قربانی، مسئول صدای مشاور ۱۴۸۰ بهزیستی گفت: بیشتر تماس‌ها درباره اختلافات زناشویی است.",
     "اختلافات زناشویی", "سارا قربانی", "مسئول صدای مشاور ۱۴۸۰ بهزیستی"),
    ("مدیر اورژانس 115 استان همدان گفت: 40 پایگاه جاده‌ای آماده خدمت‌رسانی است.",
     "پایگاه جاده‌ای", None, "مدیر اورژانس 115 استان همدان"),
    ("شهرام ملکی، رئیس مرکز اورژانس اجتماعی ۱۲۳ در حاشیه همایش ملی پیشگیری از خودکشی گفت: "
     "تماس‌ها با اورژانس اجتماعی بیشتر شده است.",
     "تماس‌ها", "شهرام ملکی", "رئیس مرکز اورژانس اجتماعی ۱۲۳"),
    ("رضا نادری دبیر ستاد کنگره ۳۰۰۰ شهید شهرستان دزفول گفت: کتاب خاطرات شهدا تا پایان سال چاپ می‌شود.",
     "کتاب خاطرات", "رضا نادری", "دبیر ستاد کنگره ۳۰۰۰ شهید شهرستان دزفول"),
])
def test_the_number_is_the_offices(paragraph, piece, speaker, role):
    quote = quote_holding(quotes_of(paragraph), piece)
    assert (quote.speaker, quote.role) == (speaker, role)


@pytest.mark.parametrize("paragraph, piece, role", [
    ("مهدی صفری مدیرکل بهزیستی استان قم ۲ روز پیش گفت: مراکز روزانه معلولان تعطیل نمی‌شوند.",
     "مراکز روزانه", "مدیرکل بهزیستی استان قم"),
    ("مهدی صفری مدیرکل بهزیستی استان قم ۲۰۰ پرونده جدید را بررسی کرد و گفت: پرونده‌ها تا ماه آینده بسته می‌شود.",
     "پرونده‌ها تا", "مدیرکل بهزیستی استان قم"),
])
def test_a_count_or_a_time_still_ends_the_role(paragraph, piece, role):
    assert quote_holding(quotes_of(paragraph), piece).role == role
