"""Annotations that are never lost.

Each highlight is stored with a uuid, timestamps, colour, note, the document's content hash and
path, and a W3C TextQuoteSelector-style anchor (exact quote, prefix, suffix) plus its position.
It re-attaches when the file is renamed or moved (same content hash) and when the text is
edited (quote, prefix and suffix, fuzzily when the quote changed a little); one that cannot be
placed is kept as an orphan with its quote. Deletion is a tombstone; export and import merge by
uuid, the newest change winning.

Storage is SQLite in WAL mode; every change is committed when it is made, through one
serialised writer thread. A damaged database is set aside and the last good copy (kept
automatically) is restored, or a fresh one started; nothing is silently dropped.
"""
from __future__ import annotations

import csv
import difflib
import hashlib
import io
import json
import os
import shutil
import sqlite3
import threading
import time
import uuid as uuidlib
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import asdict, dataclass, replace

CONTEXT = 32  # characters of prefix and suffix kept with each quote
COLOURS = ("yellow", "green", "blue", "pink", "orange")


def content_hash(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def now() -> float:
    return round(time.time(), 6)


@dataclass(frozen=True, slots=True)
class Annotation:
    uuid: str
    created: float
    modified: float
    colour: str
    note: str
    doc_hash: str
    doc_path: str
    quote: str
    prefix: str
    suffix: str
    start: int
    end: int
    indicator: str = ""  # key of an indicator row this note is about ("this figure is disputed")
    deleted: bool = False

    @classmethod
    def create(cls, text: str, path: str, start: int, end: int, colour: str = "yellow", note: str = "",
               indicator: str = "") -> "Annotation":
        t = now()
        return cls(
            uuid=str(uuidlib.uuid4()), created=t, modified=t, colour=colour, note=note,
            doc_hash=content_hash(text), doc_path=os.path.abspath(path), quote=text[start:end],
            prefix=text[max(0, start - CONTEXT) : start], suffix=text[end : end + CONTEXT],
            start=start, end=end, indicator=indicator,
        )

    def edited(self, **changes) -> "Annotation":
        return replace(self, modified=now(), **changes)


@dataclass(frozen=True, slots=True)
class Placement:
    annotation: Annotation
    start: int  # -1 for an orphan
    end: int
    how: str  # "exact", "moved", "fuzzy", "orphan"

    @property
    def orphan(self) -> bool:
        return self.start < 0


# --- anchoring ------------------------------------------------------------------------------


def _context_score(text: str, pos: int, end: int, a: Annotation) -> int:
    before = text[max(0, pos - len(a.prefix)) : pos]
    after = text[end : end + len(a.suffix)]
    score = 0
    for x, y in zip(reversed(before), reversed(a.prefix)):
        if x != y:
            break
        score += 1
    for x, y in zip(after, a.suffix):
        if x != y:
            break
        score += 1
    return score


def anchor(text: str, a: Annotation) -> Placement:
    """Where ``a`` belongs in ``text`` (the document's cleaned text, possibly edited)."""
    if not a.quote:
        return Placement(a, -1, -1, "orphan")
    if text[a.start : a.end] == a.quote and content_hash(text) == a.doc_hash:
        return Placement(a, a.start, a.end, "exact")
    # every exact occurrence of the quote: the best prefix/suffix agreement, then the nearest
    hits = []
    i = text.find(a.quote)
    while i >= 0:
        hits.append((-_context_score(text, i, i + len(a.quote), a), abs(i - a.start), i))
        i = text.find(a.quote, i + 1)
    if hits:
        _, _, best = min(hits)
        how = "exact" if best == a.start else "moved"
        return Placement(a, best, best + len(a.quote), how)
    return _fuzzy(text, a)


def _fuzzy(text: str, a: Annotation) -> Placement:
    """The quote changed a little: find the window with the closest text, around where the
    prefix and suffix still match, or anywhere when they do not."""
    n = len(a.quote)
    candidates: list[int] = []
    if a.prefix:
        p = text.find(a.prefix[-12:])
        while p >= 0:
            candidates.append(p + len(a.prefix[-12:]))
            p = text.find(a.prefix[-12:], p + 1)
    if a.suffix:
        s = text.find(a.suffix[:12])
        while s >= 0:
            candidates.append(max(0, s - n))
            s = text.find(a.suffix[:12], s + 1)
    if not candidates:  # scan the text in steps
        step = max(1, n // 4)
        candidates = list(range(0, max(1, len(text) - n + 1), step))
    best = (0.0, -1, -1)
    for c in candidates[:2000]:
        for length in {n, max(1, n - n // 5), n + n // 5}:
            window = text[c : c + length]
            ratio = difflib.SequenceMatcher(None, a.quote, window, autojunk=False).ratio()
            if ratio > best[0]:
                best = (ratio, c, c + length)
    if best[0] >= 0.75:
        return Placement(a, best[1], best[2], "fuzzy")
    return Placement(a, -1, -1, "orphan")


# --- storage --------------------------------------------------------------------------------

SCHEMA = """
CREATE TABLE IF NOT EXISTS annotations(
    uuid TEXT PRIMARY KEY, created REAL, modified REAL, colour TEXT, note TEXT,
    doc_hash TEXT, doc_path TEXT, quote TEXT, prefix TEXT, suffix TEXT,
    start INTEGER, "end" INTEGER, indicator TEXT, deleted INTEGER DEFAULT 0);
CREATE INDEX IF NOT EXISTS by_hash ON annotations(doc_hash);
CREATE INDEX IF NOT EXISTS by_path ON annotations(doc_path);
"""
FIELDS = list(Annotation.__dataclass_fields__)
COLUMNS = ", ".join(f'"{f}"' for f in FIELDS)  # quoted: "end" is an SQL keyword


class StoreError(Exception):
    """The annotation database could not be used; ``str()`` says which file and what was done."""


class AnnotationStore:
    """SQLite (WAL) store; writes run one at a time on a dedicated thread and are committed
    before the returned Future completes."""

    def __init__(self, path: str):
        self.path = path
        self.backup_path = path + ".last-good"
        self.recovered: str = ""  # a message when the file was damaged and recovered
        os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
        self._check_or_recover()
        self._writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="annotation-writer")
        self._write_conn: sqlite3.Connection | None = None
        self._read = self._connect()
        self._lock = threading.Lock()

    # -- opening, backup and recovery ---------------------------------------------------------

    def _connect(self) -> sqlite3.Connection:
        db = sqlite3.connect(self.path, timeout=10.0, check_same_thread=False)
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA synchronous=FULL")
        db.executescript(SCHEMA)
        return db

    def _healthy(self, path: str) -> bool:
        try:
            db = sqlite3.connect(path, timeout=2.0)
            try:
                ok = db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
                db.executescript(SCHEMA)
                db.execute("SELECT count(*) FROM annotations").fetchone()
                return ok
            finally:
                db.close()
        except sqlite3.DatabaseError:
            return False

    def _check_or_recover(self) -> None:
        if not os.path.exists(self.path):
            return
        if self._healthy(self.path):
            self._backup()
            return
        aside = f"{self.path}.damaged-{time.strftime('%Y%m%d-%H%M%S')}"
        os.replace(self.path, aside)
        for suffix in ("-wal", "-shm"):
            if os.path.exists(self.path + suffix):
                os.replace(self.path + suffix, aside + suffix)
        if os.path.exists(self.backup_path) and self._healthy(self.backup_path):
            shutil.copy2(self.backup_path, self.path)
            self.recovered = (f"{self.path}: the annotation database was damaged; it was set aside as {aside} "
                              f"and the last good copy was restored")
        else:
            self.recovered = (f"{self.path}: the annotation database was damaged; it was set aside as {aside} "
                              f"and a new one was started (no good copy was found)")

    def _backup(self) -> None:
        """Keep a consistent copy of a healthy database beside it (SQLite's online backup)."""
        src = sqlite3.connect(self.path, timeout=2.0)
        try:
            dst = sqlite3.connect(self.backup_path + ".tmp")
            with dst:
                src.backup(dst)
            dst.close()
            os.replace(self.backup_path + ".tmp", self.backup_path)
        except sqlite3.DatabaseError:
            pass
        finally:
            src.close()

    def close(self) -> None:
        self._writer.shutdown(wait=True)
        if self._write_conn is not None:
            self._write_conn.close()
        self._read.close()

    # -- writing ------------------------------------------------------------------------------

    def _write(self, fn, *args) -> Future:
        def job():
            if self._write_conn is None:
                self._write_conn = self._connect()
            with self._write_conn:  # one transaction, committed before the future resolves
                return fn(self._write_conn, *args)

        return self._writer.submit(job)

    @staticmethod
    def _upsert(db: sqlite3.Connection, a: Annotation) -> Annotation:
        marks = ", ".join("?" for _ in FIELDS)
        db.execute(f"INSERT OR REPLACE INTO annotations({COLUMNS}) VALUES({marks})", [getattr(a, f) for f in FIELDS])
        return a

    def save(self, a: Annotation) -> Future:
        return self._write(self._upsert, a)

    def delete(self, a: Annotation) -> Future:
        """A tombstone: the record stays (so a merge elsewhere learns of the deletion)."""
        return self.save(a.edited(deleted=True))

    def merge(self, incoming: list[Annotation]) -> Future:
        """Import: per uuid, the newest modification wins (tombstones included)."""

        def job(db: sqlite3.Connection) -> int:
            changed = 0
            for a in incoming:
                row = db.execute("SELECT modified FROM annotations WHERE uuid=?", (a.uuid,)).fetchone()
                if row is None or row[0] < a.modified:
                    self._upsert(db, a)
                    changed += 1
            return changed

        return self._write(job)

    def relink(self, doc_hash: str, new_path: str) -> Future:
        """A file was renamed or moved: its annotations follow the content hash."""

        def job(db):
            return db.execute("UPDATE annotations SET doc_path=? WHERE doc_hash=? AND doc_path<>?",
                              (os.path.abspath(new_path), doc_hash, os.path.abspath(new_path))).rowcount

        return self._write(job)

    # -- reading ------------------------------------------------------------------------------

    def _rows(self, sql: str, args=()) -> list[Annotation]:
        with self._lock:
            cur = self._read.execute(f"SELECT {COLUMNS} FROM annotations {sql}", args)
            return [Annotation(*[bool(v) if f == "deleted" else v for f, v in zip(FIELDS, row)]) for row in cur]

    def all(self, include_deleted: bool = False) -> list[Annotation]:
        return self._rows("" if include_deleted else "WHERE deleted=0")

    def for_document(self, path: str, text_hash: str) -> list[Annotation]:
        """Annotations of a document found by content hash (renamed/moved files) or by path
        (edited files)."""
        return self._rows("WHERE deleted=0 AND (doc_hash=? OR doc_path=?) ORDER BY start",
                          (text_hash, os.path.abspath(path)))

    def get(self, uuid: str) -> Annotation | None:
        rows = self._rows("WHERE uuid=?", (uuid,))
        return rows[0] if rows else None


def place_all(text: str, annotations: list[Annotation]) -> list[Placement]:
    return [anchor(text, a) for a in annotations]


# --- export and import ----------------------------------------------------------------------


def to_json(annotations: list[Annotation]) -> str:
    return json.dumps({"format": "policylens-annotations", "version": 1,
                       "annotations": [asdict(a) for a in annotations]}, ensure_ascii=False, indent=1)


def from_json(text: str, source: str = "<json>") -> list[Annotation]:
    try:
        data = json.loads(text)
        items = data["annotations"] if isinstance(data, dict) else data
        return [Annotation(**{f: item.get(f, False if f == "deleted" else "") for f in FIELDS}) for item in items]
    except (ValueError, KeyError, TypeError) as exc:
        raise StoreError(f"{source}: not a PolicyLens annotation export ({exc})") from None


def to_csv(placements: list[Placement]) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["uuid", "document", "start", "end", "quote", "note", "colour", "indicator", "created", "modified", "status"])
    for p in placements:
        a = p.annotation
        w.writerow([a.uuid, a.doc_path, p.start, p.end, a.quote, a.note, a.colour, a.indicator,
                    time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(a.created)),
                    time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(a.modified)), p.how])
    return buf.getvalue()


def to_markdown(placements: list[Placement], titles: dict[str, str] | None = None) -> str:
    titles = titles or {}
    out = ["# PolicyLens annotations", ""]
    by_doc: dict[str, list[Placement]] = {}
    for p in placements:
        by_doc.setdefault(p.annotation.doc_path, []).append(p)
    for path, items in sorted(by_doc.items()):
        out += [f"## {titles.get(path) or os.path.basename(path)}", "", f"File: <file://{path}>", ""]
        for p in sorted(items, key=lambda p: p.start):
            a = p.annotation
            where = f"[characters {p.start}–{p.end}](file://{path}#char={p.start},{p.end})" if not p.orphan else "**orphan** (quote no longer found)"
            out.append(f"> {a.quote}")
            out.append("")
            if a.note:
                out.append(f"{a.note}")
                out.append("")
            out.append(f"*{a.colour}* · {where}" + (f" · indicator {a.indicator}" if a.indicator else ""))
            out.append("")
    return "\n".join(out) + "\n"
