"""A surname that is a weekday (عبدالله جمعه): right after a given name of the kept list, with no
part of the day or qualifier after it, the weekday is the surname; with one (جمعه گذشته، شنبه شب)
it is the time. Every sentence is written for the test.
"""

from __future__ import annotations

import pytest

from quoting import quotes_of, speaker_of

@pytest.mark.parametrize("paragraphs, piece, name", [
    (["عبدالله جمعه روز گذشته در نشست خبری گفت: واردات برنج امسال کم می‌شود."],
     "واردات برنج", "عبدالله جمعه"),
    (["حسن جمعه مدیرعامل شرکت آب منطقه‌ای گفت: ذخایر سدها به نیمه رسیده است."],
     "ذخایر سدها", "حسن جمعه"),
    (["رضا شنبه دیروز در جلسه شورا اظهار داشت: طرح ترافیک اصلاح می‌شود."], "طرح ترافیک", "رضا شنبه"),
    # the older spelling (Arabic ي/ك, no ZWNJ), and a part of the day that is today's (صبح امروز)
    (["علي جمعه صبح امروز در جمع كشاورزان گفت: خريد تضميني گندم ادامه دارد."], "خريد تضميني", "علی جمعه"),
    # the same person later by the weekday alone
    (["عبدالله جمعه مدیرکل غله استان در این نشست حضور داشت.", "جمعه در ادامه گفت: ذخیره گندم کافی است."],
     "ذخیره گندم", "عبدالله جمعه"),
])
def test_a_weekday_after_a_given_name_is_the_surname(paragraphs, piece, name):
    assert speaker_of(quotes_of(*paragraphs), piece) == name


@pytest.mark.parametrize("paragraphs, piece, name", [
    # a part of the day or a qualifier after the weekday: the time phrase
    (["علی کریمی بازیکن سابق تیم ملی است.", "علی جمعه گذشته در برنامه زنده گفت: فدراسیون باید پاسخ دهد."],
     "فدراسیون باید", "علی کریمی"),
    (["مریم رضایی سی سال معلم بوده است.", "مریم شنبه شب به ما گفت: کلاس‌ها سرد است."], "کلاس‌ها سرد", "مریم رضایی"),
    # after a surname, a weekday is the time as ever
    (["محسن رضایی شنبه در نشست خبری گفت: دولت باید پاسخ دهد."], "دولت باید", "محسن رضایی"),
    # روز of the wide list is no given name opening such a name
    (["رئیس اداره راه استان روز جمعه در بازدید از جاده گفت: کار آسفالت تمام شد."], "کار آسفالت", None),
])
def test_a_weekday_of_the_time_phrase_is_no_surname(paragraphs, piece, name):
    assert speaker_of(quotes_of(*paragraphs), piece) == name
