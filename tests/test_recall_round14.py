"""Issue 15a, recall: a claim followed by the same speaker's next report, a speech verb after a
question the pronoun's sentence puts, and answers that recount speech in a printed interview.
Every sentence is written for the test.
"""

from __future__ import annotations

from corpus.document import Document, Quote
from corpus.quotes import extract_quotes


def quotes_of(*paragraphs: str) -> list[Quote]:
    return extract_quotes(Document(id="doc", title="عنوان خبر", lead="", paragraphs=list(paragraphs)))


def test_a_second_report_by_the_same_speaker_ends_the_first_claim():
    """و and a speech verb in the cue's own form is the speaker going on: two claims, not one."""
    quotes = quotes_of("انجمن صنفی نانوایان در بیانیه‌ای مدعی شد که قیمت آرد دو برابر شده است و هشدار داد "
                       "اگر یارانه پرداخت نشود، نانوایی‌ها تعطیل خواهند کرد.")
    assert [(q.cue, q.text, q.speaker) for q in quotes] == [
        ("مدعی شد", "قیمت آرد دو برابر شده است", "انجمن صنفی نانوایان"),
        ("هشدار داد", "اگر یارانه پرداخت نشود، نانوایی‌ها تعطیل خواهند کرد", "انجمن صنفی نانوایان"),
    ]


def test_a_request_and_an_announcement_by_one_body_are_two_claims():
    quotes = quotes_of("اداره کل بهزیستی استان از خانواده‌ها خواست تا پایان ماه مدارک خود را تحویل دهند "
                       "و اعلام کرد که پرونده‌های ناقص بررسی نخواهد شد.")
    assert [(q.cue, q.text) for q in quotes] == [
        ("خواست", "پایان ماه مدارک خود را تحویل دهند"),
        ("اعلام کرد", "پرونده‌های ناقص بررسی نخواهد شد"),
    ]


def test_a_report_in_another_form_inside_the_claim_stays_part_of_it():
    """A perfect after a simple past is the claim's own subject reporting: one claim."""
    quotes = quotes_of("مدیر مدرسه گفت که رئیس اداره این طرح را رد و تاکید کرده که بودجه‌ای برای آن نیست.")
    assert [(q.cue, q.text) for q in quotes] == [
        ("گفت", "رئیس اداره این طرح را رد و تاکید کرده که بودجه‌ای برای آن نیست")]


def test_the_pronoun_opening_a_sentence_speaks_past_the_question_it_answers():
    """وی در پاسخ به این پرسش که ...، گفت CLAIM: the clause of the question closes at the comma."""
    quotes = quotes_of("مریم احمدی، مدیر مدرسه، از کمبود معلم خبر داد.",
                       "او در پاسخ به این پرسش که آیا مخالفان طرح راه‌حل دیگری دارند، گفت افزایش بودجه "
                       "مدارس می‌تواند بخشی از مشکل را حل کند.")
    assert [(q.cue, q.text, q.speaker) for q in quotes if q.where == "body:1"] == [
        ("گفت", "افزایش بودجه مدارس می‌تواند بخشی از مشکل را حل کند", "مریم احمدی")]


def test_a_plural_verb_after_the_question_is_not_the_pronouns():
    quotes = quotes_of("مریم احمدی، مدیر مدرسه، از کمبود معلم خبر داد.",
                       "او در پاسخ به این پرسش که آیا طرح اجرا می‌شود، می‌گویند بودجه آن هنوز تامین نشده است.")
    assert [q for q in quotes if q.where == "body:1"] == []


def test_an_interview_answer_recounting_what_others_said_is_still_the_answer():
    """In a printed question-and-answer interview a speech verb inside an answer is part of it."""
    quotes = quotes_of(
        "زهرا کریمی، پرستار بازنشسته، سی سال در بیمارستان شهر کار کرد. با او گفت‌وگو کرده‌ایم.",
        "- چرا پرستاری را انتخاب کردید؟",
        "مادرم پرستار بود و از کودکی با این کار آشنا بودم. هر شب از بیمارستان برایمان قصه می‌گفت و "
        "من همیشه دوست داشتم جای او باشم.",
        "- سخت‌ترین روزهای کارتان کدام بود؟",
        "روزهای زلزله. بیمارستان پر از مجروح بود و همه سه شبانه‌روز بیدار ماندند. همکاری داشتم که "
        "می‌گفت این روزها تمام نمی‌شود.",
    )
    answers = [q for q in quotes if q.where in ("body:2", "body:4")]
    assert [(q.where, q.kind, q.speaker) for q in answers] == [
        ("body:2", "direct", "زهرا کریمی"), ("body:4", "direct", "زهرا کریمی")]
