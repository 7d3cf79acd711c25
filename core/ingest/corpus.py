"""Turn command-line paths (files and folders) into article files, in a stable order."""
from __future__ import annotations

import os
from collections.abc import Iterator

from core.ingest.loader import ARTICLE_SUFFIXES, LoadError, load
from core.model import Document


def iter_paths(paths: list[str]) -> Iterator[str | LoadError]:
    """Yield article file paths; yield a :class:`LoadError` for a path that gives none."""
    for path in paths:
        if os.path.isdir(path):
            found = False
            for root, dirs, files in os.walk(path):
                dirs.sort()
                for name in sorted(files):
                    if name.lower().endswith(ARTICLE_SUFFIXES) and not name.startswith("."):
                        found = True
                        yield os.path.join(root, name)
            if not found:
                yield LoadError(path, "folder holds no articles (.txt, .html, .htm, .pdf, .docx)")
        elif os.path.exists(path) or os.path.islink(path):
            yield path
        else:
            yield LoadError(path, "no such file or folder")


def iter_documents(paths: list[str], on_error) -> Iterator[Document]:
    """Load every article under ``paths``; each failure goes to ``on_error(LoadError)``."""
    for item in iter_paths(paths):
        if isinstance(item, LoadError):
            on_error(item)
            continue
        try:
            yield load(item)
        except LoadError as exc:
            on_error(exc)
