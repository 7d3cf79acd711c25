"""Figures read together: ``分别``/``均`` lists, from→to pairs, ranges and ratio changes."""
from __future__ import annotations

import re
from typing import Final

from core.extraction import lexicon
from core.extraction.clause import Draft, TextView
from core.extraction.grammar import RANGE_NEXT, Quantity
from core.extraction.names import clean_name
from core.extraction.patterns import FROM_BEFORE, FROM_ENDS, TO_BETWEEN, TO_NO_FIGURE
from core.text.script import fold_short


LIST_MARK: Final = re.compile(r"分别|(?<![人年平户日月])均(?!值|价|衡|等|匀)|都(?![市会城])")
LIST_SEPARATOR: Final = re.compile(r"\s*(?:、|,|，|和|及|与)\s*")


def list_names(t: TextView, s0: int, qs: list[Quantity]) -> tuple[dict[int, list[str]], dict[int, int]]:
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
        if "分别" not in left and "均" not in left and "都" not in left:
            continue
        marks = list(LIST_MARK.finditer(left))
        if not marks:
            continue
        m = next((x for x in marks if x.group() == "分别"), marks[-1])
        items = split_items(t, c0, c0 + m.start())
        if m.group() == "分别":
            run = [i]
            while run[-1] + 1 < len(qs) and LIST_SEPARATOR.fullmatch(f, qs[run[-1]].end, qs[run[-1] + 1].start):
                run.append(run[-1] + 1)
            for j in run[1:]:
                follows[j] = i
            if len(items) > len(run) >= 2:  # 交通运输、教育、科技以及信息化行业 with three values: 、 alone separates
                items = split_items(t, c0, c0 + m.start(), "、")
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


def split_items(t: TextView, a: int, b: int, separators: str = r"以及|、|和|及|与") -> list[str]:
    f = t.f
    items, start = [], a
    for m in re.finditer(separators, f[a:b]):
        items.append((start, a + m.start()))
        start = a + m.end()
    items.append((start, b))
    names = []
    for x, y in items:
        nm = clean_name(t, x, y)
        if nm:
            names.append(nm)
    return shared_head(names) if len(names) == len(items) else []


def shared_head(items: list[str]) -> list[str]:
    """钢材、水泥、平板玻璃产量 → 钢材产量, 水泥产量, 平板玻璃产量: the last item's head noun
    belongs to every short item before it (城镇、农村居民人均可支配收入 → 城镇居民人均可支配收入)."""
    if len(items) < 2:
        return items
    last = items[-1]
    words = lexicon.tokens(fold_short(last))
    if len(words) < 2 or any(len(x) > 6 for x in items[:-1]):
        return items
    k, n = 0, 0
    while k < len(words) - 1 and n < 2:  # the modifier: the shortest run of words of two characters or more
        n += len(words[k])
        k += 1
    head = last[n:]
    if fold_short(head).startswith(("以及", "和", "及", "与", "或")):
        head = last[len(last) - len(words[-1]):]  # 科技以及信息化行业: the head is 行业
    if len(head) < 2 or lexicon.starts_with_verb(fold_short(head)) or any(fold_short(x).endswith(fold_short(head)) for x in items[:-1]):
        return items
    return [x + head for x in items[:-1]] + [last]


def earlier_name(drafts: list[Draft], qs: list[Quantity], follows: dict[int, int], i: int, k: int) -> str:
    """The name of the earlier figure that the figure at position ``k`` (counted from the run's
    end: -n … -1) of a 分别 run refers to: 接待游客…，旅游收入…，分别增长15%和20%."""
    first = follows.get(i, i)
    earlier = [d for d in distinct_names(drafts) if d.q.start < qs[first].start]
    return earlier[len(earlier) + k].name if len(earlier) >= -k else ""


def distinct_names(drafts: list[Draft]) -> list[Draft]:
    """Earlier figures of the sentence, one per name (a level and its growth share a name)."""
    out: list[Draft] = []
    for d in drafts:
        if out and out[-1].name == d.name:
            continue
        out.append(d)
    return out


def from_to(f: str, qs: list[Quantity]) -> dict[int, str]:
    """由20%提高到57%, 从2017年的55.1%提高到2022年的61.3%: both figures are ``change``."""
    pairs: dict[int, str] = {}
    for i, a in enumerate(qs):
        if i in pairs or not (f[a.start - 1 : a.start] in FROM_ENDS and FROM_BEFORE.search(f[max(0, a.start - 14) : a.start])):
            continue
        if i + 1 < len(qs) and TO_BETWEEN.fullmatch(f[a.end : qs[i + 1].start]):
            pairs[i] = "change"
            pairs[i + 1] = "to"
        elif TO_NO_FIGURE.match(f, a.end):
            pairs[i] = "change"  # 由上涨2.5%转为持平: the to-value is no figure
    return pairs


def ratio_from_to(f: str, qs: list[Quantity]) -> dict[int, int]:
    """由8.3∶41.4∶50.3调整为7.9∶40.2∶51.9: the second ratio's group -> the first's."""
    starts = sorted({q.group for q in qs if q.form == "ratio"})
    ends = {g: max(q.end for q in qs if q.group == g) for g in starts}
    out = {}
    for a, b in zip(starts, starts[1:]):
        if re.search(r"(?:由|从)$", f[max(0, a - 1) : a]) and re.fullmatch(r"[\u4e00-\u9fff]{0,4}(?:为|到|至)", f[ends[a] : b]):
            out[b] = a
    return out


def is_range(f: str, a: Quantity, b: Quantity) -> bool:
    return a.form == "number" and b.form == "number" and a.unit == b.unit and bool(RANGE_NEXT.fullmatch(f, a.end, b.start))
