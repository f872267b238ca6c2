"""A statement a body put out, pointed back to in the words after it: «در این بیانیه آمده است»
opening the next paragraph, «بر اساس این اطلاعیه، CLAIM», «در این توضیح آمده است». Agencies end a
paragraph on the issuing and open the next on what the document says; its words are the issuer's."""

from tests.quoting import quote_holding, quotes_of, speaker_of


def test_a_statement_put_out_in_the_paragraph_before_is_the_issuers():
    quotes = quotes_of("رضا کاظمی کارشناس اقتصادی گفت: تورم کاهش می‌یابد.",
                       "کانون صرافان تهران روز گذشته بیانیه‌ای صادر کرد.",
                       "در این بیانیه آمده است: نرخ ارز در بازار آزاد واقعی نیست.")
    quote = quote_holding(quotes, "نرخ ارز")
    assert (quote.speaker, quote.speaker_type, quote.ref) == ("کانون صرافان تهران", "organisation", "pronoun")


def test_a_statement_nobody_was_told_to_put_out_stays_with_whoever_spoke():
    quotes = quotes_of("رضا کاظمی سخنگوی کانون صرافان گفت: فردا موضع خود را اعلام می‌کنیم.",
                       "کانون صرافان تهران روز گذشته جلسه‌ای برگزار کرد.",
                       "در این بیانیه آمده است: نرخ ارز در بازار آزاد واقعی نیست.")
    assert speaker_of(quotes, "نرخ ارز") == "رضا کاظمی"


def test_what_a_notice_told_of_just_before_says_is_its_issuers():
    quotes = quotes_of("سازمان سنجش آموزش کشور با انتشار اطلاعیه‌ای زمان آزمون را اعلام کرد.",
                       "بر اساس این اطلاعیه، داوطلبان کارت ورود به جلسه را از سه‌شنبه دریافت می‌کنند.")
    quote = quote_holding(quotes, "کارت ورود")
    assert (quote.speaker, quote.kind, quote.cue) == ("سازمان سنجش آموزش کشور", "indirect", "بر اساس این اطلاعیه")


def test_an_agencys_own_report_pointed_back_to_is_no_ones_words():
    quotes = quotes_of("به گزارش خبرگزاری فارس، نرخ دلار امروز ۳۰۰ تومان کاهش یافت.",
                       "بر اساس این گزارش، قیمت سکه نیز ۲۰۰ هزار تومان ارزان شد.")
    assert not [q for q in quotes if "قیمت سکه" in q.text]


def test_an_explanation_put_out_speaks_for_whoever_put_it_out():
    quotes = quotes_of("روابط عمومی شرکت آب و فاضلاب استان تهران با انتشار توضیحی به این گزارش پاسخ داد.",
                       "در این توضیح آمده است: افت فشار آب به دلیل تعمیر خط انتقال است.")
    assert speaker_of(quotes, "افت فشار آب") == "روابط عمومی شرکت آب و فاضلاب استان تهران"


def test_an_explanation_not_pointed_back_to_is_no_document():
    quotes = quotes_of("در توضیح این طرح آمده است که از سال ۹۰ آغاز شده است.")
    assert not [q for q in quotes if "سال ۹۰" in q.text]
