"""Saved web pages: the page's own charset, text and metadata from trafilatura."""
from __future__ import annotations

from core.ingest.encoding import DecodeError
from core.ingest.formats.source import FormatError, Progress, Source
from core.ingest.html import decode_html, extract_page

KIND = "html"
SUFFIXES = (".html", ".htm", ".shtml", ".xhtml", ".mht")


def sniff(data: bytes) -> bool:
    return False  # decided by the name, or by the decoded text (formats.text)


def read(data: bytes, progress: Progress | None = None) -> Source:
    try:
        text, enc = decode_html(data)
        page = extract_page(text, enc)
    except DecodeError as exc:
        raise FormatError(str(exc)) from None
    return Source(text=page.text, encoding=enc, kind=KIND, title=page.title, date_of=page.date_of, source=page.source)
