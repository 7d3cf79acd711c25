"""``load(path) -> Document``: read the format, repair, strip chrome, read metadata.

Each format (text, web page, PDF, Word) has its own input module in ``core.ingest.formats``;
everything after that step is shared.
"""
from __future__ import annotations

import os
import re
from dataclasses import replace
from typing import Final

from core.ingest import boilerplate, metadata
from core.ingest.encoding import DecodeError
from core.ingest.formats import SUFFIXES, Cancelled, FormatError, Progress, Source
from core.ingest.formats import read as read_format
from core.ingest.formats.html import SUFFIXES as HTML_SUFFIXES
from core.model import Caption, Document, Repair
from core.ingest.repair import repair
from core.text.radicals import fold_radicals
from core.text.textmap import TrackedText

MAX_BYTES: Final = 20 * 1024 * 1024
MAX_BYTES_PAGED: Final = 200 * 1024 * 1024  # PDF and Word files carry images besides their text
ARTICLE_SUFFIXES: Final = SUFFIXES
__all__ = ["ARTICLE_SUFFIXES", "HTML_SUFFIXES", "LoadCancelled", "LoadError", "Progress", "load", "load_bytes"]


class LoadError(Exception):
    """A file that cannot be read as an article; ``str()`` names the file and the problem."""

    def __init__(self, path: str, reason: str):
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class LoadCancelled(LoadError):
    """The progress callback asked to stop."""


def read_bytes(path: str) -> bytes:
    if not os.path.exists(path):
        raise LoadError(path, "no such file")
    if os.path.isdir(path):
        raise LoadError(path, "is a directory")
    size = os.path.getsize(path)
    limit = MAX_BYTES_PAGED if path.lower().endswith((".pdf", ".docx", ".docm")) else MAX_BYTES
    if size > limit:
        raise LoadError(path, f"file is too large for an article ({size / 1e6:.1f} MB; limit {limit / 1e6:.0f} MB)")
    try:
        with open(path, "rb") as fh:
            return fh.read()
    except PermissionError:
        raise LoadError(path, "permission denied") from None
    except OSError as exc:
        raise LoadError(path, exc.strerror or str(exc)) from None


def load(path: str, progress: Progress | None = None) -> Document:
    """Load one article; ``progress(done, total)`` hears about long files and returns False to stop."""
    return load_bytes(path, read_bytes(path), progress)


def load_bytes(path: str, data: bytes, progress: Progress | None = None) -> Document:
    try:
        return _load(path, data, progress)
    except Cancelled as exc:
        raise LoadCancelled(path, str(exc)) from None
    except (DecodeError, FormatError) as exc:
        raise LoadError(path, str(exc)) from None
    except RecursionError:
        raise LoadError(path, "the file is nested too deeply to read") from None
    except MemoryError:
        raise LoadError(path, "the file is too large to read in memory") from None


def _load(path: str, data: bytes, progress: Progress | None) -> Document:
    if not data:
        raise DecodeError("empty file")
    src = read_format(path, data, progress)
    text = fold_radicals(src.text)
    raw = text.replace("\r\n", "\n").replace("\r", "\n") if "\r" in text else text
    tracked = _normalise_newlines(text) if raw is not text else TrackedText(text)
    repaired, report = repair(tracked)
    lines = boilerplate.classify(repaired.text)
    cleaned, captions = _drop_chrome(repaired, lines)
    if not cleaned.text.strip():
        raise DecodeError("no article text left after removing page chrome")
    meta = metadata.extract(repaired.text, cleaned.text, lines)
    if src.title or src.date or src.date_of or src.source:
        meta = replace(
            meta,
            title=src.title or meta.title,
            # a date line in the article beats the page's guess
            date=meta.date or src.date or (src.date_of() if src.date_of else None),
            source=src.source or meta.source,
        )
    offsets = cleaned.offset_map()
    report = _report_in_cleaned(report, cleaned)
    report.repairs += _undecodable(src, repaired, cleaned, offsets)
    warnings = list(src.warnings)
    if report.undecodable:
        n = sum(len(r.raw_bytes or b"") for r in report.undecodable)
        warnings.insert(0, f"{n} undecodable bytes replaced by \ufffd ({src.encoding})")
    return Document(
        path=path,
        encoding=src.encoding,
        kind=src.kind,  # type: ignore[arg-type]
        raw_text=text,
        text=cleaned.text,
        offsets=offsets,
        metadata=meta,
        report=report,
        captions=captions,
        page_starts=[offsets.from_raw(p) for p in src.page_starts],
        warnings=warnings,
    )


def _undecodable(src: Source, repaired: TrackedText, cleaned: TrackedText, offsets) -> list[Repair]:
    """The bytes that did not decode, as repairs at their place in the cleaned text."""
    out = []
    for r in src.replaced:
        start = offsets.from_raw(r.start)
        end = start
        while end < len(cleaned.text) and end - start < r.length and cleaned.text[end] == "\ufffd":
            end += 1
        shown = " ".join(f"{b:02X}" for b in r.raw[:16]) + (" …" if len(r.raw) > 16 else "")
        out.append(Repair(
            start=start, end=end, raw_start=r.start, raw_end=r.start + r.length,
            damaged=shown, repaired="\ufffd" * (end - start), exact=False,
            how=f"bytes {shown} at byte {r.byte_offset} do not decode; replaced by \ufffd",
            raw_bytes=r.raw, byte_offset=r.byte_offset,
        ))
    return out


def _normalise_newlines(text: str) -> TrackedText:
    tracked = TrackedText(text)
    return tracked.replace((m.start(), m.end(), "\n") for m in re.finditer(r"\r\n?", text))


_CAPTION_BAR: Final = re.compile(r"\s*\|\s*$")


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
                body = _CAPTION_BAR.sub("", body)
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
