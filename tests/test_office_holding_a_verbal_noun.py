"""A title nobody is named with may hold a verbal noun and its object (اداره نظارت بر ...، ستاد
استقبال از ...): when the clause runs on in nouns alone from «بر» or «از» to a plain speech verb,
those words are the office's, not cut off it. Not before a verb that takes its claim with the same
preposition (از X خبر داد، بر X تاکید کرد), nor past a word that opens the clause's own part (به،
a time, an occasion). Every sentence is written for the test."""

from __future__ import annotations

import pytest

from tests.quoting import quote_holding, quotes_of


@pytest.mark.parametrize("sentence, role", [
    ("رئیس اداره نظارت بر داروهای دامی اداره کل دامپزشکی استان سمنان گفت: سه داروخانه غیرمجاز پلمب شد.",
     "رئیس اداره نظارت بر داروهای دامی اداره کل دامپزشکی استان سمنان"),
    ("رئیس ستاد استقبال از نوروز شهرداری طبس افزود: سه داروخانه غیرمجاز پلمب شد.",
     "رئیس ستاد استقبال از نوروز شهرداری طبس"),
    # «و» joining the things the office watches over
    ("رئیس اداره نظارت بر داروها و فرآورده‌های زیستی دامپزشکی شهرستان بافق اظهار داشت: سه داروخانه غیرمجاز پلمب شد.",
     "رئیس اداره نظارت بر داروها و فرآورده‌های زیستی دامپزشکی شهرستان بافق"),
])
def test_the_office_runs_to_the_verb_over_its_verbal_nouns_object(sentence, role):
    quote = quote_holding(quotes_of(sentence), "سه داروخانه")
    assert (quote.speaker, quote.role) == (None, role)


@pytest.mark.parametrize("sentence, piece, role", [
    # the verb takes its claim with از: the title ends before it
    ("مدیرکل بهزیستی استان قم از افزایش مستمری مددجویان خبر داد و گفت: سه داروخانه غیرمجاز پلمب شد.",
     "سه داروخانه", "مدیرکل بهزیستی استان قم"),
    # the verb takes its claim with بر
    ("وزیر بهداشت بر لزوم واکسیناسیون کودکان تاکید کرد و گفت: سه داروخانه غیرمجاز پلمب شد.",
     "سه داروخانه", "وزیر بهداشت"),
    # «به» opens the clause's own part: the trip, not the office
    ("معاون وزیر نیرو از سفر خود به چین گفت: سه داروخانه غیرمجاز پلمب شد.",
     "سه داروخانه", "معاون وزیر نیرو"),
])
def test_the_title_ends_where_the_clause_takes_over(sentence, piece, role):
    quote = quote_holding(quotes_of(sentence), piece)
    assert quote.role == role
