"""Decode article bytes: BOM, then strict decodes, then charset-normalizer. Never the file name."""
from __future__ import annotations

import codecs
import re
import threading
from dataclasses import dataclass
from typing import Final

from charset_normalizer import from_bytes


class DecodeError(ValueError):
    pass


_BOMS: Final = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_CJK: Final = re.compile(r"[\u3400-\u9fff]")
_CONTROL: Final = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
# What a wrong decode produces: controls, private-use and replacement characters.
_UNREADABLE: Final = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ue000-\uf8ff\ufffd]")


def _looks_like_utf16(data: bytes) -> str | None:
    """UTF-16 without BOM: ASCII/CJK text has zero bytes or regular high bytes on one side."""
    if len(data) < 4 or len(data) % 2:
        return None
    even, odd = data[0::2], data[1::2]
    zeros_even, zeros_odd = even.count(0), odd.count(0)
    n = len(data) // 2
    for enc, zeros in (("utf-16-le", zeros_odd), ("utf-16-be", zeros_even)):
        if zeros > n * 0.05 or zeros == 0 and n > 0:
            try:
                text = data.decode(enc)
            except UnicodeDecodeError:
                continue
            if _plausible(text):
                return enc
    return None


def _plausible(text: str) -> bool:
    """Readable text: few control characters, and CJK or ASCII letters make up most of it."""
    if not text:
        return False
    unreadable = 0  # counted up to the share that rules the text out (a wrong decode has hundreds)
    for _ in _UNREADABLE.finditer(text):
        unreadable += 1
        if unreadable > 0.03 * len(text):
            return False
    # controls are among them: count those only if needed
    if unreadable > max(2, len(text) // 200) and len(_CONTROL.findall(text)) > max(2, len(text) // 200):
        return False
    return text.isascii() or _CJK.search(text) is not None


def _detect(data: bytes) -> tuple[str, str | None]:
    """The codec of ``data`` and, when finding it decoded the bytes already, the text."""
    for bom, enc in _BOMS:
        if data.startswith(bom):
            return enc, None
    if b"\x00" in data[:4096]:
        utf16 = _looks_like_utf16(data)
        if utf16:
            return utf16, None
        raise DecodeError("binary data (NUL bytes), not a text article")
    try:
        return "utf-8", data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    # GB18030 and Big5 both accept many byte strings; prefer the one whose text is plausible
    # and holds more common characters.
    candidates = []
    for enc in ("gb18030", "big5hkscs"):
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        if _plausible(text):
            candidates.append((enc, text))
    if len(candidates) == 1:  # (most legacy files do not decode in the other codec at all)
        return candidates[0]
    if candidates:
        _, enc, text = max((_common_score(text), enc, text) for enc, text in candidates)
        return enc, text
    utf16 = _looks_like_utf16(data)
    if utf16:
        return utf16, None
    best = from_bytes(data).best()
    if best is not None and _plausible(str(best)):
        return best.encoding, str(best)
    raise DecodeError("cannot determine the text encoding (not UTF-8, UTF-16, GB18030 or Big5)")


# The most frequent characters of Chinese news in either script: a decode that yields many of
# them is the right one (a wrong one yields rare characters).
_COMMON: Final = set(
    "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处理府研质气"
    "們這個為來時說發動國會經過後對開關與業長現還進點當體樣從實種麼學應將問裡條區間題總"
)


# runs, not single characters: counting the runs' lengths makes one match object per run
_CJK_RUN: Final = re.compile(r"[\u3400-\u9fff]+")
_COMMON_RUN: Final = re.compile("[" + "".join(sorted(_COMMON)) + "]+")


def _count(run: re.Pattern, s: str) -> int:
    """How many characters of ``s`` the one-class pattern ``run`` covers."""
    return sum(map(len, run.findall(s)))


def _common_score(text: str, sample: int = 1500) -> float:
    """The share of common characters among the CJK ones: on the head of the text when it holds
    enough of them to tell a right decoding from a wrong one (the rate is far apart), else all."""
    head = text[:sample]
    cjk = _count(_CJK_RUN, head)
    if cjk < 300 and len(text) > sample:
        head = text
        cjk = _count(_CJK_RUN, head)
    return _count(_COMMON_RUN, head) / cjk if cjk else 0.0


@dataclass(frozen=True, slots=True)
class Replaced:
    """A stretch of bytes that did not decode: ``length`` U+FFFD at ``start`` in the text."""

    start: int
    length: int
    raw: bytes
    byte_offset: int


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    encoding: str  # the main encoding; "utf-8+gb18030" for a file decoded run by run
    replaced: tuple[Replaced, ...] = ()


def decode(data: bytes) -> tuple[str, str]:
    """Decode ``data``; return ``(text, encoding)`` (undecodable bytes become U+FFFD)."""
    got = decode_text(data)
    return got.text, got.encoding


def decode_text(data: bytes) -> Decoded:
    """Decode ``data`` whole when it is clean; a damaged or mixed file line by line, each line
    in the encoding that reads it best, with only the bytes that do not decode replaced."""
    if not data:
        raise DecodeError("empty file")
    got = _decode(data)
    text = got.text
    if text.startswith("\ufeff"):
        text = text[1:]
        got = Decoded(text, got.encoding, tuple(
            Replaced(r.start - 1, r.length, r.raw, r.byte_offset) for r in got.replaced))
    if not text.strip():
        raise DecodeError("file holds no text")
    return got


def _decode(data: bytes) -> Decoded:
    for bom, enc in _BOMS:
        if data.startswith(bom):
            if enc == "utf-16":
                return _lenient(data, enc)
            try:  # a clean file decodes whole, as _by_lines would read it line by line
                text = data.decode("utf-8")
            except UnicodeDecodeError:
                return _by_lines(data, "utf-8-sig")
            if len(_CONTROL.findall(text)) <= max(2, len(text) // 200):
                return Decoded(text, "utf-8")
            return _by_lines(data, "utf-8-sig")  # (it names the problem)
    if b"\x00" in data[:4096]:
        utf16 = _looks_like_utf16(data)
        if utf16:
            return Decoded(data.decode(utf16), utf16)
        raise DecodeError("binary data (NUL bytes), not a text article")
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    as_utf8 = data.decode("utf-8", "replace")
    if _mostly_utf8(as_utf8) or _utf8_lines(data, as_utf8):
        # a damaged UTF-8 file, or one with GB18030 lines pasted in
        return _by_lines(data, "utf-8")
    try:
        enc, decoded = _detect(data)
        return Decoded(data.decode(enc) if decoded is None else decoded, enc)
    except DecodeError:
        pass
    # neither clean nor UTF-8: the legacy encoding that reads most of it, bad bytes replaced
    primary = max(("gb18030", "big5hkscs"), key=lambda e: _common_score(data.decode(e, "replace")))
    return _by_lines(data, primary)


def _multibyte(text: str) -> int:
    """How many characters of ``text`` are neither ASCII nor U+FFFD (counted in C, no lists)."""
    return len(text) - len(text.encode("ascii", "ignore")) - text.count("\ufffd")


def _mostly_utf8(text: str) -> bool:
    """Valid multi-byte UTF-8 characters far outnumber the bad bytes (legacy text has few);
    ``text``: the bytes decoded as UTF-8 with replacement."""
    bad = text.count("\ufffd")
    # (a quick no for legacy text, whose U+FFFD outnumber its other characters)
    return len(text) - bad >= 10 * max(1, bad) and _multibyte(text) >= 10 * max(1, bad)


def _utf8_lines(data: bytes, text: str) -> bool:
    """At least one line with non-ASCII characters is valid UTF-8 (legacy text rarely is).
    ``text`` is ``data`` decoded as UTF-8 with replacement, line for line the same (a newline
    byte never belongs to a multi-byte sequence): a line without U+FFFD in it decoded cleanly."""
    if b"\xef\xbf\xbd" not in data:  # every U+FFFD stands for bad bytes: the text alone tells
        return any("\ufffd" not in line and not line.isascii() and len(line.encode()) >= 6 for line in text.split("\n"))
    for line, decoded in zip(data.split(b"\n"), text.split("\n")):
        if len(line) >= 6 and not line.isascii():
            if "\ufffd" not in decoded:
                return True
            if b"\xef\xbf\xbd" not in line:
                continue  # every U+FFFD stands for bad bytes
            try:  # (the line holds a real U+FFFD too)
                line.decode("utf-8")
                return True
            except UnicodeDecodeError:
                continue
    return False


_RECORD: Final = threading.local()


def _record_error(exc: UnicodeError) -> tuple[str, int]:
    if not isinstance(exc, UnicodeDecodeError):
        raise exc
    _RECORD.errors.append((exc.start, exc.end))
    return "\ufffd", exc.end


codecs.register_error("policylens-record", _record_error)


def _lenient(data: bytes, enc: str, base: int = 0, text_base: int = 0) -> Decoded:
    """Decode with ``enc``, each undecodable byte run replaced by U+FFFD and recorded."""
    _RECORD.errors = []
    text = data.decode(enc, "policylens-record")
    errors, _RECORD.errors = _RECORD.errors, []
    if not errors:
        return Decoded(text, enc)
    replaced: list[Replaced] = []
    pos = at = 0  # bytes and characters consumed
    for start, end in errors:
        good = data[pos:start].decode(enc, "replace")
        at += len(good)
        if replaced and replaced[-1].byte_offset + len(replaced[-1].raw) == base + start and replaced[-1].start + replaced[-1].length == text_base + at:
            last = replaced.pop()
            replaced.append(Replaced(last.start, last.length + 1, last.raw + data[start:end], last.byte_offset))
        else:
            replaced.append(Replaced(text_base + at, 1, data[start:end], base + start))
        at += 1
        pos = end
    return Decoded(text, enc, tuple(replaced))


def _by_lines(data: bytes, primary: str) -> Decoded:
    """Each line in the encoding that reads it (clean lines strictly); bad bytes replaced."""
    parts: list[str] = []
    replaced: list[Replaced] = []
    used: dict[str, int] = {}
    base = at = bad = 0
    lines = data.split(b"\n")
    for i, line in enumerate(lines):
        if i < len(lines) - 1:
            line += b"\n"
        got = _line(line, primary)
        parts.append(got.text)
        if not line.isascii():
            for enc in got.encoding.split("+"):
                used[enc] = used.get(enc, 0) + len(line)
        for r in got.replaced:
            replaced.append(Replaced(r.start + at, r.length, r.raw, r.byte_offset + base))
            bad += len(r.raw)
        base += len(line)
        at += len(got.text)
    text = "".join(parts)
    if bad > 0.2 * len(data) or len(_CONTROL.findall(text)) > max(2, len(text) // 200):
        raise DecodeError(f"mostly not text: {bad} of {len(data)} bytes do not decode in any text encoding (UTF-8, UTF-16, GB18030, Big5)")
    main = [e for e, _ in sorted(used.items(), key=lambda kv: -kv[1])] or [primary]
    return Decoded(text, "+".join(main), tuple(replaced))


# Three UTF-8 CJK characters in a row: legacy (GB18030/Big5) bytes almost never look like this,
# so inside a line that no one encoding reads, such a stretch is a UTF-8 run.
_UTF8_RUN: Final = re.compile(rb"(?:[\xe0-\xef][\x80-\xbf]{2}){3,}")


def _line(line: bytes, primary: str) -> Decoded:
    if line.isascii():
        return Decoded(line.decode("ascii"), primary)
    codec = "utf-8" if primary == "utf-8-sig" else primary
    order = list(dict.fromkeys(("utf-8", codec, "gb18030")))
    candidates = []
    if codec == "utf-8":
        # UTF-8 with a bad byte or two (legacy bytes are rarely this close to valid UTF-8)
        got = _lenient(line, "utf-8")
        if not got.replaced or _multibyte(got.text) >= 4 * sum(r.length for r in got.replaced):
            return got
    for enc in order:
        try:
            text = line.decode(enc)
        except UnicodeDecodeError:
            continue
        if enc == "utf-8":  # legacy bytes are almost never valid UTF-8
            return Decoded(text, "utf-8")
        candidates.append((_common_score(text) + (0.01 if enc == codec else 0), Decoded(text, enc)))
    if _UTF8_RUN.search(line):
        runs = _by_runs(line, "big5hkscs" if codec == "big5hkscs" else "gb18030")
        bad = sum(len(r.raw) for r in runs.replaced)
        candidates.append((_common_score(runs.text) - 3 * bad / len(line), runs))
    if len(candidates) < 2:
        # no clean reading: the one with the most common characters and the fewest bad bytes
        for enc in order:
            got = _lenient(line, enc)
            bad = sum(len(r.raw) for r in got.replaced)
            candidates.append((_common_score(got.text) - 3 * bad / len(line) + (0.01 if enc == codec else 0), got))
    return max(candidates, key=lambda c: c[0])[1]


def _by_runs(line: bytes, legacy: str) -> Decoded:
    """A line with UTF-8 runs among legacy bytes: each run in its own encoding."""
    parts: list[str] = []
    replaced: list[Replaced] = []
    used: list[str] = []
    pos = at = 0
    spans = [(m.start(), m.end(), "utf-8") for m in _UTF8_RUN.finditer(line)]
    pieces = []
    for a, b, enc in spans:
        if pos < a:
            pieces.append((pos, a, legacy))
        pieces.append((a, b, enc))
        pos = b
    if pos < len(line):
        pieces.append((pos, len(line), legacy))
    for a, b, enc in pieces:
        chunk = line[a:b]
        if enc != "utf-8" and _MULTIBYTE_BYTES.search(chunk):
            # a legacy stretch may still be UTF-8 (one or two characters): take the better reading
            options = [_lenient(chunk, "utf-8"), _lenient(chunk, enc)]  # valid UTF-8 wins a tie
            got = min(options, key=lambda d: (sum(len(r.raw) for r in d.replaced), -_common_score(d.text)))
        else:
            got = _lenient(chunk, enc)
        parts.append(got.text)
        used.append(got.encoding)
        replaced += [Replaced(r.start + at, r.length, r.raw, r.byte_offset + a) for r in got.replaced]
        at += len(got.text)
    names = list(dict.fromkeys(used))
    return Decoded("".join(parts), "+".join(names), tuple(replaced))


_MULTIBYTE_BYTES: Final = re.compile(rb"[\x80-\xff]")
