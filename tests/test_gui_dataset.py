"""The Dataset view (regions × periods of one indicator), driven through its widgets with pytest-qt."""
import datetime as dt
import os

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from conftest import seed
from core.dataset.build import Article
from core.model import Indicator, Metadata

pytestmark = pytest.mark.usefixtures("app_env")


def load_and_wait(qtbot, window, paths):
    job = window.load_paths([str(p) for p in paths])
    qtbot.waitUntil(lambda: job not in window.jobs, timeout=60000)


def growth(value, doc, frm="2022-01-01", to="2022-03-31", label="2022年一季度", name="地区生产总值", scope=None):
    sentence = f"{name}增长{value}%。"
    return Indicator(doc=doc, name=name, value=value, unit="%", kind="growth", period=label, qualifier=None, approx=False,
                     start=6, end=9, sentence_start=0, sentence_end=len(sentence), sentence=sentence, base_value=value / 100,
                     base_unit="", scope=scope, comparison=None, period_label=label, period_from=frm, period_to=to)


def articles():
    meta = lambda t: Metadata(title=t, date=dt.date(2022, 5, 1), region="江西省南昌市")  # noqa: E731
    return [
        Article("/lib/a.txt", meta("甲文"), [growth(3.9, "a.txt"), growth(8.0, "a.txt", "2021-01-01", "2021-12-31", "2021年"),
                                            growth(4.4, "a.txt", scope="赣州市")]),
        Article("/lib/b.txt", meta("乙文"), [growth(4.1, "b.txt"), growth(8.0, "b.txt", "2021-01-01", "2021-12-31", "2021年")]),
    ]


def dialog(qtbot, **kw):
    from gui.dataset_view import DatasetDialog

    dlg = DatasetDialog(articles(), **kw)
    qtbot.addWidget(dlg)
    qtbot.waitUntil(dlg.ready.is_set, timeout=10000)
    return dlg


@pytest.mark.parametrize("inline_limit", [20_000, 0])  # built at once, or in a pool thread
def test_pivot_lines_up_regions_and_periods_and_colours_conflicts(qtbot, inline_limit):
    from gui.dataset_view import CONFLICT, SEVERAL

    dlg = dialog(qtbot, inline_limit=inline_limit)
    assert dlg.name.itemText(0) == "地区生产总值"
    m = dlg.model
    assert [m.headerData(c, Qt.Orientation.Horizontal) for c in range(m.columnCount())][1:] == ["2021年", "2022年一季度"]
    assert dlg.pivot.regions == ["江西省南昌市", "江西省赣州市"]
    q1 = m.index(0, 2)
    assert m.data(q1) == "3.9 / 4.1"
    assert m.data(q1, Qt.ItemDataRole.BackgroundRole) == CONFLICT
    tip = m.data(q1, Qt.ItemDataRole.ToolTipRole)
    assert "甲文" in tip and "乙文" in tip
    assert m.data(m.index(0, 1)) == "8" and m.data(m.index(0, 1), Qt.ItemDataRole.BackgroundRole) == SEVERAL
    assert m.data(m.index(1, 1)) is None and m.data(m.index(1, 2)) == "4.4"
    assert dlg.status.text()
    frame = dlg.frame
    assert len(frame) == 2 and frame.iloc[0, 1] == 8.0


def test_copy_puts_cells_on_the_clipboard_and_the_chart_saves(qtbot, tmp_path):
    dlg = dialog(qtbot)
    dlg.view.selectAll()
    dlg.copy()
    mime = QGuiApplication.clipboard().mimeData()
    lines = mime.text().splitlines()
    assert lines[1].split("\t") == ["江西省南昌市", "8", "3.9 / 4.1"]
    assert 'x:num="8.0"' in mime.html()
    QGuiApplication.clipboard().clear()
    dlg.view.selectRow(0)
    chart = dlg.show_chart()
    qtbot.addWidget(chart)
    assert list(chart.points) == ["江西省南昌市"] and chart.points["江西省南昌市"] == [(0, 8.0), (1, 3.9)]
    assert chart.save(str(tmp_path / "line.png"))
    assert (tmp_path / "line.png").stat().st_size > 1000
    chart.close()


def test_export_the_whole_dataset_in_the_background(qtbot, tmp_path):
    from openpyxl import load_workbook

    dlg = dialog(qtbot)
    task = dlg.export_dataset(str(tmp_path / "all.xlsx"))
    qtbot.waitUntil(lambda: task not in dlg.tasks, timeout=10000)
    wb = load_workbook(tmp_path / "all.xlsx")
    assert wb["dataset"].max_row - 1 == len(dlg.rows)
    assert wb["sources"].max_row - 1 == 5
    assert dlg.export(str(tmp_path / "pivot.csv"))


def test_double_click_a_cell_opens_the_article_at_the_figure(qtbot, window):
    load_and_wait(qtbot, window, [seed("000"), seed("002")])
    dlg = window.show_compare()
    qtbot.addWidget(dlg)
    dlg.name.setCurrentText("地区生产总值")
    path = os.path.abspath(seed("000"))
    region = window.library.find(path).metadata.region
    assert region in dlg.pivot.regions
    r = dlg.pivot.regions.index(region)
    c = next(c for c in range(len(dlg.pivot.columns)) if len(dlg.sources_at(dlg.model.index(r, c + 1))) == 1)
    index = dlg.model.index(r, c + 1)
    (source,) = dlg.sources_at(index)
    assert source.path == path
    window.open_document(os.path.abspath(seed("002")))
    dlg.view.scrollTo(index)
    centre = dlg.view.visualRect(index).center()
    qtbot.mouseClick(dlg.view.viewport(), Qt.MouseButton.LeftButton, pos=centre)  # a double-click follows a click
    qtbot.mouseDClick(dlg.view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert window.current_path == path
    cursor = window.left.textCursor()
    assert (cursor.selectionStart(), cursor.selectionEnd()) == (source.start, source.end)
    assert window.current_doc.text[source.start:source.end].startswith(str(source.value).removesuffix(".0"))
    dlg.close()


def test_a_cell_with_several_sources_offers_each_one(qtbot):
    dlg = dialog(qtbot)
    menu = dlg.cell_activated(dlg.model.index(0, 2))
    assert [a.text().split(" — ")[1].split(" ")[0] for a in menu.actions()] == ["甲文", "乙文"]
    with qtbot.waitSignal(dlg.sourceRequested) as got:
        menu.actions()[1].trigger()
    assert got.args == ["/lib/b.txt", 6, 9]
    menu.close()


def test_an_article_without_a_region_has_a_named_row(qtbot):
    from gui.dataset_view import DatasetDialog

    dlg = DatasetDialog([Article("/lib/c.txt", Metadata(title="丙文"), [growth(2.0, "c.txt")])])
    qtbot.addWidget(dlg)
    assert dlg.pivot.regions == [""] and dlg.model.data(dlg.model.index(0, 0))


def test_reopening_the_view_keeps_one_dataset_alive(qtbot, window):
    first = window.show_compare()
    assert first.rows == [] and first.model.rowCount() == 0  # an empty library gives an empty view
    second = window.show_compare()
    assert not first.isVisible() and first.parent() is None and second.parent() is window
    second.close()
