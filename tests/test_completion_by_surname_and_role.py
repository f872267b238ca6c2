"""<TAB> after said-by or --speaker offers a person by any word of the name, and said-by a role too.

An audit found `said-by داو<TAB>` never offering the most quoted speaker, whose surname starts so:
completion matched only the start of the full name, and journalists type surnames. Roles were not
offered at all (`said-by رئیس<TAB>` offered nothing). Now a name is offered when any of its words
starts with what was typed, in any spelling the filter reads alike, most quoted first; said-by is also
offered the roles someone was quoted under, by their start, as said-by finds a role.
"""

import pytest
from typer.testing import CliRunner

from cli import app
from conftest import index_of
from indexer.completion import speakers_matching, speakers_or_roles_matching

runner = CliRunner()

ARTICLES = [
    {"id": "park-1", "title": "پارک‌ها",
     "body": "کیوان داوری‌فر، رئیس سازمان پارک‌ها، گفت: «درختکاری پارک‌ها از اسفند آغاز می‌شود.»\n\n"
             "کیوان داوری‌فر، رئیس سازمان پارک‌ها، گفت: «نیمکت‌های تازه در پارک‌ها گذاشته می‌شود.»"},
    {"id": "park-2", "title": "شورا",
     "body": "کیوان داوری‌فر، رئیس سازمان پارک‌ها، گفت: «آبیاری پارک‌ها شبانه انجام می‌شود.»\n\n"
             "داوود تابش، معاون شهردار، گفت: «بودجه فضای سبز بیشتر می‌شود.»\n\n"
             "مینا کاظمی، سخنگوی شورای شهر، عضو کمیسیون عمران، گفت: «پل تازه تا پاییز ساخته می‌شود.»"},
    {"id": "water-1", "title": "آب",
     "body": "تابنده رفیعی، کارشناس آب، گفت: «ذخیره سدها کم شده است.»\n\n"
             "تارا تابنده‌پور، استاد دانشگاه، گفت: «مصرف آب باید کم شود.»"},
]


@pytest.fixture(scope="module")
def index_dir(tmp_path_factory):
    return index_of(tmp_path_factory, "surnames", ARTICLES)


def _values(offered):
    return [value for value, _ in offered]


def test_a_surname_typed_offers_the_full_name_most_quoted_first(index_dir):
    assert speakers_matching(index_dir, "داو") == [("کیوان داوری‌فر", "3 quotes"), ("داوود تابش", "1 quote")]
    assert _values(speakers_matching(index_dir, "کاظ")) == ["مینا کاظمی"]


def test_a_surname_in_another_spelling_offers_the_name(index_dir):
    assert _values(speakers_matching(index_dir, "داوري")) == ["کیوان داوری‌فر"]  # Arabic yeh
    assert _values(speakers_matching(index_dir, "داود")) == ["داود تابش"]  # a given name's start, as typed


def test_letters_inside_a_word_offer_nothing(index_dir):
    assert speakers_matching(index_dir, "اوری") == []
    assert speakers_matching(index_dir, "تابش ک") == []


def test_said_by_is_offered_roles_by_their_start_in_any_spelling(index_dir):
    assert speakers_or_roles_matching(index_dir, "رئیس سا") == [("رئیس سازمان پارک‌ها", "1 holder")]
    assert _values(speakers_or_roles_matching(index_dir, "رییس سا")) == ["رییس سازمان پارک‌ها"]


def test_a_role_of_two_parts_is_offered_by_each_part(index_dir):
    assert _values(speakers_or_roles_matching(index_dir, "عضو")) == ["عضو کمیسیون عمران"]
    assert _values(speakers_or_roles_matching(index_dir, "سخنگو")) == ["سخنگوی شورای شهر"]


def test_a_role_is_not_offered_by_its_later_words_nor_to_speaker(index_dir):
    assert speakers_or_roles_matching(index_dir, "سازمان پارک") == []  # said-by finds a role by its start
    assert speakers_matching(index_dir, "رئیس سا") == []  # --speaker takes a person


def completed(words: str, shell: str = "zsh") -> str:
    shells = {"zsh": {"_TYPER_COMPLETE_ARGS": words},
              "bash": {"COMP_WORDS": words, "COMP_CWORD": str(len(words.split()) - 1)}}
    result = runner.invoke(app, [], prog_name="goftar", env={"_GOFTAR_COMPLETE": f"complete_{shell}", **shells[shell]})
    assert result.exit_code == 0 and "Traceback" not in result.output, result.output
    return result.output


def test_the_command_line_offers_surnames_and_roles(index_dir):
    assert '"کیوان داوری‌فر":"3 quotes"' in completed(f"goftar said-by --index {index_dir} داو")
    assert '"معاون شهردار":"1 holder"' in completed(f"goftar said-by --index {index_dir} معا")
    assert '"مینا کاظمی"' in completed(f"goftar quotes --index {index_dir} --speaker کاظ")


def test_bash_is_offered_a_surname_match_unless_it_would_cut_what_was_typed(index_dir):
    assert completed(f"goftar said-by --index {index_dir} کاظ", "bash").splitlines() == ["مینا\\ کاظمی"]
    # «تارا تابنده‌پور» and «تابنده رفیعی» both start «تا»: bash would put that in place of «تابن»
    assert completed(f"goftar said-by --index {index_dir} تابن", "bash").splitlines() == ["تابنده\\ رفیعی"]
    assert '"تارا تابنده‌پور"' in completed(f"goftar said-by --index {index_dir} تابن")
