"""A headline shortens an office (مدیرکل بهزیستی زنجان: ...), the lead writes it in full with no
name (مدیرکل بهزیستی استان زنجان از ... خبر داد) and the body names the person with no role beside
the name: each quote shows the office as the lead writes it, not the headline's short form."""

from quoting import headed_quotes, quote_holding


def test_the_leads_fuller_title_is_shown_for_quotes_by_name_and_pronoun():
    quotes = headed_quotes(
        "مدیرکل بهزیستی زنجان: ۳۰۰ خانواده مسکن گرفتند",
        "مدیرکل بهزیستی استان زنجان از واگذاری ۳۰۰ واحد مسکن به خانواده‌های دارای دو معلول خبر داد.",
        "به گزارش خبرنگار ما، کامران صدری‌فر صبح امروز در آیین تحویل واحدها گفت: ۳۰۰ خانواده مسکن گرفتند.",
        "وی افزود: ۲۰۰ خانواده دیگر در نوبت هستند.")
    assert quote_holding(quotes, "۲۰۰ خانواده").role == "مدیرکل بهزیستی استان زنجان"
    assert quote_holding(quotes, "مسکن گرفتند.").role == "مدیرکل بهزیستی استان زنجان"


def test_a_body_named_in_full_in_the_lead_after_a_short_headline():
    quotes = headed_quotes(
        "رئیس سازمان بهزیستی: مراکز ترک اعتیاد زنان دو برابر می‌شود",
        "رئیس سازمان بهزیستی کشور از دو برابر شدن ظرفیت مراکز ترک اعتیاد زنان خبر داد.",
        "به گزارش ایسنا، مهرداد نیکبخت در بازدید از یک مرکز گفت: ظرفیت تا پایان سال دو برابر می‌شود.",
        "نیکبخت ادامه داد: بر کمپ‌های غیرمجاز نظارت می‌کنیم.")
    assert quote_holding(quotes, "کمپ‌های غیرمجاز").role == "رئیس سازمان بهزیستی کشور"


def test_a_role_beside_the_name_is_shown_rather_than_the_leads():
    quotes = headed_quotes(
        "مدیرکل بهزیستی زنجان: ۳۰۰ خانواده مسکن گرفتند",
        "مدیرکل بهزیستی استان زنجان از واگذاری ۳۰۰ واحد مسکن خبر داد.",
        "به گزارش خبرنگار ما، کامران صدری‌فر مدیرکل بهزیستی زنجان در آیین تحویل واحدها گفت: ۳۰۰ خانواده مسکن گرفتند.",
        "وی افزود: ۲۰۰ خانواده دیگر در نوبت هستند.")
    assert quote_holding(quotes, "۲۰۰ خانواده").role == "مدیرکل بهزیستی زنجان"


def test_a_lead_title_running_into_a_clause_is_not_taken_for_the_office():
    quotes = headed_quotes(
        "رئیس آموزش و پرورش استثنایی یزد: ۹۰۰ دانش‌آموز در مدارس استثنایی درس می‌خوانند",
        "رئیس آموزش و پرورش استثنایی یزد بابیان اینکه کلاس‌ها کوچک است از تحصیل ۹۰۰ دانش‌آموز خبر داد.",
        "به گزارش خبرنگار ما، علی‌اکبر حاتمی گفت: ۹۰۰ دانش‌آموز در مدارس استثنایی درس می‌خوانند.",
        "وی افزود: سرویس مدارس رایگان است.")
    assert quote_holding(quotes, "سرویس مدارس").role == "رئیس آموزش و پرورش استثنایی یزد"


def test_a_later_sentence_shortening_the_office_shows_the_leads_form():
    quotes = headed_quotes(
        "فرمانده انتظامی کهگیلویه و بویراحمد: ۵ قاچاقچی دستگیر شدند",
        "فرمانده انتظامی کهگیلویه و بویراحمد از کشف ۲ تن مواد مخدر و دستگیری ۵ قاچاقچی خبر داد.",
        "سردار علی‌رضا نیک‌نام امروز در گفت‌وگو با خبرنگار ما گفت: محموله از مرز شرقی آمده بود.",
        "فرمانده انتظامی استان همچنین از توقیف ۳ خودرو خبر داد.")
    assert quote_holding(quotes, "توقیف ۳ خودرو").role == "فرمانده انتظامی کهگیلویه و بویراحمد"
