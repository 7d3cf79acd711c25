import csv
import json
import subprocess
import sys

from openpyxl import load_workbook

from conftest import ROOT, seed


def run_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "core.cli.main", *args], cwd=ROOT, capture_output=True, text=True, timeout=300)


def test_jsonl_on_stdout_has_scorer_fields_offsets_and_sentence():
    run = run_cli("extract", str(seed("000")))
    assert run.returncode == 0, run.stderr
    rows = [json.loads(line) for line in run.stdout.splitlines()]
    assert len(rows) > 20
    for r in rows:
        assert {"doc", "name", "value", "unit", "kind", "period", "approx", "start", "end", "sentence"} <= r.keys()
        assert r["doc"] == seed("000").name
    text = subprocess.run([sys.executable, "-m", "core.cli.main", "clean", str(seed("000"))], cwd=ROOT, capture_output=True, text=True).stdout
    r = next(r for r in rows if r["value"] == 8.8)
    assert text[r["start"]:r["end"]] == "8.8%"
    assert r["sentence"] in text


def test_workers_keep_the_order_and_bad_files_are_reported(tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"")
    one = run_cli("extract", "seeds", str(bad), "-o", str(tmp_path / "a.jsonl"))
    two = run_cli("extract", "seeds", str(bad), "--workers", "2", "-o", str(tmp_path / "b.jsonl"))
    assert one.returncode == two.returncode == 1
    assert f"{bad}: empty file" in one.stderr and f"{bad}: empty file" in two.stderr
    assert (tmp_path / "a.jsonl").read_text(encoding="utf-8") == (tmp_path / "b.jsonl").read_text(encoding="utf-8")
    docs = [json.loads(line)["doc"] for line in (tmp_path / "a.jsonl").read_text(encoding="utf-8").splitlines()]
    assert docs == sorted(docs)


def test_csv_has_bom_and_xlsx_has_numbers_and_frozen_header(tmp_path):
    assert run_cli("extract", "seeds", "--format", "csv", "-o", str(tmp_path / "x.csv")).returncode == 0
    raw = (tmp_path / "x.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(raw.decode("utf-8-sig").splitlines()))
    assert rows[0]["doc"].startswith("000_")
    assert run_cli("extract", "seeds", "--format", "xlsx", "-o", str(tmp_path / "x.xlsx")).returncode == 0
    ws = load_workbook(tmp_path / "x.xlsx").active
    assert ws.freeze_panes == "A2"
    header = [c.value for c in ws[1]]
    value_col = header.index("value") + 1
    assert all(isinstance(ws.cell(row=r, column=value_col).value, (int, float)) for r in range(2, ws.max_row + 1))
    assert ws.max_row - 1 == len(rows)


def test_a_bad_user_catalogue_row_is_reported_and_extraction_goes_on(tmp_path):
    import os

    data = tmp_path / "data"
    data.mkdir()
    (data / "indicators.tsv").write_text("indicator\tindicator_en\tdomain\tsynonyms\n只有一列\n", encoding="utf-8")
    env = {**os.environ, "POLICYLENS_DATA_DIR": str(data)}
    run = subprocess.run([sys.executable, "-m", "core.cli.main", "extract", str(seed("000"))], capture_output=True,
                         text=True, env=env, cwd=ROOT)
    assert run.returncode == 0 and run.stdout.count("\n") > 10
    assert "indicators.tsv:2" in run.stderr and "Traceback" not in run.stderr


def test_csv_carries_resolved_periods_and_canonical_indicators(tmp_path):
    out = tmp_path / "x.csv"
    run = subprocess.run([sys.executable, "-m", "core.cli.main", "extract", str(seed("000")), "--format", "csv", "-o", str(out)],
                         capture_output=True, text=True, cwd=ROOT)
    assert run.returncode == 0, run.stderr
    rows = list(csv.DictReader(out.read_text(encoding="utf-8-sig").splitlines()))
    assert {"period_label", "period_from", "period_to", "indicator", "indicator_en", "page"} <= set(rows[0])
    gdp = next(r for r in rows if r["indicator"] == "地区生产总值")
    assert gdp["period_from"] == "2021-01-01" and gdp["indicator_en"] == "Gross Regional Product"
