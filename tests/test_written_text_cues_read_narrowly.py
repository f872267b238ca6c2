"""Where r28f's texts given in full over-read (round 28, f2): three shapes, invented sentences.

- A heading of footnotes (``پی نوشت:``، written apart) is a noun of writing, not a writer's cue
  (``روزنامه X نوشت:``): the paragraphs under it are nobody's words.
- ``X امروز متن نامه‌ای را منتشر کرد ... متن کامل این نامه به این شرح است:``: the «متن» heading
  the document is what was put out, never its author; the body the report names keeps the floor.
- A text carried from an unnamed writer's cue (``آن‌ها در این نامه نوشته‌اند:``) goes on in that
  unnamed writer's words: a person the lead named does not take its later paragraphs.
"""

from tests.quoting import quotes_of, speaker_of


def _holds(quotes, piece):
    return [quote for quote in quotes if piece in quote.text]


def test_a_heading_of_footnotes_is_no_writers_cue():
    quotes = quotes_of(
        "این پژوهش نشان می‌دهد که حکم فقهی در این مسئله به مصلحت جامعه بستگی دارد.",
        "پی نوشت:",
        "۱. جواهرالکلام، جلد ۲۹، صفحه ۱۷۰.",
        "۲. ر.ک: تحریرالوسیله، کتاب النکاح، مسئله ۱۲، که حکم را به رأی حاکم شرع واگذارده است.",
    )
    # (the first line under it is still carried by pass 1's cue and colon, as before round 28: left)
    assert not _holds(quotes, "تحریرالوسیله")


def test_a_writers_cue_still_frames_its_text():  # the negative of the heading: a real «نوشت:» goes on
    quotes = quotes_of(
        "روزنامه همشهری در ادامه نوشت:",
        "شهرداری باید پیش از بارش‌های پاییزی لایروبی مسیل‌ها را به پایان برساند.",
        "هر سال سیلاب‌های شهری خسارت‌های سنگینی به کسبه پایین‌شهر می‌زند.",
    )
    assert speaker_of(quotes, "کسبه پایین‌شهر") == "روزنامه همشهری"


def test_the_text_noun_before_a_document_is_not_its_author():
    quotes = quotes_of(
        "به گزارش «خبر البرز»، این انجمن که نزدیک ۳۰۰ پرستار را نمایندگی می‌کند، دیروز متن نامه‌ای را منتشر کرد. متن کامل این نامه به این شرح است:",
        "مسئولان محترم؛ پرستاران بیمارستان‌های استان ماه‌هاست اضافه‌کار خود را دریافت نکرده‌اند.",
        "ما خواستار پرداخت فوری مطالبات و استخدام نیروی تازه هستیم.",
        title="نامه انجمن پرستاران البرز به وزیر بهداشت",
        lead="انجمن صنفی پرستاران استان البرز در نامه‌ای به وزیر بهداشت خواستار پرداخت مطالبات پرستاران شد.",
    )
    assert speaker_of(quotes, "اضافه‌کار خود") == "انجمن صنفی پرستاران استان البرز"
    assert speaker_of(quotes, "استخدام نیروی تازه") == "انجمن صنفی پرستاران استان البرز"


def test_a_body_named_before_the_text_noun_stays_the_author():  # negative: a named issuer is still read
    quotes = quotes_of(
        "سازمان نظام پزشکی کشور متن نامه‌ای را منتشر کرد. متن کامل این نامه به این شرح است:",
        "تعرفه‌های پزشکی امسال کمتر از نرخ تورم افزایش یافته است.",
        "ما از مجلس می‌خواهیم در این تصمیم بازنگری کند.",
    )
    assert speaker_of(quotes, "نرخ تورم") == "سازمان نظام پزشکی کشور"


def test_an_unnamed_writers_letter_stays_unnamed_over_its_paragraphs():
    quotes = quotes_of(
        "به گزارش خبرنگار ما، حدود ۱۵۰ کارگر کارخانه نساجی از سه ماه پیش حقوق نگرفته‌اند.",
        "نمایندگان کارگران روز شنبه نامه‌ای خطاب به فرماندار نوشتند. آن‌ها در این نامه نوشته‌اند:",
        "«جناب آقای فرماندار، ما ۱۵۰ کارگر این کارخانه سه ماه است حقوق نگرفته‌ایم.»",
        "«کارفرما هر هفته وعده می‌دهد که حقوق‌ها پرداخت می‌شود، اما هنوز خبری نیست. از شما تقاضا داریم پیگیری کنید.»",
        lead="کارگران کارخانه نساجی خواستار پرداخت حقوق خود شدند؛ مدیرعامل کارخانه، بهرام سلیمانی، می‌گوید حقوق‌ها تا پایان ماه پرداخت می‌شود.",
    )
    assert speaker_of(quotes, "هنوز خبری نیست") is None


def test_a_named_writers_letter_stays_named_over_its_paragraphs():  # negative: a named writer goes on
    quotes = quotes_of(
        "علی رضایی، نماینده کارگران، نامه‌ای به فرماندار نوشت. او در این نامه نوشته است:",
        "«جناب آقای فرماندار، کارگران این کارخانه سه ماه است حقوق نگرفته‌اند.»",
        "«کارفرما هر هفته وعده می‌دهد که حقوق‌ها پرداخت می‌شود، اما هنوز خبری نیست. از شما تقاضا داریم پیگیری کنید.»",
    )
    assert speaker_of(quotes, "هنوز خبری نیست") == "علی رضایی"
