"""Quotes goftar must find: reported speech in the shapes Persian news gives it, words in
guillemets, and a speaker's direct words going on where no cue stands.

Reported speech: a second speech verb joined by و, a press office speaking for its body, a group
named as a source, a judgement in the present (Y را Z می‌داند), a denial (رد کرد), a claim named by
its noun, a claim closing on the speaker's own «words», a reflexive source (به گفته خودش),
«به گفته X، ROLE، CLAIM», a prediction and a warning. Every sentence is written for the test.
"""

from __future__ import annotations

import pytest

from corpus.document import Document, Quote
from corpus.quotes import extract_quotes
from quoting import headed_quotes, quotes_of


def claims(quotes: list[Quote]) -> list[tuple[str, str | None, str]]:
    return [(quote.kind, quote.speaker, quote.text) for quote in quotes]


SPEAKER = "سارا امینی، مدیرکل بهزیستی استان،"


@pytest.mark.parametrize("first, first_claim, joined, second_claim", [
    ("مدعی شد که", "مدیران شهرداری وعده‌های خود را فراموش کرده‌اند", "هشدار داد",
     "اگر تا ماه بعد تغییری ایجاد نشود، خانواده‌ها شکایت خواهند کرد"),
    ("گفت", "نشستی با حضور نمایندگان خانواده‌ها فردا برگزار می‌شود", "ابراز امیدواری کرد",
     "این نشست به توافق برسد"),
    ("تاکید کرد که", "کمبود بودجه بخشی از مشکل است", "خبر داد که",
     "از ابتدای سال ۸۰ مرکز تازه در استان راه‌اندازی شده است"),
])
def test_a_second_speech_verb_joined_by_and_has_its_own_claim(first, first_claim, joined, second_claim):
    """``X گفت CLAIM و ابراز امیدواری کرد CLAIM2``: the first claim ends before و, and the second
    verb, in the cue's own form, reports a claim of the same speaker."""
    quotes = quotes_of(f"{SPEAKER} {first} {first_claim} و {joined} {second_claim}.")
    assert claims(quotes) == [("indirect", "سارا امینی", first_claim), ("indirect", "سارا امینی", second_claim)]


def test_arabic_letters_read_the_joined_verb_the_same():
    """ي and ك for ی and ک change nothing."""
    text = f"{SPEAKER} مدعی شد که مدیران شهرداری وعده‌های خود را فراموش کرده‌اند و هشدار داد اگر تغییری نشود، خانواده‌ها شکایت خواهند کرد."
    quotes = quotes_of(text.replace("ی", "ي").replace("ک", "ك"))
    assert [quote.cue for quote in quotes] == ["مدعي شد", "هشدار داد"]


@pytest.mark.parametrize("text", [
    # a plural verb after a singular cue: the claim's own subject goes on
    f"{SPEAKER} گفت که مدیران شهرداری وعده‌های خود را فراموش کرده‌اند و اعلام کردند که بودجه‌ای در کار نیست.",
    # a perfect after a simple past: the claim's subject's, not the one who announced
    "دفتر این نهاد اعلام کرد، رئیس شورا هرگونه حمایت از فهرست نامزدها را رد و تاکید کرده که بی‌طرف خواهد ماند.",
])
def test_a_joined_verb_in_another_form_stays_in_the_claim(text):
    """The joined verb is the speaker's only in the cue's form; in another it is the claim's
    subject's, and the claim runs over it as one."""
    assert len(quotes_of(text)) == 1


@pytest.mark.parametrize("opening", ["به نقل از روابط عمومی", "به گزارش روابط عمومی", "به نقل از روابط‌عمومي"])
def test_what_a_press_office_reports_is_its_bodys_word(opening):
    """``به نقل از روابط عمومی X، CLAIM``: X speaks through its press office, under its own name."""
    claim = "ثبت‌نام طرح کمک‌هزینه مسکن از امروز آغاز شده و تا پایان ماه ادامه دارد"
    quotes = quotes_of(f"{opening} اداره کل بهزیستی استان، {claim}.")
    assert claims(quotes) == [("indirect", "اداره کل بهزیستی استان", claim)]
    assert quotes[0].speaker_type == "organisation"


def test_a_listed_body_name_runs_past_its_comma():
    """A body named as a list (رفاه، خدمات و ...) keeps its comma; the claim starts after the next."""
    quotes = quotes_of("به گزارش روابط عمومی سازمان رفاه، خدمات و مشارکت‌های شهری استان، "
                       "از ابتدای ماه تاکنون نه گرمخانه در مناطق مختلف شهر فعال شده است.")
    assert [(quote.speaker, quote.text[:10]) for quote in quotes] == [
        ("سازمان رفاه، خدمات و مشارکت‌های شهری استان", "از ابتدای ")]


def test_a_press_office_carrying_someones_words_reports_nothing_of_its_own():
    """The sentence quotes someone (a colon after a speech verb, گفت که): the office only carried it."""
    direct = quotes_of("به نقل از روابط عمومی شرکت آب استان، رضا کریمی در این نشست اظهار داشت: آب شهر تا هفته آینده وصل می‌شود.")
    indirect = quotes_of("به نقل از روابط عمومی شرکت آب استان، رضا کریمی در این نشست گفت که آب شهر تا هفته آینده وصل می‌شود.")
    assert [(quote.kind, quote.speaker) for quote in direct + indirect] == [("direct", "رضا کریمی"), ("indirect", "رضا کریمی")]


def test_a_press_office_keeps_no_floor_from_the_one_the_story_is_about():
    """The body's report frames the story: the وی after it is the official it opens on."""
    quotes = quotes_of("به نقل از روابط عمومی استانداری، رضا کریمی استاندار امروز از بیمارستان تازه شهر بازدید کرد.",
                       "وی گفت: بخش کودکان این بیمارستان تا پایان سال آماده می‌شود.")
    assert [(quote.where, quote.speaker) for quote in quotes] == [("body:0", "استانداری"), ("body:1", "رضا کریمی")]


@pytest.mark.parametrize("opening", ["براساس این گزارش،", "بنا بر این گزارش،", "این گزارش حاکی است،"])
def test_this_report_after_a_press_offices_credit_is_the_bodys_word_too(opening):
    """``براساس این گزارش، CLAIM`` in an article credited to a press office: the body's report goes on."""
    quotes = quotes_of("به گزارش روابط عمومی اداره کل بهزیستی استان، ثبت‌نام طرح کمک‌هزینه مسکن از امروز آغاز شد.",
                       f"{opening} سهم هر خانوار از این طرح ۵۰ میلیون ریال است.")
    assert [(quote.where, quote.speaker) for quote in quotes] == [
        ("body:0", "اداره کل بهزیستی استان"), ("body:1", "اداره کل بهزیستی استان")]
    assert quotes[1].text == "سهم هر خانوار از این طرح ۵۰ میلیون ریال است"


@pytest.mark.parametrize("paragraphs", [
    ("به گزارش خبرنگار اقتصادی خبرگزاری فارس، قیمت طلا در بازار امروز کاهش یافت.",
     "براساس این گزارش، هر گرم طلای ۱۸ عیار ارزان شد."),
    ("به گزارش روابط عمومی شرکت آب استان، رضا کریمی مدیرعامل این شرکت اظهار داشت: آب شهر فردا وصل می‌شود.",
     "براساس این گزارش، لوله‌های فرسوده محله تا پایان ماه تعویض می‌شوند."),
])
def test_this_report_after_an_agencys_credit_or_someones_words_is_nobodys(paragraphs):
    """After an agency's credit "this report" is the agency's; after a credit carrying someone's
    words the body said nothing of its own that goes on."""
    assert all(quote.where != "body:1" for quote in quotes_of(*paragraphs))


@pytest.mark.parametrize("sentence, term", [
    ("یک نماینده دیگر این طرح را «ستم به بازنشستگان» می‌داند.", "ستم به بازنشستگان"),
    ("مینا کاظمی، ساکن این شهرک، «نبود نانوایی و داروخانه» را بزرگ‌ترین مشکل محله می‌داند.",
     "نبود نانوایی و داروخانه"),
    ("او این کتابخانه را «خانه دوم بچه‌های روستا» مي‌داند.", "خانه دوم بچه‌های روستا"),
    # a judging noun's present (round 25): توصیف/ارزیابی/تلقی/قلمداد می‌کند
    ("اما مینا کاظمی این طرح‌ها را «خانه‌هایی دور از شهر» توصیف می‌کند.", "خانه‌هایی دور از شهر"),
    ("او وضعیت آب شهرک را «بحرانی در راه» ارزيابي مي كند.", "بحرانی در راه"),
    ("مینا کاظمی «نبود نانوایی و داروخانه» را بزرگ‌ترین مشکل محله تلقی می‌کند.", "نبود نانوایی و داروخانه"),
])
def test_words_in_guillemets_a_present_judgement_gives_are_the_judges(sentence, term):
    """``X این طرح را «...» می‌داند`` (or ``توصیف می‌کند``): the «» make the judgement's words the judge's own."""
    quotes = quotes_of("مینا کاظمی از ساکنان شهرک در این باره گفت که چند سال است منتظر مانده‌اند.", sentence)
    assert [(quote.kind, quote.text) for quote in quotes if quote.where == "body:1"] == [("guillemet", term)]


@pytest.mark.parametrize("sentence", [
    "او «خدا» را همراه خود می‌داند.",  # one word in «»: a name or a term, no words of the judge
    "او «قانون کار جدید» را می‌داند.",  # no judgement: he knows it
    "او «خدا» را همراه خود توصیف می‌کند.",  # one word in «», with a judging noun's present too
    "او نقش اول فیلم «روزهای بی‌بازگشت» را بازی می‌کند.",  # no judging noun: a film's name
    "این گزارش وضعیت بازار را «رکود تورمی عمیق» توصیف می‌کند.",  # a document judges: nobody named
    "این گزارش وضعیت بازار را «رکود تورمی عمیق» می‌داند.",
])
def test_a_name_or_a_thing_known_in_guillemets_is_no_judgement(sentence):
    assert [quote for quote in quotes_of(sentence) if quote.kind == "guillemet"] == []


@pytest.mark.parametrize("told", [
    "او نبود اردوی خارجی را «بزرگ‌ترین ضعف برنامه امسال» دانست.",
    "سرپرست فدراسیون کشتی حمایت از استعدادهای استان را جزو وظایف فدراسیون برشمرد.",
])
def test_a_judgement_told_of_someone_ends_the_quote_before_it(told):
    """``X افزود: QUOTE. او Y را Z دانست.``: a judgement told in the third person's past is the
    report's, not the speaker's words; it is a quote of its own."""
    quotes = quotes_of("رضا کریمی سرمربی تیم گفت: بازیکنان ما خوب تمرین کرده‌اند و برای بازی آماده‌ایم. " + told)
    assert [quote.kind for quote in quotes] == ["direct", "indirect"]
    assert quotes[0].text == "بازیکنان ما خوب تمرین کرده‌اند و برای بازی آماده‌ایم."


@pytest.mark.parametrize("recounted", [
    "کمک داور من خطای دست این بازیکن را اعلام کرد.",  # announced: no judgement between را and the verb
    "البته این تصمیم را با وجود اعتراض‌ها، درست دانست.",  # no subject of its own: the speaker's words go on
])
def test_what_a_speaker_recounts_stays_in_his_quote(recounted):
    quotes = quotes_of("رضا کریمی داور بازی گفت: صحنه را دقیق ندیدم و به دستیارم اعتماد کردم. " + recounted)
    assert [(quote.kind, quote.text.endswith(recounted)) for quote in quotes] == [("direct", True)]


@pytest.mark.parametrize("source, claim", [
    ("کارشناسان", "از ظرفیت خوابگاه‌های این دانشگاه فراتر می‌رود"),
    ("برخی از مسئولان", "از ظرفیت خوابگاه‌های این دانشگاه فراتر می‌رود"),
])
def test_a_group_named_as_a_source_ends_on_its_plural(source, claim):
    """``به گفته کارشناسان CLAIM`` with no comma: an unnamed group's view, the group read up to
    its plural, where a preposition opens the claim."""
    quotes = quotes_of(f"این رقم به گفته {source} {claim}.")
    assert [(quote.kind, quote.speaker, quote.text) for quote in quotes] == [("indirect", None, claim)]


def test_a_group_read_on_past_its_plural_is_no_source():
    """``به عقیده برخی کارشناسان اقتصادی نشان دهنده ...``: where the group ends is unclear."""
    assert quotes_of("این آمار به عقیده برخی کارشناسان اقتصادی نشان دهنده آن است که رکود بازار ادامه دارد.") == []


def test_a_label_quote_may_open_on_a_number():
    """``کریمی: ۲۱۲ مرکز مجاز داریم``: a number after the label's colon and a blank opens words."""
    quotes = quotes_of("رضا کریمی مدیرکل بهزیستی استان در این باره توضیح داد.",
                       "کریمی: ۲۱۲ مرکز مجاز داریم که ظرفیت آنها حدود نه هزار نفر است.")
    assert [(quote.where, quote.speaker) for quote in quotes] == [("body:1", "رضا کریمی")]


def test_a_headline_speaker_may_name_an_outlet_in_guillemets():
    """``X در گفت‌وگو با «Y»: QUOTE``: the guillemets around a name leave the headline's speaker."""
    doc = Document(id="doc", title="رئیس دانشگاه شهر در گفت‌وگو با «نامه شرق»: خوابگاه متأهلی اولویت اول ماست",
                   lead="", paragraphs=["حسن رستمی، رئیس دانشگاه شهر، گفت: ساخت خوابگاه تازه از بهار آغاز می‌شود."])
    assert [(quote.where, quote.speaker) for quote in extract_quotes(doc)] == [("title", "حسن رستمی"), ("body:0", "حسن رستمی")]


# A judgement in the present with its judge named.

@pytest.mark.parametrize("text, speaker, claim", [
    ("سارا امینی، مدیرکل بهزیستی استان، این طرح را بهترین راه کمک به خانواده‌ها می‌داند.",
     "سارا امینی", "این طرح را بهترین راه کمک به خانواده‌ها"),
    # a surname, the verb written with a space for the ZWNJ, after a sentence of its own
    ("امینی اما با این نظر موافق نیست و کمبود بودجه را مهم‌ترین مشکل استان می داند.",
     "امینی", "کمبود بودجه را مهم‌ترین مشکل استان"),
])
def test_a_present_judgement_by_a_named_judge_is_reported(text, speaker, claim):
    """``X Y را Z می‌داند``: the present of a judging verb reports X's judgement as the past does
    (``Y را Z دانست``), when the clause names X."""
    assert claims(quotes_of(text)) == [("indirect", speaker, claim)]


@pytest.mark.parametrize("text", [
    "امینی پاسخ این پرسش را به خوبی می‌داند.",  # knowing, an adverb of manner after را
    "امینی هنوز نظر مدیران را درباره طرح نمی‌داند.",  # denied: does not know
    "دیدگاهی که دین را امری فردی می‌داند در این کتاب نقد شده است.",  # an essay's view, a relative clause
    "این مکتب انسان را موجودی اجتماعی می‌داند.",  # no judge named
    # (a group written out judging, کارشناسان این طرح را ناکارآمد می‌دانند, is its quote since round 24:
    # tests/test_groups_judging_in_the_present.py)
    "امینی و همکارانش این طرح را راه حل اصلی بحران می‌دانند.",  # a joint subject, plural
    "شهردار در پی اجرای آنچه آن را طرح نجات شهر می‌نامد، بودجه را افزایش داده است.",  # آنچه: a relative
])
def test_a_present_judging_verb_that_reports_no_judgement(text):
    """Knowing, a view with no named judge, a joint subject, a relative clause: no quote."""
    assert [quote for quote in quotes_of(text) if quote.cue.endswith(("داند", "دانند", "نامد"))] == []


def test_a_present_judgement_inside_a_reported_claim_is_that_claim():
    """``X گفت که Y را Z می‌داند``: the judgement is part of what گفت reports, not a second quote."""
    quotes = quotes_of("امینی گفت که مدیر را مسئول اصلی این تاخیر می‌داند.")
    assert [quote.cue for quote in quotes] == ["گفت"]


# رد of an object that states what is denied.

@pytest.mark.parametrize("text, speaker, claim", [
    # a role with no comma before the object: the role would run into it
    ("رضا کریمی، پزشک معالج این بازیکن احتمال حضور او در دیدار هفته آینده را رد نکرد.",
     "رضا کریمی", "احتمال حضور او در دیدار هفته آینده"),
    ("امینی شایعه استعفای خود از این سمت را رد کرد.", "امینی", "شایعه استعفای خود از این سمت"),
    ("امینی هر گونه کوتاهی مدیران در رسیدگی به شکایت‌ها را رد کرد.", "امینی",
     "هر گونه کوتاهی مدیران در رسیدگی به شکایت‌ها"),
])
def test_a_denied_possibility_or_report_is_what_the_speaker_denies(text, speaker, claim):
    """``X احتمال CLAIM را رد نکرد``, ``X هرگونه CLAIM را رد کرد``: the object states the
    proposition, so رد reports it as تکذیب does; the subject ends where that object opens."""
    assert claims(quotes_of(text)) == [("indirect", speaker, claim)]


@pytest.mark.parametrize("text", [
    "امینی پیشنهاد شهرداری برای واگذاری ساختمان را رد کرد.",  # an offer turned down
    "امینی صحبت‌های مدیر پیشین بهزیستی درباره بودجه را رد کرد.",  # another's words answered
    "امینی در واکنش به خبر استعفای مدیرکل پیشنهاد شهرداری را رد کرد.",  # the news is a preposition's
    "امینی این خبر را رد کرد.",  # refers back, says nothing
    "احتمال حضور او در دیدار هفته آینده را رد نکرد.",  # nobody named
])
def test_a_rejection_that_states_no_proposition_is_no_quote(text):
    """An offer turned down, someone's words answered, a report referred back to: nothing said."""
    assert quotes_of(text) == []


# A claim named by its noun, with nobody or a group as claimant.

@pytest.mark.parametrize("text, claim", [
    ("وزیر کار درباره برخی ادعاها مبنی بر اینکه طرح تازه بیمه به افزایش بیکاری منجر شده است، گفت: این طرح هنوز اجرا نشده است.",
     "طرح تازه بیمه به افزایش بیکاری منجر شده است"),
    ("به همین دلیل ادعای این رسانه‌ها مبنی بر گرانی دوباره بلیت هواپیما را باید سنجید.",
     "گرانی دوباره بلیت هواپیما"),
])
def test_a_claim_with_no_named_claimant_is_an_unnamed_quote(text, claim):
    """``برخی ادعاها مبنی بر اینکه CLAIM``, ``ادعای این رسانه‌ها مبنی بر CLAIM``: what is claimed
    is a quote whose speaker nobody names."""
    found = [(quote.kind, quote.speaker, quote.text) for quote in quotes_of(text) if quote.kind == "indirect"]
    assert found == [("indirect", None, claim)]


def test_a_summary_of_speeches_with_no_speaker_stays_the_reporters():
    """``سخنان مبنی بر CLAIM`` with nobody: the reporter's summary, as before; only a claim's noun
    reports an unnamed claimant."""
    assert quotes_of("در این نشست سخنان مبنی بر لزوم حمایت از تولید داخلی بسیار شنیده شد.") == []


# A claim closing on the speaker's own «words», and a source named by a reflexive.

def test_a_claim_closing_on_the_speakers_own_words_leaves_them_a_guillemet_quote():
    """گفت که CLAIM، اما «QUOTE»: the claim ends at the comma, the «words» are quoted on their own."""
    quotes = quotes_of("کاظمی در پاسخ به نامه شهرداری گفت که کانون از برگزاری جلسه مشترک استقبال می‌کند، "
                       "اما «تصمیم نهایی را باید خود ساکنان محله بگیرند».")
    assert [(q.kind, q.speaker, q.text) for q in quotes] == [
        ("indirect", "کاظمی", "کانون از برگزاری جلسه مشترک استقبال می‌کند"),
        ("guillemet", "کاظمی", "تصمیم نهایی را باید خود ساکنان محله بگیرند")]


def test_the_joining_word_before_the_closing_quote_may_be_spelt_apart_or_in_arabic_letters():
    quotes = quotes_of("كاظمي مي‌گويد هر روز صبح به كتابخانه محله سر مي‌زند، چرا كه «هنوز كتاب خواندن را كنار نگذاشته است».")
    assert [q.kind for q in quotes] == ["indirect", "guillemet"]
    assert quotes[1].text == "هنوز كتاب خواندن را كنار نگذاشته است"


def test_a_reflexive_source_with_no_comma_is_the_one_the_sentence_speaks_of():
    """به گفته خودش CLAIM: the claim follows the reflexive, whoever has the floor said it."""
    quotes = quotes_of("مریم احمدی سه فرزند دارد و به گفته خودش بزرگ‌ترین نگرانی‌اش ترک تحصیل پسر بزرگش است.")
    assert [(q.kind, q.cue, q.speaker, q.text) for q in quotes] == [
        ("indirect", "به گفته", "مریم احمدی", "بزرگ‌ترین نگرانی‌اش ترک تحصیل پسر بزرگش است")]


def test_by_their_own_word_is_a_source_but_a_saying_is_nobodys():
    """به قول خودش CLAIM names the one spoken of; به قول معروف opens a saying, nobody's words."""
    quotes = quotes_of("رضا کاظمی در فینال شکست خورد و به قول خودش اگر آن ضربه گل مي‌شد، قهرمانی از آن تيم او بود.")
    assert [(q.cue, q.speaker, q.text) for q in quotes] == [
        ("به قول", "رضا کاظمی", "اگر آن ضربه گل مي‌شد، قهرمانی از آن تيم او بود")]
    assert quotes_of("به قول معروف، کار از محکم‌کاری عیب نمی‌کند و باید دوباره بررسی کرد.") == []


# «به گفته X، ROLE، CLAIM»: the role set off after the name is the source's.

def test_a_role_set_off_after_the_source_of_according_to_is_the_sources_not_the_claims():
    """به گفته مهدی کاظمی، مدیرکل بهزیستی استان یزد، ۳۰۰ کودک ...: the claim starts at ۳۰۰ and
    the speaker keeps the role."""
    [quote] = quotes_of(
        "به گفته مهدی کاظمی، مدیرکل بهزیستی استان یزد، ۳۰۰ کودک کار در این استان شناسایی شده‌اند.")
    assert (quote.speaker, quote.role) == ("مهدی کاظمی", "مدیرکل بهزیستی استان یزد")
    assert quote.text.startswith("۳۰۰ کودک")


def test_a_clause_after_the_source_of_according_to_stays_the_claim():
    """به گفته کاظمی، مدیرکل قبلی این اداره را ترک کرده، ...: a part holding a verb is the claim's."""
    [quote] = quotes_of(
        "به گفته مهدی کاظمی، مدیرکل قبلی این اداره را ترک کرده، و کسی جای او نیامده است.")
    assert quote.text.startswith("مدیرکل قبلی")


# Predictions, warnings, and a headline ending on someone's «words».

def found(quotes: list[Quote]) -> list[tuple[str, str, str | None, str]]:
    return [(q.where, q.kind, q.speaker, q.text) for q in quotes]


def test_a_prediction_is_reported_speech_with_or_without_that():
    """``X پیش‌بینی کرد (که) CLAIM``: what someone predicts is what they said would happen."""
    quotes = headed_quotes(
        "عنوان خبر", "",
        "بهرام کاشانی، کارشناس هواشناسی استان، پیش‌بینی کرد که بارش‌ها از هفته آینده در نیمه شمالی استان بیشتر شود.",
        "وی همچنین پیش بینی کرد دمای هوا تا پایان ماه پنج درجه پایین بیاید.")
    assert [(q.where, q.kind, q.speaker, q.text) for q in quotes] == [
        ("body:0", "indirect", "بهرام کاشانی", "بارش‌ها از هفته آینده در نیمه شمالی استان بیشتر شود"),
        ("body:1", "indirect", "بهرام کاشانی", "دمای هوا تا پایان ماه پنج درجه پایین بیاید")]


def test_a_planned_sum_or_a_passive_prediction_is_nobodys_claim():
    """پیش‌بینی in a budget (``اعتباری را پیش‌بینی کرد``) or in the passive says nothing anyone said."""
    quotes = headed_quotes(
        "عنوان خبر", "",
        "شورای شهر برای بازسازی پل قدیمی اعتباری ده میلیاردی را پیش‌بینی کرد.",
        "بارش باران در روزهای آینده پیش‌بینی شده است و جاده‌ها لغزنده خواهند بود.")
    assert quotes == []


def test_a_headline_ending_on_quoted_words_after_a_semicolon_quotes_the_storys_speaker():
    """``گفت‌وگو با X؛ «QUOTE»``: the headline's last part is someone's words, as in ``X: QUOTE``."""
    quotes = headed_quotes(
        "گفت‌وگو با سرمربی تیم ملی هندبال؛ «برای صعود به المپیک آماده‌ایم»",
        "سرمربی تیم ملی هندبال می‌گوید بازیکنان جوان آینده این رشته هستند.",
        "رضا گلبرگی، سرمربی تیم ملی هندبال، در گفت‌وگو با ما گفت: «اردوی بعدی از ماه آینده در کیش برگزار می‌شود.»")
    assert ("title", "guillemet", "رضا گلبرگی", "برای صعود به المپیک آماده‌ایم") in found(quotes)


def test_quoted_names_or_a_headline_quote_in_mid_title_are_not_the_tail_rule():
    """«» naming a thing at a headline's end (``... افتتاح شد؛ «خانه امید»``) is no sentence;
    «words» followed by more headline are read as before."""
    for title in ("مرکز تازه بهزیستی در شهر افتتاح شد؛ «خانه امید کودکان کار و خیابان»",
                  "نمایشگاه کتاب کودک؛ «قصه‌های شب برای بچه‌های امروز» و ده کتاب دیگر"):
        assert [q for q in headed_quotes(title, "") if q.where == "title"] == []


def test_a_warning_of_a_thing_followed_by_what_was_said_names_its_topic():
    """``X نسبت به NOUN هشدار داد و گفت ...``: the noun is what the warning is about; the words
    are after گفت. A warning with no words after it keeps its claim."""
    quotes = headed_quotes(
        "عنوان خبر", "",
        "پرستو کیانی، رئیس اداره محیط زیست شهر، نسبت به شکار بی‌رویه پرندگان مهاجر هشدار داد و گفت که "
        "شکارچیان غیرمجاز از این پس با جریمه سنگین روبه‌رو می‌شوند.",
        "کیانی همچنین نسبت به خشک شدن تالاب شهر هشدار داد.")
    assert [(q.where, q.text) for q in quotes] == [
        ("body:0", "شکارچیان غیرمجاز از این پس با جریمه سنگین روبه‌رو می‌شوند"),
        ("body:1", "خشک شدن تالاب شهر")]


# A speaker's direct words going on in a paragraph with no cue of its own, between two quotes
# of the same speaker.

def spoken_in(quotes: list[Quote], where: str) -> list[tuple[str, str | None]]:
    return [(quote.kind, quote.speaker) for quote in quotes if quote.where == where]


OFFICIAL = "بهرام نیک‌پور، مدیرکل آموزش فنی استان، در نشست خبری گفت: هنرستان‌های استان امسال پذیرش بیشتری دارند."
STATES = "روشن است که آموزش مهارت برای جوانان جویای کار اهمیت زیادی دارد و باید کارگاه‌های تازه‌ای راه‌اندازی کرد."
SAME_AGAIN = "مدیرکل آموزش فنی استان گفت: ثبت‌نام از هفته آینده آغاز می‌شود و تا پایان ماه ادامه دارد."
ADDED = "وی افزود: ظرفیت رشته‌های برق و مکانیک دو برابر شده است."


def test_a_stating_paragraph_between_two_quotes_of_one_speaker_is_his_words():
    """No cue, no first person, but the official is quoted right before and right after it."""
    quotes = quotes_of(OFFICIAL, ADDED, STATES, SAME_AGAIN)
    assert spoken_in(quotes, "body:2") == [("direct", "بهرام نیک‌پور")]


def test_arabic_letters_and_spaced_verbs_read_the_same():
    """ي and ك for ی and ک, and می توان written apart, change nothing."""
    states = STATES.replace("باید", "می توان").replace("ی", "ي").replace("ک", "ك")
    quotes = quotes_of(OFFICIAL, ADDED, states, SAME_AGAIN)
    assert spoken_in(quotes, "body:2") == [("direct", "بهرام نیک‌پور")]


@pytest.mark.parametrize("report", [
    "سال گذشته هنرستان شهید رجایی به دلیل کمبود مربی دو رشته خود را تعطیل کرد.",  # a past event told
    "گفتنی است هزینه این دوره‌ها برای همه جوانان جویای کار استان رایگان است.",  # a report's note
])
def test_the_reports_own_paragraph_between_quotes_is_nobodys(report):
    """A paragraph telling past events or opening on a report's note is the report's, though one
    stating in the speaker's voice right before it is his words."""
    quotes = quotes_of(OFFICIAL, report, SAME_AGAIN, STATES, ADDED)
    assert spoken_in(quotes, "body:1") == []
    assert spoken_in(quotes, "body:3") == [("direct", "بهرام نیک‌پور")]


def test_a_paragraph_after_words_in_the_first_person_without_any_is_the_reports():
    """The voice changed: after ``ما ... کردیم`` a paragraph speaking of the team in the third person."""
    coach = ("سامان فرجی، سرمربی تیم، پس از بازی گفت: ما در نیمه دوم بهتر بازی کردیم و می‌توانستیم "
             "گل‌های بیشتری بزنیم.")
    quotes = quotes_of(coach, "این تیم با این پیروزی به رده سوم جدول می‌رسد و فاصله‌اش با صدر سه امتیاز است.",
                       "فرجی افزود: بازیکنان جوان ما آینده خوبی دارند.", OFFICIAL, STATES, ADDED)
    assert spoken_in(quotes, "body:1") == []
    assert spoken_in(quotes, "body:4") == [("direct", "بهرام نیک‌پور")]


def test_a_paragraph_between_quotes_of_two_speakers_is_the_reports():
    """Quoted again right after it is someone else: nothing says whose words it would be."""
    other = "سمیه رادمنش، عضو شورای شهر، گفت: شورا بودجه این طرح را تصویب می‌کند."
    quotes = quotes_of(OFFICIAL, STATES, other, SAME_AGAIN, STATES, ADDED)
    assert spoken_in(quotes, "body:1") == []
    assert spoken_in(quotes, "body:4") == [("direct", "بهرام نیک‌پور")]


def test_a_denied_verb_or_a_subjunctive_of_i_keeps_the_speaker_going_on():
    """After a quote running to its paragraph's end, a paragraph whose only first person is a
    denied verb (نکرده‌ام، نتوانستیم) or a subjunctive of «I» (بگویم) is the speaker going on."""
    for going_on in ("از اول سال تا امروز یک روز هم مغازه را تعطیل نکرده ام. سود این کار دیگر کفاف اجاره را نمی‌دهد.",
                     "متاسفانه پارسال نتوانستيم اعتبار لازم براي اصلاح شبكه را جذب كنيم و كار عقب افتاد.",
                     "البته این را هم بگویم که جریمه مشترکان پرمصرف از ماه بعد اجرا می‌شود."):
        quotes = quotes_of("حسن کریمی، مدیر شرکت آب شهر، گفت: ذخیره سد به ۲۰ درصد رسیده است.", going_on,
                           "در پایان نشست، از تاسیسات تازه شهر بازدید شد.")
        assert [(q.where, q.kind, q.speaker) for q in quotes] == [
            ("body:0", "direct", "حسن کریمی"), ("body:1", "direct", "حسن کریمی")], going_on


def test_a_subjunctive_of_we_after_a_heading_question_is_the_reports_own_voice():
    """The report's own «we» writes a subjunctive (``شاهد ... باشیم``): after a feature's heading
    that ends in ؟ the paragraph is the report's, not an answer."""
    quotes = quotes_of("سرمربی تیم گفت: بازیکنان ما آماده‌اند و برای برد می‌جنگیم.",
                       "تیم ساحل؛ مربی می‌ماند؟",
                       "نتایج تیم در نیم فصل دوم خوب نبود و باید در هفته‌های پایانی شاهد تغییرات تازه در کادر فنی باشیم.")
    assert [q.where for q in quotes] == ["body:0"]


def test_a_word_said_as_the_verbs_object_leaves_no_claim_after_it():
    """``X که در همایش سخن می‌گفت، ...``, ``تسلیت گفت، ...``: گفتن has said its word (سخن، تسلیت،
    خوشامد); what follows the comma is no claim, and the speaker's own cues after it are read."""
    quotes = quotes_of(
        "علی رضایی، مدیرکل بهزیستی استان، که صبح امروز در همایش سالمندان سخن مى‌گفت، با اشاره به اينكه"
        " بودجه امسال كم است، گفت كه ۲۰۰ مركز جديد ساخته مى‌شود.",
        "شهردار به خانواده‌های جانباختگان تسلیت گفت، مراسم یادبود هفته آینده در مسجد جامع برگزار می‌شود.",
        "رئیس دانشگاه به دانشجویان جدید خوشامد گفت، کلاس‌ها از شنبه آغاز می‌شود.")
    assert [(q.where, q.cue, q.text) for q in quotes] == [
        ("body:0", "با اشاره به اينكه", "بودجه امسال كم است"), ("body:0", "گفت", "۲۰۰ مركز جديد ساخته مى‌شود")]


def test_any_writing_quoted_in_guillemets_after_amade_ast_is_a_direct_quote():
    """``در DOCUMENT آمده است: «...»`` whatever the document is called (دادنامه، پاسخ، وصیت‌نامه):
    آمده before a colon and a quotation mark says its words are quoted."""
    for frame in ("در بخشی از دادنامه دادگاه آمده است:", "در این پاسخ آمده است:", "در وصيت‌نامه او آمده بود: "):
        quotes = quotes_of("اداره کار استان درباره تعطیلی کارخانه نساجی شهر واکنش نشان داد.",
                           frame + "«هیچ کارگری بدون حقوق رها نمی‌شود و مطالبات تا پایان ماه پرداخت می‌شود.»")
        assert [(q.where, q.kind, q.text) for q in quotes] == [
            ("body:1", "direct", "هیچ کارگری بدون حقوق رها نمی‌شود و مطالبات تا پایان ماه پرداخت می‌شود.")], frame


def test_a_verse_or_unquoted_words_after_an_unlisted_writing_are_no_quote():
    """A verse is the writer's citation (در آیه ۱۲ سوره بقره آمده است:), and an unlisted noun with
    no quotation mark after its colon (در ماده ۲ آمده است: ...) may be a law's article: neither is read."""
    quotes = quotes_of("در آیه ۱۲ سوره بقره آمده است: «آنان همان مفسدانند ولی خود نمی‌فهمند.»",
                       "در ماده ۲ آمده است: عبارات این قانون در معانی زیر به کار می‌رود.")
    assert quotes == []


def test_a_cue_opening_the_quote_before_is_reported_inside_it():
    """``X ادامه داد: یکی از والدین به من گفت: «...» ...``: the second cue's clause opens X's quote,
    so X's words report it; they run on past it, and nothing is carried to the next paragraph."""
    quotes = quotes_of(
        "مدیر مدرسه ادامه داد: یکی از والدین هفته گذشته به من گفت: «بچه‌ام از سرما بیمار شد.» این وضع قابل قبول نیست.",
        "در پایان، مسئولان قول پیگیری دادند و جلسه تمام شد.")
    assert [(q.where, q.cue, q.text) for q in quotes] == [
        ("body:0", "ادامه داد",
         "یکی از والدین هفته گذشته به من گفت: «بچه‌ام از سرما بیمار شد.» این وضع قابل قبول نیست.")]


def test_a_message_sent_reports_what_it_says_before_that_or_a_colon():
    """``یکی از شنوندگان پیام داده که CLAIM``: a message's words are reported speech; ``پیام داد و ...``
    with no که or colon only tells that one was sent."""
    quotes = quotes_of("یکی از شنوندگان پیام داده که آب محله سه روز است قطع شده.",
                       "مدیر باشگاه به بازیکنان پیامک داد كه تمرين فردا لغو شده است.",
                       "سرمربی پیش از بازی به بازیکنان پیام داد و به ورزشگاه رفت.")
    assert [(q.where, q.kind, q.text) for q in quotes] == [
        ("body:0", "indirect", "آب محله سه روز است قطع شده"), ("body:1", "indirect", "تمرين فردا لغو شده است")]


def test_a_letter_going_on_in_its_writers_voice_past_words_it_reports():
    """A letter's paragraph that says «we» before it reports anyone (``ما بارها ... مراجعه
    کرده‌ایم. هر بار به ما گفتند «...»``) is still the letter: the text goes on past it, up to the
    report's own paragraph on the letter (``این نامه با امضای ... به پایان رسیده است``)."""
    quotes = quotes_of(
        "کارگران کارخانه نساجی شهر نامه‌ای به استاندار نوشتند. متن کامل نامه به شرح زیر است:",
        "جناب آقای استاندار، ما کارگران کارخانه نساجی هشت ماه است حقوق نگرفته‌ایم و خانواده‌هایمان در سختی هستند.",
        "ما بارها به اداره کار مراجعه کرده‌ایم. هر بار به ما گفتند «موضوع در دست بررسی است». اما هنوز حقوقی نرسیده است.",
        "از جنابعالی تقاضا داریم دستور رسیدگی فوری به این وضع را صادر فرمایید تا کارخانه تعطیل نشود.",
        "این نامه با امضای ۱۲۰ نفر از کارگران به پایان رسیده است.")
    assert [(q.where, q.kind) for q in quotes] == [("body:1", "direct"), ("body:2", "direct"), ("body:3", "direct")]


def test_advice_given_is_reported_as_a_proposal_is():
    """``X توصیه کرد (که) CLAIM``: what someone advises others to do, with که or a subjunctive
    clause; advice given with no clause (``توصیه کرد و سپس ...``) says nothing."""
    quotes = quotes_of("لیلا احمدی، متخصص قلب، توصیه کرد افراد بالای ۴۰ سال سالی یک بار فشار خون خود را کنترل کنند.",
                       "كارشناس هواشناسي توصيه كرد كه كشاورزان از سمپاشي در روزهاي باراني خودداري كنند.",
                       "سرمربی تیم به بازیکنان توصیه کرد و سپس تمرین را ترک کرد.")
    assert [(q.where, q.kind, q.text) for q in quotes] == [
        ("body:0", "indirect", "افراد بالای ۴۰ سال سالی یک بار فشار خون خود را کنترل کنند"),
        ("body:1", "indirect", "كشاورزان از سمپاشي در روزهاي باراني خودداري كنند")]


def test_a_relative_clause_describing_the_source_of_according_to_is_no_part_of_the_claim():
    """به گفته کارشناسانی که در جلسه حضور داشتند، CLAIM: the clause's verb describes the source;
    the claim starts after its comma (it began at «که» before)."""
    [quote] = quotes_of("به گفته کارشناسانی که در جلسه حضور داشتند، طرح تا پایان سال اجرا می‌شود.")
    assert quote.text == "طرح تا پایان سال اجرا می‌شود"


INTRODUCED = "مریم احمدی، مادر سه فرزند، سال‌هاست در این محله زندگی می‌کند."


@pytest.mark.parametrize("told, words", [
    ("احمدی اما امیدش را از دست نداده است:", "هنوز فکر می‌کنم روزهای بهتری در راه است."),
    ("او هنوز امیدی به این وعده‌ها ندارد:", "ما سه سال است منتظریم و کسی سراغمان نیامده."),
    ("احمدي سرش را تكان مي‌دهد:", "ديگر نمي‌دانم به چه كسي شكايت كنم؛ همه جا رفته‌ام."),
    ("احمدی به ویترین خالی نگاه می‌کند:", "امسال حتی یک شاگرد هم نگرفته‌ام و فروش نصف شده."),
])
def test_words_in_the_first_person_after_a_clause_telling_of_someone_are_their_quote(told, words):
    """``فاطمه اما امیدش را از دست نداده است: ... می‌خواهیم``: no speech verb, but the colon and the
    change from the third person to the first say whose words follow."""
    quote = [q for q in quotes_of(INTRODUCED, f"{told} {words}") if q.where == "body:1"]
    assert [(q.kind, q.speaker, q.text) for q in quote] == [("direct", "مریم احمدی", words)]


@pytest.mark.parametrize("paragraph", [
    "مریم احمدی سه فرزند دارد: علی که ۱۲ سال دارد، سارا ۹ ساله و محمد که هنوز به مدرسه نمی‌رود.",
    "این طرح سه بخش دارد: آموزش، اشتغال و مسکن که هر کدام بودجه جداگانه‌ای دارند.",
    "من هر روز به این کوچه می‌آیم: ما اینجا بزرگ شده‌ایم و همسایه‌ها را می‌شناسیم.",
])
def test_a_colon_after_a_clause_is_no_quote_without_a_change_to_the_first_person(paragraph):
    """What follows a list's colon is the report's; a clause in the first person is the narrator's own."""
    assert [q for q in quotes_of(INTRODUCED, paragraph) if q.where == "body:1"] == []


@pytest.mark.parametrize("title, lead, paragraphs, speaker", [
    ("«هیچ بیماری نباید پشت در بیمارستان بماند»", "معاون وزیر بهداشت از افزایش تخت‌ها خبر داد.",
     ["علی رضایی، معاون وزیر بهداشت، گفت: هیچ بیماری نباید پشت در بیمارستان بماند. ظرفیت‌ها را بیشتر می‌کنیم."],
     "علی رضایی"),
    ("«بچه‌هایم را کمتر می‌بینم»؛ کمبود پرستار در بیمارستان شهر", "رئیس بیمارستان می‌گوید ۴۰ پرستار کم دارد.",
     ["دکتر حسن کریمی، رئیس بیمارستان، گفت: «۴۰ پرستار کم داریم.»",
      "مریم، پرستار بخش، می‌گوید: «هر هفته چهار شب کشیکم. بچه‌هایم را کمتر می‌بینم.»"], "مریم"),
    ("«بچه هايم را كمتر مي بينم»: روايت پرستاران", "",
     ["مریم صادقی، پرستار بخش داخلی، گفت: هر هفته چهار شب کشیکم. بچه‌هایم را کمتر می‌بینم."], "مریم صادقی"),
    ("«تا ۲ ماه دیگر پروژه تمام می‌شود»", "شهردار از پیشرفت پروژه خبر داد.",
     ["محمد احمدی، شهردار، اظهار کرد: تا 2 ماه دیگر پروژه تمام می‌شود و مردم از آن استفاده می‌کنند."], "محمد احمدی"),
])
def test_a_headlines_guillemets_are_the_words_of_whoever_the_story_quotes_saying_them(title, lead, paragraphs, speaker):
    """ANNOTATION.md, round 19: a headline's «...» naming no speaker, whole or before its ؛ or :,
    is a quote of the one the lead or body gives the same words to, in any spelling or digits."""
    headline = [(q.kind, q.speaker, q.ref) for q in headed_quotes(title, lead, *paragraphs) if q.where == "title"]
    assert headline == [("guillemet", speaker, "pronoun")]


def test_a_headlines_guillemets_nobody_in_the_story_says_are_the_headline_writers():
    quotes = headed_quotes("«زمستان سختی در راه است»", "",
                           "هواشناسی از کاهش دما در هفته آینده خبر داد و علی رضایی گفت: مردم آماده باشند.")
    assert [q for q in quotes if q.where == "title"] == []


@pytest.mark.parametrize("title, paragraph, speaker", [
    ("گفت‌وگو با مدیرعامل شرکت فولاد؛ صادرات فولاد امسال نصف شده است",
     "محمود کرمانی، مدیرعامل شرکت فولاد، در گفت‌وگو با ما گفت: صادرات فولاد امسال نصف شده است و بازار داخلی هم رونقی ندارد.",
     "محمود کرمانی"),
    ("نشست خبری شهردار کرج؛ خط دو مترو تا پایان سال به بهره برداری نمی رسد.",
     "مهدی علیپور، شهردار کرج، در نشست خبری امروز اظهار کرد: خط دو مترو تا پایان سال به بهره‌برداری نمی‌رسد. اعتبارات کافی نیست.",
     "مهدی علیپور"),
])
def test_a_headlines_last_sentence_with_no_guillemets_is_the_words_of_whoever_says_them_below(title, paragraph, speaker):
    """``گفت‌وگو با X؛ CLAIM`` (round 25): the sentence after the ؛ is someone's words when a quote in
    the story says them, as a «» part of the headline is (ANNOTATION.md, round 19)."""
    headline = [(q.kind, q.speaker, q.ref) for q in headed_quotes(title, "", paragraph) if q.where == "title"]
    assert headline == [("guillemet", speaker, "pronoun")]


@pytest.mark.parametrize("title, paragraph", [
    # nobody below says the headline's sentence: the headline writer's
    ("سیل در مازندران؛ جاده چالوس بسته شد",
     "بارش شدید باران در شمال کشور خسارت زیادی به بار آورد. مهدی رضایی، فرماندار چالوس، گفت: مردم سفر نکنند."),
    # a noun phrase, no sentence, even when a quote below says its words: the headline's summary
    ("زلزله در شهر کوهدشت؛ ۳ هزار واحد مسکونی نیازمند بازسازی",
     "مهدی رضایی، فرماندار کوهدشت، گفت: ۳ هزار واحد مسکونی نیازمند بازسازی است و کار از فردا آغاز می‌شود."),
])
def test_a_headlines_last_part_nobody_below_says_as_a_sentence_is_the_headline_writers(title, paragraph):
    assert [q for q in headed_quotes(title, "", paragraph) if q.where == "title"] == []
