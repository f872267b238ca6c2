"""«This report» (بنا بر این گزارش، طبق این گزارش، به ادعای این گزارش، در بخش دیگری از گزارش این
اندیشکده آمده) points back to the report the article last named, and its words are the body's that
made it, never the paper that only carries it (ANNOTATION.md, round 27). Invented sentences."""

from tests.quoting import quotes_of, speaker_of, quote_holding

CARRIED = ("روزنامه گاردین به نقل از گزارش موسسه بین‌المللی مطالعات صلح استکهلم نوشت که هزینه‌های نظامی "
           "جهان به رکورد تازه‌ای رسیده است.")
SHOWN = ("به نوشته «واشنگتن پست»، گزارش اندیشکده «مرکز مطالعات راهبردی» نشان می‌دهد که کره شمالی "
         "پایگاه‌های تازه‌ای ساخته است.")


def test_according_to_this_report_is_the_body_whose_report_a_paper_carried():
    quotes = quotes_of(CARRIED, "بنا بر این گزارش، چین پس از آمریکا بیشترین هزینه نظامی را دارد.")
    assert speaker_of(quotes, "بیشترین هزینه") == "موسسه بین‌المللی مطالعات صلح استکهلم"


def test_the_claim_of_this_report_is_the_body_s_not_the_paper_s():
    quotes = quotes_of(SHOWN, "به ادعای این گزارش، این پایگاه‌ها در مناطق کوهستانی پنهان شده‌اند.")
    claim = quote_holding(quotes, "مناطق کوهستانی")
    assert (claim.speaker, claim.ref) == ("اندیشکده مرکز مطالعات راهبردی", "title")


def test_another_part_of_the_report_of_this_think_tank_is_the_think_tank_s():
    quotes = quotes_of(SHOWN, "در گزارش اندیشکده آمریکایی، به یک پایگاه تازه اشاره شده است.",
                       "در بخش دیگری از گزارش این اندیشکده آمده که موشک‌های قاره‌پیما در این پایگاه‌ها هستند.")
    assert speaker_of(quotes, "موشک‌های قاره‌پیما") == "اندیشکده مرکز مطالعات راهبردی"


def test_a_body_making_its_report_in_older_spelling():
    quotes = quotes_of("ديده بان حقوق بشر در گزارش سالانه خود اعلام كرد كه آزادي بيان در منطقه بدتر شده است.",
                       "طبق اين گزارش، دست كم 20 روزنامه نگار در سال گذشته بازداشت شده اند.")
    assert speaker_of(quotes, "20 روزنامه نگار") == "دیده بان حقوق بشر"


def test_this_report_after_an_agency_s_credit_is_nobody_s():
    quotes = quotes_of("به گزارش ایرنا، جلسه شورای شهر امروز برگزار شد.",
                       "بر اساس این گزارش، اعضای شورا درباره بودجه سال آینده گفت‌وگو کردند.")
    assert not [q for q in quotes if "بودجه سال" in q.text and q.speaker]


def test_a_report_credited_to_a_paper_is_no_maker():
    quotes = quotes_of("بنا بر گزارش نشریه فارن پالیسی، دیدار دو رهبر به زودی برگزار می‌شود.",
                       "بنا بر این گزارش، مشاوران رئیس‌جمهور این دیدار را یک موفقیت می‌دانند.")
    assert not [q for q in quotes if "مشاوران رئیس" in q.text and q.speaker]
