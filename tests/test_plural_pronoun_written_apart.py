"""A plural pronoun written with its ending set apart by a space (آن ها، این ها) is the group the
article has just spoken of, as آنها and آن‌ها are, never whoever spoke last."""

from tests.quoting import quotes_of, quote_holding


def _speaker_of(quotes, piece):
    quote = quote_holding(quotes, piece)
    return quote.speaker, quote.speaker_type


def test_an_ha_written_apart_after_a_group_is_the_group():
    quotes = quotes_of("مهدی توکلی، مدیرعامل کارخانه گفت: حقوق‌ها تا آخر ماه پرداخت می‌شود.",
                       "نمایندگان کارگران دیروز نامه‌ای به فرماندار نوشتند. آن ها در این نامه نوشته‌اند: "
                       "چهار ماه است مزدی نگرفته‌ایم.")
    assert _speaker_of(quotes, "مزدی نگرفته") == (None, "unnamed")


def test_in_ha_written_apart_before_a_present_belief_is_the_group():
    quotes = quotes_of("سارا امینی، رئیس بیمارستان گفت: کمبود نیرو نداریم.",
                       "پرستاران اورژانس نظر دیگری دارند. این ها معتقدند شیفت‌های شب بیش از اندازه طولانی است.")
    assert _speaker_of(quotes, "شیفت‌های شب") == (None, "unnamed")


def test_a_singular_pronoun_stays_with_the_speaker():
    quotes = quotes_of("سارا امینی، رئیس بیمارستان گفت: کمبود نیرو نداریم.",
                       "آن روز او افزود: بخش تازه ماه آینده باز می‌شود.")
    assert _speaker_of(quotes, "بخش تازه") == ("سارا امینی", "person")
