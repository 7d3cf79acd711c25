"""Plain text in any common encoding; damaged bytes are replaced, not refused (see encoding)."""
from __future__ import annotations

from core.ingest.encoding import DecodeError, decode_text
from core.ingest.formats.html import read as read_html
from core.ingest.formats.source import FormatError, Progress, Source
from core.ingest.html import looks_like_html

KIND = "text"
SUFFIXES = (".txt", ".text", ".md")


def sniff(data: bytes) -> bool:
    return False  # text is what is left when no other format claims the bytes


def read(data: bytes, progress: Progress | None = None) -> Source:
    try:
        got = decode_text(data)
    except DecodeError as exc:
        raise FormatError(str(exc)) from None
    if looks_like_html(got.text):  # a web page saved under another name
        return read_html(data, progress)
    return Source(text=got.text, encoding=got.encoding, kind=KIND, replaced=got.replaced)
