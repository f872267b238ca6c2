"""<TAB> after --category, --source, --speaker or said-by offers the index's own categories, sources and
speakers one of whose words starts with what was typed (most frequent first), and offers nothing, without a word, when
there is no index.

Before, completion offered nothing after these (the shell fell back to file names).
"""

import pytest
from typer.testing import CliRunner

from cli import app
from conftest import index_of
from indexer.completion import categories_starting, sources_starting, speakers_matching

runner = CliRunner()

ARTICLES = [
    {"id": "a1", "title": "خبر یک", "url": "https://www.farsnews.example/news/21/a", "category": "social/welfare",
     "body": "علی سلامی، مدیرکل بهزیستی، گفت: مستمری خانواده‌ها افزایش می‌یابد."},
    {"id": "a2", "title": "خبر دو", "url": "https://www.farsnews.example/news/22/b", "category": "social",
     "body": "علی سلامی، مدیرکل بهزیستی، گفت: مراکز نگهداری تازه باز می‌شود."},
    {"id": "a3", "title": "خبر سه", "url": "https://www.varzesh3.example/news/23/c",
     "body": "علیرضا کاوه، سرمربی تیم، گفت: بازیکنان آماده دیدار فردا هستند."},
    {"id": "a4", "title": "خبر چهار", "category": "economy", "source": "همشهری",
     "body": "مریم رهنما، کارشناس بازار، گفت: قیمت مسکن در پاییز ثابت ماند."},
]


@pytest.fixture(scope="module")
def index_dir(tmp_path_factory):
    return index_of(tmp_path_factory, "completion", ARTICLES)


def _values(offered):
    return [value for value, _ in offered]


def test_sources_are_offered_by_their_persian_names_most_articles_first(index_dir):
    offered = sources_starting(index_dir, "")
    assert offered[0] == ("فارس", "2 articles") and set(offered[1:]) == {("ورزش سه", "1 article"), ("همشهری", "1 article")}
    assert _values(sources_starting(index_dir, "ورزش")) == ["ورزش سه"]


def test_categories_are_offered_at_every_level_by_their_labels(index_dir):
    assert _values(categories_starting(index_dir, "اجتماعی")) == ["اجتماعی", "اجتماعی/رفاه"]
    assert "ورزشی" in _values(categories_starting(index_dir, ""))  # Varzesh3's articles are filed as sport


def test_a_value_typed_in_another_spelling_is_completed_as_typed(index_dir):
    assert _values(categories_starting(index_dir, "اجتماعي/")) == ["اجتماعي/رفاه"]  # Arabic yeh
    assert _values(sources_starting(index_dir, "ورزش‌س")) == ["ورزش‌سه"]  # ZWNJ for the space


def test_speakers_are_offered_by_the_start_of_their_name(index_dir):
    assert speakers_matching(index_dir, "علی") == [("علی سلامی", "2 quotes"), ("علیرضا کاوه", "1 quote")]


def test_a_word_typed_whole_offers_no_longer_word(index_dir):
    assert _values(speakers_matching(index_dir, "علی ")) == ["علی سلامی"]


def test_nothing_is_offered_for_what_no_value_starts_with(index_dir):
    assert speakers_matching(index_dir, "هنما") == []  # inside a word
    assert sources_starting(index_dir, "ایسنا") == []


def _completed(words: str, shell: str = "zsh", env: dict | None = None) -> str:
    shells = {"zsh": {"_TYPER_COMPLETE_ARGS": words},
              "bash": {"COMP_WORDS": words, "COMP_CWORD": str(len(words.split()) - 1)}}
    result = runner.invoke(app, [], prog_name="goftar",
                           env={"_GOFTAR_COMPLETE": f"complete_{shell}", **shells[shell], **(env or {})})
    assert result.exit_code == 0 and "Traceback" not in result.output, result.output
    return result.output


def test_the_command_line_completes_options_and_said_by_from_the_index(index_dir):
    assert '"ورزش سه":"1 article"' in _completed(f"goftar search --index {index_dir} --source ورز")
    assert '"اجتماعی/رفاه"' in _completed(f"goftar quotes --index {index_dir} --category اجتماعی/")
    assert '"مریم رهنما"' in _completed(f"goftar said-by --index {index_dir} مر")
    assert '"علی سلامی"' in _completed(f"goftar search --index {index_dir} --speaker علی")


def test_bash_is_offered_names_with_their_spaces_escaped(index_dir):
    assert _completed(f"goftar said-by --index {index_dir} مر", shell="bash").splitlines() == ["مریم\\ رهنما"]


@pytest.mark.parametrize("words", ["goftar search --source ", "goftar said-by علی", "goftar who --category "])
def test_without_an_index_nothing_is_offered_and_nothing_is_said(tmp_path, words):
    output = _completed(words, env={"GOFTAR_INDEX": str(tmp_path / "none")})
    assert output.strip() == "_files"  # zsh's own file completion, as for any option without values
    assert not (tmp_path / "none").exists()  # no index was built to answer
