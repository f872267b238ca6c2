"""Issue 17a, title-only references: whom an office named without a name means. Every sentence is written for the test."""

from __future__ import annotations

from corpus.document import Quote
from quoting import quotes_of


def speakers(quotes: list[Quote]) -> list[tuple[str, str | None, str]]:
    return [(q.where, q.speaker, q.ref) for q in quotes]


def test_a_given_name_spelt_as_an_ordinal_opens_the_name():
    """سیمین is a given name as well as «thirtieth» (سی + مین): before a surname and a role it
    opens the name, and the role then means her."""
    quotes = quotes_of(
        "حسن نادری، رئیس بهزیستی شهرستان، گفت: «دو مرکز تازه باز می‌شود.»",
        "سیمین کاظمی، مدیر خانه سالمندان مهر، گفت: «ظرفیت ما پر شده است.»",
        "مدير خانه سالمندان مهر افزود: فهرست انتظار طولانی است.")
    assert [(q.speaker, q.ref) for q in quotes] == [
        ("حسن نادری", "name"), ("سیمین کاظمی", "name"), ("سیمین کاظمی", "title")]


def test_a_title_only_quote_shows_the_role_in_full_as_written_beside_the_name():
    """مدیرکل بهزیستی افزود after «مدیرکل بهزیستی استان کردستان» beside the name: the quote's
    role is the office in full, as a role lookup finds it."""
    quotes = quotes_of(
        "علی رضایی، مدیرکل بهزیستی استان کردستان، گفت: «مراکز پر شده است.»",
        "حسن کریمی، رئیس اداره تامین اجتماعی، گفت: «بیمه‌ها پرداخت می‌شود.»",
        "مديركل بهزيستي افزود: فهرست انتظار طولانی است.")
    assert [(q.speaker, q.role) for q in quotes][2] == ("علی رضایی", "مدیرکل بهزیستی استان کردستان")


def test_a_relatives_title_is_not_the_speaker_of_the_moment():
    """مادر یکی از مددجویان after a client named without a role: the mother, someone unnamed."""
    quotes = quotes_of(
        "رضا کریمی، مدیر مرکز، گفت: «ظرفیت ما پر است.»",
        "مهران، ۳۰ ساله، گفت: «این بار ترک می‌کنم.»",
        "مادر یکی از مددجویان که برای ملاقات آمده بود، گفت: «هزینه‌ها زیاد است.»")
    assert [(q.speaker, q.speaker_type) for q in quotes][2] == (None, "unnamed")


def test_a_relatives_title_is_not_the_one_person_the_article_names():
    quotes = quotes_of(
        "علی کریمی گفت: «برای مسابقه آماده‌ام.»",
        "مادر یکی از بازیکنان گفت: «به پسرم افتخار می‌کنم.»")
    assert [(q.speaker, q.speaker_type) for q in quotes] == [("علی کریمی", "person"), (None, "unnamed")]


def test_a_leads_office_is_not_the_one_of_a_group_the_body_quotes_first():
    """The lead's فرماندار ... is not «اکبر، یکی از نمایندگان کارگران», the body's first speaker, but
    whom the body calls so later, named without a role."""
    quotes = quotes_of(
        "جواد، یکی از نمایندگان کارگران، گفت: «سه ماه است حقوق نگرفته‌ایم.»",
        "محمود صالحی امروز در جمع کارگران اظهار کرد: «حقوق دو ماه تا پایان هفته پرداخت می‌شود.»",
        "فرماندار دشت‌آباد افزود: کارخانه تعطیل نمی‌شود.",
        lead="فرماندار شهرستان دشت‌آباد از پرداخت حقوق کارگران خبر داد.")
    assert [(q.where, q.speaker) for q in quotes] == [
        ("lead", "محمود صالحی"), ("body:0", "جواد"), ("body:1", "محمود صالحی"), ("body:2", "محمود صالحی")]


def test_a_headlines_office_is_the_person_the_lead_quotes_by_name():
    """``معاون وزیر ... در شیراز: ...`` over a lead quoting the deputy by name, while the body's first
    named speaker is another official: the headline is the lead's."""
    quotes = quotes_of(
        "معاون وزیر که در جلسه شورای آموزش استان سخن می‌گفت، اظهار کرد: مدارس کمبود معلم دارند.",
        "حسن نادری، مدیرکل آموزش و پرورش استان فارس، نیز گفت: «صد مدرسه سرمایش ندارد.»",
        title="معاون وزیر آموزش و پرورش در شیراز: کمبود معلم جبران می‌شود",
        lead="کامران اسدی، معاون توسعه مدیریت وزیر آموزش و پرورش، در سفر به شیراز از استخدام معلمان خبر داد.")
    assert [(q.where, q.speaker) for q in quotes] == [
        ("title", "کامران اسدی"), ("lead", "کامران اسدی"), ("body:0", "کامران اسدی"), ("body:1", "حسن نادری")]


def test_a_title_only_quote_shortening_the_office_shows_it_in_full():
    """معاون وزیر of «معاون امور باغبانی وزیر جهاد کشاورزی»: words left out after the head."""
    quotes = quotes_of(
        "فرهاد کیانی، معاون امور باغبانی وزیر جهاد کشاورزی، گفت: «پول گندم تا پایان ماه پرداخت می‌شود.»",
        "معاون وزير ادامه داد: نگرانی کشاورزان را درک می‌کنیم.")
    assert [(q.speaker, q.role) for q in quotes][1] == ("فرهاد کیانی", "معاون امور باغبانی وزیر جهاد کشاورزی")


def test_a_title_leaving_out_another_body_shows_as_written():
    """رئیس مجلس is not رئیس کمیسیون کشاورزی مجلس: the word left out heads a body of its own."""
    quotes = quotes_of(
        "فرهاد کیانی، رئیس کمیسیون کشاورزی مجلس، گفت: «پول گندم تا پایان ماه پرداخت می‌شود.»",
        "رئیس مجلس افزود: نگرانی کشاورزان را درک می‌کنیم.")
    assert quotes[1].role == "رئیس مجلس"
