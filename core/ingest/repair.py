"""Repair re-posting damage: pinyin annotations and GBK mojibake (see ARTIFACTS.md).

A page converted character by character to Traditional had ``(pinyin)`` inserted after every
occurrence of some characters by a byte-level replace on GBK bytes; a few inserts straddled two
characters and the result was decoded by a decoder that turns a bad lead byte into ``?`` and
swallows the next byte. We undo this exactly where the bytes allow it and guess (marked) where
they do not.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Final

from pypinyin import Style, pinyin

from core.model import Repair, RepairReport
from core.text import fastre
from core.text.script import to_simplified
from core.text.textmap import TrackedText
from core.text.wordfreq import word_freq

_TONED: Final = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ"
_SYL: Final = rf"[a-zü{_TONED}]{{1,6}}"
_CJK: Final = r"\u3400-\u9fff\uf900-\ufaff"
ANNOTATION: Final = fastre.compile(rf"(?<=[{_CJK}])\(({_SYL})\)")
ORPHAN_RUN: Final = fastre.compile(rf"(?:\?{_SYL}\))+")
ORPHAN: Final = fastre.compile(rf"\?({_SYL})\)")
DOUBLE_Q: Final = fastre.compile(rf"([{_CJK}])(?:\({_SYL}\))?(\?\?)(?=[^?\s])")
MIN_ANNOTATIONS: Final = 5


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


_CJK_CHAR: Final = fastre.compile(rf"[{_CJK}]")


@lru_cache(maxsize=65536)
def _char_of(two: bytes) -> str | None:
    try:
        c = two.decode("gbk")
    except UnicodeDecodeError:
        return None
    return c if len(c) == 1 and _CJK_CHAR.match(c) else None


# A character below 0x40 can never be a GBK trail byte: a re-decode of shifted bytes is back in
# step at the first such character, so only the text before it can change.
_RESYNC: Final = fastre.compile(r"[\x00-\x3f]")
_CHECK_AFTER: Final = 64  # characters past the changed stretch whose annotations must still fit


def _split_rest(rest: str) -> tuple[str, str]:
    """``rest`` as (the stretch a re-decode can change, the unchanged tail)."""
    m = _RESYNC.search(rest, 1)
    cut = m.start() if m else len(rest)
    return rest[:cut], rest[cut:]


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


def _solve_orphans(prev_char: str, syls: list[str], rest: str) -> tuple[str, int] | None:
    """Recover the characters hidden by a run of orphans ``?syl)``; None unless unique.

    Returns the new text and how many characters of ``rest`` it replaces (the rest of the line
    after them is unchanged), so the work per spot does not grow with the line."""
    head, tail = _split_rest(rest)
    check = tail[:_CHECK_AFTER]
    rest_bytes = _gbk(head)
    if rest_bytes is None:
        return None
    solutions = set()
    for first in _lead_bytes(prev_char, syls[0]):
        if len(syls) == 1:
            try:
                fixed = (bytes([first]) + rest_bytes).decode("gbk")
            except UnicodeDecodeError:
                continue
            if _annotations_consistent(fixed + check):
                solutions.add((fixed, len(head)))
        elif len(syls) == 2:
            for second in range(0x40, 0xFF):
                c = _char_of(bytes([first, second]))
                if c and syls[1] in readings(c):
                    # the second orphan swallowed the "(" of the legitimate annotation of c
                    fixed = c + "(" + syls[1] + ")"
                    if _annotations_consistent(fixed + rest[:_CHECK_AFTER]):
                        solutions.add((fixed, 0))
    return solutions.pop() if len(solutions) == 1 else None


_FULLWIDTH_Q: Final = "？".encode("gbk")  # A3 BF: full-width punctuation was made ASCII afterwards


@lru_cache(maxsize=1)
def _chars_by_trail() -> dict[int, list[tuple[str, str]]]:
    """The GBK characters by trail byte, each with its Simplified form (what word frequencies know)."""
    table: dict[int, list[tuple[str, str]]] = {}
    for lead in range(0x81, 0xFF):
        for trail in range(0x40, 0xFF):
            c = _char_of(bytes([lead, trail]))
            if c:
                table.setdefault(trail, []).append((c, to_simplified(c)))
    return table


def _guess_pair(prev_char: str, rest: str) -> tuple[str, str, int] | None:
    """``X??rest``: the second ``?`` was a full-width ``？`` (A3 BF) that the damage aligned
    across two characters: A3 is the trail byte of the lost character X, BF the lead byte of the
    next one. The next one re-decodes exactly; X is one of ~100 characters with that trail byte,
    picked by how often ``prev_char + X`` is a word in jieba's dictionary (a guess). The last
    item is how many characters of ``rest`` the pair replaces."""
    head, tail = _split_rest(rest)
    rest_bytes = _gbk(head)
    if rest_bytes is None:
        return None
    trail, lead = _FULLWIDTH_Q
    try:
        fixed_tail = (bytes([lead]) + rest_bytes).decode("gbk")
    except UnicodeDecodeError:
        return None
    if not re.match(rf"[{_CJK}]", fixed_tail[:1]) or not _annotations_consistent(fixed_tail + tail[:_CHECK_AFTER]):
        return None
    freq = word_freq()
    prev_s = to_simplified(prev_char)
    scored = [(freq.frequency(prev_s + simplified), c) for c, simplified in _chars_by_trail().get(trail, [])]
    score, best = max(scored, default=(0, ""))
    return (best, fixed_tail, len(head)) if score > 0 else None


def repair(text: TrackedText) -> tuple[TrackedText, RepairReport]:
    """Repair annotation damage if the document shows it; otherwise return the text unchanged."""
    report = RepairReport()
    raw = text.text
    found = 0
    for m in _PARENTHESISED.finditer(raw):
        found += _annotated(raw[m.start() - 1 : m.start()], m.group(1))
        if found >= MIN_ANNOTATIONS:
            break
    else:
        return text, report

    # 1. Byte-level damage, line by line: a recovered spot re-decodes the rest of its line
    # (up to the next character that puts GBK back in step). Each spot yields its own edit, so
    # the work stays linear in the line however long it is.
    edits: list[tuple[int, int, str]] = []
    guessed: set[int] = set()  # raw offsets of edits that are guesses
    for line_start, line_end in _lines(raw):
        line = raw[line_start:line_end]
        if "?" not in line:
            continue
        for a, b, new, guess in _fix_line(line):
            edits.append((line_start + a, line_start + b, new))
            if guess:
                guessed.add(line_start + a)
    repaired = text.replace(edits)

    # 2. Strip the annotations that remain, including those step 1 brought back into line.
    strip = _strippable_spans(repaired.text)
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


def _fix_line(line: str) -> list[tuple[int, int, str, bool]]:
    """Repair every damaged spot of one line: edits ``(start, end, new text, guessed)`` in the
    line's own offsets, trimmed to what changed, left to right."""
    # Each edit as [orig_start, orig_end, cur_start, cur_end, guessed], in the original line and
    # in the line as repaired so far; a spot inside an earlier edit's new text merges with it.
    spans: list[list] = []
    original, pos = line, 0
    while True:
        # (DOUBLE_Q is tried at every CJK character of the line: only where a "??" lies ahead)
        double = DOUBLE_Q.search(line, pos) if line.find("??", pos) >= 0 else None
        spots = [m for m in (ORPHAN_RUN.search(line, pos), double) if m]
        if not spots:
            break
        m = min(spots, key=lambda x: x.start())
        at = m.start() if m.re is ORPHAN_RUN else m.start(2)
        if at == 0:
            pos = m.end()
            continue
        prev = line[at - 1] if m.re is ORPHAN_RUN else m.group(1)
        sync = _RESYNC.search(line, m.end() + 1)
        rest = line[m.end():(sync.start() if sync else len(line)) + _CHECK_AFTER]
        guess = False
        if m.re is ORPHAN_RUN:
            solved = _solve_orphans(prev, ORPHAN.findall(m.group()), rest)
        else:
            pair = _guess_pair(prev, rest)
            solved = (pair[0] + pair[1], pair[2]) if pair else None
            guess = solved is not None
        if solved is None:
            pos = m.end()
            continue
        new, used = solved
        end = m.end() + used
        _record(spans, at, end, len(new), guess)
        line = line[:at] + new + line[end:]
        pos = at + 1
    out = []
    for o1, o2, c1, c2, guess in spans:
        old, new = original[o1:o2], line[c1:c2]
        p = 0  # trim what the edit left as it was
        while p < min(len(old), len(new)) and old[p] == new[p]:
            p += 1
        q = 0
        while q < min(len(old), len(new)) - p and old[-1 - q] == new[-1 - q]:
            q += 1
        if old[p:len(old) - q] != new[p:len(new) - q]:
            out.append((o1 + p, o2 - q, new[p:len(new) - q], guess))
    return out


def _record(spans: list[list], a: int, b: int, n: int, guess: bool) -> None:
    """Note that the current line's ``[a, b)`` became ``n`` new characters."""
    delta = spans[-1][3] - spans[-1][1] if spans else 0  # current minus original, after the last edit
    if spans and a < spans[-1][3]:
        o1, o2, c1, c2, g = spans.pop()
        o_end = o2 if b <= c2 else b - delta
        c_end = max(b, c2) + n - (b - a)
        spans.append([o1, o_end, c1, c_end, g or guess])
    else:
        spans.append([a - delta, b - delta, a, a + n, guess])


# ANNOTATION's matches, found by their parenthesis (a literal the engine scans for on its own,
# several times faster than a pattern led by a lookbehind), the character before tested apart
_PARENTHESISED: Final = re.compile(rf"\(({_SYL})\)")


def _annotated(before: str, syl: str) -> bool:
    """``(syl)`` after the text ``before`` is an annotation to strip: ANNOTATION matches it (a
    CJK character before) and the syllable is a reading of that character."""
    c = before[-1:]  # (the ranges of _CJK, compared directly: a regex call each would cost more)
    return ("\u3400" <= c <= "\u9fff" or "\uf900" <= c <= "\ufaff") and _is_reading(c + syl)


def _strippable_spans(text: str) -> list[tuple[int, int, str]]:
    """The annotations of ``text`` to strip, as deletions. A damaged article holds hundreds: one
    split finds them all (text, syllable, text, syllable, …), without a match object each."""
    pieces = _PARENTHESISED.split(text)
    out: list[tuple[int, int, str]] = []
    pos = len(pieces[0])
    for k in range(1, len(pieces), 2):
        syl = pieces[k]
        end = pos + len(syl) + 2  # (syl)
        if _annotated(pieces[k - 1], syl):
            out.append((pos, end, ""))
        pos = end + len(pieces[k + 1])
    return out


@lru_cache(maxsize=16384)
def _is_reading(char_syl: str) -> bool:
    """The syllable (``char_syl[1:]``) is a one-tone reading of the character before it. (One
    string, not two: a cache keyed by one string skips making a tuple, for hundreds of calls an article.)"""
    return _one_tone(char_syl[1:]) and char_syl[1:] in readings(char_syl[0])


def _lines(text: str):
    start = 0
    for m in re.finditer(r"\n", text):
        yield start, m.start()
        start = m.end()
    yield start, len(text)
