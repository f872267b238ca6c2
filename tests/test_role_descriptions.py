"""A person's full name set off with a description between commas (``رضا توکلی، کفش‌فروش بازار
دشت‌سر، گفت``) gives that description as their role, though no role word opens it: it is who the
article says they are. Only a whole apposition closed by its comma, after a person's name."""

from quoting import quotes_of


def speaker_and_role(paragraph: str) -> tuple[str | None, str | None]:
    [quote] = quotes_of(paragraph)
    return quote.speaker, quote.role


def test_a_description_between_commas_after_a_full_name_is_the_role():
    assert speaker_and_role("منصور یگانه، کفاش قدیمی بازار سرپوشیده، گفت: مشتری‌ها نصف شده‌اند.") == \
        ("منصور یگانه", "کفاش قدیمی بازار سرپوشیده")


def test_a_former_players_description_is_the_role():
    assert speaker_and_role("کریم باقری، اسطوره باشگاه پرسپولیس، گفت: این تیم دوباره قهرمان می‌شود.") == \
        ("کریم باقری", "اسطوره باشگاه پرسپولیس")


def test_a_time_set_off_after_the_name_is_no_role():
    assert speaker_and_role("منصور یگانه، امروز در جمع خبرنگاران گفت: مشتری‌ها نصف شده‌اند.") == \
        ("منصور یگانه", None)


def test_a_part_the_phrase_is_cut_in_is_no_role():
    assert speaker_and_role("منصور یگانه، کفاش ۳ بار جریمه شده، گفت: تمرین‌ها سخت بود.") == \
        ("منصور یگانه", None)
