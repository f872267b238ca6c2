"""A share of people counted in heads (دو نفر از ...، and تن, the written word for heads: چند تن
از بازیکنان) speaks as a group nobody names, never as the last speaker. Every sentence is
written for the test."""

from __future__ import annotations

import pytest

from tests.quoting import quotes_of

BEFORE = "کامران صدری سرمربی تیم پس از تمرین گفت: ما برای قهرمانی آمده‌ایم."


@pytest.mark.parametrize("sentence, claim", [
    ("دو تن از بازیکنان تیم گفتند که سرمربی باید تا پایان فصل بماند.", "سرمربی باید تا پایان فصل بماند"),
    ("چند تن از ملی‌پوشان در صفحات شخصی خود خواستار ماندن سرمربی در تیم شدند.", "ماندن سرمربی در تیم"),
    ("به گفته سه تن از بازیکنان، حقوق آنها سه ماه است پرداخت نشده است.", "حقوق آنها سه ماه است پرداخت نشده است"),
    ("شش تن از كاركنان باشگاه نيز اعلام كردند كه دستمزد آنها پرداخت نشده است.", "دستمزد آنها پرداخت نشده است"),
])
def test_a_share_counted_in_heads_is_an_unnamed_group_not_the_last_speaker(sentence, claim):
    quote = next(q for q in quotes_of(BEFORE, sentence) if q.where == "body:1")
    assert (quote.text, quote.speaker, quote.speaker_type) == (claim, None, "unnamed")


def test_tons_of_goods_are_no_speakers():
    quotes = quotes_of(BEFORE, "پنجاه تن از محموله گندم در بندر ماند و سرمربی تیم افزود که بازیکنان خسته‌اند.")
    assert [(q.speaker, q.text) for q in quotes if q.where == "body:1"] == [("کامران صدری", "بازیکنان خسته‌اند")]
