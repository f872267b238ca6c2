"""A cleft names the speaker: ``(اما) این X، ROLE، بود که ... گفت`` stresses who said it, and X is
the subject though the clause opens on این, a conjunction or an adverbial. Every sentence is
written for the test.
"""

from __future__ import annotations

from quoting import quotes_of

RETURN = "تیم ملی کشتی پس از قهرمانی جهان امروز به تهران بازگشت و در فرودگاه با استقبال هواداران روبه‌رو شد."


def test_a_cleft_names_the_speaker_of_a_direct_quote():
    quotes = quotes_of(RETURN, "اما این بهمن قاسمی بود که گفت: این مدال حاصل یک سال تمرین سخت است و آن را به مردم تقدیم می‌کنیم.")
    assert [(q.where, q.speaker, q.ref) for q in quotes] == [("body:1", "بهمن قاسمی", "name")]


def test_a_cleft_after_an_adverbial_names_who_makes_the_gesture_before_the_words():
    """``در نهایت، این X، ROLE، بود که میکروفن را در دست گرفت: «...»``: the adverbial opening the
    clause and the past in ت (گرفت) ending it hide neither the sentence nor its subject."""
    quotes = quotes_of(RETURN, "در نهایت، این حمید نوری، کاپیتان تیم ملی، بود که میکروفن را در دست گرفت: «از همه هوادارانی که تا نیمه‌شب در فرودگاه ماندند ممنونیم.»")
    assert [(q.where, q.kind, q.speaker) for q in quotes] == [("body:1", "direct", "حمید نوری")]


def test_a_thing_stressed_by_a_cleft_is_no_speaker():
    """``این استقبال ... بود که`` stresses a thing: the quote after it is whoever the next clause names."""
    quotes = quotes_of(RETURN, "این استقبال گرم هواداران بود که همه را شگفت‌زده کرد. یکی از کشتی‌گیران گفت: ما انتظار این همه جمعیت را نداشتیم.")
    assert [(q.speaker, q.role) for q in quotes] == [(None, "یکی از کشتی‌گیران")]


def test_a_clause_between_this_and_the_copula_is_no_cleft():
    """``این نماینده بابیان اینکه ... روشن است که ...، گفت``: the copula closes a clause of its own;
    the subject is still the role (این نماینده), not the words up to the copula."""
    quotes = quotes_of(
        "حسن کاظمی نماینده مردم کرج در مجلس امروز در نطق میان‌دستور سخن گفت.",
        "این نماینده مجلس بابیان اینکه کاملا روشن است که بودجه عمرانی کم شده، گفت: دولت باید پاسخ دهد چرا طرح‌های استان نیمه‌تمام مانده است.")
    assert [(q.where, q.speaker, q.role) for q in quotes if q.kind == "direct"] == [
        ("body:1", "حسن کاظمی", "نماینده مردم کرج در مجلس")]
