"""Whole-pipeline throughput (decode + clean + repair + extract) on the generated corpus.

    uv run python benchmarks/bench_extract.py [N]

Runs the same files with 1 and with 2 worker processes (the CLI's ``--workers``) and prints
MB/s, files/s, indicators found and peak RSS (of this process and of its workers).
"""
from __future__ import annotations

import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.corpus import ROOT, build  # noqa: E402
from core.cli.extract import extract_path, iter_results  # noqa: E402


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 10000
    corpus = build(n, ROOT / "benchmarks" / ".corpus" / str(n))
    size = sum(p.stat().st_size for p in corpus.iterdir() if not p.name.startswith("."))
    print(f"corpus: {n} files, {size / 1e6:.1f} MB")
    extract_path(str(next(corpus.glob("*.txt"))))  # warm up (dictionaries load once per process)
    for workers in (1, 2):
        t0 = time.perf_counter()
        found = failed = 0
        for _path, rows, error in iter_results([str(corpus)], workers, progress=False):
            if error:
                failed += 1
            else:
                found += len(rows or [])
        dt = time.perf_counter() - t0
        print(
            f"workers={workers}: {size / 1e6 / dt:.2f} MB/s, {n / dt:.0f} files/s, {dt:.1f} s, "
            f"{found} indicators, {failed} failed"
        )
    self_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    child_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"peak RSS: {self_mb:.0f} MB (main process), {child_mb:.0f} MB (largest worker)")


if __name__ == "__main__":
    main()
