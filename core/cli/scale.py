"""Batch extraction at scale: the Dask engine and the Parquet writer of ``policylens extract``.

Both need the optional ``scale`` extra (dask[distributed], pyarrow), which the desktop bundle
leaves out; they are imported here only when asked for (through ``importlib``, so that the
bundler does not follow them either), and a missing one is named with the way to install it.

The Dask engine maps the same per-document function as the single-process run
(:func:`core.cli.extract.extract_path`) over batches of files, so the records are identical;
batches are kept a few per worker in flight, the progress bar follows their completion and the
results are handed back in input order (a small reorder buffer), or written as one Parquet
file per batch (``part-000042.parquet``: the dataset is partitioned by batch index, and reading
the files in name order gives the input order).
"""
from __future__ import annotations

import importlib
import os
import sys
from collections.abc import Callable, Iterable, Iterator

INSTALL_HINT = "install the optional 'scale' extra: uv sync --extra scale (or: pip install 'policylens[scale]')"
BATCH = 64  # files per Dask task: big enough to hide the scheduler's per-task cost

Result = tuple[str, "list[dict] | None", "str | None"]


class MissingExtra(RuntimeError):
    pass


def require(module: str, feature: str):
    """Import ``module`` or raise :class:`MissingExtra` saying how to install it."""
    try:
        return importlib.import_module(module)
    except ImportError as exc:
        raise MissingExtra(f"{feature} needs {module.split('.')[0]}, which is not installed; {INSTALL_HINT} ({exc})") from None


def run_batch(fn: Callable[[str], Result], paths: list[str]) -> list[Result]:
    """The task a Dask worker runs: the single-process function (``extract_path``) over a few files."""
    return [fn(p) for p in paths]


def batches(files: list[str], size: int = BATCH) -> list[list[str]]:
    return [files[i : i + size] for i in range(0, len(files), size)]


def dask_results(
    fn: Callable[[str], Result],
    files: list[str],
    workers: int,
    scheduler: str | None,
    progress: bool,
    batch_size: int = BATCH,
) -> Iterator[list[Result]]:
    """Yield the results of each batch of ``files``, batches in input order."""
    distributed = require("dask.distributed", "--engine dask")
    if scheduler:
        client = distributed.Client(scheduler)
        cluster = None
    else:
        cluster = distributed.LocalCluster(
            n_workers=max(1, workers), threads_per_worker=1, processes=True, dashboard_address=None
        )
        client = distributed.Client(cluster)
    bar = _bar(len(files), progress)
    try:
        jobs = batches(files, batch_size)
        ahead = max(2, 4 * _worker_count(client, workers))  # batches in flight
        pending = distributed.as_completed()
        done: dict[int, list[Result]] = {}
        submitted = 0
        next_out = 0
        while submitted < len(jobs) and submitted < ahead:
            pending.add(_submit(client, fn, jobs, submitted))
            submitted += 1
        for future in pending:
            index, results = future.result()
            future.release()
            done[index] = results
            if bar:
                bar.update(len(results))
            if submitted < len(jobs):
                pending.add(_submit(client, fn, jobs, submitted))
                submitted += 1
            while next_out in done:  # hand back in input order
                yield done.pop(next_out)
                next_out += 1
    finally:
        if bar:
            bar.close()
        client.close()
        if cluster is not None:
            cluster.close()


def _submit(client, fn, jobs: list[list[str]], index: int):
    return client.submit(_indexed_batch, fn, index, jobs[index], key=f"policylens-extract-{index}-{os.getpid()}-{id(jobs)}", pure=False)


def _indexed_batch(fn, index: int, paths: list[str]) -> tuple[int, list[Result]]:
    return index, run_batch(fn, paths)


def _worker_count(client, asked: int) -> int:
    try:
        return max(1, len(client.scheduler_info().get("workers", {})))
    except Exception:  # an old or busy scheduler: fall back on what was asked
        return max(1, asked)


def _bar(total: int, progress: bool):
    if not progress or total <= 1:
        return None
    from tqdm import tqdm

    return tqdm(total=total, unit="file", file=sys.stderr, desc="extracting")


# --- Parquet -------------------------------------------------------------------------------

_FLOAT = {"value", "base_value"}
_INT = {"start", "end", "sentence_start", "sentence_end", "page"}
_BOOL = {"approx"}


def parquet_schema(columns: list[str]):
    pa = require("pyarrow", "--format parquet")

    def kind(c: str):
        if c in _FLOAT:
            return pa.float64()
        if c in _INT:
            return pa.int64()
        if c in _BOOL:
            return pa.bool_()
        return pa.string()

    return pa.schema([(c, kind(c)) for c in columns])


def record_columns(base: list[str], rows: Iterable[dict]) -> list[str]:
    """The Parquet columns: the CLI's columns, then any other field of the records, in order."""
    cols = list(base)
    seen = set(cols)
    for r in rows:
        for k in r:
            if k not in seen:
                seen.add(k)
                cols.append(k)
        break  # every record has the same fields
    return cols


class ParquetDataset:
    """A directory of Parquet files, one per batch (``part-000000.parquet``, …)."""

    def __init__(self, out_dir: str, base_columns: list[str]):
        self.pa = require("pyarrow", "--format parquet")
        self.pq = require("pyarrow.parquet", "--format parquet")
        self.out_dir = out_dir
        self.base = base_columns
        self.columns: list[str] | None = None
        self.parts = 0
        self.rows = 0
        os.makedirs(out_dir, exist_ok=True)
        for name in os.listdir(out_dir):  # a rerun replaces the dataset, never mixes two runs
            if name.startswith("part-") and name.endswith(".parquet"):
                os.remove(os.path.join(out_dir, name))

    def write(self, rows: list[dict]) -> None:
        if self.columns is None:
            if not rows:
                return  # the schema comes from the first records; skip empty leading batches
            self.columns = record_columns(self.base, rows)
        schema = parquet_schema(self.columns)
        data = {c: [_cell(r.get(c), schema.field(c).type) for r in rows] for c in self.columns}
        table = self.pa.table(data, schema=schema)
        self.pq.write_table(table, os.path.join(self.out_dir, f"part-{self.parts:06d}.parquet"))
        self.parts += 1
        self.rows += len(rows)

    def close(self) -> None:
        if self.parts == 0:  # no record at all: still leave a readable, empty dataset
            self.columns = self.columns or list(self.base)
            self.pq.write_table(parquet_schema(self.columns).empty_table(), os.path.join(self.out_dir, "part-000000.parquet"))
            self.parts = 1


def _cell(v, typ):
    if v is None:
        return None
    if str(typ) == "string" and not isinstance(v, str):
        return str(v)
    return v


def read_dataset(out_dir: str) -> list[dict]:
    """The records of a dataset written by :class:`ParquetDataset`, in input order."""
    pq = require("pyarrow.parquet", "reading Parquet")
    rows: list[dict] = []
    for name in sorted(os.listdir(out_dir)):
        if name.startswith("part-") and name.endswith(".parquet"):
            rows.extend(pq.read_table(os.path.join(out_dir, name)).to_pylist())
    return rows
