"""Loading and extraction off the GUI thread (QThreadPool), with progress and cancel.

The core reports nothing about Qt; a small QObject carries results back as signals, which Qt
delivers on the GUI thread.
"""
from __future__ import annotations

import os
import sys
import threading
from dataclasses import dataclass, replace

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from core.convert.conversion import ScriptInfo, detect_script
from core.extraction.indicators import extract
from core.ingest.corpus import iter_paths
from core.ingest.loader import LoadCancelled, LoadError, load
from core.model import Metadata
from core.search.index import SearchIndex
from gui.compact import Compacted, compact


@dataclass(frozen=True, slots=True)
class LoadedDocument:
    """What the library keeps of an article (the full Document is re-read when opened).

    The indicators are kept compactly (gui/compact.py: flat stores per article, views made on use),
    since the table holds every indicator of the library.
    """

    path: str
    key: str
    metadata: Metadata
    script: ScriptInfo
    repaired: bool
    guesses: int
    indicators: Compacted  # a read-only list
    warnings: tuple[str, ...] = ()  # loaded, but the reader should know (undecodable bytes, pages left out)


def load_one(path: str, index: SearchIndex | None = None, progress=None) -> LoadedDocument:
    """Load and extract one article; its text goes into the search index (not into memory).

    ``progress(done, total)`` hears about the pages of a long file and returns False to stop."""
    from gui.corrections import doc_key

    doc = load(path, progress)
    if index is not None:
        index.add(doc.path, doc.text)
    return LoadedDocument(
        path=os.path.abspath(path),
        key=doc_key(doc.text),
        metadata=shown(doc.metadata),
        script=detect_script(doc.text),
        repaired=doc.report.changed,
        guesses=len(doc.report.guesses),
        indicators=compact(extract(doc)),
        warnings=tuple(doc.warnings),
    )


def shown(metadata: Metadata) -> Metadata:
    """The metadata the window uses. The lines the date and region were read from (up to a
    paragraph each) are left to the file, and the region and source are interned: a library has
    few of them, repeated by thousands of articles."""
    return replace(metadata, date_line=None, region_line=None,
                   region=metadata.region and sys.intern(metadata.region),
                   source=metadata.source and sys.intern(metadata.source))


class LoadSignals(QObject):
    started = Signal(int)  # number of files
    loaded = Signal(object)  # LoadedDocument
    failed = Signal(str, str)  # path, reason
    warned = Signal(str, str)  # path, warning (the file loaded)
    pages = Signal(str, int, int)  # path, pages done, pages in the file (long PDFs)
    progress = Signal(int, int)  # done, total
    finished = Signal(bool)  # cancelled


class LoadJob(QRunnable):
    """Load and extract a list of paths (files or folders) in a pool thread."""

    def __init__(self, paths: list[str], index_path: str | None = None):
        super().__init__()
        self.paths = paths
        self.index_path = index_path
        self.signals = LoadSignals()
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def run(self) -> None:
        items = list(iter_paths(self.paths))
        files = [p for p in items if isinstance(p, str)]
        self.signals.started.emit(len(files))
        for bad in items:
            if isinstance(bad, LoadError):
                self.signals.failed.emit(bad.path, bad.reason)
        # SQLite connections belong to one thread: this job opens its own
        index = SearchIndex(self.index_path) if self.index_path else None
        for n, path in enumerate(files, 1):
            if self._cancel.is_set():
                break
            try:
                loaded = load_one(path, index, lambda done, total, path=path: self._pages(path, done, total))
                self.signals.loaded.emit(loaded)
                for warning in loaded.warnings:
                    self.signals.warned.emit(path, warning)
            except LoadCancelled:
                break
            except LoadError as exc:
                self.signals.failed.emit(exc.path, exc.reason)
            except Exception as exc:  # never lose the rest of a folder to one bad file
                self.signals.failed.emit(path, f"internal error: {type(exc).__name__}: {exc}")
            self.signals.progress.emit(n, len(files))
        if index is not None:
            index.close()
        self.signals.finished.emit(self._cancel.is_set())


    def _pages(self, path: str, done: int, total: int) -> bool:
        if total > 1:
            self.signals.pages.emit(path, done, total)
        return not self._cancel.is_set()


def start(job: LoadJob) -> None:
    QThreadPool.globalInstance().start(job)
