"""A club's former name set in parentheses inside a sport role («سرمربی تیم استیل آذین (گهر دورود
سابق)»): a reminder of which club the team was, no part of the office. A role set in parentheses
whole, or a holy name's honorific, stays. Every sentence is invented for the test.
"""

from __future__ import annotations

from quoting import quote_holding, quotes_of


def test_the_former_name_after_the_name_and_comma_is_left_out():
    quotes = quotes_of("کامران نوری، سرمربی تیم فوتبال آرمان لرستان (فجر بروجرد سابق) در جمع خبرنگاران گفت: "
                       "برای ماندن در لیگ می‌جنگیم.")
    assert quote_holding(quotes, "ماندن در لیگ").role == "سرمربی تیم فوتبال آرمان لرستان"


def test_the_former_name_in_a_role_before_the_name_is_left_out():
    quotes = quotes_of("مدافع تیم فوتبال بهمن کرج (کاوه پیشین)، یاسر مقدم اظهار داشت: هواداران را ناامید نمی‌کنیم.")
    quote = quote_holding(quotes, "ناامید نمی‌کنیم")
    assert (quote.speaker, quote.role) == ("یاسر مقدم", "مدافع تیم فوتبال بهمن کرج")


def test_a_role_set_in_parentheses_whole_stays():
    """``X (سرمربی سابق ...)``: the parenthesis is the role itself, though it ends on سابق."""
    quotes = quotes_of("حمید امینی (سرمربی سابق صنعت قزوین) گفت: داوری ایراد داشت.")
    assert quote_holding(quotes, "داوری ایراد").role == "سرمربی سابق صنعت قزوین"


def test_an_honorific_in_parentheses_stays_in_the_role():
    quotes = quotes_of("مدیر ورزشگاه امام رضا (ع) مشهد گفت: چمن ورزشگاه تعویض شد.")
    assert "مشهد" in quote_holding(quotes, "چمن ورزشگاه").role
