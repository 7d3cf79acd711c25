"""Batch extraction on Dask: 1 and 2 workers of a LocalCluster against one process, same run.

    uv run --extra scale python benchmarks/bench_dask.py [N] [--workers 1,2] [--scheduler tcp://HOST:8786]

Runs ``extract_path`` over the generated corpus (N files) in this process, then through
``policylens extract --engine dask``'s engine (core/cli/scale.py) on a LocalCluster of 1 and of
2 worker processes (one thread each; cluster start-up is timed apart), checks that every run
gives the same records, and prints files/s and MB/s for each. ``--scheduler`` runs on an
existing cluster instead (whatever workers it has).
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.corpus import ROOT, build  # noqa: E402
from core.cli.extract import extract_path  # noqa: E402
from core.cli.scale import dask_results, require  # noqa: E402


def timed_dask(files: list[str], workers: int, scheduler: str | None) -> tuple[float, float, list]:
    """(cluster start-up s, extraction s, results) for one run."""
    distributed = require("dask.distributed", "bench_dask")
    t0 = time.perf_counter()
    if scheduler:
        address, cluster = scheduler, None
    else:
        cluster = distributed.LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None)
        address = cluster.scheduler_address
        # warm every worker: dictionaries load once per process (as they do on a real cluster)
        with distributed.Client(address) as client:
            client.run(lambda: extract_path(files[0]) and None)
    t1 = time.perf_counter()
    results = [r for batch in dask_results(extract_path, files, workers, address, progress=False) for r in batch]
    t2 = time.perf_counter()
    if cluster is not None:
        cluster.close()
    return t1 - t0, t2 - t1, results


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("n", nargs="?", type=int, default=2000)
    ap.add_argument("--workers", default="1,2")
    ap.add_argument("--scheduler")
    args = ap.parse_args()
    corpus = build(args.n, ROOT / "benchmarks" / ".corpus" / str(args.n))
    files = sorted(str(p) for p in corpus.iterdir() if not p.name.startswith("."))
    size = sum(Path(f).stat().st_size for f in files) / 1e6
    print(f"corpus: {len(files)} files, {size:.1f} MB")

    extract_path(files[0])
    t0 = time.perf_counter()
    local = [extract_path(f) for f in files]
    dt = time.perf_counter() - t0
    print(f"one process, no Dask: {len(files) / dt:.0f} files/s, {size / dt:.2f} MB/s ({dt:.1f} s)")
    base = dt
    runs = [0] if args.scheduler else [int(w) for w in args.workers.split(",")]
    for w in runs:
        startup, dt, results = timed_dask(files, w, args.scheduler)
        same = results == local
        label = f"cluster {args.scheduler}" if args.scheduler else f"dask, {w} worker{'s' if w > 1 else ''}"
        print(
            f"{label}: {len(files) / dt:.0f} files/s, {size / dt:.2f} MB/s ({dt:.1f} s; {base / dt:.2f}x one process; "
            f"cluster start {startup:.1f} s); records identical to one process: {same}"
        )


if __name__ == "__main__":
    main()
