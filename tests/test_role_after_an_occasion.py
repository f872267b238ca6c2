"""An occasion opening the sentence with no comma after it (در ادامه، در همین زمینه، در این جلسه),
then a role and its holder's name set off by commas (``در ادامه مدیرکل ...، حمید رسولی، گفت``):
the role and the name are one subject, the role is the speaker's, as without the occasion. A role
after a preposition of the occasion (در دیدار با مدیرکل ...، X، رئیس ... گفت) is someone else's.
Every sentence is written for the test."""

from __future__ import annotations

import pytest

from tests.quoting import quote_holding, quotes_of


@pytest.mark.parametrize("paragraph, piece, speaker, role", [
    ("در ادامه این نشست مدیرکل کمیته امداد استان زنجان، حمید رسولی، گفت: ۳۰۰ خانواده تحت پوشش بیمه شدند.",
     "۳۰۰ خانواده", "حمید رسولی", "مدیرکل کمیته امداد استان زنجان"),
    ("در همين زمينه رييس اداره بهزيستي شهرستان نيشابور، دكتر مهدي اكبري، اظهار داشت: ۴۰ مركز روزانه فعال است.",
     "مركز روزانه", "مهدی اکبری", "رییس اداره بهزیستی شهرستان نیشابور"),
    ("در این جلسه دبیر ستاد ساماندهی کودکان کار شهرداری مشهد، رضا نوروزی، عنوان کرد که ۵۰۰ کودک کار "
     "در سامانه ثبت شده‌اند.",
     "۵۰۰ کودک کار", "رضا نوروزی", "دبیر ستاد ساماندهی کودکان کار شهرداری مشهد"),
])
def test_the_role_before_the_name_is_the_speakers(paragraph, piece, speaker, role):
    quote = quote_holding(quotes_of(paragraph), piece)
    assert (quote.speaker, quote.role) == (speaker, role)


def test_a_role_inside_the_occasion_is_not_the_speakers():
    quote = quote_holding(quotes_of("در دیدار با مدیرکل بهزیستی استان، علی کرمانی، رئیس انجمن معلولان گفت: "
                                    "ما به رمپ در ادارات نیاز داریم."), "رمپ در ادارات")
    assert (quote.speaker, quote.role) == ("علی کرمانی", "رئیس انجمن معلولان")
