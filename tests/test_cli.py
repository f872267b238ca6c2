"""The commands as a user runs them: output, messages and exit codes."""

import csv
import io
import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cli import app
from conftest import TERMINAL
from indexer.store import META_FILE, index_lock, live_generation, read_meta

runner = CliRunner()

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


def test_a_sample_index_from_an_older_goftar_is_rebuilt_not_refused(tmp_path, monkeypatch):
    monkeypatch.delenv("GOFTAR_INDEX", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    assert runner.invoke(app, ["search", "کودکان کار"]).exit_code == 0
    _age_the_index(tmp_path / "goftar" / "index")
    result = runner.invoke(app, ["search", "کودکان کار", "--json"])
    assert result.exit_code == 0, result.output
    assert "another goftar version: re-indexed" in result.stderr and json.loads(result.stdout)["total"] > 0


def test_a_default_index_of_the_users_own_files_from_an_older_goftar_is_left_alone(news, tmp_path, monkeypatch):
    monkeypatch.delenv("GOFTAR_INDEX", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    assert runner.invoke(app, ["index", str(news)]).exit_code == 0
    _age_the_index(tmp_path / "goftar" / "index")
    result = runner.invoke(app, ["search", "کودکان کار"])
    assert result.exit_code == 3 and "goftar index --rebuild" in result.stderr and str(news) in result.stderr


def _age_the_index(index_dir):
    """Make the live index look built by a goftar of another schema."""
    record = live_generation(index_dir) / META_FILE
    record.write_text(json.dumps({**json.loads(record.read_text()), "schema_version": 1}))


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
    (["show", "nope"], 1, "no article"),  # like an unknown speaker: nothing found
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


def test_who_batch_answers_each_query_under_its_id(index_dir, tmp_path):
    queries = tmp_path / "q.tsv"
    queries.write_text("q7\tتوزیع پتو\n\nظرفیت گرمخانه\n", encoding="utf-8")
    result = runner.invoke(app, ["who", "--batch", str(queries), "--index", index_dir])
    answers = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(a["id"], a["query"]) for a in answers] == [("q7", "توزیع پتو"), ("3", "ظرفیت گرمخانه")]
    assert answers[0]["speakers"][0]["speaker"] == "رضا کاظمی"


def test_who_batch_names_an_empty_query_by_file_and_line_and_answers_the_rest(index_dir, tmp_path):
    queries = tmp_path / "batch.tsv"
    queries.write_text("q1\tتوزیع پتو\nq4\t\nq5\tظرفیت گرمخانه\n", encoding="utf-8")
    result = runner.invoke(app, ["who", "--batch", str(queries), "--index", index_dir])
    assert result.exit_code == 0, result.output
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == ["q1", "q5"]
    assert f"{queries}:2" in result.stderr


def test_batch_queries_can_come_from_standard_input(index_dir):
    piped = "q7\tتوزیع پتو\nq8\tظرفيت گرمخانه\n".encode("utf-8")
    who = runner.invoke(app, ["who", "--batch", "-", "--index", index_dir], input=piped)
    search_run = runner.invoke(app, ["search", "--batch", "-", "--format", "trec", "--index", index_dir], input=piped)
    assert [json.loads(line)["id"] for line in who.stdout.splitlines()] == ["q7", "q8"]
    assert {line.split("\t")[0] for line in search_run.stdout.splitlines()} == {"q7", "q8"}


def test_a_batch_that_is_not_utf8_or_empty_says_so(index_dir):
    not_utf8 = runner.invoke(app, ["search", "--batch", "-", "--index", index_dir], input="کودکان".encode("cp1256"))
    empty = runner.invoke(app, ["who", "--batch", "-", "--index", index_dir], input=b"\n\n")
    assert not_utf8.exit_code == 2 and "not UTF-8" in not_utf8.output and "Traceback" not in not_utf8.output
    assert empty.exit_code == 2 and "no queries in -" in empty.output


def test_said_by_a_role_lists_who_held_it_with_dates_and_quotes(roles):
    result = runner.invoke(app, ["said-by", "رییس سازمان بهزیستی", "--index", roles, "--json"])
    assert result.exit_code == 0, result.output
    holders = json.loads(result.stdout)["holders"]
    assert [(h["speaker"], h["speaker_type"], h["dates"]) for h in holders] == [
        ("نادر پاکزاد", "person", ["2018-04-30"]),
        (None, "unnamed", ["2019-09-23"]),
        ("کاوه نیک‌اندیش", "person", ["2020-06-09"]),
    ]
    assert "مراکز نگهداری" in holders[2]["quotes"][0]["text"]


def test_who_shows_an_unnamed_speaker_by_role_never_as_a_blank(roles):
    result = runner.invoke(app, ["who", "مستمری معلولان", "--index", roles, "--json"])
    found = json.loads(result.stdout)["speakers"][0]
    assert (found["speaker"], found["speaker_type"], found["role"]) == (None, "unnamed", "رئیس سازمان بهزیستی کشور")
    shown = runner.invoke(app, ["who", "مستمری معلولان", "--index", roles, "--no-bidi"]).stdout
    assert "(unnamed)  رئیس سازمان بهزیستی کشور" in shown


# --- Dates, filters and sorting ---------------------------------------------------------

def ids(result) -> list[str]:
    assert result.exit_code == 0, result.output
    return [hit["id"] for hit in json.loads(result.stdout)["hits"]]


@pytest.mark.parametrize("options, expected", [
    ([], {"winter-1", "d-9806", "d-9810", "fars-url"}),
    (["--category", "اقتصادی"], {"d-9810"}),
    (["--category", "اقتصادی/بیمه"], {"d-9810"}),
    (["--category", "اجتماعي"], {"d-9806", "fars-url"}),  # Arabic ي finds اجتماعی
    (["--source", "ایسنا"], {"d-9806"}),
    (["--source", "فارس", "--category", "اجتماعی"], {"fars-url"}),
    (["--from", "1398/10"], {"d-9810", "fars-url"}),                   # Jalali month: from its first day
    (["--from", "۱۳۹۸/۱۰/۱۵", "--to", "۱۳۹۸/۱۰/۱۵"], {"d-9810"}),         # Persian digits, one day
    (["--to", "1398"], {"d-9806", "d-9810"}),                          # a year: to its last day
    (["--from", "2020-01-01", "--to", "2020-02"], {"d-9810"}),           # Gregorian, month to its end
    (["--from", "2020"], {"d-9810", "fars-url"}),
    (["--from", "17 شهریور 1398", "--to", "2019-09-08"], {"d-9806"}),
    (["--speaker", "طاهرخاني"], {"d-9806"}),                          # articles quoting him, any spelling
    (["--speaker", "رضا محمدی", "--source", "فارس"], {"fars-url"}),
])
def test_filters_narrow_the_results(dated, options, expected):
    result = runner.invoke(app, ["search", "گرمخانه", "--index", dated, "--json", *options])
    assert set(ids(result)) == expected


@pytest.mark.parametrize("name, code, message", [
    ("محمدی", 2, "may be any of"),      # two people share the surname
    ("فضانورد", 1, "no speaker named"),
])
def test_search_by_an_ambiguous_or_unknown_speaker(dated, name, code, message):
    result = runner.invoke(app, ["search", "گرمخانه", "--speaker", name, "--index", dated])
    assert result.exit_code == code and message in result.stderr


def test_a_speakers_articles_are_counted_and_paged_among_themselves(dated):
    result = json.loads(runner.invoke(app, ["search", "گرمخانه", "--speaker", "علی محمدی", "--index", dated,
                                            "--json", "-n", "1"]).stdout)
    assert (result["total"], [hit["rank"] for hit in result["hits"]]) == (1, [1])


def test_sort_by_date_puts_the_newest_first(dated):
    result = runner.invoke(app, ["search", "گرمخانه", "--index", dated, "--json", "--sort", "date", "--from", "1390"])
    assert ids(result) == ["fars-url", "d-9810", "d-9806"]
    everything = json.loads(runner.invoke(app, ["search", "گرمخانه", "--index", dated, "--json", "--sort", "date"]).stdout)
    dates = [hit["date"] for hit in everything["hits"] if hit["date"]]
    assert dates == sorted(dates, reverse=True) and len(dates) == 3


def test_quotes_take_the_same_filters_and_sort(dated):
    base = ["quotes", "گرمخانه", "--index", dated, "--json"]
    newest = json.loads(runner.invoke(app, base + ["--sort", "date", "--from", "1390"]).stdout)["quotes"]
    assert [q["doc_id"] for q in newest] == ["fars-url", "d-9810", "d-9806"]
    only = json.loads(runner.invoke(app, base + ["--source", "فارس", "--to", "1398"]).stdout)["quotes"]
    assert [q["speaker"] for q in only] == ["علی محمدی"]


def test_who_takes_the_filters(dated):
    result = runner.invoke(app, ["who", "گرمخانه", "--index", dated, "--json", "--source", "فارس"])
    assert {s["speaker"] for s in json.loads(result.stdout)["speakers"]} == {"علی محمدی", "رضا محمدی"}


def test_dates_show_jalali_by_default_gregorian_on_request_and_say_when_read_from_the_url(dated):
    jalali = runner.invoke(app, ["search", "گرمخانه", "--index", dated])
    assert "۱۳۹۸/۰۶/۱۷" in jalali.stdout and "۱۳۹۹/۰۲/۱۵ (از نشانی)" in jalali.stdout
    assert "2019-09-08" not in jalali.stdout
    gregorian = runner.invoke(app, ["search", "گرمخانه", "--index", dated, "--gregorian"])
    assert "2019-09-08" in gregorian.stdout and "2020-05-04 (from url)" in gregorian.stdout


def test_json_dates_are_iso_and_jalali(dated):
    hits = {h["id"]: h for h in json.loads(runner.invoke(app, ["search", "گرمخانه", "--index", dated, "--json"]).stdout)["hits"]}
    assert (hits["d-9806"]["date"], hits["d-9806"]["date_jalali"], hits["d-9806"]["date_source"]) == ("2019-09-08", "1398/06/17", "field")
    assert (hits["fars-url"]["date"], hits["fars-url"]["date_jalali"], hits["fars-url"]["date_source"]) == ("2020-05-04", "1399/02/15", "url")
    assert (hits["winter-1"]["date"], hits["winter-1"]["date_jalali"]) == ("", "")
    quote = json.loads(runner.invoke(app, ["quotes", "پتو", "--index", dated, "--json"]).stdout)["quotes"][0]
    assert (quote["date"], quote["date_jalali"]) == ("2020-05-04", "1399/02/15")


@pytest.mark.parametrize("args, message", [
    (["search", "گرمخانه", "--from", "1398/13/01"], "is not a date"),
    (["search", "گرمخانه", "--to", "دیروز"], "is not a date"),
    (["search", "گرمخانه", "--from", "1390/12/30"], "not a leap year"),
    (["quotes", "گرمخانه", "--from", "08/09/2019"], "is not a date"),
    (["who", "گرمخانه", "--from", "1399", "--to", "1398"], "is after"),
    (["search", "گرمخانه", "--sort", "newest"], "newest"),
    (["quotes", "گرمخانه", "--json", "--format", "csv"], "two formats"),
    (["speakers", "--format", "xlsx"], "xlsx"),
])
def test_bad_values_get_one_clear_message_and_exit_2(dated, args, message):
    result = runner.invoke(app, args + ["--index", dated])
    assert result.exit_code == 2, result.output
    assert message in result.output and "Traceback" not in result.output


def test_nothing_found_with_filters_says_which_filters(dated):
    # both values are in the index, but no article has both
    result = runner.invoke(app, ["search", "گرمخانه", "--index", dated, "--category", "اقتصادی", "--source", "ایسنا"])
    assert result.exit_code == 1
    assert "category 'اقتصادی' and source 'ایسنا' have none in common" in result.stderr and "goftar stats" in result.stderr


@pytest.mark.parametrize("option, value, listed", [
    ("--category", "ورزشی", ["اجتماعی", "اقتصادی"]),
    ("--source", "مهر", ["فارس", "ایسنا"]),
])
def test_a_filter_value_the_index_lacks_is_named_with_the_values_there_are(dated, option, value, listed):
    for command in (["search", "گرمخانه"], ["quotes", "گرمخانه"], ["who", "گرمخانه"]):
        result = runner.invoke(app, [*command, "--index", dated, option, value, "--json"])
        assert result.exit_code == 2, (command, result.output)
        assert f"{value!r}" in result.stderr and all(name in result.stderr for name in listed), result.stderr
        assert not result.stdout  # no "4 articles" over an empty list


# --- Formats -------------------------------------------------------------------------------


def read_csv(result) -> list[dict]:
    assert result.exit_code == 0, result.output
    raw = result.stdout_bytes
    assert raw.startswith("\ufeff".encode("utf-8")), "CSV must start with a UTF-8 byte-order mark"
    return list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))


def test_quotes_csv_has_a_bom_a_header_and_one_persian_row_per_quote(dated):
    rows = read_csv(runner.invoke(app, ["quotes", "گرمخانه", "--index", dated, "--format", "csv", "--sort", "date",
                                       "--from", "1390"]))
    assert list(rows[0])[:4] == ["rank", "score", "speaker", "role"]
    assert rows[0]["speaker"] == "رضا محمدی" and rows[0]["text"] == "هزار پتو به گرمخانه‌ها رسید."
    assert rows[0]["date_jalali"] == "1399/02/15" and rows[0]["doc_id"] == "fars-url"
    assert len(rows) == 3


def test_who_speakers_and_said_by_write_csv_too(dated):
    who = read_csv(runner.invoke(app, ["who", "پتو", "--index", dated, "--format", "csv"]))
    assert {r["speaker"] for r in who} >= {"رضا محمدی", "رضا کاظمی"} and who[0]["speaker_rank"] == "1"
    people = read_csv(runner.invoke(app, ["speakers", "--index", dated, "--format", "csv"]))
    kazemi = next(r for r in people if r["speaker"] == "رضا کاظمی")
    assert kazemi["quotes"] == "2" and kazemi["doc_ids"] == "winter-1"
    said = read_csv(runner.invoke(app, ["said-by", "طاهرخانی", "--index", dated, "--format", "csv"]))
    assert [(r["speaker"], r["date_jalali"]) for r in said] == [("مهدی طاهرخانی", "1398/06/17")]


@pytest.mark.parametrize("args, keys", [
    (["search", "گرمخانه"], {"query", "total", "page", "matched", "notice", "words", "all_words", "hits"}),
    (["quotes", "گرمخانه"], {"query", "total", "notice", "quotes"}),
    (["who", "گرمخانه"], {"query", "notice", "speakers"}),
    (["speakers"], {"speakers"}),
    (["said-by", "طاهرخانی"], {"speaker", "roles", "quotes"}),
    (["show", "d-9806"], {"id", "title", "paragraphs", "date", "date_jalali", "quotes"}),
    (["stats"], {"documents", "quotes", "speakers", "by_category", "by_source", "by_year", "top_speakers"}),
])
def test_every_command_has_json_with_its_documented_keys(dated, args, keys):
    result = runner.invoke(app, args + ["--index", dated, "--json"])
    assert result.exit_code == 0, result.output
    assert keys <= json.loads(result.stdout).keys()


def test_json_hits_say_how_many_query_words_they_matched(dated):
    found = json.loads(runner.invoke(app, ["search", "گرمخانه مستمری", "--index", dated, "--json"]).stdout)
    assert (found["words"], found["all_words"], found["matched"], found["total"]) == (2, 1, "all", 4)
    assert [(hit["id"], hit["words_matched"]) for hit in found["hits"]][:1] == [("d-9810", 2)]
    assert [hit["words_matched"] for hit in found["hits"][1:]] == [1, 1, 1]


def test_the_text_listing_says_how_many_articles_have_all_the_words(dated):
    result = runner.invoke(app, ["search", "گرمخانه مستمری", "--index", dated])
    assert result.exit_code == 0 and "4 articles; 1–4 (1 with all 2 words)" in result.stdout


def test_stats_counts_by_category_source_and_year_in_either_calendar(dated):
    data = json.loads(runner.invoke(app, ["stats", "--index", dated, "--json"]).stdout)
    assert (data["documents"], data["quotes"], data["speakers"]) == (4, 5, 4)
    assert data["by_category"] == {"اجتماعی": 2, "اقتصادی": 1}
    assert data["by_source"] == {"فارس": 2, "ایسنا": 1}
    assert data["by_year"] == {"1398": 2, "1399": 1}
    assert json.loads(runner.invoke(app, ["stats", "--index", dated, "--json", "--gregorian"]).stdout)["by_year"] == {"2019": 1, "2020": 2}
    assert data["top_speakers"][0] == {"speaker": "رضا کاظمی", "quotes": 2}
    text = runner.invoke(app, ["stats", "--index", dated]).stdout
    assert "By year (Jalali)" in text and "۱۳۹۸" in text and "(no date)" in text and "Top speakers" in text


def test_version():
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0
    assert re.fullmatch(r"goftar (\d+\.\d+\S*|unknown)\n", result.stdout)


def test_show_marks_each_quote_and_names_its_speaker(dated):
    result = runner.invoke(app, ["show", "winter-1", "--index", dated], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    assert "ظرفیت گرمخانه‌ها ۱۷ درصد بیشتر شده است. [1]" in result.stdout
    assert "در توزیع پتو همکاری می‌کنند. [2]" in result.stdout
    assert "[1] رضا کاظمی، مدیرعامل سازمان خدمات اجتماعی" in result.stdout
    coloured = runner.invoke(app, ["show", "winter-1", "--index", dated], env={"FORCE_COLOR": "1", "TERM": "xterm-256color", "GOFTAR_BIDI": "0"})
    assert "\x1b[32mظرفیت گرمخانه‌ها" in coloured.stdout  # the quote itself is marked
    quotes = json.loads(runner.invoke(app, ["show", "winter-1", "--index", dated, "--json"]).stdout)["quotes"]
    assert [q["speaker"] for q in quotes] == ["رضا کاظمی", "رضا کاظمی"]


@pytest.mark.parametrize("name, code, message", [
    ("محمدی", 2, "may be any of"),      # two people share the surname
    ("فضانورد", 1, "no speaker named"),
    ("  ", 2, "the name is empty"),
])
def test_said_by_an_ambiguous_or_unknown_name(dated, name, code, message):
    result = runner.invoke(app, ["said-by", name, "--index", dated])
    assert result.exit_code == code and message in result.stderr


# --- Indexing: summary, progress, --strict, --wait, Ctrl-C ------------------------------------


def test_index_summary_names_each_skipped_input_and_what_was_done(news, tmp_path):
    (news / "broken.json").write_text('[{"title": "نیمه', encoding="utf-8")
    (news / "lines.jsonl").write_text('{"title": "خبر یک", "body": "متن"}\n{oops\n', encoding="utf-8")
    result = runner.invoke(app, ["index", str(news), "--index", str(tmp_path / "ix")])
    assert result.exit_code == 4
    assert "Indexed 2 articles and 2 quotes" in result.stderr and "3 seen, 3 read, 0 unchanged" in result.stderr
    assert "Skipped 2" in result.stderr
    assert re.search(r"broken\.json(:1)?\s+not valid JSON.*→ skipped", result.stderr)
    assert re.search(r"lines\.jsonl:2\s+.*→ skipped", result.stderr)
    quiet = runner.invoke(app, ["index", str(news), "--index", str(tmp_path / "ix2"), "--quiet", "--json"])
    assert quiet.exit_code == 4
    assert "Indexed" not in quiet.stderr and "broken.json" in quiet.stderr  # --quiet still names problems
    report = json.loads(quiet.stdout)
    assert (report["documents_indexed"], report["files_seen"], report["skipped"]) == (2, 3, 2)
    assert report["problems"][0].keys() == {"path", "line", "message", "action"}


def test_the_progress_bar_shows_only_on_a_terminal_and_not_with_quiet(news, tmp_path):
    piped = runner.invoke(app, ["index", str(news), "--index", str(tmp_path / "a")])
    assert "indexing" not in piped.stderr
    shown = runner.invoke(app, ["index", str(news), "--index", str(tmp_path / "b")], env=TERMINAL)
    assert "indexing" in shown.stderr and "articles" in shown.stderr
    quiet = runner.invoke(app, ["index", str(news), "--index", str(tmp_path / "c"), "--quiet"], env=TERMINAL)
    assert "indexing" not in quiet.stderr


def test_strict_exits_non_zero_and_writes_nothing(news, tmp_path, index_dir):
    (news / "new.jsonl").write_text(json.dumps({"id": "new-1", "title": "خبر تازه درباره فضانورد", "body": "متن"},
                                               ensure_ascii=False) + "\n", encoding="utf-8")
    (news / "broken.json").write_text('[{"title": "نیمه', encoding="utf-8")
    result = runner.invoke(app, ["index", str(news), "--index", index_dir, "--strict"])
    assert result.exit_code == 4
    assert "--strict" in result.stderr and "broken.json" in result.stderr and "nothing was written" in result.stderr
    assert runner.invoke(app, ["search", "فضانورد", "--index", index_dir]).exit_code == 1  # the good new one too
    fresh = tmp_path / "fresh"
    assert runner.invoke(app, ["index", str(news), "--index", str(fresh), "--strict"]).exit_code == 4
    assert read_meta(fresh) is None


def test_wait_for_a_busy_index_says_so_and_gives_up_with_exit_5(news, index_dir):
    with index_lock(Path(index_dir)):
        now = runner.invoke(app, ["index", str(news), "--index", index_dir])
        later = runner.invoke(app, ["index", str(news), "--index", index_dir, "--wait", "0.5"])
    assert now.exit_code == 5 and "another goftar index run is writing" in now.stderr
    assert "waiting" not in now.stderr
    assert later.exit_code == 5
    assert "another goftar index run is writing; waiting up to 0.5 s" in later.stderr
    assert runner.invoke(app, ["index", str(news), "--index", index_dir, "--wait", "0.5"]).exit_code == 0


def test_a_wait_that_times_out_says_it_waited_and_the_other_run_still_holds_the_index(news, tmp_path):
    index_dir = tmp_path / "نمایه"
    index_dir.mkdir()
    with index_lock(index_dir):
        later = runner.invoke(app, ["index", str(news), "--index", str(index_dir), "--wait", "0.4"])
    assert later.exit_code == 5
    assert f"waited 0.4 s and another goftar index run still holds {index_dir}" in later.stderr
    assert "give --wait SECONDS" not in later.stderr


def test_ctrl_c_stops_with_130_and_leaves_the_last_index(news, index_dir, monkeypatch):
    for n in range(3):
        (news / f"more-{n}.jsonl").write_text(json.dumps({"id": f"m{n}", "title": f"فضانورد شماره {n}", "body": "متن"},
                                                         ensure_ascii=False) + "\n", encoding="utf-8")
    import indexer.build

    real = indexer.build.build_index

    def interrupted(*args, **kwargs):
        def progress(done):
            if done.articles == 2:
                raise KeyboardInterrupt
        return real(*args, **{**kwargs, "progress": progress})

    monkeypatch.setattr(indexer.build, "build_index", interrupted)
    result = runner.invoke(app, ["index", str(news), "--index", index_dir])
    assert result.exit_code == 130
    assert "interrupted; the index is as the last completed run left it" in result.stderr
    assert runner.invoke(app, ["search", "فضانورد", "--index", index_dir]).exit_code == 1
    assert runner.invoke(app, ["search", "گرمخانه", "--index", index_dir]).exit_code == 0


def test_search_batch_formats_are_only_for_batches(dated):
    result = runner.invoke(app, ["search", "پتو", "--format", "trec", "--index", dated])
    assert result.exit_code == 2 and "--batch" in result.output


def test_search_csv_has_a_bom_a_header_and_one_row_per_article(dated):
    rows = read_csv(runner.invoke(app, ["search", "گرمخانه", "--index", dated, "--format", "csv", "--sort", "date"]))
    assert list(rows[0])[:4] == ["rank", "score", "id", "title"]
    assert [r["id"] for r in rows] == ["fars-url", "d-9810", "d-9806", "winter-1"]  # undated last
    assert rows[0]["title"] == "پتو برای گرمخانه‌های مشهد" and rows[0]["date_jalali"] == "1399/02/15"
    assert runner.invoke(app, ["search", "گرمخانه", "--index", dated, "--json", "--format", "csv"]).exit_code == 2


def test_batch_search_takes_the_filters(dated, tmp_path):
    queries = tmp_path / "q.tsv"
    queries.write_text("q1\tگرمخانه\n", encoding="utf-8")
    result = runner.invoke(app, ["search", "--batch", str(queries), "--index", dated, "--source", "ایسنا"])
    assert [hit["id"] for hit in json.loads(result.stdout)["hits"]] == ["d-9806"]


def test_serve_runs_the_web_page_over_the_chosen_index(dated, monkeypatch, tmp_path):
    import web

    calls = []
    monkeypatch.setattr(web, "serve", lambda index_dir, host, port: calls.append((str(index_dir), host, port)))
    result = runner.invoke(app, ["serve", "--index", dated, "--port", "8123"])
    assert result.exit_code == 0, result.output
    assert calls == [(dated, "127.0.0.1", 8123)] and "http://127.0.0.1:8123/" in result.stderr
    missing = runner.invoke(app, ["serve", "--index", str(tmp_path / "none")])
    assert missing.exit_code == 3 and "goftar index" in missing.stderr


def test_colour_only_on_a_terminal_and_never_with_no_color(dated):
    piped = runner.invoke(app, ["search", "پتو", "--index", dated])
    assert "\x1b[" not in piped.stdout
    coloured = runner.invoke(app, ["search", "پتو", "--index", dated, "--no-bidi"], env=TERMINAL)
    assert "\x1b[1;33m" in coloured.stdout  # highlighted words: bold yellow
    plain = runner.invoke(app, ["search", "پتو", "--index", dated, "--no-bidi"], env={**TERMINAL, "NO_COLOR": "1"})
    assert not re.search(r"\x1b\[[0-9;]*3[0-9]m", plain.stdout)  # no foreground colour


# --- What the user typed, and what was found --------------------------------------------------


@pytest.mark.parametrize("args", [["search", "کودک‌آزاری"], ["quotes", "کودک‌آزاری"], ["who", "کودک‌آزاری"],
                                  ["said-by", "نیک‌نام"], ["quotes", "پتو", "--speaker", "نیک‌نام"]])
def test_messages_print_a_zwnj_as_typed_not_as_an_escape(dated, args):
    result = runner.invoke(app, args + ["--index", dated])
    assert result.exit_code == 1
    assert "\\u200c" not in result.stderr and ("'کودک\u200cآزاری'" in result.stderr or "'نیک\u200cنام'" in result.stderr)


def test_extract_names_the_article_each_quote_comes_from(news):
    lines = runner.invoke(app, ["extract", str(news), "--no-bidi"], env={"COLUMNS": "200"}).stdout.splitlines()
    assert lines[0] == "طرح زمستانه برای کارتن‌خواب‌ها اجرا می‌شود" and lines[1] == "winter-1"
    assert "رضا کاظمی" in lines[2] and "ظرفیت گرمخانه‌ها ۱۷ درصد بیشتر شده است." in lines[3]


AGENCY = [  # ids are urls, as in a Fars dump without an id field
    {"url": "https://www.farsnews.com/news/13920229000901/کودکان-کار-در-تهران", "title": "کودکان کار در تهران",
     "body": "سارا احمدی، مدیرکل بهزیستی، گفت: سه هزار کودک کار شناسایی شدند."},
    {"url": "https://www.farsnews.com/news/13920229000902/3-گرمخانه", "title": "سه گرمخانهٔ تازه",
     "body": "گرمخانه باز شد."},
    {"url": "https://news.example.ir/13920229000902", "title": "گرمخانهٔ دیگر", "body": "گرمخانه‌ای دیگر باز شد."},
]


@pytest.fixture(scope="module")
def agency(tmp_path_factory):
    folder = tmp_path_factory.mktemp("agency")
    (folder / "fars.json").write_text(json.dumps(AGENCY, ensure_ascii=False), encoding="utf-8")
    result = runner.invoke(app, ["index", str(folder / "fars.json"), "--index", str(folder / "ix")])
    assert result.exit_code == 0, result.output
    return str(folder / "ix")


@pytest.mark.parametrize("number", ["13920229000901", "۱۳۹۲۰۲۲۹۰۰۰۹۰۱"])
def test_show_takes_the_bare_number_an_agency_url_holds(agency, number):
    result = runner.invoke(app, ["show", number, "--index", agency, "--json"])
    assert result.exit_code == 0, result.output
    article = json.loads(result.stdout)
    assert article["id"] == AGENCY[0]["url"] and article["quotes"][0]["speaker"] == "سارا احمدی"


def test_show_lists_every_article_a_shared_number_could_mean(agency):
    result = runner.invoke(app, ["show", "13920229000902", "--index", agency])
    assert result.exit_code == 2
    assert AGENCY[1]["url"] in result.stderr and AGENCY[2]["url"] in result.stderr


@pytest.mark.parametrize("number", ["1392022900016", "39202290001670", "13920229000169", "3"])  # 3: in a slug
def test_show_of_a_number_no_url_holds_whole_is_nothing_found(agency, number):
    result = runner.invoke(app, ["show", number, "--index", agency])
    assert result.exit_code == 1 and "no article with id" in result.stderr


def test_speakers_role_narrows_to_people_with_that_role_in_any_spelling(dated):
    def names(*role):
        result = runner.invoke(app, ["speakers", "--index", dated, "--json", *role])
        return result.exit_code, [p["speaker"] for p in json.loads(result.stdout or '{"speakers": []}')["speakers"]]

    assert names("--role", "بهزيستي") == (0, ["رضا محمدی"])  # Arabic ي in the option, Persian ی in the article
    code, found = names("--role", "مدیرعامل سازمان خدمات")  # the role's words in order, as a phrase
    assert code == 0 and sorted(found) == ["رضا کاظمی", "مهدی طاهرخانی"]
    assert names("--role", "مدیرعامل اجتماعی")[0] == 1  # both words in one role, but apart: another office
    assert names("--role", "وزیر بهزیستی")[0] == 1  # the words are in two people's roles, never in one
    missing = runner.invoke(app, ["speakers", "--index", dated, "--role", "فضانورد"])
    assert missing.exit_code == 1 and "'فضانورد'" in missing.stderr


def test_search_and_show_name_a_slug_category_by_its_persian_label(tmp_path):
    article = {"id": "slug-1", "title": "بیمهٔ کودکان کار", "category": "social/welfare", "body": "بیمهٔ کودکان کار."}
    (tmp_path / "news.json").write_text(json.dumps(article, ensure_ascii=False), encoding="utf-8")
    ix = str(tmp_path / "ix")
    assert runner.invoke(app, ["index", str(tmp_path / "news.json"), "--index", ix]).exit_code == 0
    for args in (["search", "بیمه"], ["show", "slug-1"]):
        shown = runner.invoke(app, [*args, "--index", ix, "--no-bidi"]).stdout
        assert "اجتماعی/رفاه" in shown and "social" not in shown, args
    assert json.loads(runner.invoke(app, ["show", "slug-1", "--index", ix, "--json"]).stdout)["category"] == "social/welfare"


@pytest.mark.parametrize("command", [["search", "بیمه"], ["who", "توزیع پتو"], ["quotes", "پتو"], ["speakers"],
                                     ["said-by", "رضا کاظمی"], ["show", "x"], ["stats"], ["index", "NEWS"]])
def test_an_index_path_that_is_a_file_is_named_as_a_file_not_an_index_folder(command, news, tmp_path):
    a_file = tmp_path / "پرونده"
    a_file.write_text("")
    args = [str(news) if arg == "NEWS" else arg for arg in command]
    result = runner.invoke(app, [*args, "--index", str(a_file)])
    assert result.exit_code == 3, result.output
    assert f"{a_file} is a file, not an index folder; give a folder with --index" in result.stderr
    assert "rebuild" not in result.stderr


def test_a_long_name_or_id_is_echoed_in_an_error_by_its_first_60_characters(index_dir):
    name = "وزیر آموزش و پرورش " * 250
    said = runner.invoke(app, ["said-by", name, "--index", index_dir])
    shown = runner.invoke(app, ["show", name, "--index", index_dir])
    for result in (said, shown):
        assert result.exit_code == 1, result.output
        assert f"'{name[:60].rstrip()}…'" in result.stderr.replace("\n", " ") and len(result.stderr) < 300


@pytest.mark.parametrize("doc_id", ["", "  ", "\u200c"])
def test_show_with_an_empty_id_is_bad_usage_not_an_unknown_article(index_dir, doc_id):
    result = runner.invoke(app, ["show", doc_id, "--index", index_dir])
    assert result.exit_code == 2, result.output
    assert "the id is empty" in result.stderr and "no article with id" not in result.stderr


def test_a_page_past_the_end_says_it_is_empty_and_how_many_pages_there_are(index_dir):
    every = json.loads(runner.invoke(app, ["search", "گرمخانه", "--index", index_dir, "--json"]).stdout)["total"]
    result = runner.invoke(app, ["search", "گرمخانه", "--index", index_dir, "-n", "1", "--page", "99"])
    assert result.exit_code == 0, result.output
    pages = f"{every} page" + ("" if every == 1 else "s")
    assert f"Page 99 is empty: there {'is' if every == 1 else 'are'} {pages} of results" in result.stderr.replace("\n", " ")
    assert result.stdout == ""


def test_a_search_in_a_new_process_does_not_compile_the_quote_rules():
    """The quote extractor's patterns take over 100 ms to compile; `goftar search «کودکان کار»` in a
    new process needs none of them, so loading the CLI must not import corpus.quotes."""
    import subprocess
    import sys
    loaded = subprocess.run([sys.executable, "-c", "import sys, cli; print('corpus.quotes' in sys.modules)"],
                            capture_output=True, text=True, check=True).stdout.strip()
    assert loaded == "False"


def test_index_on_a_non_terminal_prints_a_plain_progress_line_every_few_seconds(news, tmp_path, monkeypatch):
    import terminal.render

    for n in range(3):
        (news / f"more-{n}.jsonl").write_text(json.dumps({"id": f"m{n}", "title": f"گزارش شماره {n}", "body": "متن"},
                                                         ensure_ascii=False) + "\n", encoding="utf-8")
    monkeypatch.setattr(terminal.render, "PROGRESS_LINE_SECONDS", 0)
    piped = runner.invoke(app, ["index", str(news), "--index", str(tmp_path / "a")])
    lines = [line for line in piped.stderr.splitlines() if line.startswith("indexing:")]
    assert piped.exit_code == 0 and len(lines) == 4
    assert re.fullmatch(r"indexing: 4 of 4 files read, 4 articles, 0:00:\d\d elapsed", lines[-1])
    assert "\x1b" not in piped.stderr
    quiet = runner.invoke(app, ["index", str(news), "--index", str(tmp_path / "b"), "--quiet"])
    assert "indexing" not in quiet.stderr

