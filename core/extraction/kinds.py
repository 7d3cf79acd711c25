"""The kind of a figure (growth, share, level, count, rank, target, change) and plans."""
from __future__ import annotations

import re
from typing import Final

from core.extraction import lexicon
from core.extraction.clause import Draft, TextView
from core.extraction.grammar import COUNT_UNITS, HAN, Quantity, ahead
from core.extraction.timespan import Span
from core.extraction.patterns import (
    GROWTH_WORDS,
    LEVEL_ENDS,
    LEVEL_NAME,
    LIST_BREAK,
    PERIOD,
    QUALIFIER_BEFORE,
    RANK_VERB,
    TARGET,
)
from core.model import Kind
from core.text import fastre
from core.text.numerals import magnitude_factor
from core.text.script import fold_short


BASE_VALUE: Final = fastre.compile(r"(?:比|较)[^,，。；;]{0,8}的$")
RATE_OF_CHANGE: Final = fastre.compile(r"(?:增速|增幅|涨幅|降幅|跌幅|增长率|增长速度|加薪幅度|减薪幅度|升幅)$")


GROWTH_BEFORE: Final = fastre.compile(rf"(?<!最)(?:{GROWTH_WORDS})了?(?:约|近|超过|超)?$")  # (最多, 最少: at most, at least)
GROWTH_ENDS: Final = fastre.ends(GROWTH_BEFORE)  # (a set lookup before the search, which mostly finds nothing)


def kind_of(q: Quantity, left: str, name: str, qualifier: str, compared: bool, after: str = "") -> Kind:
    """``left``: the clause before the figure; ``after``: the character right after it."""
    if q.form in ("rank", "top"):
        return "rank"
    if q.form == "ratio":
        return "share"
    if q.form == "index":
        return "share" if fold_short(name).endswith("比") else "level"
    base_unit = magnitude_factor(q.unit)[1] if q.unit else ""
    to_level = (qualifier or "").endswith(("到", "至", "为"))
    if compared and BASE_VALUE.search(left):
        compared = False  # 较去年的3.3%: the figure is the base's own value, not the difference
    grows = not to_level and (
        left[-1:] in GROWTH_ENDS and GROWTH_BEFORE.search(left) or compared and base_unit in ("%", "倍", "个百分点", "百分点")
    )
    if grows and base_unit in COUNT_UNITS and HAN.match(after):
        return "count"  # 增加240个寄养名额: the things added, named after the figure (就业人数增加1.5万人 grows)
    if base_unit in ("个百分点", "百分点") or grows:
        return "growth"
    if base_unit == "%" and RATE_OF_CHANGE.search(fold_short(name)):
        return "growth"  # 平均加薪幅度为1.4%, 增速为5%: the name says it is a change
    if q.unit and not base_unit and q.form == "number":
        # 惠及120余万婴幼儿: a bare magnitude counts the noun that follows; 超过三万亿，… is an amount
        return "count" if HAN.match(after) else "level"
    if base_unit in ("%", "‰", "") and q.form in ("number", "tenths", "fraction"):
        return "share"
    if base_unit == "倍":
        return "level"
    if base_unit in COUNT_UNITS:
        folded = fold_short(name)
        return "level" if folded[-1:] in LEVEL_ENDS and LEVEL_NAME.search(folded) else "count"
    return "level"


CLAUSE_AHEAD: Final = re.compile(r"[^，,。；;！？!?\n]{0,16}")


def is_target(t: TextView, s0: int, q: Quantity) -> str:
    """Why a figure is planned, or "": "clause" for a plan word earlier in its clause or 目标
    right after it; "context" for an earlier clause of the sentence that this clause continues
    without a subject of its own, a plan opening the sentence, or a paragraph that opens with a
    plan (今年，我区将…) when this sentence states no past time."""
    f = t.f
    c0 = t.clause_start(q.start, s0, LIST_BREAK)
    if plans(f[c0 : q.start]) or "目标" in ahead(CLAUSE_AHEAD, f, q.end):
        return "clause"
    if c0 > s0 and _plans_in(t, s0, c0) and (lexicon.starts_with_verb(f[c0 : q.start]) or _only_qualifier(f, c0, q.start)
                                              or f.startswith("其中", c0) and not DONE.search(f, c0, q.start)):
        return "context"  # 经常开支预计为6079亿元，按年增加7.9%: no subject of its own; 其中…: a part of a planned whole
    first_end = first_clause_end(f, s0)
    if first_end < c0 and _plan_opens(t, s0, first_end):
        return "context"  # 计划到2025年，… : a plan that opens the sentence covers all of it
    p0, _ = t.paragraph_of(q.start)
    if p0 < s0 and _plans_in(t, p0, t.sentence_of(p0)[1]) and not DONE.search(f, s0, q.end):
        return "context"
    return ""


def _only_qualifier(f: str, a: int, b: int) -> bool:
    """``f[a:b]`` is nothing but the words that link a figure to its name (按年增加, 同比增长)."""
    m = QUALIFIER_BEFORE.match(f, a, b)
    return m is not None and m.end() == b > a


DONE: Final = re.compile(r"去年|上年|已|了|\d{4}年")


def _plans_in(t: TextView, a: int, b: int) -> bool:
    """``plans(t.f[a:b])``, once per stretch: every figure of a sentence asks about the same ones."""
    return t.remember(("plans", a, b), lambda: plans(t.f[a:b]))


def _plan_opens(t: TextView, s0: int, first_end: int) -> bool:
    """The sentence's first clause plans and states no figure of its own (计划到2025年，…)."""

    def opens_with_plan() -> bool:
        first = t.f[s0:first_end]
        return plans(first) and not any(ch.isdigit() for ch in PERIOD.sub("", first))

    return t.remember(("opens", s0, first_end), opens_with_plan)


SURVEY: Final = fastre.compile(r"[^，,。；;]{0,6}?(?:表示|认为|预计|预期|受访|的受访)")


def timed_kind(t: TextView, d: Draft, span: Span | None) -> Kind:
    """The kind once the figure's period is known (against the article's date): a figure for a
    period that has not run its course (the year a January work report plans, 明年, 未来五年,
    到2025年) is a target; one whose plan came only from its context but whose period is over
    is what it measured (计划… ；2021年完成…)."""
    today = t.date
    if today is None or span is None or span.start is None or span.end is None or span.label.endswith("财政年度"):
        return d.kind  # (a budget's measures run in the coming fiscal year: 预算/预计 mark its targets)
    if d.kind == "target" and d.plan == "context" and span.end < today and d.plain_kind:
        return d.plain_kind
    if d.kind in ("target", "change", "rank") or SURVEY.match(t.f, d.q.end):
        return d.kind
    ahead = span.start > today or (
        (span.end - span.start).days >= 300 and span.end > today and (today - span.start) < (span.end - today)
    )
    return "target" if ahead else d.kind


CLAUSE_END: Final = re.compile(r"[，,；;：:]")


def first_clause_end(f: str, s0: int) -> int:
    m = CLAUSE_END.search(f, s0)
    return m.start() if m else len(f)


_OBJECT_MARKED: Final = frozenset("向对为与在从于给")  # after 将: a preposition follows the object marker
_RANK_MOVE: Final = re.compile(r"^(?:由|从)|(?:上升|下降|提升|跃升|升|降)?(?:至|到)$")


def plans(s: str) -> bool:
    for m in TARGET.finditer(s):
        if m.group() not in ("将", "会"):
            return True
        # 将 + verb is future; 将 + noun is the object marker (将区域总部设在…)
        if s[m.end() : m.end() + 1] in _OBJECT_MARKED or lexicon.starts_with_verb(s[m.end() : m.end() + 6]):
            return True
    return False


def rank_scope(t: TextView, q: Quantity) -> str:
    """全市 in 位居全市第一位; 重庆市 in 位居重庆市第一位."""
    end = q.start if q.form == "rank" else q.start - 1  # 位居全国前三: skip 前
    a = end - len(q.rank_lead)
    verb = RANK_VERB.match(q.rank_lead)
    a += verb.end() if verb else 0
    return _RANK_MOVE.sub("", t.text[a:end])
