"""Every JSON answer has the fields and types the README's "Formats for scripts" table gives.

A user's script read a quote's ``role`` as a string and crashed: who, quotes
and said-by (CLI and API) gave null for a person quoted with no role, since a
stored quote keeps None there. The README's shapes are written once here, as
SHAPES, and every JSON output, on the command line and on the web, is checked
against them.
"""

import json

import pytest
from starlette.testclient import TestClient
from typer.testing import CliRunner

from cli import app
from conftest import index_of
from web import create_app

ARTICLES = [
    {"id": "parks-1", "title": "نشست شورای شهر", "date": "1400/02/10",
     "body": "کامران نیک‌نام گفت: «بودجه پارک‌های شهر امسال بیشتر می‌شود.»\n\n"
             "یک مقام آگاه گفت: «قرارداد پارک‌ها هفته آینده امضا می‌شود.»\n\n"
             "مریم کاوه، رئیس سازمان پارک‌ها، گفت: «درختکاری پارک‌ها از اسفند آغاز می‌شود.»"},
]

NOTHING = type(None)
TEXT, NUMBER, SCORE = str, int, (int, float)

# The README's shapes: a dict is an object with exactly these fields, [shape] a list of them.
QUOTE = {"doc_id": TEXT, "where": TEXT, "start": NUMBER, "end": NUMBER, "kind": TEXT, "cue": TEXT, "text": TEXT,
         "speaker": (TEXT, NOTHING), "role": TEXT, "ref": TEXT, "speaker_type": TEXT}
SAID = {**QUOTE, "title": TEXT, "date": TEXT, "date_jalali": TEXT}
QUOTE_HIT = {**SAID, "rank": NUMBER, "score": (*SCORE, NOTHING), "highlights": list, "speaker_highlights": list,
             "role_highlights": list}
HIT = {"rank": NUMBER, "id": TEXT, "score": (*SCORE, NOTHING), "title": TEXT, "snippet": TEXT, "highlights": list,
       "category": TEXT, "source": TEXT, "date": TEXT, "date_jalali": TEXT, "date_source": TEXT, "url": TEXT,
       "words_matched": NUMBER}
SHAPES = {
    "search": {"query": TEXT, "total": NUMBER, "page": NUMBER, "matched": TEXT, "notice": TEXT, "words": NUMBER,
               "all_words": NUMBER, "by_year": dict, "hits": [HIT]},
    "quotes": {"query": TEXT, "total": NUMBER, "page": NUMBER, "notice": TEXT, "quotes": [QUOTE_HIT]},
    "who": {"query": TEXT, "notice": TEXT, "speakers": [
        {"speaker": (TEXT, NOTHING), "role": TEXT, "speaker_type": TEXT, "score": SCORE, "quotes": [QUOTE_HIT]}]},
    "said-by": {"speaker": TEXT, "roles": [TEXT], "quotes": [SAID], "by_period": {"unit": TEXT, "counts": dict},
                "namesakes": [{"speaker": TEXT, "quotes": NUMBER}]},
    "speakers": {"speakers": [{"speaker": TEXT, "speaker_type": TEXT, "quotes": NUMBER, "roles": [TEXT],
                               "doc_ids": [TEXT]}]},
    "said-by role": {"role": TEXT, "holders": [
        {"speaker": (TEXT, NOTHING), "speaker_type": TEXT, "roles": [TEXT], "dates": list, "quotes": [SAID]}]},
    "extract": QUOTE,
}
# What the API adds to an answer (README, "JSON API").
API_EXTRA = {"who": {"page": NUMBER, "more": bool}, "speakers": {"total": NUMBER, "page": NUMBER},
             "said-by": {"total": NUMBER, "page": NUMBER},
             "said-by role": {"total": NUMBER, "page": NUMBER}}

runner = CliRunner()


def mismatches(value, shape, where="") -> list[str]:
    """Where ``value`` departs from ``shape``: a missing or extra field, or a value of another type."""
    if isinstance(shape, dict):
        if not isinstance(value, dict):
            return [f"{where}: {value!r} is not an object"]
        problems = [f"{where}.{key}: missing" for key in shape if key not in value]
        problems += [f"{where}.{key}: not documented" for key in value if key not in shape]
        return problems + [p for key in shape if key in value for p in mismatches(value[key], shape[key], f"{where}.{key}")]
    if isinstance(shape, list):
        if not isinstance(value, list):
            return [f"{where}: {value!r} is not a list"]
        return [p for n, item in enumerate(value) for p in mismatches(item, shape[0], f"{where}[{n}]")]
    kinds = shape if isinstance(shape, tuple) else (shape,)
    wrong = not isinstance(value, kinds) or (isinstance(value, bool) and bool not in kinds)
    return [f"{where}: {value!r} is not {' or '.join(k.__name__ for k in kinds)}"] if wrong else []


@pytest.fixture(scope="module")
def index_dir(tmp_path_factory):
    return index_of(tmp_path_factory, "shapes", ARTICLES)


COMMANDS = {
    "search": ["search", "پارک"],
    "quotes": ["quotes", "پارک"],
    "who": ["who", "پارک"],
    "speakers": ["speakers"],
    "said-by": ["said-by", "کامران نیک‌نام"],
    "said-by role": ["said-by", "رئیس سازمان پارک‌ها"],
}


@pytest.mark.parametrize("output", COMMANDS)
def test_each_json_output_of_the_command_line_has_the_documented_shape(index_dir, output):
    result = runner.invoke(app, [*COMMANDS[output], "--index", index_dir, "--json"])
    assert result.exit_code == 0, result.output
    assert mismatches(json.loads(result.stdout), SHAPES[output]) == []


def test_a_person_quoted_with_no_role_has_an_empty_role_not_null(index_dir):
    result = runner.invoke(app, ["said-by", "کامران نیک‌نام", "--index", index_dir, "--json"])
    assert [quote["role"] for quote in json.loads(result.stdout)["quotes"]] == [""]


def test_an_unnamed_speaker_keeps_a_null_speaker_and_its_role(index_dir):
    who = json.loads(runner.invoke(app, ["who", "قرارداد", "--index", index_dir, "--json"]).stdout)
    assert [(s["speaker"], s["role"]) for s in who["speakers"]] == [(None, "مقام آگاه")]


def test_extract_and_show_give_quotes_of_the_documented_shape(index_dir, tmp_path):
    source = tmp_path / "parks.json"
    source.write_text(json.dumps(ARTICLES, ensure_ascii=False), encoding="utf-8")
    lines = runner.invoke(app, ["extract", str(source), "--json"]).stdout.splitlines()
    assert len(lines) == 3 and [p for line in lines for p in mismatches(json.loads(line), SHAPES["extract"])] == []
    shown = json.loads(runner.invoke(app, ["show", "parks-1", "--index", index_dir, "--json"]).stdout)
    assert mismatches(shown["quotes"], [QUOTE]) == []


API = {
    "search": ("/api/search", {"q": "پارک"}),
    "quotes": ("/api/quotes", {"q": "پارک"}),
    "who": ("/api/who", {"q": "پارک"}),
    "speakers": ("/api/speakers", {}),
    "said-by": ("/api/said-by", {"name": "کامران نیک‌نام"}),
    "said-by role": ("/api/said-by", {"name": "رئیس سازمان پارک‌ها"}),
}


@pytest.mark.parametrize("output", API)
def test_each_api_answer_has_the_documented_shape(index_dir, output):
    path, params = API[output]
    with TestClient(create_app(index_dir)) as client:
        answer = client.get(path, params=params)
    assert answer.status_code == 200
    assert mismatches(answer.json(), {**SHAPES[output], **API_EXTRA.get(output, {})}) == []
