"""Issue 17b, pronouns and implied subjects: who is speaking when a quote names nobody, and
when a quote that seems to name nobody does. Every sentence is written for the test.
"""

from __future__ import annotations

from quoting import quotes_of


def test_a_speaker_named_before_a_question_he_answers_is_the_subject_not_the_last_speaker():
    """``کاظمی در پاسخ به این سوال که ...؟ گفت``: the question mark ends no sentence; the verb's
    subject stands before the question, however the mark and the words around it are written."""
    for asked, mark in (("در پاسخ به این سوال که آیا قصد استعفا دارید", "؟"),
                        ("در پاسخ به اين سؤال كه آيا قصد استعفا داريد", "?"),
                        ("درباره اینکه «آیا قصد استعفا دارید", "؟»،")):
        quotes = quotes_of("حسن کاظمی، مدیرعامل باشگاه، گفت: تیم برای بازی فردا آماده است.",
                           "مریم صدری، سرپرست تیم، نیز گفت: بازیکنان خسته‌اند.",
                           f"کاظمی {asked}{mark} گفت: من با هیچ‌کس قهر نیستم.")
        assert [(q.speaker, q.ref) for q in quotes][-1] == ("حسن کاظمی", "surname")


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


def test_a_question_quoted_after_a_colon_is_no_clause_of_the_verb_after_it():
    """``صدری پرسید: چرا مدیرکل ... که ... نمی‌دهد؟ گفت: ...``: the question is her words, not
    the clause of the verb that follows; whoever is named inside it does not speak."""
    for cue in ("پرسید", "گفت"):
        quotes = quotes_of("حسن کاظمی، مدیرکل آموزش استان، گفت: مدارس برای بازگشایی آماده است.",
                           f"مریم صدری، معاون وزیر، در این نشست {cue}: چرا مدیرکل آموزش استان که قول داده بود "
                           "پاسخ نمی‌دهد؟ افزود: باید هرچه زودتر پاسخ بدهد.")
        assert [(q.speaker, q.ref) for q in quotes][-1] == ("مریم صدری", "pronoun")
