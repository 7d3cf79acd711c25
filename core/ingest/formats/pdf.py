"""PDF: the text layer page by page (PDFium), laid out into paragraphs; OCR for scanned pages.

A page without a text layer is read by OCR when the optional engine is installed (the ``ocr``
extra), else the load says what to install. Password-protected, damaged and truncated files get
a message saying so. ``progress`` is told of every page and can cancel a long file.
"""
from __future__ import annotations

import hashlib
import re

from core.ingest.formats import ocr
from core.ingest.formats.pages import join_pages, strip_running_lines
from core.ingest.formats.source import FormatError, Progress, Source, report
from core.text.radicals import fold_radicals

KIND = "pdf"
SUFFIXES = (".pdf",)
MAX_PAGES = 5000
_MIN_PAGE_TEXT = 8  # fewer non-space characters than this: the page is an image


def sniff(data: bytes) -> bool:
    return b"%PDF-" in data[:1024]


def read(data: bytes, progress: Progress | None = None) -> Source:
    import pypdfium2 as pdfium

    if not sniff(data):
        raise FormatError("not a PDF file (no %PDF header)")
    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        raise FormatError(_reason(str(exc))) from None
    try:
        total = len(pdf)
        if total == 0:
            raise FormatError("damaged PDF: no pages")
        if total > MAX_PAGES:
            raise FormatError(f"PDF has too many pages for an article ({total}; limit {MAX_PAGES})")
        pages: list[list[str]] = []
        scanned: list[int] = []
        for i in range(total):
            report(progress, i, total)
            lines = _page_lines(pdf, i)
            if sum(len(ln.strip()) for ln in lines) < _MIN_PAGE_TEXT:
                scanned.append(i)
            pages.append(lines)
        warnings = _read_scanned(pdf, pages, scanned, data, progress) if scanned else []
        report(progress, total, total)
        title = _title(pdf)
    finally:
        pdf.close()
    text, starts = join_pages(strip_running_lines(pages))
    if not text.strip():
        raise FormatError("PDF holds no text")
    return Source(text=text, encoding=KIND, kind=KIND, page_starts=starts, title=title, warnings=warnings)


def _read_scanned(pdf, pages: list[list[str]], scanned: list[int], data: bytes, progress) -> list[str]:
    """OCR the pages without a text layer when the engine is there; else say what to install.

    Returns warnings; raises FormatError when no page has text at all."""
    total = len(pages)
    if not ocr.available():
        if len(scanned) == total:
            raise FormatError(f"scanned PDF without a text layer; install the OCR extra: {ocr.INSTALL}")
        numbers = ", ".join(str(i + 1) for i in scanned[:10]) + ("…" if len(scanned) > 10 else "")
        return [f"pages without a text layer were left out ({numbers}); install the OCR extra: {ocr.INSTALL}"]
    digest = hashlib.sha1(data).hexdigest()  # the reader re-opens files: OCR each page once
    for i in scanned:
        report(progress, i, total)
        try:
            pages[i] = ocr.read_page(pdf[i], key=(digest, i))
        except Exception as exc:  # an engine that is installed but cannot run here (models missing)
            failure = f"the OCR engine failed ({type(exc).__name__}: {exc})"
            if len(scanned) == total:
                raise FormatError(f"scanned PDF without a text layer; {failure}") from None
            return [f"pages without a text layer were left out; {failure}"]
    return []


def _page_lines(pdf, i: int) -> list[str]:
    page = pdf[i]
    try:
        textpage = page.get_textpage()
        try:
            text = textpage.get_text_bounded()
        finally:
            textpage.close()
    except Exception:  # PDFium reports a page it cannot parse by a generic error
        return []
    finally:
        page.close()
    # fonts' ToUnicode maps often give radicals (⻓ U+2ED3) for ideographs (长)
    text = _CONTROLS.sub("", fold_radicals(text).replace("\r\n", "\n").replace("\r", "\n"))
    return text.split("\n")


# controls and the non-characters PDFium uses for soft hyphens and unmapped glyphs
_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u00ad\ufffe\uffff]")


def _title(pdf) -> str | None:
    try:
        title = (pdf.get_metadata_dict().get("Title") or "").strip()
    except Exception:
        return None
    # producers fill the field with file names and tool names; keep only a real headline
    if not re.search(r"[\u4e00-\u9fff]{4}", title) or re.search(r"\.(?:docx?|wps|pdf)$|Microsoft", title, re.I):
        return None
    return title


def _reason(message: str) -> str:
    low = message.lower()
    if "password" in low or "security" in low:
        return "password-protected PDF (it cannot be opened without its password)"
    if "format" in low or "header" in low or "file" in low or "data" in low:
        return "damaged or truncated PDF (PDFium cannot read it)"
    return f"damaged PDF ({message})"
