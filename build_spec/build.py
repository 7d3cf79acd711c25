"""Build the PolicyLens bundle with PyInstaller, then trim Qt files it does not need.

    uv run python build_spec/build.py            # one-folder bundle in dist/policylens/
    uv run python build_spec/build.py --onefile  # single executable dist/policylens(.exe)

Run it on each platform (Linux, Windows, macOS) to get that platform's program.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# Qt payload that PolicyLens never loads: QML, and plugins that drag in QtQuick, QtPdf and
# QtNetwork (virtual keyboard, PDF image format, TUIO touch, VNC), then the libraries only they need.
TRIM = ("qml", "resources/qtwebengine", "translations/qtwebengine",
        "plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so", "plugins/imageformats/libqpdf.so",
        "plugins/generic/libqtuiotouchplugin.so", "plugins/platforms/libqvnc.so")
TRIM_LIBS = ("libQt6VirtualKeyboard", "libQt6Qml", "libQt6Quick", "libQt6Pdf", "libQt6Network")
KEEP_TRANSLATIONS = ("qtbase_zh_CN", "qtbase_zh_TW", "qt_zh_CN", "qt_zh_TW")
KEEP_BABEL = ("zh", "en", "root")  # dateparser (via trafilatura's date finder) needs only these here


def size_mb(path: Path) -> float:
    if path.is_file():
        return path.stat().st_size / 1e6
    return sum(f.lstat().st_size for f in path.rglob("*") if f.is_file() and not f.is_symlink()) / 1e6


def trim(bundle: Path) -> None:
    qt = next((p for p in bundle.rglob("PySide6") if p.is_dir()), None)
    if qt is None:
        return
    for rel in TRIM:
        for base in (qt, qt / "Qt"):
            target = base / rel
            if target.is_dir():
                shutil.rmtree(target, ignore_errors=True)
            elif target.exists():
                target.unlink()
    for lib in (qt / "Qt" / "lib").glob("libQt6*"):
        if lib.name.startswith(TRIM_LIBS):
            lib.unlink()
    for tr in qt.rglob("translations/*.qm"):
        if not tr.name.startswith(KEEP_TRANSLATIONS):
            tr.unlink()
    locale_data = next((p for p in bundle.rglob("babel/locale-data") if p.is_dir()), None)
    for f in locale_data.iterdir() if locale_data else ():
        if not f.name.split(".")[0].split("_")[0] in KEEP_BABEL:
            f.unlink()


def main() -> int:
    onefile = "--onefile" in sys.argv
    env = dict(os.environ, ONEFILE="1" if onefile else "0")
    cmd = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
           "--distpath", str(ROOT / "dist"), "--workpath", str(ROOT / "build"), str(ROOT / "build_spec" / "policylens.spec")]
    subprocess.run(cmd, check=True, env=env, cwd=ROOT)
    out = ROOT / "dist" / ("policylens" + (".exe" if os.name == "nt" else ""))
    if not onefile:
        out = ROOT / "dist" / "policylens"
        trim(out)
    print(f"built {out} ({size_mb(out):.0f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
