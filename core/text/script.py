"""Shared OpenCC converters, built once per process, and folding to Simplified.

Most articles are Simplified already, and t2s leaves such text unchanged: the fold first asks
whether the text holds any character t2s could change (one regex scan, several times cheaper
than the conversion) and converts only then. The characters are listed in ``core/data/t2s_changed_chars.txt``,
made from the installed OpenCC (``uv run python -m core.text.script``; a test keeps it current).
"""
from __future__ import annotations

import gzip
import re
from functools import lru_cache
from importlib import resources
from typing import Any, Final

import opencc

from core.text.fastre import beyond_bmp
from core.text.numerals import to_halfwidth
from core.text.wordlist import WordList

CHANGED_CHARS: Final = "t2s_changed_chars.txt"


@lru_cache(maxsize=None)
def converter(config: str) -> opencc.OpenCC:
    return opencc.OpenCC(config)


@lru_cache(maxsize=1)
def _t2s_may_change() -> re.Pattern:
    chars = set("".join(resources.files("core.data").joinpath(CHANGED_CHARS).read_text(encoding="utf-8").split()))
    # the BMP characters as one class (re compiles it to a bitmap: one step per character);
    # a text with any character beyond the BMP goes to OpenCC (rare, and never wrong)
    return re.compile("[" + "".join(re.escape(c) for c in sorted(chars) if ord(c) <= 0xFFFF) + "]")


def ts_phrase_keys() -> list[str]:
    """Every phrase key of OpenCC's t2s dictionary (``core/data/ts_phrases.txt.gz``, made by
    build_spec/make_conversion_data.py; a phrase decides its characters)."""
    return gzip.decompress(resources.files("core.data").joinpath("ts_phrases.txt.gz").read_bytes()).decode("utf-8").split()


def t2s_changed_chars() -> set[str]:
    """Every character that OpenCC's t2s can change, alone or inside one of its phrases."""
    conv = converter("t2s")
    chars = [chr(cp) for cp in range(0x80, 0x40000) if not 0xD800 <= cp < 0xE000]
    # one character per line: phrases never span a newline, so each is converted alone
    out = conv.convert("\n".join(chars)).split("\n")
    if len(out) != len(chars):
        raise RuntimeError("t2s changed the number of lines")
    changed = {a for a, b in zip(chars, out) if a != b}
    keys = ts_phrase_keys()
    for key in keys:
        value = conv.convert(key)
        changed.update(key if len(value) != len(key) else (a for a, b in zip(key, value) if a != b))
    return changed


def to_simplified(text: str) -> str:
    """OpenCC's t2s of ``text``, exactly, done without OpenCC for text it leaves alone and for
    longer text of the Basic Multilingual Plane (a table of characters plus its phrases)."""
    if beyond_bmp(text):
        return converter("t2s").convert(text)
    spots = []  # where t2s may change a character: up to one more than a few
    for m in _t2s_may_change().finditer(text):
        spots.append(m.start())
        if len(spots) > FEW:
            break
    if not spots:
        return text  # nothing t2s would change: skip the conversion
    if len(text) >= TABLE_FROM and _COMPATIBILITY.search(text) is None:
        return _t2s_by_table(text, spots if len(spots) <= FEW else None)
    return converter("t2s").convert(text)


# OpenCC converts by longest match, phrases first: where no phrase of its t2s dictionary starts,
# a character becomes what it becomes alone. So t2s is a table of the BMP's characters, each
# converted alone once, plus the phrases, found left to right, longest first, as OpenCC finds
# them (a phrase found is used whole: one found inside it does not count). Ten times faster
# than OpenCC on an article (12 µs against 150). Text with compatibility ideographs (which
# OpenCC normalises before it looks for phrases) or beyond the BMP goes to OpenCC itself.
TABLE_FROM: Final = 200  # shorter text: OpenCC's own call is cheaper than the table's set-up
FEW: Final = 64  # Simplified text with a few characters t2s may change: those looked up alone
_COMPATIBILITY: Final = re.compile("[\uf900-\ufaff]")


@lru_cache(maxsize=1)
def _t2s_tables() -> tuple[Any, dict[str, str], WordList, dict[str, str]]:
    """The character table (numpy, indexed by code point), the phrases (key: converted), the
    phrases as a list to find in a text, and the characters that change alone (key: converted)."""
    import numpy as np

    conv = converter("t2s")
    codes = [cp for cp in range(0x10000) if not 0xD800 <= cp < 0xE000 and cp != 10]
    # one character per line: phrases never span a newline, so each is converted alone
    alone = conv.convert("\n".join(map(chr, codes))).split("\n")
    if len(alone) != len(codes):
        raise RuntimeError("t2s changed the number of lines")
    table = np.arange(0x10000, dtype=np.uint32)
    changed: dict[str, str] = {}
    for cp, new in zip(codes, alone):
        if len(new) != 1:
            raise RuntimeError(f"t2s turns U+{cp:04X} into {new!r}")
        table[cp] = ord(new)
        if new != chr(cp):
            changed[chr(cp)] = new
    keys = ts_phrase_keys()
    phrases = {key: conv.convert(key) for key in keys}
    return table, phrases, WordList(phrases), changed


def _t2s_by_table(text: str, spots: list[int] | None) -> str:
    """``spots``: where the only characters t2s may change are, when they are few (else None)."""
    table, phrases, phrase_list, changed = _t2s_tables()
    if spots is None:  # the whole text through the table
        import numpy as np

        codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
        out = table[codes].tobytes().decode("utf-32-le", "surrogatepass")
    else:  # the few characters alone (every other character t2s leaves as it is)
        out = _replaced(text, [(i, i + 1, changed[text[i]]) for i in spots if text[i] in changed])
    return _replaced(out, [(i, i + len(key), phrases[key]) for i, key in phrase_list.find(text)])


def _replaced(text: str, edits: list[tuple[int, int, str]]) -> str:
    """``text`` with each ``(start, end, new)`` of ``edits`` (left to right, apart) put in."""
    pieces: list[str] = []
    done = 0
    for a, b, new in edits:
        pieces += (text[done:a], new)
        done = b
    return "".join(pieces) + text[done:] if pieces else text


SHORT_FOLDS_MAX: Final = 16384
_short_folds: Final[dict[str, str]] = {}


def fold_short(text: str) -> str:
    """:func:`fold_same_length` for the short strings (names, units) folded over and over (some
    200 times an article), remembered in a plain dict emptied when full: a bounded lru_cache also
    moves the entry in its list at every hit, memory that another program's work has made cold."""
    folded = _short_folds.get(text)
    if folded is None:
        if len(_short_folds) >= SHORT_FOLDS_MAX:
            _short_folds.clear()
        folded = _short_folds[text] = fold_same_length(text)
    return folded


@lru_cache(maxsize=2)
def fold_article(text: str) -> str:
    """A whole article folded (half-width, Simplified, same length) for matching. Kept for the
    next caller: loading reads the region from it and extraction everything else, so an article
    is converted once. Years written in Chinese numerals (二零二三年, 二〇二三至二四年度) read as
    digits, one for one, so that every rule about years sees them."""
    return years_in_digits(fold_same_length(to_halfwidth(text)))


# a year of 1900-2099 in Chinese digits before 年 or a range (二零二三年, 一九九八至…); the second
# year of a pair after one in digits (2023至二四年度 → 2023至24年度)
_CN_YEAR: Final = re.compile(r"(?:一九|二[零〇])[零〇一二三四五六七八九]{2}(?=年|至|到|/|-|—)")
_CN_YEAR_TAIL: Final = re.compile(r"(?<=\d{4}[至到/\-—])[零〇一二三四五六七八九]{2}(?=年)")
_CN_DIGITS: Final = str.maketrans("零〇一二三四五六七八九", "00123456789")


def years_in_digits(f: str) -> str:
    """``f`` with the years written in Chinese digits written in Arabic ones (same length)."""
    if "一九" not in f and "二零" not in f and "二〇" not in f or _CN_YEAR.search(f) is None:
        return f  # (the plain searches first: ten times faster than the pattern's)
    return _CN_YEAR_TAIL.sub(_in_digits, _CN_YEAR.sub(_in_digits, f))


def _in_digits(m: re.Match) -> str:
    return m.group().translate(_CN_DIGITS)


def fold_same_length(text: str) -> str:
    """Simplified text with exactly the same length, so offsets carry over unchanged.

    OpenCC's t2s keeps length on all but rare phrases; where it does not, lines are folded
    character by character instead.
    """
    folded = to_simplified(text)
    if len(folded) == len(text):
        return folded
    out = []
    for line in text.split("\n"):
        f = to_simplified(line)
        if len(f) != len(line):
            f = "".join(c2 if len(c2 := to_simplified(c)) == 1 else c for c in line)
        out.append(f)
    return "\n".join(out)


if __name__ == "__main__":  # regenerate the data file after upgrading OpenCC
    path = resources.files("core.data").joinpath(CHANGED_CHARS)
    chars = "".join(sorted(t2s_changed_chars()))
    with open(str(path), "w", encoding="utf-8") as fh:
        fh.write("\n".join(chars[i : i + 80] for i in range(0, len(chars), 80)) + "\n")
    print(f"{len(chars)} characters -> {path}")
