"""A span of time with the indefinite ی (ساعتی، مدتی، اندکی) before بعد / پیش / قبل opens the
predicate after a body that speaks, as دقایقی and چندی do: the body's name ends before it
(باشگاه X ساعتی بعد اعلام کرد). After a given name ساعتی is a surname (حسین ساعتی), as بامداد
and زمانی are. Every sentence is written for the test."""

from __future__ import annotations

import pytest

from tests.quoting import quote_holding, quotes_of


@pytest.mark.parametrize("paragraph, piece, speaker", [
    ("باشگاه سایپا ساعتی بعد با انتشار اطلاعیه‌ای اعلام کرد که این شایعه را تکذیب می‌کند.",
     "این شایعه", "باشگاه سایپا"),
    ("سازمان راهداری مدتی قبل اعلام کرد: جاده چالوس برای تعمیرات یک هفته بسته می‌شود.",
     "جاده چالوس", "سازمان راهداری"),
    ("شركت ملي نفت اندكي بعد در بيانيه اي اعلام كرد كه صادرات نفت متوقف نشده است.",  # Arabic ي and ك
     "صادرات نفت", "شرکت ملی نفت"),  # named in the letters of the reading
])
def test_the_body_name_ends_before_the_span_of_time(paragraph, piece, speaker):
    quote = quote_holding(quotes_of(paragraph), piece)
    assert (quote.speaker, quote.speaker_type) == (speaker, "organisation")


def test_after_a_given_name_it_is_the_surname():
    quote, = quotes_of("حسین ساعتی، مدیرعامل این شرکت، گفت: قرارداد جدید تا پایان ماه امضا می‌شود.")
    assert quote.speaker == "حسین ساعتی"
