"""Issue 11, indirect recall: more shapes of reported speech.

Naming something as what it is (از Y به عنوان CLAIM یاد کرد), and a report inside a clause
opened by "although" (با اینکه X اعلام کرده بود CLAIM، اما ...). Every sentence is written for
the test.
"""

from __future__ import annotations

import pytest

from tests.quoting import quotes_of

SPEAKER = "علی احمدی، مدیرعامل باشگاه،"


@pytest.mark.parametrize("verb_phrase, claim", [
    ("از این بازیکن به عنوان بهترین خرید فصل یاد کرد", "این بازیکن به عنوان بهترین خرید فصل"),
    ("در این مراسم از ورزشگاه تازه با عنوان خانه دوم هواداران یاد کرد", "ورزشگاه تازه با عنوان خانه دوم هواداران"),
    ("از این بازیکن به عنوان بهترین خرید فصل نام برد", "این بازیکن به عنوان بهترین خرید فصل"),
])
def test_naming_something_as_what_it_is_is_reported_speech(verb_phrase, claim):
    quotes = quotes_of(f"{SPEAKER} {verb_phrase}.")
    cue = " ".join(verb_phrase.split()[-2:])
    assert [(q.kind, q.cue, q.text, q.speaker) for q in quotes] == [("indirect", cue, claim, "علی احمدی")]


@pytest.mark.parametrize("sentence", [
    f"{SPEAKER} در این مراسم از پیشکسوتان فقید باشگاه یاد کرد.",  # remembering, nothing named as
    "به نوعی می‌توان از این بازی به عنوان بهترین نمایش تیم یاد کرد.",  # the writer's "one can"
    "در این نشست از ورزشگاه تازه به عنوان خانه دوم هواداران نام برده شد.",  # a passive: nobody named it
    f"{SPEAKER} از سه بازیکن تیم نام برد.",  # listing, nothing named as
])
def test_remembering_or_the_writers_own_naming_is_no_quote(sentence):
    assert quotes_of(sentence) == []


@pytest.mark.parametrize("although", ["با اینکه", "با وجود اینکه", "علیرغم اینکه"])
def test_a_report_inside_an_although_clause_keeps_its_subject(although):
    """The clause's own subject speaks, as after اگرچه: the opener is no part of it."""
    quote, = quotes_of(f"{although} کمیته انضباطی هفته گذشته اعلام کرده بود این بازیکن محروم نیست، "
                       "اما او در بازی دیروز به میدان نرفت.")
    assert (quote.kind, quote.cue, quote.speaker) == ("indirect", "اعلام کرده بود", "کمیته انضباطی")
    assert quote.text.startswith("این بازیکن محروم نیست")


def test_an_although_clause_with_no_speech_verb_is_no_quote():
    assert quotes_of("با اینکه تیم در نیمه اول بهتر بازی کرد، اما در پایان شکست خورد و از جام حذف شد.") == []


@pytest.mark.parametrize("among", ["از اهداف اصلی این دانشگاه", "از دیگر برنامه‌های دانشگاه", "از مهم‌ترین دغدغه‌های دانشگاه"])
def test_announcing_something_as_one_of_a_group_is_a_judgement(among):
    """``X را از اهداف ... اعلام کرد`` judges X as one of the goals, as ``عنوان کرد`` does."""
    quote, = quotes_of(f"علی احمدی، رئیس دانشگاه، توسعه آموزش مجازی را {among} اعلام کرد.")
    assert (quote.kind, quote.cue, quote.text, quote.speaker) == (
        "indirect", "اعلام کرد", f"توسعه آموزش مجازی را {among}", "علی احمدی")


@pytest.mark.parametrize("sentence", [
    "مدافع تیم رضایت خود را از قرارداد تازه‌اش اعلام کرد.",  # a feeling about something, announced
    "باشگاه آمادگی خود را از طریق روابط عمومی اعلام کرد.",  # how it was announced
])
def test_announcing_a_feeling_or_readiness_is_no_judgement(sentence):
    assert quotes_of(sentence) == []


def test_a_judgement_ending_its_field_without_a_full_stop_is_reported_speech():
    """A headline, or a paragraph of a news digest, ends on the judging verb with nothing after it."""
    quotes = quotes_of(title="علی احمدی کمبود بودجه را دلیل اصلی باخت تیم دانست")
    assert [(q.where, q.cue, q.text, q.speaker) for q in quotes] == [
        ("title", "دانست", "کمبود بودجه را دلیل اصلی باخت تیم", "علی احمدی")]


@pytest.mark.parametrize("verb", ["اعلام کرد", "گفت:"])
def test_a_prime_minister_written_in_two_words_is_the_subject_not_an_adverb(verb):
    """نخست of نخست وزیر is also "first", which opens a predicate; the role comes first."""
    quote, = quotes_of(f"نخست وزیر کشور همسایه {verb} حمله به مرزها این منطقه را ناامن کرده است.")
    assert (quote.ref, quote.role) == ("title", "نخست وزیر کشور همسایه")


def test_saying_that_with_its_object_glued_to_the_preposition_is_reported_speech():
    """بر and این written as one word (براین نکته که) open the same claim as بر این نکته که."""
    quotes = quotes_of(f"{SPEAKER} با تاکید براین نکته که تیم برای فصل آینده آماده است، گفت: ما قهرمان می‌شویم.")
    assert [(q.kind, q.text) for q in quotes] == [("indirect", "تیم برای فصل آینده آماده است"),
                                                  ("direct", "ما قهرمان می‌شویم.")]


@pytest.mark.parametrize("request_words", ["به شایعات توجه نکنند", "از تلاش برای قهرمانی دست برندارند"])
def test_asking_someone_not_to_do_something_is_a_request(request_words):
    """A subjunctive denied (ن where ب would stand, after a preverb too) ends a request as one affirmed does."""
    quote, = quotes_of(f"{SPEAKER} از هواداران خواست {request_words}.")
    assert (quote.cue, quote.text, quote.speaker) == ("خواست", request_words, "علی احمدی")


def test_a_wish_after_a_time_with_az_asks_nobody():
    """پس از / قبل از say when, not whom a request asks: خواسته here is a noun, nothing is asked."""
    assert quotes_of("پس از اینکه تیم قبل از جام به خواسته خود که دیدار با تیم ملی بود، نرسید؛ "
                     "مذاکرات ادامه یافت.") == []


@pytest.mark.parametrize("announced, rest", [
    ("آغاز ثبت‌نام مدرسه فوتبال باشگاه،", "گفت: همه می‌توانند شرکت کنند."),
    ("ثبت‌نام ۵۰۰ نوجوان در مدرسه فوتبال", "تصریح کرد: ظرفیت امسال تکمیل شده است."),
    ("جذب دو مربی خارجی،", "این اقدام را برای آینده باشگاه مهم دانست."),
])
def test_what_is_announced_before_the_speech_verb_is_reported_speech(announced, rest):
    """با اعلام and a noun phrase, not a clause with اینکه, names what the speaker announced."""
    quotes = quotes_of(f"{SPEAKER} با اعلام {announced} {rest}")
    assert (quotes[0].kind, quotes[0].cue, quotes[0].text, quotes[0].speaker) == (
        "indirect", "با اعلام", announced.rstrip("،"), "علی احمدی")


@pytest.mark.parametrize("sentence", [
    f"{SPEAKER} با اعلام این خبر گفت: همه می‌توانند شرکت کنند.",  # refers back
    "مهاجم تیم با اعلام مصدومیت اردوی تیم ملی را ترک کرد.",  # done, nothing said
    "با اعلام سازمان لیگ دیدار دو تیم به هفته بعد موکول شده است.",  # what the claim is according to
])
def test_announcing_with_no_speech_verb_or_a_demonstrative_is_no_announced_quote(sentence):
    assert [q for q in quotes_of(sentence) if q.cue == "با اعلام"] == []


@pytest.mark.parametrize("source, claim", [
    ("معاون فنی باشگاه", "برگزاری اردوی زمستانی برای تیم ضروری است"),
    ("احمدی", "آمارها نشان می‌دهد که تماشاگران بیشتری به ورزشگاه آمده‌اند"),
])
def test_according_to_a_source_with_no_comma_ends_where_the_article_names_it(source, claim):
    """A role (or a name) after به گفته runs on into the claim unless the article names it elsewhere."""
    quotes = quotes_of(f"{SPEAKER} معاون فنی باشگاه از آغاز تمرینات خبر داد.", f"به گفته {source} {claim}.")
    assert [(q.cue, q.text, q.speaker) for q in quotes if q.where == "body:1"] == [("به گفته", claim, "علی احمدی")]


def test_a_term_in_quotation_marks_after_according_to_is_no_claim():
    """بنا به تعبیر X "term": the term is theirs, the rest of the sentence the writer's."""
    quotes = quotes_of(f"{SPEAKER} از آغاز تمرینات خبر داد.", 'بنا به تعبیر احمدی "نیمه‌کاره" مانده بودند و باید کنار می‌رفتند.')
    assert [q for q in quotes if q.where == "body:1"] == []


@pytest.mark.parametrize("verb", ["تهدید کرد", "تهدید كرد", "تهدید کرده است", "تهدید نمود"])
def test_what_someone_threatens_with_that_is_reported_speech(verb):
    quotes = quotes_of(f"{SPEAKER} {verb} که در صورت تغییر زمان بازی، تیم را به ورزشگاه نمی‌فرستد.")
    assert [(q.kind, q.cue, q.text, q.speaker) for q in quotes] == [
        ("indirect", verb, "در صورت تغییر زمان بازی، تیم را به ورزشگاه نمی‌فرستد", "علی احمدی")]


def test_a_threat_made_in_play_is_no_quote():
    assert quotes_of("مهاجم تیم دروازه حریف را بارها تهدید کرد ولی موفق به گلزنی نشد.") == []


@pytest.mark.parametrize("frame, question", [
    ("با طرح این پرسش که", "چرا بودجه عمرانی استان هنوز پرداخت نشده است؟"),
    ("با طرح اين سوال كه", "چرا قيمت نان افزايش يافته است؟"),
    ("با بیان اینکه", "چرا مصوبات شورا اجرا نمی‌شود؟"),
])
def test_a_question_asked_before_the_speech_verb_is_the_claim(frame, question):
    quotes = quotes_of(f"{SPEAKER} {frame} {question} گفت: دولت باید پاسخگو باشد.")
    assert [(q.kind, q.text, q.speaker) for q in quotes] == [
        ("indirect", question, "علی احمدی"), ("direct", "دولت باید پاسخگو باشد.", "علی احمدی")]


def test_a_question_after_the_claims_comma_is_not_the_claim():
    quotes = quotes_of(f"{SPEAKER} با بیان اینکه بودجه امسال کافی نیست، در پاسخ به سوالی مبنی بر اینکه "
                       "چرا کار متوقف شده است؟ گفت: پیمانکار کار را رها کرده است.")
    assert quotes[0].text == "بودجه امسال کافی نیست"
