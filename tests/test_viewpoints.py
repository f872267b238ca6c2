"""``از نگاه X، CLAIM``، ``از دیدگاه X، CLAIM``، ``از منظر X، CLAIM`` report X's view as ``به باور
X`` does, when X surely names someone; and a name set off by commas after the source's role
(``به گفته ROLE، NAME، CLAIM``) is the source's, not the claim's. Every sentence is written for
the test."""

from __future__ import annotations

import pytest

from tests.quoting import quotes_of


@pytest.mark.parametrize("sentence, claim, speaker", [
    ("از نگاه بهرام بیضایی، تئاتر ایران در سال‌های اخیر از مخاطب عام فاصله گرفته است.",
     "تئاتر ایران در سال‌های اخیر از مخاطب عام فاصله گرفته است", "بهرام بیضایی"),
    ("از منظر محمدرضا لطفی، موسیقی سنتی بدون آموزش سینه به سینه از میان می‌رود.",
     "موسیقی سنتی بدون آموزش سینه به سینه از میان می‌رود", "محمدرضا لطفی"),
    ("از ديدگاه نايب رئيس فدراسيون فوتبال، حسين كريمي، تيم ملي با تغيير نسل موفقي روبه رو است.",
     "تيم ملي با تغيير نسل موفقي روبه رو است", "حسین کریمی"),
    ("به گفته نایب رئیس فدراسیون کشتی، حسن رنگرز، اردوی تیم ملی از هفته آینده برگزار می‌شود.",
     "اردوی تیم ملی از هفته آینده برگزار می‌شود", "حسن رنگرز"),
])
def test_a_view_or_saying_of_someone_named_is_theirs(sentence, claim, speaker):
    quote, = quotes_of(sentence)
    assert (quote.kind, quote.text, quote.speaker) == ("indirect", claim, speaker)


@pytest.mark.parametrize("sentence", [
    "از نگاه فنی، این خودرو هیچ مشکلی برای تولید انبوه ندارد.",
    "از منظر اقتصادی، طرح یارانه‌ها تورم را بالا برده است.",
    "از نگاه یک شهروند عادی، خدمات شهری در این محله سال‌هاست که فراموش شده است.",
])
def test_the_writers_own_angle_is_no_view_of_anyone(sentence):
    assert quotes_of(sentence) == []


def test_a_list_of_names_after_the_role_is_the_claims():
    quote, = quotes_of("به گفته مدیرکل بهزیستی، مریم احمدی، زهرا رضایی و سارا کریمی در این طرح پذیرفته شده‌اند.")
    assert quote.text == "مریم احمدی، زهرا رضایی و سارا کریمی در این طرح پذیرفته شده‌اند"
