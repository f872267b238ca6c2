"""What a page or API call asks for: its query parameters, read and checked, and written back as links."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field, replace
from typing import Any
from urllib.parse import urlencode

from starlette.requests import Request

from corpus.dates import in_persian_digits, parse_user_date
from indexer.facets import Filters, date_order_problem
from indexer.search import MAX_QUERY_CHARS, SORTS
from web.errors import WebError

TABS = ("articles", "quotes", "who", "speakers")
DEFAULT_LIMIT = 10
MAX_LIMIT = 100
MAX_PAGE = 1000
# "Who said" has no page parameter in the library: its page is cut from the
# first page*limit speakers, so that product is bounded (for quotes too).
MAX_DEPTH = 1000
MAX_PARAM_CHARS = 200  # every parameter but q


@dataclass
class Params:
    """What one page or API call asks for, validated; ``url()`` writes it back as a link."""

    q: str = ""
    tab: str = "articles"
    category: str = ""
    source: str = ""
    date_from: str = ""
    date_to: str = ""
    sort: str = "relevance"
    speaker: str = ""
    page: int = 1
    limit: int = DEFAULT_LIMIT
    filters: Filters = field(default_factory=Filters)

    QUERY_NAMES = {"date_from": "from", "date_to": "to"}
    DEFAULTS = {"tab": "articles", "sort": "relevance", "page": 1, "limit": DEFAULT_LIMIT}
    FORM_NAMES = ("q", "tab", "category", "source", "from", "to", "speaker", "sort", "page", "limit")

    @property
    def filtered(self) -> bool:
        return any((self.category, self.source, self.date_from, self.date_to, self.speaker, self.sort != "relevance"))

    def url(self, path: str = "/", **changes: Any) -> str:
        """A link to this query with ``changes``; defaults and empty values are left out."""
        values = replace(self, **changes) if changes else self
        pairs = []
        for name in ("q", "tab", "category", "source", "date_from", "date_to", "speaker", "sort", "page", "limit"):
            value = getattr(values, name)
            if value in ("", None) or self.DEFAULTS.get(name) == value:
                continue
            pairs.append((self.QUERY_NAMES.get(name, name), value))
        return path + ("?" + urlencode(pairs) if pairs else "")


def query_too_long() -> WebError:
    """A query over MAX_QUERY_CHARS, or an address too long to read (a pasted article is the usual cause):
    one answer, as the CLI gives one message for a query too long."""
    return WebError(400, f"the query is longer than {MAX_QUERY_CHARS} characters",
                    f"عبارت جستجو بیش از {in_persian_digits(MAX_QUERY_CHARS)} نویسه است؛ آن را کوتاه‌تر کنید.")


def read_params(request: Request) -> Params:
    """The request's query parameters, checked; WebError(400) says what is wrong."""
    query = request.query_params
    q = query.get("q", "")
    if len(q) > MAX_QUERY_CHARS:
        raise query_too_long()
    texts = {}
    for name in ("tab", "category", "source", "from", "to", "sort", "speaker"):
        value = query.get(name, "").strip()
        if len(value) > MAX_PARAM_CHARS:
            raise WebError(400, f"{name} is longer than {MAX_PARAM_CHARS} characters",
                           f"مقدار «{name}» بیش از حد بلند است.")
        texts[name] = value
    tab = texts["tab"] or "articles"
    if tab not in TABS:
        raise WebError(400, f"tab must be one of {', '.join(TABS)}, not {tab!r}", "این زبانه وجود ندارد.")
    sort = texts["sort"] or "relevance"
    if sort not in SORTS:
        raise WebError(400, f"sort must be one of {', '.join(SORTS)}, not {sort!r}", "ترتیب نتایج نامعتبر است.")
    page = _integer(query.get("page"), "page", 1, 1, MAX_PAGE)
    limit = _integer(query.get("limit"), "limit", DEFAULT_LIMIT, 1, MAX_LIMIT)
    start = _date(texts["from"], "from", end=False)
    end = _date(texts["to"], "to", end=True)
    problem = date_order_problem(start, end, names=("from", "to"))
    if problem:
        raise WebError(400, problem, "تاریخ «از» بعد از تاریخ «تا» است.")
    return Params(
        q=q.strip(), tab=tab, category=texts["category"], source=texts["source"],
        date_from=texts["from"], date_to=texts["to"], sort=sort, speaker=texts["speaker"],
        page=page, limit=limit,
        filters=Filters(category=texts["category"] or None, source=texts["source"] or None, date_from=start, date_to=end),
    )


def form_params(request: Request) -> Params:
    """What the request asked, unchecked but cut to size: an error page fills the search form with it again,
    so a bad date keeps the query (and shows the date to correct). Never used to search."""
    query = request.query_params

    def text(name: str, limit: int = MAX_PARAM_CHARS) -> str:
        return query.get(name, "").strip()[:limit]

    tab, sort = text("tab"), text("sort")
    return Params(q=text("q", MAX_QUERY_CHARS), tab=tab if tab in TABS else "articles", category=text("category"),
                  source=text("source"), date_from=text("from"), date_to=text("to"), speaker=text("speaker"),
                  sort=sort if sort in SORTS else "relevance")


def _integer(text: str | None, name: str, default: int, low: int, high: int) -> int:
    if text is None or not text.strip():
        return default
    try:
        value = int(text.strip())  # int() reads Persian digits (۱۲) as well as 12
    except ValueError:
        raise WebError(400, f"{name} must be a whole number, not {text[:40]!r}", f"«{name}» باید عدد باشد.") from None
    if not low <= value <= high:
        raise WebError(400, f"{name} must be between {low} and {high}, not {value}",
                       f"«{name}» باید بین {in_persian_digits(low)} و {in_persian_digits(high)} باشد.")
    return value


def _date(text: str, name: str, end: bool) -> datetime.date | None:
    if not text:
        return None
    try:
        return parse_user_date(text, end=end)
    except ValueError as error:
        raise WebError(400, f"{name}: {error}",
                       f"تاریخ «{text}» خوانا نیست؛ مثلاً ۱۳۹۸/۰۶/۱۷، یا فقط سال (۱۳۹۸) یا سال و ماه (۱۳۹۸/۰۶).") from None


def untidy(request: Request) -> bool:
    """Does the address carry empty or default-valued parameters (as a submitted form does)?"""
    return any(
        not value.strip() or (name in Params.DEFAULTS and value.strip() == str(Params.DEFAULTS[name]))
        for name, value in request.query_params.multi_items()
        if name in Params.FORM_NAMES
    )


def depth(p: Params) -> int:
    depth = p.page * p.limit
    if depth > MAX_DEPTH:
        raise WebError(400, f"page * limit may be at most {MAX_DEPTH} here", "این صفحه از نتایج بیش از حد دور است.")
    return depth
