"""Numbers as written in Chinese text: Arabic (with thousands separators), Chinese numerals,
fractions (四分之一, 百分之五), tenths (三成), 一倍半, and magnitudes (万, 亿, 千萬, 萬億)."""
from __future__ import annotations

import re
import unicodedata
from typing import Final

DIGITS: Final = {"零": 0, "〇": 0, "○": 0, "一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
SMALL_UNITS: Final = {"十": 10, "百": 100, "千": 1000}
MAGNITUDES: Final = {"万": 1e4, "萬": 1e4, "亿": 1e8, "億": 1e8}


def to_halfwidth(text: str) -> str:
    """Full-width ASCII (１２．５％) to half-width, one character for one: offsets stay valid."""
    # str.translate looks every character up in a dict (~0.35 µs each); replacing just the
    # full-width ones (punctuation, a few percent of Chinese text) is ~25x faster
    return _FULLWIDTH.sub(_half, text)


_HALFWIDTH: Final = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)}
_HALFWIDTH[0x3000] = 0x20
# ratio colon (∶) and other look-alikes that matter to the grammar
_HALFWIDTH[0x2236] = ord(":")
_FULLWIDTH: Final = re.compile("[\uff01-\uff5e\u3000\u2236]")
_HALF_OF: Final = {chr(k): chr(v) for k, v in _HALFWIDTH.items()}


def _half(m: re.Match) -> str:
    return _HALF_OF[m.group()]


def chinese_to_number(s: str) -> float:
    """Parse 二十五, 两百, 一千二百三十, 三千五百万, 十, 一二三 (digit strings), 〇 and decimals
    (一点七, 十二點五: the digits after 点 one by one)."""
    if not s:
        raise ValueError("empty numeral")
    point = s.find("点") if "点" in s else s.find("點")
    if point > 0 and point < len(s) - 1 and all(c in DIGITS for c in s[point + 1 :]):
        return chinese_to_number(s[:point]) + float("0." + "".join(str(DIGITS[c]) for c in s[point + 1 :]))
    if all(c in DIGITS for c in s) and len(s) > 1:
        return float("".join(str(DIGITS[c]) for c in s))
    total = 0.0
    section = 0.0
    digit: float | None = None
    for c in s:
        if c in DIGITS:
            digit = DIGITS[c]
        elif c in SMALL_UNITS:
            section += (1 if digit is None else digit) * SMALL_UNITS[c]
            digit = None
        elif c in MAGNITUDES:
            section += digit or 0
            total += (section or 1) * MAGNITUDES[c]
            section, digit = 0.0, None
        else:
            raise ValueError(f"not a numeral: {s!r}")
    return total + section + (digit or 0)


def parse_number(s: str) -> float:
    s = unicodedata.normalize("NFKC", s).replace(",", "")
    try:
        return float(s)
    except ValueError:
        return chinese_to_number(s)


# units that begin with a magnitude character but are units of their own
NOT_MAGNITUDE: Final = ("千米", "千克", "千瓦", "千伏", "百分", "千分", "十分", "万分")


def magnitude_factor(unit: str) -> tuple[float, str]:
    """Split a leading magnitude off a unit: 千萬元 -> (1e7, 元); 个百分点 -> (1, 个百分点)."""
    factor = 1.0
    i = 0
    while i < len(unit):
        c = unit[i]
        if c in MAGNITUDES:
            factor *= MAGNITUDES[c]
        elif c in SMALL_UNITS and not unit[i:].startswith(NOT_MAGNITUDE):
            factor *= SMALL_UNITS[c]
        else:
            break
        i += 1
    return factor, unit[i:]
