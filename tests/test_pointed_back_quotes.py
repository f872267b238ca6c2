"""A quote before its speech verb, pointed back at by the verb's object (``«QUOTE» این را X گفت``,
``"QUOTE" این را X گفته است``): X said it, whatever mark parts the quote from the object, and
straight marks hold words said only in this shape (elsewhere they name a site, a film). Every
sentence is written for the test."""

from __future__ import annotations

import pytest

from tests.quoting import quotes_of


@pytest.mark.parametrize("paragraph, words, speaker", [
    ("«ما برای قهرمانی آمده‌ایم و از هیچ تیمی نمی‌ترسیم.» این را فرهاد مجیدی سرمربی استقلال پس از تمرین دیروز گفت.",
     "ما برای قهرمانی آمده‌ایم و از هیچ تیمی نمی‌ترسیم.", "فرهاد مجیدی"),
    ("\"کتابخانه‌های روستا تا پایان سال به اینترنت وصل می‌شوند.\" این را مریم کاظمی مدیرکل کتابخانه‌های استان گفته است.",
     "کتابخانه‌های روستا تا پایان سال به اینترنت وصل می‌شوند.", "مریم کاظمی"),
    ("\"دولت هیچ برنامه‌ای برای افزایش قیمت نان ندارد\" این را سعید رضوانی سخنگوی ستاد تنظیم بازار گفت.",
     "دولت هیچ برنامه‌ای برای افزایش قیمت نان ندارد", "سعید رضوانی"),
])
def test_a_quote_pointed_back_at_is_the_speakers_after_the_object(paragraph, words, speaker):
    assert [(q.kind, q.text, q.speaker) for q in quotes_of(paragraph)] == [("guillemet", words, speaker)]


@pytest.mark.parametrize("paragraph", [
    "به گزارش \"خبرنامه ورزشی شهر\" تیم فردا راهی تبریز می‌شود و مربیان این را به بازیکنان گفته‌اند.",
    "فیلم \"روزهای بی‌قراری پدر\" این روزها در سینماهای تهران اکران می‌شود و کارگردان آن گفت که راضی است.",
])
def test_words_in_straight_marks_not_pointed_back_at_are_no_quote(paragraph):
    assert all(q.kind != "guillemet" for q in quotes_of(paragraph))
