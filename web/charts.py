"""Small bar charts of counts over time, drawn on the server as inline SVG.

No script and no inline style: colours come from presentation attributes and
the page's style sheet, so the content security policy stays strict. Time
runs right to left, as the page is read: the oldest period is the right-most
bar. Every period gets a bar (an empty one is a flat line), and each bar
carries a <title> (the browser's tooltip) saying its period and count; a
dense chart labels every other bar.
"""

from __future__ import annotations

from markupsafe import Markup

from corpus.dates import in_persian_digits
from indexer.timeline import Timeline

STEP = {"year": 48, "month": 30}  # horizontal room per bar, px
# Past this many bars a chart is dense: narrower bars and a label under every other one, so
# that scaled down to a phone's width (the SVG shrinks to fit) its labels stay legible.
DENSE_FROM = 13
DENSE_STEP = 26
BAR_SHARE = 0.7  # of the step; the rest is the gap between bars
BARS_HEIGHT = 80  # the tallest bar, px
COUNT_ROW = 16  # above the bars: each count
LABEL_ROW = 16  # below: each period (months: and a row for their years)
SIDE = 4
MONTH_NAMES = ("فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور",
               "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند")


def period_name(period: str) -> str:
    """"1398" → ۱۳۹۸, "1398/07" → مهر ۱۳۹۸."""
    if "/" not in period:
        return in_persian_digits(period)
    year, month = period.split("/")
    return f"{MONTH_NAMES[int(month) - 1]} {in_persian_digits(year)}"


def bar_chart(timeline: Timeline, noun: str, caption: str) -> Markup:
    """``timeline`` as an SVG bar chart; ``noun`` names what is counted (خبر, گفته), ``caption`` the whole chart."""
    periods = list(timeline.counts.items())
    if not periods:
        return Markup("")
    dense = len(periods) >= DENSE_FROM
    step = DENSE_STEP if dense else STEP.get(timeline.unit, STEP["year"])
    bar = round(step * BAR_SHARE)
    labels = LABEL_ROW * (2 if timeline.unit == "month" else 1)
    width, height = SIDE * 2 + step * len(periods), COUNT_ROW + BARS_HEIGHT + labels + 4
    base = COUNT_ROW + BARS_HEIGHT
    tallest = max(count for _, count in periods) or 1
    total = sum(count for _, count in periods)
    summary = (f"{caption}: {in_persian_digits(total)} {noun} از {period_name(periods[0][0])} "
               f"تا {period_name(periods[-1][0])}")
    parts = [Markup('<svg class="chart" xmlns="http://www.w3.org/2000/svg" role="img" width="{w}" height="{h}" '
                    'viewBox="0 0 {w} {h}" data-unit="{unit}"><title>{summary}</title>').format(
                        w=width, h=height, unit=timeline.unit, summary=summary)]
    parts.append(Markup('<line class="axis" x1="{}" y1="{y}" x2="{}" y2="{y}" stroke="#b9c2cf"/>').format(
        SIDE, width - SIDE, y=base + 0.5))
    labelled_year = ""
    for n, (period, count) in enumerate(periods):
        middle = width - SIDE - step * n - step / 2  # oldest on the right
        tall = round(BARS_HEIGHT * count / tallest) if count else 0
        tip = f"{period_name(period)}: {in_persian_digits(count)} {noun}"
        parts.append(Markup(
            '<g class="period" data-period="{period}" data-count="{count}">'
            '<rect class="bar{empty}" x="{x:.1f}" y="{y}" width="{bar}" height="{tall}" fill="#0b6e69" rx="2">'
            '<title>{tip}</title></rect>').format(
                period=period, count=count, empty=" empty" if not count else "", x=middle - bar / 2,
                y=base - max(tall, 1), bar=bar, tall=max(tall, 1), tip=tip))
        if count:
            parts.append(Markup('<text class="count" x="{x:.1f}" y="{y}" text-anchor="middle">{n}</text>').format(
                x=middle, y=base - tall - 4, n=in_persian_digits(count)))
        if not dense or n % 2 == 0:
            parts.append(_labels(period, timeline.unit, middle, base, new_year=period[:4] != labelled_year))
            labelled_year = period[:4]
        parts.append(Markup("</g>"))
    parts.append(Markup("</svg>"))
    return Markup('<figure class="chart"><figcaption>{}</figcaption>{}</figure>').format(caption, Markup("").join(parts))


def _labels(period: str, unit: str, middle: float, base: int, new_year: bool) -> Markup:
    """Under a bar: its year; for months, the month's number, and its year under the first month labelled in a year."""
    if unit != "month":
        return Markup('<text class="label" x="{x:.1f}" y="{y}" text-anchor="middle">{year}</text>').format(
            x=middle, y=base + LABEL_ROW, year=in_persian_digits(period))
    year, month = period.split("/")
    label = Markup('<text class="label" x="{x:.1f}" y="{y}" text-anchor="middle">{month}</text>').format(
        x=middle, y=base + LABEL_ROW, month=in_persian_digits(int(month)))
    if new_year:
        label += Markup('<text class="label year" x="{x:.1f}" y="{y}" text-anchor="middle">{year}</text>').format(
            x=middle, y=base + 2 * LABEL_ROW, year=in_persian_digits(year))
    return label
