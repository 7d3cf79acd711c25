"""Throughput of load + clean + repair (no extraction) on the generated corpus, one core.

    uv run python benchmarks/bench_load.py [N]

Prints MB/s of input bytes, files/s, and peak RSS after 20% and after 100% of the files
(memory should stay flat with corpus size).
"""
from __future__ import annotations

import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.corpus import ROOT, build  # noqa: E402
from core.ingest.loader import LoadError, load  # noqa: E402


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 10000
    corpus = build(n, ROOT / "benchmarks" / ".corpus" / str(n))
    files = sorted(p for p in corpus.iterdir() if not p.name.startswith("."))
    load(str(files[0]))  # warm up: jieba/OpenCC/gazetteer are loaded once per process
    total = 0
    failed = 0
    t0 = time.perf_counter()
    mem_20 = 0.0
    for i, f in enumerate(files, 1):
        total += f.stat().st_size
        try:
            load(str(f))
        except LoadError:
            failed += 1
        if i == len(files) // 5:
            mem_20 = peak_mb()
    dt = time.perf_counter() - t0
    print(f"files: {len(files)} ({total / 1e6:.1f} MB), failed: {failed}")
    print(f"load+clean+repair: {total / 1e6 / dt:.1f} MB/s, {len(files) / dt:.0f} files/s, {dt:.1f} s")
    print(f"peak RSS: {mem_20:.0f} MB after {len(files) // 5} files, {peak_mb():.0f} MB after {len(files)}")


if __name__ == "__main__":
    main()
