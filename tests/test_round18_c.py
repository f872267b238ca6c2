"""Round 18: the copula's every person is a verb (نیستم، داریم، باشید): a clause ending on one
ends on a verb. Every sentence is written for the test."""

from __future__ import annotations

from corpus.document import Document
from corpus.quotes import extract_quotes


def test_a_labelled_answer_whose_only_verb_is_a_negated_copula_is_the_interviewees():
    """«کاظمی: من با این حرف موافق نیستم ...» answers the question before it, though its only
    verb is نیستم (and ماست، ما + است, is no verb as written)."""
    quotes = extract_quotes(Document(id="doc", title="گفت‌وگو با مهدی کاظمی", paragraphs=[
        "مهدی کاظمی مدیرکل بهزیستی استان یزد است. با او گفت‌وگو کردیم.",
        "خبرنگار: نظر شما درباره بودجه امسال چیست؟",
        "کاظمی: من با این حرف موافق نیستم و بودجه امسال نصف نیاز ماست."]))
    assert [(q.where, q.speaker) for q in quotes] == [("body:2", "مهدی کاظمی")]
