"""Highlights and notes in the window: create from either pane, list, search, edit, delete, undo.

Writes go to the core ``AnnotationStore`` (its own serialised writer thread); the panel shows a
change as saved only when the store reports it committed.
"""
from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QColor, QUndoCommand
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from core.annotate.store import COLOURS, Annotation, AnnotationStore, Placement
from core.search.index import fold

COLOUR_HEX = {"yellow": "#fff59d", "green": "#c5e1a5", "blue": "#90caf9", "pink": "#f8bbd0", "orange": "#ffcc80"}


def tr(text: str) -> str:
    return QCoreApplication.translate("Annotations", text)


def colour_label(colour: str) -> str:
    return {"yellow": tr("yellow"), "green": tr("green"), "blue": tr("blue"), "pink": tr("pink"), "orange": tr("orange")}.get(colour, colour)


class SavedSignal(QObject):
    """Carries 'committed' back from the writer thread to the GUI thread."""

    saved = Signal(object)  # Annotation
    failed = Signal(str)


class AnnotationCommand(QUndoCommand):
    """Create, edit or delete: redo writes ``new``, undo writes ``old`` (tombstone or previous)."""

    def __init__(self, panel: "AnnotationsPanel", text: str, old: Annotation | None, new: Annotation):
        super().__init__(text)
        self.panel, self.old, self.new = panel, old, new

    def redo(self) -> None:
        self.panel.write(self.new)

    def undo(self) -> None:
        self.panel.write(self.old.edited() if self.old is not None else self.new.edited(deleted=True))


class AnnotationsPanel(QWidget):
    changed = Signal()
    activated = Signal(object)  # Placement

    def __init__(self, store: AnnotationStore, undo_stack, parent=None):
        super().__init__(parent)
        self.store = store
        self.undo_stack = undo_stack
        self.signals = SavedSignal(self)
        self.signals.saved.connect(self._saved)
        self.placements: list[Placement] = []  # of the current document
        self.current_path = ""
        self.scope = QComboBox(self)
        self.colour = QComboBox(self)
        self.search = QLineEdit(self)
        self.list = QListWidget(self)
        self.edit_button = QPushButton(self)
        self.delete_button = QPushButton(self)
        top = QHBoxLayout()
        top.addWidget(self.scope)
        top.addWidget(self.colour)
        top.addWidget(self.search, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        self.scope.currentIndexChanged.connect(lambda _i: self.refresh())
        self.colour.currentIndexChanged.connect(lambda _i: self.refresh())
        self.search.textChanged.connect(lambda _t: self.refresh())
        self.list.itemDoubleClicked.connect(self._activate)
        self.delete_button.clicked.connect(self.delete_selected)
        self.retranslate()

    def retranslate(self) -> None:
        for combo, items in (
            (self.scope, [(tr("This article"), "doc"), (tr("Whole library"), "all")]),
            (self.colour, [(tr("All colours"), "")] + [(colour_label(c), c) for c in COLOURS]),
        ):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            for label, data in items:
                combo.addItem(label, data)
            combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.blockSignals(False)
        self.search.setPlaceholderText(tr("Search quotes and notes…"))
        self.edit_button.setText(tr("Edit note…"))
        self.delete_button.setText(tr("Delete"))
        self.refresh()

    # -- writing ------------------------------------------------------------------------------

    def write(self, a: Annotation) -> None:
        future = self.store.save(a)

        def done(f):
            if f.exception() is None:
                self.signals.saved.emit(a)
            else:
                self.signals.failed.emit(str(f.exception()))

        future.add_done_callback(done)
        self._apply_locally(a)

    def _apply_locally(self, a: Annotation) -> None:
        """Show the change at once (the store commits it in the background)."""
        self.placements = [p for p in self.placements if p.annotation.uuid != a.uuid]
        if not a.deleted and os.path.abspath(a.doc_path) == self.current_path:
            self.placements.append(Placement(a, a.start, a.end, "exact"))
        self.refresh()
        self.changed.emit()

    def _saved(self, _annotation: Annotation) -> None:
        window = self.window()
        if hasattr(window, "statusBar"):
            window.statusBar().showMessage(tr("Annotation saved"), 2000)

    def add(self, text: str, path: str, start: int, end: int, colour: str, note: str = "", indicator: str = "") -> Annotation:
        a = Annotation.create(text, path, start, end, colour, note, indicator)
        self.undo_stack.push(AnnotationCommand(self, tr("Highlight"), None, a))
        return a

    def edit_note(self, a: Annotation, note: str) -> None:
        self.undo_stack.push(AnnotationCommand(self, tr("Edit note"), a, a.edited(note=note)))

    def delete(self, a: Annotation) -> None:
        self.undo_stack.push(AnnotationCommand(self, tr("Delete highlight"), a, a.edited(deleted=True)))

    def delete_selected(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.delete(item.data(Qt.ItemDataRole.UserRole).annotation)

    def selected(self) -> Placement | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    # -- showing ------------------------------------------------------------------------------

    def show_document(self, path: str, placements: list[Placement]) -> None:
        self.current_path = os.path.abspath(path)
        self.placements = placements
        self.refresh()

    def refresh(self) -> None:
        if self.scope.currentData() == "all":
            items = [Placement(a, a.start, a.end, "stored") for a in self.store.all()]
        else:
            items = list(self.placements)
        colour = self.colour.currentData()
        query = fold(self.search.text().strip())
        self.list.clear()
        for p in sorted(items, key=lambda p: (p.annotation.doc_path, p.start)):
            a = p.annotation
            if colour and a.colour != colour:
                continue
            if query and query not in fold(a.quote) and query not in fold(a.note):
                continue
            label = f"「{a.quote[:40]}」" + (f"  — {a.note}" if a.note else "")
            if p.orphan:
                label = tr("[orphan] ") + label
            if self.scope.currentData() == "all":
                label = f"{os.path.basename(a.doc_path)}: {label}"
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, p)
            item.setBackground(QColor(COLOUR_HEX.get(a.colour, "#ffffff")))
            item.setToolTip(a.note or a.quote)
            self.list.addItem(item)

    def _activate(self, item: QListWidgetItem) -> None:
        self.activated.emit(item.data(Qt.ItemDataRole.UserRole))
