"""goftar's command line: parse options, call one library function, render.

Exit codes (the README's table says the same):

    0    success
    1    nothing found: no article, quote or speaker matches (also an unknown speaker name or article id,
         and filters that together leave no article)
    2    bad usage: an unknown option, a bad value (a date that is not a date, --from after
         --to, --json with --format csv), an empty query, an ambiguous speaker name or article number
    3    index problem: missing, built by an incompatible version, unreadable or unwritable
    4    input skipped: `goftar index` indexed the rest; with --strict it wrote nothing
    5    index busy: another `goftar index` run is writing it (give --wait SECONDS)
    130  interrupted (Ctrl-C): the index is as the last completed run left it; run index again

Rendering for the terminal (and right-to-left display, --bidi) is in ``terminal/``.
"""

from __future__ import annotations

import datetime
import difflib
import json
import os
import re
import sys
from contextlib import contextmanager
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Callable, Iterable, Iterator, Optional, TypeVar

import typer
from typer.core import TyperArgument, TyperCommand, TyperGroup

from corpus import SAMPLES_DIR
from corpus.dates import parse_user_date
from indexer.errors import (
    AmbiguousArticle, AmbiguousSpeaker, EmptyQuery, EmptySearch, GoftarError, IndexBusy, IndexMissing, IndexNewer,
    IndexOutdated, InputSkipped, PersonOrRole, QueryError, UnknownArticle, UnknownRole, UnknownSpeaker, advised, quoted,
)
from indexer.export import (
    QUOTE_COLUMNS, SAID_COLUMNS, SEARCH_COLUMNS, SPEAKER_COLUMNS, WHO_COLUMNS, article_to_dict, build_report_to_dict,
    csv_text, holders_to_dict, quote_hit_to_dict, quote_to_dict, quotes_to_dict, results_to_dict, said_by_to_dict,
    said_to_dict, speaker_to_dict, trec_lines, who_rows, who_to_dict,
)
from indexer.completion import categories_starting, sources_starting, speakers_matching, speakers_or_roles_matching
from indexer.facets import Filters, FiltersLeaveNothing, date_order_problem
from indexer.quote_search import (
    RoleHolder, find_speakers, namesakes, quotes_of, said_by_or_held, search_quotes, who_said,
)
from indexer.search import check_search, get_article, search
from indexer.stats import index_stats
from indexer.store import default_index_dir, open_index, read_meta

if TYPE_CHECKING:  # rich and terminal/ are imported when an answer is drawn: a --json answer never is
    from rich.console import Console
    from terminal.screen import Screen

EXIT_OK, EXIT_NOTHING_FOUND, EXIT_USAGE, EXIT_INDEX, EXIT_SKIPPED, EXIT_BUSY = 0, 1, 2, 3, 4, 5
EXIT_INTERRUPTED = 130  # 128 + SIGINT, as shells report Ctrl-C

T = TypeVar("T")  # what one batch query is answered with

# Each library error's exit code; an error takes the code of its nearest listed type.
EXIT_CODES: dict[type[GoftarError], int] = {
    UnknownSpeaker: EXIT_NOTHING_FOUND,
    UnknownArticle: EXIT_NOTHING_FOUND,
    AmbiguousSpeaker: EXIT_USAGE,
    AmbiguousArticle: EXIT_USAGE,
    FiltersLeaveNothing: EXIT_NOTHING_FOUND,
    QueryError: EXIT_USAGE,
    IndexMissing: EXIT_INDEX,
    InputSkipped: EXIT_SKIPPED,
    IndexBusy: EXIT_BUSY,
    GoftarError: EXIT_INDEX,  # any other index problem: incompatible, damaged, unwritable
}

# What to do about an error, at the command line (the web says it its way: web.errors.ADVICE).
ADVICE: dict[type[GoftarError], str] = {
    UnknownSpeaker: "see goftar speakers",
    UnknownRole: "for the people whose roles hold these words: goftar speakers --role {error.quoted_name}",
    UnknownArticle: "ids are shown by goftar search",
    EmptyQuery: 'e.g. goftar {error.command} "{error.example}"',
    FiltersLeaveNothing: "goftar stats lists the categories, sources and years",
    PersonOrRole: "for the role: goftar speakers --role {error.quoted_name}",
    IndexOutdated: "rebuild it with: {error.rebuild}",
    IndexNewer: "this goftar is older than the one that built it: run that one, or upgrade this one "
                "(pip install -U goftar); no rebuild is needed",
    EmptySearch: 'give words to search for (e.g. goftar search "کودکان کار"), a filter to list the articles it '
                 "lets through (--category, --source, --from, --to, --speaker), or a file of queries: --batch FILE",
}


class PlainHelp:
    """--help names each value in a plain word (WORDS, N, FOLDER, DATE) and nothing beside a switch, where typer
    would print its type notation (<list[str]>, <bool>), which a journalist cannot read."""

    def get_params(self, ctx) -> list:
        params = super().get_params(ctx)
        for param in params:
            if isinstance(param, TyperArgument):
                param.display_type_rich = _no_type  # its metavar is already its name in the help
            elif getattr(param, "is_flag", False):
                param.metavar = ""
        return params


def _no_type(ctx) -> None:
    """The type column of an argument's --help line: left empty."""
    return None


class PlainHelpCommand(PlainHelp, TyperCommand):
    """A command whose --help shows plain words (see PlainHelp)."""

    def collect_usage_pieces(self, ctx) -> list[str]:
        """The usage line: [OPTIONS] then each argument as FOLDER_OR_FILE... or [WORDS...], never {paths}..."""
        pieces = [self.options_metavar] if self.options_metavar else []
        for param in self.get_params(ctx):
            if isinstance(param, TyperArgument):
                name = param.display_name_raw + ("..." if param.nargs != 1 else "")
                pieces.append(name if param.required else f"[{name}]")
        return pieces


class PlainHelpGroup(PlainHelp, TyperGroup):
    """goftar itself, whose --help shows plain words (see PlainHelp)."""


app = typer.Typer(
    cls=PlainHelpGroup,
    help="goftar (گفتار): search Persian news archives and find who said what.\n\n"
    "Start with goftar search \"کودکان کار\" (the first search indexes the bundled sample "
    "articles), then goftar index YOUR_FOLDER. Every command has --help with examples.",
    no_args_is_help=True,
    rich_markup_mode="rich",
)
# stdout's and stderr's rich Consoles, made on first use in each command (see
# main), so NO_COLOR, FORCE_COLOR and the width are read when the command
# runs, and a --json answer never imports rich (a tenth of a cold search).
_consoles: dict[str, "Console"] = {}


def _out() -> "Console":
    if "out" not in _consoles:
        from rich.console import Console
        _consoles["out"] = Console(highlight=False)
    return _consoles["out"]


def _err() -> "Console":
    if "err" not in _consoles:
        from rich.console import Console
        _consoles["err"] = Console(stderr=True, highlight=False, soft_wrap=True)  # messages: the terminal wraps them
    return _consoles["err"]


def _render():
    """terminal.render, imported when an answer is drawn."""
    from terminal import render
    return render


# --- Options shared by the commands ---------------------------------------------


class QueryCommand(PlainHelpCommand):
    """A command whose words may start with an exclusion: goftar search -کودکان بهزیستی.

    Every option is Latin, so a dash before any other letter starts a query
    word, never an option: Click passes the words it has no option for on to
    the query (ignore_unknown_options), and an unknown Latin option (--limt)
    is refused here, before Click could take it for a query word.
    """

    ignore_unknown_options = True

    def parse_args(self, ctx, args: list[str]) -> list[str]:
        known = {name for param in self.get_params(ctx) for name in param.opts + param.secondary_opts}
        for arg in args[:args.index("--")] if "--" in args else args:
            name = _option_name(arg)
            if name and name not in known:
                close = difflib.get_close_matches(name, sorted(known), n=1)
                hint = f"; a query word that starts with - goes after --: goftar {ctx.info_name} -- \"{arg} …\"" \
                    if not arg.startswith("--") else ""
                ctx.fail(f"No such option: {name}" + (f" (did you mean {close[0]}?)" if close else "") + hint)
        return super().parse_args(ctx, args)


def _option_name(arg: str) -> str | None:
    """The option ``arg`` names if it is written as one (-n, --limit=5, -n5), else None: a dash before a
    Persian letter (-کودکان) or nothing (-) is a word."""
    letter = arg.lstrip("-")[:1]
    if not arg.startswith("-") or not letter or not letter.isascii():
        return None
    return arg.split("=", 1)[0] if arg.startswith("--") else arg[:2]


def _joined_words(words: list[str] | None) -> str | None:
    """A query given as several words (search -کودکان بهزیستی, unquoted) as one text; None when none was."""
    return " ".join(words) if words else None


QueryWords = Annotated[Optional[list[str]], typer.Argument(
    metavar="WORDS", help="Words to find (quoted or not; -word excludes, even first); see README for the syntax.",
    show_default=False)]


class Sort(str, Enum):
    relevance = "relevance"
    date = "date"


class Format(str, Enum):
    text = "text"
    json = "json"
    csv = "csv"


class SpeakerType(str, Enum):
    """Whom speakers --type lists: as a quote's speaker_type says (README, Formats for scripts)."""

    person = "person"
    organisation = "organisation"


class InputFormat(str, Enum):
    """What standard input holds, as a file's extension says it."""

    txt = "txt"
    json = "json"
    jsonl = "jsonl"


def _date_option(end: bool) -> Callable[[str], datetime.date]:
    def parse(value: str) -> datetime.date:
        try:
            return parse_user_date(value, end=end)
        except ValueError as error:
            raise typer.BadParameter(str(error)) from None
    return parse


def _number_from(low: int, high: int | None = None, kind: type = int) -> Callable[[str], float]:
    """A number (``kind``: int or float) from low to high, checked here so --help shows N or SECONDS,
    not the range notation click would print beside it."""
    def parse(value: str) -> float:
        try:
            number = kind(value)
        except ValueError:
            raise typer.BadParameter(f"{value!r} is not a {'whole ' if kind is int else ''}number") from None
        if not low <= number <= (number if high is None else high):
            raise typer.BadParameter(f"{value} is not " + (f"from {low} to {high}" if high else f"{low} or more"))
        return number
    return parse


def _offering(values: Callable[[Path, str], list[tuple[str, str]]]) -> Callable:
    """A parameter's shell completion (autocompletion=): ``values`` (indexer.completion) of the index --index
    names, when given before it, else of the default one, never the samples a first search builds. A missing
    or damaged index offers nothing: whatever completion prints lands in the command line being typed."""
    def offer(ctx: typer.Context, incomplete: str) -> list[tuple[str, str]]:
        try:
            offered = values(ctx.params.get("index_dir") or default_index_dir(), incomplete)
        except (GoftarError, OSError):
            return []
        shown = [(_as_typed(value), value.startswith(incomplete), count) for value, count in offered]
        return [(value if starts else Offered(value), count) for value, starts, count in _uncut(shown, incomplete)]
    return offer


def _uncut(shown: list[tuple[str, bool, str]], incomplete: str) -> list[tuple[str, bool, str]]:
    """(value, starts with what was typed, count) as offered, less the values matched by a later word when
    bash would cut what was typed: it puts what all the values offered start with in its place, so
    دانیل داوری beside داود شهاب turned «داو» into «دا». zsh, fish and PowerShell keep what was typed."""
    common = os.path.commonprefix([value for value, _, _ in shown])
    if "COMP_CWORD" in os.environ and len(shown) > 1 and common and not common.startswith(incomplete):
        return [item for item in shown if item[1]]
    return shown


class Offered(str):
    """A value offered though it does not start with what was typed (پرویز داوودی for داو, matched by its
    surname). typer drops such values from what an autocompletion= function offers; this one says it
    starts so, and the shell shows it (bash, fish and PowerShell; zsh as its matcher-list allows)."""

    def startswith(self, *_) -> bool:
        return True


# What bash would read as other than a letter of a word, were it typed into the command line bare.
SHELL_SPECIAL = re.compile(r"""([\s'"\\()<>&;|$`!*?#~{}\[\]])""")


def _as_typed(value: str) -> str:
    """A value as completion inserts it. bash (the shell whose completion passes COMP_CWORD) inserts what it
    is offered as it is, so «ورزش سه» became two arguments: there a space or sign is escaped, as bash's own
    file names are (ورزش\\ سه). zsh, fish and PowerShell quote what they insert themselves."""
    return SHELL_SPECIAL.sub(r"\\\1", value) if "COMP_CWORD" in os.environ else value


IndexDir = Annotated[
    Optional[Path],
    typer.Option("--index", metavar="FOLDER",
                 help="The folder the index is kept in \\[default: $GOFTAR_INDEX, else goftar/index in ~/.local/share]."),
]
AsJson = Annotated[bool, typer.Option("--json", help="One JSON object on stdout, for scripts (never reordered).")]
Limit = Annotated[int, typer.Option("--limit", "-n", metavar="N", parser=_number_from(1, 1000),
                                    help="How many results, 1 to 1000.")]
OutFormat = Annotated[
    Optional[Format],
    typer.Option("--format", metavar="FORMAT",
                 help="text (default), json (as --json) or csv (UTF-8 with BOM, one row per quote)."),
]
Bidi = Annotated[
    Optional[bool],
    typer.Option("--bidi/--no-bidi", show_default=False,
                 help="Reorder Persian lines for terminals that show them reversed \\[default: GOFTAR_BIDI=1/0 on a "
                      "terminal, else a guess; see README]."),
]
Gregorian = Annotated[bool, typer.Option("--gregorian", help="Show dates in the Gregorian calendar, not Jalali.")]
Category = Annotated[Optional[str], typer.Option("--category", metavar="CATEGORY", autocompletion=_offering(categories_starting),
                                                 help="Only this category (any level: اجتماعی).")]
Source = Annotated[Optional[str], typer.Option("--source", metavar="SOURCE", autocompletion=_offering(sources_starting),
                                               help="Only this source, by any name (فارس, Fars, farsnews, ایسنا ...).")]
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
SortBy = Annotated[Sort, typer.Option("--sort", metavar="ORDER", help="relevance (best match first) or date (newest first).")]


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
    _consoles.clear()


@contextmanager
def _user_errors():
    """Library errors become one message on stderr and an exit code, never a traceback."""
    try:
        yield
    except GoftarError as error:
        _fail(advised(error, ADVICE), next(EXIT_CODES[kind] for kind in type(error).__mro__ if kind in EXIT_CODES))


def _fail(message, code: int):
    from rich.text import Text

    _err().print(Text(f"goftar: {message}"))
    raise typer.Exit(code)


def _index_dir(option: Path | None) -> Path:
    """The chosen index; on first use of the default one, build it from the samples.

    A default index that holds only bundled samples and was built by another
    goftar version is rebuilt from this version's samples: it holds nothing
    the user made, and telling them to rebuild it would only stop them.
    """
    if option is not None:
        return option
    index_dir = default_index_dir()
    if os.environ.get("GOFTAR_INDEX"):
        return index_dir
    try:
        if read_meta(index_dir) is not None:
            return index_dir
        done = "No index yet: indexed"
    except IndexOutdated as error:
        if not error.roots or not all(Path(root).parts[-2:] == SAMPLES_DIR.parts[-2:] for root in error.roots):
            raise
        done = "The sample index was built by another goftar version: re-indexed"
    from indexer.build import build_index  # here, not at the top: a search must start fast

    report = build_index([SAMPLES_DIR], index_dir, rebuild=True)
    _err().print(f"{done} the {report.documents_indexed} bundled sample articles into {index_dir}.")
    return index_dir


def _filters(category: str | None, source: str | None,
             date_from: datetime.date | None, date_to: datetime.date | None) -> Filters:
    problem = date_order_problem(date_from, date_to)
    if problem:
        raise typer.BadParameter(problem, param_hint="'--from' / '--to'")
    return Filters(category=category or None, source=source or None, date_from=date_from, date_to=date_to)


BATCH_FORMATS = ("jsonl", "trec")


def _one_format(fmt: str | None) -> Format | None:
    """search's --format for one query (it also names the batch formats, so it is a plain string)."""
    try:
        return Format(fmt) if fmt else None
    except ValueError:
        raise typer.BadParameter(f"{fmt!r} is not one of text, json, csv (or, with --batch, jsonl, trec)",
                                 param_hint="'--format'") from None


def _format(as_json: bool, fmt: Format | None) -> Format:
    if as_json and fmt not in (None, Format.json):
        raise typer.BadParameter(f"--json and --format {fmt.value} ask for two formats; give one", param_hint="'--format'")
    return Format.json if as_json else fmt or Format.text


# --- Commands ---------------------------------------------------------------------


@app.command(cls=PlainHelpCommand)
def index(
    paths: Annotated[list[Path], typer.Argument(metavar="FOLDER_OR_FILE", help="Files or folders of .txt, .json, .jsonl articles.")],
    index_dir: IndexDir = None,
    rebuild: Annotated[bool, typer.Option("--rebuild", help="Start from an empty index: only the folders given are kept.")] = False,
    strict: Annotated[bool, typer.Option("--strict", help="If any input would be skipped, write nothing (exit 4).")] = False,
    wait: Annotated[float, typer.Option("--wait", metavar="SECONDS", parser=_number_from(0, kind=float),
                                        help="If another run is writing the index, wait this long for it (else exit 5).")] = 0,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress or summary; problems are still named.")] = False,
    as_json: AsJson = False,
):
    """Build or update the index; only changed files are re-analysed.

    A progress bar (files, articles/s) shows on stderr when it is a terminal;
    elsewhere (a log, cron) a plain line every 10 s. At the end: what was
    indexed, and each input skipped or repaired, with why. A run that was
    interrupted (Ctrl-C, a killed job) is resumed by the next one with the
    same paths and options, which says so.

    [b]Examples[/b]

      goftar index ~/news/fars/               [dim]# a folder, walked recursively[/dim]
      goftar index اخبار.jsonl --index ./ix     [dim]# one file into a chosen index[/dim]
      goftar index ~/news --rebuild           [dim]# from scratch[/dim]
      goftar index ~/news --strict --wait 60  [dim]# all or nothing; queue behind another run[/dim]
    """
    target = index_dir or default_index_dir()

    from indexer.build import build_index  # only the index command pays for loading the build code

    def waiting() -> None:
        _err().print(f"another goftar index run is writing; waiting up to {wait:g} s…")

    try:
        with _user_errors(), _render().progress(_err(), enabled=not quiet) as tick:
            report = build_index(paths, target, rebuild=rebuild, progress=tick, strict=strict, wait=wait,
                                 on_wait=waiting, on_unfinished=lambda found: _render().print_unfinished(_err(), found, quiet))
    except KeyboardInterrupt:
        _err().print("interrupted; the index is as the last completed run left it, and running the same goftar index "
                     "again resumes where this one stopped")
        raise typer.Exit(EXIT_INTERRUPTED)
    if as_json:
        _print_json(build_report_to_dict(report))
    _render().print_build(_err(), report, quiet)
    if report.skipped:
        raise typer.Exit(EXIT_SKIPPED)


@app.command("search", cls=QueryCommand)
def search_command(
    query: QueryWords = None,
    index_dir: IndexDir = None,
    limit: Annotated[int, typer.Option("--limit", "-n", metavar="N", parser=_number_from(1, 1000),
                                            help="Results per page, 1 to 1000.")] = 10,
    page: Annotated[int, typer.Option("--page", metavar="N", parser=_number_from(1),
                                           help="Which page of results.")] = 1,
    category: Category = None,
    source: Source = None,
    date_from: DateFrom = None,
    date_to: DateTo = None,
    speaker: Annotated[Optional[str], typer.Option("--speaker", metavar="NAME", autocompletion=_offering(speakers_matching), help="Only articles quoting this person (any spelling).")] = None,
    sort: SortBy = Sort.relevance,
    gregorian: Gregorian = False,
    bidi: Bidi = None,
    as_json: AsJson = False,
    batch: Annotated[Optional[Path], typer.Option("--batch", metavar="FILE",
                                                              help="File of queries (- for standard input), one per line or ID, a tab, the query.")] = None,
    fmt: Annotated[Optional[str], typer.Option(
        "--format", metavar="FORMAT", help="text, json or csv (UTF-8 with BOM, one row per article); with --batch: jsonl (default) or "
                         "trec.")] = None,
):
    """Find the articles that best match the words, best first.

    Articles with more of the words, close together, first; any spelling; "a phrase",
    -word, OR and field:word work as the README says. With no words but a filter, every article it lets
    through, newest first. With no index yet, the bundled samples are indexed first.

    [b]Examples[/b]

      goftar search "کودکان کار"
      goftar search '"سازمان های مردم نهاد" -تهران'        [dim]# phrase, exclusion[/dim]
      goftar search -کودکان بهزیستی                      [dim]# a query may start with an exclusion[/dim]
      goftar search گرمخانه --from 1398/09 --to 1398/12 --sort date
      goftar search --category ورزشی --from 1398         [dim]# no words: the category's articles, newest first[/dim]
      goftar search بیمه --category اقتصادی --source ایسنا --gregorian
      goftar search "بیمه OR مستمری" --json
      goftar search بیمه --limit 100 --format csv > خبرها.csv
      goftar search گرمخانه --speaker "کاظمی"              [dim]# articles quoting this person[/dim]
      goftar search --batch queries.tsv --format trec > run.txt
    """
    filters = _filters(category, source, date_from, date_to)
    if batch is None and fmt in BATCH_FORMATS:
        raise typer.BadParameter(f"{fmt} is for --batch; for one query use text, json or csv", param_hint="'--format'")
    chosen = None if batch is not None else _format(as_json, _one_format(fmt))
    with _user_errors():
        text = None if batch is not None else check_search(_joined_words(query), filters, speaker)
        target = _index_dir(index_dir)
        if batch is not None:
            _search_batch(batch, target, limit, fmt or "jsonl", filters, sort.value, speaker)
            return
        results = search(target, text, limit=limit, page=page, filters=filters, sort=sort.value, speaker=speaker)
    if chosen is Format.json:
        _print_json(results_to_dict(results))
    elif chosen is Format.csv:
        _print_csv(SEARCH_COLUMNS, results_to_dict(results)["hits"])
    else:
        _render().print_results(_screen(bidi), results, _calendar(gregorian), filters, speaker, by_date=sort is Sort.date)
    if not results.total:
        raise typer.Exit(EXIT_NOTHING_FOUND)


@app.command(cls=PlainHelpCommand)
def show(
    doc_id: Annotated[str, typer.Argument(metavar="ID", help="An article id, as search prints it.")],
    index_dir: IndexDir = None,
    gregorian: Gregorian = False,
    bidi: Bidi = None,
    as_json: AsJson = False,
):
    """Print one whole article, its quotes marked and numbered with who said them.

    ID is what search prints: the article's own id, its url (as pasted: encoded or
    not, http or https, with or without www., with or without the slug), or its
    file path; or the bare number a news agency's url holds, when one article's url
    holds it.

    [b]Examples[/b]

      goftar show isna-980920-garmkhaneh-zanan
      goftar show 13920229000901                  [dim]# https://www.farsnews.com/news/13920229000901/...[/dim]
      goftar show "گزارش‌ها/گرمخانه.txt" --json     [dim]# a .txt article's id is its path[/dim]
    """
    with _user_errors():
        target = _index_dir(index_dir)
        article = get_article(target, doc_id)
        marked = quotes_of(target, article["id"])
    if as_json:
        _print_json(article_to_dict(article, marked))
        return
    _render().print_article(_screen(bidi), article, marked, _calendar(gregorian))


@app.command(cls=PlainHelpCommand)
def stats(
    index_dir: IndexDir = None,
    top: Annotated[int, typer.Option("--top", metavar="N", parser=_number_from(1), help="How many categories, sources and speakers.")] = 10,
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
    _render().print_stats(_screen(bidi), info, _calendar(gregorian))


@app.command(cls=QueryCommand)
def quotes(
    query: Annotated[list[str], typer.Argument(metavar="WORDS", help="Words the quote should contain (تورم).")],
    speaker: Annotated[Optional[str], typer.Option("--speaker", metavar="NAME", autocompletion=_offering(speakers_matching), help="Only this person's quotes (any spelling).")] = None,
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
        results = search_quotes(_index_dir(index_dir), _joined_words(query), speaker=speaker, limit=limit,
                                filters=filters, sort=sort.value)
    if chosen is Format.json:
        _print_json(quotes_to_dict(results))
    elif chosen is Format.csv:
        _print_csv(QUOTE_COLUMNS, (quote_hit_to_dict(h) for h in results.hits))
    else:
        _render().print_quotes(_screen(bidi), results, _calendar(gregorian), filters, speaker, by_date=sort is Sort.date)
    if not results.total:
        raise typer.Exit(EXIT_NOTHING_FOUND)


@app.command(cls=QueryCommand)
def who(
    query: Annotated[Optional[list[str]], typer.Argument(metavar="WORDS", help="What was said (گرانی بنزین).", show_default=False)] = None,
    index_dir: IndexDir = None,
    limit: Annotated[int, typer.Option("--limit", "-n", metavar="N", parser=_number_from(1, 1000),
                                            help="How many speakers, 1 to 1000.")] = 10,
    category: Category = None,
    source: Source = None,
    date_from: DateFrom = None,
    date_to: DateTo = None,
    gregorian: Gregorian = False,
    bidi: Bidi = None,
    as_json: AsJson = False,
    fmt: OutFormat = None,
    batch: Annotated[Optional[Path], typer.Option("--batch", metavar="FILE",
                                                              help="File of queries (- for standard input), one per line or ID, a tab, the query; JSON Lines out.")] = None,
):
    """Who said this? Speakers ranked by how well their quotes match (always by relevance).

    Each speaker's best three matching quotes are shown; the score is the best one's plus
    half of the other two's. Someone whose quote holds nearly all the words close together
    comes first, that quote first, before any number of looser matches; of two such, the one
    whose quote holds more of the words.

    [b]Examples[/b]

      goftar who "۳ هزار کودک در مراکز پرتو"
      goftar who "افزایش مستمری" --from 1398 --json
      goftar who گرمخانه --format csv > گویندگان.csv
    """
    filters = _filters(category, source, date_from, date_to)
    chosen = Format.json if batch else _format(as_json, fmt)
    with _user_errors():
        if batch:
            queries = _batch_queries(batch)
            if not queries:
                raise QueryError(f"no queries in {batch}: write one per line, or id<TAB>query")
        elif not (_joined_words(query) or "").strip():
            raise QueryError('give what was said, e.g. goftar who "کودکان کار", or --batch FILE')
        target = _index_dir(index_dir)
        ask = lambda text: who_said(target, text, limit=limit, filters=filters)  # noqa: E731
        answers = _batch_answers(batch, queries, ask) if batch else [("", ask(_joined_words(query)))]
        if chosen is Format.csv:
            rows = [row for _, results in answers for row in who_rows(results)]
            _print_csv(WHO_COLUMNS, rows)
            found = bool(rows)
        else:
            screen, found = _screen(bidi), False
            for query_id, results in answers:
                found = found or bool(results.speakers)
                if chosen is Format.json:
                    _print_json({"id": query_id, **who_to_dict(results)} if batch else who_to_dict(results))
                else:
                    _render().print_who(screen, results, _calendar(gregorian), filters)
    if not found and not batch:
        raise typer.Exit(EXIT_NOTHING_FOUND)


@app.command(cls=PlainHelpCommand)
def speakers(
    index_dir: IndexDir = None,
    top: Annotated[int, typer.Option("--top", metavar="N", parser=_number_from(1), help="How many speakers.")] = 20,
    role: Annotated[Optional[str], typer.Option(
        "--role", metavar="ROLE", help="Only people with this role (its words in order, in any spelling: امام جمعه).")] = None,
    kind: Annotated[Optional[SpeakerType], typer.Option(
        "--type", metavar="TYPE", help="Only persons or only organisations (newspapers, sites, ministries ...): person or organisation.")] = None,
    bidi: Bidi = None,
    as_json: AsJson = False,
    fmt: Annotated[Optional[Format], typer.Option(
        "--format", metavar="FORMAT", help="text (default), json (as --json) or csv (UTF-8 with BOM, one row per person).")] = None,
):
    """Everyone quoted in the index, once each, most quoted first.

    Spellings of one name (ي or ی, with or without سید) count as one person. An
    organisation quoted (a newspaper, site, ministry ...) is marked "(organisation)".

    [b]Examples[/b]

      goftar speakers --top 10
      goftar speakers --role بهزیستی             [dim]# everyone whose role says بهزیستی[/dim]
      goftar speakers --type organisation        [dim]# newspapers, sites, ministries ...[/dim]
      goftar speakers --top 1000 --format csv > گویندگان.csv
    """
    chosen = _format(as_json, fmt)
    with _user_errors():
        found = find_speakers(_index_dir(index_dir), role=role or "", speaker_type=kind.value if kind else "")
    people = [speaker_to_dict(person) for person in found[:top]]
    if chosen is Format.json:
        _print_json({"speakers": people})
    elif chosen is Format.csv:
        _print_csv(SPEAKER_COLUMNS, people)
    else:
        _render().print_speakers(_screen(bidi), people)
    if not people:
        from rich.text import Text

        nobody = f"No {kind.value}" if kind else "Nobody"
        _err().print(Text(f"{nobody} quoted in this index has the role {quoted(role)}." if role else
                          f"{nobody} is quoted in this index."))
        raise typer.Exit(EXIT_NOTHING_FOUND)


@app.command("said-by", cls=PlainHelpCommand)
def said_by_command(
    name: Annotated[str, typer.Argument(metavar="NAME", autocompletion=_offering(speakers_or_roles_matching),
                                        help="The person, in any spelling (with or without سید، دکتر ...).")],
    index_dir: IndexDir = None,
    gregorian: Gregorian = False,
    bidi: Bidi = None,
    as_json: AsJson = False,
    fmt: OutFormat = None,
):
    """Everything one person said, newest first when dates are known.

    A surname several people share lists them (exit 2). A surname some articles
    give alone (مورینیو) answers for those articles and names, on stderr, who was
    quoted with it and a given name (ژوزه مورینیو). A role (رئیس سازمان
    بهزیستی، امام جمعه) lists who held it and what each said, with the dates
    seen; opened by a role word (رئیس، امام جمعه، وزیر ...) it is the role even
    when someone has its last word as surname. Words that are both a person and
    a role someone held list both (exit 2). A name or role nobody has exits 1.

    One article's quotes come as it is read: title, lead, then the body.

    [b]Examples[/b]

      goftar said-by "محمدی"
      goftar said-by "سید مهدی طاهرخانی" --gregorian
      goftar said-by "رئیس سازمان بهزیستی"
      goftar said-by طاهرخانی --format csv > طاهرخانی.csv
    """
    chosen = _format(as_json, fmt)
    with _user_errors():
        folder = _index_dir(index_dir)
        answer = said_by_or_held(folder, name)
    if isinstance(answer, list):  # a role: who held it
        _print_holders(name, answer, chosen, bidi, _calendar(gregorian))
        return
    person, said = answer
    others = namesakes(folder, person)
    if chosen is Format.json:
        _print_json(said_by_to_dict(person, said, others))
    elif chosen is Format.csv:
        _print_csv(SAID_COLUMNS, (said_to_dict(s) for s in said))
    else:
        _render().print_said(_screen(bidi), person.name, person.roles, said, _calendar(gregorian))
    if others and chosen is not Format.json:
        _err().print(f"also quoted with the surname {person.name}: "
                     + "، ".join(f"{other.name} ({other.quotes})" for other in others)
                     + f"; for them: goftar said-by \"{others[0].name}\"", markup=False)


def _print_holders(role: str, holders: list[RoleHolder], chosen: Format, bidi: bool | None, calendar: str) -> None:
    """Who held a role, each with what they said (said-by with a role)."""
    if chosen is Format.json:
        _print_json(holders_to_dict(role, holders))
    elif chosen is Format.csv:
        _print_csv(SAID_COLUMNS, ({**said_to_dict(s), "speaker": h.speaker or ""} for h in holders for s in h.said))
    else:
        _render().print_holders(_screen(bidi), holders, calendar)


@app.command(cls=PlainHelpCommand)
def extract(
    paths: Annotated[list[Path], typer.Argument(metavar="FOLDER_OR_FILE", help="Files or folders of articles; - reads standard input.")],
    bidi: Bidi = None,
    as_json: AsJson = False,
    input_format: Annotated[Optional[InputFormat], typer.Option(
        "--input-format", metavar="FORMAT", help="What - (standard input) holds: txt, json or jsonl \\[default: told by its first line].")] = None,
):
    """Print the quotes in articles, without an index.

    Reads the files as goftar index would; under each article's title and id, its quotes
    with their speaker, role and place.

    [b]Examples[/b]

      goftar extract اخبار.jsonl
      goftar extract ~/news/ --json > quotes.jsonl   [dim]# one JSON object per line[/dim]
      curl -s URL | goftar extract - --input-format json
    """
    from corpus.quotes import quotes_or_fault  # its patterns take 45 ms to compile; searches skip that
    from corpus.readers import FAULTY_QUOTES, WITHOUT_QUOTES, ReadReport, iter_documents

    report = ReadReport()
    screen = _screen(bidi)
    for document in iter_documents(paths, report, stdin_format=input_format and input_format.value):
        found, fault = quotes_or_fault(document)
        if fault:
            report.add(document.id, FAULTY_QUOTES.format(id=document.id, fault=fault), action=WITHOUT_QUOTES)
        if as_json:
            for quote in found:
                print(json.dumps(quote_to_dict(quote), ensure_ascii=False))
        elif found:
            _render().print_extracted(screen, document, found)
    for problem in report.problems:
        _render().print_problem(_err(), problem)
    if report.skipped:
        raise typer.Exit(EXIT_SKIPPED)


@app.command(cls=PlainHelpCommand)
def serve(
    index_dir: IndexDir = None,
    host: Annotated[str, typer.Option("--host", metavar="ADDRESS", help="Address to listen on; other than 127.0.0.1, the page is open to "
                                                     "the network.")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", metavar="N", parser=_number_from(1, 65535), help="Port to listen on.")] = 8000,
):
    """The same searches as a right-to-left page in the browser, until Ctrl-C.

    Articles, quotes, who said it and speakers, with the filters the commands take (see README, Web).

    [b]Examples[/b]

      goftar serve                                  [dim]# http://127.0.0.1:8000/[/dim]
      goftar serve --index ~/نمایه-فارس --port 8080
    """
    with _user_errors():
        target = _index_dir(index_dir)
        open_index(target)  # a missing or incompatible index: say so now, not on the first request
        from web import serve as run_server  # here, so the other commands never load the web stack

        _err().print(f"serving {target} on http://{host}:{port}/ (Ctrl-C stops)")
        try:
            run_server(target, host=host, port=port)
        except KeyboardInterrupt:
            pass


# --- JSON and CSV on stdout (their shapes: indexer/export.py) ---------------------


def _print_json(data: dict) -> None:
    print(json.dumps(data, ensure_ascii=False))


def _print_csv(columns: list[str], rows: Iterable[dict]) -> None:
    sys.stdout.write(csv_text(columns, rows))
    sys.stdout.flush()


def _batch_lines(path: Path) -> list[str]:
    """The lines of a batch file; ``-`` reads them from standard input (``cut -f1 topics | goftar who --batch -``)."""
    from corpus.readers import input_bytes

    try:
        return input_bytes(path).decode("utf-8-sig").splitlines()
    except UnicodeDecodeError as error:
        raise QueryError(f"cannot read queries from {path}: it is not UTF-8 text (byte {error.start}); "
                         "save it as UTF-8 and try again") from error
    except OSError as error:
        raise QueryError(f"cannot read queries from {path}: {error}") from error


def _batch_queries(path: Path) -> list[tuple[int, str, str]]:
    """(line number, id, query) per non-blank line: ``id<TAB>query``, or the query alone, its line number its id."""
    queries = []
    for number, line in enumerate(_batch_lines(path), start=1):
        if line.strip():
            query_id, _, query = line.partition("\t") if "\t" in line else (str(number), "", line)
            queries.append((number, query_id, query))
    return queries


def _batch_answers(path: Path, queries: list[tuple[int, str, str]], ask: Callable[[str], T]) -> Iterator[tuple[str, T]]:
    """(id, answer) for each batch query; a query that cannot be asked is named by FILE:LINE and skipped.

    Shared by every --batch: one bad line never costs the answers to the others.
    """
    for number, query_id, query in queries:
        try:
            answer = ask(query)
        except QueryError as error:
            _err().print(f"goftar: {path}:{number}: {error}")
            continue
        yield query_id, answer


def _search_batch(path: Path, index_dir: Path, limit: int, batch_format: str,
                  filters: Filters | None = None, sort: str = "relevance", speaker: str | None = None) -> None:
    if batch_format not in BATCH_FORMATS:
        raise QueryError(f"with --batch, --format must be jsonl or trec, not {batch_format!r}")
    ask = lambda query: search(index_dir, query, limit=limit, filters=filters, sort=sort, speaker=speaker)  # noqa: E731
    for query_id, results in _batch_answers(path, _batch_queries(path), ask):
        if batch_format == "trec":
            for line in trec_lines(query_id, results):
                print(line)
        else:
            print(json.dumps({"id": query_id, **results_to_dict(results)}, ensure_ascii=False))


def _screen(bidi: bool | None) -> Screen:
    try:
        from terminal.bidi import bidi_wanted
        from terminal.screen import Screen

        return Screen(_out(), bidi_wanted(bidi, _out().is_terminal), _err())
    except ValueError as error:
        raise typer.BadParameter(str(error), param_hint="GOFTAR_BIDI") from None


def _calendar(gregorian: bool) -> str:
    return "gregorian" if gregorian else "jalali"


def run() -> None:
    """The console command: the app, except that a reader closing stdout early
    (`goftar search … | head -1`) is no error; exit 0 quietly, as Unix tools do.

    Once the answer is out, the process ends without Python's teardown: freeing
    every module and the analysis's word lists (~100k words) took a quarter of
    a cold search. Every file the commands write is closed by then (the index
    is committed, its lock released, before the command returns).
    """
    try:
        app()
        code = EXIT_OK
    except SystemExit as done:
        if isinstance(done.__context__, BrokenPipeError):  # Click turns it into exit 1
            _quiet_stdout()
            code = EXIT_OK
        elif done.code is None or isinstance(done.code, int):
            code = done.code or EXIT_OK
        else:
            raise  # a message instead of a code: Python prints it
    try:
        sys.stdout.flush()
    except BrokenPipeError:  # the reader left while the last lines were still buffered
        _quiet_stdout()
        code = EXIT_OK
    sys.stderr.flush()
    os._exit(code)


def _quiet_stdout() -> None:
    """stdout's reader is gone: what is left to write goes nowhere."""
    os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


if __name__ == "__main__":
    run()
