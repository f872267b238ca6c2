"""Round 15, attribution: a headline's speaker the body calls only by title, and a coach's
team written with its sport. Every sentence is written for the test."""

from __future__ import annotations

from corpus.document import Quote
from quoting import headed_quotes


def test_titles_mean_the_headline_speaker_the_body_never_names():
    """«X: ...» names X once; the lead's title and the body's later quotes are X's, not the
    only person the body names in full."""
    quotes = headed_quotes(
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
    quotes = headed_quotes(
        "عقیلی‌پور: بازیکنانم را سرزنش نمی‌کنم",
        "سرمربی تیم فوتبال شهاب کرج پس از سومین شکست پیاپی گفت که از هدایت تیم کنار نمی‌رود.",
        "بهروز عقیلی‌پور، سرمربی این تیم، روز شنبه در محل تمرین به پرسش‌های خبرنگار ما پاسخ داد.",
        "عقیلی‌پور: ما در این سه بازی بد نبودیم، اما در دقایق پایانی تمرکزمان را از دست دادیم.",
    )
    lead = next(q for q in quotes if q.where == "lead")
    assert lead.speaker == "بهروز عقیلی‌پور"


def test_a_syndicate_speaks_for_itself_and_is_the_syndicate_named_later():
    """سندیکای ... اعلام کرد: a body, written with its ezafe; the bare «سندیکا» after it is that body."""
    quotes = headed_quotes(
        "ادامه اعتصاب رانندگان اتوبوس",
        "سندیکای کارگران شرکت واحد اتوبوس‌رانی کرمان اعلام کرد که اعتصاب رانندگان تا پرداخت حقوق ادامه دارد.",
        "سندیکا در بیانیه‌ای نوشت: «رانندگان سه ماه است حقوق نگرفته‌اند و راهی جز اعتصاب نمانده است.»",
    )
    assert [(q.where, q.speaker, q.speaker_type) for q in quotes] == [
        ("lead", "سندیکای کارگران شرکت واحد اتوبوس‌رانی کرمان", "organisation"),
        ("body:0", "سندیکای کارگران شرکت واحد اتوبوس‌رانی کرمان", "organisation")]


def test_a_servant_of_name_opens_a_name_no_list_holds():
    """عبدالباسط is «servant of» one of God's names: a given name, so the words after the role's
    comma are the speaker, not more of the role."""
    quotes = headed_quotes(
        "تجهیز مدارس روستایی",
        "",
        "رئیس اداره آموزش و پرورش شهرستان نیکشهر، عبدالباسط نوری‌زاده، در گفت‌وگو با خبرنگار ما گفت: "
        "«میز و نیمکت کلاس‌ها تا پایان ماه می‌رسد.»",
    )
    assert [(q.speaker, q.role) for q in quotes] == [("عبدالباسط نوری‌زاده", "رئیس اداره آموزش و پرورش شهرستان نیکشهر")]
