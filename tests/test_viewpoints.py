"""``از نگاه X، CLAIM``، ``از دیدگاه X، CLAIM``، ``از منظر X، CLAIM`` report X's view as ``به باور
X`` does, when X surely names someone; and a name set off by commas after the source's role
(``به گفته ROLE، NAME، CLAIM``) is the source's, not the claim's. Every sentence is written for
the test."""

from __future__ import annotations

import pytest

from tests.quoting import quotes_of


@pytest.mark.parametrize("sentence, claim, speaker", [
    ("از نگاه بهرام بیضایی، تئاتر ایران در سال‌های اخیر از مخاطب عام فاصله گرفته است.",
     "تئاتر ایران در سال‌های اخیر از مخاطب عام فاصله گرفته است", "بهرام بیضایی"),
    ("از منظر محمدرضا لطفی، موسیقی سنتی بدون آموزش سینه به سینه از میان می‌رود.",
     "موسیقی سنتی بدون آموزش سینه به سینه از میان می‌رود", "محمدرضا لطفی"),
    ("از ديدگاه نايب رئيس فدراسيون فوتبال، حسين كريمي، تيم ملي با تغيير نسل موفقي روبه رو است.",
     "تيم ملي با تغيير نسل موفقي روبه رو است", "حسین کریمی"),
    ("به گفته نایب رئیس فدراسیون کشتی، حسن رنگرز، اردوی تیم ملی از هفته آینده برگزار می‌شود.",
     "اردوی تیم ملی از هفته آینده برگزار می‌شود", "حسن رنگرز"),
])
def test_a_view_or_saying_of_someone_named_is_theirs(sentence, claim, speaker):
    quote, = quotes_of(sentence)
    assert (quote.kind, quote.text, quote.speaker) == ("indirect", claim, speaker)


@pytest.mark.parametrize("sentence", [
    "از نگاه فنی، این خودرو هیچ مشکلی برای تولید انبوه ندارد.",
    "از منظر اقتصادی، طرح یارانه‌ها تورم را بالا برده است.",
    "از نگاه یک شهروند عادی، خدمات شهری در این محله سال‌هاست که فراموش شده است.",
])
def test_the_writers_own_angle_is_no_view_of_anyone(sentence):
    assert quotes_of(sentence) == []


def test_a_list_of_names_after_the_role_is_the_claims():
    quote, = quotes_of("به گفته مدیرکل بهزیستی، مریم احمدی، زهرا رضایی و سارا کریمی در این طرح پذیرفته شده‌اند.")
    assert quote.text == "مریم احمدی، زهرا رضایی و سارا کریمی در این طرح پذیرفته شده‌اند"


# Round 23: از نظر / از دید / به نظر X name a view too, but as often a measure ("in terms of").
@pytest.mark.parametrize("sentence, claim, speaker", [
    ("از نظر پرویز دهداری مربی پیشکسوت فوتبال، تیم امید برای صعود به المپیک به یک دفاع منسجم نیاز دارد.",
     "تیم امید برای صعود به المپیک به یک دفاع منسجم نیاز دارد", "پرویز دهداری"),
    ("از دید مهدی کاظمی، شکار غیرمجاز مهمترین تهدید پلنگ ایرانی است.",
     "شکار غیرمجاز مهمترین تهدید پلنگ ایرانی است", "مهدی کاظمی"),
    ("به نظر فاطمه رحیمی، کتابخانه‌های روستایی باید تا دیروقت باز بمانند.",
     "کتابخانه‌های روستایی باید تا دیروقت باز بمانند", "فاطمه رحیمی"),
])
def test_a_view_by_nazar_or_did_of_a_person_is_theirs(sentence, claim, speaker):
    quote, = quotes_of(sentence)
    assert (quote.kind, quote.text, quote.speaker) == ("indirect", claim, speaker)


def test_a_view_by_nazar_of_him_is_the_one_the_report_is_about():
    quote, = quotes_of("ناصر حجازی پیشکسوت فوتبال در برنامه ورزشی تلویزیون حاضر شد. به نظر او آینده دروازه تیم ملی روشن است.")
    assert (quote.text, quote.speaker) == ("آینده دروازه تیم ملی روشن است", "ناصر حجازی")


@pytest.mark.parametrize("sentence", [
    "از نظر مالی، این باشگاه توان پرداخت قرارداد بازیکنان خارجی را ندارد.",
    "رژیم را هرچند از نظر شاخص‌ها و نهادهای مادی، قوی و شکست‌ناپذیر بنماید ضربه‌پذیر می‌بیند.",
    "به نظر می‌رسد بازار خودرو تا پایان سال آرام بماند.",
])
def test_nazar_as_a_measure_is_no_view_of_anyone(sentence):
    assert quotes_of(sentence) == []


def test_a_view_asked_about_before_a_colon_is_the_questions():
    quotes = quotes_of("وی در پاسخ به خبرنگاری که پرسید از نظر او تیم ملی به جام جهانی می‌رسد یا نه، گفت: ما تمام تلاشمان را می‌کنیم.")
    assert [q.text for q in quotes] == ["ما تمام تلاشمان را می‌کنیم."]
