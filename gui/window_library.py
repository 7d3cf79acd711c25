"""Loading articles into the library (background jobs, drops, recent files) and what the window keeps across restarts.

A mixin of ``MainWindow``: it uses the window's panes, models and settings.
"""
from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QFileDialog,
)

from gui.loading import LoadedDocument, LoadJob, start
from gui.problems import explain


def tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


class LibraryActions:
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
        self.table_model.add_document(doc.path, doc.key, doc.indicators, refresh=False, date=doc.metadata.date)
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

    # -- files ----------------------------------------------------------------------------

    def open_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, tr("Open articles"), "", tr("Articles (*.txt *.htm *.html);;All files (*)"))
        if paths:
            self.load_paths(paths)

    def open_folder(self) -> None:
        path = QFileDialog.getExistingDirectory(self, tr("Open a folder of articles"))
        if path:
            self.load_paths([path])

    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            self.load_paths(paths)
            event.acceptProposedAction()

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
