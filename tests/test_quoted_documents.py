"""Documents an article quotes (a statement, a decree, a letter, a report): their text is the
words of whoever issued them, it ends where the report goes on, and the clause around the
document names its author only when it says who issued it. Every sentence is written for the test.
"""

from __future__ import annotations

from corpus.document import Quote
from quoting import headed_quotes, quotes_of, speaker_by_field


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


def test_a_statement_issued_by_toosat_names_its_author():
    """«بیانیه‌ای که توسط فدراسیون فوتبال منتشر شده»: توسط names who issued it."""
    [quote] = quotes_of("در بیانیه‌ای که توسط فدراسیون فوتبال منتشر شده، آمده است: «بازی فردا بدون تماشاگر برگزار می‌شود.»")
    assert (quote.speaker, quote.speaker_type) == ("فدراسیون فوتبال", "organisation")


def test_the_author_of_a_statement_ends_before_what_was_done_with_it():
    """«از سوی فدراسیون فوتبال منتشر شده»، «روابط عمومی باشگاه صادر کرد»: the verb is not part of
    the body's name, and an active one does not hide the author."""
    [published] = quotes_of("در بیانیه‌ای که از سوی فدراسیون فوتبال منتشر شده، آمده است: «بازی فردا بدون تماشاگر برگزار می‌شود.»")
    [issued] = quotes_of("در بیانیه‌ای که روابط عمومی باشگاه صادر کرد، آمده است: «بازی فردا بدون تماشاگر برگزار می‌شود.»")
    assert (published.speaker, issued.speaker) == ("فدراسیون فوتبال", "روابط عمومی باشگاه")


def speakers(quotes: list[Quote]) -> list[tuple[str, str | None]]:
    return [(quote.where, quote.speaker) for quote in quotes]


def test_a_clause_telling_of_the_document_itself_names_no_author():
    """``در این نامه که نسخه‌ای از آن ... ارسال شده، آمده است:``: the clause tells where a copy of
    the letter went (آن is the letter), so نسخه is no author: the letter is its writers', whom
    the lead quoted."""
    quotes = quotes_of(
        "در این نامه که نسخه‌ای از آن به دفتر استاندار نیز فرستاده شده، آمده است: ما سال‌هاست در این محله زندگی می‌کنیم و هنوز آب لوله‌کشی نداریم.",
        lead="انجمن صنفی باغداران شهرستان در نامه‌ای به فرماندار خواستار رسیدگی به وضع آب روستاها شد.",
    )
    assert speakers(quotes)[-1] == ("body:0", "انجمن صنفی باغداران شهرستان")


def test_a_clause_saying_the_documents_text_follows_names_no_author():
    """``در این بیانیه که متن کامل آن در ادامه می‌آید، آمده است:`` names no author either."""
    quotes = quotes_of(
        "در این بیانیه که متن کامل آن در ادامه می‌آید، آمده است: برگزاری مسابقات تا اطلاع ثانوی به تعویق افتاد و بلیت‌های فروخته شده بازپرداخت می‌شود.",
        lead="هیئت کشتی استان با انتشار بیانیه‌ای اعلام کرد مسابقات قهرمانی برگزار نمی‌شود.",
    )
    assert speakers(quotes)[-1] == ("body:0", "هیئت کشتی استان")


def test_a_clause_naming_who_put_out_the_document_still_names_its_author():
    """``در نامه‌ای که X آن را ... فرستاده`` names who sent it: آن is the letter as object (را),
    and the one sending it is the letter's author."""
    quotes = quotes_of(
        "در نامه‌ای که سعید رضایی آن را برای فرماندار فرستاده، آمده است: سهمیه آرد نانوایی‌ها سه ماه است کم شده و بسیاری از ما ناچاریم زودتر تعطیل کنیم.",
    )
    assert speakers(quotes)[-1] == ("body:0", "سعید رضایی")


def test_a_noun_before_its_pronoun_is_no_name():
    """``در این گزارش که خلاصه آن ... منتشر شد، آمده است``: خلاصه آن (its summary) is the
    document's, no person; the report speaks for whoever issued it."""
    quotes = quotes_of(
        "سازمان بازرسی استان گزارشی درباره کمبود دارو تهیه کرده است.",
        "در این گزارش که خلاصه آن دیروز منتشر شد، آمده است: «توزیع دارو در سه شهرستان با تاخیر انجام شده است.»")
    # the paragraph before says who drew the report up
    assert [(q.speaker, q.speaker_type) for q in quotes] == [("سازمان بازرسی استان", "organisation")]


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
    assert speaker_by_field(quotes)["body:1"] == speaker_by_field(quotes)["body:2"] == "دانشگاه صنعتی شهر"
    assert speaker_by_field(quotes)["body:3"] == "مهدی رستمی"


def test_a_letters_text_is_its_writers_its_frame_names_after_someone_else_spoke():
    """``متن نامه X، ROLE، به Y به شرح زیر است:`` after another official was quoted: the letter is X's."""
    quotes = headed_quotes(
        "نامه نماینده مردم بیرجند به وزیر راه",
        "یک مقام وزارت راه گفت پروژه آزادراه در دست بررسی است.",
        "مدیرکل راه و شهرسازی استان، سعید امینی، گفت: اعتبار این پروژه هنوز تخصیص نیافته است.",
        "متن نامه محمدرضا عباسی، نماینده مردم بیرجند در مجلس، به وزیر راه به شرح زیر است:",
        "جناب آقای وزیر، آزادراه بیرجند سال‌هاست نیمه‌تمام مانده و هر سال ده‌ها نفر در این جاده جان خود را از دست می‌دهند.",
    )
    assert speaker_by_field(quotes)["body:2"] == "محمدرضا عباسی"


def test_a_statements_full_text_is_the_issuers_in_arabic_letters():
    """``متن كامل بيانيه X كه ... منتشر شد به اين شرح است:``, written with ي and ك."""
    quotes = headed_quotes(
        "پيام انجمن پزشكان درباره تعرفه‌ها",
        "دبير انجمن پزشكان عمومي گفت تعرفه‌هاي امسال واقعي نيست.",
        "علي نوروزي، دبير انجمن پزشكان عمومي استان، در نشست خبري گفت: هزينه‌هاي مطب دو برابر شده است.",
        "متن كامل بيانيه انجمن پزشكان عمومي استان كه روز دوشنبه منتشر شد به اين شرح است:",
        "ما پزشكان عمومي استان بارها نسبت به تعرفه‌هاي غيرواقعي هشدار داده‌ايم و امروز بسياري از همكاران ناچار به تعطيلي مطب شده‌اند.",
    )
    assert speaker_by_field(quotes)["body:2"] == "انجمن پزشکان عمومی استان"


def test_a_frame_naming_no_issuer_leaves_the_text_to_whom_the_paragraph_before_names():
    """``متن این بیانیه به شرح زیر است:`` names nobody: the body the paragraph before says issued it."""
    quotes = headed_quotes(
        "اعتراض کانون وکلا به لایحه جدید",
        "سخنگوی قوه قضاییه گفت لایحه به زودی به مجلس می‌رود.",
        "کانون وکلای دادگستری مرکز در بیانیه‌ای به لایحه جدید اعتراض کرد.",
        "متن این بیانیه به شرح زیر است:",
        "کانون وکلا استقلال حرفه وکالت را شرط دادرسی عادلانه می‌داند و هر گونه تغییر در شیوه صدور پروانه را نقض این استقلال می‌شمارد.",
    )
    assert speaker_by_field(quotes)["body:2"] == "کانون وکلای دادگستری مرکز"


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
    found = speaker_by_field(quotes)
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
    found = speaker_by_field(quotes)
    assert (found["title"], found["body:0"]) == (None, None)


def test_a_statement_headed_by_its_issuer_is_the_issuers_in_arabic_letters():
    """``بيانيه باشگاه X: ...``: the club's words, not a speaker called «بيانيه باشگاه X»."""
    quotes = headed_quotes(
        "بيانيه باشگاه سپاهان: به راي كميته انضباطي اعتراض داريم",
        "باشگاه سپاهان با صدور بيانيه‌اي به راي كميته انضباطي اعتراض كرد.",
        "در اين بيانيه آمده است: اين راي بدون شنيدن دفاعيات باشگاه صادر شده و ما از همه راه‌هاي قانوني پيگيري خواهيم كرد.",
    )
    assert speaker_by_field(quotes)["title"] == "باشگاه سپاهان"


def test_a_letter_headed_by_a_named_writer_is_theirs():
    """``نامه X به Y؛ «...»`` names its writer: the headline is X's (as it was before)."""
    quotes = headed_quotes(
        "نامه علی صادقی به شورای شهر؛ «پروژه را متوقف کنید»",
        "علی صادقی، عضو پیشین شورای شهر، در نامه‌ای به اعضای شورا خواستار توقف پروژه پل شد.",
        "در این نامه آمده است: این پروژه بدون مطالعه آغاز شده و هزینه آن سه برابر برآورد اولیه است.",
    )
    assert speaker_by_field(quotes)["title"] == speaker_by_field(quotes)["body:0"] == "علی صادقی"


def test_a_report_headline_naming_no_writer_is_still_the_storys_speakers():
    """``گزارش تصویری؛ «...»``: «تصویری» names nobody, so the headline's «...» stays with whoever the
    story quotes, as a headline's tail does."""
    quotes = headed_quotes(
        "گزارش تصویری؛ «بازار امسال خیلی کساد است و کسی خرید نمی‌کند»",
        "علی رضایی، فروشنده بازار، گفت بازار امسال کساد است.",
    )
    assert speaker_by_field(quotes)["title"] == "علی رضایی"


def test_a_documents_first_paragraph_refers_to_the_issuer_as_its_frame_does():
    """``متن اطلاعیه X ... به شرح زیر است:`` names X: the text's first paragraph takes the frame's
    reference, by name; the paragraphs after it go on as a pronoun does (ANNOTATION.md, round 22)."""
    quotes = quotes_of(
        "به گزارش خبرنگار ما، متن اطلاعیه دادستانی عمومی و انقلاب شهرستان مهرآباد درباره این پرونده به شرح زیر است:",
        "پیرو شکایات واصله از سوی اعضای تعاونی مسکن، اموال متهمان توقیف شده است.",
        "رسیدگی به این پرونده با جدیت ادامه دارد و نتیجه آن به اطلاع مردم خواهد رسید.",
    )
    assert [(q.where, q.ref) for q in quotes] == [("body:1", "name"), ("body:2", "pronoun")]


def test_a_documents_text_whose_frame_names_nobody_goes_on_from_its_author():
    """``متن این بیانیه به شرح زیر است:`` after the paragraph naming its issuer: the frame names
    nobody, so the text refers to its author as one going on does."""
    quotes = quotes_of(*STATEMENT)
    assert [q.ref for q in quotes] == ["pronoun", "pronoun"]
