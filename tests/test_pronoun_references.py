"""Pronouns and implied subjects: who speaks when a sentence names its speaker before a question
or a clause of its own, or opens on او with a clause of its own (او که ...، گفت), and whom a bare
افزود after a quoted question means.
Every sentence is written for the test.
"""

from __future__ import annotations

import pytest

from quoting import headed_quotes, quotes_of


def test_a_speaker_named_before_a_question_he_answers_is_the_subject_not_the_last_speaker():
    """``کاظمی در پاسخ به این سوال که ...؟ گفت``: the question mark ends no sentence; the verb's
    subject stands before the question, however the mark and the words around it are written."""
    for asked, mark in (("در پاسخ به این سوال که آیا قصد استعفا دارید", "؟"),
                        ("در پاسخ به اين سؤال كه آيا قصد استعفا داريد", "?"),
                        ("درباره اینکه «آیا قصد استعفا دارید", "؟»،")):
        quotes = quotes_of("حسن کاظمی، مدیرعامل باشگاه، گفت: تیم برای بازی فردا آماده است.",
                           "مریم صدری، سرپرست تیم، نیز گفت: بازیکنان خسته‌اند.",
                           f"کاظمی {asked}{mark} گفت: من با هیچ‌کس قهر نیستم.")
        assert [(q.speaker, q.ref) for q in quotes][-1] == ("حسن کاظمی", "surname")


def test_a_question_quoted_after_a_colon_is_no_clause_of_the_verb_after_it():
    """``صدری پرسید: چرا مدیرکل ... که ... نمی‌دهد؟ گفت: ...``: the question is her words, not
    the clause of the verb that follows; whoever is named inside it does not speak."""
    for cue in ("پرسید", "گفت"):
        quotes = quotes_of("حسن کاظمی، مدیرکل آموزش استان، گفت: مدارس برای بازگشایی آماده است.",
                           f"مریم صدری، معاون وزیر، در این نشست {cue}: چرا مدیرکل آموزش استان که قول داده بود "
                           "پاسخ نمی‌دهد؟ افزود: باید هرچه زودتر پاسخ بدهد.")
        assert [(q.speaker, q.ref) for q in quotes][-1] == ("مریم صدری", "pronoun")


# وی/او, a clause of its own up to a comma, then the speech verb and its claim.

@pytest.mark.parametrize("sentence, claim", [
    ("او که در نشست خبری با کمک مترجم صحبت می‌کرد، آن روز هم گفته بود مهم‌ترین مشکل تیم نبود بازیکنان جوان در لیگ است.",
     "مهم‌ترین مشکل تیم نبود بازیکنان جوان در لیگ است"),
    ("او در پاسخ به خبرنگاری که پرسید آیا تیم مهاجم تازه می‌خواهد، گفت خرید یک بازیکن کناری می‌تواند مشکل خط حمله را حل کند.",
     "خرید یک بازیکن کناری می‌تواند مشکل خط حمله را حل کند"),
])
def test_a_pronoun_opening_the_sentence_says_the_claim_after_its_clause(sentence, claim):
    """``او که ... می‌کرد، گفته بود CLAIM``: the pronoun opening the sentence is the subject of
    the speech verb after the comma closing its clause; the claim is the speaker's met before."""
    quotes = quotes_of("سارا امینی، مربی تیم ملی، امروز به تهران بازگشت.", sentence)
    assert [(quote.kind, quote.speaker, quote.text) for quote in quotes if quote.where == "body:1"] == [
        ("indirect", "سارا امینی", claim)]


def test_a_pronoun_as_object_is_no_subject_of_the_verb_after_its_clause():
    """``او را که ...، مربی خواست و گفت ...``: او is the object; nothing is read for it."""
    quotes = quotes_of("سارا امینی، مربی تیم ملی، امروز به تهران بازگشت.",
                       "او را که به تازگی از اردو بازگشته بود، مربی تیم خواست و گفت باید بیشتر از گذشته تمرین کند.")
    assert [quote for quote in quotes if quote.where == "body:1"] == []


def test_what_a_speaker_was_told_inside_his_quote_is_part_of_it():
    """``X گفت: ... یکی از کارگران به من گفت: «...» ...``: X recounting what he was told; his quote
    runs on to the paragraph's end, and the worker gets no quote of his own."""
    quotes = headed_quotes(
        "بازدید از کارگاه‌ها",
        "",
        "رضا محمدی، بازرس اداره کار استان، گفت: در این بازدید ۱۲ کارگاه را بررسی کردیم. یکی از کارگران به من گفت: «سه ماه است حقوق نگرفته‌ایم.» این وضعیت قابل قبول نیست و کارفرمایان باید پاسخگو باشند.",
    )
    assert [(quote.speaker, "پاسخگو باشند" in quote.text) for quote in quotes] == [("رضا محمدی", True)]


def test_someone_speaking_to_the_reporter_after_a_closed_quotation_is_quoted():
    """``X گفت: «...» Y به ما گفت: «...»``: X's quotation has closed, so «ما» is the report's own
    and Y is quoted (a feature's reporter talking with people)."""
    quotes = headed_quotes(
        "روایت یک روز در بازار",
        "",
        "حسین احمدی، فروشنده فرش، گفت: «امسال هیچ‌کس خرید نمی‌کند.» پسرش که تازه رسیده بود به ما گفت: «بازار دیگر مثل قدیم نیست.»",
    )
    assert len([quote for quote in quotes if quote.kind != "indirect"]) == 2


def test_a_pronoun_after_a_sentence_that_gives_someone_the_floor_is_theirs_not_the_last_speakers():
    """``نوبت به رضا یزدانی رسید. او گفت``، ``میکروفون به ... رسید. وی گفت``: the sentence's subject is a
    thing, the person it is about comes after به; ``حمید صادقی پشت تریبون رفت. وی گفت``: a full
    name that is a plain sentence's subject, with no office beside it. The او is theirs."""
    for sentence, speaker in (("در ادامه نشست، نوبت به رضا یزدانی رسید.", "رضا یزدانی"),
                              ("سپس میكروفون به مريم احمدي رسيد.", "مریم احمدی"),
                              ("پس از او، حمید صادقی پشت تریبون رفت.", "حمید صادقی")):
        quotes = quotes_of("علی کریمی کارگردان فیلم گفت: «فیلم را در سه ماه ساختیم.»",
                           f"{sentence} او درباره نقشش گفت: «این سخت‌ترین نقش من بود.»")
        assert [q.speaker for q in quotes] == ["علی کریمی", speaker]


@pytest.mark.parametrize("clause", ["از کارگردان پرسید که چرا فیلم را در شمال ساخته است و نادری در پاسخ گفت:",
                                    "درباره پایان فیلم پرسيد و نادري پاسخ داد:",
                                    "پرسید چرا بازیگران چهره انتخاب نشدند و نادری با لبخند تاکید کرد:"])
def test_a_surname_the_article_names_in_full_opens_the_clause_after_and(clause):
    """``رستمی ... پرسید ... و نادری در پاسخ گفت``: after و a one-word surname (a noun with ی
    too, نادر + ی) the article writes after a given name elsewhere is the speaker, not the asker."""
    quotes = quotes_of("نشست خبری فیلم «باران» با حضور سعید نادری کارگردان و علی رستمی منتقد سینما برگزار شد.",
                       f"رستمی {clause} «لوکیشن شمال برای قصه ما ضروری بود.»")
    assert [(q.speaker, q.ref) for q in quotes if q.kind == "direct"] == [("سعید نادری", "surname")]
