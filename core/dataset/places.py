"""The place a figure is about: a place named at the start of its scope or name, else the article's region.

Place names come from the gazetteer ``core.ingest.region`` reads (cpca's adcode table): official
names (南昌市, 大渡口区) and short names (南昌, 大渡口; short names that are everyday words count
for provinces only, as in region detection). A place is normalised the way an article's region is:
the chain of its province, city and district names (重庆市大渡口区, 江西省南昌市). In a record's
name (not its scope) a district counts only by its full name, so 白云机场 and 新城建设 stay names. When a short
name is ambiguous (朝阳: 北京 or 长春), the reading inside the article's own province or city wins,
else the highest level.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from core.ingest.region import adcode_names, short_names
from core.text.numerals import to_halfwidth
from core.text.script import fold_short

# scopes that mean "the article's own area" (全市, 本区) and those that mean the whole country
OWN_AREA = ("全市", "全区", "全县", "全省", "全州", "全盟", "全旗", "本市", "本区", "本县", "本省", "我市", "我区", "我县", "我省")
NATIONAL = ("全国", "我国", "中国")
NATIONAL_REGION = "全国"
_SKIP = {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"}


@dataclass(frozen=True, slots=True)
class Place:
    region: str  # normalised chain name: 江西省南昌市
    length: int  # characters of the text the name took


class Gazetteer:
    """Prefix lookup of place names; built once per process (~30 ms)."""

    def __init__(self) -> None:
        names = adcode_names()
        common = set(resources.files("core.data").joinpath("region_common_short_names.txt").read_text(encoding="utf-8").split())
        self.names = names
        self.by_name: dict[str, list[tuple[str, bool]]] = {}  # name -> (adcode, is a short name)
        for code, name in names.items():
            if name not in _SKIP:
                self.by_name.setdefault(name, []).append((code, False))
        for code, short in short_names(names).items():
            if code.endswith("0000") or short not in common:
                self.by_name.setdefault(short, []).append((code, True))
        self.longest = max(len(k) for k in self.by_name)
        self.chain_name = {code: self._chain(code) for code in names}
        self.code_of = {}
        for code, chain in self.chain_name.items():
            self.code_of.setdefault(chain, code)

    def _chain(self, code: str) -> str:
        parts = [code[:2] + "0000", code[:4] + "00", code]
        seen: list[str] = []
        for c in parts:
            if c not in seen and self.names.get(c) and self.names[c] not in _SKIP:
                seen.append(c)
        return "".join(self.names[c] for c in seen)

    def at_start(self, text: str, home: str | None = None, strict: bool = False) -> Place | None:
        """The place whose name ``text`` starts with (longest name first), read near ``home``.

        ``strict`` (for indicator names, where 白云机场 and 新城建设 are not places): a district
        counts only by its full name (白云区), short names only for provinces and cities (赣州).
        """
        for n in range(min(self.longest, len(text)), 1, -1):
            entries = self.by_name.get(text[:n])
            if entries and strict:
                entries = [(c, short) for c, short in entries if not short or c.endswith("00")]
            if entries:
                return Place(self.chain_name[self._choose([c for c, _short in entries], home)], n)
        return None

    def _choose(self, codes: list[str], home: str | None) -> str:
        if len(codes) == 1:
            return codes[0]
        home_code = self.code_of.get(home or "", "")

        def rank(code: str) -> tuple[int, int]:
            near = 2 if home_code[:4] == code[:4] else 1 if home_code[:2] == code[:2] else 0
            level = 0 if code.endswith("0000") else 1 if code.endswith("00") else 2
            return (-near, level)

        return min(codes, key=rank)


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    return Gazetteer()


def place_of(name: str, scope: str | None, home: str | None, kind: str = "level") -> tuple[str, str]:
    """(region, name) for a record named ``name`` with ``scope`` in an article about ``home``.

    A scope or name opening with 全市/本区… means the article's region; 全国/我国 the whole
    country; a place name (南昌市, 赣州) that place. Otherwise the article's region. For shares
    and ranks the scope is the whole the figure is measured against (占全国的70%, 全省第1), so
    it does not move the figure. The name comes back in Simplified, half-width, without the
    leading place (贛州地區生產總值 -> 地区生产总值), so one name lines up across scripts.
    """
    home_region = home or ""
    name = to_halfwidth(fold_short(name)).strip()
    scope = to_halfwidth(fold_short(scope)).strip() if scope else None
    if scope and kind not in ("share", "rank"):
        if scope.startswith(OWN_AREA):
            pass
        elif scope.startswith(NATIONAL):
            return NATIONAL_REGION, _strip(name)[1]
        else:
            place = gazetteer().at_start(scope, home)
            if place is not None:
                return place.region, _strip(name, place.region)[1]
    region, rest = _strip(name, None, home)
    return region or home_region, rest


def _strip(name: str, known: str | None = None, home: str | None = None) -> tuple[str | None, str]:
    """The place ``name`` opens with (if any) and the name without it; keep names that would become too short."""
    if name.startswith(OWN_AREA):
        return None, name[2:] if len(name) >= 4 else name
    if name.startswith(("全国", "我国")):  # not 中国: 中国制造 names a thing, not the country
        return NATIONAL_REGION, name[2:] if len(name) >= 4 else name
    place = gazetteer().at_start(name, home or known, strict=True)
    if place is None or len(name) - place.length < 2:
        return None, name
    return place.region, name[place.length:]
