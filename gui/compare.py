"""Chart selected rows of the indicator table, and write a pivot frame (the Dataset view's "Export pivot").

Comparing one indicator across regions and periods is the Dataset view (gui/dataset_view.py).
"""
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
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
)

from core.export.tables import write_csv, write_xlsx


def tr(text: str) -> str:
    return QCoreApplication.translate("Compare", text)


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
