"""``X اصرار دارد که CLAIM``، ``X گلایه دارد که CLAIM``، ``X اذعان دارند که CLAIM``: nouns of saying whose
present with داشتن drops its می (دارد، not می‌دارد) report what is said before که, as their past
does (اصرار داشت که، گلایه کرد که); alone they are a state (از کم‌آبی گلایه دارند) and narration.
Every sentence is written for the test."""

from __future__ import annotations

import pytest

from tests.quoting import quote_holding, quotes_of


@pytest.mark.parametrize("sentence, speaker, claim", [
    ("سخنگوی باشگاه درباره سرمربی چیزی نمی‌گوید. او اصرار دارد که تیم تا پایان فصل با کادر فعلی ادامه می‌دهد.",
     None, "تیم تا پایان فصل با کادر فعلی ادامه می‌دهد"),
    ("زهرا نیک‌پور، ساکن محله، گلایه دارد که اتوبوس‌ها شب‌ها به ایستگاه آخر نمی‌رسند.",
     "زهرا نیک‌پور", "اتوبوس‌ها شب‌ها به ایستگاه آخر نمی‌رسند"),
    ("رحيم كريمي، پيرمرد روستا، گلايه دارد كه آب لوله كشي هفته اي دو روز قطع مي شود.",  # Arabic letters, a space for ZWNJ
     "رحیم کریمی", "آب لوله كشي هفته اي دو روز قطع مي شود"),
    ("کارشناسان بازار اذعان دارند که قیمت مسکن تا پایان سال کاهش نمی‌یابد.",
     None, "قیمت مسکن تا پایان سال کاهش نمی‌یابد"),
])
def test_a_noun_of_saying_with_the_present_of_having_before_that_is_reported_speech(sentence, speaker, claim):
    quote = quote_holding(quotes_of(sentence), claim)
    assert (quote.kind, quote.speaker, quote.text) == ("indirect", speaker, claim)


@pytest.mark.parametrize("sentence", [
    "کشاورزان منطقه از کم‌آبی گلایه دارند و محصولشان در خطر است.",
    "همه اهالی محله به این واقعیت اذعان دارند.",
])
def test_the_nouns_with_having_and_no_that_are_narration(sentence):
    assert quotes_of(sentence) == []
