"""What the templates call: Jinja2 filters and globals, and the environment that holds them.

All text reaches the page through Jinja2 with autoescaping on; highlights
are built by escaping each segment of the original text and wrapping the
matched ones in ``<mark>`` (never by marking up raw text).
"""

from __future__ import annotations

from pathlib import Path
from typing import Iterable
from urllib.parse import urlencode

import jinja2
from markupsafe import Markup, escape

from corpus.dates import format_date, in_persian_digits
from corpus.document import Quote
from indexer.export import distinct, parse_iso, quote_spans
from indexer.facets import category_shown, source_label
from indexer.search import NO_WORDS
from indexer.snippets import Snippet, shortened
from indexer.timeline import Timeline, continuous
from web.charts import bar_chart

TEMPLATES = Path(__file__).parent / "templates"
CLOSING_QUOTES = "»”\""


def jalali(iso: str | None) -> str:
    """An ISO date as a Jalali date in Persian digits; '' when there is none."""
    day = parse_iso(iso)
    return format_date(day, "jalali") if day else ""


def marked(text: str, spans: Iterable[tuple[int, int]], tag: str = "mark") -> Markup:
    """``text`` escaped, with each span wrapped in ``<mark>``; overlapping or stray spans are skipped."""
    out, at = [], 0
    for start, end in sorted(spans):
        start, end = max(start, at), min(end, len(text))
        if end <= start:
            continue
        out += [escape(text[at:start]), Markup(f"<{tag}>"), escape(text[start:end]), Markup(f"</{tag}>")]
        at = end
    out.append(escape(text[at:]))
    return Markup("").join(out)


def snippet_html(snippet: Snippet) -> Markup:
    return marked(snippet.text, snippet.spans)


def quote_anchor(quote: Quote) -> str:
    return f"q-{quote.where.replace(':', '-')}-{quote.start}"


def speaker_url(name: str) -> str:
    return "/speaker?" + urlencode({"name": name})


def doc_url(doc_id: str, anchor: str = "") -> str:
    return "/doc?" + urlencode({"id": doc_id}) + (f"#{anchor}" if anchor else "")


def quotes_marked(text: str, quotes: list[Quote]) -> Markup:
    """One region of an article with its quotes marked and each speaker named after the quote."""
    out, at = [], 0
    for start, end, quote in quote_spans(text, quotes):
        who = quote.speaker or quote.role or "گوینده نامشخص"
        out += [escape(text[at:start]),
                Markup('<mark class="quote" id="{}" title="{}">').format(quote_anchor(quote), "گوینده: " + who),
                escape(text[start:end]), Markup("</mark>")]
        at = end
        while at < len(text) and text[at] in CLOSING_QUOTES:  # the name goes after the closing »
            out.append(escape(text[at]))
            at += 1
        if quote.speaker:
            out.append(Markup('<a class="speaker-tag" href="{}">{}</a>').format(speaker_url(quote.speaker), quote.speaker))
        else:
            out.append(Markup('<span class="speaker-tag unknown">{}</span>').format(who))
    out.append(escape(text[at:]))
    return Markup("").join(out)


def http_url(url: str | None) -> bool:
    """Only web addresses become links (scraped data may hold javascript: or data: URLs)."""
    return bool(url) and url.lower().startswith(("http://", "https://"))


def category_levels(category: str) -> list[tuple[str, str]]:
    """"social/welfare" → [(اجتماعی, اجتماعی), (رفاه, اجتماعی/رفاه)]: each level of the path, under its Persian
    label (a filter by label finds the slug too), with the filter value that narrows to it."""
    parts = [part for part in category_shown(category or "").split("/") if part]
    return [(part, "/".join(parts[: n + 1])) for n, part in enumerate(parts)]


def year_chart(by_year: dict[str, int], total: int) -> Markup:
    """Matching articles per Jalali year (SearchResults.by_year), every year from the first to the last;
    the caption says how many of the ``total`` found have no date (so no bar)."""
    undated = total - sum(by_year.values())
    caption = "خبرهای یافته در هر سال" + (f"؛ {in_persian_digits(undated)} خبر بی‌تاریخ" if undated > 0 else "")
    return bar_chart(continuous(by_year, "year"), "خبر", caption)


def said_chart(timeline: Timeline) -> Markup:
    """One person's quotes per year or month (indexer.timeline.by_period)."""
    caption = "گفته‌ها در هر ماه" if timeline.unit == "month" else "گفته‌ها در هر سال"
    return bar_chart(timeline, "گفته", caption)


def notice_fa(matched: str, notice: str) -> str:
    if matched == "any" and notice:
        return "هیچ نتیجه‌ای همهٔ واژه‌ها را ندارد؛ نتایجی که برخی از آن‌ها را دارند نشان داده می‌شوند."
    if NO_WORDS in notice:  # the library's one wording of it, not a copy of its text
        return "در عبارت جستجو واژهٔ قابل جستجویی نیست."
    return notice


def environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        autoescape=True,  # every template, whatever its name
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters.update(fa=in_persian_digits, jalali=jalali, snippet=snippet_html, shortened=shortened, anchor=quote_anchor,
                       distinct=distinct, source_label=source_label)
    env.globals.update(speaker_url=speaker_url, doc_url=doc_url, quotes_marked=quotes_marked,
                       category_levels=category_levels, http_url=http_url, notice_fa=notice_fa, marked=marked,
                       year_chart=year_chart, said_chart=said_chart)
    return env
