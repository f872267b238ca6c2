"""A CSV cell that starts with = + - @ is written after an apostrophe (OWASP's advice on CSV injection).

A quote «=SUM(A1:A9) …» or «-۵ درصد …» was written raw by quotes --format csv,
and Excel and LibreOffice evaluated it (or showed #NAME?). Every command's CSV
goes through export.csv_text, which now guards such cells; ordinary Persian
text and numbers are written as they are.
"""

import csv
import io

import pytest
from typer.testing import CliRunner

from cli import app
from conftest import index_of
from indexer.export import csv_text

ARTICLES = [
    {"id": "budget-1", "title": "بودجه آموزش", "date": "1400/02/10",
     "body": "نادر پاکزاد گفت: «=SUM(A1:A9) جمع بودجه آموزش را نشان می‌دهد.»\n\n"
             "لیلا مقدم گفت: «-۵ درصد از بودجه آموزش کم شد.»\n\n"
             "حسین رادمنش گفت: «۵ درصد بودجه آموزش به مدارس رسید.»"},
]

runner = CliRunner()


def cells(text: str) -> list[dict]:
    return list(csv.DictReader(io.StringIO(text.lstrip("\ufeff"))))


@pytest.mark.parametrize("written", ["=SUM(A1:A9) جمع بودجه", "-۵ درصد کاهش", "+۹۸ ۲۱ تماس", "@بودجه", "\tبودجه"])
def test_a_cell_a_spreadsheet_would_evaluate_starts_with_an_apostrophe(written):
    assert cells(csv_text(["text"], [{"text": written}])) == [{"text": "'" + written}]


def test_a_list_cell_that_would_start_a_formula_is_guarded_too():
    assert cells(csv_text(["roles"], [{"roles": ["=رئیس", "معاون"]}])) == [{"roles": "'=رئیس | معاون"}]


@pytest.mark.parametrize("written", ["۵ درصد بودجه به مدارس رسید", "بودجه ۱۴۰۰ = ۲۰ میلیارد", 12, -1.5, "2021-04-30", ""])
def test_ordinary_persian_text_and_numbers_are_written_unchanged(written):
    assert cells(csv_text(["text"], [{"text": written}])) == [{"text": str(written)}]


@pytest.fixture(scope="module")
def index_dir(tmp_path_factory):
    return index_of(tmp_path_factory, "formulas", ARTICLES)


@pytest.mark.parametrize("command", [["quotes", "بودجه"], ["who", "بودجه"]])
def test_quotes_that_look_like_formulas_are_guarded_in_the_commands_csv(index_dir, command):
    result = runner.invoke(app, [*command, "--index", index_dir, "--format", "csv"])
    texts = sorted(row["text"] for row in cells(result.stdout))
    assert texts == ["'-۵ درصد از بودجه آموزش کم شد.", "'=SUM(A1:A9) جمع بودجه آموزش را نشان می‌دهد.",
                     "۵ درصد بودجه آموزش به مدارس رسید."]

