"""who_said ranking: the speaker of a quote that holds the query's words comes first."""

import pytest

from conftest import index_of
from indexer.quote_search import who_said, words_held, words_held_close
from indexer.analysis import analyze

# One man says the sentence once, in a long answer; another says its words often, scattered.
ARTICLES = [
    {"id": "builders-1", "title": "بیمه کارگران ساختمانی",
     "body": "کامران یزدانی، مدیرکل تامین اجتماعی استان، گفت: امسال در جلسه‌ای طولانی با نمایندگان صنوف "
             "و کارفرمایان و شهرداری‌ها و اتحادیه‌ها درباره تمدید سهمیه بیمه کارگران ساختمانی استان "
             "گفت‌وگو کردیم و تصمیم‌ها را به تهران فرستادیم تا در شورای عالی بررسی شود."},
    {"id": "builders-2", "title": "نشست صنفی",
     "body": "هومن رستگار، دبیر انجمن صنفی، گفت: بیمه بیمه و باز هم بیمه؛ کارگران ما در همه شهرها منتظرند و کارگران "
             "شهرهای کوچک بیشتر از همه، و در بخش ساختمانی هم همین است.\n\n"
             "رستگار افزود: کارگران فصلی را فراموش نکنید؛ بیمه آن‌ها هم در همه استان‌ها عقب افتاده و هر بار "
             "که سخن از بخش ساختمانی می‌شود وعده می‌دهند.\n\n"
             "وی گفت: بیمه برای ما حیاتی است؛ کارگران همیشه این را گفته‌اند و کارفرمایان ساختمانی هم آن را "
             "پذیرفته‌اند اما کاری نشده است."},
]


@pytest.fixture(scope="module")
def builders(tmp_path_factory):
    return index_of(tmp_path_factory, "builders", ARTICLES)


def test_one_close_match_outranks_many_loose_matches(builders):
    found = who_said(builders, "بیمه کارگران ساختمانی")
    assert [s.speaker for s in found.speakers] == ["کامران یزدانی", "هومن رستگار"]
    assert found.speakers[1].score > found.speakers[0].score  # his three loose quotes weigh more
    assert "بیمه کارگران ساختمانی" in found.speakers[0].quotes[0].quote.text


def test_without_a_close_match_the_score_decides(builders):
    found = who_said(builders, "کارفرمایان بیمه")  # both have the words, nobody close together
    assert [s.speaker for s in found.speakers] == ["هومن رستگار", "کامران یزدانی"]


@pytest.mark.parametrize("text, expected", [
    ("گفتیم که سهمیه بیمه کارگران ساختمانی باید تمدید شود", 5),  # the words together, stop words between
    ("سهمیه این استان کم است و همه می‌دانند؛ بیمه را هم بارها گفته‌ایم؛ کارگران فصلی و ساختمانی", 0),  # scattered
    ("سهمیه بیمه کارگران ساختمانی شهر", 4),  # four of five words, together
    ("بیمه کارگران ساختمانی شهر", 0),  # three of five words
])
def test_a_close_match_holds_nearly_all_the_words_close_together(text, expected):
    assert words_held_close(text, set(analyze("تمدید سهمیه بیمه کارگران ساختمانی"))) == expected


# Two people close to one remembered sentence: one said all of it once, the other most of it, often.
SENTENCE = [
    {"id": "schools-1", "title": "مدارس روستایی",
     "body": "نسرین فرهادی، مدیرکل آموزش و پرورش استان، گفت: سرویس رایگان دانش‌آموزان روستاهای مرزی از مهر "
             "راه می‌افتد و خانواده‌ها هزینه‌ای نمی‌پردازند."},
    {"id": "schools-2", "title": "نشست شورای استان",
     "body": "بهمن کاویانی، عضو شورای استان، گفت: دانش‌آموزان روستاهای مرزی سرویس ندارند و این کم‌کاری است.\n\n"
             "کاویانی افزود: سرویس دانش‌آموزان روستاهای مرزی را بارها خواسته‌ایم و باز هم می‌خواهیم.\n\n"
             "وی گفت: وضع دانش‌آموزان روستاهای مرزی در زمستان بدتر است و سرویس‌ها کم‌اند."},
]


@pytest.fixture(scope="module")
def schools(tmp_path_factory):
    return index_of(tmp_path_factory, "schools", SENTENCE)


def test_the_quote_holding_all_the_remembered_words_outranks_quotes_holding_most(schools):
    found = who_said(schools, "سرویس رایگان دانش‌آموزان روستاهای مرزی")
    assert [s.speaker for s in found.speakers] == ["نسرین فرهادی", "بهمن کاویانی"]
    assert "سرویس رایگان" in found.speakers[0].quotes[0].quote.text


# One woman says most of the remembered words in one long sentence, too spread out to be close;
# a man says two or three of them in each of four short quotes.
SPREAD = [
    {"id": "bridges-1", "title": "پل‌های روستایی",
     "body": "شیرین مقدم، مدیرکل راه و شهرسازی استان، گفت: ساخت پل‌های فلزی روی رودخانه‌های فصلی این استان که "
             "هر بهار راه روستاها را می‌بندند امسال با اعتبار ملی آغاز شد و پیمانکاران تا پاییز کار را در مناطق "
             "کوهستانی تمام می‌کنند."},
    {"id": "bridges-2", "title": "گلایه از پل‌ها",
     "body": "داوود فرخی، عضو شورای استان، گفت: پل‌های روستاها خراب است.\n\n"
             "فرخی افزود: رودخانه‌های فصلی خطرناک‌اند.\n\n"
             "وی گفت: پیمانکاران کار نمی‌کنند.\n\n"
             "فرخی تصریح کرد: اعتبار ملی نرسیده است."},
]


@pytest.fixture(scope="module")
def bridges(tmp_path_factory):
    return index_of(tmp_path_factory, "bridges", SPREAD)


def test_the_quote_holding_more_of_the_words_outranks_many_holding_fewer(bridges):
    found = who_said(bridges, "رودخانه‌های فصلی روستاها پیمانکاران اعتبار ملی کوهستانی")
    assert [s.speaker for s in found.speakers] == ["شیرین مقدم", "داوود فرخی"]
    assert found.speakers[1].score > found.speakers[0].score  # his four short quotes weigh more


def test_when_no_quote_holds_more_of_the_words_the_score_decides(bridges):
    found = who_said(bridges, "پیمانکاران کار")  # each holds both words once
    assert found.speakers[0].speaker == "داوود فرخی"


@pytest.mark.parametrize("text, expected", [
    ("ساخت پل‌های فلزی روی رودخانه‌های فصلی", (4, 4)),  # close, and held
    ("پل‌های روستاها خراب است و رودخانه‌ها پر آب و هیچ پیمانکاری نیامد و رودخانه‌های فصلی", (0, 3)),  # three of four held, too few for close
    ("رودخانه‌های فصلی خطرناک‌اند", (0, 0)),  # half the words: a topical match, not counted
    ("هیچ کدام", (0, 0)),
])
def test_words_held_counts_close_then_at_all(text, expected):
    assert words_held(text, set(analyze("پل‌های فلزی رودخانه‌های فصلی"))) == expected

