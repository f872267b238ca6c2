"""Sport and local reports' titles, whole and no more: a title a later sentence cuts short at its
end is shown as the article gave it in full, and a headline's ``TITLE در X:`` ends its title before
where the words were said. Every sentence is invented for the test.
"""

from __future__ import annotations

from quoting import headed_quotes, quote_holding, quotes_of


def test_a_club_title_cut_short_at_its_end_later_is_shown_in_full():
    """The lead names the player by his post with the club's city (هافبک نگین کویر یزد), a later
    title-only quote drops the city: it is the same post, shown in full."""
    quotes = headed_quotes(
        "رستمی: فصل سختی داشتیم", "هافبک نگین کویر یزد از فصل سخت تیمش و آینده‌اش سخن گفت.",
        "علی رستمی که این فصل هفت گل زده، در گفت‌وگو با خبرنگار ما گفت: فصل سختی داشتیم اما تیم جنگید.",
        "هافبک نگین کویر در پایان گفت: از هواداران ممنونم که تنهایمان نگذاشتند.")
    assert quote_holding(quotes, "تنهایمان").role == "هافبک نگین کویر یزد"


def test_a_local_office_cut_short_at_its_end_later_is_shown_in_full():
    """``رئیس اداره بهزیستی`` after the lead's ``رئیس اداره بهزیستی شهرستان سپیدان``: the county left
    out, the office is the one the lead gave."""
    quotes = headed_quotes(
        "کریمی: سه مرکز جدید افتتاح می‌شود",
        "رئیس اداره بهزیستی شهرستان سپیدان گفت: سه مرکز نگهداری سالمندان تا پایان سال افتتاح می‌شود.",
        "احمد کریمی که از سال گذشته این اداره را اداره می‌کند، افزود: بودجه این مراکز تامین شده است.",
        "رئیس اداره بهزیستی در پایان گفت: از خیران برای کمک‌هایشان تشکر می‌کنم.")
    assert quote_holding(quotes, "خیران").role == "رئیس اداره بهزیستی شهرستان سپیدان"


def test_a_title_with_a_word_left_out_inside_keeps_the_sentences_wording():
    """``سرمربی استقلال`` of the lead's ``سرمربی پرتغالی استقلال`` leaves out a word inside, not at
    the end: the sentence's own wording stays."""
    quotes = headed_quotes(
        "ساپینتو: داور بازی را خراب کرد", "سرمربی پرتغالی استقلال پس از بازی گفت: داور بازی را خراب کرد.",
        "ریکاردو ساپینتو که تیمش دو امتیاز از دست داد، افزود: بازیکنانم خوب بودند.",
        "سرمربی استقلال در پایان گفت: از هواداران عذرخواهی می‌کنم.")
    assert quote_holding(quotes, "عذرخواهی").role == "سرمربی استقلال"


def test_a_headline_title_ends_before_where_the_words_were_said():
    """``TITLE در نشست خبری:``، ``TITLE در تاشکند:``: the occasion and the place are not the title."""
    press = headed_quotes("شهردار سپیدان در نشست خبری: کرایه اتوبوس گران می‌شود", "", "متن خبر.")
    abroad = headed_quotes("سرمربی تیم ملی جوانان در تاشکند: بازیکنان ما خسته نیستند", "", "متن خبر.")
    assert quote_holding(press, "کرایه").role == "شهردار سپیدان"
    assert quote_holding(abroad, "خسته نیستند").role == "سرمربی تیم ملی جوانان"


def test_a_headline_post_held_in_a_place_keeps_its_seat():
    """An envoy's or a representative's «در» names the post's seat (سفیر ایران در لندن، نماینده مردم
    سپیدان در مجلس), and «در امور» the affairs an office is for: all of it is the title."""
    envoy = headed_quotes("سفیر ایران در لندن: روابط دو کشور بهبود می‌یابد", "", "متن خبر.")
    member = headed_quotes("نماینده مردم سپیدان در مجلس: بودجه عمرانی کافی نیست", "", "متن خبر.")
    deputy = headed_quotes("معاون وزیر بهداشت در امور دارو: کمبود دارو نداریم", "", "متن خبر.")
    assert quote_holding(envoy, "روابط").role == "سفیر ایران در لندن"
    assert quote_holding(member, "بودجه").role == "نماینده مردم سپیدان در مجلس"
    assert quote_holding(deputy, "کمبود").role == "معاون وزیر بهداشت در امور دارو"


def test_a_group_a_report_turns_to_with_but_is_described_without_it():
    """``اهالی روستای ... اما می‌گویند``: «اما» after the subject turns the report to the villagers;
    it is no part of who they are."""
    quotes = quotes_of(
        "بخشدار مرکزی شهرستان گفت: کمک‌ها به همه روستاها رسیده است.",
        "اهالی روستای کلاته‌نو اما می‌گویند کمک‌ها دو هفته دیر به روستا رسیده است.",
        "کشاورزان منطقه اما می‌گویند آب کافی هنوز به زمین‌هایشان نرسیده است.")
    assert quote_holding(quotes, "دو هفته دیر").role == "اهالی روستای کلاته‌نو"
    assert quote_holding(quotes, "زمین‌هایشان").role == "کشاورزان منطقه"


def test_a_named_speaker_a_report_turns_to_with_but_keeps_name_and_claim():
    """``علی دایی اما گفت: ...``: the name and the quote are as without «اما»; no role is made of it."""
    quotes = quotes_of("بازی با تساوی بدون گل به پایان رسید.", "علی دایی اما گفت: داور دو پنالتی ما را نگرفت.")
    quote = quote_holding(quotes, "دو پنالتی")
    assert (quote.speaker, quote.role, quote.text) == ("علی دایی", None, "داور دو پنالتی ما را نگرفت.")


def test_a_description_set_off_with_a_relative_clause_is_the_speakers_role():
    """``NAME، DESCRIPTION که CLAUSE، گفت``: the description (no role word opens it) is set off by
    the comma that closes its relative clause; the clause tells more of them and is left out."""
    worker = quotes_of(
        "علی‌اکبر سلیمی، کارگر ساختمانی که سال گذشته از داربست افتاد و پایش آسیب دید، گفت: "
        "صاحب‌کار هیچ وسیله ایمنی به ما نداده بود.")
    teacher = quotes_of(
        "حمید زمانی، معلم کلاس پنجم این مدرسه که خود سال‌ها پیش به این روستا آمده، معتقد است "
        "این مدرسه برای بچه‌ها خانه دوم است.")
    assert quote_holding(worker, "وسیله ایمنی").role == "کارگر ساختمانی"
    assert quote_holding(teacher, "خانه دوم").role == "معلم کلاس پنجم این مدرسه"


def test_a_comma_inside_a_longer_predicate_closes_no_relative_clause():
    """The comma after ``در این شهر`` is inside what the sentence says of them, not the close of
    a relative clause on its verb: no description is read as their role."""
    quotes = quotes_of(
        "رضا نادری، بازرگان مقیم دبی که پیشتر در تهران کار می‌کرد در سال ۱۳۹۰ در این شهر، گفت: "
        "بازار امروز با آن سال‌ها قابل مقایسه نیست.")
    assert quote_holding(quotes, "قابل مقایسه").role is None


def test_a_weight_class_or_an_age_group_goes_on_with_the_title():
    """``قهرمان وزن ۷۷ کیلوگرم کشتی فرنگی جهان``، ``سرمربی تیم ملی فوتبال زیر ۲۳ سال ایران``: the
    number and its unit are the class the title names, not where the role ends."""
    wrestler = quotes_of("محمدرضا گرایی قهرمان وزن ۷۷ کیلوگرم کشتی فرنگی جهان گفت: این مدال مال مردم است.")
    coach = quotes_of("رضا عنایتی سرمربی تیم ملی فوتبال زیر ۲۳ سال ایران گفت: اردوی بعدی در کیش است.")
    lifter = quotes_of("علی هاشمی، وزنه‌بردار دسته ۹۴ کیلوگرم، گفت: مکمل آلوده مصرف نکرده‌ام.")
    assert quote_holding(wrestler, "مال مردم").role == "قهرمان وزن ۷۷ کیلوگرم کشتی فرنگی جهان"
    assert quote_holding(coach, "در کیش").role == "سرمربی تیم ملی فوتبال زیر ۲۳ سال ایران"
    assert quote_holding(lifter, "مکمل آلوده").role == "وزنه‌بردار دسته ۹۴ کیلوگرم"


def test_a_time_after_another_numbered_noun_still_ends_the_title():
    """``شهردار منطقه ۵ سال گذشته گفت``: the year is when it was said; only a weight class's or an
    age group's number takes its unit with it."""
    quotes = quotes_of("احمد رضایی شهردار منطقه ۵ سال گذشته گفت: ساخت بوستان محله آغاز شد.")
    assert quote_holding(quotes, "بوستان").role == "شهردار منطقه ۵"


def test_a_title_alone_ends_before_the_close_of_a_speech_or_what_it_answers():
    """``TITLE در خاتمه گفت``، ``TITLE در قبال سوال خبرنگاران گفت``: when the words were said, as
    ``در پایان`` and ``در پاسخ`` are; a representative's seat after «در» stays (در مجلس)."""
    closing = quotes_of("رئیس سازمان فرهنگی شهرداری در خاتمه گفت: برنامه‌ها تا پایان سال ادامه دارد.")
    answering = quotes_of("سخنگوی شورای شهر شیراز در قبال سوال خبرنگاران گفت: پروژه متوقف نشده است.")
    seat = quotes_of("نماینده مردم شیراز در مجلس گفت: بودجه عمرانی کافی نیست.")
    assert quote_holding(closing, "تا پایان سال").role == "رئیس سازمان فرهنگی شهرداری"
    assert quote_holding(answering, "متوقف نشده").role == "سخنگوی شورای شهر شیراز"
    assert quote_holding(seat, "بودجه عمرانی").role == "نماینده مردم شیراز در مجلس"
