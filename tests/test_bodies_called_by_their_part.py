"""A report calls a body by its part in the story (برگزارکننده، پیمانکار، ناشر) and names it once
beside that word (``شرکت نغمه‌آرای شرق، برگزارکننده این کنسرت، ...``): the word, alone or after the
kind of body (``شرکت برگزارکننده کنسرت ...``), is a title of that body, never a name of its own; the
singer named inside such a description is still the singer. With no named body so described, nobody
is made of the word. Every sentence is written for the test."""

from __future__ import annotations

import pytest

from tests.quoting import headed_quotes, quote_holding

PROJECT = "شرکت راه‌سازان البرز، پیمانکار این پروژه، در اطلاعیه‌ای اعلام کرد: کار ساخت پل با سرعت ادامه دارد."
FESTIVAL = "موسسه فرهنگی نور هنر، برگزارکننده این جشنواره، در اطلاعیه‌ای نوشت: بلیت‌ها از فردا فروخته می‌شود."


@pytest.mark.parametrize("lead, paragraph, speaker", [
    ("پیمانکار پروژه اعلام کرد که عملیات ساخت پل تا پایان سال تمام می‌شود.", PROJECT, "شرکت راه‌سازان البرز"),
    ("شرکت برگزارکننده جشنواره فجر اعلام کرد که عملیات ساخت پل تا پایان سال تمام می‌شود.", FESTIVAL,
     "موسسه فرهنگی نور هنر"),
    ("برگزاركننده دليل لغو را «عدم صدور مجوز نهايي» اعلام كرد.", FESTIVAL, "موسسه فرهنگی نور هنر"),
])
def test_a_body_called_by_its_part_is_the_body_named_beside_it(lead, paragraph, speaker):
    quote = headed_quotes("عنوان خبر", lead, paragraph)[0]
    assert (quote.where, quote.speaker, quote.ref, quote.speaker_type) == ("lead", speaker, "title", "organisation")


def test_the_singer_inside_the_description_is_still_the_singer():
    quotes = headed_quotes("عنوان خبر", "شرکت برگزارکننده کنسرت ماهان اعلام کرد که اجرا به بهمن موکول شد.",
                           FESTIVAL, "ماهان نیز در صفحه شخصی‌اش نوشت: ببخشید، قول می‌دهم بهمن جبران کنم.")
    assert quote_holding(quotes, "جبران کنم").speaker == "ماهان"


def test_no_body_so_described_makes_nobody_of_the_word():
    quotes = headed_quotes("عنوان خبر", "پیمانکار پروژه اعلام کرد که عملیات ساخت پل تا پایان سال تمام می‌شود.",
                           "علی رضایی، پیمانکار این پروژه، گفت: کار ساخت پل با سرعت ادامه دارد.")
    assert quotes[0].speaker_type != "organisation"
