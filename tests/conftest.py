"""Fixtures more than one test file uses: the articles they index, and the indexes, built once."""

import importlib
import json
import shutil
from pathlib import Path

import pytest
import typer.rich_utils  # noqa: F401  (see below)

from corpus import SAMPLES_DIR
from indexer.build import build_index

# typer.rich_utils reads FORCE_COLOR and the width once, when first imported,
# which is when a command first formats a usage error. Imported here, that is
# never inside a test that sets TERMINAL, so usage errors stay plain in all
# the tests after it, whatever order they run in.

# A terminal as the commands see one under test: colour forced, 100 columns.
TERMINAL = {"FORCE_COLOR": "1", "TERM": "xterm-256color", "COLUMNS": "100"}

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


DATED = [
    {"id": "d-9806", "title": "گرمخانه‌های جدید در تهران آماده شد", "category": "اجتماعی", "source": "ایسنا",
     "date": "۱۳۹۸/۰۶/۱۷",
     "body": "سید مهدی طاهرخانی، مدیرعامل سازمان خدمات اجتماعی، گفت: ظرفیت گرمخانه‌ها در زمستان دو برابر می‌شود."},
    {"id": "d-9810", "title": "افزایش مستمری مددجویان گرمخانه", "category": "اقتصادی/بیمه", "source": "فارس",
     "date": "2020-01-05",
     "body": "علی محمدی، معاون وزیر کار، گفت: مستمری مددجویان گرمخانه از دی ماه افزایش می‌یابد."},
    {"id": "fars-url", "title": "پتو برای گرمخانه‌های مشهد", "category": "اجتماعی", "source": "فارس",
     "url": "https://www.farsnews.com/news/13990215000123/patu",
     "body": "رضا محمدی، رئیس بهزیستی مشهد، گفت: هزار پتو به گرمخانه‌ها رسید."},
]


@pytest.fixture(scope="session")
def dated(tmp_path_factory):
    """Four articles: undated (winter-1), 1398/06/17, 2020-01-05 (1398/10/15), and one dated by its url (1399/02/15)."""
    folder = tmp_path_factory.mktemp("dated")
    lines = [json.dumps(a, ensure_ascii=False) for a in [ARTICLE, *DATED]]
    (folder / "news.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    ix = folder / "ix"
    build_index([folder / "news.jsonl"], ix)
    return str(ix)


@pytest.fixture(scope="session")
def samples_index(tmp_path_factory):
    """The bundled sample articles, indexed once per session; copy it (samples_index_copy) to change it."""
    target = tmp_path_factory.mktemp("samples") / "ix"
    build_index([SAMPLES_DIR], target)
    return target


@pytest.fixture(scope="session")
def samples_index_copy(samples_index, tmp_path_factory):
    """A copy of the samples index for one test file to add articles to (an update re-reads only the new files)."""
    def copy(name: str) -> Path:
        target = tmp_path_factory.mktemp(name) / "ix"
        shutil.copytree(samples_index, target)
        return target
    return copy


# One role held by two named people and once by someone the article does not name.
ROLE_ARTICLES = [
    {"id": "role-1", "title": "پوشش بیمه مددجویان", "date": "1397/02/10",
     "body": "نادر پاکزاد، رئیس سازمان بهزیستی کشور، گفت: بیمه مددجویان امسال کامل می‌شود."},
    {"id": "role-2", "title": "مستمری معلولان", "date": "1398/07/01",
     "body": "رئیس سازمان بهزیستی کشور گفت: مستمری معلولان از مهر بیشتر می‌شود."},
    {"id": "role-3", "title": "مراکز نگهداری", "date": "1399/03/20",
     "body": "کاوه نیک‌اندیش، رئيس سازمان بهزيستي، اظهار کرد: مراکز نگهداری سالمندان بازرسی می‌شوند."},
]


def bench_script(monkeypatch, name: str):
    """A script of bench/ imported as a module, for the tests of the evaluation's own rules."""
    monkeypatch.syspath_prepend(str(Path(__file__).resolve().parent.parent / "bench"))
    return importlib.import_module(name)


def index_of(tmp_path_factory, name: str, articles: list[dict]) -> str:
    """An index of ``articles``, written as one JSON file into a new folder ``name``: a module's own fixture."""
    folder = tmp_path_factory.mktemp(name)
    (folder / f"{name}.json").write_text(json.dumps(articles, ensure_ascii=False), encoding="utf-8")
    build_index([folder / f"{name}.json"], folder / "ix")
    return str(folder / "ix")


@pytest.fixture(scope="session")
def roles(tmp_path_factory):
    """ROLE_ARTICLES indexed once per session."""
    return index_of(tmp_path_factory, "roles", ROLE_ARTICLES)
