"""A role shows the hyphen that joins two of its words as the article writes it (دانشگاه جامع
علمی - کاربردی، اختلالات عصبی-تکاملی), as it shows the commas of a body's list: the reader sees
the body's name, not two words run together."""

from quoting import quotes_of


def role_of(paragraph: str) -> str | None:
    [quote] = quotes_of(paragraph)
    return quote.role


def test_a_spaced_hyphen_in_a_universitys_name_is_shown():
    assert role_of("به گزارش فارس، علی رضایی رئیس دانشگاه جامع علمی - کاربردی استان زنجان گفت: ۲۰ رشته جدید داریم.") == \
        "رئیس دانشگاه جامع علمی - کاربردی استان زنجان"


def test_a_hyphen_joining_two_words_is_shown_joined():
    assert role_of("مهسا نیکو، دبیر ستاد اختلالات عصبی-تکاملی کودکان، گفت: غربالگری رایگان است.") == \
        "دبیر ستاد اختلالات عصبی-تکاملی کودکان"


def test_a_dash_after_the_role_is_no_part_of_it():
    assert role_of("علی رضایی مدیرکل بهزیستی استان زنجان - که تازه منصوب شده - گفت: بودجه کم است.") == \
        "مدیرکل بهزیستی استان زنجان"
