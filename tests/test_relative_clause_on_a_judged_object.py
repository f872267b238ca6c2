"""A که after a judging or announcing verb whose own را-object it has already judged opens a relative clause
on that object, not a claim: «آمار ... را دو میلیون نفر اعلام کرد که نسبت به پارسال کمتر است» says the figure,
and «که ...» describes it. A demonstrative object points forward to the claim and stays one."""

import pytest

from quoting import quotes_of


def _texts(*paragraphs):
    return [quote.text for quote in quotes_of(*paragraphs)]


@pytest.mark.parametrize("sentence, relative", [
    ("مدیرکل بهزیستی استان آمار مددجویان را دو هزار نفر اعلام کرد که نسبت به پارسال کمتر است.",
     "نسبت به پارسال کمتر است"),
    ("وزير كار دلايل خود را هم بيان كرد كه در جلسه ديروز به نمايندگان گفته شده بود.",
     "در جلسه ديروز به نمايندگان"),
    ("سخنگوی دولت علت تاخیر را کمبود بودجه عنوان کرد که در ماه‌های اخیر بارها تکرار شده است.",
     "در ماه‌های اخیر بارها"),
])
def test_a_clause_describing_the_judged_object_is_not_a_claim(sentence, relative):
    assert not any(relative in text for text in _texts(sentence))


@pytest.mark.parametrize("sentence, claim", [
    ("مدیرکل بهزیستی این نکته را اعلام کرد که مستمری مددجویان از مهر افزایش می‌یابد.",
     "مستمری مددجویان از مهر افزایش می‌یابد"),
    ("مدیرکل بهزیستی اعلام کرد که مستمری مددجویان از مهر افزایش می‌یابد.",
     "مستمری مددجویان از مهر افزایش می‌یابد"),
    ("وزیر کار در این جلسه اعلام کرد که بیمه کارگران فصلی تمدید می‌شود.",
     "بیمه کارگران فصلی تمدید می‌شود"),
])
def test_a_claim_after_a_forward_pointing_or_no_object_stays_a_quote(sentence, claim):
    assert any(claim in text for text in _texts(sentence))
