"""A title-only quote in an article that names one person only: the title goes to that person when
they are the one speaking (a report often gives its speaker a second title), not when they are
only the story's subject or someone unnamed had the floor since, and the article gave them another
title: then the title is an official the report does not name. Every sentence is written for the test."""

from __future__ import annotations

from tests.quoting import headed_quotes, quotes_of, speaker_of


def test_a_title_after_an_unnamed_speaker_is_not_the_one_named_official():
    quotes = quotes_of(
        "مجید رستمی، مدیرکل ورزش استان، گفت: ۳۰۰ شناگر در این رقابت‌ها شرکت دارند.",
        "پدر یکی از شناگران گفت: استخر برای تماشاگران جا ندارد.",
        "به گفته سرپرست داوران، نتایج تا عصر اعلام می‌شود.")
    assert speaker_of(quotes, "نتایج تا عصر") is None
    assert speaker_of(quotes, "۳۰۰ شناگر") == "مجید رستمی"


def test_a_title_after_a_lead_that_only_tells_of_someone_is_not_theirs():
    quotes = headed_quotes(
        "پایان همکاری باشگاه و سرمربی",
        "کریم باقری سرمربی سابق تیم امروز با حضور در باشگاه قراردادش را فسخ کرد.",
        "مدیرعامل باشگاه درباره این جدایی گفت: همه مطالبات او پرداخت شده است.")
    assert speaker_of(quotes, "همه مطالبات") is None


def test_a_second_title_of_the_one_speaking_is_still_theirs():
    quotes = quotes_of(
        "حجت‌الاسلام احمد موسوی امام جمعه شهر در خطبه‌ها گفت: مردم در انتخابات شرکت کنند.",
        "نماینده ولی فقیه در استان افزود: دشمن از حضور مردم می‌ترسد.")
    assert speaker_of(quotes, "دشمن از حضور") == "احمد موسوی"


def test_a_title_of_an_untitled_story_subject_is_still_theirs():
    quotes = headed_quotes(
        "پایان همکاری باشگاه و سرمربی",
        "کریم باقری امروز با حضور در باشگاه قراردادش را فسخ کرد.",
        "سرمربی سابق تیم درباره این جدایی گفت: همه مطالبات من پرداخت شده است.")
    assert speaker_of(quotes, "همه مطالبات") == "کریم باقری"
