"""Typed records shared by every part of PolicyLens. No Qt, no I/O."""
from __future__ import annotations

import datetime as _dt
import os
from dataclasses import dataclass, field
from typing import Literal

from core.text.textmap import OffsetMap

Kind = Literal["growth", "share", "level", "count", "rank", "target", "change"]


@dataclass(frozen=True, slots=True)
class Repair:
    """One spot of re-posting damage that was repaired.

    ``start``/``end`` are offsets in the cleaned text, ``raw_start``/``raw_end`` in the raw text.
    ``exact`` is False when the repair is a guess that a human should check.
    """

    start: int
    end: int
    raw_start: int
    raw_end: int
    damaged: str
    repaired: str
    exact: bool
    how: str


@dataclass(slots=True)
class RepairReport:
    annotations_stripped: int = 0
    repairs: list[Repair] = field(default_factory=list)

    @property
    def exact(self) -> list[Repair]:
        return [r for r in self.repairs if r.exact]

    @property
    def guesses(self) -> list[Repair]:
        return [r for r in self.repairs if not r.exact]

    @property
    def changed(self) -> bool:
        return bool(self.annotations_stripped or self.repairs)


@dataclass(frozen=True, slots=True)
class Metadata:
    title: str | None = None
    date: _dt.date | None = None
    source: str | None = None
    region: str | None = None


@dataclass(frozen=True, slots=True)
class Caption:
    """A photo caption line kept in the text (offsets in the cleaned text)."""

    start: int
    end: int


@dataclass(slots=True)
class Document:
    path: str
    encoding: str
    kind: Literal["text", "html"]
    raw_text: str
    text: str
    offsets: OffsetMap
    metadata: Metadata
    report: RepairReport
    captions: list[Caption] = field(default_factory=list)

    @property
    def name(self) -> str:
        return os.path.basename(self.path)

    def to_raw(self, pos: int) -> int:
        return self.offsets.to_raw(pos)

__all__ = ["Caption", "Document", "Kind", "Metadata", "OffsetMap", "Repair", "RepairReport"]


@dataclass(frozen=True, slots=True)
class Indicator:
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

    def as_row(self) -> dict:
        return {
            "doc": self.doc, "name": self.name, "value": self.value, "unit": self.unit, "kind": self.kind,
            "period": self.period, "qualifier": self.qualifier, "approx": self.approx,
            "scope": self.scope, "comparison": self.comparison, "base_value": self.base_value,
            "base_unit": self.base_unit, "start": self.start, "end": self.end,
            "sentence_start": self.sentence_start, "sentence_end": self.sentence_end, "sentence": self.sentence,
        }
