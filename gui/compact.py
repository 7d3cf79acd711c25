"""Indicators kept compactly for a library of many articles.

An :class:`~core.model.Indicator` is a dataclass of ~25 slots, each number its own Python
object (~370 bytes an indicator before its strings). The window keeps every indicator of the
library for the table, so here an article's indicators become a few flat stores shared by all
its fields (a Python object per field and article would cost more than the values at ~27
indicators an article):

* floats (``value``, ``base_value``) in one ``array('d')``, offsets in one ``array('i')``;
* every other value (strings, None, bools) as a one-byte code into the article's table of
  distinct values, so a kind, a unit or a sentence shared by several indicators is stored once
  and each use costs a byte, not an 8-byte pointer. Short strings are interned (names, units
  and periods repeat across a library); sentences are not (each belongs to one article, and
  interning would only add an entry to the interpreter's table).

Each indicator is a two-slot view with the same attributes, read from its article's
:class:`Columns` on access. Only attribute access is offered (what the table, the reader and
the chart use); ``as_row`` and ``materialize`` give the full record back, and
:func:`values` a whole field of an article at C speed (the table sorts and filters with it).
"""
from __future__ import annotations

import sys
from array import array
from dataclasses import fields

from core.model import Indicator

FIELDS: tuple[str, ...] = tuple(f.name for f in fields(Indicator))
_INDEX = {name: i for i, name in enumerate(FIELDS)}
_NOT_INTERNED = {_INDEX["sentence"]}
FLOAT, INT, CODE = 0, 1, 2
_LAYOUTS: dict[tuple, tuple] = {}  # one shared layout object per shape of article


class Columns:
    """One article's indicators, field by field (``layout[f]`` says where field ``f`` is: which
    store, and which of its runs of ``n`` values)."""

    __slots__ = ("n", "layout", "floats", "ints", "codes", "table")

    def __init__(self, indicators: list[Indicator]):
        n = self.n = len(indicators)
        floats: list[float] = []
        ints: list[int] = []
        codes: list[int] = []
        table: list = []
        seen: dict = {}
        layout = []
        for f, name in enumerate(FIELDS):
            column = [getattr(ind, name) for ind in indicators]
            kinds = {type(v) for v in column}
            if kinds == {float}:
                layout.append((FLOAT, len(floats) // max(n, 1)))
                floats += column
            elif kinds == {int}:
                layout.append((INT, len(ints) // max(n, 1)))
                ints += column
            else:
                layout.append((CODE, len(codes) // max(n, 1)))
                codes += [_code(v, seen, table, f not in _NOT_INTERNED) for v in column]
        key = tuple(layout)
        self.layout = _LAYOUTS.setdefault(key, key)
        self.floats = array("d", floats)
        self.ints = _int_array(ints)
        self.codes = bytes(codes) if len(table) <= 256 else array("I", codes)
        self.table = tuple(table)

    def get(self, f: int, i: int):
        """Field number ``f`` of indicator ``i``."""
        where, k = self.layout[f]
        if where == CODE:
            return self.table[self.codes[k * self.n + i]]
        return (self.floats if where == FLOAT else self.ints)[k * self.n + i]

    def column(self, f: int) -> list:
        """Field number ``f`` of every indicator, in order."""
        where, k = self.layout[f]
        a, b = k * self.n, (k + 1) * self.n
        if where == CODE:
            return list(map(self.table.__getitem__, self.codes[a:b]))
        return (self.floats if where == FLOAT else self.ints)[a:b].tolist()


def _code(value, seen: dict, table: list, intern: bool) -> int:
    """The value's place in the article's table. Floats are never merged (0.0 and -0.0 are
    equal, and 1 == 1.0 == True), the rest by type and value."""
    if type(value) is float:
        table.append(value)
        return len(table) - 1
    key = (type(value), value)
    code = seen.get(key)
    if code is None:
        code = seen[key] = len(table)
        table.append(sys.intern(value) if intern and type(value) is str else value)
    return code


def _int_array(values: list[int]) -> array:
    for typecode in ("i", "q"):
        try:
            return array(typecode, values)
        except OverflowError:
            continue
    raise OverflowError("an offset beyond 64 bits")


class CompactIndicator:
    """An indicator read from its article's :class:`Columns` (attributes as on ``Indicator``)."""

    __slots__ = ("_c", "_i")

    def __init__(self, columns: Columns, i: int):
        self._c = columns
        self._i = i

    def __getattr__(self, name: str):  # fields not known when this class was made
        f = _INDEX.get(name)
        if f is None:
            raise AttributeError(name)
        return self._c.get(f, self._i)

    def materialize(self) -> Indicator:
        return Indicator(**{name: self._c.get(f, self._i) for f, name in enumerate(FIELDS)})

    def as_row(self) -> dict:
        return self.materialize().as_row()

    def __repr__(self) -> str:
        return f"CompactIndicator({self.name!r}, {self.value!r} {self.unit})"


def _field_property(f: int):
    return property(lambda self: self._c.get(f, self._i))


for _f, _name in enumerate(FIELDS):
    setattr(CompactIndicator, _name, _field_property(_f))


class Compacted(list):
    """An article's indicators as views (a plain list to every reader) that also knows its
    :class:`Columns`, so a whole field can be read at once."""

    __slots__ = ("columns",)


def compact(indicators: list[Indicator]) -> Compacted:
    columns = Columns(indicators)
    kept = Compacted(CompactIndicator(columns, i) for i in range(columns.n))
    kept.columns = columns
    return kept


def values(indicators: list, name: str) -> list:
    """Field ``name`` of every indicator in the list: from the columns when the list is an
    untouched :func:`compact` result, else attribute by attribute."""
    columns = getattr(indicators, "columns", None)
    if columns is not None and columns.n == len(indicators):
        return columns.column(_INDEX[name])
    return [getattr(ind, name) for ind in indicators]


def plain(ind) -> Indicator:
    """The record as an ``Indicator`` (for ``dataclasses.replace``, which a view does not take)."""
    return ind.materialize() if isinstance(ind, CompactIndicator) else ind
