"""Build the PolicyLens program with PyInstaller from build_spec/policylens.spec.

    uv run python build_spec/build.py            # one-folder bundle: dist/policylens/
    uv run python build_spec/build.py --onefile  # single executable: dist/onefile/policylens(.exe)

Run it on each platform (Linux, Windows, macOS) to get that platform's program. What the
bundle leaves out (unused Qt modules and plugins, other languages' data) is listed in the spec.
"""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def size_mb(path: Path) -> float:
    if path.is_file():
        return path.stat().st_size / 1e6
    return sum(f.lstat().st_size for f in path.rglob("*") if f.is_file() and not f.is_symlink()) / 1e6


def main() -> int:
    onefile = "--onefile" in sys.argv
    env = dict(os.environ, ONEFILE="1" if onefile else "0")
    dist = ROOT / "dist" / ("onefile" if onefile else "")
    cmd = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
           "--distpath", str(dist), "--workpath", str(ROOT / "build"), str(ROOT / "build_spec" / "policylens.spec")]
    subprocess.run(cmd, check=True, env=env, cwd=ROOT)
    out = dist / ("policylens" + (".exe" if os.name == "nt" and onefile else ""))
    print(f"built {out} ({size_mb(out):.0f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
