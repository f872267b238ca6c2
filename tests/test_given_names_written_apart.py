"""Given names written apart (محمد رضا، محمد علی، امیر حسین) for the compound the article writes
joined in the speaker's full name (محمدرضا علی اکبری): one person. Every sentence is written for
the test.
"""

from __future__ import annotations

import pytest

from quoting import quotes_of, speaker_of

@pytest.mark.parametrize("paragraphs, piece, name", [
    (["محمدرضا شریفی پدر یکی از کودکان است.", "محمد رضا آهی کشید و گفت: پسرم هنوز در بیمارستان است."],
     "پسرم هنوز", "محمدرضا شریفی"),
    (["محمدعلی رضایی در این نشست گفت: طرح آماده است.", "محمد علی در پایان گفت: منتظر بودجه هستیم."],
     "منتظر بودجه", "محمدعلی رضایی"),
    (["امیرحسین قاسمی مهاجم تیم است.", "امیر حسین پس از تمرین گفت: آماده بازی هستم."], "آماده بازی", "امیرحسین قاسمی"),
])
def test_given_names_written_apart_are_the_full_name_that_joins_them(paragraphs, piece, name):
    assert speaker_of(quotes_of(*paragraphs), piece) == name


def test_a_given_name_and_a_surname_that_is_a_given_name_stay_a_full_name():
    """حمیده عباسعلی is a given name and a surname, though both are given names: a longer name
    written with them apart (a run-on) is not what she is called."""
    quotes = quotes_of("حمیده عباسعلی کاراته کای المپیکی کشورمان در اردوی تیم ملی حاضر شد.",
                       "حمیده عباسعلی گفت: برای مدال طلا آمده‌ام.")
    assert speaker_of(quotes, "مدال طلا") == "حمیده عباسعلی"
