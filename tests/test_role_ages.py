"""An age inside the phrase that describes a speaker (``رقیه رحیمی، ساکن ۷۰ ساله محله، می‌گوید``،
``مادر دختری ۱۲ ساله گفت``) is part of who they are, as the gold guide's round 22 has it: the role
goes on past the number and its unit, and shows the age without the indefinite ending a relative
clause hangs on (``بیمار ۴۳ ساله‌ای که ...`` is the بیمار ۴۳ ساله). A count before an object is
still the object's. Where the article also gives the person an office, a description by age is a
passing one, and a quote that names no role shows the office (round 24)."""

from quoting import headed_quotes, quote_holding, quotes_of


def speaker_and_role(paragraph: str) -> tuple[str | None, str | None]:
    [quote] = quotes_of(paragraph)
    return quote.speaker, quote.role


def test_an_age_set_off_after_a_name_is_part_of_the_role():
    assert speaker_and_role("پروین نادری، ساکن ۶۸ ساله محله، می‌گوید: هر روز اینجا قدم می‌زنیم.") == \
        ("پروین نادری", "ساکن ۶۸ ساله محله")


def test_an_age_in_arabic_digits_after_a_surname_and_honorific():
    assert speaker_and_role("آقای سلطانی، بازنشسته ٦٥ ساله، هم گفت: قیمت دارو دو برابر شده است.") == \
        ("سلطانی", "بازنشسته ٦٥ ساله")


def test_an_age_then_a_weight_class():
    # was cut at the age, and so no role at all (test_role_descriptions)
    assert speaker_and_role("منصور یگانه، کشتی گیر ۲۶ ساله وزن ۸۶ کیلوگرم، گفت: تمرین‌ها سخت بود.") == \
        ("منصور یگانه", "کشتی گیر ۲۶ ساله وزن ۸۶ کیلوگرم")


def test_an_unnamed_speakers_age_belongs_to_the_describing_phrase():
    assert speaker_and_role("پدر پسری ۹ ساله گفت: مدرسه روستا بخاری ندارد.") == (None, "پدر پسری ۹ ساله")


def test_an_age_written_in_words():
    assert speaker_and_role("پسر یازده ساله گفت: صبح‌ها گل می‌فروشم.") == (None, "پسر یازده ساله")


def test_the_indefinite_ending_before_a_relative_clause_is_left_out():
    assert speaker_and_role("کاظم یاوری، کشاورز ۶۱ ساله‌ای که باغش خشک شده، گفت: آب چاه شور شده است.") == \
        ("کاظم یاوری", "کشاورز ۶۱ ساله")


def test_a_count_before_the_object_is_the_objects():
    assert speaker_and_role("وزیر نیرو طرح ۵ ساله آبرسانی را تشریح کرد و گفت: این طرح مهم است.") == \
        (None, "وزیر نیرو")


def test_a_quote_naming_no_role_shows_the_office_over_a_description_by_age():
    quotes = headed_quotes("گفت‌وگو با قهرمان جهان",
                           "قهرمان وزن ۹۷ کیلوگرم کشتی آزاد جهان می‌گوید هدف بعدی‌اش طلای المپیک است.",
                           "مجید نوروزی، کشتی‌گیر ۲۳ ساله اهل بروجرد، هفته گذشته طلای جهان را گرفت.",
                           "وی گفت: هنوز باور نکرده‌ام که قهرمان شده‌ام.")
    assert quote_holding(quotes, "هنوز باور").role == "قهرمان وزن ۹۷ کیلوگرم کشتی آزاد جهان"


def test_a_description_by_age_stays_the_role_of_one_with_no_office():
    quotes = quotes_of("مش قربان، پیرمرد ۷۲ ساله‌ای که هر روز به بازار می‌آید، گفت: راه دور است.",
                       "وی افزود: اتوبوس روستا هفته‌ای یک بار می‌آید.")
    assert quote_holding(quotes, "اتوبوس روستا").role == "پیرمرد ۷۲ ساله"
