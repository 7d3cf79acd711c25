"""Periods: which statement governs a figure, what dates it means, and the article date it stands on.

Every text here was written for these tests; each rule has its sentence, and so has each trap.
"""
import datetime as dt

import pytest

from core.extraction.indicators import extract_text
from core.extraction.timespan import resolve
from core.ingest.metadata import parse_date

D = dt.date


def periods(text: str, date: dt.date | None = None) -> list[tuple[float, str | None, str | None, str | None]]:
    return [(i.value, i.period, i.period_from, i.period_to) for i in extract_text(text, "t.txt", date)]


# --- resolution ---------------------------------------------------------------------------

@pytest.mark.parametrize("phrase, label, start, end", [
    ("今年一季度", "2022年一季度", D(2022, 1, 1), D(2022, 3, 31)),
    ("一季度", "2022年一季度", D(2022, 1, 1), D(2022, 3, 31)),
    ("上半年", "2022年上半年", D(2022, 1, 1), D(2022, 6, 30)),
    ("前三季度", "2022年前三季度", D(2022, 1, 1), D(2022, 9, 30)),
    ("1-5月", "2022年1-5月", D(2022, 1, 1), D(2022, 5, 31)),
    ("1—5月", "2022年1-5月", D(2022, 1, 1), D(2022, 5, 31)),
    ("一至五月", "2022年1-5月", D(2022, 1, 1), D(2022, 5, 31)),
    ("首5个月", "2022年1-5月", D(2022, 1, 1), D(2022, 5, 31)),
    ("5月份", "2022年5月", D(2022, 5, 1), D(2022, 5, 31)),
    ("年末", "2022年末", D(2022, 12, 31), D(2022, 12, 31)),
    ("年底", "2022年末", D(2022, 12, 31), D(2022, 12, 31)),
    ("去年", "2021年", D(2021, 1, 1), D(2021, 12, 31)),
    ("上年", "2021年", D(2021, 1, 1), D(2021, 12, 31)),
    ("前年", "2020年", D(2020, 1, 1), D(2020, 12, 31)),
    ("“十三五”期间", "2016-2020年", D(2016, 1, 1), D(2020, 12, 31)),
    ("十四五", "2021-2025年", D(2021, 1, 1), D(2025, 12, 31)),
    ("十五五", "2026-2030年", D(2026, 1, 1), D(2030, 12, 31)),
    ("2016-2020年", "2016-2020年", D(2016, 1, 1), D(2020, 12, 31)),
    ("2018-19年度", "2018/19财政年度", D(2018, 4, 1), D(2019, 3, 31)),
    ("2018/19财政年度", "2018/19财政年度", D(2018, 4, 1), D(2019, 3, 31)),
    ("2017/18年", "2017/18财政年度", D(2017, 4, 1), D(2018, 3, 31)),
    ("截至2021年底", "2021年末", D(2021, 12, 31), D(2021, 12, 31)),
    ("2021年12月31日", "2021年12月31日", D(2021, 12, 31), D(2021, 12, 31)),
    ("2022年第二季度", "2022年二季度", D(2022, 4, 1), D(2022, 6, 30)),
    ("目前", "2022-07-20", D(2022, 7, 20), D(2022, 7, 20)),
])
def test_phrases_resolve_against_the_article_date(phrase, label, start, end):
    span = resolve(phrase, D(2022, 7, 20))
    assert (span.label, span.start, span.end) == (label, start, end)


def test_relative_spans():
    assert resolve("过去五年", D(2022, 1, 20)).label == "2017-2021年"
    assert resolve("过去一年", D(2026, 1, 27)).label == "2025年"
    span = resolve("未来五年", D(2021, 9, 24))
    assert (span.start, span.end) == (D(2021, 9, 24), D(2026, 9, 23))
    span = resolve("到2025年", D(2022, 7, 20))  # a plan's horizon runs from the article
    assert (span.start, span.end) == (D(2022, 7, 20), D(2025, 12, 31))
    assert resolve("到2020年", D(2021, 3, 1)).label == "2020年"  # a horizon already past
    assert resolve("连续3年", D(2022, 4, 12), 2021).label == "2019-2021年"
    assert resolve("上月", D(2021, 12, 9)).label == "2021年11月"
    # a part of the year named alone, later than a January report: last year's
    assert resolve("四季度", D(2022, 1, 18)).label == "2021年四季度"


def test_hong_kong_fiscal_years():
    feb = D(2018, 2, 28)
    assert resolve("本年度", feb, fiscal=True).label == "2017/18财政年度"  # the year being closed
    assert resolve("本年度预算", feb, fiscal=True).label == "2018/19财政年度"  # the estimates proposed
    assert resolve("新一个财政年度", feb, fiscal=True).label == "2018/19财政年度"
    assert resolve("上年度", feb, fiscal=True).label == "2016/17财政年度"


def test_without_a_date_relative_periods_stand_on_the_latest_year_or_stay_open():
    assert resolve("去年", None, 2019).label == "2018年"
    assert resolve("去年", None, None) is None
    assert resolve("一季度", None, None) is None
    for vague in ("近年", "每年", "近期", "过去几年"):
        assert resolve(vague, D(2022, 7, 20)) is None


def test_never_today():
    assert periods("今年一季度，全市地区生产总值增长5.1%。") == [(5.1, "今年一季度", None, None)]


# --- which statement governs ---------------------------------------------------------------

def test_title_period_governs_a_statistics_release():
    text = ("2019年一季度全市经济运行情况\n"
            "全市地区生产总值完成512.3亿元，同比增长7.1%。\n"
            "规模以上工业增加值增长8.2%。")
    got = periods(text, D(2019, 4, 20))
    assert got == [(v, "2019年一季度", "2019-01-01", "2019-03-31") for v in (512.3, 7.1, 8.2)]


def test_lead_sentence_period_governs_the_paragraphs_below():
    text = ("11月份全国居民消费价格同比上涨\n"
            "国家统计局今天发布了2021年11月份全国居民消费价格指数。\n"
            "从同比看，居民消费价格上涨2.3%。\n"
            "其中，食品价格上涨1.6%。")
    got = periods(text, D(2021, 12, 9))
    assert [(v, p, a) for v, p, a, _ in got] == [(2.3, "2021年11月份", "2021-11-01"), (1.6, "2021年11月份", "2021-11-01")]


def test_work_report_section_heading_and_opening_period():
    text = ("2026年某省政府工作报告\n"
            "——2026年1月27日在某省人民代表大会上\n"
            "一、2025年工作回顾\n"
            "过去一年，全省上下奋力拼搏，顺利完成全年目标。\n"
            "一是经济增长好于预期。地区生产总值增长5.2%，固定资产投资增长1.6%。\n"
            "二是民生持续改善。城镇新增就业52万人。")
    got = extract_text(text, "r.txt", D(2026, 1, 27))
    assert [(i.value, i.period, i.period_label, i.kind) for i in got] == [
        (5.2, "过去一年", "2025年", "growth"), (1.6, "过去一年", "2025年", "growth"), (52, "过去一年", "2025年", "count")]


def test_a_later_opening_period_takes_over():
    text = ("区经济运行稳中向好。\n"
            "2021年，全区地区生产总值增长8.8%。\n"
            "今年一季度，全区地区生产总值增长6.1%，工业投资增长12%。")
    got = periods(text, D(2022, 5, 10))
    assert [(v, p) for v, p, _, _ in got] == [(8.8, "2021年"), (6.1, "今年一季度"), (12, "今年一季度")]


def test_period_deep_inside_an_aside_does_not_leak():
    text = ("某市召开经济工作会议，部署2022年重点工作。\n"
            "专家认为，过去几年制造业占比下滑较快。\n"
            "会议提出，新增高新技术企业500家。")
    got = periods(text, D(2022, 4, 12))
    assert got[-1][:2] == (500, "2022年")


def test_earlier_sentence_of_the_paragraph_governs():
    got = periods("深圳2021年全年地区生产总值3.07万亿元。深圳GDP首次超过三万亿。", D(2022, 4, 12))
    assert [p for _, p, _, _ in got] == ["2021年全年", "2021年全年"]


def test_comparison_bases_and_attributes_are_not_periods():
    got = periods("11月份，CPI同比上涨2.3%，涨幅比上月扩大0.8个百分点。去年价格变动的翘尾影响约为0.6个百分点。", D(2021, 12, 9))
    assert [p for _, p, _, _ in got] == ["11月份", "11月份", "11月份"]


def test_this_years_targets_are_governed_by_this_year_not_the_heading():
    text = "二、2024年主要目标任务\n今年经济社会发展的主要预期目标是：地区生产总值增长6%左右。"
    assert periods(text, D(2024, 1, 20)) == [(6, "今年", "2024-01-01", "2024-12-31")]


def test_from_value_keeps_its_own_time():
    got = periods("今年，食品价格由上月下降2.4%转为上涨1.6%。", D(2021, 12, 9))
    assert [(v, p) for v, p, _, _ in got] == [(2.4, "上月"), (1.6, "今年")]


def test_base_value_after_comparison_takes_the_base_period():
    """较去年的3.6%: last year's value of the same indicator (its name, its kind, last year's
    period); the change after it is the indicator's too."""
    got = extract_text("今年僱員平均加薪幅度為1.4%，較去年的3.6%下跌2.2個百分點。", "h.txt", D(2020, 10, 29))
    assert [(i.value, i.kind) for i in got] == [(1.4, "growth"), (3.6, "growth"), (2.2, "growth")]
    got = extract_text("全市规上工业增加值增长8.5%，比上年同期的6.2%高2.3个百分点。", "g.txt", D(2022, 1, 20))
    assert [(i.name, i.value, i.kind, i.period) for i in got] == [
        ("规上工业增加值", 8.5, "growth", None), ("规上工业增加值", 6.2, "growth", "上年"),
        ("规上工业增加值", 2.3, "growth", None)]
    got = extract_text("受访企业中，三成冻薪，较去年的12%明显增加。", "s.txt", D(2022, 1, 20))
    assert [(i.name, i.value, i.kind, i.period) for i in got] == [("冻薪", 30, "share", None), ("冻薪", 12, "share", "去年")]
    # a multiple or a share of last year's value is this year's figure
    got = extract_text("全年出口额是上年的1.5倍，进口额为上年的80%。", "m.txt", D(2022, 1, 20))
    assert [(i.value, i.period) for i in got] == [(1.5, "全年"), (80, "全年")]


def test_plan_horizon_not_the_report_year():
    got = extract_text("2022年政府工作报告提出，到2025年，数字经济核心产业增加值占GDP比重达到10%。", "p.txt", D(2022, 1, 20))
    assert [(i.value, i.period, i.period_to, i.kind) for i in got] == [(10, "到2025年", "2025-12-31", "target")]


def test_hong_kong_budget_fiscal_year_heading():
    text = ("財政預算案重點\n"
            "2017-02-22\n"
            "2017／18年度起推行稅務寬減措施：\n"
            "增加傷殘受養人免稅額，由現時6.6萬元增至7.5萬元\n"
            "財政預算案其他重點：\n"
            "豁免1800間旅行社1年的牌照費用")
    got = extract_text(text, "b.txt", D(2017, 2, 22))
    assert [(i.value, i.period, i.period_from, i.kind) for i in got] == [
        (6.6, "現時", "2017-02-22", "change"), (7.5, "2017／18年度起", "2017-04-01", "change"),
        (1800, "2017／18年度起", "2017-04-01", "count")]


# --- kinds that depend on the time ----------------------------------------------------------

def test_whole_year_figures_in_an_early_report_are_targets():
    text = "2022年，全市地区生产总值预期增长6%左右，新增国家高新技术企业500家。"
    assert [i.kind for i in extract_text(text, "w.txt", D(2022, 1, 20))] == ["target", "target"]


def test_finished_period_is_no_target_even_in_a_plan_paragraph():
    text = "去年政府投资项目计划共安排588个。从完成情况看，其中交通运输行业分别完成182.4亿元。"
    got = extract_text(text, "w.txt", D(2022, 4, 12))
    assert [(i.value, i.kind) for i in got] == [(588, "target"), (182.4, "level")]


def test_survey_shares_about_next_year_stay_shares():
    got = extract_text("今年調查顯示，29%受訪機構表示預計明年會加薪。", "s.txt", D(2020, 10, 29))
    assert [(i.value, i.kind) for i in got] == [(29, "share")]


def test_better_than_expected_is_no_plan():
    got = extract_text("一是经济增长好于预期。地区生产总值增长5.2%。", "x.txt", D(2026, 1, 27))
    assert [i.kind for i in got] == ["growth"]


# --- the article's date --------------------------------------------------------------------

@pytest.mark.parametrize("line, date", [
    ("Thu, 09 Dec 2021 07:07:39 GMT", D(2021, 12, 9)),
    ("Thu, 09 Dec 2021 20:07:39 GMT", D(2021, 12, 10)),  # read in China's time zone
    ("——2026年1月27日在江西省第十四届人民代表大会第四次会议上", D(2026, 1, 27)),
    ("（2013年3月20日）", D(2013, 3, 20)),
    ("二〇二一年三月五日", D(2021, 3, 5)),
    ("发稿时间：2022-04-12 10:30", D(2022, 4, 12)),
])
def test_date_lines(line, date):
    assert parse_date(line) == date


def test_article_dates_from_their_lines(tmp_path):
    from core import load

    cases = {
        "feed.txt": ("某市经济运行情况\nTue, 12 Apr 2022 02:27:27 GMT\n全市地区生产总值增长5%。\n", D(2022, 4, 12)),
        "report.txt": ("政府工作报告\n——2026年1月27日在某省人民代表大会上\n过去一年，全省经济稳中向好。\n", D(2026, 1, 27)),
        "bulletin.txt": ("某市2012年国民经济和社会发展统计公报\n（2013年3月20日）\n全年地区生产总值增长9%。\n", D(2013, 3, 20)),
        "signed.txt": ("关于做好就业工作的通知\n各区人民政府：\n现将有关事项通知如下。\n某市人力资源和社会保障局\n2022年5月6日\n", D(2022, 5, 6)),
    }
    for name, (text, date) in cases.items():
        p = tmp_path / name
        p.write_text(text, encoding="utf-8")
        doc = load(str(p))
        assert doc.metadata.date == date, name
        assert doc.metadata.date_line, name


def test_region_national_and_hong_kong(tmp_path):
    from core import load

    national = tmp_path / "n.txt"
    national.write_text("11月份居民消费价格同比上涨2.3%\n国家统计局今天发布数据，全国居民消费价格同比上涨2.3%。"
                        "全国规模以上工业企业利润增长。\n", encoding="utf-8")
    assert load(str(national)).metadata.region == "全国"
    hk = tmp_path / "h.txt"
    hk.write_text("財政預算案重點\n財政司司長今日發表財政預算案，本港經濟增長3%，港元匯率穩定。\n", encoding="utf-8")
    assert load(str(hk)).metadata.region == "香港特别行政区"


def test_region_is_the_city_an_article_is_about(tmp_path):
    from core import load

    p = tmp_path / "c.txt"
    p.write_text("长沙未来五年数字经济占GDP比重要超45%\n中国共产党长沙市第十四次代表大会在长沙开幕，湖南省委常委、长沙市委书记作报告。"
                 "湖南数字经济规模达1.15万亿元，长沙数字经济规模超千亿元。\n", encoding="utf-8")
    doc = load(str(p))
    assert doc.metadata.region == "湖南省长沙市" and "长沙" in doc.metadata.region_line


def test_statistics_bulletin_speaks_of_the_year_it_reports():
    text = ("某市2023年国民经济和社会发展统计公报\n"
            "（2024年3月20日）\n"
            "一、综合\n"
            "初步核算，全年全市地区生产总值5000.12亿元，比上年增长5.5%。\n"
            "年末全市常住人口512.3万人。")
    got = extract_text(text, "g.txt", D(2024, 3, 20))
    assert [(i.value, i.period_label, i.kind) for i in got] == [
        (5000.12, "2023年", "level"), (5.5, "2023年", "growth"), (512.3, "2023年末", "count")]


def test_hong_kong_budget_outturn_estimates_and_forecasts(tmp_path):
    from core import load
    from core.extraction.indicators import extract

    p = tmp_path / "hk.txt"
    p.write_text("2018-19年度財政預算案重點\n2018-02-28\n財政司司長今日發表2018-19年度財政預算案。\n"
                 "本年度綜合盈餘預計為1,380億元。\n"
                 "2018-19年度的政府開支預算為5,998億元，較2017-18年度修訂預算增加15.5%。\n"
                 "本地生產總值去年實質增長3.8%，預測今年增長3%至4%。\n", encoding="utf-8")
    doc = load(str(p))
    assert doc.metadata.region == "香港特别行政区"
    got = [(i.value, i.kind, i.period_label) for i in extract(doc)]
    assert got == [(1380, "target", "2017/18财政年度"), (5998, "target", "2018/19财政年度"),
                   (15.5, "growth", "2018/19财政年度"), (3.8, "growth", "2017年"),
                   (3, "target", "2018年"), (4, "target", "2018年")]


def test_news_release_quarters_months_and_the_subject_carried_across_sentences(tmp_path):
    from core import load
    from core.extraction.indicators import extract

    p = tmp_path / "news.txt"
    p.write_text("上半年国民经济恢复向好\n2023-07-17 10:00 来源：新华社\n"
                 "国家统计局17日发布数据，上半年国内生产总值593034亿元，同比增长5.5%。分季度看，一季度同比增长4.5%，二季度增长6.3%。\n"
                 "6月份，规模以上工业增加值同比增长4.4%。\n", encoding="utf-8")
    doc = load(str(p))
    assert (doc.metadata.date, doc.metadata.region) == (D(2023, 7, 17), "全国")
    assert [(i.name, i.value, i.period_label) for i in extract(doc)] == [
        ("国内生产总值", 593034, "2023年上半年"), ("国内生产总值", 5.5, "2023年上半年"),
        ("国内生产总值", 4.5, "2023年一季度"), ("国内生产总值", 6.3, "2023年二季度"),
        ("规模以上工业增加值", 4.4, "2023年6月")]


def test_stretches_of_time_and_the_next_days():
    got = extract_text("五年来，全县农村居民人均可支配收入年均增长8.2%。", "a.txt", D(2023, 1, 10))
    assert [(i.period, i.period_from, i.period_to) for i in got] == [("五年来", "2018-01-01", "2022-12-31")]
    got = extract_text("平台在短短的两年时间建成，接入31个部门的数据。", "b.txt", D(2023, 1, 10))
    assert [(i.period, i.period_from) for i in got] == [("短短的两年时间", None)]
    # how long a measure lasts is no period
    got = extract_text("2023年，豁免1200间旅行社1年时间的牌照费用。", "c.txt", D(2023, 1, 10))
    assert [i.period for i in got] == ["2023年"]
    got = extract_text("协会估计，未来一、两天会有三家旅行社宣布停业。", "d.txt", D(2023, 1, 10))
    assert [(i.period, i.kind) for i in got] == [("未来一、两天", "target")]
    assert resolve("来年", D(2020, 10, 29)).iso == ("2021-01-01", "2021-12-31")


def test_a_share_of_people_takes_the_time_they_speak_of():
    """6成企业未决定明年是否扩产: the share is about next year (a survey's answer, not a target)."""
    got = extract_text("今年的调查显示，平均加薪幅度为2.1%；六成企业未决定明年是否加薪，12%企业预期来年会裁员。",
                       "s.txt", D(2022, 11, 1))
    assert [(i.value, i.period, i.kind) for i in got] == [(2.1, "今年", "growth"), (60, "明年", "share"), (12, "来年", "share")]
    # a period before the figure in its own clause still governs it
    got = extract_text("2022年有65%的企业预计明年盈利。", "t.txt", D(2022, 11, 1))
    assert [(i.value, i.period) for i in got] == [(65, "2022年")]


def test_years_and_dates_in_chinese_numerals():
    # Hong Kong budgets write years in Chinese digits: they are periods like any other
    text = "二零二三年香港經濟增長3.2%。政府在二零二三至二四年度的綜合赤字為1,016億元，財政儲備於二零二四年三月三十一日為7,333億元。"
    got = extract_text(text, "t.txt", D(2024, 2, 28))
    assert [(i.name, i.period, i.period_from, i.period_to) for i in got] == [
        ("香港經濟", "二零二三年", "2023-01-01", "2023-12-31"),
        ("政府的綜合赤字", "二零二三至二四年度", "2023-04-01", "2024-03-31"),
        ("財政儲備", "二零二四年三月三十一日", "2024-03-31", "2024-03-31"),
    ]
    assert periods("截至2024年三月底，財政儲備為7,333億元。", D(2024, 2, 28))[0][1:] == ("截至2024年三月底", "2024-03-31", "2024-03-31")
    assert periods("2023年十二月，出口增长5%。")[0][1:] == ("2023年十二月", "2023-12-01", "2023-12-31")
    # four Chinese digits that are no year stay as they are
    assert periods("一二三四五，出口增长5%。")[0][1] is None


def test_a_quarter_without_du():
    assert periods("二零二三年第四季本地生產總值按年實質上升4.3%。") == [(4.3, "二零二三年第四季", "2023-10-01", "2023-12-31")]


def test_month_ranges_written_with_both_months_and_the_first_months():
    assert periods("2020年8月至10月經季節性調整的失業率為6.4%。") == [(6.4, "2020年8月至10月", "2020-08-01", "2020-10-31")]
    assert periods("首10個月合計，零售業總銷貨價值按年下跌27.5%。", D(2020, 11, 20)) == [
        (27.5, "首10個月", "2020-01-01", "2020-10-31")]
    assert periods("前两个月，出口增长3%。", D(2020, 3, 20)) == [(3, "前两个月", "2020-01-01", "2020-02-29")]


def test_a_year_end_stock_does_not_govern_the_paragraphs_after_it():
    text = "某市2023年国民经济和社会发展统计公报\n年末全市常住人口512.3万人。\n城镇居民人均可支配收入5.2万元，增长5.1%。"
    assert [p for _, p, _, _ in periods(text, D(2024, 3, 20))] == ["年末", "2023年", "2023年"]


def test_the_period_scan_lets_through_every_start_its_alternatives_allow():
    """PERIOD opens with two lookaheads: a class for the first and a class for the second character,
    then the first two characters of each alternative. Every pair the alternatives allow must pass
    the classes, or a period written that way would never be found."""
    import itertools
    import re
    from re import _constants as C  # type: ignore[attr-defined]
    from re import _parser as P  # type: ignore[attr-defined]

    from core.extraction.patterns import PERIOD

    parsed = P.parse(PERIOD.pattern)
    (first, (_, _)), (second, (_, heads)) = parsed[0], parsed[1]
    assert first is second is C.ASSERT
    gate = re.compile(PERIOD.pattern[3 : PERIOD.pattern.index(")(?=")])  # the first lookahead's classes

    def chars(item) -> str:
        op, av = item
        if op is C.LITERAL:
            return chr(av)
        assert op is C.IN, item
        out = ""
        for o, a in av:
            if o is C.LITERAL:
                out += chr(a)
            elif o is C.RANGE:
                out += "".join(map(chr, range(a[0], a[1] + 1)))
            else:  # \d
                out += "0123456789"
        return out

    (branch, (_, alternatives)), = heads
    assert branch is C.BRANCH and len(alternatives) >= 30
    for alt in alternatives:
        for a, b in itertools.product(chars(alt[0]), chars(alt[1])):
            assert gate.match(a + b), f"{a}{b}: a period opening so is skipped by the first lookahead"
