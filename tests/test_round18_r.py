"""Round 18, rule-maker r: gold quotes goftar did not find at all. Every sentence is written for the test."""

from __future__ import annotations

from corpus.document import Document, Quote
from corpus.quotes import extract_quotes


def article(title: str, lead: str, *paragraphs: str) -> list[Quote]:
    return extract_quotes(Document(id="doc", title=title, lead=lead, paragraphs=list(paragraphs)))


def found(quotes: list[Quote]) -> list[tuple[str, str, str | None, str]]:
    return [(q.where, q.kind, q.speaker, q.text) for q in quotes]


def test_a_prediction_is_reported_speech_with_or_without_that():
    """``X پیش‌بینی کرد (که) CLAIM``: what someone predicts is what they said would happen."""
    quotes = article(
        "عنوان خبر", "",
        "بهرام کاشانی، کارشناس هواشناسی استان، پیش‌بینی کرد که بارش‌ها از هفته آینده در نیمه شمالی استان بیشتر شود.",
        "وی همچنین پیش بینی کرد دمای هوا تا پایان ماه پنج درجه پایین بیاید.")
    assert [(q.where, q.kind, q.speaker, q.text) for q in quotes] == [
        ("body:0", "indirect", "بهرام کاشانی", "بارش‌ها از هفته آینده در نیمه شمالی استان بیشتر شود"),
        ("body:1", "indirect", "بهرام کاشانی", "دمای هوا تا پایان ماه پنج درجه پایین بیاید")]


def test_a_planned_sum_or_a_passive_prediction_is_nobodys_claim():
    """پیش‌بینی in a budget (``اعتباری را پیش‌بینی کرد``) or in the passive says nothing anyone said."""
    quotes = article(
        "عنوان خبر", "",
        "شورای شهر برای بازسازی پل قدیمی اعتباری ده میلیاردی را پیش‌بینی کرد.",
        "بارش باران در روزهای آینده پیش‌بینی شده است و جاده‌ها لغزنده خواهند بود.")
    assert quotes == []
