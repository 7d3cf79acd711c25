import datetime as dt
import re

import pytest

from conftest import SEEDS, seed
from core.ingest.loader import load, load_bytes
from core.text.script import converter

ENCODINGS = ["utf-8", "utf-8-sig", "utf-16-le", "utf-16-be", "utf-16", "gb18030"]


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.name[:3])
@pytest.mark.parametrize("encoding", ENCODINGS)
def test_every_encoding_gives_the_same_cleaned_text(path, encoding):
    text = path.read_text(encoding="utf-8")
    reference = load(str(path))
    doc = load_bytes(path.name, text.encode(encoding))
    assert doc.text == reference.text
    assert doc.metadata == reference.metadata


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.name[:3])
def test_big5_gives_the_same_cleaned_text(path):
    # Big5 holds Traditional text only: convert the seed first, then compare both encodings.
    text = converter("s2t").convert(path.read_text(encoding="utf-8"))
    try:
        data = text.encode("big5hkscs")
    except UnicodeEncodeError:
        # mojibake residue of seed 002 has characters outside Big5: drop those lines
        text = "\n".join(ln for ln in text.split("\n") if _big5_ok(ln))
        data = text.encode("big5hkscs")
    doc = load_bytes(path.name, data)
    assert doc.encoding == "big5hkscs"
    assert doc.text == load_bytes(path.name, text.encode("utf-8")).text


def _big5_ok(line: str) -> bool:
    try:
        line.encode("big5hkscs")
        return True
    except UnicodeEncodeError:
        return False


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.name[:3])
def test_offset_map_points_at_the_same_character(path):
    doc = load(str(path))
    repaired = {i for r in doc.report.repairs for i in range(r.start, r.end)}
    checked = 0
    for i, ch in enumerate(doc.text):
        if i in repaired:
            continue
        assert doc.raw_text[doc.to_raw(i)] == ch, (i, ch)
        checked += 1
    assert checked > 0.95 * len(doc.text)
    assert doc.offsets.to_raw(len(doc.text)) == len(doc.raw_text)


# Lines of each seed that are page chrome, read off the files by hand. Every other non-blank
# line of the (repaired) file is article body or caption and must survive cleaning.
CHROME = {
    "000": ["(欢迎您)注销", "当前位置: 首页>要闻动态>政务动态 > 区县动态", "发布时间:2022-06-16 09:24",
            "字号: [小] [大] 【打印正文】", "分享到:", "我是“渝快小宝”", "点击我,为您语音播报",
            "您即将离开“重庆市人民政府网站”"],
    "001": ["Network", "當前位置:主頁 > 新聞中心 > 園區規劃 >", "- 高新院新聞", "- 政策解讀", "- 高新區新聞",
            "- 區域經濟研究", "- 經濟開發區新聞", "- 科技創新", "- 戰略性新興產業研究", "- 行業洞見",
            "- 一帶一路新聞", "- 智慧城市案例", "- 產業規劃", "- 園區規劃", "- 智慧城市news",
            "來源:高新院 achie.org 日期:2022-01-29 點擊:次"],
    "002": ["編輯:Octopus", "監督:0571-85871667", "投稿:news@ccement.com"],
    "003": ["|", "彭光灿 王彩艳 杨敏 图片除署名外由南岸区委宣传部提供"],
    "004": ["您当前的位置:首页 >动态", "日期:2020-10-16", "扫一扫在手机打开当前页", "微博", "微信", "部门街镇",
            "无障碍", "市政府部门网站", "区县政府网站", "开州区部门镇街网站", "新闻媒体网站"],
}


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.name[:3])
def test_chrome_is_stripped_and_every_body_line_survives(path):
    from core.ingest.repair import repair
    from core.text.textmap import TrackedText

    doc = load(str(path))
    repaired, _ = repair(TrackedText(path.read_text(encoding="utf-8")))
    chrome = set(CHROME[path.name[:3]])
    kept_lines = set(doc.text.split("\n"))
    for line in repaired.text.split("\n"):
        s = re.sub(r"\s*\|$", "", line.strip())
        if not s:
            continue
        if line.strip() in chrome:
            assert line.strip() not in kept_lines, f"chrome kept: {line!r}"
        else:
            assert s in kept_lines, f"body line lost: {s[:40]!r}"


def test_captions_are_kept_and_marked():
    doc = load(str(seed("000")))
    captions = [doc.text[c.start:c.end] for c in doc.captions]
    assert captions == ["大渡口重钢崖线山城步道。华龙网-新重庆客户端 首席记者 李文科 摄"]
    doc = load(str(seed("003")))
    assert "长江轴承 摄/郭旭" in [doc.text[c.start:c.end] for c in doc.captions]


def test_metadata_of_the_seeds():
    expected = {
        "000": ("老工业基地如何转型升级?重庆大渡口区被国家发改委表扬", dt.date(2022, 6, 16), "重庆市人民政府网站", "重庆市大渡口区"),
        "001": ("2021年重慶沿江承接產業轉移示范區承接東部地區產業轉移項目347個 完成投資523億元", dt.date(2022, 1, 29), "高新院", "重庆市"),
        "002": ("真抓實干推進老工業基地調整改造和產業轉型升級典型經驗做法介紹之十:河南省鶴壁市", None, None, "河南省鹤壁市"),
        "003": (None, None, None, "重庆市南岸区"),
        "004": ("坚持“工业强区”战略推动千亿工业高质量新发展", dt.date(2020, 10, 16), None, "重庆市开州区"),
    }
    for prefix, (title, date, source, region) in expected.items():
        m = load(str(seed(prefix))).metadata
        assert (m.title, m.date, m.source, m.region) == (title, date, source, region), prefix


def test_html_page_uses_meta_charset_and_a_real_extractor(tmp_path):
    body = "".join(f"<p>{p}</p>" for p in seed("000").read_text(encoding="utf-8").split("\n")[12:16] if p)
    html = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">'
        "<title>鹤壁市经济运行</title></head><body><div class='nav'><a href='/'>首页</a></div>"
        f"<article><h1>鹤壁市经济运行</h1>{body}</article><footer>版权所有</footer></body></html>"
    )
    f = tmp_path / "page.htm"
    f.write_bytes(html.encode("gb18030"))
    doc = load(str(f))
    assert doc.kind == "html"
    assert doc.encoding == "gb18030"
    assert "全区地区生产总值同比增长8.8%" in doc.text
    assert "首页" not in doc.text and "版权所有" not in doc.text
    # the page's title does not wipe out the line that named the region
    page = tmp_path / "region.html"
    page.write_text(html.replace("鹤壁市经济运行", "大渡口区经济运行").replace("gb2312", "utf-8"), encoding="utf-8")
    meta = load(str(page)).metadata
    assert meta.region == "重庆市大渡口区" and meta.region_line == "大渡口区经济运行"
    # a .txt file that is really a web page is treated as one
    g = tmp_path / "saved.txt"
    g.write_bytes(html.encode("gb18030"))
    assert load(str(g)).kind == "html"


def _page(head: str = "", chrome: str = "", body: str = "") -> bytes:
    paragraphs = body or (
        "<p>1998年，全区地区生产总值同比增长3.2%，规上工业总产值增长5.3%，固定资产投资增长7.1%。</p>"
        "<p>全区社会消费品零售总额增长6.5%，城镇常住居民人均可支配收入增长5.9%。</p>"
    )
    return (
        f"<html><head><meta charset='utf-8'><title>大渡口区经济运行</title>{head}</head><body>"
        f"<div class='nav'><a href='/'>首页</a>{chrome}</div><article><h1>大渡口区经济运行</h1>"
        f"{paragraphs}</article><footer>版权所有</footer></body></html>"
    ).encode("utf-8")


@pytest.mark.parametrize(
    "page, date",
    [
        (_page(head="<meta property='article:published_time' content='2021-03-04T08:00:00+08:00'>"), dt.date(2021, 3, 4)),
        (_page(chrome="<span>发布时间：</span><span>2023年5月6日</span>"), dt.date(2023, 5, 6)),
        (_page(chrome="<div>發布日期 2022-11-30 10:00 來源：市政府</div>"), dt.date(2022, 11, 30)),
        (_page(chrome="<div>发布时间：4491-25-23</div>"), None),  # not a date
        (_page(), None),  # a year in the text (1998年，全区…) is not the page's date
    ],
)
def test_a_web_page_date_is_read_from_its_labels_and_tags_not_guessed(page, date):
    assert load_bytes("page.html", page).metadata.date == date


def test_a_web_page_date_is_searched_only_when_the_article_has_none(monkeypatch):
    from trafilatura import metadata as tm

    def no_search(*args, **kwargs):
        raise AssertionError("searched the page for a date")

    monkeypatch.setattr(tm, "find_date", no_search)
    dated = "<p>发布时间：2022-06-16</p><p>全区地区生产总值同比增长3.2%，规上工业总产值增长5.3%，投资增长7.1%。</p>"
    assert load_bytes("page.html", _page(body=dated)).metadata.date == dt.date(2022, 6, 16)
    with pytest.raises(AssertionError, match="searched"):
        load_bytes("page.html", _page())


def test_region_line_is_quoted_as_written():
    """The region is found on folded text; the line that names it is shown in the article's own script."""
    m = load(str(seed("001"))).metadata
    assert m.region == "重庆市"
    assert m.region_line.startswith("2021年重慶沿江承接產業轉移示范區")
