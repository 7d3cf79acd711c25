"""The fast paths of folding give what the plain conversions give."""
import random

from hypothesis import example, given, settings
from hypothesis import strategies as st

from core.text import script
from core.text.numerals import _HALFWIDTH, to_halfwidth
from core.text.textmap import TrackedText, _identity
from array import array


def test_the_list_of_characters_t2s_changes_is_current():
    listed = set("".join(open(script.resources.files("core.data").joinpath(script.CHANGED_CHARS), encoding="utf-8").read().split()))
    assert listed == script.t2s_changed_chars()  # else: uv run python -m core.text.script


def test_to_simplified_skips_only_text_t2s_leaves_alone():
    t2s = script.converter("t2s")
    for text in ("国务院办公厅印发通知", "國務院辦公廳印發通知", "乾隆年间", "头发干了", "", "𠀀中文", "1,234亿元（同比增长5%）", "著作",
                 "陰沈沈", "乾斷食", "見覆住"):  # a phrase inside a longer one; two phrases that overlap
        assert script.to_simplified(text) == t2s.convert(text)
        long = (text + "，") * 60  # long enough for the character table
        assert script.to_simplified(long) == t2s.convert(long)


def test_a_lone_surrogate_passes_through_the_table_and_the_name_search():
    """(text decoded leniently, or from a PDF, can hold one; OpenCC cannot take it)"""
    from core.ingest.region import _gazetteer

    assert script.to_simplified("國務院\ud800廣東省" * 40) == "国务院\ud800广东省" * 40
    assert _gazetteer()[1].mentions("\ud800广东省\ud800") == {"广东省": 1}
    assert _gazetteer()[1].names.find_by_loop("\ud800广东省\ud800") == [(1, "广东省")]


@settings(max_examples=300, deadline=None)
@given(st.integers(0, 2**32))
def test_t2s_by_table_is_opencc_exactly(seed):
    """Long text goes through the character table and the phrases: OpenCC's result, also where
    phrases overlap, nest, open or close inside one another, or are cut short."""
    t2s = script.converter("t2s")
    _, phrases, _, _ = script._t2s_tables()
    keys = sorted(phrases)
    chars = sorted(script.t2s_changed_chars() - {chr(c) for c in range(0xF900, 0xFB00)})
    by_first: dict[str, list[str]] = {}
    for key in keys:
        by_first.setdefault(key[0], []).append(key)
    rng = random.Random(seed)
    parts = []
    while sum(map(len, parts)) < script.TABLE_FROM:
        r, key = rng.random(), rng.choice(keys)
        if r < 0.15 and key[-1] in by_first:  # a phrase and one that starts on its last character
            parts.append(key + rng.choice(by_first[key[-1]])[1:])
            continue
        parts.append(key if r < 0.4 else key[1:] if r < 0.5 else key[:-1] if r < 0.6 else
                     "".join(rng.choice(chars) for _ in range(rng.randint(1, 4))) if r < 0.9 else
                     rng.choice(["，", "。", "\n", " ", "1,234亿元", "的", "国务院", "𠀀", "\uf900"]))
    text = "".join(parts)
    assert script.to_simplified(text) == t2s.convert(text)


@settings(max_examples=200, deadline=None)
@given(st.integers(0, 2**32))
def test_t2s_of_a_few_characters_alone_is_opencc_exactly(seed):
    """Simplified text with a few characters or phrases t2s may change (the characters are then
    looked up alone, not the whole text through the table): OpenCC's result."""
    t2s = script.converter("t2s")
    _, phrases, _, _ = script._t2s_tables()
    keys = sorted(phrases)
    chars = sorted(script.t2s_changed_chars() - {chr(c) for c in range(0xF900, 0xFB00)})
    rng = random.Random(seed)
    filler = "全市地区生产总值增长5.2%，规上工业增加值增长4.8%。\n"
    parts = []
    while sum(map(len, parts)) < script.TABLE_FROM or rng.random() < 0.5:
        r = rng.random()
        parts.append(rng.choice(keys) if r < 0.1 else rng.choice(chars) if r < 0.2 else filler[: rng.randint(1, len(filler))])
    text = "".join(parts)
    assert script.to_simplified(text) == t2s.convert(text)


def test_short_folds_stay_right_when_their_memory_is_emptied(monkeypatch):
    if script.__file__.endswith(".py"):  # (compiled, the limit is a constant of the C code)
        monkeypatch.setattr(script, "SHORT_FOLDS_MAX", 3)
    words = ["經濟", "總額", "增長", "產量", "經濟", "規模", "總額"] * 3 + [f"第{i}號" for i in range(40)]
    for w in words:
        assert script.fold_short(w) == script.fold_same_length(w)
    assert len(script._short_folds) <= script.SHORT_FOLDS_MAX


def test_halfwidth_is_the_translation_table():
    text = "２０２１年增长１２．５％，总量８．３∶４１．４\u3000全市"
    assert to_halfwidth(text) == text.translate(_HALFWIDTH)
    assert to_halfwidth("") == ""


def test_identity_origins():
    for n in (0, 1, 70000, 300000):
        assert _identity(n) == array("l", range(n))
    t = TrackedText("abc")
    t.origins[0] = 5  # a slice is a copy: the cache is untouched
    assert TrackedText("abc").origins == array("l", [0, 1, 2])


def test_compact_indicators_read_as_the_extracted_ones():
    from conftest import seed
    from core.extraction.indicators import extract
    from core.ingest.loader import load
    from gui.compact import FIELDS, compact

    found = extract(load(str(seed("000"))))
    kept = compact(found)
    assert len(kept) == len(found) > 20
    for a, b in zip(found, kept):
        assert all(getattr(a, f) == getattr(b, f) for f in FIELDS if getattr(a, f) == getattr(a, f))
        assert b.materialize() == a and b.as_row() == a.as_row()
    assert compact([]) == []


def test_the_phrase_list_the_t2s_table_uses_is_opencc_s():
    """The table path finds t2s's phrases from ``core/data/ts_phrases.txt.gz``: it must list exactly
    the phrases of the installed OpenCC (else: uv run python build_spec/make_conversion_data.py)."""
    import importlib.util
    from pathlib import Path

    spec = importlib.util.spec_from_file_location("make_conversion_data", Path(__file__).parent.parent / "build_spec" / "make_conversion_data.py")
    maker = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(maker)
    installed = {key for name in maker.SOURCES["ts"][1] for key, _ in maker.dump(name)}
    assert set(script.ts_phrase_keys()) == installed


def test_chinese_numeral_years_fold_to_digits_one_for_one():
    text = "二零二三年經濟增長，二〇二三至二四年度，一九九八年，2023/二四年度，一二三四五，二零二三"
    folded = script.fold_article(text)
    assert len(folded) == len(text)
    assert folded == "2023年经济增长,2023至24年度,1998年,2023/24年度,一二三四五,二零二三"  # (commas half-width)


@settings(max_examples=200, deadline=None)
@given(st.integers(0, 2**32))
def test_gazetteer_mentions_are_the_leftmost_longest_names(seed):
    """The table of name heads only says where a name may start: the names found are those a plain
    scan finds, trying every position, longest name first, never inside the last one found."""
    from collections import Counter

    from core.ingest.region import _gazetteer

    keys = _gazetteer()[1].keys
    names = sorted(keys)
    longest = max(map(len, names))
    rng = random.Random(seed)
    parts = []
    for _ in range(rng.randint(0, 40)):
        name = rng.choice(names)
        parts.append(rng.choice([name, name[: rng.randint(1, len(name))], name[1:], "的", "增长", "𠀀", "\n", ""]))
    text = "".join(parts)
    expected: Counter[str] = Counter()
    i = 0
    while i < len(text):
        hit = next((text[i : i + n] for n in range(longest, 1, -1) if text[i : i + n] in keys), None)
        expected[hit or ""] += bool(hit)
        i += len(hit) if hit else 1
    assert _gazetteer()[1].mentions(text) == +expected
    names = _gazetteer()[1].names  # the compiled loop and numpy's vectors find the same names
    assert names.find_by_loop(text) == names.find_by_vectors(text)


@settings(max_examples=400, deadline=None)
@example(["万", "分之", "三"])
@example(["约", "三", "千", "分之", "1", "增长", "接近", "一半", "超过", "一半", "过半"])
@example(["1,000", ":", "2.5", ":", "3", " ", "10:30"])
@example(["位居", "全国", "同行业", "前", "十", "名", "最", "大", "的", "三", "大", "最", "1", "强"])
@given(st.lists(st.sampled_from(["分之", "百", "三", "十", "千", "万", "零", "1", "25", "3.5", "1,000", ",", ".", ":", "10:30",
                                 "半", "一半", "过半", "接近", "近", "约", "超过", "逾", "的", "增长", "年", " ", "\n",
                                 "最", "大", "强", "前", "位居", "居", "全国", "同行业", "进入", "名"]), max_size=40))
def test_patterns_tried_only_where_a_match_can_start_find_what_a_full_scan_finds(parts):
    """RATIO, FRACTION, HALF and TOP_N are tried only near a colon, a 分之, a 半, a 最 or a 前: the
    same matches as trying every position."""
    from core.extraction import grammar as g

    h = "".join(parts)
    for pattern, starts in ((g.RATIO, g._run_starts(h, ":", ",.")),
                            (g.FRACTION, g._run_starts(h, "分之", g._FRACTION_DENOMINATOR)),
                            (g.HALF, g._half_starts(h)),
                            (g.TOP_N, g._top_starts(h))):
        assert [m.span() for m in g.matches_at(pattern, h, starts)] == [m.span() for m in pattern.finditer(h)]


@settings(max_examples=500, deadline=None)
@example(["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十",
          "当前位置", "：", "首页"])
@example(["责任编辑", " ", " ", " ", "：", "张三"])
@given(st.lists(st.sampled_from(["当前位置", "：", ":", "首页", ">", "|", "-", "·", " ", "新闻", "登录", "注册", "/", "打印", "【", "】",
                                 "关闭窗口", "分享到", "微信", "责任编辑", "E-mail", "Email", "点击", "123", "次", "我是", "“", "”",
                                 "欢迎您", "（", "）", "TOP", "字号", "大", "中", "小", "扫一扫", "您即将离开", "语音播报", "的",
                                 "增长", "全市", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"]), min_size=1, max_size=30))
def test_the_chrome_pattern_is_tried_only_on_lines_that_can_match_it(parts):
    """Lines without a word of the chrome pattern near their start (nor made of marks only) are
    not chrome: the pattern would not match them either."""
    from core.ingest import boilerplate as b

    s = "".join(parts).strip()
    if s:
        assert b._chrome(s) == (b._CHROME.match(s) is not None)


@settings(max_examples=400, deadline=None)
@example(["本", "报", "讯", "新华", "网", "记者"])
@example(["人民", "日报", "-", "客户端", "讯"])
@example(["，", "本", "网", "记者", "，", "人民", "日报", "记者"])  # a tail with one character before it
@given(st.lists(st.sampled_from(["新华", "网", "網", "報", "报", "日报", "人民", "中央", "广", "-", "客户端", "电视台", "通讯社",
                                 "记者", "記者", "讯", " ", "首席", "特约", "，", "a", "1", "本", "社", "\n"]), max_size=40))
def test_the_byline_found_from_its_tail_is_the_full_scans(parts):
    from core.ingest.metadata import _OUTLET, outlet

    text = "".join(parts)
    expected, found = _OUTLET.search(text), outlet(text)
    assert (found and (found.span(), found.group(1))) == (expected and (expected.span(), expected.group(1)))


@settings(max_examples=400, deadline=None)
@example(["1", "23", "4,567", ".", "5", "万", "元"])
@example(["二十", "三百", "万", "余", "人", "一", "是", "两", "〇", "个百分点"])
@given(st.lists(st.sampled_from(["1", "23", "4,567", ",", ".", "5", "一", "二十", "三百", "两", "〇", "零", "十", "千", "万", "亿",
                                 "元", "%", "余", "多", " ", "个百分点", "左右", "千瓦时", "万千瓦时", "个", "人", "吨", "的",
                                 "年", "是", "a"]), max_size=30))
def test_the_figure_pattern_led_by_a_class_matches_as_written(parts):
    """QTY takes a figure's first character by a class, then the rest of its digits or numerals:
    the same matches, groups and all, as the number pattern written whole."""
    from core.extraction import grammar
    from core.text import fastre

    text = "".join(parts)
    whole = fastre.compile(rf"(?P<num>{grammar.QTY_NUM}){grammar.QTY_AFTER}")
    assert [(m.span(), m.groupdict()) for m in grammar.QTY.finditer(text)] == \
           [(m.span(), m.groupdict()) for m in whole.finditer(text)]
