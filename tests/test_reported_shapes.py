"""Issue 11, indirect recall: reported speech whose claim sits inside the verb phrase.

Inverted announcements (خبر از CLAIM داد), what was stressed as an object (CLAIM را مورد
تاکید قرار داد), requests naming nobody asked (درخواست کرد که CLAIM) and insistence
(بر CLAIM پافشاری کرد). Every sentence is written for the test.
"""

from __future__ import annotations

import pytest

from corpus.document import Document, Quote
from corpus.quotes import extract_quotes

SPEAKER = "علی احمدی، رئیس سازمان بهزیستی استان،"


def quotes_of(sentence: str) -> list[Quote]:
    return extract_quotes(Document(id="doc", title="عنوان خبر", lead="", paragraphs=[sentence]))


def reported(verb_phrase: str) -> list[tuple]:
    """(kind, cue, text, speaker) of each quote found when SPEAKER says ``verb_phrase``."""
    return [(q.kind, q.cue, q.text, q.speaker) for q in quotes_of(f"{SPEAKER} {verb_phrase}.")]


@pytest.mark.parametrize("verb_phrase, cue, claim", [
    ("خبر از افتتاح ده مرکز تازه در استان داد", "خبر", "افتتاح ده مرکز تازه در استان"),
    ("ضرورت افزایش بودجه مراکز سالمندان را مورد تأکید قرار داد", "مورد تأکید قرار داد",
     "ضرورت افزایش بودجه مراکز سالمندان"),
    ("کمبود نیروی انسانی مراکز روستایی را مورد اشاره قرار داد", "مورد اشاره قرار داد",
     "کمبود نیروی انسانی مراکز روستایی"),
    ("درخواست کرد که بودجه مراکز سالمندان افزایش یابد", "درخواست کرد", "بودجه مراکز سالمندان افزایش یابد"),
    ("بر افزایش بودجه مراکز سالمندان پافشاری کرد", "پافشاری کرد", "افزایش بودجه مراکز سالمندان"),
    ("بر افزایش بودجه مراکز سالمندان اصرار دارد", "اصرار دارد", "افزایش بودجه مراکز سالمندان"),
])
def test_a_claim_inside_the_verb_phrase_is_reported_speech(verb_phrase, cue, claim):
    assert reported(verb_phrase) == [("indirect", cue, claim, "علی احمدی")]


@pytest.mark.parametrize("sentence", [
    "این آمار خبر از رونق بازار مسکن در پایتخت می‌دهد.",  # the present tells what something shows
    "پس از انتشار این خبر از سوی دادگستری، استاندار به آن واکنش نشان داد.",  # خبر ... داد across a comma
    "این موضوع بارها از سوی مسئولان مورد تاکید قرار گرفته است.",  # passive: nobody stressing it
    "مربی تیم مبلغ بیشتری را درخواست کرد و باشگاه نپذیرفت.",  # a thing requested, no claim
    "اصرار بر ادامه این سیاست‌ها هزینه‌های زیادی برای کشور داشته است.",  # the noun, no one insisting
    # left unread on purpose: in news these are mostly the writer's narration (a team's hope)
    # or an offer turned down, not something said
    "استقلال امیدوار است با پیروزی در این بازی به صدر جدول برسد.",
    "سرمربی تیم پیشنهاد باشگاه اماراتی را رد کرد.",
])
def test_the_same_words_in_narration_or_another_sense_are_no_quote(sentence):
    assert quotes_of(sentence) == []


@pytest.mark.parametrize("sentence", [
    "گنهکاران آرزوی بازگشت می‌کنند اما به آنها پاسخ داده می‌شود هیچ بازگشتی در کار نیست.",
    "در این جلسه به نمایندگان اعلام شد مهلت ثبت نام تا پایان هفته تمدید شده است.",
])
def test_a_speech_verb_made_passive_names_no_speaker_and_is_no_quote(sentence):
    assert quotes_of(sentence) == []


def test_a_demand_ends_at_its_participle_joining_the_next_clause():
    quotes = quotes_of("یکی از کشاورزان با اشاره به بدهی خود، خواستار حمایت جدی مسئولان شده و "
                       "از مدیران بازرگانی خواستار چاره‌اندیشی در این مورد شد.")
    assert [(q.cue, q.text) for q in quotes] == [
        ("خواستار", "حمایت جدی مسئولان"), ("خواستار", "چاره‌اندیشی در این مورد")]


def test_a_line_opening_on_a_bare_speech_verb_with_no_colon_is_verse_not_a_report():
    article = Document(id="doc", title="شعری برای بهار", lead="", paragraphs=[
        "شاعر جوان این شعر را در شب بهار سرود.", "نوشت لاله، باغ از بهار روشن شد", "نوشت لاله دشت و دمن مزین شد"])
    assert extract_quotes(article) == []


@pytest.mark.parametrize("sentence, claim, speaker", [
    ("علی احمدی افزایش بودجه مراکز سالمندان را خواستار شد.", "افزایش بودجه مراکز سالمندان", "علی احمدی"),
    ("معاون استاندار تهران هدف اصلی احزاب را توسعه کشور دانست.", "هدف اصلی احزاب را توسعه کشور", None),
])
def test_an_object_claim_starts_where_the_subject_ends_not_at_its_object_marker(sentence, claim, speaker):
    """A name or role running into the object (علی احمدی | افزایش ... را) ends before it, and the
    claim holds the whole object, not only what follows را."""
    quote, = quotes_of(sentence)
    assert (quote.kind, quote.text, quote.speaker) == ("indirect", claim, speaker)


@pytest.mark.parametrize("sentence, claim, role", [
    ("مدیرکل آموزش و پرورش استان ایلام ایجاد شرایط مناسب در مدرسه را نیازمند همکاری دانست.",
     "ایجاد شرایط مناسب در مدرسه را نیازمند همکاری", "مدیرکل آموزش و پرورش استان ایلام"),
    ("مدیرکل بهزیستی استان خراسان رضوی کمبود اعتبار را مشکل اصلی دانست.",
     "کمبود اعتبار را مشکل اصلی", "مدیرکل بهزیستی استان خراسان رضوی"),
])
def test_a_role_naming_its_province_ends_on_the_place_before_the_object(sentence, claim, role):
    quote, = quotes_of(sentence)
    assert (quote.text, quote.role) == (claim, role)


def test_a_judgement_stated_with_bayan_kard_is_a_claim():
    quote, = quotes_of("علی احمدی دلایل موفقیت تیم را وجود بازیکنان جوان بیان کرد.")
    assert (quote.cue, quote.text, quote.speaker) == ("بیان کرد", "دلایل موفقیت تیم را وجود بازیکنان جوان", "علی احمدی")


@pytest.mark.parametrize("sentence", [
    "علی احمدی این مطلب را بیان کرد.",
    "علی احمدی مطالبی را در خصوص بودجه تیم بیان کرد.",
])
def test_what_was_stated_with_no_judgement_after_its_object_is_no_claim(sentence):
    assert quotes_of(sentence) == []


def test_a_request_is_read_though_an_earlier_az_belongs_to_the_source_line():
    """«به نقل از ...» holds از, but nobody is asked by it: the request asks with no addressee."""
    quote, = quotes_of("به گزارش فارس به نقل از روابط عمومی استانداری، علی احمدی در این دیدار درخواست کرد "
                       "برای جذب گردشگر تلاش بیشتری شود.")
    assert (quote.cue, quote.text, quote.speaker) == ("درخواست کرد", "برای جذب گردشگر تلاش بیشتری شود", "علی احمدی")


INTRODUCED = "علی احمدی، سرمربی تیم، در نشست خبری حاضر شد."


def quotes_after_introduction(sentence: str) -> list[Quote]:
    return extract_quotes(Document(id="doc", title="عنوان خبر", lead="", paragraphs=[INTRODUCED, sentence]))


@pytest.mark.parametrize("sentence, cue, claim", [
    ("وی انتقال مهاجم تیم به باشگاه رقیب را تکذیب کرد.", "تکذیب کرد", "انتقال مهاجم تیم به باشگاه رقیب"),
    ("وی انتقال مهاجم تیم به باشگاه رقیب را نیز تکذیب کرد.", "تکذیب کرد", "انتقال مهاجم تیم به باشگاه رقیب"),
    ("وی برگزاری جلسات منظم با مدیران را نیز خواستار شد.", "خواستار شد", "برگزاری جلسات منظم با مدیران"),
    # the clause after که has its own subject, and what it denies is the object there
    ("در این روزها اخباری شنیده می‌شد که او انتقال مهاجم تیم به باشگاه رقیب را تکذیب کرد.", "تکذیب کرد",
     "انتقال مهاجم تیم به باشگاه رقیب"),
    # a relative clause inside the object is the object's own
    ("وی اصول قانون اساسی که مرتبط با انتخابات است را مورد اشاره قرار داد.", "مورد اشاره قرار داد",
     "اصول قانون اساسی که مرتبط با انتخابات است"),
])
def test_what_is_denied_or_asked_for_as_an_object_is_reported_speech(sentence, cue, claim):
    quote, = quotes_after_introduction(sentence)
    assert (quote.kind, quote.cue, quote.text, quote.speaker) == ("indirect", cue, claim, "علی احمدی")


def test_a_denial_in_the_present_is_reported_speech():
    """Sports news reports a club's denial in the present (مدیران باشگاه ... را تکذیب می‌کنند)."""
    quote, = quotes_of("مدیران باشگاه انتقال مهاجم تیم به باشگاه رقیب را تکذیب می‌کنند اما مذاکرات ادامه دارد.")
    assert (quote.kind, quote.cue) == ("indirect", "تکذیب می‌کنند")
    assert quote.text.endswith("به باشگاه رقیب")


@pytest.mark.parametrize("sentence", [
    "وی این خبر را تکذیب کرد.",  # refers back: nothing said
    "در این روزها اخباری درباره جدایی مهاجم شنیده می‌شد که او این خبر را تکذیب کرد.",
])
def test_a_denial_of_this_news_is_no_quote(sentence):
    assert [q for q in quotes_after_introduction(sentence) if q.where == "body:1"] == []


@pytest.mark.parametrize("verb_phrase, cue, claim", [
    ("شهرداری را به اسراف در هزینه‌های عمرانی متهم کرد", "متهم کرد", "شهرداری را به اسراف در هزینه‌های عمرانی"),
    ("پیمانکاران را به شکایت از تاخیر در پرداخت‌ها تهدید کرده است", "تهدید کرده است",
     "پیمانکاران را به شکایت از تاخیر در پرداخت‌ها"),
    ("کمبود نیرو را به تصمیم‌های دولت قبلی نسبت داد", "نسبت داد", "کمبود نیرو را به تصمیم‌های دولت قبلی"),
    ("شهرداری را به صراحت به اسراف متهم کرد", "متهم کرد", "شهرداری را به صراحت به اسراف"),
])
def test_an_accusation_threat_or_blame_with_its_charge_is_reported_speech(verb_phrase, cue, claim):
    assert reported(verb_phrase) == [("indirect", cue, claim, "علی احمدی")]


@pytest.mark.parametrize("sentence", [
    "مهاجم تیم در دقیقه ده با شوت خود دروازه میزبان را به شدت تهدید کرد.",  # no charge: a shot, not speech
    "سیل این هفته روستاهای پایین‌دست را به نابودی تهدید می‌کند.",  # the present: a danger, nobody speaking
    "این سخنان در شبکه‌های اجتماعی به وزیر نسبت داده شد.",  # passive: nobody blaming
    "این گزارش، علاوه بر این، شهرداری را به اسراف متهم کرده است.",  # a report: its author unnamed here
])
def test_a_threat_with_no_charge_or_no_accuser_of_its_own_is_no_quote(sentence):
    assert [q for q in quotes_after_introduction(sentence) if q.where == "body:1"] == []


def test_an_accusation_with_that_reports_the_claim_after_it():
    quote, = quotes_of("مسئولان بندر، شرکت کشتیرانی را متهم کردند که بار کشتی را بدون مجوز تخلیه کرده است.")
    assert (quote.kind, quote.cue, quote.text) == ("indirect", "متهم کردند", "بار کشتی را بدون مجوز تخلیه کرده است")


def test_a_denial_inside_an_interview_answer_is_part_of_the_answer():
    """After an interview's frame, a paragraph in the first person is the interviewee's answer,
    whatever it reports someone else denied (one policy with quotes inside quotes: dropped)."""
    quotes = extract_quotes(Document(id="doc", title="عنوان خبر", lead="", paragraphs=[
        "علی احمدی، مدافع تیم، گفت‌وگویی با خبرنگار ما انجام داد:",
        "من از حضور در این تیم راضی‌ام و خوشحالم که این انتخاب را کردم. رضا کریمی هم خبر معاوضه‌اش با من "
        "را تکذیب کرد. من تصمیم گرفتم به این تیم بیایم.",
    ]))
    assert [(q.where, q.kind, q.speaker) for q in quotes] == [("body:1", "direct", "علی احمدی")]


def test_a_judgement_inside_a_relative_clause_describes_and_quotes_nobody():
    assert quotes_of("کسانی که دیروز این کشور را تروریست خواندند امروز سکوت کرده‌اند.") == []
    assert quotes_of("دیدگاهی که دین را امری فردی دانست در جامعه رواج یافت.") == []


def test_a_judgement_after_a_relative_clause_on_its_subject_is_still_reported():
    quote, = quotes_after_introduction("وی که در این نشست حضور داشت، روابط دو کشور را دیرینه دانست.")
    assert (quote.kind, quote.text) == ("indirect", "روابط دو کشور را دیرینه")


@pytest.mark.parametrize("sentence, cue, claim", [
    ("وی این میزان بارش برف در کوهستان را بی نظیر عنوان و تصریح کرد: راه‌ها باز نگه داشته می‌شود.", "عنوان",
     "این میزان بارش برف در کوهستان را بی نظیر"),
    ("وی ظرفیت ذخیره سد را ٤٠ میلیون مترمکعب اعلام و اظهار کرد: آبگیری از آذر آغاز می‌شود.", "اعلام",
     "ظرفیت ذخیره سد را ٤٠ میلیون مترمکعب"),
    ("وی بر حساس بودن کار راهداری در زمستان تاکید و خطاب به کارکنان تصریح کرد: غفلت شما گران تمام می‌شود.",
     "تاکید", "حساس بودن کار راهداری در زمستان"),
])
def test_a_judgement_or_stress_leaving_its_light_verb_to_the_next_verb_is_reported_speech(sentence, cue, claim):
    """``X را بی‌نظیر عنوان و تصریح کرد: ...``: the noun's کرد is the next verb's, and both are said."""
    indirect, direct = quotes_after_introduction(sentence)[-2:]
    assert (indirect.kind, indirect.cue, indirect.text, indirect.speaker) == ("indirect", cue, claim, "علی احمدی")
    assert (direct.kind, direct.speaker) == ("direct", "علی احمدی")


def test_a_judging_noun_before_and_that_judges_nothing_is_no_quote():
    assert [q for q in quotes_after_introduction("وی کتاب تازه خود را با عنوان و طرحی نو منتشر کرد.")
            if q.where == "body:1"] == []


@pytest.mark.parametrize("sentence, cue, claim", [
    ("وی به آشنایی بیشتر مردم استان با جاذبه‌های گردشگری تاکید کرد.", "تاکید کرد",
     "آشنایی بیشتر مردم استان با جاذبه‌های گردشگری"),
    ("وی در پایان به حمایت همیشگی خود از کشاورزان منطقه پافشاری کرد.", "پافشاری کرد",
     "حمایت همیشگی خود از کشاورزان منطقه"),
    ("وی با تقدیر از کارکنان شهرداری، نسبت به حضور پاکبانان در همه روزهای سال تاکید کرد.", "تاکید کرد",
     "حضور پاکبانان در همه روزهای سال"),
])
def test_what_was_stressed_with_be_instead_of_bar_is_reported_speech(sentence, cue, claim):
    quote, = [q for q in quotes_after_introduction(sentence) if q.where == "body:1"]
    assert (quote.kind, quote.cue, quote.text, quote.speaker) == ("indirect", cue, claim, "علی احمدی")


@pytest.mark.parametrize("sentence", [
    "وی در سفر به استان گلستان تاکید کرد.",  # به inside another phrase
    "به گزارش خبرگزاری فرانسه این منابع تاکید کردند.",  # a source line
])
def test_be_inside_another_phrase_opens_nothing_stressed(sentence):
    assert [q for q in quotes_after_introduction(sentence) if q.where == "body:1"] == []


@pytest.mark.parametrize("paragraph, speaker, claim", [
    ("یارانه نان: کریمی، معاون وزیر رفاه، روز دوشنبه گفت سهمیه آرد نانوایی‌ها تا پایان سال ثابت می‌ماند.",
     "کریمی", "سهمیه آرد نانوایی‌ها تا پایان سال ثابت می‌ماند"),
    ("مدارس روستایی: به گفته صالحی، مدیرکل آموزش ابتدایی، دویست مدرسه تازه تا مهرماه افتتاح می‌شود.",
     "صالحی", None),
])
def test_a_roundups_heading_before_a_named_report_is_no_speaker_and_the_report_is_found(paragraph, speaker, claim):
    quotes = quotes_of(paragraph)
    assert [(q.kind, q.speaker) for q in quotes] == [("indirect", speaker)]
    assert claim is None or quotes[0].text == claim


@pytest.mark.parametrize("sentence, expected", [
    pytest.param("«کار سختی است»؛ این را مریم در حالی می‌گوید که با دست لباس‌ها را تا می‌کند.",
                 [], id="the scene after the frame is no claim"),
    pytest.param("رضایی این سخنان را در حالی بیان کرد که سفر او به استان دو بار لغو شده بود.",
                 [], id="the writer's aside after the frame is no claim"),
    pytest.param("مسئولان فدراسیون در حالی اعلام کرده بودند که باشگاه می‌تواند بازیکن آزاد جذب کند که تیم دیگر چنین امکانی نداشت.",
                 ["باشگاه می‌تواند بازیکن آزاد جذب کند که تیم دیگر چنین امکانی نداشت"],
                 id="a second that closes the frame, the first opens the claim"),
])
def test_a_speech_verb_inside_a_while_frame_reports_nothing_after_the_frames_that(sentence, expected):
    assert [q.text for q in quotes_of(sentence) if q.kind == "indirect"] == expected
