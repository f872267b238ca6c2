"""The commands as a user runs them: output, messages and exit codes."""

import json

import pytest
from typer.testing import CliRunner

from cli import app

runner = CliRunner()

ARTICLE = {
    "id": "winter-1",
    "title": "طرح زمستانه برای کارتن‌خواب‌ها اجرا می‌شود",
    "lead": "گرمخانه‌های تهران آماده پذیرش هستند.",
    "body": "رضا کاظمی، مدیرعامل سازمان خدمات اجتماعی، گفت: ظرفیت گرمخانه‌ها ۱۷ درصد بیشتر شده است.\n\n"
            "وی افزود: سازمان‌های مردم‌نهاد در توزیع پتو همکاری می‌کنند.",
}


@pytest.fixture()
def news(tmp_path):
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "good.jsonl").write_text(json.dumps(ARTICLE, ensure_ascii=False) + "\n", encoding="utf-8")
    return folder


@pytest.fixture()
def index_dir(news, tmp_path):
    result = runner.invoke(app, ["index", str(news), "--index", str(tmp_path / "ix")])
    assert result.exit_code == 0, result.output
    return str(tmp_path / "ix")


def test_first_search_without_an_index_builds_one_from_the_bundled_samples(tmp_path, monkeypatch):
    monkeypatch.delenv("GOFTAR_INDEX", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    result = runner.invoke(app, ["search", "کودکان کار", "--json"])
    assert result.exit_code == 0, result.output
    assert "bundled sample articles" in result.stderr
    assert json.loads(result.stdout)["total"] > 0


def test_search_json_has_the_documented_shape(index_dir):
    result = runner.invoke(app, ["search", "كارتن خواب ها", "--index", index_dir, "--json"])
    data = json.loads(result.stdout)
    assert data["total"] == 1 and data["query"] == "كارتن خواب ها"
    hit = data["hits"][0]
    assert {"rank", "id", "score", "title", "snippet", "highlights"} <= hit.keys() and hit["id"] == "winter-1"


@pytest.mark.parametrize("args, code, message", [
    (["search", ""], 2, "empty"),
    (["search", "   "], 2, "empty"),
    (["search", "فضانورد"], 1, "No article"),
    (["show", "nope"], 3, "no article"),
])
def test_user_mistakes_get_a_message_and_an_exit_code_not_a_traceback(index_dir, args, code, message):
    result = runner.invoke(app, args + ["--index", index_dir])
    assert result.exit_code == code
    assert message in result.output and "Traceback" not in result.output


def test_a_missing_index_says_how_to_build_one(tmp_path):
    result = runner.invoke(app, ["search", "کودکان", "--index", str(tmp_path / "none")])
    assert result.exit_code == 3 and "goftar index" in result.stderr


def test_a_corrupt_file_is_named_and_the_good_articles_still_indexed(news, tmp_path):
    (news / "broken.json").write_text('[{"title": "نیمه', encoding="utf-8")
    result = runner.invoke(app, ["index", str(news), "--index", str(tmp_path / "ix")])
    assert result.exit_code == 4
    assert "broken.json" in result.stderr and "not valid JSON" in result.stderr
    found = runner.invoke(app, ["search", "گرمخانه", "--index", str(tmp_path / "ix"), "--json"])
    assert json.loads(found.stdout)["total"] == 1


def test_batch_search_writes_a_trec_run(index_dir, tmp_path):
    queries = tmp_path / "q.tsv"
    queries.write_text("q1\tگرمخانه\nq2\tپتو\n", encoding="utf-8")
    result = runner.invoke(app, ["search", "--batch", str(queries), "--format", "trec", "--index", index_dir])
    lines = [line.split("\t") for line in result.stdout.splitlines()]
    assert [(l[0], l[2], l[3]) for l in lines] == [("q1", "winter-1", "1"), ("q2", "winter-1", "1")]


def test_extract_prints_one_json_quote_per_line_with_its_speaker(news):
    result = runner.invoke(app, ["extract", str(news), "--json"])
    quotes = [json.loads(line) for line in result.stdout.splitlines()]
    assert {"doc_id", "where", "start", "end", "kind", "cue", "text", "speaker", "role", "ref"} <= quotes[0].keys()
    assert [q["speaker"] for q in quotes] == ["رضا کاظمی", "رضا کاظمی"]
    assert [q["ref"] for q in quotes] == ["name", "pronoun"]


def test_who_said_names_the_speaker_of_a_matching_quote(index_dir):
    result = runner.invoke(app, ["who", "توزیع پتو", "--index", index_dir, "--json"])
    data = json.loads(result.stdout)
    assert data["speakers"][0]["speaker"] == "رضا کاظمی"
    assert "پتو" in data["speakers"][0]["quotes"][0]["text"]


def test_said_by_finds_a_person_from_a_bare_surname(index_dir):
    result = runner.invoke(app, ["said-by", "كاظمي", "--index", index_dir, "--json"])
    assert result.exit_code == 0, result.output
    assert len(json.loads(result.stdout)["quotes"]) == 2
