"""The web page and JSON API over the same library the CLI uses.

One HTML page (right-to-left, Persian) with tabs for articles, quotes, "who
said this?" and speakers, an article page with its quotes marked, and a
speaker page; every view is a GET whose parameters are the query, so any
page can be bookmarked. ``/api/...`` answers the same questions in the JSON
shapes of the CLI's ``--json``.

``create_app`` assembles the pieces: ``params`` (what a request asks),
``routes`` (the endpoints over the library), ``filters`` (what templates
call), ``errors`` (statuses) and, here, the guard every request passes.
``server`` runs it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Callable

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Mount
from starlette.staticfiles import StaticFiles
from starlette.templating import Jinja2Templates
from starlette.types import ASGIApp, Receive, Scope, Send

from indexer.errors import AmbiguousArticle, AmbiguousSpeaker, GoftarError, PersonOrRole, advised
from indexer.store import open_index
from web.errors import ADVICE, STATUS_TITLES, STATUSES, WebError
from web.filters import environment
from web.params import Params, form_params, query_too_long
from web.routes import Choices, endpoints

HERE = Path(__file__).parent
MAX_QUERY_STRING_BYTES = 12_000  # the raw, percent-encoded query string; longer gets the long-query answer


def create_app(index_dir: Path | str, allowed_hosts: list[str] | None = None) -> Starlette:
    """The web page and API over the index in ``index_dir``.

    ``allowed_hosts`` are the Host headers accepted (``serve`` passes the
    loopback names when bound to loopback, against DNS rebinding); None
    accepts any. Raises GoftarError when there is no usable index.
    """
    index_dir = Path(index_dir)
    open_index(index_dir)  # fail now, not on the first request
    templates = Jinja2Templates(env=environment())
    choices = Choices(index_dir)

    def page(request: Request, name: str, status: int = 200, **context: Any) -> Response:
        context.setdefault("p", Params())
        context.setdefault("choices", {"categories": [], "sources": [], "speakers": []})
        return templates.TemplateResponse(request, name, context, status_code=status)

    def error_response(request: Request, status: int, message: str, persian: str, **extra: Any) -> Response:
        if request.url.path.startswith("/api/"):
            return JSONResponse({"error": message, "status": status, **extra}, status_code=status)
        return page(request, "error.html", status, p=form_params(request), title=STATUS_TITLES.get(status, "خطا"),
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
        extra: dict[str, Any] = {}
        if isinstance(error, AmbiguousSpeaker):
            extra["candidates"] = [s.name for s in error.candidates]
            if isinstance(error, PersonOrRole):
                extra["holders"] = [h.speaker for h in error.holders]
        elif isinstance(error, AmbiguousArticle):
            extra["articles"] = error.candidates
        return error_response(request, status, advised(error, ADVICE), persian.format(error=error), **extra)

    async def on_crash(request: Request, error: Exception) -> Response:
        return error_response(request, 500, "internal error", "خطایی پیش آمد؛ گزارش آن در پایانه آمده است.")

    routes = [*endpoints(index_dir, page, choices), Mount("/static", StaticFiles(directory=HERE / "static"), name="static")]
    middleware = [Middleware(_Guard, refuse=lambda request, error: error_response(
        request, error.status, error.message, error.persian, **error.extra))]
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

    def __init__(self, app: ASGIApp, refuse: Callable[[Request, WebError], Response]):
        self.app = app
        self.refuse = refuse  # the app's error page (or JSON, under /api/), bilingual, with a way back

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: dict) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = list(message.get("headers", [])) + self.HEADERS
            await send(message)

        if len(scope.get("query_string", b"")) > MAX_QUERY_STRING_BYTES:
            await self._refuse(scope, send_with_headers, query_too_long())
            return
        headers = dict(scope.get("headers", []))
        length = headers.get(b"content-length", b"0")
        if b"transfer-encoding" in headers or not length.isdigit() or int(length) > 0:
            await self._refuse(scope, send_with_headers, WebError(413, "this server takes no request bodies"))
            return
        await self.app(scope, receive, send_with_headers)

    async def _refuse(self, scope: Scope, send: Send, error: WebError) -> None:
        async def no_body() -> dict:
            return {"type": "http.request", "body": b"", "more_body": False}

        await self.refuse(Request(scope, no_body), error)(scope, no_body, send)
