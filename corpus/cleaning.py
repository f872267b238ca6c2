"""Bytes to clean text: encodings, control characters and stray markup.

Scraped archives arrive in UTF-8, UTF-16 and old Windows-1256, with NULs,
HTML tags and entities. Cleaning keeps every visible character in place so
that what the user reads is what the article said; spelling variants, and the
zero-width and bidi marks Persian text is full of (ZWNJ above all), are left
to the analysis, which folds them without touching the stored text.

How bytes are decoded, in order (the first rule that applies wins):

1. Known binary formats (PNG, JPEG, GIF, PDF, ZIP/.docx, gzip, .doc, 7z, RAR,
   SQLite) are skipped by their magic number.
2. A byte-order mark decides: UTF-8 (silently), UTF-16 or UTF-32 (decoded,
   noted as repaired because UTF-8 is what we ask for).
3. NUL bytes without a BOM: UTF-16 is guessed when one of its two byte orders
   decodes to plausible Latin/Persian text.
4. Over 5% control bytes other than NUL (in the first 64 KB): binary, or an
   encoding we cannot recognise; skipped either way.
5. Any NULs left are taken for damage (padding after a crash, a bad copy):
   removed and noted, and the rest decoded by rule 6. So a text file with NULs
   is repaired while a binary one is skipped by rule 4.
6. UTF-8. Invalid bytes in a file that is mostly valid UTF-8 (more good
   non-ASCII characters than bad bytes) are replaced with U+FFFD and noted;
   otherwise the file is read as Windows-1256 if that yields Persian/Arabic
   letters, and skipped with the line of the first bad byte if not.

Line endings of the text are made "\\n" (CRLF and lone CR alike), as
``open()`` does.
"""

from __future__ import annotations

import codecs
import html
import re
from typing import NamedTuple

# C0/C1 controls other than tab and newline carry no text and confuse terminals.
CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
# Lone UTF-16 surrogates (from "\ud83d"-style JSON escapes cut in half) cannot
# be encoded as UTF-8 and would crash whatever writes the text out.
LONE_SURROGATE = re.compile(r"[\ud800-\udfff]")

# Every repetition below is bounded and every pattern starts with a literal "<",
# so each regex is linear, and fast, even on a 10 MB paragraph full of "<".
HIDDEN_BLOCK_START = re.compile(r"<(?:(script|style)\b[^<>]{0,500}>|!--)", re.IGNORECASE)
HIDDEN_BLOCK_END = {
    "script": re.compile(r"</script\s*>", re.IGNORECASE),
    "style": re.compile(r"</style\s*>", re.IGNORECASE),
    "<!--": re.compile(r"-->"),
}
# Block elements, opening or closing ("<p>" alone often ends a paragraph in old pages).
HTML_BLOCK = re.compile(r"</?(?:p|div|li|h[1-6]|tr|blockquote)\b[^<>]{0,500}>", re.IGNORECASE)
HTML_LINE_BREAK = re.compile(r"<br\b[^<>]{0,500}>", re.IGNORECASE)
# Tags (with Word's "o:p"-style names) and declarations such as <!DOCTYPE html>.
HTML_TAG = re.compile(r"<(?:/?[A-Za-z][A-Za-z0-9:-]*(?:\s[^<>]{0,500})?/?|[!?][A-Za-z][^<>]{0,500})>")
HTML_ENTITY = re.compile(r"&(?:#\d{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z]{2,8});")

BINARY_SIGNATURES = (
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive, e.g. .docx or .xlsx"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\xd0\xcf\x11\xe0", "an old Word or Excel document"),
    (b"7z\xbc\xaf", "a 7-Zip archive"),
    (b"Rar!", "a RAR archive"),
    (b"SQLite format 3\x00", "an SQLite database"),
)
# UTF-32 first: its little-endian mark starts with UTF-16's.
BYTE_ORDER_MARKS = (
    (codecs.BOM_UTF32_LE, "utf-32-le", "UTF-32"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "UTF-32"),
    (codecs.BOM_UTF8, "utf-8", "UTF-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "UTF-16"),
)

SAMPLE_SIZE = 65536  # characters or bytes: enough to judge, cheap on 10 MB
BINARY_CONTROL_SHARE = 0.05
CONTROL_BYTES = bytes([*range(0x01, 0x09), *range(0x0E, 0x20), 0x7F])
# What a Persian news text decodes to: Latin, Arabic script, general
# punctuation (ZWNJ, bidi marks) and Arabic presentation forms.
NOT_NEWS_TEXT = re.compile(
    r"[^\t\n\r\x20-\x7e\u00a0-\u024f\u0600-\u06ff\u0750-\u077f\u200b-\u206f\ufb50-\ufdff\ufe70-\ufeff]"
)
LINE_END = re.compile(rb"\r\n|\r|\n")
# Whitespace and the zero-width/bidi format characters that show nothing on their own.
INVISIBLE = re.compile(r"[\s\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]*")

ASCII_BYTES = bytes(range(0x80))
# The Windows-1256 bytes that are Arabic-script letters or marks (ZWNJ included).
CP1256_ARABIC = bytes(
    b for b in range(0x80, 0x100) if re.match(r"[\u0600-\u06ff\u200c\u200d]", bytes([b]).decode("cp1256"))
)
CP1256_ARABIC_PAIR = re.compile(b"[" + re.escape(CP1256_ARABIC) + b"]{2}")

BINARY = "binary data{kind}, not text; remove it or save the article as UTF-8 text"


class Decoded(NamedTuple):
    """A file's text, or None when it is not text.

    ``notes`` are (message, line) pairs: what was repaired when there is text,
    else the single reason there is none.
    """

    text: str | None
    notes: tuple[tuple[str, int | None], ...] = ()


def clean_text(text: str) -> str:
    """Visible text only: markup stripped, entities decoded, controls removed.

    Script, style and comment contents are dropped with their tags; block
    tags (<p>, </div> …) become blank lines and <br> a newline, so paragraphs
    survive. Zero-width and bidi characters are kept.
    """
    if "<" in text:
        text = _drop_hidden_blocks(text)
        text = HTML_BLOCK.sub("\n\n", text)
        text = HTML_LINE_BREAK.sub("\n", text)
        text = HTML_TAG.sub("", text)
    if "&" in text:
        text = HTML_ENTITY.sub(lambda m: html.unescape(m.group()), text)
    text = LONE_SURROGATE.sub("\ufffd", text)
    return CONTROL_CHARS.sub("", normalize_newlines(text))


def is_blank(text: str) -> bool:
    """Nothing visible: only whitespace, ZWNJ, bidi marks and the like."""
    return INVISIBLE.fullmatch(text) is not None


def normalize_newlines(text: str) -> str:
    """CRLF (Windows) and lone CR (old Mac) line ends become "\\n"."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def decode_bytes(raw: bytes) -> Decoded:
    """Decode a file's bytes by the rules in the module docstring."""
    kind = _binary_kind(raw)
    if kind:
        return Decoded(None, ((BINARY.format(kind=f" ({kind})"), None),))
    decoded = _decode_with_mark(raw) or _decode_utf16_without_mark(raw)
    if decoded is None and _looks_binary(raw):
        return Decoded(None, ((BINARY.format(kind=" or an unknown encoding"), None),))
    decoded = decoded or _decode_without_nuls(raw)
    if decoded.text is None:
        return decoded
    return Decoded(normalize_newlines(decoded.text), decoded.notes)


def _drop_hidden_blocks(text: str) -> str:
    """Remove <script>, <style> and <!-- --> blocks, contents included.

    A loop with forward-only searches rather than one lazy regex, which would
    rescan to the end of the text for every unclosed block. An unclosed
    block is left alone (its tag is stripped later) so no article text is lost.
    """
    kept, position = [], 0
    while start := HIDDEN_BLOCK_START.search(text, position):
        opener = (start.group(1) or "<!--").lower()
        end = HIDDEN_BLOCK_END[opener].search(text, start.end())
        if end is None:
            break
        kept.append(text[position:start.start()])
        position = end.end()
    kept.append(text[position:])
    return "".join(kept)


def _binary_kind(raw: bytes) -> str:
    for signature, kind in BINARY_SIGNATURES:
        if raw.startswith(signature):
            return kind
    return ""


def _decode_with_mark(raw: bytes) -> Decoded | None:
    for mark, codec, name in BYTE_ORDER_MARKS:
        if not raw.startswith(mark):
            continue
        body = raw[len(mark):]
        if codec == "utf-8":
            return _decode_without_nuls(body)
        text = body.decode(codec, errors="replace")
        notes = [(f"{name} text, not UTF-8; decoded it, but re-save the file as UTF-8", None)]
        broken = text.count("\ufffd")
        if broken:
            notes.append((f"broken {name} ({_count(broken, 'bad character')}); replaced with \ufffd, re-save the file as UTF-8", None))
        return Decoded(text, tuple(notes))
    return None


def _decode_utf16_without_mark(raw: bytes) -> Decoded | None:
    """UTF-16 text has a NUL in every ASCII character; Persian ones do not,
    so the guess checks that one byte order gives plausible text instead."""
    if b"\x00" not in raw or len(raw) % 2:
        return None
    for codec, order in (("utf-16-le", "little-endian"), ("utf-16-be", "big-endian")):
        try:
            text = raw.decode(codec)
        except UnicodeDecodeError:
            continue
        sample = text[:SAMPLE_SIZE]
        if len(NOT_NEWS_TEXT.findall(sample)) <= 0.02 * len(sample):
            return Decoded(text, ((f"UTF-16 ({order}) text without a byte-order mark; decoded it, "
                                   "but re-save the file as UTF-8", None),))
    return None


def _decode_without_nuls(raw: bytes) -> Decoded:
    nuls = raw.count(b"\x00")
    decoded = _decode_8bit(raw.replace(b"\x00", b"") if nuls else raw)
    if decoded.text is None or not nuls:
        return decoded
    note = (f"{_count(nuls, 'NUL byte')} inside the text (damaged file?); removed, re-save the file to fix it", None)
    return Decoded(decoded.text, (note, *decoded.notes))


def _decode_8bit(raw: bytes) -> Decoded:
    """UTF-8, a little damaged UTF-8, or Windows-1256 Persian."""
    try:
        return Decoded(raw.decode("utf-8"))
    except UnicodeDecodeError as error:
        line = len(LINE_END.findall(raw, 0, error.start)) + 1
    text = raw.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    good = len(text) - len(text.encode("ascii", errors="ignore")) - bad
    if bad <= good:
        return Decoded(text, ((f"invalid UTF-8 in {_count(bad, 'place')}, the first on this line; "
                               "replaced with \ufffd, re-save the file as UTF-8", line),))
    if _reads_as_cp1256_persian(raw):
        return Decoded(raw.decode("cp1256"), (("not UTF-8; decoded as Windows-1256 (Arabic/Persian legacy "
                                               "encoding), re-save the file as UTF-8", None),))
    return Decoded(None, ((f"not UTF-8 text (first bad byte on line {line}); re-save the file as UTF-8", line),))


def _reads_as_cp1256_persian(raw: bytes) -> bool:
    """Most non-ASCII bytes are Windows-1256 Arabic-script letters, some in a row
    (a word, not one stray byte)."""
    non_ascii = raw.translate(None, ASCII_BYTES)
    arabic = len(non_ascii) - len(non_ascii.translate(None, CP1256_ARABIC))
    return arabic >= 0.7 * len(non_ascii) and CP1256_ARABIC_PAIR.search(raw) is not None


def _looks_binary(raw: bytes) -> bool:
    """Many control bytes other than NUL (which rule 5 treats as damage)."""
    sample = raw[:SAMPLE_SIZE]
    return len(sample) - len(sample.translate(None, CONTROL_BYTES)) > BINARY_CONTROL_SHARE * len(sample)


def _count(number: int, thing: str) -> str:
    return f"{number} {thing}" if number == 1 else f"{number} {thing}s"
