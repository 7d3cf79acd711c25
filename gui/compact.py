"""Indicators kept compactly for a library of many articles.

An :class:`~core.model.Indicator` is a dataclass of ~25 slots, each number its own Python
object (~370 bytes an indicator before its strings). The window keeps every indicator of the
library for the table, so here each article's indicators become columns (numbers in typed
arrays, strings interned: names, units, kinds and sentences repeat across a library), and each
indicator a two-slot view with the same attributes, read from its column on access.

Only attribute access is offered (what the table, the reader and the chart use); ``as_row`` and
``materialize`` give the full record back.
"""
from __future__ import annotations

import sys
from array import array
from dataclasses import fields

from core.model import Indicator

FIELDS: tuple[str, ...] = tuple(f.name for f in fields(Indicator))
_INDEX = {name: i for i, name in enumerate(FIELDS)}


class Columns:
    """One article's indicators, field by field."""

    __slots__ = ("cols", "n")

    def __init__(self, indicators: list[Indicator]):
        self.n = len(indicators)
        self.cols = tuple(_column([getattr(ind, name) for ind in indicators]) for name in FIELDS)


class _Same:
    """A column whose every value is the same (None for most optional fields, the doc name)."""

    __slots__ = ("value",)

    def __init__(self, value):
        self.value = value

    def __getitem__(self, i: int):
        return self.value


def _column(values: list):
    if values and all(v is values[0] for v in values):
        return _Same(sys.intern(values[0]) if type(values[0]) is str else values[0])
    kinds = {type(v) for v in values}
    if kinds == {float}:
        return array("d", values)
    if kinds == {int}:
        try:
            return array("q", values)
        except OverflowError:
            return tuple(values)
    # strings (and None, bools) as one tuple of shared objects
    return tuple(sys.intern(v) if type(v) is str else v for v in values)


class CompactIndicator:
    """An indicator read from its article's :class:`Columns` (attributes as on ``Indicator``)."""

    __slots__ = ("_c", "_i")

    def __init__(self, columns: Columns, i: int):
        self._c = columns
        self._i = i

    def __getattr__(self, name: str):  # fields not known when this class was made
        i = _INDEX.get(name)
        if i is None:
            raise AttributeError(name)
        return self._c.cols[i][self._i]

    def materialize(self) -> Indicator:
        return Indicator(**{name: col[self._i] for name, col in zip(FIELDS, self._c.cols)})

    def as_row(self) -> dict:
        return self.materialize().as_row()

    def __repr__(self) -> str:
        return f"CompactIndicator({self.name!r}, {self.value!r} {self.unit})"


def _field_property(i: int):
    return property(lambda self: self._c.cols[i][self._i])


for _i, _name in enumerate(FIELDS):
    setattr(CompactIndicator, _name, _field_property(_i))


def compact(indicators: list[Indicator]) -> list[CompactIndicator]:
    columns = Columns(indicators)
    return [CompactIndicator(columns, i) for i in range(columns.n)]
