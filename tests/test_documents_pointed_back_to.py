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
