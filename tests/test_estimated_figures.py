"""Agency reports give a figure as an official's or a body's judgement (``X را N برآورد / پیش‌بینی
کرد``): the figure is a quote; the same verbs with no figure provide for or reckon, and say
nothing. Every sentence is written for the test."""

from __future__ import annotations

import pytest

from tests.quoting import quote_holding, quotes_of, speaker_of


@pytest.mark.parametrize("sentence, claim, speaker", [
    ("کاوه صدری مدیرکل جهاد کشاورزی استان تعداد دام‌های واکسینه امسال را ۳ میلیون رأس پیش‌بینی کرد.",
     "دام‌های واکسینه امسال را ۳ میلیون رأس", "کاوه صدری"),
    ("سازمان هواشناسي ميزان بارش‌هاي پاييزي را 20 درصد كمتر از ميانگين بلندمدت پيش‌بيني كرد.",
     "بارش‌هاي پاييزي را 20 درصد", "سازمان هواشناسی"),  # the speaker is shown in Persian letters
    ("ستاد مدیریت بحران استان خسارت سیل اخیر را بیش از سیصد میلیارد ریال برآورد کرده است.",
     "خسارت سیل اخیر را بیش از سیصد میلیارد ریال", "ستاد مدیریت بحران استان"),
])
def test_a_figure_estimated_is_the_estimators_quote(sentence, claim, speaker):
    assert speaker_of(quotes_of(sentence), claim) == speaker


def test_an_estimate_joined_to_a_direct_quote_is_read_too():
    quotes = quotes_of("امیر کاظمی رئیس انجمن پسته ارزش صادرات پسته امسال را ۸۰۰ میلیون دلار برآورد کرد "
                       "و افزود: بازارهای تازه‌ای در آسیا پیدا شده است.")
    assert quote_holding(quotes, "۸۰۰ میلیون دلار").speaker == "امیر کاظمی"


@pytest.mark.parametrize("sentence", [
    "دولت در لایحه بودجه ۵۰۰ میلیارد تومان را برای بازسازی مدارس فرسوده پیش‌بینی کرده است.",
    "قانونگذار در این ماده مجازات سنگینی را برای متخلفان پیش‌بینی کرده است.",
    "کارشناسان شهرداری هزینه ساخت این پل را برآورد کردند و گزارش آن را فرستادند.",
])
def test_provision_or_reckoning_with_no_figure_is_no_quote(sentence):
    assert quotes_of(sentence) == []
