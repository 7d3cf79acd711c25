"""A briefing as a Word document (python-docx): headings, the text with figures and highlights
shaded, the reader's notes as Word comments on their passage, and a real table of figures whose
value cells hold the bare number, right-aligned.

Chinese text needs its East Asian font named on every style (Word and WPS otherwise fall back
to a Latin font's idea of CJK): 宋体 for the body, 黑体 for headings and the table header; in a
Traditional briefing 新細明體 and 微軟正黑體.
"""
from __future__ import annotations

from copy import deepcopy

from docx import Document as new_document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_UNDERLINE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

from core.report.html import cell_value, table_columns
from core.report.model import HIGHLIGHT_COLOURS, KIND_COLOURS, Briefing, Run

BODY_FONT = "宋体"  # SimSun
HEADING_FONT = "黑体"  # SimHei
BODY_FONT_TRADITIONAL = "新細明體"  # PMingLiU
HEADING_FONT_TRADITIONAL = "微軟正黑體"  # Microsoft JhengHei
LATIN_FONT = "Times New Roman"
AUTHOR = "PolicyLens"
# column widths in cm, scaled to the text width of an A4 page with 2.5 cm margins (16 cm)
WIDTHS = {"article": 1.2, "name": 5.0, "indicator": 3.2, "value": 2.2, "unit": 1.8, "kind": 1.5,
          "period": 2.8, "page": 1.2, "note": 4.5}
TEXT_WIDTH = 16.0
UNDERLINES = {"growth": WD_UNDERLINE.SINGLE, "share": WD_UNDERLINE.DASH, "level": WD_UNDERLINE.DOTTED,
              "count": WD_UNDERLINE.DOT_DASH, "rank": WD_UNDERLINE.WAVY, "target": WD_UNDERLINE.DOUBLE,
              "change": WD_UNDERLINE.DOT_DOT_DASH}


def _fonts(rpr_owner, east_asia: str, latin: str = LATIN_FONT) -> None:
    """Name the East Asian and Latin fonts on a style's or run's rPr (theme fonts removed, since
    they would win over the names)."""
    rpr = rpr_owner.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        fonts.attrib.pop(qn(attr), None)
    fonts.set(qn("w:ascii"), latin)
    fonts.set(qn("w:hAnsi"), latin)
    fonts.set(qn("w:eastAsia"), east_asia)


def _shade(owner_pr, fill: str) -> None:
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill.lstrip("#").upper())
    owner_pr.append(shd)


def _setup(doc, b: Briefing) -> tuple[str, str]:
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)  # A4
    sec.left_margin = sec.right_margin = Cm(2.5)
    sec.top_margin = sec.bottom_margin = Cm(2.5)
    body, heading = (BODY_FONT_TRADITIONAL, HEADING_FONT_TRADITIONAL) if b.traditional else (BODY_FONT, HEADING_FONT)
    normal = doc.styles["Normal"]
    normal.font.size = Pt(12)
    _fonts(normal.element, body)
    for name in ("Title", "Heading 1", "Heading 2", "Heading 3"):
        style = doc.styles[name]
        _fonts(style.element, heading, heading)
        style.font.color.rgb = None
    return body, heading


def _run(paragraph, run: Run, starts: dict[int, object], ends: dict[int, object]) -> None:
    r = paragraph.add_run(run.text)
    if run.kind:
        r.font.underline = UNDERLINES.get(run.kind, WD_UNDERLINE.SINGLE)
        if run.colour:
            r.font.bold = True
    fill = HIGHLIGHT_COLOURS.get(run.colour or "") or KIND_COLOURS.get(run.kind or "")
    if fill:
        _shade(r._r.get_or_add_rPr(), fill)
    for n in run.opens:
        starts[n] = r
    for n in run.closes:
        ends[n] = r


def write_docx(b: Briefing, path: str) -> None:
    doc = new_document()
    _body, heading = _setup(doc, b)
    doc.core_properties.title = b.title
    doc.core_properties.author = AUTHOR
    doc.add_heading(b.title, level=0)
    meta = doc.add_paragraph(f"{b.labels['made']}：{b.made.isoformat()}")
    meta.runs[0].font.size = Pt(10)
    notes_by_number = {n.number: n for n in b.notes}
    for s in b.sections:
        doc.add_heading(b.heading(s), level=1 if not b.indicators_only else 2)
        line = " · ".join(p for p in (
            f"{b.labels['date']}：{s.date.isoformat()}" if s.date else "",
            f"{b.labels['source']}：{s.source}" if s.source else "",
            f"{b.labels['region']}：{s.region}" if s.region else "") if p)
        if line:
            doc.add_paragraph(line).runs[0].font.size = Pt(10)
        if b.indicators_only:
            continue
        starts: dict[int, object] = {}
        ends: dict[int, object] = {}
        for para in s.paragraphs:
            p = doc.add_paragraph()
            p.paragraph_format.first_line_indent = Pt(24)
            for run in para:
                _run(p, run, starts, ends)
        for n, last in sorted(ends.items()):  # a Word comment on the passage, in the margin
            doc.add_comment([starts.get(n, last), last], text=notes_by_number[n].text, author=AUTHOR, initials="PL")
        loose = [n for n in s.notes if n.number not in ends]
        if loose:  # notes whose passage is no longer in the article: a numbered list
            doc.add_heading(b.labels["notes"], level=3)
            for n in loose:
                quote = n.quote + ("" if n.placed else b.labels["unplaced"])
                doc.add_paragraph(f"[{n.number}] {n.text}（「{quote}」）")
    _table(doc, b, heading)
    if b.indicators_only and b.notes:
        doc.add_heading(b.labels["notes"], level=2)
        for n in b.notes:
            doc.add_paragraph(f"[{n.number}] {n.text}（「{n.quote}」）")
    doc.save(path)


def _table(doc, b: Briefing, heading: str) -> None:
    if not b.rows:
        return
    cols = table_columns(b)
    doc.add_heading(b.labels["figures"], level=1)
    table = doc.add_table(rows=1, cols=len(cols))
    table.style = doc.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    header = table.rows[0]
    tr_pr = header._tr.get_or_add_trPr()  # the header row repeats on every page
    repeat = OxmlElement("w:tblHeader")
    repeat.set(qn("w:val"), "true")
    tr_pr.append(repeat)
    scale = TEXT_WIDTH / sum(WIDTHS[c] for c in cols)
    table.autofit = False
    for i, col in enumerate(cols):
        table.columns[i].width = Cm(WIDTHS[col] * scale)
    for cell, col in zip(header.cells, cols):
        cell.width = Cm(WIDTHS[col] * scale)
        cell.text = ""
        r = cell.paragraphs[0].add_run(b.labels[col])
        r.font.bold = True
        _fonts(r._r, heading, heading)
        _shade(cell._tc.get_or_add_tcPr(), "#EEEEEE")
    # one data row made with python-docx, then copied as XML: python-docx's add_row and cell
    # text setters take ~15 ms a row, a copy a fraction of that
    template = table.add_row()
    for cell, col in zip(template.cells, cols):
        cell.width = Cm(WIDTHS[col] * scale)
        cell.text = "0"
        if col in ("value", "page"):
            cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
        cell.paragraphs[0].runs[0].font.size = Pt(10.5)
    template_tr = template._tr
    for row in b.rows:
        tr = deepcopy(template_tr)
        for t, col in zip(tr.iter(qn("w:t")), cols):
            v = cell_value(b, row, col)
            t.text = "" if v is None else str(v)
            if t.text != t.text.strip():
                t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
        table._tbl.append(tr)
    table._tbl.remove(template_tr)
