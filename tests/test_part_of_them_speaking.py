"""«یکی از آنها» / «برخی از آنان»: part of a group the article has just spoken of, named by a
plural pronoun, speaks unnamed, never the person quoted before; one of them keeps the floor for a
following وی. Said to «me» (یکی از آنها به من گفت) it stays inside the recounting speaker's words."""

from tests.quoting import quotes_of, speaker_of


def test_one_of_them_is_nobody_named():
    quotes = quotes_of("کاوه صدری سرمربی تیم گفت: بازیکنانم خوب جنگیدند.",
                       "تماشاگران پس از بازی در خیابان ماندند. یکی از آنها که نخواست نامش فاش شود، گفت: داور بازی را خراب کرد.")
    assert speaker_of(quotes, "داور بازی را") is None


def test_one_of_them_keeps_the_floor_for_the_next_pronoun():
    quotes = quotes_of("کاوه صدری بخشدار گفت: جاده باز است.",
                       "رانندگان از صبح پشت گردنه مانده‌اند. یکی از آن‌ها به خبرنگار ما گفت: برف راه را بسته است.",
                       "وی افزود: هیچ راهداری اینجا نیامده است.")
    assert speaker_of(quotes, "هیچ راهداری") is None


def test_one_of_them_telling_me_stays_with_the_one_recounting():
    quotes = quotes_of("خبرنگار: مراجعان شما از چه می‌ترسند؟",
                       "نسرین کاظمی مددکار: بیشترشان از آبرو می‌ترسند. یکی از آنها روز اول به من گفت: اگر همسایه‌ها بفهمند دیگر بیرون نمی‌روم.")
    assert speaker_of(quotes, "اگر همسایه‌ها") == "نسرین کاظمی"
