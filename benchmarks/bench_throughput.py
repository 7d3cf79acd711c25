"""The whole pipeline against jieba.lcut alone, side by side, same corpus, same process, one core.

    uv run python benchmarks/bench_throughput.py [N] [--rounds R] [--profile FILE]

Every file's bytes are read into memory first (so the disk is out of both sides). Then, in
alternating rounds so that both sides see the same machine load:

- **jieba**: ``jieba.lcut`` over each article's cleaned text (segmentation alone, nothing else);
- **pipeline**: bytes → ``load_bytes`` (decode, web page, repair, chrome, metadata, region) →
  ``extract`` (indicators), timed per stage (load vs extract).

The pipeline runs as it is installed: with the hot modules compiled when
``build_spec/compile_core.py`` has run (the desktop program always has them), from the Python
sources otherwise or with ``POLICYLENS_PURE_PYTHON=1``. The first lines say which.

Prints MB/s of input bytes and files/s for each side, the ratio pipeline/jieba (the issue's
target is ≥ 4×), and the split of the pipeline's time between loading and extraction. Times are
CPU time of this process (``time.process_time``: on a machine shared with other work, wall
time also counts the waits for a core; wall-clock ratios are printed per round too). Each round
reports its own ratio; the summary takes the best time of each side over the rounds.
``--profile FILE`` writes a cProfile of one pipeline pass (``python -m pstats FILE``).
"""
from __future__ import annotations

import argparse
import logging
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.corpus import ROOT, build  # noqa: E402
from core.extraction.indicators import extract  # noqa: E402
from core.ingest.loader import LoadError, load_bytes  # noqa: E402


def run_jieba(texts: list[str]) -> tuple[float, int]:
    import jieba

    lcut = jieba.lcut
    w0, t0 = time.perf_counter(), time.process_time()
    words = 0
    for text in texts:
        words += len(lcut(text))
    return time.process_time() - t0, time.perf_counter() - w0, words


def run_pipeline(blobs: list[tuple[str, bytes]]) -> tuple[float, float, int, int]:
    t_load = t_extract = 0.0
    found = failed = 0
    clock = time.process_time
    for path, data in blobs:
        t0 = clock()
        try:
            doc = load_bytes(path, data)
        except LoadError:
            failed += 1
            t_load += clock() - t0
            continue
        t1 = clock()
        found += len(extract(doc))
        t_extract += clock() - t1
        t_load += t1 - t0
    return t_load, t_extract, found, failed


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("n", nargs="?", type=int, default=10000)
    ap.add_argument("--rounds", type=int, default=2)
    ap.add_argument("--profile", metavar="FILE")
    args = ap.parse_args()
    corpus = build(args.n, ROOT / "benchmarks" / ".corpus" / str(args.n))
    files = sorted(p for p in corpus.iterdir() if not p.name.startswith("."))
    blobs = [(str(p), p.read_bytes()) for p in files]
    size = sum(len(b) for _, b in blobs)
    print(f"corpus: {len(blobs)} files, {size / 1e6:.1f} MB in memory")

    import jieba

    jieba.setLogLevel(logging.ERROR)
    jieba.initialize()  # both sides start warm: dictionaries are loaded once per process
    texts = []
    for path, data in blobs:
        try:
            texts.append(load_bytes(path, data).text)
        except LoadError:
            pass
    extract(load_bytes(*blobs[0]))
    chars = sum(len(t) for t in texts)
    print(f"cleaned text: {chars / 1e6:.1f} M characters")
    import core.extraction.grammar

    compiled = not core.extraction.grammar.__file__.endswith(".py")
    print("core: " + ("compiled (build_spec/compile_core.py)" if compiled else
                      "Python sources (build_spec/compile_core.py compiles the hot modules)"))

    if args.profile:
        import cProfile

        prof = cProfile.Profile()
        prof.enable()
        run_pipeline(blobs)
        prof.disable()
        prof.dump_stats(args.profile)
        print(f"profile written to {args.profile}")
        return

    best_j = best_p = float("inf")
    best_split = (0.0, 0.0)
    for r in range(1, args.rounds + 1):
        tj, wj, words = run_jieba(texts)
        w0 = time.perf_counter()
        tl, te, found, failed = run_pipeline(blobs)
        wp = time.perf_counter() - w0
        tp = tl + te
        print(
            f"round {r}: jieba.lcut {tj:.1f} s CPU ({wj:.1f} s wall, {words} words); pipeline {tp:.1f} s CPU "
            f"({wp:.1f} s wall; load {tl:.1f} s + extract {te:.1f} s; {found} indicators, {failed} failed); "
            f"ratio {tj / tp:.2f}x CPU, {wj / wp:.2f}x wall"
        )
        best_j = min(best_j, tj)
        if tp < best_p:
            best_p, best_split = tp, (tl, te)
    n = len(blobs)
    tl, te = best_split
    print("best of the rounds, CPU time of one core:")
    print(f"jieba.lcut alone: {size / 1e6 / best_j:.2f} MB/s, {n / best_j:.0f} files/s")
    print(f"whole pipeline:   {size / 1e6 / best_p:.2f} MB/s, {n / best_p:.0f} files/s")
    print(
        f"  load:    {size / 1e6 / tl:.2f} MB/s, {1e3 * tl / n:.2f} ms/file ({100 * tl / best_p:.0f}% of the pipeline)\n"
        f"  extract: {size / 1e6 / te:.2f} MB/s, {1e3 * te / n:.2f} ms/file ({100 * te / best_p:.0f}%)"
    )
    print(f"ratio pipeline / jieba.lcut: {best_j / best_p:.2f}x (target >= 4x)")


if __name__ == "__main__":
    main()
