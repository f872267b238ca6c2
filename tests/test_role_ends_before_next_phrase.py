"""A role ends where the next noun phrase opens: an adverb (هنوز) or an ordinal or superlative
(آخرین، بهترین) standing before the object's را or a copula is no part of a title's chain of
nouns, since those words stand before the noun they describe. Every sentence is invented for
the test.
"""

from __future__ import annotations

from quoting import headed_quotes, quote_holding, quotes_of


def test_a_lead_title_ends_before_an_ordinal_opening_the_object():
    """``مربی بدنساز تیم فوتبال ملوان | آخرین وضعیت بدنی بازیکنان را تشریح کرد``: the body's
    quote by the person the lead introduces carries the title without the object."""
    quotes = headed_quotes(
        "بازیکنان ملوان آماده‌اند",
        "مربی بدنساز تیم فوتبال ملوان آخرین وضعیت بدنی بازیکنان را تشریح کرد.",
        "به گزارش خبرنگار ما، حمید صفری درباره شرایط تیم اظهار داشت: بازیکنان از نظر بدنی آماده‌اند.")
    assert quote_holding(quotes, "از نظر بدنی").role == "مربی بدنساز تیم فوتبال ملوان"


def test_a_title_ends_before_a_copulas_predicate_opened_by_an_ordinal():
    """``مدیرکل ورزش و جوانان استان گیلان | نخستین سخنران این همایش بود``: the predicate is not
    the title."""
    quotes = quotes_of(
        "مدیرکل ورزش و جوانان استان گیلان نخستین سخنران این همایش بود که گفت: ده سالن ورزشی تا پایان سال افتتاح می‌شود.")
    assert quote_holding(quotes, "ده سالن").role == "مدیرکل ورزش و جوانان استان گیلان"


def test_a_lead_title_ends_before_an_adverb():
    """``مدافع پیشین ذوب‌آهن | هنوز تیم جدیدی را انتخاب نکرده``: هنوز opens the predicate."""
    quotes = headed_quotes(
        "آینده مبهم مدافع سابق ذوب‌آهن",
        "مدافع پیشین ذوب‌آهن هنوز تیم جدید خود را انتخاب نکرده است.",
        "به گزارش خبرنگار ما، رضا نیک‌پور در گفت‌وگو با ما گفت: با دو باشگاه مذاکره کرده‌ام.")
    assert quote_holding(quotes, "دو باشگاه").role == "مدافع پیشین ذوب‌آهن"


def test_an_ordinal_naming_the_event_an_office_is_for_stays_in_the_title():
    """``دبیر نهمین جشنواره ...`` (the ordinal after the office's head) and ``رئیس ستاد برگزاری
    نخستین المپیاد ...`` before a speech verb with no object: the ordinal names the event, part
    of the title."""
    quotes = quotes_of(
        "دبیر نهمین جشنواره فیلم ورزشی گفت: صد فیلم به دبیرخانه رسیده است.",
        "رئیس ستاد برگزاری نخستین المپیاد ورزشی دانش‌آموزان گفت: مسابقات در سه شهر برگزار می‌شود.")
    assert quote_holding(quotes, "صد فیلم").role == "دبیر نهمین جشنواره فیلم ورزشی"
    assert quote_holding(quotes, "سه شهر").role == "رئیس ستاد برگزاری نخستین المپیاد ورزشی دانش‌آموزان"
