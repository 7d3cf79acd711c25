"""Speed of the library-as-a-dataset: build from extracted indicators, pivot one indicator in the view.

    uv run python benchmarks/bench_dataset.py [N] [--export]
    QT_QPA_PLATFORM=offscreen uv run python benchmarks/bench_dataset.py 10000

The indicators are generated from the seeds' own extracted records (their names, scopes, kinds,
sentences), for N articles spread over 120 real districts and 2019-2022: each article reports a
district's figures for one quarter or year, values drawn per (district, indicator, period) so the
same figure recurs across articles, and one report in twenty has a different value (a conflict).
Periods are filled in (period_from/period_to/period_label), as the lead's extraction will do.
``--export`` also times writing the whole dataset as CSV, XLSX and Parquet.
"""
from __future__ import annotations

import datetime as dt
import os
import random
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from core.dataset.build import Article, build_dataset, indicator_counts  # noqa: E402
from core.model import Metadata  # noqa: E402

PERIODS = [(f"{y}年一季度", f"{y}-01-01", f"{y}-03-31") for y in range(2019, 2023)] + \
          [(f"{y}年上半年", f"{y}-01-01", f"{y}-06-30") for y in range(2019, 2023)] + \
          [(f"{y}年", f"{y}-01-01", f"{y}-12-31") for y in range(2019, 2023)]


def seed_indicators():
    from core.extraction.indicators import extract
    from core.ingest.loader import load

    return [ind for p in sorted((ROOT / "seeds").glob("*.txt")) for ind in extract(load(str(p)))]


def districts(n: int = 120) -> list[str]:
    from core.dataset.places import gazetteer

    g = gazetteer()
    codes = sorted(c for c in g.names if not c.endswith("00") and g.names[c].endswith("区"))
    return [g.chain_name[c] for c in random.Random(3).sample(codes, n)]


def synthetic_articles(n: int) -> list[Article]:
    rng = random.Random(11)
    base = seed_indicators()
    places = districts()
    truth: dict[tuple, float] = {}
    out = []
    for i in range(n):
        region = places[rng.randrange(len(places))]
        label, frm, to = PERIODS[rng.randrange(len(PERIODS))]
        path = f"/corpus/{i:05d}.txt"
        picked = rng.sample(base, 27)
        inds = []
        for ind in picked:
            key = (region, ind.name, frm, to, ind.kind)
            value = truth.setdefault(key, round(rng.uniform(1, 20), 1))
            if rng.random() < 0.05:
                value = round(value + rng.choice((-0.3, 0.2, 0.5)), 1)
            factor = (ind.base_value / ind.value) if ind.base_value is not None and ind.value else 1.0
            inds.append(replace(ind, doc=os.path.basename(path), value=value, base_value=value * factor,
                                period_label=label, period_from=frm, period_to=to, indicator=ind.indicator or ind.name))
        out.append(Article(path, Metadata(title=f"文章 {i}", date=dt.date(int(to[:4]), 12, 31), region=region), inds))
    return out


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    n = int(args[0]) if args else 10000
    t0 = time.perf_counter()
    articles = synthetic_articles(n)
    total = sum(len(a.indicators) for a in articles)
    print(f"{n} articles, {total} indicators generated in {time.perf_counter() - t0:.1f} s")
    from core.dataset.places import gazetteer

    t0 = time.perf_counter()
    gazetteer()
    print(f"gazetteer prefix index: {(time.perf_counter() - t0) * 1000:.0f} ms (once per process)")
    times, cpu = [], []
    for _ in range(3):
        t0, c0 = time.perf_counter(), time.process_time()
        rows = build_dataset(articles)
        times.append(time.perf_counter() - t0)
        cpu.append(time.process_time() - c0)
    conflicts = sum(r.conflict for r in rows)
    multi = sum(r.sources > 1 for r in rows)
    print(f"dataset built: best {min(times):.2f} s, worst {max(times):.2f} s wall (CPU best {min(cpu):.2f} s) -> "
          f"{len(rows)} rows ({multi} reported by several articles, {conflicts} in conflict)")

    if "--export" in sys.argv:
        from core.dataset.write import write_dataset

        tmp = tempfile.mkdtemp(prefix="bench-dataset-")
        for ext in (".csv", ".parquet", ".xlsx"):
            write_dataset(os.path.join(tmp, "warm" + ext), rows[:10])  # imports before the clock
            t0, c0 = time.perf_counter(), time.process_time()
            written = write_dataset(os.path.join(tmp, "d" + ext), rows)
            size = sum(os.path.getsize(p) for p in written) / 1e6
            print(f"export {ext}: {time.perf_counter() - t0:.1f} s wall (CPU {time.process_time() - c0:.1f} s), {size:.0f} MB ({', '.join(os.path.basename(p) for p in written)})")

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from gui.dataset_view import DatasetDialog

    app = QApplication.instance() or QApplication([])
    t0 = time.perf_counter()
    dlg = DatasetDialog(articles, inline_limit=10**9)  # built at once here, to time it
    dlg.show()
    app.processEvents()
    print(f"Dataset view opened and shown (build included): {time.perf_counter() - t0:.2f} s wall")
    import gc

    gc_time = [0.0, 0.0]

    def gc_clock(phase, info):  # full collections walk the whole library: report them apart
        if info["generation"] == 2:
            gc_time[0 if phase == "start" else 1] += time.perf_counter() * (-1 if phase == "start" else 1)

    gc.callbacks.append(gc_clock)
    pivots, cpu = [], []
    for indicator, _count in indicator_counts(dlg.rows)[1:6]:  # the first is already shown
        t0, c0 = time.perf_counter(), time.process_time()
        dlg.name.setCurrentText(indicator)
        app.processEvents()
        pivots.append((time.perf_counter() - t0) * 1000)
        cpu.append((time.process_time() - c0) * 1000)
    print(f"pivot of one indicator shown in the view ({len(dlg.pivot.regions)} regions × {len(dlg.pivot.columns)} periods): "
          f"median {sorted(pivots)[len(pivots) // 2]:.0f} ms, worst {max(pivots):.0f} ms "
          f"({', '.join(f'{p:.0f}' for p in pivots)}; CPU median {sorted(cpu)[len(cpu) // 2]:.0f} ms; "
          f"full garbage collections in these: {(gc_time[0] + gc_time[1]) * 1000:.0f} ms)")
    dlg.close()


if __name__ == "__main__":
    main()
