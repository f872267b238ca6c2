"""An index is never emptied by a path that is missing or left out: an unmounted or mistyped folder
keeps what the index holds from it, and a --rebuild says which roots it drops."""

import shutil

import pytest

from corpus import SAMPLES_DIR
from indexer.build import build_index
from indexer.errors import GoftarError
from indexer.search import search


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
