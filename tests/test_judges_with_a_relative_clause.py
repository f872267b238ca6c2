"""``X که ... است، CLAIM را Y می‌داند``: a relative clause on the judge, closed by a comma once its
own verb is said, leaves the present judgement in the main clause: X's quote, as it is without
the clause. A که after a clause that already said something, or whose comma comes before any
verb, still holds the judgement inside what another verb reports. Every sentence is written for
the test."""

from __future__ import annotations

import pytest

from tests.quoting import quote_holding, quotes_of


@pytest.mark.parametrize("sentence, judge, claim", [
    ("مریم احمدی که از دو سال پیش مدیر این مدرسه است، کمبود معلم ریاضی را بزرگ‌ترین مشکل مدرسه می‌داند.",
     "مریم احمدی", "کمبود معلم ریاضی را بزرگ‌ترین مشکل مدرسه"),
    ("رضا توکلی كه سی سال در اين بازار كار كرده است، ركود فروش را نتيجه گراني مواد اوليه مي داند.",  # Arabic ي/ك, no ZWNJ
     "رضا توکلی", "ركود فروش را نتيجه گراني مواد اوليه"),
])
def test_a_judge_with_a_relative_clause_judges_in_the_main_clause(sentence, judge, claim):
    quote = quote_holding(quotes_of(sentence), claim)
    assert (quote.kind, quote.speaker, quote.text) == ("indirect", judge, claim)


@pytest.mark.parametrize("sentence", [
    # the که follows a clause that already judged: the second view is an essay's, nobody's quote
    "نگاه نخست این جنبش‌ها را استثنا تلقی می‌کند که از بیرون می‌آیند و نگاه دوم، آنها را قاعده‌ای در دل تاریخ می‌داند.",
    # a book, not a person, with its relative clause: no named judge
    "کتابی که پارسال منتشر شد، دین را امری فردی می‌داند.",
])
def test_a_that_clause_after_a_clause_or_an_unnamed_judge_gives_no_judgement(sentence):
    assert not [quote for quote in quotes_of(sentence) if quote.cue.endswith("داند")]
