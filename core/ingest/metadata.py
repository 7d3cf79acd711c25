"""Title, publication date, source and region of a cleaned article."""
from __future__ import annotations

import datetime as dt
import email.utils
import re
from typing import Final

from core.ingest.boilerplate import Line
from core.ingest.region import find_region
from core.model import Metadata
from core.text import fastre
from core.text.numerals import parse_number
from core.text.script import fold_article, to_simplified

REGION_HEAD: Final = 2000
_DATE: Final = fastre.compile(r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?")
_DATE_LABEL: Final = fastre.compile(r"(?:发布时间|發布時間|发布日期|發佈日期|發布日期|日期|时间|時間)\s*[:：]\s*")
_SOURCE: Final = fastre.compile(r"(?:信息来源|信息來源|稿源|来源|來源)\s*[:：]\s*([^\s|｜:：]{2,30})")
_LEAVING: Final = fastre.compile(r"(?:您即将离开|您即將離開)[“\"「]([^”\"」]{2,30})[”\"」]")
# a news outlet's byline (新华网记者, 人民日报-客户端讯): 2 to 8 characters, then the tail
_OUTLET_NAME_END = r"(?:网|網|报|報|日报|日報|电视台|電視台|客户端|客戶端|新闻|新聞|通讯社|通訊社)(?:-[\u4e00-\u9fff]{2,10})?"
_BYLINE_END = r"\s*(?:首席|特约|特約)?(?:记者|記者|讯|訊)"
_OUTLET: Final = re.compile(rf"([\u4e00-\u9fff]{{2,8}}{_OUTLET_NAME_END}){_BYLINE_END}")
_OUTLET_TAIL: Final = fastre.compile(_OUTLET_NAME_END + _BYLINE_END)
_OUTLET_HEAD: Final = 8


_CN_DATE: Final = fastre.compile(r"([〇○零Ｏ一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日")
_FEED_DATE: Final = fastre.compile(r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun),\s+\d{1,2}\s+[A-Z][a-z]{2}\s+\d{4}\s+\d{1,2}:\d{2}(?::\d{2})?\s+(?:GMT|UTC|[+-]\d{4})")
_DATE_LABELLED: Final = fastre.compile(
    r"(?:发布时间|發布時間|发布日期|發佈日期|發布日期|发稿时间|發稿時間|发文日期|成文日期|更新时间|更新時間|日期|时间|時間)\s*[:：]\s*"
)
# a work report's delivery line (——2026年1月27日在…会议上), a bulletin's date line (（2013年3月20日）)
_DELIVERY: Final = fastre.compile(r"^\s*(?:[—－-]{1,2}|[（(])\s*(?:\d{4}\s*年|[〇○零一二三四五六七八九]{4}年)")
_DATE_LINE: Final = fastre.compile(r"^\s*[（(]?\s*(?:\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?|[〇○零Ｏ一二三四五六七八九]{4}年[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日)\s*[）)]?\s*$")
# the labels of a publication date on a web page, anywhere on it (not 日期 or 时间 alone: 会议时间)
_PUBLISHED: Final = fastre.compile(
    r"(?:发布时间|發布時間|发布日期|發佈日期|發布日期|发稿时间|發稿時間|发文日期|成文日期|更新时间|更新時間)\s*[:：]?\s*"
)
_CHINA: Final = dt.timezone(dt.timedelta(hours=8))


def _cn_int(s: str) -> int:
    return int(parse_number(s.replace("Ｏ", "〇").replace("O", "〇")))  # (a Latin O is often typed for 〇)


def parse_date(s: str) -> dt.date | None:
    """The first date written in ``s``: 2022年4月11日, 2022-04-11, 二〇二一年三月五日, or a feed
    timestamp (Thu, 09 Dec 2021 07:07:39 GMT, read in China's time zone)."""
    m = _FEED_DATE.search(s)
    if m:
        try:
            return email.utils.parsedate_to_datetime(m.group()).astimezone(_CHINA).date()
        except (TypeError, ValueError):
            return None
    m = _DATE.search(s)
    parts = (m.group(1), m.group(2), m.group(3)) if m else None
    if parts is None:
        c = _CN_DATE.search(s)
        try:
            parts = (_cn_int(c.group(1)), _cn_int(c.group(2)), _cn_int(c.group(3))) if c else None
        except ValueError:
            return None
    if parts is None:
        return None
    try:
        return dt.date(int(parts[0]), int(parts[1]), int(parts[2]))
    except (TypeError, ValueError):
        return None


def published_date(text: str) -> dt.date | None:
    """The first valid date written right after a publication label (发布时间：2023年5月6日)."""
    for m in _PUBLISHED.finditer(text):
        s = text[m.end() : m.end() + 24]
        if _DATE.match(s) or _CN_DATE.match(s):
            date = parse_date(s)
            if date:
                return date
    return None


def find_date(raw_text: str, text: str, lines: list[Line]) -> tuple[dt.date | None, str | None]:
    """The article's date and the line it was read from.

    In order: a date line the cleaning kept as metadata (发布时间：…, a leading date), then among
    the first lines a feed timestamp, a labelled date, a delivery line (——2026年1月27日在…) or a
    line that is only a date ((2013年3月20日)), then a signature date among the last lines."""
    for ln in lines:
        if ln.kind != "meta":
            continue
        s = raw_text[ln.start:ln.end].strip()
        if _DATE_LABEL.search(s) or _DATE.fullmatch(s[:10]) or _DATE.match(s) or _FEED_DATE.search(s):
            date = parse_date(s)
            if date:
                return date, s
    body = [s.strip() for s in text.split("\n") if s.strip()]
    for s in body[:8]:
        if len(s) <= 120 and (_FEED_DATE.search(s) or _DATE_LABELLED.search(s) or _DELIVERY.match(s) or _DATE_LINE.match(s)):
            date = parse_date(s)
            if date:
                return date, s
    for s in reversed(body[-4:]):  # the signature (落款) closes the document
        if _DATE_LINE.match(s):
            date = parse_date(s)
            if date:
                return date, s
    return None, None


def outlet(text: str) -> re.Match | None:
    """``_OUTLET.search(text)``, found from the byline's tail: the pattern opens with any Chinese
    character, so the engine tried it in full at nearly every one (0.3 ms an article). A match
    starts 2 to 8 Chinese characters before a tail; the first tail with two before it gives the
    leftmost (a later tail's characters reach no further back: they are the same run)."""
    m = _OUTLET_TAIL.search(text)
    while m is not None:
        e = s = m.start()
        while s > max(0, e - _OUTLET_HEAD) and "\u4e00" <= text[s - 1] <= "\u9fff":
            s -= 1
        if e - s >= 2:
            return _OUTLET.match(text, s)
        m = _OUTLET_TAIL.search(text, e + 1)
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
    return 4 <= len(s) <= 80 and not s.endswith(("。", "；", ";")) and s.count("，") + s.count(",") <= 2


def extract(raw_text: str, text: str, lines: list[Line]) -> Metadata:
    """``raw_text``/``lines`` are the repaired text before chrome was dropped; ``text`` the cleaned one."""
    meta_lines = [raw_text[ln.start:ln.end] for ln in lines if ln.kind == "meta"]
    date, date_line = find_date(raw_text, text, lines)
    source = None
    for s in meta_lines:
        m = _SOURCE.search(s)
        if m:
            source = m.group(1).strip()
            break
    if source is None:
        m = _LEAVING.search(raw_text) or outlet(text)
        source = m.group(1) if m else None
    title = _title(raw_text, lines)
    # the area an article is about is named early: the head is enough and keeps loading fast
    region, region_line = find_region(fold_article(text)[:REGION_HEAD], to_simplified(title) if title else None,
                                      shown=(text[:REGION_HEAD], title))
    return Metadata(title=title, date=date, source=source, region=region, date_line=date_line, region_line=region_line)
