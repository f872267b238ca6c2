"""The web page and its JSON API, through Starlette's test client (no server, no browser)."""

import datetime
import html as html_lib
import json
import re
from urllib.parse import quote as urlquote

import pytest
from starlette.testclient import TestClient

from corpus import SAMPLES_DIR
from corpus.dates import format_date, parse_user_date
from indexer.build import build_index
from indexer.facets import facet_key
from indexer.quote_search import quotes_of, said_by
from indexer.search import get_article
from indexer.errors import GoftarError
from indexer.store import META_FILE, live_generation
from web import create_app, make_server

# Scraped text may carry markup; entity-encoded tags survive cleaning as literal text.
HOSTILE_ID = "ویژه/خبر/۱"
HOSTILE = {
    "id": HOSTILE_ID,
    "title": "هشدار &lt;script&gt;alert('title')&lt;/script&gt; درباره کودکان بی‌سرپرست",
    "lead": "گزارشی با &lt;img src=x onerror=alert(1)&gt; در متن.",
    "body": "مریم احمدی، مدیرکل امور بانوان، گفت: برنامه &lt;b&gt;حمایت ویژه&lt;/b&gt; برای کودکان بی‌سرپرست اجرا می‌شود.",
    "category": "اجتماعی/ویژه",
    "source": "آزمون",
    "date": "1398/07/01",
    "url": "javascript:alert(1)",
}
SHIRAZ = "https://news.example.ir/provinces/fars/koodakan-kar-shiraz-340"
PARTO = "s01_parto_3000_koodak.txt"


@pytest.fixture(scope="session")
def index_dir(samples_index_copy, tmp_path_factory):
    """The samples and one hostile article (only that file is analysed: the samples are indexed already)."""
    extra = tmp_path_factory.mktemp("extra")
    (extra / "hostile.json").write_text(json.dumps(HOSTILE, ensure_ascii=False), encoding="utf-8")
    target = samples_index_copy("web")
    report = build_index([SAMPLES_DIR, extra], target)
    assert report.files_unchanged == report.files_seen - 1
    return target


@pytest.fixture(scope="session")
def client(index_dir):
    with TestClient(create_app(index_dir)) as test_client:
        yield test_client


def api(client, path, **params):
    response = client.get(path, params=params)
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("application/json")
    return response.json()


def html(client, path, **params):
    response = client.get(path, params=params)
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("text/html")
    return response.text


def listed(page):
    """The results part of a page (the filter form's speaker list names everyone)."""
    return page[page.index("</header>"):]


# --- The page ------------------------------------------------------------------


def test_the_page_is_persian_right_to_left_and_self_contained(client):
    page = html(client, "/")
    assert '<html lang="fa" dir="rtl">' in page
    assert 'name="viewport"' in page
    assert "جستجو" in page and "گفته‌ها" in page and "چه کسی گفت؟" in page
    assert not re.search(r'(src|href)="(https?:)?//', page), "no external fonts, scripts or styles"
    css = client.get("/static/style.css")
    assert css.status_code == 200 and "Vazirmatn" in css.text and "@import" not in css.text


def test_every_answer_carries_a_strict_content_security_policy(client):
    for path in ("/", "/api/speakers", "/nope"):
        headers = client.get(path).headers
        assert "default-src 'none'" in headers["content-security-policy"]
        assert headers["x-content-type-options"] == "nosniff"


def test_search_results_have_highlighted_snippets_category_and_jalali_date(client):
    page = html(client, "/", q="کودکان کار")
    assert "شناسایی 340 کودک کار در شیراز" in page
    assert "<mark>" in page
    assert format_date(datetime.date(2019, 10, 27)) in page  # ۱۳۹۸/۰۸/۰۵, the Shiraz article
    assert ">کودکان کار</a>" in page  # the subcategory chip
    assert 'href="/doc?id=' in page


@pytest.mark.parametrize("spelling", ["كودكان", "کودکان"])
def test_a_persian_query_finds_the_same_articles_in_either_orthography(client, spelling):
    arabic = api(client, "/api/search", q="كودكان", limit=50)
    found = api(client, "/api/search", q=spelling, limit=50)
    assert found["total"] == arabic["total"] > 3
    assert [h["id"] for h in found["hits"]] == [h["id"] for h in arabic["hits"]]
    page = html(client, "/", q=spelling)
    assert "شناسایی 340 کودک کار در شیراز" in page


def test_the_address_is_the_query_so_results_can_be_bookmarked(client):
    # A submitted form sends empty fields; the page moves to the short address that means the same.
    response = client.get("/", params={"q": "کودکان", "tab": "articles", "category": "", "from": "", "sort": "relevance"},
                          follow_redirects=False)
    assert response.status_code == 303
    assert response.headers["location"] == "/?" + "q=" + urlquote("کودکان")
    page = html(client, "/", q="کودکان", tab="quotes", category="اجتماعی", speaker="لیلا کریمی", **{"from": "1398"})
    assert 'value="لیلا کریمی"' in page and 'value="1398"' in page
    assert '<option value="اجتماعی" selected>' in page
    assert 'class="active" aria-current="page">گفته‌ها' in page


def test_results_are_paginated_with_links_that_keep_the_query(client):
    first = html(client, "/", q="کودکان", limit=3)
    assert 'rel="next"' in first
    assert "page=2" in first and "limit=3" in first
    second = api(client, "/api/search", q="کودکان", limit=3, page=2)
    assert [h["rank"] for h in second["hits"]] == [4, 5, 6]
    beyond = api(client, "/api/search", q="کودکان", limit=3, page=50)
    assert beyond["hits"] == [] and beyond["total"] == second["total"]


def test_quotes_tab_shows_speakers_and_links_to_the_quote_in_its_article(client):
    page = html(client, "/", q="مراکز پرتو", tab="quotes")
    assert "«" in page and "<mark>" in page
    assert 'href="/speaker?name=' in page
    assert re.search(r'href="/doc\?id=[^"]+#q-(lead|title|body-\d+)-\d+"', page)


def test_who_said_this_ranks_the_speaker_of_a_quote_first(client, index_dir):
    _, said = said_by(index_dir, "لیلا کریمی")
    words = " ".join(said[0].quote.text.split()[:8])
    page = html(client, "/", q=words, tab="who")
    assert page.index("لیلا کریمی") < page.index("</ol>")
    found = api(client, "/api/who", q=words)
    assert found["speakers"][0]["speaker"] == "لیلا کریمی"


def test_speakers_tab_lists_everyone_and_narrows_by_name(client):
    page = html(client, "/", tab="speakers")
    assert "بهروز سلیمانی‌فر" in page and "گفته در" in page  # shown in Persian letters, فر read with its surname
    narrowed = listed(html(client, "/", tab="speakers", q="كريمي"))  # Arabic letters find کریمی
    assert "لیلا کریمی" in narrowed and "حسین کریمی" in narrowed and "بهروز" not in narrowed


def test_an_article_is_shown_whole_with_its_quotes_marked_and_speakers_named(client, index_dir):
    page = html(client, "/doc", id=PARTO)
    article = get_article(index_dir, PARTO)
    text = html_lib.unescape(re.sub(r"<[^>]*>", "", re.sub(r'<a class="speaker-tag"[^>]*>[^<]*</a>', "", page)))
    for paragraph in [article["title"], article["lead"], *article["paragraphs"]]:
        assert paragraph in text
    quotes = quotes_of(index_dir, PARTO)
    assert page.count('<mark class="quote"') == len(quotes) > 3
    assert 'class="speaker-tag" href="/speaker?name=' in page
    assert "مهدی طاهرخانی" in page and "پروین صالحی" in page
    assert f'id="q-body-1-{[q for q in quotes if q.where == "body:1"][0].start}"' in page


def test_an_article_id_with_slashes_and_persian_letters_works_as_path_or_parameter(client):
    by_param = api(client, "/api/doc", id=HOSTILE_ID)
    by_path = api(client, "/api/doc/" + urlquote(HOSTILE_ID, safe=""))
    also_path = api(client, "/api/doc/" + urlquote(SHIRAZ, safe=":/"))
    assert by_param == by_path and by_param["id"] == HOSTILE_ID
    assert also_path["id"] == SHIRAZ
    assert client.get("/doc/" + urlquote(HOSTILE_ID)).status_code == 200


def test_speaker_page_lists_everything_they_said(client, index_dir):
    person, said = said_by(index_dir, "لیلا کریمی")
    page = html(client, "/speaker", name="ليلا كريمي")  # any spelling
    assert f"<h1>{person.name}</h1>" in page
    assert page.count('class="card quote-card"') == len(said) == person.quotes
    assert said[0].quote.text[:30] in page


# --- Escaping ------------------------------------------------------------------


def test_markup_in_an_article_is_shown_as_text_never_run(client):
    page = html(client, "/doc", id=HOSTILE_ID)
    assert "<script>" not in page and "<img" not in page and "<b>" not in page
    assert "&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt;" in page
    assert "&lt;b&gt;حمایت ویژه&lt;/b&gt;" in page  # inside the marked quote
    assert '<mark class="quote"' in page
    assert 'href="javascript:' not in page  # a scraped javascript: URL is not a link


def test_markup_in_results_and_in_the_query_is_escaped(client):
    page = html(client, "/", q="هشدار کودکان بی‌سرپرست")
    assert "<script>" not in page and "&lt;script&gt;" in page
    reflected = html(client, "/", q='"><script>alert(1)</script>')
    assert "<script>alert(1)" not in reflected and "&lt;script&gt;alert(1)" in reflected
    quotes = html(client, "/", q="حمایت ویژه", tab="quotes")
    assert "<b>" not in quotes and "&lt;b&gt;" in quotes


def test_highlights_wrap_escaped_segments():
    from web.filters import marked

    assert marked("a<b>c & d", [(1, 4), (6, 7)]) == "a<mark>&lt;b&gt;</mark>c <mark>&amp;</mark> d"
    assert marked("abc", [(0, 2), (1, 3), (5, 9)]) == "<mark>ab</mark><mark>c</mark>"


# --- The JSON API ----------------------------------------------------------------


def test_api_search_has_the_cli_json_shape(client):
    found = api(client, "/api/search", q="کودکان کار")
    assert set(found) == {"query", "total", "page", "matched", "notice", "words", "all_words", "by_year", "hits"}
    hit = found["hits"][0]
    assert set(hit) == {"rank", "id", "score", "title", "snippet", "highlights", "category", "source", "date",
                        "date_jalali", "date_source", "url", "words_matched"}
    dated = next(h for h in found["hits"] if h["id"] == SHIRAZ)
    assert dated["date"] == "2019-10-27" and dated["date_jalali"] == "1398/08/05"
    for start, end in hit["highlights"]:
        assert 0 <= start < end <= len(hit["snippet"])


def test_api_search_filters_by_category_source_and_jalali_dates(client):
    social = api(client, "/api/search", q="کودکان", category="اجتماعي", limit=50)  # Arabic ي folds
    assert social["total"] and all(facet_key(h["category"]).startswith("اجتماعی") for h in social["hits"])
    sub = api(client, "/api/search", q="کودکان", category="اجتماعی/کودکان کار", limit=50)
    assert 0 < sub["total"] < social["total"]
    irna = api(client, "/api/search", q="کودکان", source="ایرنا", limit=50)
    assert irna["total"] and {h["source"] for h in irna["hits"]} == {"ایرنا"}
    start, end = "۱۳۹۸/۰۸/۰۱", "1398/08/30"
    dated = api(client, "/api/search", q="کودکان", limit=50, **{"from": start, "to": end})
    low, high = parse_user_date(start), parse_user_date(end, end=True)
    assert dated["total"] and all(low.isoformat() <= h["date"] <= high.isoformat() for h in dated["hits"])
    newest = api(client, "/api/search", q="کودکان", sort="date", limit=50)
    dates = [h["date"] for h in newest["hits"] if h["date"]]
    assert dates == sorted(dates, reverse=True)


def test_api_search_narrows_to_articles_quoting_a_speaker(client, index_dir):
    person, _ = said_by(index_dir, "لیلا کریمی")
    found = api(client, "/api/search", q="کودکان", speaker="لیلا کریمی")
    assert found["total"] and {h["id"] for h in found["hits"]} <= set(person.doc_ids)


def test_api_quotes_has_the_cli_shape_and_takes_speaker_and_pages(client):
    found = api(client, "/api/quotes", q="کودکان")
    assert {"query", "total", "notice", "quotes"} <= set(found)
    quote = found["quotes"][0]
    assert {"doc_id", "where", "start", "end", "kind", "cue", "text", "speaker", "role", "ref",
            "rank", "score", "title", "date", "date_jalali", "highlights"} <= set(quote)
    second = api(client, "/api/quotes", q="کودکان", limit=5, page=2)
    assert [q["rank"] for q in second["quotes"]] == [6, 7, 8, 9, 10]
    hers = api(client, "/api/quotes", q="کودکان", speaker="ليلا كريمي", limit=50)
    assert hers["total"] and {q["speaker"] for q in hers["quotes"]} == {"لیلا کریمی"}


def test_api_who_speakers_and_said_by(client):
    who = api(client, "/api/who", q="کودکان کار")
    assert who["speakers"] and set(who["speakers"][0]) == {"speaker", "role", "speaker_type", "score", "quotes"}
    everyone = api(client, "/api/speakers", limit=100)
    assert everyone["total"] == len(everyone["speakers"]) > 20
    counts = [s["quotes"] for s in everyone["speakers"]]
    assert counts == sorted(counts, reverse=True)
    assert set(everyone["speakers"][0]) == {"speaker", "speaker_type", "quotes", "roles", "doc_ids"}
    said = api(client, "/api/said-by", name="لیلا کریمی")
    assert said["speaker"] == "لیلا کریمی" and len(said["quotes"]) == 9
    assert {"text", "doc_id", "title", "date", "date_jalali"} <= set(said["quotes"][0])


def test_api_said_by_a_role_answers_who_held_it(client):
    held = api(client, "/api/said-by", name="رئیس سازمان بهزیستی")
    assert held["role"] == "رئیس سازمان بهزیستی"
    named = {h["speaker"]: h for h in held["holders"]}
    assert "بهروز سلیمانی‌فر" in named and named["بهروز سلیمانی‌فر"]["dates"]  # فر read with its surname


def test_api_doc_returns_the_article_and_its_quotes(client, index_dir):
    found = api(client, "/api/doc", id=PARTO)
    assert found["title"].startswith("تحصیل ۳ هزار کودک کار") and found["date_jalali"] == ""
    assert api(client, "/api/doc", id=SHIRAZ)["date_jalali"] == "1398/08/05"
    assert found["paragraphs"] == get_article(index_dir, PARTO)["paragraphs"]
    for quote in found["quotes"]:
        region = found["title"] if quote["where"] == "title" else found["lead"] if quote["where"] == "lead" \
            else found["paragraphs"][int(quote["where"].split(":")[1])]
        assert region[quote["start"]:quote["end"]] == quote["text"]


# --- Refusals ------------------------------------------------------------------


@pytest.mark.parametrize(
    "path, params, status",
    [
        ("/api/search", {"q": "ک" * 1001}, 400),
        ("/api/search", {"q": "کودکان", "limit": "0"}, 400),
        ("/api/search", {"q": "کودکان", "limit": "101"}, 400),
        ("/api/search", {"q": "کودکان", "limit": "ten"}, 400),
        ("/api/search", {"q": "کودکان", "page": "0"}, 400),
        ("/api/search", {"q": "کودکان", "from": "1398/13/01"}, 400),
        ("/api/search", {"q": "کودکان", "to": "yesterday"}, 400),
        ("/api/search", {"q": "کودکان", "from": "1399", "to": "1398"}, 400),
        ("/api/search", {"q": "کودکان", "sort": "random"}, 400),
        ("/api/search", {"q": "   "}, 400),
        ("/api/search", {"q": "کودکان", "category": "x" * 201}, 400),
        ("/api/quotes", {"q": "کودکان", "limit": "100", "page": "11"}, 400),
        ("/api/quotes", {"q": "کودکان", "speaker": "نادر ناشناس"}, 404),
        ("/api/quotes", {"q": "کودکان", "speaker": "کریمی"}, 400),  # two people are called کریمی
        ("/api/said-by", {"name": "نادر ناشناس"}, 404),
        ("/api/said-by", {}, 400),
        ("/api/doc", {"id": "no-such-article"}, 404),
        ("/api/doc", {}, 400),
        ("/api/nothing-here", {}, 404),
    ],
)
def test_the_api_refuses_bad_requests_with_a_status_and_a_json_reason(client, path, params, status):
    response = client.get(path, params=params)
    assert response.status_code == status, response.text
    body = response.json()
    assert body["status"] == status and body["error"]


def test_an_ambiguous_speaker_lists_the_candidates(client):
    body = client.get("/api/said-by", params={"name": "کریمی"}).json()
    assert set(body["candidates"]) == {"لیلا کریمی", "حسین کریمی"}
    page = client.get("/speaker", params={"name": "کریمی"})
    assert page.status_code == 400 and 'href="/speaker?name=' in page.text


@pytest.mark.parametrize(
    "path, params, status",
    [
        ("/", {"q": "ک" * 1001}, 400),
        ("/", {"q": "کودکان", "limit": "1000"}, 400),
        ("/", {"q": "کودکان", "page": "9" * 5000}, 400),
        ("/", {"q": "کودکان", "from": "bad"}, 400),
        ("/", {"tab": "everything"}, 400),
        ("/doc", {"id": "no-such-article"}, 404),
        ("/speaker", {"name": "نادر ناشناس"}, 404),
        ("/no/such/page", {}, 404),
    ],
)
def test_the_page_refuses_bad_requests_with_a_status_and_a_persian_page(client, path, params, status):
    response = client.get(path, params=params)
    assert response.status_code == status
    assert response.headers["content-type"].startswith("text/html")
    assert 'dir="rtl"' in response.text and "بازگشت به صفحهٔ جستجو" in response.text


def test_oversized_or_unexpected_requests_are_refused(client):
    too_long = client.get("/api/search", params={"q": "ک" * 5000})
    assert too_long.status_code == 400 and too_long.json()["error"] == "the query is longer than 1000 characters"
    assert client.post("/api/search", params={"q": "کودکان"}, content=b"x" * 100).status_code == 413  # bodies are never read
    assert client.post("/api/search", params={"q": "کودکان"}).status_code == 405
    assert client.request("DELETE", "/").status_code == 405


def test_a_pasted_query_too_long_gets_the_clear_message_on_a_page_with_a_way_back(client):
    pasted = ("گزارش‌ها نشان می‌دهد که کودکان کار در خیابان‌های شهر هنوز بی‌پناه مانده‌اند و " * 40)[:1400]
    for query in (pasted, pasted * 2):  # read by the page, or refused before it: the same answer
        response = client.get("/", params={"q": query})
        assert response.status_code == 400 and response.headers["content-type"].startswith("text/html")
        assert "عبارت جستجو بیش از ۱۰۰۰ نویسه است" in response.text
        assert "the query is longer than 1000 characters" in response.text and 'href="/"' in response.text
    assert client.get("/", params={"q": pasted[:900]}).status_code == 200  # under the limit: searched


def test_when_bound_to_loopback_other_host_names_are_refused(index_dir):
    server = make_server(index_dir)
    assert server.config.host == "127.0.0.1"
    guarded = TestClient(server.config.app, base_url="http://127.0.0.1:8000")
    assert guarded.get("/api/speakers").status_code == 200
    assert guarded.get("/api/speakers", headers={"host": "evil.example"}).status_code == 400  # DNS rebinding


def test_an_index_that_goes_away_is_a_503_and_a_crash_a_500_without_details(tmp_path, monkeypatch):
    news = tmp_path / "news"
    news.mkdir()
    (news / "one.json").write_text(json.dumps(HOSTILE, ensure_ascii=False), encoding="utf-8")
    build_index([news], tmp_path / "ix")
    app = create_app(tmp_path / "ix")
    test_client = TestClient(app, raise_server_exceptions=False)
    monkeypatch.setattr("web.routes.search", lambda *a, **k: 1 / 0)
    crashed = test_client.get("/api/search", params={"q": "کودکان"})
    assert crashed.status_code == 500 and crashed.json()["error"] == "internal error"
    assert "ZeroDivisionError" not in crashed.text
    (live_generation(tmp_path / "ix") / META_FILE).unlink()
    gone = test_client.get("/api/quotes", params={"q": "کودکان"})
    assert gone.status_code == 503 and "no goftar index" in gone.json()["error"]
    assert test_client.get("/", params={"q": "کودکان", "tab": "quotes"}).status_code == 503


def test_an_app_without_an_index_fails_at_once(tmp_path):
    with pytest.raises(GoftarError):
        create_app(tmp_path / "missing")


# --- What a Persian reader sees (issue 15) ---------------------------------------------


NAME_THEN_ROLE = re.compile(r'<a class="speaker" href="[^"]+"><bdi>([^<]+)</bdi></a><span class="sep">، </span>'
                            r'<bdi class="role">([^<]+)</bdi>')


@pytest.mark.parametrize("tab", ["quotes", "who"])
def test_a_speakers_name_and_role_are_two_bdi_runs_kept_apart_by_a_comma(client, tab):
    page = listed(html(client, "/", q="مراکز پرتو", tab=tab))
    pairs = NAME_THEN_ROLE.findall(page)
    assert pairs, "no quote card with a name and a role"
    assert len(pairs) == page.count('class="role"'), "every role on a card follows its name and the separator"


def test_the_speaker_page_does_not_call_its_own_scope_an_active_filter(client):
    page = html(client, "/speaker", name="لیلا کریمی")
    assert "(فعال)" not in page and "<details class=\"filters\" open" not in page
    assert 'name="speaker" value="لیلا کریمی"' in page  # its search box still searches what she said
    assert "(فعال)" in html(client, "/", q="کودکان", speaker="لیلا کریمی")


@pytest.mark.parametrize("params", [{"q": "کودکان کار", "from": "1398/13/01"}, {"q": "کودکان کار", "limit": "ten"},
                                    {"q": "کودکان کار", "tab": "quotes", "from": "1399", "to": "1398"}])
def test_an_error_page_keeps_the_search_box_filled(client, params):
    page = client.get("/", params=params)
    assert page.status_code == 400
    assert 'name="q" id="q" value="کودکان کار"' in page.text
    if "from" in params:
        assert f'name="from" value="{params["from"]}"' in page.text  # the date to correct, shown


@pytest.fixture(scope="module")
def dated_client(dated):
    with TestClient(create_app(dated)) as test_client:
        yield test_client


def bars(page: str) -> dict[str, int]:
    return {period: int(count) for period, count in re.findall(r'data-period="([^"]+)" data-count="(\d+)"', page)}


def test_the_results_page_charts_matching_articles_per_year_as_the_json_counts_them(dated_client):
    page = html(dated_client, "/", q="گرمخانه")
    assert page.count("<svg") == 1 and bars(page) == {"1398": 2, "1399": 1}
    assert "خبرهای یافته در هر سال؛ ۱ خبر بی‌تاریخ" in page  # winter-1 has no date, so no bar
    assert api(dated_client, "/api/search", q="گرمخانه")["by_year"] == bars(page)
    assert "<svg" not in html(dated_client, "/", q="گرمخانه", source="ایسنا")  # one year: nothing to compare


def test_the_speaker_page_charts_their_quotes_per_month_when_the_span_is_short(client):
    page = html(client, "/speaker", name="رضا امینی")
    said = api(client, "/api/said-by", name="رضا امینی")["by_period"]
    assert said["unit"] == "month" and bars(page) == said["counts"]
    assert len(bars(page)) > 2 and 0 in bars(page).values()  # the months between, empty, are there
    assert "گفته‌ها در هر ماه" in page


def test_a_bare_agency_number_that_fits_no_article_is_not_found(client):
    assert client.get("/api/doc", params={"id": "13920229000901"}).status_code == 404


def test_an_agency_number_opens_its_article_or_lists_the_articles_it_could_mean(tmp_path):
    from web.filters import doc_url

    one, two = "https://www.farsnews.com/news/13920229000901/گرمخانه", "https://www.farsnews.com/news/13920229000902/پتو"
    again = "https://news.example.ir/13920229000902"
    articles = [{"url": url, "title": title, "body": "گرمخانه باز شد."}
                for url, title in [(one, "گرمخانهٔ تازه"), (two, "پتو برای گرمخانه"), (again, "گرمخانهٔ دیگر")]]
    (tmp_path / "fars.json").write_text(json.dumps(articles, ensure_ascii=False), encoding="utf-8")
    build_index([tmp_path / "fars.json"], tmp_path / "ix")
    with TestClient(create_app(tmp_path / "ix")) as agency:
        assert api(agency, "/api/doc", id="13920229000901")["id"] == one
        assert "گرمخانهٔ تازه" in html(agency, "/doc", id="۱۳۹۲۰۲۲۹۰۰۰۹۰۱")
        body = agency.get("/api/doc", params={"id": "13920229000902"}).json()
        assert body["status"] == 400 and set(body["articles"]) == {two, again}
        page = agency.get("/doc", params={"id": "13920229000902"})
        assert page.status_code == 400
        assert all(f'href="{html_lib.escape(doc_url(url))}"' in page.text for url in (two, again))


def test_categories_filed_under_english_slugs_show_their_persian_labels(tmp_path):
    articles = [{"id": "slug-1", "title": "بیمهٔ کودکان کار", "category": "social/welfare", "body": "بیمهٔ کودکان کار."},
                {"id": "slug-2", "title": "بورس و کودکان کار", "category": "economy", "body": "بورس امروز."}]
    (tmp_path / "news.json").write_text(json.dumps(articles, ensure_ascii=False), encoding="utf-8")
    build_index([tmp_path / "news.json"], tmp_path / "ix")
    with TestClient(create_app(tmp_path / "ix")) as slugs:
        page = listed(html(slugs, "/", q="کودکان کار"))
        chips = re.findall(r'<a class="chip" href="([^"]+)">([^<]+)</a>', page)
        assert [label for _, label in chips] == ["اجتماعی", "رفاه", "اقتصادی"] and "welfare" not in page
        form = html(slugs, "/", q="کودکان کار")
        assert '<option value="اجتماعی">اجتماعی</option>' in form and ">social<" not in form  # the facet list
        narrowed = slugs.get(html_lib.unescape(chips[1][0])).text  # the رفاه chip's link
        assert "بیمهٔ کودکان کار" in narrowed and "بورس و کودکان کار" not in narrowed  # the label filters the slug


def test_category_list_shows_persian_labels_in_persian_alphabetical_order(tmp_path):
    filed = ["education", "foreign-policy", "گردشگری", "یارانه", "چاپ", "کشاورزی", "پزشکی", "ژنتیک", "بودجه", "zz-new-desk"]
    articles = [{"id": f"cat-{n}", "title": "خبر آزمایشی", "category": category, "body": "متن آزمایشی خبر."}
                for n, category in enumerate(filed)]
    (tmp_path / "news.json").write_text(json.dumps(articles, ensure_ascii=False), encoding="utf-8")
    build_index([tmp_path / "news.json"], tmp_path / "ix")
    with TestClient(create_app(tmp_path / "ix")) as client:
        form = html(client, "/", q="خبر")
    select = form[form.index('<select name="category">'):]
    options = re.findall(r'<option value="([^"]+)"', select[:select.index("</select>")])
    assert options == ["آموزش", "بودجه", "پزشکی", "چاپ", "ژنتیک", "سیاست خارجی", "کشاورزی", "گردشگری", "یارانه",
                       "zz-new-desk"]  # a slug with no label is shown as it is, after the Persian ones
    assert ">education<" not in form and ">foreign-policy<" not in form


def test_results_say_how_many_have_all_the_words_and_each_how_many_it_holds(tmp_path):
    articles = [{"id": "both-1", "title": "کودکان کار در شهر", "body": "کودکان کار در خیابان‌های شهر دیده می‌شوند."},
                {"id": "both-2", "title": "طرح تازه برای کودکان کار", "body": "طرحی برای کودکان کار آغاز شد."},
                {"id": "one-1", "title": "بازار کار جوانان", "body": "بازار کار جوانان امسال کوچک‌تر شد."}]
    (tmp_path / "news.json").write_text(json.dumps(articles, ensure_ascii=False), encoding="utf-8")
    build_index([tmp_path / "news.json"], tmp_path / "ix")
    with TestClient(create_app(tmp_path / "ix")) as client:
        page = listed(html(client, "/", q="کودکان کار"))
        assert "۳ خبر برای «کودکان کار»؛ ۲ خبر همهٔ ۲ واژه را دارد" in page
        assert re.findall(r'class="words-matched">([^<]+)<', page) == ["۲ واژه از ۲ واژهٔ جستجو"] * 2 + [
            "۱ واژه از ۲ واژهٔ جستجو"]
        every = listed(html(client, "/", q="کار"))  # one word: every hit has it, nothing to count
        assert "همهٔ" not in every and "words-matched" not in every


# --- A role in the speakers tab --------------------------------------------------

@pytest.fixture(scope="module")
def role_client(roles):
    with TestClient(create_app(roles)) as test_client:
        yield test_client


def test_speakers_tab_answers_a_role_with_who_held_it_and_what_each_said(role_client):
    page = listed(html(role_client, "/", tab="speakers", q="رییس سازمان بهزیستی"))
    held = page[page.index('class="holders"'):page.index("</section>")]
    # oldest first, each with what they said; the unnamed holder by role, never blank
    assert held.index("نادر پاکزاد") < held.index("بی‌نام") < held.index("کاوه نیک‌اندیش")
    assert "بیمه مددجویان" in held and "مستمری معلولان" in held and "مراکز نگهداری سالمندان" in held
    assert "1397/02/10" in held.translate(str.maketrans("۰۱۲۳۴۵۶۷۸۹", "0123456789"))


def test_speakers_tab_shows_no_holders_for_a_name_or_unknown_words(role_client):
    assert 'class="holders"' not in html(role_client, "/", tab="speakers", q="کاوه نیک‌اندیش")
    assert 'class="holders"' not in html(role_client, "/", tab="speakers", q="ناخدای کشتی")
