"""Round 17 (n): speakers goftar never read as a speaker, because a word before the name was
taken for the name or for its end. Every sentence is written for the test."""

from __future__ import annotations

from quoting import quotes_of


def test_a_role_runs_on_past_the_name_of_whom_a_place_is_named_after():
    """``رئیس بیمارستان امام رضا (ع) و عضو هیئت مدیره ...، دکتر X، گفت``: امام رضا names the hospital,
    not the speaker; the second role after و goes on, and the name after the comma is the speaker's."""
    quotes = quotes_of(
        "رئیس بیمارستان علی اصغر (ع) و عضو هیئت مدیره انجمن جراحان استان، دکتر کامیار نوری، در آیین افتتاح گفت: دو اتاق عمل تازه داریم.")
    assert [q.speaker for q in quotes] == ["کامیار نوری"]


def test_a_comment_opening_the_sentence_is_not_its_subject():
    """``عجیب اینکه X ...``، ``نکته مهم این است که X ...``، ``«...»؛ این جمله‌ای بود که X ... تکرار کرد``:
    the comment (عجیب، نکته مهم، جمله‌ای) is no name; the subject after it speaks."""
    quotes = quotes_of(
        "عجیب اینکه بهرام سلطانی، سرمربی تیم، هفته پیش گفته بود: «این تیم قهرمان می‌شود.»",
        "نکته مهم این است که کاوه نادری، مدیر باشگاه، روز گذشته گفته بود: «بودجه‌ای نداریم.»",
        "«ورزش برای همه است»؛ این جمله‌ای بود که ماریو کوستا در پایان سخنانش چند بار تکرار کرد.")
    assert [q.speaker for q in quotes] == ["بهرام سلطانی", "کاوه نادری", "ماریو کوستا"]
