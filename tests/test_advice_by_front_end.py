"""An error says what is wrong once (its type's message) and each front end says what to do there:
the web's API said "see goftar speakers" and "ids are shown by goftar search" to a reader with no
terminal; now it points at the speakers tab and the search page, and the CLI names the commands."""

import pytest
from starlette.testclient import TestClient
from typer.testing import CliRunner

import cli
from cli import app
from indexer.errors import EmptyQuery, UnknownArticle, UnknownSpeaker, advised
from web.app import create_app
from web.errors import ADVICE

runner = CliRunner()


@pytest.fixture(scope="module")
def client(dated):
    with TestClient(create_app(dated)) as test_client:
        yield test_client


def test_the_error_itself_says_what_is_wrong_and_names_no_command():
    assert str(UnknownSpeaker("نادر ناشناس")) == "no speaker named 'نادر ناشناس' in the index"
    assert "goftar" not in str(UnknownArticle("خبر-۹۹"))


def test_each_front_end_adds_its_own_step_to_the_one_message():
    error = UnknownSpeaker("نادر ناشناس")
    assert advised(error, cli.ADVICE) == "no speaker named 'نادر ناشناس' in the index; see goftar speakers"
    assert advised(error, ADVICE).startswith("no speaker named 'نادر ناشناس' in the index; the speakers tab")
    assert advised(error, {}) == str(error)


@pytest.mark.parametrize("path, params, step", [
    ("/api/said-by", {"name": "نادر ناشناس"}, "speakers tab"),
    ("/api/quotes", {"q": "گرمخانه", "speaker": "نادر ناشناس"}, "speakers tab"),
    ("/api/doc", {"id": "خبر-۹۹"}, "search page"),
])
def test_the_api_says_what_to_do_on_the_web_not_at_the_command_line(client, path, params, step):
    response = client.get(path, params=params)
    assert response.status_code == 404 and step in response.json()["error"]
    assert "goftar" not in response.json()["error"]


def test_the_command_line_still_names_the_commands(dated):
    said = runner.invoke(app, ["said-by", "نادر ناشناس", "--index", dated])
    assert said.exit_code == 1 and "see goftar speakers" in said.stderr
    shown = runner.invoke(app, ["show", "خبر-۹۹", "--index", dated])
    assert shown.exit_code == 1 and "ids are shown by goftar search" in shown.stderr


# An empty question: `goftar quotes ''` and /api/quotes or /api/who with no q said "e.g. goftar search …",
# the wrong command, and a command in a web answer; each front end now names its own way to ask.
@pytest.mark.parametrize("command", ["search", "quotes"])
def test_an_empty_query_at_the_command_line_names_the_command_that_was_run(dated, command):
    result = runner.invoke(app, [command, "", "--index", dated])
    assert result.exit_code == 2 and f'e.g. goftar {command} "کودکان کار"' in result.stderr
    assert command == "search" or "goftar search" not in result.stderr


def test_an_empty_name_for_said_by_names_said_by_with_a_role(dated):
    result = runner.invoke(app, ["said-by", " ", "--index", dated])
    assert result.exit_code == 2 and 'e.g. goftar said-by "رئیس سازمان بهزیستی"' in result.stderr


@pytest.mark.parametrize("path", ["/api/search", "/api/quotes", "/api/who"])
def test_an_empty_query_on_the_api_names_its_address_not_a_command(client, path):
    response = client.get(path, params={"q": " "})
    assert response.status_code == 400 and f"e.g. {path}?q=کودکان کار" in response.json()["error"]
    assert "goftar" not in response.json()["error"]


def test_the_empty_query_error_itself_names_no_command_or_address():
    assert str(EmptyQuery("quotes")) == "the query is empty; give some words to search for"
    assert str(EmptyQuery("said-by")) == "the name is empty; give a person's name or a role"
