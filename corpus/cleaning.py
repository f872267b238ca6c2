"""Bytes to clean text: encodings, control characters and stray markup.

Scraped archives arrive in UTF-8, UTF-16 and old Windows-1256, with NULs,
HTML tags and entities. Cleaning keeps every visible character in place so
that what the user reads is what the article said; spelling variants are left
to the analysis, which folds them without touching the stored text.
"""

from __future__ import annotations

import codecs
import html
import re

# C0/C1 controls other than tab and newline carry no text and confuse terminals.
CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
HTML_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]{0,500})?/?>")
HTML_BREAK = re.compile(r"<(?:br|/p|/div|/li|/h[1-6])\b[^<>]{0,500}>", re.IGNORECASE)
HTML_ENTITY = re.compile(r"&(?:#\d{1,7}|#x[0-9A-Fa-f]{1,6}|[A-Za-z]{2,8});")
ARABIC_LETTER = re.compile(r"[\u0600-\u06FF]")


def clean_text(text: str) -> str:
    """Visible text only: markup stripped, entities decoded, controls removed."""
    if "<" in text:
        text = HTML_TAG.sub("", HTML_BREAK.sub("\n", text))
    if "&" in text:
        text = HTML_ENTITY.sub(lambda m: html.unescape(m.group()), text)
    return CONTROL_CHARS.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))


def decode_bytes(raw: bytes) -> tuple[str | None, str]:
    """Decode a file's bytes; return (text, note) or (None, why not).

    The note is empty for plain UTF-8 and says what was done otherwise.
    """
    if raw.startswith(codecs.BOM_UTF8):
        return raw[len(codecs.BOM_UTF8):].decode("utf-8", errors="replace"), ""
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return raw.decode("utf-16"), "UTF-16 file decoded"
        except UnicodeDecodeError:
            return None, "broken UTF-16 text; re-save the file as UTF-8"
    if b"\x00" in raw:
        return None, "binary data (NUL bytes), not a text file; remove it or convert it to UTF-8 text"
    try:
        return raw.decode("utf-8"), ""
    except UnicodeDecodeError as error:
        position = error.start
    legacy = raw.decode("cp1256", errors="replace")
    letters = len(ARABIC_LETTER.findall(legacy))
    if letters and letters >= 0.3 * len(legacy.split()):
        return legacy, "not UTF-8; decoded as Windows-1256 (Arabic/Persian legacy encoding)"
    return None, f"not UTF-8 text (bad byte at offset {position}); re-save the file as UTF-8"
