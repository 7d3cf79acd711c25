"""Start the window, or run the offscreen smoke check (``policylens --smoke``)."""
from __future__ import annotations

import os
import sys
import tempfile
import time


def make_app(argv: list[str]):
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(argv)
    app.setApplicationName("PolicyLens")
    app.setOrganizationName("PolicyLens")
    return app


def open_window(argv: list[str] | None = None, restore: bool = True):
    """The application, its settings and translators, and the main window shown."""
    from gui import i18n
    from gui.main_window import MainWindow
    from gui.settings import Settings

    app = make_app(argv or ["policylens"])
    settings = Settings()
    translated = i18n.install(app, settings.language)
    window = MainWindow(settings)
    if restore:
        window.restore_state()
    window.show()
    app.processEvents()
    return app, window, translated


def run(argv: list[str] | None = None, started: float | None = None) -> int:
    argv = list(sys.argv if argv is None else argv)
    if "--smoke" in argv:
        return smoke()
    if "--startup-time" in argv:
        return startup_time(time.perf_counter() if started is None else started)
    from gui.paths import sample_articles

    app, window, _ = open_window(argv)
    files = [a for a in argv[1:] if not a.startswith("-")]
    window.start_library(files, sample_articles())
    return app.exec()


def startup_time(started: float) -> int:
    """Print the seconds from process start to the window being shown, then quit (benchmarks)."""
    _app, window, _ = open_window()
    print(f"window shown after {time.perf_counter() - started:.2f} s")
    window.close()
    return 0


def smoke() -> int:
    """Start offscreen, load the samples, open each in the reader, check highlights and rows."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    tmp = tempfile.mkdtemp(prefix="policylens-smoke-")
    os.environ["POLICYLENS_CONFIG_DIR"] = os.path.join(tmp, "config")
    os.environ["POLICYLENS_DATA_DIR"] = os.path.join(tmp, "data")
    from gui.loading import load_one
    from gui.paths import sample_articles

    t0 = time.perf_counter()
    app, window, translated = open_window(restore=False)
    if not translated:
        print("smoke: translations missing", file=sys.stderr)
        return 1
    shown = time.perf_counter() - t0
    samples = sample_articles()
    if not samples:
        print("smoke: no sample articles found", file=sys.stderr)
        return 1
    for path in samples:
        window.document_loaded(load_one(path))
    window.table_model.refresh()
    failures = []
    for path in samples:
        window.open_document(os.path.abspath(path))
        app.processEvents()
        marks = [m for m in window.left.marks if m.kind not in ("repair", "guess")]
        rows = window.table_model.rowCount()
        if not marks or not rows or not window.right.toPlainText():
            failures.append(f"{os.path.basename(path)}: {len(marks)} highlights, {rows} table rows")
        print(f"smoke: {os.path.basename(path)}: {len(marks)} highlights, {rows} rows, right pane {len(window.right.toPlainText())} chars")
    dataset = window.show_compare()  # the Dataset view over the library
    app.processEvents()
    if not dataset.rows or not dataset.pivot.regions:
        failures.append(f"dataset view: {len(dataset.rows)} rows, {len(dataset.pivot.regions)} regions")
    print(f"smoke: dataset {len(dataset.rows)} rows; {dataset.name.currentText()}: {len(dataset.pivot.regions)} regions × {len(dataset.pivot.columns)} periods")
    dataset.close()
    window.close()
    print(f"smoke: window shown in {shown:.2f} s; {len(samples)} articles opened")
    if failures:
        print("smoke: FAILED\n  " + "\n  ".join(failures), file=sys.stderr)
        return 1
    print("smoke: OK")
    return 0
