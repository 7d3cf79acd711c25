"""Where bundled files live: the source tree, or PyInstaller's unpack directory."""
from __future__ import annotations

import os
import sys


def bundle_root() -> str:
    if getattr(sys, "frozen", False) and hasattr(sys, "_MEIPASS"):
        return sys._MEIPASS  # type: ignore[attr-defined]
    return os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def resource(*parts: str) -> str:
    return os.path.join(bundle_root(), *parts)


def sample_articles() -> list[str]:
    folder = resource("seeds")
    if not os.path.isdir(folder):
        return []
    return sorted(os.path.join(folder, f) for f in os.listdir(folder) if f.endswith((".txt", ".htm", ".html", ".pdf", ".docx")))
