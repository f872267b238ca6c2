"""A sport's name whose last word reads as a verb (دو و میدانی: میدانی as می‌دانی, "you know"), and
a compound adjective written apart whose first half does (شگفتی ساز), go on inside a role, as
حمل و نقل does; a real verb after a role still ends it. Every sentence is invented for the test.
"""

from __future__ import annotations

from quoting import quote_holding, quotes_of


def test_the_federation_of_athletics_is_the_role_whole():
    quotes = quotes_of("بهرام نیکخواه رئیس فدراسیون دو و میدانی در نشست خبری گفت: دو دونده سهمیه گرفتند.")
    assert quote_holding(quotes, "سهمیه گرفتند").role == "رئیس فدراسیون دو و میدانی"


def test_the_national_athletics_team_goes_on_to_its_country_in_arabic_letters():
    quotes = quotes_of("مربی تیم ملی دو و ميداني ايران، سهيل رحيمي گفت: رکورد ملی شکسته می‌شود.")
    assert quote_holding(quotes, "رکورد ملی").role == "مربی تیم ملی دو و میدانی ایران"


def test_the_verb_after_a_role_still_ends_it():
    quotes = quotes_of("رضا کریمی مربی تیم که خوب میدانی چقدر زحمت کشیده گفت: تیم آماده است.")
    assert quote_holding(quotes, "تیم آماده").role == "مربی تیم"


def test_a_compound_adjective_written_apart_goes_on_in_the_role():
    """``تیم شگفتی ساز``: شگفتی reads as a verb alone, but a stem that makes adjectives follows it."""
    quotes = quotes_of("بهروز صادقی سرمربی تیم شگفتی ساز لیگ یک پس از بازی گفت: بازیکنانم خسته بودند.")
    assert quote_holding(quotes, "خسته بودند").role == "سرمربی تیم شگفتی ساز لیگ یک"


def test_a_compound_adjective_in_arabic_letters_before_the_name():
    quotes = quotes_of("مهاجم شگفتي آفرين صنعت نفت، كاوه رضايي گفت: هنوز به فرم اصلی نرسیده‌ام.")
    assert quote_holding(quotes, "فرم اصلی").role == "مهاجم شگفتی آفرین صنعت نفت"


def test_a_verb_with_no_adjective_stem_after_it_still_ends_the_role():
    quotes = quotes_of("رضا کریمی مربی تیم که خوب نشستی گفت: تیم آماده است.")
    assert quote_holding(quotes, "تیم آماده").role == "مربی تیم"
