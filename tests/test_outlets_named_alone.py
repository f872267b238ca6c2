"""A foreign paper or site is often named with no head word before it (روزنامه، سایت): in Latin
letters (Le10Sport، Sky Sports) or by the words its name ends on (میدل ایست آن لاین، گل دات کام،
نیویورک تایمز). Such a subject is the outlet claiming (ANNOTATION.md, round 27), an organisation, so
a minister the report then names by title is not the outlet, and a credit before a person's verb
still gives the floor to the person. Every sentence is written for the test."""

from __future__ import annotations

import pytest

from corpus.speakers import speaker_key
from tests.quoting import quote_holding, quotes_of


@pytest.mark.parametrize("paragraphs, claim, speaker", [
    (["Le10Sport مدعی شد که مهاجم آرژانتینی هدف اول رئال مادرید در تابستان است."],
     "هدف اول رئال", "Le10Sport"),
    (["خبرگزاری  Le10Sport مدعی شد که مهاجم آرژانتینی هدف اول رئال مادرید در تابستان است."],
     "هدف اول رئال", "خبرگزاری Le10Sport"),
    (["Sky Sports گزارش داد که چلسی با سرمربی ایتالیایی به توافق رسیده است."],
     "سرمربی ایتالیایی", "Sky Sports"),
    (["ساحل نيوز آن لاين در پايان گزارش خود مي نويسد: وزیر خارجه فرانسه فردا به بیروت سفر می‌کند."],
     "فردا به بیروت", "ساحل نيوز آن لاين"),
    (["گل دات کام مدعی شد که هافبک هلندی در پایان فصل از باشگاه جدا می‌شود."],
     "در پایان فصل", "گل دات کام"),
])
def test_an_outlet_named_alone_speaks_as_an_organisation(paragraphs, claim, speaker):
    quote = quote_holding(quotes_of(*paragraphs), claim)
    assert (speaker_key(quote.speaker), quote.speaker_type) == (speaker_key(speaker), "organisation")


def test_a_minister_after_the_outlet_is_not_the_outlet():
    quotes = quotes_of("نیویورک تایمز در شماره امروز خود نوشت: کاخ سفید از این حمله خبر داشت.",
                       "وزیر امور خارجه آمریکا هم در این باره گفت که واشنگتن در این حمله نقشی نداشته است.")
    assert quote_holding(quotes, "کاخ سفید").speaker_type == "organisation"
    assert quote_holding(quotes, "نقشی نداشته").speaker != "نیویورک تایمز"


@pytest.mark.parametrize("paragraph, claim, speaker", [
    ("به گزارش Marca، کارلو آنچلوتی تاکید کرد که هافبک کروات فصل آینده در تیم می‌ماند.", "هافبک کروات", "کارلو آنچلوتی"),
    ("بگزارش سايت اينترنتي اسپورت، ژاوي هرناندز گفت: تیم ما امسال قهرمان مي شود.", "قهرمان مي شود", "ژاوي هرناندز"),
])
def test_a_credited_outlet_leaves_the_floor_to_the_person(paragraph, claim, speaker):
    assert speaker_key(quote_holding(quotes_of(paragraph), claim).speaker) == speaker_key(speaker)


def test_a_footnote_mark_in_latin_letters_is_no_outlet():
    quotes = quotes_of("برخی محققان گفته‌اند که «فرهنگ دینی ویژگی خاصی دارد.»[xl] البته باید این عبارت را این‌گونه "
                       "تکمیل کرد: «فرهنگ دینی ویژگی‌های بسیاری دارد.»")
    assert all(quote.speaker != "xl" for quote in quotes)
