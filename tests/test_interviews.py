"""Who has the floor in an interview: the report's own interview with someone (printed questions
and answers, a reporter's label, «با X گفت‌وگو کردیم») gives them the answers that follow, and words
quoted inside an answer, a question or someone's quotation give the floor to nobody.
Every sentence is written for the test.
"""

from __future__ import annotations

import pytest

from corpus.document import Quote
from quoting import headed_quotes, quote_holding, quotes_of, speaker_by_field, speaker_of


def speakers(quotes: list[Quote]) -> list[tuple[str, str | None]]:
    return [(quote.where, quote.speaker) for quote in quotes]


def test_the_reports_own_interview_frame_is_no_quote_and_gives_the_interviewee_the_floor():
    """``با X، ROLE، گفت‌وگو کردیم.`` after a quote running to its paragraph's end is the report
    telling whom it interviewed, not the last speaker going on: the answers that follow are X's."""
    quotes = quotes_of(
        "مهدی سلطانی، مدیر شبکه بهداشت شهرستان، در مراسم افتتاح گفت: این مرکز از ماه آینده به بیماران دیابتی خدمات می‌دهد.",
        "یکی از مراجعان به خبرنگار ما گفت: پارسال برای هر آزمایش باید تا شهر می‌رفتیم و یک روز کامل از کار می‌ماندیم.",
        "پس از مراسم با دکتر نسرین یوسفی، متخصص غدد و مسئول مرکز تازه، گفت‌وگو کردیم.",
        "روزانه چند بیمار را می‌توانید ببینید؟",
        "در هفته‌های اول روزی سی بیمار را می‌پذیریم و اگر پرستار دوم بیاید، این عدد را دو برابر می‌کنیم.",
    )
    assert speakers(quotes) == [("body:0", "مهدی سلطانی"), ("body:1", None), ("body:4", "نسرین یوسفی")]


def test_an_answer_after_the_report_quotes_someone_else_is_still_the_interviewees():
    """A printed interview that quotes others between its questions (``در همین حال، X به
    خبرنگار ما گفت ...``): the answer to the next question is the interviewee's, who answered
    the questions before, not the last one quoted."""
    quotes = quotes_of(
        "مینا رستمی، دونده ۲۴ ساله تیم ملی، پس از بازگشت از مسابقات آسیایی در گفت‌وگو با خبرنگار ما از برنامه‌هایش گفت.",
        "خبرنگار: بعد از رسیدن به خط پایان چه حسی داشتید؟",
        "رستمی: هنوز باورم نمی‌شود. همه این سال‌ها را در ذهنم مرور کردم و فقط به خانواده‌ام فکر می‌کردم.",
        "در همین حال، کامران صدری، رئیس هیئت دوومیدانی استان، به خبرنگار ما گفت: پیست شهر تا پایان سال بازسازی می‌شود و اعتبار آن تامین شده است.",
        "خبرنگار: حرف آخر؟",
        "از همه کسانی که در این سال‌ها کنارم بودند تشکر می‌کنم و امیدوارم در المپیک هم مدال بگیرم.",
    )
    assert speakers(quotes) == [("body:2", "مینا رستمی"), ("body:3", "کامران صدری"), ("body:5", "مینا رستمی")]


def test_an_interview_told_inside_someones_quotation_gives_nobody_the_floor():
    """``«ما با X، ROLE، گفت‌وگو کردیم»`` inside a quotation is the speaker's words, not the report
    telling whom it interviewed: X is no interviewee, and the ``وی افزود`` after it is still the speaker's."""
    quotes = quotes_of(
        "مریم احمدی، مدیرکل کار استان، در جمع خبرنگاران گفت: کارخانه از ماه آینده دوباره باز می‌شود و همه کارگران به سر کار برمی‌گردند.",
        "تاکید او بر اینکه «ما با مهندس حسن کریمی، مدیرعامل کارخانه، گفت‌وگو کردیم» خانواده‌های کارگران را امیدوار کرده است.",
        "وی افزود: حقوق معوقه کارگران هم تا پایان ماه پرداخت می‌شود.",
    )
    assert speakers(quotes)[-1] == ("body:2", "مریم احمدی")


def test_the_interviewee_met_after_the_body_quoted_someone_is_not_the_headlines_speaker():
    """The lead's title (``مدیر شبکه بهداشت گفت``) means the body's first speaker, who has the
    same title and no name there (only its surname at the end); the specialist the report interviews further down
    is someone else."""
    quotes = quotes_of(
        "مدیر شبکه بهداشت شهرستان در آیین افتتاح این مرکز گفت: تا امروز بیماران دیابتی برای هر آزمایش باید تا مرکز استان می‌رفتند.",
        "پس از مراسم با دکتر نسرین یوسفی، متخصص غدد و مسئول مرکز تازه، گفت‌وگو کردیم.",
        "روزانه چند بیمار را می‌توانید ببینید؟",
        "در هفته‌های اول روزی سی بیمار را می‌پذیریم و اگر پرستار دوم بیاید، این عدد را دو برابر می‌کنیم.",
        "سلطانی در پایان از خیرین قدردانی کرد و گفت: بدون کمک مردم این مرکز دست‌کم دو سال دیرتر باز می‌شد.",
        lead="مدیر شبکه بهداشت شهرستان گفت: نخستین مرکز درمان دیابت شهرستان از هفته آینده بیمار می‌پذیرد.",
    )
    by_field = dict(speakers(quotes))
    assert by_field["lead"] != "نسرین یوسفی" and by_field["body:3"] == "نسرین یوسفی"


# An interview reported under this headline, after a body's statement.

PROTEST = "اعتراض کشاورزان دشت شمالی"


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
    quotes = quotes_of(STATEMENT, INTERVIEW, ASKED, ANSWER, title=PROTEST)
    assert speakers_in(quotes, "body:3") == ["رضا کامرانی"]


def test_the_interview_frame_reads_the_same_in_arabic_letters_and_joined_words():
    """ي and ك for ی and ک, and گفتگو written as one word, change nothing."""
    interview = INTERVIEW.replace("گفت‌وگو", "گفتگو").replace("ی", "ي").replace("ک", "ك")
    quotes = quotes_of(STATEMENT, interview, ASKED, ANSWER, title=PROTEST)
    assert speakers_in(quotes, "body:3") == ["رضا کامرانی"]


def test_words_a_question_reports_are_quoted_but_the_interviewee_answers_next():
    """``استاندار گفته است که ... پاسخ شما چیست؟``: the governor's words are a quote of the
    governor, and the answer after the question is still the interviewee's."""
    quotes = quotes_of(STATEMENT, INTERVIEW, ASKED, ANSWER, REPORTED_IN_QUESTION, SECOND_ANSWER, GOVERNOR,
                       title=PROTEST)
    assert speakers_in(quotes, "body:4") == ["حمید نیک‌پور"]
    assert speakers_in(quotes, "body:5") == ["رضا کامرانی"]


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


def test_an_interview_answer_citing_someone_stays_the_interviewees_and_gives_nobody_the_floor():
    """``وزیر گفتند «...» و ما ...`` answering the reporter: the answer is the interviewee's, what
    it cites is part of it, and the next answer is the interviewee's too, not the minister's."""
    quotes = quotes_of("گفت‌وگوی ما با رئیس بیمارستان شهر را در ادامه می‌خوانید.",
                       "چرا بخش اورژانس این‌قدر شلوغ است؟",
                       "بیشتر بیماران از روستاهای اطراف می‌آیند و درمانگاه روستا شب‌ها تعطیل است "
                       "و ما همه را می‌پذیریم.",
                       "بودجه امسال چقدر بیشتر شد؟",
                       "وزیر بهداشت در سفرش گفتند «بیمارستان‌های شهرهای کوچک اولویت دارند» و بودجه حدود ۲۰ درصد "
                       "بیشتر شد. اما قیمت دارو بیشتر از این بالا رفته است.",
                       "برای جذب پزشک چه برنامه‌ای دارید؟",
                       "راستش کار سختی است. امسال برای ده پزشک جوان خانه اجاره کردیم و حقوقشان را هم بالا بردیم.",
                       title="رئیس بیمارستان شهر: اورژانس شلوغ است",
                       lead="مهدی سلامی، رئیس بیمارستان شهر، می‌گوید بخش اورژانس هر شب پر است.")
    body = [(q.where, q.kind, q.speaker) for q in quotes if q.where.startswith("body")]
    assert body == [("body:2", "direct", "مهدی سلامی"), ("body:4", "direct", "مهدی سلامی"),
                    ("body:6", "direct", "مهدی سلامی")]


def test_a_remark_the_reporters_label_opens_is_answered_though_it_asks_nothing():
    """``خبرنگار: اما بانک‌ها ... نمی‌پذیرند.`` is the reporter's turn, no question mark needed:
    the paragraph after it answers, in whatever spelling the label is written."""
    for label in ("خبرنگار:", "خبرنگار :"):
        quotes = quotes_of(f"{label} آقای سلامی، بیماران از شلوغی اورژانس گلایه دارند. برنامه شما چیست؟",
                           "امسال ده تخت تازه به اورژانس اضافه می‌کنیم و دو پزشک دیگر هم شب‌ها در بخش می‌مانند.",
                           f"{label} اما بیماران می‌گویند وعده‌های قبلی هم عملی نشد و صف‌ها کوتاه نشده است.",
                           "قبول دارم که دیر کرده‌ایم. تخت‌ها خریداری شده و تا آخر ماه نصب می‌شوند و صف کوتاه می‌شود.",
                           title="گفت‌وگو با رئیس بیمارستان",
                           lead="مهدی سلامی، رئیس بیمارستان شهر، به پرسش‌های ما پاسخ داد.")
        answers = [(q.where, q.speaker) for q in quotes if q.where in ("body:1", "body:3")]
        assert answers == [("body:1", "مهدی سلامی"), ("body:3", "مهدی سلامی")]


def test_a_labelled_answer_whose_only_verb_is_a_negated_copula_is_the_interviewees():
    """«کاظمی: من با این حرف موافق نیستم ...» answers the question before it, though its only
    verb is نیستم (and ماست، ما + است, is no verb as written)."""
    quotes = headed_quotes(
        "گفت‌وگو با مهدی کاظمی", "",
        "مهدی کاظمی مدیرکل بهزیستی استان یزد است. با او گفت‌وگو کردیم.",
        "خبرنگار: نظر شما درباره بودجه امسال چیست؟",
        "کاظمی: من با این حرف موافق نیستم و بودجه امسال نصف نیاز ماست.")
    assert [(q.where, q.speaker) for q in quotes] == [("body:2", "مهدی کاظمی")]


def test_an_interviews_answers_are_the_headlines_speakers_when_the_lead_quotes_an_organisation():
    """``X: ...`` heads a printed interview whose X the body introduces in a way not read (a given
    name no list holds): the answers after the questions are X's, not the statement's the lead quoted."""
    quotes = headed_quotes(
        "گونار هولمبرگ: آب شیرین‌کن‌ها راه حل نهایی نیستند",
        "سازمان حفاظت محیط زیست اعلام کرد طرح انتقال آب دریا به فلات مرکزی بازبینی می‌شود.",
        "گونار هولمبرگ، کارشناس نروژی منابع آب، ماه گذشته میهمان دانشگاه شیراز بود. این گفت‌وگو در حاشیه همایش انجام شد.",
        "به نظر شما مهم‌ترین مشکل آب ایران چیست؟",
        "مصرف کشاورزی. بیش از ۸۰ درصد آب در مزارع مصرف می‌شود و راندمان آبیاری پایین است. من در سفرم مزرعه‌هایی دیدم که هنوز غرقابی آبیاری می‌شوند.",
        "آیا آب شیرین‌کن می‌تواند کمک کند؟",
        "برای شهرهای ساحلی بله، اما انتقال آب به فاصله هزار کیلومتری هزینه و انرژی زیادی می‌خواهد. این کار را فقط در کنار کاهش مصرف توصیه می‌کنم.",
    )
    assert speaker_by_field(quotes)["body:2"] == speaker_by_field(quotes)["body:4"] == "گونار هولمبرگ"


def test_an_interviews_answers_are_the_headlines_speakers_after_a_passer_by_is_quoted():
    """A first paragraph quoting someone the report met (``یک کشاورز ... گفت: «...»``) does not
    give them the interview's answers: the headline's ``X: ...`` does."""
    quotes = headed_quotes(
        "ماریا کوواچ: زنان روستایی بیشترین آسیب را دیده‌اند",
        "خبرنگار ما با نماینده دفتر منطقه‌ای یک نهاد بین‌المللی درباره پیامدهای خشکسالی صحبت کرد.",
        "یک کشاورز در حاشیه تالاب به ما گفت: «سه سال است محصولی برداشت نکرده‌ایم.» ماریا کوواچ، نماینده دفتر منطقه‌ای صندوق جمعیت، هفته گذشته از این روستاها دیدن کرد.",
        "چه چیزی در این سفر برایتان تازه بود؟",
        "اینکه زنان بار اصلی معیشت را به دوش دارند. وقتی مردان برای کار به شهر می‌روند، زنان هم مزرعه را اداره می‌کنند و هم خانه را.",
    )
    assert speaker_by_field(quotes)["body:2"] == "ماریا کوواچ"


def test_an_interviews_answers_go_to_whom_the_report_says_it_talked_with_over_the_headline():
    """``با X گفت‌وگو کردیم`` still names the interviewee, whoever the headline quotes."""
    quotes = headed_quotes(
        "علی توکلی: طرح تفکیک زباله از هفته آینده اجرا می‌شود",
        "شهرداری منطقه ۳ از آغاز طرح تفکیک زباله در ۴۰ محله خبر داد.",
        "با الینا پتروا، کارشناس مدیریت پسماند و مشاور این طرح، گفت‌وگو کردیم.",
        "به نظر شما مردم همراهی می‌کنند؟",
        "اگر سیستم ساده باشد و تشویق داشته باشد، حتما. ما در شهر خودمان در دو سال به ۶۰ درصد مشارکت رسیدیم.",
    )
    assert speaker_by_field(quotes)["body:2"] == "الینا پتروا"


def test_what_an_interviewee_was_told_after_the_report_gives_him_the_word_again_is_his():
    """``X با خنده ادامه می‌دهد: همکارم دیشب به ما گفت: ...`` in Arabic letters: X's words go on, what
    he was told included, not from the inner colon on."""
    quotes = headed_quotes(
        "فرهاد نيكو: اورژانس شلوغ است",
        "فرهاد نيكو، رئيس اورژانس بيمارستان، با ما گفت‌وگو كرد.",
        "شب‌ها چند بيمار داريد؟",
        "حدود صد بيمار در هر شيفت. نيكو با خنده ادامه مي‌دهد: همكارم ديشب به ما گفت: اينجا ديگر جاي نفس كشيدن نيست. واقعاً همين‌طور است.",
    )
    assert [(quote.speaker, "ديشب" in quote.text) for quote in quotes if quote.where == "body:1"] == [("فرهاد نیکو", True)]


def test_an_answer_recounting_what_someone_told_the_interviewee_is_the_interviewees():
    """In a printed interview, ``یکی از والدین به من گفت: ...`` inside the answer to a question is the
    interviewee recounting: the answer is hers, the parent gets no quote."""
    quotes = headed_quotes(
        "مینا رحیمی: مهدکودک‌ها زیر فشار هستند",
        "مینا رحیمی، مدیر یک مهدکودک در تبریز، به پرسش‌های ما پاسخ داد.",
        "بیشترین مشکل شما چیست؟",
        "اجاره‌بها. صاحبخانه امسال اجاره را دو برابر کرد. یکی از والدین هفته پیش به من گفت: اگر شهریه بالا برود بچه را در خانه نگه می‌دارم. ما هم نمی‌دانیم چه کنیم.",
        "دولت کمکی کرده است؟",
        "نه، هیچ کمکی نکرده است و ما تنها مانده‌ایم. امیدواریم امسال وضع بهتر شود.",
    )
    assert [(quote.where, quote.speaker) for quote in quotes if quote.where == "body:1"] == [("body:1", "مینا رحیمی")]


def test_an_answers_second_paragraph_recounting_a_guillemet_told_to_him_is_his():
    """The answer going on in a second paragraph, ``کشاورزی به من گفت «...»``: still the interviewee's."""
    quotes = headed_quotes(
        "کامران فاضلی: بیمه کشاورزان ناکارآمد است",
        "کامران فاضلی، کارشناس اقتصاد کشاورزی، در گفت‌وگویی به پرسش‌ها پاسخ داد.",
        "چرا کشاورزان از بیمه ناراضی‌اند؟",
        "چون غرامت دیر پرداخت می‌شود و مبلغ آن کم است. من در سه استان این را بررسی کرده‌ام و نتیجه همه جا یکی بود.",
        "در یکی از روستاها، کشاورزی به من گفت «دو سال است منتظر غرامت سیل هستم» و این حرف را بسیاری دیگر هم تکرار کردند. باید سازوکار پرداخت عوض شود.",
        "راه حل چیست؟",
        "پرداخت مستقیم و سریع غرامت از طریق سامانه. این کار در کشورهای دیگر جواب داده است و ما هم می‌توانیم.",
    )
    assert [quote.speaker for quote in quotes if quote.where == "body:2"] == ["کامران فاضلی"]


def test_someone_telling_the_reporter_after_a_running_quote_outside_an_interview_is_quoted():
    """No interview laid out as questions and answers: ``کشاورزی به ما گفت: ...`` after a minister's
    quote is the report's own «we» giving the farmer the word, not the minister going on."""
    quotes = headed_quotes(
        "خسارت سیل به مزارع",
        "",
        "وزیر کشاورزی گفت: خسارت سیل به مزارع استان بیش از هزار میلیارد تومان برآورد شده است و ما کمک می‌کنیم.",
        "یکی از کشاورزان روستا به ما گفت: همه محصول امسال ما را آب برد و هنوز هیچ کس به ما سر نزده است.",
    )
    assert [quote.speaker for quote in quotes if quote.where == "body:1"] == [None]


LABELLED_INTERVIEW = ("گفت‌وگو با علی کریمی", "گفت‌وگو با علی کریمی، مهاجم جوان تیم فوتبال شهرداری، درباره نخستین گلش.",
                      "خبرنگار: این لقب از کجا آمده؟")


@pytest.mark.parametrize("answer, words", [
    ("کریمی: (می‌خندد) ", "این را بچه‌های تیم گذاشتند، چون شوت‌هایم محکم است. اولش بدم می‌آمد."),
    ("کریمی: (با خنده) ", "بچه‌های تیم این لقب را گذاشتند و من هم عادت کرده‌ام."),
    ("علی کریمی: (مکث می‌کند) ", "راستش نمی‌دانم؛ شاید چون زیاد می‌دوم و خسته نمی‌شوم."),
    ("کریمی:(لبخند می‌زند) ", "از 12 سالگی فوتبال بازی می‌کنم و همیشه همین‌طور بوده‌ام."),
])
def test_a_stage_direction_after_a_labels_colon_is_not_the_answers_words(answer, words):
    """``کریمی: (می‌خندد) ...``: the parentheses tell how the answer was said; the answer follows them."""
    title, lead, question = LABELLED_INTERVIEW
    quotes = [q for q in headed_quotes(title, lead, question, answer + words) if q.where == "body:1"]
    assert [(q.kind, q.speaker, q.text) for q in quotes] == [("direct", "علی کریمی", words)]


def test_a_numbered_item_in_parentheses_after_a_colon_is_no_stage_direction():
    assert quotes_of("نتایج: (۱) استقلال ۲ - پرسپولیس ۱ (۲) سپاهان ۰ - تراکتور ۰") == []


def test_an_answer_labelled_with_the_speakers_role_is_a_direct_quote():
    """``مدیرکل غله استان: ...`` after a reporter's question: a label that is a role, not a name, gives
    the answer to the one holding it (ANNOTATION.md, round 21), and the paragraph after goes on with it."""
    quotes = headed_quotes(
        "گفت‌وگو درباره قیمت نان", "علی رحیمی، مدیرکل غله استان، به پرسش‌های ما پاسخ داد.",
        "■ آقای رحیمی، چرا قیمت نان در شهر بالا رفت؟",
        "مدیرکل غله استان: قیمت آرد از ابتدای سال دو برابر شده و نانوایان زیان می‌دادند.",
        "البته برای خانواده‌های کم‌درآمد یارانه نان در نظر گرفته‌ایم.",
    )
    assert [(q.where, q.kind, q.speaker) for q in quotes if q.where.startswith("body")] == [
        ("body:1", "direct", "علی رحیمی"), ("body:2", "direct", "علی رحیمی")]
    assert quotes[0].text == "قیمت آرد از ابتدای سال دو برابر شده و نانوایان زیان می‌دادند."


def test_a_role_labelled_answer_whose_holder_is_never_named_is_the_roles():
    """``سرمربی گرگان: ...`` right after a question, nobody named as coach: an unnamed speaker with that role;
    the reporter's own label line (مجري: ...؟) stays nobody's."""
    quotes = quotes_of(
        "سرمربی تیم بسکتبال شهرداری گرگان در نشست خبری حاضر شد.",
        "مجری: چرا بازی را باختید؟",
        "سرمربی گرگان: داوری امروز به ضرر ما بود و بازیکنان هم خسته بودند.",
    )
    assert [(q.where, q.kind, q.speaker, q.role) for q in quotes] == [("body:2", "direct", None, "سرمربی گرگان")]


# A paragraph opened by a role's label and a colon (``سرمربی تیم مقابل: ...``) is that role's words
# even when no question comes before it, as a headline's ``ROLE: ...`` is: the one the article titles
# so, else nobody named; never the next name, who is often someone the speaker talks about.

@pytest.mark.parametrize("spelt", [lambda text: text, lambda text: text.replace("ی", "ي").replace("ک", "ك").replace("\u200c", " ")])
def test_a_role_label_line_asked_nothing_is_the_roles_words(spelt):
    quotes = quotes_of(*map(spelt, (
        "پس از پایان دیدار، مربیان دو تیم در نشست خبری حاضر شدند.",
        "سرمربی تیم مقابل: داور در دقایق پایانی یک پنالتی مسلم را از ما گرفت.",
        "کاپیتان تیم میزبان: ما برای قهرمانی تا بازی آخر می‌جنگیم.",
    )))
    assert [(q.where, q.kind, q.speaker) for q in quotes] == [("body:1", "direct", None), ("body:2", "direct", None)]
    assert [q.role for q in quotes] == ["سرمربی تیم مقابل", "کاپیتان تیم میزبان"]  # roles in Persian letters


def test_a_role_label_line_is_the_one_the_article_titles_so():
    quotes = quotes_of(
        "کاوه رستگار سرمربی تیم ملک پس از برد مقابل نفت در نشست خبری گفت: از بازیکنانم راضی هستم.",
        "سرمربی ملک: بازیکنان جوان امروز بهترین بازی فصل را انجام دادند.",
        "بهرام صالحی مدیرعامل باشگاه نیز از کادر فنی تشکر کرد.",
    )
    assert speaker_of(quotes, "بهترین بازی فصل") == "کاوه رستگار"


def test_a_role_label_line_is_the_one_named_beside_a_title_pointing_back_to_the_story():
    """``نرگس امینی، سرمربی ۲۸ ساله این تیم``: the label ``سرمربی آرمان:`` is hers, not the player's
    the report quotes in between."""
    quotes = quotes_of(
        "تیم والیبال آرمان به لیگ برتر رسید. نرگس امینی، سرمربی ۲۸ ساله این تیم، از این صعود گفت.",
        "سرمربی آرمان: بچه‌ها تمام فصل سخت تمرین کردند و این صعود حق آنهاست.",
    )
    assert [(q.kind, q.speaker) for q in quotes] == [("direct", "نرگس امینی")]


def test_a_role_label_answering_a_question_is_the_one_named_beside_the_title_not_the_next_speaker():
    """After a question too, ``سرمربی آرمان:`` is the coach named beside «سرمربی ۲۸ ساله این تیم»,
    not the captain quoted after it."""
    quotes = quotes_of(
        "تیم والیبال آرمان به لیگ برتر رسید. نرگس امینی، سرمربی ۲۸ ساله این تیم، از این صعود گفت.",
        "خبرنگار: انتظار این صعود را داشتید؟",
        "سرمربی آرمان: بچه‌ها تمام فصل سخت تمرین کردند و این صعود حق آنهاست.",
        "سارا رحیمی کاپیتان تیم نیز گفت: این بهترین روز زندگی من است.",
    )
    assert speaker_of(quotes, "سخت تمرین کردند") == "نرگس امینی"
    assert speaker_of(quotes, "بهترین روز زندگی") == "سارا رحیمی"


@pytest.mark.parametrize("paragraph", [
    "مجری: چرا تیم شما امروز این‌قدر بد بازی کرد؟",  # the host's turn: a question
    "قهرمان (پرسپولیس) : قهرمانی برای هواداران این تیم به عادت سالانه تبدیل شده است.",  # a roundup's heading
])
def test_a_role_label_line_that_asks_or_heads_a_roundup_is_nobodys(paragraph):
    assert quotes_of("نتایج هفته پایانی لیگ برتر بررسی شد.", paragraph) == []


def test_a_role_label_line_is_not_the_next_name():
    """A label gives the role alone: the player named after it, told of, is not its speaker."""
    quotes = quotes_of(
        "نشست خبری پس از بازی با تاخیر آغاز شد.",
        "سرمربی میهمان: زمین چمن وضعیت خوبی نداشت و بازیکنان ما آسیب دیدند.",
        "کاوه رستگار مهاجم این تیم در دقیقه ۲۰ مصدوم شد و از زمین بیرون رفت.",
    )
    assert [(q.speaker, q.role) for q in quotes] == [(None, "سرمربی میهمان")]


def test_an_answer_after_a_question_that_goes_on_with_what_others_say_is_the_interviewees():
    """``چرا ...؟ برخی کسبه می‌گویند ...``: the reporter's question followed by what it is asked about
    is still a question, and the paragraph after it answers it, a speech verb inside included."""
    quotes = quotes_of(
        "با کامران نیک‌پور، رئیس اداره راه شهرستان، گفت‌وگو کردیم.",
        "جاده روستا کی باز می‌شود؟",
        "تا پایان ماه باز می‌شود. ما همه ماشین‌آلات را به منطقه برده‌ایم و شبانه‌روز کار می‌کنیم.",
        "چرا کار این‌قدر طول کشید؟ برخی اهالی می‌گویند پیمانکار دو ماه کار را رها کرده بود.",
        "پیمانکار کار را رها نکرده بود. منتظر قیر بودیم و باید گفت که سهمیه استان دیر رسید.",
    )
    answer = next(q for q in quotes if q.where == "body:4")
    assert (answer.kind, answer.speaker) == ("direct", "کامران نیک‌پور")
    assert answer.text == "پیمانکار کار را رها نکرده بود. منتظر قیر بودیم و باید گفت که سهمیه استان دیر رسید."


def test_a_printed_answer_going_on_in_the_next_paragraph_is_still_the_answer():
    """In a printed interview, the paragraph after an answer, no question between and no first person
    in either, goes on with the answer, the article's last paragraph too."""
    quotes = quotes_of(
        "با دکتر مریم سلامی، استاد جامعه‌شناسی، گفت‌وگو کرده‌ایم.",
        "خبرنگار: طلاق چرا زیاد شده است؟",
        "بیکاری و مسکن گران دو عامل اصلی هستند و ما در پژوهش خود این را دیده‌ایم.",
        "خبرنگار: چه راهکاری پیشنهاد می‌کنید؟",
        "مشاوره پیش از ازدواج باید جدی گرفته شود و زوج‌های جوان دست کم چند جلسه با مشاور صحبت کنند.",
        "در کنار این، دادگاه‌ها باید زوج‌ها را به داوری ارجاع دهند. تجربه کشورهای دیگر نشان می‌دهد این کار موثر است.",
    )
    assert [(q.where, q.kind, q.speaker) for q in quotes] == [
        ("body:2", "direct", "مریم سلامی"), ("body:4", "direct", "مریم سلامی"), ("body:5", "direct", "مریم سلامی")]


def test_a_role_and_a_colon_heading_a_line_of_a_headline_roundup_is_that_roles_not_the_next_names():
    """``- سخنگوی دولت: ...`` in a list of the day's headlines is the role's words, as a headline's
    ``ROLE: ...`` is; but the role names nobody sure (the roundup quotes many papers), so the line is
    not given to whoever the list names next (محمدی): the speaker stays unnamed."""
    quotes = quotes_of(
        "- وزیر کار: بیمه بیکاری کارگران فصلی تمدید می‌شود",
        "- سخنگوی دولت: لایحه بودجه هفته آینده به مجلس می‌رود",
        "- محمدی خبر داد: واگذاری سه پالایشگاه دیگر تا پایان سال انجام می‌شود",
        "- شهردار تهران در جمع خبرنگاران از افتتاح خط هفت مترو خبر داد",
    )
    assert [(q.speaker, q.role) for q in quotes if q.where == "body:1"] == [(None, "سخنگوی دولت")]


def test_a_labelled_answer_in_talk_with_no_written_verb_is_the_interviewees():
    """``رضایی: از همه کسایی که ... ممنونم``: an answer in spoken Persian may hold no verb of the
    written language (دیدن، میرن), but speaking in the first person (ممنونم، خودم) it is a statement,
    as a lineup or a score never is."""
    quotes = quotes_of(
        "گفت‌وگوی ما با الهام نیکبخت، کاپیتان تیم ملی تنیس روی میز بانوان، را بخوانید.",
        "خبرنگار: از مسابقات بگویید.",
        "نیکبخت: خیلی سخت بود و ما تا آخرین امتیاز جنگیدیم.",
        "خبرنگار: حرف آخر؟",
        "نیکبخت: از خانواده‌ام و همه کسایی که شبا بیدار موندن و بازیا رو دیدن ممنونم.",
    )
    assert speakers(quotes) == [("body:2", "الهام نیکبخت"), ("body:4", "الهام نیکبخت")]


def test_a_lineup_under_a_label_speaks_in_no_person_and_is_no_answer():
    quotes = quotes_of(
        "ترکیب دو تیم در دیدار امروز به این شرح بود.",
        "سپاهان: محمدرضا اخباری، عزت‌الله پورقاز، محمد دانشگر و یاسین سلمانی.",
        "تراکتور: علیرضا بیرانوند، شجاع خلیل‌زاده، مهدی ترابی و امید نورافکن.",
    )
    assert quotes == []


def test_an_answer_labelled_j_is_the_interviewees_and_the_label_names_nobody():
    """``س: ...؟`` then ``ج: ...`` after a frame's colon: each answer, its label cut off, is the
    interviewee's words, and the question (with what it reports someone said) is no answer."""
    quotes = quotes_of(
        "سمیه نادری، مدیر کانون پرورش فکری شهرستان، پیش از افتتاح کتابخانه سیار به پرسش‌های خبرنگار ما پاسخ داد:",
        "س: کتابخانه سیار به کدام روستاها می‌رود؟",
        "ج: در ماه اول به دوازده روستای دهستان بالا می‌رویم و هر روستا هفته‌ای یک بار کتاب تازه می‌گیرد.",
        "س: بخشدار هفته پیش گفته بود که اتوبوس کتابخانه هنوز بیمه ندارد. این مشکل حل شد؟",
        "ج: بله، بیمه اتوبوس دیروز صادر شد و راننده هم از شنبه کارش را شروع می‌کند و مسیر را می‌شناسد.",
    )
    answers = {quote.where: (quote.speaker, quote.text[:2]) for quote in quotes if quote.kind == "direct"}
    assert answers == {"body:2": ("سمیه نادری", "در"), "body:4": ("سمیه نادری", "بل")}


def test_an_answer_labelled_javab_is_no_speaker_named_javab():
    """``سوال: ...`` then ``جواب: ...``: the label جواب is the layout's, nobody's name."""
    quotes = quotes_of(
        "علیرضا کاوه، مربی تیم نوجوانان، پس از تمرین با ما گفت‌وگو کرد:",
        "سوال: تیم برای مسابقات استانی آماده است؟",
        "جواب: بچه‌ها سه ماه است هر روز تمرین می‌کنند و من به آمادگی آنها اطمینان کامل دارم.",
    )
    assert [(quote.where, quote.speaker) for quote in quotes] == [("body:2", "علیرضا کاوه")]


def test_a_paragraph_opening_on_j_as_a_word_is_no_answer():
    """A paragraph opening on a word that starts with ج (جلسه: ...) is no answer label."""
    quotes = quotes_of(
        "مریم شاکری، رئیس شورای شهر، در پایان جلسه گفت: بودجه پارک محله تصویب شد و کار از بهار آغاز می‌شود.",
        "جلسه بعد: هفته آینده با حضور شهردار و اعضای شورا در سالن شهرداری برگزار خواهد شد.",
    )
    assert [(quote.where, quote.speaker) for quote in quotes] == [("body:0", "مریم شاکری")]


def test_a_question_reporting_someone_by_name_before_asking_its_own_question_is_not_the_interviewee():
    """An interview laid out in questions: one reports what someone named said (``X گفته است
    که ... . این رقم درست است؟``), then asks with no second person. The named one is not who
    answers: the headline's title and the answers are the interviewee's, named at the end."""
    quotes = headed_quotes(
        "مدیرکل راه و شهرسازی استان: جاده کمربندی تا پایان سال باز می‌شود",
        "با پرویز نادری، مدیرکل راه و شهرسازی استان، درباره طرح‌های عمرانی صحبت کردیم.",
        "کار جاده کمربندی به کجا رسید؟",
        "۸۰ درصد کار انجام شده و تا پایان سال جاده باز می‌شود.",
        "استاندار، آقای مجید فرهادی، گفته است که اعتبار طرح کامل پرداخت شده است. این درست است؟",
        "بخشی از آن رسیده و بقیه در بودجه سال آینده است.",
        "مشکل اصلی طرح چیست؟",
        "تملک زمین‌ها در ورودی شهر.",
        "نادری در پایان گفت: از صبر مردم سپاسگزاریم.")
    assert speaker_of(quotes, "جاده کمربندی تا پایان سال") == "پرویز نادری"
    assert speaker_of(quotes, "۸۰ درصد کار") == "پرویز نادری"
    assert speaker_of(quotes, "بخشی از آن رسیده") == "پرویز نادری"
    assert speaker_of(quotes, "اعتبار طرح کامل") == "مجید فرهادی"


def test_a_pronoun_quote_before_a_question_in_a_speech_stays_the_speakers():
    """A speech with questions in it: ``وی ... تاکید کرد که ... . چه کسی پاسخگوست؟`` is the speaker
    going on, asking themself; the question does not make them someone else."""
    quotes = quotes_of(
        "علی مرادی وزیر امور خارجه در سخنرانی خود گفت: جهان امروز به صلح نیاز دارد.",
        "تروریست‌ها سلاح خود را از کجا می‌آورند؟",
        "وی در پایان تاکید کرد که مشکلات امسال بدتر از سال گذشته است. چه کسی پاسخگوست؟",
        "چرا جهان سکوت کرده است؟")
    assert speaker_of(quotes, "مشکلات امسال بدتر") == "علی مرادی"


# Round 25: an answer recounting what someone told the interviewee, in the shapes printed
# interviews take: the spoken «to me» (بهم), the answer's second paragraph opening on the teller,
# questions set in bold.

def test_an_answer_recounting_in_spoken_persian_what_he_was_told_is_his():
    """``روز اول بهم گفت: «...»``: بهم is به من as spoken; the coach quoted there gets no quote."""
    quotes = headed_quotes(
        "رافائل: اینجا را خانه خودم می‌دانم",
        "رافائل سیلوا، مدافع برزیلی ملوان، در گفت‌وگویی صمیمی از زندگی در انزلی گفت.",
        "- انزلی رو چطور میبینی؟",
        "- خیلی خوبه! مردم اینجا مهربونن و هر جا میرم منو میشناسن. من اینجا رو دوست دارم.",
        "- رابطه‌ات با سرمربی چطوره؟",
        "- آقای نوروزی مثل برادرمه. روز اول بهم گفت: «رافا، اینجا خونه توئه!» منم همینو حس میکنم.",
    )
    assert [quote.speaker for quote in quotes if quote.where == "body:3"] == ["رافائل سیلوا"]


def test_an_answers_next_paragraph_opening_on_who_told_the_interviewee_is_his():
    """``یکی از پدرها به من گفت «...» این حرف ...`` after a labelled answer: the paragraph opening on
    the one who told the interviewee goes on with the answer; that one is no new speaker."""
    quotes = quotes_of(
        "انجمن مهرآفرین ده سال است در حاشیه شهر به کودکان بازمانده از تحصیل درس می‌دهد.",
        "خبرنگار: خانم صدری، چند کودک در این محله از مدرسه بازمانده‌اند؟",
        "صدری: دست کم ۴۰۰ کودک. ما هر سال خانه به خانه می‌رویم و فهرست را به روز می‌کنیم.",
        "خبرنگار: چرا خانواده‌ها بچه‌ها را به مدرسه نمی‌فرستند؟",
        "صدری: فقر. وقتی یک نوجوان روزی ۵۰۰ هزار تومان درمی‌آورد، خانواده از آن نمی‌گذرد.",
        "یکی از پدرها یک بار به من گفت «اگر پسرم درس بخواند، نان شب را چه کسی بیاورد؟» این حرف هنوز در گوشم است.",
        title="صدری: کار کودکان از فقر است",
    )
    assert [(quote.kind, quote.speaker) for quote in quotes if quote.where == "body:5"] == [("direct", "صدری")]


def test_an_interview_with_its_questions_in_bold_gives_the_answers_to_the_interviewee():
    """``**...؟**``: a question set in bold is asked, not a subheading; the answers after it are the
    interviewee's, also one recounting what someone told him. A bold heading is still a heading."""
    quotes = headed_quotes(
        "بهرام قاسمی: آب اولویت اول ماست",
        "بهرام قاسمی، فرماندار ویژه نطنز، در گفت‌وگو با ما از کم‌آبی و اشتغال در شهرستان می‌گوید.",
        "**آقای فرماندار، کم‌آبی چه تاثیری بر کشاورزی شهرستان گذاشته است؟**",
        "تاثیر جدی. نیمی از چاه‌های شهرستان خشک شده‌اند. یکی از باغداران پیر به من می‌گفت «درخت که تشنه بماند، باغدار هم می‌رود» و این تلخ است.",
        "**و اشتغال جوانان؟**",
        "نرخ بیکاری امسال دو درصد پایین آمده است و شهرک صنعتی تازه هزار نفر را به کار گرفته است.",
    )
    assert [(quote.where, quote.speaker) for quote in quotes if quote.where.startswith("body")] == [
        ("body:1", "بهرام قاسمی"), ("body:3", "بهرام قاسمی")]


def test_a_bold_heading_between_answers_is_no_answer():
    """``**بخش دوم: اشتغال**``: bold words with no full stop are a heading still, nobody's words."""
    from corpus.quotes.reading import _is_heading
    assert _is_heading("**بخش دوم: اشتغال جوانان**") and not _is_heading("**و اشتغال جوانان؟**")


@pytest.mark.parametrize("frame", [
    "ساعاتی پس از انتشار این نامه، مدیرعامل باشگاه، حمید نوری، به سوالات ما پاسخ داد:",
    "مديرعامل باشگاه، حميد نوري، در تماس تلفني به پرسش‌هاي خبرنگار ما پاسخ داد:",
])
def test_an_answering_frames_colon_skips_the_question_and_gives_the_answers_to_whom_it_names(frame):
    """``X به سوالات ما پاسخ داد:`` then an unlabelled question and its answers: the question is
    asked (what it reports is the one reported's), the first answer is X's quote and X answers the
    rest, though the lead named someone else (the one whose letter the questions are about)."""
    quotes = headed_quotes(
        "کاپیتان: خیانت نکردم",
        "کاوه رستمی، کاپیتان تیم، در نامه‌ای به هواداران از جدایی‌اش خبر داد.",
        frame,
        "کاپیتان می‌گوید باشگاه هیچ پیشنهادی به او نداده است. این درست است؟",
        "نه، اصلا. ما دو بار با مدیر برنامه‌اش جلسه گذاشتیم و رقمی که خواستند سه برابر سقف بود.",
        "یعنی جدایی او قطعی است؟",
        "فعلا بله. ولی من شخصا به کاوه علاقه دارم و در فوتبال هیچ دری کاملا بسته نیست.",
    )
    assert [(quote.where, quote.speaker) for quote in quotes if quote.where.startswith("body")] == [
        ("body:1", "کاوه رستمی"), ("body:2", "حمید نوری"), ("body:4", "حمید نوری")]


def test_a_cue_with_no_questions_spoken_of_is_carried_to_the_question_it_asks():
    """``وی در پایان گفت:`` then a question: the speaker's own (rhetorical) question is the quote,
    however an answer-like paragraph follows; only a frame of questions put skips it."""
    quotes = quotes_of(
        "حمید نوری، مدیرعامل باشگاه، امروز در جمع هواداران سخنرانی کرد. وی در پایان گفت:",
        "چه کسی می‌تواند بگوید این باشگاه به بازیکنانش بی‌احترامی کرده است؟",
        "هواداران پس از پایان سخنان او تا ساعتی مقابل ساختمان باشگاه ماندند و شعار دادند.",
    )
    assert [(quote.where, quote.speaker) for quote in quotes] == [("body:1", "حمید نوری")]


INTERVIEWEE_TITLED = "حمید نوری، مدیرکل منابع طبیعی استان گلستان، به پرسش‌های ما پاسخ داد."


def _labelled_interview(reported: str, introduction: str = INTERVIEWEE_TITLED) -> list[Quote]:
    """An interview with the one person it names, its questions under the reporter's label; the
    fourth paragraph's question reports ``reported``."""
    return quotes_of(introduction,
                     "خبرنگار: آقای نوری، وضعیت جنگل‌های استان چگونه است؟",
                     "نوری: متاسفانه قاچاق چوب هنوز ادامه دارد.",
                     f"خبرنگار: {reported}؛ این کار چطور ممکن شد؟",
                     "نوری: آمار ما عدد دیگری را نشان می‌دهد.")


@pytest.mark.parametrize("reported", [
    "استاندار گلستان هفته گذشته گفته بود که قاچاق چوب به صفر رسیده است",
    "رئیس سازمان جنگل‌ها اخیرا گفته است که قاچاق چوب به صفر رسیده است",
])
def test_an_office_a_question_reports_that_the_interviewee_does_not_hold_is_nobody_named(reported):
    """``استاندار گلستان گفته بود ...`` put to the مدیرکل منابع طبیعی, the one person the article
    names: the governor is never named, so the words reported are an unnamed official's, not the
    interviewee's; the answer after the question is still his."""
    quotes = _labelled_interview(reported)
    reported_quote = quote_holding(quotes, "به صفر رسیده")
    assert (reported_quote.speaker, reported_quote.speaker_type) == (None, "unnamed")
    assert speaker_of(quotes, "آمار ما") == "حمید نوری"


@pytest.mark.parametrize("reported, introduction", [
    ("مدیرکل منابع طبیعی استان گلستان سال گذشته گفته بود که قاچاق چوب نصف می‌شود", INTERVIEWEE_TITLED),
    # no title read beside his name: any office may be his
    ("استاندار گلستان سال گذشته گفته بود که قاچاق چوب نصف می‌شود",
     "حمید نوری که از دو سال پیش در منابع طبیعی گلستان کار می‌کند، به پرسش‌های ما پاسخ داد."),
])
def test_an_office_a_question_reports_that_may_be_the_interviewees_is_his(reported, introduction):
    """The negatives: a question reporting what the interviewee's own office said (``مدیرکل منابع
    طبیعی استان گلستان سال گذشته گفته بود ...``), or any office when the article gives him none,
    reports the one asked."""
    quotes = _labelled_interview(reported, introduction)
    assert speaker_of(quotes, "قاچاق چوب نصف") == "حمید نوری"


def test_an_answer_after_a_request_that_the_interviewee_speak_is_the_interviewees():
    """``از روزهای تمرین بگو.`` is the reporter's turn as a question is: the paragraph after it
    answers, though it speaks in no first person, and the request itself is nobody's quote."""
    quotes = quotes_of(
        "نرگس کاظمی، بازیکن تیم ملی هندبال بانوان، پس از اردوی تیم با خبرنگار ما گفت‌وگو کرد.",
        "از روزهای سخت اردو بگو.",
        "اردو در گرمای اهواز برگزار شد و تمرین‌ها دو نوبت در روز بود، اما روحیه تیم بهتر از همیشه بود.",
        "هدف تیم در مسابقات آسیایی چیست؟",
        "رسیدن به جمع چهار تیم برتر آسیا هدفی است که کادر فنی از روز اول مطرح کرده است.",
    )
    assert speakers(quotes) == [("body:2", "نرگس کاظمی"), ("body:4", "نرگس کاظمی")]


def test_a_request_in_arabic_letters_and_the_plural_is_a_request_too():
    """``كمي درباره طرح توضيح دهيد.`` (Arabic ي/ك, the polite plural): the answer after it is the
    interviewee's."""
    quotes = quotes_of(
        "رضا صادقي مدير كل راه و شهرسازي استان در گفت وگو با خبرنگار ما به پرسش ها پاسخ داد.",
        "كمي درباره طرح بزرگراه شمالي توضيح دهيد.",
        "اين طرح ۴۵ كيلومتر طول دارد و تا امروز ۶۰ درصد پيشرفت فيزيكي داشته و سال آينده به بهره برداري مي رسد.",
        "اعتبار طرح از كجا تامين مي شود؟",
        "بخش اصلي اعتبار از محل اوراق مشاركت است و سهم استان هم به موقع پرداخت شده است.",
    )
    assert speakers(quotes) == [("body:2", "رضا صادقی"), ("body:4", "رضا صادقی")]  # the name is shown in Persian letters


def test_a_remark_put_to_the_interviewee_is_answered_and_is_no_answer_itself():
    """In a printed interview a remark in the second person (``... دیر تعویض کردید.``, ``...
    به میدان نرفتید.``) is the reporter's turn: the short answer after it (``بله. ...``) is the
    interviewee's, and the next remark is not the answer going on."""
    quotes = quotes_of(
        "مجید صالحی سرمربی تیم فوتبال شهرداری پس از دیدار دیروز به پرسش‌های خبرنگار ما پاسخ داد.",
        "چرا تیم در نیمه اول عقب افتاد؟",
        "بازیکنان ما با تاخیر به بازی رسیدند و حریف از همان دقایق اول فشار زیادی آورد و گل زد.",
        "در نیمه دوم خیلی دیر تعویض کردید.",
        "بله. شکل بازی طوری بود که تعویض زودتر لازم نبود چون بازیکنان در زمین خوب کار می‌کردند.",
        "در دیدار قبلی هم بازیکنان جوان را به میدان نفرستادید.",
        "ما برای جوان‌ها برنامه داریم و به زودی آنها را در ترکیب اصلی می‌بینید.",
        "برنامه تیم برای تعطیلات لیگ چیست؟",
        "دو بازی تدارکاتی در تهران داریم و پس از آن اردوی کوتاهی در کیش برگزار می‌شود.",
    )
    assert speakers(quotes) == [("body:2", "مجید صالحی"), ("body:4", "مجید صالحی"), ("body:6", "مجید صالحی"),
                                ("body:8", "مجید صالحی")]


def test_a_reader_told_to_look_elsewhere_asks_nobody_to_speak():
    """Negative: ``برای ... به پایگاه اداره کل مراجعه کنید.`` addresses the reader and asks nobody to
    speak, and a story's dialogue is no printed interview: the narration after them is nobody's."""
    quotes = quotes_of(
        "علی محمدی مدیرکل فرهنگ و ارشاد اسلامی استان سمنان گفت: ۲۰ نمایشگاه کتاب در شهرستان‌ها برپا می‌شود.",
        "برای اطلاع از زمان برنامه‌ها به پایگاه اداره کل مراجعه کنید.",
        "نمایشگاه اصلی در مصلای سمنان از ۲۴ آبان آغاز شد و تا پایان هفته ادامه داشت و هزاران نفر از آن دیدن کردند.",
    )
    assert speakers(quotes) == [("body:0", "علی محمدی")]


def test_an_answer_goes_on_in_the_third_person_until_the_reporters_next_question():
    """A printed interview's answer that goes on in a paragraph in no first person (``از سوی دیگر
    ...`` after ``ما ... داشتیم``) before the reporter's next question is still the answer: the
    answer's turn lasts until the reporter asks again."""
    quotes = headed_quotes(
        "گفت‌وگو با مدیرکل راهداری استان",
        "حمید صفری، مدیرکل راهداری و حمل و نقل جاده‌ای استان اردبیل، در گفت‌وگو با خبرنگار ما از آمادگی زمستانی گفت.",
        "برای بارش‌های زمستان چه تدارکی دیده‌اید؟",
        "ما از مهرماه ۴۰ راهدارخانه را تجهیز کردیم و ۱۲ هزار تن نمک و شن در انبارها ذخیره داریم.",
        "از سوی دیگر گردنه‌های حیران و صائین در روزهای برفی با ماشین‌آلات سنگین شبانه‌روز پاک‌سازی می‌شوند و هیچ محوری بسته نمی‌ماند.",
        "کمبود نیرو ندارید؟",
        "نیروی فصلی کافی است اما حقوق راهداران باید بیشتر شود.",
    )
    assert speaker_of(quotes, "گردنه‌های حیران و صائین") == "حمید صفری"
    assert speaker_of(quotes, "نیروی فصلی کافی") == "حمید صفری"


def test_a_labelled_answer_goes_on_in_arabic_letters_until_the_next_labelled_question():
    """The same with labels and Arabic ي/ك: ``فارس: ...؟`` then ``SURNAME: ...`` then a paragraph in
    no first person, then ``فارس: ...؟``: the paragraph is the labelled answer going on."""
    quotes = headed_quotes(
        "گفتگوي فارس با رئيس اتحاديه صادركنندگان",
        "كاوه نيكنام رئيس اتحاديه صادركنندگان خشكبار به سوالات فارس پاسخ داد.",
        "فارس: صادرات پسته امسال چقدر بود؟",
        "نيكنام: ما امسال حدود ۹۰ هزار تن صادر كرديم كه نسبت به پارسال بيشتر است.",
        "بازارهاي چين و هند سهم بزرگي از اين رقم دارند و تقاضاي اروپا هم به دليل كيفيت محصول در حال افزايش است.",
        "فارس: مشكل اصلي صادركنندگان چيست؟",
        "نيكنام: بازگشت ارز صادراتي با نرخ دستوري صادركننده را زيان‌ده مي‌كند.",
    )
    assert speaker_of(quotes, "بازارهاي چين و هند") == "کاوه نیکنام"


def test_a_remark_or_a_reply_between_answers_keeps_the_reporters_turn_out_of_the_answer():
    """Negative: after an answer, a reporter's remark with no question mark (a short sentence put
    to the interviewee, or one the next paragraph replies to with ``بله، ...``) is no answer going
    on, though a question follows later."""
    quotes = headed_quotes(
        "گفتگو با قهرمان تکواندو",
        "سارا احمدی قهرمان تکواندوی آسیا پس از بازگشت به کشور با خبرنگار ما گفتگو کرد.",
        "از مسابقه فینال راضی بودی؟",
        "راضی بودم چون تا ثانیه آخر برای طلا جنگیدم و اشتباهی نکردم که پشیمان شوم.",
        "به هر حال این نتیجه برای تیم ملی ارزشمند است و همه منتظر المپیک هستند.",
        "بله، ولی من باید در وزن جدید هم خودم را ثابت کنم تا سهمیه بگیرم و به المپیک برسم.",
        "برای المپیک برنامه داری؟",
        "اردوی بعدی از ماه آینده شروع می‌شود و تا آن زمان در باشگاه تمرین می‌کنم.",
    )
    assert not [quote for quote in quotes if "برای تیم ملی ارزشمند" in quote.text]
    assert speaker_of(quotes, "اردوی بعدی از ماه") == "سارا احمدی"
