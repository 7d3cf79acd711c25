"""Test documents made on the spot: PDFs drawn with Qt (QPdfWriter + QPainter), .docx with python-docx."""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _app():
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication([])  # the GUI tests need a QApplication


class Scan(list):
    """A page's lines drawn into a picture (a scanned page: no text layer)."""


def make_pdf(path, pages: list[list[str] | None], title: str | None = None) -> None:
    """One PDF page per item: its lines of text drawn top to bottom; ``None`` a picture without
    text; ``Scan([...])`` the lines as a picture."""
    _app()
    from PySide6.QtCore import QMarginsF, QRectF, Qt
    from PySide6.QtGui import QColor, QFont, QImage, QPageLayout, QPageSize, QPainter, QPdfWriter

    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter)
    writer.setResolution(144)
    if title:
        writer.setTitle(title)
    painter = QPainter(writer)
    font = QFont("Noto Sans CJK SC")
    font.setPixelSize(22)
    painter.setFont(font)
    height = painter.fontMetrics().height() + 6
    for n, lines in enumerate(pages):
        if n:
            writer.newPage()
        if lines is None or isinstance(lines, Scan):
            image = QImage(1100, 60 + height * len(lines or []), QImage.Format.Format_RGB32)
            image.fill(QColor("white"))
            p = QPainter(image)
            if lines is None:
                p.fillRect(50, 50, 500, 200, QColor("black"))
            p.setFont(font)
            for i, line in enumerate(lines or []):
                p.drawText(QRectF(20, 20 + i * height, 1080, height), int(Qt.AlignmentFlag.AlignLeft), line)
            p.end()
            painter.drawImage(QRectF(0, 0, image.width(), image.height()), image)
            continue
        for i, line in enumerate(lines):
            painter.drawText(QRectF(0, i * height, 1100, height), int(Qt.AlignmentFlag.AlignLeft), line)
    painter.end()


def make_docx(path, paragraphs: list[str], table: list[list[str]] | None = None,
              header: str | None = None, footer: str | None = None, comment: str | None = None) -> None:
    import docx

    d = docx.Document()
    for i, text in enumerate(paragraphs):
        p = d.add_paragraph(text)
        if comment and i == 0:
            d.add_comment(p.runs, text=comment, author="审核人")
        if table and i == 0:
            t = d.add_table(rows=len(table), cols=len(table[0]))
            for r, row in enumerate(table):
                for c, cell in enumerate(row):
                    t.cell(r, c).text = cell
    if header:
        d.sections[0].header.paragraphs[0].text = header
    if footer:
        d.sections[0].footer.paragraphs[0].text = footer
    d.save(str(path))
