"""Title-only references: whom an office named without a name means. The person the article
names with that title (beside it between commas, in the lead, in the headline, with words left
out after its head), someone new when the sentence says so (نیز، هم، اما), or nobody the article
names when two could be meant. Every sentence is written for the test.
"""

from __future__ import annotations

from corpus.document import Document, Quote
from corpus.quotes import extract_quotes
from quoting import headed_quotes, quotes_of


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


def test_a_title_is_the_second_person_a_lead_names_with_it_between_commas():
    """``X، مدیر ...، و Y، معاون ...، به پرسش‌ها پاسخ دادند``: the lead quotes nobody and opens on X
    alone, but Y's title stands beside Y's name, so ``معاون ... نیز افزود`` is Y."""
    quotes = headed_quotes(
        "گفت‌وگو با مدیران آموزش و پرورش شهر",
        "مینا صدری، مدیر آموزش و پرورش شهر، و علی نادری، معاون آموزشی این اداره، در گفت‌وگویی به پرسش‌های ما پاسخ دادند.",
        "مدیر آموزش و پرورش شهر گفت: «مدارس تا مهر آماده می‌شوند.»",
        "معاون آموزشی این اداره نیز افزود: «کتاب‌ها هفته آینده توزیع می‌شود.»")
    assert speakers(quotes) == [("body:0", "مینا صدری"), ("body:1", "علی نادری")]


def test_a_title_is_the_person_named_after_it_between_commas_in_a_sentence_that_quotes_nobody():
    """``در این نشست معاون ...، علی نادری، حضور داشت``, then ``معاون ... گفت``: the title is his."""
    quotes = headed_quotes(
        "نشست خبری آموزش و پرورش",
        "در این نشست معاون آموزشی اداره، علی نادری، حضور داشت.",
        "معاون آموزشی اداره گفت: «کتاب‌ها هفته آینده توزیع می‌شود.»")
    assert [(q.speaker, q.role) for q in quotes] == [("علی نادری", "معاون آموزشی اداره")]


def test_a_title_two_people_are_named_beside_stays_unnamed():
    """Two people the article names with the same title: which one spoke is not known."""
    quotes = headed_quotes(
        "نشست خبری آموزش و پرورش",
        "در این نشست معاون آموزشی اداره، علی نادری، و معاون آموزشی اداره پیشین، حسن کاظمی، حضور داشتند.",
        "معاون آموزشی اداره گفت: «کتاب‌ها هفته آینده توزیع می‌شود.»")
    assert [(q.speaker, q.role) for q in quotes] == [(None, "معاون آموزشی اداره")]


def test_a_title_beside_words_that_only_look_like_a_name_stays_unnamed():
    """``رئیس ... خواستار ... قدرت های اصلی منطقه ...، ...``: قدرت opens a given name, but those words
    are read past the title, not set beside it by its comma."""
    quotes = headed_quotes(
        "نشست خلع سلاح",
        "رئیس گروه بازرسان خواستار کاهش ذخایر موشکی قدرت های اصلی منطقه به ویژه ترکیه، عربستان و مصر شد.",
        "رئیس گروه بازرسان گفت: «بازرسی‌ها باید ادامه یابد.»")
    assert {q.speaker for q in quotes} == {None}


def test_a_role_head_typed_with_a_letter_twice_is_the_role_not_a_name():
    """``معاوون وزیر بهداشت گفت``: a title with a stuttered head, the deputy who has the floor,
    not a person named معاوون."""
    quotes = headed_quotes(
        "آمار بیماران در استان",
        "",
        "علی رضوانی، معاون درمان وزارت بهداشت کشور، گفت که ۳۰ بیمار تازه بستری شدند.",
        "در همین حال، معاوون وزیر بهداشت گفت که شمار بهبودیافتگان به ۷۰۰ نفر رسید.")
    assert [(q.speaker, q.ref) for q in quotes] == [("علی رضوانی", "name"), ("علی رضوانی", "title")]


def test_a_role_head_typed_with_two_letters_twice_is_the_role_not_a_name():
    """``کارشناساس اقتصادی افزود`` after ``کارشناس اقتصادی ادامه داد``: the same expert speaking on."""
    quotes = headed_quotes(
        "بازار ارز",
        "",
        "حسن کاظمی، کارشناس اقتصادی، گفت: «نرخ ارز تا پایان سال ثابت می‌ماند.»",
        "کارشناس اقتصادی ادامه داد: «بانک مرکزی ذخیره کافی دارد.»",
        "کارشناساس اقتصادی افزود: «تورم اما بالا خواهد ماند.»")
    assert [q.speaker for q in quotes] == ["حسن کاظمی"] * 3


def test_a_role_head_with_a_plural_ending_is_no_typo_of_it():
    """قهرمانان is the plural of قهرمان, not a stuttered قهرمان: a group speaking."""
    from corpus.quotes.subjects import word_key
    assert word_key("قهرمانان") == "قهرمانان" and word_key("معاوون") == "معاون"


def test_titles_mean_the_headline_speaker_the_body_never_names():
    """«X: ...» names X once; the lead's title and the body's later quotes are X's, not the
    only person the body names in full."""
    quotes = headed_quotes(
        "مریم سپهرآرا: کلاس‌های درس روستاهای مرزی تا پایان ماه گرم می‌شود",
        "مدیرکل آموزش و پرورش استان از نصب بخاری ایمن در همه مدارس روستایی تا پایان ماه خبر داد.",
        "به گزارش خبرنگار ما، این مقام مسئول پس از بازدید از مدارس مرزی گفت: «خرید بخاری‌ها انجام شده است.»",
        "رئیس اداره نوسازی مدارس استان، کامران ولی‌زاده، نیز گفت: «لوله‌کشی گاز ۴۰ مدرسه هم تمام شده است.»",
    )
    lead = next(q for q in quotes if q.where == "lead")
    assert lead.speaker == "مریم سپهرآرا"


def test_a_team_written_with_its_sport_is_not_its_coach():
    """سرمربی تیم فوتبال شهاب کرج: the name after «تیم فوتبال» is the team's, the coach is the
    one the article names."""
    quotes = headed_quotes(
        "عقیلی‌پور: بازیکنانم را سرزنش نمی‌کنم",
        "سرمربی تیم فوتبال شهاب کرج پس از سومین شکست پیاپی گفت که از هدایت تیم کنار نمی‌رود.",
        "بهروز عقیلی‌پور، سرمربی این تیم، روز شنبه در محل تمرین به پرسش‌های خبرنگار ما پاسخ داد.",
        "عقیلی‌پور: ما در این سه بازی بد نبودیم، اما در دقایق پایانی تمرکزمان را از دست دادیم.",
    )
    lead = next(q for q in quotes if q.where == "lead")
    assert lead.speaker == "بهروز عقیلی‌پور"


def test_a_given_name_spelt_as_an_ordinal_opens_the_name():
    """سیمین is a given name as well as «thirtieth» (سی + مین): before a surname and a role it
    opens the name, and the role then means her."""
    quotes = quotes_of(
        "حسن نادری، رئیس بهزیستی شهرستان، گفت: «دو مرکز تازه باز می‌شود.»",
        "سیمین کاظمی، مدیر خانه سالمندان مهر، گفت: «ظرفیت ما پر شده است.»",
        "مدير خانه سالمندان مهر افزود: فهرست انتظار طولانی است.")
    assert [(q.speaker, q.ref) for q in quotes] == [
        ("حسن نادری", "name"), ("سیمین کاظمی", "name"), ("سیمین کاظمی", "title")]


def test_a_title_only_quote_shows_the_role_in_full_as_written_beside_the_name():
    """مدیرکل بهزیستی افزود after «مدیرکل بهزیستی استان کردستان» beside the name: the quote's
    role is the office in full, as a role lookup finds it."""
    quotes = quotes_of(
        "علی رضایی، مدیرکل بهزیستی استان کردستان، گفت: «مراکز پر شده است.»",
        "حسن کریمی، رئیس اداره تامین اجتماعی، گفت: «بیمه‌ها پرداخت می‌شود.»",
        "مديركل بهزيستي افزود: فهرست انتظار طولانی است.")
    assert [(q.speaker, q.role) for q in quotes][2] == ("علی رضایی", "مدیرکل بهزیستی استان کردستان")


def test_a_relatives_title_is_not_the_speaker_of_the_moment():
    """مادر یکی از مددجویان after a client named without a role: the mother, someone unnamed."""
    quotes = quotes_of(
        "رضا کریمی، مدیر مرکز، گفت: «ظرفیت ما پر است.»",
        "مهران، ۳۰ ساله، گفت: «این بار ترک می‌کنم.»",
        "مادر یکی از مددجویان که برای ملاقات آمده بود، گفت: «هزینه‌ها زیاد است.»")
    assert [(q.speaker, q.speaker_type) for q in quotes][2] == (None, "unnamed")


def test_a_relatives_title_is_not_the_one_person_the_article_names():
    quotes = quotes_of(
        "علی کریمی گفت: «برای مسابقه آماده‌ام.»",
        "مادر یکی از بازیکنان گفت: «به پسرم افتخار می‌کنم.»")
    assert [(q.speaker, q.speaker_type) for q in quotes] == [("علی کریمی", "person"), (None, "unnamed")]


def test_a_leads_office_is_not_the_one_of_a_group_the_body_quotes_first():
    """The lead's فرماندار ... is not «اکبر، یکی از نمایندگان کارگران», the body's first speaker, but
    whom the body calls so later, named without a role."""
    quotes = quotes_of(
        "جواد، یکی از نمایندگان کارگران، گفت: «سه ماه است حقوق نگرفته‌ایم.»",
        "محمود صالحی امروز در جمع کارگران اظهار کرد: «حقوق دو ماه تا پایان هفته پرداخت می‌شود.»",
        "فرماندار دشت‌آباد افزود: کارخانه تعطیل نمی‌شود.",
        lead="فرماندار شهرستان دشت‌آباد از پرداخت حقوق کارگران خبر داد.")
    assert [(q.where, q.speaker) for q in quotes] == [
        ("lead", "محمود صالحی"), ("body:0", "جواد"), ("body:1", "محمود صالحی"), ("body:2", "محمود صالحی")]


def test_a_headlines_office_is_the_person_the_lead_quotes_by_name():
    """``معاون وزیر ... در شیراز: ...`` over a lead quoting the deputy by name, while the body's first
    named speaker is another official: the headline is the lead's."""
    quotes = quotes_of(
        "معاون وزیر که در جلسه شورای آموزش استان سخن می‌گفت، اظهار کرد: مدارس کمبود معلم دارند.",
        "حسن نادری، مدیرکل آموزش و پرورش استان فارس، نیز گفت: «صد مدرسه سرمایش ندارد.»",
        title="معاون وزیر آموزش و پرورش در شیراز: کمبود معلم جبران می‌شود",
        lead="کامران اسدی، معاون توسعه مدیریت وزیر آموزش و پرورش، در سفر به شیراز از استخدام معلمان خبر داد.")
    assert [(q.where, q.speaker) for q in quotes] == [
        ("title", "کامران اسدی"), ("lead", "کامران اسدی"), ("body:0", "کامران اسدی"), ("body:1", "حسن نادری")]


def test_a_title_only_quote_shortening_the_office_shows_it_in_full():
    """معاون وزیر of «معاون امور باغبانی وزیر جهاد کشاورزی»: words left out after the head."""
    quotes = quotes_of(
        "فرهاد کیانی، معاون امور باغبانی وزیر جهاد کشاورزی، گفت: «پول گندم تا پایان ماه پرداخت می‌شود.»",
        "معاون وزير ادامه داد: نگرانی کشاورزان را درک می‌کنیم.")
    assert [(q.speaker, q.role) for q in quotes][1] == ("فرهاد کیانی", "معاون امور باغبانی وزیر جهاد کشاورزی")


def test_a_title_leaving_out_another_body_shows_as_written():
    """رئیس مجلس is not رئیس کمیسیون کشاورزی مجلس: the word left out heads a body of its own."""
    quotes = quotes_of(
        "فرهاد کیانی، رئیس کمیسیون کشاورزی مجلس، گفت: «پول گندم تا پایان ماه پرداخت می‌شود.»",
        "رئیس مجلس افزود: نگرانی کشاورزان را درک می‌کنیم.")
    assert quotes[1].role == "رئیس مجلس"


def test_an_office_the_role_list_lacked_is_a_title_not_a_name():
    """بازرس ارشد کار ...، مرد شماره ۲ ...: titles, resolved to the one the article names so."""
    quotes = quotes_of("بازرس ارشد بهداشت شهر از تعطیلی ۱۲ رستوران خبر داد.",
                       "به گزارش خبرنگار ما، نادر فلاحی، بازرس ارشد بهداشت شهر، گفت: این رستوران‌ها مجوز نداشتند.")
    assert [(q.speaker, q.ref) for q in quotes] == [("نادر فلاحی", "title"), ("نادر فلاحی", "name")]
    for rank in ("دو", "۲", "2"):
        quotes = quotes_of(f"مرد شماره {rank} گروه شورشی در پیامی صوتی اعلام کرد که آتش‌بس را نمی‌پذیرد.")
        assert [(q.speaker, q.ref, q.role) for q in quotes] == [(None, "title", f"مرد شماره {rank} گروه شورشی")]


def test_a_title_after_an_introduction_opening_on_a_conjunction_is_the_one_introduced():
    """اما X، عضو ...، با طرح مخالفت کرد. این عضو شورا گفت: X has the floor, not the one before."""
    quotes = quotes_of("رضا کاوه، رئیس کمیسیون عمران شورا، گفت: این طرح به نفع شهر است.",
                       "اما مریم صدری، عضو دیگر شورا، با این طرح مخالفت کرد. این عضو شورا گفت: «هزینه طرح زیاد است.»")
    assert [q.speaker for q in quotes] == ["رضا کاوه", "مریم صدری"]


def test_a_lead_title_is_the_one_person_the_body_later_calls_so():
    """یک نماینده مجلس گفت in the lead, then X ... and این نماینده مجلس in the body: X, never the
    body that speaks in the headline (a person's title is no organisation's)."""
    doc = Document(id="doc", title="انجمن صنفی نانوایان: سهمیه آرد کم است",
                   lead="انجمن صنفی نانوایان از کمبود آرد انتقاد کرد و یک نماینده مجلس گفت سهمیه تا پایان ماه افزایش می‌یابد.",
                   paragraphs=["انجمن صنفی نانوایان در بیانیه‌ای اعلام کرد که سهمیه آرد نانوایی‌ها کافی نیست.",
                               "کاوه نیک‌پور، نماینده مردم شهر و عضو کمیسیون کشاورزی، در واکنش گفت: این مشکل را پیگیری می‌کنیم.",
                               "این نماینده مجلس افزود: سهمیه آرد تا پایان ماه افزایش می‌یابد."])
    lead = [q for q in extract_quotes(doc) if q.where == "lead" and q.cue == "گفت"]
    assert [(q.speaker, q.ref) for q in lead] == [("کاوه نیک‌پور", "title")]


def test_a_body_title_is_the_headlines_speaker_after_a_lead_that_quotes_an_organisation():
    """``X: ...``, then ``ستاد ... اعلام کرد ...`` in the lead, then ``معاون ... گفت``: the body never
    names X, so its first title is X, whom the organisation's statement took no floor from."""
    quotes = headed_quotes(
        "رضا محمدی: پنج هزار بسته معیشتی در زنجان توزیع می‌شود",
        "ستاد طرح زمستان گرم استان زنجان اعلام کرد توزیع بسته‌ها از هفته آینده آغاز می‌شود.",
        "معاون حمایت کمیته امداد استان زنجان روز سه‌شنبه در جمع خبرنگاران گفت: ارزش هر بسته سه میلیون تومان است.",
        "این مقام مسئول افزود: اولویت با خانوارهای زن‌سرپرست است.")
    assert speakers(quotes)[2:] == [("body:0", "رضا محمدی"), ("body:1", "رضا محمدی")]


def test_a_body_title_after_a_lead_that_quotes_an_organisation_is_not_the_headlines_speaker_when_someone_new_is_named():
    """The same, but the body names someone else right after the title: the title is theirs."""
    quotes = headed_quotes(
        "رضا محمدی: پنج هزار بسته معیشتی در زنجان توزیع می‌شود",
        "ستاد طرح زمستان گرم استان زنجان اعلام کرد توزیع بسته‌ها از هفته آینده آغاز می‌شود.",
        "مدیرعامل شرکت گاز استان زنجان گفت: نفت سفید به روستاها می‌رسد.",
        "حسن کاظمی افزود: کپسول گاز هم توزیع می‌شود.")
    assert speakers(quotes)[2:] == [("body:0", "حسن کاظمی"), ("body:1", "حسن کاظمی")]


def test_a_title_that_goes_on_speaking_is_the_speaker_of_the_moment_not_the_official_named_next():
    """``X گفت: ...``, then ``معاون وزیر ... افزود: ...``, then ``همچنین معاون ...، Y، ... خبر داد``: the
    verb says the title's holder goes on speaking, so it is X, whom the article gave no title,
    not Y, named next with a like title of their own."""
    quotes = headed_quotes(
        "بازار مرغ آرام می‌شود", "",
        "کامران نوری در نشست خبری گفت: نهاده کافی در بنادر موجود است.",
        "معاون وزیر جهاد کشاورزی ادامه داد: قیمت‌ها تا هفته آینده تعدیل می‌شود.",
        "همچنین معاون وزیر صنعت، حمید صادقی، از تشدید نظارت بر بازار خبر داد.")
    assert speakers(quotes) == [("body:0", "کامران نوری"), ("body:1", "کامران نوری"), ("body:2", "حمید صادقی")]


def test_a_title_said_to_add_too_is_someone_besides_the_speaker_of_the_moment():
    """``رئیس شورا گفت ... . نایب رئیس شورا هم افزود``: هم (too) outweighs the verb that goes on."""
    quotes = headed_quotes(
        "گفت‌وگو با رئیس و نایب رئیس شورای شهر", "",
        "زهرا امینی، رئیس شورای شهر، و حسن کاظمی، نایب رئیس شورا، به پرسش‌های ما پاسخ دادند.",
        "رئیس شورای شهر گفت که بودجه مترو دو برابر شده است. نایب رئیس شورا هم افزود: «کار خط دو تا پایان سال تمام می‌شود.»")
    assert speakers(quotes) == [("body:1", "زهرا امینی"), ("body:1", "حسن کاظمی")]


def test_an_unnamed_sources_role_ends_before_the_relative_clause_about_them():
    """``به گفته یک مقام آگاه در وزارت نفت که نخواست نامش فاش شود، ...``: the role is who they are,
    not that they asked to stay unnamed."""
    quotes = headed_quotes(
        "بنزین گران نمی‌شود", "",
        "به گفته یک مقام آگاه در وزارت نفت که نخواست نامش فاش شود، قیمت بنزین امسال تغییر نمی‌کند.",
        "به گفته يك عضو هيئت مديره باشگاه كه نخواست نامش ذكر شود، قرارداد سرمربي تمديد مي‌شود.")
    assert [(q.speaker, q.role) for q in quotes] == [(None, "مقام آگاه در وزارت نفت"), (None, "عضو هیئت مدیره باشگاه")]


def test_a_deputy_of_the_minister_is_the_deputy_of_that_ministry():
    """``معاون وزیر بهداشت`` after ``X، معاون درمان وزارت بهداشت`` and ``Y، معاون توسعه وزارت کار``: the
    minister's deputy is the ministry's, so the title is X's (and ``معاون وزیر کار`` Y's), not the
    deputy who spoke last; in Arabic letters too."""
    quotes = headed_quotes(
        "نشست بیمه درمان", "",
        "مهدی کاظمی، معاون درمان وزارت بهداشت، گفت: تخت‌های بیمارستانی کم است.",
        "سارا نادری، معاون توسعه وزارت کار، گفت: بیمه کارگران ادامه دارد.",
        "معاون وزیر بهداشت در پاسخ یادآور شد: بودجه درمان افزایش می‌یابد.",
        "معاون وزير كار نيز گفت: صندوق بيمه كسري دارد.")
    assert speakers(quotes)[2:] == [("body:2", "مهدی کاظمی"), ("body:3", "سارا نادری")]


def test_a_title_written_alike_is_its_holders_not_a_colleagues_who_holds_it_only_shortened():
    """``مدیرکل بهزیستی استان`` after ``X، مدیرکل بهزیستی استان فارس`` and ``Y، مدیرکل درمان بهزیستی
    استان فارس``: X's title starts the same, Y's only with a word left out, so it is X's though Y
    spoke last; in Arabic letters too."""
    quotes = headed_quotes(
        "نشست خبری بهزیستی", "",
        "کامران فرهادی، مدیرکل بهزیستی استان فارس، گفت: مراکز نگهداری افزایش یافت.",
        "سپس نادر قاسمی، مدیرکل درمان بهزیستی استان فارس، گفت: داروها رایگان است.",
        "مديركل بهزيستي استان در پايان تاكيد كرد: مستمري‌ها به‌موقع پرداخت مي‌شود.")
    assert speakers(quotes)[-1] == ("body:2", "کامران فرهادی")


def test_a_lead_opening_on_titles_gives_the_first_to_the_body_speaker_named_without_one():
    """A lead that quotes nobody, ``معاون ... بهزیستی و رئیس پلیس ... تشریح کردند``, then a body that
    names its first speaker with no title: the lead's first office is theirs, so a later shortened
    ``معاون ... بهزیستی گفت`` is them, not the police chief who spoke in between."""
    quotes = headed_quotes(
        "طرح جدید ساماندهی کارتن‌خواب‌ها",
        "معاون توسعه پیشگیری سازمان بهزیستی کشور و رئیس پلیس پیشگیری در نشستی خبری جزئیات طرح را تشریح کردند.",
        "به گزارش خبرنگار ما، مریم سلطانی در این نشست گفت: طرح از اول مهر آغاز می‌شود.",
        "سرهنگ رضا بهرامی، رئیس پلیس پیشگیری، نیز گفت: پلیس فقط در موارد خطر وارد می‌شود.",
        "معاون توسعه پیشگیری بهزیستی در پاسخ به پرسشی گفت: خانواده‌ها مستمری می‌گیرند.")
    assert speakers(quotes)[-1] == ("body:2", "مریم سلطانی")
    assert quotes[0].role == "معاون توسعه پیشگیری سازمان بهزیستی کشور"


def test_a_lead_listing_titles_by_commas_gives_the_body_speaker_its_first():
    """``معاون خدمات شهری شهرداری مشهد، مدیرعامل سازمان پسماند و ... گفتند``: the offices are
    two people's; the body's first speaker, named alone, is the first."""
    quotes = headed_quotes(
        "نشست خبری شهرداری",
        "معاون خدمات شهری شهرداری مشهد، مدیرعامل سازمان پسماند و فرمانده آتش‌نشانی در نشستی از طرح تفکیک زباله گفتند.",
        "حمید نوروزي گفت: تفكيك از مبدا از آبان آغاز مي‌شود.",
        "سارا كياني، مديرعامل سازمان پسماند، گفت: ۳۰۰ غرفه بازيافت راه افتاد.",
        "معاون خدمات شهري شهرداري در پايان تاكيد كرد: شهروندان همكاري كنند.")
    assert speakers(quotes)[-1] == ("body:2", "حمید نوروزی")


def test_a_datelines_place_and_agency_are_not_the_titled_speakers_name():
    """``زنجان - ایرنا - رئیس دانشگاه ... گفت``: the place and the agency open the lead as a
    dateline; the speaker is the title's, whom the body names, with any dash or spacing."""
    body = ("به گزارش خبرنگار ما، دکتر علی مرادی، رئیس دانشگاه علوم پزشکی استان، امروز گفت: بیمارستان تا پایان سال افتتاح می‌شود.",
            "وی افزود: تجهیزات خریداری شده است.")
    for lead in ("زنجان - ایرنا - رئیس دانشگاه علوم پزشکی استان زنجان گفت: سه بیمارستان افتتاح می‌شود.",
                 "تبريز– ايسنا– رييس دانشگاه علوم پزشكي استان گفت: سه بيمارستان افتتاح مي‌شود."):
        quotes = headed_quotes("رئیس دانشگاه علوم پزشکی: ۳ بیمارستان جدید افتتاح می‌شود", lead, *body)
        assert speakers(quotes)[:2] == [("title", "علی مرادی"), ("lead", "علی مرادی")]


def test_an_agencys_name_alone_opening_a_line_reads_as_before():
    """A line that is an agency's acronym and nothing after it (``ایرنا``, a credit) holds no
    dateline to drop and no speaker."""
    assert quotes_of("ایرنا", "کاوه نیک‌اندیش گفت: کار آغاز شد.")[0].speaker == "کاوه نیک‌اندیش"


def test_a_second_office_in_the_apposition_is_the_named_persons_role_too():
    """``X، نماینده مردم قزوین و عضو کمیسیون بهداشت مجلس، گفت``: the apposition closes on a comma
    with no second name after it, so both offices are X's role (in Arabic letters too)."""
    quotes = quotes_of("مهدی تاجیک، نماینده مردم قزوین و عضو کمیسیون بهداشت مجلس، گفت: «دارو کم است.»",
                       "مهدي تاجيك، رييس هيات كشتي استان و مدير كل ورزش و جوانان استان، گفت: «سالن آماده است.»")
    assert [q.role for q in quotes] == ["نماینده مردم قزوین و عضو کمیسیون بهداشت مجلس",
                                        "رییس هیات کشتی استان و مدیر کل ورزش و جوانان استان"]


def test_a_title_the_article_sets_beside_a_name_outranks_the_speaker_of_the_moment():
    """The one speaking has a title that merely shares a word with this one (the sport, the
    festival, the club); the article names someone else with this very title between commas,
    in a line that quotes nobody: the title is theirs, in either spelling."""
    quotes = quotes_of(
        "کیوان صدری، دروازه‌بان تیم ملی هندبال، گفت: «آماده‌ایم.»",
        "سرمربی تیم ملی هندبال، ماریو کاستا، نیز در تمرین امروز حاضر بود.",
        "سرمربی تیم ملی هندبال گفت: «صدری فیکس است.»")
    assert speakers(quotes) == [("body:0", "کیوان صدری"), ("body:2", "ماریو کاستا")]
    quotes = quotes_of(
        "ليلا فرهادي، بازيگر فيلم «خانه»، گفت: «فيلم ما براي خانواده است.»",
        "دبير جشنواره فيلم شهر، سعيد نوري، هم در اين مراسم بود.",
        "دبير جشنواره فيلم شهر اعلام كرد كه بليت‌ها فروخته شده است.")
    assert speakers(quotes)[-1] == ("body:2", "سعید نوری")


def test_the_speaker_of_the_moment_keeps_a_title_nobody_is_named_beside():
    """With nobody named beside the title, a title sharing the speaker's office word stays theirs."""
    quotes = quotes_of(
        "کیوان صدری، سرمربی تیم ملی هندبال، گفت: «آماده‌ایم.»",
        "ماریو کاستا، بازیکن تیم، هم در تمرین حاضر بود.",
        "سرمربی تیم ملی هندبال گفت: «کاستا فیکس است.»")
    assert speakers(quotes)[-1] == ("body:2", "کیوان صدری")


def test_an_interviews_headline_and_lead_title_is_the_one_who_answers_its_questions():
    """The headline and the lead call the interviewee by a title (استاد اقتصاد) the body never
    gives anyone, and the first question reports what an official said: the title is the one
    who answers, not nobody."""
    quotes = headed_quotes(
        "کارشناس پولی: تورم با چاپ پول پایین نمی‌آید",
        "یک کارشناس پولی معتقد است تا کسری بودجه با چاپ پول جبران شود، تورم پایین نمی‌آید.",
        "دکتر پرویز آذری، عضو هیئت علمی دانشکده مدیریت، سال‌هاست درباره بانک پژوهش می‌کند. با او گفت‌وگو کرده‌ایم.",
        "خبرنگار: رئیس شورای پول، آقای بهرام نیک‌سیر، گفته بود که تورم امسال کم می‌شود. نظر شما چیست؟",
        "تا وقتی کسری بودجه با چاپ پول جبران می‌شود، تورم پایین نمی‌آید.",
        "خبرنگار: راه حل چیست؟",
        "انضباط مالی دولت.")
    assert speakers(quotes)[:2] == [("title", "پرویز آذری"), ("lead", "پرویز آذری")]
