"""Window figures: start to window shown, opening an article, the table at 100,000 rows, and
memory with many articles in the library.

    QT_QPA_PLATFORM=offscreen uv run python benchmarks/bench_gui.py [N_ARTICLES]
"""
from __future__ import annotations

import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
tmp = tempfile.mkdtemp()
os.environ["POLICYLENS_CONFIG_DIR"] = os.path.join(tmp, "c")
os.environ["POLICYLENS_DATA_DIR"] = os.path.join(tmp, "d")

START_PROBE = """
import time
t0 = time.perf_counter()
from gui.app import open_window
open_window()
print(time.perf_counter() - t0)
"""


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 10000
    runs = []
    for _ in range(3):
        out = subprocess.run([sys.executable, "-c", START_PROBE], cwd=ROOT, capture_output=True, text=True, env=os.environ)
        runs.append(float(out.stdout.strip().splitlines()[-1]))
    print(f"start to window shown (new process, imports included): best {min(runs):.2f} s, worst {max(runs):.2f} s")

    from PySide6.QtCore import Qt

    from gui import i18n
    from gui.app import make_app
    from gui.indicator_model import IndicatorTableModel
    from gui.loading import load_one
    from gui.main_window import MainWindow
    from gui.settings import Settings

    app = make_app(["x"])
    settings = Settings()
    i18n.install(app, settings.language)
    w = MainWindow(settings)
    w.show()
    seeds = sorted(str(p) for p in (ROOT / "seeds").glob("*.txt"))
    for p in seeds:
        w.document_loaded(load_one(p))
    times = []
    for _ in range(3):
        for p in seeds:
            t0 = time.perf_counter()
            w.open_document(os.path.abspath(p))
            app.processEvents()
            times.append(time.perf_counter() - t0)
    print(f"open an article with its table and converted pane: median {sorted(times)[len(times) // 2] * 1000:.0f} ms, "
          f"worst {max(times) * 1000:.0f} ms")

    # the table at 100,000 rows
    docs = [load_one(p) for p in seeds]
    model = IndicatorTableModel()
    t0 = time.perf_counter()
    i = 0
    while len(model.rows) < 100_000:
        d = docs[i % len(docs)]
        model.add_document(f"{d.path}#{i}", d.key, d.indicators, refresh=False)
        i += 1
    model.set_filter()
    print(f"table: {len(model.rows)} rows built in {time.perf_counter() - t0:.2f} s")
    for label, action in (
        ("sort by value", lambda: model.sort(1, Qt.SortOrder.DescendingOrder)),
        ("sort by name", lambda: model.sort(0)),
        ("filter by kind", lambda: model.set_filter(kind="growth")),
        ("filter by text", lambda: model.set_filter(text="增加值")),
        ("clear filters", lambda: model.set_filter(kind="", text="")),
    ):
        t0 = time.perf_counter()
        action()
        print(f"table {label}: {(time.perf_counter() - t0) * 1000:.0f} ms ({model.rowCount()} rows shown)")

    w.close()
    out = subprocess.run([sys.executable, __file__, "--library", str(n)], cwd=ROOT, capture_output=True, text=True, env=os.environ)
    print(out.stdout.strip())


def library(n: int) -> None:
    """In a fresh process: a window with N articles loaded the way the loading job delivers them."""
    from benchmarks.corpus import build
    from core.search.index import SearchIndex
    from gui.app import open_window
    from gui.loading import load_one

    app, w, _ = open_window()
    corpus = build(n, ROOT / "benchmarks" / ".corpus" / str(n))
    files = sorted(str(p) for p in corpus.iterdir() if not p.name.startswith("."))
    load_one(files[0])  # dictionaries load once per process
    base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    index = SearchIndex(w.index_path)
    t0 = time.perf_counter()
    for k, f in enumerate(files, 1):
        w.document_loaded(load_one(f, index))
        if k % 200 == 0:
            app.processEvents()
        if k % 2500 == 0:
            print(f"  {k} articles: peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")
    index.close()
    w.table_model.refresh()
    app.processEvents()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{len(files)} articles ({len(w.table_model.rows)} indicators) in the library after {time.perf_counter() - t0:.0f} s; "
          f"peak RSS {peak:.0f} MB (window with dictionaries loaded, before the articles: {base:.0f} MB)")
    w.close()


if __name__ == "__main__":
    if len(sys.argv) > 2 and sys.argv[1] == "--library":
        library(int(sys.argv[2]))
    else:
        main()
