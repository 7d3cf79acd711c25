"""Indicator catalogue: synonyms, folding, scope and growth words, user rows, the shipped table."""
from collections import defaultdict

import pytest

from core.extraction.catalogue import Catalogue, CatalogueError, default_catalogue, normalise, shipped_path


@pytest.fixture(scope="module")
def shipped() -> Catalogue:
    return Catalogue.from_files([shipped_path()])


def canonical(cat: Catalogue, name: str) -> str | None:
    entry = cat.lookup(name)
    return entry.indicator if entry else None


@pytest.mark.parametrize("name, expected", [
    ("地区生产总值", "地区生产总值"),
    ("生产总值", "地区生产总值"),
    ("GDP", "国内生产总值"),
    ("国内生产总值", "国内生产总值"),
    ("本地生產總值", "本地生产总值"),
    ("本地生产总值实质增长", "本地生产总值"),
    ("规上工业增加值", "规模以上工业增加值"),
    ("規模以上工業增加值", "规模以上工业增加值"),
    ("社零", "社会消费品零售总额"),
    ("社會消費品零售總額", "社会消费品零售总额"),
    ("固投", "固定资产投资"),
    ("CPI同比", "居民消费价格指数"),
    ("ＣＰＩ 环比", "居民消费价格指数"),
    ("PPI同比涨幅比上月回落", "工业生产者出厂价格指数"),
    ("地区生产总值增速", "地区生产总值"),
    ("研发经费投入强度", "R&D经费投入强度"),
    ("研究与试验发展经费投入强度", "R&D经费投入强度"),
    ("城镇居民人均可支配收入", "城镇居民人均可支配收入"),
    ("綜合盈餘", "综合盈余"),
    ("財政儲備", "财政储备"),
    ("薪俸稅", "薪俸税"),
    ("賣地收入", "卖地收入"),
    ("基本通脹", "基本综合消费物价指数"),
    ("醫療衞生經常開支", "医疗卫生经常开支"),
])
def test_synonyms_abbreviations_and_traditional_forms(shipped, name, expected):
    assert canonical(shipped, name) == expected


def test_english_names(shipped):
    assert shipped.lookup("地区生产总值").indicator_en == "Gross Regional Product"
    assert shipped.lookup("规上工业增加值").indicator_en == "Value Added of Industrial Enterprises above Designated Size"
    assert shipped.lookup("固投").indicator_en == "Investment in Fixed Assets (excluding rural households)"
    assert shipped.lookup("綜合盈餘").indicator_en == "Consolidated Surplus"
    assert shipped.lookup("差餉").indicator_en == "Rates"


@pytest.mark.parametrize("name, expected", [
    ("全市规上工业增加值", "规模以上工业增加值"),
    ("全省固定资产投资增长", "固定资产投资"),
    ("江西省固定资产投资", "固定资产投资"),
    ("深圳市社会消费品零售总额", "社会消费品零售总额"),
    ("武汉地区生产总值比2019年同期增长", "地区生产总值"),
    ("大渡口区规模以上工业增加值", "规模以上工业增加值"),
    ("1-10月规上工业增加值", "规模以上工业增加值"),
    ("地区生产总值(亿元)", "地区生产总值"),
    ("全港失業率", "失业率"),
    ("规上工业增加值增速全市排名", "规模以上工业增加值"),
    ("深圳地区生产总值增长目标", "地区生产总值"),
    ("出口总额同比", "出口总额"),
])
def test_scope_period_place_and_measure_words_are_stripped(shipped, name, expected):
    assert canonical(shipped, name) == expected


def test_local_scope_makes_gdp_regional(shipped):
    assert canonical(shipped, "全市GDP") == "地区生产总值"
    assert canonical(shipped, "全国GDP") == "国内生产总值"
    assert canonical(shipped, "本地生产总值") == "本地生产总值"  # 本地 is not a scope word here


def test_share_is_not_stripped(shipped):
    assert canonical(shipped, "高技术制造业增加值占规模以上工业增加值比重") != "高技术制造业增加值"
    assert canonical(shipped, "数字经济占GDP比重") == "数字经济占地区生产总值比重"
    assert canonical(shipped, "某某产业增加值占GDP比重") is None


def test_sub_item_maps_to_its_own_entry_or_to_nothing(shipped):
    assert canonical(shipped, "装备制造业增加值") == "装备制造业增加值"
    assert canonical(shipped, "全市装备制造业增加值增长") == "装备制造业增加值"
    assert canonical(shipped, "纺织业增加值") is None  # no row: never its parent 工业增加值
    assert canonical(shipped, "规上纺织业增加值") is None


@pytest.mark.parametrize("name", [
    "“十百千万”工程项目完成投资", "今天天气", "", "新建公园数", "开发区工业增加值", "信访", "出口占比",
])
def test_unknown_names_give_none(shipped, name):
    assert shipped.lookup(name) is None


def _write(path, rows):
    path.write_text("indicator\tindicator_en\tdomain\tsynonyms\n" + "".join(r + "\n" for r in rows), encoding="utf-8")


def test_user_file_adds_and_overrides(tmp_path, monkeypatch):
    monkeypatch.setenv("POLICYLENS_DATA_DIR", str(tmp_path))
    assert default_catalogue().lookup("夜间经济营业额") is None
    _write(tmp_path / "indicators.tsv", [
        "# my rows",
        "夜间经济营业额\tNight-time Economy Turnover\tconsumption\t夜经济营业额|夜間經濟營業額",
        "地区生产总值\tGRP (my wording)\tnational_accounts\t区域GDP",
    ])
    cat = default_catalogue()
    assert cat.lookup("全市夜经济营业额同比") == cat.lookup("夜间经济营业额")
    assert cat.lookup("夜間經濟營業額").indicator_en == "Night-time Economy Turnover"
    grp = cat.lookup("生产总值")  # shipped synonym now resolves to the user's row
    assert (grp.indicator, grp.indicator_en) == ("地区生产总值", "GRP (my wording)")
    assert cat.lookup("区域GDP").indicator == "地区生产总值"
    assert cat.lookup("社零").indicator == "社会消费品零售总额"  # shipped rows still there


def test_user_file_without_synonym_column(tmp_path):
    path = tmp_path / "indicators.tsv"
    path.write_text("夜间经济营业额\tNight-time Economy Turnover\tconsumption\n", encoding="utf-8")
    assert Catalogue.from_files([path]).lookup("夜间经济营业额").domain == "consumption"


@pytest.mark.parametrize("bad_row", [
    "只有两列\tTwo columns",
    "太多列\tA\tb\tc\td",
    "\tNo Chinese name\tprices\t",
])
def test_bad_user_row_names_file_and_line(tmp_path, monkeypatch, bad_row):
    monkeypatch.setenv("POLICYLENS_DATA_DIR", str(tmp_path))
    path = tmp_path / "indicators.tsv"
    _write(path, ["# comment", "好的指标\tGood Indicator\tother\t", bad_row])
    with pytest.raises(CatalogueError) as err:
        default_catalogue()
    assert str(path) in str(err.value) and ":4:" in str(err.value)


def test_user_file_not_utf8_names_the_file(tmp_path):
    path = tmp_path / "indicators.tsv"
    path.write_bytes("地区生产总值\tGRP\tnational_accounts\t".encode("gb18030"))
    with pytest.raises(CatalogueError, match="indicators.tsv: not UTF-8"):
        Catalogue.from_files([path])


def test_windows_line_ends_and_bom(tmp_path):
    path = tmp_path / "indicators.tsv"
    path.write_bytes("\ufeffindicator\tindicator_en\tdomain\tsynonyms\r\n夜间经济营业额\tNight-time Economy Turnover\tconsumption\t夜经济\r\n".encode())
    assert Catalogue.from_files([path]).lookup("夜经济").indicator_en == "Night-time Economy Turnover"


def _rows():
    lines = shipped_path().read_text(encoding="utf-8").splitlines()
    rows = [line.split("\t") for line in lines if line and not line.startswith("#")]
    assert rows[0] == ["indicator", "indicator_en", "domain", "synonyms"]
    return rows[1:]


def test_shipped_file_size_and_english():
    rows = _rows()
    assert all(len(r) == 4 for r in rows)
    names = [r[0] for r in rows]
    assert len(set(names)) == len(names) >= 300
    assert all(r[1].strip() and r[2].strip() for r in rows), [r[0] for r in rows if not r[1].strip()]
    assert all(r[1].isascii() for r in rows)


def test_no_synonym_points_to_two_indicators():
    owners = defaultdict(set)
    for r in _rows():
        for name in [r[0], *filter(None, r[3].split("|"))]:
            owners[normalise(name)].add(r[0])
    clashes = {k: v for k, v in owners.items() if len(v) > 1}
    assert not clashes


def test_every_synonym_finds_its_own_row(shipped):
    for r in _rows():
        for name in [r[0], *filter(None, r[3].split("|"))]:
            assert canonical(shipped, name) == r[0], name


def test_default_catalogue_is_cached(tmp_path, monkeypatch):
    monkeypatch.setenv("POLICYLENS_DATA_DIR", str(tmp_path))
    assert default_catalogue() is default_catalogue()
