"""The folded text an extraction reads (sentence, paragraph and clause bounds), and the draft
record of one figure before its period and sentence are attached."""
from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import Final, TypeVar

from core.extraction.grammar import DEFINITION, Quantity
from core.extraction.patterns import CLAUSE_BREAK, PERIOD, SENTENCE_END
from core.model import Kind
from core.text import fastre
from core.text.fastre import beyond_bmp
from core.text.script import fold_article

T = TypeVar("T")


@dataclass(slots=True, init=False)  # (an __init__ of its own: compiled, a dataclass's is not)
class Draft:
    q: Quantity
    name: str
    kind: Kind
    qualifier: str | None
    approx: bool
    value: float
    unit: str
    scope: str | None
    comparison: str | None
    plain_kind: Kind | None  # the kind it would have without a plan
    plan: str  # why it is a target: "clause" (its own words) or "context" (sentence, paragraph)

    def __init__(self, q: Quantity, name: str, kind: Kind, qualifier: str | None, approx: bool, value: float,
                 unit: str, scope: str | None, comparison: str | None, plain_kind: Kind | None = None,
                 plan: str = "") -> None:
        self.q, self.name, self.kind, self.qualifier, self.approx, self.value = q, name, kind, qualifier, approx, value
        self.unit, self.scope, self.comparison, self.plain_kind, self.plan = unit, scope, comparison, plain_kind, plan


LINE_END: Final = re.compile(r"\n")
BOOK_TITLE: Final = re.compile(r"《[^》]{0,80}》")
# A year stated as such, one pattern for each century: led by a literal (the digit before is tested
# apart), the engine scans for 19 and for 20 in its fast loop (two scans, 9 µs an article, against
# 22 for one pattern led by 19|20). Their matches never overlap (four digits, spaces, 年).
STATED_YEARS: Final = tuple(re.compile(rf"({c}\d\d)\s*年(?!\d{{1,2}}月\d{{1,2}}日)") for c in ("19", "20"))
PERIOD_IN_BMP: Final = fastre.in_bmp(PERIOD)  # (the scan of most articles: no character beyond the BMP)
# the tail of 2024/25年, 2024-25财政年 (the year is checked apart), one pattern for each sign: led by a
# literal, the engine scans for it in its fast loop (3 µs an article against 20 for the class [/-])
FISCAL_TAILS: Final = (re.compile(r"/\s*\d{2}\s*(?:财政)?年"), re.compile(r"-\s*\d{2}\s*(?:财政)?年"))


class TextView:
    """The document's text with its folded twin and sentence/paragraph boundaries."""

    def __init__(self, text: str, date: dt.date | None = None):
        self.text = text
        self.date = date  # the article's date: what relative periods (今年, 去年) stand on
        self.f = fold_article(text)
        self.sent_bounds = _bounds(self.f, SENTENCE_END)
        self.para_bounds = _bounds(self.f, LINE_END)
        self.sent_ends = [b for _, b in self.sent_bounds]
        self.para_ends = [b for _, b in self.para_bounds]
        titles = [(m.start(), m.end()) for m in BOOK_TITLE.finditer(self.f)]
        title_starts = [a for a, _ in titles]

        def in_title(pos: int) -> bool:
            k = bisect_right(title_starts, pos) - 1
            return k >= 0 and pos < titles[k][1]

        # every period expression of the text, outside book titles (《关于2021年…的通报》)
        self.sentences: dict[int, str] = {}
        periods = (PERIOD if beyond_bmp(self.f) else PERIOD_IN_BMP).finditer(self.f)
        self.periods = [m for m in periods if not in_title(m.start())] if titles else list(periods)
        self.period_starts = [m.start() for m in self.periods]
        # years stated as such, not the year of a full date (（2024年3月20日）, a dateline)
        years = sorted((m.start(), int(m.group(1))) for stated in STATED_YEARS for m in stated.finditer(self.f)
                       if not (m.start() and self.f[m.start() - 1].isdecimal()))
        self.year_starts = [p for p, _ in years]
        self.years = [y for _, y in years]
        # Hong Kong budgets count fiscal years (April-March): 本年度 means one of those
        self.fiscal = _fiscal(self.f)
        # the periods stated above paragraphs (periods.statements), made on first use
        self.statements: list[re.Match] | None = None
        self.statement_starts: list[int] = []
        self.context_periods: dict[int, re.Match | None] = {}  # sentence start → the period above it
        self.breaks: dict[tuple[int, str], list[int]] = {}  # (sentence, set of breaks) → positions after them
        self.memo: dict[tuple, object] = {}  # answers about stretches of text that several figures ask (remember)

    def sentence_of(self, pos: int) -> tuple[int, int]:
        return self.sent_bounds[min(bisect_right(self.sent_ends, pos), len(self.sent_ends) - 1)]

    def paragraph_of(self, pos: int) -> tuple[int, int]:
        return self.para_bounds[min(bisect_right(self.para_ends, pos), len(self.para_ends) - 1)]

    def remember(self, key: tuple, compute: Callable[[], T]) -> T:
        """``compute()``, once per ``key``: the figures of a sentence ask the same questions."""
        if key not in self.memo:
            self.memo[key] = compute()
        return self.memo[key]  # type: ignore[return-value]

    def clause_start(self, pos: int, lower: int, breaks: str = CLAUSE_BREAK) -> int:
        """The start of the clause holding ``pos``: just after the last break at or before it, not
        before ``lower``. Sentence ends are clause breaks, so the breaks of ``pos``'s own sentence
        decide; they are found once per sentence and set of breaks."""
        if pos <= lower:
            return pos
        s0, s1 = self.sentence_of(pos)
        after = self.breaks.get((s0, breaks))
        if after is None:
            after = self.breaks[(s0, breaks)] = [s0] + _after_breaks(self.f, breaks, s0, s1)
        start = after[bisect_right(after, pos) - 1]
        return start if start > lower else lower


def _fiscal(f: str) -> bool:
    """The text counts fiscal years: 财政年度, 财政预算 or a year pair (2024/25年, 2024 - 25年)."""
    if "财政年度" in f or "财政预算" in f:
        return True
    for tail in FISCAL_TAILS:
        for m in tail.finditer(f):
            j = m.start()
            while j > 0 and f[j - 1].isspace():
                j -= 1
            if j >= 4 and f[j - 4 : j].isdecimal():
                return True
    return False


def _after_breaks(f: str, breaks: str, a: int, b: int) -> list[int]:
    """The positions right after the clause breaks in ``f[a:b]``, in order. (One split of the
    stretch gives its text and its breaks by turns: no match object for each break.)"""
    out = []
    inside_to = -1  # the closing bracket of a parenthesis that is part of a name
    pieces = _break_pattern(breaks).split(f[a:b])
    i = a
    for k in range(1, len(pieces), 2):
        i += len(pieces[k - 1]) + 1
        if i - 1 <= inside_to:
            continue
        c = pieces[k]
        if c in _TESTED_BREAKS:
            if c in ", " and f[i : i + 1].isdigit() and (c == " " or f[i - 2 : i - 1].isdigit()):
                continue  # a thousands separator, 1,500, or a space before a figure, 跃过 4000, is not a break
            if c == "—" and f[i - 2 : i - 1].isdigit() and f[i : i + 1].isdigit():
                continue  # nor is the dash of a range of months, 1—5月
            if c in "（(":
                close = _name_parenthesis(f, i - 1, b)
                if close >= 0:
                    inside_to = close
                    continue
        out.append(i)
    return out


_TESTED_BREAKS: Final = frozenset(", —（(")  # the breaks that are not always breaks


NAME_PARENTHESIS: Final = re.compile(r"(?:[^\d，,。；;：:！？!?\n（(）)]{1,20}|[A-Za-z][\w.&+\-]{0,15})[）)]")  # (…, PM2.5, CO2)


def _name_parenthesis(f: str, i: int, b: int) -> int:
    """Where the parenthesis opening at ``i`` closes, when it is part of a name rather than an
    aside: short, no figure, inside a phrase (研究与试验发展（R&D）经费支出, 比重（城镇化率）为,
    增加值（以下简称规上工业）增长); -1 otherwise (（上年为4%）, （一）综合)."""
    if i == 0 or not NAME_CHAR.match(f[i - 1]):
        return -1
    m = NAME_PARENTHESIS.match(f, i + 1, b) or DEFINITION.match(f, i, b)
    return m.end() - 1 if m else -1


NAME_CHAR: Final = re.compile(r"[\u4e00-\u9fffA-Za-z]")


@lru_cache(maxsize=4)
def _break_pattern(breaks: str) -> re.Pattern:
    return re.compile("([" + re.escape(breaks) + "])")  # (a group: split keeps the breaks)


def _bounds(f: str, sep: re.Pattern) -> list[tuple[int, int]]:
    """(start, end) of each stretch that ``sep`` ends (the separator kept), the last one to the end."""
    ends = [m.end() for m in sep.finditer(f)]
    ends.append(len(f))
    return list(zip([0] + ends[:-1], ends))

