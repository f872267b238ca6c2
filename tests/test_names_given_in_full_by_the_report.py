"""A person the report quotes by a short or called name, whose whole name it gives once in a
declaration (``ژوزینیو که نام کاملش ژوزه کارلوس سیلوا است``، ``کمتر کسی نام کاملش، جواد رحمانی، را
می‌داند``) or before the name they go by, mid-clause (``گلی که امیرحسین صفایی معروف به «جادوگر» زد``):
the speaker is shown by that whole name. Every sentence is written for the test.
"""

from __future__ import annotations

import pytest

from quoting import quotes_of, speaker_of


@pytest.mark.parametrize("declaration", [
    "ژوزینیو که نام کاملش ژوزه کارلوس سیلوا است، از تابستان به تیم پیوسته است.",
    "ژوزینیو كه نام كامل او ژوزه كارلوس سيلوا است، از تابستان به تيم پيوسته است.",
])
def test_the_name_declared_whole_after_that_is_the_speakers(declaration):
    quotes = quotes_of(declaration, "ژوزینیو در پایان گفت که اگر قهرمان شوند، جشن می‌گیرد.",
                       title="ژوزینیو: می‌خواهم با این تیم قهرمان شوم")
    assert [q.speaker for q in quotes] == ["ژوزه کارلوس سیلوا"] * 2


def test_the_name_declared_whole_belongs_to_the_name_in_guillemets_before_it():
    quotes = quotes_of("در زیرزمین مسجد، «عمو جواد» کلاس شبانه را اداره می‌کند. بچه‌ها او را به همین نام صدا "
                       "می‌زنند و کمتر کسی نام کاملش، جواد رحمانی، را می‌داند.",
                       "عمو جواد می‌گوید: این بچه‌ها تنبل نیستند، خسته‌اند.")
    assert speaker_of(quotes, "تنبل نیستند") == "جواد رحمانی"


def test_a_name_mid_clause_before_known_as_is_the_one_the_other_name_means():
    quotes = quotes_of("خوزه لیما، سرمربی تیم، درباره گلی که امیرحسین صفایی معروف به «جادوگر» به ثمر رساند، گفت: او آینده دارد.",
                       "جادوگر در صفحه اینستاگرامش نوشت: «شیراز امشب آبی است.»")
    assert speaker_of(quotes, "شیراز امشب") == "امیرحسین صفایی"


@pytest.mark.parametrize("cue", ["معروف به", "مشهور به"])
def test_a_name_read_in_full_ends_before_known_as(cue):
    """``کریم باقری معروف به «آقا کریم»``: معروف/مشهور open the other name, as ملقب does; no part of the name."""
    quotes = quotes_of(f"هواداران از بازی تیمی که کریم باقری {cue} «آقا کریم» هدایت می‌کرد، راضی بودند.",
                       "آقا کریم در پایان گفت: بازیکنانم جنگیدند.")
    assert speaker_of(quotes, "جنگیدند") == "کریم باقری"


def test_a_full_name_of_a_thing_names_nobody():
    """The negative: ``نام کامل`` of a club or a form gives no person a name."""
    quotes = quotes_of("ژوزینیو گفت: نام کامل باشگاه در قرارداد آمده است و مشکلی نداریم.",
                       "ژوزینیو افزود: هفته آینده به تمرین برمی‌گردم.")
    assert [q.speaker for q in quotes] == ["ژوزینیو"] * 2


def test_a_surname_before_the_clause_giving_a_nickname_keeps_the_floor():
    """``عباسی که هواداران او را «شیر» صدا می‌زنند، ... نوشت`` with سعید عباسی named before: the
    surname names the one described, the nickname is no speaker of its own."""
    quotes = quotes_of("سعید عباسی، مدافع تیم، در بازی دیروز اخراج شد.",
                       "عباسی که هواداران او را «شیر» صدا می‌زنند، شب گذشته در صفحه شخصی‌اش نوشت: «از حریف عذرخواهی کردم.»")
    assert speaker_of(quotes, "عذرخواهی") == "سعید عباسی"


def test_a_description_before_the_clause_giving_a_name_is_still_called_by_it():
    """The negative: a description (مردی شصت ساله) is no name; the name they go by is theirs."""
    quotes = quotes_of("مردی شصت ساله که اهالی محله او را «عمو جلال» صدا می‌کنند، می‌گوید: «شب‌ها سرد است.»")
    assert speaker_of(quotes, "شب‌ها سرد") == "عمو جلال"


@pytest.mark.parametrize("introduction, called, piece, name", [
    # an adverb before the name in guillemets: the name is the guillemets' words
    ("صغری بابایی که اهل محل او را هنوز «ننه صغری» صدا می‌کنند، هفتاد سال دارد.",
     "ننه صغری می‌گوید:", "قنات", "صغری بابایی"),
    # the name quoted without the honorific of the called name
    ("کریم قنبری که شاگردانش او را همیشه «آقا معلم» صدا می‌زنند، سی سال درس داده است.",
     "آقا معلم گفت:", "قنات", "کریم قنبری"),
    # a given name no list holds, told a given name by the clause calling him by it
    ("اوساگی اودیمو بنجامین که بچه‌های محل او را فقط «اوساگی» صدا می‌زنند، سه سال است اینجا بازی می‌کند.",
     "اوساگی می‌گوید:", "قنات", "اوساگی اودیمو بنجامین"),
    ("اوساگی اودیمو بنجامین که بچه‌های محل او را «اوساگی» صدا می‌زنند، سه سال است اینجا بازی می‌کند.",
     "اوساگی می‌گوید:", "قنات", "اوساگی اودیمو بنجامین"),
])
def test_the_name_a_clause_says_someone_is_called_by_stands_for_the_full_name(introduction, called, piece, name):
    """``X که ... او را (هنوز) «Y» صدا می‌زنند``: quoted as Y, the speaker is X, whether an adverb
    stands before the name in guillemets, the name is quoted without its honorific, or X opens on
    a given name no list holds (the clause itself says it is the name he goes by)."""
    quotes = quotes_of(introduction, f"{called} از وقتی یادم هست این قنات آب داشت.")
    assert speaker_of(quotes, piece) == name


def test_a_description_calling_someone_after_an_adverb_keeps_the_called_name():
    """The negative: a description (مرد پیری) before the clause is no name, adverb or not: the
    name in guillemets is the one they go by."""
    quotes = quotes_of("اهالی روستا مرد پیری را که در صف ایستاده فقط «عمو حسن» صدا می‌زنند.",
                       "عمو حسن گفت: آب لوله‌کشی نداریم.")
    assert speaker_of(quotes, "لوله‌کشی") == "عمو حسن"


def test_words_before_a_called_name_that_open_no_name_are_no_full_name():
    """The negative: ``مهمان ما که ... او را «آرش» صدا می‌زنند``: the words before که do not open
    on the called name nor as a name, so the speaker stays the name he goes by."""
    quotes = quotes_of("مهمان امروز ما که همه او را «آرش» صدا می‌زنند، از شیراز آمده است.",
                       "آرش گفت: شیراز شهر شعر است.")
    assert speaker_of(quotes, "شهر شعر") == "آرش"


@pytest.mark.parametrize("introduction, name", [
    ("مهمان ویژه شب پایانی کریم باقری بود؛ نقاش ۷۵ ساله‌ای که اهالی محل او را «عمو کریم» صدا می‌زنند.", "کریم باقری"),
    ("در روستا به دیدن کریم باقری رفتیم، پیرمردی که همه او را «عمو کریم» صدا می‌کنند.", "کریم باقری"),
])
def test_a_description_set_after_a_name_gives_the_name_it_is_called_by_to_that_name(introduction, name):
    """``X بود؛ نقاشی که اهالی او را «عمو کریم» صدا می‌زنند``: the description after the ؛ or the
    comma is X's, so the name it says he is called by is X's too: quoted as «عمو کریم», the speaker
    is X."""
    quotes = quotes_of(introduction, "عمو کریم گفت: هنوز هر روز نقاشی می‌کنم.")
    assert speaker_of(quotes, "هر روز نقاشی") == name


def test_a_description_opening_its_sentence_calls_nobody_named_before_it():
    """The negative: a description opening its own sentence (``مردی ... که همه او را «عمو حسن» صدا
    می‌زنند``) after a sentence naming someone else is nobody named: the name it is called by is
    the speaker's whole name."""
    for named_before in ("علی رضایی دهیار این روستاست.", "دهیار این روستا علی رضایی است."):
        quotes = quotes_of(f"{named_before} مردی در این محله زندگی می‌کند که همه او را «عمو حسن» صدا می‌زنند.",
                           "عمو حسن می‌گوید: آب لوله‌کشی نداریم.")
        assert speaker_of(quotes, "لوله‌کشی") == "عمو حسن"
