"""Issue 16b, attribution: speakers named by a count, a name, a surname, a title or an
organisation. Every sentence is written for the test.
"""

from __future__ import annotations

from corpus.document import Document, Quote
from corpus.quotes import extract_quotes


def quotes_of(*paragraphs: str) -> list[Quote]:
    return extract_quotes(Document(id="doc", title="عنوان خبر", lead="", paragraphs=list(paragraphs)))


def test_a_count_of_bodies_with_a_plural_verb_speaks_under_that_name():
    """۱۲ انجمن‌های ... اعلام کردند: the count opens the subject, it does not end it."""
    for count in ("۱۲", "12"):
        quotes = quotes_of(f"به گزارش خبرنگار ما، {count} انجمن‌های صنفی با انتشار بیانیه‌ای اعلام کردند "
                           "قیمت نان باید تا پایان سال ثابت بماند.")
        assert [q.speaker for q in quotes] == [f"{count} انجمن‌های صنفی"]


def test_according_to_this_report_opens_the_sentence_before_its_subject():
    """بنا براین گزارش X ... افزود, its comma left out: the report is no part of X's name."""
    for opener in ("بنا براین گزارش", "بنا بر این گزارش", "بنابراین این گزارش،"):
        quotes = quotes_of("به گزارش خبرنگار ما، حسن کاظمی استاد دانشگاه در همایش امروز گفت: آب شهر سالم است.",
                           f"{opener} کاظمی با اشاره به کمبود باران افزود: باید در مصرف آب صرفه‌جویی کنیم.")
        assert [(q.where, q.speaker) for q in quotes] == [("body:0", "حسن کاظمی"), ("body:1", "حسن کاظمی")]


def test_a_state_named_alone_is_the_body_its_government_speaks_for():
    """دولت ژاپن ... then ژاپن اعلام کرد: one body, named in full by the state's own name."""
    quotes = quotes_of("دولت ژاپن امروز اعلام کرد که مالیات سوخت را کاهش می‌دهد.",
                       "ژاپن همچنین اعلام کرد که واردات برنج را افزایش خواهد داد.")
    assert [(q.speaker_type, q.ref) for q in quotes] == [("organisation", "name"), ("organisation", "name")]


def test_a_given_name_alone_is_the_one_speaker_whose_full_name_it_opens():
    """ماهاتیر محمد ... then ماهاتیر افزود: a foreign figure is called by the given name alone."""
    quotes = quotes_of("به گزارش خبرنگار ما، تونگو راهاکان نخست‌وزیر کامبوج در جمع خبرنگاران گفت: سد جدید تا پاییز آماده می‌شود.",
                       "تونگو در ادامه افزود: برق این سد به روستاها می‌رسد.")
    assert [q.speaker for q in quotes] == ["تونگو راهاکان", "تونگو راهاکان"]


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


def test_a_compound_verbs_noun_is_no_speakers_name():
    """انجام شد in the article, then ``... انجام ۵۰ مورد بازرسی خبر داد و گفت``: انجام names nobody."""
    quotes = quotes_of("رضا کریمی، فرمانده پلیس شهر، گفت: طرح امنیت محله‌ها از هفته گذشته انجام شد.",
                       "کریمی افزود: ۳۰۰ مورد تذکر به رانندگان داده شد. وی همچنین از تذکر به کسبه و... "
                       "انجام ۵۰ مورد بازرسی از مغازه‌ها خبر داد و گفت: ۱۰ مغازه پلمب شد.")
    assert {q.speaker for q in quotes} == {"رضا کریمی"}


def test_an_organisations_name_ends_before_a_conjunction_after_it():
    """انجمن ... اما در بیانیه‌ای اعلام کرد: اما sets the body against what came before."""
    quotes = quotes_of("انجمن صنفی نانوایان اما در بیانیه‌ای اعلام کرد که قیمت نان باید افزایش یابد.")
    assert [q.speaker for q in quotes] == ["انجمن صنفی نانوایان"]


def test_an_organisations_name_ends_before_the_noun_a_count_describes():
    """سایت ... فهرست ۶۰۰ نفره ... را اعلام کرد: فهرست is the object's, whatever the digits."""
    for count in ("۶۰۰", "600"):
        quotes = quotes_of(f"سایت آمار فوتبال جهان فهرست {count} نفره بهترین بازیکنان را اعلام کرد که "
                           "در این میان مسی در صدر قرار دارد.")
        assert [q.speaker for q in quotes] == ["سایت آمار فوتبال جهان"]


def test_a_compound_verbs_noun_is_told_however_its_light_verb_is_joined():
    """پیشرفت کرده / پیشرفت‌کرده: the same compound verb, the same no-name."""
    for joiner in (" ", "\u200c"):
        quotes = quotes_of(f"رضا کریمی، مدیر پروژه، گفت: کار سد امسال خیلی پیشرفت{joiner}کرده است.",
                           "کریمی افزود: ۳۰ درصد کار باقی است. وی همچنین از تامین بودجه و... "
                           "پیشرفت ۷۰ درصدی پروژه خبر داد و گفت: سد تا پاییز آماده می‌شود.")
        assert {q.speaker for q in quotes} == {"رضا کریمی"}
