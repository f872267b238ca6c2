"""Reading articles from the formats news dumps come in."""

import json
from pathlib import Path

import pytest

from corpus.readers import ReadReport, iter_documents

SHARED_DATA = Path(__file__).resolve().parents[2] / "shared" / "data"

SEED_LIKE_TXT = (
    "افزايش مستمري مددجويان بهزيستي\n\n"
    "مستمري ۲۵۰ هزار مددجو از ماه آينده افزايش مي يابد.\n"
    "به گزارش روابط عمومي سازمان بهزيستي، مدیرکل دفتر توانمندسازی گفت: افزايش از اول مهر اعمال مي شود.\n\n"
    "وي افزود: بيمه‌شدگان نيز پوشش مي‌گيرند.\n"
    "\u00a0\n\n"
    "print\n"
)


def read(tmp_path, name, content, **kw):
    path = tmp_path / name
    path.write_bytes(content.encode("utf-8")) if isinstance(content, str) else path.write_bytes(content)
    report = ReadReport()
    return list(iter_documents([tmp_path], report)), report


def test_txt_has_title_then_lead_then_body_and_drops_the_print_line(tmp_path):
    (doc,), report = read(tmp_path, "news.txt", SEED_LIKE_TXT)
    assert doc.title == "افزايش مستمري مددجويان بهزيستي"
    assert doc.lead == "مستمري ۲۵۰ هزار مددجو از ماه آينده افزايش مي يابد."
    assert doc.paragraphs[-1] == "وي افزود: بيمه‌شدگان نيز پوشش مي‌گيرند."
    assert len(doc.paragraphs) == 2
    assert doc.id == "news.txt" and not report.problems


def test_json_list_objects_get_numbered_ids_and_fars_style_fields(tmp_path):
    records = [
        {"title": "گرمخانه جدید", "abstract": "خلاصه", "paragraphs": ["یک", "دو"], "cat": "social", "subcat": "welfare", "tags": ["کارتن‌خواب"]},
        {"title": "طرح زمستانه", "abstract": "", "paragraphs": ["سه"], "link": "https://news.example.ir/n/1"},
    ]
    docs, _ = read(tmp_path, "batch.json", json.dumps(records, ensure_ascii=False))
    assert [d.id for d in docs] == ["batch.json#0", "https://news.example.ir/n/1"]
    assert docs[0].lead == "خلاصه" and docs[0].paragraphs == ["یک", "دو"]
    assert docs[0].category == "social/welfare" and docs[0].tags == ["کارتن‌خواب"]
    assert docs[1].source == "news.example.ir"


def test_jsonl_aliases_and_string_bodies_split_on_blank_lines(tmp_path):
    line = {"id": 42, "headline": "بیمه قالیبافان", "summary": "خلاصه خبر", "content": "بند اول\n\nبند دوم", "url": "u", "published": "2019-09-08", "category": "اجتماعی"}
    (doc,), _ = read(tmp_path, "feed.jsonl", json.dumps(line, ensure_ascii=False) + "\n")
    assert (doc.id, doc.title, doc.lead, doc.paragraphs, doc.date, doc.category) == (
        "42", "بیمه قالیبافان", "خلاصه خبر", ["بند اول", "بند دوم"], "2019-09-08", "اجتماعی")


def test_a_bad_jsonl_line_is_reported_with_its_line_number_and_the_rest_kept(tmp_path):
    good = json.dumps({"title": "خبر سالم", "text": "متن"}, ensure_ascii=False)
    docs, report = read(tmp_path, "feed.jsonl", f"{good}\n{{broken\n{good}\n")
    assert len(docs) == 2
    (problem,) = report.problems
    assert problem.line == 2 and problem.path.endswith("feed.jsonl") and problem.action == "skipped"


def test_a_json_list_with_one_bad_element_keeps_the_good_ones(tmp_path):
    records = [{"title": "خبر یک", "text": "متن"}, 17, {"title": None, "text": None}, {"title": "خبر دو", "text": "متن"}]
    docs, report = read(tmp_path, "mixed.json", json.dumps(records, ensure_ascii=False))
    assert [d.title for d in docs] == ["خبر یک", "خبر دو"]
    assert [p.message.split(":")[0] for p in report.problems] == ["article #1", "article #2"]


@pytest.mark.parametrize(
    "name, content, reason",
    [
        ("truncated.json", '[{"title": "خبر"', "not valid JSON"),
        ("empty.txt", "", "empty file"),
        ("blank.txt", " \n\u00a0\n\t\n", "empty file"),
        ("binary.txt", b"\x89PNG\x00\x00\x01", "binary data"),
        ("latin.txt", b"\xff\xfe\xfa caf\xe9 bad", "UTF-16"),
    ],
)
def test_each_broken_file_gets_one_clear_reason(tmp_path, name, content, reason):
    _, report = read(tmp_path, name, content)
    assert report.problems and reason in report.problems[0].message


def test_windows_1256_persian_is_decoded_and_reported_as_repaired(tmp_path):
    docs, report = read(tmp_path, "old.txt", "عنوان خبر\n\nمتن خبر قديمي".encode("cp1256"))
    assert docs[0].title == "عنوان خبر"
    assert report.problems[0].action == "repaired"


def test_html_markup_is_stripped_but_its_text_kept(tmp_path):
    (doc,), _ = read(tmp_path, "page.json", json.dumps({"title": "<b>گرمخانه</b> &amp; سرپناه", "text": "<p>متن</p>"}, ensure_ascii=False))
    assert doc.title == "گرمخانه & سرپناه" and doc.paragraphs == ["متن"]


def test_a_missing_path_is_reported_not_raised(tmp_path):
    report = ReadReport()
    assert list(iter_documents([tmp_path / "nope"], report)) == []
    assert "no such file" in report.problems[0].message


@pytest.mark.skipif(not SHARED_DATA.exists(), reason="../shared/data is not present")
def test_the_shared_fars_files_load_unchanged():
    report = ReadReport()
    docs = list(iter_documents([SHARED_DATA], report))
    assert len(docs) == 900 and not report.problems
    assert all(d.title and d.id.startswith("http") for d in docs)
