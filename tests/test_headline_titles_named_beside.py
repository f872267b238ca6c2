"""A headline's or lead's title nobody the report quotes holds is the person the article names with
it beside their name by a comma (``X Y، مدیرکل ...، در گفت‌وگو با ... پاسخ داد``), before the first
person the body quotes: an interview's headline titles its interviewee. A name before the comma is
one whatever its given name; a head word ending another's title (``معاون روابط کار وزیر، X``) names
no holder of that head's own title. Every sentence is written for the test."""

from __future__ import annotations

from tests.quoting import headed_quotes, quote_holding, speaker_by_field

BODY = ("در هفته‌های اخیر کمبود چند داروی پرمصرف در داروخانه‌ها گزارش شده است.",
        "دکتر علی سهرابی، رئیس انجمن دیابت، هفته پیش گفت: بیماران برای پیدا کردن انسولین سرگردانند.")


def test_a_headline_title_is_the_one_named_beside_it_in_the_lead():
    quotes = headed_quotes(
        "کمبود دارو؛ مدیرکل دارو: تا پایان ماه بازار آرام می‌شود",
        "مهسا فروتن، مدیرکل دارو و تجهیزات پزشکی سازمان غذا و دارو، در گفت‌وگو با خبرنگار ما به پرسش‌ها پاسخ داد.",
        *BODY)
    assert speaker_by_field(quotes)["title"] == "مهسا فروتن"


def test_a_head_word_ending_another_title_names_no_holder_of_its_own():
    quotes = headed_quotes(
        "دهقان‌پور: دستمزد بیش از تورم افزایش می‌یابد",
        "وزیر تعاون، کار و رفاه اجتماعی گفت که حداقل دستمزد سال آینده از نرخ تورم بیشتر می‌شود.",
        "علیرضا دهقان‌پور در نشست خبری امروز اظهار کرد: شورای عالی کار موظف است معیشت کارگران را ببیند.",
        "در بخش دیگری از این نشست، معاون روابط کار وزیر، سعید امیرلو، گفت: بیشتر کارگران قرارداد موقت دارند.")
    assert quote_holding(quotes, "حداقل دستمزد").speaker == "علیرضا دهقان‌پور"


def test_words_after_a_title_and_its_comma_are_no_name_of_it():
    quotes = headed_quotes(
        "مروری بر عناوین روزنامه‌های صبح",
        "",
        "- معاون وزیر بازرگانی اعلام کرد: نان ۱۵ درصد گران می‌شود",
        "- در روزنامه‌ای دیگر: معاون وزیر بازرگانی، قیمت نان ۱۰ تا ۱۵ درصد افزایش می‌یابد",
        "- دیدار وزیر خارجه با همتای ترکیه‌ای")
    assert quote_holding(quotes, "گران می‌شود").speaker != "قیمت نان"
