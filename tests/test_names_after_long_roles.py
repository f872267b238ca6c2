"""A speaker's name after a long office title set off by commas (agency style: ``مدیرکل دفتر ارتباط
با رسانه‌ها، علی رضایی، گفت``): the title runs on through the words an office name holds, so the
name after it is still read as the one speaking. Every sentence is written for the test.
"""

from __future__ import annotations

from quoting import quotes_of


def test_a_name_after_an_office_whose_title_holds_ba_is_the_speaker():
    """ارتباط با، مرتبط با، همکاری با، پیشگیری با: با goes on inside the title, as after مقابله."""
    for title, name in (("مدیرکل دفتر ارتباط با رسانه‌های استانداری", "علی رضایی"),
                        ("معاون امور مرتبط با مجلس وزارت نیرو", "حسن صادقی"),
                        ("مدیر دفتر همکاری با سازمان‌های بین‌المللی وزارت بهداشت", "سارا نوری"),
                        ("رئیس اداره بیماری‌های قابل پیشگیری با واکسن", "ناصر کریمی")):
        quotes = quotes_of(f"{title}، {name}، گفت: طرح تازه از هفته آینده اجرا می‌شود.",
                           "وی افزود: هزینه آن را دولت می‌پردازد.")
        assert [(q.speaker, q.role) for q in quotes] == [(name, title)] * 2


def test_a_name_after_an_office_holding_ba_without_commas_is_the_speaker():
    quotes = quotes_of("مدیرکل روابط عمومی و ارتباط با رسانه‌های وزارت کشور علی رضایی گفت: انتخابات سالم برگزار شد.")
    assert [q.speaker for q in quotes] == ["علی رضایی"]


def test_ba_opening_what_the_speaker_did_ends_the_title():
    """``مدیرکل ... با همراهی معاون وزیر، X، ...``: the one accompanying is not the one speaking."""
    quotes = quotes_of("مدیرکل بهزیستی استان با همراهی معاون وزیر، حسن کریمی، از مرکز سالمندان بازدید کرد و گفت: "
                       "این مرکز نوسازی می‌شود.")
    assert [q.speaker for q in quotes] != ["حسن کریمی"]


def test_a_name_after_an_office_holding_a_time_word_is_the_speaker():
    """شیفت شب، برنامه صبح بخیر: a time word inside the title, when the title runs on to a name
    set off by commas, names the office, not when it spoke."""
    for title, name in (("نماینده کارگران شیفت شب", "سهراب نیک‌فر"),
                        ("تهیه‌کننده برنامه صبح بخیر ایران", "مهدی صالحی"),
                        ("سرپرست شیفت روز کارخانه", "حسین عباسی")):
        quotes = quotes_of("جمشید ملکی، نماینده کارگران، گفت: مزدها عقب افتاده است.",
                           f"{title}، {name}، هم گفت: تولید متوقف نشده است.")
        assert [q.speaker for q in quotes] == ["جمشید ملکی", name]


def test_a_time_word_before_the_rest_of_the_sentence_still_ends_the_title():
    """``معاون وزیر صبح امروز در دیدار با X، استاندار ...، گفت``: the one met is not the speaker."""
    quotes = quotes_of("معاون وزیر کشور صبح امروز در دیدار با علی رضایی، استاندار فارس، گفت: "
                       "انتخابات در استان سالم برگزار می‌شود.")
    assert [q.speaker for q in quotes] != ["علی رضایی"]
