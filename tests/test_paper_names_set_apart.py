"""A paper's name may end on a word that is also a time word (سیاست روز، بازار امروز). The name runs
on over it when the article writes the longer name set apart, in guillemets or as a press review's
heading line; otherwise the time word is the clause's (روزنامه کیهان امروز نوشت). Every sentence is
written for the test."""

from __future__ import annotations

from corpus.speakers import speaker_key
from tests.quoting import quotes_of, speaker_of


def test_a_paper_named_in_guillemets_keeps_its_time_word():
    quotes = quotes_of("روزنامه «بازار امروز» هم در گزارشی نوشت: سود نانوایی‌ها امسال به کمتر از ۵ درصد رسیده است.")
    assert speaker_key(speaker_of(quotes, "سود نانوایی")) == speaker_key("روزنامه بازار امروز")


def test_a_paper_named_by_a_heading_line_keeps_its_time_word():
    quotes = quotes_of("* سياست روز",
                       "روزنامه سياست روز در سرمقاله امروز خود آورده است:",
                       "دولت باید برای مهار گرانی کالاهای اساسی برنامه روشنی ارائه کند.")
    assert speaker_key(speaker_of(quotes, "مهار گرانی")) == speaker_key("روزنامه سیاست روز")


def test_a_time_word_after_a_paper_named_nowhere_longer_is_the_clauses():
    for paragraph in ("روزنامه کیهان امروز نوشت: دولت باید برای مهار گرانی برنامه روشنی ارائه کند.",
                      "روزنامه «کیهان» امروز نوشت: دولت باید برای مهار گرانی برنامه روشنی ارائه کند."):
        assert speaker_key(speaker_of(quotes_of(paragraph), "مهار گرانی")) == speaker_key("روزنامه کیهان")
