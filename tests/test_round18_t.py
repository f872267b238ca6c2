"""Issue 18t, title-only references to a person the article names elsewhere. Every sentence is
written for the test."""

from __future__ import annotations

from corpus.document import Quote
from quoting import headed_quotes


def speakers(quotes: list[Quote]) -> list[tuple[str, str | None]]:
    return [(q.where, q.speaker) for q in quotes]


def test_a_title_is_the_second_person_a_lead_names_with_it_between_commas():
    """``X، مدیر ...، و Y، معاون ...، به پرسش‌ها پاسخ دادند``: the lead quotes nobody and opens on X
    alone, but Y's title stands beside Y's name, so ``معاون ... نیز افزود`` is Y."""
    quotes = headed_quotes(
        "گفت‌وگو با مدیران آموزش و پرورش شهر",
        "مینا صدری، مدیر آموزش و پرورش شهر، و علی نادری، معاون آموزشی این اداره، در گفت‌وگویی به پرسش‌های ما پاسخ دادند.",
        "مدیر آموزش و پرورش شهر گفت: «مدارس تا مهر آماده می‌شوند.»",
        "معاون آموزشی این اداره نیز افزود: «کتاب‌ها هفته آینده توزیع می‌شود.»")
    assert speakers(quotes) == [("body:0", "مینا صدری"), ("body:1", "علی نادری")]


def test_a_title_is_the_person_named_after_it_between_commas_in_a_sentence_that_quotes_nobody():
    """``در این نشست معاون ...، علی نادری، حضور داشت``, then ``معاون ... گفت``: the title is his."""
    quotes = headed_quotes(
        "نشست خبری آموزش و پرورش",
        "در این نشست معاون آموزشی اداره، علی نادری، حضور داشت.",
        "معاون آموزشی اداره گفت: «کتاب‌ها هفته آینده توزیع می‌شود.»")
    assert [(q.speaker, q.role) for q in quotes] == [("علی نادری", "معاون آموزشی اداره")]


def test_a_title_two_people_are_named_beside_stays_unnamed():
    """Two people the article names with the same title: which one spoke is not known."""
    quotes = headed_quotes(
        "نشست خبری آموزش و پرورش",
        "در این نشست معاون آموزشی اداره، علی نادری، و معاون آموزشی اداره پیشین، حسن کاظمی، حضور داشتند.",
        "معاون آموزشی اداره گفت: «کتاب‌ها هفته آینده توزیع می‌شود.»")
    assert [(q.speaker, q.role) for q in quotes] == [(None, "معاون آموزشی اداره")]


def test_a_title_beside_words_that_only_look_like_a_name_stays_unnamed():
    """``رئیس ... خواستار ... قدرت های اصلی جهان ...، ...``: قدرت opens a given name, but those words
    are read past the title, not set beside it by its comma."""
    quotes = headed_quotes(
        "نشست خلع سلاح",
        "رئیس گروه بازرسان خواستار نابودی سلاح های کشتار جمعی قدرت های اصلی جهان به ویژه آمریکا، انگلیس و روسیه شد.",
        "رئیس گروه بازرسان گفت: «بازرسی‌ها باید ادامه یابد.»")
    assert {q.speaker for q in quotes} == {None}


def test_a_role_head_typed_with_a_letter_twice_is_the_role_not_a_name():
    """``معاوون وزیر بهداشت گفت``: a title with a stuttered head, the deputy who has the floor,
    not a person named معاوون."""
    quotes = headed_quotes(
        "آمار بیماران در استان",
        "",
        "علی رضوانی، معاون درمان وزارت بهداشت کشور، گفت که ۳۰ بیمار تازه بستری شدند.",
        "در همین حال، معاوون وزیر بهداشت گفت که شمار بهبودیافتگان به ۷۰۰ نفر رسید.")
    assert [(q.speaker, q.ref) for q in quotes] == [("علی رضوانی", "name"), ("علی رضوانی", "title")]


def test_a_role_head_typed_with_two_letters_twice_is_the_role_not_a_name():
    """``کارشناساس اقتصادی افزود`` after ``کارشناس اقتصادی ادامه داد``: the same expert speaking on."""
    quotes = headed_quotes(
        "بازار ارز",
        "",
        "حسن کاظمی، کارشناس اقتصادی، گفت: «نرخ ارز تا پایان سال ثابت می‌ماند.»",
        "کارشناس اقتصادی ادامه داد: «بانک مرکزی ذخیره کافی دارد.»",
        "کارشناساس اقتصادی افزود: «تورم اما بالا خواهد ماند.»")
    assert [q.speaker for q in quotes] == ["حسن کاظمی"] * 3


def test_a_role_head_with_a_plural_ending_is_no_typo_of_it():
    """قهرمانان is the plural of قهرمان, not a stuttered قهرمان: a group speaking."""
    from corpus.quotes.subjects import word_key
    assert word_key("قهرمانان") == "قهرمانان" and word_key("معاوون") == "معاون"
