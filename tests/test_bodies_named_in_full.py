"""A body quoted by a shorter form of the name the article writes in full elsewhere (باشگاه دریا of
باشگاه دریا بندرعباس) is named in full, as a person quoted by a surname is; never when the short
form runs on into two different names (two bodies), nor when the article names it only short. Every
sentence is written for the test."""

from __future__ import annotations

import pytest

from tests.quoting import quotes_of


@pytest.mark.parametrize("title, paragraphs, speaker", [
    ("دیدار حساس باشگاه دریا بندرعباس در لیگ",
     ["باشگاه دریا در بیانیه‌ای اعلام کرد که قرارداد سرمربی تمدید شد."], "باشگاه دریا بندرعباس"),
    ("عنوان خبر", ["فدراسیون فوتبال ایران امروز جلسه داشت.",
                   "فدراسیون فوتبال اعلام کرد که اردوی تیم ملی از شنبه آغاز می‌شود."], "فدراسیون فوتبال ایران"),
    ("عنوان خبر", ["باشگاه ذوب‌آهن اصفهان در بیانیه‌ای از هواداران تشکر کرد.",
                   "باشگاه ذوب آهن اعلام کرد که سرمربی استعفا داده است."], "باشگاه ذوب‌آهن اصفهان"),
])
def test_a_body_quoted_short_takes_the_name_written_in_full(title, paragraphs, speaker):
    quote = quotes_of(*paragraphs, title=title)[-1]
    assert (quote.speaker, quote.speaker_type) == (speaker, "organisation")


def test_old_web_spelling_without_zwnj():
    quote, = quotes_of("باشگاه آذرخش اراك امروز سرمربي تازه معرفي كرد.",
                       "باشگاه آذرخش اعلام كرد كه قرارداد دو بازيكن فسخ شد.")
    assert quote.speaker == "باشگاه آذرخش اراک"


@pytest.mark.parametrize("paragraphs, speaker", [
    (["باشگاه استقلال تهران و باشگاه استقلال خوزستان بازی کردند.",  # two bodies: neither
      "باشگاه استقلال اعلام کرد که داوری ضعیف بود."], "باشگاه استقلال"),
    (["شورای شهر تهران جلسه داشت و شورای شهر اصفهان هم.",
      "شورای شهر اعلام کرد که بودجه تصویب شد."], "شورای شهر"),
    (["فدراسیون فوتبال ایران جلسه داشت.",  # another body of the kind
      "فدراسیون والیبال اعلام کرد که اردو لغو شد."], "فدراسیون والیبال"),
    (["باشگاه پرسپولیس اعلام کرد که قرارداد تمدید شد."], "باشگاه پرسپولیس"),  # named only short
    (["باشگاه نساجی قرارداد بازیکن را تمدید کرد.",  # the clause's words after the name, not a name
      "باشگاه نساجی اعلام کرد که تمرینات از شنبه آغاز می‌شود."], "باشگاه نساجی"),
])
def test_a_body_keeps_its_short_name_when_no_one_longer_name_is_written(paragraphs, speaker):
    assert quotes_of(*paragraphs)[-1].speaker == speaker
