"""The window, driven through its real widgets with pytest-qt."""
import os
import shutil

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDropEvent, QGuiApplication

from conftest import SEEDS, seed

pytestmark = pytest.mark.usefixtures("app_env")


def load_and_wait(qtbot, window, paths):
    job = window.load_paths([str(p) for p in paths])
    qtbot.waitUntil(lambda: job not in window.jobs, timeout=60000)  # queued signals arrive in order
    return job


def open_seed(qtbot, window, prefix="000"):
    load_and_wait(qtbot, window, [seed(prefix)])
    path = os.path.abspath(seed(prefix))
    window.open_document(path)
    return path


def test_drop_a_file_on_the_window(qtbot, window):
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(seed("002")))])
    event = QDropEvent(QPoint(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    window.dropEvent(event)
    qtbot.waitUntil(lambda: len(window.library.docs) == 1, timeout=30000)
    qtbot.waitUntil(lambda: not window.jobs, timeout=10000)
    assert window.library.docs[0].metadata.region == "河南省鹤壁市"
    assert window.library.docs[0].repaired


def test_open_a_folder_and_cancel(qtbot, window, tmp_path, monkeypatch):
    import time

    import gui.loading

    real = gui.loading.load_one
    monkeypatch.setattr(gui.loading, "load_one", lambda *a: (time.sleep(0.02), real(*a))[1])  # a slow disk
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(400):
        shutil.copy(SEEDS[i % len(SEEDS)], folder / f"{i:03d}.txt")
    job = window.load_paths([str(folder)])
    finished = []
    job.signals.finished.connect(finished.append)
    qtbot.waitUntil(lambda: window.progress.isVisible(), timeout=10000)
    assert window.cancel_button.isVisible()
    qtbot.mouseClick(window.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(finished), timeout=60000)
    assert finished == [True]
    qtbot.waitUntil(lambda: not window.progress.isVisible(), timeout=10000)
    assert len(window.library.docs) < 400


def test_click_a_highlight_selects_its_row(qtbot, window):
    open_seed(qtbot, window, "000")
    mark = next(m for m in window.left.marks if m.kind == "growth")
    cursor = window.left.textCursor()
    cursor.setPosition(mark.start + 1)
    window.left.setTextCursor(cursor)
    window.left.centerCursor()
    rect = window.left.cursorRect(cursor)
    qtbot.mouseClick(window.left.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    row = window.table.currentIndex().row()
    assert row >= 0
    assert window.table_model.row_at(row).ind is mark.payload


def test_select_a_row_scrolls_both_panes(qtbot, window):
    open_seed(qtbot, window, "002")
    last = window.table_model.rowCount() - 1
    window.left.verticalScrollBar().setValue(0)
    window.table.selectRow(last)
    ind = window.table_model.row_at(last).ind
    assert window.left.textCursor().selectionStart() == ind.start
    assert window.left.verticalScrollBar().value() > 0
    a, b = window.conversion.span_to_converted(ind.start, ind.end)
    assert window.right.textCursor().selectionStart() == a
    from core.search.index import fold

    assert fold(window.right.toPlainText()[a:b]) == fold(window.left.toPlainText()[ind.start:ind.end])


def test_copy_puts_tsv_and_html_with_numbers(qtbot, window):
    open_seed(qtbot, window, "000")
    window.table.selectRow(1)
    window.table.setFocus()
    window.copy_selection()
    mime = QGuiApplication.clipboard().mimeData()
    tsv = mime.text().splitlines()
    assert len(tsv) == 2 and "\t" in tsv[1]
    row = window.table_model.row_at(1)
    assert f"{row.get('value'):g}" in tsv[1].split("\t")
    assert f'x:num="{row.get("value")}"' in mime.html()
    assert "<table>" in mime.html()


def test_export_xlsx_keeps_numbers(qtbot, window, tmp_path):
    open_seed(qtbot, window, "001")
    out = window.export_table("xlsx", str(tmp_path / "t.xlsx"))
    ws = load_workbook(out).active
    header = [c.value for c in ws[1]]
    col = header.index(window.table_model.headerData(1, Qt.Orientation.Horizontal)) + 1
    values = [ws.cell(row=r, column=col).value for r in range(2, ws.max_row + 1)]
    assert values and all(isinstance(v, (int, float)) for v in values)
    assert 523 in values
    assert ws.freeze_panes == "A2"


def test_correct_a_cell_and_undo(qtbot, window):
    open_seed(qtbot, window, "000")
    idx = window.table_model.index(0, 0)
    original = window.table_model.data(idx)
    assert window.table_model.setData(idx, "更正后的名称")
    assert window.table_model.data(idx) == "更正后的名称"
    stored = window.table_model.corrections.data
    assert any("更正后的名称" in str(v) for v in stored.values())
    window.act_undo.trigger()
    assert window.table_model.data(idx) == original
    window.act_redo.trigger()
    assert window.table_model.data(idx) == "更正后的名称"


def test_corrections_survive_a_restart(qtbot, window, app_env):
    path = open_seed(qtbot, window, "000")
    window.table_model.setData(window.table_model.index(0, 1), "99.5")
    edited = window.table_model.row_at(0)
    from gui.corrections import CorrectionStore
    from gui.indicator_model import IndicatorTableModel

    fresh = IndicatorTableModel(CorrectionStore(os.path.join(str(app_env / "data"), "corrections.json")))
    doc = window.library.find(path)
    fresh.add_document(path, doc.key, doc.indicators)
    again = next(r for r in fresh.rows if r.key == edited.key)
    assert again.get("value") == 99.5 and again.ind.value == edited.ind.value


def test_switch_language_changes_the_menus(qtbot, window):
    assert window.menu_file.title() == "文件(&F)"
    window.lang_actions["en"].trigger()
    qtbot.waitUntil(lambda: window.menu_file.title() == "&File", timeout=5000)
    window.lang_actions["zh_TW"].trigger()
    qtbot.waitUntil(lambda: window.menu_file.title() == "檔案(&F)", timeout=5000)
    assert window.settings.language == "zh_TW"
    window.lang_actions["zh_CN"].trigger()
    qtbot.waitUntil(lambda: window.menu_file.title() == "文件(&F)", timeout=5000)


def test_bad_file_lands_in_the_problems_panel(qtbot, window, tmp_path):
    bad = tmp_path / "broken.txt"
    bad.write_bytes(b"")
    load_and_wait(qtbot, window, [bad, seed("004")])
    assert window.problems_dock.isVisible()
    assert window.problems.count() == 1 and str(bad) in window.problems.item(0).text()
    assert "空文件" in window.problems.item(0).text()  # the reason in the interface language
    assert len(window.library.docs) == 1


def test_find_works_across_scripts(qtbot, window):
    open_seed(qtbot, window, "001")
    window.act_find.trigger()
    window.find_edit.setText("示范区")  # typing CJK needs an input method; set the text as one would
    assert window._find_hits
    finds = [m for m in window.left._extra if m.kind == "find"]
    assert window.left.toPlainText()[finds[0].start:finds[0].end] == "示范區"


def test_ambiguous_conversions_are_marked_in_the_converted_pane(qtbot, window, tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("头发干了以后，他干了一件大事，产值增长5%。", encoding="utf-8")
    load_and_wait(qtbot, window, [f])
    window.open_document(str(f))
    amb = [m for m in window.right.marks if m.kind == "ambiguous"]
    assert amb and "乾" in amb[0].tip


def test_chart_and_compare_open_and_export(qtbot, window, tmp_path):
    load_and_wait(qtbot, window, [seed("000"), seed("002")])
    window.only_current.setChecked(False)
    dlg = window.show_compare()
    qtbot.addWidget(dlg)
    dlg.name.setCurrentText("地区生产总值")
    assert len(dlg.frame) >= 1
    from gui.compare import export_frame

    export_frame(dlg.frame, str(tmp_path / "c.xlsx"))
    assert load_workbook(tmp_path / "c.xlsx").active.max_row == len(dlg.frame) + 1
    dlg.close()
    window.table.selectRow(0)
    window.table.selectionModel().select(window.table_model.index(1, 0),
                                         window.table.selectionModel().SelectionFlag.Select | window.table.selectionModel().SelectionFlag.Rows)
    chart = window.show_chart()
    qtbot.addWidget(chart)
    assert chart.save(str(tmp_path / "c.png"))
    assert (tmp_path / "c.png").stat().st_size > 1000
    chart.close()


def test_nothing_opens_a_network_connection(qtbot, window, monkeypatch):
    import socket

    calls = []
    real = socket.socket.connect

    def guard(self, address):
        if self.family in (socket.AF_INET, socket.AF_INET6):
            calls.append(address)
            raise OSError("network use is not allowed in PolicyLens")
        return real(self, address)

    monkeypatch.setattr(socket.socket, "connect", guard)
    open_seed(qtbot, window, "003")
    window.act_find.trigger()
    window.find_edit.setText("南岸")
    window.show_compare().close()
    assert calls == []


def test_smoke_command_exits_zero():
    import subprocess
    import sys

    from conftest import ROOT

    run = subprocess.run([sys.executable, "-m", "gui", "--smoke"], cwd=ROOT, capture_output=True, text=True, timeout=300,
                         env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    assert run.returncode == 0, run.stderr
    assert "smoke: OK" in run.stdout


def test_first_start_loads_samples_and_a_restart_restores_library_and_article(qtbot, app_env, no_leaked_windows):
    from gui.main_window import MainWindow
    from gui.paths import sample_articles
    from gui.settings import Settings

    first = MainWindow(Settings())
    qtbot.addWidget(first)
    first.show()
    first.start_library([], sample_articles())
    qtbot.waitUntil(lambda: not first.jobs and len(first.library.docs) == len(sample_articles()), timeout=60000)
    chosen = os.path.abspath(seed("003"))
    first.open_document(chosen)
    first.close()

    second = MainWindow(Settings())
    qtbot.addWidget(second)
    second.show()
    second.start_library([], [])
    qtbot.waitUntil(lambda: not second.jobs and second.current_path == chosen, timeout=60000)
    assert len(second.library.docs) == len(sample_articles())
    second.close()


def test_scrolling_one_pane_scrolls_the_other(qtbot, window):
    open_seed(qtbot, window, "002")
    window.resize(1200, 700)
    qtbot.wait(50)
    bar = window.left.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    qtbot.wait(50)
    left_pos = window.left.first_visible()
    right_pos = window.right.first_visible()
    assert left_pos > 0
    assert abs(window.conversion.to_original(right_pos) - left_pos) < 80  # the same line, give or take a line


def test_selection_is_mirrored_in_the_other_pane(qtbot, window):
    from PySide6.QtGui import QTextCursor

    from core.search.index import fold

    open_seed(qtbot, window, "001")
    text = window.left.toPlainText()
    i = text.index("示范區")
    cur = window.left.textCursor()
    cur.setPosition(i)
    cur.setPosition(i + 3, QTextCursor.MoveMode.KeepAnchor)
    window.left.setTextCursor(cur)
    (mirror,) = window.right._mirror
    assert fold(window.right.toPlainText()[mirror.start:mirror.end]) == "示范区"


def test_everyday_actions_never_fail(qtbot, window, tmp_path):
    # before anything is loaded
    window.find("示范区")
    window.show_chart()
    assert window.highlight_selection() is None
    window.zoom(1)
    window.zoom(-1)
    # two articles side by side, then back to the conversion
    for p in ("000", "004"):
        job = window.load_paths([str(seed(p))])
        qtbot.waitUntil(lambda job=job: job not in window.jobs, timeout=60000)
    window.open_document(os.path.abspath(seed("000")))
    window.right_mode.setCurrentIndex(window.right_mode.findData(os.path.abspath(seed("004"))))
    assert window.right.toPlainText().startswith("坚持“工业强区”")
    assert window.highlight_selection() is None  # nothing selected
    window.right_mode.setCurrentIndex(0)
    assert window.conversion is not None
    # exports of an empty view and an empty comparison
    window.kind_filter.setCurrentIndex(window.kind_filter.findData("change"))
    window.table_text.setText("不存在的指标")
    assert window.table_model.rowCount() == 0
    assert window.export_table("csv", str(tmp_path / "empty.csv"))
    dlg = window.show_compare()
    dlg.name.setCurrentText("不存在的指标")
    from gui.compare import export_frame

    export_frame(dlg.frame, str(tmp_path / "empty.xlsx"))
    dlg.close()
    for cfg in ("s2twp", "t2jp", "hk2s"):
        window.config_box.setCurrentIndex(window.config_box.findData(cfg))
        assert window.right.toPlainText()


def test_period_column_shows_resolved_label_and_corrections_resolve_again(qtbot, app_env, tmp_path):
    import datetime as dt

    from core.extraction.indicators import extract_text
    from gui.corrections import CorrectionStore
    from gui.indicator_model import COLUMNS, IndicatorTableModel

    found = extract_text("今年1—5月，全市规上工业增加值增长7.5%。", "a.txt", dt.date(2022, 7, 20))
    model = IndicatorTableModel(CorrectionStore(str(tmp_path / "c.json")))
    model.add_document("/x/a.txt", "k", found, date=dt.date(2022, 7, 20))
    period = model.index(0, COLUMNS.index("period"))
    assert model.data(period) == "2022年1-5月"
    assert "今年1—5月" in model.data(period, Qt.ItemDataRole.ToolTipRole)
    assert model.data(model.index(0, COLUMNS.index("indicator"))) == "规模以上工业增加值"
    model.setData(period, "上半年")  # a correction of the phrase resolves against the article's date
    row = model.row_at(0)
    assert (model.data(period), row.get("period_from"), row.get("period_to")) == ("2022年上半年", "2022-01-01", "2022-06-30")
    out = tmp_path / "t.csv"
    model.export_csv(str(out))
    text = out.read_text(encoding="utf-8-sig")
    assert "2022-01-01" in text and "Value Added of Industrial Enterprises above Designated Size" in text
