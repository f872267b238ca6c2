"""A sentence that writes its speaker's name where no subject is looked for (after a time or a
place: ``پس از این جلسه رحیمی به فارس گفت``), its quote given to whoever has the floor, refers
to them by that name: its ref type is the surname (or name) it writes, not a pronoun. A وی/او
after the name, or a preposition before it, leaves it a pronoun. Every sentence is written for
the test.
"""

from __future__ import annotations

import pytest

from quoting import quote_holding, quotes_of

INTRODUCED = "مهران رحیمی، سرپرست تیم پیکان، گفت: تیم برای بازی فردا آماده است."


@pytest.mark.parametrize("sentence, piece", [
    ("پس از پایان تمرین رحیمی به خبرنگار ما، گفت: بازیکنان خسته نیستند.", "خسته نیستند"),
    ("همان شب رحیمی از این موضوع عذرخواهی کرد و گله کرد که چرا خبرها نادرست منتشر می‌شود.", "نادرست منتشر"),
    ("به گزارش ورزش سه، از ورزشگاه شهدا رحیمی درباره نتیجه بازی گفت: از بازیکنانم راضی هستم.", "راضی هستم"),
    ("پس از اين جلسه رحيمي به فارس، گفت: جلسه خوبي بود.", "جلسه خوبي"),
])
def test_a_surname_written_where_no_subject_is_looked_for_is_the_ref(sentence, piece):
    quote = quote_holding(quotes_of(INTRODUCED, sentence), piece)
    assert (quote.speaker, quote.ref) == ("مهران رحیمی", "surname")


@pytest.mark.parametrize("sentence, piece", [
    ("از رحیمی درباره نتیجه پرسیدیم و او گفت: از بازیکنانم راضی هستم.", "راضی هستم"),
    ("وی درباره بازی بعد افزود: حریف سختی داریم.", "حریف سختی"),
])
def test_a_pronoun_after_the_name_or_none_written_stays_a_pronoun(sentence, piece):
    quote = quote_holding(quotes_of(INTRODUCED, sentence), piece)
    assert (quote.speaker, quote.ref) == ("مهران رحیمی", "pronoun")


def test_a_name_after_a_preposition_is_whom_it_is_said_to():
    """``به رحیمی اعلام کردند``: رحیمی is told, not telling; the quote's ref is not his surname."""
    quote = quote_holding(quotes_of(INTRODUCED, "پس از بازی خبرنگاران به رحیمی اعلام کردند که جلسه لغو شده است."),
                          "جلسه لغو")
    assert quote.ref != "surname"
