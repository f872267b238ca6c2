"""A document's text goes on past a paragraph that quotes someone inside it (round 28, f).

A statement, letter or column given in full cites others (``به گفته یکی از مددکاران ما «...»``،
a claim it reports after its first sentence) and speaks of its issuer in the present (``این انجمن
از دولت می‌خواهد ...``، ``ما خواستار ... هستیم``); pass 1 quotes such a paragraph, and the text
stopped there. The report speaking again opens its paragraph on speech in the past (``در واکنش به
این بیانیه، X گفت:``) or quotes the document afresh (``در بخش پایانی این بیانیه آمده است:``): only
those end the text. Invented sentences."""

from tests.quoting import quotes_of, speaker_of


def _holds(quotes, piece):
    return [quote for quote in quotes if piece in quote.text]


def test_a_statement_asking_in_the_present_goes_on_to_its_last_paragraph():
    quotes = quotes_of(
        "کانون صنفی کشاورزان استان کرمان بیانیه‌ای صادر کرد. در این بیانیه آمده است:",
        "خشکسالی سه ساله اخیر بیش از نیمی از باغ‌های پسته استان را از بین برده است.",
        "این کانون از دولت می‌خواهد که بدهی بانکی باغداران آسیب‌دیده را دست کم دو سال امهال کند.",
        "ما همچنین خواستار پرداخت فوری خسارت بیمه محصولات کشاورزی هستیم.",
    )
    assert speaker_of(quotes, "دست کم دو سال امهال") == "کانون صنفی کشاورزان استان کرمان"
    assert speaker_of(quotes, "خسارت بیمه محصولات") == "کانون صنفی کشاورزان استان کرمان"


def test_a_letter_citing_someone_in_its_words_goes_on_in_arabic_letters():
    quotes = quotes_of(
        "انجمن حمايت از بيماران خاص استان يزد نامه‌اي به وزير بهداشت نوشت. متن اين نامه به شرح زير است:",
        "بيماران تالاسمي استان ماه‌هاست با كمبود داروي دسفرال روبرو هستند.",
        "به گفته يكي از پزشكان ما «بيماران بدون اين دارو دچار آسيب جدي قلبي مي‌شوند». اين وضعيت قابل قبول نيست.",
        "از جنابعالي تقاضا داريم سهميه داروي استان را بي‌درنگ افزايش دهيد.",
    )
    assert speaker_of(quotes, "آسيب جدي قلبي") == "انجمن حمایت از بیماران خاص استان یزد"
    assert speaker_of(quotes, "سهميه داروي استان") == "انجمن حمایت از بیماران خاص استان یزد"


def test_the_report_quoting_the_document_afresh_ends_the_text():
    quotes = quotes_of(
        "شورای صنفی رانندگان تاکسی شهر اراک بیانیه‌ای منتشر کرد. متن بیانیه به شرح زیر است:",
        "نرخ کرایه‌ها دو سال است که با هزینه‌های نگهداری خودرو همخوانی ندارد.",
        "در بخش پایانی این بیانیه نیز آمده است: رانندگان از شنبه آینده کرایه را به نرخ پیشنهادی دریافت می‌کنند.",
        "ستاد تنظیم بازار استان هنوز به این بیانیه پاسخی نداده و جلسه بررسی نرخ‌ها هفته آینده برگزار می‌شود.",
    )
    assert speaker_of(quotes, "نرخ پیشنهادی") == "شورای صنفی رانندگان تاکسی شهر اراک"
    assert not _holds(quotes, "جلسه بررسی نرخ‌ها")  # the report's own paragraph after its quote
