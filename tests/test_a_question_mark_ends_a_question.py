"""A question mark after a word closes the question a journalist pasted or typed («وضعیت بهزیستی؟»),
not a one-letter wildcard: Whoosh read «بهزیستی؟» as بهزیستی plus one more letter and found nothing."""

import pytest

from conftest import index_of
from indexer.search import _question_marks_closed, search

ARTICLES = [
    {"id": "a1", "title": "بودجه بهزیستی", "body": "مریم احمدی گفت: بودجه بهزیستی امسال افزایش یافت."},
    {"id": "a2", "title": "کودکان کار", "body": "علی رضایی گفت: کودکان کار بیمه می‌شوند."},
]


@pytest.fixture(scope="module")
def index_dir(tmp_path_factory):
    return index_of(tmp_path_factory, "question-marks", ARTICLES)


@pytest.mark.parametrize("query", ["بهزیستی؟", "بهزیستی?", "بهزیستی؟!", "بودجه بهزیستی؟ کودکان", "«بهزیستی؟»"])
def test_a_word_ending_in_a_question_mark_finds_the_word(index_dir, query):
    assert "a1" in {hit.id for hit in search(index_dir, query).hits}


def test_a_question_mark_inside_a_word_is_left_to_the_wildcard():
    assert _question_marks_closed("کود?ک") == "کود?ک"
    assert _question_marks_closed("کودک? کار") == "کودک  کار"
