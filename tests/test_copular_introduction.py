"""People a feature introduces by a copular sentence, with no comma between the name and what they
are (``رحیم پیرمردی هفتاد ساله است``، ``نرگس سلیمانی معلم روستای بالا است``), and then quotes by
the name, the surname or a description pointing back (``این معلم می‌گوید``). The name ends before
the predicate's head, so it is not read as «رحیم پیرمردی» or «نرگس سلیمانی معلم روستای». A
surname that is a trade or a description (محمدرضا کشاورز، علی جوانی) stays whole when an office
is the predicate. Every sentence is written for the test.
"""

from __future__ import annotations

from quoting import quote_holding, quotes_of, speaker_of


def test_a_one_word_name_ends_before_a_description_with_the_indefinite_ending():
    quotes = quotes_of("منصور پیرمردی هشتاد ساله است که کنار رودخانه زندگی می‌کند.",
                       "منصور گفت: پارسال آب تا پشت در خانه آمد.")
    assert speaker_of(quotes, "پشت در خانه") == "منصور"


def test_a_full_name_ends_before_a_trade_that_heads_the_predicate():
    quotes = quotes_of("پروین طاهری معلم مدرسه عشایری است.", "طاهری گفت: کلاس ما بخاری ندارد.")
    assert speaker_of(quotes, "بخاری ندارد") == "پروین طاهری"


def test_a_description_pointing_back_finds_the_name_before_its_predicate():
    quotes = quotes_of("حسن عسگری کشاورزی است که گندمش در انبار مانده است.",
                       "این کشاورز گفت: خریدار دولتی هنوز نیامده است.")
    assert speaker_of(quotes, "خریدار دولتی") == "حسن عسگری"


def test_the_trade_of_the_predicate_is_the_role():
    quotes = quotes_of("پروین طاهری معلم مدرسه عشایری است.", "طاهری گفت: کلاس ما بخاری ندارد.")
    assert quote_holding(quotes, "بخاری ندارد").role == "معلم مدرسه عشایری"


def test_a_surname_that_is_a_trade_stays_when_an_office_is_the_predicate():
    quotes = quotes_of("بهرام کشاورز مدیرکل منابع طبیعی استان است.", "کشاورز گفت: جنگل‌ها در خطر است.")
    assert speaker_of(quotes, "جنگل‌ها") == "بهرام کشاورز"


def test_a_surname_with_the_ending_of_a_description_stays_before_an_office():
    quotes = quotes_of("علی جوانی معاون استاندار است.", "جوانی گفت: جاده‌ها تا فردا باز می‌شود.")
    assert speaker_of(quotes, "جاده‌ها") == "علی جوانی"


def test_a_name_in_a_sentence_that_is_not_copular_is_read_as_before():
    quotes = quotes_of("محمد جوانی امروز به خبرنگاران گفت: بازار آرام است.")
    assert speaker_of(quotes, "بازار آرام") == "محمد جوانی"


def test_a_surname_shaped_as_a_role_with_the_indefinite_ending_stays_after_a_given_name():
    quotes = quotes_of("بهزاد مدیری از شاگردانش راضی است.", "مدیری گفت: امسال کلاس‌ها پر بود.")
    assert speaker_of(quotes, "کلاس‌ها پر") == "بهزاد مدیری"
