"""Hamza seats and alef madda: a word written مسئول, مسؤول or مسوول (هیئت/هیأت/هیات, آمریکا/امریکا)
is one word to search (analysis.FoldHamza, orthography.HAMZA_SPELLINGS), and words these letters
tell apart stay apart."""

import json

import pytest

from corpus.orthography import fold_word, standard_spelling
from indexer.analysis import analyze
from indexer.build import build_index
from indexer.search import search


@pytest.mark.parametrize("spellings", [
    ("مسئول", "مسؤول", "مسوول"),
    ("مسئولان", "مسؤولان", "مسوولان"),
    ("مسئولين", "مسؤولین", "مسوولین"),
    ("مسئولیت", "مسؤولیت", "مسوولیت"),
    ("هیئت", "هیأت", "هیات", "هيأت", "هيئت"),
    ("آمریکا", "امریکا", "امريكا"),
    ("آزادی", "ازادی"),
    ("قرآن", "قران"),
    ("داوود", "داود"),
    ("داوودی", "داودی"),
    ("رئیس", "رییس", "رييس"),
    ("مسائل", "مسایل"),
    ("پائیز", "پاییز"),
    ("مسئله", "مسأله", "مساله"),
    ("جرئت", "جرأت", "جرات"),
    ("تئاتر", "تآتر", "تاتر"),
    ("سؤال", "سوال"),
])
def test_hamza_seat_and_madda_spellings_of_a_word_give_one_term(spellings):
    terms = {tuple(analyze(word)) for word in spellings} | {tuple(analyze(word, mode="query")) for word in spellings}
    assert len(terms) == 1, terms


@pytest.mark.parametrize("one, other", [
    ("استان", "آستان"),  # a province is no shrine (آستان قدس)
    ("افت", "آفت"),  # a fall is no pest
    ("اشغال", "آشغال"),  # occupation is no rubbish
    ("امل", "آمل"),  # the Amal movement is not the city of Amol
    ("الان", "آلان"),  # now is not the name Alan
    ("روس", "رئوس"),  # Russia is no heads (رئوس مطالب)
    ("روس", "رؤوس"),
    ("تو", "تئو"),  # you is not Theo
    ("سواد", "سوئد"),  # literacy is not Sweden
    ("شاه", "شئ"),
    ("استان‌های", "آستانه"),  # provinces are no threshold (آستانه → استانه would make استانهای استانه + ای)
    ("ارائه", "آرایه"),  # a presentation is no array
    ("اسم", "آسم"),  # a name is no asthma
])
def test_different_words_that_differ_by_a_hamza_or_madda_stay_apart(one, other):
    assert analyze(one, mode="query") != analyze(other, mode="query")


def test_quote_extraction_and_display_keep_folding_the_seats_as_before():
    assert fold_word("مسئول") == "مسیول" and fold_word("آمریکا") == "آمریکا"
    assert standard_spelling("هیئت مدیره") == "هیئت مدیره"


@pytest.fixture(scope="module")
def spelled_index(tmp_path_factory):
    folder = tmp_path_factory.mktemp("hamza")
    articles = [
        {"id": "a", "title": "مسئول کمیته و هیئت مدیره", "paragraphs": ["سفر به آمریکا و ورزشگاه آزادی"]},
        {"id": "b", "title": "مسوول کمیته و هیات مدیره", "paragraphs": ["سفر به امریکا و ورزشگاه ازادی"]},
        {"id": "c", "title": "مسؤول کمیته و هيأت مديره", "paragraphs": ["سفر به امريكا"]},
        {"id": "d", "title": "آستان قدس و افت قیمت", "paragraphs": ["بازدید از سوئد"]},
    ]
    (folder / "news.json").write_text(json.dumps(articles, ensure_ascii=False), encoding="utf-8")
    build_index([folder / "news.json"], folder / "ix")
    return folder / "ix"


@pytest.mark.parametrize("query, expected", [
    ("مسئول", {"a", "b", "c"}),
    ("مسوول", {"a", "b", "c"}),
    ("مسؤول", {"a", "b", "c"}),
    ("هیئت", {"a", "b", "c"}),
    ("هیات", {"a", "b", "c"}),
    ("آمریکا", {"a", "b", "c"}),
    ("امریکا", {"a", "b", "c"}),
    ('"ورزشگاه ازادی"', {"a", "b"}),
    ('"ورزشگاه آزادی"', {"a", "b"}),
    ("استان", set()),  # آستان قدس is no province
    ("سواد", set()),  # nor سوئد literacy
])
def test_a_search_finds_every_hamza_and_madda_spelling_of_the_word(spelled_index, query, expected):
    assert {hit.id for hit in search(spelled_index, query).hits} == expected
