"""A body judges an object with no comma between them (``وزارت امور خارجه روسیه این اقدام را
غیرقانونی دانست``), and a role or a body runs into an object that opens on the measure of a figure
(``بانک مرکزی | نرخ تورم را ۴۰ درصد اعلام کرد``): the body's name ends where its object opens.
Every sentence is written for the test."""

from __future__ import annotations

import pytest

from tests.quoting import quote_holding, quotes_of


@pytest.mark.parametrize("sentence, claim, speaker", [
    ("وزارت امور خارجه روسیه این اقدام آمریکا را غیرقانونی و تحریک‌آمیز دانست.",
     "این اقدام آمریکا را غیرقانونی", "وزارت امور خارجه روسیه"),
    ("شورای نگهبان این مصوبه را مغایر با قانون اساسی دانست.", "این مصوبه را مغایر", "شورای نگهبان"),
    ("بانک مرکزی نرخ تورم نقطه به نقطه را ۴۰ درصد اعلام کرد.", "نرخ تورم نقطه به نقطه را ۴۰ درصد", "بانک مرکزی"),
])
def test_a_body_judging_an_object_with_no_comma_is_named_whole(sentence, claim, speaker):
    quote = quote_holding(quotes_of(sentence), claim)
    assert quote.speaker == speaker and quote.text.startswith(claim.split()[0])


def test_a_body_before_an_object_that_is_done_not_judged_says_nothing():
    assert quotes_of("شهرداری تهران این پارک را سال گذشته با حضور مسئولان افتتاح کرد.") == []
