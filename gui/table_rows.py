"""The indicator table's rows, kept per document rather than per indicator.

The table holds every indicator of the library (268,000 at 10,000 generated articles). A Python
object per row (a dataclass with its key string) and a list of int objects for the visible rows
cost ~130 bytes a row, and a sort built a tuple per row (~40 MB at that size). So here a
document is one entry holding its indicator list (the library's own, not a copy) and the user's
corrections by position; a :class:`Row` is a two-slot view made when asked; visible rows are
an ``array("i")``, or a ``range`` when nothing is filtered or sorted; filters and sorts read a
whole field of a document at once (:func:`gui.compact.values`) and sort by counting ranks
where they can, not by a key object per row.

No Qt here: :class:`gui.indicator_model.IndicatorTableModel` wraps a :class:`RowStore`.
"""
from __future__ import annotations

import datetime as dt
from array import array
import heapq
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Iterator, Sequence

from core.extraction.timespan import resolve
from core.model import Indicator
from core.search.index import fold
from core.text.numerals import to_halfwidth
from core.text.script import fold_short
from gui.compact import field, joined, same, values

RESOLVED = ("period_label", "period_from", "period_to")
EMPTY: dict = {}  # shared by every row without corrections (never mutated)
# what exports carry: every column, the resolved period and the English indicator name
EXPORT = ("name", "indicator", "indicator_en", "value", "unit", "kind", "period", "period_label", "period_from",
          "period_to", "qualifier", "approx", "scope", "page", "sentence", "doc")

Visible = array | range  # model rows shown, in view order
ROW = "i"  # typecode of row numbers: 4 bytes (a table of up to 2**31 rows)
JOINED = ("sentence",)  # fields gui/compact.py keeps in one text an article


def row_key(ind, n: int) -> str:
    """A row's key, stable within its document: the value's offsets and its position (what
    corrections and notes on a figure are stored under). Made when asked, not kept per row."""
    return f"{ind.start}:{ind.end}:{n}"


class DocRows:
    """One document's rows: its indicators and the user's corrections by position; ``start`` is
    its first row in the store (-1 once removed)."""

    __slots__ = ("path", "key", "date", "inds", "edits", "start")

    def __init__(self, path: str, key: str, date: dt.date | None, inds: list, start: int):
        self.path, self.key, self.date, self.inds, self.start = path, key, date, inds, start
        self.edits: dict[int, dict] = EMPTY  # its own dict from the first correction


class Row:
    """One indicator as shown: the extracted record plus the user's corrections.

    A view over its document's entry, made when asked; two views of one indicator are equal."""

    __slots__ = ("_doc", "n")

    def __init__(self, doc: DocRows, n: int):
        self._doc = doc
        self.n = n

    @property
    def ind(self) -> Indicator:
        return self._doc.inds[self.n]

    @property
    def doc_path(self) -> str:
        return self._doc.path

    @property
    def doc_key(self) -> str:
        return self._doc.key

    @property
    def date(self) -> dt.date | None:
        """The article's date, which a corrected period is resolved against."""
        return self._doc.date

    @property
    def key(self) -> str:
        return f"{self.extracted('start')}:{self.extracted('end')}:{self.n}"  # as row_key()

    @property
    def edits(self) -> dict:
        return self._doc.edits.get(self.n, EMPTY)

    @edits.setter
    def edits(self, value: dict) -> None:
        if self._doc.edits is EMPTY:
            self._doc.edits = {}
        self._doc.edits[self.n] = value

    def __eq__(self, other) -> bool:
        return isinstance(other, Row) and other._doc is self._doc and other.n == self.n

    def __hash__(self) -> int:
        return hash((id(self._doc), self.n))

    def __repr__(self) -> str:
        return f"Row({self._doc.path!r}, {self.n}, {self.ind!r})"

    def extracted(self, name: str):
        """The field as extracted (no correction), read without making the indicator's view."""
        return field(self._doc.inds, self.n, name)

    def get(self, name: str):
        edits = self.edits
        if edits and name in edits:
            return edits[name]
        if name in RESOLVED and edits and "period" in edits:
            span = resolve(fold_short(to_halfwidth(edits["period"] or "")), self.date)
            start, end = span.iso if span else (None, None)
            return {"period_label": span.label if span else edits["period"], "period_from": start,
                    "period_to": end}[name]
        return self.extracted(name)

    def as_dict(self, columns=EXPORT) -> dict:
        return {c: self.get(c) for c in columns}


class RowStore:
    """Every row of the table, document by document; row ``g`` is found by bisecting the
    documents' first rows."""

    def __init__(self):
        self.docs: list[DocRows] = []
        self._starts = array(ROW)
        self.count = 0

    def add(self, path: str, key: str, inds: list, date: dt.date | None, stored: dict | None) -> DocRows:
        """Append a document; ``stored`` holds its saved corrections by row key."""
        doc = DocRows(path, key, date, inds, self.count)
        if stored:
            for n, ind in enumerate(inds):
                fields = stored.get(row_key(ind, n))
                if fields:
                    Row(doc, n).edits = dict(fields)
        self.docs.append(doc)
        self._starts.append(self.count)
        self.count += len(inds)
        return doc

    def remove(self, path: str) -> None:
        for d in self.docs:
            if d.path == path:
                d.start = -1
        self._renumber([d for d in self.docs if d.path != path])

    def clear(self) -> None:
        for d in self.docs:
            d.start = -1
        self._renumber([])

    def _renumber(self, docs: list[DocRows]) -> None:
        self.docs, self._starts, self.count = docs, array(ROW), 0
        for d in docs:
            d.start = self.count
            self._starts.append(self.count)
            self.count += len(d.inds)

    def row(self, g: int) -> Row:
        if g < 0:
            g += self.count
        if not 0 <= g < self.count:
            raise IndexError(g)
        d = self.docs[bisect_right(self._starts, g) - 1]
        return Row(d, g - d.start)

    @staticmethod
    def position(row: Row) -> int:
        """The row's place in the store, -1 when its document was removed."""
        start = row._doc.start
        return start + row.n if start >= 0 else -1

    def rows_of(self, path: str) -> list[Row]:
        return [Row(d, n) for d in self.docs if d.path == path for n in range(len(d.inds))]

    def positions_of(self, path: str, ind) -> list[int]:
        """Where the very record ``ind`` of document ``path`` is (a mark's payload)."""
        return [d.start + n for d in self.docs if d.path == path for n, x in enumerate(d.inds) if same(x, ind)]

    def column(self, doc: DocRows, name: str) -> list:
        """A field of every row of the document as shown (corrections applied)."""
        vals = values(doc.inds, name)
        for n, edits in doc.edits.items():
            if edits:
                vals[n] = Row(doc, n).get(name)
        return vals

    # -- filter and sort --------------------------------------------------------------------

    def filtered(self, doc: str = "", kind: str = "", text: str = "") -> Visible:
        """Rows of document ``doc`` (a path), of ``kind``, whose name or sentence holds the
        folded ``text``; all when none is given. Ascending, in document order."""
        if not (doc or kind or text):
            return range(self.count)
        out = array(ROW)
        for d in self.docs:
            if doc and d.path != doc:
                continue
            keep: Sequence[int] = range(len(d.inds))
            if kind:
                kinds = self.column(d, "kind")
                keep = [n for n in keep if kinds[n] == kind]
            if text and keep:
                names, sentences = self.column(d, "name"), values(d.inds, "sentence")
                keep = [n for n in keep if text in fold(f"{names[n]} {sentences[n]}")]
            out.extend(range(d.start, d.start + len(d.inds)) if len(keep) == len(d.inds) else [d.start + n for n in keep])
        return out

    def _segments(self, idx: Visible) -> Iterator[tuple[DocRows, list[int] | None]]:
        """The documents of rows ``idx`` (ascending), each with the rows' places in it (None: all)."""
        p, m = 0, len(idx)
        while p < m:
            d = self.docs[bisect_right(self._starts, idx[p]) - 1]
            n = len(d.inds)
            q = bisect_left(idx, d.start + n, p)
            yield d, None if q - p == n else [g - d.start for g in idx[p:q]]
            p = q

    def gather(self, idx: Visible, name: str) -> list:
        """Field ``name`` of rows ``idx`` (ascending) as shown, a document at a time."""
        out: list = []
        for d, places in self._segments(idx):
            col = self.column(d, name)
            out += col if places is None else [col[n] for n in places]
        return out

    def text_ranks(self, idx: Visible, name: str) -> tuple[array, int]:
        """Each row's rank among the texts of field ``name`` (equal texts, equal ranks), and how
        many ranks. Each document's distinct texts are sorted, then merged across documents one
        text a document at a time: sorting by sentence does not cut every sentence of the
        library at once (~30 MB at 10,000 articles)."""
        parts: list[tuple[Sequence[int], array]] = []
        streams = []
        for d, places in self._segments(idx):
            found = None if any(name in e for e in d.edits.values()) else joined(d.inds, name)
            if found is None:  # a plain list, or corrected: its texts as shown
                texts = ["" if v is None else str(v) for v in self.column(d, name)]
                distinct = sorted(set(texts))
                code = {t: c for c, t in enumerate(distinct)}
                found = distinct.__getitem__, [code[t] for t in texts], len(distinct)
            cut, codes, k = found
            local = array("i", [0]) * k
            parts.append((codes if places is None else [codes[n] for n in places], local))
            streams.append(_texts_in_order(cut, k, local))
        rank, previous = -1, None
        for text, c, local in heapq.merge(*streams):
            if text != previous:
                rank, previous = rank + 1, text
            local[c] = rank
        ranks = array(ROW)
        for codes, local in parts:
            ranks.extend(map(local.__getitem__, codes))
        return ranks, rank + 1

    def sorted(self, idx: Visible, name: str, numeric: bool, reverse: bool) -> array:
        """Rows ``idx`` ordered by field ``name``, stable. Numeric: numbers by value and the rest
        after them (before them when reversed); else as text, None as ""."""
        if not numeric and name in JOINED:
            order: Sequence[int] = counted_order(*self.text_ranks(idx, name), reverse)
        else:
            vals = self.gather(idx, name)
            if numeric:
                keys = [float(v) if isinstance(v, (int, float)) else None for v in vals]
            else:
                keys = ["" if v is None else str(v) for v in vals]
            del vals
            order = stable_order(keys, reverse)
            del keys
        if isinstance(order, array) and idx == range(len(idx)):
            return order
        return array(ROW, map(idx.__getitem__, order))


def _texts_in_order(cut: Callable[[int], str], k: int, local: array) -> Iterator[tuple[str, int, array]]:
    """A document's distinct texts in order, each cut when the merge reaches it."""
    for c in sorted(range(k), key=cut):
        yield cut(c), c, local


def stable_order(keys: list, reverse: bool = False) -> Sequence[int]:
    """Positions of ``keys`` in sorted order; equal keys keep their order, reversed too (as
    ``list.sort``). None goes after every other key, before them when reversed.

    A table column has few distinct values against its rows (names, units, kinds, documents):
    then the positions are counted into place by rank, in two arrays, instead of sorting a list
    of int objects by key (~40 bytes a row, and slower)."""
    distinct = set(keys)
    has_none = None in distinct
    distinct.discard(None)
    if len(distinct) * 4 > len(keys):  # mostly distinct values: a comparison sort
        order = [p for p, k in enumerate(keys) if k is not None] if has_none else list(range(len(keys)))
        order.sort(key=keys.__getitem__, reverse=reverse)
        if has_none:
            rest = [p for p, k in enumerate(keys) if k is None]
            order = rest + order if reverse else order + rest
        return order
    rank = {k: r for r, k in enumerate(sorted(distinct))}
    rank[None] = len(distinct)  # last, first when reversed
    return counted_order(array(ROW, map(rank.__getitem__, keys)), len(rank), reverse)


def counted_order(ranks: array, count: int, reverse: bool = False) -> array:
    """Positions by rank, counted into place: stable, and higher ranks first when ``reverse``
    (equal ranks still in their order, as ``list.sort(reverse=True)``)."""
    counts = Counter(ranks)
    slot, at = [0] * count, 0
    for r in range(count - 1, -1, -1) if reverse else range(count):
        slot[r], at = at, at + counts[r]
    out = array(ROW, [0]) * len(ranks)
    for p, r in enumerate(ranks):
        out[slot[r]] = p
        slot[r] += 1
    return out


class Rows(Sequence):
    """Every row of a store in document order, each made when asked (``len`` is free)."""

    def __init__(self, store: RowStore):
        self._store = store

    def __len__(self) -> int:
        return self._store.count

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self._store.row(j) for j in range(*i.indices(len(self)))]
        return self._store.row(i)

    def __iter__(self) -> Iterator[Row]:
        for d in self._store.docs:
            for n in range(len(d.inds)):
                yield Row(d, n)

    def documents(self) -> Iterator[tuple[str, Sequence, dict[int, dict]]]:
        """Each document's path, indicators and corrections by position: the rows a document at
        a time, without a view per row."""
        for d in self._store.docs:
            yield d.path, d.inds, d.edits
