"""«همزمان» (at the same time) opening a sentence is a connective, not a subject: the body or
group after it speaks, not whoever was quoted before."""

from tests.quoting import quotes_of, speaker_of


def test_a_body_after_at_the_same_time_speaks():
    quotes = quotes_of("سعید رحمانی سرمربی تیم گفت: داور دو پنالتی ما را نگرفت.",
                       "همزمان کمیته داوران اعلام کرد: عملکرد داور بازی بررسی می‌شود.")
    assert speaker_of(quotes, "عملکرد داور") == "کمیته داوران"


def test_a_group_after_at_the_same_time_speaks_unnamed():
    quotes = quotes_of("سعید رحمانی مدیرکل بهزیستی گفت: این مرکز تعطیل نمی‌شود.",
                       "همزمان پرستاران این مرکز در نامه‌ای نوشتند: سه ماه است حقوق نگرفته‌ایم.")
    assert speaker_of(quotes, "سه ماه است") is None


def test_at_the_same_time_after_the_subject_leaves_the_speaker_as_he_was():
    quotes = quotes_of("سعید رحمانی سرمربی تیم گفت: داور دو پنالتی ما را نگرفت.",
                       "وی همزمان اعلام کرد: به رای کمیته اعتراض می‌کنیم.")
    assert speaker_of(quotes, "به رای کمیته") == "سعید رحمانی"
