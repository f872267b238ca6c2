"""Round 20, indirect recall: reports inside a sentence that holds more than the one claim.

``X گفت CLAIM و از CLAIM2 خبر داد`` (و بر CLAIM2 تاکید کرد، و CLAIM2 را مهم دانست ...): the second
report is a quote of its own, and the first claim ends before its و. ``در پاسخ به این سوال که X گفته بود که CLAIM؟``: what a question reports is X's
(ANNOTATION.md, round 19). ``به گفته X، CLAIM اما خانواده‌ها می‌گویند CLAIM2``: the writer's sentence
quotes someone else after the contrast. Every sentence is written for the test.
"""

from __future__ import annotations

import pytest

from tests.quoting import quotes_of

SPEAKER = "مریم حسینی، مدیرکل بهزیستی استان،"


@pytest.mark.parametrize("verb, claim, news_cue, news", [
    ("گفت", "بودجه امسال دو برابر شده است", "خبر داد", "راه‌اندازی سامانه ثبت‌نام برخط متقاضیان"),
    ("می‌گوید", "صف انتظار مستمری معلولان امسال برچیده می‌شود", "خبر می‌دهد", "افتتاح سه مرکز توانبخشی"),
    ("اعلام كرد", "حقوق كاركنان از ابتداي سال افزايش مي‌يابد", "خبر داد", "تصويب طرح بيمه فراگير"),
    ("گفت که", "۲۵۰ خانوار اسکان داده شده‌اند", "خبر داد", "توزیع 3 هزار بسته غذایی"),
    ("تاکید کرد", "اعزام تیم به مسابقات قطعی است", "خبرداد", "برگزاری اردوی ۱۰ روزه در کرمانشاه"),
])
def test_news_joined_to_a_claim_is_a_quote_of_its_own(verb, claim, news_cue, news):
    quotes = quotes_of(f"{SPEAKER} {verb} {claim} و از {news} {news_cue}.")
    assert [(q.text, q.speaker) for q in quotes] == [(claim, "مریم حسینی"), (news, "مریم حسینی")]


@pytest.mark.parametrize("report, claim2", [
    ("و بر لزوم نظارت دقیق بر هزینه‌ها تاکید کرد", "لزوم نظارت دقیق بر هزینه‌ها"),
    ("و بر ضرورت نظارت دقيق بر هزينه‌ها تأكيد كرد", "ضرورت نظارت دقيق بر هزينه‌ها"),
    ("و نسبت به افزایش قیمت داروهای معلولان هشدار داد", "افزایش قیمت داروهای معلولان"),
    ("و این طرح را گامی مهم برای مددجویان دانست", "این طرح را گامی مهم برای مددجویان"),
    ("و از کمبود نیروی انسانی در مراکز ابراز نگرانی کرد", "کمبود نیروی انسانی در مراکز"),
    ("و خواستار افزایش اعتبارات استانی شد", "افزایش اعتبارات استانی"),
    ("و در گفت و گو با خبرنگاران بر لزوم نظارت دقیق تاکید کرد", "لزوم نظارت دقیق"),
    ("و نسبت به ساخت و ساز در حریم رودخانه هشدار داد", "ساخت و ساز در حریم رودخانه"),
])
def test_any_report_whose_claim_comes_first_joined_to_a_claim_ends_it(report, claim2):
    """The same for every report whose claim stands before its verb; two verb stems joined by و
    (گفت و گو، ساخت و ساز) are a noun, not a clause joined."""
    quotes = quotes_of(f"{SPEAKER} گفت بودجه امسال ۲ برابر شده است {report}.")
    assert [q.text for q in quotes] == ["بودجه امسال ۲ برابر شده است", claim2]


def test_two_objects_of_one_news_verb_stay_one_claim():
    """No verb before the و: the news has two objects, not a claim before it."""
    quotes = quotes_of(f"{SPEAKER} از تصویب طرح بیمه و از آغاز ساخت مسکن مددجویان خبر داد.")
    assert [q.text for q in quotes] == ["تصویب طرح بیمه و از آغاز ساخت مسکن مددجویان"]


@pytest.mark.parametrize("sentence, claim", [
    ("بهنام رستمی در پاسخ به این سوال که ناصر کریمی اعلام کرده بود که بودجه تیم‌های دولتی قطع می‌شود؟ "
     "گفت: ما هنوز نامه‌ای دریافت نکرده‌ایم.", "بودجه تیم‌های دولتی قطع می‌شود"),
    ("بهنام رستمی درباره اینکه ناصر کریمی گفته است که پروژه مترو تا پایان سال ۱۴۰۳ تمام می‌شود، آیا این "
     "وعده عملی است؟ گفت: با این بودجه بعید است.", "پروژه مترو تا پایان سال ۱۴۰۳ تمام می‌شود"),
    ("بهنام رستمي در پاسخ به اين پرسش كه ناصر كريمي گفته بود كه بازيكنان جوان فرصت بازي مي‌گيرند، چه پاسخي "
     "داريد؟ تصريح كرد: من به كادر فني اعتماد دارم.", "بازيكنان جوان فرصت بازي مي‌گيرند"),
])
def test_what_a_question_reports_is_a_quote_of_the_one_reported(sentence, claim):
    """ANNOTATION.md, round 19: named after the last که, up to the words that ask; the answer
    after it stays the one asked's."""
    quotes = quotes_of(sentence)
    assert [(q.kind, q.text, q.speaker) for q in quotes][0] == ("indirect", claim, "ناصر کریمی")
    assert quotes[-1].kind == "direct" and quotes[-1].speaker == "بهنام رستمی"


@pytest.mark.parametrize("sentence", [
    "آیا وزیر نفت گفته است که بودجه تیم‌های دولتی قطع می‌شود؟",
    "چه کسی گفته که زنان نمی‌توانند در این رشته قهرمان شوند؟",
])
def test_a_question_whether_it_was_said_reports_nothing(sentence):
    assert quotes_of(sentence) == []


@pytest.mark.parametrize("sentence, first, second", [
    ("به گفته مریم حسینی، هزینه دیالیز برای بیماران بیمه‌شده رایگان است اما خانواده‌ها می‌گویند هزینه داروها "
     "ماهانه سه میلیون تومان است.", "هزینه دیالیز برای بیماران بیمه‌شده رایگان است",
     "هزینه داروها ماهانه سه میلیون تومان است"),
    ("به گفته مريم حسيني، ۳۰۰ كودك كار در طرح جذب شده‌اند، ولي فعالان اجتماعي معتقدند شمار واقعي كودكان "
     "چند برابر است.", "۳۰۰ كودك كار در طرح جذب شده‌اند", "شمار واقعي كودكان چند برابر است"),
    ("بنا بر اعلام اداره هواشناسی، بارش‌ها از فردا آغاز می‌شود اما کشاورزان گفتند خسارت خشکسالی 2 ساله "
     "جبران‌شدنی نیست.", "بارش‌ها از فردا آغاز می‌شود", "خسارت خشکسالی 2 ساله جبران‌شدنی نیست"),
    ("به گفته مریم حسینی، تیم برای بازی فردا آماده است اما به گفته پزشک تیم، دو بازیکن اصلی مصدوم هستند.",
     "تیم برای بازی فردا آماده است", "دو بازیکن اصلی مصدوم هستند"),
])
def test_another_source_after_a_contrast_ends_the_claim_of_a_source(sentence, first, second):
    """A sentence after به گفته X is the writer's: so is the contrast, and whom it quotes next."""
    assert [q.text for q in quotes_of(sentence)] == [first, second]


@pytest.mark.parametrize("sentence", [
    "به گفته مریم حسینی، قیمت مرغ کم شده اما هنوز به قیمت پارسال نرسیده است.",  # no one else speaks
    "مریم حسینی گفت قیمت مرغ کم شده است اما فروشندگان می‌گویند مشتری‌ها هنوز کم خرید می‌کنند.",  # part of what she said
])
def test_a_contrast_inside_what_someone_said_stays_in_the_claim(sentence):
    assert len(quotes_of(sentence)) == 1


@pytest.mark.parametrize("verb, claim, belief, claim2", [
    ("می‌گوید", "شمار دانش‌آموزان امسال دو برابر شده", "معتقد است", "بدون کلاس تازه نمی‌توان همه را پذیرفت"),
    ("مي گويد", "سفره هاي زيرزميني خالي شده", "بر اين باور است كه", "بايد كشت برنج ممنوع شود"),
    ("می‌گوید", "تماس‌ها افزایش یافته", "اعتقاد دارد", "بیشتر آنها با یک گفت‌وگوی ساده حل می‌شود"),
])
def test_a_belief_joined_to_a_claim_is_a_quote_of_its_own(verb, claim, belief, claim2):
    """Round 25: ``X می‌گوید CLAIM و معتقد است CLAIM2``: one person's belief joined by و, as a second
    speech verb is, ends the first claim and reports the second."""
    quotes = quotes_of(f"{SPEAKER} {verb} {claim} و {belief} {claim2}.")
    assert [(q.text, q.speaker) for q in quotes] == [(claim, "مریم حسینی"), (claim2, "مریم حسینی")]


def test_a_plural_belief_joined_to_a_claim_is_the_claims_own_subjects():
    """``X می‌گوید والدین ... نگران هستند و معتقدند ...``: a plural belief may be the claim's subject's
    (the parents'), and the claim goes on through it."""
    claim = "والدین از وضعیت مدرسه نگران هستند و معتقدند مدرسه جا ندارد"
    quotes = quotes_of(f"{SPEAKER} می‌گوید {claim}.")
    assert [(q.text, q.speaker) for q in quotes] == [(claim, "مریم حسینی")]
