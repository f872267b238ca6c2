"""Turn files and folders of news articles into Documents.

Real dumps are messy, so reading never stops at the first bad file: every
problem is recorded (which file, which line, what is wrong, what was done) in
a ReadReport and the remaining good articles still come through.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Iterator
from urllib.parse import urlparse

from corpus.document import Document
from corpus.cleaning import clean_text, decode_bytes

READABLE_SUFFIXES = (".txt", ".json", ".jsonl")

TITLE_KEYS = ("title", "headline")
LEAD_KEYS = ("lead", "abstract", "summary", "description")
BODY_KEYS = ("body", "text", "content", "paragraphs")
URL_KEYS = ("url", "link")
CATEGORY_KEYS = ("category", "cat")
DATE_KEYS = ("date", "published", "pubdate", "published_at")

# A lone page-furniture line that scrapers leave at the end of an article.
BOILERPLATE_LINE = re.compile(r"^\s*(print|چاپ|نسخه چاپی|نسخه قابل چاپ)\s*$", re.IGNORECASE)
BLANK_LINE_SPLIT = re.compile(r"\n\s*\n")


@dataclass
class Problem:
    """Something wrong with one input: enough for the user to go and fix it."""

    path: str
    message: str
    action: str = "skipped"  # or "repaired": the input was used after a fix
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
        self.problems.append(Problem(str(path), message, action, line))


class BadRecord(ValueError):
    """One article object cannot be turned into a Document."""


def iter_documents(paths: Iterable[str | Path], report: ReadReport | None = None) -> Iterator[Document]:
    """Every article under the given files and folders, in a stable order."""
    report = report if report is not None else ReadReport()
    for path, relative in find_files(paths, report):
        yield from read_file(path, relative, report)


def find_files(paths: Iterable[str | Path], report: ReadReport) -> Iterator[tuple[Path, str]]:
    """(file, path relative to the root it was found under) for every readable file.

    Folders are walked recursively (symlinked folders are not followed, so
    loops cannot happen); files with other extensions are ignored.
    """
    for root in paths:
        root = Path(root)
        if not root.exists():
            report.add(root, "no such file or folder; check the path")
            continue
        for path in _walk(root, report):
            yield path, path.name if root.is_file() else path.relative_to(root).as_posix()


def read_file(path: Path, relative: str, report: ReadReport, raw: bytes | None = None) -> Iterator[Document]:
    """The articles in one file (whose bytes may be given); problems go to ``report``."""
    report.files += 1
    if raw is None:
        try:
            raw = path.read_bytes()
        except OSError as error:
            report.add(path, f"cannot read: {error.strerror or error}; check its permissions")
            return
    text, note = decode_bytes(raw)
    if text is None:
        report.add(path, note)
        return
    if note:
        report.add(path, note, action="repaired")
    suffix = path.suffix.lower()
    if suffix == ".txt":
        documents = _read_txt(text, path, relative, report)
    elif suffix == ".json":
        documents = _read_json(text, path, relative, report)
    else:
        documents = _read_jsonl(text, path, relative, report)
    for document in documents:
        report.documents += 1
        yield document


def document_from_record(record: Any, relative: str, position: int, numbered: bool) -> Document:
    """Map one JSON object, whatever its field names, onto a Document.

    Raises BadRecord with a reason when there is no usable title or text.
    """
    if not isinstance(record, dict):
        raise BadRecord(f"expected an object with title and text, got {type(record).__name__}")
    title = _text_field(record, TITLE_KEYS)
    lead = _text_field(record, LEAD_KEYS)
    paragraphs = _paragraphs(record)
    if not title and not lead and not paragraphs:
        raise BadRecord("no title, lead or body text")
    if not title:
        title = _first_words(lead or paragraphs[0])
    url = _text_field(record, URL_KEYS)
    category = _text_field(record, CATEGORY_KEYS)
    subcategory = _text_field(record, ("subcat", "subcategory"))
    if category and subcategory:
        category = f"{category}/{subcategory}"
    own_id = record.get("id")
    if isinstance(own_id, (str, int)) and str(own_id).strip():
        doc_id = str(own_id).strip()
    elif url:
        doc_id = url
    else:
        doc_id = f"{relative}#{position}" if numbered else relative
    return Document(
        id=doc_id,
        title=title,
        lead=lead,
        paragraphs=paragraphs,
        url=url,
        source=_text_field(record, ("source", "agency")) or _host(url),
        category=category,
        tags=_tags(record.get("tags")),
        date=_text_field(record, DATE_KEYS),
        path=relative,
        position=position,
    )


def _walk(root: Path, report: ReadReport) -> Iterator[Path]:
    if root.is_file():
        yield root
        return

    def on_error(error: OSError) -> None:
        report.add(error.filename or root, f"cannot open folder: {error.strerror}; check its permissions")

    for folder, subfolders, files in os.walk(root, onerror=on_error):
        subfolders[:] = sorted(d for d in subfolders if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith(".") and name.lower().endswith(READABLE_SUFFIXES):
                yield Path(folder) / name


def _read_txt(text: str, path: Path, relative: str, report: ReadReport) -> Iterator[Document]:
    lines = [clean_text(line).strip() for line in text.splitlines()]
    lines = [line for line in lines if line]
    while lines and BOILERPLATE_LINE.match(lines[-1]):
        lines.pop()
    if not lines:
        report.add(path, "empty file: no title or text")
        return
    title, lead, *body = lines + [""] if len(lines) == 1 else lines
    yield Document(id=relative, title=title, lead=lead, paragraphs=body, path=relative)


def _read_json(text: str, path: Path, relative: str, report: ReadReport) -> Iterator[Document]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        report.add(path, f"not valid JSON ({error.msg}); fix the file or convert it to .jsonl", line=error.lineno)
        return
    records = data if isinstance(data, list) else [data]
    for position, record in enumerate(records):
        try:
            yield document_from_record(record, relative, position, numbered=isinstance(data, list))
        except BadRecord as error:
            report.add(path, f"article #{position}: {error}")


def _read_jsonl(text: str, path: Path, relative: str, report: ReadReport) -> Iterator[Document]:
    position = 0
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            yield document_from_record(json.loads(line), relative, position, numbered=True)
        except json.JSONDecodeError as error:
            report.add(path, f"not a JSON object ({error.msg})", line=number)
        except BadRecord as error:
            report.add(path, str(error), line=number)
        position += 1


def _text_field(record: dict, keys: tuple[str, ...]) -> str:
    for key in keys:
        value = record.get(key)
        if isinstance(value, (str, int, float)) and not isinstance(value, bool):
            text = clean_text(str(value)).strip()
            if text:
                return text
    return ""


def _paragraphs(record: dict) -> list[str]:
    for key in BODY_KEYS:
        value = record.get(key)
        if isinstance(value, str):
            pieces = BLANK_LINE_SPLIT.split(value)
        elif isinstance(value, list):
            pieces = [str(p) for p in value if isinstance(p, (str, int, float)) and not isinstance(p, bool)]
        else:
            continue
        paragraphs = [clean_text(p).strip() for p in pieces]
        paragraphs = [p for p in paragraphs if p]
        if paragraphs:
            return paragraphs
    return []


def _tags(value: Any) -> list[str]:
    if isinstance(value, str):
        value = re.split(r"[,،;؛]", value)
    if not isinstance(value, list):
        return []
    return [clean_text(str(tag)).strip() for tag in value if isinstance(tag, (str, int)) and str(tag).strip()]


def _first_words(text: str, count: int = 12) -> str:
    return " ".join(text.split()[:count])


def _host(url: str) -> str:
    host = urlparse(url).hostname or "" if url else ""
    return host.removeprefix("www.")
