"""Who said what does not depend on how an article is spelt.

The same invented article written with Arabic letters (ي ك ى), with a space or nothing where
ZWNJ belongs, with other digits, with no-break spaces, or with diacritics and tatweel gives the
same quotes: same kinds, same quoted words and the same speakers, up to spelling
(corpus.orthography.spelling_key). bench/invariance.py measures the same over the shared articles.

A word written apart (a space where its ZWNJ belongs, or a stray space inside it) is read as the
one word it is, so a name, a group or a speech verb typed so reads as it does joined.
Every sentence is written for the test.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from corpus.document import Document, Quote
from corpus.orthography import SPELLING_VARIANTS, spelling_key, without_unseen_marks, zwnj_as_space
from corpus.quotes import extract_quotes
from corpus.quotes.compounds import article_spellings, one_word
from quoting import headed_quotes, quotes_of, speaker_by_field

NAMES = ["علی محمدی", "زهرا کریمی", "حسین رستگار", "مریم یزدانی"]
ROLES = ["مدیرکل بهزیستی استان یزد", "رئیس انجمن خیریه‌های شهر", "سخنگوی کمیته امداد", "سرمربی تیم ملی"]
CLAIMS = [
    "۱۲ مرکز تازه در شهرستان‌ها افتتاح می‌شود.",
    "کمک‌ها تا پایان ماه به ۳۴۰ خانواده می‌رسد.",
    "بازیکنان ما برای دیدار هفته‌ی آینده آماده‌اند.",
    "بودجه‌ی سال 1403 برای نیازمندان کافی نیست.",
    "ما نمی‌خواهیم هیچ خانواده‌ای بی‌سرپناه بماند.",
]
# (shape, how many claims it takes): each a way Persian news reports speech.
SHAPES = [
    "{name}، {role}، گفت: {0}",
    "{name} در جمع خبرنگاران اظهار داشت: {0}",
    "به گفته {name}، {0}",
    "{role} با بیان اینکه {0}، تصریح کرد: {1}",
    "{surname} می‌گوید: «{0}»",
]
PARAGRAPHS = st.builds(
    lambda shape, name, role, first, second: shape.format(first.rstrip("."), second, name=name, role=role,
                                                        surname=name.split()[-1]),
    st.sampled_from(SHAPES), st.sampled_from(NAMES), st.sampled_from(ROLES),
    st.sampled_from(CLAIMS), st.sampled_from(CLAIMS))
FOLLOW_UPS = st.sampled_from(["وی افزود: {0}", "{role} ادامه داد: {0}", "این مقام مسئول همچنین گفت: {0}"])


def article(paragraphs: list[str]) -> Document:
    return Document(id="doc", title="گزارش", paragraphs=paragraphs)


def readings(quotes: list[Quote]) -> list[tuple[str, str, str, str, str]]:
    """Each quote as every spelling of it reads: where, kind, ref, quoted words and speaker."""
    return [(q.where, q.kind, q.ref, spelling_key(q.text), spelling_key(q.speaker or "")) for q in quotes]


def who_said_what(doc: Document) -> list[tuple[str, str, str, str, str]]:
    """The readings of the article's quotes."""
    return readings(extract_quotes(doc))


@settings(max_examples=60, deadline=None)
@given(first=PARAGRAPHS, follow_up=FOLLOW_UPS, role=st.sampled_from(ROLES), claim=st.sampled_from(CLAIMS),
       variant=st.sampled_from(sorted(SPELLING_VARIANTS)))
def test_every_spelling_of_an_article_gives_the_same_speakers_and_quotes(first, follow_up, role, claim, variant):
    paragraphs = [first, follow_up.format(claim, role=role)]
    spelt = [SPELLING_VARIANTS[variant](paragraph) for paragraph in paragraphs]
    assert who_said_what(article(spelt)) == who_said_what(article(paragraphs))


@pytest.mark.parametrize("written", [
    "علي محمدي، رئيس سازمان‌هاي مردم‌نهاد، گفت: كمك‌ها ارسال شد.",  # Arabic letters throughout
    "علی محمدی، رئیس سازمان‌های مردم‌نهاد، گفت: کمک‌ها ارسال شد.",
])
def test_a_group_written_in_arabic_letters_is_a_group(written):
    """رسانه‌هاي پاکستان (ي) is a plural as رسانه‌های is: a group speaking, never a person."""
    doc = article([written, "سازمان‌هاي اطلاعاتي پاكستان اعلام كردند: مرز بسته است."])
    group = extract_quotes(doc)[-1]
    assert group.speaker is None and group.role is not None


def test_a_zwnj_after_a_diacritic_still_joins():
    """مهاجمِ‌قطر: a ZWNJ after a letter's diacritic joins that letter, as it does without the mark."""
    assert without_unseen_marks("مهاجمِ\u200cقطر")[0] == "مهاجم\u200cقطر"


@pytest.mark.parametrize("variant", sorted(SPELLING_VARIANTS))
def test_each_spelling_transform_keeps_the_spelling_key(variant):
    text = "علی محمدی، مدیرکلِ بهزیستی، گفت: ۱۲ مرکز در سازمان ها و شهرستان‌ها افتتاح می شود."
    assert spelling_key(SPELLING_VARIANTS[variant](text)) == spelling_key(text)


@pytest.mark.parametrize("written", ["در نامه‌ای", "در نامه ای", "در نامهای", "در بیانیه‌ای", "در پیامی"])
def test_a_role_ends_before_the_letter_it_was_written_in(written):
    """``مدیرکل ... در نامه‌ای به استاندار اعلام کرد``: the letter, with its indefinite ending glued,
    apart or run on, is where it was said, not part of the role."""
    doc = Document(id="doc", title="گزارش", lead=f"مدیرکل بهزیستی استان {written} به استاندار اعلام کرد که "
                                                   "۱۲ مرکز تازه افتتاح می‌شود.",
                   paragraphs=["زهرا کریمی، مدیرکل بهزیستی استان، گفت: کمک‌ها ارسال شد."])
    assert [q.role for q in extract_quotes(doc)] == ["مدیرکل بهزیستی استان"] * 2


@pytest.mark.parametrize("group", ["سازمان‌های مردم‌نهاد استان", "سازمانهای مردمنهاد استان", "خیریههای شهر"])
def test_a_group_written_without_its_zwnj_is_a_group(group):
    """سازمانهای (the plural's ZWNJ left out) opening a subject of several words is the group
    سازمان‌های is, never a person called so."""
    quote = extract_quotes(article(["علی محمدی، مدیرکل بهزیستی، گفت: ده مرکز باز شد.",
                                    f"{group} اعلام کردند: کمک‌ها ارسال شد."]))[-1]
    assert (quote.speaker, quote.ref, quote.role) == (None, "title", group)


@pytest.mark.parametrize("space", [" ", "\u00a0"])
def test_an_organisation_keeps_the_comma_between_its_fields_before_any_space(space):
    """اداره کل تعاون،\u00a0کار و رفاه: a no-break space after the comma is a space."""
    paragraph = f"اداره کل تعاون،{space}کار و رفاه اجتماعی استان یزد اعلام کرد: ۱۲ کارگاه بازرسی می‌شود."
    assert extract_quotes(article([paragraph]))[0].speaker == "اداره کل تعاون، کار و رفاه اجتماعی استان یزد"


def same_in_both_spellings(*paragraphs: str) -> list[Quote]:
    """The quotes of the article as written, checked equal to those of it with every ZWNJ a space."""
    quotes = quotes_of(*paragraphs)
    assert readings(quotes_of(*map(zwnj_as_space, paragraphs))) == readings(quotes)
    return quotes


def test_a_surname_ending_in_a_name_half_stays_whole_when_its_zwnj_is_a_space():
    """کوچک‌زاده typed کوچک زاده: زاده never stands alone in news, so the surname is one word
    and the speaker is not cut to ``مهدی کوچک``."""
    quotes = same_in_both_spellings(
        "مهدی کوچک‌زاده، عضو شورای شهر، گفت: «بودجه امسال کافی نیست.»",
        "کوچک‌زاده افزود: باید منابع تازه پیدا کنیم.")
    assert [spelling_key(q.speaker) for q in quotes] == [spelling_key("مهدی کوچک‌زاده")] * 2


def test_a_given_name_with_allah_typed_apart_is_one_given_name():
    """عین‌اله typed عین اله: the name reads whole, and the second quote is still his."""
    quotes = same_in_both_spellings(
        "عین‌اله ملکوتی، مدیر مدرسه روستا، گفت: «کلاس‌ها از شنبه باز می‌شود.»",
        "وی افزود: سرویس مدرسه هم آماده است.")
    assert {spelling_key(q.speaker) for q in quotes} == {spelling_key("عین‌اله ملکوتی")}


def test_a_name_the_article_writes_joined_elsewhere_is_one_name_where_it_is_spaced():
    """نیک‌بخش or سلامت‌خواه once with a ZWNJ and once with a space: one surname, one speaker,
    whichever spelling comes first."""
    quotes = quotes_of(
        "امیرحسین نیک‌بخش، رئیس کتابخانه شهر، گفت: «ساعت کار تالارها بیشتر می‌شود.»",
        "امیرحسین نیک بخش افزود: اعضای تازه کارت رایگان می‌گیرند.")
    assert [q.speaker for q in quotes] == ["امیرحسین نیک‌بخش"] * 2
    quotes = quotes_of(
        "کامران سلامت خواه، مدیر بیمارستان شهر، گفت: «همه تخت‌ها پر است.»",
        "سلامت‌خواه افزود: بیماران تا هفته بعد صبر کنند.")
    assert [(spelling_key(q.speaker), q.ref) for q in quotes] == [
        (spelling_key("کامران سلامت‌خواه"), "name"), (spelling_key("کامران سلامت‌خواه"), "surname")]


def test_an_indefinite_ending_typed_apart_makes_no_speaker_of_a_group():
    """عده ای typed for عده‌ای: «some people» is nobody's name in either spelling."""
    quotes = same_in_both_spellings(
        "عده‌ای از کشاورزان منطقه گفتند: «آب چاه‌ها کم شده است.»")
    assert quotes and all(q.speaker is None or "عده" not in q.speaker for q in quotes)


def test_a_letter_split_off_a_speech_verb_by_a_stray_space_is_read_back():
    """اظها‌ر کرد with its stray ZWNJ typed as a space (اظها ر کرد) is still the cue."""
    quotes = same_in_both_spellings("رضا نوروزی، مربی تیم، اظها‌ر کرد: بازیکنان ما آماده‌اند.")
    assert [(q.speaker, q.ref) for q in quotes] == [("رضا نوروزی", "name")]


def test_a_place_after_a_given_name_typed_apart_is_no_persons_name():
    """علی آبادسرخ (a town) typed apart is read as علی‌آبادسرخ, a place, as the joined spelling
    is: the role before it is the speaker's, who is named in the next sentence."""
    paragraphs = ("فرماندار علی‌آبادسرخ گفت: «جاده روستا تا پاییز آسفالت می‌شود.»",
                  "به گفته فرماندار، بودجه آن تامین شده است.")
    assert readings(quotes_of(*map(zwnj_as_space, paragraphs))) == readings(quotes_of(*paragraphs))


def test_a_doubled_zwnj_typed_as_two_spaces_joins_its_word():
    """عده‌‌ای with a doubled ZWNJ, typed as two spaces: still one word, no one's name."""
    quotes = same_in_both_spellings("عده‌‌ای از کشاورزان منطقه گفتند: «آب چاه‌ها کم شده است.»")
    assert quotes and all(q.speaker is None or "عده" not in q.speaker for q in quotes)


def test_little_words_are_never_half_of_a_word_written_apart():
    """یکی از and در حال are two words even where an article writes یکی‌از or درحال."""
    assert not one_word("یکی", "از", article_spellings(["یکی‌از"]))
    assert not one_word("در", "حال", article_spellings(["درحال"]))
    assert one_word("عده", "ای") and not one_word("گفت", "ای")


def test_a_perfects_person_ending_typed_apart_is_the_participles():
    """گرفته اید، رفته اند: the ending after a participle's ه is the verb's, not a word."""
    assert one_word("گرفته", "اید") and one_word("رفته", "اند")
    assert not one_word("شما", "اید")


def test_a_compound_given_name_run_together_is_still_a_given_name():
    """جلال‌الدین with its ZWNJ left out (جلالالدین) opens the full name as جلال‌الدین does: the
    reference is by name, and the quote after وی is his."""
    paragraphs = ("جلال‌الدین رستمی، مدیر موزه شهر، گفت: «تالار تازه از فردا باز است.»",
                  "وی افزود: بلیت دانش‌آموزان رایگان است.")
    written, dropped = quotes_of(*paragraphs), quotes_of(*(p.replace("\u200c", "") for p in paragraphs))
    assert readings(dropped) == readings(written)
    assert [q.ref for q in dropped] == ["name", "pronoun"]


def test_a_part_the_article_uses_alone_is_not_joined_to_its_neighbour():
    """منچستر یونایتد beside منچستریونایتد, and یونایتد alone: the article calls the club by its
    second word too, so the words stay apart and یونایتد still finds the club."""
    assert one_word("نیک", "بخش", article_spellings(["نیک‌بخش گفت", "نیک بخش افزود"]))
    assert not one_word("منچستر", "یونایتد", article_spellings(["منچستریونایتد", "منچستر یونایتد", "یونایتد گفت"]))


@pytest.mark.parametrize("paragraph", [
    "رسانه‌ها عنوان کردند که باشگاه یک مهاجم تازه می‌خرد.",
    "سازمان‌های امدادی اعلام کردند که چادرها به روستاهای سیل‌زده رسیده است.",
])
def test_a_plural_ending_typed_apart_makes_no_persons_name_of_a_group(paragraph):
    """رسانه ها، سازمان های امدادی typed for رسانه‌ها، سازمان‌های امدادی: the plural ending
    written apart is read as the word's, so a group speaks, as in the joined spelling, and no
    name «رسانه ها» is made of it."""
    assert [q.speaker for q in same_in_both_spellings(paragraph)] == [None]


@pytest.mark.parametrize("paragraph", [
    "صاحب‌نظران اقتصادی معتقدند رکود بازار مسکن تا پاییز ادامه دارد.",
    "اصلاح‌طلبان اعلام کردند که در انتخابات شورا فهرست مستقل می‌دهند.",
    "تحلیل‌گران بازار سرمایه معتقدند شاخص بورس در هفته آینده بالا می‌رود.",
])
def test_a_compounds_plural_typed_apart_is_a_group(paragraph):
    """صاحب نظران، اصلاح طلبان، تحلیل گران: the plural in ان of a compound the lexicon holds
    (صاحب‌نظر، اصلاح‌طلب، تحلیل‌گر), typed apart, is one word: a group, not a name whose first
    part is صاحب or اصلاح."""
    assert [q.speaker for q in same_in_both_spellings(paragraph)] == [None]


def test_two_words_are_no_compounds_plural_when_the_lexicon_holds_no_such_compound():
    """A given name before a surname in یان or ان (حسین منصوریان، رضا کامران) and a noun before a
    place (مردم ایران) stay two words."""
    assert not one_word("حسین", "منصوریان") and not one_word("رضا", "کامران")
    assert not one_word("مردم", "ایران")
    assert one_word("اصلاح", "طلبان") and one_word("رسانه", "ها")


def test_a_plural_after_an_occasions_comma_speaks_however_its_ending_is_written():
    """``در جلسه X با ...، پرسپولیسی‌ها اعلام کردند``: the group after the occasion's comma is the
    subject with its plural glued as with it apart, not the one the occasion names."""
    quotes = same_in_both_spellings(
        "در جلسه کاوه رستمی با مدیران باشگاه، پرسپولیسی‌ها اعلام کردند که او باید در تیم بماند.")
    assert [q.speaker for q in quotes] == [None]


def test_a_plural_item_of_a_list_before_a_singular_verb_is_not_the_subject():
    """``استاندار ... از سد روستا، سالن‌های ورزشی شهر و بیمارستان بازدید و بر ... تاکید کرد``: the
    plural after a comma is a thing visited; the singular verb is the governor's."""
    quotes = same_in_both_spellings(
        "مجید صفایی، استاندار، گفت: طرح‌های استان امسال تمام می‌شود.",
        "در این سفر استاندار از سد روستا، سالن‌های ورزشی شهر و بیمارستان بازدید و بر تسریع کار پروژه‌ها تاکید کرد.")
    assert [q.speaker for q in quotes] == ["مجید صفایی"] * len(quotes) and len(quotes) == 2


@pytest.mark.parametrize("name", ["رضا نیک‌بین", "علی‌اصغر خرم‌روی", "یاسر نیک‌پی"])
def test_a_surname_closing_on_a_preposition_stays_whole_when_its_zwnj_is_a_space(name):
    """نیک‌بین، خرم‌روی، نیک‌پی typed نیک بین ...: at the end of the name, before its comma or its
    verb, بین، روی، پی have no object and are no prepositions; the speaker is not cut to رضا نیک."""
    quotes = same_in_both_spellings(
        f"{name}، مدیرکل بنادر استان، گفت: دو فروند شناور قاچاق توقیف شد.",
        f"{name.split()[-1]} افزود: محموله به گمرک تحویل داده شد.")
    assert [spelling_key(q.speaker) for q in quotes] == [spelling_key(name)] * 2


def test_a_preposition_with_its_object_is_no_half_of_the_name_before_it():
    """``حسن کریمی در جلسه‌ای بین دو تیم گفت``، ``علی رضایی روی سکو گفت``: the preposition has its
    object, so the name ends before it."""
    quotes = quotes_of("حسن کریمی در جلسه‌ای بین دو تیم گفت: داوری بازی عادلانه بود.",
                       "علی رضایی روی سکو گفت: از هواداران تشکر می‌کنم.")
    assert [q.speaker for q in quotes] == ["حسن کریمی", "علی رضایی"]


@pytest.mark.parametrize("space", [" ", "\u00a0", "\u202f"])
def test_a_headlines_guillemets_after_a_semicolon_and_any_space_are_whoever_says_them(space):
    """``...؛\\u00a0«...»``: a word processor's no-break space after the headline's ؛ still sets the
    «» apart as a part of its own, so the words are the villager's who says them in the body, as
    with a plain space, and not the official's the lead names."""
    quotes = headed_quotes(
        f"کم‌آبی در روستاهای سیستان؛{space}«سه روز است آب نداریم»",
        "فرماندار زابل، حمید صارمی، از اعزام تانکرهای آب به روستاها خبر داد.",
        "غلام نارویی، کدخدای روستا، می‌گوید: «سه روز است آب نداریم و دام‌ها تلف می‌شوند.»")
    assert speaker_by_field(quotes)["title"] == "غلام نارویی"
