"""``policylens extract``: indicators of many articles as JSONL, CSV or XLSX."""
from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator

from core.cli import err
from core.cli.batch import map_files
from core.export.tables import csv_text, write_xlsx
from core.extraction import catalogue
from core.extraction.indicators import extract
from core.ingest.corpus import iter_paths
from core.ingest.loader import LoadError, load
from core.model import INDICATOR_COLUMNS

COLUMNS = list(INDICATOR_COLUMNS)


def extract_path(path: str) -> tuple[str, list[dict] | None, str | None]:
    """Load and extract one file; never raises (runs in worker processes)."""
    try:
        doc = load(path)
        return path, [ind.as_row() for ind in extract(doc)], None
    except LoadError as exc:
        return path, None, str(exc)
    except Exception as exc:  # a bug must not stop a batch of 10,000 files
        return path, None, f"{path}: internal error while extracting ({type(exc).__name__}: {exc})"


def iter_results(paths: list[str], workers: int, progress: bool) -> Iterator[tuple[str, list[dict] | None, str | None]]:
    return map_files(extract_path, paths, workers, progress, "extracting")


def write_rows(rows: list[dict], fmt: str, out: str | None) -> None:
    if fmt == "jsonl":
        _write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), out, encoding="utf-8")
    elif fmt == "csv":
        _write_text(csv_text(rows, COLUMNS), out, encoding="utf-8-sig")  # the BOM makes Excel read UTF-8
    elif fmt == "xlsx":
        if not out:
            raise SystemExit("policylens: --format xlsx needs -o FILE")
        write_xlsx(out, rows, COLUMNS)


def _write_text(text: str, out: str | None, encoding: str) -> None:
    if out:
        with open(out, "w", encoding=encoding, newline="") as fh:
            fh.write(text)
    else:
        sys.stdout.write(text)


def iter_batches(args: argparse.Namespace, progress: bool) -> Iterator[list[tuple[str, list[dict] | None, str | None]]]:
    """Results in input order, a batch of files at a time, from the chosen engine."""
    if args.engine == "dask" or args.scheduler:
        from core.cli.scale import dask_results

        items = list(iter_paths(args.paths))
        bad = [(p.path, None, str(p)) for p in items if isinstance(p, LoadError)]
        if bad:
            yield bad
        yield from dask_results(extract_path, [p for p in items if isinstance(p, str)], args.workers, args.scheduler, progress)
        return
    batch: list = []
    for result in iter_results(args.paths, args.workers, progress):
        batch.append(result)
        if len(batch) >= 64:
            yield batch
            batch = []
    if batch:
        yield batch


def cmd_extract(args: argparse.Namespace) -> int:
    from core.cli.scale import MissingExtra

    rows: list[dict] = []
    failed = 0
    problem = catalogue.active()[1]
    if problem:  # the user's indicator catalogue has a bad row: say so, extract with the shipped one
        err(f"{problem} (the shipped catalogue is used)")
    progress = not args.quiet and sys.stderr.isatty() or args.progress
    stream = args.format == "jsonl" and not args.output
    try:
        dataset = None
        if args.format == "parquet":
            if not args.output:
                raise SystemExit("policylens: --format parquet needs -o DIR (a dataset of one file per batch)")
            from core.cli.scale import ParquetDataset

            dataset = ParquetDataset(args.output, COLUMNS)
        for batch in iter_batches(args, progress):
            kept: list[dict] = []
            for _path, found, error in batch:
                if error:
                    err(error)
                    failed += 1
                    continue
                assert found is not None
                kept.extend(found)
            if dataset is not None:
                dataset.write(kept)
            elif stream:
                write_rows(kept, "jsonl", None)
            else:
                rows.extend(kept)
        if dataset is not None:
            dataset.close()
        elif not stream:
            write_rows(rows, args.format, args.output)
    except MissingExtra as exc:
        err(str(exc))
        return 2
    return 1 if failed else 0


def add_parser(sub) -> None:
    p = sub.add_parser("extract", help="extract every indicator figure as JSONL, CSV or XLSX")
    p.add_argument("paths", nargs="+", metavar="PATH", help="article files or folders (searched recursively)")
    p.add_argument("--format", choices=("jsonl", "csv", "xlsx", "parquet"), default="jsonl",
                   help="parquet writes a dataset directory, one file per batch (needs the 'scale' extra)")
    p.add_argument("-o", "--output", metavar="FILE", help="write to FILE (default: stdout; xlsx needs a file, parquet a directory)")
    p.add_argument("--workers", type=int, default=1, metavar="N",
                   help="spread files over N processes, or N Dask workers with --engine dask (output order stays stable)")
    p.add_argument("--engine", choices=("local", "dask"), default="local",
                   help="dask: map the files over a Dask cluster (a local one by default; needs the 'scale' extra)")
    p.add_argument("--scheduler", metavar="ADDRESS",
                   help="with --engine dask: an existing cluster's scheduler (tcp://host:8786) instead of a local one")
    p.add_argument("--progress", action="store_true", help="show a progress bar on stderr even when it is not a terminal")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    p.set_defaults(func=cmd_extract)
