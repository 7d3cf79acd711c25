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
        "folder holds no articles (.txt, .html, .htm)": tr("the folder holds no articles (.txt, .html, .htm)"),
        "the file is no longer there": tr("the file is no longer there"),
    }
    if reason in fixed:
        return fixed[reason]
    m = re.fullmatch(r"file is too large for an article \(([\d.]+) MB; limit (\d+) MB\)", reason)
    if m:
        return tr("the file is too large for an article ({0} MB; limit {1} MB)").format(m.group(1), m.group(2))
    m = re.fullmatch(r"undecodable bytes at offset (\d+) \(not valid in its encoding, (.+)\)", reason)
    if m:
        return tr("undecodable bytes at offset {0} (not valid in its encoding, {1})").format(m.group(1), m.group(2))
    return reason
