"""``اما در همین حال X گفت``، ``اما از سوی دیگر، X گفت``: a conjunction before an opener or an
adverbial leaves the subject after it, as with no conjunction; agency reports open a second party's
answer so. Without a subject after the adverbial the speaker of the moment goes on. Every sentence
is written for the test."""

from __future__ import annotations

import pytest

from tests.quoting import quotes_of, speaker_of


@pytest.mark.parametrize("answer, speaker", [
    ("اما در همین حال بهرام کاظمی رئیس اتحادیه نانوایان اظهار داشت که قیمت نان تغییر نمی‌کند.", "بهرام کاظمی"),
    ("اما در مقابل، بهرام کاظمی رئیس اتحادیه نانوایان گفت: قیمت نان تغییر نمی‌کند.", "بهرام کاظمی"),
    ("اما از سوي ديگر بهرام كاظمي رئيس اتحاديه نانوايان گفت: قيمت نان تغيير نمي كند.", "بهرام کاظمی"),
    ("اما در این میان ژوزه مورینیو سرمربی تیم مقابل گفت: قیمت نان تغییر نمی‌کند.", "ژوزه مورینیو"),
])
def test_the_subject_after_the_adverbial_speaks(answer, speaker):
    quotes = quotes_of("به گزارش فارس، سعید محمدی مدیرکل غله استان گفت: آرد کافی داریم.", answer)
    assert speaker_of(quotes, "قیمت نان" if "قیمت نان" in answer else "قيمت نان") == speaker


@pytest.mark.parametrize("answer", [
    "اما در ادامه افزود: قیمت نان تغییر نمی‌کند.",
    "اما در پاسخ به این سوال که چرا آرد گران شد گفت: قیمت نان تغییر نمی‌کند.",
])
def test_with_no_subject_after_the_adverbial_the_speaker_goes_on(answer):
    quotes = quotes_of("به گزارش فارس، سعید محمدی مدیرکل غله استان گفت: آرد کافی داریم.", answer)
    assert speaker_of(quotes, "قیمت نان") == "سعید محمدی"
