"""The kind of a figure (growth, share, level, count, rank, target, change) and plans."""
from __future__ import annotations

import re

from core.extraction import lexicon
from core.extraction.clause import TextView
from core.extraction.grammar import COUNT_UNITS, Quantity
from core.extraction.patterns import (
    GROWTH_WORDS,
    LEVEL_NAME,
    LIST_BREAK,
    PERIOD,
    RANK_VERB,
    TARGET,
)
from core.model import Kind
from core.text.numerals import magnitude_factor
from core.text.script import fold_short


def kind_of(q: Quantity, left: str, name: str, qualifier: str, compared: bool) -> Kind:
    if q.form in ("rank", "top"):
        return "rank"
    if q.form == "ratio":
        return "share"
    if q.form == "index":
        return "share" if re.search(r"比$", fold_short(name)) else "level"
    base_unit = magnitude_factor(q.unit)[1] if q.unit else ""
    to_level = re.search(r"(?:到|至|为)$", qualifier or "")
    grows = not to_level and (
        re.search(rf"(?:{GROWTH_WORDS})了?(?:约|近|超过|超)?$", left) or compared and base_unit in ("%", "倍", "个百分点", "百分点")
    )
    if base_unit in ("个百分点", "百分点") or grows:
        return "growth"
    if base_unit in ("%", "‰", "") and q.form in ("number", "tenths", "fraction"):
        return "share"
    if base_unit == "倍":
        return "level"
    if base_unit in COUNT_UNITS:
        return "level" if LEVEL_NAME.search(fold_short(name)) else "count"
    return "level"


def is_target(t: TextView, s0: int, q: Quantity) -> bool:
    """Planned figures: a plan word earlier in the clause (or in an earlier clause of the
    sentence that this clause continues without a subject of its own), 目标 right after the
    figure, or a paragraph that opens with a plan (今年，我区将…) when this sentence states no
    past time."""
    f = t.f
    c0 = t.clause_start(q.start, s0, LIST_BREAK)
    if plans(f[c0 : q.start]):
        return True
    if c0 > s0 and plans(f[s0:c0]) and lexicon.starts_with_verb(f[c0 : q.start]):
        return True
    first_end = first_clause_end(f, s0)
    if first_end < c0 and plans(f[s0:first_end]) and not any(ch.isdigit() for ch in PERIOD.sub("", f[s0:first_end])):
        return True  # 计划到2025年，… : a plan that opens the sentence covers all of it
    if "目标" in re.match(r"[^，,。；;！？!?\n]{0,16}", f[q.end :]).group():
        return True
    p0, _ = t.paragraph_of(q.start)
    if p0 < s0:
        first = f[p0 : t.sentence_of(p0)[1]]
        if plans(first) and not re.search(r"去年|上年|已|了|\d{4}年", f[s0 : q.end]):
            return True
    return False


def first_clause_end(f: str, s0: int) -> int:
    m = re.compile(r"[，,；;：:]").search(f, s0)
    return m.start() if m else len(f)


def plans(s: str) -> bool:
    for m in TARGET.finditer(s):
        if m.group() not in ("将", "会"):
            return True
        # 将 + verb is future; 将 + noun is the object marker (将区域总部设在…)
        if re.match(r"[向对为与在从于给]", s[m.end() : m.end() + 1]) or lexicon.starts_with_verb(s[m.end() : m.end() + 6]):
            return True
    return False


def rank_scope(t: TextView, q: Quantity) -> str:
    """全市 in 位居全市第一位; 重庆市 in 位居重庆市第一位."""
    end = q.start if q.form == "rank" else q.start - 1  # 位居全国前三: skip 前
    a = end - len(q.rank_lead)
    verb = RANK_VERB.match(q.rank_lead)
    a += verb.end() if verb else 0
    return re.sub(r"^(?:由|从)|(?:上升|下降|提升|跃升|升|降)?(?:至|到)$", "", t.text[a:end])
