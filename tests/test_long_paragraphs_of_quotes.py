"""A paragraph holding thousands of quotes (a dump that ran an article's body together) has every
quote found and given its speaker, as a short one does (user audit r28, 2a); how the time grows with
the paragraph is bench/long_paragraph.py's to measure, never a unit test's. Every sentence is
written for the test."""

from __future__ import annotations

from tests.quoting import quotes_of

SAID = "مدیرکل بهزیستی استان، علی محمدی، گفت: «برای کودکان کار امسال برنامه تازه‌ای داریم.» "
PLAIN = "سازمان بهزیستی نیز در این زمینه با شهرداری همکاری خواهد کرد. "


def test_every_quote_of_a_long_paragraph_is_found_and_attributed():
    quotes = quotes_of(SAID * 300)
    assert len(quotes) == 300
    assert {quote.speaker for quote in quotes} == {"علی محمدی"}
    assert all("برنامه تازه‌ای داریم" in quote.text for quote in quotes)


def test_quotes_among_long_narration_are_found_and_attributed():
    quotes = quotes_of(PLAIN * 200 + SAID + PLAIN * 200 + SAID)
    assert [quote.speaker for quote in quotes] == ["علی محمدی", "علی محمدی"]
