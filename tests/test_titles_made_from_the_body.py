"""A record with no title of its own is titled by its first words (readers.document_from_record);
that title is no headline, so a quote in those words is body:0's (or the lead's) alone, not listed
twice (user audit r28, 3i). Every sentence is written for the test."""

from __future__ import annotations

from corpus.document import Document
from corpus.quotes import extract_quotes
from corpus.readers import document_from_record


def test_a_body_only_record_has_its_quote_once_in_the_body():
    doc = document_from_record({"paragraphs": ["محمد رضایی، وزیر کار، گفت: همه چیز برای اجرای طرح تازه آماده است."]},
                               "a.json", 0, False)
    quotes = extract_quotes(doc)
    assert [(quote.where, quote.speaker) for quote in quotes] == [("body:0", "محمد رضایی")]


def test_a_lead_only_record_has_its_quote_once_in_the_lead():
    doc = document_from_record({"lead": "مریم احمدی، سخنگوی شورا، گفت: بودجه حمل و نقل امسال کافی نیست."}, "a.json", 0, False)
    assert [quote.where for quote in extract_quotes(doc)] == ["lead"]


def test_a_headline_of_its_own_is_still_read():
    doc = Document(id="doc", title="رضایی: همه چیز برای اجرای طرح تازه آماده است",
                   paragraphs=["محمد رضایی، وزیر کار، گفت: همه چیز برای اجرای طرح تازه آماده است."])
    assert "title" in [quote.where for quote in extract_quotes(doc)]
