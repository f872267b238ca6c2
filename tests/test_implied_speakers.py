"""A feature's present speech verb with no subject of its own (``می‌گوید CLAIM`` opening the
sentence, ``خودش می‌گوید CLAIM``، ``هر چند می‌گوید CLAIM``) reports the claim of the person the
text is about, as ``او می‌گوید`` would. Every sentence is written for the test."""

from __future__ import annotations

import pytest

from tests.quoting import quotes_of

INTRO = "رضا نیک‌پور ۳۰ سال است که در بازار کاشان گلیم می‌بافد."


@pytest.mark.parametrize("sentence, claim", [
    ("می‌گوید بازار گلیم دستباف هیچ‌وقت این‌قدر کساد نبوده است.",
     "بازار گلیم دستباف هیچ‌وقت این‌قدر کساد نبوده است"),
    ("خودش می‌گوید بیش از پانصد گلیم را به خریداران خارجی فروخته است.",
     "بیش از پانصد گلیم را به خریداران خارجی فروخته است"),
    ("هر چند می‌گوید درآمد این کار کفاف اجاره خانه را نمی‌دهد، دست از آن نمی‌کشد.",
     "درآمد این کار کفاف اجاره خانه را نمی‌دهد"),
    ("مي گويد شاگردانش حالا هر كدام كارگاهي براي خود دارند.",
     "شاگردانش حالا هر كدام كارگاهي براي خود دارند"),
])
def test_a_present_speech_verb_with_its_subject_implied_quotes_the_person_written_about(sentence, claim):
    quote, = quotes_of(INTRO + " " + sentence)
    assert (quote.kind, quote.text, quote.speaker, quote.ref) == ("indirect", claim, "رضا نیک‌پور", "pronoun")


def test_a_plural_present_opening_a_sentence_is_hearsay_not_a_quote():
    assert quotes_of(INTRO + " می‌گویند بازار گلیم کاشان به زودی رونق می‌گیرد.") == []


def test_a_past_speech_verb_opening_a_line_is_still_verse():
    assert quotes_of("نوشت باران بر بام‌های شهر، و کسی در کوچه‌ها نبود.") == []


def test_other_words_before_the_verb_still_need_a_subject_of_their_own():
    assert quotes_of(INTRO + " در این سال‌ها می‌گوید بازار گلیم دستباف هیچ‌وقت کساد نبوده است.") == []
