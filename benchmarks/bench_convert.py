"""Conversion and search figures on the generated corpus.

    uv run python benchmarks/bench_convert.py [N]

Prints: converter build time (first, uncached, cached), conversion throughput per config with
the offset map, FTS5 index build time, and query latency (median and worst of several queries).
"""
from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import opencc  # noqa: E402

from benchmarks.corpus import ROOT, build  # noqa: E402
from core.convert.conversion import ScriptConverter, available_configs  # noqa: E402
from core.ingest.loader import LoadError, load  # noqa: E402
from core.text.script import converter  # noqa: E402
from core.search.index import SearchIndex  # noqa: E402


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 10000
    corpus = build(n, ROOT / "benchmarks" / ".corpus" / str(n))
    files = sorted(p for p in corpus.iterdir() if not p.name.startswith("."))

    t0 = time.perf_counter()
    opencc.OpenCC("s2twp")
    first = time.perf_counter() - t0
    t0 = time.perf_counter()
    for _ in range(20):
        opencc.OpenCC("s2twp")
    uncached = (time.perf_counter() - t0) / 20
    converter("s2twp")
    t0 = time.perf_counter()
    for _ in range(20000):
        converter("s2twp")
    cached = (time.perf_counter() - t0) / 20000
    print(f"converter build (s2twp): first {first * 1000:.1f} ms, uncached {uncached * 1000:.2f} ms, cached {cached * 1e6:.2f} µs")

    t0 = time.perf_counter()
    texts = []
    for f in files:
        try:
            texts.append((str(f), load(str(f)).text))
        except LoadError:
            pass
    print(f"loaded {len(texts)} articles in {time.perf_counter() - t0:.1f} s")
    sample = texts[: min(len(texts), 2000)]
    size = sum(len(t.encode("utf-8")) for _, t in sample)
    for config in available_configs():
        sc = ScriptConverter(config)
        t0 = time.perf_counter()
        for _, t in sample:
            sc.convert(t)
        dt = time.perf_counter() - t0
        print(f"convert {config:6} {size / 1e6 / dt:6.1f} MB/s (with offset map, {len(sample)} articles)")

    with tempfile.TemporaryDirectory() as tmp:
        index = SearchIndex(str(Path(tmp) / "index.sqlite3"))
        t0 = time.perf_counter()
        index.add_many(texts)
        print(f"index build: {len(texts)} articles in {time.perf_counter() - t0:.1f} s")
        queries = ["示范区", "地区生产总值", "規上工業", "高质量发展", "数字经济", "鶴壁", "2021年", "不存在的词语"]
        for q in queries:
            index.search(q, limit_docs=50)
        times = []
        for q in queries * 3:
            t0 = time.perf_counter()
            index.search(q, limit_docs=50)
            times.append(time.perf_counter() - t0)
        print(f"query (first 50 documents' hits): median {statistics.median(times) * 1000:.1f} ms, worst {max(times) * 1000:.1f} ms")
        t0 = time.perf_counter()
        hits = index.search("示范区")
        print(f"query returning every hit: {len(hits)} hits in {(time.perf_counter() - t0) * 1000:.0f} ms")
        index.close()


if __name__ == "__main__":
    main()
