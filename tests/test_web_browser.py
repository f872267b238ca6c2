"""End to end: headless Chromium drives the page served by a real server on a loopback port.

Uses Selenium with Debian's ``chromium`` and ``chromium-driver`` (the driver
ships with the browser, so their versions always match; nothing is
downloaded). Skips, saying why, when either is missing. Set GOFTAR_SHOTS to a
folder to keep screenshots of the main views there.
"""

import json
import os
import shutil
import socket
import threading
import time
from pathlib import Path
from urllib.parse import quote as urlquote
from urllib.request import urlopen

import pytest

from indexer.build import build_index
from indexer.quote_search import said_by
from indexer.search import search
from indexer.timeline import by_period, continuous

webdriver = pytest.importorskip("selenium.webdriver", reason="selenium is not installed (pip install '.[test]')")
from selenium.common.exceptions import WebDriverException  # noqa: E402
from selenium.webdriver.chrome.service import Service  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.common.keys import Keys  # noqa: E402
from selenium.webdriver.support import expected_conditions as EC  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402

CHROMIUM = os.environ.get("GOFTAR_CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
CHROMEDRIVER = os.environ.get("GOFTAR_CHROMEDRIVER") or shutil.which("chromedriver")
pytestmark = pytest.mark.skipif(
    not (CHROMIUM and CHROMEDRIVER),
    reason="headless browser tests need Chromium and its driver: apt-get install chromium chromium-driver "
           f"(found chromium={CHROMIUM}, chromedriver={CHROMEDRIVER})",
)

PARTO_TITLE = "تحصیل ۳ هزار کودک کار در مراکز پرتو"
SHOTS = Path(os.environ["GOFTAR_SHOTS"]) if os.environ.get("GOFTAR_SHOTS") else None


# Three more articles, in other years than the samples' 1398, so the results page has years to chart.
OTHER_YEARS = [
    {"id": "y-1396", "title": "طرح ساماندهی کودکان کار در مشهد", "date": "1396/05/10", "category": "اجتماعی",
     "body": "نرگس رحیمی، کارشناس حقوق کودک، گفت: کودکان کار باید پیش از هر چیز به مدرسه برگردند."},
    {"id": "y-1397", "title": "کلاس‌های تابستانی برای کودکان کار", "date": "1397/11/02", "category": "اجتماعی",
     "body": "کلاس‌های تابستانی کودکان کار در سه محله برگزار می‌شود."},
    {"id": "y-1399", "title": "بستهٔ حمایتی برای خانواده‌های کودکان کار", "date": "1399/03/15", "category": "اجتماعی",
     "body": "خانواده‌های کودکان کار در دوران کرونا بستهٔ حمایتی می‌گیرند."},
]


@pytest.fixture(scope="module")
def browser_index(samples_index_copy, tmp_path_factory):
    """The samples and OTHER_YEARS."""
    extra = tmp_path_factory.mktemp("years")
    (extra / "years.json").write_text(json.dumps(OTHER_YEARS, ensure_ascii=False), encoding="utf-8")
    target = samples_index_copy("browser")
    build_index([extra / "years.json"], target)
    return target


@pytest.fixture(scope="module")
def base_url(browser_index):
    """A real uvicorn server in a thread, on a free loopback port it already holds; stopped at the end."""
    from web import make_server

    samples_index = browser_index
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    server = make_server(samples_index, "127.0.0.1", port, log_level="warning")
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        assert thread.is_alive() and time.monotonic() < deadline, "the server did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)
    sock.close()


@pytest.fixture(scope="module")
def browser():
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--lang=fa", "--window-size=1280,1000"):
        options.add_argument(arg)
    try:
        driver = webdriver.Chrome(service=Service(executable_path=CHROMEDRIVER), options=options)
    except WebDriverException as error:
        pytest.skip(f"Chromium could not be started: {error.msg}")
    driver.set_page_load_timeout(30)
    yield driver
    driver.quit()


def wait_for(driver, css, timeout=10):
    return WebDriverWait(driver, timeout).until(EC.presence_of_element_located((By.CSS_SELECTOR, css)))


def screenshot(driver, name, width=1280, mobile=False):
    """A whole-page PNG in GOFTAR_SHOTS (when set), at ``width`` CSS pixels."""
    if SHOTS is None:
        return
    SHOTS.mkdir(parents=True, exist_ok=True)
    metrics = {"width": width, "height": 900, "deviceScaleFactor": 1, "mobile": mobile}
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", metrics)
    height = driver.execute_script("return document.documentElement.scrollHeight")
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {**metrics, "height": min(height, 6000)})
    driver.save_screenshot(str(SHOTS / f"{name}.png"))
    driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})


def test_search_open_an_article_see_its_quotes_and_open_a_speaker(browser, base_url, browser_index):
    browser.get(base_url + "/")
    assert browser.find_element(By.TAG_NAME, "html").get_attribute("dir") == "rtl"
    assert browser.execute_script("return getComputedStyle(document.body).direction") == "rtl"

    box = browser.find_element(By.NAME, "q")
    box.send_keys("كودكان كار پرتو")  # Arabic-letter spelling; the articles use Persian letters
    box.send_keys(Keys.ENTER)
    wait_for(browser, "ol.results li.card h2 a")
    assert "q=" in browser.current_url  # the address is the query
    titles = [a.text for a in browser.find_elements(By.CSS_SELECTOR, "ol.results li.card h2 a")]
    assert any(PARTO_TITLE in t for t in titles), titles
    assert browser.find_elements(By.CSS_SELECTOR, "ol.results .snippet mark")
    screenshot(browser, "1-search-results")

    browser.find_element(By.PARTIAL_LINK_TEXT, PARTO_TITLE).click()
    heading = wait_for(browser, "article.article h1")
    assert PARTO_TITLE in heading.text and "/doc?id=" in browser.current_url
    quotes = browser.find_elements(By.CSS_SELECTOR, "article mark.quote")
    assert len(quotes) > 3
    assert "هم‌اکنون سه هزار کودک کار" in " ".join(q.text for q in quotes)
    tags = browser.find_elements(By.CSS_SELECTOR, "article a.speaker-tag")
    assert "مهدی طاهرخانی" in [t.text for t in tags]
    screenshot(browser, "2-article")

    next(t for t in tags if t.text == "پروین صالحی").click()
    name = wait_for(browser, ".speaker-page h1")
    assert name.text == "پروین صالحی"
    person, said = said_by(browser_index, "پروین صالحی")
    shown = browser.find_elements(By.CSS_SELECTOR, ".speaker-page li.quote-card blockquote")
    assert len(shown) == len(said) == person.quotes
    assert said[0].quote.text[:25] in shown[0].text
    screenshot(browser, "4-speaker")


def test_quotes_tab_and_who_said_this_keep_the_query(browser, base_url):
    browser.get(base_url + "/?q=" + urlquote("مراکز پرتو"))
    wait_for(browser, "ol.results")
    browser.find_element(By.LINK_TEXT, "گفته‌ها").click()
    wait_for(browser, "li.quote-card")
    assert "tab=quotes" in browser.current_url
    assert browser.find_element(By.NAME, "q").get_attribute("value") == "مراکز پرتو"
    first = browser.find_element(By.CSS_SELECTOR, "li.quote-card")
    assert first.find_elements(By.CSS_SELECTOR, "a.speaker") and first.find_elements(By.CSS_SELECTOR, "blockquote mark")
    screenshot(browser, "3-quotes-tab")

    browser.find_element(By.LINK_TEXT, "چه کسی گفت؟").click()
    top = wait_for(browser, "ol.who-results li.card div.who a.speaker")
    assert top.text == "مهدی طاهرخانی"
    screenshot(browser, "5-who-said")


def test_the_speakers_tab_lists_the_most_quoted_and_links_to_them(browser, base_url):
    browser.get(base_url + "/")
    wait_for(browser, "section.welcome")
    screenshot(browser, "0-home")
    browser.find_element(By.LINK_TEXT, "گویندگان").click()
    rows = WebDriverWait(browser, 10).until(lambda d: d.find_elements(By.CSS_SELECTOR, "ol.speakers li a.speaker"))
    assert len(rows) == 10 and browser.find_element(By.CSS_SELECTOR, "nav.pager a[rel=next]")
    screenshot(browser, "8-speakers")
    name = rows[0].text
    rows[0].click()
    assert wait_for(browser, ".speaker-page h1").text == name


def test_filters_narrow_and_stay_in_the_address(browser, base_url):
    browser.get(base_url + "/?q=" + urlquote("کودکان"))
    wait_for(browser, "ol.results")
    all_hits = len(browser.find_elements(By.CSS_SELECTOR, "ol.results li.card"))
    browser.find_element(By.CSS_SELECTOR, "details.filters summary").click()
    browser.find_element(By.NAME, "from").send_keys("۱۳۹۸/۰۸/۰۱")
    browser.find_element(By.NAME, "to").send_keys("۱۳۹۸/۰۸/۳۰")
    before = browser.find_element(By.CSS_SELECTOR, "p.count")
    browser.find_element(By.CSS_SELECTOR, ".filter-actions button").click()
    WebDriverWait(browser, 10).until(EC.staleness_of(before))  # p.count is on both pages: wait for the new one
    wait_for(browser, "p.count")
    assert "from=" in browser.current_url and "category=" not in browser.current_url  # empty fields dropped
    dates = [t.text for t in browser.find_elements(By.CSS_SELECTOR, "ol.results time")]
    assert dates and all(d.startswith("۱۳۹۸/۰۸/") for d in dates)
    assert len(dates) < all_hits


def test_on_a_phone_nothing_overflows_sideways(browser, base_url):
    browser.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                            {"width": 390, "height": 844, "deviceScaleFactor": 1, "mobile": True})
    try:
        filtered = "&".join(f"{k}={urlquote(v)}" for k, v in {"category": "اجتماعی", "from": "1398/07", "sort": "date"}.items())
        for path in ("/?q=" + urlquote("کودکان کار"), "/?tab=speakers", "/?q=" + urlquote("کودکان") + "&" + filtered,
                     "/doc?id=" + urlquote("https://news.example.ir/provinces/fars/koodakan-kar-shiraz-340", safe="")):
            browser.get(base_url + path)
            wait_for(browser, "main")
            width = browser.execute_script("return document.documentElement.scrollWidth")
            assert width <= 390, f"{path} is {width}px wide on a 390px screen"
    finally:
        browser.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
    browser.get(base_url + "/?q=" + urlquote("کودکان کار"))
    wait_for(browser, "ol.results")
    screenshot(browser, "6-phone-search", width=390, mobile=True)
    browser.get(base_url + "/doc?id=s01_parto_3000_koodak.txt")
    wait_for(browser, "article")
    screenshot(browser, "7-phone-article", width=390, mobile=True)


def test_the_api_answers_over_real_http(base_url):
    with urlopen(base_url + "/api/search?q=" + urlquote("کودکان") + "&limit=2") as response:
        assert response.headers["content-type"].startswith("application/json")
        body = json.load(response)
    assert body["total"] > 2 and len(body["hits"]) == 2


# --- What a Persian reader sees (issue 15) -----------------------------------------------


def separated(browser, card):
    """The name and role of a card: two elements, the role's text not in the name's, apart on the line."""
    name = card.find_element(By.CSS_SELECTOR, "div.who a.speaker bdi")
    role = card.find_element(By.CSS_SELECTOR, "div.who bdi.role")
    assert name.text and role.text and role.text not in name.text and name.text not in role.text
    assert card.find_element(By.CSS_SELECTOR, "div.who").text == f"{name.text}، {role.text}"
    a, b = (browser.execute_script("return arguments[0].getBoundingClientRect().toJSON()", e) for e in (name, role))
    if abs(a["top"] - b["top"]) < 4:  # on one line: right to left, the role is left of the name, with a gap
        assert b["right"] + 4 <= a["left"], (name.text, role.text, a, b)
    return name.text, role.text


@pytest.mark.parametrize("tab", ["quotes", "who"])
def test_names_and_roles_are_separate_runs_with_space_between(browser, base_url, tab):
    browser.get(base_url + "/?tab=" + tab + "&q=" + urlquote("مراکز پرتو"))
    wait_for(browser, "ol.results")
    cards = [c for c in browser.find_elements(By.CSS_SELECTOR, "ol.results > li.card")
             if c.find_elements(By.CSS_SELECTOR, "bdi.role")]
    assert cards, "no card with a role"
    for card in cards:
        separated(browser, card)


def bar_heights(browser) -> list[float]:
    return browser.execute_script(
        "return [...document.querySelectorAll('svg.chart rect.bar')].map(r => r.getBoundingClientRect().height)")


def test_the_results_page_charts_matching_articles_per_year(browser, base_url, browser_index):
    query = "کودکان کار"
    expected = continuous(search(browser_index, query).by_year, "year").counts
    assert list(expected) == ["1396", "1397", "1398", "1399"]
    browser.get(base_url + "/?q=" + urlquote(query))
    wait_for(browser, "svg.chart")
    heights = bar_heights(browser)
    assert len(heights) == len(expected) and all(h > 0 for h in heights)
    assert max(heights) == heights[list(expected).index(max(expected, key=expected.get))]  # the busiest year is tallest
    tips = browser.execute_script("return [...document.querySelectorAll('svg.chart rect.bar title')].map(t => t.textContent)")
    assert tips[0] == "۱۳۹۶: ۱ خبر"


def test_the_speaker_page_charts_quotes_per_month(browser, base_url, browser_index):
    _, said = said_by(browser_index, "رضا امینی")
    expected = by_period(s.date for s in said)
    assert expected.unit == "month"
    browser.get(base_url + "/speaker?name=" + urlquote("رضا امینی"))
    wait_for(browser, "svg.chart")
    assert len(bar_heights(browser)) == len(expected.counts)
    assert browser.find_element(By.CSS_SELECTOR, "details.filters summary").text == "فیلترها"  # not «(فعال)»


PAGES = {  # name: (path, what to wait for)
    "results": ("/?q=" + urlquote("کودکان کار"), "svg.chart"),
    "speaker": ("/speaker?name=" + urlquote("رضا امینی"), "svg.chart"),
    "quotes": ("/?tab=quotes&q=" + urlquote("مراکز پرتو"), "li.quote-card"),
}


@pytest.mark.parametrize("name", PAGES)
@pytest.mark.parametrize("width", [1280, 390])
def test_pages_fit_the_screen_and_are_photographed(browser, base_url, name, width):
    path, ready = PAGES[name]
    browser.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                            {"width": width, "height": 900, "deviceScaleFactor": 1, "mobile": width < 600})
    try:
        browser.get(base_url + path)
        wait_for(browser, ready)
        assert browser.execute_script("return document.documentElement.scrollWidth") <= width
    finally:
        browser.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
    screenshot(browser, f"issue15-{name}-{width}", width=width, mobile=width < 600)
