"""A group speaking after an opening adverbial that no comma closes («در جریان این تجمع کارگران
گفتند»، «در این نظرسنجی ۴۰ درصد از ... معتقدند»): the group is the speaker, unnamed, neither the
adverbial's last nouns read as a name nor the speaker quoted last. A plural verb is also one
person's honorific: a name or role after the group is still the speaker."""

from tests.quoting import quote_holding, quotes_of

FIRST = "حمید سلیمانی مدیرکل صنعت استان گفت: واحدهای تولیدی فعال هستند."


def _unnamed(quote) -> bool:
    return quote.speaker is None and quote.speaker_type == "unnamed"


def test_workers_after_a_rally_adverbial_speak_as_a_group():
    quotes = quotes_of(FIRST, "در جریان این اعتراض کارگران گفتند که پنج ماه است بیمه ندارند.")
    quote = quote_holding(quotes, "پنج ماه است بیمه")
    assert _unnamed(quote) and "کارگران" in quote.role


def test_a_share_of_people_after_a_survey_adverbial_speaks_as_a_group():
    quotes = quotes_of(FIRST, "در این پیمایش ۴۰ درصد از شهروندان معتقدند هزینه درمان سنگین است.")
    assert _unnamed(quote_holding(quotes, "هزینه درمان سنگین"))


def test_experts_after_a_topic_adverbial_are_no_name():
    quotes = quotes_of(FIRST, "در مورد بازار خودرو کارشناسان معتقدند قیمت‌ها ثابت می‌ماند.")
    assert _unnamed(quote_holding(quotes, "قیمت‌ها ثابت"))


def test_a_name_after_the_group_is_the_speaker():
    quotes = quotes_of(FIRST, "در پاسخ به انتقاد نمایندگان محمود توکلی وزیر کار گفتند که بیکاری کاهش یافته است.")
    assert quote_holding(quotes, "بیکاری کاهش").speaker == "محمود توکلی"
