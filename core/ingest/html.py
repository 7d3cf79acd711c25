"""Saved web pages: charset from the page's <meta>, text and metadata from trafilatura."""
from __future__ import annotations

import codecs
import datetime as dt
import logging
import re
from dataclasses import dataclass

from core.ingest.encoding import DecodeError, decode

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", re.I)
_HTML_START = re.compile(r"^\s*(?:<!doctype\s+html|<html|<head|<meta|<body|<\?xml[^>]*>\s*<html)", re.I)


@dataclass(frozen=True, slots=True)
class Page:
    text: str
    encoding: str
    title: str | None
    date: dt.date | None
    source: str | None


def looks_like_html(text: str) -> bool:
    head = text[:2048]
    return bool(_HTML_START.match(head)) or (head.lower().count("<p") + head.lower().count("<div")) >= 3


def decode_html(data: bytes) -> tuple[str, str]:
    """Honour the page's declared charset when it decodes the bytes; otherwise detect."""
    m = _META_CHARSET.search(data[:4096])
    if m and not data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        name = m.group(1).decode("ascii").lower()
        name = {"gb2312": "gb18030", "gbk": "gb18030", "big5": "big5hkscs"}.get(name, name)
        try:
            return data.decode(name), name
        except (LookupError, UnicodeDecodeError):
            pass
    return decode(data)


def extract_page(html: str, encoding: str) -> Page:
    import trafilatura

    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
    doc = trafilatura.bare_extraction(
        html, with_metadata=True, include_comments=False, include_tables=True, favor_recall=True
    )
    text = (getattr(doc, "text", None) or "").strip() if doc is not None else ""
    if not text:
        raise DecodeError("web page holds no article text")
    date = None
    raw_date = getattr(doc, "date", None)
    if raw_date:
        try:
            date = dt.date.fromisoformat(str(raw_date)[:10])
        except ValueError:
            date = None
    source = getattr(doc, "sitename", None) or getattr(doc, "hostname", None)
    title = getattr(doc, "title", None)
    if title and not text.startswith(title):
        text = title + "\n" + text
    return Page(text=text, encoding=encoding, title=title, date=date, source=source)
