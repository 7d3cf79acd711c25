"""Reopening a library with many annotations.

    uv run python benchmarks/bench_annotations.py [N]

Creates N annotations over N articles of the generated corpus, then measures: opening the store
(integrity check and the automatic good copy), looking up each article's annotations by content
hash and path, and anchoring them in the article's text (the work done when the library is
reopened), plus the write latency of the serialised writer.
"""
from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.corpus import ROOT, build  # noqa: E402
from core.annotate.store import Annotation, AnnotationStore, content_hash, place_all  # noqa: E402
from core.ingest.loader import LoadError, load  # noqa: E402


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 10000
    corpus = build(n, ROOT / "benchmarks" / ".corpus" / str(n))
    files = sorted(str(p) for p in corpus.iterdir() if not p.name.startswith("."))[:n]
    texts = {}
    for f in files:
        try:
            texts[f] = load(f).text
        except LoadError:
            pass
    with tempfile.TemporaryDirectory() as tmp:
        db = str(Path(tmp) / "a.sqlite3")
        store = AnnotationStore(db)
        latencies = []
        futures = []
        for k, (f, text) in enumerate(texts.items()):
            start = (k * 37) % max(1, len(text) - 20)
            a = Annotation.create(text, f, start, start + 12, note=f"note {k}")
            t0 = time.perf_counter()
            if k % 100 == 0:
                store.save(a).result()
                latencies.append(time.perf_counter() - t0)
            else:
                futures.append(store.save(a))
        for fu in futures:
            fu.result()
        store.close()
        print(f"{len(texts)} annotations written; commit latency median {statistics.median(latencies) * 1000:.1f} ms")
        t0 = time.perf_counter()
        store = AnnotationStore(db)
        opened = time.perf_counter() - t0
        t0 = time.perf_counter()
        found = placed = 0
        for f, text in texts.items():
            anns = store.for_document(f, content_hash(text))
            found += len(anns)
            placed += sum(not p.orphan for p in place_all(text, anns))
        dt = time.perf_counter() - t0
        store.close()
        print(f"reopen: store opened (integrity check + good copy) in {opened * 1000:.0f} ms; "
              f"{found} annotations looked up and anchored in {len(texts)} articles in {dt:.2f} s "
              f"({placed} placed)")


if __name__ == "__main__":
    main()
