"""«QUOTE»؛ این جمله را پیرمردی می‌گوید که ...: the object pointing back at the quote may name what
was said (این جمله، این حرف، این سخنان), and the one after it, here someone unnamed met by the
indefinite ی, is the speaker; the که clause after the verb describes them and is no claim."""

from tests.quoting import quote_holding, quotes_of


def test_the_one_after_this_sentence_says_the_quote():
    quotes = quotes_of("اداره راه استان اعلام کرد که جاده تا هفته آینده باز می‌شود.",
                       "«سه روز است هیچ ماشینی از اینجا رد نشده است»؛ این جمله را پیرمردی می‌گوید که کنار گردنه مغازه دارد.")
    quote = quote_holding(quotes, "هیچ ماشینی")
    assert (quote.speaker, quote.speaker_type, quote.role) == (None, "unnamed", "پیرمردی")


def test_the_relative_clause_after_the_verb_is_no_quote():
    quotes = quotes_of("«سه روز است هیچ ماشینی از اینجا رد نشده است»؛ این حرف را پیرمردی می‌گوید که کنار گردنه مغازه دارد.")
    assert not [quote for quote in quotes if "مغازه دارد" in quote.text]


def test_this_said_ahead_of_its_claim_still_reports_it():
    quotes = quotes_of("فرهاد نیکزاد این را هم گفت که جاده تا هفته آینده باز می‌شود.")
    assert quote_holding(quotes, "جاده تا هفته").speaker == "فرهاد نیکزاد"


def test_the_object_pointing_back_is_no_claim_of_its_own():
    quotes = quotes_of("«دو سال است قبض آب ما سه برابر شده است»؛ این سخنان را یکی از کشاورزان روستا بیان کرد.")
    assert [quote.kind for quote in quotes] == ["guillemet"]


def test_a_second_verb_after_the_pointed_back_one_keeps_its_claim():
    quotes = quotes_of("«دو سال است قبض آب ما سه برابر شده است»؛ این را یکی از کشاورزان گفت و افزود که چاه‌ها خشک شده‌اند.")
    assert quote_holding(quotes, "چاه‌ها خشک").kind == "indirect"
