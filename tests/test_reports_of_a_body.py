"""What a body's report finds (گزارش X حاکی است / نشان می‌دهد که CLAIM، بر اساس گزارش X، CLAIM) is
the body's word, never the report's nor the paper's that carries it; a report of an outlet or of
nobody is a credit (ANNOTATION.md, round 27). Invented sentences."""

from tests.quoting import quotes_of, speaker_of


def test_the_report_of_a_statistics_office_finds():
    quotes = quotes_of("گزارش مرکز آمار ایران حاکی است که نرخ بیکاری در پاییز امسال به ۹ درصد رسیده است.")
    assert speaker_of(quotes, "نرخ بیکاری") == "مرکز آمار ایران"


def test_a_university_s_survey_shows_in_older_spelling():
    quotes = quotes_of("نتايج نظرسنجي دانشگاه مريلند نشان مي دهد كه 60 درصد آمريكايي ها با جنگ مخالفند.")
    assert speaker_of(quotes, "با جنگ مخالفند") == "دانشگاه مریلند"


def test_according_to_a_body_s_report():
    quotes = quotes_of("بر اساس گزارش سازمان بهداشت جهانی، سالانه هفت میلیون نفر بر اثر آلودگی هوا جان می‌دهند.")
    assert speaker_of(quotes, "آلودگی هوا") == "سازمان بهداشت جهانی"


def test_a_paper_writing_of_a_think_tank_s_finding_only_carries_it():
    quotes = quotes_of("به نوشته «واشنگتن پست»، گزارش اندیشکده «مرکز مطالعات راهبردی» نشان می‌دهد که "
                       "«کره شمالی پایگاه‌های تازه‌ای ساخته است».")
    claims = [q for q in quotes if "پایگاه‌های تازه" in q.text]
    assert [q.speaker for q in claims] == ["اندیشکده مرکز مطالعات راهبردی"]


def test_reports_of_nobody_and_of_a_paper_are_credits():
    quotes = quotes_of("گزارش‌های منتشر شده نشان می‌دهد که صادرات نفت افزایش یافته است.",
                       "بر اساس گزارش روزنامه گاردین، دولت انگلیس فروش سلاح را ادامه می‌دهد.")
    assert not [q for q in quotes if q.speaker]


def test_a_body_s_report_before_a_speaker_of_its_own_is_a_credit():
    quotes = quotes_of("طبق گزارش سازمان هواشناسی، مدیرکل هواشناسی استان گفت: بارش‌ها کمتر شده است.")
    assert speaker_of(quotes, "بارش‌ها کمتر") is None  # the unnamed official, not the body
