"""A person introduced with a title that lists two offices (``معاون ... کمیته امداد و دبیر ستاد ...``)
holds each: a later title-only quote may name either office alone. A one-word title (``یک نماینده
دیگر``) is none of someone's several offices. Every sentence is written for the test."""

from __future__ import annotations

import pytest

from tests.quoting import quotes_of, speaker_of


@pytest.mark.parametrize("paragraphs, words, speaker", [
    (["علی مرادی، معاون حمایت کمیته امداد استان و دبیر ستاد طرح نیکوکاری، گفت: ۵ هزار بسته آماده شده است.",
      "ناصر رحمتی، فرماندار شهرستان، هم گفت: توزیع با همکاری بسیج انجام می‌شود.",
      "دبیر ستاد طرح نیکوکاری در پایان یادآور شد: خیران تا پایان ماه فرصت دارند."],
     "خیران تا پایان", "علی مرادی"),
    (["کاوه نادری، مدیرکل فرهنگ و ارشاد اسلامی استان و دبیر جشنواره تئاتر کودک، گفت: ۴۰ نمایش به جشنواره رسید.",
      "الهام کریمی کارگردان یکی از نمایش‌ها گفت: سالن‌ها برای کودکان مناسب نیست.",
      "دبیر جشنواره تئاتر کودک در پاسخ گفت: دو سالن جدید تا سال آینده آماده می‌شود."],
     "دو سالن جدید", "کاوه نادری"),
])
def test_a_title_naming_the_second_office_is_its_holders(paragraphs, words, speaker):
    assert speaker_of(quotes_of(*paragraphs), words) == speaker


def test_a_title_naming_the_first_office_is_still_its_holders():
    quotes = quotes_of(
        "علی مرادی، معاون حمایت کمیته امداد استان و دبیر ستاد طرح نیکوکاری، گفت: ۵ هزار بسته آماده شده است.",
        "ناصر رحمتی، فرماندار شهرستان، هم گفت: توزیع با همکاری بسیج انجام می‌شود.",
        "معاون حمایت کمیته امداد استان افزود: خیران تا پایان ماه فرصت دارند.")
    assert speaker_of(quotes, "خیران تا پایان") == "علی مرادی"


def test_another_one_word_title_is_not_one_of_the_offices():
    quotes = quotes_of(
        "رضا کرمی، نایب رئیس کمیسیون اجتماعی و نماینده مردم یزد، گفت: صندوق‌ها در خطرند.",
        "یک نماینده دیگر گفت: ابتدا دولت بدهی‌اش را بدهد.")
    assert speaker_of(quotes, "بدهی‌اش") is None
