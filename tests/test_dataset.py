"""The library as a dataset (core/dataset): hand-built records, then one structural run on the seeds."""
import datetime as dt

import pytest

from core.dataset.build import Article, build_dataset, filter_rows, indicator_counts
from core.dataset.pivot import build_pivot
from core.model import Indicator, Metadata


def ind(name="地区生产总值", value=3.9, unit="%", kind="growth", base=None, scope=None, period="2022年一季度",
        frm="2022-01-01", to="2022-03-31", canonical=None, start=0, sentence="地区生产总值增长3.9%。", doc="a.txt"):
    base = value / 100 if base is None and unit == "%" else (value if base is None else base)
    return Indicator(doc=doc, name=name, value=value, unit=unit, kind=kind, period=period, qualifier=None, approx=False,
                     start=start, end=start + 4, sentence_start=0, sentence_end=len(sentence), sentence=sentence,
                     base_value=base, base_unit="%" if unit == "%" else unit.replace("亿", "").replace("万", ""), scope=scope, comparison=None,
                     period_label=period if frm else None, period_from=frm, period_to=to, indicator=canonical)


def art(path, region, *indicators, date=dt.date(2022, 5, 1)):
    return Article(path, Metadata(title=f"标题 {path}", date=date, region=region), list(indicators))


def test_the_same_figure_in_several_articles_is_one_row_with_every_source():
    rows = build_dataset([
        art("/x/a.txt", "江西省南昌市", ind(value=3.9)),
        art("/x/b.txt", "江西省南昌市", ind(value=3.9, start=40)),
        art("/x/c.txt", "江西省南昌市", ind(value=3.9000001)),  # rounding noise is the same value
    ])
    (row,) = rows
    assert row.sources == 3 and row.docs == ("a.txt", "b.txt", "c.txt")
    assert not row.conflict
    assert [s.path for s in row.refs] == ["/x/a.txt", "/x/b.txt", "/x/c.txt"]
    assert row.refs[1].start == 40 and row.refs[0].sentence.startswith("地区生产总值")
    assert row.refs[0].title == "标题 /x/a.txt" and row.refs[0].date == "2022-05-01"


def test_the_same_value_in_other_units_is_the_same_figure():
    a = ind(name="固定资产投资", value=523, unit="亿元", kind="level", base=5.23e10)
    b = ind(name="固定资产投资", value=5230000, unit="万元", kind="level", base=5.23e10)
    (row,) = build_dataset([art("/a.txt", "江西省南昌市", a), art("/b.txt", "江西省南昌市", b)])
    assert row.sources == 2 and (row.value, row.unit) == (523, "亿元")


def test_disagreeing_sources_give_one_flagged_row_per_value():
    rows = build_dataset([
        art("/a.txt", "江西省南昌市", ind(value=3.9)),
        art("/b.txt", "江西省南昌市", ind(value=4.1)),
        art("/c.txt", "江西省南昌市", ind(value=4.1)),
        art("/d.txt", "江西省南昌市", ind(value=5.0, frm="2022-01-01", to="2022-06-30", period="2022年上半年")),
    ])
    q1 = [r for r in rows if r.period_to == "2022-03-31"]
    assert [(r.value, r.sources, r.conflict) for r in q1] == [(3.9, 1, True), (4.1, 2, True)]
    (h1,) = [r for r in rows if r.period_to == "2022-06-30"]
    assert not h1.conflict  # another period is another figure


def test_values_from_one_article_are_not_a_dispute():
    rows = build_dataset([art("/a.txt", "江西省南昌市", ind(name="水体比例", kind="change", value=20, start=10),
                              ind(name="水体比例", kind="change", value=57, start=20))])
    assert [(r.value, r.conflict) for r in rows] == [(20, False), (57, False)]
    rows = build_dataset([art("/a.txt", "江西省南昌市", ind(value=3.9), ind(value=4.1, start=30)),
                          art("/b.txt", "江西省南昌市", ind(value=3.9))])
    assert [(r.value, r.sources, r.conflict) for r in rows] == [(3.9, 2, True), (4.1, 1, True)]


def test_other_kinds_and_undated_periods_are_not_conflicts():
    rows = build_dataset([
        art("/a.txt", "江西省南昌市", ind(value=3.9), ind(value=1200, unit="亿元", kind="level", base=1.2e11)),
        art("/b.txt", "江西省南昌市", ind(value=3.0, frm=None, to=None, period="今年一季度")),
        art("/c.txt", "江西省南昌市", ind(value=3.5, frm=None, to=None, period="今年一季度")),
    ])
    assert len(rows) == 4
    assert not any(r.conflict for r in rows)
    undated = [r for r in rows if r.period_from is None]
    assert {r.period_label for r in undated} == {"今年一季度"}


def test_region_comes_from_the_scope_or_name_when_they_name_a_place():
    rows = build_dataset([art("/a.txt", "江西省南昌市",
                              ind(scope="全市", value=4.0),
                              ind(scope="赣州市", value=5.0),
                              ind(name="九江地区生产总值", value=6.0),
                              ind(scope="全国", value=4.8),
                              ind(name="增速全省排名", kind="rank", value=2, unit="位", scope="全省"),
                              ind(name="出口", kind="share", value=30, scope="全国"))])
    by = {(r.region, r.indicator): r.value for r in rows}
    assert by[("江西省南昌市", "地区生产总值")] == 4.0
    assert by[("江西省赣州市", "地区生产总值")] == 5.0
    assert by[("江西省九江市", "地区生产总值")] == 6.0  # the place left the name
    assert by[("全国", "地区生产总值")] == 4.8
    assert by[("江西省南昌市", "增速全省排名")] == 2  # a rank's scope is what it ranks among
    assert by[("江西省南昌市", "出口")] == 30  # a share's scope is its whole
    assert not any(r.conflict for r in rows)


def test_an_ambiguous_short_place_is_read_inside_the_articles_area():
    (r,) = build_dataset([art("/a.txt", "吉林省长春市", ind(name="朝阳区地区生产总值"))])
    assert r.region == "吉林省长春市朝阳区"
    (r,) = build_dataset([art("/a.txt", "北京市", ind(name="朝阳区地区生产总值"))])
    assert r.region == "北京市朝阳区"


def test_a_district_short_name_inside_a_name_is_not_a_place():
    rows = build_dataset([art("/a.txt", "广东省广州市", ind(name="白云机场旅客吞吐量", kind="level", unit="万人次", value=5000),
                              ind(name="新城建设投资", kind="level", unit="亿元", value=30))])
    assert {(r.region, r.indicator) for r in rows} == {("广东省广州市", "白云机场旅客吞吐量"), ("广东省广州市", "新城建设投资")}


def test_canonical_indicator_wins_and_names_line_up_across_scripts():
    rows = build_dataset([
        art("/a.txt", "重庆市", ind(name="GDP", canonical="地区生产总值")),
        art("/b.txt", "重庆市", ind(name="地區生產總值")),
    ])
    (row,) = rows
    assert row.indicator == "地区生产总值" and row.sources == 2


def test_rows_and_pivot_columns_run_in_time_order():
    arts = [art("/a.txt", "江西省南昌市",
                ind(value=5.0, period="2022年上半年", frm="2022-01-01", to="2022-06-30"),
                ind(value=3.9),
                ind(value=8.0, period="2021年", frm="2021-01-01", to="2021-12-31"),
                ind(value=1.0, period="近年", frm=None, to=None)),
            art("/b.txt", "江西省赣州市", ind(value=4.4, period="2021年四季度", frm="2021-10-01", to="2021-12-31"))]
    rows = build_dataset(arts)
    nanchang = [r.period_label for r in rows if r.region == "江西省南昌市"]
    assert nanchang == ["2021年", "2022年一季度", "2022年上半年", "近年"]
    pivot = build_pivot(rows, "地区生产总值")
    assert [c.label for c in pivot.columns] == ["2021年", "2021年四季度", "2022年一季度", "2022年上半年", "近年"]
    assert pivot.regions == ["江西省南昌市", "江西省赣州市"]
    assert pivot.rows_at(0, 2)[0].value == 3.9 and pivot.rows_at(1, 2) == []


def test_pivot_keeps_kinds_apart_and_finds_a_name_in_any_script():
    rows = build_dataset([art("/a.txt", "重庆市", ind(value=3.9), ind(value=1200, unit="亿元", kind="level", base=1.2e11))])
    pivot = build_pivot(rows, "地區生產")
    assert len(pivot.columns) == 2 and {c.kind for c in pivot.columns} == {"growth", "level"}
    assert len(build_pivot(rows, "地区生产总值", kind="level").columns) == 1


def test_filters_and_indicator_counts():
    rows = build_dataset([art("/a.txt", "江西省南昌市", ind(), ind(name="社会消费品零售总额", value=7.0),
                              ind(name="社会消费品零售总额", value=7.0, frm="2021-01-01", to="2021-12-31", period="2021年"))])
    assert indicator_counts(rows)[0] == ("社会消费品零售总额", 2)
    assert len(filter_rows(rows, indicator="社會消費")) == 2
    assert len(filter_rows(rows, region="南昌", kinds=["growth"])) == 3
    assert filter_rows(rows, region="赣州") == []


@pytest.fixture(scope="module")
def seed_articles(seeds):
    from core.extraction.indicators import extract
    from core.ingest.loader import load

    out = []
    for p in seeds:
        doc = load(str(p))
        out.append(Article(doc.path, doc.metadata, extract(doc)))
    return out


def test_the_seeds_build_a_well_formed_dataset(seed_articles):
    rows = build_dataset(seed_articles)
    total = sum(len(a.indicators) for a in seed_articles)
    assert 0 < len(rows) <= total
    assert sum(len(r.refs) for r in rows) == total  # every record is somewhere, once
    assert all(r.region and r.indicator and r.sources >= 1 and r.docs for r in rows)
    regions = {a.metadata.region for a in seed_articles}
    assert {r.region for r in rows} & regions


def _formats_agree(tmp_path, rows):
    import csv

    import pyarrow.parquet as pq
    from openpyxl import load_workbook

    from core.dataset.write import COLUMNS, write_dataset

    assert write_dataset(str(tmp_path / "d.csv"), rows) == [str(tmp_path / "d.csv"), str(tmp_path / "d.sources.csv")]
    write_dataset(str(tmp_path / "d.xlsx"), rows)
    write_dataset(str(tmp_path / "d.parquet"), rows)
    with open(tmp_path / "d.csv", encoding="utf-8-sig", newline="") as fh:
        from_csv = list(csv.DictReader(fh))
    with open(tmp_path / "d.sources.csv", encoding="utf-8-sig", newline="") as fh:
        csv_sources = list(csv.DictReader(fh))
    wb = load_workbook(tmp_path / "d.xlsx")
    sheet = list(wb["dataset"].iter_rows(values_only=True))
    assert list(sheet[0]) == COLUMNS and wb["dataset"].freeze_panes == "A2" and wb["dataset"].auto_filter.ref
    from_xlsx = [dict(zip(sheet[0], line)) for line in sheet[1:]]
    from_parquet = pq.read_table(tmp_path / "d.parquet").to_pylist()
    assert len(from_csv) == len(from_xlsx) == len(from_parquet) == len(rows)
    for c, x, p, r in zip(from_csv, from_xlsx, from_parquet, rows):
        assert int(c["id"]) == x["id"] == p["id"]
        assert c["indicator"] == x["indicator"] == p["indicator"] == r.indicator
        assert c["region"] == x["region"] == p["region"] == r.region
        assert float(c["value"]) == x["value"] == p["value"] == r.value  # numbers stay numbers in XLSX
        assert (c["conflict"] == "TRUE") == x["conflict"] == p["conflict"] == r.conflict
        assert int(c["sources"]) == x["sources"] == p["sources"] == r.sources
        assert [s["sentence"] for s in p["refs"]] == [s.sentence for s in r.refs]
    xlsx_sources = list(wb["sources"].iter_rows(values_only=True))
    assert len(xlsx_sources) - 1 == len(csv_sources) == sum(len(r.refs) for r in rows)
    assert [int(s["id"]) for s in csv_sources] == [line[0] for line in xlsx_sources[1:]]


def test_csv_xlsx_and_parquet_agree_row_for_row(tmp_path):
    rows = build_dataset([
        art("/a.txt", "江西省南昌市", ind(value=3.9), ind(name="出口", value=120, unit="亿元", kind="level", base=1.2e10)),
        art("/b.txt", "江西省南昌市", ind(value=4.1), ind(value=3.9, frm=None, to=None, period="今年")),
    ])
    assert any(r.conflict for r in rows)
    _formats_agree(tmp_path, rows)


def test_cli_writes_filters_and_reports_a_bad_file(tmp_path, seed_articles, capsys):
    from openpyxl import load_workbook

    from core.cli.main import main

    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"")
    paths = [a.path for a in seed_articles]
    assert main(["dataset", *paths, str(bad), "-o", str(tmp_path / "all.xlsx"), "-q"]) == 1
    assert capsys.readouterr().err.strip() == f"policylens: {bad}: empty file"
    everything = list(load_workbook(tmp_path / "all.xlsx")["dataset"].iter_rows(values_only=True))
    assert len(everything) - 1 == len(build_dataset(seed_articles))
    assert main(["dataset", *paths, "-o", str(tmp_path / "g.csv"), "--kind", "growth", "--indicator", "生产总值"]) == 0
    growth = (tmp_path / "g.csv").read_text(encoding="utf-8-sig").splitlines()[1:]
    assert growth and all(",growth," in line and "生产总值" in line for line in growth)
    assert main(["dataset", *paths, "-o", str(tmp_path / "x.txt")]) == 2
    assert main(["dataset", *paths, "-o", str(tmp_path / "x.csv"), "--kind", "growht"]) == 2
    assert "unknown kind growht" in capsys.readouterr().err
