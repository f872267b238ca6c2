"""Two offices joined by و: a report gives someone both once (مشاور وزیر ورزش و مدیرکل ...) and
calls them by the second after; each of their quotes shows both. Not when the first is an
office's head alone sharing the second's complement (عضو و رئیس کمیته ...). Every sentence is
invented for the test.
"""

from __future__ import annotations

from quoting import headed_quotes, quote_holding, quotes_of


def test_the_second_of_two_offices_is_shown_with_the_first():
    """The lead calls him by his second office, a body sentence by both: the quotes by name, by
    surname and by the lead's title show both offices."""
    quotes = headed_quotes(
        "برگزاری اردوی تیم ملی در کیش",
        "مدیرکل امور بانوان وزارت ورزش و جوانان می‌گوید که اردوی تیم ملی هفته آینده برگزار می‌شود.",
        "به گزارش خبرنگار ما، مهدی صالحی در این باره اظهار داشت: هزینه اردو تامین شده است.",
        "معاون وزیر ورزش و مدیرکل امور بانوان وزارت ورزش و جوانان در پاسخ به سوالی گفت: بودجه فدراسیون‌ها افزایش می‌یابد.",
        "صالحی در پایان گفت: از هواداران برای حمایتشان سپاسگزاریم.")
    both = "معاون وزیر ورزش و مدیرکل امور بانوان وزارت ورزش و جوانان"
    assert quote_holding(quotes, "هزینه اردو").role == both
    assert quote_holding(quotes, "سپاسگزاریم").role == both


def test_an_office_head_alone_before_and_keeps_the_office_named():
    """``عضو و رئیس کمیسیون ورزش شورای شهر`` gives عضو no body of its own: a later title-only
    ``رئیس کمیسیون ورزش شورای شهر`` is the office named, kept as the sentence gives it."""
    quotes = quotes_of(
        "حمید نوروزی عضو و رئیس کمیسیون ورزش شورای شهر رشت گفت: سه سالن تا پایان سال ساخته می‌شود.",
        "رئیس کمیسیون ورزش شورای شهر رشت افزود: بودجه این سالن‌ها تامین شده است.")
    assert quote_holding(quotes, "بودجه این سالن").role == "رئیس کمیسیون ورزش شورای شهر رشت"
