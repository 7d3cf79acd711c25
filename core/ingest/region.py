"""Which administrative area an article is about, from the gazetteer bundled with ``cpca``.

We read cpca's adcode table directly (its package import needs setuptools' pkg_resources) and
count mentions of every province, city and county-level name, full (大渡口区) or short (大渡口),
in the text folded to Simplified. Mentions of a district count for its city and province too.
Names are found leftmost-longest without overlaps (大渡口区 over 大渡口), by
``core.text.wordlist``.
"""
from __future__ import annotations

import csv
import importlib.util
import os
from collections import Counter
from functools import lru_cache
from importlib import resources
from typing import Any, Final
from core.text import fastre
from core.text.wordlist import WordList

_SUFFIXES: Final = ("特别行政区", "维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "自治州", "自治县", "地区", "新区", "林区", "省", "市", "区", "县", "旗", "盟")
_SKIP_NAMES: Final = {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"}


def _adcodes_path() -> str:
    spec = importlib.util.find_spec("cpca")
    # read untyped: a frozen program's package path is no list, whatever the stubs say (and the
    # compiled module checks what the stubs say)
    locations: Any = getattr(spec, "submodule_search_locations", None)
    if not locations:
        raise RuntimeError("the cpca gazetteer package is not installed")
    return os.path.join(next(iter(locations)), "resources", "adcodes.csv")


def _short(name: str) -> str:
    for suffix in _SUFFIXES:
        if name.endswith(suffix) and len(name) - len(suffix) >= 2:
            return name[: -len(suffix)]
    return name


def adcode_names() -> dict[str, str]:
    """adcode (6 digits) -> official name, from cpca's table."""
    names: dict[str, str] = {}
    with open(_adcodes_path(), encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            names[row["adcode"][:6]] = row["name"]
    return names


def short_names(names: dict[str, str]) -> dict[str, str]:
    """adcode -> short name (大渡口 for 大渡口区) where the name has one."""
    return {c: _short(n) for c, n in names.items() if n not in _SKIP_NAMES and _short(n) != n and len(_short(n)) >= 2}


class Gazetteer:
    """Place names (full and short) → the areas they may name, found leftmost-longest."""

    def __init__(self, keys: dict[str, list[tuple[str, int]]]):
        self.keys = keys
        self.names = WordList(keys)

    def mentions(self, text: str) -> Counter[str]:
        return Counter(name for _, name in self.names.find(text))


@lru_cache(maxsize=1)
def _gazetteer() -> tuple[dict[str, str], Gazetteer]:
    names = adcode_names()
    # short names that are everyday words (南岸 is, 大渡口 is not) count only for provinces; the
    # list is made at build time from jieba's frequencies (build_spec/make_region_data.py)
    common = set(resources.files("core.data").joinpath("region_common_short_names.txt").read_text(encoding="utf-8").split())
    keys: dict[str, list[tuple[str, int]]] = {}
    for code, name in names.items():
        if name in _SKIP_NAMES:
            continue
        keys.setdefault(name, []).append((code, 3))
        short = _short(name)
        is_province = code.endswith("0000")
        # a prefecture-level city's short name (长沙, 深圳) names the city even when jieba finds it
        # frequent; only a few are also everyday words
        is_city = code.endswith("00") and short not in CITY_WORDS
        if short != name and len(short) >= 2 and (is_province or is_city or short not in common):
            keys.setdefault(short, []).append((code, 1))
    return names, Gazetteer(keys)


@lru_cache(maxsize=8192)
def _parents(code: str) -> tuple[str, ...]:
    """Province, city, code: the areas a mention of ``code`` counts for."""
    province = code[:2] + "0000"
    city = code[:4] + "00"
    chain = [province]
    if city != province:
        chain.append(city)
    if code != city:
        chain.append(code)
    return tuple(chain)


NATIONAL: Final = fastre.compile(r"国家统计局|国务院|全国(?:居民|规模以上|固定资产|社会消费品|城镇|GDP|国内生产总值|经济)|国内生产总值")
HONG_KONG: Final = fastre.compile(r"香港|本港|全港|财政司司长|港元|港币|立法会|特区政府")
HONG_KONG_ONLY: Final = fastre.compile(r"财政司司长|特区政府|立法会|财政预算案|本港|全港")  # one is enough
TITLE_WEIGHT: Final = 3
CITY_WORDS: Final = frozenset("大同 安康 长治 普洱 黄山 吉安 白山 三明 通化 东方 永安 太平 和平 新乡 中山 阳江".split())


def find_region(text_simplified: str, title: str | None = None,
                shown: tuple[str, str | None] | None = None) -> tuple[str | None, str | None]:
    """The region an article is about (香港特别行政区, 广东省深圳市光明区, 全国 for national
    figures) and the line that names it, from the head of the text and the title (which counts
    more); (None, None) when no place stands out. ``shown``: the text and title as written, line
    for line the same as the folded ones, to quote the line from."""
    names, gazetteer = _gazetteer()
    code = _best_code(text_simplified + ("\n" + title) * TITLE_WEIGHT if title else text_simplified, gazetteer)
    if code is None:
        nat = NATIONAL.search(title or "") or (len(NATIONAL.findall(text_simplified)) >= 2 and NATIONAL.search(text_simplified))
        if nat:
            return "全国", _line_with(text_simplified, title, nat.group(), shown)
        return None, None
    chain = [c for c in _parents(code) if names.get(c) and names[c] not in _SKIP_NAMES]
    last = names[chain[-1]]
    return "".join(names[c] for c in chain), _line_with(text_simplified, title, _short(last), shown)


def _line_with(text: str, title: str | None, word: str, shown: tuple[str, str | None] | None) -> str | None:
    shown_text, shown_title = shown or (text, title)
    lines = ([title] if title else []) + text.split("\n")
    originals = ([shown_title or title] if title else []) + shown_text.split("\n")
    for line, original in zip(lines, originals):
        if word in line:
            return original.strip()[:120]
    return None


def _best_code(text_simplified: str, gazetteer: Gazetteer) -> str | None:
    score: dict[str, float] = {}
    hk = len(HONG_KONG.findall(text_simplified))
    if hk >= 2 or HONG_KONG_ONLY.search(text_simplified):
        # a Hong Kong text names its government, budget and currency more often than the city
        score["810000"] = max(hk, 2)
    for key, count in gazetteer.mentions(text_simplified).items():
        entries = gazetteer.keys[key]
        # An ambiguous short name counts a little for each reading.
        for code, weight in entries:
            w = count * weight / len(entries)
            for parent in _parents(code):
                score[parent] = score.get(parent, 0.0) + w
    if not score:
        return None

    def best_child(parent: str | None, level: int) -> str | None:
        cands = [
            (s, c) for c, s in score.items()
            if _level(c) == level and (parent is None or _parents(c)[:-1][-1:] == (parent,) or (level == 3 and _parents(c)[0] == parent and len(_parents(c)) == 2))
        ]
        cands.sort(reverse=True)
        if not cands or cands[0][0] < 2:
            return None
        # descend only when the article is mostly about this child, not just mentions it
        if parent is not None and cands[0][0] < 0.35 * score[parent]:
            return None
        if len(cands) > 1 and cands[0][0] < 2 * cands[1][0]:
            return None
        return cands[0][1]

    province = best_child(None, 1)
    if province is None:
        return None
    city = best_child(province, 2)
    if city:
        return best_child(city, 3) or city
    # municipalities: districts hang under a 市辖区 pseudo-city
    return best_child(province, 3) or province


def _level(code: str) -> int:
    if code.endswith("0000"):
        return 1
    if code.endswith("00"):
        return 2
    return 3
