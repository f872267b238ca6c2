"""quotes and who answer a compound the same however it is typed: with ZWNJ, with a space, or joined
(as search does). The archive's articles say whether a pair is written as one word, not the quotes alone."""

import pytest

from conftest import index_of
from indexer.quote_search import own_words, search_quotes, who_said

# The compound is written with ZWNJ only in narration (no quote writes it so); the quotes write it
# spaced, or hold its two words apart, which is no compound.
CHARITY = [
    {"id": "charity-1", "title": "گزارش سالانه سازمان‌های مردم‌نهاد منتشر شد",
     "body": "مریم کاظمی، مدیر انجمن حامیان محله، گفت: سازمان های مردم نهاد در محله ما هر هفته غذا پخش می‌کنند.\n\n"
             "رضا نادری، عضو شورای شهر، گفت: مردم این شهر به هر نهاد دولتی بی‌اعتماد شده‌اند و کسی به فکر آن‌ها نیست."},
]

# One woman writes the office with ZWNJ once; a man says it spaced, three times.
OFFICE = [
    {"id": "office-1", "title": "دیدار استانی",
     "body": "نرگس امینی، استاندار، گفت: رئیس‌جمهور هفته آینده از کارخانه‌های کاغذسازی این استان بازدید خواهد کرد "
             "و درباره آینده صنعت چوب با کارگران گفت‌وگو خواهد کرد."},
    {"id": "office-2", "title": "سفر رئیس جمهور",
     "body": "کیوان شریفی، فرماندار، گفت: رئیس جمهور می‌آید.\n\n"
             "شریفی افزود: رئیس جمهور را مردم دعوت کرده‌اند.\n\n"
             "وی گفت: رئیس جمهور به روستاها هم می‌رود."},
]


@pytest.fixture(scope="module")
def charity(tmp_path_factory):
    return index_of(tmp_path_factory, "charity", CHARITY)


@pytest.fixture(scope="module")
def office(tmp_path_factory):
    return index_of(tmp_path_factory, "office", OFFICE)


def _quotes(index, query):
    found = search_quotes(index, query)
    return found.total, [(hit.quote.speaker, hit.quote.start) for hit in found.hits]


def test_a_compound_no_quote_writes_joined_finds_the_same_quotes_in_every_spacing(charity):
    spellings = ["سازمان‌های مردم‌نهاد", "سازمان های مردم نهاد", "سازمانهای مردمنهاد"]
    answers = [_quotes(charity, query) for query in spellings]
    assert answers[0] == answers[1] == answers[2]
    assert [speaker for speaker, _ in answers[0][1]] == ["مریم کاظمی"]


def test_the_words_of_a_compound_apart_are_no_compound(charity):
    # نادری holds مردم and نهاد, apart: no spelling of the compound finds him
    for query in ("سازمان های مردم نهاد", "سازمان‌های مردم‌نهاد"):
        assert "رضا نادری" not in [hit.quote.speaker for hit in search_quotes(charity, query).hits]


@pytest.mark.parametrize("query", ["رئیس جمهور", "رئیسجمهور"])
def test_who_ranks_speakers_alike_however_the_compound_is_typed(office, query):
    typed_with_zwnj = who_said(office, "رئیس‌جمهور")
    other = who_said(office, query)
    assert [(s.speaker, s.score) for s in other.speakers] == [(s.speaker, s.score) for s in typed_with_zwnj.speakers]
    assert [s.speaker for s in other.speakers] == ["کیوان شریفی", "نرگس امینی"]


@pytest.mark.parametrize("typed, terms, expected", [
    (["رییسجمهور"], {"رییسجمهور", "رییس", "جمهور"}, {"رییس", "جمهور"}),  # typed joined: its parts
    (["رییس", "جمهور"], {"رییسجمهور", "رییس", "جمهور"}, {"رییس", "جمهور"}),  # typed spaced: the same
    (["کودک", "کار"], {"کودک", "کار", "کودکی"}, {"کودک", "کار"}),  # another spelling sought is no own word
    (["کارگاه"], {"کارگاه"}, {"کارگاه"}),  # a word whose parts were not sought stays whole
])
def test_own_words_count_a_compound_as_its_parts(typed, terms, expected):
    assert own_words(terms, typed) == expected
