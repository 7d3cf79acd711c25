"""Tables of records as CSV (UTF-8 with BOM, for Excel) and XLSX (numbers as numbers)."""
from __future__ import annotations

import csv
import io


def cell_text(v) -> str:
    """A cell as text: numbers exactly (523, 0.088, 35432), booleans as spreadsheets write them."""
    if v is None:
        return ""
    if isinstance(v, bool):
        return "TRUE" if v else "FALSE"
    if isinstance(v, float):
        return str(int(v)) if v.is_integer() and abs(v) < 1e15 else repr(v)
    return str(v).replace("\t", " ").replace("\n", " ")


def csv_text(rows: list[dict], columns: list[str], titles: list[str] | None = None) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(titles or columns)
    for r in rows:
        w.writerow([cell_text(r.get(c)) for c in columns])
    return buf.getvalue()


def write_csv(path: str, rows: list[dict], columns: list[str], titles: list[str] | None = None) -> None:
    with open(path, "w", encoding="utf-8-sig", newline="") as fh:  # the BOM makes Excel read UTF-8
        fh.write(csv_text(rows, columns, titles))


def write_xlsx(path: str, rows: list[dict], columns: list[str], titles: list[str] | None = None) -> None:
    """Numbers stay numbers, the header row is frozen, columns get widths from their contents."""
    from openpyxl import Workbook
    from openpyxl.utils import get_column_letter

    wb = Workbook()
    ws = wb.active
    ws.title = "indicators"
    ws.append(titles or columns)
    for r in rows:
        ws.append([r.get(c) for c in columns])
    ws.freeze_panes = "A2"
    for i, (col, title) in enumerate(zip(columns, titles or columns), 1):
        width = max([len(str(title))] + [len(str(r.get(col) or "")) for r in rows[:500]])
        wide = col in ("name", "sentence", "doc")
        ws.column_dimensions[get_column_letter(i)].width = min(60, max(8, width * 1.6 if wide else width + 2))
    wb.save(path)
