"""The period that governs a figure."""
from __future__ import annotations

import re
from bisect import bisect_left

from core.extraction.clause import TextView
from core.extraction.grammar import Quantity


def period_of(t: TextView, s0: int, q: Quantity) -> str | None:
    """The nearest period written earlier in the figure's sentence; else a topic period
    (``2021年，…``) earlier in the paragraph."""
    f = t.f

    def periods(a: int, b: int, topic: bool) -> list[re.Match]:
        out = []
        for m in t.periods[bisect_left(t.period_starts, a) : bisect_left(t.period_starts, b)]:
            if m.end() > b:
                continue
            if topic and f[m.end() : m.end() + 1] not in (",", "，"):
                continue
            if re.search(r"(?:比|较|是|为|[高低快慢多少大小]于|超过|与)$", f[max(0, m.start() - 2) : m.start()]) or f.startswith(
                ("同期", "同月"), m.end()
            ) or m.group() in ("上年", "去年", "前年") and f.startswith("的", m.end()):
                continue  # 比上年, 是上年的: a comparison base, not a period
            if m.group().startswith("连续") and t.clause_start(b, a) > m.start():
                continue  # 连续三年 qualifies its own clause only
            out.append(m)
        return out

    for a, b, topic in ((s0, q.start, False), (t.paragraph_of(q.start)[0], s0, True)):
        found = periods(a, b, topic)
        if found:
            return t.text[found[-1].start() : found[-1].end()]
    return None
