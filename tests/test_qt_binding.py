"""Guard against the PySide6 release (6.12.0) that drops a reference to None every time a
model's data() returns None: the window calls data() thousands of times and Python then
aborts with 'deallocating None'."""
import sys

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt


class NoneModel(QAbstractTableModel):
    def rowCount(self, parent=QModelIndex()):
        return 2

    def columnCount(self, parent=QModelIndex()):
        return 2

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        return None


def test_returning_none_from_data_keeps_none_alive(qapp):
    model = NoneModel()
    index = model.index(1, 1)
    before = sys.getrefcount(None)
    for _ in range(500):
        index.data(Qt.ItemDataRole.FontRole)
    assert sys.getrefcount(None) >= before - 50
