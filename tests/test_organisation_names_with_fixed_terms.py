"""A body's name holds the fixed terms a role holds (محیط زیست، حمل و نقل) whole, though their
last word is a verb alone (زیست، نقل): the name runs on past them to its place or kind."""

from tests.quoting import quotes_of, speaker_of


def test_environment_office_keeps_its_whole_name():
    quotes = quotes_of("اداره کل حفاظت محیط زیست استان مازندران اعلام کرد: صید ماهی در رودخانه‌ها ممنوع است.")
    assert speaker_of(quotes, "صید ماهی") == "اداره کل حفاظت محیط زیست استان مازندران"


def test_transport_company_keeps_its_whole_name():
    quotes = quotes_of("شرکت حمل و نقل ریلی پردیس اعلام کرد: بلیت قطارهای تابستانی از شنبه فروخته می‌شود.")
    assert speaker_of(quotes, "بلیت قطارهای") == "شرکت حمل و نقل ریلی پردیس"


def test_the_name_still_ends_before_a_time_word_after_the_term():
    quotes = quotes_of("سازمان حفاظت محیط زیست امروز با صدور اطلاعیه‌ای اعلام کرد: شکار در منطقه ممنوع است.")
    assert speaker_of(quotes, "شکار در منطقه") == "سازمان حفاظت محیط زیست"

