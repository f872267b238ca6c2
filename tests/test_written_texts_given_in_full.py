"""A written text announced by its writer's cue and a colon, then given in full (round 28, f).

Fars prints papers' editorials (``روزنامه X در سرمقاله امروز خود نوشت:``), columns (``... به قلم Y
آورده است:``) and bodies' notices (``X با صدور اطلاعیه‌ای اعلام کرد:``) over several paragraphs
after one cue: the paragraphs after the first are the text going on, as after ``متن بیانیه به شرح
زیر است:``, until the report speaks again (a new frame, ``گفتنی است``). A speech's cue (``در مراسم
... گفت:``) names no text: the report's narration after it is not taken. Invented sentences."""

from tests.quoting import quotes_of, speaker_of


def _holds(quotes, piece):
    return [quote for quote in quotes if piece in quote.text]


def test_a_papers_editorial_goes_on_over_the_paragraphs_after_its_cue():
    quotes = quotes_of(
        "روزنامه اطلاعات در سرمقاله امروز خود نوشت:",
        "دولت باید پیش از هر تصمیمی درباره قیمت بنزین، افکار عمومی را آماده کند.",
        "تجربه سال‌های گذشته نشان داده است که تصمیم‌های شبانه اعتماد مردم را از بین می‌برد.",
        "۱- یارانه سوخت باید به صورت نقدی به خانوارهای کم‌درآمد برگردد.",
        "تجربه این سال‌ها نشان می‌دهد آنچه شهید مطهری درباره عدالت اقتصادی می‌فرمودند کاملا درست است و راهی که مردم در آن روزها برگزیدند، راه درستی بود که",
        "امروز هم باید همان راه را رفت و از شتاب‌زدگی پرهیز کرد.",
    )
    assert speaker_of(quotes, "تصمیم‌های شبانه") == "روزنامه اطلاعات"
    assert speaker_of(quotes, "یارانه سوخت") == "روزنامه اطلاعات"
    # whom the text cites in a paragraph broken off mid-sentence is its words, not a new speaker
    assert speaker_of(quotes, "از شتاب‌زدگی پرهیز") == "روزنامه اطلاعات"


def test_a_bodys_notice_in_arabic_letters_goes_on():
    quotes = quotes_of(
        "ستاد مديريت بحران استان مازندران با صدور اطلاعيه‌اي اعلام كرد:",
        "با توجه به پيش‌بيني هواشناسي، از هموطنان درخواست مي‌شود از تردد در جاده‌هاي كوهستاني خودداري كنند.",
        "مدارس شهرستان‌هاي نور و نوشهر فردا تعطيل خواهد بود.",
    )
    assert speaker_of(quotes, "نور و نوشهر") == "ستاد مدیریت بحران استان مازندران"


def test_a_column_is_its_writers_and_a_papers_name_keeps_its_bare_day():
    quotes = quotes_of(
        "روزنامه همبستگی در سرمقاله خود با عنوان «شهر بی‌دفاع» به قلم مهدی کاظمی آورده است:",
        "سیل هفته گذشته نشان داد که شهر ما برای هیچ بحرانی آماده نیست.",
        "مدیران شهری سال‌هاست از لایروبی مسیل‌ها غافل مانده‌اند و هزینه آن را مردم می‌پردازند.",
        "روزنامه ملت روز در سرمقاله خود آورده است:",
        "بودجه عمرانی استان امسال نسبت به سال گذشته کاهش یافته است.",
    )
    assert speaker_of(quotes, "برای هیچ بحرانی") == "مهدی کاظمی"
    assert speaker_of(quotes, "لایروبی مسیل‌ها") == "مهدی کاظمی"
    assert speaker_of(quotes, "بودجه عمرانی") == "روزنامه ملت روز"


def test_the_next_frame_ends_the_text_and_gives_the_floor_to_its_paper():
    quotes = quotes_of(
        "روزنامه اطلاعات در سرمقاله امروز خود نوشت:",
        "دولت باید پیش از هر تصمیمی درباره قیمت بنزین، افکار عمومی را آماده کند.",
        "اصلاح قیمت بدون جبران آن برای دهک‌های پایین، ناآرامی می‌آورد و اعتماد را از بین می‌برد.",
        "روزنامه کیهان نیز در سرمقاله خود آورده است:",
        "ما بارها نوشته‌ایم که افزایش قیمت بنزین در شرایط تحریم، خواسته دشمن است.",
        "دولت نباید زیر فشار اقتصاددانان غرب‌گرا تصمیم بگیرد.",
    )
    assert speaker_of(quotes, "دهک‌های پایین") == "روزنامه اطلاعات"
    assert [quote.speaker for quote in _holds(quotes, "اقتصاددانان غرب‌گرا")] == ["روزنامه کیهان"]


def test_the_text_ends_where_the_report_speaks_again_and_a_speech_frames_no_text():
    quotes = quotes_of(
        "روزنامه اطلاعات در سرمقاله امروز خود نوشت:",
        "دولت باید پیش از هر تصمیمی درباره قیمت بنزین، افکار عمومی را آماده کند.",
        "گفتنی است سهمیه‌بندی بنزین از سال ۱۳۹۸ تغییری نکرده است.",
        "علی رضایی، استاندار فارس، در مراسم افتتاح این پل گفت:",
        "این پل با هزینه ۲۰۰ میلیارد تومان ساخته شده است.",
        "عملیات ساخت این پل در سال ۱۳۹۶ آغاز شده بود و سه بار متوقف شد.",
    )
    assert not _holds(quotes, "سهمیه‌بندی بنزین")  # the report's note after the text
    assert speaker_of(quotes, "۲۰۰ میلیارد تومان") == "علی رضایی"
    assert not _holds(quotes, "سه بار متوقف")  # after a speech's first paragraph the report narrates


def test_a_column_by_the_papers_own_office_stays_the_papers():
    quotes = quotes_of(
        "روزنامه همبستگی در یادداشتی به قلم مدیرمسئول خود آورده است:",
        "سیل هفته گذشته نشان داد که شهر ما برای هیچ بحرانی آماده نیست.",
        "مدیران شهری سال‌هاست از لایروبی مسیل‌ها غافل مانده‌اند و هزینه آن را مردم می‌پردازند.",
    )
    assert speaker_of(quotes, "لایروبی مسیل‌ها") == "روزنامه همبستگی"
