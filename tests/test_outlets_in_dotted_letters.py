"""Sports and foreign news name outlets in dotted letters (آ.اس، بی.بی.سی، سی.ان.ان): the full stops
inside such a name end no sentence, and the name is one word, the outlet's, as مارکا is. A sentence
run into the next with no space (شد.وی) is still two sentences, and an outlet that carries another's
words (از قول وی) gives them to that one. Every sentence is written for the test."""

from __future__ import annotations

import pytest

from tests.quoting import quotes_of, speaker_of


@pytest.mark.parametrize("paragraphs, claim, speaker", [
    (["پرسپولیس هم به دنبال این هافبک است، اما نشریه آ.اس مدعی شد بارسلونا شانس بیشتری برای جذب او دارد."],
     "شانس بیشتری", "نشریه آ.اس"),
    (["روزنامه آ.اس نوشت: مدیران رئال مادرید مذاکرات خود با این مدافع را متوقف کرده‌اند."],
     "مذاکرات خود", "روزنامه آ.اس"),
    (["به ادعای آ.اس، اتلتیکو مادرید برای تمدید قرارداد سرمربی خود آماده است."],
     "تمدید قرارداد", "آ.اس"),
    (["شبكه بي.بي.سي گزارش داد كه دولت انگلیس ماليات باشگاه‌هاي ليگ برتر را افزايش مي‌دهد."],
     "ماليات باشگاه", "شبکه بی.بی.سی"),
    (["کریمی تاکید کرده که از این تیم جدا نمی‌شود. اما بی.بی.سی از قول وی نوشته است که او به لیگ قطر می‌رود."],
     "لیگ قطر", "کریمی"),
])
def test_an_outlet_named_in_dotted_letters_speaks(paragraphs, claim, speaker):
    assert speaker_of(quotes_of(*paragraphs), claim) == speaker


def test_a_sentence_run_into_the_next_is_still_two():
    quotes = quotes_of("علی رضایی، مدیرعامل باشگاه، از جذب دو بازیکن جدید خبر داد.وی گفت: هر دو بازیکن فردا قرارداد می‌بندند.")
    assert speaker_of(quotes, "هر دو بازیکن") == "علی رضایی"
    assert all("هر دو بازیکن" not in quote.text for quote in quotes if quote.cue == "خبر داد")


def test_a_credit_in_dotted_letters_is_no_quote():
    assert quotes_of("به گزارش سی.ان.ان، تیم ملی آمریکا فردا برای اردو راهی مکزیک می‌شود.") == []
