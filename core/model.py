"""Typed records shared by every part of PolicyLens. No Qt, no I/O."""
from __future__ import annotations

import datetime as _dt
import os
from bisect import bisect_right
from dataclasses import dataclass, field
from typing import Literal

from core.text.textmap import OffsetMap

Kind = Literal["growth", "share", "level", "count", "rank", "target", "change"]


@dataclass(frozen=True, slots=True)
class Repair:
    """One spot of re-posting damage that was repaired.

    ``start``/``end`` are offsets in the cleaned text, ``raw_start``/``raw_end`` in the raw text.
    ``exact`` is False when the repair is a guess that a human should check. Bytes that did not
    decode (a damaged file) are replaced by U+FFFD: ``raw_bytes`` holds them and ``byte_offset``
    where they were in the file; such a repair is neither exact nor a guess.
    """

    start: int
    end: int
    raw_start: int
    raw_end: int
    damaged: str
    repaired: str
    exact: bool
    how: str
    raw_bytes: bytes | None = None
    byte_offset: int | None = None

    @property
    def undecodable(self) -> bool:
        return self.raw_bytes is not None


@dataclass(slots=True)
class RepairReport:
    annotations_stripped: int = 0
    repairs: list[Repair] = field(default_factory=list)

    @property
    def exact(self) -> list[Repair]:
        return [r for r in self.repairs if r.exact]

    @property
    def guesses(self) -> list[Repair]:
        return [r for r in self.repairs if not r.exact and r.raw_bytes is None]

    @property
    def undecodable(self) -> list[Repair]:
        """Spans whose bytes did not decode and were replaced by U+FFFD."""
        return [r for r in self.repairs if r.raw_bytes is not None]

    @property
    def changed(self) -> bool:
        return bool(self.annotations_stripped or self.repairs)


@dataclass(frozen=True, slots=True)
class Metadata:
    title: str | None = None
    date: _dt.date | None = None
    source: str | None = None
    region: str | None = None
    # where the date and the region were read: the line as written
    date_line: str | None = None
    region_line: str | None = None


@dataclass(frozen=True, slots=True)
class Caption:
    """A photo caption line kept in the text (offsets in the cleaned text)."""

    start: int
    end: int


@dataclass(slots=True)
class Document:
    path: str
    encoding: str
    kind: Literal["text", "html", "pdf", "docx"]
    raw_text: str
    text: str
    offsets: OffsetMap
    metadata: Metadata
    report: RepairReport
    captions: list[Caption] = field(default_factory=list)
    # paged sources (PDF): the cleaned-text offset where each page begins, page 1 first
    page_starts: list[int] = field(default_factory=list)
    # what the reader should know although the file loaded (undecodable bytes, pages without text)
    warnings: list[str] = field(default_factory=list)

    def page_of(self, offset: int) -> int | None:
        """The 1-based page holding ``offset``, or None for a source without pages."""
        return bisect_right(self.page_starts, offset) or None if self.page_starts else None

    @property
    def name(self) -> str:
        return os.path.basename(self.path)

    def to_raw(self, pos: int) -> int:
        return self.offsets.to_raw(pos)

__all__ = ["Caption", "Document", "Kind", "Metadata", "OffsetMap", "Repair", "RepairReport"]


@dataclass(slots=True, unsafe_hash=True)
class Indicator:
    """One figure an article states. Treated as a value (hashable, never changed once made): not
    frozen only because a frozen dataclass costs 3 µs more to make, and articles hold dozens."""

    doc: str
    name: str
    value: float
    unit: str
    kind: Kind
    period: str | None
    qualifier: str | None
    approx: bool
    start: int  # value span in the cleaned text
    end: int
    sentence_start: int
    sentence_end: int
    sentence: str
    base_value: float | None  # in base units: 523亿元 -> 5.23e10, 三成 -> 0.3
    base_unit: str
    scope: str | None
    comparison: str | None
    # the period resolved to dates: ISO strings, inclusive; a normalised label (2022年1-5月)
    period_label: str | None = None
    period_from: str | None = None
    period_to: str | None = None
    # the canonical indicator from the catalogue (Simplified) and its English name
    indicator: str | None = None
    indicator_en: str | None = None
    page: int | None = None  # 1-based page of the value, for paged sources (PDF)

    def as_row(self) -> dict:
        return {c: getattr(self, c) for c in INDICATOR_COLUMNS}


# the fields of a record in exports (JSONL, CSV, XLSX, Parquet), in this order
INDICATOR_COLUMNS = (
    "doc", "name", "indicator", "indicator_en", "value", "unit", "kind", "period", "period_label", "period_from",
    "period_to", "qualifier", "approx", "page", "scope", "comparison", "base_value", "base_unit", "start", "end",
    "sentence_start", "sentence_end", "sentence",
)
