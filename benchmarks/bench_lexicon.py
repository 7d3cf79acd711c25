"""jieba's dictionary in our process: memory and time of the compact word table against jieba's own.

    uv run python benchmarks/bench_lexicon.py

Each load is measured in a new process (VmRSS from /proc/self/status before and after, Linux;
the standard modules both sides use are imported before),
cold (empty cache folder) and with the cache; then segmentation speed on 20,000 short stretches
of the sample articles (2-16 characters, the size lexicon.tokens() sees), best of five, both in
one process. Note: with PYTHONDONTWRITEBYTECODE set, ``import jieba`` compiles its HMM tables
from source each time, which alone costs ~60 MB; from bytecode (as in the bundle) ~8 MB.
"""
from __future__ import annotations

import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

# the modules both sides use that any PolicyLens process has loaded anyway, imported before measuring
RSS = """
import ctypes, hashlib, logging, math, re, struct, tempfile, time, zlib
import platformdirs
def rss():
    with open("/proc/self/status") as fh:
        return next(int(line.split()[1]) / 1024 for line in fh if line.startswith("VmRSS"))
"""
WORD_TABLE = RSS + """
import time
r0 = rss(); t0 = time.perf_counter()
from core.text import segment
from core.text.wordfreq import word_freq
segment.cut("全年新建5G基站1200个", word_freq()); word_freq().tag("建成")
print(rss() - r0, time.perf_counter() - t0)
"""
JIEBA = RSS + """
import logging, sys, time
r0 = rss(); t0 = time.perf_counter()
import jieba
jieba.setLogLevel(logging.ERROR)
jieba.dt.tmp_dir = sys.argv[1]
jieba.dt.lcut("全年新建5G基站1200个", HMM=False)
print(rss() - r0, time.perf_counter() - t0)
"""


def probe(code: str, cache: str) -> tuple[float, float]:
    env = dict(os.environ, POLICYLENS_CACHE_DIR=cache)
    out = subprocess.run([sys.executable, "-c", code, cache], cwd=ROOT, env=env, capture_output=True, text=True,
                         check=True)
    mb, s = out.stdout.split()
    return float(mb), float(s)


def loads() -> None:
    for name, code in (("word table (marisa trie)", WORD_TABLE), ("jieba.dt (before)", JIEBA)):
        with tempfile.TemporaryDirectory() as cache:
            cold = probe(code, cache)
            warm = min(probe(code, cache) for _ in range(3))
        print(f"{name}: cold +{cold[0]:.1f} MB in {cold[1]:.2f} s; with cache +{warm[0]:.1f} MB in {warm[1]:.2f} s "
              "(import to first tokens)")


def speed() -> None:
    import logging

    import jieba

    from core.text import segment
    from core.text.wordfreq import word_freq

    text = "".join(p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt")))
    rnd = random.Random(7)
    pieces = []
    for _ in range(20_000):
        a = rnd.randrange(len(text))
        pieces.append(text[a : a + rnd.randint(2, 16)])
    jieba.setLogLevel(logging.ERROR)
    jieba.dt.tmp_dir = tempfile.mkdtemp()
    words = word_freq()
    sides = {"word table": lambda s: segment.cut(s, words), "jieba.dt": lambda s: jieba.dt.lcut(s, HMM=False)}
    best = dict.fromkeys(sides, float("inf"))
    for _ in range(5):
        for name, cut in sides.items():
            t0 = time.perf_counter()
            for s in pieces:
                cut(s)
            best[name] = min(best[name], time.perf_counter() - t0)
    for name, t in best.items():
        print(f"segmentation, {name}: {t / len(pieces) * 1e6:.1f} µs per 2-16 character string")


if __name__ == "__main__":
    loads()
    speed()
