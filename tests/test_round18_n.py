"""Round 18 (n): how a quote's sentence refers to its speaker (the ref) and what kind of speaker
it is. Every sentence is written for the test."""

from __future__ import annotations

from quoting import quotes_of


def test_a_full_name_opening_on_a_given_name_no_list_knows_is_a_name():
    """``اولدریخ پاسکوویچ، سفیر ...، گفت``: a word no list knows before a surname is a given name, so
    the sentence names the speaker in full (ref name), not by a surname."""
    quotes = quotes_of("اولدریخ پاسکوویچ، سفیر اسلواکی در تهران، گفت: روابط دو کشور رو به گسترش است.")
    assert [(q.speaker, q.ref) for q in quotes] == [("اولدریخ پاسکوویچ", "name")]


def test_a_compound_surname_alone_stays_a_surname():
    """A surname of two words with no given name (``هاشمی رفسنجانی``) is still a surname."""
    quotes = quotes_of("هاشمی رفسنجانی در جمع خبرنگاران گفت: انتخابات با شکوه برگزار می‌شود.")
    assert [(q.speaker, q.ref) for q in quotes] == [("هاشمی رفسنجانی", "surname")]


def test_an_organisation_called_by_a_shorter_name_is_named():
    """An organisation has no surname: ``ستاد بحران شهرستان`` after ``ستاد مدیریت بحران شهرستان
    کوهرنگ`` names it (ref name), as the paper's name without ``روزنامه`` does."""
    quotes = quotes_of(
        "ستاد مدیریت بحران شهرستان کوهرنگ اعلام کرد که جاده‌های روستایی باز شده است.",
        "ستاد بحران کوهرنگ همچنین اعلام کرد که مدارس فردا تعطیل است.",
        "روزنامه تایمز نوشت: دولت بودجه را کم کرده است.",
        "تایمز افزود: این تصمیم به زیان مردم است.")
    assert [(q.speaker, q.ref, q.speaker_type) for q in quotes] == [
        ("ستاد مدیریت بحران شهرستان کوهرنگ", "name", "organisation")] * 2 + [
        ("روزنامه تایمز", "name", "organisation")] * 2


def test_the_last_word_of_a_clubs_name_is_its_surname():
    """``باشگاه اتلتیک بیلبائو ... بیلبائو اعلام کرد``: the last word of a name of two is its short
    name, as a person's surname is."""
    quotes = quotes_of(
        "باشگاه اتلتیک بیلبائو اعلام کرد که قرارداد مربی تمدید شده است.",
        "بیلبائو همچنین اعلام کرد که دو بازیکن جدید خریده است.")
    assert [(q.speaker, q.ref) for q in quotes] == [("باشگاه اتلتیک بیلبائو", "name"), ("باشگاه اتلتیک بیلبائو", "surname")]


def test_a_noun_before_its_pronoun_is_no_name():
    """``در این گزارش که خلاصه آن ... منتشر شد، آمده است``: خلاصه آن (its summary) is the
    document's, no person; the report speaks for whoever issued it."""
    quotes = quotes_of(
        "سازمان بازرسی استان گزارشی درباره کمبود دارو تهیه کرده است.",
        "در این گزارش که خلاصه آن دیروز منتشر شد، آمده است: «توزیع دارو در سه شهرستان با تاخیر انجام شده است.»")
    assert [(q.speaker, q.speaker_type) for q in quotes] == [(None, "unnamed")]
