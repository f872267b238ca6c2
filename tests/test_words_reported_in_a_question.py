"""Another's words a question reports, or a speaker's own sentence tells in passing, keep no floor:
``وی در پاسخ به این سوال که X گفته است ...، گفت: ...`` is the one the وی means, as is the ``وی
افزود`` after it; so is the answer after ``از Y سوال شد: آقای X گفته است ... . نظرتان چیست:``.
Every sentence is written for the test.
"""

from __future__ import annotations

import pytest

from quoting import quotes_of, speaker_of

SPOKESMAN = "حمید کاظمی، سخنگوی کمیسیون آموزش مجلس گفت: طرح رتبه‌بندی معلمان هفته آینده به صحن می‌آید."


@pytest.mark.parametrize("paragraph, piece", [
    ("وی در پاسخ به این سوال که رضا مرادی گفته است این طرح کنار گذاشته شده، گفت: طرح به هیچ وجه کنار گذاشته نشده است.",
     "به هیچ وجه کنار گذاشته"),
    ("او در واکنش به اظهارات رضا مرادی مبنی بر اینکه بودجه طرح تامین نشده است، افزود: اعتبار طرح در لایحه دیده شده است.",
     "اعتبار طرح در لایحه"),
    ("وي در پاسخ به اين پرسش كه رضا مرادي اعلام كرده است معلمان حق‌التدريسي كنار مي‌مانند، گفت: همه معلمان مشمول طرح هستند.",
     "همه معلمان مشمول طرح"),
])
def test_the_pronoun_opening_the_sentence_keeps_the_floor(paragraph, piece):
    """The one named inside the وی's sentence speaks in passing; the وی is the spokesman, and so
    is the وی افزود of the next paragraph."""
    quotes = quotes_of(SPOKESMAN, paragraph, "وی افزود: جلسه کمیسیون یکشنبه برگزار می‌شود.")
    assert speaker_of(quotes, piece) == "حمید کاظمی"
    assert speaker_of(quotes, "جلسه کمیسیون یکشنبه") == "حمید کاظمی"


def test_an_answer_after_a_question_put_with_no_asker():
    """``از کاظمی سوال شد: رضا مرادی گفته است ... . فکر می‌کنید علت چیست:`` reports مرادی inside
    the reporter's question; the وی گفت after it is کاظمی answering."""
    quotes = quotes_of(SPOKESMAN,
                       "در ادامه از کاظمی سوال شد: رضا مرادی در گفت‌وگو با یک روزنامه گفته است، طرح به سال آینده می‌رود. "
                       "فکر می‌کنید علت این تاخیر چه بوده است:",
                       "وی گفت: تاخیری در کار نیست و طرح طبق برنامه پیش می‌رود.")
    assert speaker_of(quotes, "طرح به سال آینده می‌رود") == "رضا مرادی"
    assert speaker_of(quotes, "تاخیری در کار نیست") == "حمید کاظمی"


@pytest.mark.parametrize("paragraph, piece, speaker", [
    ("رضا مرادی، عضو دیگر کمیسیون در پاسخ به این سوال گفت: طرح هنوز ایرادهایی دارد. وی افزود: باید دوباره بررسی شود.",
     "باید دوباره بررسی شود", "رضا مرادی"),
    ("همچنین رضا مرادی، عضو دیگر کمیسیون گفت: طرح ایرادهایی دارد و وی افزود: باید دوباره بررسی شود.",
     "باید دوباره بررسی شود", "رضا مرادی"),
])
def test_a_named_speaker_who_opens_the_sentence_takes_the_floor(paragraph, piece, speaker):
    """No pronoun opens the sentence: the one named is its subject and speaks next."""
    assert speaker_of(quotes_of(SPOKESMAN, paragraph), piece) == speaker
