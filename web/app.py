"""The web page and JSON API over the same library the CLI uses.

One HTML page (right-to-left, Persian) with tabs for articles, quotes, "who
said this?" and speakers, an article page with its quotes marked, and a
speaker page; every view is a GET whose parameters are the query, so any
page can be bookmarked. ``/api/...`` answers the same questions in the JSON
shapes of the CLI's ``--json``.

All text reaches the page through Jinja2 with autoescaping on; highlights
are built by escaping each segment of the original text and wrapping the
matched ones in ``<mark>`` (never by marking up raw text).
"""

from __future__ import annotations

import datetime
import ipaddress
import threading
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Iterable
from urllib.parse import urlencode

import jinja2
import uvicorn
from markupsafe import Markup, escape
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.requests import Request
from starlette.responses import JSONResponse, RedirectResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.templating import Jinja2Templates
from starlette.types import ASGIApp, Receive, Scope, Send

from corpus.dates import format_date, in_persian_digits, parse_user_date
from corpus.orthography import fold_word
from corpus.document import Quote
from corpus.speakers import Speaker
from indexer.export import (
    article_to_dict, distinct, parse_iso, quote_spans, quotes_to_dict, results_to_dict, said_by_to_dict,
    speaker_to_dict, who_to_dict,
)
from indexer.facets import Filters, date_order_problem
from indexer.errors import AmbiguousSpeaker, GoftarError, QueryError, UnknownArticle, UnknownSpeaker
from indexer.quote_search import quotes_of, said_by, search_quotes, speaker_registry, who_said
from indexer.search import MAX_QUERY_CHARS, SORTS, SearchResults, get_article, search
from indexer.snippets import Snippet
from indexer.stats import index_stats
from indexer.store import open_indexes, read_meta

HERE = Path(__file__).parent
TABS = ("articles", "quotes", "who", "speakers")
DEFAULT_LIMIT = 10
MAX_LIMIT = 100
MAX_PAGE = 1000
# Quotes and "who said" have no page parameter in the library: a page is cut
# from the first page*limit results, so that product is bounded.
MAX_DEPTH = 1000
MAX_PARAM_CHARS = 200  # every parameter but q
MAX_QUERY_STRING_BYTES = 12_000  # the raw, percent-encoded query string
LOOPBACK_HOSTS = ["127.0.0.1", "localhost", "::1", "[::1]"]
CLOSING_QUOTES = "»”\""

STATUS_TITLES = {
    400: "درخواست نامعتبر",
    404: "پیدا نشد",
    405: "این روش درخواست پذیرفته نیست",
    414: "نشانی درخواست بیش از حد بلند است",
    500: "خطای داخلی",
    503: "نمایه در دسترس نیست",
}

# Each library error's status and Persian explanation; an error takes the entry
# of its nearest listed type. The English message is the error's own.
STATUSES: dict[type[GoftarError], tuple[int, str]] = {
    QueryError: (400, "عبارت جستجو پذیرفته نشد."),
    AmbiguousSpeaker: (400, "«{error.name}» ممکن است هر یک از این افراد باشد؛ نام کامل را بنویسید."),
    UnknownSpeaker: (404, "گوینده‌ای به نام «{error.name}» پیدا نشد."),
    UnknownArticle: (404, "خبری با این شناسه در نمایه نیست."),
    GoftarError: (503, "نمایه در دسترس نیست؛ آن را دوباره بسازید."),  # missing, busy, incompatible, unreadable
}


class WebError(Exception):
    """A request the page cannot answer: an HTTP status and why, in English (API) and Persian (page)."""

    def __init__(self, status: int, message: str, persian: str | None = None, **extra: Any):
        super().__init__(message)
        self.status = status
        self.message = message
        self.persian = persian or STATUS_TITLES.get(status, "خطا")
        self.extra = extra


# --- Request parameters -------------------------------------------------------


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


def read_params(request: Request) -> Params:
    """The request's query parameters, checked; WebError(400) says what is wrong."""
    query = request.query_params
    q = query.get("q", "")
    if len(q) > MAX_QUERY_CHARS:
        raise WebError(400, f"the query is longer than {MAX_QUERY_CHARS} characters",
                       f"عبارت جستجو بیش از {in_persian_digits(MAX_QUERY_CHARS)} نویسه است.")
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


# --- Composing the library ----------------------------------------------------


def find_articles(index_dir: Path, p: Params) -> SearchResults:
    """One page of articles; with a speaker, only the articles quoting them."""
    return search(index_dir, p.q, limit=p.limit, page=p.page, filters=p.filters, sort=p.sort, speaker=p.speaker or None)


def find_quotes(index_dir: Path, p: Params):
    """One page of matching quotes."""
    _depth(p)
    return search_quotes(index_dir, p.q, speaker=p.speaker or None, limit=p.limit, page=p.page, filters=p.filters,
                         sort=p.sort)


def find_who(index_dir: Path, p: Params):
    """One page of speakers ranked by how well what they said matches."""
    results = who_said(index_dir, p.q, limit=_depth(p) + 1, filters=p.filters)
    more = len(results.speakers) > _depth(p)
    results.speakers = results.speakers[(p.page - 1) * p.limit:_depth(p)]
    return results, more


def list_speakers(index_dir: Path, p: Params) -> tuple[list[Speaker], int]:
    """Everyone quoted, most quoted first; ``q`` narrows by name or role words."""
    registry, _ = speaker_registry(index_dir)
    people = list(registry)
    words = [fold_word(w) for w in p.q.split()]
    if words:
        people = [s for s in people if all(w in s.key or any(w in fold_word(r) for r in s.roles) for w in words)]
    first = (p.page - 1) * p.limit
    return people[first:first + p.limit], len(people)


def find_article(index_dir: Path, doc_id: str) -> tuple[dict, list[Quote]]:
    if not doc_id:
        raise WebError(400, "give an article id: /api/doc?id=ID or /api/doc/ID", "شناسهٔ خبر داده نشده است.")
    if len(doc_id) > 2000:
        raise WebError(400, "the article id is too long", "شناسهٔ خبر بیش از حد بلند است.")
    return get_article(index_dir, doc_id), quotes_of(index_dir, doc_id)


def _untidy(request: Request) -> bool:
    """Does the address carry empty or default-valued parameters (as a submitted form does)?"""
    return any(
        not value.strip() or (name in Params.DEFAULTS and value.strip() == str(Params.DEFAULTS[name]))
        for name, value in request.query_params.multi_items()
        if name in Params.FORM_NAMES
    )


def _depth(p: Params) -> int:
    depth = p.page * p.limit
    if depth > MAX_DEPTH:
        raise WebError(400, f"page * limit may be at most {MAX_DEPTH} here", "این صفحه از نتایج بیش از حد دور است.")
    return depth


# --- JSON shapes (those of the CLI's --json) ------------------------------------


# --- Rendering helpers (Jinja filters) ---------------------------------------------


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
    """"اجتماعی/کودکان کار" → [(label, filter value)] for each level of the path."""
    parts = [part.strip() for part in (category or "").split("/") if part.strip()]
    return [(part, "/".join(parts[: n + 1])) for n, part in enumerate(parts)]


def notice_fa(matched: str, notice: str) -> str:
    if matched == "any" and notice:
        return "هیچ نتیجه‌ای همهٔ واژه‌ها را ندارد؛ نتایجی که برخی از آن‌ها را دارند نشان داده می‌شوند."
    if "no searchable words" in notice:
        return "در عبارت جستجو واژهٔ قابل جستجویی نیست."
    return notice


def _environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(HERE / "templates"),
        autoescape=True,  # every template, whatever its name
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters.update(fa=in_persian_digits, jalali=jalali, snippet=snippet_html, anchor=quote_anchor, distinct=distinct)
    env.globals.update(speaker_url=speaker_url, doc_url=doc_url, quotes_marked=quotes_marked,
                       category_levels=category_levels, http_url=http_url, notice_fa=notice_fa, marked=marked)
    return env


# --- The application -------------------------------------------------------------


class _Choices:
    """Categories, sources and speaker names for the filter form, rebuilt when the index is."""

    def __init__(self, index_dir: Path):
        self.index_dir = index_dir
        self.lock = threading.Lock()
        self.built_at: str | None = None
        self.values: dict[str, list[str]] = {"categories": [], "sources": [], "speakers": []}

    def get(self) -> dict[str, list[str]]:
        meta = read_meta(self.index_dir)
        stamp = meta.built_at if meta else None
        with self.lock:
            if stamp != self.built_at:
                stats = index_stats(self.index_dir, top=200)
                registry, _ = speaker_registry(self.index_dir)
                self.values = {
                    "categories": sorted(stats["by_category"]),
                    "sources": sorted(stats["by_source"]),
                    "speakers": [s.name for s in list(registry)[:300]],
                }
                self.built_at = stamp
            return self.values


def create_app(index_dir: Path | str, allowed_hosts: list[str] | None = None) -> Starlette:
    """The web page and API over the index in ``index_dir``.

    ``allowed_hosts`` are the Host headers accepted (``serve`` passes the
    loopback names when bound to loopback, against DNS rebinding); None
    accepts any. Raises GoftarError when there is no usable index.
    """
    index_dir = Path(index_dir)
    open_indexes(index_dir)  # fail now, not on the first request
    templates = Jinja2Templates(env=_environment())
    choices = _Choices(index_dir)

    def page(request: Request, name: str, status: int = 200, **context: Any) -> Response:
        context.setdefault("p", Params())
        context.setdefault("choices", {"categories": [], "sources": [], "speakers": []})
        return templates.TemplateResponse(request, name, context, status_code=status)

    def error_response(request: Request, status: int, message: str, persian: str, **extra: Any) -> Response:
        if request.url.path.startswith("/api/"):
            return JSONResponse({"error": message, "status": status, **extra}, status_code=status)
        return page(request, "error.html", status, title=STATUS_TITLES.get(status, "خطا"),
                    persian=persian, message=message, extra=extra)

    async def on_web_error(request: Request, error: Exception) -> Response:
        assert isinstance(error, WebError)
        return error_response(request, error.status, error.message, error.persian, **error.extra)

    async def on_http_error(request: Request, error: Exception) -> Response:
        assert isinstance(error, HTTPException)
        response = error_response(request, error.status_code, error.detail, STATUS_TITLES.get(error.status_code, "خطا"))
        for name, value in (error.headers or {}).items():
            response.headers[name] = value
        return response

    async def on_library_error(request: Request, error: Exception) -> Response:
        assert isinstance(error, GoftarError)
        status, persian = next(STATUSES[kind] for kind in type(error).__mro__ if kind in STATUSES)
        extra = {"candidates": [s.name for s in error.candidates]} if isinstance(error, AmbiguousSpeaker) else {}
        return error_response(request, status, str(error), persian.format(error=error), **extra)

    async def on_crash(request: Request, error: Exception) -> Response:
        return error_response(request, 500, "internal error", "خطایی پیش آمد؛ گزارش آن در پایانه آمده است.")

    # Endpoints are plain functions: Starlette runs them in a worker thread, as Whoosh is blocking.

    def home(request: Request) -> Response:
        p = read_params(request)
        if _untidy(request):  # the form sends empty fields; bookmark the short address instead
            return RedirectResponse(p.url(), status_code=303)
        context: dict[str, Any] = {"p": p, "choices": choices.get()}
        if p.tab == "speakers":
            context["people"], context["total"] = list_speakers(index_dir, p)
        elif p.q and p.tab == "articles":
            context["results"] = find_articles(index_dir, p)
            context["total"] = context["results"].total
        elif p.q and p.tab == "quotes":
            context["results"] = find_quotes(index_dir, p)
            context["total"] = context["results"].total
        elif p.q and p.tab == "who":
            context["results"], context["more"] = find_who(index_dir, p)
        return page(request, "index.html", **context)

    def article(request: Request) -> Response:
        doc_id = request.path_params.get("doc_id") or request.query_params.get("id", "")
        found, quotes = find_article(index_dir, doc_id)
        regions: dict[str, list[Quote]] = {}
        for quote in quotes:
            regions.setdefault(quote.where, []).append(quote)
        return page(request, "article.html", p=read_params(request), choices=choices.get(),
                    article=found, quotes=quotes, regions=regions)

    def speaker(request: Request) -> Response:
        name = request.query_params.get("name", "").strip()
        if not name or len(name) > MAX_PARAM_CHARS:
            raise WebError(400, "give a speaker's name: /speaker?name=NAME", "نام گوینده داده نشده است.")
        person, said = said_by(index_dir, name)
        # The search box on this page searches what this person said.
        return page(request, "speaker.html", p=Params(speaker=person.name, tab="quotes"), choices=choices.get(),
                    person=person, said=said, open_filters=False)

    def api_search(request: Request) -> Response:
        return JSONResponse(results_to_dict(find_articles(index_dir, read_params(request))))

    def api_quotes(request: Request) -> Response:
        p = read_params(request)
        results = find_quotes(index_dir, p)
        return JSONResponse(quotes_to_dict(results))

    def api_who(request: Request) -> Response:
        p = read_params(request)
        results, more = find_who(index_dir, p)
        return JSONResponse({**who_to_dict(results), "page": p.page, "more": more})

    def api_speakers(request: Request) -> Response:
        p = read_params(request)
        people, total = list_speakers(index_dir, p)
        return JSONResponse({"total": total, "page": p.page, "speakers": [speaker_to_dict(s) for s in people]})

    def api_said_by(request: Request) -> Response:
        name = request.query_params.get("name", "").strip()
        if not name or len(name) > MAX_PARAM_CHARS:
            raise WebError(400, "give a speaker's name: /api/said-by?name=NAME")
        person, said = said_by(index_dir, name)
        return JSONResponse(said_by_to_dict(person, said))

    def api_doc(request: Request) -> Response:
        doc_id = request.path_params.get("doc_id") or request.query_params.get("id", "")
        found, quotes = find_article(index_dir, doc_id)
        return JSONResponse(article_to_dict(found, quotes))

    routes = [
        Route("/", home),
        Route("/doc", article),
        Route("/doc/{doc_id:path}", article),
        Route("/speaker", speaker),
        Route("/api/search", api_search),
        Route("/api/quotes", api_quotes),
        Route("/api/who", api_who),
        Route("/api/speakers", api_speakers),
        Route("/api/said-by", api_said_by),
        Route("/api/doc", api_doc),
        Route("/api/doc/{doc_id:path}", api_doc),
        Mount("/static", StaticFiles(directory=HERE / "static"), name="static"),
    ]
    middleware = [Middleware(_Guard)]
    if allowed_hosts is not None:
        middleware.append(Middleware(TrustedHostMiddleware, allowed_hosts=allowed_hosts, www_redirect=False))
    return Starlette(
        routes=routes,
        middleware=middleware,
        exception_handlers={
            WebError: on_web_error,
            HTTPException: on_http_error,
            GoftarError: on_library_error,
            Exception: on_crash,
        },
    )


class _Guard:
    """Refuse oversized query strings and bodies before routing; add safety headers to every answer."""

    HEADERS = [
        (b"content-security-policy",
         b"default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; base-uri 'none'; "
         b"frame-ancestors 'none'"),
        (b"x-content-type-options", b"nosniff"),
        (b"referrer-policy", b"no-referrer"),
        (b"x-frame-options", b"DENY"),
    ]

    def __init__(self, app: ASGIApp):
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: dict) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = list(message.get("headers", [])) + self.HEADERS
            await send(message)

        if len(scope.get("query_string", b"")) > MAX_QUERY_STRING_BYTES:
            await self._refuse(scope, send_with_headers, 414, "the request's address is too long")
            return
        headers = dict(scope.get("headers", []))
        length = headers.get(b"content-length", b"0")
        if b"transfer-encoding" in headers or not length.isdigit() or int(length) > 0:
            await self._refuse(scope, send_with_headers, 413, "this server takes no request bodies")
            return
        await self.app(scope, receive, send_with_headers)

    @staticmethod
    async def _refuse(scope: Scope, send, status: int, message: str) -> None:
        if scope["path"].startswith("/api/"):
            response: Response = JSONResponse({"error": message, "status": status}, status_code=status)
        else:
            title = STATUS_TITLES.get(status, "درخواست پذیرفته نشد")
            response = Response(f"<!doctype html><html lang=\"fa\" dir=\"rtl\"><meta charset=\"utf-8\">"
                                f"<title>{title}</title><h1>{title}</h1>", status_code=status,
                                media_type="text/html")

        async def no_body() -> dict:
            return {"type": "http.request", "body": b"", "more_body": False}

        await response(scope, no_body, send)


# --- Serving --------------------------------------------------------------------


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def make_server(index_dir: Path | str, host: str = "127.0.0.1", port: int = 8000, log_level: str = "info") -> uvicorn.Server:
    """A uvicorn server for the app, not yet started (``serve`` runs it; tests run it in a thread)."""
    allowed = LOOPBACK_HOSTS if _is_loopback(host) else None
    config = uvicorn.Config(
        create_app(index_dir, allowed_hosts=allowed),
        host=host,
        port=port,
        log_level=log_level,
        server_header=False,
        proxy_headers=False,
        limit_concurrency=64,
        timeout_keep_alive=5,
        h11_max_incomplete_event_size=16 * 1024,  # request line + headers
    )
    return uvicorn.Server(config)


def serve(index_dir: Path, host: str = "127.0.0.1", port: int = 8000) -> None:
    """Serve the page on http://host:port/ until interrupted (Ctrl-C)."""
    make_server(index_dir, host, port).run()
