"""A speaker the quotes give no title, whose office the sentence after their name gives by a
pronoun and a copula (``سرهنگ X ... گفت ... . او رئیس پلیس ... است``): that office is theirs, as a
relative clause's is. Not a sentence inside their own quote (there او is whom they speak of), nor a
one-word predicate (او مسئول است: responsible). Every sentence is written for the test."""

from __future__ import annotations

import pytest

from tests.quoting import quote_holding, quotes_of


@pytest.mark.parametrize("paragraph, piece, speaker, role", [
    ("سرهنگ رضا اميري روز گذشته به خبرنگار ما گفت كه ۳۰ معتاد متجاهر جمع‌آوري شده‌اند. وي رييس پليس "
     "مبارزه با مواد مخدر شهرستان بابل است.",
     "معتاد متجاهر", "رضا امیری", "رییس پلیس مبارزه با مواد مخدر شهرستان بابل"),
    ("زهرا کاظمی در گفت‌وگو با ما گفت: «هر مددکار بیش از ۲۰۰ پرونده دارد.» او عضو هیئت مدیره انجمن "
     "مددکاران اجتماعی ایران است.",
     "۲۰۰ پرونده", "زهرا کاظمی", "عضو هیئت مدیره انجمن مددکاران اجتماعی ایران"),
])
def test_the_next_sentence_gives_the_office(paragraph, piece, speaker, role):
    quote = quote_holding(quotes_of(paragraph), piece)
    assert (quote.speaker, quote.role) == (speaker, role)


@pytest.mark.parametrize("paragraph", [
    "علی رضایی گفت: صف بیماران طولانی است. او مدیر بیمارستان است و کاری از دستش برنمی‌آید.",
    "علی رضایی گفت که صف بیماران طولانی است. او مسئول است.",
])
def test_no_office_from_inside_the_quote_or_from_an_adjective(paragraph):
    assert quote_holding(quotes_of(paragraph), "صف بیماران").role is None
