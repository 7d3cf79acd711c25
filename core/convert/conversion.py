"""Traditional/Simplified conversion with an exact offset map, user phrases and ambiguity marks.

``ScriptConverter`` wraps the official ``opencc`` package. Converters are built once per
process (``core.script.converter``). The converted text comes with a map from original to
converted offsets (and back) that is exact at every phrase boundary, also for configs that
change length (s2twp: U盘 -> 隨身碟). User phrases (a TSV table) win over OpenCC's own phrases,
also inside longer overlapping ones. Characters OpenCC had to choose for without a phrase
(头发干了: 干 -> 幹/乾) are reported with their candidates.
"""
from __future__ import annotations

import gzip
import os
import re
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

import opencc

from core.text.script import converter

# config -> (Simplified Chinese, Traditional Chinese, English) names
CONFIG_NAMES: dict[str, tuple[str, str, str]] = {
    "s2t": ("简体→繁体（OpenCC 标准）", "簡體→繁體（OpenCC 標準）", "Simplified → Traditional (OpenCC standard)"),
    "s2tw": ("简体→繁体（台湾）", "簡體→繁體（臺灣）", "Simplified → Traditional (Taiwan)"),
    "s2twp": ("简体→繁体（台湾，含惯用词）", "簡體→繁體（臺灣，含慣用詞）", "Simplified → Traditional (Taiwan, with phrases)"),
    "s2hk": ("简体→繁体（香港）", "簡體→繁體（香港）", "Simplified → Traditional (Hong Kong)"),
    "s2hkp": ("简体→繁体（香港，含惯用词）", "簡體→繁體（香港，含慣用詞）", "Simplified → Traditional (Hong Kong, with phrases)"),
    "t2s": ("繁体→简体", "繁體→簡體", "Traditional → Simplified"),
    "tw2s": ("繁体（台湾）→简体", "繁體（臺灣）→簡體", "Traditional (Taiwan) → Simplified"),
    "tw2sp": ("繁体（台湾）→简体，含惯用词", "繁體（臺灣）→簡體，含慣用詞", "Traditional (Taiwan) → Simplified, with phrases"),
    "hk2s": ("繁体（香港）→简体", "繁體（香港）→簡體", "Traditional (Hong Kong) → Simplified"),
    "hk2sp": ("繁体（香港）→简体，含惯用词", "繁體（香港）→簡體，含慣用詞", "Traditional (Hong Kong) → Simplified, with phrases"),
    "t2tw": ("繁体→台湾正体", "繁體→臺灣正體", "Traditional → Taiwan standard"),
    "tw2t": ("台湾正体→繁体", "臺灣正體→繁體", "Taiwan standard → Traditional"),
    "t2hk": ("繁体→香港繁体", "繁體→香港繁體", "Traditional → Hong Kong standard"),
    "hk2t": ("香港繁体→繁体", "香港繁體→繁體", "Hong Kong standard → Traditional"),
    "t2jp": ("繁体→日文新字体", "繁體→日文新字體", "Traditional → Japanese Shinjitai"),
    "jp2t": ("日文新字体→繁体", "日文新字體→繁體", "Japanese Shinjitai → Traditional"),
}
LANGS = ("zh_CN", "zh_TW", "en")


class ConversionError(ValueError):
    """A bad config name or phrase table; ``str()`` names the file and line when there is one."""


def available_configs() -> list[str]:
    """The configs this opencc wheel ships, in the order of :data:`CONFIG_NAMES`."""
    share = os.path.join(os.path.dirname(opencc.__file__), "clib", "share", "opencc")
    shipped = {f[:-5] for f in os.listdir(share) if f.endswith(".json")} if os.path.isdir(share) else set(CONFIG_NAMES)
    return [c for c in CONFIG_NAMES if c in shipped]


def config_name(config: str, lang: str = "zh_CN") -> str:
    names = CONFIG_NAMES.get(config)
    return names[LANGS.index(lang) if lang in LANGS else 0] if names else config


def direction(config: str) -> str:
    """'s2t' for configs that produce Traditional from Simplified, 't2s' for the reverse, else ''."""
    if config.startswith("s2"):
        return "s2t"
    if config.endswith(("2s", "2sp")):
        return "t2s"
    return ""


# --- user phrases ---------------------------------------------------------------------------


@dataclass
class PhraseTable:
    """User phrase pairs per direction ('s2t', 't2s') or per config ('s2twp')."""

    pairs: dict[str, dict[str, str]] = field(default_factory=dict)

    def add(self, scope: str, source: str, target: str) -> None:
        self.pairs.setdefault(scope, {})[source] = target
        _phrase_regex.cache_clear()

    def remove(self, scope: str, source: str) -> None:
        self.pairs.get(scope, {}).pop(source, None)
        _phrase_regex.cache_clear()

    def for_config(self, config: str) -> dict[str, str]:
        merged = dict(self.pairs.get(direction(config), {}))
        merged.update(self.pairs.get(config, {}))
        return merged

    def rows(self) -> list[tuple[str, str, str]]:
        return [(scope, s, t) for scope, table in sorted(self.pairs.items()) for s, t in sorted(table.items())]

    @classmethod
    def from_tsv(cls, text: str, path: str = "<phrases>") -> "PhraseTable":
        table = cls()
        valid = set(available_configs()) | {"s2t", "t2s"}
        for lineno, line in enumerate(text.splitlines(), 1):
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            parts = line.split("\t")
            if len(parts) != 3 or not parts[1].strip() or not parts[2].strip():
                raise ConversionError(f"{path}:{lineno}: expected 'direction<TAB>source<TAB>target', got {line!r}")
            scope, source, target = (p.strip() for p in parts)
            if scope not in valid:
                raise ConversionError(f"{path}:{lineno}: unknown direction or config {scope!r} (use s2t, t2s or a config name)")
            table.add(scope, source, target)
        return table

    @classmethod
    def load(cls, path: str) -> "PhraseTable":
        try:
            with open(path, encoding="utf-8-sig") as fh:
                return cls.from_tsv(fh.read(), path)
        except OSError as exc:
            raise ConversionError(f"{path}: {exc.strerror or exc}") from None
        except UnicodeDecodeError:
            raise ConversionError(f"{path}: not UTF-8 text") from None


def default_phrases() -> PhraseTable:
    """The phrase table shipped with PolicyLens: fixes for cases stock OpenCC gets wrong."""
    text = resources.files("core.data").joinpath("default_phrases.tsv").read_text(encoding="utf-8")
    return PhraseTable.from_tsv(text, "core/data/default_phrases.tsv")


@lru_cache(maxsize=64)
def _phrase_regex(items: tuple[tuple[str, str], ...]) -> re.Pattern | None:
    if not items:
        return None
    keys = sorted((k for k, _ in items), key=len, reverse=True)
    return re.compile("|".join(re.escape(k) for k in keys))


# --- ambiguity data -------------------------------------------------------------------------


@lru_cache(maxsize=2)
def _ambiguity_data(direction_: str) -> tuple[dict[str, list[str]], frozenset[str], int]:
    base = resources.files("core.data")
    multi = {}
    for line in base.joinpath(f"{direction_[0]}{direction_[-1]}_ambiguous.tsv").read_text(encoding="utf-8").splitlines():
        key, values, uses = line.split("\t")
        counts = sorted((int(u) for u in uses.split(" ")), reverse=True)
        # a real choice: OpenCC's own phrases pick the runner-up candidate at least 1 time in 10
        if sum(counts) >= 5 and counts[1] >= 0.1 * sum(counts):
            multi[key] = values.split(" ")
    with gzip.open(base.joinpath(f"{direction_[0]}{direction_[-1]}_phrases.txt.gz").open("rb"), "rt", encoding="utf-8") as fh:
        phrases = frozenset(line.rstrip("\n") for line in fh if line.strip())
    longest = max((len(p) for p in phrases), default=1)
    return multi, phrases, longest


# A two-character phrase made of the character and a particle (干了, 很干) is decided by
# grammar, not meaning: OpenCC's choice there is still a guess worth a human's look.
WEAK_PHRASE = re.compile(r"^.[了着過过的地得很太]$|^[很太].$")


@dataclass(frozen=True, slots=True)
class Ambiguity:
    start: int  # in the original text
    end: int
    source: str
    chosen: str
    candidates: tuple[str, ...]


# --- conversion with offsets ----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Conversion:
    config: str
    original: str
    text: str
    # aligned piece boundaries: original[o[i]:o[i+1]] became text[c[i]:c[i+1]]
    o_bounds: tuple[int, ...]
    c_bounds: tuple[int, ...]

    def to_converted(self, pos: int) -> int:
        """Original offset -> converted offset (exact at piece boundaries, proportional inside)."""
        return _map(pos, self.o_bounds, self.c_bounds)

    def to_original(self, pos: int) -> int:
        return _map(pos, self.c_bounds, self.o_bounds)

    def span_to_converted(self, start: int, end: int) -> tuple[int, int]:
        a = self.to_converted(start)
        b = self.to_converted(end)
        return a, max(a, b)

    def span_to_original(self, start: int, end: int) -> tuple[int, int]:
        a = self.to_original(start)
        return a, max(a, self.to_original(end))


def _map(pos: int, src: tuple[int, ...], dst: tuple[int, ...]) -> int:
    i = bisect_right(src, pos) - 1
    if i >= len(src) - 1:
        return dst[-1]
    a, b = src[i], src[i + 1]
    c, d = dst[i], dst[i + 1]
    if b == a:
        return c
    return c + (pos - a) * (d - c) // (b - a)


class ScriptConverter:
    """Convert between scripts with one of OpenCC's configs, plus a user phrase table."""

    def __init__(self, config: str, phrases: PhraseTable | None = None):
        if config not in available_configs():
            raise ConversionError(f"unknown conversion config {config!r}; choose one of: {', '.join(available_configs())}")
        self.config = config
        self._cc = converter(config)
        self.phrases = phrases if phrases is not None else default_phrases()

    @property
    def name(self) -> str:
        return config_name(self.config)

    def convert_text(self, text: str) -> str:
        return self.convert(text).text

    def convert(self, text: str) -> Conversion:
        user = self.phrases.for_config(self.config)
        pattern = _phrase_regex(tuple(sorted(user.items())))
        o_bounds, c_bounds, out = [0], [0], []
        pos = 0
        for m in pattern.finditer(text) if pattern else ():
            self._convert_run(text, pos, m.start(), out, o_bounds, c_bounds)
            out.append(user[m.group()])
            o_bounds.append(m.end())
            c_bounds.append(c_bounds[-1] + len(out[-1]))
            pos = m.end()
        self._convert_run(text, pos, len(text), out, o_bounds, c_bounds)
        return Conversion(self.config, text, "".join(out), tuple(o_bounds), tuple(c_bounds))

    def _convert_run(self, text, a, b, out, o_bounds, c_bounds) -> None:
        """Convert ``text[a:b]``; where the length changes, split it at OpenCC's phrase bounds."""
        if a >= b:
            return
        run = text[a:b]
        converted = self._cc.convert(run)
        if len(converted) == len(run):
            out.append(converted)
            # one piece per character keeps the map exact everywhere
            o_bounds.extend(range(a + 1, b + 1))
            c_bounds.extend(range(c_bounds[-1] + 1, c_bounds[-1] + len(run) + 1))
            return
        for piece in _pieces(run, self._cc.convert):
            conv = self._cc.convert(piece)
            out.append(conv)
            if len(conv) == len(piece):
                o_bounds.extend(range(a + 1, a + len(piece) + 1))
                c_bounds.extend(range(c_bounds[-1] + 1, c_bounds[-1] + len(piece) + 1))
            else:
                o_bounds.append(a + len(piece))
                c_bounds.append(c_bounds[-1] + len(conv))
            a += len(piece)

    def ambiguities(self, text: str, conversion: Conversion | None = None) -> list[Ambiguity]:
        """Characters with several candidates that no phrase decided (OpenCC's own data)."""
        d = direction(self.config)
        if not d:
            return []
        multi, phrases, longest = _ambiguity_data(d)
        conv = conversion or self.convert(text)
        user = self.phrases.for_config(self.config)
        user_re = _phrase_regex(tuple(sorted(user.items())))
        covered = bytearray(len(text))
        if user_re:
            for m in user_re.finditer(text):
                covered[m.start() : m.end()] = b"\x01" * (m.end() - m.start())
        found = []
        i, n = 0, len(text)
        while i < n:
            # OpenCC's maximum forward matching: a phrase starting here decides its characters
            step = 1
            for length in range(min(longest, n - i), 1, -1):
                if text[i : i + length] in phrases:
                    step = length
                    break
            weak = step == 2 and WEAK_PHRASE.match(text[i : i + 2])
            for j in range(i, i + step) if step == 1 or weak else ():
                if not covered[j] and text[j] in multi:
                    a, b = conv.span_to_converted(j, j + 1)
                    found.append(Ambiguity(j, j + 1, text[j], conv.text[a:b], tuple(multi[text[j]])))
            i += step
        return found


def _pieces(run: str, convert) -> list[str]:
    """Split ``run`` where converting the parts separately gives the same text as converting it
    whole: those are the boundaries of OpenCC's phrases. Punctuation is cut first (phrases never
    cross it); only chunks whose length changes are searched further."""
    pieces: list[str] = []
    for m in re.finditer(r"[\n，。；！？、,.;!?\s]+|[^\n，。；！？、,.;!?\s]+", run):
        chunk = m.group()
        if len(convert(chunk)) == len(chunk):
            pieces.append(chunk)
            continue
        s = 0
        for i in range(1, len(chunk)):
            if convert(chunk[s:i]) + convert(chunk[i:]) == convert(chunk[s:]):
                pieces.append(chunk[s:i])
                s = i
        pieces.append(chunk[s:])
    return pieces


# --- script detection -----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ScriptInfo:
    script: str  # "simplified" | "traditional" | "mixed" | "none"
    traditional_only: int
    simplified_only: int
    default_config: str


def detect_script(text: str) -> ScriptInfo:
    """Count characters that exist in one script only; half-converted texts are 'mixed'."""
    sample = text[:20000]
    t2s = converter("t2s").convert(sample)
    s2t = converter("s2t").convert(sample)
    trad = simp = 0
    for o, a, b in zip(sample, t2s, s2t):
        if o != a:
            trad += 1
        elif o != b:
            simp += 1
    if len(t2s) != len(sample) or len(s2t) != len(sample):  # rare length change: count per char
        trad = sum(1 for c in sample if converter("t2s").convert(c) != c)
        simp = sum(1 for c in sample if converter("s2t").convert(c) != c and converter("t2s").convert(c) == c)
    total = trad + simp
    if total == 0:
        return ScriptInfo("none", 0, 0, "s2tw")
    # Real Traditional text has a few characters that s2t would change (若干, 范 as a surname);
    # a character-by-character conversion leaves several per cent of them (示范區, 真抓實干).
    if trad / total > 0.97:
        script = "traditional"
    elif simp / total > 0.97:
        script = "simplified"
    else:
        script = "mixed"
    return ScriptInfo(script, trad, simp, "s2tw" if script == "simplified" else "t2s")
