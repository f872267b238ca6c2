"""An apposition set off after a name by two commas says who the person is, where and what of
included (``X، مدیر یک نشر کودک از تهران، در حاشیه ... گفت``، ``X، معلم دبستان در یکی از روستاهای
چالدره، گفت``): the role runs to the closing comma past «در» or «از». Not when the phrase is the
occasion or the topic (در نشست خبری، در این باره), the object of the verb after it (از ... خبر داد),
or when the comma is a list's inside a body's name."""

from quoting import quotes_of


def speaker_and_role(paragraph: str) -> tuple[str | None, str | None]:
    quote = quotes_of(paragraph)[-1]
    return quote.speaker, quote.role


def test_a_place_of_origin_inside_the_apposition():
    assert speaker_and_role("نسرین کاظمی، مدیر یک انتشارات کودک از شیراز، در حاشیه نمایشگاه گفت: فروش خوب بود.") == \
        ("نسرین کاظمی", "مدیر یک انتشارات کودک از شیراز")


def test_where_the_office_is_inside_the_apposition():
    assert speaker_and_role("لیلا صارمی، مدیر یک هنرستان دخترانه در شهر قدس، به خبرنگار ما گفت: کلاس‌ها شلوغ است.") == \
        ("لیلا صارمی", "مدیر یک هنرستان دخترانه در شهر قدس")


def test_a_description_with_a_place_and_no_role_word():
    assert speaker_and_role("هانس مولر، استاد جامعه‌شناسی از اتریش، در این همایش گفت: مهاجرت بیشتر شده است.") == \
        ("هانس مولر", "استاد جامعه‌شناسی از اتریش")


def test_from_before_the_verb_itself_may_be_its_object():
    # the clause read ends at the comma: the verb after it, unseen, may take «از» (از ... خبر داد)
    assert speaker_and_role("هانس مولر، استاد روانشناسی بالینی از اتریش، گفت: مهاجرت بیشتر شده است.") == \
        ("هانس مولر", "استاد روانشناسی بالینی")


def test_the_occasion_before_the_comma_is_no_part_of_the_role():
    assert speaker_and_role("کامران فتحی، مدیرکل بهزیستی استان در نشست خبری، گفت: بودجه کم است.") == \
        ("کامران فتحی", "مدیرکل بهزیستی استان")


def test_what_is_announced_before_the_comma_is_the_verbs_object():
    assert speaker_and_role("کامران فتحی، مدیرکل بهزیستی استان از افزایش بودجه، خبر داد و گفت: کار آغاز شد.") == \
        ("کامران فتحی", "مدیرکل بهزیستی استان")


def test_a_comma_inside_a_bodys_list_closes_no_apposition():
    assert speaker_and_role("یوسف امیری، نماینده مردم کاشان در پیامکی به وزیر صنعت، معدن و تجارت گفت: واردات باید متوقف شود.") == \
        ("یوسف امیری", "نماینده مردم کاشان")
