"""Each answer as text for the terminal: one function per kind of answer, over a Screen.

Progress and the indexing summary go to stderr; everything else to the screen.
"""

from __future__ import annotations

import datetime
import time
from contextlib import contextmanager
from typing import TYPE_CHECKING

from rich.console import Console
from rich.text import Text

from corpus.dates import format_date, in_persian_digits
from corpus.document import Document, Quote
from indexer.errors import quoted
from indexer.export import distinct, parse_iso, quote_spans
from indexer.facets import Filters, category_shown, source_label
from indexer.quote_search import QuoteHit, QuoteResults, RoleHolder, Said, WhoResults
from indexer.search import SearchResults, filters_in_query
from indexer.snippets import Snippet
from terminal.screen import Screen

if TYPE_CHECKING:  # the build code is not imported by searches (it costs start-up time)
    from corpus.readers import Problem
    from indexer.build import BuildReport, Progress, Unfinished

HIGHLIGHT = "bold yellow"
QUOTE_MARK = "green"
# How often goftar index prints a line of progress where stderr is no terminal (a log, cron): a long run
# must show it is alive, but a log must not fill with them; a run shorter than this prints none.
PROGRESS_LINE_SECONDS = 10.0


def _count(n: int, thing: str) -> str:
    return f"{n} {thing}{'' if n == 1 else 's'}"


def _date_text(iso: str, calendar: str, date_source: str = "") -> Text:
    day = parse_iso(iso)
    if day is None:
        return Text("")
    shown = Text(format_date(day, calendar))
    if date_source == "url":
        shown.append(" (از نشانی)" if calendar == "jalali" else " (from url)", style="italic")
    return shown


def _joined(parts: list[Text | str], style: str = "dim") -> Text:
    line = Text(style=style)
    for part in [p for p in parts if (p.plain if isinstance(p, Text) else p)]:
        if line.plain:
            line.append(" · ")
        line.append_text(part) if isinstance(part, Text) else line.append(part)
    return line


def _highlighted(snippet: Snippet) -> Text:
    text = Text(snippet.text)
    for start, end in snippet.spans:
        text.stylize(HIGHLIGHT, start, end)
    return text


def asked(query: str, filters: Filters | None, speaker: str | None = None) -> str:
    """What found nothing, as it was asked: the query's words (its category:/source: terms are filters, never
    words said) and every filter in force, the options' and the query's own."""
    words, in_query = filters_in_query(query)
    shown = ", ".join(([f"speaker {speaker}"] if speaker else []) +
                      [said for each in (filters, *in_query) if each for said, _ in each.named_parts()])
    return quoted(words) + (f" ({shown}; goftar stats lists the categories, sources and years)" if shown else "")


def print_results(screen: Screen, results: SearchResults, calendar: str, filters: Filters | None = None,
                  speaker: str | None = None, by_date: bool = False) -> None:
    if results.notice:
        screen.err.print(Text(results.notice, style="yellow"))
    if not results.total:
        screen.err.print(Text(f"No article matches {asked(results.query, filters, speaker)}."))
        return
    if results.past_the_end:
        there = "there is" if results.pages == 1 else "there are"
        screen.err.print(Text(f"Page {results.page} is empty: {there} {_count(results.pages, 'page')} of results "
                              f"({_count(results.total, 'article')})."))
        return
    first = results.hits[0].rank if results.hits else 0
    last = first + len(results.hits) - 1
    listed = " (no words: all the filters let through)" if results.browsed else ""  # listed by date
    shown = _count(results.total, "article") + listed + (f"; {first}–{last}" if results.hits else "")
    if results.some_have_all_words:
        shown += f" ({results.all_words} with all {results.words} words)"
    by_date = by_date or results.browsed
    screen.line(Text(f"{shown}{', newest first' if by_date else ''}:", style="dim"))
    for hit in results.hits:
        score = "" if by_date else f"  [{hit.score:.2f}]"  # sorted by date, the score is not a relevance
        screen.line(Text.assemble((f"{hit.rank}. ", "bold"), (hit.title, "bold cyan"), (score, "dim")))
        screen.line(_joined([source_label(hit.source), category_shown(hit.category),
                             _date_text(hit.date, calendar, hit.date_source)]), indent=3)
        screen.address(hit.id, indent=3)
        screen.line(_highlighted(hit.snippet), indent=3)
        screen.line()


def print_quote(screen: Screen, hit: QuoteHit, calendar: str, by_date: bool = False) -> None:
    quote = hit.quote
    score = "" if by_date else f"  [{hit.score:.2f}]"
    label, role = Text(quote_label(quote), style="bold cyan"), Text(f"  {quote.role}" if quote.role else "", style="dim")
    for start, end in hit.speaker_spans if quote.speaker else []:  # a quote found by its speaker's name
        label.stylize(HIGHLIGHT, start, end)
    for start, end in hit.role_spans:
        role.stylize(HIGHLIGHT, start + 2, end + 2)
    screen.line(Text.assemble((f"{hit.rank}. ", "bold"), label, role, (score, "dim")))
    screen.line(Text("«").append_text(_highlighted(hit.snippet)).append("»"), indent=3)
    screen.line(_joined([hit.title, _date_text(hit.date, calendar)]), indent=3)
    screen.address(quote.doc_id, indent=3)


def print_quotes(screen: Screen, results: QuoteResults, calendar: str, filters: Filters | None = None,
                 speaker: str | None = None, by_date: bool = False) -> None:
    if results.notice:
        screen.err.print(Text(results.notice, style="yellow"))
    for hit in results.hits:
        print_quote(screen, hit, calendar, by_date=by_date)
    if not results.total:
        screen.err.print(Text(f"No quote matches {asked(results.query, filters, speaker)}."))


def print_who(screen: Screen, results: WhoResults, calendar: str, filters: Filters | None = None) -> None:
    if results.notice:
        screen.err.print(Text(results.notice, style="yellow"))
    if not results.speakers:
        screen.err.print(Text(f"Nobody is quoted saying {asked(results.query, filters)}."))
    for n, found in enumerate(results.speakers, start=1):
        screen.line(Text.assemble((f"{n}. ", "bold"), (speaker_label(found.speaker, found.speaker_type), "bold cyan"),
                                  (f"  {found.role}" if found.role else "", "dim"), (f"  [{found.score:.2f}]", "dim")))
        for hit in found.quotes:
            screen.line(Text("«").append_text(_highlighted(hit.snippet)).append("»"), indent=3)
            screen.line(_joined([hit.title, _date_text(hit.date, calendar)]), indent=5)
            screen.address(hit.quote.doc_id, indent=5)


def print_speakers(screen: Screen, people: list[dict]) -> None:
    for person in people:
        screen.line(Text.assemble((f"{person['quotes']:>5}  ", "bold"), (speaker_label(person["speaker"], person["speaker_type"]), "cyan"),
                                  (f"  {distinct(person['roles'])[0]}" if person["roles"] else "", "dim")))


def print_said(screen: Screen, name: str, roles: list[str], said: list[Said], calendar: str) -> None:
    screen.line(Text.assemble((name, "bold cyan"), (f"  {'، '.join(distinct(roles))}", "dim")))
    for s in said:
        screen.line(_joined([_date_text(s.date, calendar), s.title]), indent=2)
        screen.address(s.quote.doc_id, indent=2)
        screen.line(f"«{s.quote.text}»", indent=3)


def print_holders(screen: Screen, holders: list[RoleHolder], calendar: str) -> None:
    """said-by with a role: each holder, the first and last date seen, and what they said."""
    for holder in holders:
        seen = dict.fromkeys(_date_text(d, calendar).plain for d in holder.dates[:1] + holder.dates[-1:])
        print_said(screen, speaker_label(holder.speaker, holder.speaker_type),
                   holder.roles + ([" … ".join(seen)] if seen else []), holder.said, calendar)


def speaker_label(speaker: str | None, speaker_type: str) -> str:
    """The name, "(organisation)" after one, or "(unnamed)" when only the role is known."""
    if not speaker:
        return "(unnamed)"
    return f"{speaker} (organisation)" if speaker_type == "organisation" else speaker


SPEAKER_NOT_FOUND = "(speaker not found)"


def quote_label(quote: Quote) -> str:
    """Who a quote is by, as a listing shows it (its role, when it has one, is shown beside this):
    a quote the extractor found no speaker or role for says so, not a bare "(unnamed)"."""
    return speaker_label(quote.speaker, quote.speaker_type) if quote.speaker or quote.role else SPEAKER_NOT_FOUND


def print_extracted(screen: Screen, document: Document, found: list[Quote]) -> None:
    """One article's quotes under its title and id, so each quote can be traced to where it was said."""
    screen.line(Text(document.title or "(untitled)", style="bold"))
    screen.address(document.id)
    for quote in found:
        screen.line(Text.assemble((quote_label(quote), "bold cyan"),
                                  (f"  {quote.role}" if quote.role else "", "dim"),
                                  (f"  {quote.kind}, {quote.ref}, {quote.where}", "dim")), indent=2)
        screen.line(f"«{quote.text}»", indent=5)
    screen.line()


def print_article(screen: Screen, article: dict, found: list[Quote], calendar: str) -> None:
    numbered = {id(quote): n for n, quote in enumerate(found, start=1)}
    regions = {"title": article.get("title", ""), "lead": article.get("lead", "")}
    regions.update({f"body:{n}": text for n, text in enumerate(article.get("paragraphs", []))})
    in_region = {where: [q for q in found if q.where == where] for where in regions}

    def marked(where: str, style: str = "") -> Text:
        text, line, done = regions[where], Text(style=style), 0
        for start, end, quote in quote_spans(text, in_region[where]):
            line.append(text[done:start])
            line.append(text[start:end], style=QUOTE_MARK)
            line.append(f" [{numbered[id(quote)]}]", style="bold magenta")
            done = end
        line.append(text[done:])
        return line

    screen.line(marked("title", "bold"))
    screen.line(_joined([source_label(article.get("source", "")), category_shown(article.get("category", "")),
                         _date_text(article.get("date", ""), calendar, article.get("date_source", ""))]))
    for address in dict.fromkeys(a for a in (article.get("id", ""), article.get("url", "")) if a):
        screen.address(address)
    if article.get("tags"):
        screen.line(Text(article["tags"], style="dim"))
    screen.line()
    for where in regions:
        if where != "title" and regions[where]:
            screen.line(marked(where, "italic" if where == "lead" else ""))
            screen.line()
    if found:
        screen.line(Text(_count(len(found), "quote"), style="bold"))
    for quote in found:
        screen.line(Text.assemble((f"[{numbered[id(quote)]}] ", "bold magenta"),
                                  (quote_label(quote), "cyan"),
                                  (f"، {quote.role}" if quote.role else "", "dim"),
                                  (f"  {quote.kind} · {quote.where}", "dim")), indent=2)


def print_stats(screen: Screen, info: dict, calendar: str) -> None:
    persian = calendar == "jalali"

    def count(value: int) -> str:
        return f"{value:>8}  "

    screen.line(Text.assemble((f"{'Index':<11}", "bold"), info["index"]))
    screen.line(Text.assemble((f"{'Built':<11}", "bold"), f"{info['built_at']} from {info['files']} files, "
                              f"{info['size_bytes'] / 1e6:.1f} MB on disk, schema {info['schema_version']}"))
    for label, key in (("Articles", "documents"), ("Quotes", "quotes"), ("Speakers", "speakers"), ("Terms", "terms")):
        screen.line(Text.assemble((f"{label:<11}", "bold"), str(info[key])))
    sections = [("By category", info["by_category"]), ("By source", info["by_source"]),
                (f"By year ({'Jalali' if persian else 'Gregorian'})",
                 {(in_persian_digits(y) if persian else y): n
                  for y, n in info["by_year"].items()})]
    for title, counts in sections:
        screen.line()
        screen.line(Text(title, style="bold"))
        for name, n in counts.items():
            screen.line(Text.assemble((count(n), "bold"), name or "(none)"))
    undated = info["documents"] - sum(info["by_year"].values())
    if undated > 0:
        screen.line(Text.assemble((count(undated), "bold"), ("(no date)", "dim")))
    screen.line()
    screen.line(Text("Top speakers (quotes)", style="bold"))
    for person in info["top_speakers"]:
        screen.line(Text.assemble((count(person["quotes"]), "bold"), (person["speaker"], "cyan")))


# --- Indexing: progress and summary, on stderr --------------------------------------------------


@contextmanager
def progress(err: Console, enabled: bool):
    """Progress on stderr, or nothing; yields the callback build_index calls.

    On a terminal, a live bar; elsewhere (a script, a log, cron), where a bar would
    never be drawn, a plain line every PROGRESS_LINE_SECONDS, so a long run is told
    from a hang.
    """
    if not enabled:
        yield None
    elif err.is_terminal:
        with _progress_bar(err) as tick:
            yield tick
    else:
        yield _progress_lines(err)


@contextmanager
def _progress_bar(err: Console):
    from rich import progress as bars  # only index draws one

    started = time.monotonic()
    with bars.Progress(bars.SpinnerColumn(), bars.TextColumn("indexing"), bars.BarColumn(),
                       bars.TextColumn("{task.fields[files]}"), bars.TextColumn("{task.completed:,} articles"),
                       bars.TextColumn("[cyan]{task.fields[rate]}"), bars.TimeElapsedColumn(),
                       console=err, transient=True) as bar:
        task = bar.add_task("index", total=None, rate="", files="")

        def tick(done: Progress) -> None:
            elapsed = time.monotonic() - started
            bar.update(task, completed=done.articles, files=f"{done.files_read:,}/{done.files:,} files",
                       rate=f"{(done.articles - done.resumed) / elapsed:,.0f} articles/s" if elapsed > 0.5 else "")

        yield tick


def _progress_lines(err: Console):
    """The callback that prints a plain line of progress at most every PROGRESS_LINE_SECONDS."""
    started = time.monotonic()
    last = started

    def tick(done: Progress) -> None:
        nonlocal last
        now = time.monotonic()
        if now - last >= PROGRESS_LINE_SECONDS:
            last = now
            err.print(progress_line(done, now - started), markup=False, highlight=False)

    return tick


def progress_line(done: Progress, elapsed: float) -> str:
    """'indexing: 120 of 900 files read, 4,312 articles, 0:01:05 elapsed', as a log shows it."""
    return (f"indexing: {done.files_read:,} of {done.files:,} files read, {done.articles:,} articles, "
            f"{datetime.timedelta(seconds=int(elapsed))} elapsed")


def print_problem(err: Console, problem: Problem) -> None:
    where = f"{problem.path}:{problem.line}" if problem.line else problem.path
    colour = "red" if problem.action == "skipped" else "yellow"
    err.print(Text.assemble("  ", (where, "bold"), f"  {problem.message}  ", (f"→ {problem.action}", colour)))


def _resumed(articles: int) -> str:
    """The articles an interrupted run had written, apart: this run did not index them, and counted in its rate they made it nonsense."""
    return f", {articles:,} of them written by the interrupted run it resumed" if articles else ""


def _waited(seconds: float) -> str:
    """The wait for another run (--wait), apart: it is not indexing, and counted in it made the rate nonsense."""
    return f", after waiting {seconds:.1f} s for another goftar index run" if seconds >= 0.1 else ""


def print_unfinished(err: Console, found: Unfinished, quiet: bool) -> None:
    """What became of an interrupted run's work: its removal is said even with --quiet, as a note is."""
    if found.why:
        err.print(f"starting afresh: an interrupted run's unfinished index was removed, as {found.why}", markup=False)
    elif not quiet:
        err.print(f"resuming: {found.written:,} articles already written, {found.to_go:,} to go", markup=False)


def print_build(err: Console, report: BuildReport, quiet: bool) -> None:
    skipped = report.skipped
    noted = [p for p in report.problems if p.action != "skipped"]  # repaired, kept or dropped: used as said
    if not quiet:
        rate = (report.documents_indexed - report.resumed) / report.seconds if report.seconds else 0
        err.print(f"Indexed {_count(report.documents_indexed, 'article')} and {_count(report.quotes_indexed, 'quote')} into "
                  f"{report.index_dir} in {report.seconds:.1f} s ({rate:,.0f} articles/s){_resumed(report.resumed)}"
                  f"{_waited(report.waited)}.")
        err.print(f"Files: {report.files_seen} seen, {report.files_seen - report.files_unchanged} read, "
                  f"{report.files_unchanged} unchanged, {report.files_removed} removed since the last run.")
        if noted:
            err.print(f"Notes ({len(noted)}):")
            for problem in noted:
                print_problem(err, problem)
    if skipped:
        err.print(Text(f"Skipped {len(skipped)} (the rest was indexed):", style="bold red"))
        for problem in skipped:
            print_problem(err, problem)
