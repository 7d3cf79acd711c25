"""Typed application options over QSettings (INI file in the platformdirs config directory)."""
from __future__ import annotations

import json
import os

from PySide6.QtCore import QByteArray, QSettings

from core.userdirs import config_dir, data_dir  # noqa: F401  (data_dir is re-exported for the GUI)


class Settings:
    """One place for every option the app remembers; tests point it at a temporary directory."""

    def __init__(self, directory: str | None = None):
        directory = directory or config_dir()
        os.makedirs(directory, exist_ok=True)
        self.qs = QSettings(os.path.join(directory, "policylens.ini"), QSettings.Format.IniFormat)

    def _get(self, key: str, default):
        value = self.qs.value(key, default)
        if isinstance(default, bool):
            return value in (True, "true", "1", 1)
        if isinstance(default, int):
            try:
                return int(value)
            except (TypeError, ValueError):
                return default
        return value

    @property
    def language(self) -> str:
        return str(self._get("ui/language", "zh_CN"))

    @language.setter
    def language(self, value: str) -> None:
        self.qs.setValue("ui/language", value)

    @property
    def font_size(self) -> int:
        return self._get("reader/font_size", 13)

    @font_size.setter
    def font_size(self, value: int) -> None:
        self.qs.setValue("reader/font_size", int(value))

    @property
    def library(self) -> list[str] | None:
        """The files of the last library, or None on first start."""
        raw = self.qs.value("library/files", None)
        if raw is None:
            return None
        try:
            return list(json.loads(raw))
        except (TypeError, ValueError):
            return None

    @library.setter
    def library(self, files: list[str]) -> None:
        self.qs.setValue("library/files", json.dumps(files, ensure_ascii=False))

    @property
    def current(self) -> str:
        return str(self._get("library/current", ""))

    @current.setter
    def current(self, path: str) -> None:
        self.qs.setValue("library/current", path)

    @property
    def recent(self) -> list[str]:
        try:
            return list(json.loads(self.qs.value("library/recent", "[]")))
        except (TypeError, ValueError):
            return []

    def add_recent(self, path: str) -> None:
        items = [path] + [p for p in self.recent if p != path]
        self.qs.setValue("library/recent", json.dumps(items[:10], ensure_ascii=False))

    def geometry(self, key: str) -> QByteArray | None:
        value = self.qs.value(f"window/{key}")
        return value if isinstance(value, QByteArray) else None

    def set_geometry(self, key: str, value: QByteArray) -> None:
        self.qs.setValue(f"window/{key}", value)

    def sync(self) -> None:
        self.qs.sync()
