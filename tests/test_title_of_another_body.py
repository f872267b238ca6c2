"""A title that names the same office in another ministry or commission (معاون وزیر صنعت after the
معاون وزیر نیرو, رئیس کمیسیون اقتصادی after the رئیس کمیسیون کشاورزی) is someone else, whom the
article may never name: not the speaker of the moment, nor the one person it names. A member (عضو)
sits in several commissions at once, and a company or an office is often called by another name, so
those stay with the speaker. Every sentence is written for the test.
"""

from __future__ import annotations

from quoting import quotes_of, speaker_of


def test_a_deputy_of_another_ministry_is_not_the_one_person_named():
    quotes = quotes_of(
        "مهدی کریمی معاون وزیر نیرو گفت: صنایع بزرگ دو روز در هفته برق نمی‌گیرند.",
        "معاون وزیر صنعت، معدن و تجارت در واکنش گفت: این کار تولید کارخانه‌ها را کم می‌کند.")
    assert speaker_of(quotes, "صنایع بزرگ") == "مهدی کریمی"
    assert speaker_of(quotes, "تولید کارخانه‌ها") is None


def test_the_head_of_another_commission_is_not_the_speaker_of_the_moment():
    quotes = quotes_of(
        "سارا احمدی کارشناس بازار مرغ گفت: نهاده‌ها دیر به مرغداران می‌رسد.",
        "حسن نوروزی رئیس کمیسیون کشاورزی مجلس گفت: نهاده‌ها با ارز آزاد وارد می‌شود.",
        "رئیس کمیسیون اقتصادی مجلس در ادامه این جلسه گفت: قیمت تخم‌مرغ بالا می‌رود.")
    assert speaker_of(quotes, "ارز آزاد") == "حسن نوروزی"
    assert speaker_of(quotes, "قیمت تخم‌مرغ") is None


def test_a_deputy_of_the_same_ministry_written_shorter_is_still_the_speaker():
    quotes = quotes_of(
        "دکتر رضا صالحی معاون وزیر بهداشت، درمان و آموزش پزشکی گفت: واکسن آنفلوآنزا کمبود ندارد.",
        "معاون وزیر بهداشت افزود: گروه‌های پرخطر در اولویت هستند.")
    assert speaker_of(quotes, "گروه‌های پرخطر") == "رضا صالحی"


def test_a_member_of_another_commission_is_still_the_speaker():
    """One member of parliament sits in the budget commission and in the economic one."""
    quotes = quotes_of(
        "علی مرادی عضو کمیسیون تلفیق بودجه گفت: نرخ ارز در بودجه هنوز تعیین نشده است.",
        "عضو کمیسیون اقتصادی مجلس افزود: یکسان‌سازی نرخ ارز تورم می‌آورد.")
    assert speaker_of(quotes, "یکسان‌سازی نرخ ارز") == "علی مرادی"


def test_a_company_called_by_another_name_is_still_the_speakers():
    quotes = quotes_of(
        "محمود شریفی مدیرعامل شرکت آب و فاضلاب زنجان روز شنبه گفت: تصفیه‌خانه تازه هفته آینده افتتاح می‌شود.",
        "مدیرعامل شرکت آبفای زنجان افزود: پساب آن به کشاورزان داده می‌شود.")
    assert speaker_of(quotes, "پساب آن") == "محمود شریفی"
