"""The workbench window: library, side-by-side reader, indicator table, problems panel."""
from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDockWidget,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from core.annotate.store import AnnotationStore
from core.extraction import catalogue
from gui.annotations_panel import AnnotationsPanel
from gui.corrections import CorrectionStore
from gui.indicator_model import (
    COLUMNS,
    IndicatorTableModel,
)
from gui.library import LibraryModel, LibraryPanel
from gui.loading import LoadJob
from gui.reader import Mark, ReaderPane
from gui.settings import Settings, data_dir
from gui.window_actions import AnnotationActions, TableActions
from gui.window_library import LibraryActions
from gui.window_menus import MenuActions
from gui.window_reader import ReaderActions


def tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


class MainWindow(MenuActions, LibraryActions, ReaderActions, AnnotationActions, TableActions, QMainWindow):
    def __init__(self, settings: Settings, parent=None):
        super().__init__(parent)
        self.settings = settings
        self.setAcceptDrops(True)
        self.library = LibraryModel(self)
        self.table_model = IndicatorTableModel(CorrectionStore(os.path.join(data_dir(), "corrections.json")), self)
        self.jobs: list[LoadJob] = []
        self.index_path = os.path.join(data_dir(), "search.sqlite3")
        self.annotation_store = AnnotationStore(os.path.join(data_dir(), "annotations.sqlite3"))
        self._find_marks: list[Mark] = []
        self.current_path = ""
        self.current_doc = None
        self.conversion = None
        self._syncing = False
        self._find_hits: list[int] = []
        self._table_refresh = QTimer(self)  # many documents arriving: refresh the table once
        self._table_refresh.setSingleShot(True)
        self._table_refresh.setInterval(150)
        self._table_refresh.timeout.connect(self.table_model.refresh)
        self._find_at = -1
        self._build()
        self.retranslate()
        self.apply_font()
        if self.annotation_store.recovered:
            self.report_problem(self.annotation_store.path, self.annotation_store.recovered)
        problem = catalogue.active()[1]
        if problem:  # a bad row in the user's indicator catalogue: the shipped one is used meanwhile
            self.report_problem(str(catalogue.user_path()), problem)

    # -- construction ---------------------------------------------------------------------

    def _build(self) -> None:
        self.left = ReaderPane(self)
        self.right = ReaderPane(self)
        self.reader_split = QSplitter(Qt.Orientation.Horizontal, self)
        self.reader_split.addWidget(self.left)
        self.reader_split.addWidget(self.right)

        self.kind_filter = QComboBox(self)
        self.table_text = QLineEdit(self)
        self.only_current = QCheckBox(self)
        self.only_current.setChecked(True)
        self.table = QTableView(self)
        self.table.setModel(self.table_model)
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # document order first
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.table.verticalHeader().setDefaultSectionSize(22)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        widths = {"name": 220, "value": 80, "unit": 70, "kind": 70, "period": 120, "indicator": 160, "qualifier": 100,
                  "approx": 50, "scope": 60, "page": 50, "sentence": 420, "doc": 160}
        for col, name in enumerate(COLUMNS):
            self.table.setColumnWidth(col, widths[name])
        self.table_count = QLabel(self)
        table_box = QWidget(self)
        bar = QHBoxLayout()
        bar.addWidget(self.kind_filter)
        bar.addWidget(self.table_text, 2)
        bar.addWidget(self.only_current)
        bar.addWidget(self.table_count)
        box = QVBoxLayout(table_box)
        box.setContentsMargins(0, 0, 0, 0)
        box.addLayout(bar)
        box.addWidget(self.table)

        self.find_bar = QWidget(self)
        self.find_edit = QLineEdit(self.find_bar)
        self.find_status = QLabel(self.find_bar)
        fl = QHBoxLayout(self.find_bar)
        fl.setContentsMargins(4, 0, 4, 0)
        fl.addWidget(self.find_edit)
        fl.addWidget(self.find_status)
        self.find_bar.setSizePolicy(self.find_bar.sizePolicy().horizontalPolicy(), QSizePolicy.Policy.Fixed)
        self.find_bar.hide()

        top = QWidget(self)
        tl = QVBoxLayout(top)
        tl.setContentsMargins(0, 0, 0, 0)
        tl.addWidget(self.find_bar, 0)
        tl.addWidget(self.reader_split, 1)
        self.main_split = QSplitter(Qt.Orientation.Vertical, self)
        self.main_split.addWidget(top)
        self.main_split.addWidget(table_box)
        self.main_split.setStretchFactor(0, 3)
        self.main_split.setStretchFactor(1, 2)
        self.setCentralWidget(self.main_split)

        self.library_panel = LibraryPanel(self.library, self.index_path, self)
        self.library_dock = QDockWidget(self)
        self.library_dock.setObjectName("library")
        self.library_dock.setWidget(self.library_panel)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.library_dock)
        self.annotations_panel = AnnotationsPanel(self.annotation_store, self.table_model.undo_stack, self)
        self.annotations_dock = QDockWidget(self)
        self.annotations_dock.setObjectName("annotations")
        self.annotations_dock.setWidget(self.annotations_panel)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.annotations_dock)
        self.annotations_dock.hide()
        self.problems = QListWidget(self)
        self.problems_dock = QDockWidget(self)
        self.problems_dock.setObjectName("problems")
        self.problems_dock.setWidget(self.problems)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.problems_dock)
        self.problems_dock.hide()

        self.progress = QProgressBar(self)
        self.progress.setMaximumWidth(240)
        self.cancel_button = QPushButton(self)
        self.progress.hide()
        self.cancel_button.hide()
        self.statusBar().addPermanentWidget(self.progress)
        self.statusBar().addPermanentWidget(self.cancel_button)

        self._actions()
        self._toolbar()
        self._connect()


    def _connect(self) -> None:
        self.library_panel.opened.connect(self.open_document)
        self.left.markClicked.connect(self.mark_clicked)
        self.right.markClicked.connect(self.mark_clicked)
        self.left.selectionChanged.connect(lambda: self._mirror_selection(self.left))
        self.right.selectionChanged.connect(lambda: self._mirror_selection(self.right))
        self.left.scrolledTo.connect(lambda pos: self._sync(self.left, pos))
        self.right.scrolledTo.connect(lambda pos: self._sync(self.right, pos))
        self.table.selectionModel().currentRowChanged.connect(self.row_selected)
        self.kind_filter.currentIndexChanged.connect(lambda _i: self.table_model.set_filter(kind=self.kind_filter.currentData() or ""))
        self.table_text.textChanged.connect(lambda t: self.table_model.set_filter(text=t))
        self.only_current.toggled.connect(self._scope_changed)
        self.table_model.modelReset.connect(self._count_rows)
        self.table_model.edited.connect(lambda _row: self._refresh_marks())
        self.config_box.currentIndexChanged.connect(lambda _i: self.render_right())
        self.right_mode.currentIndexChanged.connect(lambda _i: self.render_right())
        self.cancel_button.clicked.connect(self.cancel_loading)
        self.find_edit.textChanged.connect(self.find)
        self.find_edit.returnPressed.connect(self.find_next)
        self.annotations_panel.changed.connect(self._draw_extra)
        self.annotations_panel.activated.connect(self._reveal_annotation)
        # an article leaving: the compare choices (gui/window_menus.py) go back to the conversion
        # silently, unless the chosen article is still there
        self.library.rowsAboutToBeRemoved.connect(lambda *_a: self._compare_leaving())
        self.library.rowsRemoved.connect(lambda *_a: self._fill_right_modes())


