"""Counts over time (indexer/timeline.py) and the SVG bar charts drawn from them (web/charts.py)."""

import json
import re
import xml.etree.ElementTree as ET

from typer.testing import CliRunner

from cli import app
from indexer.timeline import MONTHLY_SPAN, Timeline, by_period, continuous
from web.charts import BARS_HEIGHT, bar_chart

runner = CliRunner()
SVG = "{http://www.w3.org/2000/svg}"


def test_a_short_span_is_counted_per_jalali_month_with_empty_months_kept():
    # 2019-09-08 is 1398/06/17 and 2019-12-11 is 1398/09/20; the undated quote is not counted
    timeline = by_period(["2019-09-08", "2019-12-11", "2019-12-12", ""])
    assert timeline.unit == "month"
    assert timeline.counts == {"1398/06": 1, "1398/07": 0, "1398/08": 0, "1398/09": 2}


def test_a_long_span_is_counted_per_jalali_year_with_empty_years_kept():
    timeline = by_period(["2015-06-01", "2019-09-08", "2019-09-09"])  # 1394/03/11 ... 1398/06/18
    assert timeline.unit == "year"
    assert timeline.counts == {"1394": 1, "1395": 0, "1396": 0, "1397": 0, "1398": 2}
    assert by_period([]).counts == {} and by_period(["", "not a date"]).counts == {}


def test_monthly_up_to_the_span_and_yearly_past_it():
    first = "2019-03-21"  # 1398/01/01
    within = by_period([first, "2021-03-20"])  # 1399/12/30: the 24th month
    beyond = by_period([first, "2021-03-21"])  # 1400/01/01: the 25th
    assert (within.unit, len(within.counts)) == ("month", MONTHLY_SPAN)
    assert (beyond.unit, beyond.counts) == ("year", {"1398": 1, "1399": 0, "1400": 1})


def test_months_run_on_across_a_new_year():
    assert list(continuous({"1398/11": 1, "1399/02": 1}, "month").counts) == ["1398/11", "1398/12", "1399/01", "1399/02"]


def test_search_json_and_stats_carry_the_same_counts_per_year(dated):
    stats = json.loads(runner.invoke(app, ["stats", "--index", dated, "--json"]).stdout)["by_year"]
    found = json.loads(runner.invoke(app, ["search", "گرمخانه", "--index", dated, "--json", "--limit", "1"]).stdout)
    assert found["by_year"] == stats == {"1398": 2, "1399": 1}  # every match counted, not only the page shown
    fars = json.loads(runner.invoke(app, ["search", "گرمخانه", "--index", dated, "--json", "--source", "فارس"]).stdout)
    assert fars["by_year"] == {"1398": 1, "1399": 1}


def test_said_by_json_carries_the_speakers_counts_per_period(dated):
    said = json.loads(runner.invoke(app, ["said-by", "رضا محمدی", "--index", dated, "--json"]).stdout)
    assert said["by_period"] == {"unit": "month", "counts": {"1399/02": 1}}


# --- The chart: data in, SVG out -------------------------------------------------------


def svg_of(markup: str) -> ET.Element:
    return ET.fromstring(re.search(r"<svg.*</svg>", str(markup), re.S).group())


def test_a_chart_has_one_bar_per_period_the_oldest_on_the_right():
    chart = bar_chart(Timeline("year", {"1396": 3, "1397": 0, "1398": 6}), "خبر", "خبرها در هر سال")
    svg = svg_of(chart)
    bars = svg.findall(f".//{SVG}rect")
    assert len(bars) == 3
    x = {g.get("data-period"): float(g.find(f"{SVG}rect").get("x")) for g in svg.findall(f"{SVG}g")}
    assert x["1396"] > x["1397"] > x["1398"]  # read right to left, like the page
    heights = [int(b.get("height")) for b in bars]
    assert heights[2] == BARS_HEIGHT and heights[0] == BARS_HEIGHT // 2 and heights[1] == 1  # an empty year: a flat line
    assert "empty" in bars[1].get("class")
    assert [b.find(f"{SVG}title").text for b in bars] == ["۱۳۹۶: ۳ خبر", "۱۳۹۷: ۰ خبر", "۱۳۹۸: ۶ خبر"]
    assert "<figcaption>خبرها در هر سال</figcaption>" in chart


def test_a_month_chart_names_each_month_and_the_year_where_it_starts():
    svg = svg_of(bar_chart(Timeline("month", {"1398/11": 2, "1398/12": 0, "1399/01": 1}), "گفته", "گفته‌ها"))
    labels = [t.text for t in svg.iter(f"{SVG}text") if "label" in t.get("class")]
    assert labels == ["۱۱", "۱۳۹۸", "۱۲", "۱", "۱۳۹۹"]
    tips = [t.text for t in svg.iter(f"{SVG}title")]
    assert "بهمن ۱۳۹۸: ۲ گفته" in tips and "فروردین ۱۳۹۹: ۱ گفته" in tips


def test_a_dense_chart_labels_every_other_bar_from_the_oldest():
    svg = svg_of(bar_chart(continuous({"1380": 1, "1399": 2}, "year"), "خبر", "خبرها"))
    assert len(svg.findall(f".//{SVG}rect")) == 20
    labels = [t.text for t in svg.iter(f"{SVG}text") if "label" in t.get("class")]
    assert labels == ["۱۳۸۰", "۱۳۸۲", "۱۳۸۴", "۱۳۸۶", "۱۳۸۸", "۱۳۹۰", "۱۳۹۲", "۱۳۹۴", "۱۳۹۶", "۱۳۹۸"]


def test_a_chart_needs_no_script_or_inline_style_and_escapes_its_words():
    chart = str(bar_chart(Timeline("year", {"1398": 1, "1399": 2}), "<b>", "<script>"))
    assert "<script" not in chart and "style=" not in chart and "&lt;script&gt;" in chart
    assert bar_chart(Timeline(), "خبر", "هیچ") == ""
