"""The name an elder goes by in a feature (عمو رحیم، ننه گلی، بی‌بی خدیجه): a word of address and a
given name, the whole name the report gives, though no list holds it as one. Every sentence is
written for the test.
"""

from __future__ import annotations

import pytest

from quoting import quote_holding, quotes_of


@pytest.mark.parametrize("introduction, cue, name", [
    ("«ننه صغری» ۹۰ ساله است و ده سال است اینجا زندگی می‌کند.", "می‌گوید:", "ننه صغری"),
    ("عمو جلال 84 سال دارد و هر شب به گرمخانه می‌آید.", "او می‌گوید:", "عمو جلال"),
    ("بي‌بي خديجه ۹۰ ساله است.", "مي‌گويد:", "بی‌بی خدیجه"),  # shown in Persian letters
    ("عمه مریم هر روز بچه‌ها را به مدرسه می‌برد.", "ادامه میدهد:", "عمه مریم"),
])
def test_an_elder_introduced_by_the_name_of_address_speaks_in_the_next_sentence(introduction, cue, name):
    """A sentence that quotes nobody, opening on the name of address, introduces the elder: the
    verb (or وی/او) opening the next sentence is theirs, not the official's quoted before."""
    quotes = quotes_of("زهرا امینی، مدیر این مرکز، گفت: هفته‌ای دو بار پزشک می‌آید.",
                       f"{introduction} {cue} پسرم در شهر دیگری است و کمتر سر می‌زند.")
    assert [(q.where, q.speaker) for q in quotes] == [("body:0", "زهرا امینی"), ("body:1", name)]


def test_the_name_of_address_ends_before_the_object():
    """مش قاسم گونی‌ها را ...: the name is the word of address and the given name, the noun after
    them the object's; it is his whole name, so a name (the guide's convention since round 21)."""
    quotes = quotes_of("مهدی کاظمی، دهیار روستا، گفت: آب روستا از دیروز قطع است.",
                       "مش قاسم گونی‌ها را روی هم می‌چیند و می‌گوید: هنوز پول گندم پارسال را نگرفته‌ایم.")
    assert [(q.speaker, q.ref) for q in quotes] == [("مهدی کاظمی", "name"), ("مش قاسم", "name")]


@pytest.mark.parametrize("paragraphs, piece, name", [
    (["ننه گلاب ۸۰ ساله است و هنوز نان می‌پزد. می گوید: تنور را پدرم ساخت.",
      "ننه گلاب ادامه می دهد: نوه‌هایم دیگر نان خانگی نمی‌خورند."], "نوه‌هایم", "ننه گلاب"),
    (["خاله مهين كه ۳۰ سال در اين كوچه خياطي كرده، مي‌گويد: «مشتري‌ها كم شده‌اند.»"], "مشتري‌ها", "خاله مهین"),
    (["کربلایی رمضان، کشاورز ۶۰ ساله روستا، گفت: امسال باران نیامد و گندم سبز نشد."], "امسال باران", "کربلایی رمضان"),
])
def test_a_name_of_address_the_sentence_writes_is_a_name(paragraphs, piece, name):
    """The name an elder goes by is the whole name the report gives them: a sentence that writes
    it refers to them by name, not by a surname (ANNOTATION.md, round 21)."""
    quote = quote_holding(quotes_of(*paragraphs), piece)
    assert (quote.speaker, quote.ref) == (name, "name")


def test_a_surname_that_is_a_word_of_address_stays_a_surname():
    """علی دایی, then دایی alone: a word of address standing alone is the surname it is here, not
    a name of address (that is a word of address and a given name)."""
    quotes = quotes_of("علی دایی، سرمربی تیم، گفت: بازیکنان خسته بودند.",
                       "دایی افزود: هفته بعد جبران می‌کنیم.")
    assert [(q.speaker, q.ref) for q in quotes] == [("علی دایی", "name"), ("علی دایی", "surname")]


def test_the_name_of_address_is_not_lengthened_into_the_words_before_it():
    """``خاله زهرا حرف عمو جلال را تایید می‌کند``: عمو جلال, introduced before, stays himself; the
    words that run up to him are no longer name of his."""
    quotes = quotes_of("عمو جلال ۸۰ سال دارد. می‌گوید: زمستان امسال سخت‌تر از پارسال است.",
                       "خاله زهرا حرف عمو جلال را تایید می‌کند و می‌گوید چیزی که اینجا کم داریم ملاقات است، نه غذا.")
    assert [q.speaker for q in quotes] == ["عمو جلال", "خاله زهرا"]
