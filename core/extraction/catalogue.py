"""Indicator catalogue: the canonical (Simplified) and English name of an indicator name.

A record's ``name`` is written as in the article (``全市规上工业增加值``, ``本地生產總值``,
``CPI同比``). :meth:`Catalogue.lookup` folds it (Traditional -> Simplified, full-width ->
half-width, no spaces or quotes, abbreviations spelt out), then looks it up among the canonical
names and synonyms; failing that, it strips leading scope, period and place words (全市, 1-10月,
江西省, 武汉) and trailing growth words (同比, 增速, 涨幅比上月回落, (亿元)) and looks again.
There is no fuzzy matching: a sub-item without its own row (汽车制造业增加值) gives None, never
its parent. The shipped table is ``data/indicators.tsv``; a user's ``indicators.tsv`` in the data
directory adds rows or overrides shipped ones.
"""
from __future__ import annotations

import os
import re
import stat
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Final

from core.text.script import to_simplified
from core.userdirs import data_dir

COLUMNS: Final = ("indicator", "indicator_en", "domain", "synonyms")
USER_FILE: Final = "indicators.tsv"


class CatalogueError(ValueError):
    """A malformed row in a catalogue file (the message names the file and line)."""


@dataclass(frozen=True)
class Entry:
    indicator: str
    indicator_en: str
    domain: str


# -- normalisation ---------------------------------------------------------------------------

_DROP: Final = str.maketrans("", "", " \t\u3000“”\"'‘’「」『』")
_VARIANTS: Final = str.maketrans({"衞": "卫", "綫": "线"})
# spelt out on both sides (catalogue keys and queried names), longest first
_ABBREVIATIONS: Final = (
    ("研究与试验发展", "R&D"), ("研究与实验发展", "R&D"), ("研究和试验发展", "R&D"), ("研发", "R&D"),
    ("社零总额", "社会消费品零售总额"), ("社零", "社会消费品零售总额"),
    ("固投", "固定资产投资"), ("规上", "规模以上"),
    ("外贸进出口", "进出口"), ("货物贸易进出口", "进出口"), ("货物进出口", "进出口"),
)


def normalise(name: str) -> str:
    """The folded form both catalogue keys and queried names are compared in."""
    s = to_simplified(unicodedata.normalize("NFKC", name)).translate(_VARIANTS).translate(_DROP).upper()
    for short, long in _ABBREVIATIONS:
        if short in s:
            s = s.replace(short, long)
    return s


# leading words that say where or when, not what
_SCOPE: Final = re.compile(r"^(?:全国|全省|全市|全区|全县|全州|全港|本港|本市|本省|本区|我国|我省|我市|我区|我县|本地(?!生产总值))")
_PERIOD: Final = re.compile(
    r"^(?:(?:19|20)\d\d年(?:度)?)?(?:全年|今年|去年|上年|年度|上半年|下半年|前三季度|第?[一二三四1-4]季度"
    r"|\d{1,2}-\d{1,2}月(?:份)?|\d{1,2}月(?:份)?|1至\d{1,2}月)?"
)
_LOCAL_SCOPES: Final = ("全省", "全市", "全区", "全县", "全州", "本市", "本省", "本区", "我省", "我市", "我区", "我县")
_ADMIN_SUFFIX: Final = "省市区县"
_GENERIC_ZONE: Final = ("开发", "示范", "新", "园", "城", "市", "辖", "社", "郊", "山", "景", "片", "街", "矿", "保税", "自贸",
                 "高新", "经开", "功能", "核心", "先行", "试验", "实验", "综试", "地", "全", "本", "我", "各", "该", "库")
# trailing words that say how the figure is measured (growth, target, rank: the record's kind), not what
_GROWTH_TAIL: Final = re.compile(
    r"(?:(?:比|较)(?:上年|去年|上月|上季|上季度|上年同期|去年同期|(?:19|20)\d\d年)(?:同期)?"
    r"(?:扩大|收窄|回落|回升|加快|放缓|提高|下降|增加|减少|上升|增长|持平)?"
    r"|(?:涨幅|降幅|增幅|增速|跌幅)(?:扩大|收窄|回落|回升|加快|放缓)"
    r"|同比|环比|按年|按月|按季|增长率|增长速度|增速|增幅|涨幅|降幅|跌幅|升幅|变动率|变动|变幅|增长|上涨|下降|下跌|回落"
    r"|降低|提高|减少|增加|上升|回升|扩大|缩小|收窄"
    r"|增加额|增长额|实质|实际|名义|年均|累计平均|预期目标|目标|\([^()]*\)"
    r"|(?:全国|全省|全市|全区|[\u4e00-\u9fff]{2,3}[省市])?(?:城市)?(?:排名|排位|位次))"
)
_TOTAL_TAIL: Final = ("总额", "总值", "总量")
# a local scope makes a national indicator the regional one (全市GDP is the city's 地区生产总值)
_REGIONAL: Final = {"国内生产总值": "地区生产总值", "人均国内生产总值": "人均地区生产总值"}


@lru_cache(maxsize=1)
def _place_names() -> frozenset[str]:
    """Short names of provinces and prefecture-level cities (江西, 武汉), from the gazetteer.

    Counties are left out: their short names include everyday words (新建, 东方); a county is
    stripped only with its suffix (大渡口区).
    """
    from core.ingest.region import adcode_names, short_names

    names = short_names(adcode_names())
    return frozenset(n for code, n in names.items() if code.endswith("00") and 2 <= len(n) <= 4)


def _strip_place(s: str) -> list[str]:
    """``s`` without a leading 江西省 / 深圳市 / 大渡口区 / 武汉 (every way it can be read)."""
    out = []
    for i in range(3, min(6, len(s))):  # XX省 .. XXXX县
        stem = s[: i - 1]
        if s[i - 1] in _ADMIN_SUFFIX and re.fullmatch(r"[\u4e00-\u9fff]+", stem) and not stem.endswith(_GENERIC_ZONE):
            out.append(s[i:])
    places = _place_names()
    out += [s[n:] for n in (2, 3, 4) if len(s) > n and s[:n] in places]
    return out


def _heads(s: str) -> list[tuple[str, bool]]:
    """``s`` and its forms without leading scope/period/place words, with whether the scope was local."""
    seen = {s: False}
    todo = [(s, False)]
    while todo:
        cur, local = todo.pop(0)
        nexts = []
        if m := _SCOPE.match(cur):
            nexts.append((cur[m.end():], local or m.group() in _LOCAL_SCOPES))
        if (m := _PERIOD.match(cur)) and m.end():
            nexts.append((cur[m.end():], local))
        nexts += [(rest, True) for rest in _strip_place(cur)]
        for rest, loc in nexts:
            if rest and rest not in seen:
                seen[rest] = loc
                todo.append((rest, loc))
    return list(seen.items())


def _tails(s: str) -> list[str]:
    """``s`` and its forms without trailing growth/target/rank words, then without 总额/总值/总量."""
    out = [s]
    for cur in out:  # grows while it is read: every way of cutting a tail, fewest cuts first
        for i in range(len(cur) - 1, 0, -1):
            if _GROWTH_TAIL.fullmatch(cur, i) and cur[:i] not in out:
                out.append(cur[:i])
    out += [x[: -len(t)] for x in list(out) for t in _TOTAL_TAIL if x.endswith(t) and len(x) > len(t)]
    return out


# -- the catalogue ---------------------------------------------------------------------------

class Catalogue:
    def __init__(self) -> None:
        self.entries: dict[str, Entry] = {}  # canonical name -> entry
        self._index: dict[str, str] = {}  # normalised name or synonym -> canonical name
        self.lookup = lru_cache(maxsize=65536)(self._lookup)

    @classmethod
    def from_files(cls, paths: Iterable[str | os.PathLike]) -> Catalogue:
        """Rows of later files override (same canonical name) or extend those of earlier ones."""
        cat = cls()
        for path in paths:
            cat.add_file(path)
        return cat

    def add_file(self, path: str | os.PathLike) -> None:
        path = Path(path)
        try:
            lines = path.read_text(encoding="utf-8-sig").split("\n")
        except UnicodeDecodeError as err:
            raise CatalogueError(f"{path}: not UTF-8 text ({err.reason} at byte {err.start})") from None
        for lineno, line in enumerate(lines, 1):
            line = line.rstrip("\r")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            cells = [c.strip() for c in line.split("\t")]
            if cells[0] == COLUMNS[0]:
                continue  # header
            if len(cells) == 3:
                cells.append("")
            if len(cells) != len(COLUMNS):
                raise CatalogueError(f"{path}:{lineno}: expected {len(COLUMNS)} tab-separated columns "
                                     f"({', '.join(COLUMNS)}), found {len(cells)}")
            if not cells[0]:
                raise CatalogueError(f"{path}:{lineno}: empty canonical indicator name")
            self.add(Entry(cells[0], cells[1], cells[2]), [s for s in cells[3].split("|") if s.strip()])
        self.lookup.cache_clear()

    def add(self, entry: Entry, synonyms: Iterable[str] = ()) -> None:
        self.entries[entry.indicator] = entry
        for name in (entry.indicator, *synonyms):
            self._index[normalise(name)] = entry.indicator
        self.lookup.cache_clear()

    def synonyms(self) -> dict[str, str]:
        """Normalised name or synonym -> canonical name."""
        return dict(self._index)

    def _lookup(self, name: str) -> Entry | None:
        key = normalise(name)
        if hit := self._index.get(key):
            return self.entries[hit]
        for head, local in _heads(key):
            for cand in _tails(head):
                if hit := self._index.get(cand):
                    if local and hit in _REGIONAL and _REGIONAL[hit] in self.entries:
                        hit = _REGIONAL[hit]
                    return self.entries[hit]
        return None


def shipped_path() -> Path:
    return Path(str(resources.files("core.extraction").joinpath("data", "indicators.tsv")))


def user_path() -> Path:
    return Path(_user_file())


def _user_file() -> str:
    return os.path.join(data_dir(), USER_FILE)


def default_catalogue() -> Catalogue:
    """The shipped catalogue plus the user's ``indicators.tsv``, reloaded when that file changes."""
    user = _user_file()  # (a string: this runs for every extracted article)
    try:
        st = os.stat(user)
        stamp = st.st_mtime_ns if stat.S_ISREG(st.st_mode) else None
    except OSError:
        stamp = None
    return _load(user, stamp)


@lru_cache(maxsize=4)
def _load(user: str, stamp: int | None) -> Catalogue:
    return Catalogue.from_files([shipped_path()] + ([user] if stamp is not None else []))


def lookup(name: str) -> Entry | None:
    return default_catalogue().lookup(name)


def active() -> tuple[Catalogue, str | None]:
    """The catalogue extraction uses, and the problem with the user's file if it has one: a bad
    user file is reported (file and line) and left out, never a reason to stop extracting."""
    try:
        return default_catalogue(), None
    except CatalogueError as err:
        return _load("", None), str(err)
