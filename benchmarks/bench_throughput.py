"""The whole pipeline against jieba.lcut alone, side by side, same corpus, same process, one core.

    uv run python benchmarks/bench_throughput.py [N] [--rounds R] [--block B] [--profile FILE]

Every file's bytes are read into memory first (so the disk is out of both sides). Then the two
sides take turns over the same blocks of B files (10 by default; which goes first alternates), so
that both see the same machine at the same moment: on a shared or throttled machine its speed
drifts by a third within a minute, which separate passes turned into ratios from 2.3× to 4.1× in
one run. A turn lasts a tenth of a second or so, far shorter than the drift, and within it each
side runs file after file as it does in a batch, on caches holding its own tables. With
``--block 1`` the sides alternate file by file: each then starts on caches the other has just
filled (jieba's dictionary is some 60 MB), a state the pipeline never runs in (it does not
segment), which costs it 12–20% of its speed and jieba up to a tenth.

- **jieba**: ``jieba.lcut`` over the article's cleaned text (segmentation alone, nothing else);
- **pipeline**: bytes → ``load_bytes`` (decode, web page, repair, chrome, metadata, region) →
  ``extract`` (indicators), timed per stage (load vs extract).

The pipeline runs as it is installed: with the hot modules compiled when
``build_spec/compile_core.py`` has run (the desktop program always has them), from the Python
sources otherwise or with ``POLICYLENS_PURE_PYTHON=1``. The first lines say which.

Prints MB/s of input bytes and files/s for each side, the ratio pipeline/jieba (the issue's
target is ≥ 4×) of each round and their median, and the split of the pipeline's time between
loading and extraction. Times are CPU time of this process (``time.process_time``).
``--profile FILE`` writes a cProfile of one pipeline pass (``python -m pstats FILE``).
"""
from __future__ import annotations

import argparse
import logging
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.corpus import ROOT, build  # noqa: E402
from core.extraction.indicators import extract  # noqa: E402
from core.ingest.loader import LoadError, load_bytes  # noqa: E402


def run_round(blobs: list[tuple[str, bytes]], texts: list[str | None], flip: int, block: int) -> dict:
    """One pass over the corpus, the sides taking turns block by block; CPU seconds of each side and stage."""
    import jieba

    lcut, clock = jieba.lcut, time.process_time
    t = {"jieba": 0.0, "load": 0.0, "extract": 0.0, "words": 0, "found": 0, "failed": 0}

    def segment(part: list[str | None]) -> None:
        t0 = clock()
        t["words"] += sum(len(lcut(text)) for text in part if text is not None)
        t["jieba"] += clock() - t0

    def pipeline(part: list[tuple[str, bytes]]) -> None:
        for path, data in part:
            t0 = clock()
            try:
                doc = load_bytes(path, data)
            except LoadError:
                t["failed"] += 1
                t["load"] += clock() - t0
                continue
            t1 = clock()
            t["found"] += len(extract(doc))
            t["load"] += t1 - t0
            t["extract"] += clock() - t1

    for k, start in enumerate(range(0, len(blobs), block)):
        part, part_texts = blobs[start : start + block], texts[start : start + block]
        if (k + flip) % 2 == 0:
            segment(part_texts)
            pipeline(part)
        else:
            pipeline(part)
            segment(part_texts)
    return t


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("n", nargs="?", type=int, default=10000)
    ap.add_argument("--rounds", type=int, default=2)
    ap.add_argument("--block", type=int, default=10, metavar="B",
                    help="files per turn of each side (1: alternate file by file)")
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
    texts: list[str | None] = []
    for path, data in blobs:
        try:
            texts.append(load_bytes(path, data).text)
        except LoadError:
            texts.append(None)
    extract(load_bytes(*blobs[0]))
    chars = sum(len(t) for t in texts if t)
    print(f"cleaned text: {chars / 1e6:.1f} M characters; the sides take turns every {max(1, args.block)} files")
    import core.extraction.grammar

    compiled = not core.extraction.grammar.__file__.endswith(".py")
    print("core: " + ("compiled (build_spec/compile_core.py)" if compiled else
                      "Python sources (build_spec/compile_core.py compiles the hot modules)"))

    if args.profile:
        import cProfile

        prof = cProfile.Profile()
        prof.enable()
        for path, data in blobs:
            try:
                extract(load_bytes(path, data))
            except LoadError:
                pass
        prof.disable()
        prof.dump_stats(args.profile)
        print(f"profile written to {args.profile}")
        return

    rounds = []
    for r in range(1, args.rounds + 1):
        w0 = time.perf_counter()
        t = run_round(blobs, texts, r, max(1, args.block))
        pipeline = t["load"] + t["extract"]
        rounds.append(t)
        print(
            f"round {r}: jieba.lcut {t['jieba']:.1f} s CPU ({t['words']} words); pipeline {pipeline:.1f} s CPU "
            f"(load {t['load']:.1f} s + extract {t['extract']:.1f} s; {t['found']} indicators, {t['failed']} failed); "
            f"ratio {t['jieba'] / pipeline:.2f}x ({time.perf_counter() - w0:.0f} s wall for the round)"
        )
    n = len(blobs)
    best = min(rounds, key=lambda t: t["load"] + t["extract"])
    best_j = min(t["jieba"] for t in rounds)
    best_p, tl, te = best["load"] + best["extract"], best["load"], best["extract"]
    print("best of the rounds, CPU time of one core:")
    print(f"jieba.lcut alone: {size / 1e6 / best_j:.2f} MB/s, {n / best_j:.0f} files/s")
    print(f"whole pipeline:   {size / 1e6 / best_p:.2f} MB/s, {n / best_p:.0f} files/s")
    print(
        f"  load:    {size / 1e6 / tl:.2f} MB/s, {1e3 * tl / n:.2f} ms/file ({100 * tl / best_p:.0f}% of the pipeline)\n"
        f"  extract: {size / 1e6 / te:.2f} MB/s, {1e3 * te / n:.2f} ms/file ({100 * te / best_p:.0f}%)"
    )
    ratios = sorted(t["jieba"] / (t["load"] + t["extract"]) for t in rounds)
    print(f"ratio pipeline / jieba.lcut: {statistics.median(ratios):.2f}x, the median of the rounds "
          f"({', '.join(f'{x:.2f}' for x in ratios)}; target >= 4x)")


if __name__ == "__main__":
    main()
