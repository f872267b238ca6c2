"""goftar's command line: parse options, call one library function, render.

Exit codes: 0 ok; 1 nothing found; 2 bad usage or query; 3 index problem
(missing, incompatible, unwritable); 4 indexed, but some input was skipped.
"""

from __future__ import annotations

import json
import os
import sys
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.text import Text

from corpus import SAMPLES_DIR
from indexer.build import BuildReport, build_index, ensure_index
from indexer.search import QueryError, SearchResults, get_article, search
from indexer.snippets import Snippet
from indexer.store import GoftarError, default_index_dir, index_stats

EXIT_NOTHING_FOUND, EXIT_USAGE, EXIT_INDEX, EXIT_SKIPPED = 1, 2, 3, 4

app = typer.Typer(
    help="goftar (گفتار): search Persian news archives and find who said what.",
    no_args_is_help=True,
    rich_markup_mode="rich",
)
out = Console(highlight=False)
err = Console(stderr=True, highlight=False)

IndexDir = Annotated[
    Optional[Path],
    typer.Option("--index", help="Index folder \\[default: $GOFTAR_INDEX, else ~/.local/share/goftar/index]."),
]
AsJson = Annotated[bool, typer.Option("--json", help="One JSON object on stdout, for scripts.")]


@contextmanager
def _user_errors():
    """Library errors become one message on stderr and an exit code, never a traceback."""
    try:
        yield
    except QueryError as error:
        err.print(f"goftar: {error}")
        raise typer.Exit(EXIT_USAGE)
    except GoftarError as error:
        err.print(f"goftar: {error}")
        raise typer.Exit(EXIT_INDEX)


def _index_dir(option: Path | None) -> Path:
    """The chosen index; on first use of the default one, build it from the samples."""
    if option is not None:
        return option
    index_dir = default_index_dir()
    if not os.environ.get("GOFTAR_INDEX"):
        report = ensure_index(index_dir)
        if report is not None:
            err.print(f"No index yet: indexed the {report.documents_indexed} bundled sample articles into {index_dir}.")
    return index_dir


@app.command()
def index(
    paths: Annotated[list[Path], typer.Argument(help="Files or folders of .txt, .json, .jsonl articles.")],
    index_dir: IndexDir = None,
    rebuild: Annotated[bool, typer.Option("--rebuild", help="Start from an empty index.")] = False,
):
    """Build or update the index; only changed files are re-analysed.

    [b]Examples[/b]

      goftar index ~/news/fars/            [dim]# a folder, walked recursively[/dim]
      goftar index اخبار.jsonl --index ./ix  [dim]# one file into a chosen index[/dim]
      goftar index ~/news --rebuild        [dim]# from scratch[/dim]
    """
    target = index_dir or default_index_dir()
    with _user_errors():
        report = build_index(paths, target, rebuild=rebuild)
    _print_build(report)
    if report.skipped:
        raise typer.Exit(EXIT_SKIPPED)


@app.command("search")
def search_command(
    query: Annotated[Optional[str], typer.Argument(help="Words to find; see README for the syntax.")] = None,
    index_dir: IndexDir = None,
    limit: Annotated[int, typer.Option("--limit", "-n", min=1, max=1000, help="Results per page.")] = 10,
    page: Annotated[int, typer.Option("--page", min=1, help="Which page of results.")] = 1,
    as_json: AsJson = False,
    batch: Annotated[Optional[Path], typer.Option("--batch", help="File of queries, one per line or id<TAB>query.")] = None,
    batch_format: Annotated[str, typer.Option("--format", help="Batch output: jsonl or trec.")] = "jsonl",
):
    """Find the articles that best match the words, best first.

    [b]Examples[/b]

      goftar search "کودکان کار"
      goftar search '"سازمان های مردم نهاد" -تهران'     [dim]# phrase, exclusion[/dim]
      goftar search "بیمه OR مستمری" --json
      goftar search "title:بهزیستی" --limit 5
      goftar search --batch queries.tsv --format trec > run.txt
    """
    with _user_errors():
        target = _index_dir(index_dir)
        if batch is not None:
            _search_batch(batch, target, limit, batch_format)
            return
        if query is None:
            raise QueryError('give a query, e.g. goftar search "کودکان کار", or --batch FILE')
        results = search(target, query, limit=limit, page=page)
    if as_json:
        print(json.dumps(results_to_dict(results), ensure_ascii=False))
    else:
        _print_results(results)
    if not results.total:
        raise typer.Exit(EXIT_NOTHING_FOUND)


@app.command()
def show(
    doc_id: Annotated[str, typer.Argument(metavar="ID", help="An article id, as search prints it.")],
    index_dir: IndexDir = None,
    as_json: AsJson = False,
):
    """Print one whole article.

    [b]Example[/b]

      goftar show "seed.txt"
    """
    with _user_errors():
        article = get_article(_index_dir(index_dir), doc_id)
    if as_json:
        print(json.dumps(article, ensure_ascii=False))
        return
    out.print(Text(article["title"], style="bold"))
    out.print(Text(" · ".join(v for v in (article.get("source"), article.get("category"), article.get("date")) if v), style="dim"))
    for paragraph in [article.get("lead", "")] + article["paragraphs"]:
        out.print(paragraph + "\n")


@app.command()
def stats(index_dir: IndexDir = None, as_json: AsJson = False):
    """How big the index is and what it was built from.

    [b]Example[/b]

      goftar stats --json
    """
    with _user_errors():
        info = index_stats(_index_dir(index_dir))
    if as_json:
        print(json.dumps(info, ensure_ascii=False))
        return
    for key, value in info.items():
        out.print(f"{key:>15}: {', '.join(value) if isinstance(value, list) else value}")


def results_to_dict(results: SearchResults) -> dict:
    """The stable JSON shape of a search (documented in the README)."""
    return {
        "query": results.query,
        "total": results.total,
        "page": results.page,
        "matched": results.matched,
        "notice": results.notice,
        "hits": [
            {
                "rank": hit.rank,
                "id": hit.id,
                "score": hit.score,
                "title": hit.title,
                "snippet": hit.snippet.text,
                "highlights": hit.snippet.spans,
                "category": hit.category,
                "source": hit.source,
                "date": hit.date,
                "url": hit.url,
            }
            for hit in results.hits
        ],
    }


def _search_batch(path: Path, index_dir: Path, limit: int, batch_format: str) -> None:
    if batch_format not in ("jsonl", "trec"):
        raise QueryError(f"--format must be jsonl or trec, not {batch_format!r}")
    try:
        lines = path.read_text(encoding="utf-8-sig").splitlines()
    except (OSError, UnicodeDecodeError) as error:
        raise QueryError(f"cannot read queries from {path}: {error}") from error
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        query_id, _, query = line.partition("\t") if "\t" in line else (str(number), "", line)
        try:
            results = search(index_dir, query, limit=limit)
        except QueryError as error:
            err.print(f"goftar: {path}:{number}: {error}")
            continue
        if batch_format == "trec":
            for hit in results.hits:
                print(f"{query_id}\tQ0\t{hit.id}\t{hit.rank}\t{hit.score}\tgoftar")
        else:
            print(json.dumps({"id": query_id, **results_to_dict(results)}, ensure_ascii=False))


def _print_results(results: SearchResults) -> None:
    if results.notice:
        err.print(Text(results.notice, style="yellow"))
    if not results.total:
        err.print(f"No article matches {results.query!r}.")
        return
    first = results.hits[0].rank if results.hits else 0
    out.print(Text(f"{results.total} articles; {first}–{first + len(results.hits) - 1}:", style="dim"))
    for hit in results.hits:
        out.print(Text.assemble((f"{hit.rank}. ", "bold"), (hit.title, "bold cyan"), (f"  [{hit.score:.2f}]", "dim")))
        details = " · ".join(v for v in (hit.source, hit.category, hit.date, hit.id) if v)
        out.print(Text("   " + details, style="dim"))
        out.print(Text("   ").append_text(_highlighted(hit.snippet)))
        out.print()


def _highlighted(snippet: Snippet) -> Text:
    text = Text(snippet.text)
    for start, end in snippet.spans:
        text.stylize("bold yellow", start, end)
    return text


def _print_build(report: BuildReport) -> None:
    for problem in report.problems:
        err.print(Text(f"{problem.action}: {problem}", style="yellow" if problem.action == "repaired" else "red"))
    err.print(
        f"Indexed {report.documents_indexed} articles and {report.quotes_indexed} quotes in {report.seconds:.1f}s "
        f"into {report.index_dir}; {report.files_unchanged} of {report.files_seen} files unchanged, "
        f"{report.files_removed} removed, {len(report.skipped)} inputs skipped."
    )


if __name__ == "__main__":
    app()
