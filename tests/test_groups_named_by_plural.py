"""A group named by a plural in ان before a plural verb (نانوایان گفتند، دانشجویان این دانشگاه
می‌گویند، کارگرانی که ... می‌گویند) speaks unnamed, even when the lexicon does not know the
plural's stem: such a word is never a surname standing alone."""

from tests.quoting import quotes_of, quote_holding


def _speaker_of(quotes, piece):
    quote = quote_holding(quotes, piece)
    return quote.speaker, quote.speaker_type


def test_plural_in_yan_of_a_stem_ending_in_a_vowel_is_a_group():
    quotes = quotes_of("نانوایان گفتند: هزینه‌های تولید با این نرخ جبران نمی‌شود.")
    assert _speaker_of(quotes, "جبران نمی‌شود") == (None, "unnamed")


def test_plural_with_a_place_after_it_is_a_group():
    quotes = quotes_of("دانشجویان این دانشگاه گفتند: خوابگاه‌ها از هفته پیش گرمایش ندارند.")
    assert _speaker_of(quotes, "خوابگاه‌ها") == (None, "unnamed")


def test_plural_on_a_stem_no_lexicon_knows_is_a_group():
    quotes = quotes_of("بهورزان این خانه بهداشت می‌گویند مراجعه مردم دو برابر شده است.")
    assert _speaker_of(quotes, "مراجعه مردم") == (None, "unnamed")


def test_plural_with_the_indefinite_ye_before_a_relative_clause_is_a_group():
    quotes = quotes_of("مسافرانی که از صبح در فرودگاه مانده بودند گفتند: هیچ مسئولی پاسخگو نیست.")
    assert _speaker_of(quotes, "هیچ مسئولی") == (None, "unnamed")


def test_a_surname_in_an_named_in_full_elsewhere_is_still_the_person():
    quotes = quotes_of("فرهاد سلطانیان مدیر این مجموعه است.",
                       "سلطانیان گفتند: برنامه‌ها طبق روال پیش می‌رود.")
    assert _speaker_of(quotes, "طبق روال") == ("فرهاد سلطانیان", "person")


def test_a_surname_in_a_list_of_subjects_is_no_group():
    quotes = quotes_of("سلطانیان و عابدینی گفتند: تمرینات از فردا آغاز می‌شود.")
    assert _speaker_of(quotes, "تمرینات") != (None, "unnamed")


def test_plural_demonstrative_is_no_new_group():
    quotes = quotes_of("سازمان ملل متحد اعلام کرد: کمک‌ها به مرز رسیده است.",
                       "اینان همچنین مدعی شدند که توزیع کمک‌ها از فردا آغاز می‌شود.")
    assert _speaker_of(quotes, "توزیع کمک‌ها") == ("سازمان ملل متحد", "organisation")
