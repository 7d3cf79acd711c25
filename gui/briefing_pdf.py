"""Briefings drawn by Qt: the same HTML as ``core.report.html`` (in Qt's rich-text subset) in a
QTextDocument, printed to a PDF (text selectable, the CJK font embedded) or to a printer with a
preview.

The ``policylens report --format pdf`` command reaches :func:`write_pdf_headless` through the
launcher (``core.report.formats.register``), so core itself never imports Qt.
"""
from __future__ import annotations

import os
import re
import sys
import threading
from contextlib import contextmanager
from functools import lru_cache

from PySide6.QtCore import QLocale, QMarginsF
from PySide6.QtGui import (
    QFont,
    QFontDatabase,
    QPageLayout,
    QPageSize,
    QPdfWriter,
    QRawFont,
    QTextDocument,
)

from core.report.html import to_html
from core.report.model import Briefing

BODY_FONTS = ("Noto Serif CJK SC", "Source Han Serif SC", "SimSun", "Songti SC", "Noto Sans CJK SC",
              "Source Han Sans SC", "Microsoft YaHei", "PingFang SC", "WenQuanYi Micro Hei")
HEADING_FONTS = ("Noto Sans CJK SC", "Source Han Sans SC", "SimHei", "Heiti SC", "Microsoft YaHei", "PingFang SC")
# Traditional briefings: the Traditional glyph forms first (the Simplified fonts as fallback)
BODY_FONTS_TC = ("Noto Serif CJK TC", "Source Han Serif TC", "PMingLiU", "MingLiU", "Songti TC", *BODY_FONTS)
HEADING_FONTS_TC = ("Noto Sans CJK TC", "Source Han Sans TC", "Microsoft JhengHei", "Heiti TC", "PingFang TC",
                    *HEADING_FONTS)


def fonts_for(b: Briefing) -> tuple[str | None, str | None]:
    """The body and heading families installed here for this briefing's script."""
    if b.traditional:
        return _family(BODY_FONTS_TC), _family(HEADING_FONTS_TC)
    return _family(BODY_FONTS), _family(HEADING_FONTS)


def _family(choices: tuple[str, ...]) -> str | None:
    families = set(QFontDatabase.families())
    return next((f for f in choices if f in families), None)


def text_document(b: Briefing) -> QTextDocument:
    """The briefing as a QTextDocument in the installed CJK fonts (11 pt, for A4)."""
    doc = QTextDocument()
    body, heading = fonts_for(b)
    font = QFont(body) if body else QFont()
    font.setPointSizeF(11)
    doc.setDefaultFont(font)
    html = to_html(b, qt=True)
    # Qt's style sheets take one family name: name the fonts that are really here
    css = "body { font-family: '%s'; }" % (body or font.family())
    if heading:
        css += " h1, h2, h3, th { font-family: '%s'; }" % heading
    css += (" .meta { color: #555555; } sup { color: #b71c1c; } th { background-color: #eeeeee; }"
            " table { border-collapse: collapse; }")
    doc.setDefaultStyleSheet(css)
    doc.setHtml(html)
    doc.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, b.title)
    return doc


_locale_lock = threading.Lock()


@contextmanager
def script_locale(b: Briefing):
    """Lay the briefing out in the locale of its script. Qt shapes text in the default locale's
    language: with zh_CN, a Traditional font swaps in its Simplified-style glyphs (OpenType
    ``locl``), which have no code point, so the PDF's text layer loses those characters."""
    before = QLocale()
    wanted = QLocale("zh_TW" if b.traditional else "zh_CN")
    if before.name() == wanted.name():  # the usual case: nothing to switch
        yield
        return
    with _locale_lock:  # the default locale is global: one briefing at a time switches it
        QLocale.setDefault(wanted)
        try:
            yield
        finally:
            QLocale.setDefault(before)


def print_document(b: Briefing, doc: QTextDocument, device) -> None:
    """``doc.print_(device)`` in the briefing's locale (for the PDF and the print preview)."""
    with script_locale(b):
        doc.markContentsDirty(0, doc.characterCount())  # lay out again, in this locale
        doc.print_(device)


def write_pdf(b: Briefing, path: str) -> None:
    """Needs a QGuiApplication (the window's, or :func:`write_pdf_headless`'s)."""
    writer = QPdfWriter(path)
    writer.setTitle(b.title)
    writer.setCreator("PolicyLens")
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(20, 18, 20, 18), QPageLayout.Unit.Millimeter)
    writer.setResolution(300)
    print_document(b, text_document(b), writer)
    del writer  # finishes the file
    if not os.path.exists(path) or os.path.getsize(path) == 0:
        raise OSError(f"{path}: the PDF could not be written")
    fix_radicals(path, tuple(f for f in fonts_for(b) if f))


# --- copied text that reads as the text ------------------------------------------------------
# Qt writes each glyph's text (the PDF's ToUnicode map) as the lowest code point the font maps
# to that glyph. Noto/Source Han map the Kangxi and supplementary radicals (U+2E80-U+2FDF) to
# the same glyphs as the ideographs, so 老 would be copied, searched and read aloud as ⽼ (U+2F7C).
# The map is rewritten in place with the ideograph the font draws with the same glyph (same
# byte length, so the file's cross-reference offsets stay right).

RADICALS = range(0x2E80, 0x2FE0)
UNIFIED = range(0x4E00, 0xA000)
_TOKEN = re.compile(rb"<(2[EF][0-9A-F]{2})>")


@lru_cache(maxsize=8)
def radical_map(families: tuple[str, ...]) -> dict[int, int]:
    """Radical code point -> the ideograph drawn with the same glyph, in these fonts."""
    out: dict[int, int] = {}
    unified = "".join(map(chr, UNIFIED))
    radicals = "".join(map(chr, RADICALS))
    for family in families:
        raw = QRawFont.fromFont(QFont(family))
        if not raw.isValid():
            continue
        by_glyph: dict[int, int] = {}
        for cp, g in zip(UNIFIED, raw.glyphIndexesForString(unified)):
            if g:
                by_glyph.setdefault(g, cp)
        for cp, g in zip(RADICALS, raw.glyphIndexesForString(radicals)):
            if g and g in by_glyph:
                out.setdefault(cp, by_glyph[g])
    return out


def fix_radicals(path: str, families: tuple[str, ...]) -> int:
    """Rewrite radicals in the PDF's ToUnicode maps as ideographs; returns how many."""
    mapping = radical_map(families)
    if not mapping:
        return 0
    with open(path, "rb") as fh:
        data = bytearray(fh.read())
    changed = 0
    for cmap in re.finditer(rb"begincmap.*?endcmap", bytes(data), re.S):
        section = b""
        for line in re.finditer(rb"[^\n]+", cmap.group()):
            text = line.group().strip()
            if text.endswith((b"beginbfchar", b"beginbfrange")):
                section = text.split()[-1]
                continue
            if text.startswith(b"end"):
                section = b""
                continue
            # the text side only: an array, the third token of a one-glyph range, a bfchar target
            tokens = list(re.finditer(rb"<[0-9A-Fa-f]+>", line.group()))
            if section == b"beginbfrange" and b"[" in text:
                targets = [t for t in tokens if t.start() > line.group().index(b"[")]
            elif section == b"beginbfrange" and len(tokens) == 3 and tokens[0].group() == tokens[1].group():
                targets = tokens[2:]
            elif section == b"beginbfchar" and len(tokens) == 2:
                targets = tokens[1:]
            else:
                targets = []
            for t in targets:
                m = _TOKEN.fullmatch(t.group().upper())
                if m and int(m.group(1), 16) in mapping:
                    at = cmap.start() + line.start() + t.start() + 1
                    data[at:at + 4] = b"%04X" % mapping[int(m.group(1), 16)]
                    changed += 1
    if changed:
        with open(path, "wb") as fh:
            fh.write(data)
    return changed


def write_pdf_headless(b: Briefing, path: str) -> None:
    """For the command line: a QGuiApplication without a window (offscreen when there is no
    display), then :func:`write_pdf`."""
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.instance() is None:
        if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        _app = QGuiApplication(["policylens"])  # noqa: F841 (kept alive while drawing)
    write_pdf(b, path)
