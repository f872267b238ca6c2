"""A national team's title before an object («را»): the team is told by its sport, age group or
sex and country alone, so the first other word opens the object, not the role. Every sentence is
invented for the test.
"""

from __future__ import annotations

from quoting import headed_quotes, quote_holding


def test_a_national_coach_role_ends_on_the_country_before_the_object():
    quotes = headed_quotes(
        "ویلموتس: شایعه استعفا را رد می‌کنم",
        "مارک ویلموتس سرمربی تیم ملی فوتبال ایران شایعه استعفای خود از این سمت را تکذیب کرد.",
        "ویلموتس پس از تمرین گفت: من تا جام جهانی در ایران می‌مانم.")
    assert quote_holding(quotes, "تا جام جهانی").role == "سرمربی تیم ملی فوتبال ایران"


def test_a_national_coach_role_ends_on_the_team_before_a_list_announced():
    """``سرمربی تیم ملی بسکتبال فهرست ... را اعلام کرد و گفت ...``: a title only, whose object
    is the list, not the coach's office."""
    quotes = headed_quotes(
        "اعلام فهرست تیم ملی بسکتبال",
        "سرمربی تیم ملی بسکتبال فهرست دوازده بازیکن اردوی شیراز را اعلام کرد و گفت دو بازیکن جوان به تیم اضافه شده‌اند.")
    assert quote_holding(quotes, "دو بازیکن جوان").role == "سرمربی تیم ملی بسکتبال"


def test_the_age_group_and_a_two_word_country_stay_with_the_role():
    quotes = headed_quotes(
        "سرمربی کره جنوبی از بازیکنانش راضی است",
        "سرمربی تیم ملی زیر ۲۳ سال کره جنوبی عملکرد بازیکنانش را در این دیدار مثبت ارزیابی کرد.")
    assert quote_holding(quotes, "عملکرد بازیکنانش").role == "سرمربی تیم ملی زیر ۲۳ سال کره جنوبی"


def test_a_second_office_after_and_is_not_cut_off_at_the_national_team():
    """``مدافع تیم ملی و کاپیتان پرسپولیس``: و goes on to a second office, which stays."""
    quotes = headed_quotes(
        "تقدیم پیروزی به هواداران",
        "مدافع تیم ملی و کاپیتان پرسپولیس این پیروزی را به هواداران تقدیم کرد و گفت بازیکنان برای قهرمانی می‌جنگند.")
    assert quote_holding(quotes, "برای قهرمانی").role == "مدافع تیم ملی و کاپیتان پرسپولیس"
