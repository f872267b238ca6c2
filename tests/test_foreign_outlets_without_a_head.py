"""Persian news names the best-known foreign agencies and papers with no head word before them
(رویترز گزارش داد، اکیپ مدعی شد، گاردین نوشت), and writes a name ending on a paper's tail joined to
it (دیلی‌تلگراف، یورونیوز). Such a subject is the outlet claiming, an organisation (ANNOTATION.md,
round 27), never a person; when it carries someone's words (به نقل از ...) they are that one's, and
«این روزنامه» after it points back to it. Every sentence is invented for the test."""

from __future__ import annotations

import pytest

from corpus.speakers import speaker_key
from tests.quoting import quote_holding, quotes_of


@pytest.mark.parametrize("paragraph, claim, speaker", [
    ("رویترز روز دوشنبه گزارش داد که مذاکرات دو کشور به بن‌بست رسیده است.", "به بن‌بست رسیده", "رویترز"),
    ("اکیپ مدعی شد که مدافع فرانسوی در پایان فصل به لیون بازمی‌گردد.", "به لیون بازمی‌گردد", "اکیپ"),
    ("گاردین در گزارشی نوشت: بیش از ۲۰۰ هزار نفر در این راهپیمایی شرکت کردند.", "۲۰۰ هزار نفر", "گاردین"),
    ("ديلي‌تلگراف در شماره امروز خود نوشت كه وزير دارايي به زودي استعفا مي‌دهد.", "به زودي استعفا", "دیلی‌تلگراف"),
    ("يورونيوز گزارش داد كه سيل در شمال ايتاليا ۷ قرباني گرفته است.", "قرباني گرفته", "یورونیوز"),
    ("استاد الدوحه مدعی شد که هافبک اسپانیایی فصل بعد برای السد بازی می‌کند.", "برای السد", "استاد الدوحه"),
])
def test_a_foreign_outlet_without_a_head_speaks_as_an_organisation(paragraph, claim, speaker):
    quote = quote_holding(quotes_of(paragraph), claim)
    assert (speaker_key(quote.speaker), quote.speaker_type) == (speaker_key(speaker), "organisation")


def test_an_outlet_without_a_head_carries_the_words_of_the_one_it_quotes():
    quote = quote_holding(quotes_of("رویترز به نقل از یک مقام ارشد دولت عراق نوشت که انتخابات به تعویق می‌افتد."),
                          "به تعویق")
    assert (quote.speaker, quote.speaker_type) == (None, "unnamed")


def test_this_paper_after_the_outlet_is_the_outlet():
    quotes = quotes_of("دیلی‌تلگراف روز شنبه گزارش داد: «صف‌های بیمارستان‌ها دو برابر شده است.»",
                       "این روزنامه وزارت بهداشت را مسئول این وضع دانسته و نوشت: «وزارتخانه در این کار کوتاهی کرده است.»")
    quote = quote_holding(quotes, "کوتاهی کرده")
    assert (speaker_key(quote.speaker), quote.speaker_type) == (speaker_key("دیلی‌تلگراف"), "organisation")


@pytest.mark.parametrize("paragraph, claim, speaker", [
    ("به گزارش رویترز، جان اسمیت مشاور وزیر خارجه آمریکا گفت: ما به گفت‌وگو ادامه می‌دهیم.", "به گفت‌وگو", "جان اسمیت"),
    ("مارک تیلور خبرنگار رویترز گفت: وضعیت شهر آرام است.", "وضعیت شهر", "مارک تیلور"),
    ("اسلام‌پور سرمربی تیم گفت: بازیکنان خوب کار کردند.", "بازیکنان خوب", "اسلام‌پور"),
    ("استاد علی رضایی گفت: شعر فارسی هنوز زنده است.", "شعر فارسی", "علی رضایی"),
])
def test_people_beside_an_outlet_stay_people(paragraph, claim, speaker):
    quote = quote_holding(quotes_of(paragraph), claim)
    assert (speaker_key(quote.speaker), quote.speaker_type) == (speaker_key(speaker), "person")
