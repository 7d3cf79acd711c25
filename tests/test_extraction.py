"""Extraction, construct by construct, on sentences written for these tests (not the seeds)."""
import json
from pathlib import Path

import pytest

from core.extraction.indicators import extract, extract_text
from core.ingest.loader import load


def rows(text):
    return [(i.name, i.value, i.unit, i.kind) for i in extract_text(text)]


def one(text):
    (ind,) = extract_text(text)
    return ind


def test_level_and_growth_share_a_name():
    got = extract_text("全市居民人均消费支出2.5万元，比上年增长6.8%。")
    assert [(i.name, i.value, i.unit, i.kind) for i in got] == [
        ("居民人均消费支出", 2.5, "万元", "level"), ("居民人均消费支出", 6.8, "%", "growth")]
    assert got[1].comparison == "比上年" and got[1].period is None
    assert got[0].base_value == 25000 and got[0].base_unit == "元"


def test_growth_then_rank_carries_the_name():
    got = rows("规上工业增加值增长22.7%、增速位居全市第一位。")
    assert got == [("规上工业增加值", 22.7, "%", "growth"), ("规上工业增加值增速全市排名", 1.0, "位", "rank")]


def test_rank_without_unit_and_ordinal_lists():
    assert rows("电子证照生成种类达到28种、全省第二。")[1][1:] == (2.0, "", "rank")
    assert rows("该区是全国第三、西部第二个国家级示范区。") == []


def test_traditional_money_with_magnitude():
    ind = one("今年完成年度投資523億元。")
    assert (ind.value, ind.unit, ind.kind, ind.base_value) == (523, "億元", "level", 5.23e10)


def test_share_with_approx_prefix():
    ind = one("研发经费投入占GDP比重近4%。")
    assert (ind.name, ind.kind, ind.approx) == ("研发经费投入占GDP比重", "share", True)


def test_magnitude_character_belongs_to_the_name():
    ind = one("万人有效发明专利拥有量达19.36件。")
    assert (ind.name, ind.value, ind.unit, ind.kind) == ("万人有效发明专利拥有量", 19.36, "件", "level")


def test_comparison_with_national_average_is_growth():
    got = extract_text("人均公园绿地面积达24.29平方米，高出全国平均水平64.2%。")
    assert [(i.value, i.unit, i.kind) for i in got] == [(24.29, "平方米", "level"), (64.2, "%", "growth")]
    assert got[1].name == "人均公园绿地面积"


def test_approx_suffixes_and_prefixes():
    assert one("完成土壤修复3000余亩。").approx
    assert one("引进配套企业20多家。").approx
    assert one("经济增长6%左右。").approx
    assert one("毕业生就业率保持在90%以上。").approx
    assert not one("粮食产量达到150.2万吨。").approx


def test_fractions_tenths_and_times():
    assert (one("就业人口超全市四分之一。").value, one("就业人口超全市四分之一。").unit) == (0.25, "")
    assert [(i.value, i.unit, i.approx) for i in extract_text("工业约占全省的三成，农业近五成，服务业逾四成。")] == [
        (30, "%", True), (50, "%", True), (40, "%", True)]
    assert one("兩成來自製造業。").value == 20
    assert (one("不良率降至百分之一。").value, one("不良率降至百分之一。").unit) == (1, "%")
    assert (one("銷貨價值是去年的一倍半。").value, one("銷貨價值是去年的一倍半。").unit) == (1.5, "倍")


def test_times_growth_versus_multiple():
    got = extract_text("全市进出口总额增长1.5倍，是上年的1.5倍。")
    assert [(i.value, i.unit, i.kind) for i in got] == [(150, "%", "growth"), (1.5, "倍", "level")]


def test_target_words():
    ind = one("今年，全区力争科技型企业突破3100家。")
    assert (ind.kind, ind.approx, ind.period) == ("target", True, "今年")
    assert one("预计2025年产业规模可达到500亿元。").kind == "target"
    assert one("建成后将新增通过能力550万吨。").kind == "target"
    assert one("2021年全市工业增加值增长8%。").kind == "growth"
    # 将 + noun is the object marker, not the future
    assert one("多家企业将区域总部设在本市，带来就业岗位1200个。").kind == "count"


def test_plan_opening_a_paragraph_makes_later_figures_targets():
    got = extract_text("今年，我区将加快建设产业园。新建标准厂房20万平方米。\n去年，全区新建厂房10万平方米。")
    assert [i.kind for i in got] == ["target", "level"]


def test_from_to_gives_two_change_records_and_planned_to_is_target():
    assert rows("平均跑動次數從1.01次壓縮至0.28次。") == [
        ("平均跑動次數", 1.01, "次", "change"), ("平均跑動次數", 0.28, "次", "change")]
    got = extract_text("计划到2025年，城镇化率由57%提高到62%。")
    assert [i.kind for i in got] == ["change", "target"]


def test_respectively_lists_pair_in_order():
    got = rows("林木覆盖率、城市绿地率、绿化覆盖率分别达到了33.8%、39.3%、45.2%。")
    assert got == [("林木覆盖率", 33.8, "%", "share"), ("城市绿地率", 39.3, "%", "share"), ("绿化覆盖率", 45.2, "%", "share")]


def test_respectively_refers_back_to_earlier_figures():
    got = rows("全年接待游客1200万人次，实现旅游收入98亿元，分别增长15%和20%。")
    assert got[2:] == [("接待游客", 15, "%", "growth"), ("旅游收入", 20, "%", "growth")]


def test_both_gives_one_record_per_name():
    got = rows("大数据、大健康产业营业收入均突破100亿元。")
    assert [g[0] for g in got] == ["大数据产业营业收入", "大健康产业营业收入"] and all(g[1] == 100 for g in got)


def test_ranges_give_two_records():
    assert [(v, u) for _, v, u, _ in rows("每个开发区明确1-2个主导产业。")] == [(1, "个"), (2, "个")]
    assert [(v, u) for _, v, u, _ in rows("年均增长5%-8%。")] == [(5, "%"), (8, "%")]


def test_percentage_points_are_not_percent():
    ind = one("增速比全国高1.2个百分点。")
    assert (ind.unit, ind.kind) == ("个百分点", "growth")


def test_fall_is_growth_with_its_qualifier():
    got = extract_text("一季度，全市工业增加值同比下降3.2%，增速回落0.3个百分点。")
    assert [(i.qualifier, i.kind, i.period) for i in got] == [("同比下降", "growth", "一季度"), ("回落", "growth", "一季度")]


def test_trillion_milestone():
    ind = one("2023年，全市GDP首次突破万亿元大关。")
    assert (ind.value, ind.unit, ind.approx, ind.base_value) == (1, "万亿元", True, 1e12)


def test_thousands_separators_and_full_width():
    assert one("城镇居民人均可支配收入35,432元。").value == 35432
    ind = one("２０２１年全市ＣＰＩ上涨１２．５％。")
    assert (ind.value, ind.unit, ind.period) == (12.5, "%", "２０２１年")


def test_digits_inside_names():
    assert one("PM2.5平均浓度为32微克/立方米。").name == "PM2.5平均浓度"
    got = extract_text("新建5G基站1.2万个，第二产业增加值增长5.1%。")
    assert [(i.name, i.value) for i in got] == [("新建5G基站", 1.2), ("第二产业增加值", 5.1)]
    assert one("全市亿元以上项目86个。").name == "亿元以上项目"


def test_periods_are_inherited_within_sentence_and_from_topic():
    got = extract_text("今年1至4月，全市固定资产投资增长16.5%、税收收入增长35.1%。前三季度，社会消费品零售总额增长6.3%。")
    assert [i.period for i in got] == ["今年1至4月", "今年1至4月", "前三季度"]
    assert one("截至2021年底，全市常住人口320万人。").period == "截至2021年底"
    assert one("截至2021年底，全市常住人口320万人。").kind == "count"


def test_ratios_give_one_share_per_component():
    got = rows("三次产业结构为8.3∶41.4∶50.3。")
    assert [(v, k) for _, v, _, k in got] == [(8.3, "share"), (41.4, "share"), (50.3, "share")]


@pytest.mark.parametrize("text", [
    "按照国办发〔2022〕21号文件执行。",
    "请拨打0571-85871667咨询。",
    "建立“五个一”工作体系，紧扣“33618”现代制造业集群体系，巩固提升“3+2”主导产业。",
    "打造五大产业，实施“四个一批”。",
    "一是加快项目建设，第一批项目已开工。",
    "项目建设周期为3年，G348国道改造完成，006/01地块成功出让。",
    "数千名建设者参与施工，一批重点项目加快推进。",
    "2024年12月30日，区委召开经济工作会议，安排部署2025年经济工作。",
    "市委六届六次全会强调，推动“十四五”规划收官。",
    "千万级税收企业和百亿级产业集群加快培育。",
])
def test_things_that_are_not_indicators(text):
    assert rows(text) == []


def test_entity_enumeration_count_takes_the_counted_noun():
    ind = one("永川积极组建长三角、京津冀、成渝地区4个驻外招商机构。")
    assert ind.name == "驻外招商机构" and ind.kind == "count"


def test_hong_kong_traditional():
    got = extract_text("政府將撥款4千萬元，並預留百億元。")
    assert [(i.value, i.unit, i.kind, i.base_value) for i in got] == [(4, "千萬元", "target", 4e7), (1, "百億元", "target", 1e10)]
    ind = one("零售業總銷貨價值按年上升一倍半。")
    assert (ind.value, ind.unit, ind.kind) == (150, "%", "growth")


def test_offsets_point_at_the_value_and_sentence():
    text = "前言。\n全市粮食产量达到150.2万吨，增产2.3万吨。"
    for ind in extract_text(text):
        assert text[ind.start:ind.end].startswith(str(ind.value).rstrip("0").rstrip("."))
        assert text[ind.sentence_start:ind.sentence_end] == ind.sentence == "全市粮食产量达到150.2万吨，增产2.3万吨。"


def test_seed_scores_reach_the_floor(seeds):
    """The samples, scored with the shared scorer (a floor, not the goal)."""
    import sys

    scorer_dir = Path(__file__).resolve().parents[2] / "shared" / "eval"
    if not (scorer_dir / "score_indicators.py").exists():
        pytest.skip("shared/eval not beside the checkout")
    sys.path.insert(0, str(scorer_dir))
    import score_indicators as S

    gold = S.load(str(scorer_dir / "gold_seeds.jsonl"))
    from core.extraction.indicators import extract

    pred = [json.loads(json.dumps(i.as_row())) for p in seeds for i in extract(load(str(p)))]
    s = S.score(gold, pred)
    assert s["recall"] >= 0.97 and s["precision"] >= 0.95
    # periods are not floored here: the samples' labels predate the convention that a period stated
    # in the title, lead or a heading governs the figures below it (the development set measures that)
    assert s["name"] >= 0.90 and s["kind"] >= 0.90 and s["approx"] >= 0.95


def test_hong_kong_quarters_and_provisional_estimates():
    got = extract_text("2024年首季零售業總銷貨價值臨時估計較去年同期下跌1.3%。訪港旅客人次按年上升近一倍。")
    assert [(i.name, i.value, i.unit, i.kind, i.period) for i in got] == [
        ("零售業總銷貨價值", 1.3, "%", "growth", "2024年首季"), ("訪港旅客人次", 100, "%", "growth", "2024年首季")]
    assert got[1].approx


def test_top_n_rank():
    ind = one("其正极材料出货量连续三年位居全国前三。")
    assert (ind.name, ind.value, ind.kind, ind.approx) == ("正极材料出货量全国排名", 3, "rank", True)


def test_threshold_class_is_a_name_not_a_figure():
    assert rows("共签约项目12个，其中50亿元以上项目2个。") == [("签约项目", 12, "个", "count"), ("50亿元以上项目", 2, "个", "count")]


def test_investment_news_slogans_and_dates_are_not_figures():
    text = ("3月11日上午，我市2024年“春风行动”暨重点项目集中签约活动举行。共有28个项目集中签约，协议总投资326.8亿元，"
            "涵盖“四大主导产业”。其中，投资10亿元以上项目9个。我市深入实施“双招双引”战略，推动“三个一批”项目滚动实施，"
            "聚焦“3+3+N”产业体系，做到“周调度、月通报、季观摩”。24小时服务热线：12345。")
    assert [(v, u) for _, v, u, _ in rows(text)] == [(28, "个"), (326.8, "亿元"), (9, "个")]


def test_quarter_end_period_and_modal_verbs():
    ind = one("要加快推进重点项目建设，力争二季度末完成投资额的55%以上。")
    assert (ind.period, ind.kind, ind.approx) == ("二季度末", "target", True)


@pytest.mark.parametrize("text", [
    "要增强四个意识、坚定四个自信、做到两个维护，深刻领悟两个确立的决定性意义。",
    "统筹推进五位一体总体布局，协调推进四个全面战略布局，实现两个翻番。",
])
def test_political_formulations_are_not_counts(text):
    assert rows(text) == []


def test_voltage_names_the_station_and_thousands_alone():
    got = extract_text("新建110千伏变电站3座，新增装机容量5千瓦。全市近千家企业参加。")
    assert [(i.name, i.value, i.unit, i.kind) for i in got] == [
        ("新建110千伏变电站", 3, "座", "count"), ("新增装机容量", 5, "千瓦", "level"), ("企业", 1, "千家", "count")]
    assert got[2].approx and got[2].base_value == 1000


def test_a_bare_rate_takes_the_name_it_belongs_to():
    got = rows("2021年推进重点改革事项91项，完成率100%。")
    assert got[1] == ("推进重点改革事项完成率", 100, "%", "share")


def test_hong_kong_budget_forms():
    got = extract_text(
        "財政司司長今日（二月二十六日）發表預算案。財政儲備預計於2025年3月31日為6,473億元。"
        "公務員編制將減少約一萬個職位，相等於2%。政府會發行合共1,500億元至1,950億元的債券。"
        "旅遊業收益約佔本地生產總值的3.6%。")
    assert [(i.name, i.value, i.unit, i.kind) for i in got] == [
        ("財政儲備", 6473, "億元", "target"),
        ("職位", 1, "萬個", "target"), ("職位", 2, "%", "target"),
        ("債券", 1500, "億元", "target"), ("債券", 1950, "億元", "target"),
        ("旅遊業收益", 3.6, "%", "share"),
    ]
    assert got[0].period == "2025年3月31日" and got[1].base_value == 10000 and got[5].approx


def test_rank_from_to_and_completion_against_plan():
    assert rows("营商环境评价排名由第15位上升至第6位。") == [
        ("营商环境评价排名", 15, "位", "change"), ("营商环境评价排名", 6, "位", "change")]
    got = rows("完成投资86.5亿元，占年度计划的102.3%。")
    assert got[1][1:] == (102.3, "%", "share")
    assert rows("全市共有A级景区42家，其中5A级2家。")[0][0] == "A级景区"


def test_progress_against_a_target_is_a_share_not_a_target():
    assert rows("城镇新增就业5.6万人，完成年度目标任务的78.5%。")[1][1:] == (78.5, "%", "share")
    assert rows("接待国内游客5600万人次，恢复到2019年同期的112%。")[1][3] == "share"
    assert rows("到2025年，全市GDP达到5000亿元。")[0][3] == "target"


def test_hong_kong_periods_and_comparisons_before_approximations():
    got = extract_text("今年首十個月訪港旅客達3,700萬人次，按年增加約四成半。住宅樓價指數按月下跌1.2%，較高峰累積下跌約25%。")
    assert [(i.name, i.value, i.period) for i in got] == [
        ("訪港旅客", 3700, "今年首十個月"), ("訪港旅客", 45, "今年首十個月"),
        ("住宅樓價指數", 1.2, "今年首十個月"), ("住宅樓價指數", 25, "今年首十個月")]


def test_names_for_money_with_a_purpose_capacities_and_totals():
    assert one("政府将预留100亿元推动银发经济。").name == "预留推动银发经济"
    assert rows("总投资35亿元的年产20万吨新能源电池材料项目开工。")[1][0] == "新能源电池材料项目年产"
    assert rows("新增“小巨人”企业56家，总数达到289家。")[1][0] == "新增“小巨人”企业总数"


def test_capacities_in_technical_units():
    got = rows("项目达产后可形成年产能50GWh动力电池，月产能5万片晶圆。")
    assert got == [("动力电池年产能", 50, "GWh", "target"), ("晶圆月产能", 5, "万片", "level")]
    assert rows("新建5G基站1.2万个，4K超高清频道2个。")[1][0] == "4K超高清频道"


def test_a_plan_outline_in_chinese_numerals_is_not_a_count():
    assert rows("着力培育生物医药、智能家居、电子信息五个特色产业，部署三项重点工作，从四个方面推进。") == []
    assert [r[1] for r in rows("建设三个产业园区，两个实验室落户本市。")] == [3, 2]


def test_a_list_with_deng_counts_what_its_members_became():
    assert one("甲矿、乙矿、丙矿业等4家已创建为省级绿色矿山。").name == "创建为省级绿色矿山"


def test_a_year_plan_amount_is_a_target():
    assert rows("年度计划投资215亿元。")[0][3] == "target"


def test_negative_growth_and_ranges_read_alike():
    got = extract_text("全市工业投资同比增长-3.2%，降幅收窄1.5个百分点。力争年均增长5%-8%。")
    assert [(i.name, i.value, i.kind) for i in got] == [
        ("工业投资", -3.2, "growth"), ("工业投资降幅", 1.5, "growth"), ("工业投资", 5, "target"), ("工业投资", 8, "target")]
    assert got[0].base_value == -0.032


def test_days_ages_and_temperatures_as_indicators_but_not_durations():
    got = rows("全年空气质量优良天数达到335天，3天内办结率100%，人均预期寿命达到79.5岁，平均气温18.5℃。")
    assert got == [("空气质量优良天数", 335, "天", "level"), ("3天内办结率", 100, "%", "share"),
                   ("人均预期寿命", 79.5, "岁", "level"), ("平均气温", 18.5, "℃", "level")]
    assert rows("项目建设周期为30天。") == []


def test_one_after_a_count_with_the_same_counter_is_a_count():
    assert [g[:3] for g in rows("全年建成5个创新中心及一个公共服务平台。")] == [("创新中心", 5, "个"), ("公共服务平台", 1, "个")]
    assert rows("形成一个中心和一批项目。") == []
    assert [g[:3] for g in rows("新增3家企业，一个平台投入使用。")] == [("企业", 3, "家")]


def test_months_of_pay_are_an_amount_not_a_duration():
    assert rows("全市企业年终奖平均为1.5个月工资，比上年减少0.2个月。") == [("企业年终奖", 1.5, "个月", "level")]
    assert rows("今年花紅金額平均為1.01個月基本薪金，與去年相若。") == [("花紅金額", 1.01, "個月", "level")]
    assert rows("项目用3个月时间完成改造，工期缩短2个月。") == []


def test_total_and_speed_ranks_name_their_indicator():
    got = rows("全区GDP实现1200亿元，总量居全市第5位，增速居全市第2位。")
    assert [g[0] for g in got[1:]] == ["GDP总量全市排名", "GDP增速全市排名"]


def test_from_to_across_years_and_respectively_with_extra_values():
    got = extract_text("城镇化率从2017年的55.1%提高到2022年的61.3%。")
    assert [(i.name, i.value, i.kind, i.period) for i in got] == [
        ("城镇化率", 55.1, "change", "2017年"), ("城镇化率", 61.3, "change", "到2022年")]
    got = rows("地区生产总值、一般公共预算收入、城乡居民人均可支配收入分别增长6.1%、7.5%和5.8%、7.2%。")
    assert [g[0] for g in got] == ["地区生产总值", "一般公共预算收入", "城镇居民人均可支配收入", "农村居民人均可支配收入"]


def test_modal_words_inside_nouns_do_not_cut_names():
    assert one("建成后将新增通过能力550万吨。").name == "通过能力"


def test_development_set_scores_reach_the_floor():
    """Six real articles nobody tuned for at first (a work report, a statistics release, city news, a
    plan article, a Hong Kong budget and survey), scored with the shared scorer: a floor that
    catches regressions in periods, dates and kinds."""
    import sys

    eval_dir = Path(__file__).resolve().parents[2] / "shared" / "eval"
    if not (eval_dir / "devset" / "gold.jsonl").exists():
        pytest.skip("shared/eval not beside the checkout")
    sys.path.insert(0, str(eval_dir))
    import score_indicators as S

    gold = S.load(str(eval_dir / "devset" / "gold.jsonl"))
    pred = [json.loads(json.dumps(i.as_row())) for p in sorted((eval_dir / "devset" / "texts").glob("*.txt"))
            for i in extract(load(str(p)))]
    s = S.score(gold, pred)
    assert s["recall"] >= 0.90 and s["precision"] >= 0.92
    assert s["kind"] >= 0.90 and s["period"] >= 0.88 and s["dates"] >= 0.90 and s["name"] >= 0.80


def test_canonical_indicator_and_english_name():
    got = extract_text("全市规上工业增加值增长7.5%，社零总额1200亿元。")
    assert [(i.indicator, i.indicator_en) for i in got] == [
        ("规模以上工业增加值", "Value Added of Industrial Enterprises above Designated Size"),
        ("社会消费品零售总额", "Total Retail Sales of Consumer Goods")]


def test_times_of_day_are_not_ratios():
    assert rows("Thu, 09 Dec 2021 07:07:39 GMT\n三次产业结构为7.9:40.6:51.5。") == [
        ("第一产业", 7.9, "", "share"), ("第二产业", 40.6, "", "share"), ("第三产业", 51.5, "", "share")]


def test_arabic_tenths_split_magnitudes_and_spaced_units():
    got = extract_text("受訪機構中，7成表示今年有加薪。調查涵蓋12萬7千多名全職僱員。數字經濟產業總量跃过 4000 亿元大关。")
    assert [(i.value, i.unit, i.approx) for i in got] == [(70, "%", False), (12.7, "萬名", True), (4000, "亿元", True)]


def test_first_place_half_and_counts_after_a_noun_ending_in_shu():
    got = extract_text("规模以上工业总产值连续3年居全国城市首位。数字产业化占据湖南全省接近一半。智能化改造立项项目数285项。")
    assert [(i.value, i.unit, i.kind) for i in got] == [(1, "位", "rank"), (50, "%", "share"), (285, "项", "count")]


def test_bullet_lines_with_figures_are_kept(tmp_path):
    p = tmp_path / "b.txt"
    p.write_text("財政預算案重點\n2017-02-22\n- 2016/17年度盈餘：928億元\n- 預算2017/18年度總收入：5077億元\n", encoding="utf-8")
    got = extract(load(str(p)))
    assert [(i.name, i.value, i.kind) for i in got] == [("盈餘", 928, "level"), ("預算總收入", 5077, "target")]


def test_a_list_shares_the_head_noun_of_its_last_item():
    assert [g[0] for g in rows("钢材、水泥、平板玻璃产量分别增长4.2%、1.5%和3.3%。")] == ["钢材产量", "水泥产量", "平板玻璃产量"]
    assert [g[0] for g in rows("集成电路、汽车零配件、锂电池出口分别增长107.9%、46.7%、57.4%。")] == [
        "集成电路出口", "汽车零配件出口", "锂电池出口"]
    assert [g[0] for g in rows("增值税、企业所得税、个人所得税分别增长5%、6%、7%。")] == ["增值税", "企业所得税", "个人所得税"]
    assert [g[0] for g in rows("交通运输、教育、科技以及信息化行业分别完成182.4亿元、164.5亿元和70.2亿元。")] == [
        "交通运输行业", "教育行业", "科技以及信息化行业"]


def test_table_rows_take_their_first_cell_and_column_header():
    got = extract_text("主要指标\t2021年\t增长\n地区生产总值\t3.07万亿元\t6.7%\n规上工业增加值\t1.05万亿元\t4.7%")
    assert [(i.name, i.value, i.kind) for i in got] == [
        ("地区生产总值", 3.07, "level"), ("地区生产总值", 6.7, "growth"),
        ("规上工业增加值", 1.05, "level"), ("规上工业增加值", 4.7, "growth")]


def test_a_bare_magnitude_counts_the_noun_after_it_else_is_an_amount():
    got = extract_text("深圳GDP首次超过三万亿，离不开制造业。育儿补贴惠及120余万婴幼儿。")
    assert [(i.value, i.unit, i.kind) for i in got] == [(3, "万亿", "level"), (120, "万", "count")]


def test_names_with_figures_of_their_own_and_sources_are_kept_apart():
    got = extract_text("生态环境保持优良。全省PM2.5平均浓度27.4微克/立方米。武汉已累计建成5G站点33479个。"
                       "根据市数据资源局数据，2020年全市数字经济产业总量跃过 4000 亿元大关。")
    assert [(i.name, i.value, i.approx) for i in got] == [
        ("PM2.5平均浓度", 27.4, False), ("5G站点", 33479, False), ("数字经济产业总量", 4000, True)]


def test_survey_shares_are_named_by_what_they_say_or_do():
    """A share of a population followed by what it says or does: the clause names the share; a
    noun after the figure still names it (63%企业表示…)."""
    got = extract_text("受访企业中，70%表示今年有扩产计划，30%则表示将缩减投资，另有58%企业表示维持现状。")
    assert [(i.name, i.value) for i in got] == [("今年有扩产计划", 70), ("将缩减投资", 30), ("企业", 58)]
    got = extract_text("被调查的商户中有45%设有线上店铺，82%商户获得过贷款支持。")
    assert [(i.name, i.value) for i in got] == [("设有线上店铺", 45), ("商户", 82)]


def test_a_count_before_a_relative_clause_names_its_head_noun():
    got = extract_text("课题组走访了86家来自12个县区的养殖场，发放问卷3000份。")
    assert [(i.name, i.value) for i in got] == [("养殖场", 86), ("县区", 12), ("发放问卷", 3000)]


def test_a_name_on_the_right_stops_before_the_next_figure_and_at_word_ends():
    got = extract_text("该园区在全国178个国家级开发区中排第9位。全省共有3600家企业参与评估。")
    assert [(i.name, i.value) for i in got][0] == ("国家级开发区", 178)
    assert ("企业", 3600) in [(i.name, i.value) for i in got]


def test_things_added_are_counted_an_indicator_that_grows_is_growth():
    assert [(i.name, i.kind) for i in extract_text("全区增加120张养老床位。")] == [("养老床位", "count")]
    assert [(i.name, i.kind) for i in extract_text("近日又多3家旅行社停业。")] == [("旅行社", "count")]
    assert [(i.name, i.kind) for i in extract_text("城镇就业人数增加2.3万人。")] == [("城镇就业人数", "growth")]


def test_a_rate_per_unit_and_an_object_marker_stay_out_of_the_name():
    got = extract_text("并将困难群众救助标准提高至每人每月900元，把托育补贴增加至每户约3000元。")
    assert [(i.name, i.value, i.qualifier) for i in got] == [
        ("困难群众救助标准", 900, "提高至每人每月"), ("托育补贴", 3000, "增加至每户约")]
    # a name that is a rate per unit keeps it
    assert [i.name for i in extract_text("每万人口发明专利拥有量达到12.5件。")] == ["每万人口发明专利拥有量"]


def test_thresholds_of_counted_classes_slogans_and_quoted_titles_are_not_figures():
    got = extract_text("营业收入超20亿元的骨干企业达45家，新开工8个五十亿以上先进制造业项目，其中超百亿元项目3个。")
    assert [(i.value, i.unit) for i in got] == [(45, "家"), (8, "个"), (3, "个")]
    assert extract_text("持之以恒落实中央八项规定精神，全力建设西部“第一港”。") == []
    # a threshold that is itself the figure stays
    assert [(i.value, i.unit) for i in extract_text("全年营业收入超20亿元，增长9%。")] == [(20, "亿元"), (9, "%")]


def test_a_from_value_whose_to_value_is_no_figure_is_a_change():
    got = extract_text("从环比看，出口价格由上月上涨1.8%转为持平，进口价格由下降0.6%转为负增长。")
    assert [(i.value, i.kind) for i in got] == [(1.8, "change"), (0.6, "change")]


def test_at_most_is_a_bound_and_above_plan_is_no_plan():
    got = extract_text("每所学校获得资助最多500万元，全年超计划完成12个项目。")
    assert [(i.value, i.kind, i.approx) for i in got] == [(500, "level", True), (12, "count", False)]


def test_a_plan_word_that_is_part_of_the_target_noun_stays():
    assert [i.name for i in extract_text("今年全区经济增长预期目标为6%左右。")] == ["经济增长预期目标"]


def test_a_parenthesis_inside_a_name_is_no_clause_break():
    # the indicator's own name in brackets after its description; an abbreviation in the middle
    assert rows("城镇常住人口356.7万人，占常住人口比重（常住人口城镇化率）为69.63%。")[1] == (
        "常住人口城镇化率", 69.63, "%", "share")
    assert rows("研究与试验发展（R&D）经费支出120亿元。") == [("研究与试验发展（R&D）经费支出", 120, "亿元", "level")]
    # what the text will call it and how it was counted are not part of the name
    assert rows("全市規模以上工業增加值（以下簡稱規上工業）增長6.2%。")[0][0] == "規模以上工業增加值"
    assert rows("全市GDP（按可比价格计算）增长5.2%。") == [("GDP", 5.2, "%", "growth")]
    assert rows("规上工业增加值按可比价格计算增长6%。")[0][0] == "规上工业增加值"
    # an aside with a figure of its own still breaks the clause; so does a list marker
    assert rows("规上工业增加值增长6%（上年为4%）。")[1][1:3] == (4, "%")
    assert rows("（一）综合。全市GDP增长5%。") == [("GDP", 5, "%", "growth")]


def test_a_rate_with_a_name_of_its_own_is_not_prefixed_and_average_is_a_qualifier():
    got = extract_text("全年出生人口3.9万人，出生率为7.62‰；完成投资120亿元，完成率为98%。城镇调查失业率平均为5.1%。")
    assert [i.name for i in got] == ["出生人口", "出生率", "投资", "投资完成率", "城镇调查失业率"]
    assert got[-1].qualifier == "平均为"


def test_a_modal_before_the_verb_is_not_part_of_the_name():
    assert rows("預計明年經濟會增長3%。")[0][0] == "經濟"
    assert rows("全市共有村民委员会120个，其中博览会3场。")[0][0] == "村民委员会"


def test_the_dash_of_a_month_range_is_no_clause_break():
    got = rows("1—6月，全市固定资产投资同比下降2.1%，降幅比1—5月收窄0.8个百分点。")
    assert got[1] == ("固定资产投资降幅", 0.8, "个百分点", "growth")


def test_real_and_nominal_growth_keep_the_indicator_name():
    got = extract_text("本地生產總值在2023年實質增長3.2%，失業率由2023年初的3.4%下降至年底的2.9%。")
    assert [(i.name, i.qualifier, i.period, i.period_from) for i in got] == [
        ("本地生產總值", "實質增長", "2023年", "2023-01-01"), ("失業率", None, "2023年初", "2023-01-01"),
        ("失業率", None, "年底", "2023-12-31")]
    assert rows("实际使用外资12亿美元。")[0][0] == "实际使用外资"


def test_chinese_decimals_in_percentages():
    assert rows("綜合消費物價通脹率預測為百分之一點七。") == [("綜合消費物價通脹率", 1.7, "%", "target")]
    assert rows("建筑开支下跌百分之三点二。")[0][1:3] == (3.2, "%")


def test_a_clause_of_only_linking_words_continues_a_forecast():
    got = rows("二零二四至二五年度的經常開支預計為6,079億元，按年增加7.9%。")
    assert got == [("經常開支", 6079, "億元", "target"), ("經常開支", 7.9, "%", "target")]
    assert rows("全市地区生产总值5000亿元，同比增长5%。")[1][3] == "growth"


def test_incidents_codes_in_brackets_and_valid_patents():
    got = rows("全年发生生产安全事故123起，死亡98人，分别下降12.5%和8.4%。")
    assert [(n, v, u) for n, v, u, _ in got] == [("发生生产安全事故", 123, "起"), ("死亡", 98, "人"),
                                                 ("发生生产安全事故", 12.5, "%"), ("死亡", 8.4, "%")]
    assert rows("细颗粒物（PM2.5）年平均浓度为32微克/立方米。")[0][0] == "细颗粒物（PM2.5）年平均浓度"
    assert rows("年末有效发明专利拥有量3.2万件。")[0][0] == "有效发明专利拥有量"
    assert rows("有3家企业入选。")[0][:3] == ("企业", 3, "家")
    assert rows("本办法自2024年3月1日起施行。") == []


def test_a_cap_names_what_it_caps_and_a_full_hundred_percent_is_a_figure():
    assert rows("每宗個案以3,000元為上限。") == [("每宗個案上限", 3000, "元", "level")]
    assert rows("電動私家車首次登記稅的寬免額，將會以9.75萬元為上限。")[0][0] == "電動私家車首次登記稅的寬免額上限"
    assert rows("寬減百分之百的利得稅。")[0][1:3] == (100, "%")


def test_a_relief_rate_and_its_cap_are_named_by_the_tax_relieved():
    got = rows("寬減2016/17年度75%的薪俸稅和個人入息課稅，上限為2萬元。")
    assert got == [("薪俸稅和個人入息課稅寬減比率", 75, "%", "share"), ("薪俸稅和個人入息課稅寬減上限", 2, "萬元", "level")]
    assert rows("出口增长5%，上限为8%。")[1][0] == "出口上限"


def test_a_threshold_in_brackets_defines_the_class_counted():
    assert rows("全市规上工业企业（年主营业务收入2000万元以上）1200家。") == [("规上工业企业", 1200, "家", "count")]
    assert rows("规模以上工业（年主营业务收入2000万元及以上的工业法人企业）增加值增长5.2%。") == [
        ("规模以上工业增加值", 5.2, "%", "growth")]
    # a figure of its own in brackets is still one
    assert [r[1] for r in rows("规上工业增加值增长6%（上年为4%）。")] == [6, 4]


def test_a_part_of_a_planned_whole_is_planned_and_a_measured_count_keeps_its_name():
    got = rows("經營開支預算為5,942億元；其中經常開支為5,480億元。")
    assert [k for _, _, _, k in got] == ["target", "target"]
    assert rows("计划投资500亿元，其中已完成300亿元。")[1][3] == "level"
    assert rows("公營房屋建屋量在未來五年預計約為15.6萬個單位。")[0][0] == "公營房屋建屋量"
    assert rows("全市新建5G基站1.2万个。")[0][0] == "新建5G基站"


def test_two_figures_for_town_and_country_are_the_towns_then_the_countrysides():
    got = rows("城乡居民人均可支配收入分别达到4.8万元和2.1万元，年均分别增长5.6%和7.8%。")
    assert [n for n, _, _, _ in got] == ["城镇居民人均可支配收入", "农村居民人均可支配收入"] * 2
    assert [n for n, _, _, _ in rows("城鄉居民人均可支配收入分別增長5.1%和7.2%。")] == ["城鎮居民人均可支配收入", "農村居民人均可支配收入"]
    assert rows("城乡居民人均可支配收入增长6%。")[0][0] == "城乡居民人均可支配收入"
