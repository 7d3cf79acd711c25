"""Indicators kept compactly for a library of many articles.

An :class:`~core.model.Indicator` is a dataclass of ~25 slots, each number its own Python
object (~370 bytes an indicator before its strings). The window keeps every indicator of the
library for the table, so here an article's indicators become a few flat stores shared by all
its fields (a Python object per field and article would cost more than the values at ~27
indicators an article):

* floats (``value``, ``base_value``) in one ``array('d')``, offsets in one ``array('H')`` (wider
  only for an article of more than 65,535 characters);
* the sentences, each once, joined in one string (a string object costs ~80 bytes before its
  text, and an article has a dozen sentences);
* every other value (strings, None, bools) as a one-byte code into the article's table of
  distinct values, so a kind or a unit shared by several indicators is stored once and each use
  costs a byte, not an 8-byte pointer; strings in it are interned (names, units and periods
  repeat across a library).

The article's indicators are a :class:`Compacted` sequence of two-slot views with the same
attributes, read from its :class:`Columns` on access; the views are made when the article is
first indexed (its rows shown, its marks drawn), not for every article of the library. Only
attribute access is offered (what the table, the reader and the chart use); ``as_row`` and
``materialize`` give the full record back, and :func:`values` a whole field of an article at C
speed (the table sorts and filters with it).
"""
from __future__ import annotations

import sys
from array import array
from collections.abc import Callable, Iterator, Sequence
from dataclasses import fields

from core.model import Indicator

FIELDS: tuple[str, ...] = tuple(f.name for f in fields(Indicator))
_INDEX = {name: i for i, name in enumerate(FIELDS)}
_SENTENCE = _INDEX["sentence"]
FLOAT, INT, CODE, TEXT = 0, 1, 2, 3
_LAYOUTS: dict[tuple, tuple] = {}  # one shared layout object per shape of article


class Columns:
    """One article's indicators, field by field (``layout[f]`` says where field ``f`` is: which
    store, and which of its runs of ``n`` values)."""

    __slots__ = ("n", "layout", "floats", "ints", "codes", "table", "text", "bounds")

    def __init__(self, indicators: list[Indicator]):
        n = self.n = len(indicators)
        floats: list[float] = []
        ints: list[int] = []
        codes: list[int] = []
        table: list = []
        seen: dict = {}
        layout = []
        self.text, self.bounds = "", array("i", [0])
        for f, name in enumerate(FIELDS):
            column = [getattr(ind, name) for ind in indicators]
            kinds = {type(v) for v in column}
            joined = self._join(column, kinds) if f == _SENTENCE else []
            if joined:
                layout.append((TEXT, len(codes) // max(n, 1)))
                codes += joined
            elif kinds == {float}:
                layout.append((FLOAT, len(floats) // max(n, 1)))
                floats += column
            elif kinds == {int}:
                layout.append((INT, len(ints) // max(n, 1)))
                ints += column
            else:
                layout.append((CODE, len(codes) // max(n, 1)))
                codes += [_code(v, seen, table) for v in column]
        key = tuple(layout)
        self.layout = _LAYOUTS.setdefault(key, key)
        self.floats = array("d", floats)
        self.ints = _int_array(ints)
        self.codes = bytes(codes) if max(codes, default=0) < 256 else array("I", codes)
        self.table = tuple(table)

    def _join(self, column: list, kinds: set) -> list[int]:
        """The sentences each once in ``text`` (their ends in ``bounds``); their codes, or []
        to keep them in the table: not all strings, or one beyond the BMP (the joined text would
        take 4 bytes a character)."""
        if kinds != {str} or not column:
            return []
        place: dict[str, int] = {}
        codes = [place.setdefault(v, len(place)) for v in column]
        text = "".join(place)
        if text and max(text) > "\uffff":
            return []
        self.text = text
        self.bounds = array("i", [0])
        for v in place:
            self.bounds.append(self.bounds[-1] + len(v))
        return codes

    def get(self, f: int, i: int):
        """Field number ``f`` of indicator ``i``."""
        where, k = self.layout[f]
        if where == CODE:
            return self.table[self.codes[k * self.n + i]]
        if where == TEXT:
            c = self.codes[k * self.n + i]
            return self.text[self.bounds[c]:self.bounds[c + 1]]
        return (self.floats if where == FLOAT else self.ints)[k * self.n + i]

    def cut(self, c: int) -> str:
        """Joined text number ``c`` (a sentence)."""
        return self.text[self.bounds[c]:self.bounds[c + 1]]

    def column(self, f: int) -> list:
        """Field number ``f`` of every indicator, in order."""
        where, k = self.layout[f]
        a, b = k * self.n, (k + 1) * self.n
        if where == CODE:
            return list(map(self.table.__getitem__, self.codes[a:b]))
        if where == TEXT:  # each sentence cut once, shared by its indicators
            text, bounds = self.text, self.bounds
            cut = [text[bounds[c]:bounds[c + 1]] for c in range(len(bounds) - 1)]
            return list(map(cut.__getitem__, self.codes[a:b]))
        return (self.floats if where == FLOAT else self.ints)[a:b].tolist()


def _code(value, seen: dict, table: list) -> int:
    """The value's place in the article's table. Floats are never merged (0.0 and -0.0 are
    equal, and 1 == 1.0 == True), the rest by type and value."""
    if type(value) is float:
        table.append(value)
        return len(table) - 1
    key = (type(value), value)
    code = seen.get(key)
    if code is None:
        code = seen[key] = len(table)
        table.append(sys.intern(value) if type(value) is str else value)
    return code


def _int_array(values: list[int]) -> array:
    """The narrowest array for the offsets: two bytes each in an article under 65,536 characters."""
    for typecode in ("H", "i", "q"):
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

    def __eq__(self, other) -> bool:  # two views of one record (an article not indexed yet gives new ones)
        if isinstance(other, CompactIndicator):
            return other._c is self._c and other._i == self._i
        return NotImplemented

    def __hash__(self) -> int:
        return hash((id(self._c), self._i))

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


class Compacted(Sequence):
    """An article's indicators: a read-only list of views over its :class:`Columns`.

    The views (~56 bytes each) are made the first time one is indexed and then kept, so that the
    table's row, the reader's mark and the chart refer to the very same object; iterating an
    article not indexed yet gives passing views (the Dataset view reads every article once)."""

    __slots__ = ("columns", "_views")

    def __init__(self, columns: Columns):
        self.columns = columns
        self._views: list[CompactIndicator] | None = None

    def __len__(self) -> int:
        return self.columns.n

    def __getitem__(self, i):
        if self._views is None:
            self._views = list(self._made())
        return self._views[i]

    def __iter__(self) -> Iterator[CompactIndicator]:
        return iter(self._views) if self._views is not None else self._made()

    def _made(self) -> Iterator[CompactIndicator]:
        return (CompactIndicator(self.columns, i) for i in range(self.columns.n))

    def __eq__(self, other) -> bool:
        if isinstance(other, (list, tuple, Compacted)):
            return len(self) == len(other) and all(a == b for a, b in zip(self, other))
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]  # compared like a list

    def __repr__(self) -> str:
        return f"Compacted({self.columns.n} indicators)"


def compact(indicators: list[Indicator]) -> Compacted:
    return Compacted(Columns(indicators))


def values(indicators: Sequence, name: str) -> list:
    """Field ``name`` of every indicator: from the columns for a :func:`compact` result, else
    attribute by attribute (a plain list of records)."""
    if isinstance(indicators, Compacted):
        return indicators.columns.column(_INDEX[name])
    return [getattr(ind, name) for ind in indicators]


def field(indicators: Sequence, i: int, name: str):
    """Field ``name`` of indicator ``i``, read from the columns of a :func:`compact` result
    without making its views (the table reads its cells so)."""
    if isinstance(indicators, Compacted):
        return indicators.columns.get(_INDEX[name], i)
    return getattr(indicators[i], name)


def joined(indicators: Sequence, name: str) -> tuple[Callable[[int], str], Sequence[int], int] | None:
    """For a field kept in the joined text (the sentences of a :func:`compact` result): the
    function cutting its distinct value ``c``, each indicator's ``c``, and how many there are."""
    if isinstance(indicators, Compacted):
        c = indicators.columns
        where, k = c.layout[_INDEX[name]]
        if where == TEXT:
            return c.cut, c.codes[k * c.n:(k + 1) * c.n], len(c.bounds) - 1
    return None


def same(a, b) -> bool:
    """The same record: the very object, or two views of one indicator."""
    return a is b or (type(a) is CompactIndicator and a == b)


def plain(ind) -> Indicator:
    """The record as an ``Indicator`` (for ``dataclasses.replace``, which a view does not take)."""
    return ind.materialize() if isinstance(ind, CompactIndicator) else ind
