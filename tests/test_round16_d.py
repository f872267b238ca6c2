"""Round 15, attribution: a headline's speaker the body calls only by title, and a coach's
team written with its sport. Every sentence is written for the test."""

from __future__ import annotations

from corpus.document import Document, Quote
from corpus.quotes import extract_quotes


def quotes_of(title: str, lead: str, *paragraphs: str) -> list[Quote]:
    return extract_quotes(Document(id="doc", title=title, lead=lead, paragraphs=list(paragraphs)))


def test_titles_mean_the_headline_speaker_the_body_never_names():
    """«X: ...» names X once; the lead's title and the body's later quotes are X's, not the
    only person the body names in full."""
    quotes = quotes_of(
        "مریم سپهرآرا: کلاس‌های درس روستاهای مرزی تا پایان ماه گرم می‌شود",
        "مدیرکل آموزش و پرورش استان از نصب بخاری ایمن در همه مدارس روستایی تا پایان ماه خبر داد.",
        "به گزارش خبرنگار ما، این مقام مسئول پس از بازدید از مدارس مرزی گفت: «خرید بخاری‌ها انجام شده است.»",
        "رئیس اداره نوسازی مدارس استان، کامران ولی‌زاده، نیز گفت: «لوله‌کشی گاز ۴۰ مدرسه هم تمام شده است.»",
    )
    lead = next(q for q in quotes if q.where == "lead")
    assert lead.speaker == "مریم سپهرآرا"


def test_a_team_written_with_its_sport_is_not_its_coach():
    """سرمربی تیم فوتبال شهاب کرج: the name after «تیم فوتبال» is the team's, the coach is the
    one the article names."""
    quotes = quotes_of(
        "عقیلی‌پور: بازیکنانم را سرزنش نمی‌کنم",
        "سرمربی تیم فوتبال شهاب کرج پس از سومین شکست پیاپی گفت که از هدایت تیم کنار نمی‌رود.",
        "بهروز عقیلی‌پور، سرمربی این تیم، روز شنبه در محل تمرین به پرسش‌های خبرنگار ما پاسخ داد.",
        "عقیلی‌پور: ما در این سه بازی بد نبودیم، اما در دقایق پایانی تمرکزمان را از دست دادیم.",
    )
    lead = next(q for q in quotes if q.where == "lead")
    assert lead.speaker == "بهروز عقیلی‌پور"
