"""The indicator table: a QAbstractTableModel over core ``Indicator`` records.

Sorting and filtering run inside the model a document's field at a time (gui/table_rows.py:
rows kept per document, an array of visible rows), not through per-cell ``data()`` calls, so
the table stays smooth and small at 100,000 rows. Users' cell corrections are an overlay kept
per document across restarts and go through a ``QUndoStack``.
"""
from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QMimeData,
    QModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QUndoCommand, QUndoStack

from core.export.tables import cell_text, write_csv, write_xlsx
from core.model import Indicator
from core.search.index import fold
from gui.corrections import CorrectionStore
from gui.table_rows import EMPTY, EXPORT, Row, Rows, RowStore, Visible

KINDS = ("growth", "share", "level", "count", "rank", "target", "change")
COLUMNS = ("name", "value", "unit", "kind", "period", "indicator", "qualifier", "approx", "scope", "page", "sentence", "doc")
EDITABLE = {"name", "value", "unit", "kind", "period"}

# colour and underline style per kind: two cues, so the legend works without colour too
KIND_STYLE = {
    "growth": ("#c8e6c9", "single"),
    "share": ("#bbdefb", "dash"),
    "level": ("#ffe0b2", "dot"),
    "count": ("#e1bee7", "dashdot"),
    "rank": ("#fff59d", "wave"),
    "target": ("#ffcdd2", "double"),
    "change": ("#b2dfdb", "dashdotdot"),
}


def tr(text: str) -> str:
    return QCoreApplication.translate("IndicatorModel", text)


def titles() -> dict[str, str]:
    return {
        "name": tr("Name"), "indicator": tr("Indicator"), "indicator_en": tr("Indicator (English)"),
        "value": tr("Value"), "unit": tr("Unit"), "kind": tr("Kind"), "period": tr("Period"),
        "period_label": tr("Period (resolved)"), "period_from": tr("From"), "period_to": tr("To"),
        "qualifier": tr("Qualifier"), "approx": tr("Approx."), "scope": tr("Scope"), "page": tr("Page"),
        "sentence": tr("Sentence"), "doc": tr("Document"),
    }


def column_titles() -> list[str]:
    t = titles()
    return [t[c] for c in COLUMNS]


def english() -> bool:
    return QLocale().language() == QLocale.Language.English


def kind_label(kind: str) -> str:
    return {
        "growth": tr("growth"), "share": tr("share"), "level": tr("level"), "count": tr("count"),
        "rank": tr("rank"), "target": tr("target"), "change": tr("change"),
    }.get(kind, kind)


class EditCommand(QUndoCommand):
    def __init__(self, model: "IndicatorTableModel", row: Row, name: str, old, new):
        super().__init__(tr("Edit {0}").format(name))
        self.model, self.row, self.name, self.old, self.new = model, row, name, old, new

    def redo(self) -> None:
        self.model.apply_edit(self.row, self.name, self.new)

    def undo(self) -> None:
        self.model.apply_edit(self.row, self.name, self.old)


class IndicatorTableModel(QAbstractTableModel):
    """All indicators of the library; ``visible`` is the filtered and sorted view."""

    edited = Signal(object)  # Row

    def __init__(self, corrections: CorrectionStore | None = None, parent=None):
        super().__init__(parent)
        self._store = RowStore()
        self.rows = Rows(self._store)  # read-only, each Row made when asked
        self.visible: Visible = range(0)
        self.corrections = corrections
        self.undo_stack = QUndoStack(self)
        self._filter = {"kind": "", "text": "", "doc": ""}
        self._sort: tuple[int, Qt.SortOrder] | None = None

    # -- content ----------------------------------------------------------------------------

    def add_document(self, doc_path: str, doc_key: str, indicators: list[Indicator], refresh: bool = True,
                     date: dt.date | None = None) -> None:
        """Append a document's rows; with ``refresh=False`` the caller refreshes once for a batch.

        The model keeps ``indicators`` itself (not a copy): the library holds the same list."""
        stored = self.corrections.of_document(doc_key) if self.corrections else None
        self._store.add(doc_path, doc_key, indicators, date, stored)
        if refresh:
            self._refresh()

    def remove_document(self, doc_path: str) -> None:
        self._store.remove(doc_path)
        self._refresh()

    def clear(self) -> None:
        self._store.clear()
        self._refresh()

    def row_at(self, view_row: int) -> Row:
        return self._store.row(self.visible[view_row])

    def view_row_of(self, doc_path: str, ind: Indicator) -> int:
        """The visible row showing ``ind`` (-1 when filtered out)."""
        found = [self._view_row(g) for g in self._store.positions_of(doc_path, ind)]
        return min((vr for vr in found if vr >= 0), default=-1)

    def _view_row(self, g: int) -> int:
        try:
            return self.visible.index(g)
        except ValueError:
            return -1

    def indicators_of(self, doc_path: str) -> list[Row]:
        return self._store.rows_of(doc_path)

    # -- filter and sort (in the model, a document's field at a time) ------------------------

    def refresh(self) -> None:
        self._refresh()

    def set_filter(self, kind: str | None = None, text: str | None = None, doc: str | None = None) -> None:
        if kind is not None:
            self._filter["kind"] = kind
        if text is not None:
            self._filter["text"] = text.strip()
        if doc is not None:
            self._filter["doc"] = doc
        self._refresh()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort = (column, order)
        self._refresh()

    def _refresh(self) -> None:
        self.beginResetModel()
        self.visible = range(0)  # the old order goes before the new one is built
        idx = self._store.filtered(self._filter["doc"], self._filter["kind"], fold(self._filter["text"]))
        if self._sort:
            col, order = self._sort
            name = COLUMNS[col]
            idx = self._store.sorted(idx, name, name == "value", order == Qt.SortOrder.DescendingOrder)
        self.visible = idx
        self.endResetModel()

    # -- Qt model API -----------------------------------------------------------------------

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.visible)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return column_titles()[section]
        return None

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.row_at(index.row())
        name = COLUMNS[index.column()]
        value = row.get(name)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if name == "kind" and role == Qt.ItemDataRole.DisplayRole:
                return kind_label(value)
            if name == "approx":
                return "≈" if value else ""
            if name == "period" and role == Qt.ItemDataRole.DisplayRole:
                return row.get("period_label") or value  # 2022年1-5月 for 今年1—5月
            if name == "indicator" and role == Qt.ItemDataRole.DisplayRole and english():
                return row.extracted("indicator_en") or value
            if name == "value" and role == Qt.ItemDataRole.DisplayRole:
                return cell_text(value) if isinstance(value, float) else value
            return value
        if role == Qt.ItemDataRole.BackgroundRole and name == "kind":
            return QColor(KIND_STYLE.get(row.get("kind"), ("#ffffff",))[0])
        if role == Qt.ItemDataRole.FontRole and name in row.edits:
            from PySide6.QtGui import QFont

            f = QFont()
            f.setItalic(True)
            return f
        if role == Qt.ItemDataRole.ToolTipRole:
            if name in row.edits:
                return tr("Corrected; extracted value: {0}").format(row.extracted(name))
            if name == "sentence":
                return row.extracted("sentence")
            if name == "period" and value:
                start, end = row.get("period_from"), row.get("period_to")
                dates = f"\n{start} – {end}" if start else ""
                return tr("As written: {0}").format(value) + dates
            if name == "indicator" and value:
                return f"{row.extracted('indicator')}\n{row.extracted('indicator_en') or ''}"
        if role == Qt.ItemDataRole.TextAlignmentRole and name == "value":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: QModelIndex):
        base = super().flags(index)
        if index.isValid() and COLUMNS[index.column()] in EDITABLE:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index: QModelIndex, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        name = COLUMNS[index.column()]
        if name not in EDITABLE:
            return False
        row = self.row_at(index.row())
        if name == "value":
            try:
                value = float(str(value).replace(",", ""))
            except ValueError:
                return False
        if name == "kind" and value not in KINDS:
            return False
        old = row.get(name)
        if old == value:
            return False
        self.undo_stack.push(EditCommand(self, row, name, old, value))
        return True

    def apply_edit(self, row: Row, name: str, value) -> None:
        extracted = row.extracted(name)
        if row.edits is EMPTY:
            row.edits = {}
        if value == extracted:
            row.edits.pop(name, None)
        else:
            row.edits[name] = value
        if self.corrections is not None:
            self.corrections.set(row.doc_key, row.key, name, row.edits.get(name))
        i = self._store.position(row)
        vr = self._view_row(i) if i >= 0 else -1
        if vr >= 0:
            self.dataChanged.emit(self.index(vr, 0), self.index(vr, len(COLUMNS) - 1))
        self.edited.emit(row)

    # -- copy and export --------------------------------------------------------------------

    def rows_for(self, view_rows: list[int]) -> list[dict]:
        return [self.row_at(r).as_dict() for r in view_rows]

    def export_titles(self) -> list[str]:
        t = titles()
        return [t[c] for c in EXPORT]

    def mime_for(self, view_rows: list[int], columns: list[int]) -> QMimeData:
        """TSV and an HTML table; numbers as numbers so spreadsheets paste numeric cells."""
        names = [COLUMNS[c] for c in columns]
        header = [column_titles()[c] for c in columns]
        body = [[self.row_at(r).get(n) for n in names] for r in view_rows]
        tsv = "\n".join("\t".join(cell_text(v) for v in line) for line in [header] + body) + "\n"
        cells = "".join(f"<th>{html.escape(h)}</th>" for h in header)
        trs = [f"<tr>{cells}</tr>"]
        for line in body:
            tds = "".join(
                f'<td x:num="{v}" style="mso-number-format:General">{cell_text(v)}</td>' if _is_number(v)
                else f"<td>{html.escape(cell_text(v))}</td>"
                for v in line
            )
            trs.append(f"<tr>{tds}</tr>")
        doc = ('<html xmlns:x="urn:schemas-microsoft-com:office:excel"><head><meta charset="utf-8"></head><body>'
               f"<table>{''.join(trs)}</table></body></html>")
        mime = QMimeData()
        mime.setText(tsv)
        mime.setHtml(doc)
        mime.setData("text/tab-separated-values", tsv.encode("utf-8"))
        return mime

    def export_csv(self, path: str, view_rows: list[int] | None = None) -> None:
        rows = self.rows_for(view_rows if view_rows is not None else list(range(len(self.visible))))
        write_csv(path, rows, list(EXPORT), self.export_titles())

    def export_xlsx(self, path: str, view_rows: list[int] | None = None) -> None:
        rows = self.rows_for(view_rows if view_rows is not None else list(range(len(self.visible))))
        write_xlsx(path, rows, list(EXPORT), self.export_titles())


def _is_number(v) -> bool:
    return isinstance(v, (int, float)) and not isinstance(v, bool)
