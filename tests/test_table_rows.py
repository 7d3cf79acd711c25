"""The indicator table kept small: compact columns, rows made on demand, visible rows in an array.

Each test compares with what the table did when it kept a Row object per indicator and a list of
visible rows: same keys, same order after every sort and filter, same corrections."""
import datetime as dt
import os
import tracemalloc
from array import array
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt

from conftest import SEEDS
from core.extraction.indicators import extract
from core.ingest.loader import load
from core.search.index import fold

pytestmark = pytest.mark.usefixtures("app_env")


@pytest.fixture(scope="module")
def extracted():
    return [(str(p), extract(load(str(p)))) for p in SEEDS]


def model_of(extracted, tmp_path, compacted=True):
    from gui.compact import compact
    from gui.corrections import CorrectionStore
    from gui.indicator_model import IndicatorTableModel

    model = IndicatorTableModel(CorrectionStore(str(tmp_path / "corrections.json")))
    for n, (path, found) in enumerate(extracted):
        # the last article as plain records: the model takes both
        inds = compact(found) if compacted and n < len(extracted) - 1 else list(found)
        model.add_document(path, f"key{n}", inds, refresh=False, date=dt.date(2022, 6, 1))
    model.refresh()
    return model


def old_order(model, kind="", text="", doc="", sort=None) -> list[int]:
    """The table's order as computed before (a row list, a tuple key per row)."""
    rows = list(model.rows)
    idx = range(len(rows))
    if doc:
        idx = [i for i in idx if rows[i].doc_path == doc]
    if kind:
        idx = [i for i in idx if rows[i].get("kind") == kind]
    text = fold(text.strip())
    if text:
        idx = [i for i in idx if text in fold(f"{rows[i].get('name')} {rows[i].ind.sentence}")]
    idx = list(idx)
    if sort:
        from gui.indicator_model import COLUMNS

        col, order = sort
        name = COLUMNS[col]

        def key(i):
            v = rows[i].get(name)
            if name == "value":
                return (0, float(v)) if isinstance(v, (int, float)) else (1, 0.0)
            return (0, "" if v is None else str(v))
        idx.sort(key=key, reverse=order == Qt.SortOrder.DescendingOrder)
    return idx


def test_compact_columns_round_trip_every_kind_of_value(extracted):
    from gui.compact import FIELDS, Columns, compact, plain, values

    found = extracted[0][1]
    odd = [
        replace(found[0], base_value=None, page=3, start=2**40, value=-0.0, approx=True, comparison="同比"),
        replace(found[1], base_value=1.0, value=float("nan"), scope="全市", name="增加值"),
        replace(found[2], kind="level", name="增加值", sentence=found[1].sentence),
    ]
    many = [replace(found[0], name=f"指标{i}", sentence=f"句子{i}。") for i in range(300)]  # past 256 distinct values
    wide = [replace(found[0], start=70_000, end=70_005), found[1]]  # offsets past two bytes
    assert [Columns(r).ints.typecode for r in (found, wide, odd)] == ["H", "i", "q"]
    for records in (found, odd, many, wide, found[:1], []):
        kept = compact(records)
        assert kept == kept and len(kept) == len(records)
        for name in FIELDS:
            want = [getattr(r, name) for r in records]
            for got in ([getattr(k, name) for k in kept], values(kept, name)):
                assert [(type(v), repr(v)) for v in got] == [(type(v), repr(v)) for v in want], name
        assert [repr(plain(k)) for k in kept] == [repr(r) for r in records]
    assert compact([]) == [] and isinstance(Columns([]).codes, bytes)
    astral = [replace(found[0], sentence="𠀀字。"), replace(found[1], sentence="另一句。")]
    assert [k.sentence for k in compact(astral)] == ["𠀀字。", "另一句。"]  # kept apart, not joined
    joined = compact(found).columns
    assert len(joined.text) == sum(map(len, {r.sentence for r in found})) and joined.table.count(found[0].sentence) == 0
    assert values(list(found), "name") == [r.name for r in found]  # a plain list: read attribute by attribute
    assert plain(found[0]) is found[0]
    assert plain(compact(found)[0]) == found[0]


def test_row_keys_made_on_demand_are_the_stored_ones(extracted, tmp_path):
    model = model_of(extracted, tmp_path)
    rows = list(model.rows)
    assert len(rows) == len(model.rows) == sum(len(f) for _, f in extracted)
    n = 0
    for path, found in extracted:
        for i, ind in enumerate(found):
            assert rows[n].key == f"{ind.start}:{ind.end}:{i}" and rows[n].doc_path == path
            assert rows[n].ind.value == ind.value and model.rows[n] == rows[n]
            n += 1
    assert model.rows[-1] == rows[-1] and model.rows[1:3] == rows[1:3]
    with pytest.raises(IndexError):
        model.rows[len(rows)]


@pytest.mark.parametrize("compacted", [True, False])
def test_every_sort_and_filter_gives_the_old_order(extracted, tmp_path, compacted):
    from gui.indicator_model import COLUMNS

    model = model_of(extracted, tmp_path, compacted)
    # corrections: a value that sorts elsewhere, a kind that filters elsewhere, a name
    model.setData(model.index(3, COLUMNS.index("value")), "100000")
    model.setData(model.index(5, COLUMNS.index("kind")), "rank")
    model.setData(model.index(7, COLUMNS.index("name")), "阿尔法")
    model.setData(model.index(9, COLUMNS.index("period")), "2021年")
    model.apply_edit(model.rows[11], "sentence", "阿")  # not editable in the table; stored corrections could hold it
    assert isinstance(model.visible, range) and list(model.visible) == old_order(model)
    second = extracted[1][0]
    filters = [{}, {"kind": "growth"}, {"text": "增加值"}, {"text": " 增加值 ", "kind": "growth"}, {"doc": second},
               {"doc": second, "kind": "rank"}, {"text": "no such words"}]
    for f in filters:
        model.set_filter(kind=f.get("kind", ""), text=f.get("text", ""), doc=f.get("doc", ""))
        assert list(model.visible) == old_order(model, **f), f
        for col in range(-1, len(COLUMNS)):
            for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
                model.sort(col, order)
                assert isinstance(model.visible, array)
                assert list(model.visible) == old_order(model, sort=(col, order), **f), (f, col, order)
        model._sort = None


def test_edits_undo_and_a_removed_document(extracted, tmp_path):
    from gui.indicator_model import COLUMNS

    model = model_of(extracted, tmp_path)
    model.sort(COLUMNS.index("value"), Qt.SortOrder.DescendingOrder)
    row = model.row_at(0)
    assert model.setData(model.index(0, 0), "改过的名称")
    assert model.row_at(0) == row and row.get("name") == "改过的名称" and row.edits == {"name": "改过的名称"}
    assert model.corrections.get(row.doc_key, row.key) == {"name": "改过的名称"}
    model.undo_stack.undo()
    assert row.get("name") == row.ind.name and row.edits == {}
    model.undo_stack.redo()
    path = row.doc_path
    model.remove_document(path)
    assert all(r.doc_path != path for r in model.rows) and list(model.visible) == old_order(model, sort=model._sort)
    model.undo_stack.undo()  # the row's document is gone: stored, nothing shown to update
    assert model.corrections.get(row.doc_key, row.key) == {}
    model.clear()
    assert len(model.rows) == 0 and model.rowCount() == 0


def test_a_marks_record_finds_its_row(extracted, tmp_path):
    model = model_of(extracted, tmp_path)
    path = extracted[2][0]
    rows = model.indicators_of(path)
    assert [r.doc_path for r in rows] == [path] * len(extracted[2][1])
    model.sort(1)
    for r in rows[:5]:
        vr = model.view_row_of(path, r.ind)
        assert model.row_at(vr) == r and model.row_at(vr).ind is r.ind
    model.set_filter(kind="no such kind")
    assert model.view_row_of(path, rows[0].ind) == -1


def test_the_model_keeps_nothing_per_row(extracted, tmp_path):
    """The rows live in the library's indicator lists; the model adds an 8-byte visible entry."""
    from gui.compact import compact
    from gui.indicator_model import IndicatorTableModel

    docs = [compact(found) for _, found in extracted]
    model = IndicatorTableModel()
    tracemalloc.start()
    try:
        for i in range(400):
            model.add_document(f"/x/{i}.txt", f"k{i}", docs[i % len(docs)], refresh=False)
        model.sort(0)
        model.set_filter(text="增")
        size = tracemalloc.get_traced_memory()[0]
    finally:
        tracemalloc.stop()
    assert len(model.rows) > 10_000 and size / len(model.rows) < 24


def test_corrected_rows_go_to_the_dataset_and_the_briefing(qtbot, window):
    from gui.briefing import corrected
    from gui.dataset_view import library_articles

    job = window.load_paths([str(SEEDS[0])])
    qtbot.waitUntil(lambda: job not in window.jobs, timeout=60000)
    model = window.table_model
    model.setData(model.index(0, 1), "42")
    first, second = model.row_at(0), model.row_at(1)
    assert corrected(first).value == 42.0 and corrected(first).name == first.ind.name
    kept = library_articles(window.library.docs, model.rows)[0].indicators
    assert kept[0].value == 42.0 and kept[0].sentence == first.ind.sentence
    assert kept[1] is second.ind  # uncorrected rows go as they are
    model.undo_stack.undo()
    assert library_articles(window.library.docs, model.rows)[0].indicators is window.library.docs[0].indicators


def test_loading_adds_choices_without_rebuilding_them(qtbot, window, tmp_path):
    paths = []
    for i, (region, year) in enumerate([("浙江省杭州市", 2021), ("浙江省杭州市", 2022), ("江西省南昌市", 2022)]):
        p = tmp_path / f"{i}.txt"
        p.write_text(f"第{i}篇\n{year}年3月1日 来源：{region}统计局\n{region}地区生产总值增长{i + 5}.5%。\n", encoding="utf-8")
        paths.append(str(p))
    job = window.load_paths(paths)
    qtbot.waitUntil(lambda: job not in window.jobs, timeout=60000)
    docs = window.library.docs
    modes = [window.right_mode.itemData(i) for i in range(window.right_mode.count())]
    assert modes == [""] + [d.path for d in docs]
    panel = window.library_panel
    for combo, values in ((panel.region, {d.metadata.region for d in docs if d.metadata.region}),
                          (panel.year, {str(d.metadata.date.year) for d in docs if d.metadata.date})):
        assert len(values) == 2 and {combo.itemData(i) for i in range(1, combo.count())} == values
    assert os.path.abspath(paths[0]) in modes
    labels = [window.right_mode.itemText(i) for i in range(window.right_mode.count())]
    assert labels[1:] == [f"对照：{d.metadata.title or os.path.basename(d.path)}" for d in docs]
    window.lang_actions["en"].trigger()
    qtbot.waitUntil(lambda: window.right_mode.itemText(0) == "Conversion", timeout=5000)
    assert window.right_mode.itemText(1) == f"Compare with: {os.path.basename(docs[0].path)}"
    # an article leaving the library: its choice goes, and a choice of it falls back to the conversion
    window.right_mode.setCurrentIndex(2)
    window.library.remove(docs[1].path)
    assert window.right_mode.count() == 3 and window.right_mode.currentData() == ""
    window.right_mode.setCurrentIndex(2)
    gone = window.library.docs[0].path
    window.library.remove(gone)
    assert window.right_mode.currentData() == window.library.docs[0].path and gone not in (window.right_mode.itemData(1),)


def test_an_articles_views_are_made_once_and_only_when_indexed(extracted):
    from gui.compact import compact

    found = extracted[0][1]
    kept = compact(found)
    assert kept._views is None and len(kept) == len(found)
    passing = list(kept)  # iterating an article not indexed yet makes no lasting views
    assert kept._views is None and [p.name for p in passing] == [r.name for r in found]
    first = kept[0]
    assert kept._views is not None and kept[0] is first and next(iter(kept)) is first and list(kept)[-1] is kept[-1]
    assert kept == list(kept) and kept != list(reversed(kept)) and kept[1:3] == [kept[1], kept[2]]
    assert kept.index(kept[2]) == 2 and kept[2] in kept


@pytest.mark.parametrize("distinct", [3, 50, 10_000])  # counted into place, or sorted
def test_stable_order_is_list_sort(distinct):
    import random

    from gui.table_rows import stable_order

    rng = random.Random(distinct)
    for numeric in (True, False):
        pool = [rng.uniform(-5, 5) for _ in range(distinct)] + [0.0, -0.0] if numeric else [f"名{rng.randint(0, 10**6)}" for _ in range(distinct)]
        keys = [rng.choice(pool) for _ in range(2000)]
        if numeric:
            keys[::7] = [None] * len(keys[::7])
        for reverse in (False, True):
            def key(p):
                k = keys[p]
                return (1, 0.0) if k is None else (0, k)
            want = sorted(range(len(keys)), key=key, reverse=reverse)
            assert list(stable_order(keys, reverse)) == want, (numeric, reverse)
    assert list(stable_order([])) == []


def test_showing_the_table_makes_no_indicator_views(extracted, tmp_path):
    """Cells are read from the articles' columns: views are made only for an article whose
    records are asked for (its marks, a selected row)."""
    model = model_of(extracted, tmp_path)
    model.setData(model.index(0, 0), "改过")
    for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole, Qt.ItemDataRole.ToolTipRole,
                 Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.FontRole):
        for r in range(model.rowCount()):
            for c in range(model.columnCount()):
                model.data(model.index(r, c), role)
    model.sort(2)
    model.set_filter(text="增", kind="growth")
    docs = [d.inds for d in model._store.docs[:-1]]  # the last one is a plain list
    assert docs and all(inds._views is None for inds in docs)
    model.row_at(0).ind
    assert sum(inds._views is not None for inds in docs) == 1


def test_counted_order_and_text_ranks():
    from gui.table_rows import counted_order

    ranks = array("i", [2, 0, 1, 0, 2, 1])
    assert list(counted_order(ranks, 3)) == sorted(range(6), key=ranks.__getitem__)
    assert list(counted_order(ranks, 4, reverse=True)) == sorted(range(6), key=ranks.__getitem__, reverse=True)
