"""A pronoun after a sentence of the report's frame (``این اظهارات در حالی مطرح می‌شود که X ...``):
the frame's subject is a thing, and the one named as the subject of its «در حالی ... که» clause
is whom the ``وی``/``او`` of the next sentence means, not whoever spoke before.
Every sentence is written for the test.
"""

from __future__ import annotations

import pytest

from quoting import quotes_of, speaker_of

MINISTER = "علی رضایی، وزیر صنعت، گفت: تعرفه واردات مواد اولیه کاهش می‌یابد."


@pytest.mark.parametrize("paragraph, piece, speaker", [
    ("این اظهارات در حالی مطرح می‌شود که هفته گذشته حسن کاظمی، رئیس اتاق بازرگانی با این طرح مخالفت کرده بود. "
     "وی گفته بود کاهش تعرفه به تولید داخلی آسیب می‌زند.", "به تولید داخلی آسیب", "حسن کاظمی"),
    ("این سخنان در حالی بیان شد که حسن کاظمی رئیس اتاق بازرگانی در نشست دیروز حضور نداشت. "
     "وی پیش‌تر اعلام کرده بود که با هر کاهشی مخالف است.", "با هر کاهشی مخالف", "حسن کاظمی"),
    ("اين تصميم در حالي گرفته شد كه پيش از اين مهدي تاج، رئيس فدراسيون فوتبال، با آن مخالفت كرده بود. "
     "وي گفته بود بازيكنان ملي‌پوش به استراحت نياز دارند.", "بازيكنان ملي‌پوش به استراحت", "مهدی تاج"),
    ("این خبر در حالی منتشر شد که یحیی گل‌محمدی، سرمربی پرسپولیس، روز گذشته به تهران بازگشت. "
     "او گفت: تا پایان فصل روی نیمکت این تیم می‌مانم.", "روی نیمکت این تیم", "یحیی گل‌محمدی"),
])
def test_the_one_named_inside_the_frame_is_whom_the_pronoun_means(paragraph, piece, speaker):
    """``این سخنان در حالی بیان شد که X ... . وی ...``: X, named in the frame's clause, speaks next."""
    assert speaker_of(quotes_of(MINISTER, paragraph), piece) == speaker


@pytest.mark.parametrize("paragraph, piece", [
    ("این طرح در حالی اجرا می‌شود که بودجه آن هنوز تامین نشده است. وی افزود: کارخانه‌ها باید وام ارزان بگیرند.",
     "وام ارزان بگیرند"),
    ("این در حالی است که تعرفه‌ها سال گذشته دو برابر شده بود. وی افزود: کارخانه‌ها باید مواد اولیه ارزان بخرند.",
     "مواد اولیه ارزان بخرند"),
])
def test_a_frame_naming_nobody_leaves_the_floor_with_the_speaker(paragraph, piece):
    """``این طرح در حالی اجرا می‌شود که بودجه آن ...``: no one is named after the که, so the minister
    who spoke before goes on."""
    assert speaker_of(quotes_of(MINISTER, paragraph), piece) == "علی رضایی"
