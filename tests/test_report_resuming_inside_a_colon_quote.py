"""A direct quote with no quotation marks ends where a later sentence of its paragraph is the
report's again, giving someone the word with a bare-past cue of its own (round 25, r25l)."""

from tests.quoting import quote_holding, quotes_of, speaker_of


def test_a_name_with_its_own_cue_ends_the_quote_before():
    quotes = quotes_of("علی رضایی، مدیرکل بهزیستی استان گفت: امسال بودجه خوبی داریم و کارها پیش "
                       "می‌رود. محمدی تصریح کرد که ساخت مدارس جدید در دستور کار است.")
    assert "محمدی" not in quote_holding(quotes, "بودجه خوبی").text
    assert speaker_of(quotes, "ساخت مدارس جدید") == "محمدی"


def test_a_role_with_also_ends_the_quote_before():
    quotes = quotes_of("حسن کاظمی، استاندار فارس اظهار داشت: سیل خسارت زیادی به کشاورزان زد. "
                       "احمدی، رئیس جهاد کشاورزی نیز گفت که خسارت به ۲۰۰ میلیارد تومان رسیده است.")
    assert speaker_of(quotes, "خسارت به ۲۰۰ میلیارد") == "احمدی"
    assert speaker_of(quotes, "سیل خسارت") == "حسن کاظمی"


def test_this_official_going_on_is_a_quote_of_its_own_for_the_same_speaker():
    quotes = quotes_of("سخنگوی دولت گفت: جلسه هیئت دولت فردا برگزار می‌شود. این مقام دولتی همچنین "
                       "گفت که لایحه بودجه هفته آینده به مجلس می‌رود.")
    first, second = quote_holding(quotes, "جلسه هیئت"), quote_holding(quotes, "لایحه بودجه")
    assert first is not second and first.role == second.role


def test_what_was_said_to_the_speaker_stays_in_his_quote():
    quotes = quotes_of("وزیر بهداشت گفت: ما واکسن کافی داریم. رئیس‌جمهور هم به ما گفت که باید همه را "
                       "واکسینه کنیم.")
    assert len(quotes) == 1 and "واکسینه" in quotes[0].text


def test_as_another_said_stays_in_the_speakers_quote():
    quotes = quotes_of("محسن یزدانی گفت: بودجه پژوهش را دو برابر کرده‌ایم. البته همان‌طور که وزیر علوم "
                       "در سفر اخیرش گفت، این مشکل فقط با بودجه حل نمی‌شود.")
    assert len(quotes) == 1 and quotes[0].speaker == "محسن یزدانی"


def test_a_promise_told_with_we_stays_in_the_speakers_quote():
    quotes = quotes_of("استاندار گفت: سفر رئیس‌جمهور موفق بود. رئیس‌جمهور در این سفر قول داد که جاده‌ها "
                       "را بسازیم و ما پیگیری می‌کنیم.")
    assert len(quotes) == 1 and "پیگیری" in quotes[0].text


def test_a_modal_short_infinitive_stays_in_the_speakers_quote():
    quotes = quotes_of("معاون وزیر ادامه داد: مردم کاهش تورم را حس نمی‌کنند. این تفاوت را باید صادقانه "
                       "به مردم توضیح داد.")
    assert len(quotes) == 1 and "توضیح داد" in quotes[0].text


def test_a_story_of_deeds_joined_by_and_stays_in_the_speakers_quote():
    quotes = quotes_of("یک فروشنده میوه گفت: مردم دیگر کیلویی نمی‌خرند. دیروز مشتری فقط دو سیب خرید و "
                       "گفت این برای بچه‌اش است.")
    assert "دو سیب" in quote_holding(quotes, "کیلویی").text


# Round 26 (r26i, r26h's rule B): a later sentence opening on «به گفته X،» with X named or titled
# is the report's again, X's indirect quote; a group or وی the speaker may cite himself.

def test_according_to_the_speaker_by_name_ends_the_quote_before():
    quotes = quotes_of("یزد - سرپرست اداره‌کل منابع طبیعی استان یزد گفت: ۳۰ هکتار نهال امسال کاشته شد. "
                       "به گفته فلاحی، بیشتر نهال‌ها در حاشیه کویر کاشته شده‌اند.")
    assert "حاشیه کویر" not in quote_holding(quotes, "۳۰ هکتار").text
    assert quote_holding(quotes, "حاشیه کویر").kind == "indirect"


def test_according_to_a_role_ends_the_quote_before():
    quotes = quotes_of("مهدی توکلی، شهردار منطقه ۵ گفت: پل جدید تا عید افتتاح می‌شود. به گفته معاون فنی "
                       "شهرداری منطقه، ۸۰ درصد کار پل انجام شده است.")
    assert "۸۰ درصد" not in quote_holding(quotes, "پل جدید").text


def test_according_to_experts_stays_in_the_speakers_quote():
    quotes = quotes_of("رضا امینی، رئیس سازمان هواشناسی گفت: امسال زمستان سردی داریم. به گفته کارشناسان "
                       "ما، بارش برف هم بیشتر از سال گذشته خواهد بود.")
    assert len(quotes) == 1 and "بارش برف" in quotes[0].text
