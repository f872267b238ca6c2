"""Issue 16e, who speaks in an interview: the report's own interview with someone gives them the
floor for the answers that follow, and words a reporter's question reports give it to nobody.
Every sentence is written for the test.
"""

from __future__ import annotations

from corpus.document import Document, Quote
from corpus.quotes import extract_quotes


def quotes_of(*paragraphs: str) -> list[Quote]:
    return extract_quotes(Document(id="doc", title="اعتراض کشاورزان دشت شمالی", lead="", paragraphs=list(paragraphs)))


def speakers_in(quotes: list[Quote], where: str) -> list[str | None]:
    return [quote.speaker for quote in quotes if quote.where == where]


STATEMENT = ("انجمن صنفی کشاورزان دشت شمالی در بیانیه‌ای نوشت: «سهم آب کشاورزان از سد باید پرداخت شود "
             "و تا آن روز تجمع ادامه دارد.»")
INTERVIEW = "برای شنیدن خواسته‌های کشاورزان، با رضا کامرانی، رئیس انجمن صنفی کشاورزان دشت شمالی، گفت‌وگو کردیم."
ASKED = "چرا کشاورزان دوباره جلوی استانداری جمع شدند؟"
ANSWER = "ما سه ماه است منتظر پاسخ هستیم و هیچ مسئولی جواب ما را نداده است. کشاورزان دیگر تحمل ندارند."
REPORTED_IN_QUESTION = "استاندار گفته است که سهم آب امسال کامل پرداخت شده است. پاسخ شما چیست؟"
SECOND_ANSWER = "این حرف درست نیست و ما اسناد آن را داریم. هنوز نیمی از سهم آب به مزارع نرسیده است."
GOVERNOR = "در مقابل، استاندار، حمید نیک‌پور، در جلسه شورا گفت: «سهم آب طبق مصوبه پرداخت شده و گزارش آن منتشر می‌شود.»"


def test_the_one_we_interviewed_answers_not_the_body_quoted_before():
    """``با X، ROLE، گفت‌وگو کردیم`` then a question: the answer is X's, not the statement's body's."""
    quotes = quotes_of(STATEMENT, INTERVIEW, ASKED, ANSWER)
    assert speakers_in(quotes, "body:3") == ["رضا کامرانی"]


def test_the_interview_frame_reads_the_same_in_arabic_letters_and_joined_words():
    """ي and ك for ی and ک, and گفتگو written as one word, change nothing."""
    interview = INTERVIEW.replace("گفت‌وگو", "گفتگو").replace("ی", "ي").replace("ک", "ك")
    quotes = quotes_of(STATEMENT, interview, ASKED, ANSWER)
    assert speakers_in(quotes, "body:3") == ["رضا کامرانی"]


def test_words_a_question_reports_are_quoted_but_the_interviewee_answers_next():
    """``استاندار گفته است که ... پاسخ شما چیست؟``: the governor's words are a quote of the
    governor, and the answer after the question is still the interviewee's."""
    quotes = quotes_of(STATEMENT, INTERVIEW, ASKED, ANSWER, REPORTED_IN_QUESTION, SECOND_ANSWER, GOVERNOR)
    assert speakers_in(quotes, "body:4") == ["حمید نیک‌پور"]
    assert speakers_in(quotes, "body:5") == ["رضا کامرانی"]
