"""Issue 15a, recall: answers that recount speech in a printed question-and-answer interview.
Every sentence is written for the test.
"""

from __future__ import annotations

from corpus.document import Document, Quote
from corpus.quotes import extract_quotes


def quotes_of(*paragraphs: str) -> list[Quote]:
    return extract_quotes(Document(id="doc", title="عنوان خبر", lead="", paragraphs=list(paragraphs)))


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


STATEMENT = [
    "به گزارش خبرنگار ما، انجمن صنفی داروسازان در بیانیه‌ای به وضعیت دارو در استان پرداخت.",
    "متن این بیانیه به شرح زیر است:",
    "بسم الله الرحمن الرحیم",
    "ماه‌هاست که بیماران دیالیزی برای یافتن داروهای خود از این داروخانه به آن داروخانه می‌روند.",
    "ما از مسئولان استان می‌خواهیم پیش از آنکه دیر شود، برای تامین این داروها چاره‌ای بیندیشند.",
    "انجمن صنفی داروسازان استان",
]


def test_a_documents_full_text_after_its_frame_is_its_authors_words():
    """متن این بیانیه به شرح زیر است: the prose paragraphs after it quote the body that issued it;
    the salutation and the signature line are nobody's words."""
    quotes = quotes_of(*STATEMENT)
    assert [(q.where, q.kind, q.speaker) for q in quotes] == [
        ("body:3", "direct", "انجمن صنفی داروسازان"), ("body:4", "direct", "انجمن صنفی داروسازان")]


def test_a_documents_text_ends_where_the_report_goes_on():
    quotes = quotes_of(*STATEMENT[:4], "سخنگوی دانشگاه علوم پزشکی استان در واکنش به این بیانیه اعلام کرد که "
                                        "داروهای بیماران تا پایان ماه توزیع می‌شود.",
                       "این داروها از هفته آینده در داروخانه‌های منتخب شهر توزیع خواهد شد.")
    assert [(q.where, q.cue) for q in quotes] == [("body:3", ""), ("body:4", "اعلام کرد")]


def test_a_documents_text_goes_on_past_the_paragraph_its_cue_carries():
    """در این حکم آمده است: carries the next paragraph (the salutation here); the decree's own
    paragraphs after it are its author's words too."""
    quotes = quotes_of("به گزارش خبرنگار ما، علی رضایی رئیس دانشگاه طی حکمی مریم احمدی را به سمت معاون آموزشی منصوب کرد.",
                       "در این حکم آمده است:",
                       "سرکار خانم مریم احمدی، با سلام و احترام.",
                       "نظر به شایستگی و تجارب ارزنده جنابعالی، به موجب این حکم به سمت معاون آموزشی دانشگاه منصوب می‌شوید.",
                       "امید است با تلاش شما کیفیت آموزش در همه دانشکده‌ها بهبود یابد.",
                       "علی رضایی")
    assert [(q.where, q.speaker) for q in quotes] == [
        ("body:2", "علی رضایی"), ("body:3", "علی رضایی"), ("body:4", "علی رضایی")]
