"""A colon after a gesture told of someone (``لبخند می‌زند: «...»``، ``سرش را تکان داد: «...»``): a
reporter tells what the one he is with does, then gives their words. With the subject left out,
the words are whoever has the floor's; a clause telling a state, an outcome, the writer's own
infinitive or a group's doings gives them to nobody. Every sentence is written for the test.
"""

from __future__ import annotations

from quoting import quotes_of

WEAVER = "سکینه بهرامی بیست سال است در این کارگاه گلیم می‌بافد و خرج دو فرزندش را می‌دهد."


def test_a_present_gesture_with_its_subject_left_out_gives_the_floor_its_words():
    """``وقتی ... می‌پرسیم، لبخند می‌زند: «...»``: the reporter asks (in his own person), she smiles
    and speaks: her words, though the clause before the colon never names her."""
    quotes = quotes_of(WEAVER, "وقتی از او درباره فردا می‌پرسیم، لبخند می‌زند: «اگر دخترها به دانشگاه بروند، همه این رنج‌ها می‌ارزد.»")
    assert [(q.where, q.kind, q.speaker) for q in quotes] == [("body:1", "direct", "سکینه بهرامی")]


def test_a_past_gesture_with_its_subject_left_out_gives_the_floor_its_words():
    quotes = quotes_of(WEAVER, "کمی مکث کرد و سرش را تکان داد: «هیچ‌کس از اداره به ما سر نزد و وعده‌ها روی کاغذ ماند.»")
    assert [(q.where, q.speaker) for q in quotes] == [("body:1", "سکینه بهرامی")]


def test_a_past_stem_after_a_modal_is_the_writers_infinitive_and_no_gesture():
    """``باید این جمله را چنین کامل کرد: «...»``: one must complete it so; the writer's own words
    about a sentence, nobody's gesture before speaking."""
    quotes = quotes_of(WEAVER, "البته باید این گفته را این‌گونه کامل کرد: «هر دستی که گلیم می‌بافد، خانه‌ای را سرپا نگه می‌دارد.»")
    assert [q for q in quotes if q.where == "body:1"] == []


def test_a_groups_gesture_gives_the_floor_nothing():
    """``سر تکان دادند: «...»``: a plural implied subject is some group, not the one with the floor."""
    quotes = quotes_of(WEAVER, "وقتی از همسایه‌ها درباره کارگاه پرسیدیم، سر تکان دادند: «این کارگاه سال‌هاست بی‌سقف مانده و کسی به آن رسیدگی نکرده است.»")
    assert [q.speaker for q in quotes if q.where == "body:1"] in ([], [None])


def test_a_state_told_before_the_colon_is_no_gesture():
    """``و بعد از آن هم همین‌طور شد: «...»``: the clause tells how things turned out, no one's doing."""
    quotes = quotes_of(WEAVER, "زمستان پارسال کارگاه بسته شد و بعد از آن هم همین‌طور شد: «کارگاه تا اطلاع ثانوی تعطیل است و بافندگان به خانه بروند.»")
    assert [q.speaker for q in quotes if q.where == "body:1"] in ([], [None])


def test_a_named_gesture_ending_on_a_past_in_t_gives_its_subject_the_words():
    """``X ... به تمجید از ... پرداخت: «...»``: a past stem in ت (پرداخت، گرفت) ends the sentence as
    one in د does, so the clause's subject is read and speaks."""
    quotes = quotes_of(WEAVER, "نرگس امینی، مربی کارگاه، پس از بازدید مسئولان به تمجید از بافندگان پرداخت: «این زنان با دست خالی بهترین گلیم‌های استان را می‌بافند.»")
    assert [(q.where, q.speaker) for q in quotes] == [("body:1", "نرگس امینی")]
