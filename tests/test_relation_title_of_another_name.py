"""A spokesman's title that calls the body by another name (سخنگوی سرخپوشان for the سخنگوی باشگاه
پارس سرخ, سخنگوی دستگاه قضا for the سخنگوی قوه قضاییه) is the one spokesman the article names,
not someone new whose words after the head name the person served (round 30, r30a; landed by the
round's revised bar: 6 rows in 4 sets by different authors, none lost). Every sentence is invented."""

from quoting import quotes_of, speaker_of


def test_a_club_nickname_after_the_spokesman_named():
    quotes = quotes_of(
        "بهمن یزدانی، سخنگوی باشگاه ستاره شرق، گفت: قرارداد مهاجم تمدید شده است.",
        "سخنگوی زردپوشان تاکید کرد: هیچ بازیکنی فروشی نیست.",
    )
    assert speaker_of(quotes, "هیچ بازیکنی فروشی") == "بهمن یزدانی"


def test_the_judiciary_by_its_other_name():
    quotes = quotes_of(
        "پرویز صالحی، سخنگوی قوه قضاییه در نشست خبری گفت: کیفرخواست متهمان صادر شد.",
        "سخنگوی دستگاه قضا افزود: هفت متهم در این پرونده حضور دارند.",
    )
    assert speaker_of(quotes, "هفت متهم") == "پرویز صالحی"


def test_an_unnamed_spokesman_with_an_indefinite_is_someone_new():
    quotes = quotes_of(
        "بهمن یزدانی، سخنگوی باشگاه ستاره شرق، گفت: قرارداد مهاجم تمدید شده است.",
        "به گفته یک سخنگوی فدراسیون که نخواست نامش فاش شود، پرونده هنوز باز است.",
    )
    assert speaker_of(quotes, "پرونده هنوز باز") is None


def test_two_spokesmen_leave_the_title_to_nobody():
    quotes = quotes_of(
        "بهمن یزدانی، سخنگوی باشگاه ستاره شرق، گفت: قرارداد مهاجم تمدید شده است.",
        "کاوه نادری، سخنگوی باشگاه آرمان، گفت: ما شکایت نمی‌کنیم.",
        "سخنگوی زردپوشان تاکید کرد: هیچ بازیکنی فروشی نیست.",
    )
    assert speaker_of(quotes, "هیچ بازیکنی فروشی") is None
