"""A body's unit and its number inside the name (شهرداری منطقه ۱۵ تهران، آموزش و پرورش ناحیه ۲
شیراز) are the name's, as when the unit opens it (شعبه ۱۴ دادگاه ...) and as a role holds them
(شهردار منطقه ۲۰ تهران): the number is no count ending the body's name. A count after any other
word still ends it. Every sentence is written for the test."""

from __future__ import annotations

import pytest

from tests.quoting import quote_holding, quotes_of


@pytest.mark.parametrize("paragraph, piece, speaker", [
    ("روابط عمومی شهرداری منطقه ۷ اصفهان اعلام کرد که پل عابر پیاده تا آخر ماه ساخته می‌شود.",
     "پل عابر", "روابط عمومی شهرداری منطقه ۷ اصفهان"),
    ("اداره آموزش و پرورش ناحیه 3 تبریز اعلام کرد: کلاس‌های جبرانی از شنبه برگزار می‌شود.",
     "کلاس‌های جبرانی", "اداره آموزش و پرورش ناحیه 3 تبریز"),
    ("ستاد مدیریت بحران منطقه ۵ شهرداری مشهد اعلام کرد که حکم تخلیه این ساختمان صادر شده است.",
     "حکم تخلیه", "ستاد مدیریت بحران منطقه ۵ شهرداری مشهد"),
])
def test_the_unit_number_stays_in_the_name(paragraph, piece, speaker):
    quote = quote_holding(quotes_of(paragraph), piece)
    assert (quote.speaker, quote.speaker_type) == (speaker, "organisation")


def test_a_count_after_another_word_still_ends_the_name():
    quote, = quotes_of("باشگاه سپاهان ۳ بازیکن جدید معرفی کرد و اعلام کرد که اردوی تیم در ترکیه است.")
    assert quote.speaker == "باشگاه سپاهان"
