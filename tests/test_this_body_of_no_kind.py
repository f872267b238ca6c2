"""«این نهاد»، «این تشکل»، «این وزارتخانه»: a demonstrative before a word that names no kind of body
(or a ministry by another word) is the organisation the report met or named last, as «این سازمان»
is the last سازمان; and a body named only in the headline («هشدار سازمان هواشناسی درباره ...») is
named there in full up to the preposition after it."""

from tests.quoting import headed_quotes, quote_holding, quotes_of, speaker_of


def test_this_institution_is_the_body_named_in_a_sentence_before():
    quotes = quotes_of("بنیاد مسکن انقلاب اسلامی امسال ۲ هزار واحد روستایی ساخته است.",
                       "این نهاد اعلام کرد که ساخت هزار واحد دیگر تا پایان سال آغاز می‌شود.")
    quote = quote_holding(quotes, "هزار واحد دیگر")
    assert (quote.speaker, quote.speaker_type) == ("بنیاد مسکن انقلاب اسلامی", "organisation")


def test_this_union_is_the_body_quoted_before():
    quotes = quotes_of("در بیانیه کانون صنفی کارگران آمده است: دستمزدها کافی نیست.",
                       "این تشکل صنفی همچنین هشدار داد که کارگران تجمع خواهند کرد.")
    assert speaker_of(quotes, "کارگران تجمع") == "کانون صنفی کارگران"


def test_this_ministry_is_the_ministry_named_before():
    quotes = quotes_of("وزارت نیرو امروز آمار مصرف برق را منتشر کرد.",
                       "این وزارتخانه اعلام کرد: خاموشی‌ها از فردا برنامه‌ریزی شده است.")
    assert speaker_of(quotes, "خاموشی‌ها") == "وزارت نیرو"


def test_a_body_inside_a_bodys_name_is_not_the_one_named_last():
    quotes = quotes_of("دانشکده پزشکی دانشگاه تبریز امسال ۳۰۰ دانشجو پذیرفت.",
                       "این نهاد اعلام کرد که ظرفیت سال آینده افزایش می‌یابد.")
    assert speaker_of(quotes, "ظرفیت سال آینده") == "دانشکده پزشکی دانشگاه تبریز"


def test_the_agency_of_a_credit_line_is_not_this_institution():
    quotes = quotes_of("به گزارش خبرگزاری فارس، این نهاد اعلام کرد که ظرفیت سال آینده افزایش می‌یابد.")
    assert speaker_of(quotes, "ظرفیت سال آینده") is None


def test_a_body_named_only_in_the_headline_ends_before_the_preposition_after_it():
    quotes = headed_quotes("هشدار سازمان هواشناسی درباره بارش برف در ۱۸ استان", "",
                           "به گزارش فارس، این سازمان اعلام کرد: بارش برف از فردا آغاز می‌شود.")
    assert speaker_of(quotes, "بارش برف از فردا") == "سازمان هواشناسی"
