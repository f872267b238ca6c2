"""A dateline opening the lead or a paragraph («خرم‌آباد - ...»، «تهران- ایرنا- ...»، «شیراز/ ...»،
«گروه اقتصادی - ...»، «۱۲ آذر ۱۳۹۸ - ...») sets off the place, agency, desk or date of the item
before the sentence's own subject: it is never the speaker's name. A name or a role set off by
dashes (``علی دایی - سرمربی سایپا - گفت``) is the speaker, and a place that opens no speaker's
sentence is left as it was. Every sentence is written for the test."""

from __future__ import annotations

import pytest

from tests.quoting import quote_holding, quotes_of


@pytest.mark.parametrize("paragraph, role, piece", [
    ("ایلام - مدیرکل بهزیستی استان ایلام گفت: ۸۰۰ سالمند تنها در استان شناسایی شده‌اند.",
     "مدیرکل بهزیستی استان ایلام", "۸۰۰ سالمند"),
    ("میانه - آذربایجان شرقی - رئیس پلیس راه میانه گفت: محور میانه به زنجان از امشب بسته می‌شود.",
     "رئیس پلیس راه میانه", "محور میانه"),
    ("بجنورد/ فرماندار بجنورد از آغاز ساخت ۲ مدرسه در روستاهای مرزی خبر داد.",
     "فرماندار بجنورد", "آغاز ساخت ۲ مدرسه"),
    ("دزفول (خوزستان) – دبیر شورای آموزش و پرورش دزفول گفت: سرویس مدارس رایگان می‌شود.",
     "دبیر شورای آموزش و پرورش دزفول", "سرویس مدارس"),
    ("گروه ورزشی - سرمربی تیم ملی کشتی گفت: اردوی تیم از شنبه در تهران آغاز می‌شود.",
     "سرمربی تیم ملی کشتی", "اردوی تیم"),
    ("۳ بهمن ۱۴۰۰ - رئیس سازمان مدیریت بحران گفت: ۱۰ استان در وضعیت هشدار برف هستند.",
     "رئیس سازمان مدیریت بحران", "وضعیت هشدار"),
    ("خرم آباد - سرپرست اداره كل امور عشاير لرستان گفت: کوچ عشایر دو هفته زودتر آغاز شد.",  # a space for ZWNJ, Arabic ك
     "سرپرست اداره کل امور عشایر لرستان", "کوچ عشایر"),
])
def test_a_dateline_is_no_speakers_name(paragraph, role, piece):
    quote = quote_holding(quotes_of(paragraph), piece)
    assert (quote.speaker, quote.role) == (None, role)


def test_the_name_after_a_dateline_is_the_speaker():
    quote = quote_holding(quotes_of(
        "ساری - حمید نوروزی مدیرکل منابع طبیعی مازندران گفت: ۲۰۰ هکتار جنگل امسال احیا شد."), "۲۰۰ هکتار")
    assert (quote.speaker, quote.role) == ("حمید نوروزی", "مدیرکل منابع طبیعی مازندران")


def test_a_title_pointing_back_keeps_the_official_of_the_dateline_sentence():
    quotes = quotes_of("رفسنجان - مدیرکل راهداری استان کرمان گفت: ۳ محور کوهستانی بازگشایی شد.",
                       "مدیر این اداره‌کل افزود: برف‌روبی محورهای فرعی ادامه دارد.")
    assert [quote.speaker for quote in quotes] == [None, None]


@pytest.mark.parametrize("paragraph, speaker, piece", [
    ("علی دایی - سرمربی سایپا - پس از بازی گفت: بازیکنانم امروز جنگیدند.", "علی دایی", "جنگیدند"),
    ("کاظمی- مدیرکل بهزیستی استان- در این نشست گفت: خیرین ۴ مرکز ساختند.", "کاظمی", "خیرین ۴ مرکز"),
])
def test_a_name_set_off_by_dashes_is_the_speaker(paragraph, speaker, piece):
    assert quote_holding(quotes_of(paragraph), piece).speaker == speaker


def test_a_dateline_before_narration_makes_no_quote():
    assert quotes_of("تهران - ایرنا - بارش باران امروز ترافیک بزرگراه‌های پایتخت را سنگین کرد.") == []


@pytest.mark.parametrize("paragraph, role, piece", [
    ("ایسنا/آذربایجان غربی مدیرکل دامپزشکی استان گفت: واکسیناسیون دام‌ها از فردا آغاز می‌شود.",
     "مدیرکل دامپزشکی استان", "واکسیناسیون دام‌ها"),
    ("ايسنا/ سيستان و بلوچستان استاندار سیستان و بلوچستان گفت: آب شرب ۵۰ روستا تامین شد.",  # Arabic ي
     "استاندار سیستان و بلوچستان", "آب شرب"),
])
def test_a_province_after_an_agencys_tag_is_the_datelines_place(paragraph, role, piece):
    quote = quote_holding(quotes_of(paragraph), piece)
    assert (quote.speaker, quote.role) == (None, role)


def test_a_name_after_an_agencys_tag_and_province_is_the_speaker():
    quote = quote_holding(quotes_of("ایسنا/گیلان مهدی نوری رئیس جهاد کشاورزی گیلان گفت: برداشت برنج آغاز شد."),
                          "برداشت برنج")
    assert quote.speaker == "مهدی نوری"


def test_an_agencys_tag_and_province_before_narration_make_no_quote():
    assert quotes_of("ایسنا/کرمان زلزله‌ای به بزرگی ۵ ریشتر امروز شهر راور را لرزاند.") == []
