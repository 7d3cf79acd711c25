"""Indicators: every figure of an article with its name, kind, period and qualifier.

The grammar (``core.grammar``) finds the figures; this module is the clause model around them.
It reads the text left of a figure back to the clause boundary (qualifier, approximation,
comparison base, scope, the indicator's name), the text right of it (a noun the figure counts:
``建成327个智慧安防小区``), the sentence (period, plans) and the paragraph (period). ``分别``
lists pair names and values in order, ``A、B均…`` gives one record per name, from→to pairs give
``change`` records. All matching runs on folded text (half-width, Simplified) of the same length
as the document, so names and units are read back from the original at the same offsets.
"""
from __future__ import annotations

import re
import sys
from bisect import bisect_left
from dataclasses import dataclass

from core import lexicon
from core.grammar import COUNT_UNITS, Quantity, find_quantities
from core.model import Document, Kind
from core.numerals import magnitude_factor, to_halfwidth
from core.script import fold_same_length, fold_short


@dataclass(frozen=True, slots=True)
class Indicator:
    doc: str
    name: str
    value: float
    unit: str
    kind: Kind
    period: str | None
    qualifier: str | None
    approx: bool
    start: int  # value span in the cleaned text
    end: int
    sentence_start: int
    sentence_end: int
    sentence: str
    base_value: float | None  # in base units: 523亿元 -> 5.23e10, 三成 -> 0.3
    base_unit: str
    scope: str | None
    comparison: str | None

    def as_row(self) -> dict:
        return {
            "doc": self.doc, "name": self.name, "value": self.value, "unit": self.unit, "kind": self.kind,
            "period": self.period, "qualifier": self.qualifier, "approx": self.approx,
            "scope": self.scope, "comparison": self.comparison, "base_value": self.base_value,
            "base_unit": self.base_unit, "start": self.start, "end": self.end,
            "sentence_start": self.sentence_start, "sentence_end": self.sentence_end, "sentence": self.sentence,
        }


SENTENCE_END = re.compile(r"[。！？!?\n]")
CLAUSE_BREAK = "，,；;：:。！？!?\n（(）) —…"
LIST_BREAK = CLAUSE_BREAK + "、"

APPROX_BEFORE = re.compile(
    r"(?:大约|约为|约|将近|接近|近|超过|超出|超|逾|突破|不少于|不低于|不足|不到|不超过|多达|至少|最高|上下)"
    r"(?:全国|全省|全市|全区|全县|[\u4e00-\u9fff]{1,6}的|占[^,，。；;]{0,14}?的?)?$"
)
COMPARE_TAIL = re.compile(r"(?:(?<![占同环])比(?![重例率值为是达])|较|高出|高于|低于|快于|慢于)[^,，。；;、]{0,10}$")
NOT_APPROX = {"多达", "高达"}
GROWTH_WORDS = (
    r"增长|增加|下降|减少|提高|提升|降低|上升|上涨|下跌|下滑|回落|回升|缩减|压减|压缩|扩大|缩小|增产|减产|增收|减收|"
    r"加快|放缓|减缓|收窄|增|降|减|涨|跌|翻番|高出|高于|低于|快于|慢于|多|少"
)
QUALIFIER_BEFORE = re.compile(
    r"(?:(?:同比|环比|按年|按月|按季|比上年|比去年|较上年|较去年|比上年同期|较上年同期|年均|平均|累计|累积|分别|均|共|总共|合计|已|再|又|净)?"
    rf"(?:{GROWTH_WORDS})(?:了|到|至|为)?"
    r"|(?:由|从|相当于|相等于|约合|折合|合共|共计|总计)"
    r"|(?:分别|均|共|已|累计|总计|合计|全年|首次|一举)?(?:达到了|达到|达|为|是|突破|超过|超|占到|占|居|保持在|保持|稳定在|提高到|提高至|下降到|下降至|降至|降到|增至|升至|增长到|扩大到|缩小到|压缩至|压缩到|缩短至|缩短到|减少到|减少至|控制在|实现|完成|新增|拥有|聚集|集聚|吸纳|吸引|引进|落户|带动|培育|建成|建设|新建|改造|整治|创建|获批|认定|入选|有|共有|约)"
    r")+$"
)
TRAIL_ADVERB = re.compile(
    r"(?:首次|一举|再次|再度|均|分别|累计|累积|共|同比|环比|按年|按月|比上年|较上年|年均|平均|预计|预测|预期|将|拟|可|(?<![产效动功性智储热电核光风潜节体才技本职赋])能|有望"
    r"|临时估计|初步估计|估计|初步核算|初步统计)+$"
)
LEVEL_NAME = re.compile(r"(?:量|产量|产能|能力|规模|面积|总量|产值|总额|收入|投资|金额|资金|长度|里程|容量)$")
TARGET = re.compile(
    r"(?<![动作”\"划展项育])计划(?![,，。、”\"的])|力争|力求|预计|预期(?!寿命)|预测|(?<!成功)(?<!已)争取|确保|拟|有望|努力|建成后|投产后|达产后"
    r"|目标(?:是|为|:|：)|目标任务(?!的)|到\d{4}年(?!同期|的|水平)|(?<!截)至\d{4}年(?!同期|的|水平)|(?<!现)将(?=[\u4e00-\u9fff])|(?<=[\u4e00-\u9fff])会(?=[\u4e00-\u9fff])"
)
SCOPE = re.compile(r"全市|全区|全省|全国|全县|全州|全镇|全港|全澳|全球|全行业|我市|我区|我省|本市|本区")
COMPARISON = re.compile(
    r"(?:比|较|高于|低于|高出|快于|慢于|超过|超出)(?:上年同期|去年同期|上年|去年|前年|全国平均水平|全省平均水平|全市平均水平|全国|全省|全市|全区|[一二三四]季度|上半年|上月|年初|平均水平|平均)|同比|环比"
)
PERIOD = re.compile(
    r"\d{4}(?:至|-|/|—)\d{2,4}(?:财政)?年度|"
    r"(?:截至|截止到|截止|到|至)\d{4}年(?:底|末|\d{1,2}月(?:底|末)?)?"
    r"|\d{4}年\d{1,2}月\d{1,2}日"
    r"|(?:今年|去年|上年|明年|前年|全年|当年|\d{4}年)(?:前?[一二三四1-4]季度|首季度?|第[一二三四]季度?|上半年|下半年|\d{1,2}(?:至|-|—|~)\d{1,2}月|(?:首|前)(?:\d{1,2}|[一二三四五六七八九十]{1,3})个?月|\d{1,2}月(?:份)?(?:末|底)?(?:以来|起)?|年底|年末|年初|以来|全年|春节期间|国庆期间|期间|底)?"
    r"|(?:前?[一二三四]季度|首季度?|第[一二三四]季度?|上半年|下半年)(?:末|底|以来)?|\d{1,2}(?:至|-|—)\d{1,2}月|\d{1,2}月(?:末|底|份|以来)"
    r"|“?十[一二三四五六七八九]五”?(?:期间|时期|以来)"
    r"|近期|远期|中期|每年|目前|新年伊始|年初|近年来|近[三五十]年|过去[一二三四五六七八九十]年|连续[\d一二三四五六七八九十]+年"
)
_LEAD_WORDS = (
    "其中 同时 此外 另外 并且 而且 并 而 且 以及 其 目前 当前 已经 已 共 累计 总计 合计 在此基础上 全年 首次 成功 进一步 "
    "全力 大力 积极 着力 加快 加速 深入 持续 不断 还 也 都 均 又 再 直接 预计 预期 预测 计划 力争 争取 确保 努力 拟 "
    "共有 拥有 完成 实现 达到 令 使 让"
).split()
LEAD_NOISE = re.compile(
    "(?:" + "|".join(sorted(_LEAD_WORDS, key=len, reverse=True))  # longest first: 共有 before 共
    + r"|有(?=[\u4e00-\u9fffA-Za-z0-9]{2})|在[^,，。；;]{1,12}?(?:内|中|下|里|期间|方面))"
)
INNER_PERIOD = re.compile(r"自?(?:" + PERIOD.pattern + r")(?:起|以来)?")
FUTURE_CUT = re.compile(r"(?:将|会|拟|(?<![主重需])要(?![素求件点闻])|应(?![用急对])|必须|力争|计划|预计|预期(?!寿命)|争取|确保|努力|可|能|已经|已)")
PLAN_WORD = re.compile(r"力争|计划|预计|预期(?!寿命)|争取|确保|努力|要|应|须|必须")
RIGHT_STOP = re.compile(r"[，,。；;：:、！？!?\n（(）)]|的|等|在|对|为|是|和|及|与|将|已|均|并|于|以|从|由|向|被|把|让|使|给|用于|进行|实现|获得|成为|达到|落户|入驻|全部|全面|累计")


@dataclass(slots=True)
class _Draft:
    q: Quantity
    name: str
    kind: Kind
    qualifier: str
    approx: bool
    value: float
    unit: str
    scope: str | None
    comparison: str | None


class _Text:
    """The document's text with its folded twin and sentence/paragraph boundaries."""

    def __init__(self, text: str):
        self.text = text
        self.f = fold_same_length(to_halfwidth(text))
        self.sent_bounds = _bounds(self.f, SENTENCE_END)
        self.para_bounds = _bounds(self.f, re.compile(r"\n"))
        titles = [(m.start(), m.end()) for m in re.finditer(r"《[^》]{0,80}》", self.f)]
        # every period expression of the text, outside book titles (《关于2021年…的通报》)
        self.sentences: dict[int, str] = {}
        self.periods = [m for m in PERIOD.finditer(self.f) if not any(x <= m.start() < y for x, y in titles)]
        self.period_starts = [m.start() for m in self.periods]

    def sentence_of(self, pos: int) -> tuple[int, int]:
        return _find(self.sent_bounds, pos)

    def paragraph_of(self, pos: int) -> tuple[int, int]:
        return _find(self.para_bounds, pos)

    def clause_start(self, pos: int, lower: int, breaks: str = CLAUSE_BREAK) -> int:
        f = self.f
        i = pos
        while i > lower:
            c = f[i - 1]
            if c in breaks and not (c == "," and f[i - 2 : i - 1].isdigit() and f[i : i + 1].isdigit()):
                break  # (a thousands separator, 1,500, is not a clause break)
            i -= 1
        return i


def _bounds(f: str, sep: re.Pattern) -> list[tuple[int, int]]:
    out, start = [], 0
    for m in sep.finditer(f):
        out.append((start, m.end()))
        start = m.end()
    out.append((start, len(f)))
    return out


def _find(bounds: list[tuple[int, int]], pos: int) -> tuple[int, int]:
    lo, hi = 0, len(bounds) - 1
    while lo < hi:
        mid = (lo + hi) // 2
        if bounds[mid][1] <= pos:
            lo = mid + 1
        else:
            hi = mid
    return bounds[lo]


def extract(doc: Document) -> list[Indicator]:
    return extract_text(doc.text, doc.name)


def extract_text(text: str, doc: str = "") -> list[Indicator]:
    t = _Text(text)
    quantities = find_quantities(t.f)
    out: list[Indicator] = []
    by_sentence: dict[tuple[int, int], list[Quantity]] = {}
    for q in quantities:
        by_sentence.setdefault(t.sentence_of(q.start), []).append(q)
    for (s0, s1), qs in by_sentence.items():
        drafts = _sentence_drafts(t, s0, qs)
        for d in drafts:
            out.append(_finish(t, doc, d, s0, s1))
    return out


# --- one sentence -------------------------------------------------------------------------


def _sentence_drafts(t: _Text, s0: int, qs: list[Quantity]) -> list[_Draft]:
    drafts: list[_Draft] = []
    f = t.f
    prev_name = ""
    listed, follows = _list_names(t, s0, qs)
    change_pairs = _from_to(f, qs)
    ranges = {i + 1 for i in range(len(qs) - 1) if _is_range(f, qs[i], qs[i + 1])}
    ratio_to = _ratio_from_to(f, qs)
    for i, q in enumerate(qs):
        c0 = t.clause_start(q.start, s0)
        if i and qs[i - 1].end > c0 and i not in ranges:
            c0 = max(c0, _after_list_break(t, q.start, qs[i - 1].end))
        lead = len(q.rank_lead) + (q.form == "top") if q.form in ("rank", "top") and q.rank_lead else 0
        left = f[c0 : q.start - lead]
        approx, qualifier, core, compared = _read_left(t, c0, left, q)
        # the unit as written in the document's script; 三成 and 百分之五 are read as %
        unit = to_halfwidth("".join(t.text[a:b] for a, b in q.unit_spans)) if q.unit_spans else q.unit
        scope_m = SCOPE.search(f, c0, q.start)
        comp_m = COMPARISON.search(f, c0, q.start)
        value = q.value
        same_ratio = [d for d in drafts if d.q.form == "ratio" and q.form == "ratio" and (d.q.group == q.group or ratio_to.get(q.group) == d.q.group)]
        if (i in ranges or change_pairs.get(i) == "to") and drafts:
            name = drafts[-1].name  # the second figure of a range or of a from→to pair
        elif same_ratio:
            name = same_ratio[0].name
        else:
            partner = qs[i + 1] if i + 1 in ranges else q
            name = _name(t, c0, c0 + len(core), partner)
        kind = _kind(q, f[c0 : q.start], name, qualifier, compared)
        if kind == "growth" and q.unit == "倍" and re.search(r"(?:增长|增加|提高|提升|扩大|上升)了?(?:近|约|超过|超|逾)?$", left):
            value, unit = value * 100, "%"
        if q.form in ("rank", "top"):
            earlier_rank = next((d for d in reversed(drafts) if d.q.form == "rank" and c0 <= d.q.end <= q.start and t.clause_start(q.start, s0) < d.q.end), None)
            if earlier_rank is not None:  # 排名由第15位上升至第6位: the second rank is the same ranking
                drafts.append(_Draft(q, earlier_rank.name, "change" if i in change_pairs else kind,
                                     t.text[earlier_rank.q.end : q.start + 1], approx, value, unit, earlier_rank.scope, None))
                continue
            base = prev_name + name if not name or fold_short(name) in CARRIED else name
            qualifier = t.text[q.start - lead : q.start + 1] if lead else qualifier
            name = base + _rank_scope(t, q) + "排名"
        elif prev_name and (name.startswith(("占", "佔")) or len(name) <= 3 and re.search(r"(?:率|比重|占比|比例)$", fold_short(name))):
            name = prev_name + name  # 占全部投资比重, 完成率: whose share it is comes first
        elif not name or re.fullmatch(r"增速|增幅|降幅|同比|总量|总额|总数|其中|分别|均", fold_short(name)):
            keep = fold_short(name) in CARRIED
            name = (prev_name + (name if keep else "")) if prev_name else name
        if i in ranges and drafts:  # 增长5%-8%: the second figure of a range is read like the first
            kind, qualifier = drafts[-1].kind, qualifier or drafts[-1].qualifier or ""
        if q.form == "ratio" and (q.group in ratio_to or q.group in ratio_to.values()):
            kind = "change"
        if i in change_pairs:
            kind = "change"
            if change_pairs[i] == "to" and _is_target(t, s0, q):
                kind = "target"
        elif kind != "rank" and _is_target(t, s0, q):
            kind = "target"
        names = listed.get(i, [name])
        if names[0].startswith("#"):  # 分别 after the figures it refers to: take their names
            names = [_earlier_name(drafts, qs, follows, i, int(names[0][1:])) or name]
        if i in follows:
            head = next((d for d in reversed(drafts) if d.q is qs[follows[i]]), None)
            if head is not None:
                kind, qualifier = head.kind, head.qualifier or qualifier
                if head.value != head.q.value and q.unit == "倍":
                    value, unit = q.value * 100, "%"
        for nm in names:
            drafts.append(_Draft(q, nm, kind, qualifier or None, approx, value, unit,
                                 scope_m.group() if scope_m else None, comp_m.group() if comp_m else None))
        if names and names[-1] and q.form not in ("rank", "top"):
            prev_name = names[-1]
    return drafts


# names that only make sense after the indicator they belong to (增速 of what?)
CARRIED = ("增速", "增幅", "降幅", "总量", "总额", "总数")


def _read_left(t: _Text, c0: int, left: str, q: Quantity) -> tuple[bool, str, str, bool]:
    """Split the clause text before a figure into (approx, qualifier, name part, compared).

    From the figure backwards: an approximation (约, 超过, 以上 is on the grammar's side), a
    comparison base (比上年, 较高峰), a qualifier verb (同比增长, 达到), trailing adverbs (均, 首次)."""
    approx = q.approx
    qualifier, core = "", left
    m = APPROX_BEFORE.search(core)
    if m and not m.group().startswith(tuple(NOT_APPROX)):
        approx = True
    comp = COMPARE_TAIL.search(core)
    if m:
        qualifier, core = t.text[c0 + m.start() : c0 + m.end()], core[: m.start()]
        inner = COMPARE_TAIL.search(core)  # 较高峰累积下跌约25%: a comparison before the approximation
        if inner:
            comp = inner
            qualifier, core = t.text[c0 + inner.start() : c0 + inner.end()] + qualifier, core[: inner.start()]
    elif comp:
        qualifier, core = t.text[c0 + comp.start() : c0 + comp.end()], core[: comp.start()]
    if q.form not in ("rank", "top"):
        for pattern in (QUALIFIER_BEFORE, TRAIL_ADVERB):
            found = pattern.search(core)
            if found:
                qualifier = t.text[c0 + found.start() : c0 + found.end()] + qualifier
                core = core[: found.start()]
    return approx, qualifier, core, comp is not None


def _earlier_name(drafts: list[_Draft], qs: list[Quantity], follows: dict[int, int], i: int, k: int) -> str:
    """The name of the earlier figure that the figure at position ``k`` (counted from the run's
    end: -n … -1) of a 分别 run refers to: 接待游客…，旅游收入…，分别增长15%和20%."""
    first = follows.get(i, i)
    earlier = [d for d in _distinct_names(drafts) if d.q.start < qs[first].start]
    return earlier[len(earlier) + k].name if len(earlier) >= -k else ""


def _distinct_names(drafts: list[_Draft]) -> list[_Draft]:
    """Earlier figures of the sentence, one per name (a level and its growth share a name)."""
    out: list[_Draft] = []
    for d in drafts:
        if out and out[-1].name == d.name:
            continue
        out.append(d)
    return out


def _ratio_from_to(f: str, qs: list[Quantity]) -> dict[int, int]:
    """由8.3∶41.4∶50.3调整为7.9∶40.2∶51.9: the second ratio's group -> the first's."""
    starts = sorted({q.group for q in qs if q.form == "ratio"})
    ends = {g: max(q.end for q in qs if q.group == g) for g in starts}
    out = {}
    for a, b in zip(starts, starts[1:]):
        if re.search(r"(?:由|从)$", f[max(0, a - 1) : a]) and re.fullmatch(r"[\u4e00-\u9fff]{0,4}(?:为|到|至)", f[ends[a] : b]):
            out[b] = a
    return out


def _is_range(f: str, a: Quantity, b: Quantity) -> bool:
    return a.form == "number" and b.form == "number" and a.unit == b.unit and bool(
        re.fullmatch(r"\s*(?:-|—|~|至|到)\s*", f[a.end : b.start])
    )


RANK_VERB = re.compile(r"^(?:位居|居于|居|排名|排在|排|名列|位列|列|保持|稳居|跃居|升至|跻身|进入)")


def _rank_scope(t: _Text, q: Quantity) -> str:
    """全市 in 位居全市第一位; 重庆市 in 位居重庆市第一位."""
    end = q.start if q.form == "rank" else q.start - 1  # 位居全国前三: skip 前
    a = end - len(q.rank_lead)
    verb = RANK_VERB.match(q.rank_lead)
    a += verb.end() if verb else 0
    return re.sub(r"^(?:由|从)|(?:上升|下降|提升|跃升|升|降)?(?:至|到)$", "", t.text[a:end])


def _kind(q: Quantity, left: str, name: str, qualifier: str, compared: bool) -> Kind:
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


def _is_target(t: _Text, s0: int, q: Quantity) -> bool:
    """Planned figures: a plan word earlier in the clause (or in an earlier clause of the
    sentence that this clause continues without a subject of its own), 目标 right after the
    figure, or a paragraph that opens with a plan (今年，我区将…) when this sentence states no
    past time."""
    f = t.f
    c0 = t.clause_start(q.start, s0, LIST_BREAK)
    if _plans(f[c0 : q.start]):
        return True
    if c0 > s0 and _plans(f[s0:c0]) and lexicon.starts_with_verb(f[c0 : q.start]):
        return True
    first_end = _first_clause_end(f, s0)
    if first_end < c0 and _plans(f[s0:first_end]) and not any(ch.isdigit() for ch in PERIOD.sub("", f[s0:first_end])):
        return True  # 计划到2025年，… : a plan that opens the sentence covers all of it
    if "目标" in re.match(r"[^，,。；;！？!?\n]{0,16}", f[q.end :]).group():
        return True
    p0, _ = t.paragraph_of(q.start)
    if p0 < s0:
        first = f[p0 : t.sentence_of(p0)[1]]
        if _plans(first) and not re.search(r"去年|上年|已|了|\d{4}年", f[s0 : q.end]):
            return True
    return False


def _first_clause_end(f: str, s0: int) -> int:
    m = re.compile(r"[，,；;：:]").search(f, s0)
    return m.start() if m else len(f)


def _plans(s: str) -> bool:
    for m in TARGET.finditer(s):
        if m.group() not in ("将", "会"):
            return True
        # 将 + verb is future; 将 + noun is the object marker (将区域总部设在…)
        if re.match(r"[向对为与在从于给]", s[m.end() : m.end() + 1]) or lexicon.starts_with_verb(s[m.end() : m.end() + 6]):
            return True
    return False


FROM_BEFORE = re.compile(r"(?:由|从)(?:[^,，。;；]{0,10}的)?$")  # 从2017年的55.1%
TO_BETWEEN = re.compile(r"[\u4e00-\u9fff]{0,4}(?:到|至)(?:[^,，。;；]{0,10}的)?")  # 提高到2022年的61.3%


def _from_to(f: str, qs: list[Quantity]) -> dict[int, str]:
    """由20%提高到57%, 从2017年的55.1%提高到2022年的61.3%: both figures are ``change``."""
    pairs: dict[int, str] = {}
    for i in range(len(qs) - 1):
        a, b = qs[i], qs[i + 1]
        if FROM_BEFORE.search(f[max(0, a.start - 14) : a.start]) and TO_BETWEEN.fullmatch(f[a.end : b.start]):
            pairs[i] = "change"
            pairs[i + 1] = "to"
    return pairs


def _list_names(t: _Text, s0: int, qs: list[Quantity]) -> tuple[dict[int, list[str]], dict[int, int]]:
    """``A、B、C分别…x、y、z`` pairs names and values; ``A、B均…x`` gives x to each name.

    Returns names per figure index, and for figures that follow the first of a 分别 run, the
    index of that first figure (they share its kind and qualifier). A run whose names are not
    in its clause (``接待游客1200万人次，旅游收入98亿元，分别增长15%和20%``) takes the names of
    the figures before it, marked with index -1 - k for the k-th figure of the run."""
    f = t.f
    names: dict[int, list[str]] = {}
    follows: dict[int, int] = {}
    for i, q in enumerate(qs):
        if i in follows:
            continue
        c0 = t.clause_start(q.start, s0)
        left = f[c0 : q.start]
        marks = list(re.finditer(r"分别|(?<![人年平户日月])均(?!值|价|衡|等|匀)|都(?![市会城])", left))
        if not marks:
            continue
        m = next((x for x in marks if x.group() == "分别"), marks[-1])
        items = _split_items(t, c0, c0 + m.start())
        if m.group() == "分别":
            run = [i]
            while run[-1] + 1 < len(qs) and re.fullmatch(r"\s*(?:、|,|，|和|及|与)\s*", f[qs[run[-1]].end : qs[run[-1] + 1].start]):
                run.append(run[-1] + 1)
            for j in run[1:]:
                follows[j] = i
            if len(items) >= 2 and len(run) >= len(items):
                # one value per name; extra values belong to the last name (城乡居民收入分别增长5.8%、7.2%)
                for k, idx in enumerate(run):
                    names[idx] = [items[min(k, len(items) - 1)]]
            elif not items and len(run) >= 2:
                for k, idx in enumerate(run):
                    names[idx] = [f"#{k - len(run)}"]  # resolved against earlier figures
        elif len(items) >= 2 and len(items) <= 6:
            names[i] = items
    return names, follows


def _split_items(t: _Text, a: int, b: int) -> list[str]:
    f = t.f
    items, start = [], a
    for m in re.finditer(r"、|和|及|与", f[a:b]):
        items.append((start, a + m.start()))
        start = a + m.end()
    items.append((start, b))
    names = []
    for x, y in items:
        nm = _clean_name(t, x, y)
        if nm:
            names.append(nm)
    return names if len(names) == len(items) else []


# --- names --------------------------------------------------------------------------------


def _name(t: _Text, c0: int, core_end: int, q: Quantity) -> str:
    """The indicator name: the noun the figure counts (right) or the phrase before it (left)."""
    raw_left = t.f[c0:core_end]
    left = _clean_name(t, c0, core_end)
    right = _right_noun(t, q, allow_single=raw_left.endswith("等"))
    folded_left = fold_short(left)
    capacity = re.search(r"(?:[年月日]产能?|年处理|年加工|年吞吐|日处理)$", folded_left)
    if right and capacity:
        return right + left[capacity.start() :]  # 年产20万吨锂电池项目: the project's annual capacity
    if right and (_is_count(q) or q.form == "bare" or not left or lexicon.is_all_verbs(folded_left) or lexicon.ends_with_verb(folded_left)):
        return right
    if not right and raw_left.endswith("等") and _is_count(q):  # 中泰矿业等4家已创建为省级绿色矿山
        became = _right_noun(t, q, allow_verb=True, until_punctuation=True)
        if became:
            return re.sub(r"^(?:已经|已|均|都|先后|相继)", "", became)
    if left and lexicon.is_all_verbs(folded_left):  # 预留100亿元推动银发经济: the money and what it is for
        purpose = _right_noun(t, q, allow_verb=True, until_punctuation=True)
        return left + purpose if purpose else left
    return left or _right_noun(t, q, allow_verb=True)


def _after_list_break(t: _Text, end: int, prev_end: int) -> int:
    """In ``建成A7个、B3家`` the second figure's name starts after the 、 that follows the first."""
    i = t.f.find("、", prev_end, end)
    return i + 1 if i >= 0 else prev_end


def _is_count(q: Quantity) -> bool:
    base = magnitude_factor(q.unit)[1] if q.unit else ""
    return base in COUNT_UNITS


def _right_noun(t: _Text, q: Quantity, allow_single: bool = False, allow_verb: bool = False,
                until_punctuation: bool = False) -> str:
    f = t.f
    start = q.end + (f[q.end : q.end + 1] == "的")  # 1,950亿元的债券
    if start >= len(f) or not re.match(r"[\u4e00-\u9fff“\"A-Za-z]", f[start]):
        return ""
    if until_punctuation:  # a short purpose clause: 推动银发经济
        m = re.compile(r"[，,。；;：:、！？!?\n（(）)]").search(f, start, min(len(f), start + 12))
        end = m.start() if m else min(len(f), start + 12)
    else:
        m = RIGHT_STOP.search(f, start, min(len(f), start + 24))
        end = m.start() if m else min(len(f), start + 16)
        end = start + lexicon.noun_prefix_len(f[start:end], allow_verb=allow_verb)
    name = t.text[start:end].strip("“”\"「」 ")
    return name if len(name) >= 2 or allow_single and name else ""


def _clean_name(t: _Text, a: int, b: int) -> str:
    """Trim periods, scope, connectors, leading verbs and trailing particles from ``f[a:b]``."""
    f = t.f
    changed = True
    while changed and a < b:
        changed = False
        for pat in (PERIOD, SCOPE, LEAD_NOISE):
            m = pat.match(f, a, b)
            if m and m.end() > a and b - m.end() != 1:  # never trim a name down to one character (完成率)
                a, changed = m.end(), True
        if a < b and f[a] in "“”\"，,、 ":
            a, changed = a + 1, True
        for m in reversed(list(FUTURE_CUT.finditer(f, a, b))):  # the last modal or plan word that opens a name
            rest = PERIOD.sub("", f[m.end() : b]).strip("于在")
            if len(rest) >= 2 and (PLAN_WORD.fullmatch(m.group()) or lexicon.starts_with_verb(f[m.end() : b])):
                break
        else:
            m = None
        if m is not None:
            a, changed = m.end(), True
            n = lexicon.leading_verbs_len(f[a:b])
            if n and b - a - n >= 2:
                a += n
    while b > a:
        if f[b - 1] in "的等是为有达共约可将于在从由“”\"、 ，," or f[b - 1] == "能" and not re.search(
            r"[产效动功性智储热电核光风潜节体才技本职赋]$", f[a : b - 1]
        ):
            b -= 1
            continue
        adv = TRAIL_ADVERB.search(f, a, b)
        if adv and adv.start() > a:
            b = adv.start()
            continue
        break
    inner = [m for m in INNER_PERIOD.finditer(f, a, b) if m.start() > a]
    if inner:  # 增速自去年6月起保持: drop the period inside the name
        m = inner[-1]
        cut = _clean_name(t, a, m.start()) + t.text[m.end() : b]
        return cut.strip("“”\"「」 ")
    seg = f[a:b]
    if len(seg) > 18:  # a long modifier: keep what follows its last 的 (…通过公共网络实现的零售额)
        cut = seg.rfind("的", 0, len(seg) - 2)
        if cut > 0:
            a += cut + 1
    while a < b and f[a] in "的之":
        a += 1
    name = t.text[a:b].strip("“”\"「」 ")
    return name


# --- the record ---------------------------------------------------------------------------


def _period(t: _Text, s0: int, q: Quantity) -> str | None:
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


def _intern(s: str | None) -> str | None:
    """Units, periods and qualifiers repeat across thousands of records: keep one copy each."""
    return sys.intern(s) if s else s


def _finish(t: _Text, doc: str, d: _Draft, s0: int, s1: int) -> Indicator:
    q = d.q
    factor, base_unit = magnitude_factor(fold_short(d.unit)) if d.unit else (1.0, "")
    base_value = d.value * factor
    if base_unit in ("%",):
        base_value, base_unit = base_value / 100, ""
    elif base_unit == "‰":
        base_value, base_unit = base_value / 1000, ""
    sentence_end = s1 - 1 if s1 > s0 and t.f[s1 - 1] == "\n" else s1
    sentence = t.sentences.setdefault(s0, t.text[s0:sentence_end])  # one string per sentence
    period = _period(t, s0, q)
    return Indicator(
        doc=doc, name=d.name, value=d.value, unit=_intern(d.unit), kind=d.kind, period=_intern(period),
        qualifier=_intern(d.qualifier), approx=d.approx, start=q.start, end=q.end,
        sentence_start=s0, sentence_end=sentence_end, sentence=sentence,
        base_value=base_value, base_unit=base_unit, scope=d.scope, comparison=d.comparison,
    )
