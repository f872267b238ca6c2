"""``X اطمینان داد که CLAIM``، ``X اعتراف کرد که CLAIM``، ``X اصرار کرد که CLAIM``: an assurance, an
admission and an insistence report what was said when a که (or a colon) follows them, as the other
referring verbs do (اشاره کرد که، قول داد که); alone they take a person or a topic (به مردم اطمینان
داد، به جرم خود اعتراف کرد) and are narration. Every sentence is written for the test."""

from __future__ import annotations

import pytest

from tests.quoting import quote_holding, quotes_of


@pytest.mark.parametrize("sentence, speaker, claim", [
    ("پرویز احمدی، مدیرعامل شرکت توزیع برق استان، به کشاورزان اطمینان داد که برق چاه‌های کشاورزی در تابستان قطع نمی‌شود.",
     "پرویز احمدی", "برق چاه‌های کشاورزی در تابستان قطع نمی‌شود"),
    ("مهاجم تيم پس از بازي اعتراف كرد كه در نيمه دوم توان دويدن نداشتيم.",  # Arabic ي and ك
     None, "در نيمه دوم توان دويدن نداشتيم"),
    ("ژیلا صادقی اصرار کرد که قرارداد کارگران باید پیش از پایان سال تمدید شود.",
     "ژیلا صادقی", "قرارداد کارگران باید پیش از پایان سال تمدید شود"),
    ("وزير راه اطمينان داد كه عوارض آزادراه ها امسال افزايش نمي يابد.",  # Arabic letters, a space for ZWNJ
     None, "عوارض آزادراه ها امسال افزايش نمي يابد"),
])
def test_an_assurance_admission_or_insistence_before_that_is_reported_speech(sentence, speaker, claim):
    quote = quote_holding(quotes_of(sentence), claim)
    assert (quote.kind, quote.speaker, quote.text) == ("indirect", speaker, claim)


@pytest.mark.parametrize("sentence", [
    "فرماندار در دیدار با کشاورزان به آنان اطمینان داد و سپس از سد شهرستان بازدید کرد.",
    "متهم در جلسه دوم دادگاه به سرقت از سه مغازه در بازار شهر اعتراف کرد.",
    "کودک برای رفتن به پارک اصرار کرد و تا شب گریه کرد.",
])
def test_the_verbs_with_a_person_or_a_topic_and_no_that_are_narration(sentence):
    assert quotes_of(sentence) == []
