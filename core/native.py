"""The compiled modules (``build_spec/compile_core.py``), used only while they match their sources.

The build writes ``core/compiled.txt``: each compiled module's source with its SHA-256. When
``core`` is imported, a source that no longer matches (edited since, or a branch checked out)
sends every listed module back to its Python source, with a warning saying how to compile them
again: the compiled modules call one another directly, so all of them go, never some. A frozen
program (PyInstaller) carries no sources and no list, and is built from one tree.
"""
from __future__ import annotations

import hashlib
import importlib.util
import logging
import os
import sys
from importlib.machinery import ModuleSpec
from pathlib import Path

GROUP = "policylens_core__mypyc"  # the compiled modules' shared runtime, a top-level module
MANIFEST = "core/compiled.txt"  # relative to the project
PURE = "POLICYLENS_PURE_PYTHON"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


class SourcesFirst:
    """A finder that loads the named modules from their ``.py`` files, compiled or not."""

    def __init__(self, root: Path, names: set[str]):
        self.root, self.names = root, names

    def find_spec(self, name: str, path=None, target=None) -> ModuleSpec | None:
        if name not in self.names:
            return None
        return importlib.util.spec_from_file_location(name, self.root / (name.replace(".", "/") + ".py"))


def compiled(root: Path) -> dict[str, str]:
    """The compiled modules' sources (relative to ``root``) and the SHA-256 they were compiled from."""
    try:
        lines = (root / MANIFEST).read_text(encoding="utf-8").splitlines()
    except OSError:
        return {}  # nothing compiled
    return dict(line.split(" ") for line in lines if line)


def stale(root: Path, listed: dict[str, str] | None = None) -> list[str]:
    """The compiled modules' sources (``listed``, else read) that changed since they were compiled."""
    listed = compiled(root) if listed is None else listed
    return [src for src, sha in listed.items() if not (root / src).is_file() or digest(root / src) != sha]


def check(root: Path) -> list[str]:
    """:func:`stale`; when there are any, or ``POLICYLENS_PURE_PYTHON=1`` asks for the sources
    (to compare or profile), every compiled module is set aside for this process."""
    listed = compiled(root)
    changed = stale(root, listed)
    if listed and (changed or os.environ.get(PURE) == "1"):
        names = {src.removesuffix(".py").replace("/", ".") for src in listed}
        sys.meta_path.insert(0, SourcesFirst(root, names))
    if changed:
        logging.getLogger("policylens").warning(
            "%s changed since the core was compiled: running the Python sources "
            "(uv run python build_spec/compile_core.py compiles them again)", ", ".join(changed)
        )
    return changed
