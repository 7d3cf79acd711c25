import json
import os
import subprocess
import sys
from pathlib import Path

from conftest import ROOT, seed
from core.cli.main import main


def run_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "core.cli.main", *args], cwd=ROOT, capture_output=True, text=True, timeout=120
    )


def test_clean_single_file_prints_only_the_text():
    run = run_cli("clean", str(seed("000")))
    assert run.returncode == 0, run.stderr
    assert run.stdout.startswith("老工业基地如何转型升级")
    assert "当前位置" not in run.stdout and "分享到" not in run.stdout


def test_clean_folder_json_has_metadata_and_report():
    run = run_cli("clean", "--format", "json", "seeds")
    rows = [json.loads(line) for line in run.stdout.splitlines()]
    assert len(rows) == 5
    by_name = {Path(r["path"]).name[:3]: r for r in rows}
    assert by_name["002"]["repair"]["annotations_stripped"] == 570
    assert len(by_name["002"]["repair"]["guesses"]) == 1
    assert by_name["000"]["date"] == "2022-06-16"


def test_clean_writes_one_file_per_input(tmp_path):
    assert main(["clean", "seeds", "-o", str(tmp_path)]) == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(p.stem + ".txt" for p in (ROOT / "seeds").glob("*.txt"))


def test_bad_inputs_each_get_one_clear_line_and_the_rest_is_processed(tmp_path):
    binary = tmp_path / "image.txt"
    binary.write_bytes(bytes(range(256)) * 20)
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    undecodable = tmp_path / "broken.txt"
    undecodable.write_bytes("正文".encode("utf-8") + b"\xff\xfe\xfa\x80\x81\xff\xff\xa0\xfe\xc8" * 5)
    big = tmp_path / "huge.txt"
    with open(big, "wb") as fh:
        fh.truncate(50 * 1024 * 1024)
    nothing = tmp_path / "no_articles"
    nothing.mkdir()
    (nothing / "notes.bin").write_bytes(b"x")
    missing = tmp_path / "missing.txt"
    run = run_cli("clean", str(binary), str(empty), str(undecodable), str(big), str(nothing), str(missing), str(seed("004")))
    assert run.returncode == 1
    assert "坚持“工业强区”战略" in run.stdout
    lines = run.stderr.strip().splitlines()
    assert "Traceback" not in run.stderr
    assert len(lines) == 6, lines
    for path, words in (
        (binary, "binary"), (empty, "empty"), (undecodable, "encoding"), (big, "too large"),
        (nothing, "no articles"), (missing, "no such file"),
    ):
        (line,) = [ln for ln in lines if str(path) in ln]
        assert words in line, line


def test_unreadable_file_is_reported(tmp_path, monkeypatch, capsys):
    f = tmp_path / "secret.txt"
    f.write_text("正文", encoding="utf-8")
    real_open = open

    def guarded(path, *a, **k):
        if os.fspath(path) == str(f):
            raise PermissionError(13, "Permission denied")
        return real_open(path, *a, **k)

    monkeypatch.setattr("builtins.open", guarded)
    assert main(["clean", str(f)]) == 1
    assert f"{f}: permission denied" in capsys.readouterr().err
