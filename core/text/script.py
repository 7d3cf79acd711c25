"""Shared OpenCC converters, built once per process."""
from __future__ import annotations

from functools import lru_cache

import opencc


@lru_cache(maxsize=None)
def converter(config: str) -> opencc.OpenCC:
    return opencc.OpenCC(config)


def to_simplified(text: str) -> str:
    return converter("t2s").convert(text)


@lru_cache(maxsize=16384)
def fold_short(text: str) -> str:
    """:func:`fold_same_length` for the short strings (names, units) folded over and over."""
    return fold_same_length(text)


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
