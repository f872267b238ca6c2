"""``X ضمن تشبیه A به B افزود: ...``، ``X ضمن تکذیب A، تاکید کرد: ...``، ``X ضمن اعلام A، گفت: ...``: a
likening, a denial or an announcement named by its noun after ضمن or با, with a noun phrase for its
object and the speaker's own verb after it, says what X likened, denied or announced (as «با اعلام
A، گفت» was read already). With a demonstrative (با تکذیب این خبر: it points back) or no verb of
saying after it (a deed) it says nothing. Every sentence is written for the test."""

from __future__ import annotations

import pytest

from tests.quoting import quote_holding, quotes_of


@pytest.mark.parametrize("sentence, speaker, claim", [
    ("مهدی سلطانی، رئیس سازمان حفاظت محیط زیست استان، ضمن تشبیه وضعیت تالاب به بیماری در بستر مرگ افزود: «باید برای حقابه آن تصمیم گرفت.»",
     "مهدی سلطانی", "وضعیت تالاب به بیماری در بستر مرگ"),
    ("سخنگوی باشگاه ضمن تکذیب جدایی سرمربی از تیم، تاکید کرد: او تا پایان فصل با ما است.",
     None, "جدایی سرمربی از تیم"),
    ("فرماندار شهرستان ضمن اعلام تعطيلي ادارات در روز پنجشنبه، گفت: مردم از سفرهاي غيرضروري پرهيز كنند.",  # Arabic ي، ك
     None, "تعطيلي ادارات در روز پنجشنبه"),
    ("علي رضايي با تكذيب شايعه استعفاي خود اظهار داشت: هنوز در اين سمت هستم.",  # Arabic letters, no ZWNJ
     "علی رضایی", "شايعه استعفاي خود"),
])
def test_a_likening_denial_or_announcement_named_after_zemn_or_ba_is_reported_speech(sentence, speaker, claim):
    quote = quote_holding(quotes_of(sentence), claim)
    assert (quote.kind, quote.speaker, quote.text) == ("indirect", speaker, claim)


@pytest.mark.parametrize("sentence, piece", [
    ("سخنگوی باشگاه با تکذیب این خبر گفت: چنین مذاکره‌ای انجام نشده است.", "این خبر"),
    ("بازیکن جوان تیم با تشبیه حرکات مربی خود به شوخی وارد زمین تمرین شد.", "حرکات مربی"),
])
def test_a_demonstrative_or_no_verb_of_saying_after_it_says_nothing(sentence, piece):
    assert not [quote for quote in quotes_of(sentence) if piece in quote.text]
