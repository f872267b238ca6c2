"""An admission before که or a colon reports what was said (``وزیر در عین حال پذیرفت که CLAIM``),
as the referring verbs do; without them پذیرفت takes a thing (پیشنهاد را پذیرفت، دعوت را پذیرفت)
and reports nothing. Every sentence is written for the test."""

from __future__ import annotations

import pytest

from tests.quoting import quotes_of


@pytest.mark.parametrize("sentence, claim, speaker", [
    ("محمد صدری رئیس سازمان سنجش پذیرفت که برگزاری آزمون امسال با مشکلاتی همراه بوده است.",
     "برگزاری آزمون امسال با مشکلاتی همراه بوده است", "محمد صدری"),
    ("مهران فرجی مدیرکل راهداری استان در عین حال پذیرفت که خط‌کشی این جاده دیر انجام شده است.",
     "خط‌کشی این جاده دیر انجام شده است", "مهران فرجی"),
    ("رضا مرادي وزير آموزش و پرورش پذيرفت كه كمبود معلم در مدارس روستايي جدي است.",
     "كمبود معلم در مدارس روستايي جدي است", "رضا مرادی"),
    ("سارا کاظمی سرپرست تیم ملی می‌پذیرد که آماده‌سازی تیم کوتاه بوده است.",
     "آماده‌سازی تیم کوتاه بوده است", "سارا کاظمی"),
])
def test_an_admission_before_that_is_what_was_said(sentence, claim, speaker):
    quote, = quotes_of(sentence)
    assert (quote.kind, quote.text, quote.speaker) == ("indirect", claim, speaker)


def test_an_admission_before_a_colon_is_a_direct_quote():
    quote, = quotes_of("بهرام نوری مدیرعامل شرکت آب پذیرفت: قطعی‌های تابستان از پیش برنامه‌ریزی نشده بود.")
    assert (quote.kind, quote.speaker) == ("direct", "بهرام نوری")
    assert quote.text.startswith("قطعی‌های تابستان")


@pytest.mark.parametrize("sentence", [
    "شورای شهر پیشنهاد شهردار را پذیرفت و بودجه سال آینده تصویب شد.",
    "سرمربی جوان دعوت باشگاه را پذیرفت و از هفته آینده تمرینات تیم را بر عهده می‌گیرد.",
    "باید پذیرفت که فصل سختی پیش روی تیم است.",
    "درخواست‌های ثبت‌نام پس از پایان مهلت پذیرفته نمی‌شود.",
])
def test_without_that_it_takes_a_thing(sentence):
    assert quotes_of(sentence) == []
