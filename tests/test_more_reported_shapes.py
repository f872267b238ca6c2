"""Issue 11, indirect recall: more shapes of reported speech.

Naming something as what it is (از Y به عنوان CLAIM یاد کرد). Every sentence is written for
the test.
"""

from __future__ import annotations

import pytest

from corpus.document import Document, Quote
from corpus.quotes import extract_quotes

SPEAKER = "علی احمدی، مدیرعامل باشگاه،"


def quotes_of(*paragraphs: str) -> list[Quote]:
    return extract_quotes(Document(id="doc", title="عنوان خبر", lead="", paragraphs=list(paragraphs)))


@pytest.mark.parametrize("verb_phrase, claim", [
    ("از این بازیکن به عنوان بهترین خرید فصل یاد کرد", "این بازیکن به عنوان بهترین خرید فصل"),
    ("در این مراسم از ورزشگاه تازه با عنوان خانه دوم هواداران یاد کرد", "ورزشگاه تازه با عنوان خانه دوم هواداران"),
])
def test_naming_something_as_what_it_is_is_reported_speech(verb_phrase, claim):
    quotes = quotes_of(f"{SPEAKER} {verb_phrase}.")
    assert [(q.kind, q.cue, q.text, q.speaker) for q in quotes] == [("indirect", "یاد کرد", claim, "علی احمدی")]


@pytest.mark.parametrize("sentence", [
    f"{SPEAKER} در این مراسم از پیشکسوتان فقید باشگاه یاد کرد.",  # remembering, nothing named as
    "به نوعی می‌توان از این بازی به عنوان بهترین نمایش تیم یاد کرد.",  # the writer's "one can"
])
def test_remembering_or_the_writers_own_naming_is_no_quote(sentence):
    assert quotes_of(sentence) == []
