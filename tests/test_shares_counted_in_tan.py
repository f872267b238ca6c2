"""People counted in تن before their group (چند تن از ملی‌پوشان، سه تن از کارگران) are a share of
that group speaking, as سه نفر از ... is: nobody named, never the person who spoke before them.
تن is also a weight (۲۰ تن برنج), so it counts people only with از after it."""

from tests.quoting import quotes_of, speaker_of


def test_a_few_counted_in_tan_asking_for_something_are_no_one_named():
    quotes = quotes_of("مینا صدری نایب رئیس هیئت گفت: اردوی تیم طبق برنامه برپا می‌شود.",
                       "چند تن از بازیکنان نیز در صفحات شخصی خود خواستار ماندن مربی در تیم شدند.")
    assert speaker_of(quotes, "ماندن مربی") is None


def test_a_number_counted_in_tan_saying_something_are_no_one_named():
    quotes = quotes_of("کاوه نادری مدیرعامل کارخانه گفت: حقوق مهر هفته آینده پرداخت می‌شود.",
                       "سه تن از کارگران اما گفتند: پنج ماه است حقوق نگرفته‌ایم.")
    assert speaker_of(quotes, "پنج ماه است") is None


def test_tan_as_a_weight_leaves_the_speaker_as_he_was():
    quotes = quotes_of("کاوه نادری مدیرکل گمرک استان گفت: ۲۰ تن برنج قاچاق کشف شد.",
                       "وی افزود: این محموله از مرز وارد شده بود.")
    assert speaker_of(quotes, "این محموله") == "کاوه نادری"
