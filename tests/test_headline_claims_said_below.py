"""A headline that is one claim with no speaker and no marks (``مسائل بانکی نیازمند برنامه‌ریزی
دقیق است``), which a quote of the lead or the body says in most of the same words: the headline
is that speaker's words, shortened by the desk (ANNOTATION.md, round 19: kind guillemet, cue "",
ref pronoun). Not when the headline tells an event in the past (``... آغاز شد``), ends on a noun,
reports someone itself, or shares only its topic with what is quoted. Every sentence is written
for the test.
"""

from __future__ import annotations

from quoting import headed_quotes


def _title_quote(quotes):
    return next((quote for quote in quotes if quote.where == "title"), None)


def test_a_shortened_claim_is_the_words_of_the_one_quoted_saying_it():
    quotes = headed_quotes("آب شرب روستاهای شهرستان طبس تا پایان سال تامین می‌شود",
                           "فرماندار طبس گفت: آب شرب همه روستاهای شهرستان طبس تا پایان سال جاری به طور کامل تامین می‌شود.",
                           "به گزارش خبرنگار ما، حمید سلطانی فرماندار طبس در جلسه شورای اداری این مطلب را گفت.")
    quote = _title_quote(quotes)
    assert quote is not None
    assert (quote.kind, quote.cue, quote.ref, quote.speaker) == ("guillemet", "", "pronoun", "حمید سلطانی")
    assert quote.text == "آب شرب روستاهای شهرستان طبس تا پایان سال تامین می‌شود"


def test_a_demand_with_its_subjunctive_written_without_be():
    quotes = headed_quotes("مدارس در روزهای آلوده تعطیل شوند",
                           "",
                           "علی محمدی عضو شورای شهر اراک گفت: مدارس در روزهای آلوده باید تعطیل شوند تا سلامت کودکان به خطر نیفتد.")
    quote = _title_quote(quotes)
    assert quote is not None and quote.speaker == "علی محمدی"


def test_arabic_letters_as_older_copy_writes_them():
    quotes = headed_quotes("كمبود دارو در داروخانه‌هاي استان جدي است",
                           "خبرگزاري فارس: رئيس دانشكده داروسازي گفت: كمبود دارو در داروخانه‌هاي استان كاملا جدي است.",
                           "به گزارش فارس، كريم رضايي رئيس دانشكده داروسازي امروز در جمع خبرنگاران سخن مي‌گفت.")
    quote = _title_quote(quotes)
    assert quote is not None and (quote.kind, quote.speaker) == ("guillemet", "کریم رضایی")


def test_headlines_that_are_no_claim_of_the_one_quoted_stay_nobodys():
    lead = "مدیرکل ورزش و جوانان استان گفت: مسابقات کشتی قهرمانی کشور با حضور ۲۰ تیم در سالن شهید بهشتی آغاز شد."
    body = "به گزارش خبرنگار ما، رضا کاظمی مدیرکل ورزش و جوانان استان این مطلب را گفت."
    # an event told in the past is the report's news, however a speaker words it
    assert _title_quote(headed_quotes("مسابقات کشتی قهرمانی کشور در سالن شهید بهشتی آغاز شد", lead, body)) is None
    # a noun phrase whose last word a verb's ending spells (…م)
    assert _title_quote(headed_quotes("مسابقات کشتی قهرمانی کشور با حضور ۲۰ تیم در سالن شهید بهشتی جم", lead, body)) is None
    # only the topic is shared
    assert _title_quote(headed_quotes("کشتی استان به دنبال میزبانی رقابت‌های آسیایی است", lead, body)) is None
    # the headline reports someone itself: its own quote, not the lead's said again
    quote = _title_quote(headed_quotes("کاظمی از آغاز مسابقات کشتی قهرمانی کشور با حضور ۲۰ تیم خبر داد", lead, body))
    assert quote is None or quote.kind != "guillemet"
