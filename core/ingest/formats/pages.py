"""Page text to article text: running headers, footers and page numbers out, lines into paragraphs.

PDF text (and OCR) comes as lines as they were laid out on each page. A paragraph goes on over
line ends (no space between CJK lines), until a line ends a sentence (。！？：；) or stops short
of the page's usual line length. Lines that repeat at the top or bottom of most pages (a title, a
unit's name; the first line of page 1 stays, as the document's title) and page numbers in any of the usual forms (— 3 —, 第3页 共12页, - 3 -, 3/12, a bare
number) are dropped. Linear in the text.
"""
from __future__ import annotations

import re
from collections import Counter

_PAGE_NUMBER = re.compile(
    r"""^(?:
        [-—–－_~·•\s]*[0-9０-９]{1,4}[-—–－_~·•\s]*
      | [-—–－\s]*[一二三四五六七八九十百零〇]{1,5}[-—–－\s]*
      | 第\s*[0-9０-９]{1,4}\s*[页頁](?:\s*[,，/]?\s*共\s*[0-9０-９]{1,4}\s*[页頁])?
      | 共\s*[0-9０-９]{1,4}\s*[页頁]\s*第\s*[0-9０-９]{1,4}\s*[页頁]
      | [0-9０-９]{1,4}\s*/\s*[0-9０-９]{1,4}
      | (?:Page|PAGE|page)\s*[0-9]{1,4}(?:\s*(?:of|/)\s*[0-9]{1,4})?
    )$""",
    re.X,
)
_ENDS_PARAGRAPH = re.compile(r"[。！？：；!?:;…”」』）)]$")
_CJK_END = re.compile(r"[\u2e80-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]$")
_CJK_START = re.compile(r"^[\u2e80-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]")
_EDGE = 2  # lines at the top and bottom of a page that may be running headers or footers


_LETTER_SPACED = re.compile(r"(?<=[\u3400-\u9fff]) {1,3}(?=[\u3400-\u9fff])")


def _unspace(line: str) -> str:
    """Titles set with spaces between characters (关 于 印 发) read as words again."""
    return _LETTER_SPACED.sub("", line)


def is_page_number(line: str) -> bool:
    return bool(_PAGE_NUMBER.match(line.strip()))


def _shape(line: str) -> str:
    """A header line with its page number made neutral, for counting repeats."""
    return re.sub(r"[0-9０-９]+", "#", re.sub(r"\s+", "", line))


def strip_running_lines(pages: list[list[str]]) -> list[list[str]]:
    """Drop page numbers and lines repeated at the top (or the bottom) of most pages."""
    pages = [[_unspace(ln.strip()) for ln in page if ln.strip()] for page in pages]
    tops: Counter[str] = Counter()
    bottoms: Counter[str] = Counter()
    for page in pages:
        tops.update({_shape(ln) for ln in page[:_EDGE] if _may_run(ln)})
        bottoms.update({_shape(ln) for ln in page[-_EDGE:] if _may_run(ln)})
    with_text = sum(1 for p in pages if p)
    need = max(2, 0.6 * with_text)
    repeated = ({s for s, n in tops.items() if n >= need}, {s for s, n in bottoms.items() if n >= need})
    out = []
    for n, page in enumerate(pages):
        keep: list[str | None] = list(page)
        # the first line of the first page is the document's own title, even when it runs on
        title = 1 if n == 0 and keep and not is_page_number(page[0]) else 0
        top = range(title, min(_EDGE, len(keep)))
        bottom = range(len(keep) - 1, max(len(keep) - 1 - _EDGE, title - 1), -1)
        for edge, runs in ((top, repeated[0]), (bottom, repeated[1])):
            for i in edge:
                ln = keep[i]
                if ln is None:
                    continue
                if is_page_number(ln) or _may_run(ln) and _shape(ln) in runs:
                    keep[i] = None
                else:
                    break  # only the outermost lines are running ones
        out.append([ln for ln in keep if ln is not None])
    return out


def _may_run(line: str) -> bool:
    """Running headers and footers are labels, not sentences."""
    return not _ENDS_PARAGRAPH.search(line) and len(line) <= 40


def join_pages(pages: list[list[str]]) -> tuple[str, list[int]]:
    """Paragraph text of all pages, and the offset where each page's text begins."""
    lengths = sorted(len(ln) for page in pages for ln in page)
    full = lengths[int(len(lengths) * 0.8)] if lengths else 0  # a full line of this document
    parts: list[str] = []
    size = 0
    starts: list[int] = []
    prev = ""
    for page in pages:
        page_start = None
        for ln in page:
            if prev:
                sep = "\n" if _ends(prev, full) else _glue(prev, ln)
                parts.append(sep)
                size += len(sep)
            if page_start is None:
                page_start = size
            parts.append(ln)
            size += len(ln)
            prev = ln
        starts.append(size if page_start is None else page_start)
    return "".join(parts), starts


def _ends(line: str, full: int) -> bool:
    return bool(_ENDS_PARAGRAPH.search(line)) or len(line) < 0.75 * full


def _glue(a: str, b: str) -> str:
    if _CJK_END.search(a) or _CJK_START.search(b) or a.endswith("-"):
        return ""
    return " "
