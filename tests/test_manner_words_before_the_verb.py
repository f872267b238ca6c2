"""How someone speaks, written between the subject and the verb of saying (``مریم آهسته گفت``،
``رحیم گریه‌کنان گفت``، ``بریده بریده گفت``، ``محمدرضا نفس عمیقی کشید و گفت``): story and reportage
put a manner word, a doubled word, a comparative or a part of the body there. None is a name: the
speaker is the one the sentence or the paragraph before names, and a clause opening on such a word
has no subject written. A surname that looks like an adjective (علی خندان) is still a name. Every
sentence is written for the test.
"""

from __future__ import annotations

from quoting import quotes_of, speaker_of

NURSE = "ژیلا امیری پرستار بخش کودکان است."
FISHER = "غلامعلی بندری چهل سال است که ماهی می‌گیرد."


def test_a_manner_word_after_the_name_is_no_part_of_it():
    quotes = quotes_of(NURSE, "ژیلا آهسته گفت: شیفت شب را تنها می‌گذرانیم.")
    assert speaker_of(quotes, "شیفت شب") == "ژیلا امیری"


def test_a_participle_of_manner_after_a_given_name_is_no_surname():
    quotes = quotes_of(FISHER, "غلامعلی گریه‌کنان گفت: قایقم را طوفان شکست.")
    assert speaker_of(quotes, "قایقم") == "غلامعلی بندری"


def test_a_clause_opening_on_a_participle_gives_the_words_to_the_one_named_before():
    quotes = quotes_of(FISHER, "هق‌هق کنان گفت: دیگر دریا به ما نان نمی‌دهد.")
    assert speaker_of(quotes, "دریا به ما") == "غلامعلی بندری"


def test_a_doubled_word_opening_the_clause_names_nobody():
    quotes = quotes_of(NURSE, "بریده بریده گفت: سه همکارم بیمار شده‌اند.")
    assert speaker_of(quotes, "سه همکارم") == "ژیلا امیری"


def test_a_comparative_opening_the_clause_names_nobody():
    quotes = quotes_of(FISHER, "نزدیک‌تر آمد و نفس‌زنان گفت: تور را آب برد.")
    assert speaker_of(quotes, "تور را") == "غلامعلی بندری"


def test_a_part_of_the_body_ends_the_name_before_an_action_joined_to_the_verb():
    quotes = quotes_of(FISHER, "غلامعلی نفس عمیقی کشید و گفت: این اسکله را پدرم ساخت.")
    assert speaker_of(quotes, "اسکله") == "غلامعلی بندری"


def test_a_part_of_the_body_of_someone_is_no_name():
    """``صورت پسرک را بوسید و گفت``: the face is the boy's, and nobody is called صورت پسرک."""
    quotes = quotes_of(FISHER, "بندری خم شد، صورت پسرک را بوسید و گفت: فردا با هم به دریا می‌رویم.",
                       "پسرک گفت: قول می‌دهی؟")
    assert all("صورت" not in (q.speaker or "") for q in quotes)


def test_a_surname_that_looks_like_an_adjective_stays_in_the_name():
    quotes = quotes_of("علی خندان مدیر بندر است.", "علی خندان گفت: اسکله تازه تا پاییز آماده می‌شود.")
    assert speaker_of(quotes, "اسکله تازه") == "علی خندان"


def test_the_plural_of_a_doers_noun_is_no_participle():
    """بازیکنان، ساکنان end as گریه‌کنان does, but are players and residents: the group speaks."""
    quotes = quotes_of("بازیکنان تیم اعلام کردند که تا پرداخت مطالبات در تمرین حاضر نمی‌شوند.")
    assert speaker_of(quotes, "مطالبات") is None
    assert quotes[0].role
