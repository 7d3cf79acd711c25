"""The Dataset view: the library as region × indicator × period (core.dataset), one indicator at a time.

Pick an indicator (most frequent first) and see regions down, periods across in time order; cells
where sources disagree are coloured, every cell's sources are in its tooltip, a double-click opens
the article at the figure. Chart selected regions over time, copy cells, export the pivot or the
whole dataset. The dataset is built off the GUI thread when the library is large.
"""
from __future__ import annotations

import html
import threading
from collections import Counter
from collections.abc import Sequence
from dataclasses import fields, replace

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QObject,
    QRunnable,
    Qt,
    QThreadPool,
    Signal,
)
from PySide6.QtGui import QColor, QCursor, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from core.dataset.build import (
    Article,
    DatasetRow,
    Source,
    build_dataset,
    indicator_counts,
)
from core.dataset.pivot import Pivot, build_pivot
from core.export.tables import cell_text
from core.model import Indicator
from gui.compact import plain

CONFLICT = QColor("#ffcdd2")
SEVERAL = QColor("#fff9c4")  # agreeing figures from more than one article
INLINE_LIMIT = 20_000  # indicators; below this the dataset is built at once (a few ms), above it in a pool thread
_FIELDS = {f.name for f in fields(Indicator)}


def tr(text: str) -> str:
    return QCoreApplication.translate("Dataset", text)


def corrected(ind: Indicator, edits: dict) -> Indicator:
    """The record with the user's corrections applied (base_value follows a corrected value)."""
    changes = {k: v for k, v in edits.items() if k in _FIELDS}
    if "value" in changes and ind.base_value is not None and ind.value:
        changes.setdefault("base_value", ind.base_value * float(changes["value"]) / ind.value)
    return replace(plain(ind), **changes) if changes else ind


def library_articles(docs, table_rows) -> list[Article]:
    """Articles of the library with the indicator table's (corrected) records, in library order.

    ``table_rows`` is the model's ``rows``, read a document at a time: an article without
    corrections passes its own indicator list, not a list of views made for the occasion."""
    by_path: dict[str, Sequence[Indicator]] = {}
    for path, inds, edits in table_rows.documents():
        if any(edits.values()):
            inds = [corrected(ind, edits[n]) if edits.get(n) else ind for n, ind in enumerate(inds)]
        by_path[path] = [*by_path[path], *inds] if path in by_path else inds
    return [Article(d.path, d.metadata, by_path.get(d.path, d.indicators)) for d in docs]


class TaskSignals(QObject):
    done = Signal(object)
    failed = Signal(str)


class Task(QRunnable):
    """Run ``fn()`` in the pool; its result or error comes back as a signal on the GUI thread."""

    def __init__(self, fn):
        super().__init__()
        self.fn = fn
        self.signals = TaskSignals()

    def run(self) -> None:
        try:
            result = self.fn()
        except Exception as exc:  # reported in the dialog, never lost in a pool thread
            self.signals.failed.emit(f"{type(exc).__name__}: {exc}")
            return
        self.signals.done.emit(result)


def value_text(rows: list[DatasetRow]) -> str:
    return " / ".join(cell_text(r.value) for r in rows)


def source_tip(rows: list[DatasetRow], kind_label=str) -> str:
    lines = []
    for r in rows:
        head = f"{cell_text(r.value)} {r.unit} · {kind_label(r.kind)} · {r.period_label or '—'}"
        lines.append(f"<b>{html.escape(head)}</b>" + (" ⚠" if r.conflict else ""))
        for s in r.refs[:8]:
            lines.append(f"&nbsp;&nbsp;{html.escape(s.title or s.doc)} ({html.escape(s.date or '')}): "
                         f"{html.escape(s.sentence[:120])}")
        if len(r.refs) > 8:
            lines.append(f"&nbsp;&nbsp;… +{len(r.refs) - 8}")
    return "<br>".join(lines)


class PivotModel(QAbstractTableModel):
    """Regions down, periods across; a cell shows its value(s), conflicts coloured, sources in the tooltip."""

    def __init__(self, pivot: Pivot, kind_label=str, parent=None):
        super().__init__(parent)
        self.pivot = pivot
        self.kind_label = kind_label

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.pivot.regions)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() or not self.pivot.regions else len(self.pivot.columns) + 1

    def header(self, section: int) -> str:
        if section == 0:
            return tr("Region")
        c = self.pivot.columns[section - 1]
        label = c.label or "—"
        return f"{label} · {self.kind_label(c.kind)}" if c.kind else label

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.header(section)
        if role == Qt.ItemDataRole.ToolTipRole and section > 0:
            c = self.pivot.columns[section - 1]
            return f"{c.period_from} – {c.period_to}" if c.period_from else tr("Period not resolved to dates")
        return None

    def rows_at(self, index: QModelIndex) -> list[DatasetRow]:
        if not index.isValid() or index.column() == 0:
            return []
        return self.pivot.rows_at(index.row(), index.column() - 1)

    def cell(self, row: int, column: int):
        """What a cell holds for copying: the region, a number, or the values of a conflict as text."""
        if column == 0:
            return self.pivot.regions[row]
        rows = self.pivot.rows_at(row, column - 1)
        if not rows:
            return None
        return rows[0].value if len(rows) == 1 else value_text(rows)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if index.column() == 0:
            if role != Qt.ItemDataRole.DisplayRole:
                return None
            return self.pivot.regions[index.row()] or tr("(region unknown)")  # an article without a region
        rows = self.rows_at(index)
        if not rows:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return value_text(rows)
        if role == Qt.ItemDataRole.BackgroundRole:
            if any(r.conflict for r in rows):
                return CONFLICT
            return SEVERAL if any(r.sources > 1 for r in rows) else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return source_tip(rows, self.kind_label)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def mime_for(self, rows: list[int], columns: list[int]) -> QMimeData:
        """TSV and an HTML table; numbers as numbers so spreadsheets paste numeric cells."""
        header = [self.header(c) for c in columns]
        body = [[self.cell(r, c) for c in columns] for r in rows]
        tsv = "\n".join("\t".join(cell_text(v) for v in line) for line in [header] + body) + "\n"
        trs = ["<tr>" + "".join(f"<th>{html.escape(h)}</th>" for h in header) + "</tr>"]
        for line in body:
            trs.append("<tr>" + "".join(
                f'<td x:num="{v}" style="mso-number-format:General">{cell_text(v)}</td>' if isinstance(v, float)
                else f"<td>{html.escape(cell_text(v))}</td>" for v in line) + "</tr>")
        mime = QMimeData()
        mime.setText(tsv)
        mime.setHtml('<html xmlns:x="urn:schemas-microsoft-com:office:excel"><head><meta charset="utf-8"></head>'
                     f"<body><table>{''.join(trs)}</table></body></html>")
        mime.setData("text/tab-separated-values", tsv.encode("utf-8"))
        return mime


class DatasetDialog(QDialog):
    """The Dataset view (it replaces the old Compare dialog: ``name`` is the indicator, ``frame`` the pivot)."""

    sourceRequested = Signal(str, int, int)  # path, start, end of the figure in the cleaned text

    def __init__(self, articles: list[Article], parent=None, inline_limit: int = INLINE_LIMIT):
        super().__init__(parent)
        from gui.indicator_model import kind_label

        self.setWindowTitle(tr("Dataset: regions × periods"))
        self.kind_label = kind_label
        self.rows: list[DatasetRow] = []
        self.by_indicator: dict[str, list[DatasetRow]] = {}
        self.pivot = Pivot("")
        self.ready = threading.Event()
        self.name = QComboBox(self)
        self.name.setEditable(True)
        self.name.setMinimumContentsLength(24)
        self.kind = QComboBox(self)
        self.status = QLabel(self)
        self.view = QTableView(self)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.doubleClicked.connect(self.cell_activated)
        self.model = PivotModel(self.pivot, kind_label, self)
        self.view.setModel(self.model)
        buttons = {}
        for key, text, slot in (("chart", tr("Chart selected regions…"), self.show_chart),
                                ("copy", tr("Copy"), self.copy),
                                ("export", tr("Export pivot…"), self.export),
                                ("export_all", tr("Export dataset…"), self.export_dataset)):
            buttons[key] = QPushButton(text, self)
            buttons[key].clicked.connect(slot)
        self.buttons = buttons
        top = QHBoxLayout()
        top.addWidget(QLabel(tr("Indicator:"), self))
        top.addWidget(self.name, 2)
        top.addWidget(self.kind)
        top.addWidget(self.status, 1)
        bottom = QHBoxLayout()
        for b in buttons.values():
            bottom.addWidget(b)
        bottom.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view)
        layout.addLayout(bottom)
        self.name.currentTextChanged.connect(self._indicator_changed)
        self.kind.currentIndexChanged.connect(lambda _i: self.refresh())
        self.resize(1000, 560)
        self.tasks: list[Task] = []
        if sum(len(a.indicators) for a in articles) <= inline_limit:
            self.set_rows(build_dataset(articles))
        else:
            self.status.setText(tr("Building the dataset…"))
            self._run(lambda: build_dataset(articles), self.set_rows)

    # -- building -------------------------------------------------------------------------

    def _run(self, fn, on_done) -> Task:
        task = Task(fn)
        task.setAutoDelete(False)  # kept in self.tasks until its signal arrives
        self.tasks.append(task)
        task.signals.done.connect(lambda result, task=task: (self.tasks.remove(task), on_done(result)))
        task.signals.failed.connect(lambda msg, task=task: (self.tasks.remove(task), self.status.setText(msg)))
        QThreadPool.globalInstance().start(task)
        return task

    def set_rows(self, rows: list[DatasetRow]) -> None:
        self.rows = rows
        self.by_indicator = {}
        for r in rows:
            self.by_indicator.setdefault(r.indicator, []).append(r)
        current = self.name.currentText()
        self.name.blockSignals(True)
        self.name.clear()
        for indicator, n in indicator_counts(rows):
            self.name.addItem(f"{indicator}", indicator)
            self.name.setItemData(self.name.count() - 1, tr("{0} figures").format(n), Qt.ItemDataRole.ToolTipRole)
        if current:
            self.name.setCurrentText(current)
        self.name.blockSignals(False)
        self.ready.set()
        self._indicator_changed(self.name.currentText())

    def _indicator_changed(self, _text: str = "") -> None:
        if not self.ready.is_set():
            return
        kinds = Counter(r.kind for r in self.by_indicator.get(self.name.currentText(), ()))
        current = self.kind.currentData()
        self.kind.blockSignals(True)
        self.kind.clear()
        self.kind.addItem(tr("All kinds"), "")
        for k, _n in kinds.most_common():
            self.kind.addItem(self.kind_label(k), k)
        self.kind.setCurrentIndex(max(0, self.kind.findData(current)))
        self.kind.blockSignals(False)
        self.refresh()

    def refresh(self) -> None:
        name = self.name.currentText()
        self.pivot = build_pivot(self.by_indicator.get(name) or self.rows, name, self.kind.currentData() or None)
        self.model = PivotModel(self.pivot, self.kind_label, self.view)
        self.view.setModel(self.model)
        self._fit_columns()
        self.status.setText(tr("{0} regions, {1} periods, {2} cells in conflict; {3} rows in the dataset").format(
            len(self.pivot.regions), len(self.pivot.columns), self.pivot.conflicts(), len(self.rows)))

    def _fit_columns(self) -> None:
        """Widths from the header and a sample of cells (resizeColumnsToContents asks every cell: 0.5 s at 120 regions)."""
        fm = self.view.fontMetrics()
        m = self.model
        sample = range(min(60, m.rowCount()))
        for c in range(m.columnCount()):
            texts = [m.header(c)] + [str(m.data(m.index(r, c)) or "") for r in sample]
            self.view.setColumnWidth(c, min(320, max(60, max(fm.horizontalAdvance(t) for t in texts) + 24)))

    @property
    def frame(self):
        """The pivot as a DataFrame (region column, one column per period): what "Export pivot" writes."""
        import pandas as pd

        m = self.model
        cols = [m.header(c) for c in range(m.columnCount())]
        return pd.DataFrame([[m.cell(r, c) for c in range(len(cols))] for r in range(m.rowCount())], columns=cols)

    # -- click-through ----------------------------------------------------------------------

    def sources_at(self, index: QModelIndex) -> list[Source]:
        return [s for r in self.model.rows_at(index) for s in r.refs]

    def cell_activated(self, index: QModelIndex) -> QMenu | None:
        """Open the article at the figure; with several sources, a menu to pick one."""
        sources = self.sources_at(index)
        if len(sources) == 1:
            self.open_source(sources[0])
            return None
        if not sources:
            return None
        menu = QMenu(self)
        for s in sources:
            text = f"{cell_text(s.value)} {s.unit} — {(s.title or s.doc)[:40]} ({s.date or ''})"
            menu.addAction(text).triggered.connect(lambda _c=False, s=s: self.open_source(s))
        menu.popup(QCursor.pos())
        return menu

    def open_source(self, source: Source) -> None:
        self.sourceRequested.emit(source.path, source.start, source.end)

    # -- chart, copy, export ----------------------------------------------------------------

    def selected_regions(self) -> list[int]:
        rows = sorted({i.row() for i in self.view.selectionModel().selectedIndexes()})
        return rows or list(range(min(8, len(self.pivot.regions))))

    def show_chart(self):
        from gui.dataset_chart import LineChartDialog

        dlg = LineChartDialog(self.pivot, self.selected_regions(), self.kind_label, self)
        dlg.show()
        return dlg

    def copy(self) -> None:
        indexes = self.view.selectionModel().selectedIndexes()
        rows = sorted({i.row() for i in indexes}) or list(range(self.model.rowCount()))
        cols = sorted({i.column() for i in indexes}) or list(range(self.model.columnCount()))
        if 0 not in cols:
            cols.insert(0, 0)  # the region always goes with its cells
        QGuiApplication.clipboard().setMimeData(self.model.mime_for(rows, cols))

    def export(self, path: str | None = None) -> str | None:
        from gui.compare import export_frame

        if not path:
            path, _ = QFileDialog.getSaveFileName(self, tr("Export pivot"), "pivot.xlsx", "Excel (*.xlsx);;CSV (*.csv)")
        if not path:
            return None
        try:
            export_frame(self.frame, path)
        except OSError as exc:
            QMessageBox.warning(self, tr("Export failed"), f"{path}: {exc.strerror or exc}")
            return None
        return path

    def export_dataset(self, path: str | None = None) -> Task | None:
        """Write every row of the dataset (CSV, XLSX or Parquet by extension) in a pool thread."""
        from core.dataset.write import write_dataset

        if not path:
            path, _ = QFileDialog.getSaveFileName(self, tr("Export dataset"), "dataset.xlsx",
                                                  "Excel (*.xlsx);;CSV (*.csv);;Parquet (*.parquet)")
        if not path:
            return None
        rows = self.rows
        self.status.setText(tr("Writing {0}…").format(path))
        return self._run(lambda: write_dataset(path, rows),
                         lambda written: self.status.setText(tr("Exported {0} rows to {1}").format(len(rows), ", ".join(written))))
