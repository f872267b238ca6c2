"""Quote extraction: the shapes Persian news uses, and who said each quote.

Every example is a short sentence written for the test, so that the case a
test protects can be read right here.
"""

from __future__ import annotations

import gc
import json
import time
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from corpus.document import Document
from corpus.document import Quote
from corpus.quotes import extract_quotes
from corpus.readers import iter_documents
from corpus.speakers import is_surname_of, speaker_key

ZWNJ = "\u200c"
NBSP = "\u00a0"


def article(*paragraphs: str, title: str = "عنوان خبر", lead: str = "") -> Document:
    return Document(id="doc", title=title, lead=lead, paragraphs=list(paragraphs))


def quotes_of(*paragraphs: str, title: str = "عنوان خبر", lead: str = "") -> list[Quote]:
    return extract_quotes(article(*paragraphs, title=title, lead=lead))


def only(quotes: list[Quote], kind: str | None = None) -> Quote:
    chosen = [q for q in quotes if kind is None or q.kind == kind]
    assert len(chosen) == 1, [q.to_dict() for q in quotes]
    return chosen[0]


def same_person(a: str | None, b: str) -> bool:
    return a is not None and speaker_key(a) == speaker_key(b)


# --- Direct quotes -------------------------------------------------------------

SPEECH_VERB_CASES = [
    ("گفت", "رضایی گفت: مدارس از شنبه باز می‌شوند."),
    ("افزود", "رضایی افزود: مدارس از شنبه باز می‌شوند."),
    ("تصریح کرد", "رضایی تصریح کرد: مدارس از شنبه باز می‌شوند."),
    ("اظهار داشت", "رضایی اظهار داشت: مدارس از شنبه باز می‌شوند."),
    ("اظهارداشت", "رضایی اظهارداشت: مدارس از شنبه باز می‌شوند."),
    ("خاطرنشان کرد", "رضایی خاطرنشان کرد: مدارس از شنبه باز می‌شوند."),
    ("خاطر نشان کرد", "رضایی خاطر نشان کرد: مدارس از شنبه باز می‌شوند."),
    ("ادامه داد", "رضایی ادامه داد: مدارس از شنبه باز می‌شوند."),
    ("تاکید کرد", "رضایی تاکید کرد: مدارس از شنبه باز می‌شوند."),
    ("تأکید کرد", "رضایی تأکید کرد: مدارس از شنبه باز می‌شوند."),
    ("عنوان کرد", "رضایی عنوان کرد: مدارس از شنبه باز می‌شوند."),
    ("بیان کرد", "رضایی بیان کرد: مدارس از شنبه باز می‌شوند."),
    ("بیان داشت", "رضایی بیان داشت: مدارس از شنبه باز می‌شوند."),
    ("یادآور شد", "رضایی یادآور شد: مدارس از شنبه باز می‌شوند."),
    ("یادآوری کرد", "رضایی یادآوری کرد: مدارس از شنبه باز می‌شوند."),
    ("توضیح داد", "رضایی توضیح داد: مدارس از شنبه باز می‌شوند."),
    ("اعلام کرد", "رضایی اعلام کرد: مدارس از شنبه باز می‌شوند."),
    ("متذکر شد", "رضایی متذکر شد: مدارس از شنبه باز می‌شوند."),
    ("اضافه کرد", "رضایی اضافه کرد: مدارس از شنبه باز می‌شوند."),
    ("ابراز داشت", "رضایی ابراز داشت: مدارس از شنبه باز می‌شوند."),
    ("اذعان کرد", "رضایی اذعان کرد: مدارس از شنبه باز می‌شوند."),
    ("گفته است", "رضایی گفته است: مدارس از شنبه باز می‌شوند."),
    (f"می{ZWNJ}گوید", f"رضایی می{ZWNJ}گوید: مدارس از شنبه باز می‌شوند."),
    ("تاکید کردند", "رهبر انقلاب تاکید کردند: مدارس از شنبه باز می‌شوند."),
]


@pytest.mark.parametrize("cue, paragraph", SPEECH_VERB_CASES)
def test_every_speech_verb_opens_a_direct_quote(cue, paragraph):
    quote = only(quotes_of(paragraph))
    assert (quote.kind, quote.cue, quote.text) == ("direct", cue, "مدارس از شنبه باز می‌شوند.")


@pytest.mark.parametrize("paragraph", [
    "رضایی گفت: مدارس از شنبه باز می‌شوند.",
    "رضایی گفت : مدارس از شنبه باز می‌شوند.",
    "رضایی گفت:مدارس از شنبه باز می‌شوند.",
    f"رضایی گفت:{NBSP}مدارس از شنبه باز می‌شوند.",
    "رضایی گفت: «مدارس از شنبه باز می‌شوند.»",
])
def test_colon_with_or_without_spaces_and_guillemets_gives_the_same_quote(paragraph):
    quote = only(quotes_of(paragraph))
    assert quote.text == "مدارس از شنبه باز می‌شوند."


def test_quote_runs_to_the_end_of_the_paragraph():
    paragraph = "رضایی گفت: مدارس از شنبه باز می‌شوند. سرویس‌ها هم آماده‌اند."
    assert only(quotes_of(paragraph)).text == "مدارس از شنبه باز می‌شوند. سرویس‌ها هم آماده‌اند."


def test_a_second_cue_in_the_paragraph_starts_a_second_quote():
    paragraph = "رضایی گفت: مدارس از شنبه باز می‌شوند. وی افزود: سرویس‌ها هم آماده‌اند."
    first, second = quotes_of(paragraph)
    assert first.text == "مدارس از شنبه باز می‌شوند."
    assert (second.cue, second.text, second.ref) == ("افزود", "سرویس‌ها هم آماده‌اند.", "pronoun")
    assert second.speaker == first.speaker == "رضایی"


@pytest.mark.parametrize("paragraph, quote", [
    ("سرمربی تیم گفت: «کریمی» یکی از بهترین بازیکنان ماست و هفته بعد برمی‌گردد.",
     "«کریمی» یکی از بهترین بازیکنان ماست و هفته بعد برمی‌گردد."),
    ("روزنامه گاردین نوشت: «جان اسمیت» وزیر خارجه انگلیس دیروز به بغداد سفر کرد.",
     "«جان اسمیت» وزیر خارجه انگلیس دیروز به بغداد سفر کرد."),
    ("رئيس سازمان اظهار كرد: “مهر ماندگار” يكي از موفق‌ترين طرح‌هاي ما بوده است.",
     "“مهر ماندگار” يكي از موفق‌ترين طرح‌هاي ما بوده است."),
    ('مدیرعامل باشگاه تصریح کرد: "الهلال" تیم خوبی است ولی ما 3 امتیاز را می‌خواهیم.',
     '"الهلال" تیم خوبی است ولی ما 3 امتیاز را می‌خواهیم.'),
])
def test_a_name_in_quotation_marks_opening_a_quote_does_not_close_it(paragraph, quote):
    """``گفت: «کریمی» یکی از ...``: the marks wrap a name the sentence goes on about, not the quote."""
    assert only(quotes_of(paragraph)).text == quote


@pytest.mark.parametrize("paragraph", [
    "خانم احمدی گفت: «بچه‌ها بیایید داخل، هوا سرد است.» پسرش گفت: «ما کمی دیگر بازی می‌کنیم.» مادر هم گفت: «باشد، زود بیایید.»",
    "خانم احمدي مي گويد: «بچه ها بيایيد داخل، هوا سرد است!» پسرش مي گويد: «ما کمي ديگر بازي مي کنيم.» مادر هم مي گويد: «باشد.»",
    "مدیرکل گفت: «۳ مرکز تازه باز شد؟» معاون او پاسخ داد: «بله، ۳ مرکز در ۲ ماه باز شد.»",
])
def test_a_quote_closing_after_its_full_stop_loses_both_marks_before_the_next_speaker(paragraph):
    """``گفت: «... است.» پسرش گفت: «...»``: the next sentence starts after the stop inside the
    marks, so the closing » lay past the first quote's end and its opening « stayed in it."""
    quotes = quotes_of(paragraph)
    assert len(quotes) >= 2
    for quote in quotes:
        assert not quote.text.startswith("«") and not quote.text.endswith("»"), quote.text


def test_a_quotation_left_open_at_the_paragraph_end_runs_to_it_and_on_into_the_next():
    first, second = quotes_of("رئیس سازمان گفت: «امسال ۲۰ مرکز تازه باز می‌شود و ۵۰۰ نفر در آنها پذیرش می‌شوند.",
                              "«سال بعد هم ۱۰ مرکز دیگر در استان‌های مرزی باز خواهد شد.»")
    assert first.text.endswith("در آنها پذیرش می‌شوند.")
    assert second.text == "سال بعد هم ۱۰ مرکز دیگر در استان‌های مرزی باز خواهد شد." and second.role == first.role


def test_a_quoted_sentence_closes_its_quote_though_the_report_goes_on():
    paragraph = "سرمربی تیم گفت: «ما از هیچ تیمی نمی‌ترسیم» اما هواداران به این حرف‌ها اعتمادی ندارند."
    assert only(quotes_of(paragraph)).text == "ما از هیچ تیمی نمی‌ترسیم"


def test_cue_at_paragraph_end_takes_the_next_paragraph_as_quote():
    quote = only(quotes_of("علی رضایی در این باره گفت:", "مدارس از شنبه باز می‌شوند."))
    assert (quote.where, quote.text, quote.speaker) == ("body:1", "مدارس از شنبه باز می‌شوند.", "علی رضایی")


def test_arabic_and_persian_letters_give_the_same_quote_and_speaker():
    persian = only(quotes_of("علی محمدی، مدیرکل بهزیستی، گفت: کمک‌ها ارسال شد."))
    arabic = only(quotes_of("علي محمدي، مديركل بهزيستي، گفت: كمك‌ها ارسال شد."))
    assert (arabic.kind, arabic.ref, arabic.start, arabic.end) == (persian.kind, persian.ref, persian.start, persian.end)
    assert arabic.speaker == persian.speaker == "علی محمدی"  # the name in standard letters
    assert arabic.text == "كمك‌ها ارسال شد."  # the quote exactly as written


def test_offsets_point_into_the_original_field_text():
    doc = article("به گزارش فارس، علي رضايي گفت: «مدارس» از شنبه باز مي‌شوند.", lead="رضايي گفت: خبر خوبي داريم.")
    fields = dict(doc.fields())
    for quote in extract_quotes(doc):
        assert fields[quote.where][quote.start:quote.end] == quote.text


def test_lead_and_title_quotes_are_found():
    doc = article(
        "علی رضایی امروز در جمع خبرنگاران اظهار داشت: مدارس از شنبه باز می‌شوند.",
        title="رضایی: مدارس از شنبه باز می‌شوند",
        lead="خبرگزاری فارس: مدیرکل آموزش و پرورش استان گفت: مدارس از شنبه باز می‌شوند.",
    )
    title, lead, body = extract_quotes(doc)
    assert (title.where, title.text, title.ref) == ("title", "مدارس از شنبه باز می‌شوند", "surname")
    assert (lead.where, lead.cue, lead.ref, lead.role) == ("lead", "گفت", "title", "مدیرکل آموزش و پرورش استان")
    assert title.speaker == lead.speaker == body.speaker == "علی رضایی"


def test_to_dict_has_exactly_the_public_keys():
    quote = only(quotes_of("رضایی گفت: مدارس باز می‌شوند."))
    assert list(quote.to_dict()) == ["doc_id", "where", "start", "end", "kind", "cue", "text", "speaker", "role", "ref",
                                     "speaker_type"]
    assert json.loads(json.dumps(quote.to_dict(), ensure_ascii=False))["speaker"] == "رضایی"


# --- Guillemets ------------------------------------------------------------------

@pytest.mark.parametrize("paragraph, speaker", [
    ("علی رضایی مدیرکل بهزیستی است. به گفته وی «هیچ کودکی نباید بی‌سرپرست بماند».", "علی رضایی"),
    ("«هیچ کودکی نباید بی‌سرپرست بماند»؛ این را علی رضایی می‌گوید.", "علی رضایی"),
    ("علی رضایی در پایان گفت «هیچ کودکی نباید بی‌سرپرست بماند» و جلسه تمام شد.", "علی رضایی"),
])
def test_guillemets_attributed_in_the_sentence_are_quotes(paragraph, speaker):
    quote = only(quotes_of(paragraph), "guillemet")
    assert quote.text == "هیچ کودکی نباید بی‌سرپرست بماند"
    assert quote.speaker == speaker


@pytest.mark.parametrize("paragraph", [
    "طرح «مهر» از امروز در مدارس اجرا می‌شود.",
    "کتاب «حجره شماره دو» در نمایشگاه رونمایی شد.",
    "وی با اشاره به شعار «دولت و ملت، همدلی و هم‌زبانی» گفت: کار ادامه دارد.",
])
def test_guillemets_around_names_and_slogans_are_not_quotes(paragraph):
    assert [q for q in quotes_of(paragraph) if q.kind == "guillemet"] == []


def test_guillemets_inside_a_direct_quote_are_not_a_second_quote():
    paragraph = "رضایی گفت: ما به شعار «هیچ کودکی نباید بی‌سرپرست بماند» پایبندیم."
    assert [q.kind for q in quotes_of(paragraph)] == ["direct"]


# --- Indirect quotes ---------------------------------------------------------------

def test_according_to_someone_is_an_indirect_quote():
    quote = only(quotes_of("به گفته مدیرکل بهزیستی، ده مرکز تازه افتتاح می‌شود."))
    assert (quote.kind, quote.cue, quote.text) == ("indirect", "به گفته", "ده مرکز تازه افتتاح می‌شود")
    assert (quote.speaker, quote.role, quote.ref) == (None, "مدیرکل بهزیستی", "title")


def test_said_that_is_an_indirect_quote():
    quote = only(quotes_of("علی رضایی گفت که ده مرکز تازه افتتاح می‌شود."))
    assert (quote.kind, quote.cue, quote.text, quote.speaker) == (
        "indirect", "گفت", "ده مرکز تازه افتتاح می‌شود", "علی رضایی")


def test_claim_before_the_speech_verb_is_a_separate_indirect_quote():
    paragraph = "علی رضایی با بیان اینکه بودجه کافی نیست، گفت: ده مرکز تازه افتتاح می‌شود."
    indirect, direct = quotes_of(paragraph)
    assert (indirect.kind, indirect.cue, indirect.text) == ("indirect", "با بیان اینکه", "بودجه کافی نیست")
    assert (direct.kind, direct.text) == ("direct", "ده مرکز تازه افتتاح می‌شود.")
    assert indirect.speaker == direct.speaker == "علی رضایی"


def test_announcing_news_is_an_indirect_quote():
    quote = only(quotes_of("علی رضایی از افتتاح ده مرکز تازه در استان خبر داد."))
    assert (quote.kind, quote.cue, quote.text) == ("indirect", "خبر داد", "افتتاح ده مرکز تازه در استان")



def test_a_claim_reported_inside_an_indirect_quote_is_not_a_second_quote():
    """ANNOTATION.md: what the speaker says others said is the speaker's words, not a quote of theirs."""
    paragraph = "علی رضایی گفت که کارشناسان معتقدند که قیمت مسکن پایین می‌آید."
    quote = only(quotes_of(paragraph))
    assert (quote.cue, quote.speaker) == ("گفت", "علی رضایی")


@pytest.mark.parametrize("paragraph", [
    "علی رضایی گفت: کارشناسان معتقدند که قیمت مسکن پایین می‌آید.",
    "علی رضایی گفت: «وزیر به ما گفت: قیمت مسکن پایین می‌آید.»",
    "علی رضایی گفت: «وزیر به ما گفت که قیمت مسکن پایین می‌آید.»",
])
def test_a_quote_reported_inside_a_direct_quote_is_not_a_second_quote(paragraph):
    quote = only(quotes_of(paragraph))
    assert (quote.kind, quote.speaker) == ("direct", "علی رضایی")

def test_a_quote_reported_inside_a_carried_direct_quote_is_not_a_second_quote():
    quotes = quotes_of("علی رضایی در این باره گفت:",
                       "ما از روز اول گفتیم و کارشناسان هم اعلام کردند که قیمت مسکن پایین می‌آید.")
    quote = only(quotes)
    assert (quote.kind, quote.speaker) == ("direct", "علی رضایی")


def test_a_quote_next_to_another_is_kept():
    paragraph = ("علی رضایی گفت که قیمت مسکن پایین می‌آید. "
                 "اما حسن کریمی معتقد است که قیمت مسکن بالا می‌رود.")
    first, second = quotes_of(paragraph)
    assert (first.speaker, second.speaker) == ("علی رضایی", "حسن کریمی")


@pytest.mark.parametrize("cue", ["، گفت", "، وی افزود", " و یادآور شد"])
def test_an_indirect_claim_stops_before_the_next_direct_quotes_cue(cue):
    paragraph = f"علی رضایی در پاسخ به اینکه وزیر گفته بود که بودجه کافی نیست{cue}: بودجه امسال دو برابر شده است."
    indirect = only(quotes_of(paragraph), "indirect")
    assert indirect.text == "بودجه کافی نیست"

# --- Attribution ----------------------------------------------------------------------

ROLE_BESIDE_NAME_CASES = [
    "علی رضایی، مدیرکل بهزیستی استان فارس، گفت: ده مرکز افتتاح می‌شود.",
    "مدیرکل بهزیستی استان فارس علی رضایی گفت: ده مرکز افتتاح می‌شود.",
    "مدیرکل بهزیستی استان فارس، علی رضایی، گفت: ده مرکز افتتاح می‌شود.",
    "علی رضایی مدیرکل بهزیستی استان فارس امروز در جمع خبرنگاران گفت: ده مرکز افتتاح می‌شود.",
    "حجت‌الاسلام سید علی رضایی، مدیرکل بهزیستی استان فارس، گفت: ده مرکز افتتاح می‌شود.",
    "به گزارش خبرنگار فارس از شیراز، دکتر علی رضایی، مدیرکل بهزیستی استان فارس، گفت: ده مرکز افتتاح می‌شود.",
]


@pytest.mark.parametrize("paragraph", ROLE_BESIDE_NAME_CASES)
def test_name_and_role_are_told_apart_in_either_order(paragraph):
    quote = only(quotes_of(paragraph))
    assert (quote.speaker, quote.role, quote.ref) == ("علی رضایی", "مدیرکل بهزیستی استان فارس", "name")


def test_each_ref_type_is_reported():
    quotes = quotes_of(
        "علی رضایی، مدیرکل بهزیستی استان، گفت: ده مرکز افتتاح می‌شود.",
        "وی افزود: بودجه آن تامین شده است.",
        "رضایی تصریح کرد: کار از شنبه آغاز می‌شود.",
        "مدیرکل بهزیستی استان ادامه داد: خیران هم کمک کرده‌اند.",
        "اضافه کرد: مراکز شبانه‌روزی هستند.",
    )
    assert [q.ref for q in quotes] == ["name", "pronoun", "surname", "title", "pronoun"]
    assert {q.speaker for q in quotes} == {"علی رضایی"}
    assert {q.role for q in quotes} == {"مدیرکل بهزیستی استان"}


def test_pronoun_carries_over_paragraphs_to_the_latest_speaker():
    quotes = quotes_of(
        "علی رضایی گفت: ده مرکز افتتاح می‌شود.",
        "مریم احمدی، معاون وزیر، گفت: بودجه کافی است.",
        "وی افزود: کار از شنبه آغاز می‌شود.",
    )
    assert [q.speaker for q in quotes] == ["علی رضایی", "مریم احمدی", "مریم احمدی"]


def test_surname_resolves_to_a_full_name_given_later():
    quotes = quotes_of(
        "رضایی گفت: ده مرکز افتتاح می‌شود.",
        "علی رضایی، مدیرکل بهزیستی، در ادامه افزود: بودجه کافی است.",
    )
    assert [(q.speaker, q.ref) for q in quotes] == [("علی رضایی", "surname"), ("علی رضایی", "name")]


def test_title_before_name_is_resolved_to_the_name():
    doc = article(
        "به گزارش خبرگزاری فارس، علی رضایی امروز در جمع خبرنگاران اظهار داشت: ده مرکز افتتاح می‌شود.",
        "مدیرکل بهزیستی استان فارس افزود: بودجه کافی است.",
        lead="مدیرکل بهزیستی استان فارس گفت: ده مرکز تازه افتتاح می‌شود.",
    )
    quotes = extract_quotes(doc)
    assert [(q.where, q.speaker, q.ref) for q in quotes] == [
        ("lead", "علی رضایی", "title"), ("body:0", "علی رضایی", "name"), ("body:1", "علی رضایی", "title")]


def test_unnamed_speaker_keeps_role_without_a_name():
    quotes = quotes_of("یک مقام مسئول در وزارت کشور گفت: انتخابات به موقع برگزار می‌شود.",
                       "وی افزود: ستادها آماده‌اند.")
    assert [(q.speaker, q.ref) for q in quotes] == [(None, "title"), (None, "pronoun")]
    assert quotes[0].role == "مقام مسئول در وزارت کشور"


@pytest.mark.parametrize("doc", [
    article("خبرگزاری فارس: رضایی گفت: ده مرکز افتتاح می‌شود."),
    article("به گزارش خبرنگار فارس، رضایی گفت: ده مرکز افتتاح می‌شود."),
    article("به گزارش ایسنا به نقل از روابط عمومی بهزیستی، رضایی گفت: ده مرکز افتتاح می‌شود."),
    article("به گزارش فارس، در این نشست رضایی گفت: ده مرکز افتتاح می‌شود."),
])
def test_agency_and_source_lines_are_never_speakers(doc):
    assert only(extract_quotes(doc)).speaker == "رضایی"


def test_agency_tag_alone_is_not_a_speaker():
    assert quotes_of(title="خبرگزاری فارس: ده مرکز افتتاح می‌شود") == []


def test_two_speakers_do_not_bleed_into_each_other():
    quotes = quotes_of(
        "علی رضایی، مدیرکل بهزیستی، گفت: ده مرکز افتتاح می‌شود.",
        "وی افزود: بودجه کافی است.",
        "مریم احمدی، معاون وزیر کار، نیز در این نشست گفت: بیمه‌ها گسترش می‌یابد.",
        "احمدی افزود: قراردادها امضا شده است.",
        "رضایی در پایان گفت: از همه تشکر می‌کنم.",
        "معاون وزیر کار هم تصریح کرد: کار ادامه دارد.",
    )
    assert [q.speaker for q in quotes] == ["علی رضایی"] * 2 + ["مریم احمدی"] * 2 + ["علی رضایی", "مریم احمدی"]


def test_two_people_sharing_a_surname_stay_apart():
    quotes = quotes_of(
        "علی رضایی، مدیرکل بهزیستی، گفت: ده مرکز افتتاح می‌شود.",
        "مریم رضایی، معاون وزیر، گفت: بودجه کافی است.",
        "مدیرکل بهزیستی افزود: کار از شنبه آغاز می‌شود.",
    )
    assert [q.speaker for q in quotes] == ["علی رضایی", "مریم رضایی", "علی رضایی"]


def test_demonstrative_title_refers_to_the_current_speaker():
    quotes = quotes_of("علی رضایی گفت: ده مرکز افتتاح می‌شود.", "این مسئول افزود: بودجه کافی است.")
    assert [(q.speaker, q.ref) for q in quotes] == [("علی رضایی", "name"), ("علی رضایی", "title")]


def test_demonstrative_title_after_an_opening_conjunction_refers_to_the_current_speaker():
    quotes = quotes_of("علی رضایی، بازیکن تیم، اعلام کرد که قراردادش را تمدید نمی‌کند.",
                       "باشگاه حاضر به پرداخت نیست؛ البته این ستاره جوان هم اعلام کرده که پول برایش مهم نیست.")
    assert (quotes[-1].speaker, quotes[-1].ref) == ("علی رضایی", "title")


def test_a_lineup_of_names_gives_no_player_the_title_quoted_after_it():
    quotes = quotes_of("ترکیب تیم", "علی رضایی", "حسن کریمی (۶۵ رضا اسدی)", "شرح بازی",
                       "داور در این صحنه اعتقاد داشت که مهاجم خطا کرده است.")
    assert (only(quotes).speaker, only(quotes).role) == (None, "داور")


def test_a_name_alone_with_a_colon_still_labels_the_quote_below_it():
    quote = only(quotes_of("علی رضایی:", "«این وظیفه‌ای است ملی و همه باید شرکت کنند.»"))
    assert quote.speaker == "علی رضایی"


def test_organisation_can_be_the_speaker():
    quote = only(quotes_of("ستاد برگزاری نماز جمعه با صدور بیانیه‌ای اعلام کرد: مراسم فردا برگزار نمی‌شود."))
    assert quote.speaker == "ستاد برگزاری نماز جمعه"


# --- Robustness ------------------------------------------------------------------------

NEWS_SENTENCES = (
    "علی رضایی، مدیرکل بهزیستی استان، امروز در جمع خبرنگاران گفت: ده مرکز تازه در شهرهای استان "
    "افتتاح می‌شود و بودجه آن تامین شده است. "
    "وی با اشاره به اینکه خیران هم کمک کرده‌اند، افزود: کار ساخت از هفته آینده آغاز می‌شود. "
    "به گفته این مسئول، مراکز شبانه‌روزی خواهند بود و «هیچ کودکی نباید بی‌سرپرست بماند». "
    "نشست با تقدیر از همکاران و اهدای لوح به پایان رسید و قرار شد نشست بعدی ماه آینده برگزار شود. "
)


def test_quote_extraction_time_grows_linearly_with_a_megabyte_paragraph():
    """Eight times the text may take about eight times as long, never the sixty-four of a step that
    compares every quote with every pronoun (one did: 2.8 s for 1 MB, 0.9 s without it). CPU times
    compared within one run, not against a clock: a busy machine slows both alike."""
    def cpu_seconds(size: int) -> tuple[float, int]:
        paragraph = (NEWS_SENTENCES * (size // len(NEWS_SENTENCES) + 1))[:size]
        gc.collect()
        gc.disable()  # the collector's passes grow with whatever else the test run holds
        try:
            started = time.process_time()
            found = len(quotes_of(paragraph))
            return time.process_time() - started, found
        finally:
            gc.enable()

    # interleaved, so a busy spell slows both sizes' runs, not one size's only; each size's fastest run counts
    runs = [(cpu_seconds(125_000), cpu_seconds(1_000_000)) for _ in range(3)]
    eighth, _ = min(small for small, _ in runs)
    whole, found = min(large for _, large in runs)
    assert found > 5000
    assert whole < 12 * eighth, f"1 MB took {whole:.2f} s, 125 KB {eighth:.2f} s"


@pytest.mark.parametrize("paragraph", [
    "کلمه " * 200_000 + "گفت: پایان",  # a subject search with no sentence end in sight
    "«" * 1_000_000,  # guillemets that never close
    "«کلمه " * 160_000 + "»",
    ":" * 1_000_000,
    "، " * 500_000 + "رضایی گفت: پایان",
    ZWNJ * 1_000_000,
    "به گفته " * 120_000,
])
def test_a_one_megabyte_hostile_paragraph_is_processed_in_linear_time(paragraph):
    """Catastrophic backtracking or a quadratic scan would take minutes here, not seconds."""
    started = time.process_time()
    quotes_of(paragraph)
    assert time.process_time() - started < 5.0


PERSIAN_PIECES = st.sampled_from([
    "وی", "گفت", "افزود", ":", "«", "»", "،", ".", "؛", " ", "\u200c", "\n", "علی", "رضایی", "مدیرکل",
    "به گفته", "با بیان اینکه", "خبر داد", "که", "از", "در", "این", "مسئول", "خبرگزاری فارس", "ي", "ك",
    "حجت‌الاسلام", "سید", "تصریح کرد", "اظهار داشت", "یک", "۱۲", "(ره)", NBSP,
])
PERSIAN_TEXT = st.lists(st.one_of(PERSIAN_PIECES, st.text(max_size=3)), max_size=60).map("".join)


@settings(max_examples=300, deadline=None)
@given(title=PERSIAN_TEXT, lead=PERSIAN_TEXT, paragraphs=st.lists(PERSIAN_TEXT, max_size=4))
def test_any_text_gives_quotes_whose_offsets_slice_their_text(title, lead, paragraphs):
    doc = Document(id="x", title=title, lead=lead, paragraphs=paragraphs)
    fields = dict(doc.fields())
    for quote in extract_quotes(doc):
        assert fields[quote.where][quote.start:quote.end] == quote.text
        assert quote.kind in {"direct", "guillemet", "indirect"}
        assert quote.ref in {"name", "surname", "pronoun", "title"}


# --- Bundled samples against their gold ------------------------------------------------

REPO = Path(__file__).resolve().parent.parent
SAMPLES = REPO / "corpus" / "samples"
SAMPLE_GOLD = REPO / "tests" / "data" / "sample_quotes_gold.json"
# Found at 182/183 direct gold quotes with 182 speakers right when written; the
# miss is a headline the gold counts as a quote because the body repeats it.
MIN_DIRECT_RECALL = 0.97
MIN_DIRECT_ATTRIBUTION = 0.97


def _locate(fields: dict[str, str], where: str, opening: str) -> tuple[str, int] | None:
    """Where the gold quote opens: in the named field, else in any field.

    ZWNJ is ignored when comparing (the gold was typed without some of them);
    the gold's .txt field names may be one off the reader's title/lead/body.
    """
    wanted = opening.replace(ZWNJ, "")
    for name in [where] + [f for f in fields if f != where]:
        text = fields.get(name, "")
        kept = [n for n, ch in enumerate(text) if ch != ZWNJ]
        position = "".join(text[n] for n in kept).find(wanted)
        if position >= 0:
            return name, kept[position]
    return None


@pytest.mark.skipif(not SAMPLE_GOLD.exists(), reason="no gold for the bundled samples")
def test_bundled_samples_give_the_gold_direct_quotes_and_speakers():
    documents = {(d.path, d.position): d for d in iter_documents([SAMPLES])}
    gold_direct = found = attributed = 0
    for entry in json.loads(SAMPLE_GOLD.read_text(encoding="utf-8")):
        doc = documents[(entry["file"], entry["index"])]
        fields = dict(doc.fields())
        quotes = extract_quotes(doc)
        for gold in (g for g in entry["quotes"] if g["kind"] == "direct"):
            gold_direct += 1
            located = _locate(fields, gold["where"], gold["quote_start"])
            if located is None:
                continue
            where, position = located
            hits = [q for q in quotes if q.where == where and q.start <= position + 3 and q.end > position]
            if hits:
                found += 1
                attributed += _same_speaker(hits[0].speaker, gold["speaker"])
    assert gold_direct > 0
    assert found / gold_direct >= MIN_DIRECT_RECALL, (found, gold_direct)
    assert attributed / gold_direct >= MIN_DIRECT_ATTRIBUTION, (attributed, gold_direct)


def _same_speaker(predicted: str | None, gold: str | None) -> bool:
    if not predicted or not gold:
        return not predicted and not gold
    return speaker_key(predicted) == speaker_key(gold) or is_surname_of(predicted, gold) or is_surname_of(gold, predicted)


# --- Attribution details ------------------------------------------------------------------

def test_a_surname_never_given_in_full_is_reported_as_surname():
    quotes = quotes_of("بلیکس گفت: بازرسی‌ها ادامه دارد.", "وی افزود: گزارش آماده است.")
    assert [(q.speaker, q.ref) for q in quotes] == [("بلیکس", "surname"), ("بلیکس", "pronoun")]


def test_a_group_as_subject_is_nobody():
    quotes = quotes_of("علی رضایی گفت: ده مرکز افتتاح می‌شود.",
                       "رسانه‌ها امروز از آغاز ساخت این مراکز در سه استان خبر دادند.")
    assert [q.speaker for q in quotes] == ["علی رضایی", None]


def test_first_word_of_a_compound_surname_finds_the_person():
    quotes = quotes_of("محمدحسین صفار هرندی، وزیر ارشاد، گفت: کتاب‌ها ارزان می‌شوند.",
                       "صفار افزود: یارانه کاغذ ادامه دارد.")
    assert [(q.speaker, q.ref) for q in quotes] == [("محمدحسین صفار هرندی", "name"), ("محمدحسین صفار هرندی", "surname")]


def test_a_lead_may_drop_the_verb_like_a_headline():
    doc = article("به گزارش ایسنا، علی رضایی روز شنبه گفت: کار ادامه دارد.",
                  lead="مدیرعامل سازمان خدمات اجتماعی: گرمخانه تازه صد تخت دارد.")
    lead, _ = extract_quotes(doc)
    assert (lead.where, lead.text, lead.speaker, lead.ref) == ("lead", "گرمخانه تازه صد تخت دارد.", "علی رضایی", "title")


def test_a_title_shared_by_two_people_stays_with_the_one_speaking():
    quotes = quotes_of(
        "مهدی کوچک‌زاده، نماینده مردم تهران، گفت: بودجه اصلاح شود.",
        "فاطمه آلیا، نماینده مردم تهران، نیز گفت: طرح باید بازنگری شود.",
        "نماینده مردم تهران افزود: کمیسیون نظر خود را داده است.",
    )
    assert [q.speaker for q in quotes] == ["مهدی کوچک‌زاده", "فاطمه آلیا", "فاطمه آلیا"]


# --- Who is a person (issue 11) ---------------------------------------------------------
# Each case is a class of error seen on unseen articles, with an example written here.


@pytest.mark.parametrize("paragraph, speaker", [
    ("کیوان صدری‌نیا عصرامروز در جمع خبرنگاران گفت: بودجه مدارس افزایش می‌یابد.", "کیوان صدری‌نیا"),
    ("نسرین آقاجانی سه‌شنبه گفت: بودجه مدارس افزایش می‌یابد.", "نسرین آقاجانی"),
    ("نسرین آقاجانی سه شنبه گفت: بودجه مدارس افزایش می‌یابد.", "نسرین آقاجانی"),
    ("بهرام تاجدینی دیروز اعلام کرد: بودجه مدارس افزایش می‌یابد.", "بهرام تاجدینی"),
])
def test_a_name_ends_before_time_words_and_weekdays(paragraph, speaker):
    assert only(quotes_of(paragraph)).speaker == speaker


@pytest.mark.parametrize("paragraph, speaker", [
    ("مجید زمانی در جمع خبرنگاران گفت: بودجه مدارس افزایش می‌یابد.", "مجید زمانی"),
    ("رضا بامداد در گفت‌وگو با خبرنگاران گفت: بودجه مدارس افزایش می‌یابد.", "رضا بامداد"),
])
def test_a_time_word_that_is_also_a_surname_is_the_surname_after_a_given_name(paragraph, speaker):
    assert only(quotes_of(paragraph)).speaker == speaker


@pytest.mark.parametrize("paragraph, speaker", [
    ("رضا بامداد جوان دانشجویی که در نمایشگاه حاضر بود، معتقد است: بازار گندم نابسامان است.", "رضا بامداد"),
    ("محمد جوان در جمع خبرنگاران گفت: بازار گندم نابسامان است.", "محمد جوان"),
])
def test_a_name_ends_before_a_description_of_age_or_sex_past_its_first_two_words(paragraph, speaker):
    assert only(quotes_of(paragraph)).speaker == speaker


def test_a_name_ends_before_the_nickname_it_is_given():
    quotes = quotes_of("ماریو دلاروسا ملقب به شاهین، ظهر امروز در گفت‌وگو با خبرنگاران اظهار کرد: تیم ما منسجم است.")
    assert only(quotes).speaker == "ماریو دلاروسا"


def test_a_bulleted_heading_run_into_the_sentence_is_not_its_subject():
    quotes = quotes_of("مدیرکل آموزش و پرورش: * مدارس از مهر بازگشایی می‌شود مدیرکل آموزش و پرورش استان گفت: "
                       "کلاس‌ها از اول مهر حضوری برگزار می‌شوند.")
    assert only(quotes).speaker is None
    assert only(quotes).role == "مدیرکل آموزش و پرورش استان"


def test_a_relative_clause_verb_after_a_bullet_leaves_the_subject_in_place():
    quotes = quotes_of("* کیوان صدری‌نیا که دیروز به شهر آمد گفت: کلاس‌ها از اول مهر حضوری برگزار می‌شوند.")
    assert only(quotes).speaker == "کیوان صدری‌نیا"


def test_a_time_word_after_a_surname_is_the_time_not_part_of_the_name():
    quotes = quotes_of("کیوان صدری‌نیا، مدیرکل آموزش و پرورش، به کلاس‌ها سر زد.",
                       "صدری‌نیا زمانی اعلام کرده بود که بودجه مدارس افزایش می‌یابد.")
    assert {q.speaker for q in quotes} == {"کیوان صدری‌نیا"}


@pytest.mark.parametrize("opening", [
    "باید گفت: ",                  # a modal verb, not a person
    "حدود سه درصد گفتند: ",         # a quantity
    "اما گفت: ",                   # a conjunction
])
def test_words_that_are_not_names_never_become_the_speaker(opening):
    quotes = quotes_of("کیوان صدری‌نیا، مدیرکل آموزش و پرورش، گفت: بودجه مدارس افزایش می‌یابد.",
                       opening + "کلاس‌ها از مهر حضوری برگزار خواهند شد.")
    assert all(q.speaker in (None, "کیوان صدری‌نیا") for q in quotes), [q.speaker for q in quotes]


def test_a_description_resolves_to_the_person_the_headline_names():
    quotes = quotes_of("ستاره ی تیم فوتبال استقلال اعلام کرد که فصل بعد در این تیم می‌ماند.",
                       "وی افزود: من در این باشگاه خوشحالم و قراردادم را تمدید می‌کنم.",
                       title="ماریو دلاروسا: در استقلال می‌مانم")
    assert {q.speaker for q in quotes} == {"ماریو دلاروسا"}


def test_a_surname_takes_the_full_name_the_article_gives_elsewhere():
    quotes = quotes_of("نشست شورای شهر با حضور سید فرهاد کاشانی‌پور، رئیس شورا، برگزار شد.",
                       "در ابتدای جلسه، کاشانی‌پور گفت: طرح قطار شهری امسال اجرا می‌شود.")
    assert only(quotes).speaker == "فرهاد کاشانی‌پور"


def test_a_first_name_alone_takes_the_full_name():
    quotes = quotes_of("برانکو پتروویچ پس از بازی در نشست خبری حاضر شد.",
                       "برانکو گفت: بازیکنان ما امروز خوب بازی کردند.")
    assert only(quotes).speaker == "برانکو پتروویچ"


def test_a_surname_written_in_two_words_is_the_full_name_written_as_one():
    quotes = quotes_of("نشست شورا با حضور عبد الرضا زرینکلک برگزار شد.",
                       "زرین کلک گفت: طرح‌های نیمه‌تمام باید امسال تمام شوند.")
    assert only(quotes).speaker == "عبد الرضا زرینکلک"


def test_a_name_run_on_from_the_agency_line_with_a_given_name_in_two_words_is_completed():
    quotes = quotes_of("به گزارش خبرگزاری فارس عبد الرضا زرینکلک نماینده تبریز امروز در جمع خبرنگاران گفت: "
                       "بودجه عمرانی استان کافی نیست.",
                       "زرین کلک افزود: طرح‌های نیمه‌تمام باید امسال تمام شوند.")
    assert {q.speaker for q in quotes} == {"عبد الرضا زرینکلک"}


def test_the_first_part_of_a_compound_surname_means_the_whole_person():
    quotes = quotes_of("امید فلاح‌جویباری، استاندار گلستان، گفت: جاده‌های استان بازسازی می‌شوند.",
                       "فلاح با اشاره به بارندگی‌ها تصریح کرد: پل‌های روستایی هم ترمیم می‌شوند.")
    assert {q.speaker for q in quotes} == {"امید فلاح‌جویباری"}


def test_interview_answers_after_a_frame_are_the_interviewees_quotes():
    quotes = quotes_of("پژمان نوروزی درباره آینده‌اش گفت‌وگوی مفصلی با خبرنگار ما انجام داد:",
                       "از تیمم راضی هستم",
                       "من در این تیم ماندم چون هواداران به من اعتماد دارند و می‌خواهم جبران کنم.",
                       "آیا فصل بعد هم می‌مانید؟",
                       "محسن کاظمی مربی خوبی است و من از او چیزهای زیادی یاد گرفتم و باز هم یاد می‌گیرم.")
    answers = [q for q in quotes if q.where != "body:0"]
    assert [q.where for q in answers] == ["body:2", "body:4"]
    assert {q.speaker for q in answers} == {"پژمان نوروزی"}


@pytest.mark.parametrize("frame", [
    "پس از بازی، حمید نوری کارشناس داوری نظر خود را درباره قضاوت این دیدار در اختیار ما قرار داده است:",
    "پس از بازی، حمید نوری سرمربی تیم میهمان پاسخ خبرنگاران را داد:",
])
def test_paragraphs_after_someones_words_given_as_an_object_are_theirs(frame):
    quotes = quotes_of(frame,
                       "داور بازی در دو صحنه اشتباه کرد و هر دو اشتباه به سود تیم میزبان تمام شد.",
                       "در مجموع می‌توانم بگویم که تیم داوری روز سختی را پشت سر گذاشت و خسته بود.",
                       title="حمید نوری: داور دو اشتباه بزرگ کرد")
    answers = [q for q in quotes if q.where.startswith("body:")]
    assert [(q.where, q.speaker) for q in answers] == [("body:1", "حمید نوری"), ("body:2", "حمید نوری")]


def test_a_list_after_a_colon_is_no_ones_words():
    quotes = quotes_of("مربی تیم ملی والیبال این بازیکنان را برای مسابقات آسیایی برگزیده است:",
                       "علی کریمی، رضا نوری و حمید کاظمی از تهران، مهدی رضایی و سعید اکبری از گیلان.")
    assert quotes == []


def test_the_reporter_asking_is_not_the_speaker_of_the_answer():
    quotes = quotes_of("خبرنگاری از ناصر داوودی درباره قیمت بلیت پرسید که آیا افزایش می‌یابد؛ "
                       "وی در پاسخ گفت: قیمت بلیت امسال ثابت می‌ماند.")
    assert only(quotes).speaker == "ناصر داوودی"


def test_an_unnamed_speaker_keeps_the_role_and_is_marked_unnamed():
    quote = only(quotes_of("یک مقام آگاه در وزارت نیرو گفت: خاموشی‌ها تا پایان هفته تمام می‌شود."))
    assert (quote.speaker, quote.speaker_type) == (None, "unnamed")
    assert quote.role == "مقام آگاه در وزارت نیرو"


def test_an_organisation_speaking_for_itself_is_marked_as_one():
    quote = only(quotes_of("روابط عمومی فدراسیون والیبال اعلام کرد: اردوی تیم ملی از شنبه آغاز می‌شود."))
    assert quote.speaker_type == "organisation" and "فدراسیون والیبال" in quote.speaker


# --- Roles --------------------------------------------------------------------------------


def test_a_role_is_shown_with_hamza_letters_kept():
    quote = only(quotes_of("كيوان صدري، رئيس هيئت مديره مؤسسه خيريه، گفت: كمك‌ها افزايش يافت."))
    assert quote.role == "رئیس هیئت مدیره مؤسسه خیریه"


def test_a_role_does_not_run_into_the_time_of_the_sentence():
    quote = only(quotes_of("دبیر کمیته مسابقات سه‌شنبه اعلام کرد: بازی‌ها طبق برنامه برگزار می‌شود."))
    assert quote.role == "دبیر کمیته مسابقات"


def test_a_role_keeps_its_from_complement():
    quote = only(quotes_of("دبیر کارگروه پیشگیری از آسیب‌های اجتماعی استان گفت: مراکز مشاوره افزایش می‌یابد."))
    assert quote.role == "دبیر کارگروه پیشگیری از آسیب‌های اجتماعی استان"


def test_a_judgement_and_a_demand_are_reported_speech():
    judged = only(quotes_of("کیوان صدری‌نیا، وزیر نیرو، ساخت سد جدید را ضروری دانست."))
    assert (judged.kind, judged.speaker, judged.text) == ("indirect", "کیوان صدری‌نیا", "ساخت سد جدید را ضروری")
    demanded = only(quotes_of("استاندار گیلان خواستار تسریع در بازسازی پل‌های روستایی شد."))
    assert (demanded.kind, demanded.role, demanded.text) == ("indirect", "استاندار گیلان",
                                                            "تسریع در بازسازی پل‌های روستایی")


def test_a_foreign_name_goes_on_after_its_particle():
    quotes = quotes_of("رابین فان پرسی گفت: تیم ما برای جام جهانی آماده است.",
                       "دنیله ده روسی، هافبک تیم ملی، گفت: ما دیشب خوب بازی نکردیم.")
    assert [q.speaker for q in quotes] == ["رابین فان پرسی", "دنیله ده روسی"]


def test_the_subject_follows_a_time_phrase_after_the_adverbial():
    quote = only(quotes_of("در حالی که شایعات زیادی شنیده می‌شد، دقایقی پیش خاویر مندوزا "
                           "در یک برنامه رادیویی ادعا کرد که قرارداد این بازیکن تمدید نمی‌شود."))
    assert quote.speaker == "خاویر مندوزا"


def test_a_player_described_by_team_is_not_a_name():
    quotes = quotes_of("دروازه‌بان‌ملی‌پوش تیم فوتبال سپاهان گفت: اردوی تیم ملی به درد ما خورد.",
                       title="رامین صدیقی: اردو خوب بود")
    assert {q.speaker for q in quotes} == {"رامین صدیقی"}


def test_a_time_phrase_before_the_name_does_not_hide_it():
    quote = only(quotes_of("اواسط هفته گذشته کاوه رستگار، سرپرست باشگاه ملوان، گفت: بدهی‌ها پرداخت می‌شود."))
    assert (quote.speaker, quote.role) == ("کاوه رستگار", "سرپرست باشگاه ملوان")


def test_a_lone_given_name_closing_a_role_is_a_team_not_a_person():
    quotes = quotes_of("سرمربی سابق تیم فوتبال امید گفت: باید از سرمربی تیم ملی حمایت کنیم.",
                       title="سیاوش اکبرپور: از تیم ملی حمایت کنیم")
    assert {q.speaker for q in quotes} == {"سیاوش اکبرپور"}
    assert quotes[-1].role == "سرمربی سابق تیم فوتبال امید"


def test_a_role_ends_before_a_weekday_written_in_two_words():
    quote = only(quotes_of("رئیس کمیته مسابقات سه شنبه گفت: جدول بازی‌ها تغییر نمی‌کند."))
    assert quote.role == "رئیس کمیته مسابقات"


def test_a_paragraph_opening_on_a_foreign_name_introduces_who_speaks_next():
    quotes = quotes_of("یورگن مولر پس از بازی به رختکن رفت و با بازیکنانش صحبت کرد.",
                       "او گفت: ما امروز شایسته پیروزی بودیم.")
    assert only(quotes).speaker == "یورگن مولر"


def test_a_name_ends_before_a_word_of_belief():
    quotes = quotes_of(title="نیکبخت: تیم امید به المپیک می‌رسد",
                       lead="بهزاد نیکبخت معتقد است انتخاب سرمربی فقط یکی از مشکلات تیم امید را حل می‌کند.")
    assert {q.speaker for q in quotes} == {"بهزاد نیکبخت"}


def test_saying_that_without_a_speech_verb_after_it_is_still_reported_speech():
    quote = only(quotes_of("کاوه رستگار با بیان اینکه بودجه ورزش کاهش یافته است، از وضعیت باشگاه‌ها ابراز نگرانی کرد."))
    assert (quote.kind, quote.speaker, quote.text) == ("indirect", "کاوه رستگار", "بودجه ورزش کاهش یافته است")


def test_a_speech_verb_then_a_comma_still_opens_the_claim():
    quote = only(quotes_of("وزیر ورزش هشدار داد، کمبود بودجه آینده باشگاه‌های شهرستانی را تهدید می‌کند."))
    assert quote.kind == "indirect" and quote.text.startswith("کمبود بودجه")


@pytest.mark.parametrize("sentence", [
    "سرمربی تیم ملی تایید کرد که مدافع اول تیم به بازی بعدی نمی‌رسد.",
    "سرمربی تیم ملی ابراز امیدواری کرد که مدافع اول تیم به بازی بعدی برسد.",
])
def test_confirming_and_hoping_report_a_claim(sentence):
    quote = only(quotes_of(sentence))
    assert quote.kind == "indirect" and quote.text.startswith("مدافع اول تیم")


def test_a_compound_speech_verb_without_its_auxiliary_still_reports():
    quote = only(quotes_of("مدیرعامل باشگاه ملوان تصریح کرده که بدهی بازیکنان تا پایان ماه پرداخت می‌شود."))
    assert quote.kind == "indirect" and quote.text.startswith("بدهی بازیکنان")


# --- Colons further from the speech verb, headings and quotations ---------------

def test_a_colon_after_the_claim_of_a_speech_verb_opens_a_direct_quote():
    quotes = quotes_of("خبر تلخ آنجا بود که سامان دلاوری اعلام کرد دروازه‌بان تیم جدا می‌شود: "
                       "باید بگویم که او از فصل بعد با ما نیست و ما به دنبال جانشین هستیم.")
    direct = only(quotes, "direct")
    assert direct.speaker == "سامان دلاوری" and direct.text.startswith("باید بگویم")


def test_an_interview_topic_heading_before_a_quotation_is_answered_by_who_has_the_floor():
    quotes = quotes_of("پیتر هانسن، سرمربی تیم، در نشست خبری گفت: بازی سختی داریم.",
                       "رابطه با هواداران:« آن‌ها همیشه کنار ما بوده‌اند و از آن‌ها سپاسگزارم.»",
                       '* داوری بازی قبل: " درباره داوری حرفی نمی‌زنم چون جریمه می‌شوم."')
    assert [(q.where, q.speaker) for q in quotes] == [
        ("body:0", "پیتر هانسن"), ("body:1", "پیتر هانسن"), ("body:2", "پیتر هانسن")]
    assert quotes[1].text.strip().startswith("آن‌ها همیشه") and quotes[2].text.startswith('" درباره داوری')


def test_an_interview_topic_heading_before_a_quotation_left_open_is_answered_on_to_its_close():
    quotes = quotes_of("پیتر هانسن، سرمربی تیم، در نشست خبری گفت: بازی سختی داریم.",
                       'نتیجه بازی رفت: " ما برای برد به میدان می‌رویم و از نتیجه بازی رفت راضی نیستیم.',
                       'حریف تیم خوبی است اما ما هم آماده‌ایم و هواداران را ناامید نمی‌کنیم."')
    assert [(q.where, q.speaker) for q in quotes] == [
        ("body:0", "پیتر هانسن"), ("body:1", "پیتر هانسن"), ("body:2", "پیتر هانسن")]


def test_a_numbered_item_before_a_quotation_is_no_topic_heading():
    quotes = quotes_of("پیتر هانسن، حقوقدان، در نشست خبری گفت: این قانون باید اصلاح شود.",
                       "۱۱. ماده ۴۹ قانون مجازات: «کودکان در صورت ارتکاب جرم از مسئولیت کیفری مبرا هستند.»")
    assert [q.where for q in quotes] == ["body:0"]


def test_said_run_onto_the_word_before_it_still_cues_a_direct_quote():
    quote = only(quotes_of("پیتر هانسن، سخنگوی وزارت خارجه، در واکنش به این گزارش امروزگفت: این ادعاها پایه و اساسی ندارد."))
    assert (quote.kind, quote.speaker, quote.text) == ("direct", "پیتر هانسن", "این ادعاها پایه و اساسی ندارد.")


def test_a_word_ending_like_said_is_no_cue():
    assert quotes_of("نمایشگاه تازه شهر پر از آثار شگفت: تابلوهای بزرگ و مجسمه‌های کوچک از هنرمندان جوان.") == []


def test_a_verb_clause_before_a_quotation_gives_its_subject():
    quote = only(quotes_of("فرهاد کیانی با لبخند جواب داد: «چه سوال عجیبی! ما فقط به بازی بعد فکر می‌کنیم.»"))
    assert (quote.kind, quote.speaker) == ("direct", "فرهاد کیانی")


@pytest.mark.parametrize("paragraph", [
    "بهترین فیلم: «راه‌های دور»، «باران»، «خانه روشن» و «شب آخر»",  # a list of titles
    "بازی دو تیم از ساعت ۱۷:۳۰ امروز در ورزشگاه آزادی برگزار می‌شود.",  # a time
    "یکی از تماشاگران فریاد زد: «زنده باد»",  # too short for a quote
])
def test_colons_that_open_no_ones_quote(paragraph):
    assert quotes_of(paragraph) == []


@pytest.mark.parametrize("verb", ["توصیه کرد", "سفارش کرد", "گوشزد کرد", "تذکر داد", "پیشنهاد داد", "پیشنهاد کرد"])
def test_advice_reminders_and_proposals_before_a_colon_are_direct_cues(verb):
    quote = only(quotes_of(f"کاوه رستگار، پزشک تیم، {verb}: بازیکنان پیش از تمرین دست کم نیم ساعت گرم کنند."))
    assert (quote.kind, quote.speaker) == ("direct", "کاوه رستگار")


def test_a_reminder_before_a_clause_of_what_followed_is_no_quote():
    quotes = quotes_of("داور در نیمه دوم به سرمربی میهمان تذکر داد که این تصمیم با اعتراض هواداران همراه شد.")
    assert quotes == []


@pytest.mark.parametrize("sentence", [
    f"کاوه رستگار خاطر{ZWNJ} نشان کرد: بدهی بازیکنان تا پایان ماه پرداخت می‌شود.",
    f"کاوه رستگار می{ZWNJ} گوید: بدهی بازیکنان تا پایان ماه پرداخت می‌شود.",
])
def test_a_speech_verb_written_with_a_zwnj_and_a_space_is_a_cue(sentence):
    quote = only(quotes_of(sentence))
    assert (quote.kind, quote.speaker) == ("direct", "کاوه رستگار")


def test_a_label_line_naming_someone_the_article_knows_is_their_quote():
    quotes = quotes_of("کاوه رستگار، سرمربی تیم، پس از بازی گفت: از نتیجه راضی هستم.",
                       "*رستگار: داور بازی را از دست ما گرفت و این را همه دیدند.")
    assert [(q.where, q.speaker, q.kind) for q in quotes] == [("body:0", "کاوه رستگار", "direct"),
                                                              ("body:1", "کاوه رستگار", "direct")]


@pytest.mark.parametrize("paragraph", [
    "بایرن: نویر، رافینیا، هوملس، آلابا، ویدال و مولر",  # a lineup
    "نکته: تنها کسی که می‌تواند این رکورد را بشکند خود اوست.",  # a heading, nobody the article names
    "دقیقه ۷۴: توپ پشت دفاع به مهاجم رسید و او گل زد.",  # a minute of play
    "سمیرا کامیاب: دانشجوی دکتری دانشگاه تهران",  # an affiliation, no sentence
])
def test_label_lines_that_are_nobodys_words(paragraph):
    quotes = quotes_of("کاوه رستگار، سرمربی تیم، پس از بازی گفت: از نتیجه راضی هستم.", paragraph)
    assert [q.where for q in quotes] == ["body:0"]


@pytest.mark.parametrize("going_on", [
    "ما در نیمه دوم بهتر شدیم و من از بازیکنانم راضی هستم چون تا پایان جنگیدیم و کوتاه نیامدیم.",
    # امیدوارم، خوشحالیم: the speaker's state, first person as a verb in م is
    "امیدوارم باشگاه زودتر تصمیم بگیرد تا هواداران ما بازی بعدی را در ورزشگاه تماشا کنند.",
    "خوشحالیم که بازیکنان جوان ما این روزها فرصت بازی پیدا می‌کنند و به تیم ملی دعوت می‌شوند.",
    "آماده‌ایم که در بازی برگشت با همین انگیزه به میدان برویم و هواداران هم ما را تنها نگذارند.",
])
def test_a_first_person_paragraph_after_a_direct_quote_goes_on_with_it(going_on):
    quotes = quotes_of("سامان دلاوری، سرمربی تیم، پس از بازی گفت: بازی سختی بود و حریف خوب دفاع کرد.", going_on,
                       "تیم میزبان هفته آینده در ورزشگاه شهر به مصاف صدرنشین می‌رود و بلیت‌ها فروخته شده است.")
    assert [(q.where, q.speaker) for q in quotes] == [("body:0", "سامان دلاوری"), ("body:1", "سامان دلاوری")]


@pytest.mark.parametrize("going_on", [
    "مشکل اصلی ما در این سال‌ها کمبود زمین تمرین بود و بازیکنان جوان جایی برای پیشرفت نداشتند.",
    "مهم‌ترین ضعف تیم، دفاع در ضربات ایستگاهی است که در اصطلاح به آن توپ دوم می‌گوییم.",
])
def test_a_paragraph_with_one_first_person_word_right_after_an_unmarked_quote_goes_on_with_it(going_on):
    quotes = quotes_of("سامان دلاوری، سرمربی تیم، پس از بازی گفت: بازی سختی بود و حریف خوب دفاع کرد.", going_on,
                       NARRATION_AFTER)
    assert [(q.where, q.speaker) for q in quotes] == [("body:0", "سامان دلاوری"), ("body:1", "سامان دلاوری")]


def test_an_answer_with_one_first_person_word_after_a_short_question_is_the_interviewees():
    quotes = quotes_of("سامان دلاوری، سرمربی تیم، گفت: بازی سختی بود.",
                       "و برنامه فصل آینده؟",
                       "می‌خواهیم بازیکنان جوان بیشتری به تیم اصلی بیاوریم تا هزینه‌های باشگاه پایین بیاید.")
    assert [(q.where, q.speaker) for q in quotes] == [("body:0", "سامان دلاوری"), ("body:2", "سامان دلاوری")]


@pytest.mark.parametrize("before, paragraph", [
    # a quotation closed by » has visibly ended: the statement's ما is its signers'
    ("سامان دلاوری، سرمربی تیم، گفت: «بازی سختی بود و حریف خوب دفاع کرد.»",
     "در آستانه فصل تازه هستیم و تیمی که هواداران انتظارش را دارند باید ساخته شود."),
    # a pull quote set as a subheading: no full stop, or a bullet
    ("سامان دلاوری، سرمربی تیم، گفت: بازی سختی بود و حریف خوب دفاع کرد.",
     "پول بازیکنان خارجی را یک روز پیش از پایان مهلت ما پرداخت کردند"),
    ("سامان دلاوری، سرمربی تیم، گفت: بازی سختی بود و حریف خوب دفاع کرد.",
     "* کار ما هنوز به روزهای سخت نرسیده است و هواداران نگران نباشند!"),
    # وی: the report speaks
    ("سامان دلاوری، سرمربی تیم، گفت: بازی سختی بود و حریف خوب دفاع کرد.",
     "وی هفته آینده با تیم ما در ورزشگاه شهر به مصاف صدرنشین می‌رود."),
])
def test_one_first_person_word_does_not_carry_a_quote_past_its_end(before, paragraph):
    quotes = quotes_of(before, paragraph)
    assert [q.where for q in quotes] == ["body:0"]


def test_a_first_person_paragraph_that_reports_what_others_said_still_goes_on_with_the_quote():
    # همه می‌گفتند is the speaker telling his story, not a cue: the paragraph speaks in the first person throughout
    quotes = quotes_of("سامان دلاوری، سرمربی تیم، پس از بازی گفت: بازی سختی بود و حریف خوب دفاع کرد.",
                       "همه بازی‌هایی که انجام دادم برایم خاطره است اما آن سال همه می‌گفتند ما می‌بازیم و من "
                       "به بازیکنانم گفتم که ما تا آخر می‌جنگیم.")
    assert [(q.where, q.speaker) for q in quotes] == [("body:0", "سامان دلاوری"), ("body:1", "سامان دلاوری")]


def test_a_paragraph_reporting_speech_with_one_first_person_word_is_not_taken_as_a_quote():
    quotes = quotes_of("سامان دلاوری، سرمربی تیم، پس از بازی گفت: بازی سختی بود و حریف خوب دفاع کرد.",
                       "هواداران پس از بازی به خبرنگاران گفتند که تیم ما شایسته برد بود و داور اشتباه کرد.")
    assert [q.where for q in quotes if q.speaker == "سامان دلاوری"] == ["body:0"]


def test_a_colon_before_a_subheading_announces_the_answer_after_it_not_the_heading():
    quotes = quotes_of("سامان دلاوری، سرمربی تیم، در نشست خبری پس از بازی به سوالات خبرنگاران پاسخ گفت:",
                       "بازی مقابل تیم میزبان",
                       "همان نیمه اول کار را تمام کردیم و بازیکنان ما تا پایان با انگیزه بازی کردند.")
    assert [(q.where, q.speaker) for q in quotes] == [("body:2", "سامان دلاوری")]


def test_a_colon_before_a_list_still_announces_its_first_item():
    quotes = quotes_of("فرمانداری محل صندوق‌های رأی را به شرح زیر اعلام کرد:",
                       "شعبه شماره یک مسجد جامع شهر",
                       "شعبه شماره دو مدرسه شهید رجایی")
    assert [q.where for q in quotes] == ["body:1"]  # the list's items are no answers: nothing is skipped


def test_an_answer_under_a_second_topic_heading_is_the_speakers_without_a_first_person_word():
    quotes = quotes_of("سامان دلاوری، سرمربی تیم، در نشست خبری به سوالات خبرنگاران پاسخ گفت:",
                       "بازی مقابل تیم میزبان",
                       "همان نیمه اول کار را تمام کردیم و بازیکنان ما تا پایان با انگیزه بازی کردند.",
                       "مهاجم تازه",
                       "در تمرین‌ها هم کم‌نقص بود و نشان داد که برای رسیدن به ترکیب اصلی چند هفته وقت لازم دارد.")
    assert [(q.where, q.speaker) for q in quotes] == [("body:2", "سامان دلاوری"), ("body:4", "سامان دلاوری")]


def test_a_paragraph_without_a_first_person_word_under_a_first_subheading_is_the_reports():
    quotes = quotes_of("سامان دلاوری، سرمربی تیم، پس از بازی گفت: بازی سختی بود و حریف خوب دفاع کرد.",
                       "مهاجم تازه",
                       "مهاجم تازه تیم در این بازی خوب کار کرد و دو موقعیت خطرناک روی دروازه حریف ساخت.")
    assert [q.where for q in quotes] == ["body:0"]


def test_a_first_person_subheading_between_answers_is_not_a_quote():
    quotes = quotes_of("سامان دلاوری، سرمربی تیم، گفت: بازی سختی بود و حریف خوب دفاع کرد.",
                       "بازیکنان جوان ما پدیده‌اند / سه سال روی آنها کار کرده‌ام",
                       "من از جوانانمان انتظار داشتم و ما بازیکنانی داریم که خود را نشان خواهند داد.")
    assert [q.where for q in quotes] == ["body:0", "body:2"]


SAID_FIRST = "سامان دلاوری، سرمربی تیم، پس از بازی گفت: بازی سختی بود و حریف خوب دفاع کرد."
NARRATION_AFTER = "تیم میزبان هفته آینده در ورزشگاه شهر به مصاف صدرنشین می‌رود و بلیت‌ها فروخته شده است."


@pytest.mark.parametrize("talk", ["گفت و گو", "گفت وگو"])
def test_the_noun_talk_written_apart_is_no_speech_verb_stopping_a_quote_going_on(talk):
    quotes = quotes_of(SAID_FIRST, f"ما در این مدت با باشگاه {talk} کردیم و من امیدوارم زودتر به توافق برسیم.",
                       NARRATION_AFTER)
    assert [(q.where, q.speaker) for q in quotes] == [("body:0", "سامان دلاوری"), ("body:1", "سامان دلاوری")]


def test_a_first_person_answer_after_a_question_is_the_interviewees():
    quotes = quotes_of("سامان دلاوری، سرمربی تیم، گفت: بازی سختی بود.",
                       "از انتخاب این تیم راضی هستی؟",
                       "بله، من از روز اول می‌دانستم که اینجا جای من است و ما با هم به هدف‌هایمان می‌رسیم.")
    assert [(q.where, q.speaker) for q in quotes] == [("body:0", "سامان دلاوری"), ("body:2", "سامان دلاوری")]


def test_an_answer_recounting_what_someone_told_the_interviewee_is_still_the_interviewees():
    quotes = quotes_of("سامان دلاوری، سرمربی تیم، گفت: بازی سختی بود.",
                       "چرا به این تیم آمدی؟",
                       "کاوه رفیق قدیمی من است و ما سال‌ها با هم بازی کردیم. او به من گفت که اینجا آینده بهتری داری.",
                       "از انتخابت راضی هستی؟",
                       "من از روز اول می‌دانستم که اینجا جای من است و ما با هم به هدف‌هایمان می‌رسیم.")
    assert [(q.where, q.kind, q.speaker) for q in quotes] == [
        ("body:0", "direct", "سامان دلاوری"), ("body:2", "direct", "سامان دلاوری"), ("body:4", "direct", "سامان دلاوری")]


def test_a_reported_paragraph_with_a_first_person_claim_stays_the_reports():
    quotes = quotes_of("سامان دلاوری، سرمربی تیم، گفت: بازی سختی بود.",
                       "چرا به این تیم آمدی؟",
                       "وی با بیان اینکه ما سال‌ها با هم بازی کردیم، از هواداران تشکر کرد و گفت که من اینجا می‌مانم.")
    assert all(q.kind == "indirect" for q in quotes if q.where == "body:2")


INTERVIEWEE = "سامان دلاوری می‌دانست که این بازی برای تیمش اهمیت زیادی دارد."
ANSWER = "ما فصل را خوب شروع نکردیم و من از بازیکنانم انتظار بیشتری داشتم اما حالا بهتر شده‌ایم."


@pytest.mark.parametrize("remark", [
    "بازی از دقیقه بیست به بعد بهتر شد و توپ و میدان در اختیار تیم شما بود.",
    "بعد از باخت هفته قبل روند خوبی را آغاز کردید.",
    "در این سه هفته پنج گل خورده‌اید که سه تا از روی ضربه ایستگاهی بوده است.",  # the perfect
])
def test_an_answer_to_a_remark_put_to_the_interviewee_is_the_interviewees(remark):
    quotes = quotes_of(INTERVIEWEE, remark, ANSWER, title="دلاوری: هنوز به روزهای خوبمان نرسیده‌ایم")
    assert [(q.where, q.speaker) for q in quotes if q.where != "title"] == [("body:2", "سامان دلاوری")]


def test_a_remark_in_the_third_person_asks_nothing():
    # می‌آید ends in ید as کردید does, but speaks of the team: the next paragraph answers no one
    quotes = quotes_of(INTERVIEWEE, "تیم حریف هر هفته با انگیزه بیشتری به میدان می‌آید.", ANSWER,
                       title="دلاوری: هنوز به روزهای خوبمان نرسیده‌ایم")
    assert [q.where for q in quotes] == ["title"]


@pytest.mark.parametrize("paragraph", [
    # a new subject, with its own verb of saying: the report goes on, not the quote
    "مدیرعامل باشگاه نیز با اشاره به اینکه ما هنوز بدهی داریم، از هواداران خواست صبور باشند و ما را تنها نگذارند.",
    # a cue of its own
    "اما توجیه او عجیب بود: ما بازیکنان زیادی داشتیم و من ترجیح دادم او را نگه نداریم.",
    # the third person
    "تیم میزبان هفته آینده در ورزشگاه شهر به مصاف صدرنشین می‌رود و بلیت‌ها فروخته شده است.",
])
def test_paragraphs_that_do_not_go_on_with_a_quote(paragraph):
    quotes = quotes_of("سامان دلاوری، سرمربی تیم، پس از بازی گفت: بازی سختی بود و حریف خوب دفاع کرد.", paragraph)
    assert "body:1" not in {q.where for q in quotes if q.speaker == "سامان دلاوری" and q.cue == ""}


def test_answers_after_an_interview_frame_and_its_subheadings_are_the_interviewees():
    quotes = quotes_of("مهران کاظمی، سرمربی تیم، در گفت‌وگو با خبرنگار ما از برنامه‌های تیمش می‌گوید.",
                       "به هدف‌هایمان رسیده‌ایم",
                       "ما فصل را با هدف صعود شروع کردیم و تا امروز به آن نزدیک شده‌ایم و من از بازیکنانم راضی هستم.",
                       "جوان‌ها آینده تیم هستند",
                       "من از روز اول به جوان‌ها اعتماد کردم و ما با آن‌ها به جایگاه فعلی رسیده‌ایم.")
    assert [(q.where, q.speaker) for q in quotes] == [("body:2", "مهران کاظمی"), ("body:4", "مهران کاظمی")]


# --- Issue 11, extraction: shapes of reported speech found on unseen articles ------------

@pytest.mark.parametrize("sentence, claim", [
    ("مهدی کریمی، مدیرکل ورزش استان، ساخت ورزشگاه جدید را مهم‌ترین کار امسال عنوان کرد.",
     "ساخت ورزشگاه جدید را مهم‌ترین کار امسال"),
    ("حمید نوری، سرمربی تیم، مصدومیت دروازه‌بان را دلیل باخت تیمش برشمرد.",
     "مصدومیت دروازه‌بان را دلیل باخت تیمش"),
    ("سرمربی تیم، حمید نوری، دروازه‌بان جوان تیمش را بهترین بازیکن فصل دانسته است.", "دروازه‌بان جوان تیمش را بهترین بازیکن فصل"),
    ("حمید نوری، سرمربی تیم، بازگشت کاپیتان را پیش از پایان فصل ممکن ندانست.", "بازگشت کاپیتان را پیش از پایان فصل ممکن"),
    ("مهدی کریمی، مدیرکل ورزش استان، کمبود بودجه را مهم‌ترین مشکل باشگاه‌ها ذکر کرد.",
     "کمبود بودجه را مهم‌ترین مشکل باشگاه‌ها"),
])
def test_a_judgement_stated_with_a_speech_verb_is_reported_speech(sentence, claim):
    quote = only(quotes_of(sentence), "indirect")
    assert quote.text == claim and quote.speaker


@pytest.mark.parametrize("sentence, claim", [
    ("علی کریمی تصمیم فدراسیون را اقدامی شجاعانه به سود فوتبال ایران نامید.",
     "تصمیم فدراسیون را اقدامی شجاعانه به سود فوتبال ایران"),
    ("رضا کاظمی دو کارخانه بزرگ فولاد را از جمله شرکت‌های آماده واگذاری نام برد.",
     "دو کارخانه بزرگ فولاد را از جمله شرکت‌های آماده واگذاری"),
])
def test_calling_or_naming_something_as_someone_judges_it_is_reported_speech(sentence, claim):
    quote = only(quotes_of(sentence), "indirect")
    assert claim in quote.text and quote.speaker


@pytest.mark.parametrize("sentence", [
    "در این میان از مهاجم جوان تیم به عنوان گزینه اصلی باشگاه نام برده می‌شود.",  # passive: nobody judges
    "این فصل را می‌توان فصلی متفاوت از فصل‌های گذشته ارزیابی کرد.",  # the writer's own judgement
    "با این نتیجه نمی‌توان باخت تیم را به دلیل غیبت کاپیتان دانست.",
    "این اردو را می توان اردویی تازه‌تر از اردوهای قبلی دانست.",  # می توان written apart
])
def test_a_judgement_nobody_is_said_to_make_is_no_quote(sentence):
    assert quotes_of(sentence) == []


@pytest.mark.parametrize("sentence", [
    "حمید نوری این مطلب را عنوان کرد.",  # a statement, no judgement after را
    "در پایان مراسم، مجری برنامه بازیکنان را یکی یکی فرا خواند و جوایزشان را داد.",  # فرا خواندن: to call
    "مدیرعامل باشگاه رضایت خود را از مذاکره با سرمربی اعلام کرد.",  # a feeling announced, no judgement
    "در جشن قهرمانی، مجری بازیکنان را یکی یکی فرا می خواند.",  # فرا خواندن again, in the present
])
def test_an_object_without_a_judgement_is_not_reported_speech(sentence):
    assert quotes_of(sentence) == []


def test_a_judging_verb_before_a_colon_opens_the_direct_quote_only():
    quotes = quotes_of("وی مبلغ وام‌ها را ده میلیارد ریال خواند و عنوان کرد: صد نفر برای دریافت وام ثبت‌نام کرده‌اند.")
    assert [q.kind for q in quotes] == ["indirect", "direct"]
    assert quotes[0].text == "مبلغ وام‌ها را ده میلیارد ریال"


def test_a_claim_never_starts_on_the_verbs_own_auxiliary():
    quote = only(quotes_of("مسئولان باشگاه پیش از این اعلام کرده بودند که قرارداد سرمربی تمدید می‌شود."))
    assert quote.cue == "اعلام کرده بودند" and quote.text == "قرارداد سرمربی تمدید می‌شود"


def test_a_speech_verb_with_an_object_and_a_purpose_clause_states_no_claim():
    assert quotes_of("تیم ملی قهرمانی سال گذشته خود را تکرار کرد تا بار دیگر به جام جهانی برسد.") == []


def test_a_connective_opening_the_sentence_does_not_hide_its_subject():
    quote = only(quotes_of("حال روابط عمومی باشگاه با انتشار نامه‌ای اعلام کرده حضور این دو بازیکن در تیم بلامانع است."))
    assert quote.speaker == "روابط عمومی باشگاه" and quote.text.startswith("حضور این دو بازیکن")


def test_the_subject_of_a_claim_may_follow_the_last_that():
    quote = only(quotes_of("خبر بد برای هواداران آنجا بود که حمید نوری اعلام کرد مهاجم اصلی تیم در نیم فصل جدا می‌شود."))
    assert quote.speaker == "حمید نوری" and quote.text == "مهاجم اصلی تیم در نیم فصل جدا می‌شود"


def test_what_a_question_reports_others_saying_is_not_a_quote():
    quote = only(quotes_of("وی در پاسخ به این سوال که هیئت مدیره ابتدا موافقت نکرد و برخی می‌گویند هیئت مدیره "
                           "پیرو وزارت است، گفت: ما هیچ موضعی در این باره نداشتیم."))
    assert quote.kind == "direct" and quote.speaker != "هیئت مدیره"


@pytest.mark.parametrize("sentence, cue, speaker", [
    ("به ادعای حمید نوری، داور در دقیقه آخر پنالتی مسلم تیم را نگرفت.", "به ادعای", "حمید نوری"),
    ("بنابر اعلام سازمان هواشناسی، بارش باران از فردا در استان آغاز می‌شود.", "بنابر اعلام", "سازمان هواشناسی"),
    ("طبق اظهارات حمید نوری، تیم تا پایان هفته در اردو می‌ماند.", "طبق اظهارات", "حمید نوری"),
    ("به نوشته روزنامه گاردین، مذاکرات دو کشور هفته آینده از سر گرفته می‌شود.", "به نوشته",
     "روزنامه گاردین"),
])
def test_a_claim_according_to_someones_claim_or_announcement_is_theirs(sentence, cue, speaker):
    quote = only(quotes_of(sentence))
    assert (quote.kind, quote.cue, quote.speaker) == ("indirect", cue, speaker)


def test_a_source_framing_a_direct_quote_adds_no_claim_of_the_frame():
    quote = only(quotes_of("به نوشته روزنامه گاردین، در بیانیه وزارت خارجه آمده است: مذاکرات هفته آینده "
                           "از سر گرفته می‌شود."))
    assert (quote.kind, quote.text) == ("direct", "مذاکرات هفته آینده از سر گرفته می‌شود.")


def test_a_source_line_opening_with_bana_be_is_not_the_speaker():
    quote = only(quotes_of("بنا به گزارش پایگاه خبری ورزشی، حمید نوری در این دیدار افزود: بازیکنان ما خسته بودند."))
    assert quote.speaker == "حمید نوری"


def test_the_time_stamp_of_a_live_report_entry_hides_neither_sentence_nor_speaker():
    quotes = quotes_of("۲۳:۵۳ - حمید نوری در گفت‌وگو با خبرنگاران گفت: فردا با همه بازیکنان جلسه خواهیم داشت.",
                       "۲۳:۴۰: علی کریمی، مدیرعامل باشگاه اعلام کرد که قرارداد سرمربی تمدید نمی‌شود.")
    assert [(q.speaker, q.text) for q in quotes] == [
        ("حمید نوری", "فردا با همه بازیکنان جلسه خواهیم داشت."),
        ("علی کریمی", "قرارداد سرمربی تمدید نمی‌شود")]


def test_what_a_statement_says_is_its_issuers_direct_quote():
    quotes = quotes_of("باشگاه پرسپولیس امروز بیانیه‌ای درباره داوری بازی منتشر کرد.",
                       "در بیانیه روابط عمومی باشگاه پرسپولیس آمده است:",
                       "داوری این دیدار به ضرر تیم ما بود و از فدراسیون می‌خواهیم رسیدگی کند.")
    quote = only(quotes)
    assert (quote.where, quote.kind, quote.speaker_type) == ("body:2", "direct", "organisation")
    assert quote.speaker == "روابط عمومی باشگاه پرسپولیس"


@pytest.mark.parametrize("paragraphs, speaker, kind", [
    (("در گزارش کمیته انضباطی آمده است: «این تیم از شرایط خوبی برخوردار نبوده است.»",), "کمیته انضباطی", "direct"),
    (("در گزارش منتشره از سوی روزنامه بیلد آمده است: این بازیکن به زودی به منچستر می‌رود.",),
     "روزنامه بیلد", "direct"),
    (("حمید نوری به فدراسیون نامه نوشت.", "در این نامه تاکید شده کیفیت لباس‌های تیم ملی باید بهتر شود."),
     "حمید نوری", "indirect"),
])
def test_a_document_speaks_for_its_author_or_for_who_the_report_is_about(paragraphs, speaker, kind):
    quote = only(quotes_of(*paragraphs))
    assert (quote.speaker, quote.kind) == (speaker, kind)


def test_a_label_after_a_statements_cue_is_not_carried_as_its_quote():
    quotes = quotes_of("در این بیانیه آمده:", "حضرت امام خمینی(ره):", "«همه باید در انتخابات شرکت کنیم.»")
    assert all(q.where != "body:1" for q in quotes)


@pytest.mark.parametrize("sentence, kind", [
    ("علی ضیایی، مجری تلویزیون، در صفحه شخصی خود نوشته: مسئولان عزیز، این تنها دلخوشی مردم است.", "direct"),
    ("مهدی طاهری، روزنامه‌نگار ورزشی، در توییتر خود نوشته که این مربی فردا به ایتالیا برمی‌گردد.", "indirect"),
])
def test_a_participle_before_a_colon_or_that_reports_speech(sentence, kind):
    quote = only(quotes_of(sentence))
    assert quote.kind == kind and quote.cue == "نوشته" and quote.speaker


def test_a_claim_a_question_reports_is_a_quote_of_the_one_it_is_reported_of():
    """ANNOTATION.md, round 19: the question is not a quote, what it reports is."""
    quote = only(quotes_of("سرمربی تیم ملی گفته که بازیکنان ما بهترین‌های آسیا هستند، شما موافقید؟"))
    assert (quote.text, quote.role) == ("بازیکنان ما بهترین‌های آسیا هستند", "سرمربی تیم ملی")


def test_a_cue_inside_a_quotation_is_the_speakers_words_not_a_new_quote():
    quotes = quotes_of("لودویک ژولی، بازیکن سابق بارسلونا، گفت: «مربی در ژانویه به من گفت: می‌خواهم به مسی "
                       "بیشتر بازی بدهم. من این را پذیرفتم.»")
    quote = only(quotes)
    assert quote.speaker == "لودویک ژولی" and quote.text.startswith("مربی در ژانویه")


def test_a_quotation_left_open_goes_on_in_the_next_paragraphs_to_its_close():
    quotes = quotes_of("حمید نوری، سرمربی تیم، گفت: «بازیکنان امروز خوب بودند و نتیجه گرفتیم.",
                       "هواداران ما هم تا آخر بازی در ورزشگاه ماندند.",
                       "بازی بعدی سخت‌تر است.» تیم او هفته آینده به مصاف صدرنشین می‌رود.")
    assert [(q.where, q.speaker) for q in quotes] == [
        ("body:0", "حمید نوری"), ("body:1", "حمید نوری"), ("body:2", "حمید نوری")]
    assert quotes[2].text == "بازی بعدی سخت‌تر است."


def test_what_someone_told_the_speaker_inside_a_quotation_left_open_is_part_of_it():
    quotes = quotes_of('حمید نوری، مهاجم تیم، گفت: "پیشنهادهای زیادی داشتم اما ماندن را ترجیح دادم.',
                       'وقتی مدیر باشگاه تماس گرفت، او به من گفت که برای فصل بعد روی من حساب کرده و من هم قبول کردم."')
    assert [(q.where, q.kind, q.speaker) for q in quotes] == [
        ("body:0", "direct", "حمید نوری"), ("body:1", "direct", "حمید نوری")]


def test_a_direct_quote_in_quotation_marks_ends_where_they_close():
    quote = only(quotes_of("او در صفحه شخصی‌اش عنوان کرده: «کار این مربی در ایران تمام شده است.» اما هواداران "
                           "هنوز امیدوارند او بماند."))
    assert quote.text == "کار این مربی در ایران تمام شده است."


@pytest.mark.parametrize("title", ["زنده: سرمربی استقلال می‌ماند یا می‌رود؟", "ویدیو: گل‌های دیدار دیشب را ببینید"])
def test_a_headline_rubric_is_not_a_speaker(title):
    assert quotes_of("تیم‌ها امروز به مصاف هم می‌روند.", title=title) == []


def test_a_name_in_full_never_runs_past_a_headlines_colon():
    quotes = quotes_of("برانکو در نشست خبری پیش از بازی گفت: هر دو تیم به مرحله بعد رفته‌اند.",
                       title="برانکو: قدرت‌مان را به حریف نشان می‌دهیم")
    assert {q.speaker for q in quotes} == {"برانکو"}


def test_a_tweet_is_a_speech_verb():
    quote = only(quotes_of("در دهمین سالگرد این قهرمانی، لاپورتا توییت کرد: «ده سال پیش لیگ قهرمانان را فتح کردیم.»"))
    assert quote.speaker == "لاپورتا" and quote.text == "ده سال پیش لیگ قهرمانان را فتح کردیم."


def test_a_pronoun_opening_the_sentence_is_the_subject_of_a_claim_without_that():
    quote = only(quotes_of("حمید نوری در این نشست شرکت کرد.", "وی می‌گوید، تیم ما در نیم فصل دوم بهتر بازی خواهد کرد."))
    assert quote.kind == "indirect" and quote.speaker == "حمید نوری"


def test_a_claim_inside_a_clause_about_what_others_said_is_not_the_pronouns():
    quotes = quotes_of("وی در مورد اینکه مدیرعامل بارها اعلام کرده می‌خواهد استعفا بدهد، گفت: من چیزی نشنیده‌ام.")
    # the claim is the one it is reported of (ANNOTATION.md, round 19), who is not وی
    assert [(q.kind, q.speaker, q.role) for q in quotes] == [("indirect", None, "مدیرعامل"), ("direct", None, None)]


@pytest.mark.parametrize("paragraph, kind", [
    ("وی در ادامه به این نکته اشاره کرد که بودجه امسال کافی نیست.", "indirect"),
    ("وی در ادامه به کمبود بودجه اشاره کرد: بودجه امسال برای این طرح کافی نیست.", "direct"),
])
def test_referring_to_something_reports_speech_before_that_or_a_colon(paragraph, kind):
    assert only(quotes_of(paragraph)).kind == kind


def test_referring_to_a_topic_in_guillemets_is_not_a_quote():
    assert quotes_of("وی در این همایش به «بررسی نقش رسانه‌های بیگانه در جامعه» اشاره کرد.") == []


def test_a_statement_speaks_in_its_parts_and_a_colon_after_brought_is_a_cue():
    quotes = quotes_of("در پایان این بیانیه آمده است: ما در راهپیمایی روز شنبه حضور خواهیم داشت.",
                       "سازمان بسیج مهندسین در ابتدای بیانیه آورده است: انتخابات پیش رو اهمیت زیادی دارد.")
    assert [q.kind for q in quotes] == ["direct", "direct"]
    assert quotes[1].speaker == "سازمان بسیج مهندسین"


def test_a_label_line_answering_a_question_is_the_interviewees_quote():
    quotes = quotes_of("خبرنگار ما با معاون رئیس جمهور درباره خط لوله گاز گفت‌وگو کرد.",
                       "سؤال: آیا پاکستان با این طرح مخالف است؟",
                       "مشایی: به نظر می‌رسد پاکستان اعتراضی ندارد و آماده مذاکره است.")
    quote = only(quotes)
    assert (quote.where, quote.speaker) == ("body:2", "مشایی")


def test_a_label_line_naming_no_one_after_a_statement_is_still_nobodys():
    assert quotes_of("ترکیب دو تیم در این دیدار به شرح زیر است.", "پرسپولیس: بیرانوند، کنعانی و نوراللهی هستند.") == []


def test_a_quotation_never_closed_does_not_take_the_narration_after_it():
    quotes = quotes_of("کاوه سلطانی به خبرنگاران گفت: «شانس حریف بیشتر است اما ما برای بردن به زمین می‌رویم.",
                       "پس از بازنشستگی دروازه‌بان قدیمی، بازوبند تیم به سلطانی سپرده شد و او از این بابت راضی است.")
    assert [q.where for q in quotes] == ["body:0"]


def test_a_paragraph_that_is_one_quotation_is_a_quote_of_who_has_the_floor():
    quotes = quotes_of("یاسر فرهادی، کاپیتان ملوان، گفت: ما برای گرفتن سه امتیاز آمده‌ایم و آمادگی کامل داریم.",
                       "بازوبند کاپیتانی این تیم از همین فصل به او سپرده شده است.",
                       "«این کار سختی است. من آماده‌ام تا در رختکن و زمین به هم‌تیمی‌هایم کمک کنم.»")
    assert [(q.where, q.speaker) for q in quotes] == [("body:0", "یاسر فرهادی"), ("body:2", "یاسر فرهادی")]


def test_a_claim_may_open_on_ta_but_not_a_purpose_after_an_object():
    quote = only(quotes_of("مهاجم تیم بسکتبال شهرداری اعلام کرد تا به حال چنین روحیه‌ای در تیم ندیده است."))
    assert quote.text.startswith("تا به حال")


def test_names_in_guillemets_after_according_to_are_the_source_not_a_quote():
    quote = only(quotes_of("بنابر اعلام «دیمیتری پسکوف» سخنگوی «ولادیمیر پوتین»، وی قصد دارد فردا به چین سفر کند."))
    assert (quote.kind, quote.text) == ("indirect", "وی قصد دارد فردا به چین سفر کند")
    assert quote.speaker == "دیمیتری پسکوف"


@pytest.mark.parametrize("sentence, cue", [
    ("منصور ابراهیم‌زاده، پیشکسوت فوتبال، اعتقاد دارد غیبت این دو بازیکن به تیم ملی ضربه نمی‌زند.", "اعتقاد دارد"),
    ("فرهاد صالحی بر این باور است که تیم رقیب به هیچ عنوان از شاگردانش قوی‌تر نیست.", "بر این باور است"),
    ("محسن بنگر مدعی است اشتباه داور انگیزه بازیکنان را از بین برده است.", "مدعی است"),
])
def test_a_view_held_is_reported_speech(sentence, cue):
    quote = only(quotes_of(sentence))
    assert (quote.kind, quote.cue) == ("indirect", cue) and quote.speaker


def test_a_view_in_a_relative_clause_describes_people_and_is_no_quote():
    assert quotes_of("کسانی که مدعی‌اند که از این حمله آسیب دیده‌اند توانستند غرامت بگیرند.") == []


@pytest.mark.parametrize("sentence, quoted", [
    ("علی اسماعیلی از ناشران خواست تا فرم‌های ثبت‌نام نمایشگاه را به دقت مطالعه کنند.", True),
    ("رئیس اداره ارشاد از رسانه‌ها درخواست کرد که به بررسی دلایل این امر بپردازند.", True),
    ("دلش می خواست که هرچه زودتر از آنجا برود و به خانه برگردد.", False),  # a wish
    ("او خواست تا خودش این کار را انجام دهد و به کسی نگوید.", False),  # no one asked (no از)
])
def test_asking_someone_to_do_something_reports_the_request(sentence, quoted):
    quotes = quotes_of(sentence)
    assert bool(quotes) == quoted
    if quoted:
        assert only(quotes).kind == "indirect" and (only(quotes).speaker or only(quotes).role)


@pytest.mark.parametrize("sentence, cue, claim", [
    ("سازمان ملل متحد نسبت به گسترش خشکسالی در کشورهای آفریقایی هشدار داد.", "هشدار داد",
     "گسترش خشکسالی در کشورهای آفریقایی"),
    ("صادقی نسب به بندهای آیین‌نامه اشاره کرد و نظارت شوراها بر اجرای این آیین‌نامه را خواستار شد.", "خواستار شد",
     "نظارت شوراها بر اجرای این آیین‌نامه"),
])
def test_a_warning_of_something_and_a_demand_as_object_are_reported_speech(sentence, cue, claim):
    quote = only(quotes_of(sentence))
    assert (quote.kind, quote.cue, quote.text) == ("indirect", cue, claim)


# --- Issue 11, indirect recall: more shapes of reported speech ----------------------------

@pytest.mark.parametrize("sentence, claim", [
    ("حسن رضایی، مدیرکل بهداشت استان، امروز بر لزوم حفظ سلامت مصرف‌کنندگان تاکید کرد.",
     "لزوم حفظ سلامت مصرف‌کنندگان"),
    ("وزیر نیرو با اشاره به تاثیر خشکسالی بر کشاورزی، بر صرفه‌جویی در مصرف آب تأکید کرد.",
     "صرفه‌جویی در مصرف آب"),  # the بر after the last comma
    ("کریمی از اینکه هیچ طرحی بر روی کاغذ نمانده ابراز خرسندی و بر نگهداری این سازه‌ها تاکید کرد.",
     "نگهداری این سازه‌ها"),  # the بر after the last verb
    ("وزیر خارجه با تکیه بر حق ملت‌ها بر حل بحران از راه‌های مسالمت‌آمیز تاکید کردند.",
     "حل بحران از راه‌های مسالمت‌آمیز"),  # با تکیه بر opens no claim
])
def test_what_someone_stressed_is_reported_speech(sentence, claim):
    quote = only([q for q in quotes_of(sentence) if "کید" in q.cue])  # تاکید، تأکید
    assert (quote.kind, quote.text) == ("indirect", claim) and (quote.speaker or quote.role)


@pytest.mark.parametrize("sentence, claim", [
    ("سرمربی تیم از اینکه بازیکنانش تا پایان بازی جنگیدند، اظهار خرسندی کرد.",
     "بازیکنانش تا پایان بازی جنگیدند"),
    ("کریمی از اینکه هیچ طرحی بر روی کاغذ نمانده ابراز خرسندی و بر نگهداری این سازه‌ها تاکید کرد.",
     "هیچ طرحی بر روی کاغذ نمانده"),  # the light verb left to the next verb
    ("بسیاری از هواداران از باخت سنگین تیم در دیدار دیشب ابراز تأسف کردند.",
     "باخت سنگین تیم در دیدار دیشب"),  # بسیاری از is the subject's, not the claim's از
    ("کاپیتان تیم پس از بازی از تصمیم‌های داور در نیمه دوم اظهار نارضایتی کرد.",
     "تصمیم‌های داور در نیمه دوم"),  # پس از says when
])
def test_what_a_feeling_was_expressed_about_is_reported_speech(sentence, claim):
    quote = only([q for q in quotes_of(sentence) if q.cue.startswith(("ابراز", "اظهار"))])
    assert (quote.kind, quote.text) == ("indirect", claim)


def test_a_promise_is_reported_speech():
    quote = only(quotes_of("رئیس فدراسیون وعده داد به زودی درباره آینده تیم ملی تصمیم می‌گیرد."))
    assert (quote.kind, quote.cue, quote.text) == ("indirect", "وعده داد", "به زودی درباره آینده تیم ملی تصمیم می‌گیرد")
    assert quote.role == "رئیس فدراسیون"


@pytest.mark.parametrize("sentence, claim", [
    ("نماینده مردم بیرجند به دولت پیشنهاد کرد برای جذب سرمایه‌گذاران سود بانکی را کاهش دهد.",
     "برای جذب سرمایه‌گذاران سود بانکی را کاهش دهد"),
    ("وزیر نفت پیشنهاد داده بود که تولید روزانه نفت افزایش یابد.", "تولید روزانه نفت افزایش یابد"),
])
def test_a_proposal_is_reported_speech(sentence, claim):
    quote = only(quotes_of(sentence))
    assert (quote.kind, quote.text) == ("indirect", claim)


@pytest.mark.parametrize("sentence", [
    "شورای شهر طرحی سه مرحله‌ای را پیشنهاد کرده که شامل ساخت پارکینگ است.",  # که describes the plan
    "باشگاه چند بار به این بازیکن پیشنهاد داد اما هر بار پاسخ منفی شنید.",  # an offer, nothing proposed
])
def test_a_proposal_of_a_thing_is_no_quote(sentence):
    assert quotes_of(sentence) == []


def test_a_statement_asking_in_the_present_is_reported_speech():
    quote = only(quotes_of("انجمن قلم ایران از نامزدهای ریاست جمهوری می‌خواهد مسائل معیشتی مردم را در اولویت قرار دهند."))
    assert (quote.kind, quote.text) == ("indirect", "مسائل معیشتی مردم را در اولویت قرار دهند")


def test_wanting_to_do_something_asks_nobody():
    assert quotes_of("یکی از بچه‌های تیم می‌خواهد برود و برای همه نوشیدنی بخرد.") == []


def test_a_feeling_about_a_bare_topic_is_no_quote():
    assert quotes_of("مدیرعامل باشگاه از وضعیت زمین ابراز نگرانی کرد.") == []


@pytest.mark.parametrize("sentence", [
    "وی بر این موضوع تاکید کرد.",  # refers back to what was said before
    "رضایی در سخنان خود تاکید کرد.",  # no بر: nothing said
])
def test_stressing_nothing_new_is_not_a_quote(sentence):
    assert [q for q in quotes_of(sentence) if q.kind == "indirect"] == []


def test_stressing_that_is_one_quote_not_two():
    quote = only(quotes_of("رضایی بر این نکته تاکید کرد که مدارس از شنبه باز می‌شوند."))
    assert quote.text == "مدارس از شنبه باز می‌شوند"


@pytest.mark.parametrize("sentence, claims", [
    ("وی وضع جاده‌های روستایی را مناسب ارزیابی کرد و سرعت اجرای طرح‌ها را کند خواند.",
     ["وضع جاده‌های روستایی را مناسب", "سرعت اجرای طرح‌ها را کند"]),  # two judgements, و between
    ("وی مردم شهر را از نظر فرهنگی، اخلاقی و دینی ممتاز خواند.",
     ["مردم شهر را از نظر فرهنگی، اخلاقی و دینی ممتاز"]),  # the judgement's own commas
])
def test_a_judgement_runs_from_its_own_clause_to_its_verb(sentence, claims):
    assert [q.text for q in quotes_of(sentence)] == claims


def test_a_judgement_whose_object_ran_into_the_name_keeps_a_word_of_the_object():
    quote = only(quotes_of("مکوندی مصدومیت را دلیل باخت تیمش دانست."))
    assert quote.text == "مصدومیت را دلیل باخت تیمش"


def test_a_value_announced_is_a_judgement_but_an_announced_readiness_is_not():
    quote = only(quotes_of("وزیر راه طول پل جدید را بیش از دو کیلومتر اعلام کرد."))
    assert quote.text == "پل جدید را بیش از دو کیلومتر" or quote.text.endswith("را بیش از دو کیلومتر")
    assert quotes_of("وزیر راه رسما حمایت خود را از این طرح اعلام کرد.") == []


@pytest.mark.parametrize("sentence, kind", [
    ("رضایی درباره آینده تیم،\u200cگفت: ما برای قهرمانی آماده‌ایم.", "direct"),  # ZWNJ after the comma
    ("رضایی به این موضوع اشاره کرد وگفت: ما برای قهرمانی آماده‌ایم.", "direct"),  # و run into the verb
    ("مشاور وزیر تاکید کرد ، این کشور برای قهرمانی آماده است.", "indirect"),  # a space before the comma
])
def test_a_speech_verb_cue_survives_careless_spacing(sentence, kind):
    assert only(quotes_of(sentence), kind).text.startswith(("ما برای", "این کشور"))


@pytest.mark.parametrize("cue", ["با اذعان به اینکه", "با تاکیدبر اینکه", "با ذکر این که", "با ابراز نگرانی از اینکه"])
def test_more_nouns_open_a_claim_before_the_speech_verb(cue):
    quote = only(quotes_of(f"رضایی {cue} مدارس از شنبه باز نمی‌شوند، تصریح کرد: باید صبر کنیم."), "indirect")
    assert quote.text == "مدارس از شنبه باز نمی‌شوند"


def test_a_claim_before_the_speech_verb_keeps_its_own_comma():
    quote = only(quotes_of("رضایی با بیان اینکه این خبرنگاران، اخبار را به مردم می‌رسانند بیان کرد: باید "
                           "از آنها تقدیر شود."), "indirect")
    assert quote.text == "این خبرنگاران، اخبار را به مردم می‌رسانند"


def test_a_quote_gives_way_to_the_report_at_a_sentence_opening_on_vey():
    quotes = quotes_of("وی با اعلام این خبر افزود: تصمیم به ساخت فیلمی در این زمینه گرفته شد. وی افزود "
                       "این فیلم نقد مفاهیم مهمی را در خود جای داده است.")
    assert [(q.kind, q.text) for q in quotes] == [
        ("direct", "تصمیم به ساخت فیلمی در این زمینه گرفته شد."),
        ("indirect", "این فیلم نقد مفاهیم مهمی را در خود جای داده است")]


@pytest.mark.parametrize("opening", ["در بخش پایانی نامه آمده است:", "در ابتدای  این بیانیه آمده است:",
                                     "در بخشی از این مصوبه آمده است:"])
def test_a_document_speaks_from_its_parts(opening):
    quote = only(quotes_of(f"{opening} ما با تغییر کاربری این اراضی مخالفیم."))
    assert (quote.kind, quote.text) == ("direct", "ما با تغییر کاربری این اراضی مخالفیم.")


@pytest.mark.parametrize("sentence, claim", [
    ("به گفته وی سفر رئیس جمهور به استان در روزهای آینده انجام می‌شود.",
     "سفر رئیس جمهور به استان در روزهای آینده انجام می‌شود"),
    ("به گفته مهدی رضایی در روز سیزده فروردین بیش از چهل هزار مسافر وارد شهر شدند.",
     "در روز سیزده فروردین بیش از چهل هزار مسافر وارد شهر شدند"),
])
def test_according_to_someone_without_a_comma_is_still_reported_speech(sentence, claim):
    quote = only(quotes_of(sentence))
    assert (quote.kind, quote.cue, quote.text) == ("indirect", "به گفته", claim)


def test_a_source_named_after_and_takes_the_sentence_over_from_the_claim_before():
    quotes = quotes_of("مهدی رضایی معتقد است افزایش حقوق به تنهایی کافی نیست و به گفته او بدون مسکن ارزان، "
                       "پرستاران جوان در شهرهای کوچک نمی‌مانند.")
    assert [(q.cue, q.speaker, q.text) for q in quotes] == [
        ("معتقد است", "مهدی رضایی", "افزایش حقوق به تنهایی کافی نیست"),
        ("به گفته", "مهدی رضایی", "بدون مسکن ارزان، پرستاران جوان در شهرهای کوچک نمی‌مانند")]


@pytest.mark.parametrize("sentence", [
    "به گفته برخی از دیپلمات‌ها میزان خلوص اورانیوم بسیار بالا بوده است.",  # a group
    "به اعتقاد من کادر فنی باید بیشتر تلاش کند تا ضعف‌های تیم برطرف شود.",  # the speaker himself
    "به گفته رضایی آمارها نشان می‌دهد که آلودگی هوا کاهش یافته است.",  # where the source ends is unclear
])
def test_a_source_without_a_comma_must_be_someone_named_apart_from_the_claim(sentence):
    assert [q for q in quotes_of(sentence) if q.cue == "به گفته" or q.cue == "به اعتقاد"] == []


@pytest.mark.parametrize("sentence, quoted", [
    ("پیتر اشمایکل از مدیران باشگاه خواست به شایعات درباره دروازه‌بان پایان دهند.", True),
    ("وی از مسئولان خواسته بود این ساختمان را به پارکی عمومی تبدیل کنند.", True),
    ("من از تیمی دیگر به این تیم آمدم و با خواست خدا نایب قهرمان شدیم.", False),  # God's will, no request
    ("رضایی از مدیران خواسته های اصلی هیئت را نام برد و گفت که همه باید کمک کنند.", False),  # خواسته‌ها: a noun
])
def test_a_request_without_that_asks_someone_right_before_the_verb_to_do_something(sentence, quoted):
    requests = [q for q in quotes_of(sentence) if q.cue.startswith("خواست")]
    assert bool(requests) == quoted


@pytest.mark.parametrize("paragraph, quoted", [
    ("قربانی در برابر این پرسش اینگونه واکنش نشان داد: ما به کارگران قول می‌دهیم که کارخانه تعطیل نمی‌شود.", True),
    ("ابراهیم‌زاده صحبت‌هایش را این‌طور به پایان رساند: تیم ما در بیشتر بازی‌ها خط حمله خوبی ندارد.", True),
    ("ترکیب تیم در این بازی به این شرح اعلام شد: علی رضایی، حسن کریمی، مهدی نوری و رضا احمدی.", False),
])
def test_a_clause_saying_how_opens_a_direct_quote_whatever_its_verb(paragraph, quoted):
    quotes = quotes_of("مقدمه خبر.", paragraph)
    assert bool(quotes) == quoted
    if quoted:
        assert only(quotes).kind == "direct" and only(quotes).speaker


@pytest.mark.parametrize("sentence, kind", [
    ("گزارشگر شبکه با دیدن رکورد فریاد زد: «او مثل مردها شنا می‌کند!» و همه خندیدند.", "direct"),
    ("سعید نادری بارها از پیمانکاران گله کرد که چرا کار را نیمه‌تمام رها می‌کنند.", "indirect"),
    ("سرمربی به این سوال واکنش نشان داد: ما برای قهرمانی به این شهر آمده‌ایم.", "direct"),
])
def test_shouting_complaining_and_reacting_report_speech(sentence, kind):
    quote = only(quotes_of(sentence), kind)
    assert quote.text.startswith(("او مثل", "چرا", "ما برای"))


@pytest.mark.parametrize("sentence, quoted", [
    ("مدیرکل بهزیستی استان همچنین مطرح کرد: تعداد مراکز نگهداری سالمندان در استان دو برابر شده است.", True),
    ("وزیر نفت این موضوع را در حالی مطرح کرد که قیمت بنزین هنوز تغییری نکرده است.", False),
])
def test_raising_a_point_before_a_colon_reports_speech_but_raising_a_topic_does_not(sentence, quoted):
    quotes = quotes_of(sentence)
    assert bool(quotes) == quoted
    if quoted:
        assert only(quotes).kind == "direct" and only(quotes).text.startswith("تعداد مراکز")


@pytest.mark.parametrize("sentence, claim", [
    ("رضایی با اشاره به اینکه جشنواره از ساعت ده تا بیست برگزار می‌شود بر حضور هنرمندان جوان تاکید کرد.",
     "جشنواره از ساعت ده تا بیست برگزار می‌شود"),
    ("وی با اشاره به اینکه وعده‌های دولت تحقق نیافته، گفت که مردم منتظر اقدام هستند.", "وعده‌های دولت تحقق نیافته"),
])
def test_a_claim_opened_by_saying_that_with_no_comma_ends_at_its_own_verb(sentence, claim):
    assert claim in [q.text for q in quotes_of(sentence) if q.kind == "indirect"]


@pytest.mark.parametrize("sentence, claim", [
    ("وی همچنین با طرح این پرسش که چرا درمانگاه روستا هنوز پزشک ندارد گفت: شبکه بهداشت باید توضیح دهد.",
     "چرا درمانگاه روستا هنوز پزشک ندارد"),
    ("مهاجم سابق تیم حالا فاش کرد که باشگاه برای فروش او به تیم رقیب تحت فشار بوده است.",
     "باشگاه برای فروش او به تیم رقیب تحت فشار بوده است"),
])
def test_raising_a_question_or_revealing_something_reports_speech(sentence, claim):
    assert claim in [q.text for q in quotes_of(sentence) if q.kind == "indirect"]


def test_the_imperfect_of_a_speech_verb_reports_speech():
    quote = only(quotes_of("رضایی که خود از این خبر مطمئن نبود می‌گفت امیدوار است این خبر شایعه باشد."))
    assert (quote.kind, quote.cue) == ("indirect", "می‌گفت") and quote.text.startswith("امیدوار است")


def test_news_told_that_is_reported_speech_but_a_relative_clause_after_news_is_not():
    quote = only(quotes_of("روزنامه آس خبر داد که مهاجم تیم ملی از پیشنهاد رئال استقبال خواهد کرد."))
    assert quote.text == "مهاجم تیم ملی از پیشنهاد رئال استقبال خواهد کرد"
    quote = only(quotes_of("رضایی از راه‌اندازی بخش عربی سایت خبر داد که جایگاه این مرکز را ارتقا می‌دهد."))
    assert quote.text == "راه‌اندازی بخش عربی سایت"


def test_a_statement_confirms_what_it_says():
    quote = only(quotes_of("در بیانیه باشگاه رم تایید شده که گزینه‌ای برای خرید این بازیکن وجود ندارد."))
    assert (quote.kind, quote.text) == ("indirect", "گزینه‌ای برای خرید این بازیکن وجود ندارد")


@pytest.mark.parametrize("sentence", [
    "ملوان با این شکست باز هم راهش را ادامه داد، شاید هفته بعد و در خانه بتواند جبران کند.",
    "سرمربی جدید ارسلان مطهری را به این زوج اضافه کرد، بازهم نمی‌شد از رکوردی بزرگ حرف زد.",
    "مربی تیم قهرمانی خود را تکرار کرد تا نامش در تاریخ باشگاه ثبت شود.",
])
def test_a_verb_with_its_object_states_no_claim_after_it(sentence):
    assert quotes_of(sentence) == []


def test_an_object_with_only_an_adverb_after_it_is_read_not_judged():
    """``X را نیز خوانده``: خواندن as reading; a judgement needs a word judging the object."""
    quotes = quotes_of("علی رضایی داور این مسابقه گفت: من اشتباه نکردم.",
                       "وی که گزارش‌های روزنامه‌ها را نیز خوانده و دیده است، از چند نوشته دلگیر است.")
    assert [q.cue for q in quotes] == ["گفت"]


MARKED_CUES = ["گُفت", "گفـــت", "اظها\u200cر کرد", "اَفزود"]  # a diacritic, tatweel, a stray ZWNJ


@pytest.mark.parametrize("cue", MARKED_CUES)
def test_a_cue_written_with_marks_a_reader_does_not_see_is_still_read(cue):
    claim = "این طرح از ماه آینده اجرا می‌شود و خانواده‌ها از آن بهره می‌برند."
    quote = only(quotes_of(f"علی احمدی، رئیس سازمان بهزیستی {cue}: {claim}"))
    assert (quote.kind, quote.speaker, quote.text) == ("direct", "علی احمدی", claim)


def test_a_quote_read_without_marks_is_located_in_the_original_text():
    paragraph = "مدیرکل بهزیستی اَفزود: طرحِ تازه از ماهِ آینده اجرا می‌شودُ"
    quote = only(quotes_of(paragraph))
    assert quote.text == paragraph[quote.start:quote.end] == "طرحِ تازه از ماهِ آینده اجرا می‌شودُ"


@pytest.mark.parametrize("sentence, cue, claim", [
    ("مدافع تیم ملی ابراز اطمینان کرد که تیمش در بازی فردا پیروز خواهد شد.", "ابراز اطمینان کرد",
     "تیمش در بازی فردا پیروز خواهد شد"),
    ("وزیر بهداشت اظهار اطمینان کرده واکسن تا پایان ماه به همه شهرها می‌رسد.", "اظهار اطمینان کرده",
     "واکسن تا پایان ماه به همه شهرها می‌رسد"),
])
def test_certainty_voiced_is_reported_speech_as_hope_is(sentence, cue, claim):
    quote = only(quotes_of(sentence))
    assert (quote.kind, quote.cue, quote.text) == ("indirect", cue, claim)


@pytest.mark.parametrize("sentence, claim", [
    ("رئیس سازمان برنامه تاکید دارد بودجه سال آینده بدون کسری بسته خواهد شد.", "بودجه سال آینده بدون کسری بسته خواهد شد"),
    ("نمایندگان مجلس تأکید دارند که قانون باید بدون تغییر اجرا شود.", "قانون باید بدون تغییر اجرا شود"),
])
def test_emphasis_in_the_present_reports_what_is_stressed(sentence, claim):
    quote = only(quotes_of(sentence))
    assert (quote.kind, quote.text) == ("indirect", claim)


def test_emphasis_in_the_present_on_a_topic_is_no_quote():
    assert quotes_of("شهردار بر اجرای طرح‌های عمرانی تاکید دارد.") == []


@pytest.mark.parametrize("sentence, claim", [
    ("نماینده اصفهان پیشنهاد داد، دولت سهم استان‌ها را از درآمد نفت افزایش دهد.",
     "دولت سهم استان‌ها را از درآمد نفت افزایش دهد"),
    ("فرماندار از کشاورزان خواست، آب را با روش‌های نوین آبیاری مصرف کنند.", "آب را با روش‌های نوین آبیاری مصرف کنند"),
])
def test_a_comma_after_an_asking_verb_still_opens_what_is_asked(sentence, claim):
    quote = only(quotes_of(sentence))
    assert (quote.kind, quote.text) == ("indirect", claim)


@pytest.mark.parametrize("sentence, claim", [
    ("مربی تیم از بازیکنان خواست با تمام توان به تمرینات بپردازند.", "با تمام توان به تمرینات بپردازند"),
    ("سفیر از دو کشور خواست هرچه زودتر به میز مذاکره برگردند.", "هرچه زودتر به میز مذاکره برگردند"),
    ("وزیر از مردم خواست در مصرف برق صرفه‌جویی بکنند.", "در مصرف برق صرفه‌جویی بکنند"),
])
def test_a_request_may_end_on_a_subjunctive_with_its_prefix_or_a_preverb(sentence, claim):
    quote = only(quotes_of(sentence))
    assert (quote.kind, quote.text) == ("indirect", claim)


def test_a_request_inside_another_claim_is_no_quote_of_its_own():
    quotes = quotes_of("روزنامه محلی نوشت مدیران باشگاه از سرمربی خواسته‌اند تا پایان فصل در تیم بماند.")
    assert [q.cue for q in quotes] == ["نوشت"]


def test_a_relative_clause_in_the_subject_leaves_the_verb_without_an_object():
    quote = only(quotes_of("علی رضایی، سرپرست تیم که مدیریت اردو را برعهده دارد ابراز اطمینان کرده بازیکنان برای بازی فردا آماده هستند."))
    assert (quote.text, quote.speaker) == ("بازیکنان برای بازی فردا آماده هستند", "علی رضایی")


def test_a_report_going_on_is_no_subject():
    quote = only(quotes_of("این گزارش حاکی است، شورای شهر پیشنهاد داد که ساعت کار ادارات کاهش یابد."))
    assert (quote.speaker, quote.text) == ("شورای شهر", "ساعت کار ادارات کاهش یابد")


@pytest.mark.parametrize("sentence, claim, speaker, role", [
    ("پس از اعلام نظر وزارت ورزش مبنی بر واگذاری سهام دو باشگاه، خریداران زیادی پیدا شدند.",
     "واگذاری سهام دو باشگاه", "وزارت ورزش", None),
    ("رضایی با اشاره به اظهارات اخیر سخنگوی دولت مبنی بر اینکه قیمت بنزین افزایش نمی‌یابد، گفت که باید منتظر ماند.",
     "قیمت بنزین افزایش نمی‌یابد", None, "سخنگوی دولت"),
    ("نامه مهدی کریمی به وزیر آموزش و پرورش مبنی بر افزایش حقوق معلمان روستایی منتشر شد.",
     "افزایش حقوق معلمان روستایی", "مهدی کریمی", None),
])
def test_what_was_said_after_mabni_bar_is_the_speakers_claim(sentence, claim, speaker, role):
    quote = only([q for q in quotes_of(sentence) if q.cue == "مبنی بر"])
    assert (quote.kind, quote.text, quote.speaker) == ("indirect", claim, speaker)
    assert role is None or quote.role == role


def test_a_clause_after_mabni_bar_ends_where_its_phrase_becomes_an_object():
    quote = only(quotes_of("خبرنگاران ادعای کذب رئیس شرکت مبنی بر اینکه کارگران را اخراج نکرده است را رد کردند."))
    assert quote.text == "کارگران را اخراج نکرده است"


@pytest.mark.parametrize("sentence", [
    "گزارش‌هایی مبنی بر وقوع زلزله در شمال استان منتشر شد.",  # reports, nobody said it
    "شایعات مطرح شده مبنی بر جدایی سرمربی از تیم صحت ندارد.",  # rumours
    "در پاسخ به سوال خبرنگار مبنی بر آینده تیم چیزی نگفت.",  # a reporter's question
    "سخنان مبنی بر تعطیلی مدارس در شهر پیچید.",  # words, nobody's
])
def test_mabni_bar_in_the_reporters_narration_with_no_speaker_is_no_quote(sentence):
    assert [q for q in quotes_of(sentence) if q.cue == "مبنی بر"] == []


def test_a_subheading_giving_a_named_persons_words_is_their_quote_though_it_ends_on_a_noun():
    quotes = quotes_of("تیم راه آهن به وزارت نفت واگذار شد و بحث‌های زیادی به دنبال داشت.",
                       "رضایی: وزارت نفت دنبال پول خود است نه باشگاه فوتبال",
                       "علی رضایی می‌گوید: ما تاکنون چیزی درباره واگذاری باشگاه نشنیده‌ایم.")
    assert [(q.where, q.speaker) for q in quotes] == [("body:1", "علی رضایی"), ("body:2", "علی رضایی")]


def test_a_question_under_a_label_is_no_quote():
    quotes = quotes_of("علی رضایی، مدیرعامل شرکت برق به پرسش‌های مردم پاسخ داد.",
                       "متن سؤال: در حالی که هنوز به تابستان نرسیده‌ایم علت قطع برق در شهر چیست؟",
                       "رضایی: ما برای تابستان برنامه داریم و خاموشی‌ها به زودی تمام می‌شود.")
    assert [q.where for q in quotes] == ["body:2"]


@pytest.mark.parametrize("sentence, claim", [
    ("جواد قاسمی، سرپرست باشگاه اظهار نظر کرده که ورزشگاه تیم به شهرداری فروخته شده است.",
     "ورزشگاه تیم به شهرداری فروخته شده است"),
    ("جواد قاسمی، سرپرست باشگاه درباره فروش ورزشگاه اظهار نظر کرد.", None),  # a topic, no words
])
def test_giving_an_opinion_reports_speech_only_before_what_was_said(sentence, claim):
    assert [q.text for q in quotes_of(sentence)] == ([claim] if claim else [])


def test_straight_quotes_around_a_name_do_not_close_a_guillemet_quotation():
    quote = only(quotes_of('کاوه رستگار در بیانیه‌ای نوشت: «از شهرداری می‌خواهم "باغ سبز" را تعطیل کند. '
                           'این کار باید زودتر انجام شود.» سپس جلسه پایان یافت.'))
    assert quote.text == 'از شهرداری می‌خواهم "باغ سبز" را تعطیل کند. این کار باید زودتر انجام شود.'


def test_a_quote_run_on_with_a_comma_into_the_next_cue_ends_at_the_comma():
    quotes = quotes_of("کاوه رستگار گفت: بازی سختی بود و ما خوب دفاع کردیم، سامان دلاوری با اشاره به داوری افزود: "
                       "داور چند اشتباه بزرگ کرد.")
    assert [(q.text, q.speaker) for q in quotes] == [("بازی سختی بود و ما خوب دفاع کردیم", "کاوه رستگار"),
                                                     ("داور چند اشتباه بزرگ کرد.", "سامان دلاوری")]


def test_a_cue_run_on_after_a_list_in_the_quote_keeps_the_speaker():
    quotes = quotes_of("کاوه رستگار گفت: بزرگترین مشکل ما بی‌پولی، کم‌کاری و قدیمی بودن زمین‌ها عنوان کرد و گفت: "
                       "اگر این مشکلات حل شود تیم ما بهتر می‌شود.")
    assert [q.speaker for q in quotes] == ["کاوه رستگار", "کاوه رستگار"]
    assert quotes[1].text == "اگر این مشکلات حل شود تیم ما بهتر می‌شود."


@pytest.mark.parametrize("trade", ["یک روان‌پزشک", "یک روان پزشک", "یک مددکار اجتماعی", "یک پرستار"])
def test_a_health_or_care_trade_heading_a_title_speaks_as_a_role(trade):
    quotes = quotes_of("دکتر مینا سپهری در گفت‌وگو با ما گفت: خواب کودکان با بازی شبانه به هم می‌ریزد.",
                       title=f"{trade}: خواب کودکان را جدی بگیرید")
    title = only([q for q in quotes if q.where == "title"])
    assert title.text == "خواب کودکان را جدی بگیرید"


def test_a_title_quote_after_a_first_headline_ending_in_a_semicolon_is_found():
    quotes = quotes_of("دکتر مینا سپهری معاون بهداشت دانشگاه گفت: مراجعه بیماران به مراکز درمانی بیشتر شده است.",
                       title="افزایش ۲۰ درصدی سرماخوردگی در شهر؛ معاون بهداشت: در خانه بمانید")
    title = only([q for q in quotes if q.where == "title"])
    assert (title.text, title.speaker) == ("در خانه بمانید", "مینا سپهری")


def test_answers_in_a_question_and_answer_interview_need_no_first_person_word():
    quotes = quotes_of("به گفته دکتر مینا سپهری، کودکان امروز کمتر از گذشته می‌خوابند. با او گفت‌وگو کرده‌ایم.",
                       "خانم دکتر، کودک چند ساعت باید بخوابد؟",
                       "کودک دبستانی دست کم نه ساعت خواب شبانه لازم دارد و کمتر از آن یادگیری را سخت می‌کند.",
                       "نقش مدرسه در این میان چیست؟",
                       "مدرسه باید زنگ اول را دیرتر بزند. کودکی که خواب‌آلود سر کلاس می‌نشیند چیزی یاد نمی‌گیرد.")
    answers = [q for q in quotes if q.where in ("body:2", "body:4")]
    assert [(q.kind, q.speaker) for q in answers] == [("direct", "مینا سپهری")] * 2


def test_question_headings_of_a_feature_with_subheadings_are_not_an_interview():
    quotes = quotes_of("با پایان فصل تغییرات زیادی در نیمکت تیم‌های لیگ در راه است.",
                       "تیم ب؛ مربی می‌ماند؟",
                       "این تیم در نیم فصل دوم نتایج خوبی نگرفت و هواداران از عملکرد مربی ناراضی شدند.",
                       "تیم الف؛ ثبات در نیمکت",
                       "این تیم فصل خوبی داشت و مربی آن برای فصل آینده برنامه‌ریزی کرده است و می‌ماند.",
                       "تیم ج؛ مربی می‌رود؟",
                       "سرنوشت مربی این تیم هنوز روشن نیست و شاید مدیران تیم به دنبال گزینه تازه‌ای بروند.")
    assert quotes == []


@pytest.mark.parametrize("organisation", ["وزارت تعاون، کار و رفاه اجتماعی", "وزارت بهداشت، درمان و آموزش پزشکی"])
def test_an_organisation_named_as_a_list_keeps_its_commas(organisation):
    quote = only(quotes_of(f"{organisation} اعلام کرد مستمری مددجویان از ماه آینده ده درصد افزایش می‌یابد."))
    assert quote.speaker == organisation


def test_a_title_of_another_office_in_the_same_province_speaking_too_is_not_the_speaker():
    quotes = quotes_of("مینا سپهری، مدیرکل امور بانوان استانداری گیلان گفت: امسال ۵۰۰ زن سرپرست خانوار وام می‌گیرند.",
                       "مدیرکل بهزیستی استان گیلان نیز پیش از این گفته بود ۹ هزار زن سرپرست خانوار تحت پوشش این اداره هستند.")
    assert [q.speaker for q in quotes] == ["مینا سپهری", None]


def test_a_title_written_again_without_its_article_is_no_name():
    quotes = quotes_of("یک کارشناس آلمانی گفت: مذاکرات هفته آینده از سر گرفته می‌شود.",
                       "وی افزود: دو طرف به توافق نزدیک شده‌اند.",
                       "کارشناس آلمانی اظهار داشت که نشست بعدی در ژنو برگزار خواهد شد.")
    assert [q.speaker for q in quotes] == [None, None, None]
    assert quotes[-1].ref == "title"


def test_a_title_written_again_with_a_typo_is_no_name():
    quotes = quotes_of("یک کارشناس آلمانی گفت: مذاکرات هفته آینده از سر گرفته می‌شود.",
                       "کارشناسس آلمانی افزود: دو طرف به توافق نزدیک شده‌اند.")
    assert [(q.speaker, q.ref) for q in quotes] == [(None, "title"), (None, "title")]


def test_a_name_opening_a_reporters_question_does_not_take_the_floor_from_the_interviewee():
    quotes = quotes_of("علی رضایی در گفت‌وگو با خبرنگار ما گفت: تیم ما هر هفته بهتر می‌شود.",
                       "*حسن کریمی که سال گذشته قهرمان شد، سرمربی تیم رقیب شده است. فکر می‌کنید موفق شود؟",
                       "او مربی خوبی است اما فصل سختی در پیش دارد.",
                       "*برنامه‌تان برای فصل آینده چیست؟",
                       "من به بازیکنان جوانم اعتماد دارم و ما برای قهرمانی می‌جنگیم.")
    assert quotes[-1].speaker == "علی رضایی"


def test_a_title_in_a_list_of_headlines_is_not_given_to_the_speaker_of_the_line_before():
    quotes = quotes_of("- علی رضایی: بودجه سال آینده امروز به مجلس می‌رسد",
                       "- قیمت طلا در بازار امروز کاهش یافت",
                       "- وزیر نیرو اعلام کرد: تابستان امسال خاموشی نداریم",
                       "- ثبت‌نام مدارس از هفته آینده آغاز می‌شود",
                       "- بارش برف در جاده‌های شمال ادامه دارد",
                       "- نمایشگاه کتاب در اردیبهشت برگزار می‌شود",
                       "- حسن کریمی: تیم ملی برای جام آماده است",
                       "- سخنگوی دولت گفت: یارانه‌ها افزایش می‌یابد",
                       title="مهم‌ترین عناوین روزنامه‌های امروز")
    titled = [q for q in quotes if q.ref == "title"]
    assert [(q.speaker, q.role) for q in titled] == [(None, "وزیر نیرو"), (None, "سخنگوی دولت")]


def test_a_speakers_points_set_as_a_list_stay_theirs():
    quotes = quotes_of("علی رضایی، کارشناس داوری، نظر خود را درباره صحنه‌های بازی در اختیار ما قرار داده است:",
                       "- دقیقه ۱۰: تصمیم داور برای ادامه بازی درست بود و خطایی رخ نداد.",
                       "- دقیقه ۲۵: این برخورد خطا بود و باید پنالتی اعلام می‌شد.",
                       "- دقیقه ۴۰: داور اخطار را درست داد و بازیکن مستحق کارت بود.",
                       "- دقیقه ۵۵: گل مهاجم صحیح بود و آفساید نبود.",
                       "- دقیقه ۶۰: صحنه برخورد دست بازیکن با توپ عمدی نبود.",
                       "- دقیقه ۷۰: تعویض دیرهنگام بازیکن مشکلی نداشت.",
                       "- دقیقه ۸۵: داور باید بازی را متوقف می‌کرد.",
                       "- دقیقه ۹۰: در مجموع قضاوت خوبی داشت.")
    assert quotes and {q.speaker for q in quotes} == {"علی رضایی"}
