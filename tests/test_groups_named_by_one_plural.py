"""A group named by one plural word with no plural verb to show it (a headline's «بیماران: ...»،
«به گفته مستاجران، ...»، «خطبای: ...») speaks unnamed: a plural of people whose noun the lexicon
holds, which the article never writes after a given name, is never a surname standing alone."""

from tests.quoting import headed_quotes, quotes_of, quote_holding


def _speaker_of(quotes, piece):
    quote = quote_holding(quotes, piece)
    return quote.speaker, quote.speaker_type


def test_a_headline_given_to_a_plural_is_the_group_s():
    quotes = headed_quotes("بیماران: هر هفته باید چند داروخانه را بگردیم", "",
                           "محمد رضوی، معاون غذا و دارو گفت: انسولین به اندازه کافی وارد شده است.")
    assert _speaker_of(quotes, "چند داروخانه") == (None, "unnamed")


def test_a_headline_after_a_semicolon_given_to_a_plural_of_a_noun_in_a_vowel():
    quotes = headed_quotes("نرخ تازه نان اعلام شد؛ نانوايان: هزينه‌ها جبران نمي‌شود", "",
                           "اما نانوایان از نرخ تازه راضی نیستند.")
    assert _speaker_of(quotes, "جبران نمي") == (None, "unnamed")


def test_according_to_a_plural_is_the_group_s():
    quotes = quotes_of("به گفته مستاجران، اجاره‌ها امسال دو برابر شده است.")
    assert _speaker_of(quotes, "دو برابر") == (None, "unnamed")


def test_an_arabic_plural_of_people_alone_is_the_group_s():
    quotes = headed_quotes("خطبای جمعه: قانون‌گریزی آفت جامعه است", "",
                           "امامان جمعه استان بر پایبندی به قانون تاکید کردند.")
    assert _speaker_of(quotes, "آفت جامعه") == (None, "unnamed")


def test_a_surname_like_a_plural_named_in_full_elsewhere_is_the_person():
    quotes = quotes_of("ژان‌لوک برتران، نماینده سازمان بین‌المللی کار در تهران به ایران آمد.",
                       "به گفته برتران، بیکاری جوانان در منطقه رو به افزایش است.")
    assert _speaker_of(quotes, "بیکاری جوانان") == ("ژان‌لوک برتران", "person")


def test_a_surname_in_yan_alone_is_no_group():
    quotes = headed_quotes("کفاشیان: سازمان لیگ تصمیم می‌گیرد", "",
                           "رئیس فدراسیون فوتبال درباره زمان بازی‌ها سخن گفت.")
    assert _speaker_of(quotes, "سازمان لیگ")[0] == "کفاشیان"
