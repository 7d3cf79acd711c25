"""Saved web pages: charset from the page's <meta>, text and metadata from trafilatura."""
from __future__ import annotations

import codecs
import datetime as dt
import logging
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from html import unescape

from core.ingest.encoding import DecodeError, decode
from core.ingest.metadata import published_date

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", re.I)
_HTML_START = re.compile(r"^\s*(?:<!doctype\s+html|<html|<head|<meta|<body|<\?xml[^>]*>\s*<html)", re.I)


@dataclass(frozen=True, slots=True)
class Page:
    """A web page's article text and metadata. The date costs a search of the whole page, so it is
    a function (``date_of``), called only when the article itself has no date line."""

    text: str
    encoding: str
    title: str | None
    source: str | None
    date_of: Callable[[], dt.date | None]


def looks_like_html(text: str) -> bool:
    head = text[:2048]
    if _HTML_START.match(head):
        return True
    if "<" not in head:
        return False  # (most articles: no lower-casing, no counting)
    head = head.lower()
    return head.count("<p") + head.count("<div") >= 3


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


def _as_date(raw) -> dt.date | None:
    if not raw:
        return None
    try:
        return dt.date.fromisoformat(str(raw)[:10])
    except ValueError:
        return None


@lru_cache(maxsize=1)
def _date_params() -> dict:
    """The date search settings trafilatura's own metadata extraction uses (made once: ~0.2 ms)."""
    from trafilatura import metadata as tm
    from trafilatura.settings import Extractor

    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)  # (once: setLevel clears every logger's cache)
    options = Extractor(output_format="python", with_metadata=True, comments=False, tables=True, recall=True)
    return {**options.date_params} if options.date_params else tm.set_date_params(options.fast)


def extract_page(html: str, encoding: str) -> Page:
    """Text, title and source as ``trafilatura.bare_extraction(with_metadata=True)`` gives them
    (the same calls, on one parsed tree), with the date search deferred to first use."""
    import trafilatura
    from trafilatura import metadata as tm
    from trafilatura.utils import load_html

    date_params = _date_params()  # (also quietens trafilatura's logger, before it runs)
    tree = load_html(html)
    if tree is None:
        raise DecodeError("web page holds no article text")
    text = plain_article(tree)
    if text is None:
        # the text, from a copy of the tree (bare_extraction copies a tree it is given)
        doc = trafilatura.bare_extraction(
            tree, with_metadata=False, include_comments=False, include_tables=True, favor_recall=True
        )
        text = (getattr(doc, "text", None) or "").strip() if doc is not None else ""
    if not text:
        raise DecodeError("web page holds no article text")
    meta = _metadata(tree, tm)
    date_config = {**date_params, "url": meta.url, "extensive_search": False}

    def date_of() -> dt.date | None:
        # a publication label in the whole page's text first (发布时间：2023年5月6日: htmldate knows no
        # 年月日), then htmldate's quick searches (meta tags, JSON-LD, the URL, <time>, elements
        # named like dates). Its extensive search, a regex pass over the whole serialised page,
        # is left out: it cost more than the rest of the page's reading and knows no Chinese.
        return published_date(tree.text_content()) or _as_date(tm.find_date(tree, **date_config))

    source = meta.sitename or meta.hostname
    title = meta.title
    if title and not text.startswith(title):
        text = title + "\n" + text
    return Page(text=text, encoding=encoding, title=title, source=source, date_of=date_of)


# What makes an article "plain": paragraphs of text, at most wrapped in <span>s (trafilatura strips
# those), in the article or in wrappers inside it, with none of the marks trafilatura prunes by.
_PLAIN_ATTRIBUTES = frozenset({"class", "id", "itemprop", "style", "align", "dir", "lang"})
_HIDING = re.compile(r"none|hidden", re.I)
_MARKED = frozenset({"class", "id", "itemprop"})
_LONG_ENOUGH = 2500  # trafilatura compares longer texts with no other algorithm (favor_recall)


def plain_article(tree) -> str | None:
    """The text of a page whose article is plainly marked up, read directly; None for any other.

    The article is the element trafilatura's own body searches find first. When it holds nothing
    but paragraphs of text (no links, lists, tables, line breaks, headings or formatting), directly
    or inside wrappers, nothing trafilatura's pruning would remove, and more text than its
    short-text checks look at, trafilatura's result is those paragraphs, trimmed, less its "share
    on…" lines, which is what this returns (the same text: tests/test_web_pages.py compares the
    two on generated pages). It costs a tenth of trafilatura's run; everything else is left to
    trafilatura."""
    from trafilatura.utils import RE_FILTER, sanitize, trim
    from trafilatura.xpaths import BODY_XPATH

    removed = _removed_tags()
    for expr in BODY_XPATH:
        found = [e for e in expr(tree) if e is not None and e.tag not in removed
                 and next(e.iterancestors(*removed), None) is None]
        if found:
            break
    else:
        return None
    article = found[0]
    if not _plain_attributes(article):
        return None
    if any(_MARKED.intersection(e.attrib) for e in article.iterdescendants()) and any(
            prune(article) for prune in _pruning()):
        return None  # something inside that trafilatura would prune by its class or id
    body = article
    while len(body) == 1 and body[0].tag == "div" and not _has_text(body.text) and not _has_text(body[0].tail):
        body = body[0]  # a wrapper: div#content > div.TRS_Editor > p…
        if not _plain_attributes(body):
            return None
    if _has_text(body.text):
        return None
    lines: list[str] = []
    for p in body:
        if p.tag != "p" or _has_text(p.tail) or not _plain_attributes(p):
            return None
        for child in p.iterdescendants():
            if child.tag != "span" or not _plain_attributes(child):
                return None
        line = trim(p.text_content())
        if line and not RE_FILTER.match(line):
            if lines and line == lines[-1]:
                return None  # trafilatura drops some repeated paragraphs
            lines.append(line)
    if len(lines) < 2 or sum(map(len, lines)) + len(lines) - 1 <= _LONG_ENOUGH:
        return None
    return unescape(sanitize("\n".join(lines), True) or "").strip()


def _plain_attributes(element) -> bool:
    """Class, id and presentation only (what trafilatura prunes by them is tested apart)."""
    for name, value in element.attrib.items():
        if name not in _PLAIN_ATTRIBUTES or _HIDING.search(value):
            return False
    return True


def _has_text(s: str | None) -> bool:
    return bool(s) and not s.isspace()


@lru_cache(maxsize=1)
def _removed_tags() -> frozenset[str]:
    """The elements trafilatura's cleaning removes whole, with what they hold."""
    from trafilatura.settings import MANUALLY_CLEANED

    return frozenset(MANUALLY_CLEANED)


@lru_cache(maxsize=1)
def _pruning() -> tuple:
    """The searches by which trafilatura removes elements from inside an article before reading it."""
    from trafilatura.xpaths import OVERALL_DISCARD_XPATH, RAW_TREE_PRUNE_XPATH, REMOVE_COMMENTS_AND_LISTS_XPATH

    return (*OVERALL_DISCARD_XPATH, *RAW_TREE_PRUNE_XPATH, *REMOVE_COMMENTS_AND_LISTS_XPATH)


def _metadata(tree, tm):
    """trafilatura's ``extract_metadata`` for what the loader reads (title, site, host), no date."""
    md = tm.examine_meta(tree)
    if md.author and " " not in md.author:
        md.author = None
    try:
        md = tm.extract_meta_json(tree, md)
    except Exception:  # trafilatura's own guard around its JSON-LD reader
        pass
    if not md.title:
        md.title = tm.extract_title(tree)
    if not md.url:
        md.url = tm.extract_url(tree, None)
    if md.url:
        md.hostname = tm.extract_domain(md.url, fast=True)
    if not md.sitename:
        md.sitename = tm.extract_sitename(tree)
    if md.sitename:
        md.sitename = md.sitename.lstrip("@")
        if md.sitename and "." not in md.sitename and not md.sitename[0].isupper():
            md.sitename = md.sitename.title()
    elif md.url:
        m = tm.META_URL.match(md.url)
        if m:
            md.sitename = m[1]
    md.clean_and_trim()
    return md
