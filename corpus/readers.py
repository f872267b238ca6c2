"""Turn files and folders of news articles into Documents.

Real dumps are messy, so reading never stops at the first bad file: every
problem is recorded (which file, which line, what is wrong, what to do) in a
ReadReport and the remaining good articles still come through. Bad input never
raises; a bug that does is caught per file and reported as one.

Walking: folders are read recursively in name order, a folder's files before
its subfolders; hidden names and other extensions are ignored. Symlinked files
are read, symlinked folders are reported and not followed, so loops cannot
happen. Decoding (encodings, NULs, binary files) is in corpus.cleaning.
"""

from __future__ import annotations

import json
import os
import re
import stat
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Iterator
from urllib.parse import urlparse

from corpus.document import Document, first_words
from corpus.cleaning import clean_text, decode_bytes, is_blank

READABLE_SUFFIXES = (".txt", ".json", ".jsonl")
# A path that means standard input, for every command that reads a file (input_bytes).
STDIN = "-"
# What articles read from standard input are named after, as a file's are after its path.
STDIN_NAME = "stdin"

TITLE_KEYS = ("title", "headline")
LEAD_KEYS = ("lead", "abstract", "summary", "description")
BODY_KEYS = ("body", "text", "content", "paragraphs")
URL_KEYS = ("url", "link")
CATEGORY_KEYS = ("category", "cat")
DATE_KEYS = ("date", "published", "pubdate", "published_at")
# Where dump objects keep their list of articles: {"articles": [...]}, {"data": {"items": [...]}}.
LIST_KEYS = ("articles", "items", "data", "results", "news", "posts", "entries", "records", "documents", "docs")
# Where an object-valued field keeps its text: WordPress {"rendered": ...}, {"fa": ..., "en": ...}.
NESTED_TEXT_KEYS = ("rendered", "text", "value", "content", "name", "fa")

# A lone page-furniture line that scrapers leave at the end of an article.
BOILERPLATE_LINE = re.compile(r"^\s*(print|چاپ|نسخه چاپی|نسخه قابل چاپ)\s*$", re.IGNORECASE)
BLANK_LINE_SPLIT = re.compile(r"\n\s*\n")
JSON_SPACE = re.compile(r"[ \t\n\r]*")
JSON_DECODER = json.JSONDecoder(strict=False)  # tolerate raw tabs and newlines inside strings

UNSUPPORTED = "not a .txt, .json or .jsonl file; rename it if it holds articles, or leave it out"
EMPTY = "empty file (no text in it); add the article or remove the file"
EMPTY_STDIN = "standard input was empty (nothing was piped in); pipe the article into it, or give a file"
TOO_DEEP = "JSON nested too deeply to read; flatten it"
# An article whose quotes the extractor failed on (corpus.quotes.quotes_or_fault): kept, its text searchable.
FAULTY_QUOTES = "article «{id}»: goftar could not extract its quotes ({fault}); please report it with this article"
WITHOUT_QUOTES = "kept without its quotes"
# Articles whose date field no calendar reads (1398/13/40, "not a date"): kept, dated by their address if it
# holds a date, else undated; one note per run names a few (indexer.build.note_undated).
UNREADABLE_DATES = ("{count} article dates could not be read: {examples}; write them as 1398/06/17 or 2019-09-08 "
                    "and index again")
UNDATED = "kept, dated by the address or undated"
UNREADABLE_DATES_NAMED = 3  # how many of them the note names


@dataclass
class Problem:
    """Something wrong with one input: enough for the user to go and fix it."""

    path: str
    message: str
    action: str = "skipped"  # or "repaired": the input was used after a fix; or WITHOUT_QUOTES
    line: int | None = None

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.message} ({self.action})"


@dataclass
class ReadReport:
    """What a read saw: files, documents and every problem on the way."""

    files: int = 0
    documents: int = 0
    problems: list[Problem] = field(default_factory=list)

    @property
    def skipped(self) -> list[Problem]:
        return [p for p in self.problems if p.action == "skipped"]

    def add(self, path: Path | str, message: str, action: str = "skipped", line: int | None = None) -> None:
        self.problems.append(Problem(_printable(str(path)), message, action, line))


class BadRecord(ValueError):
    """One article object cannot be turned into a Document."""


def iter_documents(paths: Iterable[str | Path], report: ReadReport | None = None,
                   stdin_format: str | None = None) -> Iterator[Document]:
    """Every article under the given files and folders (``-``: standard input), in a stable order.

    ``stdin_format`` (txt, json or jsonl) is what standard input holds; without it, it is sniffed.
    """
    report = report if report is not None else ReadReport()
    for path, relative in find_files(paths, report):
        yield from read_file(path, relative, report, stdin_format=stdin_format)


def is_stdin(path: str | Path) -> bool:
    return str(path) == STDIN


def input_bytes(path: str | Path) -> bytes:
    """The bytes of a file, or of standard input for ``-``: the one place ``-`` is read,
    for articles (extract) and lists of queries (--batch) alike. Raises OSError."""
    if is_stdin(path):
        return sys.stdin.buffer.read()
    return Path(path).read_bytes()


def sniffed_suffix(text: str) -> str:
    """What a text without a file name holds, as an extension would say: JSON Lines when its first
    line is a whole JSON value and more follows, JSON when it opens with [ or {, else plain text."""
    stripped = text.strip()
    if not stripped.startswith(("[", "{")):
        return ".txt"
    first = stripped.split("\n", 1)[0]
    return ".jsonl" if first != stripped and _is_json(first) else ".json"


def find_files(paths: Iterable[str | Path], report: ReadReport) -> Iterator[tuple[Path, str]]:
    """(file, path relative to the root it was found under) for every readable file.

    A file given explicitly must have a readable extension; a folder must hold
    at least one readable file, else it is reported.
    """
    for root in map(Path, paths):
        if is_stdin(root):
            yield root, STDIN_NAME
            continue
        kind = _kind_of_root(root, report)
        if kind == "folder":
            yield from _folder_files(root, report)
        elif kind == "file" and root.suffix.lower() in READABLE_SUFFIXES:
            yield root, _printable(root.name)
        elif kind == "file":
            report.add(root, UNSUPPORTED)


def read_file(path: Path, relative: str, report: ReadReport, raw: bytes | None = None,
              stdin_format: str | None = None) -> Iterator[Document]:
    """The articles in one file (whose bytes may be given; ``-``: standard input, in ``stdin_format``
    or as sniffed); problems go to ``report``.

    Anything unexpected while parsing is caught and reported against the file
    as a bug, so one odd file can never abort a run over thousands.
    """
    report.files += 1
    source = _Source(path, relative, report)
    if not is_stdin(path) and _reader_for(path.suffix.lower()) is None:
        source.problem(UNSUPPORTED)
        return
    if raw is None:
        raw = read_bytes(path, report)
        if raw is None:
            return
    text = _decoded_text(raw, source)
    if text is None:
        return
    reader = _reader_for(_suffix_of(path, text, stdin_format))
    found, problems = report.documents, len(report.problems)
    try:
        for document in reader(text, source):
            report.documents += 1
            yield document
    except Exception as error:  # noqa: BLE001 - the last-resort net described above
        source.problem(f"unexpected {type(error).__name__} ({error}); the rest of the file was skipped, please report this bug")
    if report.documents == found and len(report.problems) == problems:
        source.problem("no articles in the file (an empty list?); remove it or add articles")


def read_bytes(path: Path, report: ReadReport) -> bytes | None:
    """The file's bytes, or None after reporting why they cannot be read."""
    try:
        return input_bytes(path)
    except OSError as error:
        report.add(path, _cannot("read", error))
        return None


def document_from_record(record: Any, relative: str, position: int, numbered: bool,
                         ignored: list[str] | None = None) -> Document:
    """Map one JSON object, whatever its field names, onto a Document.

    Values that are not text where text belongs (a number as the title, an
    object without text as the body) are left out and named in ``ignored``.
    Raises BadRecord with a reason when there is no usable title or text.
    """
    if not isinstance(record, dict):
        raise BadRecord(f"expected an article object, got {_json_type(record)}")
    fields = _Fields(record)
    title = fields.text(TITLE_KEYS)
    lead = fields.text(LEAD_KEYS)
    paragraphs = fields.paragraphs()
    if not title and not lead and not paragraphs:
        raise BadRecord(f"no title, lead or body text ({_why_no_text(record)})")
    if not title:
        title = first_words(lead or paragraphs[0])
    url = fields.text(URL_KEYS)
    category = fields.text(CATEGORY_KEYS)
    subcategory = fields.text(("subcat", "subcategory"))
    if category and subcategory:
        category = f"{category}/{subcategory}"
    own_id = clean_text(_text_of(record.get("id"))).strip()
    if own_id:
        doc_id = own_id
    elif url:
        doc_id = url
    else:
        doc_id = f"{relative}#{position}" if numbered else relative
    document = Document(
        id=doc_id,
        title=title,
        lead=lead,
        paragraphs=paragraphs,
        url=url,
        source=fields.text(("source", "agency")) or _host(url),
        category=category,
        tags=fields.tags(),
        date=_text_field(record, DATE_KEYS),
        path=relative,
        position=position,
    )
    if ignored is not None:
        ignored.extend(fields.ignored)
    return document


@dataclass
class _Source:
    """The file being read: where its problems go and how its articles are named."""

    path: Path
    relative: str
    report: ReadReport

    def problem(self, message: str, line: int | None = None, action: str = "skipped") -> None:
        self.report.add(STDIN_NAME if is_stdin(self.path) else self.path, message, action, line)

    def document(self, record: Any, position: int, line: int | None = None, label: str = "",
                 numbered: bool = True) -> Iterator[Document]:
        """The record as a Document (numbered by position, unless it is the file's only one),
        or a problem saying why not; fields left out are named."""
        ignored: list[str] = []
        try:
            document = document_from_record(record, self.relative, position, numbered, ignored)
        except BadRecord as error:
            self.problem(f"{label}{error}; " + ("fix or remove it" if numbered else "fix it, or put the articles in a list"), line)
            return
        if ignored:
            self.problem(f"{label}left out what is not text ({', '.join(ignored)}); give text as strings", line, "repaired")
        yield document


# Finding files


def _kind_of_root(root: Path, report: ReadReport) -> str:
    """'folder', 'file' or '' after reporting why the path cannot be used."""
    try:
        mode = root.stat().st_mode
    except FileNotFoundError:
        broken = root.is_symlink()
        report.add(root, "broken symlink (its target is missing); fix the link" if broken
                   else "no such file or folder; check the path")
        return ""
    except OSError as error:
        report.add(root, _cannot("open", error))
        return ""
    if stat.S_ISDIR(mode):
        return "folder"
    if stat.S_ISREG(mode):
        return "file"
    report.add(root, "not a regular file or folder (a pipe or device?); give a file or a folder")
    return ""


def _folder_files(root: Path, report: ReadReport) -> Iterator[tuple[Path, str]]:
    problems, found = len(report.problems), False
    for path in _walk(root, report):
        found = True
        yield path, _printable(path.relative_to(root).as_posix())
    if not found and len(report.problems) == problems:
        report.add(root, f"no .txt/.json/.jsonl files found under {root}; check the path or the file extensions")


def _walk(root: Path, report: ReadReport) -> Iterator[Path]:
    """Readable files under root, in os.walk's order, without recursion (so
    depth is unlimited) and without following symlinked folders."""
    real_root = Path(os.path.realpath(root))
    pending = [root]
    while pending:
        folder = pending.pop()
        subfolders = []
        for entry in _entries(folder, report):
            path = Path(entry.path)
            kind = _kind_of_entry(entry)
            if kind == "folder":
                subfolders.append(path)
            elif kind == "linked folder":
                report.add(path, _linked_folder_problem(path, real_root))
            elif entry.name.lower().endswith(READABLE_SUFFIXES):
                if kind == "file":
                    yield path
                else:
                    report.add(path, "broken symlink or not a regular file; fix or remove it")
        pending.extend(reversed(subfolders))


def _entries(folder: Path, report: ReadReport) -> list[os.DirEntry]:
    """The folder's visible entries by name; none, reported, if it cannot be listed."""
    try:
        with os.scandir(folder) as entries:
            return sorted((e for e in entries if not e.name.startswith(".")), key=lambda e: e.name)
    except OSError as error:
        report.add(folder, _cannot("open folder", error))
        return []


def _kind_of_entry(entry: os.DirEntry) -> str:
    """'folder', 'linked folder', 'file' (symlinks followed) or 'other' (broken link, pipe …)."""
    try:
        if entry.is_dir(follow_symlinks=False):
            return "folder"
        if entry.is_dir():
            return "linked folder"
        if entry.is_file():
            return "file"
    except OSError:  # a symlink loop on a file name, a vanished entry
        pass
    return "other"


def _linked_folder_problem(link: Path, real_root: Path) -> str:
    target = Path(os.path.realpath(link))
    if Path(os.path.realpath(link.parent)).is_relative_to(target):
        return f"symlink loop back to {target}; not followed, remove the link if it is not needed"
    if target.is_relative_to(real_root):
        return f"symlinked folder (to {target}) not followed; its files are read from there"
    return f"symlinked folder (to {target}) not followed; give {target} itself to read it"


def _cannot(verb: str, error: OSError) -> str:
    """'cannot read: permission denied; check its permissions' and the like."""
    if isinstance(error, PermissionError):
        return f"cannot {verb}: permission denied; check its permissions"
    if isinstance(error, FileNotFoundError):
        return f"cannot {verb}: it vanished or is a broken symlink; check the path"
    return f"cannot {verb}: {(error.strerror or str(error)).lower()}; check the path and the disk"


def _printable(name: str) -> str:
    """A path name that prints and indexes: undecodable bytes in file names
    (Windows-1256 names from old zips) become U+FFFD instead of crashing output."""
    return name.encode("utf-8", errors="surrogateescape").decode("utf-8", errors="replace")


# Reading one file


def _reader_for(suffix: str):
    return {".txt": _read_txt, ".json": _read_json, ".jsonl": _read_jsonl}.get(suffix)


def _suffix_of(path: Path, text: str, stdin_format: str | None) -> str:
    """How to read a file: by its extension; standard input, which has none, as told or as sniffed."""
    if not is_stdin(path):
        return path.suffix.lower()
    return f".{stdin_format}" if stdin_format else sniffed_suffix(text)


def _decoded_text(raw: bytes, source: _Source) -> str | None:
    """The file's text after reporting what decoding repaired; None (reported) if there is none."""
    decoded = decode_bytes(raw)
    action = "skipped" if decoded.text is None else "repaired"
    for message, line in decoded.notes:
        source.problem(message, line, action)
    if decoded.text is not None and is_blank(decoded.text):
        source.problem(EMPTY_STDIN if is_stdin(source.path) else EMPTY)
        return None
    return decoded.text


def _read_txt(text: str, source: _Source) -> Iterator[Document]:
    """First line the title, the next the lead, each further line a paragraph."""
    lines = [line.strip() for line in clean_text(text).splitlines() if not is_blank(line)]
    while lines and BOILERPLATE_LINE.match(lines[-1]):
        lines.pop()
    if not lines:
        source.problem("no article text, only markup or a print line; check the file")
        return
    title, lead, *body = lines + [""] if len(lines) == 1 else lines
    yield Document(id=source.relative, title=title, lead=lead, paragraphs=body, path=source.relative)


def _read_json(text: str, source: _Source) -> Iterator[Document]:
    """One article object, a list of them, or a dump object holding the list.

    A top-level list is parsed one element at a time, so each article knows
    its line and a truncated or broken file still yields the articles before
    the break. Several objects one per line (JSON Lines named .json) are read
    as such.
    """
    if text.lstrip().startswith("["):
        yield from _read_json_list(text, source)
        return
    try:
        data = json.loads(text, strict=False)
    except json.JSONDecodeError as error:
        if error.msg == "Extra data" and _is_json(text.lstrip().split("\n", 1)[0]):
            source.problem("one JSON object per line, not one document; read it as JSON Lines, rename it to .jsonl",
                           action="repaired")
            yield from _read_json_lines(text, source)
        else:
            source.problem(_json_error(error, text), error.lineno)
        return
    except RecursionError:
        source.problem(TOO_DEEP)
        return
    yield from _read_json_value(data, source)


def _read_json_value(data: Any, source: _Source) -> Iterator[Document]:
    """The articles in an already parsed JSON document."""
    records = _article_list(data) if isinstance(data, dict) else data
    if isinstance(records, list):
        for position, record in enumerate(records):
            yield from source.document(record, position, label=f"article #{position}: ")
    elif isinstance(data, dict):
        yield from source.document(data, 0, numbered=False)
    else:
        source.problem(f"JSON holds {_json_type(data)}, not articles; expected an article object or a list of them")


def _read_json_list(text: str, source: _Source) -> Iterator[Document]:
    read = 0
    try:
        for position, (line, record) in enumerate(_json_list_items(text)):
            read = position + 1
            yield from source.document(record, position, line, label=f"article #{position}: ")
    except json.JSONDecodeError as error:
        source.problem(_json_error(error, text, read), error.lineno)
    except RecursionError:
        source.problem(f"article #{read}: {TOO_DEEP}")


def _json_list_items(text: str) -> Iterator[tuple[int, Any]]:
    """(line, element) for each element of the top-level JSON list in text.

    Raises JSONDecodeError where the list stops being valid. Lines are counted
    incrementally, so a list of 100,000 articles costs one pass.
    """
    position = _skip_json_space(text, text.index("[") + 1)
    line, counted = 1, 0
    if not text.startswith("]", position):
        while True:
            line += text.count("\n", counted, position)
            counted = position
            value, position = JSON_DECODER.raw_decode(text, position)
            yield line, value
            position = _skip_json_space(text, position)
            if text.startswith("]", position):
                break
            if not text.startswith(",", position):
                raise json.JSONDecodeError("Expecting ',' delimiter", text, position)
            position = _skip_json_space(text, position + 1)
    end = _skip_json_space(text, position + 1)
    if end < len(text):
        raise json.JSONDecodeError("Extra data", text, end)


def _read_jsonl(text: str, source: _Source) -> Iterator[Document]:
    """One article object per line; a pretty-printed JSON file named .jsonl is read as JSON."""
    first_line = next((line for line in text.split("\n") if not is_blank(line)), "")
    if not _is_json(first_line) and _is_json(text):
        source.problem("one JSON document, not one object per line; read it as JSON, rename it to .json",
                       action="repaired")
        yield from _read_json(text, source)
        return
    yield from _read_json_lines(text, source)


def _read_json_lines(text: str, source: _Source) -> Iterator[Document]:
    """Each non-blank line is article #N (blank lines do not count), so a
    broken line costs only itself and later ids stay the same."""
    position = 0
    for number, line in enumerate(text.split("\n"), start=1):
        if is_blank(line):
            continue
        try:
            record = json.loads(line, strict=False)
        except json.JSONDecodeError as error:
            source.problem(f"not valid JSON ({_json_reason(error)}); fix or remove the line", number)
        except RecursionError:
            source.problem(TOO_DEEP, number)
        else:
            yield from source.document(record, position, number)
        position += 1


def _article_list(data: dict, depth: int = 1) -> list | None:
    """The list under "articles", "items", "data" … of a dump object that is
    not itself an article; one level of nesting ({"data": {"items": []}}) too."""
    if any(key in data for key in TITLE_KEYS + LEAD_KEYS + BODY_KEYS):
        return None
    for key in LIST_KEYS:
        value = data.get(key)
        if isinstance(value, list):
            return value
        if isinstance(value, dict) and depth:
            found = _article_list(value, depth - 1)
            if found is not None:
                return found
    return None


def _json_error(error: json.JSONDecodeError, text: str, read: int = 0) -> str:
    """Why a JSON file stops being readable; an unterminated string always
    runs to the end, so it too means the file was cut short."""
    if error.pos >= len(text.rstrip()) or error.msg.startswith("Unterminated string"):
        what, fix, where = "not valid JSON: the file ends too early (truncated?)", "re-export it", "the cut"
    else:
        what, fix, where = f"not valid JSON ({_json_reason(error)})", "fix the file", "the error"
    if read:  # counted in articles, not lines: a dump is often one line
        articles = "the article" if read == 1 else f"the {read} articles"
        return f"{what}; kept {articles} before {where}, {fix} to get the rest"
    return f"{what}; {fix}"


def _json_reason(error: json.JSONDecodeError) -> str:
    """"Expecting ',' delimiter at column 30", "Unterminated string at column 23"."""
    return f"{error.msg.removesuffix(' starting at')} at column {error.colno}"


def _is_json(text: str) -> bool:
    try:
        json.loads(text, strict=False)
    except (json.JSONDecodeError, RecursionError):
        return False
    return True


def _skip_json_space(text: str, position: int) -> int:
    return JSON_SPACE.match(text, position).end()


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return "a string"
    return "a list" if isinstance(value, list) else "an object"


# Fields of one article object


def _text_of(value: Any) -> str:
    """The raw text of an id or a date: a string, a number, or one level into an
    object ({"rendered": "…"}); anything else has none."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    return _string_of(value) or ""


def _text_field(record: dict, keys: tuple[str, ...]) -> str:
    """The first of the keys with text (a number counts: dates as timestamps), cleaned; a list of pieces is joined."""
    for key in keys:
        value = record.get(key)
        pieces = value if isinstance(value, list) else [value]
        text = " ".join(piece for piece in (clean_text(_text_of(p)).strip() for p in pieces) if piece)
        if not is_blank(text):
            return text
    return ""


class _Fields:
    """The text fields of one article object; values that are not text are left out and named."""

    def __init__(self, record: dict):
        self.record = record
        self.ignored: list[str] = []

    def text(self, keys: tuple[str, ...]) -> str:
        """The first of the keys with text, cleaned; a list of pieces is joined."""
        for key in keys:
            text = " ".join(piece for piece in (clean_text(p).strip() for p in self._pieces(key)) if piece)
            if not is_blank(text):
                return text
        return ""

    def paragraphs(self) -> list[str]:
        """Body paragraphs from a string (split on blank lines, HTML blocks
        included) or a list of strings or {"text": …} objects."""
        for key in BODY_KEYS:
            paragraphs = [
                paragraph.strip()
                for piece in self._pieces(key)
                for paragraph in BLANK_LINE_SPLIT.split(clean_text(piece))
                if not is_blank(paragraph)
            ]
            if paragraphs:
                return paragraphs
        return []

    def tags(self) -> list[str]:
        """Tags from a list, or a string separated by commas or semicolons (Latin or Persian)."""
        value = self.record.get("tags")
        pieces = re.split(r"[,،;؛]", value) if isinstance(value, str) else self._pieces("tags")
        tags = (clean_text(piece).strip() for piece in pieces)
        return [tag for tag in tags if tag]

    def _pieces(self, key: str) -> list[str]:
        """The texts a field holds: itself, or each item of a list; null is no value, anything else is named."""
        value = self.record.get(key)
        listed = isinstance(value, list)
        pieces = []
        for number, piece in enumerate(value if listed else [value], start=1):
            text = _string_of(piece)
            if text is not None:
                pieces.append(text)
            elif piece is not None:
                what = f"{key} item {number}" if listed else key
                self.ignored.append(f"{what} is {_json_type(piece)}{' with no text' if isinstance(piece, dict) else ''}")
        return pieces


def _string_of(value: Any) -> str | None:
    """The text of one value: a string, or an object's "rendered", "text" … string; None if it has none."""
    if isinstance(value, dict):
        value = next((value[key] for key in NESTED_TEXT_KEYS if key in value), None)
    return value if isinstance(value, str) else None


def _why_no_text(record: dict) -> str:
    """What the record has instead of text, to tell the user what to fix."""
    present = [f"{key} is {_describe(record[key])}" for key in TITLE_KEYS + LEAD_KEYS + BODY_KEYS if key in record]
    if present:
        return ", ".join(present)
    if record:
        return "its fields are " + ", ".join(_printable(str(key)) for key in list(record)[:8])
    return "it is empty"


def _describe(value: Any) -> str:
    if isinstance(value, str):
        return "empty"
    if isinstance(value, (list, dict)):
        return f"{_json_type(value)} with no text"
    return _json_type(value)


def _host(url: str) -> str:
    host = urlparse(url).hostname or "" if url else ""
    return host.removeprefix("www.")
