"""Two or more people take turns, and the first comes back, called by title only, in another form of
the title the article first gave them: the company's kind word left out (مدیرعامل آب منطقه‌ای of the
مدیرعامل شرکت آب منطقه‌ای استان ...), or only the office their title gave after a و (دبیر ستاد ... of
the معاون ... و دبیر ستاد ...). Someone else had the floor in between, so no guess from the speaker
of the moment reaches them: the title must be read as theirs. A title of another company, or a
word after و that opens no office (امور فرهنگی و جوانان), is no one's. Every sentence is written
for the test."""

from __future__ import annotations

from tests.quoting import quotes_of, speaker_of


def test_a_company_title_without_its_kind_word_is_the_first_speakers():
    quotes = quotes_of(
        "بهزاد صالحی، مدیرعامل شرکت گاز استان سمنان، در نشست خبری گفت: ۱۲ روستای دیگر امسال گازرسانی می‌شود.",
        "فرماندار دامغان، کاوه رحیمی، هم گفت: گازرسانی به روستاهای کوهستانی اولویت ماست.",
        "مدیرعامل گاز استان در پایان تاکید کرد: مشترکان دمای خانه را از ۱۸ درجه بالاتر نبرند.",
    )
    assert speaker_of(quotes, "دمای خانه را از ۱۸") == "بهزاد صالحی"


def test_a_second_office_after_and_is_the_first_speakers():
    quotes = quotes_of(
        "رضا کامرانی، معاون امور اجتماعی استانداری و دبیر ستاد ساماندهی کودکان کار استان، گفت: ۳۰۰ کودک کار شناسایی شده‌اند.",
        "مهری، مادر یکی از این کودکان، به خبرنگار ما گفت: پسرم برای خرج خانه کار می‌کند.",
        "دبیر ستاد ساماندهی کودکان کار در پایان یادآور شد: خانواده‌های این کودکان مستمری می‌گیرند.",
    )
    assert speaker_of(quotes, "خانواده‌های این کودکان مستمری") == "رضا کامرانی"


def test_the_head_of_another_company_is_nobody_named():
    quotes = quotes_of(
        "بهزاد صالحی، مدیرعامل شرکت گاز استان سمنان، گفت: ۱۲ روستای دیگر امسال گازرسانی می‌شود.",
        "فرماندار دامغان، کاوه رحیمی، هم گفت: گازرسانی به روستاهای کوهستانی اولویت ماست.",
        "مدیرعامل توزیع برق استان نیز گفت: خاموشی در زمستان نداریم.",
    )
    assert speaker_of(quotes, "خاموشی در زمستان") is None


def test_a_field_of_the_first_office_after_and_is_no_second_office():
    quotes = quotes_of(
        "رضا کامرانی، معاون امور فرهنگی و جوانان اداره کل ورزش استان، گفت: ۲۰ سالن ورزشی نیمه‌کاره است.",
        "مهری، مادر یکی از ورزشکاران، به خبرنگار ما گفت: دخترم جایی برای تمرین ندارد.",
        "دبیر هیئت جوانان استان گفت: کلاس‌های تابستانی رایگان است.",
    )
    assert speaker_of(quotes, "کلاس‌های تابستانی رایگان") != "رضا کامرانی"
