"""Issue 12a: bodies as speakers (بر اساس اعلام X CLAIM، به گفته X CLAIM with no comma).

A body's name runs on into the claim with no mark (سازمان لیگ مسابقات ...); the article's
other mentions of the same body tell where it ends. Every sentence is written for the test.
"""

from __future__ import annotations

import pytest

from corpus.document import Document, Quote
from corpus.quotes import extract_quotes

ELSEWHERE = "سازمان لیگ هنوز زمان نقل و انتقالات را مشخص نکرده است."


def quotes_of(*paragraphs: str, lead: str = "") -> list[Quote]:
    return extract_quotes(Document(id="doc", title="عنوان خبر", lead=lead, paragraphs=list(paragraphs)))


@pytest.mark.parametrize("cue", ["بر اساس اعلام", "براساس اعلام", "طبق اعلام", "بنابر اعلام"])
def test_an_announcement_with_no_comma_ends_the_body_where_the_article_names_it(cue):
    quote, = [q for q in quotes_of(f"{cue} سازمان لیگ مسابقات هفته آینده در ورزشگاه آزادی برگزار خواهد شد.",
                                   ELSEWHERE) if q.cue == cue]
    assert (quote.kind, quote.speaker) == ("indirect", "سازمان لیگ")
    assert quote.text == "مسابقات هفته آینده در ورزشگاه آزادی برگزار خواهد شد"


def test_a_body_named_three_words_long_elsewhere_keeps_its_three_words():
    quote, = [q for q in quotes_of("بر اساس اعلام کنفدراسیون فوتبال آسیا تیم‌ها تا پایان ماه فرصت ثبت بازیکنان را دارند.",
                                   "کنفدراسیون فوتبال آسیا با این درخواست موافقت نکرد.") if q.cue == "بر اساس اعلام"]
    assert quote.speaker == "کنفدراسیون فوتبال آسیا"
    assert quote.text.startswith("تیم‌ها تا پایان ماه")


def test_a_body_whose_own_name_the_article_writes_alone_ends_after_that_name():
    quote, = [q for q in quotes_of("نساجی در هفته پایانی به مصاف ذوب آهن می‌رود.",
                                   "بر اساس اعلام باشگاه نساجی بازیکنان این تیم از فردا تمرینات خود را آغاز می‌کنند.")
              if q.cue == "بر اساس اعلام"]
    assert quote.speaker == "باشگاه نساجی"
    assert quote.text.startswith("بازیکنان این تیم")


def test_an_announcement_by_a_body_named_nowhere_else_is_not_guessed():
    """Where the name ends is unknown: no quote rather than a speaker run into the claim."""
    assert quotes_of("بر اساس اعلام سازمان لیگ مسابقات هفته آینده در ورزشگاه آزادی برگزار خواهد شد.") == []


def test_the_lead_retelling_the_announcement_is_no_other_mention():
    sentence = "بر اساس اعلام سازمان لیگ مسابقات هفته آینده در ورزشگاه آزادی برگزار خواهد شد."
    assert quotes_of(sentence, lead=sentence) == []


def test_according_to_a_body_with_no_comma_ends_it_where_the_article_names_it():
    quote = quotes_of("به گفته پلیس کرمان ساکنان روستا پیش از رسیدن سیل خانه‌های خود را ترک کرده بودند.",
                      "پلیس کرمان همچنین از مفقود شدن دو نفر خبر داد.")[0]
    assert (quote.kind, quote.cue, quote.speaker) == ("indirect", "به گفته", "پلیس کرمان")
    assert quote.text.startswith("ساکنان روستا")


@pytest.mark.parametrize("press", ["مطبوعات اسپانیایی", "مطبوعات انگلیس", "نشریات ایتالیایی"])
def test_a_countrys_press_is_an_unnamed_group_as_its_media_are(press):
    quote, = quotes_of(f"{press} نوشتند که این بازیکن در پایان فصل از تیم جدا خواهد شد.")
    assert (quote.kind, quote.speaker) == ("indirect", None)


def test_what_a_report_claims_is_its_authors_direct_quote():
    quote, = quotes_of("در گزارش وزارت بهداشت ادعا شده است: «سهم بیماری‌های قلبی در مرگ‌ومیر کشور کاهش یافته است.»")
    assert (quote.kind, quote.cue, quote.speaker) == ("direct", "ادعا شده است", "وزارت بهداشت")
    assert quote.text == "سهم بیماری‌های قلبی در مرگ‌ومیر کشور کاهش یافته است."


def test_a_quote_goes_on_past_a_subheading_with_one_first_person_word():
    """Past a subheading the quote before it still has the floor, as it has right after it."""
    quotes = quotes_of("علی رضایی در گفت و گو با خبرنگار ما، گفت: امسال تیم تحت فشار بود و نتیجه خوبی نگرفت.",
                       "بلاتکلیفی باشگاه تمام می‌شود",
                       "امیدوارم که مشکلات مالی باشگاه هر چه زودتر حل شود و بازیکنان با خیال راحت تمرین کنند. "
                       "این مشکلات روی روحیه تیم تاثیر منفی گذاشت.")
    assert [(q.where, q.kind, q.speaker) for q in quotes] == [("body:0", "direct", "علی رضایی"),
                                                              ("body:2", "direct", "علی رضایی")]


def test_a_reports_own_paragraph_after_a_subheading_is_no_quote():
    quotes = quotes_of("علی رضایی در گفت و گو با خبرنگار ما، گفت: امسال تیم تحت فشار بود و نتیجه خوبی نگرفت.",
                       "بلاتکلیفی باشگاه تمام می‌شود",
                       "باشگاه قرار است تا پایان ماه به بخش خصوصی واگذار شود و هیئت مدیره جدید انتخاب خواهد شد.")
    assert [q.where for q in quotes] == ["body:0"]
