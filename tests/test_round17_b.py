"""Issue 17b, pronouns and implied subjects: who is speaking when a quote names nobody, and
when a quote that seems to name nobody does. Every sentence is written for the test.
"""

from __future__ import annotations

from corpus.document import Document, Quote
from corpus.quotes import extract_quotes


def quotes_of(*paragraphs: str, title: str = "عنوان خبر", lead: str = "") -> list[Quote]:
    return extract_quotes(Document(id="doc", title=title, lead=lead, paragraphs=list(paragraphs)))


def test_a_speaker_named_before_a_question_he_answers_is_the_subject_not_the_last_speaker():
    """``کاظمی در پاسخ به این سوال که ...؟ گفت``: the question mark ends no sentence; the verb's
    subject stands before the question, however the mark and the words around it are written."""
    for asked, mark in (("در پاسخ به این سوال که آیا قصد استعفا دارید", "؟"),
                        ("در پاسخ به اين سؤال كه آيا قصد استعفا داريد", "?"),
                        ("درباره اینکه «آیا قصد استعفا دارید", "؟»،")):
        quotes = quotes_of("حسن کاظمی، مدیرعامل باشگاه، گفت: تیم برای بازی فردا آماده است.",
                           "مریم صدری، سرپرست تیم، نیز گفت: بازیکنان خسته‌اند.",
                           f"کاظمی {asked}{mark} گفت: من با هیچ‌کس قهر نیستم.")
        assert [(q.speaker, q.ref) for q in quotes][-1] == ("حسن کاظمی", "surname")

