"""A role whose body's name lists its fields (اتاق بازرگانی، صنایع، معادن و کشاورزی؛ وزارت تعاون،
کار و رفاه اجتماعی) is shown whole after its holder's name, as it is without one: the list's
commas do not end it."""

from quoting import quotes_of


def role_words(paragraph: str) -> list[str]:
    """The words of the role the paragraph's one quote shows, its commas left out."""
    [quote] = quotes_of(paragraph)
    return quote.role.replace("،", " ").split()


def test_a_role_after_a_name_goes_on_past_the_commas_of_its_bodys_list():
    assert role_words("به گزارش ایرنا، بهروز نیک‌پی رئیس اتاق بازرگانی، صنایع، معادن و کشاورزی استان "
                      "سمنان گفت: صادرات زعفران دو برابر شد.") == \
        "رئیس اتاق بازرگانی صنایع معادن و کشاورزی استان سمنان".split()


def test_an_apposition_between_commas_keeps_the_ministrys_whole_name():
    assert role_words("کاوه مرادپور، معاون وزیر تعاون، کار و رفاه اجتماعی، روز شنبه گفت: مستمری‌ها "
                      "از ماه آینده بیشتر می‌شود.") == "معاون وزیر تعاون کار و رفاه اجتماعی".split()


def test_a_listed_field_of_two_words_is_part_of_the_role():
    assert role_words("نسرین فلاحی مدیرکل میراث فرهنگی، صنایع دستی و گردشگری استان قزوین اظهار کرد: "
                      "بازدید از کاروانسراها بیشتر شده است.") == \
        "مدیرکل میراث فرهنگی صنایع دستی و گردشگری استان قزوین".split()


def test_a_second_office_after_the_list_stays_in_the_role():
    assert role_words("سهراب کیانی، معاون وزیر تعاون، کار و رفاه اجتماعی و رئیس سازمان بهزیستی کشور، "
                      "گفت که سهمیه استخدام معلولان رعایت نمی‌شود.") == \
        "معاون وزیر تعاون کار و رفاه اجتماعی و رئیس سازمان بهزیستی کشور".split()


def test_an_aside_about_the_body_after_the_comma_is_no_part_of_the_role():
    assert role_words("پدرو مارتینز سرمربی والنسیا، تیمی که هفته پیش سقوط کرد، گفت: فصل آینده برمی‌گردیم.") == \
        "سرمربی والنسیا".split()


def test_a_word_set_off_by_a_comma_without_a_list_is_no_part_of_the_role():
    assert role_words("کارلوس منسا، هافبک تیم ملی، اروگوئه‌ای گفت: بازی سختی بود.") == "هافبک تیم ملی".split()


def test_a_roles_list_is_shown_with_the_commas_the_article_wrote():
    [quote] = quotes_of("بهروز نیک‌پی رئیس اتاق بازرگانی، صنایع، معادن و کشاورزی استان سمنان گفت: "
                        "صادرات زعفران دو برابر شد.")
    assert quote.role == "رئیس اتاق بازرگانی، صنایع، معادن و کشاورزی استان سمنان"


def test_a_role_written_without_commas_gains_none():
    [quote] = quotes_of("نسرین فلاحی مدیرکل میراث فرهنگی صنایع دستی و گردشگری استان قزوین گفت: "
                        "بازدید از کاروانسراها بیشتر شده است.")
    assert quote.role == "مدیرکل میراث فرهنگی صنایع دستی و گردشگری استان قزوین"
