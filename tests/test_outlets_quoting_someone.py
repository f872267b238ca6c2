"""``روزنامه X به نقل از Y گفت: ...``: an outlet whose verb reports the words of a person or an
unnamed source it quotes carries them; they are Y's (ANNOTATION.md, round 21: an outlet's report is
a credit). A body quoted so, or another outlet, leaves the outlet as the speaker. Every sentence
is written for the test."""

from __future__ import annotations

import pytest

from tests.quoting import quotes_of


@pytest.mark.parametrize("sentence, speaker", [
    ("به گزارش فارس، روزنامه الوطن امروز به نقل از «سلیم الحسنی» مسئول پرونده مرزها در دولت قطر اعلام کرد:"
     " مذاکرات تا پایان ماه ادامه دارد.", "سلیم الحسنی"),
    ("به گزارش فارس، پایگاه خبری النهار به نقل از میشل عون رئیس‌جمهور لبنان گزارش داد که دولت جدید هفته"
     " آینده معرفی می‌شود.", "میشل عون"),
    ("به گزارش فارس، روزنامه گاردين به نقل از ديويد كامرون نخست وزير انگليس نوشت: اصلاحات ادامه مي يابد.",
     "دیوید کامرون"),
])
def test_an_outlet_quoting_a_person_gives_them_the_words(sentence, speaker):
    quote, = quotes_of(sentence)
    assert (quote.speaker, quote.speaker_type) == (speaker, "person")


def test_an_outlet_quoting_an_unnamed_source_gives_it_the_words():
    quote, = quotes_of("به گزارش فارس، شبکه الجزیره به نقل از یک منبع امنیتی نوشت: مرز زمینی بسته شده است.")
    assert (quote.speaker, quote.speaker_type, quote.role) == (None, "unnamed", "منبع امنیتی")


@pytest.mark.parametrize("sentence, outlet", [
    ("به گزارش فارس، روزنامه الوطن به نقل از وزارت کشور قطر نوشت: مرز زمینی بسته شده است.",
     "روزنامه الوطن"),  # a body: its statement, the outlet's report
    ("به گزارش فارس، روزنامه الوطن به نقل از پایگاه خبری النهار نوشت: مرز زمینی بسته شده است.",
     "روزنامه الوطن"),  # another outlet: a credit
    ("به گزارش فارس، روزنامه الوطن امروز نوشت: مرز زمینی بسته شده است.", "روزنامه الوطن"),
])
def test_an_outlet_quoting_no_person_keeps_the_words(sentence, outlet):
    quote, = quotes_of(sentence)
    assert (quote.speaker, quote.speaker_type) == (outlet, "organisation")
