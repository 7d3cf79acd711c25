"""A line chart of regions over time for one indicator of the Dataset view; saved as PNG."""
from __future__ import annotations

from collections import Counter

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QChart,
    QChartView,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
)

from core.dataset.pivot import Pivot


def tr(text: str) -> str:
    return QCoreApplication.translate("Dataset", text)


def series_points(pivot: Pivot, regions: list[int]) -> tuple[list[str], str | None, dict[str, list[tuple[int, float]]]]:
    """Categories (dated periods in time order), the kind charted, and each region's (category, value) points.

    Only periods with dates are on the time axis; with several kinds, the most frequent one is
    charted (growth rates and levels do not share an axis). Where sources disagree, the first value.
    """
    kinds = Counter(c.kind for c in pivot.columns if c.period_from)
    kind = kinds.most_common(1)[0][0] if kinds else None
    cols = [i for i, c in enumerate(pivot.columns) if c.period_from and c.kind == kind]
    categories = [pivot.columns[i].label or pivot.columns[i].period_from for i in cols]
    points: dict[str, list[tuple[int, float]]] = {}
    for r in regions:
        pts = [(x, pivot.rows_at(r, c)[0].value) for x, c in enumerate(cols) if pivot.rows_at(r, c)]
        if pts:
            points[pivot.regions[r]] = pts
    return categories, kind, points


class LineChartDialog(QDialog):
    def __init__(self, pivot: Pivot, regions: list[int], kind_label=str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(tr("Chart"))
        categories, kind, points = series_points(pivot, regions)
        self.points = points
        self.chart = QChart()
        unit = next((rows[0].unit for rows in pivot.cells.values() if rows), "")
        title = " · ".join(x for x in (pivot.indicator, kind_label(kind) if kind else "", unit) if x)
        self.chart.setTitle(title)
        x = QBarCategoryAxis()
        x.append(categories or ["—"])
        y = QValueAxis()
        self.chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        self.chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
        values = [v for pts in points.values() for _x, v in pts]
        if values:
            low, high = min(values), max(values)
            pad = (high - low) * 0.1 or abs(high) * 0.1 or 1
            y.setRange(low - pad, high + pad)
        for region, pts in points.items():
            s = QLineSeries()
            s.setName(region)
            s.setPointsVisible(True)
            for px, v in pts:
                s.append(px, v)
            self.chart.addSeries(s)
            s.attachAxis(x)
            s.attachAxis(y)
        self.view = QChartView(self.chart, self)
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        save = QPushButton(tr("Save as PNG…"), self)
        save.clicked.connect(lambda: self.save())
        top = QHBoxLayout()
        top.addWidget(QLabel(tr("{0} regions over {1} periods").format(len(points), len(categories)), self))
        top.addStretch(1)
        top.addWidget(save)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view)
        self.resize(820, 500)

    def save(self, path: str | None = None) -> bool:
        if not path:
            path, _ = QFileDialog.getSaveFileName(self, tr("Save chart"), "chart.png", "PNG (*.png)")
        return bool(path) and self.view.grab().save(path, "PNG")
