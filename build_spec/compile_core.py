"""Compile the pipeline's hot modules (extraction, cleaning, region, script) to C extensions with mypyc.

    uv run python build_spec/compile_core.py           # about a minute; needs a C compiler and Python's headers
    uv run python build_spec/compile_core.py --clean   # back to the Python sources alone

The compiled modules sit beside their sources (``core/extraction/grammar.cpython-311-….so`` next
to ``grammar.py``; the shared runtime ``policylens_core__mypyc….so`` at the top) and Python
imports them first. They are the same code: mypyc compiles the typed Python as it is, the tests
pass either way, and the bundle's smoke test compares its records with the sources' records.
``core/compiled.txt`` lists each compiled module with its source's SHA-256; when a source no
longer matches (it was edited after compiling), ``core/native.py`` makes Python load every listed
module from source until this script runs again, so an edit is never shadowed by stale C.

Module-level constants of these modules (patterns, tables) are declared ``Final``: compiled, a
``Final`` name is a C variable, any other a lookup in the module's dictionary at every use (some
3,000 an article; with them, the pipeline ran 4% more instructions).

``build_spec/build.py`` runs this before PyInstaller, so the desktop program carries them. The
speed-up: README, Performance.
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from core.native import GROUP, MANIFEST, digest  # noqa: E402

# The modules a document passes through, per figure and per line. Left as Python: the data
# classes every other part shares and pickles (core/model.py), the web page reading (trafilatura's
# work) and everything the window and the CLI run.
MODULES = [
    "core/extraction/catalogue.py",
    "core/extraction/clause.py",
    "core/extraction/grammar.py",
    "core/extraction/indicators.py",
    "core/extraction/kinds.py",
    "core/extraction/lexicon.py",
    "core/extraction/lists.py",
    "core/extraction/names.py",
    "core/extraction/patterns.py",
    "core/extraction/periods.py",
    "core/extraction/timespan.py",
    "core/ingest/boilerplate.py",
    "core/ingest/encoding.py",
    "core/ingest/loader.py",
    "core/ingest/metadata.py",
    "core/ingest/region.py",
    "core/ingest/repair.py",
    "core/text/numerals.py",
    "core/text/radicals.py",
    "core/text/script.py",
    "core/text/textmap.py",
    "core/text/wordlist.py",
]


def compiled_files() -> list[Path]:
    """The extension modules a previous run left (for every Python version)."""
    files = sorted(ROOT.glob(GROUP + ".*"))
    for m in MODULES:
        base = ROOT / m.removesuffix(".py")
        files += [f for f in base.parent.glob(base.name + ".*") if f.suffix in (".so", ".pyd")]
    return files


def clean() -> None:
    for f in compiled_files():
        f.unlink()
    (ROOT / MANIFEST).unlink(missing_ok=True)


def build() -> None:
    from mypyc.build import mypycify
    from setuptools import setup

    clean()
    os.chdir(ROOT)  # module names come from the paths, relative to the project
    try:
        with tempfile.TemporaryDirectory(prefix="policylens-mypyc-") as tmp:
            extensions = mypycify(
                ["--ignore-missing-imports", "--follow-imports=silent", "--cache-dir", os.path.join(tmp, "cache"),
                 *MODULES],
                opt_level="3",
                group_name=GROUP.removesuffix("__mypyc"),
                target_dir=os.path.join(tmp, "c"),
            )
            setup(
                name="policylens-core-native",
                packages=[],
                ext_modules=extensions,
                script_args=["-q", "build_ext", "--inplace", "--build-temp", os.path.join(tmp, "temp")],
            )
    except BaseException:
        clean()  # nothing half-built is left for Python to import
        raise
    # written last: only a finished build is listed, and so checked against its sources
    (ROOT / MANIFEST).write_text("".join(f"{m} {digest(ROOT / m)}\n" for m in MODULES), encoding="utf-8")
    print(f"compiled {len(MODULES)} modules with mypyc ({len(compiled_files())} files)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--clean", action="store_true", help="remove the compiled modules")
    args = ap.parse_args()
    if args.clean:
        clean()
        print("removed the compiled modules")
    else:
        build()


if __name__ == "__main__":
    main()
