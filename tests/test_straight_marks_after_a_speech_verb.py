"""A speech verb followed straight by the mark that opens a quotation, with no colon (``به خبرنگاران
گفت "..."``، ``به ورزش سه گفت" ...``), as older agency and sports copy writes it: the words from the
mark on are a direct quote of the verb's subject, to the closing mark or the paragraph's end. Not
when the mark closes a quotation opened before it, nor when it stands inside someone's «» words.
Every sentence is written for the test.
"""

from __future__ import annotations

from quoting import quotes_of, quote_holding


def test_a_straight_quotation_right_after_the_verb_is_a_direct_quote():
    quotes = quotes_of('ناصر شفیعی مدافع تیم ذوب آهن پس از تساوی برابر نساجی به خبرنگاران گفت "ما در نیمه دوم '
                       'فرصت‌های زیادی ساختیم ولی دروازه‌بان حریف فوق‌العاده بود." او سپس به رختکن رفت.')
    quote = quote_holding(quotes, "فرصت‌های زیادی ساختیم")
    assert (quote.kind, quote.cue, quote.speaker) == ("direct", "گفت", "ناصر شفیعی")
    assert "رختکن" not in quote.text


def test_a_mark_typed_for_the_colon_opens_a_quote_to_the_paragraphs_end():
    """``گفت" QUOTE`` with no closing mark: the mark stands where the colon belongs."""
    quotes = quotes_of('بهنام رحیمی هافبک تیم ملوان درباره باخت هفته گذشته به "ورزش سه" گفت" متاسفانه تمرکز لازم '
                       'را نداشتیم. از هواداران عذرخواهی می‌کنیم و در بازی بعد جبران خواهیم کرد.')
    quote = quote_holding(quotes, "تمرکز لازم")
    assert (quote.kind, quote.speaker) == ("direct", "بهنام رحیمی")
    assert "جبران خواهیم کرد" in quote.text


def test_arabic_letters_and_a_view_verb_as_older_copy_writes_them():
    quotes = quotes_of('عباس كريمي كارشناس مسائل سياسي در گفت‌وگو با راديو درباره اين نامه مدعي شد " كسي كه '
                       'اين نامه را نوشته از عواقب آن خبر نداشته است".')
    quote = quote_holding(quotes, "از عواقب آن خبر")
    assert (quote.kind, quote.speaker) == ("direct", "عباس کریمی")


def test_a_closing_mark_after_a_verb_or_a_mark_inside_guillemets_opens_nothing():
    """``"... خواهد شد" برتری ...``: the mark after شد closes a quotation; ``«X گفته بود "..."»``:
    the words quoted stay inside the statement quoting them."""
    quotes = quotes_of('این حزب شعار "کشمیر جزو پاکستان خواهد شد" را پذیرفته و برتری ارتش را نیز قبول کرده است.')
    assert not [quote for quote in quotes if quote.kind == "direct"]
    quotes = quotes_of("در بیانیه باشگاه آمده است: «این بازیکن با درخواست شخصی از جمع ما جدا شد.",
                       '«او پیش از رفتن به مدیرعامل باشگاه گفته بود "قلبم همیشه با هواداران این تیم است". '
                       'برای او آرزوی موفقیت داریم.»')
    assert all(quote.cue != "گفته بود" for quote in quotes)
