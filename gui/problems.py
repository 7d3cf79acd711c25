"""Problems as the interface language says them: core's reasons (English) translated."""
from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication


def tr(text: str) -> str:
    return QCoreApplication.translate("Problems", text)


def explain(reason: str) -> str:
    """A LoadError reason in the interface language (unknown reasons are shown as they are)."""
    fixed = {
        "no such file": tr("no such file"),
        "no such file or folder": tr("no such file or folder"),
        "is a directory": tr("is a directory"),
        "permission denied": tr("permission denied"),
        "empty file": tr("empty file"),
        "file holds no text": tr("the file holds no text"),
        "binary data (NUL bytes), not a text article": tr("binary data, not a text article"),
        "cannot determine the text encoding (not UTF-8, UTF-16, GB18030 or Big5)":
            tr("cannot determine the text encoding (not UTF-8, UTF-16, GB18030 or Big5)"),
        "web page holds no article text": tr("the web page holds no article text"),
        "no article text left after removing page chrome": tr("no article text is left after removing the page chrome"),
        "folder holds no articles (.txt, .html, .htm, .pdf, .docx)": tr("the folder holds no articles (.txt, .html, .htm, .pdf, .docx)"),
        "not a PDF file (no %PDF header)": tr("not a PDF file"),
        "damaged or truncated PDF (PDFium cannot read it)": tr("the PDF is damaged or truncated"),
        "password-protected PDF (it cannot be opened without its password)": tr("the PDF is password-protected"),
        "PDF holds no text": tr("the PDF holds no text"),
        "damaged or truncated Word file (not a readable .docx archive)": tr("the Word file is damaged or truncated"),
        "damaged or truncated Word file (its parts do not inflate)": tr("the Word file is damaged or truncated"),
        "password-protected Word file": tr("the Word file is password-protected"),
        "password-protected or old-format Word file (an encrypted .docx or a .doc); save it as an unprotected .docx":
            tr("the Word file is password-protected or in the old .doc format; save it as an unprotected .docx"),
        "old Word .doc format is not supported; save it as .docx": tr("the old Word .doc format is not supported; save it as .docx"),
        "Word document holds no text": tr("the Word document holds no text"),
        "not a Word document (the archive has no word/document.xml)": tr("not a Word document"),
        "loading was cancelled": tr("loading was cancelled"),
        "the file is no longer there": tr("the file is no longer there"),
    }
    if reason in fixed:
        return fixed[reason]
    m = re.fullmatch(r"file is too large for an article \(([\d.]+) MB; limit (\d+) MB\)", reason)
    if m:
        return tr("the file is too large for an article ({0} MB; limit {1} MB)").format(m.group(1), m.group(2))
    if reason.startswith("scanned PDF without a text layer; install the OCR extra"):
        return tr("scanned PDF without a text layer; install the OCR extra: {0}").format(reason.split(": ", 1)[-1])
    m = re.fullmatch(r"pages without a text layer were left out \((.+)\); install the OCR extra: (.+)", reason)
    if m:
        return tr("pages without a text layer were left out ({0}); install the OCR extra: {1}").format(m.group(1), m.group(2))
    m = re.fullmatch(r"(\d+) undecodable bytes replaced by \ufffd \((.+)\)", reason)
    if m:
        return tr("{0} undecodable bytes were replaced by � ({1}); they are marked in the text").format(m.group(1), m.group(2))
    if reason.startswith("mostly not text"):
        return tr("mostly not text: too many bytes do not decode in any text encoding")
    if reason.startswith("Word file refused"):
        return tr("the Word file was refused as unsafe: {0}").format(reason.split(": ", 1)[-1])
    m = re.fullmatch(r"undecodable bytes at offset (\d+) \(not valid in its encoding, (.+)\)", reason)
    if m:
        return tr("undecodable bytes at offset {0} (not valid in its encoding, {1})").format(m.group(1), m.group(2))
    return reason
