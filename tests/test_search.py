import os
import subprocess
import sys

from conftest import ROOT, SEEDS, seed
from core.ingest.loader import load
from core.search.index import SearchIndex, fold, search_text


def build(tmp_path):
    index = SearchIndex(str(tmp_path / "index.sqlite3"))
    for p in SEEDS:
        index.add(str(p), load(str(p)).text)
    return index


def test_fold_keeps_length_and_folds_scripts_and_widths():
    assert fold("示範區２０２１年１２．５％ABC") == "示范区2021年12.5%abc"
    assert len(fold("後來發展")) == 4


def test_simplified_query_finds_traditional_text_and_back(tmp_path):
    index = build(tmp_path)
    hits = index.search("承接产业转移示范区")
    assert {os.path.basename(h.path)[:3] for h in hits} == {"001"}
    doc = load(str(seed("001")))
    h = hits[0]
    assert fold(doc.text[h.start:h.end]) == "承接产业转移示范区"
    assert {os.path.basename(h.path)[:3] for h in index.search("規上工業增加值")} >= {"000"}


def test_full_width_query_and_short_query_scan(tmp_path):
    index = build(tmp_path)
    assert index.search("１２．５") == index.search("12.5")
    short = index.search("鶴壁")  # two characters: no trigram, scanned
    assert short and all(os.path.basename(h.path).startswith("002") for h in short)


def test_index_follows_file_changes(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("第一篇文章讲述产业园区建设。", encoding="utf-8")
    index = SearchIndex(str(tmp_path / "i.sqlite3"))
    index.add(str(f), load(str(f)).text)
    assert index.search("产业园区")
    f.write_text("第一篇文章改写后讲述数字经济。", encoding="utf-8")
    os.utime(f, (1, 1))
    assert index.needs_update(str(f))
    index.add(str(f), load(str(f)).text)
    assert not index.search("产业园区") and index.search("数字经济")
    index.remove(str(f))
    assert not index.search("数字经济")


def test_corrupted_index_is_rebuilt(tmp_path):
    path = tmp_path / "i.sqlite3"
    path.write_bytes(b"this is not a database" * 100)
    index = SearchIndex(str(path))
    assert index.rebuilt
    index.add(str(seed("000")), load(str(seed("000"))).text)
    assert index.search("大渡口")
    assert any(p.name.startswith("i.sqlite3.broken-") for p in tmp_path.iterdir())


def test_search_without_index_on_one_text():
    text = "示範區地區生產總值增速高於全市"
    (hit,) = search_text("x", text, "示范区")
    assert (hit.start, hit.end, hit.line) == (0, 3, 1)


def test_cli_search_and_convert(tmp_path):
    run = subprocess.run([sys.executable, "-m", "core.cli.main", "search", "示范区", "seeds", "--index", str(tmp_path / "i")],
                         cwd=ROOT, capture_output=True, text=True)
    assert run.returncode == 0
    lines = run.stdout.splitlines()
    assert any(line.startswith("seeds/001_46f7e9b34c242cae.txt:") and "示范區" in line for line in lines)
    run = subprocess.run([sys.executable, "-m", "core.cli.main", "convert", "--config", "s2tw", str(seed("000")), "-o", str(tmp_path / "out")],
                         cwd=ROOT, capture_output=True, text=True)
    assert run.returncode == 0
    out = (tmp_path / "out" / (seed("000").stem + ".s2tw.txt")).read_text(encoding="utf-8")
    assert out.startswith("老工業基地如何轉型升級")
    run = subprocess.run([sys.executable, "-m", "core.cli.main", "convert", "--list"], cwd=ROOT, capture_output=True, text=True)
    assert "s2twp\t简体→繁体（台湾，含惯用词）" in run.stdout
