"""A statement quoted in full runs on past its paragraphs that mention speech (round 27, d).

Persian statements, letters and a group's analyses quoted after ``متن بیانیه به شرح زیر است:``
cite others in passing (``... می‌گفتند``) and speak of their issuer in the present
(``فدراسیون ... اعلام می‌کند``); neither is the report speaking again, which opens its paragraph
on speech in the past (``در واکنش به این بیانیه، X گفت:``). And the issuer may be named in the
frame's own paragraph after an adverbial that names others (``پس از انتشار پست X، ...، باشگاه Y
بیانیه‌ای منتشر کرد. متن این بیانیه ...``). Invented sentences."""

from tests.quoting import quotes_of, speaker_of


def test_a_statement_citing_others_in_a_later_sentence_goes_on():
    quotes = quotes_of(
        "انجمن صنفی ناشران استان فارس در بیانیه‌ای به وضعیت بازار کتاب پرداخت.",
        "متن بیانیه بدین شرح است:",
        "ما سال‌هاست از وضع نشر در استان گلایه داریم و بارها آن را به مسئولان یادآور شده‌ایم.",
        "بازار کاغذ در سال گذشته آشفته بود. در جلسات آن روزها سخن از حمایت بود و هر کس از کمبود کاغذ "
        "می‌گفت، اما امروز قیمت هر بند کاغذ سه برابر شده است.",
        "چاپخانه‌های کوچک یکی پس از دیگری تعطیل می‌شوند و کسی پاسخگو نیست.",
    )
    assert speaker_of(quotes, "قیمت هر بند کاغذ") == "انجمن صنفی ناشران استان فارس"
    assert speaker_of(quotes, "چاپخانه‌های کوچک") == "انجمن صنفی ناشران استان فارس"


def test_a_statement_speaking_of_itself_in_the_present_goes_on():
    quotes = quotes_of(
        "باشگاه ملوان بندرانزلی عصر دیروز بیانیه‌ای منتشر کرد. متن این بیانیه به شرح زیر است:",
        "باشگاه ملوان ضمن احترام به هواداران، اعلام می‌کند که قرارداد سرمربی تا پایان فصل معتبر است.",
        "هیئت مدیره پس از بررسی نتایج، هیچ دلیلی برای تغییر کادر فنی نیافت و کادر فنی تا پایان فصل می‌ماند.",
    )
    assert speaker_of(quotes, "هیچ دلیلی برای تغییر") == "باشگاه ملوان بندرانزلی"


def test_the_issuer_named_after_an_adverbial_in_the_frames_paragraph():
    quotes = quotes_of(
        "پس از انتشار پست اينستاگرامي رضا كريمي، مهاجم سابق تيم، كه در آن از باشگاه انتقاد كرده بود، "
        "باشگاه ملوان بندرانزلي عصر ديروز بيانيه‌اي منتشر كرد. متن اين بيانيه به شرح زير است:",
        "باشگاه ملوان ضمن احترام به همه بازيكنان، اعلام مي‌كند كه همه مطالبات اين بازيكن پرداخت شده است.",
        "هيئت مديره اسناد پرداخت را به سازمان ليگ ارائه كرده و درهاي باشگاه براي گفت‌وگو باز است.",
    )
    assert speaker_of(quotes, "اسناد پرداخت") == "باشگاه ملوان بندرانزلی"  # shown in standard letters


def test_the_report_speaking_again_in_the_past_ends_the_statement():
    quotes = quotes_of(
        "انجمن صنفی ناشران استان فارس در بیانیه‌ای به وضعیت بازار کتاب پرداخت.",
        "متن بیانیه بدین شرح است:",
        "ما سال‌هاست از وضع نشر در استان گلایه داریم و بارها آن را به مسئولان یادآور شده‌ایم.",
        "هیئت مدیره انجمن صنفی ناشران استان فارس",
        "در واکنش به این بیانیه، مدیرکل فرهنگ و ارشاد اسلامی استان، علی رضایی، روز گذشته گفت: سهمیه کاغذ ناشران افزایش می‌یابد.",
        "این مسئول همچنین از برگزاری نمایشگاه کتاب استان در آبان خبر داد.",
    )
    assert speaker_of(quotes, "سهمیه کاغذ ناشران") == "علی رضایی"
    assert speaker_of(quotes, "نمایشگاه کتاب استان") == "علی رضایی"
    assert not any("هیئت مدیره انجمن" in quote.text for quote in quotes)  # the signature is nobody's words
