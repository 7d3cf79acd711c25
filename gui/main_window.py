"""The workbench window: library, side-by-side reader, indicator table, problems panel."""
from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication, QEvent, QItemSelectionModel, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QDockWidget,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from core.annotations import COLOURS, AnnotationStore
from core.conversion import ScriptConverter, available_configs, config_name
from core.loader import LoadError, load
from core.search import search_text
from gui import i18n
from gui.annotations_panel import AnnotationsPanel, colour_label
from gui.window_actions import AnnotationActions, TableActions
from gui.corrections import CorrectionStore
from gui.indicator_model import COLUMNS, KIND_STYLE, KINDS, IndicatorTableModel, kind_label
from gui.library import LibraryModel, LibraryPanel
from gui.problems import explain
from gui.loading import LoadedDocument, LoadJob, start
from gui.reader import Mark, ReaderPane, converted_marks, cjk_font, indicator_marks
from gui.settings import Settings, data_dir


def tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


class MainWindow(AnnotationActions, TableActions, QMainWindow):
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
        for col, width in zip(range(len(COLUMNS)), (220, 80, 70, 70, 110, 100, 50, 60, 420, 160)):
            self.table.setColumnWidth(col, width)
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

    def _action(self, slot, shortcut=None) -> QAction:
        a = QAction(self)
        if shortcut:
            a.setShortcut(shortcut)
        a.triggered.connect(slot)
        return a

    def _actions(self) -> None:
        S = QKeySequence.StandardKey
        self.act_open = self._action(self.open_files, S.Open)
        self.act_open_folder = self._action(self.open_folder, QKeySequence("Ctrl+Shift+O"))
        self.act_export_csv = self._action(lambda: self.export_table("csv"))
        self.act_export_xlsx = self._action(lambda: self.export_table("xlsx"))
        self.act_quit = self._action(self.close, S.Quit)
        self.act_undo = self.table_model.undo_stack.createUndoAction(self)
        self.act_undo.setShortcut(S.Undo)
        self.act_redo = self.table_model.undo_stack.createRedoAction(self)
        self.act_redo.setShortcut(S.Redo)
        self.act_copy = self._action(self.copy_selection, S.Copy)
        self.act_copy.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.table.addAction(self.act_copy)
        self.act_find = self._action(self.show_find, S.Find)
        self.act_zoom_in = self._action(lambda: self.zoom(1), S.ZoomIn)
        self.act_zoom_out = self._action(lambda: self.zoom(-1), S.ZoomOut)
        self.act_compare = self._action(self.show_compare)
        self.act_chart = self._action(self.show_chart)
        self.act_problems = self.problems_dock.toggleViewAction()
        self.act_library = self.library_dock.toggleViewAction()
        self.act_about = self._action(self.about)
        self.act_highlight = self._action(lambda: self.highlight_selection(), QKeySequence("Ctrl+H"))
        self.act_highlight_note = self._action(lambda: self.highlight_selection(ask_note=True), QKeySequence("Ctrl+Shift+H"))
        self.act_note_figure = self._action(self.note_on_figure, QKeySequence("Ctrl+Alt+H"))
        self.act_edit_note = self._action(self.edit_annotation_note)
        self.annotations_panel.edit_button.clicked.connect(self.edit_annotation_note)
        self.act_export_annotations = {fmt: self._action(lambda _c=False, fmt=fmt: self.export_annotations(fmt)) for fmt in ("md", "csv", "json")}
        self.act_import_annotations = self._action(self.import_annotations)
        self.act_annotations = self.annotations_dock.toggleViewAction()
        self.colour_group = QActionGroup(self)
        self.colour_actions = {}
        for c in COLOURS:
            a = QAction(self, checkable=True)
            a.setChecked(c == "yellow")
            self.colour_group.addAction(a)
            self.colour_actions[c] = a
        self.lang_group = QActionGroup(self)
        self.lang_actions = {}
        for code in i18n.LANGUAGES:
            a = QAction(i18n.LANGUAGES[code], self, checkable=True)
            a.setChecked(code == self.settings.language)
            a.triggered.connect(lambda _c=False, code=code: self.set_language(code))
            self.lang_group.addAction(a)
            self.lang_actions[code] = a

        mb = self.menuBar()
        self.menu_file = mb.addMenu("")
        self.menu_file.addActions([self.act_open, self.act_open_folder])
        self.menu_recent = self.menu_file.addMenu("")
        self.menu_recent.aboutToShow.connect(self._fill_recent)
        self.menu_file.addSeparator()
        self.menu_file.addActions([self.act_export_csv, self.act_export_xlsx])
        self.menu_export_annotations = self.menu_file.addMenu("")
        self.menu_export_annotations.addActions(list(self.act_export_annotations.values()))
        self.menu_file.addAction(self.act_import_annotations)
        self.menu_file.addSeparator()
        self.menu_file.addAction(self.act_quit)
        self.menu_edit = mb.addMenu("")
        self.menu_edit.addActions([self.act_undo, self.act_redo, self.act_copy, self.act_find])
        self.menu_edit.addSeparator()
        self.menu_edit.addActions([self.act_highlight, self.act_highlight_note, self.act_note_figure, self.act_edit_note])
        self.menu_colour = self.menu_edit.addMenu("")
        self.menu_colour.addActions(list(self.colour_actions.values()))
        self.menu_view = mb.addMenu("")
        self.menu_view.addActions([self.act_zoom_in, self.act_zoom_out])
        self.menu_view.addSeparator()
        self.menu_view.addActions([self.act_library, self.act_annotations, self.act_problems, self.act_compare, self.act_chart])
        self.menu_settings = mb.addMenu("")
        self.menu_language = self.menu_settings.addMenu("")
        self.menu_language.addActions(list(self.lang_actions.values()))
        self.menu_help = mb.addMenu("")
        self.menu_help.addAction(self.act_about)

    def _toolbar(self) -> None:
        self.toolbar = QToolBar(self)
        self.toolbar.setObjectName("main")
        self.addToolBar(self.toolbar)
        self.toolbar.addActions([self.act_open, self.act_open_folder])
        self.toolbar.addSeparator()
        self.right_mode = QComboBox(self)
        self.right_mode.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.right_mode.setMinimumContentsLength(14)
        self.toolbar.addWidget(self.right_mode)
        self.config_box = QComboBox(self)
        self.config_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.config_box.setMinimumContentsLength(18)
        self.toolbar.addWidget(self.config_box)
        self.toolbar.addSeparator()
        self.toolbar.addActions([self.act_find, self.act_highlight, self.act_zoom_out, self.act_zoom_in])
        self.toolbar.addSeparator()
        self.legend = QLabel(self)
        self.toolbar.addWidget(self.legend)

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
        self.library.rowsInserted.connect(lambda *_a: self._fill_right_modes())
        self.library.rowsRemoved.connect(lambda *_a: self._fill_right_modes())

    # -- language -------------------------------------------------------------------------

    def set_language(self, code: str) -> None:
        self.settings.language = code
        i18n.install(QApplication.instance(), code)  # posts LanguageChange to every widget

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(tr("PolicyLens — policy article workbench"))
        self.menu_file.setTitle(tr("&File"))
        self.menu_recent.setTitle(tr("Recent files"))
        self.menu_edit.setTitle(tr("&Edit"))
        self.menu_view.setTitle(tr("&View"))
        self.menu_settings.setTitle(tr("&Settings"))
        self.menu_language.setTitle(tr("Language"))
        self.menu_help.setTitle(tr("&Help"))
        self.act_open.setText(tr("Open files…"))
        self.act_open_folder.setText(tr("Open folder…"))
        self.act_export_csv.setText(tr("Export table as CSV…"))
        self.act_export_xlsx.setText(tr("Export table as Excel…"))
        self.act_quit.setText(tr("Quit"))
        self.act_undo.setText(tr("Undo"))
        self.act_redo.setText(tr("Redo"))
        self.act_copy.setText(tr("Copy"))
        self.act_find.setText(tr("Find…"))
        self.act_zoom_in.setText(tr("Zoom in"))
        self.act_zoom_out.setText(tr("Zoom out"))
        self.act_compare.setText(tr("Compare an indicator…"))
        self.act_chart.setText(tr("Chart selected rows…"))
        self.act_problems.setText(tr("Problems"))
        self.act_library.setText(tr("Library"))
        self.act_about.setText(tr("About PolicyLens"))
        self.act_highlight.setText(tr("Highlight selection"))
        self.act_highlight_note.setText(tr("Highlight with a note…"))
        self.act_note_figure.setText(tr("Note on the selected figure…"))
        self.act_edit_note.setText(tr("Edit the selected note…"))
        self.menu_colour.setTitle(tr("Highlight colour"))
        for c, a in self.colour_actions.items():
            a.setText(colour_label(c))
        self.menu_export_annotations.setTitle(tr("Export annotations"))
        self.act_export_annotations["md"].setText(tr("As Markdown…"))
        self.act_export_annotations["csv"].setText(tr("As CSV…"))
        self.act_export_annotations["json"].setText(tr("As JSON…"))
        self.act_import_annotations.setText(tr("Import annotations (JSON)…"))
        self.act_annotations.setText(tr("Annotations"))
        self.annotations_dock.setWindowTitle(tr("Annotations"))
        self.annotations_panel.retranslate()
        self.library_dock.setWindowTitle(tr("Library"))
        self.problems_dock.setWindowTitle(tr("Problems"))
        self.cancel_button.setText(tr("Cancel"))
        self.table_text.setPlaceholderText(tr("Filter indicators…"))
        self.only_current.setText(tr("Current article only"))
        self.find_edit.setPlaceholderText(tr("Find in article (any script)…"))
        self.kind_filter.blockSignals(True)
        current = self.kind_filter.currentData()
        self.kind_filter.clear()
        self.kind_filter.addItem(tr("All kinds"), "")
        for k in KINDS:
            self.kind_filter.addItem(kind_label(k), k)
        self.kind_filter.setCurrentIndex(max(0, self.kind_filter.findData(current)))
        self.kind_filter.blockSignals(False)
        self.config_box.blockSignals(True)
        current = self.config_box.currentData()
        self.config_box.clear()
        for c in available_configs():
            self.config_box.addItem(config_name(c, self.settings.language), c)
        self.config_box.setCurrentIndex(max(0, self.config_box.findData(current)))
        self.config_box.blockSignals(False)
        self._fill_right_modes()
        self.legend.setText(" ".join(
            f'<span style="background:{KIND_STYLE[k][0]};text-decoration:underline">&nbsp;{kind_label(k)}&nbsp;</span>'
            for k in KINDS))
        self.library_panel.retranslate()
        self.library.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 5)
        self.table_model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        self._count_rows()

    def _fill_right_modes(self) -> None:
        self.right_mode.blockSignals(True)
        current = self.right_mode.currentData()
        self.right_mode.clear()
        self.right_mode.addItem(tr("Conversion"), "")
        for d in self.library.docs:
            self.right_mode.addItem(tr("Compare with: {0}").format((d.metadata.title or os.path.basename(d.path))[:30]), d.path)
        self.right_mode.setCurrentIndex(max(0, self.right_mode.findData(current)))
        self.right_mode.blockSignals(False)

    # -- loading --------------------------------------------------------------------------

    def load_paths(self, paths: list[str]) -> LoadJob:
        job = LoadJob(paths, self.index_path)
        job.signals.started.connect(self._job_started)
        job.signals.loaded.connect(self.document_loaded)
        job.signals.failed.connect(self.report_problem)
        job.signals.progress.connect(self._job_progress)
        job.signals.finished.connect(lambda cancelled, job=job: self._job_finished(job, cancelled))
        self.jobs.append(job)
        for p in paths:
            self.settings.add_recent(os.path.abspath(p))
        start(job)
        return job

    def _job_started(self, total: int) -> None:
        if total > 1:
            self.progress.setRange(0, total)
            self.progress.setValue(0)
            self.progress.show()
            self.cancel_button.show()

    def _job_progress(self, done: int, total: int) -> None:
        self.progress.setValue(done)
        self.statusBar().showMessage(tr("Loading {0} of {1}…").format(done, total))

    def _job_finished(self, job: LoadJob, cancelled: bool) -> None:
        if job in self.jobs:
            self.jobs.remove(job)
        if not self.jobs:
            self.progress.hide()
            self.cancel_button.hide()
        self.statusBar().showMessage(tr("Loading cancelled") if cancelled else tr("{0} articles in the library").format(len(self.library.docs)), 5000)
        self.save_library()
        if not self.current_path and self.library.docs:
            wanted = self.settings.current
            self.library_panel.select_path(wanted if self.library.find(wanted) else self.library.docs[0].path)

    def cancel_loading(self) -> None:
        for job in list(self.jobs):
            job.cancel()

    def document_loaded(self, doc: LoadedDocument) -> None:
        if self.library.find(doc.path):
            self.table_model.remove_document(doc.path)
        self.library.add(doc)
        self.table_model.add_document(doc.path, doc.key, doc.indicators, refresh=False)
        self._table_refresh.start()
        if doc.path == self.current_path:
            self.table_model.refresh()
            self.open_document(doc.path)

    def report_problem(self, path: str, reason: str) -> None:
        self.problems.addItem(f"{path}: {explain(reason)}")
        self.problems_dock.show()

    def start_library(self, files: list[str], samples: list[str]) -> None:
        """Files from the command line; else the last library; on first start the samples."""
        library = self.settings.library
        if files:
            self.load_paths(files)
        elif library is None:
            self.load_paths(samples)
        else:
            existing = [p for p in library if os.path.exists(p)]
            for p in library:
                if p not in existing:
                    self.report_problem(p, "the file is no longer there")
            if existing:
                self.load_paths(existing)

    def save_library(self) -> None:
        self.settings.library = [d.path for d in self.library.docs]

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

    # -- files ----------------------------------------------------------------------------

    def open_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, tr("Open articles"), "", tr("Articles (*.txt *.htm *.html);;All files (*)"))
        if paths:
            self.load_paths(paths)

    def open_folder(self) -> None:
        path = QFileDialog.getExistingDirectory(self, tr("Open a folder of articles"))
        if path:
            self.load_paths([path])

    def _fill_recent(self) -> None:
        self.menu_recent.clear()
        for p in self.settings.recent:
            a = self.menu_recent.addAction(p)
            a.triggered.connect(lambda _c=False, p=p: self.load_paths([p]))

    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            self.load_paths(paths)
            event.acceptProposedAction()

    def about(self) -> None:
        from core import __version__

        QMessageBox.about(self, tr("About PolicyLens"), tr("PolicyLens {0}\nReads, converts and extracts indicators from Chinese policy articles. Works fully offline.").format(__version__))

    # -- state ----------------------------------------------------------------------------

    def restore_state(self) -> None:
        geometry = self.settings.geometry("geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            screen = QGuiApplication.primaryScreen().availableGeometry()
            self.resize(min(1500, screen.width() - 40), min(950, screen.height() - 40))
            self.resizeDocks([self.library_dock], [520], Qt.Orientation.Horizontal)
        state = self.settings.geometry("state")
        if state is not None:
            self.restoreState(state)

    def closeEvent(self, event) -> None:
        self.cancel_loading()
        self.settings.set_geometry("geometry", self.saveGeometry())
        self.settings.set_geometry("state", self.saveState())
        self.save_library()
        self.settings.sync()
        self.annotation_store.close()
        super().closeEvent(event)
