"""``policylens extract --engine dask`` and ``--format parquet`` give the single-process records."""
import json

import pytest

from conftest import ROOT
from core.cli import scale
from core.cli.main import main

SEEDS = str(ROOT / "seeds")


def _jsonl(path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


@pytest.fixture(scope="module")
def local_rows(tmp_path_factory) -> list[dict]:
    out = tmp_path_factory.mktemp("local") / "local.jsonl"
    assert main(["extract", SEEDS, "-q", "-o", str(out)]) == 0
    return _jsonl(out)


def test_dask_on_a_one_worker_cluster_gives_the_same_records(tmp_path, local_rows, capsys):
    distributed = pytest.importorskip("dask.distributed")
    bad = tmp_path / "empty.txt"
    bad.write_bytes(b"")
    # threads in this process keep the test quick; the CLI's own cluster uses processes
    with distributed.LocalCluster(
        n_workers=1, threads_per_worker=1, processes=False, protocol="tcp", host="127.0.0.1", dashboard_address=None
    ) as cluster:
        out = tmp_path / "dask.jsonl"
        code = main(["extract", SEEDS, str(bad), "--engine", "dask", "--scheduler", cluster.scheduler_address, "-q", "-o", str(out)])
        assert code == 1  # the bad file is reported, the others are written
        assert f"{bad}: empty file" in capsys.readouterr().err
        assert _jsonl(out) == local_rows


def test_parquet_without_dask_is_a_dataset_of_the_same_records(tmp_path, local_rows):
    pytest.importorskip("pyarrow")
    out = tmp_path / "ds"
    (out).mkdir()
    (out / "part-000009.parquet").write_bytes(b"left from an earlier run")
    assert main(["extract", SEEDS, "--format", "parquet", "-q", "-o", str(out)]) == 0
    assert sorted(p.name for p in out.iterdir()) == ["part-000000.parquet"]
    assert scale.read_dataset(str(out)) == local_rows
    import pyarrow.parquet as pq

    schema = pq.read_schema(out / "part-000000.parquet")
    assert str(schema.field("value").type) == "double" and str(schema.field("start").type) == "int64"


def test_batches_cover_every_file_in_order():
    files = [f"{i}.txt" for i in range(130)]
    assert [f for b in scale.batches(files, 64) for f in b] == files
    assert [len(b) for b in scale.batches(files, 64)] == [64, 64, 2]


def test_a_missing_extra_says_how_to_install_it(monkeypatch, capsys, tmp_path):
    real = scale.importlib.import_module

    def no_dask(name, *a, **k):
        if name.startswith(("dask", "pyarrow")):
            raise ImportError(f"No module named {name!r}")
        return real(name, *a, **k)

    monkeypatch.setattr(scale.importlib, "import_module", no_dask)
    assert main(["extract", SEEDS, "--engine", "dask", "-q"]) == 2
    assert "uv sync --extra scale" in capsys.readouterr().err
    assert main(["extract", SEEDS, "--format", "parquet", "-q", "-o", str(tmp_path / "x")]) == 2
    message = capsys.readouterr().err
    assert "pyarrow" in message and "pip install 'policylens[scale]'" in message
