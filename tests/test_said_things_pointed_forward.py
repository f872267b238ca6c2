"""``X این وعده را داد که CLAIM``، ``این موضوع را مطرح کرد که CLAIM``: a noun of something said,
pointed forward to the که after its verb, names what follows as said, and the subject before it
said it. In a ``در حالی ... که`` frame the که closes the frame and nothing is said. Every sentence
is written for the test."""

from __future__ import annotations

import pytest

from tests.quoting import quotes_of


@pytest.mark.parametrize("sentence, claim, speaker", [
    ("حمید سجادی وزیر ورزش این وعده را داد که ورزشگاه آزادی تا پایان تابستان بازسازی شود.",
     "ورزشگاه آزادی تا پایان تابستان بازسازی شود", "حمید سجادی"),
    ("بهرام رضوانی عضو شورای شهر این موضوع را مطرح کرد که بودجه حمل و نقل عمومی نیمه‌کاره مانده است.",
     "بودجه حمل و نقل عمومی نیمه‌کاره مانده است", "بهرام رضوانی"),
    ("مجید صالحی سرپرست تیم این ادعا را مطرح نموده‌اند که داور بازی از پیش تعیین شده بود.",
     "داور بازی از پیش تعیین شده بود", "مجید صالحی"),
    ("سعيد ناظري رئيس پليس راه استان اين هشدار را داد كه جاده چالوس از امشب يك طرفه مي شود.",
     "جاده چالوس از امشب يك طرفه مي شود", "سعید ناظری"),
])
def test_a_said_thing_pointed_forward_is_what_was_said(sentence, claim, speaker):
    quote, = quotes_of(sentence)
    assert (quote.kind, quote.text, quote.speaker) == ("indirect", claim, speaker)


@pytest.mark.parametrize("sentence", [
    "مجید صالحی این موضوع را در حالی مطرح کرد که بازیکنان هنوز در رختکن بودند.",
    "این موضوع را کارشناسان بررسی کردند و گزارش آن به زودی منتشر می‌شود.",
])
def test_a_while_frame_or_a_topic_worked_on_says_nothing(sentence):
    assert quotes_of(sentence) == []
