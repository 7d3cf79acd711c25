"""The window's annotation and table actions, kept apart from its construction and layout.

Both are mixins of ``MainWindow``: they use its panes, models, store and status bar.
"""
from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from core.annotate.store import (
    AnnotationStore,
    content_hash,
    place_all,
    to_csv,
    to_json,
    to_markdown,
)
from core.ingest.loader import LoadError, load
from gui.annotations_panel import COLOUR_HEX
from gui.reader import Mark


def tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


class AnnotationActions:
    """Highlight, note, reveal, export and import annotations."""

    annotation_store: AnnotationStore

    def _load_annotations(self, path: str, text: str) -> None:
        digest = content_hash(text)
        found = self.annotation_store.for_document(path, digest)
        if any(os.path.abspath(a.doc_path) != os.path.abspath(path) for a in found if a.doc_hash == digest):
            self.annotation_store.relink(digest, path)  # the file was renamed or moved
        self.annotations_panel.show_document(path, place_all(text, found))

    def _annotation_marks(self) -> list[Mark]:
        return [Mark(p.start, p.end, "annotation", COLOUR_HEX.get(p.annotation.colour, "#fff59d"),
                     p.annotation.note or p.annotation.quote)
                for p in self.annotations_panel.placements if not p.orphan]

    def _draw_extra(self) -> None:
        marks = self._annotation_marks() + self._find_marks
        self.left.set_extra_marks(marks)
        if self.conversion is not None and not self.right_mode.currentData():
            self.right.set_extra_marks([Mark(*self.conversion.span_to_converted(m.start, m.end), m.kind, m.payload, m.tip)
                                        for m in marks])

    def selection_in_original(self) -> tuple[int, int] | None:
        """The selected text of either pane, as offsets in the article's cleaned text."""
        for pane in (self.focusWidget(), self.left, self.right):
            if pane not in (self.left, self.right):
                continue
            cur = pane.textCursor()
            if cur.hasSelection():
                a, b = cur.selectionStart(), cur.selectionEnd()
                if pane is self.right:
                    if self.conversion is None or self.right_mode.currentData():
                        continue
                    a, b = self.conversion.span_to_original(a, b)
                return (a, b) if b > a else None
        return None

    def current_colour(self) -> str:
        return next((c for c, a in self.colour_actions.items() if a.isChecked()), "yellow")

    def highlight_selection(self, ask_note: bool = False, note: str | None = None):
        span = self.selection_in_original()
        if span is None or self.current_doc is None:
            self.statusBar().showMessage(tr("Select text in either pane first"), 4000)
            return None
        if ask_note and note is None:
            note, ok = QInputDialog.getMultiLineText(self, tr("Note"), tr("Note for the highlight:"))
            if not ok:
                return None
        return self.annotations_panel.add(self.current_doc.text, self.current_path, span[0], span[1],
                                          self.current_colour(), note or "")

    def note_on_figure(self, note: str | None = None):
        index = self.table.currentIndex()
        if not index.isValid():
            self.statusBar().showMessage(tr("Select rows in the table first"), 4000)
            return None
        row = self.table_model.row_at(index.row())
        if row.doc_path != self.current_path:
            self.open_document(row.doc_path)
        if note is None:
            note, ok = QInputDialog.getMultiLineText(self, tr("Note"), tr("Note on this figure:"), tr("This figure is disputed"))
            if not ok:
                return None
        ind = row.ind
        return self.annotations_panel.add(self.current_doc.text, self.current_path, ind.start, ind.end,
                                          self.current_colour(), note, indicator=row.key)

    def edit_annotation_note(self, note: str | None = None) -> None:
        placement = self.annotations_panel.selected()
        if placement is None:
            return
        if note is None:
            note, ok = QInputDialog.getMultiLineText(self, tr("Note"), tr("Note for the highlight:"), placement.annotation.note)
            if not ok:
                return
        self.annotations_panel.edit_note(placement.annotation, note)

    def _reveal_annotation(self, placement) -> None:
        path = os.path.abspath(placement.annotation.doc_path)
        if path != self.current_path and self.library.find(path):
            self.open_document(path)
            placement = next((p for p in self.annotations_panel.placements if p.annotation.uuid == placement.annotation.uuid), placement)
        if placement.start >= 0 and path == self.current_path:
            self.left.reveal(placement.start, placement.end)
            if self.conversion is not None:
                self.right.reveal(*self.conversion.span_to_converted(placement.start, placement.end))

    def export_annotations(self, fmt: str, path: str | None = None) -> str | None:
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, tr("Export annotations"), f"annotations.{fmt}", f"*.{fmt}")
        if not path:
            return None
        library_scope = self.annotations_panel.scope.currentData() == "all"
        if library_scope:
            placements = []
            for d in self.library.docs:
                try:
                    text = load(d.path).text
                except LoadError:
                    continue
                placements += place_all(text, self.annotation_store.for_document(d.path, content_hash(text)))
        else:
            placements = list(self.annotations_panel.placements)
        titles = {d.path: d.metadata.title or "" for d in self.library.docs}
        text = {"md": lambda: to_markdown(placements, titles), "csv": lambda: to_csv(placements),
                "json": lambda: to_json([p.annotation for p in placements])}[fmt]()
        with open(path, "w", encoding="utf-8-sig" if fmt == "csv" else "utf-8", newline="") as fh:
            fh.write(text)
        self.statusBar().showMessage(tr("Exported {0} annotations to {1}").format(len(placements), path), 5000)
        return path

    def import_annotations(self, path: str | None = None) -> int:
        from core.annotate.store import StoreError, from_json

        if path is None:
            path, _ = QFileDialog.getOpenFileName(self, tr("Import annotations"), "", "JSON (*.json)")
        if not path:
            return 0
        try:
            with open(path, encoding="utf-8-sig") as fh:
                changed = self.annotation_store.merge(from_json(fh.read(), path)).result()
        except (OSError, StoreError) as exc:
            self.report_problem(path, str(exc))
            return 0
        if self.current_doc is not None:
            self._load_annotations(self.current_path, self.current_doc.text)
            self._draw_extra()
        self.statusBar().showMessage(tr("{0} annotations imported").format(changed), 5000)
        return changed


class TableActions:
    """Copy, export and chart the indicator table; the library as a dataset."""

    def selected_view_rows(self) -> list[int]:
        return sorted({i.row() for i in self.table.selectionModel().selectedIndexes()})

    def copy_selection(self) -> None:
        indexes = self.table.selectionModel().selectedIndexes()
        if not indexes:
            return
        rows = sorted({i.row() for i in indexes})
        cols = sorted({i.column() for i in indexes})
        QGuiApplication.clipboard().setMimeData(self.table_model.mime_for(rows, cols))

    def export_table(self, fmt: str, path: str | None = None) -> str | None:
        if path is None:
            filters = "CSV (*.csv)" if fmt == "csv" else "Excel (*.xlsx)"
            path, _ = QFileDialog.getSaveFileName(self, tr("Export indicators"), f"indicators.{fmt}", filters)
        if not path:
            return None
        try:
            (self.table_model.export_csv if fmt == "csv" else self.table_model.export_xlsx)(path)
        except OSError as exc:
            QMessageBox.warning(self, tr("Export failed"), f"{path}: {exc.strerror or exc}")
            return None
        self.statusBar().showMessage(tr("Exported {0} rows to {1}").format(len(self.table_model.visible), path), 5000)
        return path

    def export_briefing(self, path: str | None = None, options=None):
        from gui.briefing import export_briefing  # Qt's print support loads when first needed

        return export_briefing(self, path, options)

    def print_briefing(self):
        from gui.briefing import print_briefing

        return print_briefing(self)

    def show_compare(self):
        """The Dataset view (regions × periods of one indicator); it replaced the Compare dialog."""
        from gui.dataset_view import (  # pandas and QtCharts load when first needed
            DatasetDialog,
            library_articles,
        )

        if self._table_refresh.isActive():
            self._table_refresh.stop()
            self.table_model.refresh()
        previous = getattr(self, "_dataset_view", None)
        if previous is not None:  # one dataset in memory at a time: the old view goes when nothing holds it
            previous.close()
            previous.setParent(None)
        dlg = self._dataset_view = DatasetDialog(library_articles(self.library.docs, self.table_model.rows), self)
        dlg.sourceRequested.connect(self.reveal_source)
        row = self.table.currentIndex()
        if row.isValid():
            r = self.table_model.row_at(row.row())
            dlg.name.setCurrentText(str(r.ind.indicator or r.get("name")))
        dlg.show()
        return dlg

    show_dataset = show_compare

    def show_chart(self):
        from gui.compare import ChartDialog

        rows = self.table_model.rows_for(self.selected_view_rows())
        if not rows:
            self.statusBar().showMessage(tr("Select rows in the table first"), 4000)
            return None
        dlg = ChartDialog(rows, self)
        dlg.show()
        return dlg
