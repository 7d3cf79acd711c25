"""The briefing writers by format: ``docx`` and ``html`` here (pure Python), others plugged in.

PDF is drawn by Qt (the window's text engine embeds the CJK font and keeps the text selectable),
and core never imports Qt: the Qt side registers its writer with :func:`register` — the window
when it starts, the ``policylens`` launcher before it runs ``report`` — so ``core.cli.report``
asks for a format by name and never knows who draws it.
"""
from __future__ import annotations

from collections.abc import Callable

from core.report.model import Briefing

Writer = Callable[[Briefing, str], None]
FORMATS = ("docx", "pdf", "html")
_registered: dict[str, Writer] = {}


class FormatUnavailable(Exception):
    """No writer for a format in this process (PDF outside the ``policylens`` program)."""


def register(fmt: str, writer: Writer) -> None:
    _registered[fmt] = writer


def writer(fmt: str) -> Writer:
    if fmt in _registered:
        return _registered[fmt]
    if fmt == "docx":
        from core.report.docx import write_docx

        return write_docx
    if fmt == "html":
        from core.report.html import write_html

        return write_html
    if fmt == "pdf":
        raise FormatUnavailable("PDF briefings are drawn by Qt: run them through the policylens program "
                                "(policylens report … --format pdf), or write docx/html here")
    raise FormatUnavailable(f"unknown briefing format {fmt!r}; choose one of: {', '.join(FORMATS)}")


def write(b: Briefing, fmt: str, path: str) -> None:
    writer(fmt)(b, path)
