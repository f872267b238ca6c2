"""A speech verb whose colon was typed as ؛ (``عنوان کرد؛ QUOTE``، ``افزود؛ QUOTE``), a slip of agency
copy: the words after it are a direct quote as after a colon. Not when the verb already has its
object (``این را X گفت؛ ...``), greets (``تبریک گفت؛``), is the reporter's note in the present
(``یادآور می‌شود؛``), or when what follows gives someone else the word. Every sentence is written
for the test.
"""

from __future__ import annotations

from quoting import quotes_of, quote_holding


def test_a_role_then_a_semicolon_opens_a_direct_quote():
    quotes = quotes_of("مدیرکل دامپزشکی استان سمنان، مهدی توکلی، در جمع دامداران عنوان کرد؛ امسال سه هزار راس دام "
                       "در روستاهای مرزی واکسینه شده‌اند و واکسیناسیون تا پایان آذر ادامه دارد.")
    quote = quote_holding(quotes, "سه هزار راس دام")
    assert (quote.kind, quote.cue, quote.speaker) == ("direct", "عنوان کرد", "مهدی توکلی")
    assert quote.text.startswith("امسال")


def test_a_going_on_verb_then_a_semicolon_goes_on_with_the_speaker():
    quotes = quotes_of("سرمربی تیم بسکتبال نیروی زمینی، رامین طهماسبی، پس از بازی گفت: بازیکنان ما در نیمه دوم خسته بودند.",
                       "طهماسبی افزود؛ برای مرحله برگشت دو بازیکن خارجی می‌گیریم و ترکیب تیم را جوان‌تر می‌کنیم.")
    quote = quote_holding(quotes, "دو بازیکن خارجی")
    assert (quote.where, quote.kind, quote.speaker) == ("body:1", "direct", "رامین طهماسبی")


def test_arabic_letters_as_older_copy_writes_them():
    quotes = quotes_of("رئيس اداره آموزش و پرورش شهرستان بم، علي اكبري، تاكيد كرد؛ هيچ مدرسه‌اي در شهرستان "
                       "بدون معلم نمي‌ماند و كلاس‌ها از شنبه داير مي‌شود.")
    quote = quote_holding(quotes, "بدون معلم")
    assert (quote.kind, quote.speaker) == ("direct", "علی اکبری")


def test_a_perfect_before_the_semicolon_opens_a_quote():
    """``X گفته است؛ QUOTE``: the perfect tells who spoke as the past does."""
    quotes = quotes_of("حمید فرجی، دبیر شورای شهر، پیش از این گفته است؛ همه پروژه‌های نیمه‌تمام محله تا پایان سال "
                       "تحویل می‌شود و هیچ پیمانکاری طلبکار نمی‌ماند.")
    quote = quote_holding(quotes, "پروژه‌های نیمه‌تمام")
    assert (quote.kind, quote.speaker) == ("direct", "حمید فرجی")


def test_a_verb_with_its_object_before_the_semicolon_opens_no_quote():
    """``این خبر را تکذیب کرد؛ اما ...``، ``این را X گفت؛ جمله‌ای که ...``: the verb has what it says;
    after the ؛ the report comments."""
    quotes = quotes_of("«من دیگر در این باشگاه نمی‌مانم و با تیم جدیدی قرارداد می‌بندم.» این را هافبک تیم، "
                       "سعید نادری، دیشب در برنامه ورزشی گفت؛ جمله‌ای که هواداران را شگفت‌زده کرد.",
                       "مدیرعامل باشگاه این خبر را تکذیب کرد؛ مدیران باشگاه هنوز درباره قرارداد او توضیحی نداده‌اند.")
    assert not [q for q in quotes if "هواداران را شگفت‌زده" in q.text or "مدیران باشگاه هنوز" in q.text]


def test_a_greeting_a_present_note_or_a_new_speaker_after_the_semicolon_opens_no_quote():
    """``تبریک گفت؛`` greets; ``یادآور می‌شود؛`` is the reporter's note; ``پاسخ دادند؛ کریمی می‌گوید
    ...`` gives the word anew, and the clause after the ؛ is not what was answered."""
    quotes = quotes_of("فرماندار به ورزشکاران تبریک گفت؛ ورزشکاران نیز با اهدای لوح از او قدردانی کردند.",
                       "یادآور می‌شود؛ پیش از این دو کتاب از این نویسنده در همین انتشارات منتشر شده است.",
                       "مدیرعامل و سرمربی باشگاه در روزنامه‌ها به یکدیگر پاسخ دادند؛ کریمی می‌گوید باشگاه "
                       "سه ماه است حقوق بازیکنان را نپرداخته است.")
    assert not [q for q in quotes if q.kind == "direct"]
