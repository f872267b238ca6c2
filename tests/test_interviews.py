"""Issue 17p, pronouns and implied subjects: whom an answer, a وی or a bare ``افزود:`` means.
Every sentence is written for the test.
"""

from __future__ import annotations

from corpus.document import Quote
from quoting import quotes_of


def speakers(quotes: list[Quote]) -> list[tuple[str, str | None]]:
    return [(quote.where, quote.speaker) for quote in quotes]


def test_the_reports_own_interview_frame_is_no_quote_and_gives_the_interviewee_the_floor():
    """``با X، ROLE، گفت‌وگو کردیم.`` after a quote running to its paragraph's end is the report
    telling whom it interviewed, not the last speaker going on: the answers that follow are X's."""
    quotes = quotes_of(
        "مهدی سلطانی، مدیر شبکه بهداشت شهرستان، در مراسم افتتاح گفت: این مرکز از ماه آینده به بیماران دیابتی خدمات می‌دهد.",
        "یکی از مراجعان به خبرنگار ما گفت: پارسال برای هر آزمایش باید تا شهر می‌رفتیم و یک روز کامل از کار می‌ماندیم.",
        "پس از مراسم با دکتر نسرین یوسفی، متخصص غدد و مسئول مرکز تازه، گفت‌وگو کردیم.",
        "روزانه چند بیمار را می‌توانید ببینید؟",
        "در هفته‌های اول روزی سی بیمار را می‌پذیریم و اگر پرستار دوم بیاید، این عدد را دو برابر می‌کنیم.",
    )
    assert speakers(quotes) == [("body:0", "مهدی سلطانی"), ("body:1", None), ("body:4", "نسرین یوسفی")]


def test_an_answer_after_the_report_quotes_someone_else_is_still_the_interviewees():
    """A printed interview that quotes others between its questions (``در همین حال، X به
    خبرنگار ما گفت ...``): the answer to the next question is the interviewee's, who answered
    the questions before, not the last one quoted."""
    quotes = quotes_of(
        "مینا رستمی، دونده ۲۴ ساله تیم ملی، پس از بازگشت از مسابقات آسیایی در گفت‌وگو با خبرنگار ما از برنامه‌هایش گفت.",
        "خبرنگار: بعد از رسیدن به خط پایان چه حسی داشتید؟",
        "رستمی: هنوز باورم نمی‌شود. همه این سال‌ها را در ذهنم مرور کردم و فقط به خانواده‌ام فکر می‌کردم.",
        "در همین حال، کامران صدری، رئیس هیئت دوومیدانی استان، به خبرنگار ما گفت: پیست شهر تا پایان سال بازسازی می‌شود و اعتبار آن تامین شده است.",
        "خبرنگار: حرف آخر؟",
        "از همه کسانی که در این سال‌ها کنارم بودند تشکر می‌کنم و امیدوارم در المپیک هم مدال بگیرم.",
    )
    assert speakers(quotes) == [("body:2", "مینا رستمی"), ("body:3", "کامران صدری"), ("body:5", "مینا رستمی")]


def test_an_interview_told_inside_someones_quotation_gives_nobody_the_floor():
    """``«ما با X، ROLE، گفت‌وگو کردیم»`` inside a quotation is the speaker's words, not the report
    telling whom it interviewed: X is no interviewee, and the ``وی افزود`` after it is still the speaker's."""
    quotes = quotes_of(
        "مریم احمدی، مدیرکل کار استان، در جمع خبرنگاران گفت: کارخانه از ماه آینده دوباره باز می‌شود و همه کارگران به سر کار برمی‌گردند.",
        "تاکید او بر اینکه «ما با مهندس حسن کریمی، مدیرعامل کارخانه، گفت‌وگو کردیم» خانواده‌های کارگران را امیدوار کرده است.",
        "وی افزود: حقوق معوقه کارگران هم تا پایان ماه پرداخت می‌شود.",
    )
    assert speakers(quotes)[-1] == ("body:2", "مریم احمدی")


def test_the_interviewee_met_after_the_body_quoted_someone_is_not_the_headlines_speaker():
    """The lead's title (``مدیر شبکه بهداشت گفت``) means the body's first speaker, who has the
    same title and no name there (only its surname at the end); the specialist the report interviews further down
    is someone else."""
    quotes = quotes_of(
        "مدیر شبکه بهداشت شهرستان در آیین افتتاح این مرکز گفت: تا امروز بیماران دیابتی برای هر آزمایش باید تا مرکز استان می‌رفتند.",
        "پس از مراسم با دکتر نسرین یوسفی، متخصص غدد و مسئول مرکز تازه، گفت‌وگو کردیم.",
        "روزانه چند بیمار را می‌توانید ببینید؟",
        "در هفته‌های اول روزی سی بیمار را می‌پذیریم و اگر پرستار دوم بیاید، این عدد را دو برابر می‌کنیم.",
        "سلطانی در پایان از خیرین قدردانی کرد و گفت: بدون کمک مردم این مرکز دست‌کم دو سال دیرتر باز می‌شد.",
        lead="مدیر شبکه بهداشت شهرستان گفت: نخستین مرکز درمان دیابت شهرستان از هفته آینده بیمار می‌پذیرد.",
    )
    by_field = dict(speakers(quotes))
    assert by_field["lead"] != "نسرین یوسفی" and by_field["body:3"] == "نسرین یوسفی"
