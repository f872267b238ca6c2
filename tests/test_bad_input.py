"""The readers against every kind of bad input a news dump can hold.

Each case writes its own file next to a good article in tmp_path and checks
that the reader does not raise, names the problem once (file, line where it
has one, "<what is wrong>; <what to do>"), and still returns the good article.
"""

import codecs
import gzip
import io
import json
import os
import random
import sys
import time
import zipfile
from pathlib import Path

import pytest

from corpus.cleaning import clean_text
from corpus.readers import Problem, ReadReport, iter_documents, read_file

TITLE = "گرمخانه تازه برای کارتن‌خواب‌ها"
LEAD = "شهرداری تهران گرمخانه‌ای تازه گشود."
BODY = "مدیرعامل گفت: «این گرمخانه ۱۲۰ تخت دارد.»"
ARTICLE = f"{TITLE}\n{LEAD}\n{BODY}\n"
# Windows-1256 has no Persian yeh or Persian digits: old archives use Arabic ي and ASCII digits.
LEGACY_ARTICLE = ARTICLE.replace("ی", "ي").replace("۱۲۰", "120")

NEIGHBOUR = "good_neighbour.txt"
NEIGHBOUR_TITLE = "افزایش مستمری مددجویان بهزیستی"


def read_paths(*paths):
    report = ReadReport()
    return list(iter_documents(paths, report)), report


def read_beside_a_good_article(tmp_path, name, data):
    """Write ``data`` as ``name`` beside a good article, read the folder and
    check the good article survived; return the file's documents and problems."""
    (tmp_path / NEIGHBOUR).write_text(f"{NEIGHBOUR_TITLE}\nمتن خبر\n", encoding="utf-8")
    target = tmp_path / name
    target.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    docs, report = read_paths(tmp_path)
    assert [d.title for d in docs if d.path == NEIGHBOUR] == [NEIGHBOUR_TITLE]
    problems = [p for p in report.problems if p.path == str(target)]
    assert len(problems) == len(report.problems), report.problems
    return [d for d in docs if d.path != NEIGHBOUR], problems


def assert_clear(problem: Problem) -> None:
    what, _, todo = problem.message.partition("; ")
    assert what.strip() and todo.strip(), f"not '<what is wrong>; <what to do>': {problem.message}"


def json_lines(*values) -> str:
    return "\n".join(v if isinstance(v, str) else json.dumps(v, ensure_ascii=False) for v in values) + "\n"


def json_list(*values) -> str:
    """A JSON list with element N on line N + 2."""
    return "[\n" + ",\n".join(v if isinstance(v, str) else json.dumps(v, ensure_ascii=False) for v in values) + "\n]\n"


GOOD_1 = {"title": "گرمخانه جدید در جنوب تهران", "text": "متن خبر اول"}
GOOD_2 = {"title": "طرح زمستانه بهزیستی", "text": "متن خبر دوم"}


# Encodings and line endings: decoded, repairs reported once.

@pytest.mark.parametrize(
    "data, article, fragment, line",
    [
        pytest.param(ARTICLE.encode(), ARTICLE, None, None, id="utf-8"),
        pytest.param(codecs.BOM_UTF8 + ARTICLE.encode(), ARTICLE, None, None, id="utf-8 with BOM"),
        pytest.param(codecs.BOM_UTF16_LE + ARTICLE.encode("utf-16-le"), ARTICLE, "UTF-16 text, not UTF-8", None, id="UTF-16 LE with BOM"),
        pytest.param(codecs.BOM_UTF16_BE + ARTICLE.encode("utf-16-be"), ARTICLE, "UTF-16 text, not UTF-8", None, id="UTF-16 BE with BOM"),
        pytest.param(codecs.BOM_UTF32_LE + ARTICLE.encode("utf-32-le"), ARTICLE, "UTF-32 text, not UTF-8", None, id="UTF-32 LE with BOM"),
        pytest.param(ARTICLE.encode("utf-16-le"), ARTICLE, "UTF-16 (little-endian) text without a byte-order mark", None, id="UTF-16 LE without BOM"),
        pytest.param(ARTICLE.encode("utf-16-be"), ARTICLE, "UTF-16 (big-endian) text without a byte-order mark", None, id="UTF-16 BE without BOM"),
        pytest.param(LEGACY_ARTICLE.encode("cp1256"), LEGACY_ARTICLE, "decoded as Windows-1256", None, id="Windows-1256"),
        pytest.param(ARTICLE.replace("\n", "\r\n").encode(), ARTICLE, None, None, id="CRLF line ends"),
        pytest.param(ARTICLE.replace("\n", "\r").encode(), ARTICLE, None, None, id="lone CR line ends"),
        pytest.param(ARTICLE.replace("\n", "\n\x00", 1).encode() + b"\x00" * 500, ARTICLE, "501 NUL bytes inside the text", None, id="NULs in UTF-8"),
        pytest.param(ARTICLE.encode() + "ادامه\n".encode()[:-2] + b"\n", ARTICLE, "invalid UTF-8 in 1 place, the first on this line", 4, id="UTF-8 cut mid-letter"),
    ],
)
def test_text_in_any_common_encoding_is_read_and_repairs_are_reported(tmp_path, data, article, fragment, line):
    (doc,), problems = read_beside_a_good_article(tmp_path, "article.txt", data)
    title, lead, body = article.splitlines()
    assert (doc.title, doc.lead, doc.paragraphs[0]) == (title, lead, body)
    if fragment is None:
        assert problems == []
    else:
        (problem,) = problems
        assert fragment in problem.message and problem.action == "repaired" and problem.line == line
        assert_clear(problem)


# Files that hold no usable article: skipped with one clear reason.

def _zip_bytes():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("news.txt", ARTICLE)
    return buffer.getvalue()


def _random_binary():
    data = bytearray(random.Random(1403).randbytes(4096))
    data[:8] = b"\x00\x01BIN\x00\x02\x03"
    return bytes(data)


@pytest.mark.parametrize(
    "name, data, fragment, line",
    [
        pytest.param("latin.txt", "Café crème\nnaïve résumé".encode("latin-1"), "not UTF-8 text (first bad byte on line 1)", 1, id="Latin-1 text"),
        pytest.param("noise.txt", _random_binary(), "binary data or an unknown encoding, not text", None, id="mostly binary with NULs"),
        pytest.param("photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64), "binary data (a PNG image)", None, id="PNG named .txt"),
        pytest.param("dump.json", _zip_bytes(), "binary data (a ZIP archive", None, id="ZIP named .json"),
        pytest.param("feed.jsonl", gzip.compress(ARTICLE.encode()), "binary data (a gzip archive)", None, id="gzip named .jsonl"),
        pytest.param("report.txt", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n", "binary data (a PDF document)", None, id="PDF named .txt"),
        pytest.param("empty.txt", b"", "empty file", None, id="empty .txt"),
        pytest.param("empty.json", b"", "empty file", None, id="empty .json"),
        pytest.param("empty.jsonl", b"", "empty file", None, id="empty .jsonl"),
        pytest.param("blank.txt", " \n\t\u00a0\n\u200c\u200f\r\n", "empty file", None, id="whitespace and ZWNJ only"),
        pytest.param("blank.json", "\n   \n", "empty file", None, id="whitespace-only .json"),
        pytest.param("markup.txt", "<div>\n<script>var a = 1;</script>\n</div>\nprint\n", "no article text", None, id="markup only"),
        pytest.param("cut.json", '{"title": "گرمخانه", "text": "مت', "not valid JSON: the file ends too early", 1, id="truncated JSON object"),
        pytest.param("bad.json", '{"title": "گرمخانه",\n "text": متن}', "not valid JSON (Expecting value at column 10)", 2, id="invalid JSON object"),
        pytest.param("number.json", "1403", "JSON holds a number, not articles", None, id="top-level number"),
        pytest.param("string.json", '"فقط یک رشته"', "JSON holds a string, not articles", None, id="top-level string"),
        pytest.param("null.json", "null", "JSON holds null, not articles", None, id="top-level null"),
        pytest.param("meta.json", '{"agency": "ایسنا", "count": 3}', "no title, lead or body text (its fields are agency, count)", None, id="object without article fields"),
        pytest.param("none.json", "[]", "no articles in the file", None, id="empty list"),
        pytest.param("none_wrapped.json", '{"articles": []}', "no articles in the file", None, id="empty wrapped list"),
        pytest.param("deep.json", "[" * 5000 + "]" * 5000, "JSON nested too deeply", None, id="deeply nested list"),
        pytest.param("deep_object.json", '{"a":' * 5000 + "1" + "}" * 5000, "JSON nested too deeply", None, id="deeply nested object"),
    ],
)
def test_a_file_without_a_usable_article_is_skipped_with_one_clear_reason(tmp_path, name, data, fragment, line):
    docs, (problem,) = read_beside_a_good_article(tmp_path, name, data)
    assert docs == []
    assert fragment in problem.message, problem.message
    assert problem.action == "skipped" and problem.line == line
    assert_clear(problem)


# JSON and JSON Lines: every good article kept, every bad one named with its line.

@pytest.mark.parametrize(
    "name, text, titles, problems",
    [
        pytest.param("mixed.json", json_list(GOOD_1, 17, GOOD_2),
                     [GOOD_1["title"], GOOD_2["title"]],
                     [("article #1: expected an article object, got a number; fix or remove it", 3, "skipped")],
                     id="list with one non-object element"),
        pytest.param("mixed.json", json_list(GOOD_1, {"title": None, "text": None}, GOOD_2),
                     [GOOD_1["title"], GOOD_2["title"]],
                     [("article #1: no title, lead or body text (title is null, text is null)", 3, "skipped")],
                     id="list with one empty article"),
        pytest.param("cut.json", json_list(GOOD_1, GOOD_2, GOOD_1)[:-20],
                     [GOOD_1["title"], GOOD_2["title"]],
                     [("the file ends too early (truncated?); kept the 2 articles before the cut", 4, "skipped")],
                     id="truncated list keeps the articles before the cut"),
        pytest.param("cut.json", json.dumps([GOOD_1, GOOD_2, GOOD_1], ensure_ascii=False)[:-20],
                     [GOOD_1["title"], GOOD_2["title"]],
                     [("the file ends too early (truncated?); kept the 2 articles before the cut", 1, "skipped")],
                     id="a one-line dump cut short says how many articles it kept before the cut"),
        pytest.param("broken.json", json_list(GOOD_1, '{"title": "خبر خراب", "text" "متن"}', GOOD_2),
                     [GOOD_1["title"]],
                     [("not valid JSON (Expecting ':' delimiter at column 30); kept the article before the error", 3, "skipped")],
                     id="broken element in a list"),
        pytest.param("tail.json", json_list(GOOD_1) + "پایان\n",
                     [GOOD_1["title"]],
                     [("not valid JSON (Extra data at column 1)", 4, "skipped")],
                     id="text after the list"),
        pytest.param("feed.jsonl", json_lines(GOOD_1, "{broken", "", 17, GOOD_2, '{"title": "خبر ناقص", "te'),
                     [GOOD_1["title"], GOOD_2["title"]],
                     [("not valid JSON (Expecting property name enclosed in double quotes at column 2); fix or remove the line", 2, "skipped"),
                      ("expected an article object, got a number; fix or remove it", 4, "skipped"),
                      ("not valid JSON (Unterminated string at column 23); fix or remove the line", 6, "skipped")],
                     id="JSON Lines with bad lines"),
        pytest.param("feed.json", json_lines(GOOD_1, GOOD_2),
                     [GOOD_1["title"], GOOD_2["title"]],
                     [("one JSON object per line, not one document; read it as JSON Lines, rename it to .jsonl", None, "repaired")],
                     id="JSON Lines named .json"),
        pytest.param("dump.jsonl", json.dumps([GOOD_1, GOOD_2], ensure_ascii=False, indent=2),
                     [GOOD_1["title"], GOOD_2["title"]],
                     [("one JSON document, not one object per line; read it as JSON, rename it to .json", None, "repaired")],
                     id="pretty-printed JSON named .jsonl"),
        pytest.param("raw.json", '{"title": "گرمخانه\tتازه", "text": "بند یک\n\nبند دو"}',
                     ["گرمخانه\tتازه"], [], id="raw tab and newlines inside JSON strings"),
    ],
)
def test_json_keeps_every_good_article_and_names_each_bad_one(tmp_path, name, text, titles, problems):
    docs, found = read_beside_a_good_article(tmp_path, name, text)
    assert [d.title for d in docs] == titles
    assert len(found) == len(problems), found
    for problem, (fragment, line, action) in zip(found, problems):
        assert fragment in problem.message and (problem.line, problem.action) == (line, action), problem
        assert_clear(problem)


def test_jsonl_ids_count_only_non_blank_lines_so_a_broken_line_does_not_renumber_the_rest(tmp_path):
    docs, _ = read_beside_a_good_article(tmp_path, "feed.jsonl", json_lines(GOOD_1, "{broken", "", GOOD_2))
    assert [d.id for d in docs] == ["feed.jsonl#0", "feed.jsonl#2"]


@pytest.mark.parametrize(
    "dump",
    [
        pytest.param({"articles": [GOOD_1, GOOD_2]}, id="articles"),
        pytest.param({"items": [GOOD_1, GOOD_2], "count": 2}, id="items"),
        pytest.param({"status": "ok", "data": [GOOD_1, GOOD_2]}, id="data"),
        pytest.param({"results": [GOOD_1, GOOD_2], "next": None}, id="results"),
        pytest.param({"data": {"items": [GOOD_1, GOOD_2], "total": 2}}, id="items nested in data"),
    ],
)
def test_a_dump_object_holding_the_article_list_under_a_common_key_is_read(tmp_path, dump):
    docs, problems = read_beside_a_good_article(tmp_path, "dump.json", json.dumps(dump, ensure_ascii=False))
    assert [(d.id, d.title) for d in docs] == [("dump.json#0", GOOD_1["title"]), ("dump.json#1", GOOD_2["title"])]
    assert problems == []


# Fields of the wrong type: use what has text, name what has none.

@pytest.mark.parametrize(
    "record, title, paragraphs",
    [
        pytest.param({"title": None, "lead": "شهرداری تهران گرمخانه‌ای تازه گشود."},
                     "شهرداری تهران گرمخانه‌ای تازه گشود.", [], id="null title falls back to the lead"),
        pytest.param({"title": {"rendered": "<b>گرمخانه</b> تازه"}, "content": {"rendered": "<p>بند یک</p><p>بند دو</p>"}},
                     "گرمخانه تازه", ["بند یک", "بند دو"], id="WordPress rendered objects"),
        pytest.param({"title": {"fa": "عنوان فارسی", "en": "English title"}, "text": "متن"},
                     "عنوان فارسی", ["متن"], id="multilingual title object"),
        pytest.param({"title": ["گرمخانه", None, "تازه"], "text": "متن"}, "گرمخانه تازه", ["متن"], id="title as a list"),
    ],
)
def test_text_in_lists_and_text_objects_is_read_without_a_word(tmp_path, record, title, paragraphs):
    (doc,), problems = read_beside_a_good_article(tmp_path, "one.json", json.dumps(record, ensure_ascii=False))
    assert (doc.title, doc.paragraphs) == (title, paragraphs)
    assert problems == []


@pytest.mark.parametrize(
    "record, title, paragraphs, left_out",
    [
        pytest.param({"title": 1403, "text": "متن"}, "متن", ["متن"], "title is a number", id="number title"),
        pytest.param({"title": {"id": 7}, "text": "بند اول خبر"}, "بند اول خبر", ["بند اول خبر"],
                     "title is an object with no text", id="title object without text"),
        pytest.param({"title": "خبر", "paragraphs": [{"text": "بند یک"}, {"type": "image", "src": "a.jpg"}, "بند دو", None, 7, ["تو در تو"]]},
                     "خبر", ["بند یک", "بند دو"],
                     "paragraphs item 2 is an object with no text, paragraphs item 5 is a number, paragraphs item 6 is a list",
                     id="paragraphs as a list of objects"),
        pytest.param({"title": "خبر", "body": {"nested": {"deep": "متن"}}, "text": "متن اصلی"}, "خبر", ["متن اصلی"],
                     "body is an object with no text", id="body object without text"),
        pytest.param({"title": ["الف"], "body": {"x": 1}, "category": 12, "tags": {"a": 1}}, "الف", [],
                     "body is an object with no text, category is a number, tags is an object with no text",
                     id="the issue's example"),
    ],
)
def test_fields_of_the_wrong_type_are_left_out_and_named_with_file_record_and_field(tmp_path, record, title, paragraphs, left_out):
    feed = json_lines(GOOD_1, record)
    docs, (problem,) = read_beside_a_good_article(tmp_path, "feed.jsonl", feed)
    assert [(d.title, d.paragraphs) for d in docs] == [(GOOD_1["title"], [GOOD_1["text"]]), (title, paragraphs)]
    assert problem.path.endswith("feed.jsonl") and problem.line == 2 and problem.action == "repaired"
    assert problem.message == f"left out what is not text ({left_out}); give text as strings"


@pytest.mark.parametrize(
    "record, reason",
    [
        pytest.param({"title": None, "text": None}, "no title, lead or body text (title is null, text is null)", id="nulls"),
        pytest.param({"title": {"id": 5}, "paragraphs": [{"src": "a.jpg"}]},
                     "no title, lead or body text (title is an object with no text, paragraphs is a list with no text)", id="objects without text"),
        pytest.param({"title": "", "body": "  \u200c "}, "no title, lead or body text (title is empty, body is empty)", id="blank strings"),
        pytest.param({"title": True, "text": False}, "no title, lead or body text (title is true/false, text is true/false)", id="booleans"),
        pytest.param({}, "no title, lead or body text (it is empty)", id="empty object"),
        pytest.param({"title": 5, "paragraphs": None}, "no title, lead or body text (title is a number, paragraphs is null)",
                     id="a number is no title"),
        pytest.param(["عنوان", "متن"], "expected an article object, got a list", id="list instead of object"),
    ],
)
def test_an_article_without_text_is_skipped_saying_what_it_has_instead(tmp_path, record, reason):
    docs, (problem,) = read_beside_a_good_article(tmp_path, "feed.jsonl", json_lines(GOOD_1, record))
    assert [d.title for d in docs] == [GOOD_1["title"]]
    assert problem.message == f"{reason}; fix or remove it" and problem.line == 2 and problem.action == "skipped"


def test_odd_ids_and_tags_fall_back_instead_of_failing(tmp_path):
    record = {"id": True, "url": "https://www.isna.ir/news/1", "title": "خبر", "text": "متن", "tags": {"a": 1}}
    (doc,), _ = read_beside_a_good_article(tmp_path, "one.json", json.dumps(record, ensure_ascii=False))
    assert (doc.id, doc.tags, doc.source) == ("https://www.isna.ir/news/1", [], "isna.ir")


def test_lone_surrogates_from_cut_json_escapes_become_replacement_characters(tmp_path):
    text = '{"title": "خبر \\ud83d", "text": "متن \\ud83d\\ude00 \\udc00"}'
    (doc,), _ = read_beside_a_good_article(tmp_path, "cut_emoji.json", text)
    assert (doc.title, doc.paragraphs) == ("خبر \ufffd", ["متن 😀 \ufffd"])
    assert doc.title.encode("utf-8") and doc.body.encode("utf-8")  # a lone surrogate would raise here


# Markup and invisible characters.

@pytest.mark.parametrize(
    "markup, paragraphs",
    [
        pytest.param("<p>گرمخانه &amp; سرپناه</p>", ["گرمخانه & سرپناه"], id="tags and entities"),
        pytest.param("<p>بند یک</p><p>بند دو<br/>سطر دوم</p>", ["بند یک", "بند دو\nسطر دوم"], id="p and br keep paragraphs"),
        pytest.param("<P>بند یک<p>بند دو<div class='x'>بند سه", ["بند یک", "بند دو", "بند سه"], id="unclosed p and div start paragraphs"),
        pytest.param("<style>p {color: red}</style><p>متن</p><script>var s = '<p>نه</p>';</script>", ["متن"], id="script and style dropped"),
        pytest.param("<!-- تبلیغ --><p>متن</p><SCRIPT type='text/javascript'>x()</SCRIPT >", ["متن"], id="comments and upper-case script dropped"),
        pytest.param("<!DOCTYPE html><html><body><p class=MsoNormal>متن<o:p></o:p></p></body></html>", ["متن"], id="page and Word markup"),
        pytest.param("کارتن&zwnj;خواب&#1607;ا&nbsp;و&#x6CC;", ["کارتن\u200cخوابها\u00a0وی"], id="named and numeric entities"),
        pytest.param("<script>متن بعد از اسکریپت ناتمام", ["متن بعد از اسکریپت ناتمام"], id="unclosed script keeps the text"),
        pytest.param("الف < ب و ج > د", ["الف < ب و ج > د"], id="comparison signs are not tags"),
    ],
)
def test_html_is_reduced_to_its_visible_text(tmp_path, markup, paragraphs):
    (doc,), _ = read_beside_a_good_article(tmp_path, "page.json", json.dumps({"title": "خبر", "body": markup}, ensure_ascii=False))
    assert doc.paragraphs == paragraphs


def test_an_html_page_saved_as_txt_gives_title_lead_and_body(tmp_path):
    page = "<html>\n<head><style>\nh1 {}\n</style></head>\n<h1>گرمخانه تازه</h1>\n<p>لید خبر</p><p>بند یک</p>\n</html>\n"
    (doc,), _ = read_beside_a_good_article(tmp_path, "page.txt", page)
    assert (doc.title, doc.lead, doc.paragraphs) == ("گرمخانه تازه", "لید خبر", ["بند یک"])


INVISIBLE_TITLE = "\u200fگرمخانه\u200cها \u202b(تهران)\u202c \u2067۱۲۰\u2069"
INVISIBLE_BODY = "کارتن\u200cخواب\u200b\u200dها \u200eISNA\u200e \ufeffمی\u200cگویند"


@pytest.mark.parametrize(
    "name, content",
    [
        pytest.param("bidi.txt", f"{INVISIBLE_TITLE}\n\u200f\n{LEAD}\n\u200c\u200e\n{INVISIBLE_BODY}\n", id="txt"),
        pytest.param("bidi.json", json.dumps({"title": INVISIBLE_TITLE, "lead": LEAD, "body": f"\u200f\n\n{INVISIBLE_BODY}"}, ensure_ascii=False), id="json"),
    ],
)
def test_zwnj_and_bidi_marks_are_kept_and_lines_of_only_marks_are_blank(tmp_path, name, content):
    (doc,), problems = read_beside_a_good_article(tmp_path, name, content)
    assert (doc.title, doc.lead, doc.paragraphs) == (INVISIBLE_TITLE, LEAD, [INVISIBLE_BODY])
    assert problems == []


# Size: linear time, even for markup-heavy text.

TEN_MB = 10_000_000
SENTENCE = "وی با اشاره به اینکه «طرح مهر» اجرا شد، گفت: کار ادامه دارد. "


def grows_linearly(run, make, size: int, factor: int = 4) -> bool:
    """Does ``run(make(n))`` take about ``factor`` times longer when n grows ``factor``-fold?
    A linear pass does; a quadratic one takes ``factor``² times longer (hours, at these sizes).
    A ratio of two CPU times taken side by side, best of three each, holds on a loaded machine
    where a bound in seconds does not (wall time there is mostly waiting for a core, which
    made the ratio fail at a load of 5 on two cores); the bound sits halfway between the two growths."""
    def best(n: int) -> float:
        data, times = make(n), []
        for _ in range(3):
            started = time.process_time()
            run(data)
            times.append(time.process_time() - started)
        return min(times)
    return best(size * factor) / best(size) < factor * (factor + 1) / 2


@pytest.mark.parametrize(
    "name, make",
    [
        pytest.param("huge.txt", lambda p: f"{TITLE}\n{LEAD}\n{p}\n", id="txt"),
        pytest.param("huge.json", lambda p: json.dumps({"title": TITLE, "body": p}, ensure_ascii=False), id="json"),
        pytest.param("huge.jsonl", lambda p: json.dumps({"title": TITLE, "body": p}, ensure_ascii=False) + "\n", id="jsonl"),
    ],
)
def test_a_10_mb_paragraph_is_read_whole_in_time_linear_in_its_size(tmp_path, name, make):
    def paragraph(size: int) -> str:
        return (SENTENCE * (size // len(SENTENCE.encode()) + 1)).strip()

    def write(size: int) -> Path:
        folder = tmp_path / str(size)
        folder.mkdir(exist_ok=True)
        (folder / name).write_text(make(paragraph(size)), encoding="utf-8")
        return folder

    (doc,), report = read_paths(write(TEN_MB))
    assert len(doc.paragraphs[-1].encode()) >= TEN_MB
    assert doc.paragraphs[-1] == paragraph(TEN_MB) and not report.problems
    assert grows_linearly(read_paths, write, TEN_MB // 4)


@pytest.mark.parametrize(
    "unit",
    ["<", "<a ", "<b>متن</b> ", "<br ", "<script>", "<!--", "</p ", "<!x", "&", "&amp", "\n \t ", "\r", "\u200c", "\ud800"],
)
def test_cleaning_stays_linear_on_adversarial_markup(unit):
    """A quadratic regex would take hours on a megabyte of these; a linear one a tenth of a second."""
    assert grows_linearly(clean_text, lambda size: unit * (size // len(unit)), 250_000)


# Files and folders.

def test_duplicate_ids_across_files_are_all_read_and_left_to_the_index(tmp_path):
    """The reader returns both in read order; which one the index keeps is
    indexer.build's decision, and it reports the duplicate."""
    for name, text in (("a.json", "نسخه اول"), ("b.jsonl", "نسخه دوم")):
        (tmp_path / name).write_text(json.dumps({"id": "isna-1", "title": "خبر", "text": text}, ensure_ascii=False) + "\n", encoding="utf-8")
    docs, report = read_paths(tmp_path)
    assert [(d.id, d.path, d.paragraphs) for d in docs] == [("isna-1", "a.json", ["نسخه اول"]), ("isna-1", "b.jsonl", ["نسخه دوم"])]
    assert not report.problems


RUNNING_AS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0


@pytest.mark.skipif(RUNNING_AS_ROOT, reason="root reads files whatever their mode; the monkeypatched test covers this")
def test_a_file_without_read_permission_is_reported_and_the_rest_read(tmp_path):
    locked = tmp_path / "locked.txt"
    locked.write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "open.txt").write_text(ARTICLE, encoding="utf-8")
    locked.chmod(0)
    try:
        docs, report = read_paths(tmp_path)
    finally:
        locked.chmod(0o644)
    assert [d.path for d in docs] == ["open.txt"]
    assert [(p.path, p.message) for p in report.problems] == [(str(locked), "cannot read: permission denied; check its permissions")]


def test_a_file_that_cannot_be_read_is_reported_and_the_rest_read(tmp_path, monkeypatch):
    real_read_bytes = Path.read_bytes

    def read_bytes(path):
        if path.name == "locked.txt":
            raise PermissionError(13, "Permission denied", str(path))
        return real_read_bytes(path)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    (tmp_path / "locked.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "open.txt").write_text(ARTICLE, encoding="utf-8")
    docs, report = read_paths(tmp_path)
    assert [d.path for d in docs] == ["open.txt"]
    (problem,) = report.problems
    assert problem.path.endswith("locked.txt") and problem.message == "cannot read: permission denied; check its permissions"


@pytest.mark.skipif(RUNNING_AS_ROOT, reason="root lists folders whatever their mode; the monkeypatched test covers this")
def test_a_folder_without_permissions_is_reported_and_the_rest_read(tmp_path):
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "open.txt").write_text(ARTICLE, encoding="utf-8")
    locked.chmod(0)
    try:
        docs, report = read_paths(tmp_path)
    finally:
        locked.chmod(0o755)
    assert [d.path for d in docs] == ["open.txt"]
    assert [(p.path, p.message) for p in report.problems] == [(str(locked), "cannot open folder: permission denied; check its permissions")]


def test_a_folder_that_cannot_be_listed_is_reported_and_the_rest_read(tmp_path, monkeypatch):
    real_scandir = os.scandir

    def scandir(path):
        if Path(path).name == "locked":
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    (tmp_path / "locked").mkdir()
    (tmp_path / "locked" / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "open.txt").write_text(ARTICLE, encoding="utf-8")
    docs, report = read_paths(tmp_path)
    assert [d.path for d in docs] == ["open.txt"]
    assert [(p.path, p.message) for p in report.problems] == [
        (str(tmp_path / "locked"), "cannot open folder: permission denied; check its permissions")]


def test_a_symlink_loop_ends_the_walk_and_is_reported(tmp_path):
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "a.txt").write_text(ARTICLE, encoding="utf-8")
    os.symlink(tmp_path, tmp_path / "news" / "loop")
    docs, report = read_paths(tmp_path)
    assert [d.path for d in docs] == ["news/a.txt"]
    (problem,) = report.problems
    assert problem.path.endswith("loop") and problem.message.startswith(f"symlink loop back to {tmp_path.resolve()}; not followed")


def test_a_symlinked_folder_elsewhere_is_not_followed_but_named(tmp_path):
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "elsewhere" / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "news").mkdir()
    os.symlink(tmp_path / "elsewhere", tmp_path / "news" / "linked")
    docs, report = read_paths(tmp_path / "news")
    target = (tmp_path / "elsewhere").resolve()
    assert docs == []
    assert [p.message for p in report.problems] == [f"symlinked folder (to {target}) not followed; give {target} itself to read it"]


def test_a_symlinked_folder_given_as_the_path_is_read(tmp_path):
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "a.txt").write_text(ARTICLE, encoding="utf-8")
    os.symlink(tmp_path / "news", tmp_path / "link")
    docs, report = read_paths(tmp_path / "link")
    assert [d.path for d in docs] == ["a.txt"] and not report.problems


def test_a_symlinked_file_is_read_under_the_link_name(tmp_path):
    (tmp_path / "store").mkdir()
    (tmp_path / "store" / "real.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "news").mkdir()
    os.symlink(tmp_path / "store" / "real.txt", tmp_path / "news" / "link.txt")
    docs, report = read_paths(tmp_path / "news")
    assert [(d.id, d.title) for d in docs] == [("link.txt", TITLE)] and not report.problems


@pytest.mark.parametrize("given", [False, True], ids=["inside a folder", "given as the path"])
def test_a_broken_symlink_is_reported(tmp_path, given):
    os.symlink(tmp_path / "gone.txt", tmp_path / "link.txt")
    docs, report = read_paths(tmp_path / "link.txt" if given else tmp_path)
    (problem,) = report.problems
    assert docs == [] and "broken symlink" in problem.message and problem.path.endswith("link.txt")
    assert_clear(problem)


def test_a_file_symlink_pointing_at_itself_is_reported(tmp_path):
    os.symlink(tmp_path / "self.json", tmp_path / "self.json")
    for path in (tmp_path, tmp_path / "self.json"):
        docs, report = read_paths(path)
        (problem,) = report.problems
        assert docs == [] and problem.path.endswith("self.json")
        assert_clear(problem)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_a_named_pipe_with_a_text_extension_is_reported_not_read_forever(tmp_path):
    os.mkfifo(tmp_path / "pipe.txt")
    docs, report = read_paths(tmp_path)
    assert docs == [] and "not a regular file" in report.problems[0].message


def test_walking_a_deep_folder_tree_does_not_recurse_per_level(tmp_path):
    """With the recursion limit 100 frames above this test, a walker that
    recursed per folder would fail at the 200th level; an iterative one does not."""
    folder = tmp_path
    for _ in range(200):
        folder = folder / "a"
        folder.mkdir()
    (folder / "deep.txt").write_text(ARTICLE, encoding="utf-8")
    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(_stack_depth() + 100)
    try:
        (doc,), report = read_paths(tmp_path)
    finally:
        sys.setrecursionlimit(limit)
    assert doc.path == "a/" * 200 + "deep.txt" and not report.problems


def _stack_depth() -> int:
    frame, depth = sys._getframe(), 0
    while frame:
        frame, depth = frame.f_back, depth + 1
    return depth


def test_a_file_name_that_is_not_utf8_still_prints_and_indexes(tmp_path):
    folder = os.fsencode(tmp_path)
    with open(os.path.join(folder, "خبر".encode("cp1256") + b".txt"), "wb") as file:
        file.write(ARTICLE.encode())
    os.symlink(tmp_path / "nowhere", os.path.join(folder, b"\xe1\xf1.txt"))
    (doc,), report = read_paths(tmp_path)
    assert (doc.id, doc.title) == ("\ufffd\ufffd\ufffd.txt", TITLE)
    (problem,) = report.problems
    assert str(problem).encode("utf-8") and problem.path.endswith("\ufffd\ufffd.txt")


@pytest.mark.parametrize(
    "setup, message",
    [
        pytest.param(lambda p: p / "nope", "no such file or folder; check the path", id="missing path"),
        pytest.param(lambda p: _folder_with(p, "pictures", ["photo.png", "notes.md", ".hidden.txt"]),
                     "no .txt/.json/.jsonl files found under {path}; check the path or the file extensions", id="folder with no readable files"),
        pytest.param(lambda p: _folder_with(p, "empty", []),
                     "no .txt/.json/.jsonl files found under {path}; check the path or the file extensions", id="empty folder"),
        pytest.param(lambda p: _folder_with(p, "x", ["articles.csv"]) / "articles.csv",
                     "not a .txt, .json or .jsonl file; rename it if it holds articles, or leave it out", id="explicit unsupported file"),
    ],
)
def test_a_path_that_gives_no_files_says_why(tmp_path, setup, message):
    path = setup(tmp_path)
    docs, report = read_paths(path)
    assert docs == []
    assert [(p.path, p.message, p.action) for p in report.problems][:1] == [(str(path), message.format(path=path), "skipped")]


def _folder_with(root, name, files):
    folder = root / name
    folder.mkdir()
    for file in files:
        (folder / file).write_text(ARTICLE, encoding="utf-8")
    return folder


def test_an_explicit_hidden_or_upper_case_file_is_read(tmp_path):
    (tmp_path / ".draft.TXT").write_text(ARTICLE, encoding="utf-8")
    docs, report = read_paths(tmp_path / ".draft.TXT")
    assert [d.id for d in docs] == [".draft.TXT"] and not report.problems


def test_a_bug_while_parsing_is_reported_against_the_file_instead_of_ending_the_run(tmp_path, monkeypatch):
    def broken(fields):
        raise KeyError("paragraphs")

    monkeypatch.setattr("corpus.readers._Fields.paragraphs", broken)
    docs, (problem,) = read_beside_a_good_article(tmp_path, "feed.jsonl", json_lines(GOOD_1, GOOD_2))
    assert docs == []
    assert problem.message == "unexpected KeyError ('paragraphs'); the rest of the file was skipped, please report this bug"


# The API the indexer uses.

def test_read_file_takes_given_bytes_and_reports_an_unsupported_suffix(tmp_path):
    report = ReadReport()
    docs = list(read_file(tmp_path / "not_on_disk.txt", "a.txt", report, raw=ARTICLE.encode("utf-16")))
    assert [d.title for d in docs] == [TITLE] and report.files == 1 and report.documents == 1
    assert list(read_file(tmp_path / "a.csv", "a.csv", report, raw=b"x")) == []
    assert report.skipped[-1].message.startswith("not a .txt, .json or .jsonl file")


def test_problem_and_report_keep_their_shape():
    problem = Problem("feed.jsonl", "not valid JSON (x); fix or remove the line", line=3)
    assert (problem.action, str(problem)) == ("skipped", "feed.jsonl:3: not valid JSON (x); fix or remove the line (skipped)")
    report = ReadReport()
    report.add(Path("a.txt"), "UTF-16 text; re-save it", action="repaired")
    assert report.problems[0].path == "a.txt" and report.skipped == []


# One article id in two places (indexer.build decides; see its module doc).

def index_state(index_dir):
    """(articles, quotes, ids) in the live index."""
    from indexer.schema import ARTICLES, QUOTES
    from indexer.store import open_searcher

    articles = open_searcher(index_dir, ARTICLES)
    ids = sorted(fields["id"] for fields in articles.all_stored_fields())
    return articles.doc_count(), open_searcher(index_dir, QUOTES).doc_count(), ids


def write_feed(path, *records):
    path.write_text(json_lines(*records), encoding="utf-8")


QUOTED = {"id": "isna-7", "title": "گرمخانه تازه", "text": "مدیرعامل سازمان گفت: این گرمخانه ۱۲۰ تخت دارد."}
OTHER = {"id": "isna-8", "title": "مستمری مددجویان", "text": "وزیر رفاه گفت: مستمری‌ها افزایش می‌یابد."}


def test_an_identical_duplicate_is_kept_once_without_failing_and_returns_if_its_twin_goes(tmp_path):
    from indexer.build import build_index

    news = tmp_path / "news"
    news.mkdir()
    write_feed(news / "a.jsonl", QUOTED)
    build_index([news], tmp_path / "ix")
    write_feed(news / "b.jsonl", QUOTED, OTHER)  # a later dump repeating an article
    report = build_index([news], tmp_path / "ix")
    assert report.skipped == [] and [p.message for p in report.problems] == [
        f"article id «isna-7» is the same article as in {news.resolve() / 'a.jsonl'}; kept once"]
    assert index_state(tmp_path / "ix") == index_state_of_clean_build(news, tmp_path / "clean-1")
    (news / "a.jsonl").unlink()  # the kept copy goes: b.jsonl's copy must come in
    build_index([news], tmp_path / "ix")
    assert index_state(tmp_path / "ix") == index_state_of_clean_build(news, tmp_path / "clean-2")
    assert "isna-7" in index_state(tmp_path / "ix")[2]


def test_a_differing_duplicate_is_reported_on_every_run_until_fixed(tmp_path):
    from indexer.build import build_index

    news = tmp_path / "news"
    news.mkdir()
    write_feed(news / "a.jsonl", QUOTED)
    write_feed(news / "b.jsonl", {**QUOTED, "title": "گرمخانه دیگر"}, OTHER)
    for run in range(2):
        report = build_index([news], tmp_path / "ix")
        assert [p.message for p in report.skipped] == [
            f"article #0: id «isna-7» is also article #0 of {news.resolve() / 'a.jsonl'}, with different content; "
            "kept article #0; give one of them another id, or remove one"], f"run {run + 1}"
        assert index_state(tmp_path / "ix")[2] == ["isna-7", "isna-8"]
    write_feed(news / "b.jsonl", {**QUOTED, "id": "isna-9", "title": "گرمخانه دیگر"}, OTHER)
    assert build_index([news], tmp_path / "ix").problems == []
    assert index_state(tmp_path / "ix") == index_state_of_clean_build(news, tmp_path / "clean")


def test_two_differing_copies_in_one_file_say_which_record_was_kept(tmp_path):
    """Both copies in one dump: "kept that one" named the file both are in (user audit r30, 15)."""
    from indexer.build import build_index

    news = tmp_path / "news"
    news.mkdir()
    write_feed(news / "a.jsonl", QUOTED, OTHER, {**QUOTED, "title": "گرمخانه دیگر"})
    report = build_index([news], tmp_path / "ix")
    assert [p.message for p in report.skipped] == [
        f"article #2: id «isna-7» is also article #0 of {news.resolve() / 'a.jsonl'}, with different content; "
        "kept article #0; give one of them another id, or remove one"]
    assert _titles(tmp_path / "ix") == sorted(["گرمخانه تازه", "مستمری مددجویان"])


def _titles(index_dir):
    from indexer.schema import ARTICLES
    from indexer.store import open_searcher

    return sorted(fields["title"] for fields in open_searcher(index_dir, ARTICLES).all_stored_fields())


def test_an_article_removed_from_a_changed_file_leaves_the_index(tmp_path):
    from indexer.build import build_index

    news = tmp_path / "news"
    news.mkdir()
    write_feed(news / "a.jsonl", QUOTED, OTHER)
    build_index([news], tmp_path / "ix")
    write_feed(news / "a.jsonl", OTHER)
    build_index([news], tmp_path / "ix")
    assert index_state(tmp_path / "ix") == index_state_of_clean_build(news, tmp_path / "clean")
    assert index_state(tmp_path / "ix")[2] == ["isna-8"]


def index_state_of_clean_build(news, index_dir):
    from indexer.build import build_index

    build_index([news], index_dir)
    return index_state(index_dir)


def test_the_duplicate_exit_codes_agree_with_the_readme(tmp_path):
    from typer.testing import CliRunner

    from cli import app

    news = tmp_path / "news"
    news.mkdir()
    write_feed(news / "a.jsonl", QUOTED)
    write_feed(news / "b.jsonl", QUOTED)
    runner = CliRunner()
    assert runner.invoke(app, ["index", str(news), "--index", str(tmp_path / "ix"), "-q"]).exit_code == 0
    write_feed(news / "c.jsonl", {**QUOTED, "text": "متن دیگر"})
    for _ in range(2):
        assert runner.invoke(app, ["index", str(news), "--index", str(tmp_path / "ix"), "-q"]).exit_code == 4


# Commands given a missing index, or a stdout closed early.

@pytest.mark.parametrize("command", [["search", "کودکان"], ["speakers"], ["said-by", "محمدی"], ["quotes", "کار"],
                                     ["who", "کار"], ["stats"], ["show", "x"]])
def test_every_command_on_a_missing_index_says_how_to_build_one_and_exits_3(tmp_path, command):
    from typer.testing import CliRunner

    from cli import app

    missing = tmp_path / "missing"
    result = CliRunner().invoke(app, command + ["--index", str(missing)])
    assert result.exit_code == 3
    assert f"no goftar index in {missing}; build one with: goftar index PATH --index {missing}" in result.output


def test_the_speaker_registry_of_a_missing_index_is_the_index_missing_error(tmp_path):
    from indexer.quote_search import said_by, speaker_registry
    from indexer.errors import IndexMissing

    with pytest.raises(IndexMissing):
        speaker_registry(tmp_path / "missing")
    with pytest.raises(IndexMissing):
        said_by(tmp_path / "missing", "محمدی")


@pytest.fixture(scope="module")
def samples_index(tmp_path_factory):
    from corpus import SAMPLES_DIR
    from indexer.build import build_index

    index_dir = tmp_path_factory.mktemp("samples") / "ix"
    build_index([SAMPLES_DIR], index_dir)
    return index_dir


@pytest.mark.parametrize("command", [["search", "کودکان"], ["speakers", "--format", "csv"], ["stats", "--json"],
                                     ["extract", "{samples}", "--json"]])
def test_a_reader_closing_stdout_early_is_no_error(samples_index, command):
    """`goftar search … | head -1`: exit 0, nothing on stderr."""
    import subprocess

    from corpus import SAMPLES_DIR

    program = _console_command()
    args = [part.format(samples=SAMPLES_DIR) for part in command]
    if command[0] != "extract":
        args += ["--index", str(samples_index)]
    process = subprocess.Popen(program + args, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               cwd=Path(__file__).resolve().parents[1])
    process.stdout.close()  # the reader is gone before the first line
    assert process.wait(timeout=60) == 0
    assert process.stderr.read() == b""


def _console_command() -> list[str]:
    """The installed ``goftar`` beside this Python, else the checkout's cli.py."""
    script = Path(sys.executable).with_name("goftar")
    return [str(script)] if script.exists() else [sys.executable, "-m", "cli"]


@pytest.mark.parametrize("args, code", [(["کودکان", "--limit", "1000"], 0), (["قورباغه‌پرنده"], 1),
                                        (["کودکان", "--from", "فردا"], 2)])
def test_the_console_command_exits_with_its_code_after_all_its_output(samples_index, args, code):
    """goftar skips Python's teardown once a command is done (cli.run): its exit code and
    every byte it wrote (a long JSON answer, a usage error) still arrive."""
    import subprocess

    done = subprocess.run(_console_command() + ["search", *args, "--index", str(samples_index), "--json"],
                          capture_output=True, timeout=60, cwd=Path(__file__).resolve().parents[1])
    assert done.returncode == code
    if code == 2:
        assert "--from" in done.stderr.decode()
    else:
        assert (json.loads(done.stdout)["total"] > 0) == (code == 0)
