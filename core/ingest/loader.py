"""``load(path) -> Document``: decode, repair, strip chrome, read metadata."""
from __future__ import annotations

import os
import re
from dataclasses import replace

from core.ingest import boilerplate, metadata
from core.ingest.encoding import DecodeError, decode
from core.ingest.html import decode_html, extract_page, looks_like_html
from core.model import Caption, Document, Metadata
from core.ingest.repair import repair
from core.text.textmap import TrackedText

MAX_BYTES = 20 * 1024 * 1024
HTML_SUFFIXES = (".html", ".htm", ".shtml", ".xhtml", ".mht")
ARTICLE_SUFFIXES = (".txt", ".text", ".md") + HTML_SUFFIXES


class LoadError(Exception):
    """A file that cannot be read as an article; ``str()`` names the file and the problem."""

    def __init__(self, path: str, reason: str):
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


def read_bytes(path: str) -> bytes:
    if not os.path.exists(path):
        raise LoadError(path, "no such file")
    if os.path.isdir(path):
        raise LoadError(path, "is a directory")
    size = os.path.getsize(path)
    if size > MAX_BYTES:
        raise LoadError(path, f"file is too large for an article ({size / 1e6:.1f} MB; limit {MAX_BYTES / 1e6:.0f} MB)")
    try:
        with open(path, "rb") as fh:
            return fh.read()
    except PermissionError:
        raise LoadError(path, "permission denied") from None
    except OSError as exc:
        raise LoadError(path, exc.strerror or str(exc)) from None


def load(path: str) -> Document:
    return load_bytes(path, read_bytes(path))


def load_bytes(path: str, data: bytes) -> Document:
    try:
        return _load(path, data)
    except DecodeError as exc:
        raise LoadError(path, str(exc)) from None


def _load(path: str, data: bytes) -> Document:
    is_html_name = path.lower().endswith(HTML_SUFFIXES)
    page = None
    if is_html_name:
        text, enc = decode_html(data)
    else:
        text, enc = decode(data)
        if looks_like_html(text):
            text, enc = decode_html(data)
            is_html_name = True
    if is_html_name:
        page = extract_page(text, enc)
        text = page.text
    raw = text.replace("\r\n", "\n").replace("\r", "\n") if "\r" in text else text
    tracked = _normalise_newlines(text) if raw is not text else TrackedText(text)
    repaired, report = repair(tracked)
    lines = boilerplate.classify(repaired.text)
    cleaned, captions = _drop_chrome(repaired, lines)
    if not cleaned.text.strip():
        raise DecodeError("no article text left after removing page chrome")
    meta = metadata.extract(repaired.text, cleaned.text, lines)
    if page is not None:
        meta = Metadata(
            title=page.title or meta.title,
            date=meta.date or page.date,  # a date line in the article beats the page's guess
            source=page.source or meta.source,
            region=meta.region,
        )
    return Document(
        path=path,
        encoding=enc,
        kind="html" if page is not None else "text",
        raw_text=text,
        text=cleaned.text,
        offsets=cleaned.offset_map(),
        metadata=meta,
        report=_report_in_cleaned(report, cleaned),
        captions=captions,
    )


def _normalise_newlines(text: str) -> TrackedText:
    tracked = TrackedText(text)
    return tracked.replace((m.start(), m.end(), "\n") for m in re.finditer(r"\r\n?", text))


def _drop_chrome(text: TrackedText, lines: list[boilerplate.Line]) -> tuple[TrackedText, list[Caption]]:
    """Keep body and caption lines (trimmed), one newline between them."""
    edits: list[tuple[int, int, str]] = []
    kept: list[tuple[int, int, str]] = []
    s = text.text
    for ln in lines:
        if ln.kind in ("body", "caption"):
            seg = s[ln.start:ln.end]
            lead = len(seg) - len(seg.lstrip())
            body = seg.strip()
            if ln.kind == "caption":
                body = re.sub(r"\s*\|\s*$", "", body)
            kept.append((ln.start + lead, ln.start + lead + len(body), ln.kind))
    pos = 0
    for i, (a, b, _) in enumerate(kept):
        # Between two kept lines delete everything but one real newline, so it keeps its origin.
        nl = s.find("\n", pos, a) if i else -1
        if nl >= 0:
            edits += [(pos, nl, ""), (nl + 1, a, "")]
        else:
            edits.append((pos, a, ""))
        pos = b
    edits.append((pos, len(s), ""))
    edits = [e for e in edits if e[0] < e[1]]
    out = text.replace(edits)
    captions, cursor = [], 0
    for a, b, kind in kept:
        if kind == "caption":
            captions.append(Caption(cursor, cursor + (b - a)))
        cursor += (b - a) + 1
    return out, captions


def _report_in_cleaned(report, cleaned: TrackedText):
    """Repair offsets were in the repaired text; move them to the cleaned text."""
    offsets = cleaned.offset_map()
    moved = []
    for r in report.repairs:
        start = offsets.from_raw(r.raw_start)
        moved.append(replace(r, start=start, end=start + len(r.repaired)))
    report.repairs = moved
    return report
