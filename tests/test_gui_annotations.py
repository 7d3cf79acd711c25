"""Annotations through the real window: select, highlight, see both panes, undo, reopen."""
import json
import os

import pytest
from PySide6.QtGui import QTextCursor

from conftest import seed
from core.search.index import fold

pytestmark = pytest.mark.usefixtures("app_env")


def open_seed(qtbot, window, prefix):
    job = window.load_paths([str(seed(prefix))])
    qtbot.waitUntil(lambda: job not in window.jobs, timeout=60000)
    path = os.path.abspath(seed(prefix))
    window.open_document(path)
    return path


def select(pane, start, end):
    cur = pane.textCursor()
    cur.setPosition(start)
    cur.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    pane.setTextCursor(cur)
    pane.setFocus()


def test_highlight_in_the_left_pane_shows_in_both(qtbot, window):
    open_seed(qtbot, window, "002")
    text = window.left.toPlainText()
    quote = "固定資產投資增長16.5%"
    i = text.index(quote)
    select(window.left, i, i + len(quote))
    window.act_highlight.trigger()
    left = [m for m in window.left._extra if m.kind == "annotation"]
    right = [m for m in window.right._extra if m.kind == "annotation"]
    assert len(left) == len(right) == 1
    assert text[left[0].start:left[0].end] == quote
    assert fold(window.right.toPlainText()[right[0].start:right[0].end]) == fold(quote)
    assert window.annotations_panel.list.count() == 1


def test_highlight_from_the_converted_pane_lands_on_the_same_words(qtbot, window):
    open_seed(qtbot, window, "000")
    conv = window.right.toPlainText()
    quote = fold("规上工业增加值")
    i = fold(conv).index(quote)
    select(window.right, i, i + len(quote))
    a = window.highlight_selection()
    assert window.current_doc.text[a.start:a.end] == "规上工业增加值"


def test_note_edit_delete_and_undo(qtbot, window):
    open_seed(qtbot, window, "003")
    select(window.left, 0, 4)
    a = window.highlight_selection(ask_note=True, note="需要核实")
    panel = window.annotations_panel
    panel.list.setCurrentRow(0)
    window.edit_annotation_note("已核实")
    assert panel.placements[0].annotation.note == "已核实"
    panel.list.setCurrentRow(0)
    panel.delete_selected()
    assert panel.list.count() == 0
    window.act_undo.trigger()  # the deletion
    assert panel.list.count() == 1
    window.act_undo.trigger()  # the edit
    assert panel.placements[0].annotation.note == "需要核实"
    window.annotation_store.save(panel.placements[0].annotation).result()
    assert window.annotation_store.get(a.uuid).note == "需要核实"


def test_note_on_a_figure_and_reopen_in_a_new_window(qtbot, window, app_env):
    open_seed(qtbot, window, "001")
    window.table.selectRow(2)
    a = window.note_on_figure("此数据有疑问")
    ind = window.table_model.row_at(2).ind
    assert a.indicator and window.current_doc.text[a.start:a.end] == window.current_doc.text[ind.start:ind.end]
    window.annotation_store._writer.submit(lambda: None).result()  # every queued write committed
    from gui.main_window import MainWindow
    from gui.settings import Settings

    second = MainWindow(Settings())
    qtbot.addWidget(second)
    second.document_loaded(__import__("gui.loading", fromlist=["load_one"]).load_one(str(seed("001"))))
    second.open_document(os.path.abspath(seed("001")))
    notes = [p.annotation.note for p in second.annotations_panel.placements]
    assert notes == ["此数据有疑问"]
    second.close()


def test_export_annotations_as_markdown_and_json(qtbot, window, tmp_path):
    open_seed(qtbot, window, "004")
    select(window.left, 5, 15)
    window.highlight_selection(note="要点")
    md = window.export_annotations("md", str(tmp_path / "a.md"))
    assert "要点" in open(md, encoding="utf-8").read()
    js = window.export_annotations("json", str(tmp_path / "a.json"))
    data = json.load(open(js, encoding="utf-8"))
    assert data["annotations"][0]["note"] == "要点"
