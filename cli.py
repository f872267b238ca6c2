"""goftar's command line: parse options, call one library function, render.

Exit codes (the README's table says the same):

    0    success
    1    nothing found: no article, quote or speaker matches (also an unknown speaker name)
    2    bad usage: an unknown option, a bad value (a date that is not a date, --from after
         --to, --json with --format csv), an empty query, an ambiguous speaker name
    3    index problem: missing, built by an incompatible version, unreadable or unwritable
    4    input skipped: `goftar index` indexed the rest; with --strict it wrote nothing
    5    index busy: another `goftar index` run is writing it (give --wait SECONDS)
    130  interrupted (Ctrl-C): what was committed stays searchable; run index again to finish

Right-to-left text. A terminal that does not apply the Unicode bidi algorithm
shows Persian letters reversed. ``--bidi`` reorders every line for display
(python-bidi's get_display, after wrapping to the terminal width, so each
visual line is reordered on its own and the lines stay in order) and
right-aligns right-to-left lines; ``--no-bidi`` never does. Without either,
GOFTAR_BIDI=1/0 decides when stdout is a terminal, else a guess: on for a
terminal, except those known to reorder by themselves (mlterm, VTE 0.58+ as in
GNOME Terminal, Konsole, macOS Terminal), detected from TERM, MLTERM,
VTE_VERSION, KONSOLE_VERSION and TERM_PROGRAM; the guess is a heuristic, hence
the option and the variable. Output that is not a terminal (a pipe, a file) is
reordered only when --bidi asks for it, and JSON and CSV never are.
"""

from __future__ import annotations

import datetime
import io
import json
import os
import sys
import time
import unicodedata
from contextlib import contextmanager
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Callable, Iterable, Optional

import typer
from bidi import get_display
from rich.console import Console
from rich.text import Text

from corpus import SAMPLES_DIR
from corpus.dates import format_date, parse_user_date, to_jalali
from corpus.document import Quote
from indexer.export import (
    QUOTE_COLUMNS, SAID_COLUMNS, SPEAKER_COLUMNS, WHO_COLUMNS, build_report_to_dict, jalali_latin,
    parse_iso, quote_hit_to_dict, results_to_dict, said_to_dict, speaker_to_dict, who_rows, who_to_dict,
)
from indexer.facets import Filters, facet_key
from indexer.quote_search import QuoteHit, Said, quotes_of, said_by, search_quotes, speaker_registry, who_said
from indexer.search import QueryError, SearchResults, get_article, search
from indexer.snippets import Snippet
from indexer.stats import index_stats
from indexer.store import GoftarError, IndexBusy, InputSkipped, default_index_dir, open_indexes, read_meta

if TYPE_CHECKING:  # imported by the commands that build, so that searches start fast
    from corpus.readers import Problem
    from indexer.build import BuildReport

EXIT_OK, EXIT_NOTHING_FOUND, EXIT_USAGE, EXIT_INDEX, EXIT_SKIPPED, EXIT_BUSY = 0, 1, 2, 3, 4, 5
EXIT_INTERRUPTED = 130  # 128 + SIGINT, as shells report Ctrl-C

HIGHLIGHT = "bold yellow"
QUOTE_MARK = "green"

app = typer.Typer(
    help="goftar (گفتار): search Persian news archives and find who said what.\n\n"
    "Start with goftar search \"کودکان کار\" (the first search indexes the bundled sample "
    "articles), then goftar index YOUR_FOLDER. Every command has --help with examples.",
    no_args_is_help=True,
    rich_markup_mode="rich",
)
# Made again for every command (see main), so NO_COLOR, FORCE_COLOR and the
# width are read when the command runs, not when the module was imported.
out = Console(highlight=False)
err = Console(stderr=True, highlight=False, soft_wrap=True)  # messages: the terminal wraps them


# --- Options shared by the commands ---------------------------------------------


class Sort(str, Enum):
    relevance = "relevance"
    date = "date"


class Format(str, Enum):
    text = "text"
    json = "json"
    csv = "csv"


def _date_option(end: bool) -> Callable[[str], datetime.date]:
    def parse(value: str) -> datetime.date:
        try:
            return parse_user_date(value, end=end)
        except ValueError as error:
            raise typer.BadParameter(str(error)) from None
    return parse


IndexDir = Annotated[
    Optional[Path],
    typer.Option("--index", help="Index folder \\[default: $GOFTAR_INDEX, else ~/.local/share/goftar/index]."),
]
AsJson = Annotated[bool, typer.Option("--json", help="One JSON object on stdout, for scripts (never reordered).")]
Limit = Annotated[int, typer.Option("--limit", "-n", min=1, max=1000, help="How many results.")]
OutFormat = Annotated[
    Optional[Format],
    typer.Option("--format", help="text (default), json (as --json) or csv (UTF-8 with BOM, one row per quote)."),
]
Bidi = Annotated[
    Optional[bool],
    typer.Option("--bidi/--no-bidi", show_default=False,
                 help="Reorder Persian lines for terminals that show them reversed \\[default: GOFTAR_BIDI=1/0 on a "
                      "terminal, else a guess; see README]."),
]
Gregorian = Annotated[bool, typer.Option("--gregorian", help="Show dates in the Gregorian calendar, not Jalali.")]
Category = Annotated[Optional[str], typer.Option("--category", help="Only this category (any level: اجتماعی).")]
Source = Annotated[Optional[str], typer.Option("--source", help="Only this source (ایسنا, news.example.ir ...).")]
DateFrom = Annotated[
    Optional[datetime.date],
    typer.Option("--from", metavar="DATE", parser=_date_option(end=False),
                 help="Published on or after: 1398/06/17, ۱۳۹۸/۰۶, 1398, 2019-09-08, 2019."),
]
DateTo = Annotated[
    Optional[datetime.date],
    typer.Option("--to", metavar="DATE", parser=_date_option(end=True),
                 help="Published on or before; a year or month means its last day."),
]
SortBy = Annotated[Sort, typer.Option("--sort", help="relevance, or date (newest first).")]


def _version(value: bool) -> None:
    if value:
        print(f"goftar {installed_version()}")
        raise typer.Exit()


def installed_version() -> str:
    from importlib import metadata  # 60 ms of imports that only --version needs

    try:
        return metadata.version("goftar")
    except metadata.PackageNotFoundError:  # running from a checkout that was not installed
        return "unknown"


@app.callback()
def main(
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                          help="Print goftar's version and exit.")] = False,
) -> None:
    global out, err
    out = Console(highlight=False)
    err = Console(stderr=True, highlight=False, soft_wrap=True)  # messages: the terminal wraps them


@contextmanager
def _user_errors():
    """Library errors become one message on stderr and an exit code, never a traceback."""
    try:
        yield
    except QueryError as error:
        _fail(error, EXIT_USAGE)
    except InputSkipped as error:
        _fail(error, EXIT_SKIPPED)
    except IndexBusy as error:
        _fail(error, EXIT_BUSY)
    except GoftarError as error:
        _fail(error, _speaker_lookup_code(error) or EXIT_INDEX)


def _fail(message, code: int):
    err.print(Text(f"goftar: {message}"))
    raise typer.Exit(code)


def _speaker_lookup_code(error: GoftarError) -> int | None:
    """said-by and --speaker: an unknown name found nothing (1), an ambiguous one is a usage error (2).

    The library raises a plain GoftarError for both, so its wording is all
    there is to tell them from an index problem (tests pin it).
    """
    text = str(error)
    if text.startswith("no speaker named"):
        return EXIT_NOTHING_FOUND
    if "may be any of" in text:
        return EXIT_USAGE
    return None


def _index_dir(option: Path | None) -> Path:
    """The chosen index; on first use of the default one, build it from the samples."""
    if option is not None:
        return option
    index_dir = default_index_dir()
    if not os.environ.get("GOFTAR_INDEX") and read_meta(index_dir) is None:
        from indexer.build import build_index  # here, not at the top: a search must start fast

        report = build_index([SAMPLES_DIR], index_dir)
        err.print(f"No index yet: indexed the {report.documents_indexed} bundled sample articles into {index_dir}.")
    return index_dir


def _filters(category: str | None, source: str | None,
             date_from: datetime.date | None, date_to: datetime.date | None) -> Filters:
    if date_from and date_to and date_from > date_to:
        raise typer.BadParameter(
            f"--from {date_from.isoformat()} ({to_jalali(date_from, persian_digits=False)}) is after "
            f"--to {date_to.isoformat()} ({to_jalali(date_to, persian_digits=False)})",
            param_hint="'--from' / '--to'",
        )
    return Filters(category=category or None, source=source or None, date_from=date_from, date_to=date_to)


def _format(as_json: bool, fmt: Format | None) -> Format:
    if as_json and fmt not in (None, Format.json):
        raise typer.BadParameter(f"--json and --format {fmt.value} ask for two formats; give one", param_hint="'--format'")
    return Format.json if as_json else fmt or Format.text


# --- Commands ---------------------------------------------------------------------


@app.command()
def index(
    paths: Annotated[list[Path], typer.Argument(help="Files or folders of .txt, .json, .jsonl articles.")],
    index_dir: IndexDir = None,
    rebuild: Annotated[bool, typer.Option("--rebuild", help="Start from an empty index.")] = False,
    strict: Annotated[bool, typer.Option("--strict", help="If any input would be skipped, write nothing (exit 4).")] = False,
    wait: Annotated[float, typer.Option("--wait", min=0, metavar="SECONDS",
                                        help="If another run is writing the index, wait this long for it (else exit 5).")] = 0,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar or summary; problems are still named.")] = False,
    as_json: AsJson = False,
):
    """Build or update the index; only changed files are re-analysed.

    A progress bar (articles/s) shows on stderr when it is a terminal. At the
    end: what was indexed, and each input skipped or repaired, with why.

    [b]Examples[/b]

      goftar index ~/news/fars/               [dim]# a folder, walked recursively[/dim]
      goftar index اخبار.jsonl --index ./ix     [dim]# one file into a chosen index[/dim]
      goftar index ~/news --rebuild           [dim]# from scratch[/dim]
      goftar index ~/news --strict --wait 60  [dim]# all or nothing; queue behind another run[/dim]
    """
    target = index_dir or default_index_dir()

    from indexer.build import build_index  # only the index command pays for loading the build code

    def waiting() -> None:
        err.print(f"another goftar index run is writing; waiting up to {wait:g} s…")

    try:
        with _user_errors(), _progress(enabled=not quiet and err.is_terminal) as tick:
            report = build_index(paths, target, rebuild=rebuild, progress=tick, strict=strict, wait=wait,
                                 on_wait=waiting)
    except KeyboardInterrupt:
        err.print("interrupted; what was already committed stays searchable, and running the same goftar index again finishes the update")
        raise typer.Exit(EXIT_INTERRUPTED)
    if as_json:
        _print_json(build_report_to_dict(report))
    _print_build(report, quiet)
    if report.skipped:
        raise typer.Exit(EXIT_SKIPPED)


@app.command("search")
def search_command(
    query: Annotated[Optional[str], typer.Argument(help="Words to find; see README for the syntax.")] = None,
    index_dir: IndexDir = None,
    limit: Annotated[int, typer.Option("--limit", "-n", min=1, max=1000, help="Results per page.")] = 10,
    page: Annotated[int, typer.Option("--page", min=1, help="Which page of results.")] = 1,
    category: Category = None,
    source: Source = None,
    date_from: DateFrom = None,
    date_to: DateTo = None,
    sort: SortBy = Sort.relevance,
    gregorian: Gregorian = False,
    bidi: Bidi = None,
    as_json: AsJson = False,
    batch: Annotated[Optional[Path], typer.Option("--batch", help="File of queries, one per line or id<TAB>query.")] = None,
    batch_format: Annotated[str, typer.Option("--format", help="Batch output: jsonl or trec.")] = "jsonl",
):
    """Find the articles that best match the words, best first.

    Articles with more of the words, close together, first; any spelling; "a phrase",
    -word, OR and field:word work as the README says. With no index yet, the bundled samples are indexed first.

    [b]Examples[/b]

      goftar search "کودکان کار"
      goftar search '"سازمان های مردم نهاد" -تهران'        [dim]# phrase, exclusion[/dim]
      goftar search گرمخانه --from 1398/09 --to 1398/12 --sort date
      goftar search بیمه --category اقتصادی --source ایسنا --gregorian
      goftar search "بیمه OR مستمری" --json
      goftar search --batch queries.tsv --format trec > run.txt
    """
    filters = _filters(category, source, date_from, date_to)
    if batch is None and batch_format != "jsonl":
        raise typer.BadParameter("is for --batch (jsonl or trec); for one query use --json", param_hint="'--format'")
    with _user_errors():
        if batch is None and query is None:
            raise QueryError('give a query, e.g. goftar search "کودکان کار", or --batch FILE')
        target = _index_dir(index_dir)
        if batch is not None:
            _search_batch(batch, target, limit, batch_format, filters, sort.value)
            return
        results = search(target, query, limit=limit, page=page, filters=filters, sort=sort.value)
    if as_json:
        _print_json(results_to_dict(results))
    else:
        _print_results(_screen(bidi), results, _calendar(gregorian), filters, by_date=sort is Sort.date)
    if not results.total:
        raise typer.Exit(EXIT_NOTHING_FOUND)


@app.command()
def show(
    doc_id: Annotated[str, typer.Argument(metavar="ID", help="An article id, as search prints it.")],
    index_dir: IndexDir = None,
    gregorian: Gregorian = False,
    bidi: Bidi = None,
    as_json: AsJson = False,
):
    """Print one whole article, its quotes marked and numbered with who said them.

    ID is what search prints: the article's own id, its url, or its file path.

    [b]Examples[/b]

      goftar show isna-980920-garmkhaneh-zanan
      goftar show "گزارش‌ها/گرمخانه.txt" --json     [dim]# a .txt article's id is its path[/dim]
    """
    with _user_errors():
        target = _index_dir(index_dir)
        article = get_article(target, doc_id)
        marked = quotes_of(target, doc_id)
    if as_json:
        _print_json({**article, "date_jalali": jalali_latin(article.get("date", "")),
                     "quotes": [quote.to_dict() for quote in marked]})
        return
    _print_article(_screen(bidi), article, marked, _calendar(gregorian))


@app.command()
def stats(
    index_dir: IndexDir = None,
    top: Annotated[int, typer.Option("--top", min=1, help="How many categories, sources and speakers.")] = 10,
    gregorian: Annotated[bool, typer.Option("--gregorian", help="Count years in the Gregorian calendar, not Jalali.")] = False,
    bidi: Bidi = None,
    as_json: AsJson = False,
):
    """What is in the index: articles, quotes and speakers; articles per category, source and year; top speakers.

    Years are Jalali unless --gregorian; --json keeps the field names the README lists.

    [b]Examples[/b]

      goftar stats
      goftar stats --index ~/نمایه-فارس --gregorian --top 20
      goftar stats --json
    """
    with _user_errors():
        info = index_stats(_index_dir(index_dir), top=top, calendar=_calendar(gregorian))
    if as_json:
        _print_json(info)
        return
    _print_stats(_screen(bidi), info, _calendar(gregorian))


@app.command()
def quotes(
    query: Annotated[str, typer.Argument(help="Words the quote should contain.")],
    speaker: Annotated[Optional[str], typer.Option("--speaker", help="Only this person's quotes (any spelling).")] = None,
    index_dir: IndexDir = None,
    limit: Limit = 10,
    category: Category = None,
    source: Source = None,
    date_from: DateFrom = None,
    date_to: DateTo = None,
    sort: SortBy = Sort.relevance,
    gregorian: Gregorian = False,
    bidi: Bidi = None,
    as_json: AsJson = False,
    fmt: OutFormat = None,
):
    """Quotes that match the words, best first, with who said them.

    --speaker narrows to one person, however the name is spelled (an unknown name exits 1).

    [b]Examples[/b]

      goftar quotes "کودکان کار"
      goftar quotes "سمن ها" --speaker "نجم الدین محمدی"
      goftar quotes گرمخانه --from 1398/09 --sort date
      goftar quotes مستمری --format csv > نقل_قول.csv
    """
    filters = _filters(category, source, date_from, date_to)
    chosen = _format(as_json, fmt)
    with _user_errors():
        results = search_quotes(_index_dir(index_dir), query, speaker=speaker, limit=limit,
                                filters=filters, sort=sort.value)
    if chosen is Format.json:
        _print_json({"query": results.query, "total": results.total, "notice": results.notice,
                     "quotes": [quote_hit_to_dict(h) for h in results.hits]})
    elif chosen is Format.csv:
        _print_csv(QUOTE_COLUMNS, (quote_hit_to_dict(h) for h in results.hits))
    else:
        screen = _screen(bidi)
        if results.notice:
            err.print(Text(results.notice, style="yellow"))
        for hit in results.hits:
            _print_quote(screen, hit, _calendar(gregorian), by_date=sort is Sort.date)
        if not results.total:
            err.print(Text(f"No quote matches {results.query!r}{_described(filters, speaker)}."))
    if not results.total:
        raise typer.Exit(EXIT_NOTHING_FOUND)


@app.command()
def who(
    query: Annotated[Optional[str], typer.Argument(help="What was said.")] = None,
    index_dir: IndexDir = None,
    limit: Annotated[int, typer.Option("--limit", "-n", min=1, max=1000, help="How many speakers.")] = 10,
    category: Category = None,
    source: Source = None,
    date_from: DateFrom = None,
    date_to: DateTo = None,
    gregorian: Gregorian = False,
    bidi: Bidi = None,
    as_json: AsJson = False,
    fmt: OutFormat = None,
    batch: Annotated[Optional[Path], typer.Option("--batch", help="File of queries, one per line; JSON Lines out.")] = None,
):
    """Who said this? Speakers ranked by how well their quotes match (always by relevance).

    Each speaker's best three matching quotes are shown and their scores summed.

    [b]Examples[/b]

      goftar who "۳ هزار کودک در مراکز پرتو"
      goftar who "افزایش مستمری" --from 1398 --json
      goftar who گرمخانه --format csv > گویندگان.csv
    """
    filters = _filters(category, source, date_from, date_to)
    chosen = Format.json if batch else _format(as_json, fmt)
    with _user_errors():
        queries = _batch_lines(batch) if batch else [query] if query and query.strip() else []
        if not queries:
            raise QueryError('give what was said, e.g. goftar who "کودکان کار", or --batch FILE')
        target = _index_dir(index_dir)
        answers = (who_said(target, text, limit=limit, filters=filters) for text in queries)
        if chosen is Format.csv:
            rows = [row for results in answers for row in who_rows(results)]
            _print_csv(WHO_COLUMNS, rows)
            found = bool(rows)
        else:
            screen, found = _screen(bidi), False
            for results in answers:
                found = found or bool(results.speakers)
                if chosen is Format.json:
                    _print_json(who_to_dict(results))
                else:
                    _print_who(screen, results, _calendar(gregorian))
                    if not results.speakers:
                        err.print(Text(f"Nobody is quoted saying {results.query!r}{_described(filters)}."))
    if not found and not batch:
        raise typer.Exit(EXIT_NOTHING_FOUND)


@app.command()
def speakers(
    index_dir: IndexDir = None,
    top: Annotated[int, typer.Option("--top", min=1, help="How many speakers.")] = 20,
    bidi: Bidi = None,
    as_json: AsJson = False,
    fmt: OutFormat = None,
):
    """Everyone quoted in the index, once each, most quoted first.

    Spellings of one name (ي or ی, with or without سید) count as one person.

    [b]Examples[/b]

      goftar speakers --top 10
      goftar speakers --top 1000 --format csv > گویندگان.csv
    """
    chosen = _format(as_json, fmt)
    with _user_errors():
        registry, _ = speaker_registry(_index_dir(index_dir))
    people = [speaker_to_dict(person) for person in list(registry)[:top]]
    if chosen is Format.json:
        _print_json({"speakers": people})
    elif chosen is Format.csv:
        _print_csv(SPEAKER_COLUMNS, people)
    else:
        screen = _screen(bidi)
        for person in people:
            screen.line(Text.assemble((f"{person['quotes']:>5}  ", "bold"), (person["speaker"], "cyan"),
                                      (f"  {distinct(person['roles'])[0]}" if person['roles'] else "", "dim")))
    if not people:
        err.print("Nobody is quoted in this index.")
        raise typer.Exit(EXIT_NOTHING_FOUND)


@app.command("said-by")
def said_by_command(
    name: Annotated[str, typer.Argument(help="The person, in any spelling (with or without سید، دکتر ...).")],
    index_dir: IndexDir = None,
    gregorian: Gregorian = False,
    bidi: Bidi = None,
    as_json: AsJson = False,
    fmt: OutFormat = None,
):
    """Everything one person said, newest first when dates are known.

    A surname several people share lists them (exit 2); an unknown name exits 1.

    [b]Examples[/b]

      goftar said-by "محمدی"
      goftar said-by "سید مهدی طاهرخانی" --gregorian
      goftar said-by طاهرخانی --format csv > طاهرخانی.csv
    """
    chosen = _format(as_json, fmt)
    with _user_errors():
        person, said = said_by(_index_dir(index_dir), name)
    if chosen is Format.json:
        _print_json({"speaker": person.name, "roles": person.roles, "quotes": [said_to_dict(s) for s in said]})
    elif chosen is Format.csv:
        _print_csv(SAID_COLUMNS, ({"speaker": person.name, **said_to_dict(s)} for s in said))
    else:
        _print_said(_screen(bidi), person.name, person.roles, said, _calendar(gregorian))


@app.command()
def extract(
    paths: Annotated[list[Path], typer.Argument(help="Files or folders of articles.")],
    bidi: Bidi = None,
    as_json: AsJson = False,
):
    """Print the quotes in articles, without an index.

    Reads the files as goftar index would; each quote with its speaker, role and place.

    [b]Examples[/b]

      goftar extract اخبار.jsonl
      goftar extract ~/news/ --json > quotes.jsonl   [dim]# one JSON object per line[/dim]
    """
    from corpus.quotes import extract_quotes  # its patterns take 45 ms to compile; searches skip that
    from corpus.readers import ReadReport, iter_documents

    report = ReadReport()
    screen = _screen(bidi)
    for document in iter_documents(paths, report):
        for quote in extract_quotes(document):
            if as_json:
                print(json.dumps(quote.to_dict(), ensure_ascii=False))
            else:
                _print_extracted(screen, quote)
    for problem in report.problems:
        _print_problem(problem)
    if report.skipped:
        raise typer.Exit(EXIT_SKIPPED)


@app.command()
def serve(
    index_dir: IndexDir = None,
    host: Annotated[str, typer.Option("--host", help="Address to listen on; other than 127.0.0.1, the page is open to "
                                                     "the network.")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", min=1, max=65535, help="Port to listen on.")] = 8000,
):
    """The same searches as a right-to-left page in the browser, until Ctrl-C.

    Articles, quotes, who said it and speakers, with the filters the commands take (see README, Web).

    [b]Examples[/b]

      goftar serve                                  [dim]# http://127.0.0.1:8000/[/dim]
      goftar serve --index ~/نمایه-فارس --port 8080
    """
    with _user_errors():
        target = _index_dir(index_dir)
        open_indexes(target)  # a missing or incompatible index: say so now, not on the first request
        from web import serve as run_server  # here, so the other commands never load the web stack

        err.print(f"serving {target} on http://{host}:{port}/ (Ctrl-C stops)")
        try:
            run_server(target, host=host, port=port)
        except KeyboardInterrupt:
            pass


# --- JSON and CSV: stable field names, documented in the README ---------------------


LIST_SEPARATOR = " | "  # lists (roles, doc_ids) in one CSV cell


def _print_json(data: dict) -> None:
    print(json.dumps(data, ensure_ascii=False))


def _print_csv(columns: list[str], rows: Iterable[dict]) -> None:
    """UTF-8 with a byte-order mark, so spreadsheet programs show Persian, not mojibake."""
    buffer = io.StringIO()
    import csv  # loaded only for CSV output

    writer = csv.DictWriter(buffer, fieldnames=columns, extrasaction="ignore")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: _cell(row.get(k)) for k in columns})
    sys.stdout.write("\ufeff" + buffer.getvalue())
    sys.stdout.flush()


def _cell(value) -> str | int | float:
    if isinstance(value, list):
        return LIST_SEPARATOR.join(map(str, value))
    return "" if value is None else value


def _batch_lines(path: Path) -> list[str]:
    try:
        return path.read_text(encoding="utf-8-sig").splitlines()
    except (OSError, UnicodeDecodeError) as error:
        raise QueryError(f"cannot read queries from {path}: {error}") from error


def _search_batch(path: Path, index_dir: Path, limit: int, batch_format: str,
                  filters: Filters | None = None, sort: str = "relevance") -> None:
    if batch_format not in ("jsonl", "trec"):
        raise QueryError(f"--format must be jsonl or trec, not {batch_format!r}")
    for number, line in enumerate(_batch_lines(path), start=1):
        if not line.strip():
            continue
        query_id, _, query = line.partition("\t") if "\t" in line else (str(number), "", line)
        try:
            results = search(index_dir, query, limit=limit, filters=filters, sort=sort)
        except QueryError as error:
            err.print(f"goftar: {path}:{number}: {error}")
            continue
        if batch_format == "trec":
            for hit in results.hits:
                print(f"{query_id}\tQ0\t{hit.id}\t{hit.rank}\t{hit.score}\tgoftar")
        else:
            print(json.dumps({"id": query_id, **results_to_dict(results)}, ensure_ascii=False))


# --- Right-to-left display -------------------------------------------------------------


BIDI_TERMINALS = "mlterm, VTE 0.58+ (GNOME Terminal, Tilix ...), Konsole, macOS Terminal"


def terminal_does_bidi(environ=os.environ) -> bool:
    """Does this terminal reorder right-to-left text itself? A guess from its environment."""
    if environ.get("TERM", "").startswith("mlterm") or environ.get("MLTERM"):
        return True
    vte = environ.get("VTE_VERSION", "")
    if vte.isdigit() and int(vte) >= 5800:  # VTE does bidi since 0.58
        return True
    return bool(environ.get("KONSOLE_VERSION")) or environ.get("TERM_PROGRAM") == "Apple_Terminal"


def bidi_wanted(option: bool | None, is_terminal: bool, environ=os.environ) -> bool:
    """--bidi/--no-bidi, else GOFTAR_BIDI on a terminal, else the terminal guess; never off a terminal unasked."""
    if option is not None:
        return option
    if not is_terminal:
        return False
    setting = environ.get("GOFTAR_BIDI", "").strip().lower()
    if setting:
        if setting in ("1", "on", "yes", "true"):
            return True
        if setting in ("0", "off", "no", "false"):
            return False
        raise typer.BadParameter(f"GOFTAR_BIDI is {setting!r}; set it to 1 (reorder) or 0 (do not)",
                                 param_hint="GOFTAR_BIDI")
    return not terminal_does_bidi(environ)


# Two characters of each bidi class, neither mirrored: putting one in place of a
# character of the same class cannot change how a line is reordered.
_STAND_INS = {
    "L": "ab", "R": "\u05d0\u05d1", "AL": "\u0628\u067e", "EN": "12", "AN": "\u0661\u0662",
    "ES": "+-", "ET": "#%", "CS": ",:", "NSM": "\u064e\u064f", "BN": "\u200c\u200d",
    "WS": " \u2002", "ON": "!\"",
}


def _stand_in(char: str) -> str | None:
    pair = _STAND_INS.get(unicodedata.bidirectional(char))
    if pair is None or unicodedata.mirrored(char):
        return None
    return pair[1] if char == pair[0] else pair[0]


def display_order(logical: str, base_dir: str | None = None) -> list[int]:
    """For each position of get_display(logical), the position in ``logical`` it shows.

    python-bidi returns the reordered string but not the permutation, which
    styles (highlights) need. Each character is identified by the bits of its
    position: for each bit, the characters with that bit set are swapped for a
    stand-in of their bidi class, and the display positions that change have
    the bit. Mirrored characters (brackets) cannot be swapped; they get the
    leftover positions of the same character.
    """
    display = get_display(logical, base_dir=base_dir)
    codes = [0] * len(display)
    for bit in range(len(logical).bit_length()):
        mask = 1 << bit
        swapped = [(_stand_in(c) or c) if (n + 1) & mask else c for n, c in enumerate(logical)]
        changed = get_display("".join(swapped), base_dir=base_dir)
        for position, (before, after) in enumerate(zip(display, changed)):
            if before != after:
                codes[position] |= mask
    order = [code - 1 if 0 < code <= len(logical) else -1 for code in codes]
    left = [n for n in range(len(logical)) if n not in set(order)]
    for position, source in enumerate(order):
        if source < 0 and left:
            same = [n for n in left if display[position] in (logical[n], _mirror(logical[n]))]
            order[position] = (same or left)[0]
            left.remove(order[position])
    return order


def _mirror(char: str) -> str:
    return get_display(char, base_dir="R") if unicodedata.mirrored(char) else char


def reorder_line(line: Text, base_dir: str) -> Text:
    """One visual line in display order, each character keeping its style."""
    logical = line.plain
    display = get_display(logical, base_dir=base_dir)
    if display == logical:
        return line
    styles: list[list] = [[] for _ in logical]
    for span in line.spans:
        for n in range(max(span.start, 0), min(span.end, len(logical))):
            styles[n].append(span.style)
    result = Text(display, style=line.style, end="")
    order = display_order(logical, base_dir)
    runs: list[tuple[int, int, tuple]] = []
    for position, source in enumerate(order):
        style = tuple(styles[source]) if source >= 0 else ()
        if runs and runs[-1][2] == style and runs[-1][1] == position:
            runs[-1] = (runs[-1][0], position + 1, style)
        else:
            runs.append((position, position + 1, style))
    for start, end, style in runs:
        for part in style:
            result.stylize(part, start, end)
    return result


def is_rtl(text: str) -> bool:
    """Right-to-left if the text has any Persian (or other right-to-left) letter.

    Not the first-strong-letter rule of the Unicode algorithm: a line such as
    ``news.example.ir · اجتماعی · ۱۳۹۸/۰۷/۱۲`` reads, for a Persian reader,
    from the right.
    """
    return any(unicodedata.bidirectional(c) in ("R", "AL") for c in text)


def bidi_lines(text: Text, console: Console, width: int) -> list[tuple[Text, bool]]:
    """``text`` wrapped to ``width``, then each visual line reordered: (line, is right-to-left).

    Wrapping comes first: reordering a whole paragraph and then wrapping it
    would put its lines in the wrong order. The paragraph's direction is kept
    for every one of its lines.
    """
    rtl = is_rtl(text.plain)
    lines = text.wrap(console, max(width, 10))
    for line in lines:
        line.rstrip()  # a space left at a wrap would move to the line's start
    return [(reorder_line(line, "R" if rtl else "L"), rtl) for line in lines]


class Screen:
    """Where a command's text output goes: stdout, reordered for display when bidi is on.

    Lines are wrapped here, not by rich, so an indented paragraph keeps its
    indent on every line and nothing pads lines with trailing spaces.
    """

    def __init__(self, console: Console, bidi: bool):
        self.console, self.bidi = console, bidi

    def line(self, text: Text | str = "", indent: int = 0) -> None:
        text = Text(text) if isinstance(text, str) else text
        width = max(self.console.width - indent, 10)
        if not text.plain:
            self.console.print()
            return
        if not self.bidi:
            for visual in text.wrap(self.console, width):
                self._print(Text(" " * indent) + visual)
            return
        for visual, rtl in bidi_lines(text, self.console, width):
            pad = max(width - visual.cell_len, 0) if rtl else indent  # right-to-left: flush right
            self._print(Text(" " * pad) + visual)

    def address(self, text: str, indent: int = 0, style: str = "dim") -> None:
        """An id or url: one line, left to right, never broken (the terminal wraps it if it must)."""
        shown = Text(text, style=style)
        self._print(Text(" " * indent) + (reorder_line(shown, "L") if self.bidi else shown))

    def _print(self, line: Text) -> None:
        line.rstrip()
        self.console.print(line, no_wrap=True, crop=False, soft_wrap=True)


def _screen(bidi: bool | None) -> Screen:
    return Screen(out, bidi_wanted(bidi, out.is_terminal))


# --- Text rendering ------------------------------------------------------------------------


def _count(n: int, thing: str) -> str:
    return f"{n} {thing}{'' if n == 1 else 's'}"


def _calendar(gregorian: bool) -> str:
    return "gregorian" if gregorian else "jalali"


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


def distinct(names: list[str]) -> list[str]:
    """Names that differ only in spelling (ي/ی, ZWNJ, spacing) shown once, the first spelling kept."""
    seen, kept = set(), []
    for name in names:
        if facet_key(name) not in seen:
            seen.add(facet_key(name))
            kept.append(name)
    return kept


def _highlighted(snippet: Snippet) -> Text:
    text = Text(snippet.text)
    for start, end in snippet.spans:
        text.stylize(HIGHLIGHT, start, end)
    return text


def _described(filters: Filters | None, speaker: str | None = None) -> str:
    """The filters in force, to say what found nothing."""
    if filters is None:
        return ""
    parts = [f"speaker {speaker}" if speaker else "", f"category {filters.category}" if filters.category else "",
             f"source {filters.source}" if filters.source else "",
             f"from {filters.date_from.isoformat()}" if filters.date_from else "",
             f"to {filters.date_to.isoformat()}" if filters.date_to else ""]
    shown = ", ".join(p for p in parts if p)
    return f" ({shown}; goftar stats lists the categories, sources and years)" if shown else ""


def _print_results(screen: Screen, results: SearchResults, calendar: str, filters: Filters | None = None,
                   by_date: bool = False) -> None:
    if results.notice:
        err.print(Text(results.notice, style="yellow"))
    if not results.total:
        err.print(Text(f"No article matches {results.query!r}{_described(filters)}."))
        return
    first = results.hits[0].rank if results.hits else 0
    last = first + len(results.hits) - 1
    shown = _count(results.total, "article") + (f"; {first}–{last}" if results.hits else "")
    if 0 < results.all_words < results.total:
        shown += f" ({results.all_words} with all {results.words} words)"
    screen.line(Text(f"{shown}{', newest first' if by_date else ''}:", style="dim"))
    for hit in results.hits:
        score = "" if by_date else f"  [{hit.score:.2f}]"  # sorted by date, the score is not a relevance
        screen.line(Text.assemble((f"{hit.rank}. ", "bold"), (hit.title, "bold cyan"), (score, "dim")))
        screen.line(_joined([hit.source, hit.category, _date_text(hit.date, calendar, hit.date_source)]), indent=3)
        screen.address(hit.id, indent=3)
        screen.line(_highlighted(hit.snippet), indent=3)
        screen.line()


def _print_quote(screen: Screen, hit: QuoteHit, calendar: str, by_date: bool = False) -> None:
    quote = hit.quote
    score = "" if by_date else f"  [{hit.score:.2f}]"
    screen.line(Text.assemble((f"{hit.rank}. ", "bold"), (quote.speaker or "(unnamed)", "bold cyan"),
                              (f"  {quote.role}" if quote.role else "", "dim"), (score, "dim")))
    screen.line(Text("«").append_text(_highlighted(hit.snippet)).append("»"), indent=3)
    screen.line(_joined([hit.title, _date_text(hit.date, calendar)]), indent=3)
    screen.address(quote.doc_id, indent=3)


def _print_who(screen: Screen, results, calendar: str) -> None:
    if results.notice:
        err.print(Text(results.notice, style="yellow"))
    for n, found in enumerate(results.speakers, start=1):
        screen.line(Text.assemble((f"{n}. ", "bold"), (found.speaker or "(unnamed)", "bold cyan"),
                                  (f"  {found.role}" if found.role else "", "dim"), (f"  [{found.score:.2f}]", "dim")))
        for hit in found.quotes:
            screen.line(Text("«").append_text(_highlighted(hit.snippet)).append("»"), indent=3)
            screen.line(_joined([hit.title, _date_text(hit.date, calendar)]), indent=5)
            screen.address(hit.quote.doc_id, indent=5)


def _print_said(screen: Screen, name: str, roles: list[str], said: list[Said], calendar: str) -> None:
    screen.line(Text.assemble((name, "bold cyan"), (f"  {'، '.join(distinct(roles))}", "dim")))
    for s in said:
        screen.line(_joined([_date_text(s.date, calendar), s.title]), indent=2)
        screen.address(s.quote.doc_id, indent=2)
        screen.line(f"«{s.quote.text}»", indent=3)


def _print_extracted(screen: Screen, quote: Quote) -> None:
    screen.line(Text.assemble((quote.speaker or "(unnamed)", "bold cyan"), (f"  {quote.role}" if quote.role else "", "dim"),
                              (f"  {quote.kind}, {quote.ref}, {quote.where}", "dim")))
    screen.line(f"«{quote.text}»", indent=3)


def _print_article(screen: Screen, article: dict, found: list[Quote], calendar: str) -> None:
    numbered = {id(quote): n for n, quote in enumerate(found, start=1)}
    regions = {"title": article.get("title", ""), "lead": article.get("lead", "")}
    regions.update({f"body:{n}": text for n, text in enumerate(article.get("paragraphs", []))})
    in_region = {where: [q for q in found if q.where == where] for where in regions}

    def marked(where: str, style: str = "") -> Text:
        text, line, done = regions[where], Text(style=style), 0
        for quote in sorted(in_region[where], key=lambda q: q.start):
            start = quote.start if text[quote.start:quote.end] == quote.text else text.find(quote.text, done)
            if start < done:
                continue
            line.append(text[done:start])
            line.append(text[start:start + len(quote.text)], style=QUOTE_MARK)
            line.append(f" [{numbered[id(quote)]}]", style="bold magenta")
            done = start + len(quote.text)
        line.append(text[done:])
        return line

    screen.line(marked("title", "bold"))
    screen.line(_joined([article.get("source", ""), article.get("category", ""),
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
                                  (quote.speaker or "(unnamed)", "cyan"),
                                  (f"، {quote.role}" if quote.role else "", "dim"),
                                  (f"  {quote.kind} · {quote.where}", "dim")), indent=2)


def _print_stats(screen: Screen, info: dict, calendar: str) -> None:
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
                 {(y.translate(str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")) if persian else y): n
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
def _progress(enabled: bool):
    """A progress bar on stderr, or nothing; yields the callback build_index calls."""
    if not enabled:
        yield None
        return
    from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn  # only index draws one

    started = time.monotonic()
    with Progress(SpinnerColumn(), TextColumn("indexing"), BarColumn(), TextColumn("{task.completed:,} articles"),
                  TextColumn("[cyan]{task.fields[rate]}"), TimeElapsedColumn(), console=err, transient=True) as bar:
        task = bar.add_task("index", total=None, rate="")

        def tick(done: int) -> None:
            elapsed = time.monotonic() - started
            bar.update(task, completed=done, rate=f"{done / elapsed:,.0f} articles/s" if elapsed > 0.5 else "")

        yield tick


def _print_problem(problem: Problem) -> None:
    where = f"{problem.path}:{problem.line}" if problem.line else problem.path
    colour = "yellow" if problem.action == "repaired" else "red"
    err.print(Text.assemble("  ", (where, "bold"), f"  {problem.message}  ", (f"→ {problem.action}", colour)))


def _print_build(report: BuildReport, quiet: bool) -> None:
    skipped = report.skipped
    repaired = [p for p in report.problems if p.action != "skipped"]
    if not quiet:
        rate = report.documents_indexed / report.seconds if report.seconds else 0
        err.print(f"Indexed {_count(report.documents_indexed, 'article')} and {_count(report.quotes_indexed, 'quote')} into "
                  f"{report.index_dir} in {report.seconds:.1f} s ({rate:,.0f} articles/s).")
        err.print(f"Files: {report.files_seen} seen, {report.files_seen - report.files_unchanged} read, "
                  f"{report.files_unchanged} unchanged, {report.files_removed} removed since the last run.")
        if repaired:
            err.print(f"Repaired {len(repaired)}:")
            for problem in repaired:
                _print_problem(problem)
    if skipped:
        err.print(Text(f"Skipped {len(skipped)} (the rest was indexed):", style="bold red"))
        for problem in skipped:
            _print_problem(problem)


if __name__ == "__main__":
    app()
