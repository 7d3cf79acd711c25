"""The reader panes: opening an article, its marks, the converted pane, synchronised scrolling and selection, find and zoom.

A mixin of ``MainWindow``: it uses the window's panes, models and settings.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QItemSelectionModel

from core.convert.conversion import ScriptConverter
from core.ingest.loader import LoadError, load
from core.search.index import search_text
from gui.reader import Mark, ReaderPane, cjk_font, converted_marks, indicator_marks


def tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


class ReaderActions:
    # -- opening and reading --------------------------------------------------------------

    def open_document(self, path: str) -> None:
        entry = self.library.find(path)
        if entry is None:
            return
        if self._table_refresh.isActive():
            self._table_refresh.stop()
            self.table_model.refresh()
        try:
            doc = load(path)
        except LoadError as exc:  # the file changed or vanished since it was loaded
            self.report_problem(exc.path, exc.reason)
            return
        self.current_path = path
        self.current_doc = doc
        self.settings.current = path
        if self.right_mode.currentData() == "" and self.config_box.currentData() != entry.script.default_config:
            self.config_box.blockSignals(True)
            self.config_box.setCurrentIndex(max(0, self.config_box.findData(entry.script.default_config)))
            self.config_box.blockSignals(False)
        self.left.show_text(doc.text, self._marks(path, doc))
        self._load_annotations(path, doc.text)
        self.render_right()
        if self.only_current.isChecked():
            self.table_model.set_filter(doc=path)
        self.library_panel.select_path(path)
        if self.find_bar.isVisible():
            self.find(self.find_edit.text())

    def _marks(self, path: str, doc) -> list[Mark]:
        rows = self.table_model.indicators_of(path)
        return indicator_marks([r.ind for r in rows], doc.report.repairs)

    def _refresh_marks(self) -> None:
        if self.current_doc is not None:
            self.left.marks = sorted(self._marks(self.current_path, self.current_doc), key=lambda m: (m.start, m.end))
            self.left._redraw()

    def render_right(self) -> None:
        if self.current_doc is None:
            return
        other = self.right_mode.currentData()
        self.config_box.setEnabled(not other)
        if other:
            self.conversion = None
            try:
                doc = load(other)
            except LoadError as exc:
                self.report_problem(exc.path, exc.reason)
                return
            self.right.show_text(doc.text, self._marks(other, doc))
            return
        conv = ScriptConverter(self.config_box.currentData() or "s2tw")
        text = self.current_doc.text
        self.conversion = conv.convert(text)
        marks = converted_marks(self.conversion, self.left.marks, conv.ambiguities(text, self.conversion))
        self.right.show_text(self.conversion.text, marks)
        self._draw_extra()

    def _sync(self, source: ReaderPane, pos: int) -> None:
        if self._syncing or self.conversion is None:
            return
        self._syncing = True
        try:
            if source is self.left:
                self.right.scroll_to_char(self.conversion.to_converted(pos))
            else:
                self.left.scroll_to_char(self.conversion.to_original(pos))
        finally:
            self._syncing = False

    def _mirror_selection(self, source: ReaderPane) -> None:
        """Show what is selected in one pane on the same words in the other."""
        if self.conversion is None or self.right_mode.currentData():
            return
        cur = source.textCursor()
        a, b = cur.selectionStart(), cur.selectionEnd()
        target = self.right if source is self.left else self.left
        mapped = [] if a == b else [self.conversion.span_to_converted(a, b) if source is self.left
                                    else self.conversion.span_to_original(a, b)]
        target.set_mirror([Mark(x, y, "mirror") for x, y in mapped])
        source.set_mirror([])

    def mark_clicked(self, mark: Mark) -> None:
        ind = mark.payload
        if not hasattr(ind, "sentence"):
            return
        path = self.current_path
        if self.sender() is self.right and self.right_mode.currentData():
            path = self.right_mode.currentData()
        row = self.table_model.view_row_of(path, ind)
        if row < 0:  # filtered out: show everything of this article
            self.kind_filter.setCurrentIndex(0)
            self.table_text.clear()
            row = self.table_model.view_row_of(path, ind)
        if row >= 0:
            self.table.selectionModel().setCurrentIndex(
                self.table_model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.table.scrollTo(self.table_model.index(row, 0))

    def row_selected(self, current, _previous) -> None:
        if not current.isValid():
            return
        row = self.table_model.row_at(current.row())
        if row.doc_path != self.current_path:
            self.library_panel.select_path(row.doc_path)
            self.open_document(row.doc_path)
        ind = row.ind
        self._syncing = True
        try:
            self.left.reveal(ind.start, ind.end)
            if self.conversion is not None:
                self.right.reveal(*self.conversion.span_to_converted(ind.start, ind.end))
        finally:
            self._syncing = False

    def reveal_source(self, path: str, start: int, end: int) -> bool:
        """Open an article of the library at a figure (from the Dataset view) and flash it."""
        if self.library.find(path) is None:
            self.statusBar().showMessage(tr("Not in the library: {0}").format(path), 5000)
            return False
        if path != self.current_path:
            self.open_document(path)
        if path != self.current_path:  # it could not be opened (reported as a problem)
            return False
        self.raise_()
        self.activateWindow()
        self._syncing = True
        try:
            self.left.reveal(start, end)
            if self.conversion is not None:
                self.right.reveal(*self.conversion.span_to_converted(start, end))
        finally:
            self._syncing = False
        return True

    def _scope_changed(self, only_current: bool) -> None:
        self.table_model.set_filter(doc=self.current_path if only_current else "")

    def _count_rows(self) -> None:
        self.table_count.setText(tr("{0} of {1} indicators").format(len(self.table_model.visible), len(self.table_model.rows)))

    # -- find, zoom -----------------------------------------------------------------------

    def show_find(self) -> None:
        self.find_bar.show()
        self.find_edit.setFocus()
        self.find_edit.selectAll()

    def find(self, query: str) -> None:
        if self.current_doc is None:
            return
        hits = search_text(self.current_path, self.current_doc.text, query) if query.strip() else []
        self._find_hits = [h.start for h in hits]
        self._find_at = -1
        n = len(query.strip())
        self._find_marks = [Mark(h.start, h.end, "find") for h in hits]
        self._draw_extra()
        self.find_status.setText(tr("{0} found").format(len(hits)) if n else "")
        if hits:
            self.find_next()

    def find_next(self) -> None:
        if not self._find_hits:
            return
        self._find_at = (self._find_at + 1) % len(self._find_hits)
        start = self._find_hits[self._find_at]
        n = len(self.find_edit.text().strip())
        self.left.reveal(start, start + n)
        if self.conversion is not None:
            self.right.reveal(*self.conversion.span_to_converted(start, start + n))

    def zoom(self, step: int) -> None:
        self.settings.font_size = max(8, min(40, self.settings.font_size + step))
        self.apply_font()

    def apply_font(self) -> None:
        font = cjk_font(self.settings.font_size)
        self.left.setFont(font)
        self.right.setFont(font)
