"""Quotes goftar must find through the forms a known cue takes, and answers.

A cue in the past perfect (خبر داده بود، خواستار ... شده بود), a view's copula run on (بر این
باورند), certainty held (مطمئن است که), a paper's report (گزارش داد), a subject after a time
phrase set off by a comma, an interview answer in no first person, words said after an
announcing preposition (بنا بر گفته X، CLAIM), a speech verb typed a letter off before its
colon (افرود:), and the saying-that frame typed a letter off (با بیان ایکه، با اشاه به اینکه).
Every sentence is written for the test.
"""

from __future__ import annotations

import pytest

from quoting import quotes_of

EARLIER = "رضا کریمی، سخنگوی وزارت، گفت: «ما نگران این وضعیت هستیم.»"


def reported(*paragraphs: str) -> list[tuple[str, str, str | None]]:
    return [(q.cue, q.text, q.speaker) for q in quotes_of(*paragraphs)]


@pytest.mark.parametrize("verb", ["خبر داد", "خبر داده است", "خبر داده بود"])
def test_news_told_in_any_past_is_reported_speech(verb):
    assert reported(f"علی احمدی پیش از این از آغاز طرح تازه در استان {verb}.") == [
        (verb, "آغاز طرح تازه در استان", "علی احمدی")]


def test_a_demand_in_the_past_perfect_is_reported_speech():
    assert reported("علی احمدی پیش از این خواستار آزادی دو خبرنگار بازداشت شده شده بود.") == [
        ("خواستار", "آزادی دو خبرنگار بازداشت شده", "علی احمدی")]


@pytest.mark.parametrize("stance", ["بر این باورند", "معتقدند", "مطمئن هستند", "مطمئن است"])
def test_a_view_held_with_its_copula_run_on_or_a_certainty_is_reported(stance):
    claim = "هدف این طرح حل مشکلات اقتصادی مردم است"
    assert reported(f"کارشناسان اقتصادی {stance} که {claim}.") == [(stance, claim, None)]


def test_a_hope_in_the_reports_own_narration_is_no_quote():
    assert quotes_of("کشاورزان این منطقه امیدوار هستند با بارش باران در ماه آینده محصول خوبی برداشت کنند.") == []


@pytest.mark.parametrize("verb, that", [("گزارش داد", " که"), ("گزارش داده است", "")])
def test_a_papers_report_is_reported_speech(verb, that):
    claim = "کار نقل و انتقالات باشگاه به پایان رسیده است"
    assert reported(f"روزنامه مارکا {verb}{that} {claim}.") == [(verb, claim, "روزنامه مارکا")]


def test_nothing_reported_is_no_quote():
    assert quotes_of("هیچ مورد مشکوکی در این شهر تا کنون گزارش داده نشده است.") == []


@pytest.mark.parametrize("when", ["امروز", "روز گذشته", "صبح امروز"])
def test_a_time_phrase_set_off_by_a_comma_keeps_the_subject_after_it(when):
    quotes = quotes_of(EARLIER, f"{when}، وزارت دفاع از حمله به تجهیزات مرزی خبر داد.")
    assert [(q.text, q.speaker) for q in quotes[1:]] == [("حمله به تجهیزات مرزی", "وزارت دفاع")]


def test_an_answer_to_a_question_put_in_the_second_person_is_a_quote():
    quotes = quotes_of(
        "علی احمدی، سرمربی تیم، پس از بازی به پرسش‌های خبرنگار ما پاسخ داد.",
        "لیگ را تا همین هفته سوم چطور ارزیابی می‌کنید؟",
        "اینکه از سی و دو بازی فقط شش تیم برنده شده‌اند نشان می‌دهد تیم‌ها در شروع لیگ ریسک نمی‌کنند.")
    assert [(q.where, q.kind) for q in quotes] == [("body:2", "direct")]


def test_a_paragraph_after_a_question_to_nobody_is_the_reports_own():
    assert quotes_of("چرا دولت در این سال‌ها برای حل مشکل مسکن کاری نکرده است؟",
                     "بررسی آمارها نشان می‌دهد قیمت مسکن در این سال‌ها چند برابر شده است.") == []


@pytest.mark.parametrize("according", ["بنا بر گفته", "بنا به گفته", "طبق ادعای"])
def test_words_said_after_an_announcing_preposition_are_reported(according):
    claim = "این بازیکن فصل بعد هم در تیم می‌ماند"
    assert reported(f"{according} مدیران باشگاه، {claim}.") == [(according, claim, None)]


def test_words_said_after_a_longer_preposition_need_no_comma_after_a_name():
    claim = "در این مدت همه تیم‌های لیگ به فدراسیون بدهکار شده‌اند"
    assert reported(f"بنا به گفته کریمی {claim}.") == [("بنا به گفته", claim, "کریمی")]


def test_a_speech_verb_typed_a_letter_off_before_its_colon_still_opens_a_quote():
    """``وی افرود:``، ``اظها داشت:``: the word is no word of the language and, put right, a
    speech verb; the colon says words follow."""
    quotes = quotes_of(
        "سیمین آذرپاد، مدیر موزه شهر، گفت: موزه از شنبه هر هفته تا ساعت نه شب باز است.",
        "وی افرود: بلیت دانش‌آموزان در این ماه رایگان خواهد بود.",
        "آذرپاد در پایان اظها داشت: بخش تازه موزه به سفال‌های باستانی اختصاص دارد.")
    assert [(q.where, q.kind, q.speaker) for q in quotes] == [
        ("body:0", "direct", "سیمین آذرپاد"), ("body:1", "direct", "سیمین آذرپاد"), ("body:2", "direct", "سیمین آذرپاد")]
    assert [q.cue for q in quotes[1:]] == ["افرود", "اظها داشت"]


def test_a_real_word_near_a_speech_verb_before_a_colon_is_no_cue():
    """A word of the language (ابزار، بیانیه) one letter from a speech verb is that word: a list
    of tools or a heading, not a quote."""
    quotes = quotes_of("کارگاه تازه این ابزار: اره، چکش، پیچ‌گوشتی و متر نو را دارد.")
    assert quotes == []


@pytest.mark.parametrize("sentence, claim", [
    ("مهدی رنجبر مدیرکل میراث فرهنگی استان با بیان ایکه مرمت کاروانسرای شاه عباسی از ماه آینده آغاز می‌شود، گفت: "
     "اعتبار این طرح تامین شده است.", "مرمت کاروانسرای شاه عباسی از ماه آینده آغاز می‌شود"),
    ("مهدی رنجبر مدیرکل میراث فرهنگی استان با اشاه به اینکه سه بنای تاریخی شهر ثبت ملی شد، افزود: "
     "پرونده دو بنای دیگر در دست بررسی است.", "سه بنای تاریخی شهر ثبت ملی شد"),
    ("مهدي رنجبر مديركل ميراث فرهنگي استان با تاكيد بر انيكه گردشگران خارجي امسال دو برابر شده‌اند، اظهار داشت: "
     "هتل‌هاي شهر ظرفيت كافي ندارند.", "گردشگران خارجي امسال دو برابر شده‌اند"),
    ("مهدی رنجبر مدیرکل میراث فرهنگی استان با ابراز امیداوری از اینکه موزه شهر تا پایان سال باز شود، گفت: "
     "اشیای موزه آماده نمایش است.", "موزه شهر تا پایان سال باز شود"),
])
def test_a_saying_that_frame_typed_a_letter_off_still_frames_a_claim(sentence, claim):
    """``با بیان ایکه``، ``با اشاه به اینکه``: one word of the frame is no word of the language and,
    put right, the frame's; the sentence goes on to the speaker's verb."""
    assert ("indirect", claim, "مهدی رنجبر") in [(q.kind, q.text, q.speaker) for q in quotes_of(sentence)]


@pytest.mark.parametrize("sentence", [
    "مهدی رنجبر با وجود اینکه بیمار بود، در جلسه حاضر شد و گفت: همه باید کمک کنیم.",
    "مهدی رنجبر با اشاره به ایران و ترکیه، گفت: گردشگران منطقه به این دو کشور سفر می‌کنند.",
    "مهدی رنجبر با بیان ایکه چند بار تکرار شد، از جلسه بیرون رفت.",
])
def test_a_real_word_or_no_speech_verb_after_a_saying_that_frame_is_no_slip(sentence):
    """A word of the language after با (وجود، ایران) is that word; and a slip with no speech verb
    after it in its sentence frames nothing anyone said."""
    assert [q.kind for q in quotes_of(sentence) if q.kind == "indirect"] == []
