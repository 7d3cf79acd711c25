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
    bmp = _BEYOND_BMP.search(text) is None
    if bmp and _t2s_may_change().search(text) is None:
        return text  # nothing t2s would change: skip the conversion
    if bmp and len(text) >= TABLE_FROM and _COMPATIBILITY.search(text) is None:
        return _t2s_by_table(text)
    return converter("t2s").convert(text)


# OpenCC converts by longest match, phrases first: where no phrase of its t2s dictionary starts,
# a character becomes what it becomes alone. So t2s is a table of the BMP's characters, each
# converted alone once, plus the phrases, found left to right, longest first, as OpenCC finds
# them (a phrase found is used whole: one found inside it does not count). Ten times faster
# than OpenCC on an article (12 µs against 150). Text with compatibility ideographs (which
# OpenCC normalises before it looks for phrases) or beyond the BMP goes to OpenCC itself.
TABLE_FROM: Final = 200  # shorter text: OpenCC's own call is cheaper than the table's set-up
_COMPATIBILITY: Final = re.compile("[\uf900-\ufaff]")
_BEYOND_BMP: Final = re.compile("[\U00010000-\U0010ffff]")


@lru_cache(maxsize=1)
def _t2s_tables() -> tuple[Any, dict[str, str], WordList]:
    """The character table (numpy, indexed by code point), the phrases (key: converted), and
    the phrases as a list to find in a text."""
    import numpy as np

    conv = converter("t2s")
    codes = [cp for cp in range(0x10000) if not 0xD800 <= cp < 0xE000 and cp != 10]
    # one character per line: phrases never span a newline, so each is converted alone
    alone = conv.convert("\n".join(map(chr, codes))).split("\n")
    if len(alone) != len(codes):
        raise RuntimeError("t2s changed the number of lines")
    table = np.arange(0x10000, dtype=np.uint32)
    for cp, new in zip(codes, alone):
        if len(new) != 1:
            raise RuntimeError(f"t2s turns U+{cp:04X} into {new!r}")
        table[cp] = ord(new)
    keys = ts_phrase_keys()
    phrases = {key: conv.convert(key) for key in keys}
    return table, phrases, WordList(phrases)


def _t2s_by_table(text: str) -> str:
    import numpy as np

    table, phrases, phrase_list = _t2s_tables()
    codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    out = table[codes].tobytes().decode("utf-32-le", "surrogatepass")
    pieces: list[str] = []
    done = 0
    for i, key in phrase_list.find(text):
        pieces += (out[done:i], phrases[key])
        done = i + len(key)
    return "".join(pieces) + out[done:] if pieces else out


@lru_cache(maxsize=16384)
def fold_short(text: str) -> str:
    """:func:`fold_same_length` for the short strings (names, units) folded over and over."""
    return fold_same_length(text)


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
