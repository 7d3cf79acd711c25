"""The period that governs a figure, and its dates.

Articles state a period once and let it govern what follows. A figure takes, from nearest to
farthest: a period written earlier in its own sentence; else one written earlier in its
paragraph; else the nearest *governing* statement before it: a period opening a sentence
(``2022年，…``, ``过去一年，…``), in a heading (``一、2025年工作回顾``), in the lead sentence or in
the title. A period word deeper inside an earlier paragraph (``金心异认为，过去几年…``) governs
only its own paragraph, so it does not leak into a passage about another time. Comparison bases
(比上年, 较去年的, 同期) are not periods of the figures they compare, but they are the period of the
base value itself (较去年的3.6%: last year's); and a share of people takes the time its clause speaks
of after the figure (六成企业未决定明年是否加薪).
"""
from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left
from typing import Final

from core.extraction.clause import TextView
from core.extraction.grammar import Quantity
from core.extraction.timespan import Span, resolve
from core.text import fastre

COMPARISON_BEFORE: Final = fastre.compile(r"(?:比|较|是|为|[高低快慢多少大小]于|超过|与|相比|对比|同)$")
COMPARISON_ENDS: Final = fastre.ends(COMPARISON_BEFORE)
HEADING_MAX: Final = 40
ATTRIBUTIVE: Final = fastre.compile(r"(?:去年|上年|前年|今年)[\u4e00-\u9fff]{2,6}的(?!\d)(?!(?:主要)?(?:预期)?(?:目标|任务|指标))")


OPENER: Final = re.compile(r"(?:[在从自]|其中|同时|此外|另外|而)?")
PERIOD_COMMA: Final = re.compile(r"(?:以来|期间|内|起)?[,，]")


def statements(t: TextView) -> list[re.Match]:
    """The periods stated above the paragraph level, in text order: the title's, the headings',
    the lead sentence's and those that open a sentence (``2022年，…``, ``过去一年，…``)."""
    f = t.f
    out: list[re.Match] = []
    lead_done = False
    for i, (p0, p1) in enumerate(t.para_bounds):
        line = f[p0:p1].strip()
        if not line:
            continue
        periods = t.periods[bisect_left(t.period_starts, p0) : bisect_left(t.period_starts, p1)]
        if len(line) <= HEADING_MAX and not SENTENCE_MARK.search(line) and line[0] not in "-•·*":
            out += [m for m in periods if _stated(t, m)]  # the title or a heading
            continue
        if not lead_done and "。" in line:
            lead_done = True  # the lead sentence: the first full sentence of the article
            s1 = t.sentence_of(p0)[1]
            lead = [m for m in periods if m.end() <= s1 and _stated(t, m)]
            out += lead if not lead or not _opens(t, lead[0]) else lead[:1]  # 过去一年，…完成全年目标: the opening one
        out += [m for m in periods if _opens(t, m) and _stated(t, m)]
    return sorted(set(out), key=lambda m: m.start())


SENTENCE_MARK: Final = re.compile(r"[。；;！？!?]")


def _stated(t: TextView, m: re.Match) -> bool:
    """Not a comparison base, a from-value's own time, or a stock at a date (截至3月底, 年末: its
    paragraph's own)."""
    return not _comparison(t, m) and t.f[m.start() - 1 : m.start()] not in ("由", "从") \
        and not m.group().startswith(("截至", "截止")) and not m.group().endswith(("末", "底"))


def _opens(t: TextView, m: re.Match) -> bool:
    """A period that opens its sentence: 2022年，… / 其中，今年1-5月，…"""
    f = t.f
    s0 = t.sentence_of(m.start())[0]
    return bool(OPENER.fullmatch(f, s0, m.start()) and PERIOD_COMMA.match(f, m.end(), m.end() + 4))


def _comparison(t: TextView, m: re.Match) -> bool:
    f = t.f
    return bool(
        f[m.start() - 1 : m.start()] in COMPARISON_ENDS and COMPARISON_BEFORE.search(f[max(0, m.start() - 2) : m.start()])
        or f.startswith(("同期", "同月", "水平"), m.end())
        or m.group() in ("上年", "去年", "前年", "上月") and f.startswith("的", m.end())
    )


TO_VALUE: Final = re.compile(r"到|至|为")


def _may_govern(t: TextView, m: re.Match) -> bool:
    """Not a comparison base (比上年) nor attributive (去年价格变动的翘尾影响: last year's changes,
    not a time for a figure): the same for every figure that looks back at ``m``."""
    return t.remember(("governs", m.start()), lambda: not _comparison(t, m) and not ATTRIBUTIVE.match(t.f, m.start()))


BASE_MARK: Final = fastre.compile(r"(?:比|较|[高低快慢多少]于|相比|对比|同)$")


def base_period(t: TextView, q: Quantity) -> re.Match | None:
    """The period of a comparison whose base value ``q`` is (较去年的3.6%, 比上年同期的5.2%,
    高于去年同期的水平: last year's figure, written to compare with this year's)."""
    k = bisect_left(t.period_starts, q.start) - 1
    if k < 0:
        return None
    m = t.periods[k]
    between = t.f[m.end() : q.start]
    if between not in ("的", "同期的", "同期") or q.unit == "倍":
        return None  # (是上年的1.5倍, 为上年的80%: a multiple or share of last year's, this year)
    return m if BASE_MARK.search(t.f, max(0, m.start() - 2), m.start()) else None


CLAUSE_STOP: Final = re.compile(r"[，,。；;！？!?\n]")


def _share_about(t: TextView, s0: int, q: Quantity) -> re.Match | None:
    """A share of people followed by what they say or do about a time (6成公司未决定明年是否加薪,
    8%机构表示预期来年会冻薪): that time, when the clause names none before the figure."""
    if q.unit != "%":
        return None
    f = t.f
    k = bisect_left(t.period_starts, q.end)
    if k == len(t.periods):
        return None
    m = t.periods[k]
    stop = CLAUSE_STOP.search(f, q.end)
    if stop is not None and stop.start() < m.end() or not _may_govern(t, m):
        return None
    c0 = t.clause_start(q.start, s0)
    return None if bisect_left(t.period_starts, c0) < bisect_left(t.period_starts, q.start) else m


def period_of(t: TextView, s0: int, q: Quantity) -> re.Match | None:
    """The period statement that governs the figure ``q`` of the sentence starting at ``s0``
    (for a comparison's base value, the comparison's period)."""
    f = t.f
    base = base_period(t, q) or _share_about(t, s0, q)
    if base is not None:
        return base

    def earlier(a: int, b: int) -> list[re.Match]:
        out = []
        for m in t.periods[bisect_left(t.period_starts, a) : bisect_left(t.period_starts, b)]:
            if m.end() > b or not _may_govern(t, m):
                continue
            if m.group().startswith("连续") and t.clause_start(b, a) > m.start():
                continue  # 连续三年 qualifies its own clause only
            if f[m.start() - 1 : m.start()] in ("由", "从") and TO_VALUE.search(f, m.end(), b):
                continue  # 由上月下降2.4%转为上涨1.6%: 上月 is the from-value's own time
            out.append(m)
        return out

    found = earlier(s0, q.start)
    if found:
        return found[-1]
    if s0 not in t.context_periods:  # the same for every figure of the sentence
        p0 = t.paragraph_of(q.start)[0]
        found = earlier(p0, s0)
        if found:
            t.context_periods[s0] = found[-1]
        else:
            if t.statements is None:
                t.statements = statements(t)
                t.statement_starts = [m.start() for m in t.statements]
            k = bisect_left(t.statement_starts, p0)
            t.context_periods[s0] = t.statements[k - 1] if k else None
    return t.context_periods[s0]


def latest_year(t: TextView, pos: int) -> int | None:
    """The latest four-digit year written before ``pos`` (the anchor of relative periods in an
    article without a date)."""
    k = bisect_left(t.year_starts, pos)
    return t.years[k - 1] if k else None


def resolved(t: TextView, m: re.Match | None, anchor: dt.date | None) -> Span | None:
    if m is None:
        return None
    if m.group() in ("本月", "当月", "上月") and anchor is not None:
        anchor = _month_reported(t, m.start(), anchor) or anchor
    return resolve(m.group(), anchor, latest_year(t, m.end()), t.fiscal)


def _month_reported(t: TextView, pos: int, anchor: dt.date) -> dt.date | None:
    """In a release commentary 本月 is the month the release reports (11月份 in a December
    article), not the month it was published: the latest single month named before ``pos``."""
    for m in reversed(t.periods[: bisect_left(t.period_starts, pos)]):
        span = resolve(m.group(), anchor, latest_year(t, m.end()), t.fiscal)
        if span and span.start and span.end and span.start.day == 1 and (span.end - span.start).days < 31 \
                and span.start.month == span.end.month:
            return span.end
    return None
