"""Load times of the formats and of damaged text (the repair step must stay linear).

    QT_QPA_PLATFORM=offscreen uv run python benchmarks/bench_formats.py

Builds its inputs in a temporary folder: seed 002 (re-posting damage) as one line of 30 KB and
of 300 KB, a 100-page PDF drawn with Qt, a .docx of 2,000 paragraphs and 200 table rows, and a
UTF-8 article with GB18030 lines and bad bytes. Best of three runs each; jieba's dictionary is
loaded first and timed on its own.
"""
from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from core.ingest.loader import load  # noqa: E402
from core.text.wordfreq import word_freq  # noqa: E402
from docmaker import make_docx, make_pdf  # noqa: E402


def best(path: str, runs: int = 3) -> float:
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        load(path)
        times.append(time.perf_counter() - t)
    return min(times)


def main() -> None:
    t = time.perf_counter()
    word_freq()
    print(f"jieba dictionary (once per process): {time.perf_counter() - t:.2f} s")
    seed = next((ROOT / "seeds").glob("002_*.txt")).read_text(encoding="utf-8").replace("\n", "")
    with tempfile.TemporaryDirectory() as tmp:
        d = Path(tmp)
        for size in (30_000, 300_000):
            f = d / f"line{size}.txt"
            f.write_bytes((seed * (size // 8000 + 2)).encode()[:size].decode("utf-8", "ignore").encode())
            print(f"damaged article on one line, {size // 1000} KB: {best(str(f)):.2f} s")
        pages = [[f"第{n}章 某市统计公报", "全年全市地区生产总值达到1234.5亿元，按不变价格计算，比上年增长5.6%。其中，第一产业增加",
                  "值100.2亿元，增长3.1%；第二产业增加值450.3亿元，增长6.2%。", f"— {n} —"] for n in range(1, 101)]
        make_pdf(d / "p.pdf", pages)
        s = best(str(d / "p.pdf"))
        print(f"PDF, 100 pages ({(d / 'p.pdf').stat().st_size // 1000} KB): {s:.2f} s ({s * 10:.1f} ms/page)")
        make_docx(d / "w.docx", ["全年全市地区生产总值达到1234.5亿元，比上年增长5.6%。"] * 2000, table=[["指标", "5.6%"]] * 200)
        print(f"Word, 2,000 paragraphs + 200 rows: {best(str(d / 'w.docx')):.2f} s")
        text = next((ROOT / "seeds").glob("000_*.txt")).read_text(encoding="utf-8").split("\n")
        mixed = b"\n".join(ln.encode("gb18030" if i % 3 == 0 else "utf-8") + (b"\xff" if i % 5 == 0 else b"") for i, ln in enumerate(text))
        (d / "mixed.txt").write_bytes(mixed * 20)
        print(f"mixed UTF-8/GB18030 with bad bytes ({len(mixed) * 20 // 1000} KB): {best(str(d / 'mixed.txt')):.2f} s")


if __name__ == "__main__":
    main()
