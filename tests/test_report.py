"""Briefings: the model, Word, HTML and PDF output, and ``policylens report``."""
import pytest

from conftest import seed
from core.annotate.store import Annotation, AnnotationStore
from core.extraction.indicators import extract
from core.ingest.loader import load
from core.report.docx import write_docx
from core.report.html import to_html, write_html
from core.report.model import Article, build_briefing

NOTE = "搬迁时间需核实"
PASSAGE = "随着2012年重钢完成环保搬迁"


@pytest.fixture(scope="module")
def doc000():
    doc = load(str(seed("000")))
    return doc, extract(doc)


def article(doc000, note=NOTE, **kw) -> Article:
    doc, inds = doc000
    i = doc.text.index(PASSAGE)
    anns = [Annotation.create(doc.text, doc.path, i, i + len(PASSAGE), "green", note),
            Annotation.create(doc.text, doc.path, 0, 5, "pink", "")]
    return Article(doc, inds, anns, **kw)


def runs(b):
    return [r for s in b.sections for p in s.paragraphs for r in p]


def test_briefing_marks_figures_highlights_and_notes(doc000):
    b = build_briefing([article(doc000)])
    rs = runs(b)
    assert any(r.text == "8.8%" and r.kind == "growth" for r in rs)
    assert any(r.colour == "green" and "重钢" in r.text for r in rs)
    assert any(r.colour == "pink" for r in rs)
    assert [n.text for n in b.notes] == [NOTE] and b.notes[0].quote == PASSAGE
    opened = next(r for r in rs if 1 in r.opens)
    closed = next(r for r in rs if 1 in r.closes)
    assert PASSAGE.startswith(opened.text) and PASSAGE.endswith(closed.text)
    # the whole text is there, in order
    doc, _ = doc000
    assert ["".join(r.text for r in p) for p in b.sections[0].paragraphs] == [x for x in doc.text.split("\n") if x.strip()]
    row = next(r for r in b.rows if r.name == "地区生产总值")
    assert (row.value_text, row.unit, row.kind, row.period) == ("8.8", "%", "增速", "2021年")


def test_traditional_briefing_keeps_notes_as_written(doc000):
    b = build_briefing([article(doc000)], config="s2twp")
    text = "".join(r.text for r in runs(b))
    assert "重慶市大渡口區" in text and "重庆" not in text
    assert b.sections[0].title.startswith("老工業基地")
    assert b.notes[0].text == NOTE  # the reader's words, not converted
    assert b.notes[0].quote == "隨著2012年重鋼完成環保搬遷"
    assert b.labels["value"] == "數值"
    assert any(r.text == "8.8%" and r.kind == "growth" for r in runs(b))  # offsets mapped through the conversion


def test_docx_has_a_real_table_with_numbers_and_the_note_as_a_comment(doc000, tmp_path):
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn

    out = tmp_path / "b.docx"
    write_docx(build_briefing([article(doc000)]), str(out))
    d = docx.Document(str(out))
    table = d.tables[0]
    header = [c.text for c in table.rows[0].cells]
    assert header == ["指标名称", "规范指标", "数值", "单位", "类型", "时期"]
    values = [r.cells[2] for r in table.rows[1:]]
    assert len(values) == len(doc000[1])
    for cell in values:
        float(cell.text)  # a bare number, nothing else
        assert cell.paragraphs[0].alignment == WD_ALIGN_PARAGRAPH.RIGHT
    gdp = next(r for r in table.rows if r.cells[0].text == "地区生产总值")
    assert [c.text for c in gdp.cells[1:]] == ["地区生产总值", "8.8", "%", "增速", "2021年"]
    assert [c.text for c in d.comments] == [NOTE]
    fonts = d.styles["Normal"].element.rPr.find(qn("w:rFonts"))
    assert fonts.get(qn("w:eastAsia")) == "宋体"
    assert d.styles["Heading 1"].element.rPr.find(qn("w:rFonts")).get(qn("w:eastAsia")) == "黑体"
    shaded = [r for p in d.paragraphs for r in p.runs if r._r.rPr is not None and r._r.rPr.find(qn("w:shd")) is not None]
    assert any(r.text == "8.8%" for r in shaded)
    assert any(r.text == PASSAGE for r in shaded)  # the highlight


def test_html_is_self_contained_with_marks_and_linked_notes(doc000, tmp_path):
    out = tmp_path / "b.html"
    write_html(build_briefing([article(doc000)]), str(out))
    html = out.read_text(encoding="utf-8")
    assert '<mark class="figure k-growth"' in html and ">8.8%</mark>" in html
    assert 'background-color:#c5e1a5' in html  # the green highlight
    assert '<a href="#note-1">[1]</a>' in html and 'id="note-1"' in html and NOTE in html
    assert '<td class="num" align="right">8.8</td>' in html
    assert "http://" not in html and "https://" not in html and "<link" not in html and "<script" not in html


def test_several_articles_one_table_and_indicators_only(doc000):
    other = load(str(seed("001")))
    first = article(doc000)
    gdp = next(i for i in first.indicators if i.name == "地区生产总值")
    first.annotations.append(Annotation.create(first.document.text, first.document.path, gdp.start, gdp.end, "yellow", "口径待查"))
    b = build_briefing([first, Article(other)], indicators_only=True)
    assert len(b.sections) == 2 and all(not s.paragraphs for s in b.sections)
    assert {r.article for r in b.rows} == {b.sections[0].title, b.sections[1].title}
    html = to_html(b)
    assert html.count("<table") == 1 and "<th>文章</th>" in html and "<th>批注</th>" in html
    assert f"<h3>二、{b.sections[1].title}</h3>" in html and "<tr><td>二</td>" in html  # rows name their section
    assert next(r for r in b.rows if r.name == "地区生产总值").notes == (2,)
    assert "<td>[2] 口径待查</td>" in html
    assert NOTE in html  # the note on a figure's sentence still shows (in the notes list)


def test_key_passages_leave_out_paragraphs_without_figures_or_highlights(doc000):
    doc, inds = doc000
    gdp = [i for i in inds if i.name == "地区生产总值"]
    b = build_briefing([Article(doc, gdp, [], "key")])
    paras = b.sections[0].paragraphs
    assert len(paras) == 3 and paras[0][0].text == paras[2][0].text == "……"
    assert [r.text for r in paras[1] if r.kind] == [doc.text[i.start:i.end] for i in gdp] == ["8.8%", "7.2%"]
    assert len(b.rows) == 2


def test_pdf_text_is_selectable_with_figures_and_notes(doc000, tmp_path, qapp):
    import pypdfium2

    from gui.briefing_pdf import write_pdf

    out = tmp_path / "b.pdf"
    write_pdf(build_briefing([article(doc000)]), str(out))
    pdf = pypdfium2.PdfDocument(str(out))
    text = "".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf))).replace("\r\n", "").replace("\n", "")
    assert "老工业基地如何转型升级" in text  # ideographs, not look-alike radicals (⽼ U+2F7C)
    assert not any("\u2e80" <= c <= "\u2fdf" for c in text)
    assert "地区生产总值同比增长8.8%" in text and NOTE in text and "指标名称" in text
    pdf.close()


# --- the command line ----------------------------------------------------------------------


def test_cli_report_uses_the_store_and_writes_docx(doc000, tmp_path, capsys):
    import docx

    from core.cli.main import main

    doc, _ = doc000
    store = AnnotationStore(str(tmp_path / "a.sqlite3"))
    i = doc.text.index(PASSAGE)
    store.save(Annotation.create(doc.text, doc.path, i, i + len(PASSAGE), "yellow", NOTE)).result()
    store.close()
    out = tmp_path / "b.docx"
    code = main(["report", str(seed("000")), "-o", str(out), "--store", str(tmp_path / "a.sqlite3"), "--config", "s2tw"])
    assert code == 0
    d = docx.Document(str(out))
    assert [c.text for c in d.comments] == [NOTE]
    assert d.paragraphs[0].text.startswith("老工業基地")
    from docx.oxml.ns import qn

    assert d.styles["Normal"].element.rPr.find(qn("w:rFonts")).get(qn("w:eastAsia")) == "新細明體"
    assert "1 article(s)" in capsys.readouterr().out


def test_cli_report_bad_input_names_the_file(tmp_path, capsys):
    from core.cli.main import main

    bad = tmp_path / "empty.txt"
    bad.write_bytes(b"")
    code = main(["report", str(bad), "-o", str(tmp_path / "b.html"), "--store", str(tmp_path / "a.sqlite3")])
    err = capsys.readouterr().err
    assert code == 1 and str(bad) in err and "Traceback" not in err
    assert not (tmp_path / "b.html").exists()


def test_cli_pdf_through_the_launcher(tmp_path, qapp, monkeypatch, capsys):
    """``policylens report --format pdf``: the launcher plugs Qt's writer into the core command."""
    import pypdfium2

    from gui.launcher import main

    monkeypatch.setenv("POLICYLENS_DATA_DIR", str(tmp_path / "data"))
    out = tmp_path / "b.pdf"
    assert main(["report", str(seed("001")), "--format", "pdf", "-o", str(out), "--indicators-only"]) == 0
    pdf = pypdfium2.PdfDocument(str(out))
    assert "指标一览" in pdf[0].get_textpage().get_text_range()
    pdf.close()


def test_a_note_whose_passage_is_gone_is_listed_with_its_quote(doc000, tmp_path):
    import docx

    doc, inds = doc000
    gone = Annotation.create("这一段后来被删掉了" + doc.text, doc.path, 0, 9, "yellow", "原文已改")
    b = build_briefing([Article(doc, inds, [gone])])
    assert [(n.text, n.quote, n.placed) for n in b.notes] == [("原文已改", "这一段后来被删掉了", False)]
    html = to_html(b)
    assert "原文已改" in html and "（原文未找到此段）" in html and 'href="#note-1"' not in html
    write_docx(b, str(tmp_path / "b.docx"))
    d = docx.Document(str(tmp_path / "b.docx"))
    assert not d.comments and any("原文已改" in p.text and "这一段后来被删掉了" in p.text for p in d.paragraphs)
