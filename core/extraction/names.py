"""Reading left and right of a figure: qualifier, approximation, comparison, and the name."""
from __future__ import annotations

import re
from typing import Final

from core.extraction import lexicon
from core.extraction.clause import TextView
from core.extraction.grammar import COUNT_UNITS, DEFINITION, Quantity
from core.extraction.patterns import (
    APPROX_BEFORE,
    COMPARE_TAIL,
    FUTURE_CUT,
    INNER_PERIOD,
    LEAD_NOISE,
    LEAD_NOISE_STARTS,
    NOT_APPROX,
    PERIOD,
    PLAN_WORD,
    QUALIFIER_BEFORE,
    QUALIFIER_ENDS,
    RIGHT_STOP,
    SCOPE,
    SCOPE_STARTS,
    TRAIL_ADVERB,
    TRAIL_ADVERB_ENDS,
)
from core.text import fastre
from core.text.numerals import magnitude_factor
from core.text.script import fold_short


FIGURE_AHEAD: Final = re.compile(r"第?\d")
PER_UNIT: Final = fastre.compile(r"(?:每(?:人|户|家|届|年|月|季度?|周|天|日|次|台|辆|平方米|亩|吨|名|个|位|间|所|宗|件|项)){1,3}$")
CAPACITY: Final = fastre.compile(r"(?:[年月日]产能?|年处理|年加工|年吞吐|日处理)$")
# the last characters of what these `$`-anchored patterns match (and CAP_AFTER's first): one set
# lookup rules out most of the searches, which find nothing before most figures
PER_UNIT_ENDS: Final = fastre.ends(PER_UNIT)
CAPACITY_ENDS: Final = fastre.ends(CAPACITY)
NAME_START: Final = re.compile(r"[\u4e00-\u9fff“\"「『A-Za-z]")
PUNCTUATION: Final = re.compile(r"[，,。；;：:、！？!?\n（(）)]")


def read_left(t: TextView, c0: int, left: str, q: Quantity) -> tuple[bool, str, str, bool]:
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
    per = PER_UNIT.search(core) if core[-1:] in PER_UNIT_ENDS else None
    if per and per.start() > 0:  # 增加至每届约3000个, 提高至每人每月800元: a rate's denominator
        qualifier, core = t.text[c0 + per.start() : c0 + per.end()] + qualifier, core[: per.start()]
    if q.form not in ("rank", "top"):
        for pattern, last in ((QUALIFIER_BEFORE, QUALIFIER_ENDS), (TRAIL_ADVERB, TRAIL_ADVERB_ENDS)):
            found = pattern.search(core) if core[-1:] in last else None
            if found:
                qualifier = t.text[c0 + found.start() : c0 + found.end()] + qualifier
                core = core[: found.start()]
    return approx, qualifier, core, comp is not None


# 分季度看, 从同比看: a point of view; 发言人表示: a speaker — neither names the figures after it
NOT_A_TOPIC: Final = fastre.compile(r"^(?:根据|据|按照|依据)|看$|来看$|而言$|表示$|认为$|指出$|介绍$|强调$|说$|称$|显示$|预计$|据测算$|据统计$")


def sentence_topic(t: TextView, s0: int, q: Quantity) -> str:
    """The noun phrase a sentence opens with when its first clause holds no figure: the subject
    of the clauses that follow (增加伤残受养人免税额，由现时6.6万元增至7.5万元)."""
    f = t.f
    end = s0
    while end < q.start and f[end] not in "，,；;：:":
        end += 1
    if end >= q.start or end - s0 > 20 or any(ch.isdigit() for ch in f[s0:end]) or NOT_A_TOPIC.search(f[s0:end]):
        return ""
    name = clean_name(t, s0, end)
    n = lexicon.leading_verbs_len(fold_short(name))
    return name[n:] if len(name) - n >= 2 else name


# a share of people who say or do something: 70%表示今年有加薪, 受访企业中有45%设有年终奖制度
SAYS: Final = fastre.compile(r"(?:则|均|都|也|亦|还)?(?:表示|认为|指出|反映|称)")
AMONG: Final = fastre.compile(r"(?:中|当中|之中)有?$")
CAP_AFTER: Final = fastre.compile(r"为(上限|下限|限)")
MEASURED: Final = fastre.compile(r"(?:量|数量|总数|人数|户数|个数)$")
AMONG_ENDS: Final = fastre.ends(AMONG)
CAP_AFTER_STARTS: Final = fastre.starts(CAP_AFTER)
MEASURED_ENDS: Final = fastre.ends(MEASURED)
RELIEF: Final = fastre.compile(r"宽减|宽免|减免|退还")
MODAL_ONLY: Final = re.compile(r"(?:将|会|可|亦|也|均|都|则)+")


def name_of(t: TextView, c0: int, core_end: int, q: Quantity) -> str:
    """The indicator name: the noun the figure counts (right) or the phrase before it (left)."""
    raw_left = t.f[c0:core_end]
    if q.unit == "%" and (not raw_left.strip() or raw_left[-1:] in AMONG_ENDS and AMONG.search(raw_left)):
        what = _what_they_say_or_do(t, q)
        if what:
            return what
    relief = RELIEF.search(raw_left) if q.unit == "%" else None
    if relief and (relief.end() == len(raw_left) or PERIOD.fullmatch(raw_left, relief.end())):
        what = right_noun(t, q, until_punctuation=True)  # 宽减2023/24年度75%的薪俸税: the rate of relief on it
        if what:
            return what + t.text[c0 + relief.start() : c0 + relief.end()] + "比率"
    left = clean_name(t, c0, core_end)
    cap = CAP_AFTER.match(t.f, q.end) if t.f[q.end : q.end + 1] in CAP_AFTER_STARTS else None
    if cap and raw_left.endswith("以"):  # 每宗个案以3000元为上限: the cap of what comes first
        base = left[:-1]
        if not base or MODAL_ONLY.fullmatch(fold_short(base)):  # 寬免額，將會以9.75萬元為上限
            base = sentence_topic(t, t.sentence_of(q.start)[0], q)
        if base:
            return base + ("上限" if cap.group(1) == "限" else cap.group(1))
    right = right_noun(t, q, allow_single=raw_left.endswith("等")) or _head_after_de(t, q)
    folded_left = fold_short(left)
    capacity = CAPACITY.search(folded_left) if folded_left[-1:] in CAPACITY_ENDS else None
    if right and capacity:
        return right + left[capacity.start() :]  # 年产20万吨锂电池项目: the project's annual capacity
    if right and (is_count(q) and not (folded_left[-1:] in MEASURED_ENDS and MEASURED.search(folded_left)) or q.form == "bare" or not left
                  or lexicon.is_all_verbs(folded_left) or lexicon.ends_with_verb(folded_left)):
        return right  # (建屋量约为15.6万个单位: what is measured on the left names the count)
    if not right and raw_left.endswith("等") and is_count(q):  # 中泰矿业等4家已创建为省级绿色矿山
        became = right_noun(t, q, allow_verb=True, until_punctuation=True)
        if became:
            return re.sub(r"^(?:已经|已|均|都|先后|相继)", "", became)
    if left and lexicon.is_all_verbs(folded_left):  # 预留100亿元推动银发经济: the money and what it is for
        purpose = right_noun(t, q, allow_verb=True, until_punctuation=True)
        return left + purpose if purpose else left
    return left or right_noun(t, q, allow_verb=True)


def _until_punctuation(f: str, start: int, most: int) -> int:
    """Where the stretch from ``start`` ends: at the first punctuation, at most ``most`` characters on."""
    m = PUNCTUATION.search(f, start, min(len(f), start + most))
    return m.start() if m else min(len(f), start + most)


def _what_they_say_or_do(t: TextView, q: Quantity) -> str:
    """The clause a share of a population says or does (表示今年有加薪 → 今年有加薪; 设有年终奖制度),
    when a verb follows the figure; "" when a noun does (63%机构表示…: the 机构 name it)."""
    f = t.f
    says = SAYS.match(f, q.end)
    start = says.end() if says else q.end
    if not says and not lexicon.starts_with_verb(f[start : start + 6]):
        return ""
    end = _until_punctuation(f, start, 20)
    return t.text[start:end].strip("“”\"「」『』 ") if end - start >= 2 else ""


def _head_after_de(t: TextView, q: Quantity) -> str:
    """调查了92家来自15个行业的企业: the noun a relative clause after the figure ends on."""
    f = t.f
    if not is_count(q) or not lexicon.starts_with_verb(f[q.end : q.end + 6]):
        return ""
    end = _until_punctuation(f, q.end, 24)
    de = f.rfind("的", q.end, end)
    if de < 0:
        return ""
    n = lexicon.noun_prefix_len(f[de + 1 : end])
    return t.text[de + 1 : de + 1 + n] if n >= 2 else ""


def after_list_break(t: TextView, end: int, prev_end: int) -> int:
    """In ``建成A7个、B3家`` the second figure's name starts after the 、 that follows the first."""
    i = t.f.find("、", prev_end, end)
    return i + 1 if i >= 0 else prev_end


def is_count(q: Quantity) -> bool:
    base = magnitude_factor(q.unit)[1] if q.unit else ""
    return base in COUNT_UNITS


def right_noun(t: TextView, q: Quantity, allow_single: bool = False, allow_verb: bool = False,
                until_punctuation: bool = False) -> str:
    f = t.f
    start = q.end + (f[q.end : q.end + 1] == "的")  # 1,950亿元的债券
    if start >= len(f) or not NAME_START.match(f[start]):
        return ""
    if until_punctuation:  # a short purpose clause: 推动银发经济
        end = _until_punctuation(f, start, 12)
    else:
        m = RIGHT_STOP.search(f, start, min(len(f), start + 24))
        end = m.start() if m else min(len(f), start + 16)
        if m and m.end() - m.start() == 1 and end - start >= 2 and lexicon.is_word(f[end - 1 : end + 1]):
            end -= 1  # a stop inside a word: 企业参与调查 is 企业 + 参与
        end = start + lexicon.noun_prefix_len(f[start:end], allow_verb=allow_verb)
    figure = FIGURE_AHEAD.search(f, start, end)  # 169个国家高新区第11位: the name stops before the next figure
    if figure:
        end = figure.start()
    name = t.text[start:end].strip("“”\"「」『』 ")
    return name if len(name) >= 2 or allow_single and name else ""


def clean_name(t: TextView, a: int, b: int) -> str:
    """Trim periods, scope, connectors, leading verbs and trailing particles from ``f[a:b]``."""
    f = t.f
    changed = True
    while changed and a < b:
        changed = False
        for pat, first in ((PERIOD, None), (SCOPE, SCOPE_STARTS), (LEAD_NOISE, LEAD_NOISE_STARTS)):
            m = pat.match(f, a, b) if first is None or f[a : a + 1] in first else None
            if m and m.end() > a and b - m.end() != 1:  # never trim a name down to one character (完成率)
                a, changed = m.end(), True
        if a < b and f[a] in "“”\"，,、 -•·*":
            a, changed = a + 1, True
        for m in reversed(list(FUTURE_CUT.finditer(f, a, b))):  # the last modal or plan word that opens a name
            rest = PERIOD.sub("", f[m.end() : b]).strip("于在")
            if rest in ("目标", "指标", "任务", "目标任务", "值"):
                continue  # 经济增长预期目标: the plan word belongs to the name
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
        if f[b - 1] in "的等是为有达共约可将于在从由“”\"、 ，,：:" or f[b - 1] == "能" and not re.search(
            r"[产效动功性智储热电核光风潜节体才技本职赋]$", f[a : b - 1]
        ) or f[b - 1] == "会" and lexicon.starts_with_verb(f[b : b + 6]):  # 经济会增长: will (委员会120个: a body)
            b -= 1
            continue
        adv = TRAIL_ADVERB.search(f, a, b) if f[b - 1] in TRAIL_ADVERB_ENDS else None
        if adv and adv.start() > a:
            b = adv.start()
            continue
        break
    inner = [m for m in INNER_PERIOD.finditer(f, a, b) if m.start() > a]
    if not inner and ("（" in f[a:b] or "(" in f[a:b]):  # 规模以上工业（年主营业务收入2000万元及以上…）增加值
        inner = [m for m in DEFINITION.finditer(f, a, b) if m.start() > a and m.end() < b]
    if inner:  # 增速自去年6月起保持: drop the period (or the class's definition) inside the name
        m = inner[-1]
        return (clean_name(t, a, m.start()) + t.text[m.end() : b]).strip("“”\"「」 ")
    seg = f[a:b]
    cut = seg.rfind("的", 0, len(seg) - 2)
    if cut > 0 and (len(seg) > 18 or len(seg) > 12 and len(seg) - cut > 4):
        a += cut + 1  # a long modifier: keep what follows its last 的 (…通过公共网络实现的零售额, 扣除…的核心CPI)
    while a < b and f[a] in "的之":
        a += 1
    if a < b and (f[b - 1] in "）)" or f[b - 2 : b] == "计算"):
        a, b = _without_aside(f, a, b)
    name = t.text[a:b].strip("“”\"「」 ")
    return name


# a name's closing parenthesis: what the text will call it (以下简称规上工业), how it was counted
# (按可比价格计算), the class it counts (（年主营业务收入2000万元以上）), or the indicator's own
# name after a description (占常住人口比重（城镇化率）)
ASIDE: Final = fastre.compile(r"(?:[（(](?:以下简称|以下称|下称|简称|下同|按[^（()）]*(?:计|价|口径))[^（()）]*[）)]|[（(][^（()）]*以[上下][^（()）]*[）)]|按[^（()）,，]{1,12}计算)$")
ALIAS: Final = fastre.compile(r"[（(]([^（()）]{2,20}(?:率|比重|占比|比例|指数))[）)]$")


def _without_aside(f: str, a: int, b: int) -> tuple[int, int]:
    """The bounds of the name without its closing parenthesis, or of the alias inside it."""
    aside = ASIDE.search(f, a, b)
    if aside and aside.start() - a >= 2:
        return a, aside.start()
    alias = ALIAS.search(f, a, b)
    if alias and alias.start() > a:
        return alias.start(1), alias.end(1)
    return a, b
