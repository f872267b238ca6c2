"""The speaker registry: one entry per person across articles, found from any spelling."""

from __future__ import annotations

import json

import pytest

from corpus.document import Document
from corpus.document import Quote
from corpus.quotes import extract_quotes
from corpus.speakers import SpeakerRegistry, is_surname_of, same_office, speaker_key


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


def test_a_bodys_name_is_one_key_with_or_without_its_quotation_marks():
    assert speaker_key("انجمن حمایت از کودکان کار «آفتاب»") == speaker_key("انجمن حمایت از کودکان کار آفتاب")
    assert speaker_key("ستاد طرح «همدلی زمستانی»") == speaker_key("ستاد طرح همدلی زمستانی")


def test_a_bodys_name_is_one_key_with_or_without_the_parentheses_of_an_honorific():
    # the article writes «کمیته امداد امام خمینی (ره)»; the quote's speaker is read word by word
    assert speaker_key("کمیته امداد امام خمینی (ره) استان کرمان") == speaker_key("کمیته امداد امام خمینی ره استان کرمان")
    assert speaker_key("ستاد اجرایی فرمان امام (ره)") == speaker_key("ستاد اجرایی فرمان امام ره")


def test_a_parenthesised_word_still_counts():  # only the marks go, not what they hold
    assert speaker_key("کمیته امداد امام خمینی (ره) استان کرمان") != speaker_key("کمیته امداد امام خمینی استان کرمان")


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


@pytest.mark.parametrize("order", [1, -1])
def test_a_title_and_surname_is_never_joined_to_a_full_name_across_articles(order):
    # Article b never says which محمدی spoke: it may be another one.
    registry = SpeakerRegistry.from_quotes([quote("دکتر محمدی", "doc-b"), quote("علی محمدی", "doc-a")][::order])
    assert sorted((s.name, s.doc_ids) for s in registry) == [("دکتر محمدی", ["doc-b"]), ("علی محمدی", ["doc-a"])]
    assert [s.name for s in registry.lookup("علی محمدی")] == ["علی محمدی"]
    assert [s.name for s in registry.lookup("محمدی")] == ["دکتر محمدی"]  # its own entry, not a guess


def index_of(tmp_path, articles: list[dict]) -> None:
    """An index at tmp_path/ix of ``articles``, written as one JSON Lines file."""
    from indexer.build import build_index

    news = tmp_path / "news.jsonl"
    news.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in articles), encoding="utf-8")
    build_index([news], tmp_path / "ix")


def test_the_index_registry_follows_the_same_rule(tmp_path):
    from indexer.quote_search import said_by, speaker_registry

    articles = [
        {"id": "a", "title": "خبر یک", "body": "علی محمدی، مدیرکل بهزیستی، گفت: ده مرکز افتتاح می‌شود."},
        {"id": "b", "title": "خبر دو", "body": "دکتر محمدی گفت: بودجه این طرح کافی است."},
    ]
    index_of(tmp_path, articles)
    registry = speaker_registry(tmp_path / "ix")
    assert sorted(s.name for s in registry) == ["علی محمدی", "محمدی"]
    assert {(name, said.quote.doc_id) for name in ("علی محمدی", "محمدی") for said in said_by(tmp_path / "ix", name)[1]} \
        == {("علی محمدی", "a"), ("محمدی", "b")}


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


def test_a_role_written_with_yek_or_a_comma_is_listed_once():
    registry = SpeakerRegistry.from_quotes([
        quote("علی رضایی", role="کارشناس اقتصادی"),
        quote("علی رضایی", role="یک کارشناس اقتصادی"),
        quote("علی رضایی", role="کارشناس، اقتصادی"),
    ])
    assert registry.lookup("علی رضایی")[0].roles == ["کارشناس اقتصادی"]


@pytest.mark.parametrize("written", ["سید دکتر علی رضایی", "حجت‌الاسلام علی رضایی", "آیت الله علی رضایی"])
def test_extraction_and_registry_drop_the_same_honorifics(written):
    (said,) = extract_quotes(Document(id="a", title="خبر", paragraphs=[f"{written} گفت: کار ادامه دارد."]))
    assert said.speaker == "علی رضایی"
    assert speaker_key(written) == speaker_key(said.speaker)


def test_registries_merged_file_by_file_are_the_registry_of_all_their_quotes():
    first = [quote("علی رضایی", "doc-1", "مدیرکل بهزیستی"), quote("مریم رضایی", "doc-1")]
    second = [quote("دکتر علي رضايي", "doc-2", "مدیر کل بهزیستی"), quote("علی رضایی", "doc-1", "استاد دانشگاه"),
              quote("رضایی", "doc-2")]
    merged = SpeakerRegistry.merged(SpeakerRegistry.from_quotes(part).speakers.values() for part in (first, second))
    assert merged.to_rows() == SpeakerRegistry.from_quotes(first + second).to_rows()
    assert merged.lookup("علی رضایی")[0].roles == ["مدیرکل بهزیستی", "استاد دانشگاه"]


def test_a_stored_registry_finds_the_same_people():
    registry = SpeakerRegistry.from_quotes([quote("علی رضایی"), quote("مریم رضایی"), quote("سید حسن آل هاشم")])
    stored = SpeakerRegistry.from_rows(json.loads(json.dumps(registry.to_rows())))
    for name in ("رضایی", "علي رضايي", "آل‌هاشم", "حسن آل هاشم"):
        assert [s.name for s in stored.lookup(name)] == [s.name for s in registry.lookup(name)]
    assert stored.lookup("رضایی") and stored.lookup("آل‌هاشم")


@pytest.mark.parametrize("roles, others, expected", [
    (["وزیر خارجه ایتالیا"], ["وزیر امور خارجه ایتالیا"], True),
    (["مشاور هنری رئیس جمهور"], ["مشاور هنري رييس جمهور"], True),  # any spelling
    (["مدیرعامل باشگاه داماش"], ["سرپرست باشگاه راه آهن"], False),
    (["سخنگو"], ["سخنگوی دولت"], False),  # one word is no office
    ([], ["وزیر کشور"], False),
])
def test_same_office_needs_every_word_of_one_role_in_the_other(roles, others, expected):
    assert same_office(roles, others) is expected


def test_a_bare_surname_joins_the_one_person_who_held_the_same_office():
    registry = SpeakerRegistry.from_quotes([
        quote("جواد شمقدری", "doc-a", "مشاور هنری رئیس جمهور"),
        quote("شمقدری", "doc-b", "مشاور هنري رييس جمهور"),
        quote("شمقدری", "doc-c", "مشاور هنری رئیس جمهور"),
    ]).join_bare_surnames()
    (person,) = list(registry)
    assert (person.name, person.quotes, person.doc_ids) == ("جواد شمقدری", 3, ["doc-a", "doc-b", "doc-c"])
    assert registry.speaker_of(quote("شمقدری")) is person
    stored = SpeakerRegistry.from_rows(json.loads(json.dumps(registry.to_rows())))
    assert stored.speaker_of(quote("شمقدری")).name == "جواد شمقدری"


@pytest.mark.parametrize("others", [
    [quote("علی محمدی", "doc-a", "مدیرکل بهزیستی استان فارس"), quote("رضا محمدی", "doc-c", "مدیرکل بهزیستی استان فارس")],
    [quote("علی محمدی", "doc-a", "استاد دانشگاه تهران")],
    [quote("علی محمدی", "doc-a")],
])
def test_a_bare_surname_stays_apart_without_one_holder_of_its_office(others):
    # Two محمدی held the office, or the only علی محمدی held another one, or none is known.
    registry = SpeakerRegistry.from_quotes([*others, quote("محمدی", "doc-b", "مدیرکل بهزیستی استان فارس")])
    assert "محمدی" in {s.name for s in registry.join_bare_surnames()}


def test_the_index_gives_a_joined_surname_s_quotes_to_the_person(tmp_path):
    from indexer.quote_search import said_by, speaker_registry, who_said
    from indexer.search import search

    articles = [
        {"id": "a", "title": "خبر یک", "body": "جواد شمقدری، مشاور هنری رئیس جمهور، گفت: سینمای کودک تقویت می‌شود."},
        {"id": "b", "title": "خبر دو", "body": "شمقدری، مشاور هنري رييس جمهور، گفت: بودجه جشنواره‌های استانی دو برابر شد."},
    ]
    index_of(tmp_path, articles)
    assert [s.name for s in speaker_registry(tmp_path / "ix")] == ["جواد شمقدری"]
    assert {said.quote.doc_id for said in said_by(tmp_path / "ix", "جواد شمقدری")[1]} == {"a", "b"}
    assert [s.speaker for s in who_said(tmp_path / "ix", "بودجه جشنواره").speakers] == ["جواد شمقدری"]
    assert [hit.id for hit in search(tmp_path / "ix", "بودجه", speaker="جواد شمقدری").hits] == ["b"]


def test_a_surname_written_in_two_words_joins_the_one_holder_of_its_office():
    registry = SpeakerRegistry.from_quotes([
        quote("بهروز سلیمانی فر", "doc-a", "رئیس سازمان بهزیستی کشور"),
        quote("سلیمانی فر", "doc-b", "رييس سازمان بهزيستي كشور"),
    ]).join_bare_surnames()
    (person,) = list(registry)
    assert (person.name, person.quotes) == ("بهروز سلیمانی فر", 2)


def test_a_full_name_inside_a_longer_one_stays_apart_though_the_office_is_the_same():
    # علی رضایی and his brother محمد علی رضایی: «علی» is a given name, not part of a surname
    registry = SpeakerRegistry.from_quotes([
        quote("محمد علی رضایی", "doc-a", "عضو شورای شهر تهران"),
        quote("علی رضایی", "doc-b", "عضو شورای شهر تهران"),
    ]).join_bare_surnames()
    assert {s.name for s in registry} == {"محمد علی رضایی", "علی رضایی"}


def test_a_role_pointing_back_into_its_article_is_not_listed_among_a_persons_offices():
    registry = SpeakerRegistry.from_quotes([
        quote("مهدی طاهرخانی", "doc-a", "مدیرعامل سازمان خدمات اجتماعی شهرداری تهران"),
        quote("مهدی طاهرخانی", "doc-b", "مدیرعامل این سازمان"),
    ])
    (person,) = list(registry)
    assert (person.roles, person.quotes) == (["مدیرعامل سازمان خدمات اجتماعی شهرداری تهران"], 2)
