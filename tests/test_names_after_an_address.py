"""A reporter's question that turns to the one asked by name and then reports another
(``آقای حسینی‌پور، رضا نیکخواه، مدیرکل ... گفته بود ...؛ این را قبول دارید؟``): the words reported
are the full name's, not the one addressed. Every sentence is written for the test.
"""

from __future__ import annotations

import pytest

from quoting import quotes_of, speaker_of


@pytest.mark.parametrize("question, piece, name", [
    ("خبرنگار: آقای حسینی‌پور، رضا نیکخواه، مدیرکل بهزیستی استان هفته گذشته گفته بود نیمی از کمپ‌ها مجوز ندارند. "
     "این را قبول دارید؟", "نیمی از کمپ‌ها", "رضا نیکخواه"),
    ("■ آقای عسگرزاده، محسن ذوالقدری، رئیس کمیسیون عمران مجلس، هفته گذشته گفته بود طرح دو سال عقب است. پاسخ شما چیست؟",
     "دو سال عقب", "محسن ذوالقدری"),
    ("خانم احمدی، مریم نوری گفته است که مهدکودک‌ها تعطیل می‌شوند. نظر شما چیست؟", "مهدکودک‌ها", "مریم نوری"),
])
def test_the_one_reported_after_an_address_is_the_speaker(question, piece, name):
    quotes = quotes_of("پرویز رستمی، مدیر مرکز، گفت: ظرفیت ما پر است.", question)
    assert speaker_of(quotes, piece) == name


def test_a_role_after_the_address_is_the_addressed_ones_apposition():
    """The negative: ``آقای رضایی، مدیرکل بهزیستی، گفت`` names one man with his office."""
    quotes = quotes_of("آقای رضایی، مدیرکل بهزیستی، گفت: کمپ‌ها مجوز ندارند.")
    assert speaker_of(quotes, "کمپ‌ها") == "رضایی"
