"""Repair re-posting damage: pinyin annotations and GBK mojibake (see ARTIFACTS.md).

A page converted character by character to Traditional had ``(pinyin)`` inserted after every
occurrence of some characters by a byte-level replace on GBK bytes; a few inserts straddled two
characters and the result was decoded by a decoder that turns a bad lead byte into ``?`` and
swallows the next byte. We undo this exactly where the bytes allow it and guess (marked) where
they do not.
"""
from __future__ import annotations

import difflib
import re
from functools import lru_cache

from pypinyin import Style, pinyin

from core.model import Repair, RepairReport
from core.text.script import to_simplified
from core.text.textmap import TrackedText
from core.text.wordfreq import word_freq

_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ"
_SYL = rf"[a-zü{_TONED}]{{1,6}}"
_CJK = r"\u3400-\u9fff\uf900-\ufaff"
ANNOTATION = re.compile(rf"(?<=[{_CJK}])\(({_SYL})\)")
ORPHAN_RUN = re.compile(rf"(?:\?{_SYL}\))+")
ORPHAN = re.compile(rf"\?({_SYL})\)")
DOUBLE_Q = re.compile(rf"([{_CJK}])(?:\({_SYL}\))?(\?\?)(?=[^?\s])")
MIN_ANNOTATIONS = 5


@lru_cache(maxsize=8192)
def readings(char: str) -> frozenset[str]:
    got = pinyin(char, style=Style.TONE, heteronym=True, errors="ignore")
    return frozenset(got[0]) if got else frozenset()


def _one_tone(syl: str) -> bool:
    return sum(c in _TONED for c in syl) == 1


def _changes_under_t2s(char: str) -> bool:
    return to_simplified(char) != char


def _gbk(text: str) -> bytes | None:
    try:
        return text.encode("gbk")
    except UnicodeEncodeError:
        return None


_CJK_CHAR = re.compile(rf"[{_CJK}]")


@lru_cache(maxsize=65536)
def _char_of(two: bytes) -> str | None:
    try:
        c = two.decode("gbk")
    except UnicodeDecodeError:
        return None
    return c if len(c) == 1 and _CJK_CHAR.match(c) else None


def _annotations_consistent(text: str) -> bool:
    """Every ``(py)`` in ``text`` sits after a character with that reading."""
    for m in ANNOTATION.finditer(text):
        if m.group(1) not in readings(text[m.start() - 1]):
            return False
    return "?" not in text[:1]


@lru_cache(maxsize=4096)
def _lead_bytes(prev_char: str, syl: str) -> tuple[int, ...]:
    """Lost lead bytes L such that (last GBK byte of prev_char, L) is a char read ``syl``."""
    prev = _gbk(prev_char)
    if not prev or len(prev) != 2:
        return ()
    found = []
    for lead in range(0x81, 0xFF):
        c = _char_of(bytes([prev[-1], lead]))
        if c and syl in readings(c) and _changes_under_t2s(c):
            found.append(lead)
    return tuple(found)


def _solve_orphans(prev_char: str, syls: list[str], rest: str) -> str | None:
    """Recover the characters hidden by a run of orphans ``?syl)``; None unless unique."""
    rest_bytes = _gbk(rest)
    if rest_bytes is None:
        return None
    solutions = set()
    for first in _lead_bytes(prev_char, syls[0]):
        if len(syls) == 1:
            try:
                fixed = (bytes([first]) + rest_bytes).decode("gbk")
            except UnicodeDecodeError:
                continue
            if _annotations_consistent(fixed):
                solutions.add(fixed)
        elif len(syls) == 2:
            for second in range(0x40, 0xFF):
                c = _char_of(bytes([first, second]))
                if c and syls[1] in readings(c):
                    # the second orphan swallowed the "(" of the legitimate annotation of c
                    fixed = c + "(" + syls[1] + ")" + rest
                    if _annotations_consistent(fixed):
                        solutions.add(fixed)
    return solutions.pop() if len(solutions) == 1 else None


_FULLWIDTH_Q = "？".encode("gbk")  # A3 BF: full-width punctuation was made ASCII afterwards


@lru_cache(maxsize=1)
def _chars_by_trail() -> dict[int, list[str]]:
    table: dict[int, list[str]] = {}
    for lead in range(0x81, 0xFF):
        for trail in range(0x40, 0xFF):
            c = _char_of(bytes([lead, trail]))
            if c:
                table.setdefault(trail, []).append(c)
    return table


def _guess_pair(prev_char: str, rest: str) -> tuple[str, str] | None:
    """``X??rest``: the second ``?`` was a full-width ``？`` (A3 BF) that the damage aligned
    across two characters: A3 is the trail byte of the lost character X, BF the lead byte of the
    next one. The next one re-decodes exactly; X is one of ~100 characters with that trail byte,
    picked by how often ``prev_char + X`` is a word in jieba's dictionary (a guess)."""
    rest_bytes = _gbk(rest)
    if rest_bytes is None:
        return None
    trail, lead = _FULLWIDTH_Q
    try:
        tail = (bytes([lead]) + rest_bytes).decode("gbk")
    except UnicodeDecodeError:
        return None
    if not re.match(rf"[{_CJK}]", tail[:1]) or not _annotations_consistent(tail):
        return None
    freq = word_freq()
    t2s = to_simplified
    prev_s = t2s(prev_char)
    scored = [(freq.get(prev_s + t2s(c), 0), c) for c in _chars_by_trail().get(trail, [])]
    score, best = max(scored, default=(0, ""))
    return (best, tail) if score > 0 else None


def repair(text: TrackedText) -> tuple[TrackedText, RepairReport]:
    """Repair annotation damage if the document shows it; otherwise return the text unchanged."""
    report = RepairReport()
    raw = text.text
    found = 0
    for m in ANNOTATION.finditer(raw):
        found += _strippable(raw, m)
        if found >= MIN_ANNOTATIONS:
            break
    else:
        return text, report

    # 1. Byte-level damage, line by line: a recovered spot re-decodes the rest of its line.
    edits: list[tuple[int, int, str]] = []
    guessed: set[int] = set()  # raw offsets of edits that are guesses
    for line_start, line_end in _lines(raw):
        line = raw[line_start:line_end]
        fixed, guesses = _fix_line(line)
        if fixed == line:
            continue
        # Diff only the window between the common prefix and suffix (lines can be long).
        p = 0
        while p < min(len(line), len(fixed)) and line[p] == fixed[p]:
            p += 1
        s = 0
        while s < min(len(line), len(fixed)) - p and line[-1 - s] == fixed[-1 - s]:
            s += 1
        old, new = line[p : len(line) - s], fixed[p : len(fixed) - s]
        matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
        for op, i1, i2, j1, j2 in matcher.get_opcodes():
            if op == "equal":
                continue
            edits.append((line_start + p + i1, line_start + p + i2, new[j1:j2]))
            if any(p + j1 <= g < p + max(j2, j1 + 1) for g in guesses):
                guessed.add(line_start + p + i1)
    repaired = text.replace(edits)

    # 2. Strip the annotations that remain, including those step 1 brought back into line.
    t2 = repaired.text
    strip = [(m.start(), m.end(), "") for m in ANNOTATION.finditer(t2) if _strippable(t2, m)]
    report.annotations_stripped = len(strip)
    final = repaired.replace(strip)

    offsets = final.offset_map()
    for a, b, _ in edits:
        anchor = text.origins[a] if a < len(text.origins) else text.raw_len
        start = end = offsets.from_raw(anchor)
        while end < len(final.text) and final.origins[end] == anchor and end - start < b - a + 8:
            end += 1
        exact = a not in guessed
        report.repairs.append(
            Repair(
                start=start,
                end=end,
                raw_start=anchor,
                raw_end=text.origins[b - 1] + 1 if b > a else anchor,
                damaged=raw[a:b],
                repaired=final.text[start:end],
                exact=exact,
                how="lost GBK lead byte re-derived" if exact else "unrecoverable bytes; guessed by word frequency",
            )
        )
    return final, report


def _fix_line(line: str) -> tuple[str, list[int]]:
    """Repair every damaged spot of one line; return the fixed line and the guessed positions."""
    guesses: list[int] = []
    pos = 0
    while True:
        spots = [m for m in (ORPHAN_RUN.search(line, pos), DOUBLE_Q.search(line, pos)) if m]
        if not spots:
            return line, guesses
        m = min(spots, key=lambda x: x.start())
        at = m.start() if m.re is ORPHAN_RUN else m.start(2)
        if at == 0:
            pos = m.end()
            continue
        prev, rest = line[at - 1] if m.re is ORPHAN_RUN else m.group(1), line[m.end():]
        if m.re is ORPHAN_RUN:
            fixed = _solve_orphans(prev, ORPHAN.findall(m.group()), rest)
        else:
            pair = _guess_pair(prev, rest)
            fixed = pair[0] + pair[1] if pair else None
            if fixed is not None:
                guesses.append(at)
        if fixed is None:
            pos = m.end()
            continue
        line = line[:at] + fixed
        pos = at + 1


def _strippable(text: str, m: re.Match) -> bool:
    return _is_reading(text[m.start() - 1], m.group(1))


@lru_cache(maxsize=16384)
def _is_reading(char: str, syl: str) -> bool:
    return _one_tone(syl) and syl in readings(char)


def _lines(text: str):
    start = 0
    for m in re.finditer(r"\n", text):
        yield start, m.start()
        start = m.end()
    yield start, len(text)
