"""Print where the space of a built bundle goes: total, biggest folders, biggest files, by kind.

    uv run python build_spec/bundle_sizes.py                        # dist/policylens/
    uv run python build_spec/bundle_sizes.py DIR --top 25
    uv run python build_spec/bundle_sizes.py --save before.json     # keep the numbers ...
    uv run python build_spec/bundle_sizes.py --against before.json  # ... and show the change

Sizes are apparent file sizes in MB (10^6 bytes); "installed" is what dpkg would count for the
same files (each file rounded up to a KiB, as Installed-Size), in MiB. Symbolic links count
nothing (PyInstaller links _internal/libX.so to PySide6/Qt/lib/libX.so). Only the standard
library is used, so it runs with any Python 3.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# folders split one level further, because one line for them would hide what is inside
EXPAND = {"_internal", "_internal/PySide6", "_internal/PySide6/Qt", "_internal/PySide6/Qt/plugins",
          "Contents", "Contents/Frameworks", "Contents/Resources"}


def files(bundle: Path):
    for dirpath, dirnames, filenames in os.walk(bundle):
        dirnames.sort()
        for name in sorted(filenames):
            path = Path(dirpath) / name
            if not path.is_symlink():
                yield path.relative_to(bundle).as_posix(), path.stat().st_size


def group_of(rel: str) -> str:
    parts = rel.split("/")
    key = parts[0]
    for part in parts[1:-1]:
        if key not in EXPAND:
            break
        key = f"{key}/{part}"
    if key in EXPAND or key == rel:  # a file directly in an expanded folder
        key = f"{key}/*files*" if "/" in rel else "*files*"
    return key


def kind_of(rel: str) -> str:
    name = rel.rsplit("/", 1)[-1]
    if "/Qt/plugins/" in rel or "/PlugIns/" in rel:
        return "Qt plugins"
    if "/Qt/lib/" in rel or name.startswith(("libQt6", "libicu", "Qt6", "icu")) or ".framework/" in rel:
        return "Qt libraries (with ICU)"
    if "PySide6/" in rel and name.startswith("Qt") or "shiboken6" in rel or "pyside6" in name:
        return "PySide6 bindings"
    if name.endswith((".pyd", ".abi3.so")) or ".cpython-" in name:
        return "Python extension modules"
    if name.startswith("libpython") or name.startswith("python3") and name.endswith(".dll"):
        return "Python runtime"
    if ".so" in name or name.endswith((".dll", ".dylib")):
        return "other shared libraries"
    if name in ("policylens", "policylens.exe") or name.endswith((".pyz", ".zip", ".pyc")):
        return "Python code (archive)"
    return "data files"


def measure(bundle: Path) -> dict:
    groups, kinds, sizes = Counter(), Counter(), {}
    installed_kib = 0
    for rel, size in files(bundle):
        sizes[rel] = size
        groups[group_of(rel)] += size
        kinds[kind_of(rel)] += size
        installed_kib += (size + 1023) // 1024
    dirs = sum(len(d) for _, d, _ in os.walk(bundle))
    return {"bundle": str(bundle), "total": sum(sizes.values()), "files": len(sizes),
            "installed_kib": installed_kib + dirs, "groups": dict(groups), "kinds": dict(kinds),
            "files_sizes": dict(sorted(sizes.items(), key=lambda kv: -kv[1]))}


def mb(n: float) -> str:
    return f"{n / 1e6:7.1f} MB"


def table(title: str, now: dict, before: dict | None, top: int) -> None:
    """The biggest `top` entries now, and those among the biggest before that are gone."""
    print(f"\n{title}")
    for key, size in sorted(now.items(), key=lambda kv: -kv[1])[:top]:
        delta = ""
        if before is not None:
            old = before.get(key, 0)
            delta = f"  (was {old / 1e6:6.1f})" if old != size else "  (same)"
        print(f"  {mb(size)}  {key}{delta}")
    if before is not None:
        gone = [k for k in sorted(before, key=lambda k: -before[k])[:top] if k not in now]
        for key in gone:
            print(f"  {'gone':>10}  {key}  (was {before[key] / 1e6:6.1f})")


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("bundle", nargs="?", default=str(ROOT / "dist" / "policylens"))
    ap.add_argument("--top", type=int, default=20, help="lines per table (default 20)")
    ap.add_argument("--save", metavar="JSON", help="also write the numbers to this file")
    ap.add_argument("--against", metavar="JSON", help="show the change from numbers saved earlier")
    args = ap.parse_args(argv)
    bundle = Path(args.bundle)
    if not bundle.is_dir():
        print(f"no bundle at {bundle} (build it: uv run python build_spec/build.py)", file=sys.stderr)
        return 2
    now = measure(bundle)
    before = json.loads(Path(args.against).read_text()) if args.against else None
    line = f"{bundle}: {mb(now['total']).strip()} in {now['files']} files, installed {now['installed_kib'] / 1024:.1f} MiB"
    if before:
        line += f" (was {mb(before['total']).strip()} in {before['files']} files, {before['installed_kib'] / 1024:.1f} MiB)"
    print(line)
    table("by kind", now["kinds"], before and before["kinds"], args.top)
    table("biggest folders", now["groups"], before and before["groups"], args.top)
    table("biggest files", now["files_sizes"], before and before["files_sizes"], args.top)
    if args.save:
        Path(args.save).write_text(json.dumps(now, indent=1, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
