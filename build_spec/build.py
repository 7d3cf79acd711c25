"""Build the PolicyLens program with PyInstaller from build_spec/policylens.spec.

    uv run python build_spec/build.py                  # one-folder bundle: dist/policylens/
    uv run python build_spec/build.py --onefile        # single executable: dist/onefile/policylens(.exe)
    uv run python build_spec/build.py --deb            # bundle, then dist/policylens_<version>_<arch>.deb
    uv run python build_spec/build.py --deb --no-build # package the bundle already in dist/policylens/
    uv run python build_spec/build.py --pure           # without compiling the core first (compile_core.py)

Run it on each platform (Linux, Windows, macOS) to get that platform's program. What the
bundle leaves out (unused Qt modules and plugins, other languages' data) is in the spec. The
.deb needs dpkg-deb (Debian's dpkg package) and puts the bundle under /opt/policylens/, a link
/usr/bin/policylens, the menu entry and the icons; see build_deb() for the rest.
"""
from __future__ import annotations

import os
import platform
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUNDLE = ROOT / "dist" / "policylens"

# What Qt's xcb/wayland platform plugins and the bundled libraries load from the system (PyInstaller
# leaves these out on purpose), and a CJK font for the text. Alternatives name the packages renamed
# by Debian 13 / Ubuntu 24.04's 64-bit time_t transition.
DEPENDS = ["libegl1", "libgl1", "libxkbcommon0", "libfontconfig1", "libfreetype6", "libdbus-1-3",
           "libglib2.0-0 | libglib2.0-0t64", "libx11-6", "libxkbcommon-x11-0", "libxcb-cursor0", "libxcb-icccm4",
           "libxcb-keysyms1", "libxcb-shape0", "libxcb-render-util0", "libxcb-image0"]
RECOMMENDS = ["fonts-noto-cjk"]
DESCRIPTION = """\
reader and indicator extractor for Chinese policy articles
 PolicyLens opens Chinese government and economic articles in any common
 encoding (UTF-8, GB18030/GBK, Big5, UTF-16; plain text and saved web pages),
 strips site chrome, repairs re-posting damage, reads title, date, source and
 region, converts between Simplified and Traditional Chinese and extracts every
 indicator figure into a table (CSV/XLSX).
 .
 The program is a self-contained PyInstaller bundle under /opt/policylens; the
 command line (policylens extract|clean|convert|search) works without a screen."""

# Menu and icon caches: Debian's desktop-file-utils and hicolor-icon-theme refresh them through
# dpkg triggers; these guarded calls only matter on derivatives without those triggers.
POSTINST = """\
#!/bin/sh
set -e
if [ "$1" = configure ]; then
    if command -v update-desktop-database >/dev/null 2>&1; then update-desktop-database -q /usr/share/applications || true; fi
    if command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -f /usr/share/icons/hicolor/index.theme ]; then
        gtk-update-icon-cache -q -t -f /usr/share/icons/hicolor || true
    fi
fi
exit 0
"""
POSTRM = """\
#!/bin/sh
set -e
if [ "$1" = remove ] || [ "$1" = purge ]; then
    if command -v update-desktop-database >/dev/null 2>&1; then update-desktop-database -q /usr/share/applications || true; fi
    if command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -f /usr/share/icons/hicolor/index.theme ]; then
        gtk-update-icon-cache -q -t -f /usr/share/icons/hicolor || true
    fi
fi
exit 0
"""


def size_mb(path: Path) -> float:
    if path.is_file():
        return path.stat().st_size / 1e6
    return sum(f.lstat().st_size for f in path.rglob("*") if f.is_file() and not f.is_symlink()) / 1e6


def project() -> dict:
    with open(ROOT / "pyproject.toml", "rb") as fh:
        return tomllib.load(fh)["project"]


def compile_core(pure: bool) -> None:
    """The pipeline's hot modules as C extensions (build_spec/compile_core.py), unless ``pure`` or
    no C compiler is at hand: then the bundle carries the Python sources, slower but the same."""
    script = [sys.executable, str(ROOT / "build_spec" / "compile_core.py")]
    if not pure and subprocess.run(script, cwd=ROOT).returncode == 0:
        return
    subprocess.run([*script, "--clean"], check=True, cwd=ROOT)
    if not pure:
        print("build: compiling the core failed (is a C compiler installed?): bundling the Python sources",
              file=sys.stderr)


def build_bundle(onefile: bool, pure: bool = False) -> Path:
    compile_core(pure)
    env = dict(os.environ, ONEFILE="1" if onefile else "0")
    # PyInstaller's cache of processed (stripped) binaries is per user by default, and --clean
    # empties it: keep this checkout's own, so that builds in other checkouts cannot pull it away
    env.setdefault("PYINSTALLER_CONFIG_DIR", str(ROOT / "build" / "pyinstaller-config"))
    dist = ROOT / "dist" / ("onefile" if onefile else "")
    cmd = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
           "--distpath", str(dist), "--workpath", str(ROOT / "build"), str(ROOT / "build_spec" / "policylens.spec")]
    subprocess.run(cmd, check=True, env=env, cwd=ROOT)
    out = dist / ("policylens" + (".exe" if os.name == "nt" and onefile else ""))
    print(f"built {out} ({size_mb(out):.0f} MB)")
    return out


def deb_arch() -> str:
    if shutil.which("dpkg"):
        return subprocess.run(["dpkg", "--print-architecture"], capture_output=True, text=True, check=True).stdout.strip()
    return {"x86_64": "amd64", "aarch64": "arm64"}.get(platform.machine(), platform.machine())


def glibc_needed(tree: Path) -> str | None:
    """The newest GLIBC_2.x symbol version any binary in the tree asks for (what dpkg-shlibdeps
    would turn into libc6 (>= 2.x)), so that apt refuses an older system instead of a crash."""
    newest = (0, 0)
    pattern = re.compile(rb"GLIBC_2\.(\d+)(?:\.(\d+))?\x00")
    for path in tree.rglob("*"):
        if path.is_file() and not path.is_symlink():
            with open(path, "rb") as fh:
                if fh.read(4) != b"\x7fELF":
                    continue
                data = fh.read()
            for minor, patch in pattern.findall(data):
                newest = max(newest, (int(minor), int(patch or 0)))
    if newest == (0, 0):
        return None
    return f"2.{newest[0]}" + (f".{newest[1]}" if newest[1] else "")


def installed_size_kib(tree: Path) -> int:
    """Installed-Size as dpkg-gencontrol counts it: each file rounded up to a KiB, plus one per
    directory and symbolic link."""
    total = 0
    for dirpath, dirnames, filenames in os.walk(tree):
        if Path(dirpath).name == "DEBIAN":
            continue
        for name in filenames:
            path = Path(dirpath) / name
            total += 1 if path.is_symlink() else (path.stat().st_size + 1023) // 1024
        total += sum(1 for d in dirnames if d != "DEBIAN")
    return total


def normalise_modes(tree: Path) -> None:
    """Directories 0755, files 0644 or 0755 when executable, whatever the umask of the build."""
    for dirpath, dirnames, filenames in os.walk(tree):
        os.chmod(dirpath, 0o755)
        for name in filenames:
            path = Path(dirpath) / name
            if not path.is_symlink():
                os.chmod(path, 0o755 if path.stat().st_mode & 0o111 else 0o644)


def build_deb() -> Path:
    if not (BUNDLE / "policylens").is_file():
        raise SystemExit(f"no bundle at {BUNDLE}: build it first (drop --no-build)")
    if not shutil.which("dpkg-deb"):
        raise SystemExit("dpkg-deb not found: install Debian's dpkg package")
    meta = project()
    version, arch = meta["version"], deb_arch()
    stage = ROOT / "build" / "deb"
    shutil.rmtree(stage, ignore_errors=True)
    shutil.copytree(BUNDLE, stage / "opt" / "policylens", symlinks=True)
    (stage / "usr" / "bin").mkdir(parents=True)
    # the bootloader finds its _internal/ through /proc/self/exe, so a plain link works
    (stage / "usr" / "bin" / "policylens").symlink_to("/opt/policylens/policylens")
    apps = stage / "usr" / "share" / "applications"
    apps.mkdir(parents=True)
    shutil.copy(ROOT / "resources" / "policylens.desktop", apps / "policylens.desktop")
    for icon in sorted((ROOT / "resources" / "icons").glob("policylens-*.png")):
        size = icon.stem.rsplit("-", 1)[1]
        folder = stage / "usr" / "share" / "icons" / "hicolor" / f"{size}x{size}" / "apps"
        folder.mkdir(parents=True, exist_ok=True)
        shutil.copy(icon, folder / "policylens.png")
    normalise_modes(stage)

    depends = list(DEPENDS)
    glibc = glibc_needed(stage / "opt" / "policylens")
    if glibc:
        depends.insert(0, f"libc6 (>= {glibc})")
    authors = meta.get("authors") or [{}]
    maintainer = os.environ.get("DEB_MAINTAINER") or (
        f"{authors[0]['name']} <{authors[0]['email']}>" if authors[0].get("email") else
        "PolicyLens developers <policylens@localhost>")
    control = {
        "Package": "policylens",
        "Version": version,
        "Architecture": arch,
        "Maintainer": maintainer,
        "Installed-Size": str(installed_size_kib(stage)),
        "Depends": ", ".join(depends),
        "Recommends": ", ".join(RECOMMENDS),
        "Section": "text",
        "Priority": "optional",
        "Description": DESCRIPTION,
    }
    debian = stage / "DEBIAN"
    debian.mkdir()
    (debian / "control").write_text("".join(f"{k}: {v}\n" for k, v in control.items()), encoding="utf-8")
    for name, text in (("postinst", POSTINST), ("postrm", POSTRM)):
        (debian / name).write_text(text, encoding="utf-8")
        os.chmod(debian / name, 0o755)
    os.chmod(debian, 0o755)
    os.chmod(debian / "control", 0o644)

    out = ROOT / "dist" / f"policylens_{version}_{arch}.deb"
    out.unlink(missing_ok=True)
    # xz: every dpkg reads it (zstd only from Debian 12 / Ubuntu 21.10; UOS 20 and Kylin V10 are older).
    # Level 1: 71 MB in ~1 min of CPU here; the default level 6 gives 63 MB but takes ~4 min.
    subprocess.run(["dpkg-deb", "--root-owner-group", "-Zxz", "-z1", "--build", str(stage), str(out)], check=True)
    print(f"built {out} ({out.stat().st_size / 1e6:.0f} MB, installed {int(control['Installed-Size']) / 1024:.0f} MiB)")
    shutil.rmtree(stage)
    return out


def main(argv: list[str]) -> int:
    onefile, deb, no_build, pure = "--onefile" in argv, "--deb" in argv, "--no-build" in argv, "--pure" in argv
    unknown = set(argv) - {"--onefile", "--deb", "--no-build", "--pure"}
    if unknown or (onefile and deb):
        print(__doc__, file=sys.stderr)
        return 2
    if not no_build:
        build_bundle(onefile, pure)
    if deb:
        build_deb()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
