"""A paper, a site or an agency that speaks is given its kind as its role, the way the news gives
a person's office beside the name (روزنامه مارکا نوشت: role روزنامه). Every sentence is invented
for the test.
"""

from __future__ import annotations

from quoting import quote_holding, quotes_of


def test_a_paper_speaking_has_its_head_as_its_role():
    quotes = quotes_of("روزنامه گاتزتا نوشت: یوونتوس برای جذب یک هافبک ایرانی پیشنهاد داده است.")
    quote = quote_holding(quotes, "هافبک ایرانی")
    assert (quote.speaker, quote.role) == ("روزنامه گاتزتا", "روزنامه")


def test_the_adjectives_of_origin_and_kind_after_the_head_belong_to_the_role():
    """``روزنامه ورزشی اسپانیایی آس``: a sports paper from Spain, whose name is آس."""
    quotes = quotes_of("روزنامه ورزشی اسپانیایی آس مدعی شد که رئال مادرید به دنبال یک مدافع چپ است.",
                       "سایت اینترنتی گل‌نیوز هم نوشت: مذاکرات در جریان است.")
    assert quote_holding(quotes, "مدافع چپ").role == "روزنامه ورزشی اسپانیایی"
    assert quote_holding(quotes, "مذاکرات در جریان").role == "سایت اینترنتی"


def test_a_name_made_only_of_adjectives_is_all_name():
    """``روزنامه جمهوری اسلامی``, ``روزنامه همشهری``: no word of the name is left to be the kind's."""
    quotes = quotes_of("روزنامه جمهوری اسلامی نوشت: دولت باید درباره گرانی پاسخ دهد.",
                       "روزنامه همشهری نیز نوشت: شهرداری طرح تازه‌ای دارد.")
    assert quote_holding(quotes, "درباره گرانی").role == "روزنامه"
    assert quote_holding(quotes, "طرح تازه").role == "روزنامه"


def test_a_body_that_is_no_outlet_gets_no_role_from_its_name():
    """``باشگاه استقلال`` speaking: a club, whose name says no kind of outlet."""
    quotes = quotes_of("باشگاه استقلال با صدور بیانیه‌ای اعلام کرد: هیچ بازیکنی بدون اجازه باشگاه حق مصاحبه ندارد.")
    assert quote_holding(quotes, "حق مصاحبه").role is None
