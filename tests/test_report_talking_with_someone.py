"""The report's own talk with someone (``با X، ROLE، هم صحبت کردیم``، ``با X گفت‌وگو کردیم``)
gives X the floor, also for the ``او گفت`` after it in the same paragraph: X is whom the report
turned to, not the coach it quoted before. Every sentence is written for the test.
"""

from __future__ import annotations

import pytest

from quoting import quotes_of, speaker_of

COACH = "رسول خادمیان، سرمربی تیم، گفت: بازیکنان ما از نظر بدنی عقب نیستند."


@pytest.mark.parametrize("paragraphs", [
    ("پس از گفت‌وگو با سرمربی، با امیرعلی پاکزاد، کاپیتان تیم، هم صحبت کردیم. او با خنده گفت: حالم خوب است و فردا بازی می‌کنم.",),
    ("پس از تمرین با امیرعلی پاکزاد، کاپیتان تیم، صحبت کردیم.", "او گفت: حالم خوب است و فردا بازی می‌کنم."),
    ("با اميرعلي پاكزاد، كاپيتان تيم، هم گفت‌وگو كرديم. او گفت: حالم خوب است و فردا بازي مي‌كنم.",),
])
def test_whom_the_report_talked_with_says_what_follows(paragraphs):
    quotes = quotes_of(COACH, *paragraphs)
    assert speaker_of(quotes, "فردا باز") == "امیرعلی پاکزاد"


def test_a_talk_inside_someone_s_quote_is_theirs_and_gives_nobody_the_floor():
    """``X گفت: ما با Y گفت‌وگو کردیم ...``: the «we» is X's, so the ``وی افزود`` after is X's."""
    quotes = quotes_of("رسول خادمیان، سرمربی تیم، گفت: ما با امیرعلی پاکزاد، کاپیتان تیم، هم صحبت کردیم و او آماده است.",
                       "وی افزود: بازی فردا برای ما حیاتی است.")
    assert speaker_of(quotes, "بازی فردا") == "رسول خادمیان"


def test_a_talk_the_report_only_tells_of_gives_nobody_the_floor():
    """``سرمربی با کاپیتان صحبت کرد``: a talk between others, in no first person."""
    quotes = quotes_of(COACH, "خادمیان پیش از تمرین با امیرعلی پاکزاد، کاپیتان تیم، صحبت کرد.",
                       "وی افزود: بازی فردا برای ما حیاتی است.")
    assert speaker_of(quotes, "بازی فردا") == "رسول خادمیان"
