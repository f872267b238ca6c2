"""A speaker who reports a claim and then, in the same sentence, stresses or asks something more
(``اعلام کردند که CLAIM اما تاکید کردند که CLAIM2``، ``اعلام کرد که CLAIM و از Y خواست که CLAIM2``)
says two things: the first claim ends before the second verb, whose claim is a quote of its own, as
after ``و هشدار داد``. A verb of another form (``... و از کارفرما خواسته‌اند``) or a subject of its
own after the joiner (``اما مدیران می‌گویند``) is the claim's own clause. Every sentence is written
for the test."""

from __future__ import annotations

import pytest

from tests.quoting import quote_holding, quotes_of


@pytest.mark.parametrize("sentence, first, second, cue", [
    ("مدیران باشگاه در نامه‌ای اعلام کردند که برای تمدید قرارداد سرمربی آماده‌اند اما تاکید کردند که دستمزد او افزایش نمی‌یابد.",
     "برای تمدید قرارداد سرمربی آماده‌اند", "دستمزد او افزایش نمی‌یابد", "تاکید کردند"),
    ("فرهاد نیکنام گفت که تیمش برای صعود می‌جنگد ولی هشدار داد که بازیکنان مصدوم به بازی فردا نمی‌رسند.",
     "تیمش برای صعود می‌جنگد", "بازیکنان مصدوم به بازی فردا نمی‌رسند", "هشدار داد"),
    ("استاندار گیلان اعلام کرد که ساخت بیمارستان جدید رشت تا پایان سال تمام می‌شود و از پیمانکاران خواست که کار را در دو نوبت ادامه دهند.",
     "ساخت بیمارستان جدید رشت تا پایان سال تمام می‌شود", "کار را در دو نوبت ادامه دهند", "خواست"),
    ("رئيس اتحاديه نانوايان اعلام كرد كه قيمت نان تا پايان سال ثابت مي ماند و از نانوايان خواست كه كيفيت نان را كم نكنند.",  # Arabic ي/ك
     "قيمت نان تا پايان سال ثابت مي ماند", "كيفيت نان را كم نكنند", "خواست"),
])
def test_a_second_report_of_the_same_speaker_is_a_quote_of_its_own(sentence, first, second, cue):
    quotes = quotes_of(sentence)
    assert second not in quote_holding(quotes, first).text
    assert (quote_holding(quotes, second).kind, quote_holding(quotes, second).cue) == ("indirect", cue)


@pytest.mark.parametrize("sentence, claim", [
    ("نماینده کارگران گفت که کارگران سه ماه حقوق نگرفته‌اند و از کارفرما خواسته‌اند که مطالباتشان را بپردازد.",
     "کارگران سه ماه حقوق نگرفته‌اند و از کارفرما خواسته‌اند که مطالباتشان را بپردازد"),
    ("وزیر بهداشت گفت که واکسن رایگان است اما مردم می‌گویند که نوبت گرفتن دشوار است.",
     "واکسن رایگان است اما مردم می‌گویند که نوبت گرفتن دشوار است"),
])
def test_a_report_of_another_form_or_subject_stays_in_the_claim(sentence, claim):
    assert quote_holding(quotes_of(sentence), claim.split(" و ")[0].split(" اما ")[0]).text == claim
