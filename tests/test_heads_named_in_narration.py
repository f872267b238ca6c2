"""A title nobody holds goes to the one person the narration says heads what it names: news names
a coach or a chair in a sentence that quotes nobody (``تیم ... با هدایت X``، ``جلسه شورا به ریاست
X``، ``X هدایت این تیم را بر عهده دارد``) and then quotes them by the title alone. Only when what
they head holds the office's own last word: another team's coach, or the head of another party
written in the same sentence, is not taken. Every sentence is written for the test."""

from __future__ import annotations

from tests.quoting import headed_quotes, quotes_of, speaker_of


def test_a_team_with_its_coach_named_after_with_guidance():
    quotes = quotes_of(
        "تیم ملی والیبال نشسته ایران با هدایت هادی رضایی، امروز راهی مسابقات جهانی شد.",
        "مرتضی مهرزاد، ملی‌پوش این تیم، گفت: همه بازیکنان برای قهرمانی آماده‌اند.",
        "سرمربی تیم ملی والیبال نشسته نیز گفت: بازی اول با برزیل سرنوشت‌ساز است.",
    )
    assert speaker_of(quotes, "بازی اول با برزیل") == "هادی رضایی"
    assert speaker_of(quotes, "همه بازیکنان") == "مرتضی مهرزاد"


def test_a_coach_said_to_have_taken_charge_of_the_team():
    quotes = headed_quotes(
        "صعود شهرداری گرگان به نیمه‌نهایی",
        "سرمربی تیم بسکتبال شهرداری گرگان گفت هدف تیمش قهرمانی است.",
        "تیم بسکتبال شهرداری گرگان دیشب حریفش را شکست داد. محسن کاظمی هدایت این تیم را از سه سال پیش بر عهده دارد.",
        "سرمربی شهرداری گرگان پس از بازی گفت: بازیکنانم تا دقیقه آخر جنگیدند.",
    )
    assert speaker_of(quotes, "هدف تیمش قهرمانی") == "محسن کاظمی"
    assert speaker_of(quotes, "تا دقیقه آخر") == "محسن کاظمی"


def test_a_council_session_chaired_by_its_head():
    quotes = quotes_of(
        "جلسه علنی شورای اسلامی شهر ساری صبح امروز به ریاست حسن نوری برگزار شد.",
        "زهرا عباسی، نایب‌رئیس شورا، گفت: بودجه حمل و نقل کافی نیست.",
        "رئیس شورای شهر ساری در پاسخ گفت: اتوبوس‌های جدید تا پایان سال می‌رسند.",
    )
    assert speaker_of(quotes, "اتوبوس‌های جدید") == "حسن نوری"


def test_another_teams_coach_named_with_guidance_is_not_taken():
    quotes = quotes_of(
        "تیم فوتبال استقلال با هدایت فرهاد مجیدی، در ورزشگاه آزادی به مصاف سپاهان رفت.",
        "سرمربی سپاهان پس از بازی گفت: داوری به ضرر ما بود.",
    )
    assert speaker_of(quotes, "داوری به ضرر") is None


def test_the_head_of_another_party_in_the_same_sentence_is_not_taken():
    quotes = quotes_of(
        "رئیس حزب سبز با بیان اینکه حزب آزادی به ریاست کارل برگمان، ائتلاف را ترک کرده است، گفت: انتخابات زودهنگام برگزار می‌شود.",
    )
    assert speaker_of(quotes, "انتخابات زودهنگام") is None
