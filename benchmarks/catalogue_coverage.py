"""How many hand-labelled indicator names the catalogue knows, and which it does not.

    uv run python benchmarks/catalogue_coverage.py [GOLD.jsonl ...] [--matches]

Defaults to the development set in shared/eval beside the checkout. Prints matched/total records
and distinct names, the misses (to find general indicators the catalogue lacks) and, with
``--matches``, every name that matched under another canonical name (to check them by eye).
"""
from __future__ import annotations

import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from core.extraction.catalogue import default_catalogue  # noqa: E402

DEFAULT = [ROOT.parent / "shared" / "eval" / "devset" / "gold.jsonl", ROOT.parent / "shared" / "eval" / "gold_seeds.jsonl"]


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    show_matches = "--matches" in sys.argv
    t0 = time.perf_counter()
    cat = default_catalogue()
    print(f"catalogue: {len(cat.entries)} indicators, {len(cat.synonyms())} names (loaded in {time.perf_counter() - t0:.2f} s)")
    for path in map(Path, args or DEFAULT):
        if not path.is_file():
            print(f"{path}: not found")
            continue
        names = [json.loads(line)["name"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        t0 = time.perf_counter()
        found = {n: cat.lookup(n) for n in dict.fromkeys(names)}
        ms = (time.perf_counter() - t0) * 1000 / max(1, len(found))
        hits = sum(1 for n in names if found[n])
        print(f"\n{path}: {hits}/{len(names)} records matched, "
              f"{sum(1 for e in found.values() if e)}/{len(found)} distinct names ({ms:.2f} ms a name)")
        if show_matches:
            for n, e in found.items():
                if e and e.indicator != n:
                    print(f"  {n} -> {e.indicator}")
        print("  misses: " + " | ".join(n for n, e in found.items() if not e))


if __name__ == "__main__":
    main()
