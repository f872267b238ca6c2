"""A role that points back to a body at its end (مدیرعامل این بانک، معاون فنی این شرکت) is shown
with the body's name as the article wrote it last before the quote, in the lead, a credit line or
an earlier sentence; kept as written when the article names two bodies of the kind there, names
none, writes the name running into an object, or the speaker is unnamed. Every sentence is
invented for the test.
"""

from __future__ import annotations

from quoting import headed_quotes, quote_holding, quotes_of


def test_a_body_named_in_the_lead_fills_the_role_that_points_back_to_it():
    quotes = headed_quotes(
        "عنوان خبر", "نشست خبری شرکت گاز استان سمنان روز دوشنبه برگزار شد.",
        "مهدی نظری، مدیرعامل این شرکت در این نشست گفت: شبکه گاز به ۴۰ روستای دیگر می‌رسد.")
    assert quote_holding(quotes, "روستای دیگر").role == "مدیرعامل شرکت گاز استان سمنان"


def test_a_credit_line_names_the_body_the_role_points_back_to():
    quotes = quotes_of(
        "به گزارش روابط عمومی بنیاد خیریه نور امید، فاطمه کاظمی، مدیرعامل این بنیاد گفت: "
        "امسال ۳۰۰ دانش‌آموز بورسیه شدند.")
    assert quote_holding(quotes, "بورسیه").role == "مدیرعامل بنیاد خیریه نور امید"


def test_the_pointing_word_inside_a_longer_role_is_filled_too():
    quotes = quotes_of(
        "دانشگاه علوم پزشکی ایلام از آغاز طرح غربالگری خبر داد.",
        "رضا نادری معاون درمان این دانشگاه گفت: غربالگری در همه شهرستان‌ها انجام می‌شود.")
    assert quote_holding(quotes, "غربالگری در").role == "معاون درمان دانشگاه علوم پزشکی ایلام"


def test_two_bodies_of_the_kind_where_it_was_last_named_keep_the_role_as_written():
    quotes = quotes_of(
        "بانک سپه و بانک رفاه در نمایشگاه شرکت کردند.",
        "ناصر یزدی مدیرعامل این بانک گفت: خدمات جدید معرفی می‌شود.")
    assert quote_holding(quotes, "خدمات جدید").role == "مدیرعامل این بانک"


def test_no_body_of_the_kind_named_keeps_the_role_as_written():
    quotes = quotes_of(
        "صادرات فرش در شش ماه نخست سال افزایش یافت.",
        "کامران پاکزاد مدیرعامل این شرکت گفت: بازار اروپا دوباره باز شده است.")
    assert quote_holding(quotes, "بازار اروپا").role == "مدیرعامل این شرکت"


def test_a_name_running_into_an_object_keeps_the_role_as_written():
    """``باشگاه نفت آبادان قرارداد سه بازیکن را``: where the club's name ends is not told."""
    quotes = quotes_of(
        "باشگاه نفت آبادان قرارداد سه بازیکن را تمدید کرد.",
        "جمشید بهادری مدیرعامل این باشگاه گفت: مذاکره با مربی ادامه دارد.")
    assert quote_holding(quotes, "مذاکره با مربی").role == "مدیرعامل این باشگاه"


def test_an_unnamed_speakers_description_keeps_its_pointing_word():
    quotes = quotes_of(
        "بیمارستان شهید بهشتی کاشان بخش جدید دیالیز را افتتاح کرد.",
        "به گفته مسئولان این بیمارستان، ۲۰ دستگاه دیالیز خریداری شده است.")
    quote = quote_holding(quotes, "دستگاه دیالیز")
    assert quote.speaker is None and quote.role == "مسئولان این بیمارستان"


def test_a_body_name_ends_on_its_province_whatever_follows_it():
    """``... استان ایلام | ۲۰ کیلومتر لوله``: a count after the name, but the province closes it."""
    quotes = quotes_of(
        "شرکت آب و فاضلاب استان ایلام ۲۰ کیلومتر لوله جدید نصب کرد.",
        "سعید مرادی مدیرعامل این شرکت گفت: نشت آب نصف شده است.")
    assert quote_holding(quotes, "نشت آب").role == "مدیرعامل شرکت آب و فاضلاب استان ایلام"


def test_a_body_name_ending_on_its_province_before_an_object_fills_the_role_too():
    quotes = quotes_of(
        "اداره کل ورزش و جوانان استان مازندران سالن‌های روستایی را بازسازی کرد.",
        "حسن طاهری مدیرکل این اداره کل افزود: ده سالن دیگر در راه است.")
    assert quote_holding(quotes, "ده سالن").role == "مدیرکل اداره کل ورزش و جوانان استان مازندران"


def test_a_body_named_only_in_another_speakers_quote_is_not_the_one_pointed_to():
    quotes = quotes_of(
        "رضا اردکانیان وزیر نیرو گفت: شرکت آب منطقه‌ای تهران باید مصرف را مدیریت کند.",
        "محمد پورزند مدیرعامل این شرکت در پاسخ گفت: مصرف ده درصد کم شده است.")
    assert quote_holding(quotes, "ده درصد").role == "مدیرعامل این شرکت"


def test_a_body_name_ends_before_the_verb_of_saying_it_runs_into():
    """``رئیس سازمان نظام مهندسی ساختمان گفت:``: the name ran up to the colon; the verb is not the name's."""
    quotes = quotes_of(
        "حسن رضایی رئیس سازمان نظام مهندسی ساختمان گفت: پروانه‌ها برخط صادر می‌شود.",
        "علی کریمی معاون این سازمان افزود: همه دفاتر به سامانه وصل شده‌اند.")
    assert quote_holding(quotes, "همه دفاتر").role == "معاون سازمان نظام مهندسی ساختمان"
