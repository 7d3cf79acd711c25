"""Decode article bytes: BOM, then strict decodes, then charset-normalizer. Never the file name."""
from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes


class DecodeError(ValueError):
    pass


_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_CJK = re.compile(r"[\u3400-\u9fff]")
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
# What a wrong decode produces: controls, private-use and replacement characters.
_UNREADABLE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ue000-\uf8ff\ufffd]")


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
    if len(_CONTROL.findall(text)) > max(2, len(text) // 200):
        return False
    if len(_UNREADABLE.findall(text)) > 0.03 * len(text):
        return False
    return text.isascii() or _CJK.search(text) is not None


def _detect(data: bytes) -> tuple[str, str | None]:
    """The codec of ``data`` and, when finding it decoded the bytes already, the text."""
    for bom, enc in _BOMS:
        if data.startswith(bom):
            return enc, None
    if b"\x00" in data[:4096]:
        enc = _looks_like_utf16(data)
        if enc:
            return enc, None
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
            candidates.append((_common_score(text), enc, text))
    if candidates:
        _, enc, text = max(candidates)
        return enc, text
    enc = _looks_like_utf16(data)
    if enc:
        return enc, None
    best = from_bytes(data).best()
    if best is not None and _plausible(str(best)):
        return best.encoding, str(best)
    raise DecodeError("cannot determine the text encoding (not UTF-8, UTF-16, GB18030 or Big5)")


# The most frequent characters of Chinese news in either script: a decode that yields many of
# them is the right one (a wrong one yields rare characters).
_COMMON = set(
    "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处理府研质气"
    "們這個為來時說發動國會經過後對開關與業長現還進點當體樣從實種麼學應將問裡條區間題總"
)


_COMMON_RE = re.compile("[" + "".join(sorted(_COMMON)) + "]")


def _common_score(text: str) -> float:
    cjk = len(_CJK.findall(text))
    return len(_COMMON_RE.findall(text)) / cjk if cjk else 0.0


def decode(data: bytes) -> tuple[str, str]:
    """Decode ``data``; return ``(text, encoding)``."""
    if not data:
        raise DecodeError("empty file")
    enc, text = _detect(data)
    try:
        text = data.decode(enc) if text is None else text
    except UnicodeDecodeError as exc:
        raise DecodeError(f"undecodable bytes at offset {exc.start} (not valid in its encoding, {enc})") from None
    if text.startswith("\ufeff"):
        text = text[1:]
    if not text.strip():
        raise DecodeError("file holds no text")
    return text, enc
