"""A group written out in its clause judging or believing in the present plural («مسئولان X را مانع اصلی
می‌دانند»، «کارشناسان X را مناسب ارزیابی می‌کنند»): the group's view, told with a verb of believing,
is its quote (speaker unnamed, the group as role), as «معتقدند» is. A bare «بسیاری/برخی» judging is
the writer's framing, and a judgement inside a که clause or one that knows (به خوبی) is none."""

from tests.quoting import quote_holding, quotes_of

FIRST = "حمید سلیمانی مدیرکل بهزیستی استان گفت: سه مرکز جدید ساخته می‌شود."


def _unnamed(quote) -> bool:
    return quote.speaker is None and quote.speaker_type == "unnamed"


def _quoted(quotes, piece) -> bool:
    return any(piece in quote.text for quote in quotes)


def test_officials_judging_with_the_present_plural_speak_as_a_group():
    quotes = quotes_of(FIRST, "مسئولان شهرداری کمبود بودجه را دلیل اصلی تاخیر در ساخت پل می‌دانند.")
    quote = quote_holding(quotes, "کمبود بودجه را دلیل")
    assert _unnamed(quote) and "مسئولان" in quote.role


def test_experts_judging_with_a_present_noun_verb_speak_as_a_group():
    quotes = quotes_of(FIRST, "کارشناسان صنعت خودرو کیفیت خودروهای داخلی را پایین ارزیابی می‌کنند.")
    assert _unnamed(quote_holding(quotes, "کیفیت خودروهای داخلی را"))


def test_a_group_turned_to_by_but_ends_before_the_object():
    quotes = quotes_of(FIRST, "کارگران اما تعطیلی دو کارگاه و بیکاری همکاران را نتیجه این تصمیم می‌دانند.")
    quote = quote_holding(quotes, "بیکاری همکاران را")
    assert _unnamed(quote) and quote.role == "کارگران" and quote.text.startswith("تعطیلی دو کارگاه")


def test_many_judging_is_the_writers_framing():
    quotes = quotes_of(FIRST, "بسیاری این پیروزی را مرهون تلاش‌های سرمربی تیم می‌دانند.")
    assert not _quoted(quotes, "مرهون تلاش")


def test_a_group_that_knows_or_is_described_judges_nothing():
    quotes = quotes_of(FIRST, "کارشناسان این روش را به خوبی می‌دانند.",
                       "دانش‌آموزانی که این درس را مهم می‌دانند در کلاس تقویتی شرکت می‌کنند.")
    assert not _quoted(quotes, "این روش") and not _quoted(quotes, "این درس را")


def test_fans_believing_with_a_thinking_verb_speak_as_a_group():
    quotes = quotes_of(FIRST, "هواداران تیم اما تصور می‌کنند که مدیران باشگاه مقصر اصلی جدایی این بازیکن هستند.")
    quote = quote_holding(quotes, "مقصر اصلی جدایی")
    assert _unnamed(quote) and "هواداران" in quote.role


def test_teachers_thinking_with_no_that_speak_as_a_group():
    quotes = quotes_of(FIRST, "معلمان این مدرسه فکر می‌کنند طرح جدید کیفیت آموزش را پایین می‌آورد.")
    assert _unnamed(quote_holding(quotes, "طرح جدید کیفیت"))


def test_a_thought_joined_to_a_told_state_and_a_hope_are_narration():
    quotes = quotes_of(FIRST, "کشاورزان نگران آینده محصول هستند و فکر می‌کنند امسال باران کم است.",
                       "هواداران استقلال امیدوارند که تیم در بازی بعد برنده شود.",
                       "بسیاری فکر می‌کنند که قیمت‌ها پایین می‌آید.")
    assert not any(_quoted(quotes, piece) for piece in ("باران کم است", "در بازی بعد", "قیمت‌ها پایین"))


def test_a_manner_word_before_the_verb_is_no_part_of_the_group():
    quotes = quotes_of(FIRST, "هواداران این تیم این طور فکر می‌کنند که سرمربی مقصر اصلی شکست است.")
    assert quote_holding(quotes, "سرمربی مقصر اصلی").role == "هواداران این تیم"
