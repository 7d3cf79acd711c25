"""Compare one indicator across documents or regions (a pandas pivot), and chart rows."""
from __future__ import annotations

import pandas as pd
from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QValueAxis,
)
from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from core.export.tables import cell_text, write_csv, write_xlsx
from core.search.index import fold


def tr(text: str) -> str:
    return QCoreApplication.translate("Compare", text)


def pivot(rows: list[dict], name: str, by: str = "doc", kind_label=str) -> pd.DataFrame:
    """Rows whose name matches ``name`` (across scripts), one column per period, one row per
    document (or region); the value is the figure (the last one when a cell has several)."""
    key = fold(name)
    data = [r for r in rows if key and key in fold(str(r.get("name") or ""))]
    if not data:
        return pd.DataFrame()
    df = pd.DataFrame(data)
    df["period"] = df["period"].fillna("—")
    df["series"] = df["unit"].fillna("") + " · " + df["kind"].fillna("").map(kind_label)
    table = df.pivot_table(index=by, columns=["period", "series"], values="value", aggfunc="last")
    table.columns = [f"{p} ({s})" for p, s in table.columns]
    return table.reset_index()


class FrameModel(QAbstractTableModel):
    def __init__(self, frame: pd.DataFrame, parent=None):
        super().__init__(parent)
        self.frame = frame

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.frame)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.frame.columns)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return str(self.frame.columns[section])
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole or not index.isValid():
            return None
        v = self.frame.iat[index.row(), index.column()]
        if isinstance(v, float):
            return "" if pd.isna(v) else cell_text(v)
        return str(v)


class CompareDialog(QDialog):
    def __init__(self, rows: list[dict], names: list[str], regions: dict[str, str], titles: dict[str, str] | None = None,
                 parent=None):
        super().__init__(parent)
        self.setWindowTitle(tr("Compare an indicator"))
        titles = titles or {}
        self.rows = [dict(r, region=regions.get(r["doc"], ""), doc=titles.get(r["doc"]) or r["doc"]) for r in rows]
        self.name = QComboBox(self)
        self.name.setEditable(True)
        self.name.addItems(names)
        self.by = QComboBox(self)
        self.by.addItem(tr("by document"), "doc")
        self.by.addItem(tr("by region"), "region")
        self.view = QTableView(self)
        self.frame = pd.DataFrame()
        export = QPushButton(tr("Export…"), self)
        export.clicked.connect(self.export)
        top = QHBoxLayout()
        top.addWidget(QLabel(tr("Indicator:"), self))
        top.addWidget(self.name, 2)
        top.addWidget(self.by)
        top.addWidget(export)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view)
        layout.addWidget(buttons)
        self.name.currentTextChanged.connect(self.refresh)
        self.by.currentIndexChanged.connect(self.refresh)
        self.resize(900, 500)
        self.refresh()

    def refresh(self, *_args) -> None:
        from gui.indicator_model import kind_label

        self.frame = pivot(self.rows, self.name.currentText(), self.by.currentData(), kind_label)
        if not self.frame.empty:
            self.frame = self.frame.rename(columns={"doc": tr("Document"), "region": tr("Region")})
        self.view.setModel(FrameModel(self.frame, self.view))
        self.view.resizeColumnsToContents()

    def export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, tr("Export comparison"), "compare.xlsx", "Excel (*.xlsx);;CSV (*.csv)")
        if path:
            export_frame(self.frame, path)


def export_frame(frame: pd.DataFrame, path: str) -> None:
    rows = frame.to_dict("records")
    cols = [str(c) for c in frame.columns]
    rows = [{str(k): (None if isinstance(v, float) and pd.isna(v) else v) for k, v in r.items()} for r in rows]
    (write_csv if path.lower().endswith(".csv") else write_xlsx)(path, rows, cols, cols)


class ChartDialog(QDialog):
    """A bar chart of the selected rows, by period or by entity; saved as PNG."""

    def __init__(self, rows: list[dict], parent=None):
        super().__init__(parent)
        self.setWindowTitle(tr("Chart"))
        self.rows = rows
        self.by = QComboBox(self)
        self.by.addItem(tr("by period"), "period")
        self.by.addItem(tr("by name"), "name")
        self.by.addItem(tr("by document"), "doc")
        self.chart = QChart()
        self.view = QChartView(self.chart, self)
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        save = QPushButton(tr("Save as PNG…"), self)
        save.clicked.connect(self.save)
        top = QHBoxLayout()
        top.addWidget(self.by)
        top.addStretch(1)
        top.addWidget(save)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view)
        self.by.currentIndexChanged.connect(self.refresh)
        self.resize(800, 500)
        self.refresh()

    def refresh(self, *_args) -> None:
        self.chart.removeAllSeries()
        for axis in self.chart.axes():
            self.chart.removeAxis(axis)
        key = self.by.currentData()
        other = "period" if key == "name" else "name"
        # one bar set per name (or per period when grouping by name), one category per group
        sets: dict[str, dict[str, float]] = {}
        for r in self.rows:
            label = str(r.get(key) or "—")
            name = f"{r.get(other) or '—'} ({r.get('unit') or ''})"
            sets.setdefault(name, {})[label] = float(r.get("value") or 0)
        categories = sorted({c for values in sets.values() for c in values})
        series = QBarSeries()
        for name, values in sets.items():
            s = QBarSet(name)
            for c in categories:
                s.append(values.get(c, 0.0))
            series.append(s)
        self.chart.addSeries(series)
        x = QBarCategoryAxis()
        x.append(categories)
        y = QValueAxis()
        self.chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        self.chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(x)
        series.attachAxis(y)
        self.chart.setTitle(tr("{0} rows").format(len(self.rows)))

    def save(self, path: str | None = None) -> bool:
        if not path:
            path, _ = QFileDialog.getSaveFileName(self, tr("Save chart"), "chart.png", "PNG (*.png)")
        return bool(path) and self.view.grab().save(path, "PNG")
