"""fastre: the lookahead it puts in front of a pattern never changes what the pattern matches."""
from __future__ import annotations

import re

import pytest

from hypothesis import example, given, settings
from hypothesis import strategies as st

from core.extraction import grammar, patterns
from core.text import fastre

# the extraction's own patterns, as written (fastre's versions are compared against plain re)
PATTERNS = [
    patterns.TARGET, patterns.QUALIFIER_BEFORE, patterns.APPROX_BEFORE, patterns.COMPARE_TAIL,
    patterns.TRAIL_ADVERB, patterns.FUTURE_CUT, patterns.COMPARISON, grammar.TOP_N,
    grammar.BARE_MAG, grammar.FRACTION, grammar.TIMES_HALF,
]
# characters the patterns are made of, with digits, punctuation and everyday words around them
ALPHABET = sorted(set("".join(p.pattern for p in PATTERNS) + "0123456789,.%：，。的了在是有和工业投资增长亿元万人"))
TEXT = st.text(alphabet=st.sampled_from([c for c in ALPHABET if c.isprintable()]), max_size=60)


def _plain(p: re.Pattern) -> re.Pattern:
    src = p.pattern
    # undo the lookahead fastre added, to compare with the pattern as written
    m = re.match(r"\(\?=\[[^\]]*\]\)\(\?:(.*)\)$", src, re.S)
    return re.compile(m.group(1) if m else src, p.flags)


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_same_matches_as_plain_re(text):
    for p in PATTERNS:
        plain = _plain(p)
        assert [m.span() for m in p.finditer(text)] == [m.span() for m in plain.finditer(text)], p.pattern[:40]
        for pos in range(0, len(text), 7):
            a, b = p.search(text, pos), plain.search(text, pos)
            assert (a and a.span()) == (b and b.span())


def test_first_characters():
    assert fastre.compile(r"(?<!已)争取|确保|拟").pattern.startswith("(?=[争拟确])")
    assert fastre.compile(r"(?:\d+|[一二])万").pattern.startswith(r"(?=[\d一二])")
    # an optional start takes what follows too; a lookbehind adds nothing
    assert fastre.compile(r"(?:约)?(?<=x)增长").pattern.startswith("(?=[增约])")


def test_patterns_left_as_they_are():
    for src in (r"第\d+位", r"比|指数|系数", r"[甲乙]丙", r".{0,3}当前位置", r"\w+年", r"(?:约)?", r"(?i)gdp增长"):
        assert fastre.compile(src).pattern == src, src


# ---- the extraction's fast paths agree with the plain code they replaced


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["2024", "/", "-", "25", " ", "年", "财政", "度", "预算", "\t", "1", "x",
                                  "2024-25", "2024/25", "24 - 25", "2024 /25"]), max_size=10).map("".join))
def test_fiscal_years_as_the_regex_reads_them(text):
    from core.extraction.clause import _fiscal

    assert _fiscal(text) == bool(re.search(r"\d{4}\s*[/-]\s*\d{2}\s*(?:财政)?年|财政年度|财政预算", text))


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["19", "20", "1998", "2024", "3", " ", "年", "5月", "6日", "\t"]), max_size=12).map("".join))
def test_stated_years_as_one_pattern_reads_them(text):
    from core.extraction.clause import TextView

    one = re.compile(r"((?:19|20)\d\d)\s*年(?!\d{1,2}月\d{1,2}日)")
    years = [(m.start(), int(m.group(1))) for m in one.finditer(text) if not (m.start() and text[m.start() - 1].isdecimal())]
    t = TextView(text)
    assert list(zip(t.year_starts, t.years)) == years


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("12,， 。；:、增长亿元\n")), max_size=40), st.data())
def test_clause_start_as_a_walk_back(text, data):
    from core.extraction.clause import TextView
    from core.extraction.patterns import CLAUSE_BREAK, LIST_BREAK

    t = TextView(text)
    f = t.f
    pos = data.draw(st.integers(0, len(f)))
    lower = data.draw(st.integers(0, pos))
    for breaks in (CLAUSE_BREAK, LIST_BREAK):
        i = pos
        while i > lower:
            c = f[i - 1]
            if c in breaks and not (c in ", " and f[i : i + 1].isdigit() and (c == " " or f[i - 2 : i - 1].isdigit())):
                break
            i -= 1
        assert t.clause_start(pos, lower, breaks) == i


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("百千万亿元美港大关级一3.的目标，")), max_size=30))
def test_bare_magnitudes_as_the_lookbehind_read_them(text):
    from core.extraction.grammar import bare_magnitudes

    old = re.compile(r"(?<![\d零〇一二两三四五六七八九十百千万亿.])(?P<mag>百亿|千亿|万亿|千万|百万)(?P<unit>元|美元|港元)?(?P<post>大关)?(?!级)")
    assert [m.span() for m in bare_magnitudes(text)] == [m.span() for m in old.finditer(text)]


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("一两三九19成半.功率的,")), max_size=30))
def test_tenths_from_each_cheng_as_a_scan(text):
    from core.extraction.grammar import TENTHS, _tenths

    assert [m.span() for m in _tenths(text)] == [m.span() for m in TENTHS.finditer(text)]


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.sampled_from(["工业增长".encode(), "工业增长".encode("gb18030"), b"\n", b"abc", "\ufffd".encode(), b"\xe5\xb7",
                                 "é".encode(), b"a", b"\xc4\xea", "年".encode()]), max_size=12))
def test_utf8_lines_as_a_decode_per_line(pieces):
    from core.ingest.encoding import _utf8_lines

    data = b"".join(pieces)

    def old(data: bytes) -> bool:
        for line in data.split(b"\n"):
            if len(line) >= 6 and not line.isascii():
                try:
                    line.decode("utf-8")
                    return True
                except UnicodeDecodeError:
                    continue
        return False

    assert _utf8_lines(data, data.decode("utf-8", "replace")) == old(data)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("120912024年月日 ３")), max_size=30))
def test_stated_years_as_the_lookbehind_read_them(text):
    from core.extraction.clause import TextView

    old = re.compile(r"(?<!\d)((?:19|20)\d\d)\s*年(?!\d{1,2}月\d{1,2}日)")
    t = TextView(text)
    assert t.year_starts == [m.start() for m in old.finditer(t.f)]


# readable characters, and a few of what a wrong decode makes (controls, private use, U+FFFD)
_DECODED = st.text(alphabet=st.sampled_from(list("ab\n年é" * 8 + "\x01\x85\ue4c8\ufffd")), max_size=150)


@settings(max_examples=1000, deadline=None)
@given(_DECODED)
@example("年" * 64 + "\ue4c8" * 2)  # (just over 3% unreadable)
@example("年" * 67 + "\ue4c8" * 2)  # (just under)
def test_plausible_counting_until_it_knows(text):
    from core.ingest.encoding import _CJK, _CONTROL, _UNREADABLE, _plausible

    def old(text: str) -> bool:
        if not text:
            return False
        unreadable = len(_UNREADABLE.findall(text))
        if unreadable > max(2, len(text) // 200) and len(_CONTROL.findall(text)) > max(2, len(text) // 200):
            return False
        if unreadable > 0.03 * len(text):
            return False
        return text.isascii() or _CJK.search(text) is not None

    assert _plausible(text) == old(text)


@settings(max_examples=1000, deadline=None)
@given(_DECODED)
@example("年" * 10)  # (the bound, exactly)
def test_mostly_utf8_with_its_quick_no(text):
    from core.ingest.encoding import _mostly_utf8, _multibyte

    assert _mostly_utf8(text) == (_multibyte(text) >= 10 * max(1, text.count("\ufffd")))


@given(st.text())
def test_the_size_of_a_text_tells_if_it_goes_beyond_the_bmp(text):
    assert fastre.beyond_bmp(text) == any(ord(c) > 0xFFFF for c in text)


# digits of other scripts (Arabic-Indic, Devanagari, full-width), numerals and the words around figures
_FIGURES_IN_BMP = st.text(alphabet=st.sampled_from(list("0123456789٣३５.,%-—至年月日季度上半今去前首第一二十两百千万亿元个倍同比增长约余 ")), max_size=40)


@settings(max_examples=1000, deadline=None)
@given(_FIGURES_IN_BMP)
def test_scans_for_text_in_the_bmp_find_what_the_patterns_find(text):
    from core.extraction.clause import PERIOD_IN_BMP
    from core.extraction.grammar import QTY, QTY_IN_BMP
    from core.extraction.patterns import PERIOD

    for plain, listed in ((PERIOD, PERIOD_IN_BMP), (QTY, QTY_IN_BMP)):
        assert [m.span() for m in listed.finditer(text)] == [m.span() for m in plain.finditer(text)]
    negated = re.compile(r"[^\d年]+(?=\d)|(?:\d|x)+?")  # negated, repeated, in and out of classes
    assert [m.span() for m in fastre.in_bmp(negated).finditer(text)] == [m.span() for m in negated.finditer(text)]


def test_text_beyond_the_bmp_is_scanned_with_its_digits():
    from core.extraction.clause import TextView
    from core.extraction.grammar import find_quantities

    text = "𝟐𝟎𝟐𝟑年全市生产总值增长𝟓%，𠀀"  # (mathematical digits: decimal digits beyond the BMP)
    assert [m.group() for m in TextView(text).periods] == ["𝟐𝟎𝟐𝟑年"]
    assert [q.unit for q in find_quantities(text)] == ["%"]


# ---- starts and ends: a set lookup that rules out a match must never rule out one the regex finds

def _bounded_patterns():
    from core.extraction import grammar, kinds, names, patterns, periods

    return [
        (grammar.OVER_BEFORE, None, grammar.OVER_ENDS), (kinds.GROWTH_BEFORE, None, kinds.GROWTH_ENDS),
        (patterns.LEVEL_NAME, None, patterns.LEVEL_ENDS), (patterns.FROM_BEFORE, None, patterns.FROM_ENDS),
        (periods.COMPARISON_BEFORE, None, periods.COMPARISON_ENDS),
        (patterns.QUALIFIER_BEFORE, None, patterns.QUALIFIER_ENDS), (patterns.TRAIL_ADVERB, None, patterns.TRAIL_ADVERB_ENDS),
        (patterns.SCOPE, patterns.SCOPE_STARTS, None), (patterns.LEAD_NOISE, patterns.LEAD_NOISE_STARTS, None),
        (names.PER_UNIT, None, names.PER_UNIT_ENDS), (names.CAPACITY, None, names.CAPACITY_ENDS),
        (names.AMONG, None, names.AMONG_ENDS), (names.MEASURED, None, names.MEASURED_ENDS),
        (names.CAP_AFTER, names.CAP_AFTER_STARTS, None),
    ]


@settings(max_examples=100, deadline=None)
@given(st.data())
def test_first_and_last_characters_rule_out_no_match(data):
    for pattern, first, last in _bounded_patterns():
        # texts made of the pattern's own characters (its words, cut anywhere) and a few others
        words = [w for w in re.split(r"[()|?:!<=\[\]^$\\{}+*,\d]+", pattern.pattern) if w]
        pairs = [a + b for a, b in zip(words, words[1:])]  # 每 + 人 of 每(?:人|户…)
        pieces = st.sampled_from(words + pairs + [w[:1] for w in words] + [w[-1:] for w in words] + ["\n", "x", "，", "的", "全市"])
        whole = st.sampled_from(words + pairs)  # (a word at either end, where the sets are tested)
        text = data.draw(whole) + "".join(data.draw(st.lists(pieces, max_size=6))) + data.draw(whole)
        for t in [text] + words + pairs:  # (every word alone too: each end character is tried)
            if last is not None and t[-1:] not in last:
                assert pattern.search(t) is None, (pattern.pattern, t)
            if first is not None:
                for i in range(len(t) + 1):
                    if t[i : i + 1] not in first:
                        assert pattern.match(t, i) is None, (pattern.pattern, t, i)


def test_no_character_set_where_a_match_can_begin_or_end_anywhere():
    from core.extraction import patterns

    for pattern in (patterns.APPROX_BEFORE, patterns.COMPARE_TAIL, re.compile(r"a.$"), re.compile(r"ab"), re.compile("a$", re.M)):
        with pytest.raises(ValueError):
            fastre.ends(pattern)
    for pattern in (re.compile(r"x?"), re.compile(r".a"), re.compile(r"[^a]b"), re.compile(r"\db")):
        with pytest.raises(ValueError):
            fastre.starts(pattern)
    assert fastre.ends(re.compile(r"(?:ab|c(?<!x)d)$")) == {"b", "d", "\n"}
    assert fastre.starts(re.compile(r"(?<=q)(?:ab|c?d)")) == {"a", "c", "d"}
