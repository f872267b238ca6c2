"""The web and its API answer the parameters they were given, or refuse them by name: a category no
article has is named (not blamed on the query), a page past the end says so and points back to
the last page with results, /api/said-by honours limit, page and dates (a bad value is refused as
every API call refuses it), and /api/who refuses a speaker it cannot narrow by.
"""

import pytest
from starlette.testclient import TestClient

from conftest import index_of
from web import create_app

ARTICLES = [
    {"id": f"sport-{n}", "title": f"تمرین تیم ملی {n}", "date": f"1399/0{n}/10", "category": "ورزشی",
     "body": f"بابک نیک‌سرشت، سرمربی تیم ملی، گفت: تمرین شمارهٔ {n} تیم ملی فردا برگزار می‌شود."}
    for n in range(1, 6)
]


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    with TestClient(create_app(index_of(tmp_path_factory, "asked", ARTICLES))) as client:
        yield client


def test_a_category_no_article_has_is_named_not_blamed_on_the_query(client):
    response = client.get("/", params={"q": "تمرین", "category": "نبودنی"})
    assert response.status_code == 400
    assert "دسته‌ای به نام «نبودنی»" in response.text and "عبارت جستجو پذیرفته نشد" not in response.text


def test_a_speakers_page_past_the_end_says_it_is_empty_not_that_nobody_was_found(client):
    page = client.get("/", params={"tab": "speakers", "page": "50"}).text
    assert "این صفحه خالی است" in page and "گوینده‌ای با این نام یا سمت پیدا نشد" not in page
    nobody = client.get("/", params={"tab": "speakers", "q": "فرمانده ناوگان"}).text
    assert "گوینده‌ای با این نام یا سمت پیدا نشد" in nobody


def test_previous_past_the_end_links_to_the_last_page_with_results(client):
    page = client.get("/", params={"q": "تمرین", "limit": "2", "page": "9"}).text
    assert 'rel="prev" href="/?q=%D8%AA%D9%85%D8%B1%DB%8C%D9%86&amp;page=3&amp;limit=2"' in page
    inside = client.get("/", params={"q": "تمرین", "limit": "2", "page": "2"}).text
    assert 'rel="prev" href="/?q=%D8%AA%D9%85%D8%B1%DB%8C%D9%86&amp;limit=2"' in inside


def test_said_by_api_honours_limit_and_page(client):
    answer = client.get("/api/said-by", params={"name": "بابک نیک‌سرشت", "limit": "2", "page": "2"}).json()
    assert answer["total"] == 5 and answer["page"] == 2
    assert [q["doc_id"] for q in answer["quotes"]] == ["sport-3", "sport-2"]  # newest first


def test_said_by_api_honours_dates(client):
    answer = client.get("/api/said-by", params={"name": "بابک نیک‌سرشت", "from": "1399/02", "to": "1399/03"}).json()
    assert sorted(q["doc_id"] for q in answer["quotes"]) == ["sport-2", "sport-3"] and answer["total"] == 2
    role = client.get("/api/said-by", params={"name": "سرمربی تیم ملی", "from": "1399/05"}).json()
    assert [[q["doc_id"] for q in h["quotes"]] for h in role["holders"]] == [["sport-5"]]


def test_said_by_api_refuses_a_limit_that_is_no_number(client):
    response = client.get("/api/said-by", params={"name": "بابک نیک‌سرشت", "limit": "abc"})
    assert response.status_code == 400 and "limit" in response.json()["error"]


def test_who_api_refuses_a_speaker_it_cannot_narrow_by(client):
    response = client.get("/api/who", params={"q": "تمرین", "speaker": "بابک نیک‌سرشت"})
    assert response.status_code == 400 and "/api/quotes" in response.json()["error"]
    assert client.get("/api/who", params={"q": "تمرین"}).status_code == 200
