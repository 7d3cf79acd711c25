"""Many articles' indicators as one tidy table: one row per distinct figure, with its sources.

A row is one (region, indicator, period, kind) and one value. The rules:

- **region**: the place the record's scope or name opens with (南昌市, 赣州), 全市/全区/本省… meaning
  the article's region, 全国/我国 the country; otherwise the article's region (``places``). For
  shares and ranks the scope is what the figure is measured against (占全国, 全省第1): not moved.
- **indicator**: the canonical name from the catalogue (``Indicator.indicator``); without one, the
  name as written, in Simplified and half-width, minus a leading place or 全市 (赣州地区生产总值 ->
  地区生产总值), so the same name lines up across scripts.
- **period**: ``period_from``/``period_to`` (ISO dates, inclusive). Two figures with the same dates
  are the same period whatever their labels say (2022年上半年 = 2022年1-6月). A record whose period
  is not resolved to dates keeps its label (or the period as written) and is grouped by that text.
- **the same figure**: same region, indicator, period, kind and base unit, and the same value in base
  units within ``rel_tol`` (relative; 5.23e10 and 5.2300001e10 agree, 3.9% and 4.1% do not). Those
  figures, from however many articles, are one row listing every source.
- **conflict**: several values for one region, indicator, dated period and kind, from different
  articles: one row per value, each flagged. Values that all come from one article (由20%提高到57%
  read as two figures of one period, list items the extraction could not name apart) are separate
  rows but not a dispute. Records without dates are never flagged: "今年一季度" in two articles
  need not be the same quarter, so they cannot be said to disagree.
"""
from __future__ import annotations

import gc
import os
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from core.dataset.places import place_of
from core.model import Indicator, Metadata

REL_TOL = 1e-3


@dataclass(frozen=True, slots=True)
class Article:
    """What the builder needs of one article: where it is, its metadata, its indicators."""

    path: str
    metadata: Metadata
    indicators: Sequence[Indicator]


@dataclass(frozen=True, slots=True)
class ArticleInfo:
    """The article a source is in (one per article, shared by its sources)."""

    doc: str  # file name
    path: str
    title: str
    date: str | None  # ISO


@dataclass(slots=True)
class Source:
    """One article's report of a figure: the record as extracted and the article it is in.

    The properties read through to them (two references per source instead of twelve fields:
    270,000 sources cost 15 MB, and building them a tenth of the time).
    """

    article: ArticleInfo
    record: Indicator

    doc = property(lambda self: self.article.doc)
    path = property(lambda self: self.article.path)
    title = property(lambda self: self.article.title)
    date = property(lambda self: self.article.date)
    name = property(lambda self: self.record.name)  # as written
    value = property(lambda self: self.record.value)
    unit = property(lambda self: self.record.unit)
    start = property(lambda self: self.record.start)  # the value in the cleaned text
    end = property(lambda self: self.record.end)
    sentence_start = property(lambda self: self.record.sentence_start)
    sentence_end = property(lambda self: self.record.sentence_end)
    sentence = property(lambda self: self.record.sentence)


SOURCE_FIELDS = ("doc", "path", "title", "date", "name", "value", "unit", "start", "end", "sentence_start",
                 "sentence_end", "sentence")


@dataclass(slots=True)
class DatasetRow:
    region: str
    indicator: str
    indicator_en: str | None
    period_from: str | None
    period_to: str | None
    period_label: str | None
    kind: str
    value: float  # as the first source wrote it, in ``unit``
    unit: str
    base_value: float | None  # in base units (元, a fraction for %)
    base_unit: str
    sources: int  # how many articles report it
    docs: tuple[str, ...]  # their file names
    conflict: bool  # another value exists for the same region, indicator, period and kind
    refs: tuple[Source, ...]  # every report, in input order

    @property
    def comparable(self) -> float:
        return self.base_value if self.base_value is not None else self.value

    def as_row(self) -> dict:
        return {c: getattr(self, c) for c in ROW_FIELDS}


ROW_FIELDS = (
    "region", "indicator", "indicator_en", "period_label", "period_from", "period_to", "kind",
    "value", "unit", "base_value", "base_unit", "sources", "docs", "conflict",
)


def build_dataset(articles: Iterable[Article], rel_tol: float = REL_TOL) -> list[DatasetRow]:
    """One row per distinct figure across ``articles`` (see the module docstring for the rules).

    The cyclic garbage collector is paused meanwhile: the build makes a million small tuples and
    nothing cyclic, and each full collection walks every record of the library (40 % of the time).
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        return _build(articles, rel_tol)
    finally:
        if enabled:
            gc.enable()


def _build(articles: Iterable[Article], rel_tol: float) -> list[DatasetRow]:
    groups: dict[tuple, list[tuple[float, Indicator, Source]]] = {}
    places: dict[tuple, tuple[str, str]] = {}
    group_of, place_known, make_source = groups.get, places.get, Source  # the loop runs 270,000 times
    for art in articles:
        home = art.metadata.region or ""
        info = ArticleInfo(os.path.basename(art.path), art.path, art.metadata.title or "",
                           art.metadata.date.isoformat() if art.metadata.date else None)
        for ind in art.indicators:
            pkey = (ind.name, ind.scope, home, ind.kind)
            place = place_known(pkey)
            if place is None:
                place = places[pkey] = place_of(ind.name, ind.scope, home, ind.kind)
            period_from = ind.period_from
            label = None if period_from is not None else (ind.period_label or ind.period or "")
            key = (place[0], ind.indicator or place[1], period_from, ind.period_to, label, ind.kind, ind.base_unit)
            base = ind.base_value
            entry = (ind.value if base is None else base, ind, make_source(info, ind))
            entries = group_of(key)
            if entries is None:
                groups[key] = [entry]
            else:
                entries.append(entry)
    rows: list[DatasetRow] = []
    for key, entries in groups.items():
        clusters = _clusters(entries, rel_tol)
        if len(clusters) == 1 or key[2] is None:
            rows.extend(_row(key, cluster, False) for cluster in clusters)
            continue
        articles = [{src.article.path for _c, _i, src in cluster} for cluster in clusters]
        for i, cluster in enumerate(clusters):
            # disagreeing articles; values that all come from one article are different figures
            # the extraction could not tell apart (由20%提高到57%, list items), not a dispute
            conflict = any(len(articles[i] | other) > 1 for j, other in enumerate(articles) if j != i)
            rows.append(_row(key, cluster, conflict))
    rows.sort(key=row_order)
    return rows


def row_order(r: DatasetRow) -> tuple:
    """Indicator, region, then periods in time order (undated last), kind, value."""
    return (r.indicator, r.region, r.period_from is None, r.period_from or "", r.period_to or "",
            r.period_label or "", r.kind, r.comparable)


def _clusters(entries: list[tuple[float, Indicator, Source]], rel_tol: float) -> list[list[tuple[float, Indicator, Source]]]:
    """Values that agree within ``rel_tol`` of the cluster's smallest; input order kept inside each cluster."""
    if len(entries) == 1:
        return [entries]
    order = sorted(range(len(entries)), key=lambda i: entries[i][0])
    clusters: list[list[int]] = []
    first = 0.0
    for i in order:
        v = entries[i][0]
        if clusters and abs(v - first) <= rel_tol * max(abs(v), abs(first)):
            clusters[-1].append(i)
        else:
            clusters.append([i])
            first = v
    return [[entries[i] for i in sorted(c)] for c in clusters]


def _row(key: tuple, cluster: list[tuple[float, Indicator, Source]], conflict: bool) -> DatasetRow:
    region, indicator, period_from, period_to, label, kind, base_unit = key
    _v, ind, src = cluster[0]
    if len(cluster) == 1:  # most figures: one report
        if period_from is not None:
            label = ind.period_label or ind.period
        return DatasetRow(region, indicator, ind.indicator_en, period_from, period_to, label or None, kind, ind.value,
                          ind.unit, ind.base_value, base_unit, 1, (src.article.doc,), conflict, (src,))
    refs = tuple(src for _c, _i, src in cluster)
    docs = tuple(dict.fromkeys(src.article.doc for src in refs))
    if period_from is not None:
        label = next((i.period_label for _c, i, _s in cluster if i.period_label), None) or ind.period
    en = next((i.indicator_en for _c, i, _s in cluster if i.indicator_en), None)
    return DatasetRow(region, indicator, en, period_from, period_to, label or None, kind, ind.value, ind.unit,
                      ind.base_value, base_unit, len({src.article.path for src in refs}), docs, conflict, refs)


def indicator_counts(rows: Iterable[DatasetRow]) -> list[tuple[str, int]]:
    """The indicators present and how many rows each has, most frequent first (then by name)."""
    counts = Counter(r.indicator for r in rows)
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))


def filter_rows(rows: Iterable[DatasetRow], indicator: str | None = None, region: str | None = None,
                kinds: Iterable[str] | None = None) -> list[DatasetRow]:
    """Rows whose indicator (or English name) and region contain the given text in any script and width."""
    from core.search.index import fold

    ind_key = fold(indicator).strip() if indicator else ""
    region_key = fold(region).strip() if region else ""
    kind_set = set(kinds or ())
    folded: dict[str, str] = {}

    def has(text: str | None, key: str) -> bool:
        if not text:
            return False
        f = folded.get(text)
        if f is None:
            f = folded[text] = fold(text)
        return key in f

    return [r for r in rows
            if (not ind_key or has(r.indicator, ind_key) or has(r.indicator_en, ind_key))
            and (not region_key or has(r.region, region_key))
            and (not kind_set or r.kind in kind_set)]
