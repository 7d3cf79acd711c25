"""Indicators: every figure of an article with its name, kind, period and qualifier.

The grammar (``core.extraction.grammar``) finds the figures; this module is the clause model around them.
It reads the text left of a figure back to the clause boundary (qualifier, approximation,
comparison base, scope, the indicator's name), the text right of it (a noun the figure counts:
``建成327个智慧安防小区``), the sentence (period, plans) and the paragraph (period). ``分别``
lists pair names and values in order, ``A、B均…`` gives one record per name, from→to pairs give
``change`` records. All matching runs on folded text (half-width, Simplified) of the same length
as the document, so names and units are read back from the original at the same offsets.
"""
from __future__ import annotations

import datetime as dt
import re
import sys
from dataclasses import replace
from typing import Final

from core.extraction.catalogue import Catalogue, active
from core.extraction.clause import Draft, TextView
from core.extraction.grammar import Quantity, find_quantities
from core.extraction.kinds import is_target, kind_of, rank_scope, timed_kind
from core.extraction.lists import (
    earlier_name,
    from_to,
    is_range,
    list_names,
    ratio_from_to,
)
from core.extraction.names import after_list_break, name_of, read_left, sentence_topic
from core.extraction.patterns import CARRIED, COMPARISON, SCOPE
from core.extraction.periods import base_period, period_of, resolved
from core.model import Document, Indicator, Kind
from core.text import fastre
from core.text.numerals import magnitude_factor, to_halfwidth
from core.text.script import fold_short


TIMES_GROWTH: Final = fastre.compile(r"(?:增长|增加|提高|提升|扩大|上升)了?(?:近|约|超过|超|逾)?$")


def extract(doc: Document) -> list[Indicator]:
    found = extract_text(doc.text, doc.name, doc.metadata.date)
    if doc.page_starts:
        found = [replace(ind, page=doc.page_of(ind.start)) for ind in found]
    return found


def extract_text(text: str, doc: str = "", date: dt.date | None = None) -> list[Indicator]:
    """The figures of ``text``; ``date``, the article's date, resolves relative periods (今年, 一季度)."""
    t = TextView(text, date)
    catalogue = active()[0]
    quantities = find_quantities(t.f)
    out: list[Indicator] = []
    by_sentence: dict[tuple[int, int], list[Quantity]] = {}
    for q in quantities:
        by_sentence.setdefault(t.sentence_of(q.start), []).append(q)
    carried, paragraph = "", -1  # the last name of the paragraph's previous sentence
    for (s0, s1), qs in by_sentence.items():
        p0 = t.paragraph_of(s0)[0]
        if p0 != paragraph:
            carried, paragraph = "", p0
        drafts = _sentence_drafts(t, s0, qs, carried)
        carried = next((_base_name(d.name) for d in reversed(drafts) if d.name and d.q.form not in ("rank", "top")), carried)
        for d in drafts:
            out.append(_finish(t, doc, d, s0, s1, catalogue))
    return out


def _base_name(name: str) -> str:
    """工业投资降幅 → 工业投资: what a later sentence can go on talking about."""
    for word in CARRIED:
        if fold_short(name).endswith(word) and len(name) > len(word) + 1:
            return name[: -len(word)]
    return name


# a name that swallowed a figure (增至7.5万元, 旅行社1年) is no name; PM2.5, 5G站点 are
FIGURE_IN_NAME: Final = fastre.compile(r"\d(?:[\d.,]*\d)?\s*(?:[万亿千百]|[元年个家项人吨%％]|萬|億|個|間)")


# what is left of a name when the clause holds only the movement of a figure: 由现时…, 增至7.5万元
FRAGMENT: Final = fastre.compile(r"(?:由|从|增至|扩至|降至|升至|减至|提高到|提高至|降低到|增加到|增加至|调整为|转为)")


def _sentence_drafts(t: TextView, s0: int, qs: list[Quantity], carried: str = "") -> list[Draft]:
    """The figures of one sentence; ``carried``: the name the previous sentence of the paragraph
    ended on, for a figure whose own clause names nothing (分季度看，一季度增长4.5%)."""
    drafts: list[Draft] = []
    f = t.f
    prev_name = ""
    listed, follows = list_names(t, s0, qs)
    change_pairs = from_to(f, qs)
    ranges = {i + 1 for i in range(len(qs) - 1) if is_range(f, qs[i], qs[i + 1])}
    ratio_to = ratio_from_to(f, qs)
    for i, q in enumerate(qs):
        c0 = t.clause_start(q.start, s0)
        if c0 > s0 and f[c0 - 1] in "：:" and not f[c0 : q.start].strip() and not (i and qs[i - 1].end >= c0 - 1):
            c0 = t.clause_start(c0 - 1, s0)  # 总开支：4914亿元 — the label before the colon names the figure
        if i and qs[i - 1].end > c0 and i not in ranges:
            c0 = max(c0, after_list_break(t, q.start, qs[i - 1].end))
        lead = len(q.rank_lead) + (q.form == "top") if q.form in ("rank", "top") and q.rank_lead else 0
        left = f[c0 : q.start - lead].rstrip(" ")  # (跃过 4000 亿元: a space before the figure)
        approx, qualifier, core, compared = read_left(t, c0, left, q)
        # the unit as written in the document's script; 三成 and 百分之五 are read as %
        unit = to_halfwidth("".join(t.text[a:b] for a, b in q.unit_spans)) if q.unit_spans else q.unit
        scope_m = SCOPE.search(f, c0, q.start)
        comp_m = COMPARISON.search(f, c0, q.start)
        value = q.value
        same_ratio = [d for d in drafts if d.q.form == "ratio" and q.form == "ratio" and (d.q.group == q.group or ratio_to.get(q.group) == d.q.group)]
        base_of = drafts[-1] if drafts and base_period(t, q) is not None else None
        if (i in ranges or change_pairs.get(i) == "to") and drafts:
            name = drafts[-1].name  # the second figure of a range or of a from→to pair
        elif base_of is not None:
            name = base_of.name  # 增长1.4%，较去年的3.6%…: last year's value of the same indicator
        elif same_ratio:
            name = same_ratio[0].name
        else:
            partner = qs[i + 1] if i + 1 in ranges else q
            name = name_of(t, c0, c0 + len(core), partner)
        kind = kind_of(q, f[c0 : q.start], name, qualifier, compared, f[q.end : q.end + 1])
        if base_of is not None and base_of.q.unit == q.unit:
            kind = base_of.plain_kind or base_of.kind
        if kind == "growth" and q.unit == "倍" and TIMES_GROWTH.search(left):
            value, unit = value * 100, "%"
        if q.form in ("rank", "top"):
            earlier_rank = next((d for d in reversed(drafts) if d.q.form == "rank" and c0 <= d.q.end <= q.start and t.clause_start(q.start, s0) < d.q.end), None)
            if earlier_rank is not None:  # 排名由第15位上升至第6位: the second rank is the same ranking
                drafts.append(Draft(q, earlier_rank.name, "change" if i in change_pairs else kind,
                                     t.text[earlier_rank.q.end : q.start + 1], approx, value, unit, earlier_rank.scope, None))
                continue
            base = prev_name + name if not name or fold_short(name) in CARRIED else name
            qualifier = t.text[q.start - lead : q.start + 1] if lead else qualifier
            name = base + rank_scope(t, q) + "排名"
        elif prev_name and (name.startswith(("占", "佔")) or len(name) <= 3 and fold_short(name).endswith(("率", "比重", "占比", "比例"))
                            and active()[0].lookup(name) is None):
            name = prev_name + name  # 占全部投资比重, 完成率: whose share it is comes first (出生率 is a name of its own)
        elif prev_name and name in ("上限", "下限"):  # 宽减75%的薪俸税，上限为2万元: the cap of that relief
            name = re.sub(r"(?:比率|比例)$", "", prev_name) + name
        elif len(name) < 2 or fold_short(name) in ("增速", "增幅", "降幅", "同比", "总量", "总额", "总数", "其中", "分别", "均"):
            keep = fold_short(name) in CARRIED
            name = (prev_name + (name if keep else "")) if prev_name else name
        if f[c0 - 1 : c0] == "\t" and not core.strip():
            name, kind = _table_cell(t, q, name, kind)  # a row of a table (Word, PDF): the first cell names it
        elif not prev_name and (not name or FIGURE_IN_NAME.search(name) or FRAGMENT.match(fold_short(name))):
            name = sentence_topic(t, s0, q) or name or carried  # 薪俸税边际税阶，由现时4万元扩至4.5万元
        if i in ranges and drafts:  # 增长5%-8%: the second figure of a range is read like the first
            kind, qualifier = drafts[-1].kind, qualifier or drafts[-1].qualifier or ""
        if q.form == "ratio" and (q.group in ratio_to or q.group in ratio_to.values()):
            kind = "change"
        plain: Kind | None = kind
        plan = ""
        if i in change_pairs:
            kind = plain = "change"
            if change_pairs[i] == "to" and (plan := is_target(t, s0, q)):
                kind = "target"
        elif kind != "rank" and (plan := is_target(t, s0, q)):
            kind = "target"
        names = listed.get(i, [name])
        if names[0].startswith("#"):  # 分别 after the figures it refers to: take their names
            names = [earlier_name(drafts, qs, follows, i, int(names[0][1:])) or name]
        if i in follows:
            head = next((d for d in reversed(drafts) if d.q is qs[follows[i]]), None)
            if head is not None:
                kind, qualifier, plain, plan = head.kind, head.qualifier or qualifier, head.plain_kind, head.plan
                if head.value != head.q.value and q.unit == "倍":
                    value, unit = q.value * 100, "%"
        for nm in names:
            drafts.append(Draft(q, nm, kind, qualifier or None, approx, value, unit,
                                 scope_m.group() if scope_m else None, comp_m.group() if comp_m else None, plain, plan))
        if names and names[-1] and q.form not in ("rank", "top"):
            prev_name = names[-1]
    _name_ratio_parts(drafts)
    _name_town_and_country(drafts)
    return drafts


def _name_town_and_country(drafts: list[Draft]) -> None:
    """城乡居民人均可支配收入分别达到4.8万元和2.1万元: two figures for 城乡 are the towns' and then the
    countryside's (城镇居民…, 农村居民…)."""
    keys = [(d.name, d.qualifier) for d in drafts]
    for i in range(len(drafts) - 1):
        a, b = drafts[i], drafts[i + 1]
        pair = keys[i] == keys[i + 1] and (i == 0 or keys[i - 1] != keys[i]) and (i + 2 == len(drafts) or keys[i + 2] != keys[i])
        if not (pair and a.qualifier and "分别" in fold_short(a.qualifier)):
            continue
        k = fold_short(a.name).find("城乡")
        if k >= 0:
            town, country = ("城镇", "农村") if a.name[k : k + 2] == "城乡" else ("城鎮", "農村")
            a.name, b.name = (a.name[:k] + part + a.name[k + 2 :] for part in (town, country))


def _table_cell(t: TextView, q: Quantity, name: str, kind: Kind) -> tuple[str, Kind]:
    """A figure in a table row (cells separated by tabs): the row's first cell is its name, and a
    column headed 增长/增速/同比 holds growth rates."""
    f = t.f
    l0 = f.rfind("\n", 0, q.start) + 1
    cells = f[l0 : q.start].split("\t")
    first = t.text[l0 : l0 + len(cells[0])].strip()
    if first and not any(ch.isdigit() for ch in first):
        name = first
    column = len(cells) - 1
    h0 = f.rfind("\n", 0, max(0, l0 - 1)) + 1
    while h0 > 0 and "\t" in f[f.rfind("\n", 0, h0 - 1) + 1 : h0 - 1]:  # up to the table's first row
        h0 = f.rfind("\n", 0, h0 - 1) + 1
    header = f[h0 : f.find("\n", h0) if "\n" in f[h0:] else len(f)].split("\t")
    if h0 < l0 and column < len(header) and re.search(r"增长|增速|同比|增幅|比上年|±", header[column]) and kind in ("share", "level"):
        kind = "growth"
    return name, kind


THREE_SECTORS: Final = fastre.compile(r"三次产业|三产|产业结构|一二三产")


def _name_ratio_parts(drafts: list[Draft]) -> None:
    """三次产业结构调整为7.9:40.6:51.5: one record per part, named by the part."""
    groups: dict[int, list[Draft]] = {}
    for d in drafts:
        if d.q.form == "ratio":
            groups.setdefault(d.q.group, []).append(d)
    for parts in groups.values():
        if len(parts) == 3 and THREE_SECTORS.search(fold_short(parts[0].name)):
            for d, sector in zip(parts, ("第一产业", "第二产业", "第三产业")):
                d.name = sector


def _intern(s: str | None) -> str | None:
    """Units, periods and qualifiers repeat across thousands of records: keep one copy each."""
    return sys.intern(s) if s else s


def _finish(t: TextView, doc: str, d: Draft, s0: int, s1: int, catalogue: Catalogue) -> Indicator:
    q = d.q
    factor, base_unit = magnitude_factor(fold_short(d.unit)) if d.unit else (1.0, "")
    base_value = d.value * factor
    if base_unit in ("%",):
        base_value, base_unit = base_value / 100, ""
    elif base_unit == "‰":
        base_value, base_unit = base_value / 1000, ""
    sentence_end = s1 - 1 if s1 > s0 and t.f[s1 - 1] == "\n" else s1
    sentence = t.sentences.setdefault(s0, t.text[s0:sentence_end])  # one string per sentence
    governing = period_of(t, s0, q)
    period = t.text[governing.start() : governing.end()] if governing else None
    span = resolved(t, governing, t.date)
    start, end = span.iso if span else (None, None)
    entry = catalogue.lookup(d.name) if d.name else None
    # (a period after the figure is what a share of people say or do about: 6成公司未决定明年…)
    kind = d.kind if governing is not None and governing.start() >= q.end else timed_kind(t, d, span)
    # (by position, in the order of Indicator's fields: a call by keyword takes 0.8 µs more)
    return Indicator(
        doc, d.name, d.value, sys.intern(d.unit), kind, _intern(period),  # doc, name, value, unit, kind, period
        _intern(d.qualifier), d.approx, q.start, q.end,  # qualifier, approx, start, end
        s0, sentence_end, sentence,  # sentence_start, sentence_end, sentence
        base_value, base_unit, d.scope, d.comparison,  # base_value, base_unit, scope, comparison
        _intern(span.label if span else period), _intern(start), _intern(end),  # period_label, _from, _to
        entry.indicator if entry else None, entry.indicator_en if entry else None,  # indicator, indicator_en
    )
