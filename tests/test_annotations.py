import json
import os
import shutil
import signal
import subprocess
import sys
import time

import pytest

from conftest import ROOT, seed
from core.annotate.store import (
    Annotation,
    AnnotationStore,
    content_hash,
    from_json,
    place_all,
    to_json,
    to_markdown,
)
from core.ingest.loader import load


@pytest.fixture
def store(tmp_path):
    s = AnnotationStore(str(tmp_path / "a.sqlite3"))
    yield s
    s.close()


def test_save_edit_delete_is_a_tombstone(store, tmp_path):
    text = load(str(seed("000"))).text
    i = text.index("规上工业增加值")
    a = Annotation.create(text, str(seed("000")), i, i + 7, "green", "核对口径")
    store.save(a).result()
    store.save(a.edited(note="已核对")).result()
    assert store.get(a.uuid).note == "已核对"
    store.delete(store.get(a.uuid)).result()
    assert store.for_document(str(seed("000")), content_hash(text)) == []
    assert store.get(a.uuid).deleted  # kept, so merges elsewhere learn of the deletion


def test_every_committed_write_survives_kill_9(tmp_path):
    db = tmp_path / "k.sqlite3"
    log = tmp_path / "committed.txt"
    code = f"""
import sys
sys.path.insert(0, {str(ROOT)!r})
from core.annotate.store import Annotation, AnnotationStore
store = AnnotationStore({str(db)!r})
text = "全区地区生产总值同比增长8.8%。" * 50
with open({str(log)!r}, "a", buffering=1) as log:
    for i in range(100000):
        a = Annotation.create(text, "/tmp/x.txt", i % 40, i % 40 + 5, note=str(i))
        store.save(a).result()          # returns once committed
        log.write(a.uuid + "\\n")       # only then shown as saved
"""
    proc = subprocess.Popen([sys.executable, "-c", code])
    deadline = time.time() + 60
    while time.time() < deadline and (not log.exists() or log.stat().st_size < 37 * 200):
        time.sleep(0.05)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    saved = log.read_text().split()
    assert len(saved) >= 200
    store = AnnotationStore(str(db))
    try:
        stored = {a.uuid for a in store.all()}
    finally:
        store.close()
    missing = [u for u in saved if u not in stored]
    assert not missing


def test_rename_move_and_edit_reattach(store, tmp_path):
    src = tmp_path / "a.txt"
    shutil.copy(seed("000"), src)
    text = load(str(src)).text
    quote = "人均公园绿地面积达24.29平方米"
    i = text.index(quote)
    a = Annotation.create(text, str(src), i, i + len(quote), "yellow", "核实数据")
    store.save(a).result()
    # moved and renamed: found again by content hash
    moved = tmp_path / "sub" / "renamed.txt"
    moved.parent.mkdir()
    os.replace(src, moved)
    doc = load(str(moved))
    found = store.for_document(str(moved), content_hash(doc.text))
    assert [f.uuid for f in found] == [a.uuid]
    store.relink(content_hash(doc.text), str(moved)).result()
    assert store.get(a.uuid).doc_path == str(moved)
    # edited before the quote: the highlight moves with its words
    moved.write_text("新增的一段导语。\n" + moved.read_text(encoding="utf-8"), encoding="utf-8")
    doc = load(str(moved))
    (p,) = place_all(doc.text, store.for_document(str(moved), content_hash(doc.text)))
    assert doc.text[p.start:p.end] == quote and p.how == "moved"
    # the quote itself edited a little: re-anchored fuzzily
    moved.write_text(moved.read_text(encoding="utf-8").replace("达24.29平方米", "达到24.29平方米"), encoding="utf-8")
    doc = load(str(moved))
    (p,) = place_all(doc.text, store.for_document(str(moved), content_hash(doc.text)))
    assert p.how == "fuzzy" and "24.29平方米" in doc.text[p.start:p.end + 2]


def test_removed_quote_leaves_an_orphan_not_a_deletion(store, tmp_path):
    f = tmp_path / "b.txt"
    f.write_text("第一段：产业园区新增企业12家。\n第二段：税收收入增长35%。", encoding="utf-8")
    text = load(str(f)).text
    i = text.index("税收收入增长35%")
    a = Annotation.create(text, str(f), i, i + 9)
    store.save(a).result()
    f.write_text("第一段：产业园区新增企业12家。", encoding="utf-8")
    text = load(str(f)).text
    (p,) = place_all(text, store.for_document(str(f), content_hash(text)))
    assert p.orphan and p.annotation.quote == "税收收入增长35%"
    assert store.get(a.uuid) is not None


def test_export_import_round_trip_newest_wins(tmp_path):
    one = AnnotationStore(str(tmp_path / "one" / "a.sqlite3"))
    two = AnnotationStore(str(tmp_path / "two" / "a.sqlite3"))
    try:
        text = load(str(seed("003"))).text
        a = Annotation.create(text, str(seed("003")), 10, 20, "blue", "甲机")
        b = Annotation.create(text, str(seed("003")), 30, 40, "pink", "乙")
        one.save(a).result()
        one.save(b).result()
        exported = to_json(one.all(include_deleted=True))
        assert two.merge(from_json(exported)).result() == 2
        newer = two.get(a.uuid).edited(note="乙机修改")
        two.save(newer).result()
        two.delete(two.get(b.uuid)).result()
        assert one.merge(from_json(to_json(two.all(include_deleted=True)))).result() == 2
        assert one.get(a.uuid).note == "乙机修改"
        assert one.get(b.uuid).deleted
        # an older copy never overwrites a newer one
        assert two.merge(from_json(exported)).result() == 0
    finally:
        one.close()
        two.close()


def test_markdown_export_links_back(store):
    text = load(str(seed("000"))).text
    a = Annotation.create(text, str(seed("000")), 0, 10, note="标题")
    md = to_markdown(place_all(text, [a]))
    assert "> " + text[:10] in md and "标题" in md and f"file://{os.path.abspath(seed('000'))}#char=0,10" in md


def test_damaged_database_is_restored_from_the_last_good_copy(tmp_path):
    path = tmp_path / "a.sqlite3"
    s = AnnotationStore(str(path))
    text = load(str(seed("000"))).text
    a = Annotation.create(text, str(seed("000")), 0, 5)
    s.save(a).result()
    s.close()
    s = AnnotationStore(str(path))  # a healthy open keeps a good copy aside
    s.close()
    path.write_bytes(b"garbage" * 1000)
    s = AnnotationStore(str(path))
    try:
        assert "damaged" in s.recovered and "last good copy was restored" in s.recovered
        assert s.get(a.uuid) is not None
        assert any(p.name.startswith("a.sqlite3.damaged-") for p in tmp_path.iterdir())
    finally:
        s.close()


def test_cli_export_and_import(tmp_path):
    db = tmp_path / "a.sqlite3"
    s = AnnotationStore(str(db))
    text = load(str(seed("001"))).text
    a = Annotation.create(text, str(seed("001")), 5, 15, note="注")
    s.save(a).result()
    s.close()
    run = subprocess.run([sys.executable, "-m", "core.cli.main", "annotations", "export", str(seed("001")), "--format", "json",
                          "--store", str(db)], cwd=ROOT, capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    assert json.loads(run.stdout)["annotations"][0]["uuid"] == a.uuid
    out = tmp_path / "x.json"
    out.write_text(run.stdout, encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "core.cli.main", "annotations", "import", str(out), "--store", str(tmp_path / "b.sqlite3")],
                         cwd=ROOT, capture_output=True, text=True)
    assert run.returncode == 0 and run.stdout.startswith("1 of 1")
    run = subprocess.run([sys.executable, "-m", "core.cli.main", "annotations", "export", "--format", "md", "--store", str(db)],
                         cwd=ROOT, capture_output=True, text=True)
    assert "> " + text[5:15] in run.stdout
