"""A paragraph opening on a person whose given name only the wide list holds (سیما، ژیلا، شیوا),
as the subject of a sentence of narration, then a pronoun or a bare verb speaking in a later
sentence of the same paragraph: the pronoun means that person, not whoever spoke before.
A noun the wide list also holds (انتظار، رضایت) opening the paragraph gives nobody the floor.
Every sentence is written for the test.
"""

from __future__ import annotations

import pytest

from quoting import quotes_of, speaker_of


@pytest.mark.parametrize("before, paragraph, piece, speaker", [
    ("مجید رحمانی، معلم ریاضی، می‌گوید: اول فقط قرار بود تعطیلات نوروز پیش ما بماند.",
     "سیما فتحی از دشواری‌های اداری گله دارد؛ به گفته او، بررسی صلاحیت خانواده‌ها بیش از یک سال طول کشید.",
     "بررسی صلاحیت خانواده‌ها", "سیما فتحی"),
    ("فاطمه کریمی، مدیرکل بهزیستی استان، گفت: ۴۰۰ فقره وام اشتغال پرداخت شده است.",
     "ژیلا محمدی ۳۸ سال دارد و دو فرزند را به تنهایی بزرگ می‌کند. او می‌گوید: «با وام یک چرخ خیاطی خریدم اما مشتری ندارم.»",
     "مشتری ندارم", "ژیلا محمدی"),
    ("محمد حسینی، معاون درمان دانشگاه، گفت: کمبود پرستار جدی است.",
     "شیوا احمدی ۱۲ سال است در بخش اورژانس کار می‌کند. می‌گوید شیفت‌های شب هر سال طولانی‌تر شده است.",
     "شیفت‌های شب هر سال", "شیوا احمدی"),
    ("رضا صالحی، رئیس اتحادیه صنایع دستی استان، گفت: فروش امسال نصف شده است.",
     "پريسا نوروزي از سه سال پيش گليم مي‌بافد. همسرش كارگر فصلي است. وي مي‌گويد: هر گليم يك ماه كار مي‌برد.",
     "هر گليم يك ماه كار", "پریسا نوروزی"),  # shown in the standard spelling
])
def test_a_wide_listed_name_opening_the_paragraph_is_whom_its_pronoun_means(before, paragraph, piece, speaker):
    """``ژیلا محمدی ۳۸ سال دارد ... . او می‌گوید: ...``: nobody else is named before the pronoun
    in its paragraph; the one the paragraph opens on speaks, not the official before."""
    assert speaker_of(quotes_of(before, paragraph), piece) == speaker


@pytest.mark.parametrize("paragraph, piece", [
    ("انتظار می‌رود قرارداد او تا پایان فصل تمدید شود. او گفت: تا روز آخر در این تیم می‌مانم.",
     "تا روز آخر در این تیم"),
    ("رضایت از تساوی با وجود مصدومیت‌ها: «ما همیشه برای بردن وارد زمین می‌شویم و با کمتر از پیروزی خوشحال نمی‌شویم.»",
     "برای بردن وارد زمین"),
])
def test_a_noun_the_wide_list_holds_gives_nobody_the_floor(paragraph, piece):
    """``انتظار می‌رود ...``، a topic heading ``رضایت از ...: «...»``: a word of the wide list that
    the article never quotes as a name, or a pronoun speaking in the heading's own sentence, leaves
    the floor with the coach who spoke before."""
    quotes = quotes_of("حسن کاظمی، سرمربی تیم، گفت: بازی سختی در پیش داریم.", paragraph)
    assert speaker_of(quotes, piece) == "حسن کاظمی"
