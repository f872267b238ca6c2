"""A speaker called by the surname takes the full name the article gives in its own narration:
the gold guide's speaker is the longest form. Every sentence is written for the test.
"""

from __future__ import annotations

import pytest

from quoting import quotes_of, speaker_of


@pytest.mark.parametrize("narration, said, piece, name", [
    ("جلسه با حضور فرهاد سلیمانی نایب رئیس فدراسیون برگزار شد.",
     "سلیمانی گفت: بودجه امسال کافی نیست.", "بودجه امسال", "فرهاد سلیمانی"),
    ("نشست با حضور مریم کاظمی نائب رئیس شورای شهر برگزار شد.",
     "کاظمی افزود: بودجه امسال کافی نیست.", "بودجه امسال", "مریم کاظمی"),
    ("در این مراسم حسن قاسمی قائم مقام وزیر نیز حضور داشت.",
     "قاسمی در حاشیه مراسم گفت: بودجه امسال کافی نیست.", "بودجه امسال", "حسن قاسمی"),
])
def test_a_name_ends_on_the_surname_before_a_role_opening_on_no_head(narration, said, piece, name):
    assert speaker_of(quotes_of(narration, said), piece) == name


def test_a_surname_the_article_never_gives_in_full_stays_a_surname():
    """No full name anywhere: the speaker is the surname as written, whatever the rules above."""
    quotes = quotes_of("رکورد ملی در این مسابقات شکسته شد.", "کهن‌دل گفت: باور نمی‌کردم.")
    assert speaker_of(quotes, "باور نمی‌کردم") == "کهن‌دل"
