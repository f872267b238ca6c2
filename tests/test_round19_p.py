"""Issue 20p, pronouns and implied subjects: whom an interview's answers and a document's text mean.
Every sentence is written for the test.
"""

from __future__ import annotations

from corpus.document import Quote
from quoting import headed_quotes


def speakers(quotes: list[Quote]) -> dict[str, str | None]:
    return {quote.where: quote.speaker for quote in quotes}


def test_an_interviews_answers_are_the_headlines_speakers_when_the_lead_quotes_an_organisation():
    """``X: ...`` heads a printed interview whose X the body introduces in a way not read (a given
    name no list holds): the answers after the questions are X's, not the statement's the lead quoted."""
    quotes = headed_quotes(
        "گونار هولمبرگ: آب شیرین‌کن‌ها راه حل نهایی نیستند",
        "سازمان حفاظت محیط زیست اعلام کرد طرح انتقال آب دریا به فلات مرکزی بازبینی می‌شود.",
        "گونار هولمبرگ، کارشناس نروژی منابع آب، ماه گذشته میهمان دانشگاه شیراز بود. این گفت‌وگو در حاشیه همایش انجام شد.",
        "به نظر شما مهم‌ترین مشکل آب ایران چیست؟",
        "مصرف کشاورزی. بیش از ۸۰ درصد آب در مزارع مصرف می‌شود و راندمان آبیاری پایین است. من در سفرم مزرعه‌هایی دیدم که هنوز غرقابی آبیاری می‌شوند.",
        "آیا آب شیرین‌کن می‌تواند کمک کند؟",
        "برای شهرهای ساحلی بله، اما انتقال آب به فاصله هزار کیلومتری هزینه و انرژی زیادی می‌خواهد. این کار را فقط در کنار کاهش مصرف توصیه می‌کنم.",
    )
    assert speakers(quotes)["body:2"] == speakers(quotes)["body:4"] == "گونار هولمبرگ"


def test_an_interviews_answers_are_the_headlines_speakers_after_a_passer_by_is_quoted():
    """A first paragraph quoting someone the report met (``یک کشاورز ... گفت: «...»``) does not
    give them the interview's answers: the headline's ``X: ...`` does."""
    quotes = headed_quotes(
        "ماریا کوواچ: زنان روستایی بیشترین آسیب را دیده‌اند",
        "خبرنگار ما با نماینده دفتر منطقه‌ای یک نهاد بین‌المللی درباره پیامدهای خشکسالی صحبت کرد.",
        "یک کشاورز در حاشیه تالاب به ما گفت: «سه سال است محصولی برداشت نکرده‌ایم.» ماریا کوواچ، نماینده دفتر منطقه‌ای صندوق جمعیت، هفته گذشته از این روستاها دیدن کرد.",
        "چه چیزی در این سفر برایتان تازه بود؟",
        "اینکه زنان بار اصلی معیشت را به دوش دارند. وقتی مردان برای کار به شهر می‌روند، زنان هم مزرعه را اداره می‌کنند و هم خانه را.",
    )
    assert speakers(quotes)["body:2"] == "ماریا کوواچ"


def test_an_interviews_answers_go_to_whom_the_report_says_it_talked_with_over_the_headline():
    """``با X گفت‌وگو کردیم`` still names the interviewee, whoever the headline quotes."""
    quotes = headed_quotes(
        "علی توکلی: طرح تفکیک زباله از هفته آینده اجرا می‌شود",
        "شهرداری منطقه ۳ از آغاز طرح تفکیک زباله در ۴۰ محله خبر داد.",
        "با الینا پتروا، کارشناس مدیریت پسماند و مشاور این طرح، گفت‌وگو کردیم.",
        "به نظر شما مردم همراهی می‌کنند؟",
        "اگر سیستم ساده باشد و تشویق داشته باشد، حتما. ما در شهر خودمان در دو سال به ۶۰ درصد مشارکت رسیدیم.",
    )
    assert speakers(quotes)["body:2"] == "الینا پتروا"
