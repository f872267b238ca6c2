"""Someone the report speaks of through another (``مادرش گفت``، ``مربی‌اش می‌گوید``، ``به گفته
پدرش``), and someone or something of a kind (``خانواده‌ای که ... می‌گوید``، ``مدرسه‌ای که مدیرش
می‌گوید``): feature and disaster reporting quote the kin, the coach or the teacher of the one the
story is about, with a possessive ending and no name. They are someone the article does not name,
never the one spoken of, whom a bare verb would leave the floor; and a noun with the indefinite
ای is nobody's name. A name that looks like a kin word with an ending (پدرام) stays a name, and a
possessed noun before را is an object, not a subject. Every sentence is written for the test.
"""

from __future__ import annotations

from quoting import quote_holding, quotes_of, speaker_of

WRESTLER = "کاوه یزدان‌پناه دیروز با مدال طلای جهان به کرمانشاه بازگشت."


def _unnamed(quote) -> bool:
    return quote.speaker is None and quote.speaker_type == "unnamed"


def test_kin_with_a_possessive_is_someone_unnamed_not_the_one_spoken_of():
    quotes = quotes_of(WRESTLER, "مادرش گفت: کاوه از هفت سالگی هر روز به باشگاه می‌رفت.")
    assert _unnamed(quote_holding(quotes, "هفت سالگی"))


def test_a_role_with_a_possessive_glued_by_zwnj_is_someone_unnamed():
    quotes = quotes_of(WRESTLER, "مربی‌اش می‌گوید: کاوه سه سال بی‌وقفه برای این مدال تمرین کرد.")
    assert _unnamed(quote_holding(quotes, "بی‌وقفه"))


def test_according_to_kin_with_a_possessive_names_nobody():
    quotes = quotes_of(WRESTLER, "به گفته پدرش، کاوه پیش از مسابقه دو هفته بیمار بود.")
    assert _unnamed(quote_holding(quotes, "دو هفته بیمار"))


def test_according_to_someone_of_a_kind_names_nobody():
    quotes = quotes_of("به گفته مردی که شاهد تصادف بود، اتوبوس با سرعت زیاد به ایستگاه رسید.")
    assert _unnamed(quote_holding(quotes, "سرعت زیاد"))


def test_a_noun_with_the_indefinite_ای_before_که_is_no_name():
    quotes = quotes_of("خانواده‌ای که خانه‌اش در رانش زمین فرو ریخته، می‌گوید: هنوز هیچ کمکی به ما نرسیده است.")
    assert _unnamed(quote_holding(quotes, "هیچ کمکی"))


def test_the_relative_clause_after_an_indefinite_place_gives_its_subject():
    quotes = quotes_of("کارگاهی در حاشیه شهر هست؛ کتابخانه‌ای که مسئولش می‌گوید هر ماه صد کتاب اهدایی می‌گیرد.",
                       "پروین قاسمی مسئول این کتابخانه است. او می‌گوید: بیشتر خوانندگان ما کودکان‌اند.")
    assert speaker_of(quotes, "صد کتاب اهدایی") == "پروین قاسمی"


def test_a_given_name_that_looks_like_kin_with_an_ending_stays_a_name():
    quotes = quotes_of("پدرام نیک‌اندیش بازیکن تیم ملی فوتسال است.",
                       "پدرام گفت: برای قهرمانی آسیا به تایلند می‌رویم.")
    assert speaker_of(quotes, "قهرمانی آسیا") == "پدرام نیک‌اندیش"


def test_kin_set_off_before_a_name_is_that_name():
    quotes = quotes_of(WRESTLER, "پدرش، جهانگیر یزدان‌پناه، گفت: همه روستا به استقبالش آمدند.")
    assert speaker_of(quotes, "همه روستا") == "جهانگیر یزدان‌پناه"


def test_a_possessed_kin_before_the_object_marker_is_no_subject():
    quotes = quotes_of("پسر یکی از بیماران که مادرش را با ویلچر به درمانگاه آورده، می‌گوید: نوبت ما دو ماه دیگر است.")
    quote = quote_holding(quotes, "دو ماه دیگر")
    assert _unnamed(quote) and quote.role.startswith("پسر")
