"""Dates from date fields, article addresses and the user, in both calendars."""

import re
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from corpus.dates import date_from_url, document_date, format_date, parse_date, parse_user_date, to_jalali

# 17 Shahrivar 1398 in the Jalali calendar.
SEP_8_2019 = date(2019, 9, 8)


@pytest.mark.parametrize(
    "text",
    [
        "2019-09-08",
        "2019-09-08T10:22:00+04:30",
        "2019-09-08 10:22:00",
        "2019/09/08",
        "2019.9.8",
        "Sun, 08 Sep 2019 10:22:00 GMT",
        "8 September 2019",
        "08-Sep-2019",
        "Sep 8, 2019",
        "September 8th, 2019",
        "Sunday, September 8, 2019",
        "۱۳۹۸/۰۶/۱۷",
        "1398-06-17",
        "1398/6/17",
        "١٣٩٨/٦/١٧",
        "۱۳۹۸/۰۶/۱۷ ۱۰:۲۲:۰۰",
        "۱۷ شهریور ۱۳۹۸",
        "۱۷ شهریور ۱۳۹۸ - ۱۰:۲۲",
        "یکشنبه ۱۷ شهریور ۱۳۹۸",
        "یک‌شنبه، ۱۷ شهریور ۱۳۹۸",
        "۱۷ شهریورماه ۱۳۹۸",
        "۱۷ شهریور ماه ۱۳۹۸",
        "۱۷شهریور۱۳۹۸",
        "۱۷ شهريور ۹۸",
        "\u200f۱۷ شهریور ۱۳۹۸\u200f",
    ],
)
def test_every_common_date_form_is_read(text):
    assert parse_date(text) == SEP_8_2019


@pytest.mark.parametrize("text", ["۱۳۹۸/۰۶/۱۷", "١٣٩٨/٠٦/١٧", "1398/06/17", "۱۳۹8/0٦/۱7", "۲۰۱۹-۰۹-۰۸", "٢٠١٩-٠٩-٠٨"])
def test_persian_arabic_indic_and_latin_digits_are_the_same_date(text):
    assert parse_date(text) == SEP_8_2019


@pytest.mark.parametrize(
    "month_name, first_day",
    [
        ("فروردین", date(2019, 3, 21)),
        ("اردیبهشت", date(2019, 4, 21)),
        ("اردی‌بهشت", date(2019, 4, 21)),
        ("خرداد", date(2019, 5, 22)),
        ("تیر", date(2019, 6, 22)),
        ("مرداد", date(2019, 7, 23)),
        ("شهریور", date(2019, 8, 23)),
        ("مهر", date(2019, 9, 23)),
        ("آبان", date(2019, 10, 23)),
        ("آذر", date(2019, 11, 22)),
        ("دی", date(2019, 12, 22)),
        ("بهمن", date(2020, 1, 21)),
        ("اسفند", date(2020, 2, 20)),
    ],
)
def test_every_jalali_month_name_is_known(month_name, first_day):
    assert parse_date(f"۱ {month_name} ۱۳۹۸") == first_day


@pytest.mark.parametrize(
    "text, expected",
    [
        ("۱ فروردين ۱۳۹۸", date(2019, 3, 21)),
        ("۱ ارديبهشت ۱۳۹۸", date(2019, 4, 21)),
        ("۱ تير ۱۳۹۸", date(2019, 6, 22)),
        ("۱۷ شهريور ۱۳۹۸", SEP_8_2019),
        ("۱ دي ۱۳۹۸", date(2019, 12, 22)),
        ("يكشنبه ۱۷ شهريور ۱۳۹۸", SEP_8_2019),
    ],
)
def test_month_and_weekday_names_with_arabic_ya_and_kaf_are_read(text, expected):
    assert parse_date(text) == expected


@pytest.mark.parametrize(
    "text, month",
    [(name, number) for number, name in enumerate(
        ["January", "February", "March", "April", "May", "June", "July",
         "August", "September", "October", "November", "December"], start=1)]
    + [(abbr, number) for number, abbr in enumerate(
        ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"], start=1)]
    + [("Sept", 9), ("SEP", 9), ("sep.", 9)],
)
def test_english_month_names_and_abbreviations_are_known(text, month):
    assert parse_date(f"1 {text} 2019") == date(2019, month, 1)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("۱ فروردین ۶۰", date(1981, 3, 21)),
        ("۱ فروردین ۹۹", date(2020, 3, 20)),
        ("۱ فروردین ۰۰", date(2021, 3, 21)),
        ("۱ فروردین ۲۰", date(2041, 3, 20)),
        ("۱ فروردین ۲۱", None),
        ("۱ فروردین ۵۹", None),
    ],
)
def test_two_digit_jalali_years_60_to_99_are_13xx_and_00_to_20_are_14xx(text, expected):
    assert parse_date(text) == expected


def test_30_esfand_is_a_date_only_in_a_leap_year():
    assert parse_date("۱۳۹۹/۱۲/۳۰") == date(2021, 3, 20)
    assert parse_date("۱۳۹۸/۱۲/۳۰") is None


@pytest.mark.parametrize(
    "text",
    [
        "1398/13/01",
        "1398/00/10",
        "1398/06/32",
        "۳۱ مهر ۱۳۹۸",
        "2019-02-29",
        "2019-13-01",
        "2019-09/08",
        "0000-00-00",
        "1700-01-01",
        "08/09/2019",
        "98/06/17",
        "8 Sep 1398",
        "۸ شهریور ۲۰۱۹",
        "Foo 8, 2019",
        "20190908",
        "",
        "   ",
        "بدون تاریخ",
        "not a date",
    ],
)
def test_impossible_or_ambiguous_dates_are_none(text):
    assert parse_date(text) is None


@pytest.mark.parametrize(
    "url, expected",
    [
        ("https://www.farsnews.com/news/13970101000991", date(2018, 3, 21)),
        ("farsnews.com/news/13970101000991", date(2018, 3, 21)),
        ("https://www.farsnews.com/news/13911222000999/عنوان-خبر", date(2013, 3, 12)),
        ("https://m.farsnews.com/news/13980617000123", SEP_8_2019),
        ("https://www.farsnews.com/news/8707069991", date(2008, 9, 27)),
        ("http://www.farsnews.com/newstext.php?nn=8203150021", date(2003, 6, 5)),
        ("http://www.farsnews.com/newstext.php?nn=13980617000123", SEP_8_2019),
        ("https://www.tasnimnews.com/fa/news/1398/06/17/1234567/عنوان-خبر", SEP_8_2019),
        ("https://www.isna.ir/news/98061708123/", SEP_8_2019),
        ("https://www.isna.ir/news/98061708123/عنوان-خبر", SEP_8_2019),
        ("https://www.isna.ir/news/1400050300123/", date(2021, 7, 25)),
        ("https://news.example.com/2019/09/08/some-story/", SEP_8_2019),
        ("https://news.example.com/world/2019/9/8", SEP_8_2019),
        ("https://news.example.org/archive/1398/06/17/story", SEP_8_2019),
    ],
)
def test_agency_ids_and_date_paths_give_the_date(url, expected):
    assert date_from_url(url) == expected


@pytest.mark.parametrize(
    "url",
    [
        "https://news.example.com/news/13980617000123",  # an id on an unknown host
        "https://news.example.com/item/98061708123",
        "https://notfarsnews.com/news/13980617000123",
        "https://www.farsnews.com/news/13981317000123",  # month 13
        "https://www.farsnews.com/news/13981230000123",  # 30 Esfand of a common year
        "https://www.farsnews.com/news/20190908000123",  # ids are Jalali
        "https://www.farsnews.com/news/123456789012",  # no known id length
        "https://www.isna.ir/news/45061708123/",  # two-digit year 45
        "https://www.farsnews.com/news/14990101000001",  # far future
        "https://news.example.com/1989/01/01/",  # before 1990
        "https://news.example.com/2099/01/01/",
        "https://news.example.com/2019/09/081/",
        "https://news.example.com/photo/800/600/",
        "https://news.example.com/story?date=2019/09/08",  # dates only in the path
        "",
        "not a url",
        "http://[::1",
    ],
)
def test_addresses_without_a_trustworthy_date_give_none(url):
    assert date_from_url(url) is None


@pytest.mark.parametrize(
    "field, url, expected",
    [
        ("۱۷ شهریور ۱۳۹۸", "https://www.farsnews.com/news/13970101000991", (SEP_8_2019, "field")),
        ("", "https://www.farsnews.com/news/13970101000991", (date(2018, 3, 21), "url")),
        ("دیروز", "https://www.isna.ir/news/98061708123/", (SEP_8_2019, "url")),
        ("", "https://news.example.com/story", (None, "")),
        ("", "", (None, "")),
    ],
)
def test_document_date_prefers_the_field_and_says_where_the_date_came_from(field, url, expected):
    assert document_date(field, url) == expected


def test_to_jalali_writes_persian_or_latin_digits():
    assert to_jalali(SEP_8_2019) == "۱۳۹۸/۰۶/۱۷"
    assert to_jalali(SEP_8_2019, persian_digits=False) == "1398/06/17"


def test_format_date_writes_either_calendar_and_refuses_others():
    assert format_date(SEP_8_2019) == "۱۳۹۸/۰۶/۱۷"
    assert format_date(SEP_8_2019, calendar="gregorian") == "2019-09-08"
    with pytest.raises(ValueError, match="unknown calendar"):
        format_date(SEP_8_2019, calendar="hijri")


@pytest.mark.parametrize(
    "text, start, end",
    [
        ("1398", date(2019, 3, 21), date(2020, 3, 19)),
        ("۱۳۹۸", date(2019, 3, 21), date(2020, 3, 19)),
        ("1399", date(2020, 3, 20), date(2021, 3, 20)),  # leap year: ends on 30 Esfand
        ("1398/06", date(2019, 8, 23), date(2019, 9, 22)),
        ("۱۳۹۸/۰۶", date(2019, 8, 23), date(2019, 9, 22)),
        ("1398-12", date(2020, 2, 20), date(2020, 3, 19)),
        ("2019", date(2019, 1, 1), date(2019, 12, 31)),
        ("2019-02", date(2019, 2, 1), date(2019, 2, 28)),
        ("2020/02", date(2020, 2, 1), date(2020, 2, 29)),
        ("2019-12", date(2019, 12, 1), date(2019, 12, 31)),
        ("1398/06/17", SEP_8_2019, SEP_8_2019),
        ("2019-09-08", SEP_8_2019, SEP_8_2019),
        ("۱۷ شهریور ۱۳۹۸", SEP_8_2019, SEP_8_2019),
        (" 2019-09-08 ", SEP_8_2019, SEP_8_2019),
    ],
)
def test_user_dates_name_the_start_or_with_end_the_last_day_of_their_period(text, start, end):
    assert parse_user_date(text) == start
    assert parse_user_date(text, end=True) == end


@pytest.mark.parametrize("text", ["1398/13/01", "1398/13", "1398/0", "2019-00", "1700", "98/06/17", "tomorrow", ""])
def test_bad_user_dates_raise_a_message_with_examples(text):
    with pytest.raises(ValueError) as error:
        parse_user_date(text)
    message = str(error.value)
    assert repr(text) in message
    assert "1398/06/17 (Jalali)" in message and "2019-09-08" in message


DATE_LIKE_CHARACTERS = "0123456789۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩/-.:, Tشهریوردیماهسپتامبر\u200cSepMay"


@given(st.text() | st.text(alphabet=DATE_LIKE_CHARACTERS, max_size=40))
def test_parse_date_never_raises(text):
    assert parse_date(text) is None or isinstance(parse_date(text), date)


@given(st.text() | st.text(alphabet=DATE_LIKE_CHARACTERS + "/:?=&abcnsw", max_size=60))
def test_date_from_url_never_raises(text):
    assert date_from_url(text) is None or isinstance(date_from_url(text), date)


@given(st.text(alphabet=DATE_LIKE_CHARACTERS, max_size=20), st.booleans())
def test_parse_user_date_fails_only_with_value_error(text, end):
    try:
        assert isinstance(parse_user_date(text, end=end), date)
    except ValueError:
        pass


@given(st.dates(min_value=date(1990, 1, 1), max_value=date(2030, 12, 31)), st.booleans())
def test_jalali_text_reads_back_as_the_same_date(day, persian_digits):
    assert parse_date(to_jalali(day, persian_digits=persian_digits)) == day


@given(st.dates(min_value=date(1990, 1, 1), max_value=date(2030, 12, 31)), st.sampled_from(["jalali", "gregorian"]))
def test_formatted_dates_read_back_as_the_same_date(day, calendar):
    assert parse_date(format_date(day, calendar=calendar)) == day
    assert parse_user_date(format_date(day, calendar=calendar)) == day


@pytest.mark.parametrize("text, why", [
    ("1390/12/30", "1390 has no 30 Esfand, as 1390 is not a leap year"),
    ("۳۰ اسفند ۱۳۹۰", "1390 has no 30 Esfand, as 1390 is not a leap year"),
    ("1391/12/31", "Esfand (month 12) has 30 days"),
    ("۱۳۹۸/۰۷/۳۱", "Mehr (month 7) has 30 days"),
])
def test_an_impossible_jalali_day_says_why_it_is_no_day(text, why):
    with pytest.raises(ValueError, match=re.escape(why)):
        parse_user_date(text)
    assert parse_user_date("1391/12/30") == date(2013, 3, 20)  # 1391 is a leap year
