"""A quote whose speech verb opens a relative clause right after a person's name (``وی در پاسخ به X
که گفت: «...»``، ``... با اشاره به سخنان ...، X، که گفته بود «...»``) is that person's, not the
sentence subject's: the clause describes X. Every sentence is written for the test.
"""

from __future__ import annotations

from quoting import quotes_of, speaker_of

MEETING = "ناصر کریمیان شهردار شهر امروز در نشست خبری با خبرنگاران حاضر شد."


def test_a_direct_quote_in_a_relative_clause_is_the_named_ones():
    quotes = quotes_of(MEETING, "وی در پاسخ به علی رضایی که گفت: «شهرداری هیچ برنامه‌ای برای حاشیه شهر ندارد»، گفت این حرف درست نیست.")
    assert speaker_of(quotes, "برای حاشیه شهر") == "علی رضایی"


def test_a_quote_of_a_name_set_off_with_its_office():
    """``سخنان ...، X، که گفته بود «...»``: the name between commas before که."""
    quotes = quotes_of(MEETING, "یکی از خبرنگاران با اشاره به سخنان هفته گذشته نماینده شهر در مجلس، جواد رستگاری، که گفته بود «زمین‌خواران با پشتوانه برخی مسئولان فعالیت می‌کنند» از برنامه شهرداری پرسید.")
    assert speaker_of(quotes, "زمین‌خواران با پشتوانه") == "جواد رستگاری"


def test_a_noun_before_that_is_no_speaker():
    """``با بیان این جمله که «...»``: جمله is a noun of the lexicon; the subject says it."""
    quotes = quotes_of(MEETING, "کریمیان با بیان این جمله که «شهر بدون مشارکت مردم اداره نمی‌شود» بر لزوم همکاری شهروندان تاکید کرد.")
    assert all(quote.speaker != "جمله" for quote in quotes)
    assert speaker_of(quotes, "بدون مشارکت مردم") == "ناصر کریمیان"
