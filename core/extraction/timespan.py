"""A period phrase as written (今年一季度, 1—7月, “十四五”期间, 2018/19年度) resolved to dates.

``resolve(phrase, anchor, year)`` gives a ``Span``: a normalised label (2022年一季度, 2022年1-5月,
2016-2020年, 2018/19财政年度) and the first and last day, inclusive. ``anchor`` is the article's
date; without one, relative phrases (今年, 去年, 一季度) stand on ``year``, the latest explicit year
stated before the figure; without either they stay unresolved. Today's date is never used.

Phrases are expected folded (half-width, Simplified), as the extraction reads them.
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Final

from core.text import fastre
from core.text.numerals import parse_number


@dataclass(frozen=True, slots=True)
class Span:
    label: str
    start: dt.date | None
    end: dt.date | None

    @property
    def iso(self) -> tuple[str | None, str | None]:
        return (self.start.isoformat() if self.start else None, self.end.isoformat() if self.end else None)


FROM_WORD: Final = re.compile(r"^(?:截至|截止到|截止|自|从|在)")
SINCE_WORD: Final = re.compile(r"(?:以来|期间|时期|内|起|份以来)$")
HORIZON: Final = re.compile(r"^(?:到|至)")


def cn_number(s: str) -> int | None:
    """1-99 written in digits or Chinese numerals (十二, 二十, 五), or None."""
    try:
        return int(parse_number(s))
    except ValueError:
        return None


def _month_end(y: int, m: int) -> dt.date:
    return dt.date(y, m, calendar.monthrange(y, m)[1])


def _year(y: int) -> Span:
    return Span(f"{y}年", dt.date(y, 1, 1), dt.date(y, 12, 31))


def _years(a: int, b: int) -> Span:
    return Span(f"{a}-{b}年", dt.date(a, 1, 1), dt.date(b, 12, 31)) if a < b else _year(a)


def _fiscal(y: int) -> Span:
    """A Hong Kong fiscal year: 1 April to 31 March."""
    return Span(f"{y}/{(y + 1) % 100:02d}财政年度", dt.date(y, 4, 1), dt.date(y + 1, 3, 31))


def _months(y: int, a: int, b: int) -> Span | None:
    if not (1 <= a <= b <= 12):
        return None
    label = f"{y}年{a}月" if a == b else f"{y}年{a}-{b}月"
    return Span(label, dt.date(y, a, 1), _month_end(y, b))


def _point(d: dt.date, label: str) -> Span:
    return Span(label, d, d)


def five_year_plan(n: int) -> tuple[int, int] | None:
    """The years of the n-th five-year plan (十四五 = 14 → 2021-2025); from the 3rd on, 1966 + 5(n-3)."""
    if n < 3:
        return (1953, 1957) if n == 1 else (1958, 1962) if n == 2 else None
    start = 1966 + 5 * (n - 3)
    return (start, start + 4)


# the part of a year a phrase names, after any year: (pattern, months from, months to, label)
_NUM: Final = r"(\d{1,2}|[一二两三四五六七八九十]{1,3})"
_SUB: Final = [
    (fastre.compile(r"^(?:前三季度|前3季度|1-3季度)"), 1, 9, "前三季度"),
    (fastre.compile(r"^(?:上半年|前两季度)"), 1, 6, "上半年"),
    (fastre.compile(r"^下半年"), 7, 12, "下半年"),
    (fastre.compile(r"^(?:一季度|1季度|第一季度?|首季度?|第1季度?)"), 1, 3, "一季度"),
    (fastre.compile(r"^(?:二季度|2季度|第二季度?|第2季度?)"), 4, 6, "二季度"),
    (fastre.compile(r"^(?:三季度|3季度|第三季度?|第3季度?)"), 7, 9, "三季度"),
    (fastre.compile(r"^(?:四季度|4季度|第四季度?|第4季度?)"), 10, 12, "四季度"),
]
_CUMULATIVE: Final = fastre.compile(rf"^(?:{_NUM}月?(?:份)?\s*(?:-|—|–|~|至|到)\s*{_NUM}月(?:份)?|(?:首|前){_NUM}个?月)")
_MONTH: Final = fastre.compile(rf"^{_NUM}月(?:份)?(?:(\d{{1,2}}|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])日)?(末|底)?")
_YEAR_END: Final = fastre.compile(r"^(?:年底|年末|末|底)")
_YEAR: Final = fastre.compile(r"(\d{4})\s*年")
_YEAR_RANGE: Final = fastre.compile(r"(\d{4})\s*(?:-|—|–|~|至|到)\s*(\d{4})\s*年")
_FISCAL: Final = fastre.compile(r"(\d{4})\s*(?:-|—|–|/|至)\s*(\d{2}|\d{4})\s*(?:财政)?年度|(\d{4})\s*/\s*(\d{2})\s*年")
_PLAN: Final = fastre.compile(r"十([一二三四五六七八九])五")
_PAST_N: Final = fastre.compile(rf"(?:过去|近|前|最近|连续){_NUM}年")
_NEXT_N: Final = fastre.compile(rf"(?:未来|今后|此后){_NUM}年")
_SPAN_N: Final = re.compile(rf"{_NUM}年来$")  # 五年来: the years before the article's (短短的两年时间 is a length)
_RELATIVE_YEAR: Final = tuple(sorted({"今年": 0, "本年": 0, "当年": 0, "全年": 0, "年内": 0, "本年度": 0, "去年": -1, "上年": -1, "上一年": -1,
                  "前年": -2, "明年": 1, "来年": 1, "下年": 1}.items(), key=lambda kv: -len(kv[0])))  # longest first


def resolve(phrase: str | None, anchor: dt.date | None, year: int | None = None, fiscal: bool = False) -> Span | None:
    """The dates a period phrase means; None when it names no fixed time (近年, 每年, 近期)."""
    if not phrase:
        return None
    return _resolve(phrase.strip("“”\"'「」 "), anchor, year, fiscal)


@lru_cache(maxsize=4096)
def _resolve(p: str, anchor: dt.date | None, year: int | None, fiscal: bool) -> Span | None:
    base = anchor.year if anchor else year
    p = FROM_WORD.sub("", p)
    p = SINCE_WORD.sub("", p) or p
    horizon = HORIZON.match(p)
    if horizon:
        p = p[horizon.end():]

    m = _FISCAL.search(p)
    if m:
        return _fiscal(int(m.group(1) or m.group(3)))
    if "年度" in p and fiscal and re.search(r"(?:本|今|上|下|新)(?:一个)?(?:财政)?年度", p):
        return _fiscal_relative(p, anchor, year)
    m = _PLAN.search(p)
    if m:
        years = five_year_plan(10 + int(parse_number(m.group(1))))
        return _years(*years) if years else None
    m = _YEAR_RANGE.search(p)
    if m:
        return _years(int(m.group(1)), int(m.group(2)))
    m = _PAST_N.search(p) or _SPAN_N.match(p)
    if m:
        n = cn_number(m.group(1))
        ref = base if not p.startswith("连续") else (year or (anchor.year - 1 if anchor else None))
        if not n or ref is None:
            return None
        last = ref - 1 if not p.startswith("连续") else ref
        return _years(last - n + 1, last)
    m = _NEXT_N.search(p)
    if m:
        n = cn_number(m.group(1))
        if not n or anchor is None:
            return None
        end = _add_years(anchor, n) - dt.timedelta(days=1)
        return Span(f"{anchor.year}-{end.year}年", anchor, end)  # (the dates say from which day)
    if p in ("目前", "当前", "现时", "现在", "截至目前", "迄今", "至今", "本周") or p.startswith("目前"):
        return _point(anchor, anchor.isoformat()) if anchor else None
    if p in ("本月", "当月", "上月", "上个月"):
        if anchor is None:
            return None
        ay, mo = anchor.year, anchor.month
        if p.startswith("上"):
            ay, mo = (ay - 1, 12) if mo == 1 else (ay, mo - 1)
        return _months(ay, mo, mo)

    # an explicit year, or a relative one, then the part of the year
    y: int | None = None
    rest = p
    m = _YEAR.match(p)
    if m:
        y, rest = int(m.group(1)), p[m.end():]
    else:
        for word, delta in _RELATIVE_YEAR:
            if p.startswith(word):
                # 全年/当年 are the year under discussion (2021年，…全年…), 今年/去年 count from the article's date
                ref = (year or base) if word in ("全年", "当年", "年内") else base
                if ref is None:
                    return None
                y, rest = ref + delta, p[len(word):]
                break
    implicit = y is None
    if implicit:
        # 年末 and the like, named alone, belong to the year under discussion (a bulletin's 2023)
        y = (year or base) if _YEAR_END.match(p) else base
    if y is None:
        return None
    rest = rest.strip()
    if rest.startswith("度"):  # 2022年度
        rest = rest[1:]
    span = _part_of_year(y, rest)
    if span is None:
        return None
    if horizon and not implicit and anchor is not None and anchor.year <= y and span.end and span.end > anchor:
        # 到2025年 in a plan: from the article's date to the horizon
        return Span(f"{anchor.year}-{y}年" if anchor.year < y else span.label, anchor, span.end)
    if implicit and anchor is not None and span.start and span.start > anchor and not _YEAR_END.match(rest):
        # a part of the year named alone, later than the article: last year's (a January report's 四季度)
        span = _part_of_year(y - 1, rest)
    return span


def _part_of_year(y: int, rest: str) -> Span | None:
    if rest in ("", "全年", "年", "年度", "全年度", "以来", "年初以来"):
        return _year(y)
    for pattern, a, b, name in _SUB:
        m = pattern.match(rest)
        if m:
            tail = rest[m.end():]
            if tail.startswith(("末", "底")):
                return _point(_month_end(y, b), f"{y}年{name}末")
            return Span(f"{y}年{name}", dt.date(y, a, 1), _month_end(y, b))
    m = _CUMULATIVE.match(rest)
    if m:
        if m.group(3):
            n = cn_number(m.group(3))
            return _months(y, 1, n) if n else None
        lo, hi = cn_number(m.group(1)), cn_number(m.group(2))
        return _months(y, lo, hi) if lo and hi else None
    m = _MONTH.match(rest)
    if m:
        mo = cn_number(m.group(1))
        if not mo or not 1 <= mo <= 12:
            return None
        if m.group(2):
            day = cn_number(m.group(2))
            try:
                return _point(dt.date(y, mo, day or 0), f"{y}年{mo}月{day}日")
            except ValueError:
                return None
        if m.group(3):
            return _point(_month_end(y, mo), f"{y}年{mo}月末")
        return _months(y, mo, mo)
    if _YEAR_END.match(rest):
        return _point(dt.date(y, 12, 31), f"{y}年末")
    if rest.startswith(("年初", "初")):
        return _point(dt.date(y, 1, 1), f"{y}年初")
    return None


def _fiscal_relative(p: str, anchor: dt.date | None, year: int | None) -> Span | None:
    """本年度 / 上年度 / 下年度 in a Hong Kong budget: fiscal years running April to March.

    The year in progress at the anchor date is "this year" (a February budget closes it); 新/下年度 is
    the one after; a budget (预算) of 本年度 in January-March is the year being proposed."""
    if anchor is None:
        return _fiscal(year) if year else None
    current = anchor.year if anchor.month >= 4 else anchor.year - 1
    if p.startswith(("上", "去")):
        return _fiscal(current - 1)
    if p.startswith(("下", "新", "明")) or "预算" in p:
        return _fiscal(current + 1)
    return _fiscal(current)


def _add_years(d: dt.date, n: int) -> dt.date:
    try:
        return d.replace(year=d.year + n)
    except ValueError:  # 29 February
        return d.replace(year=d.year + n, day=28)
