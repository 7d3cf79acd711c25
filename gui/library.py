"""The library panel: documents with title, date, region, script, indicators and repair marks."""
from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from core.search.index import SearchIndex, fold
from gui.loading import LoadedDocument


def tr(text: str) -> str:
    return QCoreApplication.translate("Library", text)


def script_label(script: str) -> str:
    return {"simplified": tr("Simplified"), "traditional": tr("Traditional"), "mixed": tr("Mixed"), "none": "—"}.get(script, script)


class LibraryModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.docs: list[LoadedDocument] = []
        self._row: dict[str, int] = {}

    def titles(self) -> list[str]:
        return [tr("Title"), tr("Date"), tr("Region"), tr("Script"), tr("Indicators"), tr("Repaired")]

    def add(self, doc: LoadedDocument) -> None:
        i = self._row.get(doc.path)
        if i is not None:
            self.docs[i] = doc
            self.dataChanged.emit(self.index(i, 0), self.index(i, self.columnCount() - 1))
            return
        self.beginInsertRows(QModelIndex(), len(self.docs), len(self.docs))
        self._row[doc.path] = len(self.docs)
        self.docs.append(doc)
        self.endInsertRows()

    def remove(self, path: str) -> None:
        i = self._row.get(path)
        if i is None:
            return
        self.beginRemoveRows(QModelIndex(), i, i)
        del self.docs[i]
        self._row = {d.path: n for n, d in enumerate(self.docs)}
        self.endRemoveRows()

    def find(self, path: str) -> LoadedDocument | None:
        i = self._row.get(path)
        return self.docs[i] if i is not None else None

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.docs)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else 6

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.titles()[section]
        return None

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        d = self.docs[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            m = d.metadata
            return [
                m.title or d.path.rsplit("/", 1)[-1],
                m.date.isoformat() if m.date else "",
                m.region or "",
                script_label(d.script.script),
                len(d.indicators),
                ("⚠ " if d.guesses else "✎ ") + tr("repaired") if d.repaired else "",
            ][col]
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = d.path
            if d.repaired:
                tip += "\n" + tr("Re-posting damage was repaired") + (
                    "; " + tr("{0} spot(s) guessed, check them").format(d.guesses) if d.guesses else "")
            return tip
        if role == Qt.ItemDataRole.UserRole:
            return d.path
        if role == Qt.ItemDataRole.UserRole + 1:  # sort key
            return [d.metadata.title or "", d.metadata.date.isoformat() if d.metadata.date else "",
                    d.metadata.region or "", d.script.script, len(d.indicators), d.repaired][col]
        return None


class LibraryFilter(QSortFilterProxyModel):
    """Region, year and text filters; the text is searched across scripts (示范区 finds 示範區)
    in the library's FTS5 index, so article texts need not stay in memory."""

    def __init__(self, index_path: str | None = None, parent=None):
        super().__init__(parent)
        self.region = ""
        self.year = ""
        self.text = ""
        self.index_path = index_path
        self._matches: set[str] | None = None
        self.setSortRole(Qt.ItemDataRole.UserRole + 1)

    def set(self, region: str | None = None, year: str | None = None, text: str | None = None) -> None:
        if region is not None:
            self.region = region
        if year is not None:
            self.year = year
        if text is not None:
            self.text = fold(text.strip())
            self._matches = self._search(self.text) if self.text else None
        self.invalidateFilter()

    def _search(self, query: str) -> set[str]:
        if not self.index_path:
            return set()
        index = SearchIndex(self.index_path)
        try:
            return {h.path for h in index.search(query)}
        finally:
            index.close()

    def filterAcceptsRow(self, source_row: int, _parent: QModelIndex) -> bool:
        d = self.sourceModel().docs[source_row]
        if self.region and self.region not in (d.metadata.region or ""):
            return False
        if self.year and not (d.metadata.date and str(d.metadata.date.year) == self.year):
            return False
        if self._matches is not None and d.path not in self._matches and self.text not in fold(d.metadata.title or ""):
            return False
        return True


class LibraryPanel(QWidget):
    opened = Signal(str)  # path

    def __init__(self, model: LibraryModel, index_path: str | None = None, parent=None):
        super().__init__(parent)
        self.model = model
        self.proxy = LibraryFilter(index_path, self)
        self.proxy.setSourceModel(model)
        self.search = QLineEdit(self)
        self.region = QComboBox(self)
        self.year = QComboBox(self)
        self.view = QTableView(self)
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(36)
        for col in range(1, 6):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        filters.addWidget(self.region, 1)
        filters.addWidget(self.year, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(filters)
        layout.addWidget(self.view)
        self.search.textChanged.connect(lambda t: self.proxy.set(text=t))
        self.region.currentIndexChanged.connect(lambda _i: self.proxy.set(region=self.region.currentData() or ""))
        self.year.currentIndexChanged.connect(lambda _i: self.proxy.set(year=self.year.currentData() or ""))
        self.view.selectionModel().currentRowChanged.connect(self._current_changed)
        self._shown: dict[str, set[str]] = {"region": set(), "year": set()}
        model.rowsInserted.connect(self._rows_inserted)
        model.rowsRemoved.connect(self.refresh_choices)
        self.retranslate()

    def retranslate(self) -> None:
        self.search.setPlaceholderText(tr("Filter by text (any script)…"))
        self.refresh_choices()

    def _rows_inserted(self, _parent: QModelIndex, first: int, last: int) -> None:
        """New articles: the region and year choices are rebuilt only when one brings a new
        value (rebuilding them for every article made loading a library quadratic)."""
        for d in self.model.docs[first:last + 1]:
            m = d.metadata
            if (m.region and m.region not in self._shown["region"]) or (m.date and str(m.date.year) not in self._shown["year"]):
                self.refresh_choices()
                return

    def refresh_choices(self, *_args) -> None:
        regions = {d.metadata.region for d in self.model.docs if d.metadata.region}
        years = {str(d.metadata.date.year) for d in self.model.docs if d.metadata.date}
        self._shown = {"region": regions, "year": years}
        for combo, label, values in (
            (self.region, tr("All regions"), sorted(regions)),
            (self.year, tr("All years"), sorted(years, reverse=True)),
        ):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(label, "")
            for v in values:
                combo.addItem(v, v)
            i = combo.findData(current)
            combo.setCurrentIndex(max(0, i))
            combo.blockSignals(False)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.opened.emit(self.proxy.data(current, Qt.ItemDataRole.UserRole))

    def select_path(self, path: str) -> None:
        for row in range(self.proxy.rowCount()):
            idx = self.proxy.index(row, 0)
            if self.proxy.data(idx, Qt.ItemDataRole.UserRole) == path:
                self.view.setCurrentIndex(idx)
                return
