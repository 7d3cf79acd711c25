"""Typed records shared by every part of PolicyLens. No Qt, no I/O."""
from __future__ import annotations

import datetime as _dt
import os
from dataclasses import dataclass, field
from typing import Literal

from core.textmap import OffsetMap

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
