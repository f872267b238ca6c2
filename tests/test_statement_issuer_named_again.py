"""A letter read in full whose first paragraph names its issuer again is read without a fault."""

from tests.quoting import quotes_of, quote_holding

FRAME = ("اتحادیه صادرکنندگان فرآورده‌های نفت، گاز و پتروشیمی ایران نامه‌ای خطاب به رئیس جمهور منتشر کرد. "
         "متن نامه به شرح زیر است:")
LETTER = ("اتحادیه صادرکنندگان فرآورده‌های نفت، گاز و پتروشیمی ایران با احترام به استحضار می‌رساند که "
          "تعیین قیمت پایه خوراک، صادرات را غیراقتصادی کرده است.")


def test_a_letter_naming_its_long_issuer_again_is_read_as_the_letter():
    quote = quote_holding(quotes_of(FRAME, LETTER), "صادرات را غیراقتصادی")
    assert quote.kind == "direct" and quote.where == "body:1"
