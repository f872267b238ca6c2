"""Round 19 (n): who a name is and what kind of speaker speaks. Every sentence is written for
the test."""

from __future__ import annotations

from quoting import quotes_of


def test_a_name_set_off_after_a_role_by_commas_is_the_speaker_whatever_its_given_name():
    """``معاون ... استان، هیوا امینی، گفت``: a whole name after the role's comma is its holder,
    though FIRST_NAMES lacks the given name (Kurdish, Turkish, women's names); it is no part of
    the role."""
    quotes = quotes_of(
        "معاون درمان دانشگاه علوم پزشکی استان، دلنیا رستمی، گفت: بیمارستان جدید تا پایان سال افتتاح می‌شود.",
        "رئیس اداره آموزش و پرورش شهرستان، سیروان احمدي، نيز افزود: مدارس روستایی بازسازی می‌شوند.",
        "مدیرکل صنعت، معدن و تجارت استان گفت: قیمت‌ها ثابت می‌ماند.")
    assert [(q.speaker, q.role) for q in quotes] == [
        ("دلنیا رستمی", "معاون درمان دانشگاه علوم پزشکی استان"),
        ("سیروان احمدی", "رئیس اداره آموزش و پرورش شهرستان"),
        (None, "مدیرکل صنعت معدن و تجارت استان")]
