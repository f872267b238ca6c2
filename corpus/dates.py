"""Publication dates of news articles, in both of Iran's calendars.

News dumps write dates every way: ISO and RFC-2822 stamps from feeds, Jalali
dates in Persian, Arabic-Indic or Latin digits, month names spelled with
Arabic letters. Many records carry no date at all, but the big agencies put
the date in the article's address. Everything here becomes one Gregorian
``datetime.date``, so dates compare and sort, and is written back in the
calendar the reader wants.

Rules that settle ambiguous input:

- The year picks the calendar: 1300-1499 is Jalali, 1900-2100 Gregorian;
  any other year is no date.
- Numeric dates are year first (1398/06/17, 2019-09-08). Day-first forms such
  as 08/09/2019 are refused: writers disagree on which number is the month.
- Two-digit years are read only after a Jalali month name (۱۷ شهریور ۹۸) and
  in agency ids: 60-99 are 1360-1399 and 00-20 are 1400-1420, the span of
  digital Persian news. Other two-digit years (21-59) are no date.
- A time or zone after the date is ignored: the date is the day the
  publisher wrote, which is the day readers of that archive know it by.
- Impossible dates (month 13, 30 Esfand of a common year) give None, never an
  exception, so one bad record cannot stop indexing a dump.
"""

from __future__ import annotations

import datetime
import functools
import re
from urllib.parse import parse_qs, urlsplit

import jdatetime

from corpus.orthography import fold_word

Date = datetime.date
ONE_DAY = datetime.timedelta(days=1)

JALALI_YEARS = range(1300, 1500)
GREGORIAN_YEARS = range(1900, 2101)

# Keys are folded like the text they are looked up in (fold_word: Persian
# letters, no ZWNJ), so شهريور and اردی‌بهشت find شهریور and اردیبهشت.
JALALI_MONTHS = {
    fold_word(name): number
    for name, number in (
        ("فروردین", 1), ("اردیبهشت", 2), ("اردی بهشت", 2), ("خرداد", 3),
        ("تیر", 4), ("مرداد", 5), ("امرداد", 5), ("شهریور", 6), ("مهر", 7),
        ("آبان", 8), ("آذر", 9), ("دی", 10), ("بهمن", 11), ("اسفند", 12),
    )
}
_ENGLISH_MONTH_NAMES = (
    "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december",
)
ENGLISH_MONTHS = {
    spelling: number
    for number, name in enumerate(_ENGLISH_MONTH_NAMES, start=1)
    for spelling in (name, name[:3])
} | {"sept": 9}
MONTH_NAMES = {"jalali": JALALI_MONTHS, "gregorian": ENGLISH_MONTHS}

# Every pattern is anchored at the start of the folded field and allows at
# most a short label or weekday before the date ("یکشنبه ۱۷ شهریور",
# "Sun, 08 Sep"); all repeats are bounded, so matching cannot backtrack for
# long. What follows the date (a time, a zone) is left unread.
_LEAD = r"\A[^0-9]{0,30}?"
_JALALI_MONTH = "|".join(map(re.escape, sorted(JALALI_MONTHS, key=len, reverse=True)))
DATE_FORMS = tuple(
    re.compile(_LEAD + form)
    for form in (
        # 1398/06/17, 1398-6-17, 2019-09-08T10:22:00+04:30, 2019.09.08
        r"(?P<year>[0-9]{4})([-/.])(?P<month>[0-9]{1,2})\2(?P<day>[0-9]{1,2})(?![0-9])",
        # ۱۷ شهریور ۱۳۹۸, ۱۷ شهریورماه ۹۸
        rf"(?P<day>[0-9]{{1,2}})\s{{0,3}}(?P<month>{_JALALI_MONTH})(?:\s?ماه)?[\s,،]{{0,3}}"
        r"(?P<year>[0-9]{4}|[0-9]{2})(?![0-9])",
        # 08 Sep 2019, 8-September-2019
        r"(?P<day>[0-9]{1,2})[\s\-]{1,3}(?P<month>[a-z]{3,9})\.?[\s\-,]{1,3}(?P<year>[0-9]{4})(?![0-9])",
        # Sep 8, 2019, September 8th 2019
        r"(?<![a-z])(?P<month>[a-z]{3,9})\.?\s{1,3}(?P<day>[0-9]{1,2})(?:st|nd|rd|th)?,?\s{1,3}"
        r"(?P<year>[0-9]{4})(?![0-9])",
    )
)

# A calendar date as a folder path: /2019/09/08/, Tasnim's /fa/news/1398/06/17/...
URL_PATH_DATE = re.compile(r"/([0-9]{4})/([0-9]{1,2})/([0-9]{1,2})(?:/|$)")
# Agency article ids start with the Jalali date: yyyymmdd or yymmdd, then a serial.
NEWS_ID = re.compile(r"[0-9]{10,14}")
NEWS_ID_IN_PATH = re.compile(r"/news/([0-9]{10,14})(?![0-9])")
# For each agency, by the name in its domain (.ir or .com, any subdomain):
# id length -> digits of the year at its start.
AGENCY_ID_YEAR_DIGITS = {
    "farsnews": {14: 4, 10: 2},  # 13980617000123, older 8206170123; also newstext.php?nn=<id>
    "isna": {13: 4, 11: 2},      # 1400050300123, older 98061708123
}
EARLIEST_NEWS_DATE = Date(1990, 1, 1)

TO_PERSIAN_DIGITS = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
USER_PERIOD = re.compile(r"(?P<year>[0-9]{4})(?:[-/.](?P<month>[0-9]{1,2}))?")


def parse_date(text: str) -> Date | None:
    """The date a document's date field names, or None if it names none."""
    folded = fold_word(text)
    for form in DATE_FORMS:
        match = form.match(folded)
        if match:
            return _date_from_parts(match["year"], match["month"], match["day"])
    return None


def date_from_url(url: str) -> Date | None:
    """The date an article's address carries, for documents with no date field.

    Known agencies put it in the article id; any site may put it in the path
    as /Y/M/D/. Other digits in addresses are not trusted, and a result must
    be a plausible news date (1990 to tomorrow).
    """
    url = url.strip()
    if "://" not in url:
        url = "//" + url  # "farsnews.com/news/..." would otherwise be all path
    try:
        parts = urlsplit(url)
    except ValueError:  # e.g. a broken [IPv6] host
        return None
    found = _date_from_agency_id(parts.hostname or "", parts.path, parts.query)
    found = found or _date_from_path(parts.path)
    return found if found and EARLIEST_NEWS_DATE <= found <= Date.today() + ONE_DAY else None


@functools.lru_cache(maxsize=4096)  # asked once per article and once per quote of it
def document_date(date_field: str, url: str) -> tuple[Date | None, str]:
    """The document's date and where it came from: "field", "url" or "".

    The field is what the publisher wrote, so it wins; the address is the
    fallback, and an unreadable field falls back to it too.
    """
    if date_field and (found := parse_date(date_field)):
        return found, "field"
    if url and (found := date_from_url(url)):
        return found, "url"
    return None, ""


def in_persian_digits(value: object) -> str:
    """``value`` as text with its digits written in Persian (۱۳۹۸)."""
    return str(value).translate(TO_PERSIAN_DIGITS)


def to_jalali(d: Date, persian_digits: bool = True) -> str:
    """The Jalali date as 1398/06/17, in Persian digits unless asked otherwise."""
    jalali = jdatetime.date.fromgregorian(date=d)
    text = f"{jalali.year:04d}/{jalali.month:02d}/{jalali.day:02d}"
    return in_persian_digits(text) if persian_digits else text


def format_date(d: Date, calendar: str = "jalali") -> str:
    """The date for display: Jalali in Persian digits, or Gregorian ISO."""
    if calendar == "jalali":
        return to_jalali(d)
    if calendar == "gregorian":
        return d.isoformat()
    raise ValueError(f"unknown calendar {calendar!r}; use 'jalali' or 'gregorian'")


def parse_user_date(text: str, end: bool = False) -> Date:
    """A date typed for --from/--to, in either calendar.

    Besides full dates, a bare year (1398, 2019) or a year and month
    (1398/06, 2019-09) name a period: its first day, or with end=True its
    last day, so that --from 1398 --to 1398 covers the whole year.
    """
    period = USER_PERIOD.fullmatch(fold_word(text).strip())
    if period:
        month = period["month"]
        found = _period_bound(int(period["year"]), int(month) if month else None, end)
    else:
        found = parse_date(text)
    if found is None:
        raise ValueError(_no_such_day(text) or (
            f"{text!r} is not a date; use 1398/06/17 (Jalali) or 2019-09-08 (Gregorian), "
            "or a year (1398) or year and month (1398/06)"
        ))
    return found


JALALI_MONTH_NAMES = ("Farvardin", "Ordibehesht", "Khordad", "Tir", "Mordad", "Shahrivar",
                      "Mehr", "Aban", "Azar", "Dey", "Bahman", "Esfand")


def _no_such_day(text: str) -> str | None:
    """Why a well-formed Jalali date is no day at all (1390/12/30: 1390 is no leap year), or None.

    jdatetime decides which days exist and which years are leap years; this only says so.
    """
    folded = fold_word(text)
    for form in DATE_FORMS:
        match = form.match(folded)
        if not match:
            continue
        year = _full_year(match["year"])
        month = int(match["month"]) if match["month"].isdigit() else JALALI_MONTHS.get(match["month"])
        if _calendar_of_year(year) != "jalali" or not month or not 1 <= month <= 12:
            return None
        day = int(match["day"])
        last = max(d for d in range(29, 32) if _date_in("jalali", year, month, d))
        if not last < day <= 31:
            return None
        name = JALALI_MONTH_NAMES[month - 1]
        if month == 12 and not jdatetime.date(year, 1, 1).isleap():
            return (f"{text!r} is not a date: {year} has no {day} {name}, as {year} is not a leap year "
                    f"(its {name} has {last} days)")
        return f"{text!r} is not a date: {name} (month {month}) has {last} days"
    return None


def _date_from_parts(year_digits: str, month: str, day_digits: str) -> Date | None:
    """The date a matched year, month and day name; a month name must belong to
    the calendar of the year (no "8 Sep 1398", no "۸ شهریور ۲۰۱۹")."""
    year = _full_year(year_digits)
    calendar = _calendar_of_year(year)
    if calendar is None:
        return None
    month_number = int(month) if month.isdigit() else MONTH_NAMES[calendar].get(month)
    return _date_in(calendar, year, month_number, int(day_digits)) if month_number else None


def _full_year(digits: str) -> int:
    """A four-digit year as written; a two-digit one as a Jalali year (60-99 ->
    1360-1399, 00-20 -> 1400-1420), others left small so no calendar takes them."""
    year = int(digits)
    if len(digits) == 2:
        if year >= 60:
            return 1300 + year
        if year <= 20:
            return 1400 + year
    return year


def _calendar_of_year(year: int) -> str | None:
    """Which calendar a year belongs to, or None for years neither uses for news."""
    if year in JALALI_YEARS:
        return "jalali"
    if year in GREGORIAN_YEARS:
        return "gregorian"
    return None


def _date_in(calendar: str, year: int, month: int, day: int) -> Date | None:
    """The Gregorian date of a day in the given calendar, or None if no such day."""
    try:
        if calendar == "jalali":
            return jdatetime.date(year, month, day).togregorian()
        return Date(year, month, day)
    except ValueError:
        return None


def _date_from_agency_id(host: str, path: str, query: str) -> Date | None:
    """The Jalali date at the start of a known agency's article id."""
    layout = _agency_id_layout(host)
    news_id = _news_id(path, query) if layout else ""
    year_digits = layout.get(len(news_id)) if layout else None
    if year_digits is None:
        return None
    year = _full_year(news_id[:year_digits])
    month = int(news_id[year_digits:year_digits + 2])
    day = int(news_id[year_digits + 2:year_digits + 4])
    return _date_in("jalali", year, month, day) if _calendar_of_year(year) == "jalali" else None


def _agency_id_layout(host: str) -> dict[int, int] | None:
    """The id layout of the agency serving this host (subdomains included)."""
    labels = host.split(".")
    return AGENCY_ID_YEAR_DIGITS.get(labels[-2]) if len(labels) >= 2 else None


def _news_id(path: str, query: str) -> str:
    """The article id in /news/<id>, or in Fars's older newstext.php?nn=<id>."""
    match = NEWS_ID_IN_PATH.search(path)
    if match:
        return match.group(1)
    news_id = parse_qs(query).get("nn", [""])[0]
    return news_id if NEWS_ID.fullmatch(news_id) else ""


def _date_from_path(path: str) -> Date | None:
    """The date of a /Y/M/D/ folder in the path, in the calendar of its year."""
    match = URL_PATH_DATE.search(path)
    return _date_from_parts(*match.groups()) if match else None


def _period_bound(year: int, month: int | None, end: bool) -> Date | None:
    """The first day of a year or month, or with end=True its last day."""
    calendar = _calendar_of_year(year)
    if calendar is None:
        return None
    first = _date_in(calendar, year, 1 if month is None else month, 1)
    if first is None or not end:
        return first
    next_year, next_month = (year + 1, 1) if month in (None, 12) else (year, month + 1)
    return _date_in(calendar, next_year, next_month, 1) - ONE_DAY
