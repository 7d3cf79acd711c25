"""The window's menus, toolbar and their texts in the interface language.

A mixin of ``MainWindow``: it uses the window's panes, models and settings.
"""
from __future__ import annotations

import os

from PySide6.QtCore import QAbstractListModel, QCoreApplication, QEvent, QModelIndex, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QLabel,
    QMessageBox,
    QToolBar,
)

from core.annotate.store import COLOURS
from core.convert.conversion import available_configs, config_name
from gui import i18n
from gui.annotations_panel import colour_label
from gui.indicator_model import (
    COLUMNS,
    KIND_STYLE,
    KINDS,
    kind_label,
)


def tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


class MenuActions:
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
        self.act_export_briefing = self._action(lambda: self.export_briefing())
        self.act_print = self._action(lambda: self.print_briefing(), S.Print)
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
        self.menu_file.addActions([self.act_export_briefing, self.act_print])
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
        self.right_mode.setModel(CompareChoices(self.library, self.right_mode))
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
        self.act_export_briefing.setText(tr("Export briefing…"))
        self.act_print.setText(tr("Print…"))
        self.act_quit.setText(tr("Quit"))
        self.act_undo.setText(tr("Undo"))
        self.act_redo.setText(tr("Redo"))
        self.act_copy.setText(tr("Copy"))
        self.act_find.setText(tr("Find…"))
        self.act_zoom_in.setText(tr("Zoom in"))
        self.act_zoom_out.setText(tr("Zoom out"))
        self.act_compare.setText(tr("Dataset: regions × periods…"))
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

    def _compare_leaving(self) -> None:
        """Articles about to leave the library: the choice as it is, before the combo box moves
        off a removed one (quietly: :meth:`_fill_right_modes` settles it)."""
        self._compare_kept = self.right_mode.currentData()
        self.right_mode.blockSignals(True)

    def _fill_right_modes(self) -> None:
        """Labels in the current language; after an article left, back to the conversion unless
        the chosen one is still there."""
        self.right_mode.blockSignals(True)
        current = getattr(self, "_compare_kept", None)
        current = self.right_mode.currentData() if current is None else current
        self._compare_kept = None
        self.right_mode.model().relabel()
        self.right_mode.setCurrentIndex(max(0, self.right_mode.findData(current)))
        self.right_mode.blockSignals(False)

    def _fill_recent(self) -> None:
        self.menu_recent.clear()
        for p in self.settings.recent:
            a = self.menu_recent.addAction(p)
            a.triggered.connect(lambda _c=False, p=p: self.load_paths([p]))

    def about(self) -> None:
        from core import __version__

        QMessageBox.about(self, tr("About PolicyLens"), tr("PolicyLens {0}\nReads, converts and extracts indicators from Chinese policy articles. Works fully offline.").format(__version__))



class CompareChoices(QAbstractListModel):
    """The right pane's choices: the conversion, then comparing with each article of the library
    (path in UserRole). Read from the library model when shown: a combo box item per article
    cost ~600 bytes, and rebuilding them for each article made loading a library quadratic."""

    def __init__(self, library, parent=None):
        super().__init__(parent)
        self.library = library
        library.rowsAboutToBeInserted.connect(lambda _p, first, last: self.beginInsertRows(QModelIndex(), first + 1, last + 1))
        library.rowsInserted.connect(lambda *_a: self.endInsertRows())
        library.rowsAboutToBeRemoved.connect(lambda _p, first, last: self.beginRemoveRows(QModelIndex(), first + 1, last + 1))
        library.rowsRemoved.connect(lambda *_a: self.endRemoveRows())
        library.dataChanged.connect(lambda a, b, *_r: self.dataChanged.emit(self.index(a.row() + 1), self.index(b.row() + 1)))

    def relabel(self) -> None:
        if self.rowCount():
            self.dataChanged.emit(self.index(0), self.index(self.rowCount() - 1))

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.library.docs) + 1

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = index.row()
        if role == Qt.ItemDataRole.UserRole:
            return self.library.docs[row - 1].path if row else ""
        if role == Qt.ItemDataRole.DisplayRole:
            if not row:
                return tr("Conversion")
            doc = self.library.docs[row - 1]
            return tr("Compare with: {0}").format((doc.metadata.title or os.path.basename(doc.path))[:30])
        return None
