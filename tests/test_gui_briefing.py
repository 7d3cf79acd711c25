"""Briefings from the window: File → Export briefing… and File → Print… (print preview)."""
import os

import pytest
from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QDialog, QFileDialog

from conftest import seed

pytestmark = pytest.mark.usefixtures("app_env")


def open_seed(qtbot, window, *prefixes):
    job = window.load_paths([str(seed(p)) for p in prefixes])
    qtbot.waitUntil(lambda: job not in window.jobs, timeout=60000)
    path = os.path.abspath(seed(prefixes[0]))
    window.open_document(path)
    return path


def note_on_first_figure(window, note: str) -> None:
    window.table.selectRow(0)
    window.note_on_figure(note)


def test_export_briefing_action_writes_word_with_the_note(qtbot, window, tmp_path, monkeypatch):
    import docx

    from gui.briefing import BriefingDialog

    open_seed(qtbot, window, "000")
    note_on_first_figure(window, "口径待查")
    out = str(tmp_path / "b.docx")
    monkeypatch.setattr(BriefingDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (out, ""))
    window.act_export_briefing.trigger()
    qtbot.waitUntil(lambda: out in window.statusBar().currentMessage(), timeout=30000)
    assert not window._briefing_jobs  # done, and let go
    d = docx.Document(out)
    assert [c.text for c in d.comments] == ["口径待查"]
    assert len(d.tables[0].rows) - 1 == len(window.table_model.indicators_of(window.current_path))


def test_export_selected_rows_across_articles_as_pdf_in_traditional(qtbot, window, tmp_path):
    import pypdfium2

    from gui.briefing import BriefingOptions

    open_seed(qtbot, window, "000", "001")
    window.only_current.setChecked(False)
    model, sel = window.table_model, window.table.selectionModel()
    docs = {}
    for r in range(model.rowCount()):
        docs.setdefault(model.row_at(r).doc_path, r)
    assert len(docs) == 2
    for r in docs.values():
        sel.select(model.index(r, 0), QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)
    out = str(tmp_path / "b.pdf")
    job = window.export_briefing(out, BriefingOptions("pdf", "s2twp", False, selection=True))
    with qtbot.waitSignal(job.signals.written, timeout=30000):
        pass
    pdf = pypdfium2.PdfDocument(out)
    text = "".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
    pdf.close()
    assert "指標一覽" in text and "……" in text  # converted labels; key passages only
    for r in docs.values():
        assert model.row_at(r).ind.unit.replace("个", "個") in text


def test_print_preview_opens_over_the_same_document(qtbot, window):
    from PySide6.QtGui import QKeySequence

    assert window.act_print.shortcut() == QKeySequence(QKeySequence.StandardKey.Print)  # Ctrl+P
    assert window.act_print in window.menu_file.actions() and window.act_export_briefing in window.menu_file.actions()
    open_seed(qtbot, window, "000")
    dlg = window.print_briefing()
    assert dlg is not None and dlg.isVisible()
    _, doc, _ = window._print_preview
    assert "地区生产总值" in doc.toPlainText() and "指标名称" in doc.toPlainText()
    dlg.close()
    qtbot.waitUntil(lambda: not dlg.isVisible())


def test_briefing_dialog_offers_the_scopes(qtbot, window):
    from gui.briefing import BriefingDialog

    dlg = BriefingDialog(3, True)
    qtbot.addWidget(dlg)
    assert dlg.scope.count() == 2 and dlg.format.count() == 3 and dlg.script.count() > 5
    dlg.format.setCurrentIndex(1)
    dlg.script.setCurrentIndex(dlg.script.findData("t2s"))
    dlg.scope.setCurrentIndex(1)
    dlg.indicators_only.setChecked(True)
    o = dlg.options()
    assert (o.fmt, o.config, o.indicators_only, o.selection) == ("pdf", "t2s", True, True)
