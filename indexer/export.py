"""Results as plain JSON-ready data: the stable shapes of --json, CSV and the web API.

One definition serves the CLI and the web page, so the two never drift;
field names are documented in the README.
"""

from __future__ import annotations

import datetime
import io
import re
from urllib.parse import quote as percent_encoded
from typing import TYPE_CHECKING, Iterable

from corpus.dates import to_jalali
from corpus.document import Quote
from corpus.speakers import Speaker
from indexer.facets import facet_key
from indexer.quote_search import QuoteHit, QuoteResults, RoleHolder, Said, WhoResults
from indexer.search import SearchResults
from indexer.timeline import by_period

if TYPE_CHECKING:  # the build code is not imported by searches (it costs start-up time)
    from indexer.build import BuildReport

QUOTE_FIELDS = ["speaker", "role", "speaker_type", "text", "kind", "cue", "ref", "doc_id", "where", "start", "end",
                "title", "date", "date_jalali"]
QUOTE_COLUMNS = ["rank", "score", *QUOTE_FIELDS]
# search's hits, as results_to_dict has them (highlights are offsets, of no use in a spreadsheet)
SEARCH_COLUMNS = ["rank", "score", "id", "title", "snippet", "category", "source", "date", "date_jalali",
                  "date_source", "url", "words_matched"]
WHO_COLUMNS = ["query", "speaker_rank", "speaker_score", "rank", "score", *QUOTE_FIELDS]
SPEAKER_COLUMNS = ["speaker", "speaker_type", "quotes", "roles", "doc_ids"]
SAID_COLUMNS = QUOTE_FIELDS
LIST_SEPARATOR = " | "  # lists (roles, doc_ids) in one CSV cell
# A text cell starting with one of these is a formula to Excel and LibreOffice («=SUM(A1:A9)», «-۵ درصد»):
# OWASP's CSV-injection advice is to write it after an apostrophe, which they show and do not evaluate.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
FORMULA_GUARD = "'"


def jalali_latin(iso: str | None) -> str:
    """An ISO date as Jalali 1398/06/17 in Latin digits, for scripts; "" when there is none."""
    day = parse_iso(iso)
    return to_jalali(day, persian_digits=False) if day else ""


def results_to_dict(results: SearchResults) -> dict:
    return {
        "query": results.query,
        "total": results.total,
        "page": results.page,
        "matched": results.matched,
        "notice": results.notice,
        "words": results.words,
        "all_words": results.all_words,
        "by_year": results.by_year,
        "hits": [
            {
                "rank": hit.rank, "id": hit.id, "score": hit.score, "title": hit.title,
                "snippet": hit.snippet.text, "highlights": [list(span) for span in hit.snippet.spans],
                "category": hit.category, "source": hit.source, "date": hit.date,
                "date_jalali": jalali_latin(hit.date), "date_source": hit.date_source, "url": hit.url,
                "words_matched": hit.words_matched,
            }
            for hit in results.hits
        ],
    }


def quote_to_dict(quote: Quote) -> dict:
    """A quote's public fields as the README gives them: ``role`` a string, "" when the article gives none
    (scripts read it as one; a stored quote has None there), ``speaker`` null when never named."""
    return {**quote.to_dict(), "role": quote.role or ""}


def trec_lines(query_id: str, results: SearchResults) -> list[str]:
    """A query's hits as TREC run lines (query id, Q0, article id, rank, score, run name) for trec_eval or ranx.

    Those read the columns split at any white space, so an id holding some (my news/a b.txt) has it
    percent-encoded, as a URL has (my%20news/a%20b.txt); any other id is written as it is."""
    return [f"{trec_id(query_id)}\tQ0\t{trec_id(hit.id)}\t{hit.rank}\t{hit.score}\tgoftar" for hit in results.hits]


def trec_id(value: str) -> str:
    """``value`` with each white-space character percent-encoded (" " → %20), so that it stays one TREC column."""
    return re.sub(r"\s", lambda space: percent_encoded(space.group(0)), value)


def quote_hit_to_dict(hit: QuoteHit) -> dict:
    whole = hit.snippet.text == hit.quote.text  # highlights index into the quote text itself
    return {**quote_to_dict(hit.quote), "rank": hit.rank, "score": hit.score, "title": hit.title, "date": hit.date,
            "date_jalali": jalali_latin(hit.date),
            "highlights": [list(span) for span in hit.snippet.spans] if whole else [],
            "speaker_highlights": [list(span) for span in hit.speaker_spans],
            "role_highlights": [list(span) for span in hit.role_spans]}


def quotes_to_dict(results: QuoteResults) -> dict:
    return {"query": results.query, "total": results.total, "page": results.page, "notice": results.notice,
            "quotes": [quote_hit_to_dict(h) for h in results.hits]}


def article_to_dict(article: dict, quotes: list[Quote]) -> dict:
    """One article's stored fields, its date in Jalali, and its quotes in reading order."""
    return {**article, "date_jalali": jalali_latin(article.get("date", "")), "quotes": [quote_to_dict(q) for q in quotes]}


def who_to_dict(results: WhoResults) -> dict:
    return {"query": results.query, "notice": results.notice, "speakers": [
        {"speaker": s.speaker, "speaker_type": s.speaker_type, "role": s.role or "", "score": s.score,
         "quotes": [quote_hit_to_dict(h) for h in s.quotes]}
        for s in results.speakers]}


def who_rows(results: WhoResults) -> list[dict]:
    """One CSV row per quote, each with its speaker's rank and score."""
    rows = []
    for n, found in enumerate(results.speakers, start=1):
        for hit in found.quotes:
            quote = quote_hit_to_dict(hit)
            rows.append({**quote, "query": results.query, "speaker_rank": n, "speaker_score": found.score,
                         "speaker": found.speaker or quote["speaker"] or "", "role": quote["role"] or found.role or ""})
    return rows


def speaker_to_dict(person: Speaker) -> dict:
    return {"speaker": person.name, "speaker_type": person.speaker_type, "quotes": person.quotes, "roles": person.roles,
            "doc_ids": person.doc_ids}


def said_to_dict(said: Said) -> dict:
    return {**quote_to_dict(said.quote), "title": said.title, "date": said.date, "date_jalali": jalali_latin(said.date)}


def holders_to_dict(role: str, holders: list[RoleHolder]) -> dict:
    """said-by with a role: who held it, the dates seen and what each said."""
    return {"role": role, "holders": [
        {"speaker": h.speaker, "speaker_type": h.speaker_type, "roles": h.roles, "dates": h.dates,
         "quotes": [said_to_dict(s) for s in h.said]} for h in holders]}


def said_by_to_dict(person: Speaker, said: list[Said], namesakes: list[Speaker] = ()) -> dict:
    when = by_period(s.date for s in said)
    return {"speaker": person.name, "roles": person.roles, "quotes": [said_to_dict(s) for s in said],
            "by_period": {"unit": when.unit, "counts": when.counts},
            "namesakes": [{"speaker": other.name, "quotes": other.quotes} for other in namesakes]}


def distinct(values: Iterable[str]) -> list[str]:
    """Values once each however spelled (رئیس / رييس / ریـیس ...), the first spelling kept."""
    seen, kept = set(), []
    for value in values:
        if facet_key(value) not in seen:
            seen.add(facet_key(value))
            kept.append(value)
    return kept


def quote_spans(text: str, quotes: list[Quote]) -> list[tuple[int, int, Quote]]:
    """Where each of a region's quotes is in its ``text``, in reading order: (start, end, quote).

    The stored offsets when they still hold the quote's text, else the first
    place after the previous quote that does, else the stored offsets cut to
    the text. A quote that would overlap the one before it is left out.
    """
    spans, done = [], 0
    for quote in sorted(quotes, key=lambda q: q.start):
        start, end = quote.start, quote.end
        if text[start:end] != quote.text:
            found = text.find(quote.text, done) if quote.text else -1
            start, end = (found, found + len(quote.text)) if found >= 0 else (start, min(end, len(text)))
        if start < done or end <= start:
            continue
        spans.append((start, end, quote))
        done = end
    return spans


def csv_text(columns: list[str], rows: Iterable[dict]) -> str:
    """A header and one line per row, with a byte-order mark so spreadsheet programs show Persian, not mojibake;
    the one CSV writer of every command, so no text cell is ever read as a formula (_cell)."""
    import csv  # loaded only for CSV output

    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=columns, extrasaction="ignore")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: _cell(row.get(k)) for k in columns})
    return "\ufeff" + buffer.getvalue()


def _cell(value) -> str | int | float:
    if isinstance(value, list):
        value = LIST_SEPARATOR.join(map(str, value))
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return FORMULA_GUARD + value
    return "" if value is None else value


def build_report_to_dict(report: BuildReport) -> dict:
    return {
        "index": report.index_dir,
        "documents_indexed": report.documents_indexed,
        "quotes_indexed": report.quotes_indexed,
        "documents_resumed": report.resumed,
        "files_seen": report.files_seen,
        "files_unchanged": report.files_unchanged,
        "files_removed": report.files_removed,
        "skipped": len(report.skipped),
        "seconds": round(report.seconds, 3),
        "waited_seconds": round(report.waited, 3),
        "problems": [{"path": p.path, "line": p.line, "message": p.message, "action": p.action}
                     for p in report.problems],
    }


def parse_iso(iso: str | None) -> datetime.date | None:
    """The date of an ISO string (a stored date), or None."""
    try:
        return datetime.date.fromisoformat(iso[:10]) if iso else None
    except ValueError:
        return None
