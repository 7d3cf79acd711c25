"""jieba's dictionary (``dict.txt``) as a compact word table, and the cache file that keeps it.

jieba holds its dictionary as a Python dict of every word *and every prefix of one* (~500k
str -> int entries): 30-60 MB in our process. A marisa trie of the 349k words plus two arrays
indexed by the trie's key ids (frequency, part-of-speech tag) hold the same in ~3 MB.

Building the table from dict.txt takes about a second, so it is cached in the user's cache
folder. The cache is keyed by dict.txt's size and SHA-256, not its mtime: a one-file bundle
unpacks dict.txt afresh, with a new mtime, at every start (hashing it costs ~5 ms). A cache
file that is missing, stale, truncated or corrupt (CRC-32 of its body) is rebuilt, never
trusted: marisa would read garbage or raise.
"""
from __future__ import annotations

import hashlib
import importlib.util
import os
import struct
import sys
import tempfile
import zlib
from array import array
from collections.abc import Iterator
from dataclasses import dataclass

import marisa_trie

CACHE_NAME = "jieba-words.bin"
_MAGIC = b"PLWORDS1"
# magic, dict.txt SHA-256, dict.txt size, total frequency, words, longest word (characters),
# trie bytes, tag-name bytes, CRC-32 of everything after the header
_HEADER = struct.Struct("<8s32sQQIIQII")
assert array("I").itemsize == 4, "frequencies are stored as 4-byte unsigned integers"


@dataclass(frozen=True, slots=True)
class WordTable:
    """The words of a jieba dictionary; ``freq`` and ``tag`` are indexed by the trie's key id."""

    trie: marisa_trie.Trie
    freq: array  # 'I': frequency of each word
    tag: array  # 'B': index into tag_names (0: the line had no tag)
    tag_names: tuple[str | None, ...]
    total: int  # sum of the frequencies of all lines, as jieba counts it (a repeated line twice)
    max_len: int  # the longest word, in characters: no lookup needs a longer key


def dict_path() -> str:
    """jieba's own dict.txt, found without importing jieba (whose import alone costs 8-60 MB:
    it loads the HMM tables that ``HMM=False`` never uses). A PyInstaller bundle that does not
    import jieba still ships dict.txt under ``jieba/`` as data."""
    spec = importlib.util.find_spec("jieba")
    folders = list(spec.submodule_search_locations or []) if spec else []
    if getattr(sys, "frozen", False):
        folders.append(os.path.join(getattr(sys, "_MEIPASS", os.path.dirname(sys.executable)), "jieba"))
    for folder in folders:
        path = os.path.join(folder, "dict.txt")
        if os.path.isfile(path):
            return path
    raise FileNotFoundError("jieba's dict.txt was not found (is jieba installed?)")


def fingerprint(path: str) -> tuple[bytes, int]:
    """(SHA-256, size) of the dictionary file: the cache key."""
    h = hashlib.sha256()
    size = 0
    with open(path, "rb") as fh:
        while chunk := fh.read(1 << 20):
            h.update(chunk)
            size += len(chunk)
    return h.digest(), size


def _lines(path: str) -> Iterator[tuple[str, int, str | None]]:
    """(word, frequency, tag) of each line, parsed as jieba's ``gen_pfdict`` does: ``word freq
    [tag]`` split on single spaces."""
    with open(path, "rb") as fh:
        for lineno, raw in enumerate(fh, 1):
            line = raw.strip().decode("utf-8")
            parts = line.split(" ")
            try:
                word, freq = parts[:2]
                n = int(freq)
            except ValueError:
                raise ValueError(f"invalid dictionary entry in {path} at line {lineno}: {line}") from None
            yield word, n, parts[2] if len(parts) == 3 else None


def build(path: str) -> WordTable:
    """Two passes over dict.txt, the first for the trie, the second for the arrays, so that no
    list of 349k words is ever held (~1.4 s; one pass with lists takes ~0.9 s but leaves ~6 MB
    of freed, fragmented heap in the process for good). A repeated word keeps its last line,
    and every line counts towards the total, as in jieba."""
    trie = marisa_trie.Trie(word for word, _n, _t in _lines(path))
    names: list[str | None] = [None]
    code: dict[str | None, int] = {None: 0}
    freq = array("I", bytes(4 * len(trie)))
    tag = array("B", bytes(len(trie)))
    total = max_len = 0
    for word, n, t in _lines(path):
        if t not in code:
            if len(names) == 256:
                raise ValueError("more than 255 part-of-speech tags")
            code[t] = len(names)
            names.append(t)
        i = trie[word]
        freq[i] = n
        tag[i] = code[t]
        total += n
        max_len = max(max_len, len(word))
    _release_freed_heap()
    return WordTable(trie, freq, tag, tuple(names), total, max_len)


def _release_freed_heap() -> None:
    """Hand the ~20 MB that building the trie allocated and freed back to the system (glibc
    keeps freed heap otherwise, and the process would carry it for its whole life)."""
    if not sys.platform.startswith("linux"):
        return
    try:
        import ctypes

        ctypes.CDLL(None).malloc_trim(0)
    except (OSError, AttributeError):  # not glibc (musl has no malloc_trim)
        pass


def to_bytes(table: WordTable, digest: bytes, size: int) -> bytes:
    trie = table.trie.tobytes()
    names = " ".join(n for n in table.tag_names[1:] if n).encode("utf-8")
    body = trie + names + _little(table.freq).tobytes() + table.tag.tobytes()
    header = _HEADER.pack(_MAGIC, digest, size, table.total, len(table.trie), table.max_len, len(trie), len(names),
                          zlib.crc32(body))
    return header + body


def from_bytes(data: bytes, digest: bytes, size: int) -> WordTable | None:
    """The table in ``data``, or None when it was made from another dict.txt or is damaged."""
    if len(data) < _HEADER.size:
        return None
    magic, d, sz, total, n, max_len, trie_len, names_len, crc = _HEADER.unpack_from(data)
    body = memoryview(data)[_HEADER.size :]
    if (magic, d, sz) != (_MAGIC, digest, size) or len(body) != trie_len + names_len + 5 * n or zlib.crc32(body) != crc:
        return None
    try:
        trie = marisa_trie.Trie().frombytes(bytes(body[:trie_len]))
        names = bytes(body[trie_len : trie_len + names_len]).decode("utf-8").split()
    except (RuntimeError, ValueError):
        return None
    if len(trie) != n:
        return None
    at = trie_len + names_len
    freq, tag = array("I"), array("B")
    freq.frombytes(body[at : at + 4 * n])
    tag.frombytes(body[at + 4 * n :])
    freq = _little(freq)
    return WordTable(trie, freq, tag, (None, *names), total, max_len)


def _little(a: array) -> array:
    """The cache stores the frequencies little-endian (a copy is swapped on big-endian machines)."""
    if sys.byteorder == "little":
        return a
    b = array(a.typecode, a)
    b.byteswap()
    return b


def load(path: str, cache_dir: str | None) -> WordTable:
    """The table of ``path``, from the cache in ``cache_dir`` when it is current, else built
    (and cached, if the folder is writable: a read-only home only costs the build each time)."""
    digest, size = fingerprint(path)
    cache = os.path.join(cache_dir, CACHE_NAME) if cache_dir else None
    if cache:
        try:
            with open(cache, "rb") as fh:
                table = from_bytes(fh.read(), digest, size)
            if table is not None:
                return table
        except OSError:
            pass
    table = build(path)
    if cache:
        _write(cache, to_bytes(table, digest, size))
    return table


def _write(cache: str, data: bytes) -> None:
    """Write through a temporary file in the same folder and rename it: a process reading the
    cache at the same moment sees the old file or the new one, never half of one."""
    try:
        os.makedirs(os.path.dirname(cache), exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=os.path.dirname(cache), prefix=".words-")
    except OSError:
        return
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, cache)
    except OSError:
        try:
            os.unlink(tmp)
        except OSError:
            pass
