"""A title nobody holds whose head is a rank every body has (رئیس، مدیرعامل، معاون، سخنگو) is the
speaker of the moment's only when the words after the head share something with their office: the
رئیس اتاق اصناف is not the رئیس دانشگاه ... who spoke last, nor the مدیرعامل of one club the
مدیرعامل of another. The head says the rank, the words after it the office. A title pointing back
to the story (مدیرکل این اداره کل), one written with the office's body shorter (معاون شهردار of the
معاون ... شهرداری) and a sole office (سرمربی سرخپوشان: a team has many names) stay with the
speaker. Every sentence is written for the test."""

from __future__ import annotations

from tests.quoting import quotes_of, speaker_of


def test_the_head_of_another_body_is_not_the_speaker_of_the_moment():
    quotes = quotes_of(
        "علی مرادی، فرماندار کاشان، گفت: محدودیت‌های تردد تا پایان هفته ادامه دارد.",
        "دکتر نسرین افشار، رئیس دانشگاه علوم پزشکی کاشان، گفت: بخش مراقبت‌های ویژه پر شده است.",
        "بازاریان شهر اما از تعطیلی گلایه دارند. رئیس اتاق اصناف شهرستان گفت: مغازه‌داران سه ماه است درآمدی ندارند.",
    )
    assert speaker_of(quotes, "مراقبت‌های ویژه") == "نسرین افشار"
    assert speaker_of(quotes, "سه ماه است درآمدی") is None


def test_the_chief_executive_of_another_club_is_not_the_speaker_of_the_moment():
    quotes = quotes_of(
        "مهدی فرجی، سرمربی شهاب، گفت: بازیکنانم تا دقیقه آخر جنگیدند.",
        "کامبیز نوروزی، مدیرعامل باشگاه شهاب، پس از بازی گفت: داور دو پنالتی ما را نگرفت.",
        "مدیرعامل پیکان در پاسخ گفت: نتیجه در زمین مشخص شد و اعتراض آنها وارد نیست.",
    )
    assert speaker_of(quotes, "دو پنالتی") == "کامبیز نوروزی"
    assert speaker_of(quotes, "اعتراض آنها وارد") is None


def test_a_title_pointing_back_to_the_story_stays_with_the_speaker():
    quotes = quotes_of(
        "پرویز سلیمانی، مدیرکل بهزیستی استان سمنان، گفت: ۴۰۰ کودک در مراکز شبانه‌روزی زندگی می‌کنند.",
        "مدیرکل این اداره کل افزود: ۱۲۰ خانواده برای فرزندخواندگی ثبت‌نام کرده‌اند.",
    )
    assert speaker_of(quotes, "۱۲۰ خانواده") == "پرویز سلیمانی"


def test_a_deputy_named_by_the_body_written_shorter_stays_with_the_speaker():
    quotes = quotes_of(
        "مریم توکلی، معاون خدمات شهری و محیط زیست شهرداری، گفت: ۲۰۰ سطل زباله جدید نصب شد.",
        "وی افزود: تفکیک زباله از مبدأ در سه محله آغاز شده است.",
        "معاون شهردار تاکید کرد شهروندان زباله را پس از ساعت ۹ شب بیرون بگذارند.",
    )
    assert speaker_of(quotes, "پس از ساعت ۹") == "مریم توکلی"


def test_a_head_of_the_same_body_stays_with_the_speaker():
    quotes = quotes_of(
        "سعید رحمانی، رئیس اداره ورزش و جوانان شهرستان، گفت: سالن جدید تا پایان سال افتتاح می‌شود.",
        "رئیس اداره ورزش شهرستان ادامه داد: زمین چمن مصنوعی هم در دست ساخت است.",
    )
    assert speaker_of(quotes, "زمین چمن") == "سعید رحمانی"
