"""A dataset as CSV, XLSX or Parquet, chosen by the file's extension.

Every format has the same data rows in the same order, numbered by ``id``; the sources (document,
offsets, sentence) go beside them:

- ``.csv``: ``FILE.csv`` (UTF-8 with BOM) and ``FILE.sources.csv`` (one line per source, with the row's ``id``);
- ``.xlsx``: a ``dataset`` sheet (numbers as numbers, frozen header, autofilter) and a ``sources`` sheet;
- ``.parquet``: one file; ``refs`` is a list column of structs (doc, path, title, date, name,
  value, unit, start, end, sentence_start, sentence_end, sentence), so one row stays one row.
"""
from __future__ import annotations

import os

from core.dataset.build import ROW_FIELDS, SOURCE_FIELDS, DatasetRow
from core.export.tables import write_csv

COLUMNS = ["id", *ROW_FIELDS]
SOURCE_COLUMNS = ["id", *SOURCE_FIELDS]
FORMATS = (".csv", ".xlsx", ".parquet")


def data_rows(rows: list[DatasetRow]) -> list[dict]:
    """The table as dicts: ``docs`` joined with "; ", ``id`` from 1."""
    out = []
    for n, r in enumerate(rows, 1):
        d = r.as_row()
        d["id"] = n
        d["docs"] = "; ".join(r.docs)
        out.append(d)
    return out


def source_rows(rows: list[DatasetRow]) -> list[dict]:
    out = []
    for n, r in enumerate(rows, 1):
        for s in r.refs:
            d = {f: getattr(s, f) for f in SOURCE_COLUMNS[1:]}
            d["id"] = n
            out.append(d)
    return out


def sources_path(path: str) -> str:
    """Where the CSV format puts the sources: data.csv -> data.sources.csv."""
    stem, ext = os.path.splitext(path)
    return f"{stem}.sources{ext}"


def write_dataset(path: str, rows: list[DatasetRow]) -> list[str]:
    """Write ``rows`` in the format of ``path``'s extension; returns the files written."""
    ext = os.path.splitext(path)[1].lower()
    if ext == ".csv":
        write_csv(path, data_rows(rows), COLUMNS)
        write_csv(sources_path(path), source_rows(rows), SOURCE_COLUMNS)
        return [path, sources_path(path)]
    if ext == ".xlsx":
        write_xlsx(path, rows)
        return [path]
    if ext == ".parquet":
        write_parquet(path, rows)
        return [path]
    raise ValueError(f"{path}: unknown dataset format (use {', '.join(FORMATS)})")


def write_xlsx(path: str, rows: list[DatasetRow]) -> None:
    """Streamed (openpyxl's write-only mode: a fraction of the time and memory of the normal one)."""
    from openpyxl import Workbook
    from openpyxl.utils import get_column_letter

    wb = Workbook(write_only=True)
    for title, columns, table in (("dataset", COLUMNS, data_rows(rows)), ("sources", SOURCE_COLUMNS, source_rows(rows))):
        ws = wb.create_sheet(title)
        ws.freeze_panes = "A2"
        ws.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{len(table) + 1}"
        for i, col in enumerate(columns, 1):  # widths go before the rows in a streamed sheet
            width = max([len(col)] + [len(str(r.get(col) or "")) for r in table[:300]])
            wide = col in ("indicator", "region", "sentence", "docs", "title", "name")
            ws.column_dimensions[get_column_letter(i)].width = min(60, max(8, width * 1.8 if wide else width + 2))
        ws.append(columns)
        for r in table:
            ws.append([r.get(c) for c in columns])
    wb.save(path)


class FormatUnavailable(RuntimeError):
    """The format's library is not in this build (the packaged program leaves pyarrow out)."""


def write_parquet(path: str, rows: list[DatasetRow]) -> None:
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError as exc:
        raise FormatUnavailable(f"{path}: Parquet needs pyarrow, which this installation does not include (install the scale extra: uv sync --extra scale, or pip install policylens[scale]); use .csv or .xlsx") from exc

    table = data_rows(rows)
    types = {"id": pa.int64(), "value": pa.float64(), "base_value": pa.float64(), "sources": pa.int64(), "conflict": pa.bool_()}
    arrays = [pa.array([r[c] for r in table], type=types.get(c, pa.string())) for c in COLUMNS]
    # the sources column by column (a list of dicts per row converts ten times slower)
    offsets, cols = [0], {f: [] for f in SOURCE_FIELDS}
    art_fields, rec_fields = SOURCE_FIELDS[:4], SOURCE_FIELDS[4:]
    for r in rows:
        for s in r.refs:
            for f in art_fields:
                cols[f].append(getattr(s.article, f))
            for f in rec_fields:
                cols[f].append(getattr(s.record, f))
        offsets.append(len(cols["doc"]))
    source_types = {"value": pa.float64(), "start": pa.int64(), "end": pa.int64(), "sentence_start": pa.int64(),
                    "sentence_end": pa.int64()}
    struct = pa.StructArray.from_arrays([pa.array(cols[f], type=source_types.get(f, pa.string())) for f in SOURCE_FIELDS],
                                        names=list(SOURCE_FIELDS))
    refs = pa.ListArray.from_arrays(pa.array(offsets, type=pa.int32()), struct)
    pq.write_table(pa.Table.from_arrays(arrays + [refs], names=[*COLUMNS, "refs"]), path)
