"""«چند X» before a plural verb (چند راننده تاکسی گفتند، چند کودک کار که ... گفتند) is a few people
of a kind speaking, nobody named, never the person quoted before them; «چند روز پیش» is a time,
and the subject after it speaks."""

from tests.quoting import quotes_of, speaker_of


def test_a_few_of_a_kind_are_not_the_official_quoted_before():
    quotes = quotes_of("ناصر کیانی رئیس شورای شهر گفت: کرایه اتوبوس امسال ثابت می‌ماند.",
                       "چند راننده اتوبوس گفتند: با این کرایه سوخت هم تامین نمی‌شود.")
    assert speaker_of(quotes, "سوخت هم") is None


def test_a_few_described_by_a_relative_clause_are_read_as_speaking():
    quotes = quotes_of("چند دستفروش که در پیاده‌رو بساط کرده بودند به خبرنگار ما گفتند روزی دو ساعت بیشتر کار نمی‌کنند.")
    assert speaker_of(quotes, "دو ساعت بیشتر") is None


def test_a_few_days_ago_is_a_time_and_the_named_subject_speaks():
    quotes = quotes_of("ناصر کیانی رئیس شورای شهر گفت: کرایه اتوبوس امسال ثابت می‌ماند.",
                       "چند روز پیش هم کیانی گفته بود: بودجه شرکت واحد کافی است.")
    assert speaker_of(quotes, "بودجه شرکت") == "ناصر کیانی"


def test_a_few_with_a_singular_verb_is_no_group():
    quotes = quotes_of("ناصر کیانی رئیس شورای شهر گفت: کرایه اتوبوس امسال ثابت می‌ماند.",
                       "چند ساعت بعد وی افزود: بودجه شرکت واحد کافی است.")
    assert speaker_of(quotes, "بودجه شرکت") == "ناصر کیانی"
