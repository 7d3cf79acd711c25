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

import opencc

from core.text.numerals import to_halfwidth

CHANGED_CHARS = "t2s_changed_chars.txt"


@lru_cache(maxsize=None)
def converter(config: str) -> opencc.OpenCC:
    return opencc.OpenCC(config)


@lru_cache(maxsize=1)
def _t2s_may_change() -> re.Pattern:
    chars = set("".join(resources.files("core.data").joinpath(CHANGED_CHARS).read_text(encoding="utf-8").split()))
    # the BMP characters as one class (re compiles it to a bitmap: one step per character);
    # a text with any character beyond the BMP goes to OpenCC (rare, and never wrong)
    return re.compile("[" + "".join(re.escape(c) for c in sorted(chars) if ord(c) <= 0xFFFF) + "]")


def t2s_changed_chars() -> set[str]:
    """Every character that OpenCC's t2s can change, alone or inside one of its phrases."""
    conv = converter("t2s")
    chars = [chr(cp) for cp in range(0x80, 0x40000) if not 0xD800 <= cp < 0xE000]
    # one character per line: phrases never span a newline, so each is converted alone
    out = conv.convert("\n".join(chars)).split("\n")
    if len(out) != len(chars):
        raise RuntimeError("t2s changed the number of lines")
    changed = {a for a, b in zip(chars, out) if a != b}
    keys = gzip.decompress(resources.files("core.data").joinpath("ts_phrases.txt.gz").read_bytes()).decode("utf-8").split()
    for key in keys:
        value = conv.convert(key)
        changed.update(key if len(value) != len(key) else (a for a, b in zip(key, value) if a != b))
    return changed


def to_simplified(text: str) -> str:
    if _t2s_may_change().search(text) is None and (not text or max(text) <= "\uffff"):
        return text  # nothing t2s would change: skip the conversion
    return converter("t2s").convert(text)


@lru_cache(maxsize=16384)
def fold_short(text: str) -> str:
    """:func:`fold_same_length` for the short strings (names, units) folded over and over."""
    return fold_same_length(text)


@lru_cache(maxsize=2)
def fold_article(text: str) -> str:
    """A whole article folded (half-width, Simplified, same length) for matching. Kept for the
    next caller: loading reads the region from it and extraction everything else, so an article
    is converted once."""
    return fold_same_length(to_halfwidth(text))


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
