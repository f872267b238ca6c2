"""Round 18, rule-maker r: gold quotes goftar did not find at all. Every sentence is written for the test."""

from __future__ import annotations

from corpus.document import Quote
from quoting import headed_quotes


def found(quotes: list[Quote]) -> list[tuple[str, str, str | None, str]]:
    return [(q.where, q.kind, q.speaker, q.text) for q in quotes]


def test_a_prediction_is_reported_speech_with_or_without_that():
    """``X پیش‌بینی کرد (که) CLAIM``: what someone predicts is what they said would happen."""
    quotes = headed_quotes(
        "عنوان خبر", "",
        "بهرام کاشانی، کارشناس هواشناسی استان، پیش‌بینی کرد که بارش‌ها از هفته آینده در نیمه شمالی استان بیشتر شود.",
        "وی همچنین پیش بینی کرد دمای هوا تا پایان ماه پنج درجه پایین بیاید.")
    assert [(q.where, q.kind, q.speaker, q.text) for q in quotes] == [
        ("body:0", "indirect", "بهرام کاشانی", "بارش‌ها از هفته آینده در نیمه شمالی استان بیشتر شود"),
        ("body:1", "indirect", "بهرام کاشانی", "دمای هوا تا پایان ماه پنج درجه پایین بیاید")]


def test_a_planned_sum_or_a_passive_prediction_is_nobodys_claim():
    """پیش‌بینی in a budget (``اعتباری را پیش‌بینی کرد``) or in the passive says nothing anyone said."""
    quotes = headed_quotes(
        "عنوان خبر", "",
        "شورای شهر برای بازسازی پل قدیمی اعتباری ده میلیاردی را پیش‌بینی کرد.",
        "بارش باران در روزهای آینده پیش‌بینی شده است و جاده‌ها لغزنده خواهند بود.")
    assert quotes == []


def test_a_headline_ending_on_quoted_words_after_a_semicolon_quotes_the_storys_speaker():
    """``گفت‌وگو با X؛ «QUOTE»``: the headline's last part is someone's words, as in ``X: QUOTE``."""
    quotes = headed_quotes(
        "گفت‌وگو با سرمربی تیم ملی هندبال؛ «برای صعود به المپیک آماده‌ایم»",
        "سرمربی تیم ملی هندبال می‌گوید بازیکنان جوان آینده این رشته هستند.",
        "رضا گلبرگی، سرمربی تیم ملی هندبال، در گفت‌وگو با ما گفت: «اردوی بعدی از ماه آینده در کیش برگزار می‌شود.»")
    assert ("title", "guillemet", "رضا گلبرگی", "برای صعود به المپیک آماده‌ایم") in found(quotes)


def test_quoted_names_or_a_headline_quote_in_mid_title_are_not_the_tail_rule():
    """«» naming a thing at a headline's end (``... افتتاح شد؛ «خانه امید»``) is no sentence;
    «words» followed by more headline are read as before."""
    for title in ("مرکز تازه بهزیستی در شهر افتتاح شد؛ «خانه امید کودکان کار و خیابان»",
                  "نمایشگاه کتاب کودک؛ «قصه‌های شب برای بچه‌های امروز» و ده کتاب دیگر"):
        assert [q for q in headed_quotes(title, "") if q.where == "title"] == []


def test_a_speech_verb_typed_a_letter_off_before_its_colon_still_opens_a_quote():
    """``وی افرود:``، ``اظها داشت:``: the word is no word of the language and, put right, a
    speech verb; the colon says words follow."""
    quotes = headed_quotes(
        "عنوان خبر", "",
        "سیمین آذرپاد، مدیر موزه شهر، گفت: موزه از شنبه هر هفته تا ساعت نه شب باز است.",
        "وی افرود: بلیت دانش‌آموزان در این ماه رایگان خواهد بود.",
        "آذرپاد در پایان اظها داشت: بخش تازه موزه به سفال‌های باستانی اختصاص دارد.")
    assert [(q.where, q.kind, q.speaker) for q in quotes] == [
        ("body:0", "direct", "سیمین آذرپاد"), ("body:1", "direct", "سیمین آذرپاد"), ("body:2", "direct", "سیمین آذرپاد")]
    assert [q.cue for q in quotes[1:]] == ["افرود", "اظها داشت"]


def test_a_real_word_near_a_speech_verb_before_a_colon_is_no_cue():
    """A word of the language (ابزار، بیانیه) one letter from a speech verb is that word: a list
    of tools or a heading, not a quote."""
    quotes = headed_quotes("عنوان خبر", "", "کارگاه تازه این ابزار: اره، چکش، پیچ‌گوشتی و متر نو را دارد.")
    assert quotes == []


def test_a_warning_of_a_thing_followed_by_what_was_said_names_its_topic():
    """``X نسبت به NOUN هشدار داد و گفت ...``: the noun is what the warning is about; the words
    are after گفت. A warning with no words after it keeps its claim."""
    quotes = headed_quotes(
        "عنوان خبر", "",
        "پرستو کیانی، رئیس اداره محیط زیست شهر، نسبت به شکار بی‌رویه پرندگان مهاجر هشدار داد و گفت که "
        "شکارچیان غیرمجاز از این پس با جریمه سنگین روبه‌رو می‌شوند.",
        "کیانی همچنین نسبت به خشک شدن تالاب شهر هشدار داد.")
    assert [(q.where, q.text) for q in quotes] == [
        ("body:0", "شکارچیان غیرمجاز از این پس با جریمه سنگین روبه‌رو می‌شوند"),
        ("body:1", "خشک شدن تالاب شهر")]
