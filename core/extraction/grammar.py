"""The grammar of quantities: where figures are in a text and what they are worth.

Everything here runs on *folded* text: half-width, Simplified, with the same length as the
document's cleaned text, so every offset found here is an offset in the document. Names, units
and qualifiers are later read from the original text at the same spans.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from core.text import fastre
from core.text.fastre import beyond_bmp
from core.text.numerals import parse_number

CN_DIGIT: Final = "零〇一二两三四五六七八九"
CN_NUM: Final = rf"[一二两三四五六七八九十][{CN_DIGIT}十百千]*"
AR_NUM: Final = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
MAG: Final = r"(?:十|百|千(?![伏瓦米克]))?万?亿?"  # 千 of 千伏/千瓦/千米/千克 belongs to the unit

# Units as written (Simplified; matching runs on folded text). Longest first in the regex.
RATE_UNITS: Final = ["%", "‰", "个百分点", "百分点", "倍"]
MONEY_UNITS: Final = ["元", "美元", "港元", "欧元", "日元", "英镑", "澳元", "元人民币", "澳门元"]
MEASURE_UNITS: Final = [
    "吨", "千克", "公斤", "克", "斤", "亩", "公顷", "平方米", "平方公里", "平方千米", "立方米", "公里", "千米", "米",
    "千瓦时", "千瓦", "兆瓦", "吉瓦", "瓦", "千伏安", "千伏", "标箱", "吨标准煤", "微克/立方米", "毫克/立方米",
    "升", "桶", "度电", "度", "TEU", "ha", "GWh", "MWh", "kWh", "KWh", "GW", "MW", "kW", "KW", "万千瓦时",
    "吉瓦时", "兆瓦时", "吉瓦", "兆瓦", "℃", "摄氏度",
    "天", "岁",  # only as indicators of days (优良天数) and ages (人均预期寿命); see _number
]
COUNT_UNITS: Final = [
    "个", "家", "项", "名", "位", "人", "人次", "户", "套", "台", "辆", "件", "种", "条", "条段", "座", "所", "间", "张",
    "次", "批", "宗", "笔", "份", "篇", "场", "例", "处", "栋", "株", "棵", "头", "只", "艘", "架", "支", "款", "枚",
    "块", "床", "幢", "部", "门", "类", "列", "对", "根", "盏", "册", "路", "班", "趟", "单", "证", "本",
    "片", "颗", "台套", "辆次", "架次", "艘次", "标准箱",
    "所学校", "个村", "个镇", "个社区", "人口", "幅", "起",
]
ALL_UNITS: Final = sorted(set(RATE_UNITS + MONEY_UNITS + MEASURE_UNITS + COUNT_UNITS), key=len, reverse=True)
UNIT_RE: Final = "|".join(re.escape(u) for u in ALL_UNITS)

# a Chinese numeral is a figure only with a magnitude or unit after it (一是, 三年 are not)
QTY_NUM: Final = rf"{AR_NUM}|{CN_NUM}(?![{CN_DIGIT}十百千])(?=(?:余|多)?(?:万|亿|{UNIT_RE}))"
QTY_AFTER: Final = (rf"(?: (?=[万亿]|{UNIT_RE}))?(?P<app1>余|多)?(?P<mag>{MAG})(?P<app2>余|多)?(?P<unit>{UNIT_RE})?"
                    rf"(?P<post>左右|以上|以下|以内|之内|上下|之多|大关)?")
# QTY_NUM with its first character taken by a class, then the rest of its digits or its numerals:
# a pattern led by a class the engine scans for in its own loop, where one led by a lookahead (as
# fastre leads QTY_NUM) is entered at every position of the article (a tenth of the instructions)
QTY: Final = re.compile(
    rf"(?P<num>[\d一二两三四五六七八九十](?:(?<=\d)(?:\d{{0,2}}(?:,\d{{3}})+(?:\.\d+)?|\d*(?:\.\d+)?)"
    rf"|(?<=[一二两三四五六七八九十])[{CN_DIGIT}十百千]*(?![{CN_DIGIT}十百千])(?=(?:余|多)?(?:万|亿|{UNIT_RE}))))" + QTY_AFTER
)
QTY_IN_BMP: Final = fastre.in_bmp(QTY)  # (the scan of most articles: no character beyond the BMP)
FRACTION: Final = fastre.compile(rf"(?P<den>{AR_NUM}|{CN_NUM}|百|千|万)分之(?P<num>{AR_NUM}|{CN_NUM}(?:[点點][{CN_DIGIT}]+)?|百(?=[^分]|$))")
# (matched from each 成, one character before it: a scan would stop at every digit)
TENTHS: Final = re.compile(r"(?<![\d.])(?P<num>[一二两三四五六七八九1-9])成(?P<half>半)?(?![功为立本果员绩熟效就型交品都语长份])")
HALF: Final = fastre.compile(r"(?P<approx>接近|近|约|超过|超|逾)一半|过半")
FIRST_PLACE: Final = fastre.compile(r"首位")
TIME_OF_DAY: Final = fastre.compile(r"(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?")
TIMES_HALF: Final = fastre.compile(rf"(?P<num>{AR_NUM}|[一二两三四五六七八九十])倍半")
RATIO: Final = fastre.compile(r"\d[\d,.]*:[\d,.:]*\d")  # candidates; the strict shape is checked below
RATIO_STRICT: Final = fastre.compile(rf"(?:{AR_NUM})(?::(?:{AR_NUM})){{1,4}}")
# (the character before the magnitude is tested apart, so the engine can scan for 百, 千 and 万)
BARE_MAG: Final = re.compile(r"(?P<mag>百亿|千亿|万亿|千万|百万)(?P<unit>元|美元|港元)?(?P<post>大关)?(?!级)")
NUMBER_CHARS: Final = frozenset("0123456789零〇一二两三四五六七八九十百千万亿.")
CLAUSE_TAIL: Final = re.compile(r"[^,，。;；!?！？\n]{0,8}")
RANK_LEAD: Final = fastre.compile(
    r"(?:位居|居于|居|排名|排在|排|名列|位列|列|保持|稳居|跃居|升至|全国|全省|全市|全区|国内|全球|世界|西部|中部|东部|同类城市|全县)"
    r"[^\s,，。;；、]{0,10}?$"
)
RANK: Final = fastre.compile(
    rf"第(?P<num>{AR_NUM}|{CN_NUM})(?P<unit>位|名)?"
    rf"(?![个批届次期季章条款项卷专题轮部号名单家所座号线]|[\d{CN_DIGIT}十])"
)
TOP_N: Final = fastre.compile(
    rf"最[\u4e00-\u9fff]{{1,3}}的?(?P<num>{AR_NUM}|{CN_NUM})(?:大|强)"
    rf"|(?:位居|居|位列|跻身|进入|稳居|保持)(?:全国|全省|全市|全球|世界|国内|行业)?(?:同行业)?前(?P<num2>{AR_NUM}|{CN_NUM})(?:位|名|强)?"
)

# Unitless figures that are indicators: ratios and indices named as such (收入比为2.08, PMI为50.2)
INDEX_VALUE: Final = fastre.compile(
    r"(?:比|指数|系数|PMI|CPI|PPI)(?:值)?(?:为|是|达到|达|降至|升至|回落至|提高到|提高至|缩小至|缩小到|扩大到|扩大至)(?P<num>\d+\.\d+|\d+)(?![\d.%‰\u4e00-\u9fff])"
)
# Fixed political formulations counted with a small Chinese numeral: 四个意识, 两个维护, 五位一体
SLOGAN_AFTER: Final = fastre.compile(
    r"(?:意识|自信|维护|确立|全面|一体|翻番|务必|坚持|必须|没有变|不动摇|毫不动摇|表率|代表|文明|统筹|规定|"
    r"优先|相结合|面向|服务|作风|过硬|建设|振兴|革命|能力|本领|重要思想|着力|聚焦)"
)
# Small Chinese-numeral counts of a plan's own parts: 五个特色产业, 三项重点工作, 四个方面
PLAN_ITEMS: Final = fastre.compile(
    r"[\u4e00-\u9fff]{0,6}?(?:产业|行动|工程|任务|工作|方面|领域|体系|机制|战役|重点|环节|目标|举措|措施|原则|路径|方向|"
    r"战略|板块|集群|维度|导向|抓手|结合|转变|坚持)(?![\u4e00-\u9fff]{0,2}(?:园|区|基地|中心|企业|项目))"
)
# 近千家, 逾万人次: a magnitude alone as the figure, after an approximation word (matched with
# the word, so the engine can scan for its first character; the figure starts at the magnitude)
BARE_SMALL: Final = re.compile(rf"[近逾超上约](?P<mag>千|万|百)(?P<unit>{'|'.join(sorted(COUNT_UNITS, key=len, reverse=True))})")
WAN_QIAN: Final = fastre.compile(rf"(?P<d>\d)千(?P<app>余|多)?(?P<unit>{UNIT_RE})")
DURATION_AFTER: Final = fastre.compile(r"(?:月|工作日|小时|年|天|日|周|星期|礼拜|季度|分钟|秒|岁|周岁)")
MONTHS_PAY: Final = fastre.compile(r"的?(?:基本)?(?:薪金|工资|薪酬|薪水|薪资|底薪|月薪|人工)")


@dataclass(slots=True, init=False)  # (an __init__ of its own: compiled, a dataclass's is not)
class Quantity:
    start: int  # of the number (or of its approx prefix-free figure)
    end: int  # after unit / post marker
    value: float
    unit: str  # as matched in folded text; the caller re-reads it from the original
    unit_spans: tuple[tuple[int, int], ...]  # where the unit is written (a magnitude and a unit may be apart: 6.4万余户)
    approx: bool
    form: str  # "number" | "fraction" | "tenths" | "times" | "ratio" | "bare" | "rank" | "top"
    rank_lead: str
    group: int  # ratio components share the offset where their ratio starts

    def __init__(self, start: int, end: int, value: float, unit: str, unit_spans: tuple[tuple[int, int], ...],
                 approx: bool, form: str, rank_lead: str = "", group: int = -1) -> None:
        self.start, self.end, self.value, self.unit, self.unit_spans = start, end, value, unit, unit_spans
        self.approx, self.form, self.rank_lead, self.group = approx, form, rank_lead, group

    @property
    def has_unit(self) -> bool:
        return bool(self.unit)


ORDINAL_LIST: Final = re.compile(rf"[、和及]\S{{0,6}}第(?:{CN_NUM}|\d+)个")  # 全国第三、西部第二个
CLOCK_AFTER: Final = re.compile(r"\s*(?:GMT|UTC|[+-]\d{4}|时|分|左右|前|后|举行|开始|截止)")  # 07:07:39 GMT
DAY_OR_SPACE: Final = re.compile(r"(?:\d|日|\s)$")  # 9日 10:30


QUOTED: Final = fastre.compile(r"[“\"「『][^”\"」』]{1,10}[”\"」』]")


def _quoted_spans(h: str) -> bytearray:
    """Inside of short quoted strings (slogans such as “五个一”, “33618”, “3+2”), as a mask."""
    mask = bytearray(len(h) + 1)
    for m in QUOTED.finditer(h):
        mask[m.start() + 1 : m.end() - 1] = b"\x01" * (m.end() - m.start() - 2)
    return mask


def ahead(pattern: re.Pattern, s: str, pos: int) -> str:
    """What ``pattern`` (a clause's next few characters, which may be none) matches at ``pos``."""
    m = pattern.match(s, pos)
    return m.group() if m else ""


def _inside(pos: int, mask: bytearray) -> bool:
    return bool(mask[pos])


def _class_threshold(h: str, start: int, end: int) -> bool:
    """超10亿元(的)项目28个: a figure after 超/逾 that bounds a class of things then counted."""
    return h[start - 1 : start] in OVER_ENDS and OVER_BEFORE.search(h, max(0, start - 2), start) is not None and \
        THRESHOLD_CLASS.match(h, end + (h[end : end + 1] == "的"), end + 11) is not None


DEFINITION: Final = fastre.compile(r"[（(][^（()）,，。；;]{0,24}?\d[^（()）,，。；;]{0,24}?以[上下][^（()）,，。；;]{0,16}[）)]")


def _defines_class(h: str, start: int, end: int) -> bool:
    """规上工业企业（年主营业务收入2000万元及以上）1200家: a threshold in brackets after a name
    defines the class counted, it is no figure of its own."""
    opening = max(h.rfind("（", max(0, start - 25), start), h.rfind("(", max(0, start - 25), start))
    if opening < 1 or not HAN.match(h[opening - 1]):
        return False
    m = DEFINITION.match(h, opening)
    return m is not None and m.end() > end


def _find_all(h: str, mark: str) -> list[int]:
    """Where ``mark`` is in ``h``, left to right."""
    out: list[int] = []
    i = h.find(mark)
    while i != -1:
        out.append(i)
        i = h.find(mark, i + 1)
    return out


def _tenths(h: str) -> list[re.Match]:
    """``TENTHS.finditer(h)``, tried only where a 成 is (each match holds its own)."""
    return [m for i in _find_all(h, "成") if i and (m := TENTHS.match(h, i - 1))]


def matches_at(pattern: re.Pattern, h: str, starts: list[int]) -> list[re.Match]:
    """``pattern.finditer(h)`` when a match can only start at one of ``starts`` (in order, no
    repeats): the pattern is tried there alone, never inside the last match (the engine would try
    every position of the article, and these patterns open with common characters)."""
    out: list[re.Match] = []
    end = 0
    for p in starts:
        if p >= end and (m := pattern.match(h, p)) is not None:
            out.append(m)
            end = m.end()
    return out


def _run_starts(h: str, mark: str, chars: str) -> list[int]:
    """Every position of the run of decimal digits and ``chars`` just before each ``mark``: where a
    match whose first part (such characters only) ends at a ``mark`` can start."""
    out: list[int] = []
    for i in _find_all(h, mark):
        r = i
        while r > 0 and (h[r - 1].isdecimal() or h[r - 1] in chars):
            r -= 1
        out += range(r, i)
    return out


def _half_starts(h: str) -> list[int]:
    """Where HALF can match: it ends with a 半 and holds two to four characters (过半, 接近一半)."""
    return sorted({p for i in _find_all(h, "半") for p in (i - 3, i - 2, i - 1) if p >= 0})


def _top_starts(h: str) -> list[int]:
    """Where TOP_N can match: at a 最, or up to seven characters before a 前 that a number follows
    (位居 + 全国 + 同行业 + 前)."""
    out = _find_all(h, "最")
    for i in _find_all(h, "前"):
        after = h[i + 1 : i + 2]
        if after and (after.isdecimal() or after in "一二两三四五六七八九十"):
            out += range(max(0, i - 7), i)
    return sorted(set(out))


_FRACTION_DENOMINATOR: Final = ",.零〇一二两三四五六七八九十百千万"  # what can stand before 分之 (and digits)


def find_quantities(h: str) -> list[Quantity]:
    """All figures in folded text ``h``, left to right, without overlaps."""
    found: list[Quantity] = []
    taken = bytearray(len(h) + 1)
    quoted = _quoted_spans(h)

    def claim(q: Quantity) -> None:
        if taken.find(1, q.start, q.end) != -1:
            return
        taken[q.start : q.end] = b"\x01" * (q.end - q.start)
        found.append(q)

    for m in RANK.finditer(h):
        if _inside(m.start(), quoted):
            continue  # 打造数字“第一城”: a title in quotes, not a ranking
        lead = RANK_LEAD.search(h, max(0, m.start() - 14), m.start())
        if lead is None:
            continue
        if ORDINAL_LIST.match(h, m.end(), m.end() + 12):
            continue  # 全国第三、西部第二个: an ordinal list, not a ranking
        claim(Quantity(m.start(), m.end(), parse_number(m.group("num")), m.group("unit") or "", _spans(m, "unit"), False, "rank",
                       rank_lead=lead.group()))
    for m in matches_at(TOP_N, h, _top_starts(h)):
        g = "num" if m.group("num") else "num2"
        top_lead = h[m.start() : m.start(g) - 1] if g == "num2" else ""
        claim(Quantity(m.start(g), m.end(), parse_number(m.group(g)), "", (), True, "top", rank_lead=top_lead))
    for m in matches_at(RATIO, h, _run_starts(h, ":", ",.")):
        if _inside(m.start(), quoted) or not RATIO_STRICT.fullmatch(m.group()) or h[m.start() - 1 : m.start()] == ".":
            continue
        if TIME_OF_DAY.fullmatch(m.group()) and (
            CLOCK_AFTER.match(h, m.end(), m.end() + 6)
            or DAY_OR_SPACE.search(h[max(0, m.start() - 1) : m.start()])
        ):
            continue  # 07:07:39 GMT, 9日 10:30: a time of day, not a ratio
        pos = m.start()
        for part in m.group().split(":"):
            claim(Quantity(pos, pos + len(part), float(part.replace(",", "")), "", (), False, "ratio", group=m.start()))
            pos += len(part) + 1
    for m in matches_at(FRACTION, h, _run_starts(h, "分之", _FRACTION_DENOMINATOR)):
        den, num = m.group("den"), m.group("num")
        if den == "百":
            claim(Quantity(m.start(), m.end(), parse_number(num), "%", (), False, "fraction"))
        else:
            d = {"千": 1000.0, "万": 10000.0}.get(den) or parse_number(den)
            if d:
                claim(Quantity(m.start(), m.end(), parse_number(num) / d, "", (), False, "fraction"))
    for m in _tenths(h):
        if h[m.start() - 1 : m.start()] in ("一", "第") or _inside(m.start(), quoted):
            continue
        value = parse_number(m.group("num")[0]) * 10 + (5 if m.group("half") else 0)
        claim(Quantity(m.start(), m.end(), value, "%", (), False, "tenths"))
    for m in matches_at(HALF, h, _half_starts(h)):
        claim(Quantity(m.start(), m.end(), 50.0, "%", (), True, "tenths"))
    for m in FIRST_PLACE.finditer(h) if "首位" in h else ():
        lead = RANK_LEAD.search(h, max(0, m.start() - 14), m.start())
        if lead is not None:  # 居全国城市首位: first
            claim(Quantity(m.start(), m.end(), 1.0, "位", ((m.end() - 1, m.end()),), False, "rank", rank_lead=lead.group()))
    for m in TIMES_HALF.finditer(h) if "倍半" in h else ():
        claim(Quantity(m.start(), m.end(), parse_number(m.group("num")) + 0.5, "倍", ((m.end() - 2, m.end() - 1),), False, "times"))
    for m in bare_magnitudes(h) if "亿" in h or "万" in h else ():
        unit = m.group("mag") + (m.group("unit") or "")
        if _class_threshold(h, m.start(), m.end()):
            continue  # 超百亿元项目3个
        if m.group("unit") or "目标" in ahead(CLAUSE_TAIL, h, m.end()):
            claim(Quantity(m.start(), m.end(), 1.0, unit, _spans(m, "mag", "unit"), bool(m.group("unit")), "bare"))

    for m in BARE_SMALL.finditer(h) if "千" in h or "万" in h or "百" in h else ():
        if not _inside(m.start("mag"), quoted):
            claim(Quantity(m.start("mag"), m.end(), 1.0, m.group("mag") + m.group("unit"), _spans(m, "mag", "unit"), True, "bare"))
    for m in (QTY if beyond_bmp(h) else QTY_IN_BMP).finditer(h):
        q = _number(h, m, quoted)
        if q is not None and not _defines_class(h, q.start, q.end):
            claim(q)
    for m in INDEX_VALUE.finditer(h):
        claim(Quantity(m.start("num"), m.end("num"), float(m.group("num")), "", (), False, "index"))
    found.sort(key=lambda q: q.start)
    _ranges(h, found)
    return [q for q in found if q.has_unit or q.form in ("ratio", "fraction", "rank", "top", "index")]


RANGE_DASH_AFTER: Final = re.compile(r"[\d%\u4e00-\u9fff]")
MINUS_AFTER: Final = re.compile(r"[\u4e00-\u9fff(（:：,，]")
# The characters around a figure that make it part of a code (A3, v2.1, #5, 5G, 3+2), tested one
# character at a time by set membership (a regex call each cost several times more, 35 figures an article)
LATIN: Final = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
CODE_BEFORE: Final = LATIN | frozenset(".+/-_#—~")
CODE_AFTER: Final = LATIN | frozenset("+")
RANGE_NEXT: Final = re.compile(r"\s*(?:-|—|~|至|到)\s*")
SESSION_AFTER: Final = re.compile(r"产业|全会|会议|全体会议|代表大会|常委会")
HAN: Final = re.compile(r"[\u4e00-\u9fff]")
DAYS_NAME: Final = re.compile(r"天数[^,，。;；]*$")
AGE_NAME: Final = re.compile(r"(?:寿命|年龄|岁数)[^,，。;；]*$")
COUNT_BEFORE: Final = re.compile(r"(?:\d|[一二两三四五六七八九十])[个家项批]$")
OVER_BEFORE: Final = re.compile(r"(?:超过|超|逾|过)$")
OVER_ENDS: Final = fastre.ends(OVER_BEFORE)
THRESHOLD_CLASS: Final = re.compile(r"[\u4e00-\u9fff]{1,8}?(?:\d|[两二三四五六七八九十]+[个家项])")


def bare_magnitudes(h: str) -> list[re.Match]:
    """百亿, 千万元 standing alone; not inside a number (3千万, 一百万: the main grammar reads those)."""
    out = []
    for m in BARE_MAG.finditer(h):
        before = h[m.start() - 1] if m.start() else ""
        if not (before and (before in NUMBER_CHARS or before.isdecimal())):
            out.append(m)
    return out


def _number(h: str, m: re.Match, quoted) -> Quantity | None:
    mag_g, unit_g = m.group("mag"), m.group("unit")
    end = m.end()
    if not unit_g and not mag_g and not RANGE_NEXT.match(h, end):
        return None  # a bare number (a year, a code) that opens no range: decided at the end anyway
    s, num, num_end = m.start("num"), m.group("num"), m.end("num")
    before, after_num = h[s - 1 : s], h[num_end : num_end + 1]
    unit = (mag_g or "") + (unit_g or "")
    is_cn = not num[0].isdigit()
    # Figures that are parts of names, codes, dates or slogans.
    range_dash = before != "" and before in "-—~" and RANGE_DASH_AFTER.match(h[s - 2 : s - 1]) is not None
    # 增长-3.2%: a minus sign after a word (not a range after a figure) makes the figure negative
    negative = before in ("-", "−") and before != "" and MINUS_AFTER.match(h[s - 2 : s - 1] or ",") is not None
    if before in CODE_BEFORE and not range_dash:
        return None
    ascii_unit = bool(unit_g) and unit_g[0].isascii() and h[end : end + 1] not in LATIN
    if (after_num in CODE_AFTER and not ascii_unit) or h[end : end + 1] == "+":
        return None  # 5G, 4K, PM2.5, 3+2 (but 50GWh is a figure)
    if after_num == "/" and h[num_end + 1 : num_end + 2].isdecimal():
        return None  # 3/4
    if before == "第" or h[s - 2 : s] in ("数十", "几十") or before in ("每", "逐") or before in ("数", "几") and is_cn:
        return None  # (项目数285项: after a noun's 数 an Arabic figure is a count)
    if is_cn and (num == "一" and unit_g != "倍" and not mag_g and not _listed_with_a_count(h, s, unit_g)
                  or num == "十" and not unit_g):
        return None  # 一批, 一个 are not counts; 一万个, 一倍 are, and 一幅 in 3幅商业用地和一幅酒店用地
    if is_cn and h[end : end + 1] == "一" and unit_g == "个":  # 五个一, 四个一批
        return None
    if is_cn and unit_g in ("个", "位", "项", "大") and SLOGAN_AFTER.match(h, end):
        return None  # 四个意识, 两个维护, 五位一体
    if is_cn and unit_g in ("个", "项", "大", "条") and PLAN_ITEMS.match(h, end):
        return None  # 培育五个特色产业, 实施三项行动: the outline of a plan, not a measured count
    if unit_g in ("千伏", "伏", "千伏安") and HAN.match(h, end, end + 1):
        return None  # 110千伏变电站: the voltage names the kind of station
    if _inside(s, quoted) and not unit_g:
        return None
    if _inside(s, quoted) and (is_cn or len(re.sub(r"\D", "", num)) >= 4):
        return None
    approx = bool(m.group("app1") or m.group("app2") or m.group("post"))
    if unit_g == "个" and not mag_g and h[end : end + 1] == "月" and MONTHS_PAY.match(h, end + 1):
        # 花红平均为1.5个月工资: months of pay are an amount, not a duration
        return Quantity(s, end + 1, parse_number(num), "个月", ((m.start("unit"), end + 1),), approx, "number")
    if unit_g and unit_g in ("个", "人", "名", "批", "场") and DURATION_AFTER.match(h, end):
        return None
    if unit_g == "次" and (
        h[max(0, s - 2) : s] == "连续" or before == "届" or SESSION_AFTER.match(h, end)
    ):
        return None
    if h[max(0, s - 2) : s] in ("连续", "持续") and unit_g in ("年", "届"):
        return None
    if not unit_g and not mag_g:
        # a bare number only lives on as the first half of a range (1-2个) or a ratio
        if RANGE_NEXT.match(h, end):
            return Quantity(s, m.end(), parse_number(num), "", (), bool(m.group("app1")), "number")
        return None
    if h[end : end + 1] == "级":  # 千万级, 百亿级: a class, not a figure
        return None
    if unit_g == "天" and not DAYS_NAME.search(h[max(0, s - 14) : s]):
        return None  # durations (3天内办结) are not figures; 优良天数达到335天 is
    if unit_g == "岁" and not AGE_NAME.search(h[max(0, s - 14) : s]):
        return None
    if (
        m.group("post") in ("以上", "以下")
        and unit_g in MONEY_UNITS + MEASURE_UNITS
        and THRESHOLD_CLASS.match(h[end : end + 10])
    ):
        return None  # 50亿元以上项目2个: a class of projects named by a threshold
    if m.group("post") in ("以上", "以下") and (unit_g in MONEY_UNITS or not unit_g) and COUNT_BEFORE.search(h, max(0, s - 6), s) \
            and HAN.match(h, end, end + 1):
        return None  # 10个三十亿以上重大项目: the class the count is of
    if unit_g and _class_threshold(h, s, end):
        return None  # 年销售收入超10亿元的龙头企业达100家, 超10亿元项目28个: the threshold of a class that is counted
    try:
        value = parse_number(num)
    except ValueError:
        return None
    if mag_g == "万" and not unit_g:
        sub = WAN_QIAN.match(h, m.end())
        if sub:  # 12万7千多名 = 12.7万名
            spans = ((m.start("mag"), m.end("mag")), sub.span("unit"))
            return Quantity(s, sub.end(), value + int(sub.group("d")) / 10, "万" + sub.group("unit"), spans,
                            approx or bool(sub.group("app")), "number")
    if not unit:
        return None
    if negative:
        return Quantity(s - 1, m.end(), -value, unit, _spans(m, "mag", "unit"), approx, "number")
    return Quantity(s, m.end(), value, unit, _spans(m, "mag", "unit"), approx, "number")


def _listed_with_a_count(h: str, s: int, unit: str | None) -> bool:
    """The 一 at ``s`` joins a list after a count in digits with the same counter, in the same clause
    (3幅商业用地和一幅酒店用地, 建成5个中心及一个平台): one of the counted things."""
    if not unit or h[s - 1 : s] not in LIST_JOINERS:
        return False
    head = h[max(0, s - 24) : s - 1]
    head = CLAUSE_TAIL_BREAK.split(head)[-1]
    return re.search(r"\d" + re.escape(unit), head) is not None


LIST_JOINERS: Final = frozenset("和及与、")
CLAUSE_TAIL_BREAK: Final = re.compile(r"[，,。；;：:！？!?\n]")


def _spans(m: re.Match, *groups: str) -> tuple[tuple[int, int], ...]:
    return tuple(m.span(g) for g in groups if m.group(g))


def _ranges(h: str, found: list[Quantity]) -> None:
    """1-2个, 5%-8%, 3至5年: the first figure takes the unit of the second."""
    for a, b in zip(found, found[1:]):
        if a.unit or a.form != "number" or not b.unit:
            continue
        if RANGE_NEXT.fullmatch(h, a.end, b.start):
            a.unit = b.unit
            a.unit_spans = b.unit_spans
