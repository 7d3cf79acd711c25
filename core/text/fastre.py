"""Regexes that skip, in one test, every position where no match can start.

Python's regex engine tries a pattern at every position of the text. For a literal prefix it
jumps ahead, but a pattern that opens with an alternation of words behind lookbehinds
(``(?<!已)争取|确保|拟…``) or with an optional part is tried in full at every character; on
Chinese text that is most of the extraction's regex time. ``compile`` works out from the parsed
pattern which characters a match can start with and puts them in front as a lookahead class,
``(?=[争确拟…])(?:…)``, which the engine tests first: the same matches, several times faster
(TARGET over an article: 3.6 → 0.4 ms). Patterns whose first character can be anything (``.``,
a negated class, ``\\w``, an empty match) are compiled as they are.

``in_bmp`` makes the twin of a pattern for text of the Basic Multilingual Plane (nearly every
article), with ``\\d`` as a listed class the engine tests in one lookup; ``beyond_bmp`` tells, in
one look, which of the two a text takes.

``starts`` and ``ends`` give the characters a match can start or (for a pattern anchored at the
end, ``…$``) end with, as a set: the clause model asks a dozen such patterns about the words
before each figure, and most find nothing; one set lookup of the first or last character tells
most of those apart without the call (a regex call costs ~0.2 µs before the engine even looks).
"""
from __future__ import annotations

import re
import sys
from re import _compiler as K  # type: ignore[attr-defined]
from re import _constants as C  # type: ignore[attr-defined]
from re import _parser as P  # type: ignore[attr-defined]
from typing import Final

Ranges = list[tuple[int, int] | str]  # code point ranges, or a class escape (\\d, \\s)
_CATEGORIES = {C.CATEGORY_DIGIT: "\\d", C.CATEGORY_SPACE: "\\s"}  # \\w is too wide to be worth a test

_ZERO_WIDTH = {C.ASSERT, C.ASSERT_NOT, C.AT}
_REPEATS = {C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", C.MAX_REPEAT)}


def compile(pattern: str, flags: int = 0) -> re.Pattern:  # noqa: A001 (the name re users expect)
    """``re.compile(pattern, flags)``, led by a lookahead of the characters a match can start with."""
    plain = re.compile(pattern, flags)
    if flags & (re.IGNORECASE | re.VERBOSE) or pattern.startswith("(?") and re.match(r"\(\?[aiLmsux]+\)", pattern):
        return plain
    parsed = P.parse(pattern, flags)
    if _engine_skips(parsed, plain.flags):
        return plain
    try:
        starts = _first(parsed)
    except _Open:
        return plain
    if starts is None or starts[1] or not starts[0]:
        return plain  # it can match the empty string
    return re.compile(f"(?={_char_class(starts[0])})(?:{pattern})", flags)


def _engine_skips(parsed, flags: int) -> bool:
    """The engine finds a leading literal (第) or a leading class (比|指数|系数: 比, 指, 系) by itself,
    in a fast loop that a lookahead would only slow down."""
    try:
        prefix = K._get_literal_prefix(parsed, flags)[0]
        return bool(prefix) or K._get_charset_prefix(parsed, flags) is not None
    except Exception:  # private helpers of the re module: if they change, add the lookahead
        return False


class _Open(Exception):
    """The first character of a match can be (nearly) anything."""


def _first(seq, last: bool = False) -> tuple[Ranges, bool]:
    """(ranges of possible first characters, or last ones with ``last``, whether ``seq`` can
    match the empty string)."""
    out: Ranges = []
    for op, av in reversed(seq) if last else seq:
        chars, nullable = _item(op, av, last)
        out += chars
        if not nullable:
            return out, False
    return out, True


def _item(op, av, last: bool = False) -> tuple[Ranges, bool]:
    if op is C.LITERAL:
        return [(av, av)], False
    if op is C.IN:
        return _in(av), False
    if op is C.CATEGORY and av in _CATEGORIES:
        return [_CATEGORIES[av]], False
    if op in _ZERO_WIDTH:
        return [], True
    if op is C.BRANCH:
        out: Ranges = []
        nullable = False
        for alt in av[1]:
            chars, n = _first(alt, last)
            out += chars
            nullable = nullable or n
        return out, nullable
    if op is C.SUBPATTERN:
        _group, add_flags, _del, sub = av
        if add_flags & re.IGNORECASE:
            raise _Open
        return _first(sub, last)
    if op in _REPEATS:
        low, _high, sub = av
        chars, nullable = _first(sub, last)
        return chars, nullable or low == 0
    if op is getattr(C, "ATOMIC_GROUP", None):
        return _first(av, last)
    raise _Open  # ANY, NOT_LITERAL, CATEGORY, group references, conditionals


MAX_SET: Final = 4096  # characters; a wider class (all of CJK) is no test worth a set


def starts(pattern: re.Pattern) -> frozenset[str]:
    """The characters a match of ``pattern`` can start with: where the text's character is not
    one of them, ``pattern.match`` there finds nothing. ValueError for a pattern whose matches
    can start with (nearly) any character, or with none (it can match the empty string)."""
    _plain_flags(pattern)
    try:
        chars, nullable = _first(list(P.parse(pattern.pattern, pattern.flags)))
    except _Open:
        chars, nullable = [], True
    if nullable or not chars:
        raise ValueError(f"a match of {pattern.pattern!r} can start with anything")
    return _chars(chars, pattern)


def ends(pattern: re.Pattern) -> frozenset[str]:
    """The characters a match of ``pattern`` can end with, for a pattern whose every match ends at
    the end of the text (``…$``): where the text's last character is not one of them,
    ``pattern.search`` finds nothing. "\\n" is always one of them (``$`` also matches before a
    final newline). ValueError for a pattern not anchored so, or whose last character can be
    (nearly) anything."""
    _plain_flags(pattern)
    try:
        chars = _anchored_end(list(P.parse(pattern.pattern, pattern.flags)))
    except _Open:
        chars = None
    if not chars:
        raise ValueError(f"a match of {pattern.pattern!r} can end with anything, or anywhere")
    return _chars(chars, pattern) | {"\n"}


def _plain_flags(pattern: re.Pattern) -> None:
    if pattern.flags & (re.IGNORECASE | re.MULTILINE | re.VERBOSE):
        raise ValueError(f"{pattern.pattern!r}: no character sets for its flags")


def _anchored_end(seq: list) -> Ranges | None:
    """The last characters of every match of ``seq`` when each ends at ``$``, else None."""
    if not seq:
        return None
    op, av = seq[-1]
    if op is C.AT and av in (C.AT_END, C.AT_END_STRING):
        chars, nullable = _first(seq[:-1], last=True)
        return None if nullable else chars
    if op is C.SUBPATTERN and not av[1] & re.IGNORECASE:
        return _anchored_end(list(av[3]))
    if op is C.BRANCH:
        out: Ranges = []
        for alt in av[1]:
            chars = _anchored_end(list(alt))
            if chars is None:
                return None
            out += chars
        return out
    return None


def _chars(ranges: Ranges, pattern: re.Pattern) -> frozenset[str]:
    if any(isinstance(r, str) for r in ranges) or sum(hi - lo + 1 for lo, hi in ranges) > MAX_SET:  # type: ignore[misc]
        raise ValueError(f"{pattern.pattern!r}: too many characters for a set")
    return frozenset(chr(c) for lo, hi in ranges for c in range(lo, hi + 1))  # type: ignore[misc]


def _in(items) -> Ranges:
    out: Ranges = []
    for op, av in items:
        if op is C.LITERAL:
            out.append((av, av))
        elif op is C.RANGE:
            out.append(av)
        elif op is C.CATEGORY and av in _CATEGORIES:
            out.append(_CATEGORIES[av])
        else:  # NEGATE, \w and the negated categories: too wide to be worth a test
            raise _Open
    return out


def _char_class(ranges: Ranges) -> str:
    escapes = sorted({r for r in ranges if isinstance(r, str)})
    merged: list[tuple[int, int]] = []
    for lo, hi in sorted(r for r in ranges if not isinstance(r, str)):
        if merged and lo <= merged[-1][1] + 1:
            merged[-1] = (merged[-1][0], max(hi, merged[-1][1]))
        else:
            merged.append((lo, hi))
    parts = []
    for lo, hi in merged:
        parts.append(_esc(lo) if lo == hi else f"{_esc(lo)}-{_esc(hi)}")
    return "[" + "".join(escapes + parts) + "]"


def _esc(code: int) -> str:
    ch = chr(code)
    return "\\" + ch if ch in "\\]^-[" else ch


# The decimal digits of the Basic Multilingual Plane, as sorted (low, high) code point ranges.
_BMP_DIGITS: list[tuple[int, int]] = []
for _code in range(0x10000):
    if chr(_code).isdecimal():
        if _BMP_DIGITS and _BMP_DIGITS[-1][1] == _code - 1:
            _BMP_DIGITS[-1] = (_BMP_DIGITS[-1][0], _code)
        else:
            _BMP_DIGITS.append((_code, _code))
_DIGIT_ITEMS = [(C.LITERAL, lo) if lo == hi else (C.RANGE, (lo, hi)) for lo, hi in _BMP_DIGITS]


def in_bmp(pattern: re.Pattern) -> re.Pattern:
    """``pattern`` for text of the Basic Multilingual Plane alone (see :func:`beyond_bmp`): each
    ``\\d`` becomes the BMP's decimal digits, listed. The engine tests ``\\d`` by a look into the
    Unicode database for each character, a class of listed characters by one bitmap lookup, so a
    scan led by a class with ``\\d`` in it (a figure, a period) runs a fifth faster; on such text
    the two find the same matches (a digit beyond the BMP cannot occur in it)."""
    parsed = P.parse(pattern.pattern, pattern.flags)
    _list_digits(parsed.data)
    return K.compile(parsed, pattern.flags)


def _list_digits(seq: list) -> None:
    for i, (op, av) in enumerate(seq):
        if op is C.IN:
            seq[i] = (op, [part for item in av for part in (_DIGIT_ITEMS if item[0] is C.CATEGORY and
                                                            item[1] in (C.CATEGORY_DIGIT, C.CATEGORY_UNI_DIGIT) else [item])])
        elif op is C.BRANCH:
            for alt in av[1]:
                _list_digits(alt)
        elif op is C.SUBPATTERN:
            _list_digits(av[3])
        elif op in _REPEATS:
            _list_digits(av[2])
        elif op in (C.ASSERT, C.ASSERT_NOT):
            _list_digits(av[1])
        elif op is getattr(C, "ATOMIC_GROUP", None):
            _list_digits(av)
        elif op is C.GROUPREF_EXISTS:
            _list_digits(av[1])
            if av[2] is not None:
                _list_digits(av[2])


# The size of a str tells its width (CPython keeps every str in the narrowest of 1, 2 or 4 bytes a
# character its characters need): text beyond the BMP takes 4 bytes a character, which one look
# at its size tells. (A 4-byte str of BMP characters only, which no CPython operation makes,
# would be taken for text beyond the BMP: the slower way, still right.)
_WIDE_BASE = sys.getsizeof("\U00010000") - 2 * 4


def beyond_bmp(text: str) -> bool:
    """``text`` holds a character beyond the Basic Multilingual Plane (an O(1) test)."""
    return sys.getsizeof(text) == _WIDE_BASE + 4 * (len(text) + 1)
