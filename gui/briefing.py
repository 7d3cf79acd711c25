"""File → Export briefing… and File → Print…: the current article, or the selected rows of the
table across articles, as a briefing (core.report) in Word, PDF or HTML, or on paper.

The articles are read, converted and written (the PDF too) on a pool thread: a briefing of
many articles takes seconds.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, fields, replace

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QMessageBox,
)

from core.annotate.store import Annotation, content_hash
from core.convert.conversion import available_configs, config_name
from core.ingest.loader import LoadError, load
from core.model import Document, Indicator
from core.report.formats import write
from core.report.model import Article, build_briefing
from gui.briefing_pdf import print_document, text_document, write_pdf
from gui.compact import plain

FORMATS = ("docx", "pdf", "html")
INDICATOR_FIELDS = {f.name for f in fields(Indicator)}


def tr(text: str) -> str:
    return QCoreApplication.translate("Briefing", text)


@dataclass(frozen=True, slots=True)
class BriefingOptions:
    fmt: str = "docx"
    config: str | None = None  # None: as written
    indicators_only: bool = False
    selection: bool = False  # the selected table rows (across articles) instead of the current article


@dataclass(slots=True)
class Source:
    """One article to put in a briefing, as the window knows it."""

    path: str
    document: Document | None  # None: read it on the pool thread
    indicators: list[Indicator]
    annotations: list[Annotation] | None  # None: look them up in the store on the pool thread
    passages: str


class BriefingDialog(QDialog):
    """Format, script, indicators only, and which figures."""

    def __init__(self, selected_rows: int, has_article: bool, language: str = "zh_CN", parent=None):
        super().__init__(parent)
        self.setWindowTitle(tr("Export briefing"))
        self.format = QComboBox(self)
        for fmt, label in zip(FORMATS, (tr("Word document (.docx)"), tr("PDF"), tr("Web page (.html)"))):
            self.format.addItem(label, fmt)
        self.script = QComboBox(self)
        self.script.addItem(tr("As written"), None)
        for c in available_configs():
            self.script.addItem(config_name(c, language), c)
        self.indicators_only = QCheckBox(tr("Indicators only (the table, no text)"), self)
        self.scope = QComboBox(self)
        if has_article:
            self.scope.addItem(tr("The current article"), False)
        if selected_rows:
            self.scope.addItem(tr("The {0} selected rows of the table").format(selected_rows), True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(tr("What"), self.scope)
        form.addRow(tr("Format"), self.format)
        form.addRow(tr("Script"), self.script)
        form.addRow("", self.indicators_only)
        form.addRow(buttons)

    def options(self) -> BriefingOptions:
        return BriefingOptions(self.format.currentData(), self.script.currentData(),
                               self.indicators_only.isChecked(), bool(self.scope.currentData()))


class BriefingSignals(QObject):
    written = Signal(str)  # path
    failed = Signal(str)


class BriefingJob(QRunnable):
    """Read what is missing, build the briefing and write it."""

    def __init__(self, sources: list[Source], options: BriefingOptions, path: str, store):
        super().__init__()
        self.sources, self.options, self.path, self.store = sources, options, path, store
        self.signals = BriefingSignals()

    def run(self) -> None:
        try:
            articles = []
            for s in self.sources:
                doc = s.document or load(s.path)
                notes = s.annotations if s.annotations is not None else self.store.for_document(s.path, content_hash(doc.text))
                articles.append(Article(doc, s.indicators, notes, s.passages))
            b = build_briefing(articles, self.options.config, self.options.indicators_only)
            if self.options.fmt == "pdf":
                write_pdf(b, self.path)  # QTextDocument and QPdfWriter work on any thread
            else:
                write(b, self.options.fmt, self.path)
            self.signals.written.emit(self.path)
        except LoadError as exc:
            self.signals.failed.emit(str(exc))
        except OSError as exc:
            self.signals.failed.emit(f"{self.path}: {exc.strerror or exc}")
        except Exception as exc:  # a bug must not pass silently on a pool thread
            self.signals.failed.emit(f"{self.path}: {type(exc).__name__}: {exc}")


# --- what the window holds --------------------------------------------------------------------


def corrected(row) -> Indicator:
    """A table row's indicator with the user's corrections applied."""
    edits = {k: v for k, v in (row.edits or {}).items() if k in INDICATOR_FIELDS}
    if "value" in edits:
        try:
            edits["value"] = float(edits["value"])
        except (TypeError, ValueError):
            edits.pop("value")
    return replace(plain(row.ind), **edits) if edits else row.ind


def sources(window, selection: bool) -> list[Source]:
    """The current article (its text, figures and annotations as shown), or the selected table
    rows grouped by article in table order (their key passages)."""
    if not selection:
        path = window.current_path
        rows = window.table_model.indicators_of(path)
        return [Source(path, window.current_doc, [corrected(r) for r in rows],
                       [p.annotation for p in window.annotations_panel.placements], "full")]
    by_path: dict[str, list[Indicator]] = {}
    for view_row in window.selected_view_rows():
        row = window.table_model.row_at(view_row)
        by_path.setdefault(row.doc_path, []).append(corrected(row))
    return [Source(path, window.current_doc if path == window.current_path else None, inds, None, "key")
            for path, inds in by_path.items()]


def _default_name(window, fmt: str) -> str:
    title = (window.current_doc.metadata.title if window.current_doc is not None else "") or tr("briefing")
    return re.sub(r'[\\/:*?"<>|\s]+', "_", title)[:40] + "." + fmt


def export_briefing(window, path: str | None = None, options: BriefingOptions | None = None) -> BriefingJob | None:
    """Ask (unless given) what to export and where; start the job. Returns it (tests wait on it)."""
    selected = len(window.selected_view_rows())
    if window.current_doc is None and not selected:
        window.statusBar().showMessage(tr("Open an article or select rows in the table first"), 4000)
        return None
    if options is None:
        dlg = BriefingDialog(selected, window.current_doc is not None, window.settings.language, window)
        if dlg.exec() != QDialog.DialogCode.Accepted:
            return None
        options = dlg.options()
    if path is None:
        filters = {"docx": "Word (*.docx)", "pdf": "PDF (*.pdf)", "html": "HTML (*.html)"}[options.fmt]
        path, _ = QFileDialog.getSaveFileName(window, tr("Export briefing"), _default_name(window, options.fmt), filters)
        if not path:
            return None
    job = BriefingJob(sources(window, options.selection), options, path, window.annotation_store)
    job.setAutoDelete(False)
    jobs = window.__dict__.setdefault("_briefing_jobs", [])
    jobs.append(job)  # the job and its signals live until it is done
    job.signals.written.connect(lambda _p: jobs.remove(job) if job in jobs else None)
    job.signals.failed.connect(lambda _m: jobs.remove(job) if job in jobs else None)
    job.signals.written.connect(lambda p: _done(window, p))
    job.signals.failed.connect(lambda msg: QMessageBox.warning(window, tr("Export failed"), msg))
    window.statusBar().showMessage(tr("Writing the briefing…"))
    QThreadPool.globalInstance().start(job)
    return job


def _done(window, path: str) -> None:
    window.statusBar().showMessage(tr("Briefing written to {0}").format(path), 6000)


def print_briefing(window) -> QPrintPreviewDialog | None:
    """The current article (or the selected rows) as a briefing in a print preview."""
    selection = len(window.selected_view_rows()) > 1
    if window.current_doc is None and not selection:
        window.statusBar().showMessage(tr("Open an article or select rows in the table first"), 4000)
        return None
    articles = []
    for s in sources(window, selection):
        try:
            doc = s.document or load(s.path)
        except LoadError as exc:
            window.report_problem(exc.path, exc.reason)
            continue
        notes = s.annotations if s.annotations is not None else window.annotation_store.for_document(s.path, content_hash(doc.text))
        articles.append(Article(doc, s.indicators, notes, s.passages))
    b = build_briefing(articles)
    doc = text_document(b)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(doc.metaInformation(doc.MetaInformation.DocumentTitle))
    dlg = QPrintPreviewDialog(printer, window)
    dlg.setWindowTitle(tr("Print preview"))
    dlg.paintRequested.connect(lambda printer: print_document(b, doc, printer))
    dlg.finished.connect(lambda _r: setattr(window, "_print_preview", None))
    window._print_preview = (dlg, doc, printer)  # the document lives as long as the preview
    dlg.open()
    return dlg
