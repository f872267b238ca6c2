"""A law, an article of a law, a bill or scripture written as the subject of a speech verb is cited,
not speaking (ANNOTATION.md: only people and bodies speak): its clause is no one's quote, neither
the text's nor whoever spoke last, and inside a speaker's quote the words stay the speaker's. A body
that really speaks (شورای نگهبان، کمیسیون ...) and a text a clause makes its object stay as they
were. Each case is one invented article."""

from __future__ import annotations

import pytest

from tests.quoting import quotes_of, speaker_of

SPOKE_BEFORE = "محمد کریمی معاون وزیر کشور گفت: انتخابات در موعد مقرر برگزار می‌شود و هیچ تغییری در زمان آن نخواهد بود."


def _said_by(quotes, piece: str) -> list[str | None]:
    """Who said each quote holding ``piece`` (empty when no quote holds it)."""
    return [quote.speaker for quote in quotes if piece in quote.text]


@pytest.mark.parametrize("sentence, piece", [
    # a law as the subject of a present speech verb
    ("قانون اساسی تصریح می‌کند که دولت موظف است امکانات آموزش رایگان را برای همه فراهم کند.", "آموزش رایگان"),
    # an article of a law, its number and the law's name after it
    ("ماده ۲۲ قانون کار می‌گوید کارفرما باید مزد کارگر را در پایان هر ماه بپردازد.", "پایان هر ماه"),
    # a bill pointed back to, in the perfect
    ("این لایحه تصریح کرده است که سقف افزایش حقوق کارکنان ۲۰ درصد باشد.", "سقف افزایش حقوق"),
    # scripture, with the honorific verb
    ("قرآن کریم می‌فرماید که مؤمنان برادر یکدیگرند و باید با هم مهربان باشند.", "برادر یکدیگرند"),
    # older spelling: Arabic ي/ك, a space for ZWNJ
    ("آيين نامه اجرايي اين قانون پيش بيني كرده است كه شهرداريها سهمي از عوارض را به حمل و نقل عمومي بدهند.",
     "حمل و نقل عمومي"),
    # a law's article holding the words, with a colon and a quotation mark
    ("در اصل ۱۱۰ قانون اساسی آمده است: «تعیین سیاست‌های کلی نظام از وظایف رهبری است.»", "سیاست‌های کلی نظام"),
    # a text after به گفته
    ("به گفته ماده 5 آیین‌نامه آموزشی، دانشجو نمی‌تواند بیش از دو بار مشروط شود.", "دو بار مشروط"),
    # a text past an adverbial, with an object of its own in the verb before
    ("در همین بند، آیین‌نامه انضباطی ورود تلفن همراه به سالن امتحان را منع کرده و اعلام کرده است که هر تخلفی در این راه "
     "موجب محرومیت است.", "در این راه موجب"),
])
def test_a_text_as_the_subject_is_no_ones_quote(sentence, piece):
    assert all(speaker is None for speaker in _said_by(quotes_of(SPOKE_BEFORE, sentence), piece))


def test_a_text_cited_inside_a_speech_stays_the_speakers():
    quotes = quotes_of("علی رضایی نماینده مردم تهران در مجلس گفت: قانون اساسی تصریح می‌کند که همه مردم "
                       "در برابر قانون برابرند و این اصل باید اجرا شود.")
    assert speaker_of(quotes, "باید اجرا شود") == "علی رضایی"


@pytest.mark.parametrize("sentence, piece, speaker", [
    # a body named after a law speaks
    ("شورای نگهبان اعلام کرد که لایحه بودجه با قانون اساسی مغایرت دارد.", "مغایرت دارد", "شورای نگهبان"),
    ("کمیسیون اقتصادی مجلس اعلام کرد که این لایحه تا پایان هفته بررسی می‌شود.", "تا پایان هفته بررسی",
     "کمیسیون اقتصادی مجلس"),
    # a person whose office names a law
    ("دبیر ستاد اجرای قانون حجاب علی رحیمی گفت: این قانون از ماه آینده اجرا می‌شود.", "از ماه آینده اجرا",
     "علی رحیمی"),
    # a person speaking by a law
    ("بر اساس ماده ۱۵ قانون شوراها، علی اکبری رئیس شورای شهر اعلام کرد که جلسات شورا علنی است.",
     "جلسات شورا علنی", "علی اکبری"),
])
def test_a_body_or_a_person_beside_a_law_still_speaks(sentence, piece, speaker):
    assert speaker_of(quotes_of(sentence), piece) == speaker


def test_a_text_the_clause_makes_its_object_is_no_subject():
    quotes = quotes_of("حسن نوروزی نماینده مجلس با اشاره به سخنان مهدی فراهانی، عضو شورای شهر، که پیش‌تر "
                       "لایحه بودجه سال آینده را «غیرواقعی» خوانده بود، گفت: این لایحه باید اصلاح شود.")
    assert speaker_of(quotes, "باید اصلاح شود") == "حسن نوروزی"
