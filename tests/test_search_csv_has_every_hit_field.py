"""The search CSV has every field of a hit but highlights, as the README says: words_matched was missing."""

import csv
import io

from typer.testing import CliRunner

from cli import app
from conftest import index_of

ARTICLES = [
    {"id": "school-1", "title": "بودجه مدارس", "date": "1400/02/10",
     "body": "بودجه نوسازی مدارس روستایی امسال دو برابر شد."},
    {"id": "school-2", "title": "کتابخانه روستا", "date": "1400/03/10",
     "body": "کتابخانه تازه روستا با بودجه شورا ساخته شد."},
]


def test_the_search_csv_has_every_hit_field_but_highlights(tmp_path_factory):
    index_dir = index_of(tmp_path_factory, "columns", ARTICLES)
    out = CliRunner().invoke(app, ["search", "بودجه مدارس", "--index", index_dir, "--format", "csv"]).stdout
    rows = list(csv.DictReader(io.StringIO(out.lstrip("\ufeff"))))
    assert [(row["id"], row["words_matched"]) for row in rows] == [("school-1", "2"), ("school-2", "1")]
    assert "highlights" not in rows[0]
