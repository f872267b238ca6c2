"""Round 18: «به گفته X، ROLE، CLAIM»: the role set off after the name is the source's. Every
sentence is written for the test."""

from __future__ import annotations

from corpus.document import Document
from corpus.quotes import extract_quotes


def test_a_role_set_off_after_the_source_of_according_to_is_the_sources_not_the_claims():
    """به گفته مهدی کاظمی، مدیرکل بهزیستی استان یزد، ۳۰۰ کودک ...: the claim starts at ۳۰۰ and
    the speaker keeps the role."""
    [quote] = extract_quotes(Document(id="doc", title="عنوان خبر", paragraphs=[
        "به گفته مهدی کاظمی، مدیرکل بهزیستی استان یزد، ۳۰۰ کودک کار در این استان شناسایی شده‌اند."]))
    assert (quote.speaker, quote.role) == ("مهدی کاظمی", "مدیرکل بهزیستی استان یزد")
    assert quote.text.startswith("۳۰۰ کودک")


def test_a_clause_after_the_source_of_according_to_stays_the_claim():
    """به گفته کاظمی، مدیرکل قبلی این اداره را ترک کرده، ...: a part holding a verb is the claim's."""
    [quote] = extract_quotes(Document(id="doc", title="عنوان خبر", paragraphs=[
        "به گفته مهدی کاظمی، مدیرکل قبلی این اداره را ترک کرده، و کسی جای او نیامده است."]))
    assert quote.text.startswith("مدیرکل قبلی")
