"""A seat in the house (نماینده مردم X در مجلس) and a place in one of its commissions (سخنگوی کمیسیون
بهداشت، عضو کمیسیون آموزش مجلس) may be one MP's two titles, though they share no word but the house:
the seat is the speaker's who holds a commission's office, a commission's membership the speaker's
or the newcomer's who holds a seat. Not the other way: the head of a commission is one MP among
many, and a newcomer is not taken when the speaker of the moment sits in the house too. Every
sentence is written for the test."""

from __future__ import annotations

from tests.quoting import quotes_of, speaker_of


def test_a_seat_is_the_commission_spokesmans_who_spoke_last():
    quotes = quotes_of(
        "حمید نوری، رئیس بیمارستان امام، گفت: بخش دیالیز این بیمارستان تعطیل شده است.",
        "بهروز صالحی، سخنگوی کمیسیون آموزش، پس از نشست امروز گفت: لایحه رتبه‌بندی معلمان بررسی شد.",
        "نماینده مردم بروجن در مجلس با بیان اینکه منابع لایحه تامین نشده است، افزود: دولت باید ردیف مستقل بگذارد.",
    )
    assert speaker_of(quotes, "لایحه رتبه‌بندی") == "بهروز صالحی"
    assert speaker_of(quotes, "ردیف مستقل") == "بهروز صالحی"


def test_a_commission_member_is_the_mp_named_next():
    quotes = quotes_of(
        "دکتر سارا امیری، سرپرست بیمارستان شهید رجایی، گفت: مطالبات پرستاران تا پایان ماه پرداخت می‌شود.",
        "عضو کمیسیون بهداشت و درمان مجلس نیز این تاخیر را «بی‌احترامی به کادر درمان» دانست. "
        "کاظم فرهادی، نماینده مردم سبزوار در مجلس، گفت که موضوع را پیگیری می‌کند.",
    )
    assert speaker_of(quotes, "مطالبات پرستاران") == "سارا امیری"
    assert speaker_of(quotes, "بی‌احترامی") == "کاظم فرهادی"


def test_the_head_of_a_commission_is_not_any_mp_who_spoke_last():
    quotes = quotes_of(
        "حمید نوری، رئیس بیمارستان امام، گفت: بخش دیالیز تعطیل شده است.",
        "مریم کاظمی، نماینده مردم رشت در مجلس، گفت: حقوق کارگران فصلی باید بیمه شود.",
        "به گفته رئیس کمیسیون اجتماعی، این طرح هفته آینده در دستور کار است.",
    )
    assert speaker_of(quotes, "کارگران فصلی") == "مریم کاظمی"
    assert speaker_of(quotes, "هفته آینده در دستور") is None


def test_a_member_stays_with_the_mp_speaking_not_the_mp_named_next():
    quotes = quotes_of(
        "علی اکبری، نماینده مردم اراک در مجلس، گفت: بودجه مدارس کافی نیست.",
        "عضو کمیسیون آموزش مجلس افزود: معلمان حق‌التدریس باید استخدام شوند.",
        "رضا موسوی، نماینده مردم کرج در مجلس، نیز گفت: مدارس کرج کمبود کلاس دارند.",
    )
    assert speaker_of(quotes, "حق‌التدریس") == "علی اکبری"
