"""One indicator of a dataset as a grid: regions down, periods across (in time order).

No Qt: the window's Dataset view shows this grid, the tests and the benchmark read it directly.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from core.dataset.build import DatasetRow


@dataclass(frozen=True, slots=True)
class Column:
    """A period (and, when the indicator has several kinds, a kind)."""

    label: str
    period_from: str | None
    period_to: str | None
    kind: str | None  # None when all cells share one kind


@dataclass(slots=True)
class Pivot:
    indicator: str
    regions: list[str] = field(default_factory=list)
    columns: list[Column] = field(default_factory=list)
    cells: dict[tuple[int, int], list[DatasetRow]] = field(default_factory=dict)  # (region, column) -> rows

    def rows_at(self, region: int, column: int) -> list[DatasetRow]:
        return self.cells.get((region, column), [])

    def conflicts(self) -> int:
        return sum(1 for rows in self.cells.values() if any(r.conflict for r in rows))


def matching(rows: Iterable[DatasetRow], indicator: str) -> list[DatasetRow]:
    """Rows of exactly ``indicator``; when there are none, rows whose indicator contains it in any script."""
    rows = list(rows)
    exact = [r for r in rows if r.indicator == indicator]
    if exact or not indicator.strip():
        return exact
    from core.search.index import fold

    key = fold(indicator.strip())
    return [r for r in rows if key in fold(r.indicator) or (r.indicator_en and key in fold(r.indicator_en))]


def build_pivot(rows: Iterable[DatasetRow], indicator: str, kind: str | None = None) -> Pivot:
    """The grid of ``indicator`` (see ``matching``), optionally one ``kind`` only.

    Columns are sorted by period_from, then period_to (dated periods first, undated ones by label);
    regions by name. A cell holds every row of its region and column: one, or several when the
    sources disagree (each flagged ``conflict``).
    """
    data = [r for r in matching(rows, indicator) if kind is None or r.kind == kind]
    pivot = Pivot(indicator)
    if not data:
        return pivot
    several_kinds = len({r.kind for r in data}) > 1

    def column_key(r: DatasetRow) -> tuple:
        period = (r.period_from, r.period_to) if r.period_from is not None else (None, r.period_label or "")
        return period + ((r.kind,) if several_kinds else ())

    keys: dict[tuple, Column] = {}
    for r in data:
        k = column_key(r)
        if k not in keys:
            keys[k] = Column(r.period_label or "", r.period_from, r.period_to, r.kind if several_kinds else None)
    ordered = sorted(keys, key=lambda k: (k[0] is None, k[0] or "", k[1] or "", keys[k].label, k[2:]))
    col_of = {k: i for i, k in enumerate(ordered)}
    pivot.columns = [keys[k] for k in ordered]
    pivot.regions = sorted({r.region for r in data})
    region_of = {name: i for i, name in enumerate(pivot.regions)}
    for r in data:
        pivot.cells.setdefault((region_of[r.region], col_of[column_key(r)]), []).append(r)
    return pivot
