"""Title, publication date, source and region of a cleaned article."""
from __future__ import annotations

import datetime as dt
import re

from core.ingest.boilerplate import Line
from core.model import Metadata
from core.ingest.region import find_region
from core.text.script import to_simplified

REGION_HEAD = 2000
_DATE = re.compile(r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?")
_DATE_LABEL = re.compile(r"(?:发布时间|發布時間|发布日期|發佈日期|發布日期|日期|时间|時間)\s*[:：]\s*")
_SOURCE = re.compile(r"(?:信息来源|信息來源|稿源|来源|來源)\s*[:：]\s*([^\s|｜:：]{2,30})")
_LEAVING = re.compile(r"(?:您即将离开|您即將離開)[“\"「]([^”\"」]{2,30})[”\"」]")
_OUTLET = re.compile(
    r"([\u4e00-\u9fff]{2,8}(?:网|網|报|報|日报|日報|电视台|電視台|客户端|客戶端|新闻|新聞|通讯社|通訊社)(?:-[\u4e00-\u9fff]{2,10})?)\s*(?:首席|特约|特約)?(?:记者|記者|讯|訊)"
)


def parse_date(s: str) -> dt.date | None:
    m = _DATE.search(s)
    if not m:
        return None
    try:
        return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def _title(text: str, lines: list[Line]) -> str | None:
    kept = [ln for ln in lines if ln.kind in ("body", "meta")]
    # The headline is the body line just before the first meta line (date/source) ...
    for prev, ln in zip(kept, kept[1:]):
        if ln.kind == "meta" and prev.kind == "body":
            s = text[prev.start:prev.end].strip()
            if _headline_like(s):
                return s
            break
    # ... or the first body line when it reads as a headline.
    for ln in lines:
        if ln.kind == "body":
            s = text[ln.start:ln.end].strip()
            return s if _headline_like(s) else None
    return None


def _headline_like(s: str) -> bool:
    return 4 <= len(s) <= 80 and not re.search(r"[。；;]$", s) and s.count("，") + s.count(",") <= 2


def extract(raw_text: str, text: str, lines: list[Line]) -> Metadata:
    """``raw_text``/``lines`` are the repaired text before chrome was dropped; ``text`` the cleaned one."""
    meta_lines = [raw_text[ln.start:ln.end] for ln in lines if ln.kind == "meta"]
    date = None
    for s in meta_lines:
        if _DATE_LABEL.search(s) or _DATE.fullmatch(s.strip()[:10]) or _DATE.match(s.strip()):
            date = parse_date(s)
            if date:
                break
    source = None
    for s in meta_lines:
        m = _SOURCE.search(s)
        if m:
            source = m.group(1).strip()
            break
    if source is None:
        m = _LEAVING.search(raw_text) or _OUTLET.search(text)
        source = m.group(1) if m else None
    return Metadata(
        title=_title(raw_text, lines),
        date=date,
        source=source,
        # the area an article is about is named early: the head is enough and keeps loading fast
        region=find_region(to_simplified(text[:REGION_HEAD])),
    )
