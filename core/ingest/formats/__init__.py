"""One input module per format, calibre-style: each has ``KIND``, ``SUFFIXES``, ``sniff(data)``
and ``read(data, progress) -> Source``. A new format is a new module plus an entry in READERS;
the pipeline after the input step (repair, chrome, metadata) never knows which format it was.

The reader is chosen by the bytes first (a PDF or .docx under any name), then by the name.
"""
from __future__ import annotations

from core.ingest.formats import docx, html, pdf, text
from core.ingest.formats.source import Cancelled, FormatError, Progress, Source

READERS = (pdf, docx, html, text)  # sniffed in this order; text takes what is left
SUFFIXES: tuple[str, ...] = tuple(s for r in READERS for s in r.SUFFIXES)
_OLD_WORD = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def reader_for(name: str, data: bytes):
    for r in READERS:
        if r.sniff(data):
            return r
    low = name.lower()
    if low.endswith((".doc", ".wps")) and data.startswith(_OLD_WORD):
        raise FormatError("old Word .doc format is not supported; save it as .docx")
    for r in READERS:
        if low.endswith(r.SUFFIXES):
            return r
    return text


def read(name: str, data: bytes, progress: Progress | None = None) -> Source:
    return reader_for(name, data).read(data, progress)


__all__ = ["Cancelled", "FormatError", "Progress", "READERS", "SUFFIXES", "Source", "read", "reader_for"]
