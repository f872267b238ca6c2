"""A printed interview whose opening paragraphs quote someone else (a passer-by, the player the
interview is about) before the reporter's questions: the answers are the interviewee's, whom the
lead quotes or opens on by name, not the last one quoted. Every sentence is written for the test.
"""

from __future__ import annotations

import pytest

from quoting import headed_quotes, speaker_of

LEAD = "حمید رستمی، مدیرکل غله و خدمات بازرگانی استان، در گفت‌وگو با خبرنگار ما به پرسش‌ها درباره کمبود آرد پاسخ داد."
ANSWER = "سهمیه کم نشده است. توزیع به دلیل تعمیر یک کارخانه آرد دو هفته عقب افتاد و از شنبه عادی می‌شود."
AGAIN = ("نانوایی‌ها می‌گویند گندم کیفیت ندارد. نظر شما چیست؟",
         "گندم امسال از نظر کیفیت بهتر از پارسال است و آزمایش‌ها این را نشان می‌دهد.")


@pytest.mark.parametrize("scene, question", [
    ("در هفته‌های اخیر صف‌های طولانی مقابل نانوایی‌ها دیده می‌شود. یک نانوا در خیابان انقلاب به ما گفت: «آرد سهمیه‌ای نصف شده است.»",
     "خبرنگار: آقای مهندس، چرا سهمیه آرد کم شده؟"),
    ("در هفته‌های اخیر صف‌های طولانی مقابل نانوایی‌ها دیده می‌شود. رضا کریمی، نانوای خیابان انقلاب، به ما گفت: «آرد سهمیه‌ای نصف شده است.»",
     "چرا سهمیه آرد کم شده؟"),
])
def test_the_answers_are_the_lead_persons_whoever_the_opening_quoted(scene, question):
    """``X، ROLE، در گفت‌وگو با خبرنگار ما به پرسش‌ها پاسخ داد`` in the lead, a baker quoted in
    the scene, then question and answer: the answer is X's, not the baker's."""
    quotes = headed_quotes("توزیع آرد از شنبه عادی می‌شود", LEAD, scene, question, ANSWER, *AGAIN)
    assert [speaker_of(quotes, "سهمیه کم نشده"), speaker_of(quotes, "گندم امسال")] == ["حمید رستمی"] * 2


def test_the_lead_quoting_the_interviewee_gives_the_answers_after_a_paragraph_about_another():
    """``X، ROLE، می‌گوید ...`` in the lead; the body opens on the player the interview is about
    (a name opening a paragraph), and the questions address X: the answers are X's."""
    quotes = headed_quotes(
        "گفت‌وگو با مدیربرنامه مهاجم تیم ملی",
        "کامران ملکی، مدیربرنامه مهاجم تیم ملی، می‌گوید موکلش تا پایان فصل جدا نمی‌شود.",
        "یاسین قربانی این فصل ۱۴ گل زده و نامش بیش از همه در شایعات شنیده می‌شود. با مدیربرنامه او گفت‌وگو کرده‌ایم.",
        "آقای ملکی، شایعات زیادی درباره جدایی یاسین وجود دارد. واقعیت چیست؟",
        "واقعیت این است که یک پیشنهاد رسمی از قطر روی میز است، اما یاسین تا پایان فصل به هیچ پیشنهادی فکر نمی‌کند.",
        "رقم پیشنهاد قطری‌ها چقدر است؟",
        "نمی‌توانم رقم دقیق را بگویم. فقط می‌گویم که از هر پیشنهادی که تا امروز به بازیکنی در لیگ شده بیشتر است.",
    )
    assert speaker_of(quotes, "پیشنهاد رسمی از قطر") == "کامران ملکی"


def test_whom_the_body_says_the_report_talked_with_answers_not_the_lead_person():
    """``با X، ROLE، گفت‌وگو کردیم``: the body names the interviewee, the lead's person does not
    take the answers."""
    quotes = headed_quotes(
        "توزیع آرد",
        "حمید رستمی، مدیرکل غله استان، از عادی شدن توزیع آرد خبر داد.",
        "پس از این نشست با مهدی صالحی، مدیرعامل شرکت آرد، گفت‌وگو کردیم.",
        "چرا کارخانه تعطیل شد؟",
        "دستگاه‌های ما فرسوده است و تعمیر آنها دو هفته طول کشید و ما نتوانستیم زودتر کار کنیم.",
        *AGAIN,
    )
    assert speaker_of(quotes, "دستگاه‌های ما فرسوده") == "مهدی صالحی"


def test_a_pronoun_outside_an_interview_is_still_whoever_spoke_last():
    """No question, no answer: ``وی افزود`` after another's quote is theirs, whoever the lead named."""
    quotes = headed_quotes(
        "توزیع آرد",
        "حمید رستمی، مدیرکل غله استان، از عادی شدن توزیع آرد خبر داد.",
        "حمید رستمی گفت: توزیع از شنبه عادی می‌شود.",
        "مینا شریفی، معاون او، نیز گفت: ۵۰۰ نانوایی سهمیه گرفته‌اند.",
        "وی افزود: بازرسی از نانوایی‌ها ادامه دارد.",
    )
    assert speaker_of(quotes, "بازرسی از نانوایی‌ها") == "مینا شریفی"


# A lead opening on a name whose given name only the wide list holds (پریسا، سیما، شیما).

def test_a_lead_opening_on_a_wide_list_name_with_its_office_introduces_the_interviewee():
    """``پریسا فروتن، مدیرکل دارو ...، در گفت‌وگو با ... به پرسش‌ها پاسخ داد``: the lead introduces
    her as it would a علی or a مریم, so the answers after a pharmacist's words in the scene are hers."""
    quotes = headed_quotes(
        "کمبود دارو؛ مدیرکل دارو: تا پایان آذر بازار آرام می‌شود",
        "پریسا فروتن، مدیرکل دارو و مواد تحت کنترل سازمان غذا و دارو، در گفت‌وگو با روزنامه ما به پرسش‌ها پاسخ داد.",
        "یک داروساز در خیابان ناصرخسرو به ما گفت: «هر روز ده نفر با نسخه انسولین می‌آیند و دست خالی برمی‌گردند.»",
        "خبرنگار: خانم دکتر، چرا دوباره با کمبود آموکسی‌سیلین روبه‌رو شده‌ایم؟",
        "مشکل اصلی ماده اولیه است و محموله آخر پنج هفته در گمرک ماند. این محموله هفته گذشته ترخیص شد.",
        "خبرنگار: انسولین قلمی چه زمانی به داروخانه‌ها می‌رسد؟",
        "نخستین محموله اواسط آذر می‌رسد و توزیع آن از راه نسخه الکترونیک انجام می‌شود.",
    )
    assert [speaker_of(quotes, "ماده اولیه"), speaker_of(quotes, "اواسط آذر")] == ["پریسا فروتن"] * 2


def test_a_wide_list_word_opening_the_lead_without_an_office_introduces_nobody():
    """``سیما ...`` (the broadcaster) opening a lead with no office beside it is no person: the
    answers stay with whoever the report says it interviewed."""
    quotes = headed_quotes(
        "گفت‌وگوی تلویزیونی",
        "سیما امشب برنامه‌ای درباره کمبود دارو پخش می‌کند.",
        "پیش از پخش برنامه با مهدی صالحی، مدیرعامل یک شرکت پخش دارو، گفت‌وگو کردیم.",
        "چرا داروها کمیاب شده‌اند؟",
        "ارز دارو دیر تخصیص داده شد و محموله‌ها در گمرک ماندند و ما نتوانستیم زودتر توزیع کنیم.",
    )
    assert speaker_of(quotes, "ارز دارو") == "مهدی صالحی"
