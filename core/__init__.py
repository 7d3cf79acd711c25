"""PolicyLens core: the parsing package. Pure Python, typed records, never imports Qt.

The pipeline, one package per stage (each imports only the stages below it)::

    bytes ─ ingest ─> Document ─ extraction ─> Indicator
                         │
                         ├─ convert   (Simplified/Traditional with offset maps)
                         ├─ search    (cross-script full-text index)
                         ├─ annotate  (highlights and notes that follow the text)
                         └─ export    (CSV/XLSX writers)
    cli: every command-line subcommand, over all of the above

``model`` holds the records every stage shares; ``text`` the character-level tools (folding,
numerals, offset maps) they all use.

The public surface, importable from ``core`` itself (loaded on first use, so ``import core`` is cheap):

- ``load(path) -> Document`` and ``LoadError``: read one article file.
- ``extract(doc) -> list[Indicator]`` and ``extract_text(text, doc="")``: its figures.
- ``Document``, ``Indicator``, ``Metadata``: the records.
"""
from __future__ import annotations

import sys
from importlib import import_module
from pathlib import Path

from core import native

__version__ = "0.1.0"

_PUBLIC = {
    "load": "core.ingest.loader",
    "LoadError": "core.ingest.loader",
    "extract": "core.extraction.indicators",
    "extract_text": "core.extraction.indicators",
    "Document": "core.model",
    "Indicator": "core.model",
    "Metadata": "core.model",
}
__all__ = ["__version__", *_PUBLIC]

if not getattr(sys, "frozen", False):
    native.check(Path(__file__).resolve().parent.parent)


def __getattr__(name: str):
    if name in _PUBLIC:
        return getattr(import_module(_PUBLIC[name]), name)
    raise AttributeError(f"module 'core' has no attribute {name!r}")
