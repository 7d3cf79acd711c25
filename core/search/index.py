"""Search across scripts: a query typed in Simplified finds Traditional text and the reverse.

Texts and queries are folded the same way (Traditional -> Simplified, full-width -> half-width,
ASCII lower case), keeping their length, so a hit in the folded text is a hit at the same
offsets in the document. A library is indexed with SQLite FTS5 and its ``trigram`` tokenizer
(substring search without word segmentation) in one file under the user data directory; a query
shorter than three characters cannot use trigrams and falls back to a scan of the stored texts.
A corrupted or locked index file is set aside and rebuilt, never a crash.
"""
from __future__ import annotations

import hashlib
import os
import sqlite3
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from core.text.numerals import to_halfwidth
from core.text.script import fold_same_length

_ASCII_LOWER = {c: c + 32 for c in range(ord("A"), ord("Z") + 1)}


def fold(text: str) -> str:
    """Search form of ``text``, same length: Simplified, half-width, ASCII lower case."""
    return fold_same_length(to_halfwidth(text)).translate(_ASCII_LOWER)


@dataclass(frozen=True, slots=True)
class Hit:
    path: str
    start: int  # offsets in the document's cleaned text
    end: int
    line: int  # 1-based line of the cleaned text
    context: str


def find_all(folded_text: str, folded_query: str) -> Iterator[int]:
    if not folded_query:
        return
    i = folded_text.find(folded_query)
    while i >= 0:
        yield i
        i = folded_text.find(folded_query, i + 1)


def _hit(path: str, text: str, start: int, length: int, width: int = 20) -> Hit:
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line_end = len(text) if line_end < 0 else line_end
    a, b = max(line_start, start - width), min(line_end, start + length + width)
    return Hit(path, start, start + length, text.count("\n", 0, start) + 1, text[a:b])


def search_text(path: str, text: str, query: str) -> list[Hit]:
    """All hits of ``query`` in one text (no index)."""
    fq = fold(query)
    return [_hit(path, text, i, len(fq)) for i in find_all(fold(text), fq)]


def default_index_path() -> str:
    from core.userdirs import data_dir

    return os.path.join(data_dir(), "search.sqlite3")


SCHEMA_VERSION = 2
SCHEMA = """
CREATE TABLE IF NOT EXISTS docs(id INTEGER PRIMARY KEY, path TEXT UNIQUE NOT NULL,
                                mtime REAL, size INTEGER, digest TEXT, text TEXT NOT NULL,
                                folded TEXT NOT NULL);
CREATE VIRTUAL TABLE IF NOT EXISTS ft USING fts5(body, tokenize='trigram', content='');
"""


class SearchIndex:
    """An FTS5 trigram index of cleaned article texts, kept up to date by path, mtime and size."""

    def __init__(self, path: str | None = None):
        self.path = path or default_index_path()
        os.makedirs(os.path.dirname(os.path.abspath(self.path)), exist_ok=True)
        self.rebuilt = False
        self.db = self._open()

    # -- opening and recovery -------------------------------------------------------------

    def _open(self) -> sqlite3.Connection:
        try:
            db = sqlite3.connect(self.path, timeout=2.0)
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=NORMAL")
            version = db.execute("PRAGMA user_version").fetchone()[0]
            if version not in (0, SCHEMA_VERSION) or version == 0 and db.execute(
                "SELECT count(*) FROM sqlite_master WHERE name='docs'"
            ).fetchone()[0]:
                raise sqlite3.DatabaseError("index from another version")
            db.executescript(SCHEMA)
            db.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
            db.execute("SELECT count(*) FROM docs").fetchone()
            db.execute("SELECT rowid FROM ft WHERE ft MATCH 'abc' LIMIT 1").fetchall()
            return db
        except sqlite3.DatabaseError:
            return self._rebuild()

    def _rebuild(self) -> sqlite3.Connection:
        """Set the broken or locked file aside and start a fresh index."""
        self.rebuilt = True
        if os.path.exists(self.path):
            aside = f"{self.path}.broken-{int(time.time())}"
            try:
                os.replace(self.path, aside)
            except OSError:
                os.remove(self.path)
        for suffix in ("-wal", "-shm", "-journal"):
            if os.path.exists(self.path + suffix):
                os.remove(self.path + suffix)
        db = sqlite3.connect(self.path, timeout=2.0)
        db.executescript(SCHEMA)
        db.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
        return db

    def close(self) -> None:
        self.db.close()

    # -- updating -------------------------------------------------------------------------

    def needs_update(self, path: str) -> bool:
        st = os.stat(path)
        row = self.db.execute("SELECT mtime, size FROM docs WHERE path=?", (os.path.abspath(path),)).fetchone()
        return row is None or row[0] != st.st_mtime or row[1] != st.st_size

    def add(self, path: str, text: str) -> None:
        """Index (or re-index) the cleaned ``text`` of the file at ``path``."""
        self.add_many([(path, text)])

    def add_many(self, items: Iterable[tuple[str, str]]) -> None:
        """Index many files in one transaction (one commit, not one per file)."""
        with self.db:
            for path, text in items:
                self._add(os.path.abspath(path), text)

    def _add(self, path: str, text: str) -> None:
        st = os.stat(path)
        digest = hashlib.sha1(text.encode("utf-8")).hexdigest()
        folded = fold(text)
        row = self.db.execute("SELECT id, folded FROM docs WHERE path=?", (path,)).fetchone()
        if row:
            self.db.execute("INSERT INTO ft(ft, rowid, body) VALUES('delete', ?, ?)", row)
            self.db.execute("UPDATE docs SET mtime=?, size=?, digest=?, text=?, folded=? WHERE id=?",
                            (st.st_mtime, st.st_size, digest, text, folded, row[0]))
            doc_id = row[0]
        else:
            doc_id = self.db.execute("INSERT INTO docs(path, mtime, size, digest, text, folded) VALUES(?,?,?,?,?,?)",
                                     (path, st.st_mtime, st.st_size, digest, text, folded)).lastrowid
        self.db.execute("INSERT INTO ft(rowid, body) VALUES(?, ?)", (doc_id, folded))

    def remove(self, path: str) -> None:
        path = os.path.abspath(path)
        with self.db:
            row = self.db.execute("SELECT id, folded FROM docs WHERE path=?", (path,)).fetchone()
            if row:
                self.db.execute("INSERT INTO ft(ft, rowid, body) VALUES('delete', ?, ?)", row)
                self.db.execute("DELETE FROM docs WHERE id=?", (row[0],))

    def paths(self) -> list[str]:
        return [r[0] for r in self.db.execute("SELECT path FROM docs ORDER BY path")]

    # -- querying -------------------------------------------------------------------------

    def search(self, query: str, limit_docs: int | None = None, within: Iterable[str] | None = None) -> list[Hit]:
        fq = fold(query).strip()
        if not fq:
            return []
        allowed = {os.path.abspath(p) for p in within} if within is not None else None
        if len(fq) >= 3:
            phrase = '"' + fq.replace('"', '""') + '"'
            sql = "SELECT d.path, d.text, d.folded FROM ft JOIN docs d ON d.id = ft.rowid WHERE ft MATCH ?"
            rows = self.db.execute(sql, (phrase,))
        else:  # trigrams need three characters: scan the stored texts
            rows = self.db.execute("SELECT path, text, folded FROM docs WHERE instr(folded, ?) > 0", (fq,))
        hits: list[Hit] = []
        docs = 0
        for path, text, folded in rows:
            if allowed is not None and path not in allowed:
                continue
            found = [_hit(path, text, i, len(fq)) for i in find_all(folded, fq)]
            if found:
                hits.extend(found)
                docs += 1
                if limit_docs and docs >= limit_docs:
                    break
        hits.sort(key=lambda h: (h.path, h.start))
        return hits
