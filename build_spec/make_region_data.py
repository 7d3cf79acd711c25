"""Write the county/city short names that are everyday words (jieba frequency >= 1000), so that
loading an article need not load jieba's dictionary to find its region.

    uv run python build_spec/make_region_data.py
"""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from core.ingest.region import adcode_names, short_names  # noqa: E402
from core.text.wordfreq import word_freq  # noqa: E402

COMMON = 1000


def main() -> None:
    freq = word_freq()
    common = sorted({s for s in short_names(adcode_names()).values() if freq.get(s, 0) >= COMMON})
    out = ROOT / "core" / "data" / "region_common_short_names.txt"
    out.write_text("\n".join(common) + "\n", encoding="utf-8")
    print(f"{len(common)} common short names written to {out}")


if __name__ == "__main__":
    main()
