"""Issue 17t, attribution of title-only and name references. Every sentence is written for the test."""

from __future__ import annotations

from corpus.document import Quote
from quoting import headed_quotes


def speakers(quotes: list[Quote]) -> list[tuple[str, str | None]]:
    return [(q.where, q.speaker) for q in quotes]


def test_a_headline_naming_its_speaker_with_a_verb_gives_the_lead_and_body_titles_to_them():
    """``X اعلام کرد: ...`` in the headline, X never named below: the lead's and body's title is X,
    not the colleague the body names later."""
    quotes = headed_quotes(
        "کاوه نیک‌اندیش اعلام کرد: کتابخانه مرکزی شهر تا پاییز تعمیر می‌شود",
        "مدیرکل کتابخانه‌های عمومی استان در بازدید از کتابخانه مرکزی از تعمیر ساختمان آن خبر داد.",
        "مدیرکل کتابخانه‌های عمومی استان در این بازدید گفت: «سقف سالن مطالعه نشت دارد و باید عوض شود.»",
        "این مقام مسئول افزود: «کار از ماه آینده آغاز می‌شود.»",
        "مسئول کتابخانه مرکزی، دکتر سیمین رهنورد، نیز گفت: «اعضای کتابخانه در این مدت از شعبه شمالی استفاده می‌کنند.»")
    assert speakers(quotes) == [
        ("title", "کاوه نیک‌اندیش"), ("lead", "کاوه نیک‌اندیش"), ("body:0", "کاوه نیک‌اندیش"),
        ("body:1", "کاوه نیک‌اندیش"), ("body:2", "سیمین رهنورد")]


def test_the_bodys_first_title_is_the_headline_speakers_when_the_body_never_names_them():
    """``X: ...`` headline, the lead calls X by one title and the body's first quote by another:
    the body never names X, so that title is X's, not a nameless newcomer's."""
    quotes = headed_quotes(
        "کاوه نیک‌اندیش: کتابخانه مرکزی شهر تا پاییز تعمیر می‌شود",
        "مدیرکل کتابخانه‌های عمومی استان از تعمیر ساختمان کتابخانه مرکزی خبر داد.",
        "معاون فرهنگی استاندار که ریاست شورای کتاب استان را هم بر عهده دارد، پس از جلسه این شورا گفت: "
        "«سقف سالن مطالعه نشت دارد و باید عوض شود.»",
        "وی افزود: «کار از ماه آینده آغاز می‌شود.»")
    assert speakers(quotes) == [("title", "کاوه نیک‌اندیش"), ("lead", "کاوه نیک‌اندیش"),
                                ("body:0", "کاوه نیک‌اندیش"), ("body:1", "کاوه نیک‌اندیش")]


def test_a_title_said_to_speak_too_is_not_the_headline_speakers():
    """``... نیز گفت`` as the body's first quote: someone besides the headline's speaker."""
    quotes = headed_quotes(
        "کاوه نیک‌اندیش: کتابخانه مرکزی شهر تا پاییز تعمیر می‌شود",
        "مدیرکل کتابخانه‌های عمومی استان از تعمیر ساختمان کتابخانه مرکزی خبر داد.",
        "فرمانده آتش‌نشانی شهر نیز گفت: «ساختمان در برابر آتش ایمن نیست.»")
    assert speakers(quotes)[-1] == ("body:0", None)


def test_a_given_name_of_god_in_one_word_opens_the_name_after_a_title():
    """``TITLE، رحمت‌الله X، گفت``: روح‌الله, رحمتالله (with a ZWNJ or run together) is a given name,
    so the name after the title's comma is the speaker's, not more of the title."""
    for given in ("رحمت‌الله", "رحمتالله", "روح‌الله"):
        quotes = headed_quotes("عنوان خبر", "", f"مدیر اداره آب شهرستان، {given} فرهمندپور، گفت: «لوله‌کشی روستا تمام شد.»")
        assert [(q.speaker, q.role) for q in quotes] == [(f"{given} فرهمندپور", "مدیر اداره آب شهرستان")]


def test_a_word_of_god_that_opens_no_name_is_not_a_given_name():
    """بیت‌الله (the house of God) and آیت‌الله (an honorific) open no given name of their own."""
    from corpus.quotes.subjects import is_given_name_of_god, word_key
    assert is_given_name_of_god(word_key("نعمت‌الله")) and not is_given_name_of_god(word_key("بیت‌الله"))
    assert not is_given_name_of_god(word_key("بسم‌الله")) and not is_given_name_of_god(word_key("آیت‌الله"))


def test_another_deputy_said_to_speak_too_is_not_the_deputy_speaking():
    """``معاون توسعه ... هم گفت`` after ``معاون آموزش ...``, both of one body: the same rank, another
    office, and هم says someone besides: nobody the article names."""
    quotes = headed_quotes(
        "عنوان خبر", "",
        "معاون آموزش اداره کل ورزش و جوانان استان، مهناز کرمانی، گفت: «سه سالن تازه در شهرستان‌ها افتتاح می‌شود.»",
        "کرمانی افزود: «مربیان زن هم دوره می‌بینند.»",
        "معاون توسعه امور ورزشی اداره کل ورزش و جوانان استان هم در این نشست گفت: «بودجه سالن‌ها تأمین شده است.»",
        "این معاون اداره کل ادامه داد: «کار ساخت از بهار آغاز می‌شود.»")
    assert speakers(quotes) == [("body:0", "مهناز کرمانی"), ("body:1", "مهناز کرمانی"), ("body:2", None), ("body:3", None)]


def test_a_title_set_against_the_speaker_with_but_is_someone_else():
    """``TITLE اما ... گفت`` after a shopkeeper quoted by name: the official is someone new, though
    the shopkeeper was given no title."""
    quotes = headed_quotes(
        "عنوان خبر", "",
        "آقا رحیم، نانوای محله، به خبرنگار ما گفت: «آرد سهمیه‌ای دیر می‌رسد.»",
        "مدیرکل غله استان اما در گفت‌وگو با خبرنگار ما تأکید کرد که سهمیه نانوایی‌ها به موقع پرداخت می‌شود.")
    assert speakers(quotes)[-1] == ("body:1", None)


def test_a_short_title_in_the_lead_is_the_one_person_holding_the_long_one():
    """``معاون وزیر کشاورزی گفت`` in the lead, ``X، معاون امور باغبانی وزیر کشاورزی، گفت`` in the body
    after another speaker: the short title is X's (words left out after its head), not the body's
    first speaker's."""
    quotes = headed_quotes(
        "عنوان خبر",
        "نمایندگان کلیات طرح را تصویب کردند؛ معاون وزیر کشاورزی گفت اجرای طرح سه هزار میلیارد اعتبار می‌خواهد.",
        "پیش از رای‌گیری، سیمین افروز، نماینده مردم دشت‌آباد، گفت: «باغداران سال‌هاست منتظر این طرح‌اند.»",
        "کامران نوبهار، معاون امور باغبانی وزیر کشاورزی، در پاسخ گفت: «اجرای طرح سه هزار میلیارد اعتبار می‌خواهد.»",
        "معاون وزیر ادامه داد: «منابع آن در بودجه دیده می‌شود.»")
    assert speakers(quotes) == [("lead", "کامران نوبهار"), ("body:0", "سیمین افروز"),
                                ("body:1", "کامران نوبهار"), ("body:2", "کامران نوبهار")]


def test_a_title_whose_office_differs_before_the_body_is_not_a_shortening():
    """معاون درمان وزارت بهداشت holds every word of معاون بهداشت وزارت بهداشت و درمان, yet the office
    (before وزارت) is another: not the same title."""
    from corpus.quotes.cast import _role_shortened
    from corpus.names import role_key
    assert not _role_shortened(role_key("معاون درمان وزارت بهداشت"), role_key("معاون بهداشت وزارت بهداشت و درمان"))
    assert _role_shortened(role_key("معاون وزیر کشاورزی"), role_key("معاون امور باغبانی وزیر کشاورزی"))


def test_the_name_an_unnamed_speaker_goes_by_is_their_name():
    """``مردی ... که همسایه‌ها او را «X» صدا می‌کنند، گفت`` and ``... که خود را X معرفی می‌کند``:
    the name in the description's relative clause is the speaker's, not the description's first
    words; the report then calls them by it."""
    quotes = headed_quotes(
        "عنوان خبر", "",
        "پیرمردی هفتاد ساله که همسایه‌ها او را «بابا قدرت» صدا می‌کنند، می‌گوید: سی سال است این نانوایی را می‌چرخانم.",
        "مددکار مرکز که خود را نسترن معرفی می‌کند، با خستگی گفت: بیشتر مراجعان ما سالمندند.",
        "بابا قدرت در پایان گفت: «خدا بزرگ است.»")
    assert [q.speaker for q in quotes] == ["بابا قدرت", "نسترن", "بابا قدرت"]


def test_a_speaker_named_before_the_relative_clause_keeps_their_name():
    quotes = headed_quotes("عنوان خبر", "",
                     "کاوه نیک‌اندیش که شاگردانش او را «استاد» صدا می‌کنند، گفت: کلاس‌ها از مهر آغاز می‌شود.")
    assert [q.speaker for q in quotes] == ["کاوه نیک‌اندیش"]


def test_a_role_someone_gave_themselves_is_no_name():
    quotes = headed_quotes("عنوان خبر", "",
                     "مردی که خود را مأمور شهرداری معرفی می‌کرد، به کسبه گفت: مغازه‌ها باید تا فردا تخلیه شود.")
    assert [q.speaker for q in quotes] != ["مأمور شهرداری"]


def test_an_organisations_name_goes_on_past_the_object_of_its_noun():
    """``انجمن حمایت از ...``, ``ستاد مبارزه با ...``: the name is whole, not cut before از / با."""
    quotes = headed_quotes("عنوان خبر", "",
                     "انجمن حمایت از سالمندان تنها در گزارشی اعلام کرد که نیمی از سالمندان شهر تنها زندگی می‌کنند.",
                     "ستاد مقابله با گرد و غبار استان نیز در بیانیه‌ای اعلام کرد: مدارس فردا تعطیل است.")
    assert [q.speaker for q in quotes] == ["انجمن حمایت از سالمندان تنها", "ستاد مقابله با گرد و غبار استان"]


def test_a_name_no_list_knows_set_off_by_commas_before_a_role_is_the_subject():
    """``پیش از این، فابریتسیو X، سرمربی ...، گفته بود``: after the opening adverbial, the part between
    commas with a role after it is the speaker's name, though no list knows its given name."""
    quotes = headed_quotes("عنوان خبر", "",
                     "پیش از این، فابریتسیو ماتئوسیان، سرمربی پرتغالی تیم ملی، در نشستی خبری گفته بود که تیم به زمان نیاز دارد.")
    assert [(q.speaker, q.role) for q in quotes] == [("فابریتسیو ماتئوسیان", "سرمربی پرتغالی تیم ملی")]


def test_the_name_someone_goes_by_is_the_person_named_in_full():
    """``X ملقب به Y`` or ``X که ... با نام Y شناخته می‌شود``, then quotes of Y: Y is X."""
    quotes = headed_quotes(
        "رودریگو: در اهواز احساس غربت نمی‌کنم",
        "",
        "رودریگو آلمیدا سانتوس که در لیگ ایران با نام رودریگو شناخته می‌شود، در گفت‌وگو با یک روزنامه برزیلی از زندگی در اهواز گفت.",
        "رودریگو گفته است: «خانواده‌ام هم به اهواز آمده‌اند.»")
    assert {q.speaker for q in quotes} == {"رودریگو آلمیدا سانتوس"}
    quotes = headed_quotes("عنوان خبر", "",
                     "ژوائو فریتاس ملقب به ژوژو، امروز در گفت‌وگو با خبرنگار ما گفت: «تیم آماده است.»",
                     "ژوژو افزود: «هواداران را ناامید نمی‌کنیم.»")
    assert {q.speaker for q in quotes} == {"ژوائو فریتاس"}


def test_a_name_someone_is_famed_by_or_glossed_with_that_is_is_the_person():
    """``X، کاپیتان تیم که ... به «Y» شهرت دارد`` and ``«Y»، یعنی X``: Y quoted later is X."""
    quotes = headed_quotes("عنوان خبر", "",
                     "کامران دلاوری، کاپیتان تیم که میان هواداران به «عقاب» شهرت دارد، در صفحه شخصی‌اش نوشت: «به تیم اعتماد کنید.»",
                     "عقاب که این هفته مصدوم است، ابراز امیدواری کرد که تیم به روزهای خوب برگردد.")
    assert [q.speaker for q in quotes] == ["کامران دلاوری", "کامران دلاوری"]
    quotes = headed_quotes("عنوان خبر", "",
                     "سرمربی گفت: «از «گلی»، یعنی بهزاد گلستانی، خاطره‌های زیادی دارم.»",
                     "گلی هم در مراسم گفت: «او برای ما پدر بود.»")
    assert quotes[-1].speaker == "بهزاد گلستانی"


def test_a_name_the_speakers_people_call_them_is_theirs_when_named_in_full():
    """``X، ROLE که ... او را «Y» صدا می‌زنند، گفت ... Y افزود``: Y is X (named in full first)."""
    quotes = headed_quotes("عنوان خبر", "",
                     "کاوه نیک‌اندیش، پیشکسوت شنای استان که شاگردانش او را «عمو کاوه» صدا می‌زنند، گفت: «استخر تازه لازم داریم.» "
                     "عمو کاوه افزود: «بچه‌ها در نوبت شلوغ تمرین می‌کنند.»")
    assert [q.speaker for q in quotes] == ["کاوه نیک‌اندیش", "کاوه نیک‌اندیش"]
