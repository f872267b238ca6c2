"""The speaker registry: one entry per person across articles, found from any spelling."""

from __future__ import annotations

import pytest

from corpus.document import Document
from corpus.document import Quote
from corpus.quotes import extract_quotes
from corpus.speakers import SpeakerRegistry, is_surname_of, speaker_key


def quote(speaker: str | None, doc_id: str = "doc-1", role: str | None = None) -> Quote:
    return Quote(doc_id, "body:0", 0, 4, "direct", "گفت", "متن", speaker, role, "name")


@pytest.mark.parametrize("spelling", [
    "نجم‌الدین محمدی",
    "نجم الدین محمدی",
    "نجم‌الدين محمدي",  # Arabic ي
    "سید نجم‌الدین محمدی",
    "دکتر سید نجم الدین محمدی",
    "حجت‌الاسلام نجم‌الدین محمدی",
    "حجت الاسلام و المسلمین نجم الدین محمدی",
    "نجم‌الدین  محمدی",  # two spaces
])
def test_speaker_key_ignores_honorifics_letter_forms_spaces_and_zwnj(spelling):
    assert speaker_key(spelling) == speaker_key("نجم‌الدین محمدی")


def test_speaker_key_drops_a_glued_seyyed_only_before_a_given_name():
    assert speaker_key("سیدمحمدعلی آل‌هاشم") == speaker_key("محمدعلی آل هاشم")
    assert speaker_key("علی سیدی") != speaker_key("علی دی")


def test_different_people_have_different_keys():
    assert speaker_key("علی رضایی") != speaker_key("مریم رضایی")


@pytest.mark.parametrize("short, full, expected", [
    ("رضایی", "علی رضایی", True),
    ("آل هاشم", "محمدعلی آل‌هاشم", True),
    ("هاشم", "محمدعلی آل‌هاشم", False),  # half a surname is no surname
    ("علی رضایی", "علی رضایی", False),  # the full name is not its own surname
    ("احمدی", "علی رضایی", False),
])
def test_is_surname_of_matches_whole_last_words(short, full, expected):
    assert is_surname_of(short, full) is expected


def test_registry_counts_each_person_once_with_roles_and_documents():
    registry = SpeakerRegistry.from_quotes([
        quote("علی رضایی", "doc-1", "مدیرکل بهزیستی"),
        quote("علي رضايي", "doc-1"),
        quote("دکتر علی رضایی", "doc-2", "استاد دانشگاه"),
    ])
    (speaker,) = list(registry)
    assert (speaker.quotes, speaker.roles, speaker.doc_ids) == (3, ["مدیرکل بهزیستی", "استاد دانشگاه"], ["doc-1", "doc-2"])


def test_lookup_finds_a_person_from_any_spelling_or_an_unambiguous_surname():
    registry = SpeakerRegistry.from_quotes([quote("علی رضایی"), quote("مریم احمدی")])
    for spelling in ("علی رضایی", "علي رضايي", "دکتر علی رضایی", "رضایی", "رضايي"):
        assert [s.name for s in registry.lookup(spelling)] == ["علی رضایی"]
    assert registry.lookup("حسینی") == []


def test_two_people_sharing_a_surname_are_never_merged():
    registry = SpeakerRegistry.from_quotes([quote("علی رضایی"), quote("مریم رضایی"), quote("علی رضایی")])
    assert sorted((s.name, s.quotes) for s in registry) == [("علی رضایی", 2), ("مریم رضایی", 1)]


def test_a_shared_surname_is_ambiguous_on_lookup():
    registry = SpeakerRegistry.from_quotes([quote("علی رضایی"), quote("مریم رضایی")])
    assert {s.name for s in registry.lookup("رضایی")} == {"علی رضایی", "مریم رضایی"}
    assert [s.name for s in registry.lookup("مریم رضایی")] == ["مریم رضایی"]


def test_a_surname_only_speaker_joins_the_one_full_name_it_fits():
    registry = SpeakerRegistry.from_quotes([quote("رضایی", "doc-2"), quote("علی رضایی", "doc-1")])
    (speaker,) = list(registry)
    assert (speaker.name, speaker.quotes, speaker.doc_ids) == ("علی رضایی", 2, ["doc-1", "doc-2"])


def test_a_surname_only_speaker_stays_apart_when_two_people_share_it():
    registry = SpeakerRegistry.from_quotes([quote("علی رضایی"), quote("مریم رضایی"), quote("رضایی")])
    assert sorted(s.name for s in registry) == ["رضایی", "علی رضایی", "مریم رضایی"]


def test_unnamed_speakers_are_not_registered():
    registry = SpeakerRegistry.from_quotes([quote(None)])
    assert len(registry) == 0


def test_registry_from_extracted_quotes_joins_a_person_across_articles():
    documents = [
        Document(id="a", title="خبر", paragraphs=["علی رضایی، مدیرکل بهزیستی، گفت: ده مرکز افتتاح می‌شود.",
                                                 "رضایی افزود: بودجه کافی است."]),
        Document(id="b", title="خبر", paragraphs=["دکتر علي رضايي گفت: کار ادامه دارد."]),
    ]
    registry = SpeakerRegistry.from_quotes(q for doc in documents for q in extract_quotes(doc))
    (speaker,) = registry.lookup("رضایی")
    assert (speaker.name, speaker.quotes, speaker.doc_ids, speaker.roles) == (
        "علی رضایی", 3, ["a", "b"], ["مدیرکل بهزیستی"])
