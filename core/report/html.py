"""A briefing as one self-contained HTML page: figures and highlights as ``<mark>`` with inline
styles, notes as a numbered list per article linked from the text, one table of figures.

``qt=True`` gives the same page in the subset Qt's rich text understands (spans instead of
``<mark>``, table attributes instead of CSS), for the PDF and the print preview.
"""
from __future__ import annotations

from html import escape

from core.report.model import (
    HIGHLIGHT_COLOURS,
    KIND_COLOURS,
    Briefing,
    FigureRow,
    Run,
    Section,
    chinese_number,
)

BODY_FONTS = '"Noto Serif CJK SC", "Source Han Serif SC", SimSun, "Songti SC", serif'
HEADING_FONTS = '"Noto Sans CJK SC", "Source Han Sans SC", SimHei, "Heiti SC", sans-serif'
STYLE = f"""
body {{ font-family: {BODY_FONTS}; max-width: 48em; margin: 2em auto; line-height: 1.7; color: #222; }}
h1, h2, h3 {{ font-family: {HEADING_FONTS}; }}
.meta {{ color: #555; font-size: 90%; }}
mark {{ color: inherit; padding: 0 1px; }}
mark.figure {{ text-decoration: underline; }}
sup.note a {{ text-decoration: none; color: #b71c1c; }}
ol.notes {{ font-size: 92%; border-top: 1px solid #ccc; padding-top: .5em; }}
ol.notes .quote {{ color: #666; }}
table.figures {{ border-collapse: collapse; width: 100%; font-size: 92%; }}
table.figures th, table.figures td {{ border: 1px solid #999; padding: 2px 6px; vertical-align: top; }}
table.figures th {{ background: #eee; font-family: {HEADING_FONTS}; }}
td.num {{ text-align: right; font-variant-numeric: tabular-nums; }}
.legend mark {{ margin-right: .5em; }}
"""


def _run(run: Run, qt: bool) -> str:
    out = escape(run.text)
    if run.kind or run.colour:
        styles = []
        background = HIGHLIGHT_COLOURS.get(run.colour or "") or KIND_COLOURS.get(run.kind or "")
        if background:
            styles.append(f"background-color:{background}")
        if run.kind:
            styles.append("text-decoration:underline")
            if run.colour:
                styles.append("font-weight:bold")
        classes = " ".join(c for c in ("figure" if run.kind else "", f"k-{run.kind}" if run.kind else "",
                                         "highlight" if run.colour else "") if c)
        tag = "span" if qt else "mark"
        out = f'<{tag} class="{classes}" style="{";".join(styles)}">{out}</{tag}>'
    for n in run.opens:
        out = f'<a id="ref-{n}" name="ref-{n}"></a>' + out
    for n in run.closes:
        out += f'<sup class="note"><a href="#note-{n}">[{n}]</a></sup>'
    return out


def _meta(b: Briefing, s: Section) -> str:
    L = b.labels
    parts = [f"{L['date']}：{s.date.isoformat()}" if s.date else "", f"{L['source']}：{escape(s.source)}" if s.source else "",
             f"{L['region']}：{escape(s.region)}" if s.region else ""]
    return " · ".join(p for p in parts if p)


def _notes(b: Briefing, s: Section) -> list[str]:
    if not s.notes:
        return []
    out = ['<ol class="notes">']
    for n in s.notes:
        quote = escape(n.quote) + ("" if n.placed else " " + escape(b.labels["unplaced"]))
        out.append(f'<li id="note-{n.number}" value="{n.number}"><a name="note-{n.number}"></a>'
                   f'{escape(n.text)} <span class="quote">「{quote}」</span>'
                   + (f' <a href="#ref-{n.number}">↩</a>' if n.placed else "") + "</li>")
    out.append("</ol>")
    return out


def _cell(v, num: bool = False) -> str:
    text = escape("" if v is None else str(v))
    if num:
        return f'<td class="num" align="right">{text}</td>'
    return f"<td>{text}</td>"


def table_columns(b: Briefing) -> list[str]:
    """The table's columns: the article (its section number) only when there are several; the
    canonical indicator, the page and notes only when a row has one."""
    cols = ["name", "indicator", "value", "unit", "kind", "period", "page"]
    if not any(r.indicator for r in b.rows):
        cols.remove("indicator")
    if not any(r.page for r in b.rows):
        cols.remove("page")
    if len(b.sections) > 1:
        cols.insert(0, "article")
    if any(r.notes for r in b.rows):
        cols.append("note")
    return cols


def cell_value(b: Briefing, row: FigureRow, col: str):
    """A table cell's content; ``value`` and ``page`` are numbers (``value`` as exact text)."""
    if col == "value":
        return row.value_text
    if col == "article":
        return chinese_number(row.section)
    if col == "note":
        by_number = {n.number: n.text for n in b.notes}
        return "；".join(f"[{n}] {by_number.get(n, '')}" for n in row.notes)
    return getattr(row, col)


def _table(b: Briefing, qt: bool) -> list[str]:
    if not b.rows:
        return []
    cols = table_columns(b)
    border = ' border="1" cellspacing="0" cellpadding="3" width="100%"' if qt else ""
    head = "<thead><tr>" + "".join(f"<th>{escape(b.labels[c])}</th>" for c in cols) + "</tr></thead>"
    out = [f'<h2>{escape(b.labels["figures"])}</h2>', f'<table class="figures"{border}>', head, "<tbody>"]
    for r in b.rows:
        out.append("<tr>" + "".join(_cell(cell_value(b, r, c), c in ("value", "page")) for c in cols) + "</tr>")
    out += ["</tbody>", "</table>"]
    return out


def _legend(b: Briefing, qt: bool) -> str:
    tag = "span" if qt else "mark"
    kinds = sorted({k for s in b.sections for p in s.paragraphs for r in p if (k := r.kind)},
                   key=list(KIND_COLOURS).index)
    if not kinds:
        return ""
    items = " ".join(f'<{tag} style="background-color:{KIND_COLOURS[k]};text-decoration:underline">'
                     f"&nbsp;{escape(b.labels[k])}&nbsp;</{tag}>" for k in kinds)
    return f'<p class="meta legend">{escape(b.labels["legend"])}：{items}</p>'


def to_html(b: Briefing, qt: bool = False) -> str:
    out = ["<!DOCTYPE html>", '<html lang="zh"><head><meta charset="utf-8">', f"<title>{escape(b.title)}</title>",
           f"<style>{STYLE}</style></head><body>" if not qt else "</head><body>", f"<h1>{escape(b.title)}</h1>",
           f'<p class="meta">{escape(b.labels["made"])}：{b.made.isoformat()}</p>']
    if not b.indicators_only:
        out.append(_legend(b, qt))
    for i, s in enumerate(b.sections, 1):
        out.append(f'<section id="article-{i}">')
        heading = "h2" if not b.indicators_only else "h3"
        out.append(f"<{heading}>{escape(b.heading(s))}</{heading}>")
        meta = _meta(b, s)
        if meta:
            out.append(f'<p class="meta">{meta}</p>')
        for para in s.paragraphs:
            out.append("<p>" + "".join(_run(r, qt) for r in para) + "</p>")
        if not b.indicators_only:
            out += _notes(b, s)
        out.append("</section>")
    out += _table(b, qt)
    if b.indicators_only and b.notes:
        out.append(f'<h2>{escape(b.labels["notes"])}</h2>')
        out += [x for s in b.sections for x in _notes(b, s)]
    out.append("</body></html>")
    return "\n".join(out) + "\n"


def write_html(b: Briefing, path: str) -> None:
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(to_html(b))
