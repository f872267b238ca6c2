"""The pages and API endpoints, each composing a few library calls over one index."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any, Callable

from starlette.requests import Request
from starlette.responses import JSONResponse, RedirectResponse, Response
from starlette.routing import Route

from corpus.document import Quote
from corpus.orthography import alphabetical_key
from corpus.speakers import Speaker
from indexer.export import (
    article_to_dict, holders_to_dict, quotes_to_dict, results_to_dict, said_by_to_dict, said_to_dict,
    speaker_to_dict, who_to_dict,
)
from indexer.errors import AmbiguousSpeaker, PersonOrRole, UnknownSpeaker
from indexer.quote_search import (
    RoleHolder, find_speakers, held_between, namesakes, quotes_of, said_between, said_by_or_held, search_quotes,
    speaker_registry, who_said,
)
from indexer.search import SearchResults, get_article, narrowed, search
from indexer.stats import index_stats
from indexer.store import read_meta
from indexer.timeline import by_period
from web.errors import WebError
from web.params import MAX_PARAM_CHARS, Params, depth, read_params, untidy


def find_articles(index_dir: Path, p: Params) -> SearchResults:
    """One page of articles; with a speaker, only the articles quoting them; with filters and no words, every
    article they let through, newest first (indexer.search.browse)."""
    return search(index_dir, p.q, limit=p.limit, page=p.page, filters=p.filters, sort=p.sort, speaker=p.speaker or None)


def find_quotes(index_dir: Path, p: Params):
    """One page of matching quotes."""
    depth(p)  # refuses pages as deep as "who said" refuses them
    return search_quotes(index_dir, p.q, speaker=p.speaker or None, limit=p.limit, page=p.page, filters=p.filters,
                         sort=p.sort)


def find_who(index_dir: Path, p: Params):
    """One page of speakers ranked by how well what they said matches."""
    results = who_said(index_dir, p.q, limit=depth(p) + 1, filters=p.filters)
    more = len(results.speakers) > depth(p)
    results.speakers = results.speakers[(p.page - 1) * p.limit:depth(p)]
    return results, more


def list_speakers(index_dir: Path, p: Params) -> tuple[list[Speaker], int]:
    """Everyone quoted, most quoted first; ``q`` narrows by name or role words."""
    people = find_speakers(index_dir, words=p.q)
    first = (p.page - 1) * p.limit
    return people[first:first + p.limit], len(people)


def find_role_holders(index_dir: Path, p: Params) -> list[RoleHolder]:
    """``q`` read as a role (رئیس سازمان بهزیستی): who held it and what each said, as
    ``goftar said-by`` answers it; nothing when ``q`` names a person or no role."""
    if not p.q:
        return []
    try:
        answer = said_by_or_held(index_dir, p.q)
    except PersonOrRole as both:  # a person's name and a role: the tab lists the people, and these
        return both.holders
    except (UnknownSpeaker, AmbiguousSpeaker):
        return []
    return answer if isinstance(answer, list) else []


def find_article(index_dir: Path, doc_id: str) -> tuple[dict, list[Quote]]:
    if not doc_id:
        raise WebError(400, "give an article id: /api/doc?id=ID or /api/doc/ID", "شناسهٔ خبر داده نشده است.")
    if len(doc_id) > 2000:
        raise WebError(400, "the article id is too long", "شناسهٔ خبر بیش از حد بلند است.")
    found = get_article(index_dir, doc_id)
    return found, quotes_of(index_dir, found["id"])


class Choices:
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
                registry = speaker_registry(self.index_dir)
                self.values = {
                    "categories": sorted(stats["by_category"], key=alphabetical_key),
                    "sources": sorted(stats["by_source"], key=alphabetical_key),
                    "speakers": [s.name for s in list(registry)[:300]],
                }
                self.built_at = stamp
            return self.values


def endpoints(index_dir: Path, page: Callable[..., Response], choices: Choices) -> list[Route]:
    """The routes over ``index_dir``; ``page`` renders a template."""

    # Endpoints are plain functions: Starlette runs them in a worker thread, as Whoosh is blocking.

    def home(request: Request) -> Response:
        p = read_params(request)
        if untidy(request):  # the form sends empty fields; bookmark the short address instead
            return RedirectResponse(p.url(), status_code=303)
        context: dict[str, Any] = {"p": p, "choices": choices.get()}
        if p.tab == "speakers":
            context["people"], context["total"] = list_speakers(index_dir, p)
            context["holders"] = find_role_holders(index_dir, p) if p.page == 1 else []
        elif p.tab == "articles" and (p.q or narrowed(p.filters, p.speaker)):  # no words: list what the filters let through
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
        answer = said_by_or_held(index_dir, name)  # a role answers with who held it, as said-by does
        if isinstance(answer, list):
            return page(request, "speaker.html", p=Params(q=name, tab="speakers"), choices=choices.get(),
                        holders=answer, filters_active=False)
        person, said = answer
        # The search box on this page searches what this person said: the speaker
        # is the page's scope, not a filter the reader set.
        return page(request, "speaker.html", p=Params(speaker=person.name, tab="quotes"), choices=choices.get(),
                    person=person, said=said, timeline=by_period(s.date for s in said), filters_active=False,
                    namesakes=namesakes(index_dir, person))

    def api_search(request: Request) -> Response:
        return JSONResponse(results_to_dict(find_articles(index_dir, read_params(request))))

    def api_quotes(request: Request) -> Response:
        p = read_params(request)
        results = find_quotes(index_dir, p)
        return JSONResponse(quotes_to_dict(results))

    def api_who(request: Request) -> Response:
        p = read_params(request)
        if p.speaker:  # who_said ranks speakers: one person's quotes are what /api/quotes answers
            raise WebError(400, "/api/who does not take speaker (it ranks everyone who said it); "
                                "for one person's quotes: /api/quotes?q=WORDS&speaker=NAME")
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
        p = read_params(request)  # limit, page, from and to, checked as for every API call
        start, end, first = p.filters.date_from, p.filters.date_to, (p.page - 1) * p.limit
        answer = said_by_or_held(index_dir, name)  # a role answers with who held it
        if isinstance(answer, list):
            holders = held_between(answer, start, end)
            return JSONResponse({**holders_to_dict(name, holders[first:first + p.limit]),
                                 "total": len(holders), "page": p.page})
        person, said = answer[0], said_between(answer[1], start, end)
        return JSONResponse({**said_by_to_dict(person, said, namesakes(index_dir, person)),
                             "quotes": [said_to_dict(s) for s in said[first:first + p.limit]],
                             "total": len(said), "page": p.page})

    def api_doc(request: Request) -> Response:
        doc_id = request.path_params.get("doc_id") or request.query_params.get("id", "")
        found, quotes = find_article(index_dir, doc_id)
        return JSONResponse(article_to_dict(found, quotes))

    return [
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
    ]
