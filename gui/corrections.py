"""Users' corrections of indicator cells, kept per document (by content hash) across restarts."""
from __future__ import annotations

import hashlib
import json
import os
import tempfile


def doc_key(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


class CorrectionStore:
    """``{doc hash: {row key: {field: value}}}`` in one JSON file, written atomically."""

    def __init__(self, path: str):
        self.path = path
        self.data: dict[str, dict[str, dict]] = {}
        if os.path.exists(path):
            try:
                with open(path, encoding="utf-8") as fh:
                    self.data = json.load(fh)
            except (OSError, ValueError):
                os.replace(path, path + ".unreadable")  # keep it for the user, start clean

    def get(self, doc: str, row: str) -> dict:
        return self.data.get(doc, {}).get(row, {})

    def of_document(self, doc: str) -> dict[str, dict]:
        """A document's corrections by row key (one look-up per document, not one per row)."""
        return self.data.get(doc, {})

    def set(self, doc: str, row: str, field: str, value) -> None:
        fields = self.data.setdefault(doc, {}).setdefault(row, {})
        if value is None:
            fields.pop(field, None)
        else:
            fields[field] = value
        self.save()

    def save(self) -> None:
        os.makedirs(os.path.dirname(os.path.abspath(self.path)), exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=os.path.dirname(os.path.abspath(self.path)), suffix=".tmp")
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(self.data, fh, ensure_ascii=False)
        os.replace(tmp, self.path)
