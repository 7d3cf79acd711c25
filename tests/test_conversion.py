import re

import pytest

from conftest import SEEDS, seed
from core.convert.conversion import (
    ConversionError,
    PhraseTable,
    ScriptConverter,
    available_configs,
    config_name,
    detect_script,
)
from core.extraction.indicators import extract
from core.ingest.loader import load
from core.text.script import converter
from core.search.index import fold

# CONVERSION.md: every row, including the ones stock OpenCC gets wrong (fixed by the shipped table)
ROWS = [
    ("s2tw", "理发店里剪头发，发展经济", "理髮店裡剪頭髮，發展經濟"),
    ("s2tw", "他们干杯后干了一件大事，衣服晒干了", "他們乾杯後幹了一件大事，衣服曬乾了"),
    ("s2tw", "政府不应过度干预市场", "政府不應過度干預市場"),
    ("s2tw", "皇太后后来面对面吃了碗牛肉面", "皇太后後來面對面吃了碗牛肉麵"),
    ("s2tw", "兼并重组并推进合并报表", "兼併重組並推進合併報表"),
    ("s2tw", "复杂的恢复工作已获批复", "複雜的恢復工作已獲批覆"),
    ("s2tw", "冲击之后用清水冲洗，征收税款，重走长征路", "衝擊之後用清水沖洗，徵收稅款，重走長征路"),
    ("s2tw", "三只小猪只吃面", "三隻小豬只吃麵"),
    ("s2tw", "前头发生了事故", "前頭發生了事故"),
    ("s2tw", "参与制造业的制度改革", "參與製造業的制度改革"),
    ("s2tw", "国家级示范区由范先生负责", "國家級示範區由范先生負責"),
    ("s2twp", "勇敢的士兵", "勇敢的士兵"),
    ("tw2sp", "看著著名的風景，使用者下載軟體", "看着著名的风景，用户下载软件"),
    ("t2s", "乾隆年間乾坤朗朗，後來衣服乾淨了", "乾隆年间乾坤朗朗，后来衣服干净了"),
    ("t2s", "示范區承接產業轉移", "示范区承接产业转移"),
]


@pytest.mark.parametrize("config,source,expected", ROWS)
def test_conversion_table(config, source, expected):
    assert ScriptConverter(config).convert_text(source) == expected


def test_every_wheel_config_is_offered_with_names_in_three_languages():
    configs = available_configs()
    for c in ("s2t", "t2s", "s2tw", "tw2s", "s2twp", "tw2sp", "s2hk", "hk2s", "t2tw", "tw2t", "t2hk", "hk2t", "t2jp", "jp2t"):
        assert c in configs
    assert config_name("s2twp", "zh_CN") == "简体→繁体（台湾，含惯用词）"
    assert config_name("s2twp", "en").startswith("Simplified")
    with pytest.raises(ConversionError, match="unknown conversion config 'xx'"):
        ScriptConverter("xx")


def test_converters_are_built_once():
    assert converter("s2tw") is converter("s2tw")
    assert ScriptConverter("s2tw")._cc is ScriptConverter("s2tw")._cc


def test_offset_map_for_a_length_changing_config():
    conv = ScriptConverter("s2twp").convert("我的软件和U盘坏了")
    assert conv.text == "我的軟體和隨身碟壞了"
    a, b = conv.span_to_converted(5, 7)  # U盘
    assert conv.text[a:b] == "隨身碟"
    assert conv.text[conv.to_converted(7):] == "壞了"
    assert conv.span_to_original(a, b) == (5, 7)


@pytest.mark.parametrize("config", available_configs())
def test_indicator_spans_map_across_every_config_on_every_seed(config):
    sc = ScriptConverter(config)
    for path in SEEDS:
        doc = load(str(path))
        conv = sc.convert(doc.text)
        for ind in extract(doc):
            a, b = conv.span_to_converted(ind.start, ind.end)
            original, converted = doc.text[ind.start:ind.end], conv.text[a:b]
            assert re.findall(r"[\d.,]+", fold(converted)) == re.findall(r"[\d.,]+", fold(original)), (config, original, converted)
            assert len(converted) == len(original) or config.endswith("p")


def test_user_phrase_wins_inside_a_longer_builtin_phrase():
    table = PhraseTable()
    assert ScriptConverter("s2t", table).convert_text("吃面条") == "喫麪條"
    table.add("s2t", "面条", "麵條")
    assert ScriptConverter("s2t", table).convert_text("吃面条") == "喫麵條"  # 麵條, not the built-in 喫麪


def test_phrase_table_file_errors_name_file_and_line(tmp_path):
    f = tmp_path / "my.tsv"
    f.write_text("# comment\ns2t\t面条\t麵條\nxx\ta\tb\n", encoding="utf-8")
    with pytest.raises(ConversionError, match=r"my.tsv:3: unknown direction"):
        PhraseTable.load(str(f))
    f.write_text("s2t\t面条\n", encoding="utf-8")
    with pytest.raises(ConversionError, match=r"my.tsv:1: expected"):
        PhraseTable.load(str(f))


def test_ambiguities_come_from_opencc_data():
    sc = ScriptConverter("s2tw")
    (amb,) = sc.ambiguities("头发干了")
    assert (amb.start, amb.source, amb.chosen) == (2, "干", "幹") and "乾" in amb.candidates
    assert sc.ambiguities("发展经济") == []  # phrases decided: nothing to check


def test_script_detection_and_default_direction():
    kinds = {p.name[:3]: detect_script(load(str(p)).text) for p in SEEDS}
    assert [kinds[k].script for k in ("000", "003", "004")] == ["simplified"] * 3
    assert kinds["001"].script == kinds["002"].script == "mixed"
    assert kinds["000"].default_config == "s2tw" and kinds["001"].default_config == "t2s"
    assert detect_script("繁體中文的文章內容，經濟發展。").script == "traditional"


@pytest.mark.parametrize("prefix", ["001", "002"])
def test_half_converted_seeds_convert_cleanly_both_ways(prefix):
    text = load(str(seed(prefix))).text
    simplified = ScriptConverter("t2s").convert_text(text)
    assert detect_script(simplified).traditional_only == 0
    assert "示范区" in simplified and "真抓实干" in simplified or prefix == "001"
    traditional = ScriptConverter("s2t").convert_text(simplified)
    assert detect_script(traditional).script == "traditional"
    assert "示範區" in traditional
