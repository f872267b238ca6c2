"""The speaker registry the build stores: the same answers as one rebuilt from the quotes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from corpus.quotes import extract_quotes
from corpus.readers import ReadReport, read_file
from corpus.speakers import SpeakerRegistry
from indexer.build import build_index
from indexer.quote_search import _quote, said_by, search_quotes, speaker_registry
from indexer.schema import QUOTES
from indexer.store import open_searcher

NEWS = {
    "a.jsonl": [
        ("a1", "مریم احمدی، رئیس سازمان بهزیستی، گفت: سه مرکز تازه در تهران باز می‌شود."),
        ("a2", "علی رضایی، استاد دانشگاه، گفت: هزینه درمان بالا رفته است."),
    ],
    "b.jsonl": [
        ("b1", "دکتر مریم احمدی گفت: بودجه این طرح کافی نیست."),
        ("b2", "رضایی گفت: دانشجویان باید زودتر ثبت‌نام کنند."),
    ],
    "c.jsonl": [
        ("c1", "حسن کریمی، وزیر کار، گفت: بیکاری در استان کمتر شد."),
        ("c2", "علي رضايي، مدیر دانشکده پزشکی، گفت: کلاس‌ها از شنبه حضوری است."),
    ],
}


def write(folder: Path, name: str, articles: list[tuple[str, str]]) -> None:
    lines = [json.dumps({"id": doc_id, "title": "خبر", "body": body}, ensure_ascii=False) for doc_id, body in articles]
    (folder / name).write_text("\n".join(lines) + "\n", encoding="utf-8")


@pytest.fixture()
def news(tmp_path):
    folder = tmp_path / "news"
    folder.mkdir()
    for name, articles in NEWS.items():
        write(folder, name, articles)
    return folder


def rebuilt_from_files(folder: Path) -> SpeakerRegistry:
    """The registry from every quote, file by file in sorted order, as the build reads them."""
    quotes = (quote for path in sorted(folder.iterdir()) for document in read_file(path.resolve(), path.name, ReadReport())
              for quote in extract_quotes(document))
    return SpeakerRegistry.from_quotes(quotes)


def rebuilt_from_index(index: Path) -> SpeakerRegistry:
    """The registry from the quotes the index holds (in the index's own order)."""
    return SpeakerRegistry.from_quotes(_quote(fields, None) for fields in open_searcher(index, QUOTES).all_stored_fields())


def content(registry: SpeakerRegistry) -> dict:
    """What does not depend on the order quotes are met in."""
    return {s.key: (s.quotes, sorted(s.roles), sorted(s.doc_ids)) for s in registry}


def same_registry(index: Path, folder: Path) -> None:
    stored = speaker_registry(index)
    assert stored.to_rows() == rebuilt_from_files(folder).join_bare_surnames().to_rows()
    assert content(stored) == content(rebuilt_from_index(index).join_bare_surnames())


def test_the_stored_registry_is_the_one_rebuilt_from_the_quotes(news, tmp_path):
    build_index([news], tmp_path / "ix")
    same_registry(tmp_path / "ix", news)
    registry = speaker_registry(tmp_path / "ix")
    assert [(s.name, s.quotes, s.doc_ids) for s in registry] == [
        ("علی رضایی", 2, ["a2", "c2"]), ("مریم احمدی", 2, ["a1", "b1"]), ("حسن کریمی", 1, ["c1"]), ("رضایی", 1, ["b2"]),
    ]
    assert registry.lookup("علی رضایی")[0].roles == ["استاد دانشگاه", "مدیر دانشکده پزشکی"]


def test_an_update_changes_only_the_speakers_of_changed_and_removed_files(news, tmp_path):
    index = tmp_path / "ix"
    build_index([news], index)
    write(news, "b.jsonl", [("b1", "زهرا نوری، معاون وزیر بهداشت، گفت: واکسن کافی داریم.")])
    (news / "c.jsonl").unlink()
    write(news, "d.jsonl", [("d1", "دکتر زهرا نوری گفت: نوبت دوم از هفته آینده است.")])
    build_index([news], index)
    same_registry(index, news)
    registry = speaker_registry(index)
    assert [(s.name, s.quotes, s.doc_ids) for s in registry] == [
        ("زهرا نوری", 2, ["b1", "d1"]), ("علی رضایی", 1, ["a2"]), ("مریم احمدی", 1, ["a1"]),
    ]
    assert registry.lookup("کریمی") == [] and registry.lookup("رضایی")[0].roles == ["استاد دانشگاه"]


def test_an_update_keeps_the_other_files_registries_without_reading_their_quotes(news, tmp_path, monkeypatch):
    index = tmp_path / "ix"
    build_index([news], index)
    met = []
    original = SpeakerRegistry.add
    monkeypatch.setattr(SpeakerRegistry, "add", lambda self, quote: (met.append(quote.doc_id), original(self, quote))[1])
    write(news, "c.jsonl", [("c1", "حسن کریمی، وزیر کار، گفت: بیکاری در استان بیشتر شد.")])
    build_index([news], index, parallel=False)
    assert met == ["c1"]
    same_registry(index, news)


def test_said_by_and_the_speaker_filter_read_the_stored_registry(news, tmp_path):
    build_index([news], tmp_path / "ix")
    person, said = said_by(tmp_path / "ix", "دکتر علی رضایی")
    assert person.name == "علی رضایی"
    assert sorted(s.quote.doc_id for s in said) == ["a2", "c2"]
    found = search_quotes(tmp_path / "ix", "طرح OR مرکز", speaker="مریم احمدي")
    assert sorted(hit.quote.doc_id for hit in found.hits) == ["a1", "b1"]


def test_an_index_from_before_the_stored_registry_asks_for_a_rebuild(news, tmp_path):
    from typer.testing import CliRunner

    from cli import EXIT_INDEX, app

    build_index([news], tmp_path / "ix")
    (record,) = (tmp_path / "ix").rglob("goftar.json")
    record.write_text(json.dumps({**json.loads(record.read_text()), "schema_version": 6}))
    for command in (["speakers"], ["said-by", "مریم احمدی"], ["quotes", "طرح", "--speaker", "مریم احمدی"]):
        result = CliRunner().invoke(app, [*command, "--index", str(tmp_path / "ix")])
        assert result.exit_code == EXIT_INDEX and "goftar index --rebuild" in result.output, command
