"""People named in a list joined by «و», each with a title and no comma (X سرمربی ملوان و Y سرمربی
پیکان ...), each keep their own title when the article quotes them later by surname: up to the «و»
that opens the next name, and for the last one only when the clause does not go on into its verb
right after the title (where it ends is then unsure). Every sentence is written for the test."""

from __future__ import annotations

import pytest

from tests.quoting import quote_holding, quotes_of

OPENING = "پس از بازی دیروز، کامران رحیمی سرمربی تیم فوتبال شاهین و بهنام صفری سرمربی تیم فوتبال ملوان در کنفرانس خبری شرکت کردند."


@pytest.mark.parametrize("later, name, role", [
    ("رحیمی گفت: از نتیجه بازی راضی هستم.", "کامران رحیمی", "سرمربی تیم فوتبال شاهین"),
    ("صفری گفت: از نتیجه بازی راضی هستم.", "بهنام صفری", "سرمربی تیم فوتبال ملوان"),
])
def test_each_listed_person_keeps_their_title(later, name, role):
    quote = quote_holding(quotes_of(OPENING, later), "از نتیجه بازی")
    assert (quote.speaker, quote.role) == (name, role)


def test_a_title_in_a_list_after_an_opening_phrase():
    opening = "در نشست امروز، فرشید نادری رئیس هیئت والیبال استان و مجید کرمی دبیر این هیئت حضور داشتند."
    quote = quote_holding(quotes_of(opening, "نادری گفت: مسابقات از هفته آینده آغاز می‌شود."), "مسابقات از هفته")
    assert (quote.speaker, quote.role) == ("فرشید نادری", "رئیس هیئت والیبال استان")


def test_no_title_for_the_last_one_when_the_verb_follows_at_once():
    opening = "در نشست امروز، فرشید نادری رئیس هیئت والیبال استان و مجید کرمی دبیر هیئت حضور داشتند."
    quote = quote_holding(quotes_of(opening, "کرمی گفت: مسابقات از هفته آینده آغاز می‌شود."), "مسابقات از هفته")
    assert (quote.speaker, quote.role) == ("مجید کرمی", None)
