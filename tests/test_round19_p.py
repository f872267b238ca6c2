"""Issue 20p, pronouns and implied subjects: whom an interview's answers and a document's text mean.
Every sentence is written for the test.
"""

from __future__ import annotations

from corpus.document import Quote
from quoting import headed_quotes


def speakers(quotes: list[Quote]) -> dict[str, str | None]:
    return {quote.where: quote.speaker for quote in quotes}


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
    assert speakers(quotes)["body:2"] == speakers(quotes)["body:4"] == "گونار هولمبرگ"


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
    assert speakers(quotes)["body:2"] == "ماریا کوواچ"


def test_an_interviews_answers_go_to_whom_the_report_says_it_talked_with_over_the_headline():
    """``با X گفت‌وگو کردیم`` still names the interviewee, whoever the headline quotes."""
    quotes = headed_quotes(
        "علی توکلی: طرح تفکیک زباله از هفته آینده اجرا می‌شود",
        "شهرداری منطقه ۳ از آغاز طرح تفکیک زباله در ۴۰ محله خبر داد.",
        "با الینا پتروا، کارشناس مدیریت پسماند و مشاور این طرح، گفت‌وگو کردیم.",
        "به نظر شما مردم همراهی می‌کنند؟",
        "اگر سیستم ساده باشد و تشویق داشته باشد، حتما. ما در شهر خودمان در دو سال به ۶۰ درصد مشارکت رسیدیم.",
    )
    assert speakers(quotes)["body:2"] == "الینا پتروا"


def test_a_documents_text_is_the_issuers_its_frame_names():
    """``متن اطلاعیه X درباره ... به شرح زیر است:``: the paragraphs after it are X's words, not
    those of the official the lead called by a title."""
    quotes = headed_quotes(
        "اطلاعیه دانشگاه درباره تعطیلی کلاس‌ها",
        "رئیس دانشگاه صنعتی شهر اعلام کرد کلاس‌های حضوری تا پایان هفته تعطیل است.",
        "به گزارش روابط عمومی وزارت علوم، متن اطلاعیه دانشگاه صنعتی شهر درباره تعطیلی کلاس‌ها به شرح زیر است:",
        "با توجه به آلودگی شدید هوا و به منظور حفظ سلامت دانشجویان، همه کلاس‌های حضوری تا پایان هفته به صورت مجازی برگزار می‌شود.",
        "امتحانات میان‌ترم نیز به هفته بعد موکول شده است و زمان دقیق آن از طریق سامانه آموزشی اعلام خواهد شد.",
        "همچنین مهدی رستمی، رئیس دانشگاه صنعتی شهر، به خبرنگار ما گفت: این تصمیم با هماهنگی استانداری گرفته شد.",
    )
    assert speakers(quotes)["body:1"] == speakers(quotes)["body:2"] == "دانشگاه صنعتی شهر"
    assert speakers(quotes)["body:3"] == "مهدی رستمی"


def test_a_letters_text_is_its_writers_its_frame_names_after_someone_else_spoke():
    """``متن نامه X، ROLE، به Y به شرح زیر است:`` after another official was quoted: the letter is X's."""
    quotes = headed_quotes(
        "نامه نماینده مردم بیرجند به وزیر راه",
        "یک مقام وزارت راه گفت پروژه آزادراه در دست بررسی است.",
        "مدیرکل راه و شهرسازی استان، سعید امینی، گفت: اعتبار این پروژه هنوز تخصیص نیافته است.",
        "متن نامه محمدرضا عباسی، نماینده مردم بیرجند در مجلس، به وزیر راه به شرح زیر است:",
        "جناب آقای وزیر، آزادراه بیرجند سال‌هاست نیمه‌تمام مانده و هر سال ده‌ها نفر در این جاده جان خود را از دست می‌دهند.",
    )
    assert speakers(quotes)["body:2"] == "محمدرضا عباسی"


def test_a_statements_full_text_is_the_issuers_in_arabic_letters():
    """``متن كامل بيانيه X كه ... منتشر شد به اين شرح است:``, written with ي and ك."""
    quotes = headed_quotes(
        "پيام انجمن پزشكان درباره تعرفه‌ها",
        "دبير انجمن پزشكان عمومي گفت تعرفه‌هاي امسال واقعي نيست.",
        "علي نوروزي، دبير انجمن پزشكان عمومي استان، در نشست خبري گفت: هزينه‌هاي مطب دو برابر شده است.",
        "متن كامل بيانيه انجمن پزشكان عمومي استان كه روز دوشنبه منتشر شد به اين شرح است:",
        "ما پزشكان عمومي استان بارها نسبت به تعرفه‌هاي غيرواقعي هشدار داده‌ايم و امروز بسياري از همكاران ناچار به تعطيلي مطب شده‌اند.",
    )
    assert speakers(quotes)["body:2"] == "انجمن پزشکان عمومی استان"


def test_a_frame_naming_no_issuer_leaves_the_text_to_whom_the_paragraph_before_names():
    """``متن این بیانیه به شرح زیر است:`` names nobody: the body the paragraph before says issued it."""
    quotes = headed_quotes(
        "اعتراض کانون وکلا به لایحه جدید",
        "سخنگوی قوه قضاییه گفت لایحه به زودی به مجلس می‌رود.",
        "کانون وکلای دادگستری مرکز در بیانیه‌ای به لایحه جدید اعتراض کرد.",
        "متن این بیانیه به شرح زیر است:",
        "کانون وکلا استقلال حرفه وکالت را شرط دادرسی عادلانه می‌داند و هر گونه تغییر در شیوه صدور پروانه را نقض این استقلال می‌شمارد.",
    )
    assert speakers(quotes)["body:2"] == "کانون وکلای دادگستری مرکز"


def test_an_open_letter_headed_by_its_writers_is_a_groups_and_so_is_its_text():
    """``نامه سرگشاده کشاورزان X به Y: ...``: the headline is the letter's, whose writers are a group
    nobody names; so are the letter's paragraphs after ``متن کامل نامه به شرح زیر است:``, not the
    official's the report quotes after them, nor the document's noun read as a name."""
    quotes = headed_quotes(
        "نامه سرگشاده کشاورزان دشت سیستان به وزیر نیرو: حقابه ما را بدهید",
        "گروهی از کشاورزان دشت سیستان در نامه‌ای سرگشاده به وزیر نیرو خواستار پرداخت حقابه شدند.",
        "این نامه روز یکشنبه به دفتر وزارت نیرو تحویل داده شد. متن کامل نامه به شرح زیر است:",
        "جناب آقای وزیر، ما کشاورزان دشت سیستان سه سال است که حقابه خود را دریافت نکرده‌ایم و زمین‌هایمان خشک شده است.",
        "از شما تقاضا داریم دستور دهید سهم آب کشاورزی در برنامه امسال لحاظ شود.",
        "مدیرعامل شرکت آب منطقه‌ای استان، رضا ناصری، در پاسخ گفت: سهم حقابه امسال از هفته آینده رهاسازی می‌شود.",
    )
    found = speakers(quotes)
    assert (found["title"], found["body:1"], found["body:2"]) == (None, None, None)
    assert found["body:3"] == "رضا ناصری"


def test_a_letters_guillemet_headline_counting_its_writers_is_nobodys_named():
    """``نامه ۲۰۰ پرستار به رئیس‌جمهور: «...»``: a count of writers names nobody; the headline and
    the letter's ``در این نامه آمده است`` are not the nurse the report names further on."""
    quotes = headed_quotes(
        "نامه ۲۰۰ پرستار به رئیس‌جمهور: «حقوق ما را پرداخت کنید»",
        "جمعی از پرستاران بیمارستان‌های دولتی استان نامه‌ای به رئیس‌جمهور نوشته‌اند.",
        "در این نامه آمده است: «ما شش ماه است اضافه‌کار خود را نگرفته‌ایم و بسیاری از همکاران ناچار به کار دوم شده‌اند.»",
        "سمیرا احمدی، یکی از امضاکنندگان نامه، به خبرنگار ما گفت: «هر شب دو شیفت پشت سر هم کار می‌کنم.»",
    )
    found = speakers(quotes)
    assert (found["title"], found["body:0"]) == (None, None)


def test_a_statement_headed_by_its_issuer_is_the_issuers_in_arabic_letters():
    """``بيانيه باشگاه X: ...``: the club's words, not a speaker called «بيانيه باشگاه X»."""
    quotes = headed_quotes(
        "بيانيه باشگاه سپاهان: به راي كميته انضباطي اعتراض داريم",
        "باشگاه سپاهان با صدور بيانيه‌اي به راي كميته انضباطي اعتراض كرد.",
        "در اين بيانيه آمده است: اين راي بدون شنيدن دفاعيات باشگاه صادر شده و ما از همه راه‌هاي قانوني پيگيري خواهيم كرد.",
    )
    assert speakers(quotes)["title"] == "باشگاه سپاهان"


def test_a_letter_headed_by_a_named_writer_is_theirs():
    """``نامه X به Y؛ «...»`` names its writer: the headline is X's (as it was before)."""
    quotes = headed_quotes(
        "نامه علی صادقی به شورای شهر؛ «پروژه را متوقف کنید»",
        "علی صادقی، عضو پیشین شورای شهر، در نامه‌ای به اعضای شورا خواستار توقف پروژه پل شد.",
        "در این نامه آمده است: این پروژه بدون مطالعه آغاز شده و هزینه آن سه برابر برآورد اولیه است.",
    )
    assert speakers(quotes)["title"] == speakers(quotes)["body:0"] == "علی صادقی"


def test_what_a_speaker_was_told_inside_his_quote_is_part_of_it():
    """``X گفت: ... یکی از کارگران به من گفت: «...» ...``: X recounting what he was told; his quote
    runs on to the paragraph's end, and the worker gets no quote of his own."""
    quotes = headed_quotes(
        "بازدید از کارگاه‌ها",
        "",
        "رضا محمدی، بازرس اداره کار استان، گفت: در این بازدید ۱۲ کارگاه را بررسی کردیم. یکی از کارگران به من گفت: «سه ماه است حقوق نگرفته‌ایم.» این وضعیت قابل قبول نیست و کارفرمایان باید پاسخگو باشند.",
    )
    assert [(quote.speaker, "پاسخگو باشند" in quote.text) for quote in quotes] == [("رضا محمدی", True)]


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


def test_someone_speaking_to_the_reporter_after_a_closed_quotation_is_quoted():
    """``X گفت: «...» Y به ما گفت: «...»``: X's quotation has closed, so «ما» is the report's own
    and Y is quoted (a feature's reporter talking with people)."""
    quotes = headed_quotes(
        "روایت یک روز در بازار",
        "",
        "حسین احمدی، فروشنده فرش، گفت: «امسال هیچ‌کس خرید نمی‌کند.» پسرش که تازه رسیده بود به ما گفت: «بازار دیگر مثل قدیم نیست.»",
    )
    assert len([quote for quote in quotes if quote.kind != "indirect"]) == 2


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


def test_a_report_headline_naming_no_writer_is_still_the_storys_speakers():
    """``گزارش تصویری؛ «...»``: «تصویری» names nobody, so the headline's «...» stays with whoever the
    story quotes, as a headline's tail does."""
    quotes = headed_quotes(
        "گزارش تصویری؛ «بازار امسال خیلی کساد است و کسی خرید نمی‌کند»",
        "علی رضایی، فروشنده بازار، گفت بازار امسال کساد است.",
    )
    assert speakers(quotes)["title"] == "علی رضایی"
