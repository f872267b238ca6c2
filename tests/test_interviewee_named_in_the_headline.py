"""The interviewee named only in the headline (``گفت‌وگو با X، ROLE``، ``گفت‌وگوی فارس با X``): the
printed answers under it are X's though no paragraph names X, and a person a reporter's question
reports does not take them. A headline naming someone over a story with no questions gives
them nothing. Every sentence is written for the test.
"""

from __future__ import annotations

from quoting import headed_quotes, quote_holding, speaker_of


def test_answers_under_a_headline_naming_the_interviewee_are_theirs():
    """No paragraph names the interviewee: the headline does, once, with a role."""
    quotes = headed_quotes(
        "گفت‌وگو با مهرداد کیانی، مدیرعامل شرکت آب و فاضلاب استان یزد",
        "تابستان کم‌باران امسال یزد را با افت فشار آب روبه‌رو کرده است.",
        "ذخایر آب شرب شهر چقدر است؟",
        "مخازن شهر امروز نیمه‌پر است و ما ناچاریم در ساعات شب فشار را کم کنیم.",
        "جیره‌بندی در کار است؟",
        "فعلا برنامه‌ای برای جیره‌بندی نداریم اما از مردم می‌خواهیم مصرف را کم کنند.",
    )
    assert speaker_of(quotes, "مخازن شهر امروز") == "مهرداد کیانی"
    assert speaker_of(quotes, "برنامه‌ای برای جیره‌بندی") == "مهرداد کیانی"


def test_a_person_a_question_reports_does_not_take_the_answers():
    """``س: برخی نمایندگان، از جمله Y ... گفته‌اند «...». پاسخ شما چیست؟``: Y is the only person a
    paragraph names, yet the answers, labelled or not, are the headline's interviewee's."""
    quotes = headed_quotes(
        "گفت‌وگوی ایسنا با دکتر پرویز شاکری، رئیس سازمان تامین اجتماعی استان",
        "",
        "س: چرا پرداخت مطالبات داروخانه‌ها عقب افتاده است؟",
        "ج: منابع سازمان با تاخیر می‌رسد و ما اولویت را به بیمارستان‌ها داده‌ایم.",
        "س: سعید رحمانی، نماینده مردم اردکان، گفته است که «سازمان باید بدهی داروخانه‌ها را تا پایان ماه بدهد». پاسخ شما چیست؟",
        "ج: ما هم همین را می‌خواهیم و تا پایان ماه بخش بزرگی از بدهی پرداخت می‌شود.",
    )
    assert speaker_of(quotes, "منابع سازمان با تاخیر") == "پرویز شاکری"
    assert speaker_of(quotes, "بخش بزرگی از بدهی") == "پرویز شاکری"


def test_the_headlines_verb_is_no_part_of_the_name():
    """``در گفت‌وگوی فارس با X مطرح شد؛ ...``: the clause runs on to its verb with no comma."""
    quotes = headed_quotes(
        "در گفت‌وگوی فارس با بهنام صدری مطرح شد؛ کتابخانه‌های روستایی تعطیل نمی‌شوند",
        "",
        "چرا کتابخانه‌های روستایی کم‌رونق شده‌اند؟",
        "اعتبار خرید کتاب سه سال است که افزایش نیافته و ما ناچار شده‌ایم کتاب اهدایی جمع کنیم.",
        "برنامه شما برای سال آینده چیست؟",
        "می‌خواهیم در هر روستا یک کتابدار نیمه‌وقت داشته باشیم.",
    )
    assert speaker_of(quotes, "اعتبار خرید کتاب") == "بهنام صدری"
    assert speaker_of(quotes, "کتابدار نیمه‌وقت") == "بهنام صدری"


def test_a_headline_naming_someone_over_a_story_with_no_questions_gives_them_nothing():
    """``گفت‌وگو با X ممنوع شد``: X is what the news is about; the official quoted by title is not X."""
    quotes = headed_quotes(
        "گفت‌وگو با کامران نوری در تلویزیون ممنوع شد",
        "",
        "پخش هرگونه گفت‌وگو با این بازیکن سابق از شبکه‌های استانی متوقف شده است.",
        "مدیر روابط عمومی صدا و سیمای مرکز گفت: این تصمیم موقت است و پس از بررسی لغو می‌شود.",
    )
    assert speaker_of(quotes, "این تصمیم موقت است") is None


def test_a_body_in_the_headline_is_no_interviewee():
    """``گفت‌وگو با وزارت نیرو``: a body; the answers under it stay with nobody named."""
    quotes = headed_quotes(
        "گفت‌وگو با شرکت آب منطقه‌ای استان",
        "",
        "ذخایر سدها چقدر است؟",
        "ذخایر سدها به کمتر از سی درصد رسیده و ما برای تابستان برنامه‌ریزی کرده‌ایم.",
        "جیره‌بندی در کار است؟",
        "فعلا نه، اما مصرف باید کاهش یابد و ما از مردم همکاری می‌خواهیم.",
    )
    assert speaker_of(quotes, "به کمتر از سی درصد") in (None, "شرکت آب منطقه‌ای استان")


def test_a_call_between_two_in_the_headline_is_no_interview():
    """``گفت‌وگوی تلفنی رئیس‌جمهور با X``: a call the news reports, not the outlet's interview with X,
    though the body asks a question: the president's words are not X's."""
    quotes = headed_quotes(
        "گفت‌وگوی تلفنی رئیس‌جمهور با امانوئل مکرون",
        "",
        "رئیس‌جمهور در این تماس گفت: اروپا باید به تعهدات خود در توافق عمل کند.",
        "آیا اروپا این بار به وعده‌هایش عمل می‌کند؟",
        "ناظران سیاسی به این پرسش پاسخ روشنی نمی‌دهند.",
    )
    assert speaker_of(quotes, "اروپا باید به تعهدات") is None


def test_the_answers_show_the_role_the_lead_gives_not_the_headlines():
    """``گفت‌وگو با X، دارنده مدال ...`` over a lead calling X ``قهرمان وزن ... می‌گوید``: the answers
    show the lead's role, as they did when only the lead named X."""
    quotes = headed_quotes(
        "گفت‌وگو با سامان رحیمی، دارنده مدال طلای آسیا در وزنه‌برداری",
        "قهرمان دسته ۹۶ کیلوگرم وزنه‌برداری آسیا می‌گوید هنوز باور نکرده که طلا گرفته است.",
        "در حرکت آخر به چه فکر می‌کردید؟",
        "فقط به مربیم فکر می‌کردم و به سال‌هایی که در سالن تمرین کرده بودیم.",
        "هدف بعدی شما چیست؟",
        "مسابقات جهانی را هدف گرفته‌ام و می‌خواهم آنجا هم روی سکو بروم.",
    )
    answer = quote_holding(quotes, "فقط به مربیم")
    assert (answer.speaker, answer.role) == ("سامان رحیمی", "قهرمان دسته ۹۶ کیلوگرم وزنه‌برداری آسیا")
