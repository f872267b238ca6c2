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
from corpus.quotes import Quote, extract_quotes
from corpus.readers import ReadReport, iter_documents
from indexer.quote_search import QuoteHit, said_by, search_quotes, speaker_registry, who_said
from indexer.search import QueryError, SearchResults, get_article, search
from indexer.snippets import Snippet
from indexer.stats import index_stats
from indexer.store import GoftarError, default_index_dir

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


@app.command()
def quotes(
    query: Annotated[str, typer.Argument(help="Words the quote should contain.")],
    speaker: Annotated[Optional[str], typer.Option("--speaker", help="Only this person's quotes (any spelling).")] = None,
    index_dir: IndexDir = None,
    limit: Annotated[int, typer.Option("--limit", "-n", min=1, max=1000)] = 10,
    as_json: AsJson = False,
):
    """Quotes that match the words, best first, with who said them.

    [b]Examples[/b]

      goftar quotes "کودکان کار"
      goftar quotes "سمن ها" --speaker "نجم الدین محمدی"
    """
    with _user_errors():
        results = search_quotes(_index_dir(index_dir), query, speaker=speaker, limit=limit)
    if as_json:
        print(json.dumps({"query": results.query, "total": results.total, "notice": results.notice,
                          "quotes": [quote_hit_to_dict(h) for h in results.hits]}, ensure_ascii=False))
    else:
        if results.notice:
            err.print(Text(results.notice, style="yellow"))
        for hit in results.hits:
            _print_quote(hit)
    if not results.total:
        raise typer.Exit(EXIT_NOTHING_FOUND)


@app.command()
def who(
    query: Annotated[Optional[str], typer.Argument(help="What was said.")] = None,
    index_dir: IndexDir = None,
    limit: Annotated[int, typer.Option("--limit", "-n", min=1, max=1000)] = 10,
    as_json: AsJson = False,
    batch: Annotated[Optional[Path], typer.Option("--batch", help="File of queries, one per line; JSON Lines out.")] = None,
):
    """Who said this? Speakers ranked by how well their quotes match.

    [b]Examples[/b]

      goftar who "۳ هزار کودک در مراکز پرتو"
      goftar who "افزایش مستمری" --json
    """
    with _user_errors():
        target = _index_dir(index_dir)
        queries = _batch_lines(batch) if batch else [query] if query else []
        if not queries:
            raise QueryError('give what was said, e.g. goftar who "کودکان کار", or --batch FILE')
        for text in queries:
            results = who_said(target, text, limit=limit)
            data = {"query": results.query, "notice": results.notice, "speakers": [
                {"speaker": s.speaker, "role": s.role, "score": s.score, "quotes": [quote_hit_to_dict(h) for h in s.quotes]}
                for s in results.speakers]}
            if as_json or batch:
                print(json.dumps(data, ensure_ascii=False))
                continue
            for n, found in enumerate(results.speakers, start=1):
                out.print(Text.assemble((f"{n}. ", "bold"), (found.speaker or "(unnamed)", "bold cyan"),
                                        (f"  {found.role or ''}", "dim"), (f"  [{found.score:.2f}]", "dim")))
                for hit in found.quotes:
                    out.print(Text("   «").append_text(_highlighted(hit.snippet)).append("»"))
            if not results.speakers:
                err.print(f"Nobody is quoted saying {text!r}.")
                raise typer.Exit(EXIT_NOTHING_FOUND)


@app.command()
def speakers(
    index_dir: IndexDir = None,
    top: Annotated[int, typer.Option("--top", min=1, help="How many speakers.")] = 20,
    as_json: AsJson = False,
):
    """Everyone quoted in the index, once each, most quoted first.

    [b]Example[/b]

      goftar speakers --top 10
    """
    with _user_errors():
        registry, _ = speaker_registry(_index_dir(index_dir))
    people = list(registry)[:top]
    if as_json:
        print(json.dumps({"speakers": [{"speaker": p.name, "quotes": p.quotes, "roles": p.roles, "doc_ids": p.doc_ids}
                                       for p in people]}, ensure_ascii=False))
        return
    for person in people:
        out.print(Text.assemble((f"{person.quotes:>5}  ", "bold"), (person.name, "cyan"), (f"  {'، '.join(person.roles[:2])}", "dim")))


@app.command("said-by")
def said_by_command(
    name: Annotated[str, typer.Argument(help="The person, in any spelling (with or without سید، دکتر ...).")],
    index_dir: IndexDir = None,
    as_json: AsJson = False,
):
    """Everything one person said, newest first when dates are known.

    [b]Example[/b]

      goftar said-by "محمدی"
    """
    with _user_errors():
        person, said = said_by(_index_dir(index_dir), name)
    if as_json:
        print(json.dumps({"speaker": person.name, "roles": person.roles, "quotes": [
            {**s.quote.to_dict(), "title": s.title, "date": s.date} for s in said]}, ensure_ascii=False))
        return
    out.print(Text.assemble((person.name, "bold cyan"), (f"  {'، '.join(person.roles)}", "dim")))
    for s in said:
        out.print(Text(f"  {s.title}  {s.date}", style="dim"))
        out.print(f"   «{s.quote.text}»")


@app.command()
def extract(
    paths: Annotated[list[Path], typer.Argument(help="Files or folders of articles.")],
    as_json: AsJson = False,
):
    """Print the quotes in articles, without an index.

    [b]Example[/b]

      goftar extract اخبار.jsonl --json > quotes.jsonl
    """
    report = ReadReport()
    for document in iter_documents(paths, report):
        for quote in extract_quotes(document):
            if as_json:
                print(json.dumps(quote.to_dict(), ensure_ascii=False))
            else:
                _print_extracted(quote)
    for problem in report.problems:
        err.print(f"{problem.action}: {problem}")
    if report.skipped:
        raise typer.Exit(EXIT_SKIPPED)


def quote_hit_to_dict(hit: QuoteHit) -> dict:
    return {**hit.quote.to_dict(), "rank": hit.rank, "score": hit.score, "title": hit.title, "date": hit.date,
            "highlights": hit.snippet.spans if hit.snippet.text == hit.quote.text else []}


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


def _batch_lines(path: Path) -> list[str]:
    try:
        return path.read_text(encoding="utf-8-sig").splitlines()
    except (OSError, UnicodeDecodeError) as error:
        raise QueryError(f"cannot read queries from {path}: {error}") from error


def _search_batch(path: Path, index_dir: Path, limit: int, batch_format: str) -> None:
    if batch_format not in ("jsonl", "trec"):
        raise QueryError(f"--format must be jsonl or trec, not {batch_format!r}")
    for number, line in enumerate(_batch_lines(path), start=1):
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


def _print_quote(hit: QuoteHit) -> None:
    quote = hit.quote
    out.print(Text.assemble((f"{hit.rank}. ", "bold"), (quote.speaker or "(unnamed)", "bold cyan"),
                            (f"  {quote.role or ''}", "dim"), (f"  [{hit.score:.2f}]", "dim")))
    out.print(Text("   «").append_text(_highlighted(hit.snippet)).append("»"))
    out.print(Text(f"   {hit.title} · {quote.doc_id}", style="dim"))


def _print_extracted(quote: Quote) -> None:
    out.print(Text.assemble((quote.speaker or "(unnamed)", "bold cyan"), (f"  {quote.role or ''}", "dim"),
                            (f"  {quote.kind}, {quote.ref}, {quote.where}", "dim")))
    out.print(f"   «{quote.text}»")


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
