"""Words a speaker cites inside his own running words are his: a paragraph going on from his quote
that cites someone in passing (``به تعبیر X «...»``, ``X می‌فرمایند: ...``, an answer that tells
``X به ما گفت «...»`` after its own first sentence, ``مرتب می‌گفت`` recalled) is his direct quote,
and the one cited takes no floor, so the ``وی افزود`` after it is his too (ANNOTATION.md drops
quotes inside quotes). A paragraph that opens on ``X به ما گفت`` or ``X می‌گفتند`` is a report
bringing in its next speaker, and a reporter's question reporting someone quotes that one.
Every sentence is written for the test.
"""

from __future__ import annotations

import pytest

from quoting import quotes_of, speaker_of

MINISTER = "کاظم نوری، وزیر فرهنگ در پیامی به مناسبت روز کتاب گفت: کتاب پایه هر پیشرفتی در جامعه است."
AFTER = "وی افزود: کتابخانه‌های عمومی روستاها امسال دو برابر می‌شوند."


@pytest.mark.parametrize("paragraph, piece", [
    ("خواندن چراغ راه آدمی است، و به تعبیر استاد محمدتقی جعفری «کتاب دریچه‌ای به سوی جهان است».",
     "کتاب دریچه‌ای به سوی جهان"),
    ("در همین زمینه امام صادق (ع) می‌فرمایند: «دانش گنجی است که کلید آن پرسش است».",
     "دانش گنجی است که کلید"),
    ("در همين زمينه امام صادق (ع) مي‌فرمايند: «دانش گنجي است كه كليد آن پرسش است».",
     "دانش گنجي است كه كليد"),
])
def test_a_citation_in_a_running_speech_is_the_speakers(paragraph, piece):
    """The paragraph cites in passing while the minister's words run on: his, and so is وی."""
    quotes = quotes_of(MINISTER, paragraph, AFTER)
    assert speaker_of(quotes, piece) == "کاظم نوری"
    assert speaker_of(quotes, "کتابخانه‌های عمومی روستاها") == "کاظم نوری"


def test_an_answer_that_tells_what_it_was_told_after_its_own_sentence():
    """A dashed answer: its own first sentence, then ``X به ما گفت «...»``: still the answer."""
    quotes = quotes_of(
        "مهدی صفری، دبیر انجمن صنفی نانوایان استان در جمع خبرنگاران گفت: آرد یارانه‌ای به موقع نمی‌رسد.",
        "- آیا اداره غله به شکایت‌های شما پاسخ داده است؟",
        "- هیچ پاسخی نداده‌اند. حسن رضایی معاون اداره غله به ما گفت «سهمیه استان از تهران ابلاغ نشده است»؛ یعنی کاری از دستشان برنمی‌آید.",
        "وی افزود: ده نانوایی در هفته گذشته تعطیل شدند.")
    assert speaker_of(quotes, "سهمیه استان از تهران") == "مهدی صفری"
    assert speaker_of(quotes, "ده نانوایی در هفته") == "مهدی صفری"


def test_a_recollection_in_arabic_letters_after_the_speakers_own_sentence():
    """``... . پدرم مرتب مي‌گفت كه ...`` going on from the speaker's quote: hers, ي/ك and all."""
    quotes = quotes_of(
        "فرزانه كريمي، قهرمان دوي استقامت بانوان كشور گفت: اين مدال را به پدرم تقديم مي‌كنم.",
        "او اولين مربي من بود. پدرم مرتب مي‌گفت كه هيچ مسابقه‌اي با تسليم شدن برده نمي‌شود.",
        "كريمي افزود: براي بازي‌هاي آسيايي آماده مي‌شوم.")
    assert speaker_of(quotes, "هيچ مسابقه‌اي با تسليم") == "فرزانه کریمی"  # speakers come out in Persian letters


@pytest.mark.parametrize("paragraph, piece, speaker", [
    ("سمیرا احمدی، کتابدار کتابخانه مرکزی شهر، به ما گفت: «بیشتر مراجعان ما دانش‌آموزان هستند».",
     "بیشتر مراجعان ما دانش‌آموزان", "سمیرا احمدی"),
    ("شماری از ناشران که در نمایشگاه حضور داشتند، می‌گفتند فروش کتاب امسال نصف شده است.",
     "فروش کتاب امسال نصف", None),
    ("سمیرا احمدی، کتابدار کتابخانه مرکزی به ما گفت که بودجه خرید کتاب نصف شده است. پاسخ شما چیست؟",
     "بودجه خرید کتاب نصف", "سمیرا احمدی"),
])
def test_a_report_bringing_in_its_next_speaker_keeps_them(paragraph, piece, speaker):
    """Opening the paragraph, ``X به ما گفت`` and ``X می‌گفتند`` are the report's (ما its
    reporters), and a question reporting X quotes X: none of them is the minister's."""
    assert speaker_of(quotes_of(MINISTER, paragraph), piece) == speaker
