"""An index is never emptied by a path that is missing or left out: an unmounted or mistyped folder
keeps what the index holds from it, and a --rebuild says which roots it drops."""

import shutil

import pytest
from typer.testing import CliRunner

from cli import app
from corpus import SAMPLES_DIR
from indexer.build import build_index
from indexer.errors import GoftarError, RootsMissing
from indexer.search import search
from indexer.store import read_meta


@pytest.fixture
def two_roots(tmp_path):
    """Two folders of the bundled articles («سالمندان تنها» in the first), indexed together."""
    first, second = tmp_path / "first", tmp_path / "second"
    first.mkdir(), second.mkdir()
    for n, path in enumerate(sorted(SAMPLES_DIR.glob("s0*.txt"))):
        shutil.copy(path, (first if n % 2 == 0 else second) / path.name)
    index = tmp_path / "ix"
    build_index([first], index)
    build_index([second], index)
    return first, second, index


def articles(index, words="سالمندان تنها"):
    return search(index, words, limit=50).total


def test_a_root_that_is_gone_keeps_its_articles_in_the_index(two_roots):
    first, _, index = two_roots
    before = articles(index)
    first.rename(first.with_name("moved"))  # an unmounted drive, a renamed folder
    report = build_index([first], index)
    assert report.files_removed == 0 and articles(index) == before > 0
    assert any(p.action == "kept" and "keeps" in p.message for p in report.problems)


def test_a_file_deleted_from_a_root_that_is_there_still_leaves_the_index(two_roots):
    first, _, index = two_roots
    for path in first.glob("s03_*.txt"):
        path.unlink()
    assert build_index([first], index).files_removed == 1


def test_a_rebuild_of_one_root_says_it_drops_the_other(two_roots):
    first, second, index = two_roots
    report = build_index([second], index, rebuild=True)
    dropped = [p for p in report.problems if p.action == "dropped"]
    assert len(dropped) == 1 and str(first) in dropped[0].path and report.files_removed > 0


def test_a_rebuild_from_a_mistyped_path_is_refused_before_it_writes(two_roots):
    first, second, index = two_roots
    before = articles(index)
    first.rename(first.with_name("moved"))
    with pytest.raises(GoftarError, match="does not exist"):
        build_index([first, second], index, rebuild=True)
    assert articles(index) == before > 0


def test_a_run_from_only_a_mistyped_path_makes_no_index(tmp_path):
    index = tmp_path / "ix"
    with pytest.raises(RootsMissing) as refused:
        build_index([tmp_path / "اخبار-تایپی"], index)
    assert refused.value.roots == [tmp_path / "اخبار-تایپی"] and not index.exists()


def test_a_mistyped_path_beside_an_index_is_refused_without_a_new_generation(two_roots, tmp_path):
    first, _, index = two_roots
    before = sorted(path.name for path in index.iterdir())
    with pytest.raises(RootsMissing):
        build_index([tmp_path / "typo"], index)
    assert sorted(path.name for path in index.iterdir()) == before
    assert str(tmp_path / "typo") not in read_meta(index).roots


def test_the_index_command_from_a_mistyped_path_says_which_and_exits_4(tmp_path):
    result = CliRunner().invoke(app, ["index", str(tmp_path / "typo"), "--index", str(tmp_path / "ix")])
    assert result.exit_code == 4 and not (tmp_path / "ix").exists()
    assert f"no such file or folder: '{tmp_path / 'typo'}'; nothing was indexed" in result.stderr
