"""A title-only judge whose clause goes on past the role with a phrase of when or after what, closed
by a comma, before the judged object («سرمربی دنا شیراز پس از شکست مقابل پارسه، داوری را عامل
شکست دانست»): the role ended where that phrase opens, so it is whole and is not cut to a shorter
title the article uses later, and the claim starts after the comma. A list's commas after a role
that ran into the object are no such phrase. Every sentence is invented for the test.
"""

from __future__ import annotations

from quoting import headed_quotes, quote_holding


def test_the_lead_role_before_an_after_phrase_is_whole():
    quotes = headed_quotes(
        "عنوان خبر",
        "سرمربی سپیدرود رشت پس از شکست خانگی مقابل شهرداری، داور را مقصر اصلی شکست دانست.",
        "سرمربی سپیدرود در نشست خبری گفت: بازیکنانم تا آخر جنگیدند.")
    lead = quote_holding(quotes, "مقصر اصلی")
    assert lead.role == "سرمربی سپیدرود رشت"
    assert lead.text.startswith("داور را")


def test_the_body_takes_the_whole_lead_title_of_the_named_speaker():
    quotes = headed_quotes(
        "کاظم رحیمی: داوری به ضرر ما بود",
        "کاپیتان شاهین بوشهر در پایان تمرین امروز، شرایط تیم را امیدوارکننده توصیف کرد.",
        "کاپیتان شاهین گفت: برای ماندن در لیگ می‌جنگیم.")
    assert quote_holding(quotes, "ماندن در لیگ").role == "کاپیتان شاهین بوشهر"


def test_a_role_run_into_a_listed_object_is_still_cut():
    """``مسئول ... انار هاری، کیست ... را برشمرد``: the role ran into the list, cut as before."""
    quotes = headed_quotes(
        "عنوان خبر", "",
        "احمد رضایی مسئول شبکه دامپزشکی شهرستان انار گفت: سگ‌ها واکسینه شدند.",
        "مسئول شبکه دامپزشکی شهرستان انار هاری، سالک و کیست را از بیماری‌های مشترک برشمرد.")
    assert quote_holding(quotes, "سالک").role == "مسئول شبکه دامپزشکی شهرستان انار"
