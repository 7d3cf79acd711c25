"""PDF and Word input, made on the spot (Qt draws the PDFs, python-docx writes the .docx)."""
import io
import zipfile

import pytest

from core.extraction.indicators import extract
from core.ingest.formats import ocr
from core.ingest.loader import LoadCancelled, LoadError, load, load_bytes
from docmaker import Scan, make_docx, make_pdf

TITLE = "某市2023年国民经济和社会发展统计公报"
PAGES = [
    [TITLE, "某市统计局", "一、综合",
     "初步核算，全年全市地区生产总值达到1234.5亿元，按不变价格计算，比上年增⻓",
     "5.6%。其中，第一产业增加值100.2亿元，增长3.1%；第二产业增加值450.3亿元，",
     "增长6.2%。", "— 1 —"],
    [TITLE, "二、工业", "全年规模以上工业增加值比上年增长8.2%，⾏业利润总额达到88.8亿元，比上年",
     "增长12.5%。全年全社会用电量达到77.7亿千瓦时，比上年增长4.4%，其中工业用电量",
     "增长3.3%。", "第2页 共4页"],
    None,  # an image, no text layer
    [TITLE, "三、投资", "全年固定资产投资比上年增长9.9%。", "- 4 -"],
]


@pytest.fixture(scope="module")
def report_pdf(tmp_path_factory):
    path = tmp_path_factory.mktemp("pdf") / "统计公报.pdf"
    make_pdf(path, PAGES, title=TITLE)
    return path


@pytest.fixture
def no_ocr(monkeypatch):
    monkeypatch.setattr(ocr, "available", lambda: False)


def test_pdf_text_is_paragraphs_without_footers_and_running_titles(report_pdf, no_ocr):
    doc = load(str(report_pdf))
    assert doc.kind == "pdf"
    assert doc.text.count(TITLE) == 1 and doc.text.startswith(TITLE)  # the title once, running copies gone
    for footer in ("— 1 —", "第2页", "共4页", "- 4 -"):
        assert footer not in doc.text
    # lines join into paragraphs without spaces; radicals from the font's ToUnicode map are folded
    assert "比上年增长5.6%。其中，第一产业增加值100.2亿元，增长3.1%；第二产业增加值450.3亿元，增长6.2%。" in doc.text
    assert "行业利润总额达到88.8亿元，比上年增长12.5%。" in doc.text
    assert "\u2ed3" not in doc.text and "\u2f8f" not in doc.text
    assert doc.metadata.title == TITLE
    # page 3 is an image: it is left out with a warning naming it
    assert any("pages without a text layer" in w and "3" in w for w in doc.warnings)


def test_pdf_pages_reach_the_indicators_and_page_numbers_are_no_figures(report_pdf, no_ocr):
    doc = load(str(report_pdf))
    assert len(doc.page_starts) == 4 and doc.page_starts[0] == 0
    assert doc.text[doc.page_starts[1]:].startswith("二、工业")
    assert doc.text[doc.page_starts[3]:].startswith("三、投资")
    found = {(i.value, i.unit): i.page for i in extract(doc)}
    assert found[(1234.5, "亿元")] == 1 and found[(5.6, "%")] == 1
    assert found[(8.2, "%")] == 2 and found[(88.8, "亿元")] == 2
    assert found[(9.9, "%")] == 4
    # no record for the page numbers (1, 2, 4 of 4)
    assert not [i for i in extract(doc) if i.value in (1, 2, 3, 4) and i.unit in ("", "页")]


def test_scanned_pdf_without_ocr_says_what_to_install(tmp_path, no_ocr):
    path = tmp_path / "scan.pdf"
    make_pdf(path, [Scan(["全年地区生产总值增长5.6%。"])])
    with pytest.raises(LoadError) as err:
        load(str(path))
    assert str(path) in str(err.value)
    assert "scanned PDF without a text layer; install the OCR extra" in err.value.reason


@pytest.mark.skipif(not ocr.available(), reason="the [ocr] extra is not installed")
def test_scanned_pdf_is_read_by_ocr(tmp_path):
    path = tmp_path / "scan.pdf"
    make_pdf(path, [Scan(["全年地区生产总值达到1234.5亿元，比上年增长5.6%。"])])
    doc = load(str(path))
    assert "1234.5亿元" in doc.text and doc.page_starts == [0]


def test_broken_truncated_and_protected_pdfs_get_clear_messages(report_pdf, tmp_path):
    data = report_pdf.read_bytes()
    for cut in (0.3, 0.9):
        with pytest.raises(LoadError) as err:
            load_bytes("cut.pdf", data[: int(len(data) * cut)])
        assert err.value.reason.startswith("damaged or truncated PDF")
    with pytest.raises(LoadError, match="password-protected PDF"):
        load_bytes("locked.pdf", _encrypted_pdf())
    with pytest.raises(LoadError, match="not a PDF file"):
        load_bytes("fake.pdf", "这不是PDF".encode())


def _encrypted_pdf() -> bytes:
    """A one-page PDF behind the standard security handler with a user password we do not know."""
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>"]
    out, offsets = b"%PDF-1.4\n", []
    for i, obj in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + obj + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 4\n0000000000 65535 f \n" + b"".join(b"%010d 00000 n \n" % o for o in offsets)
    encrypt = (b"/Encrypt << /Filter /Standard /V 1 /R 2 /O <" + b"11" * 32 + b"> /U <" + b"22" * 32
               + b"> /P -4 >> /ID [<" + b"33" * 16 + b"> <" + b"33" * 16 + b">]")
    return out + b"trailer\n<< /Size 4 /Root 1 0 R " + encrypt + b" >>\nstartxref\n%d\n%%%%EOF\n" % xref


def test_long_pdf_reports_progress_and_can_be_cancelled(tmp_path, no_ocr):
    path = tmp_path / "long.pdf"
    make_pdf(path, [[f"第{n}章", "全年地区生产总值增长5.6%。"] for n in range(40)])
    seen = []
    with pytest.raises(LoadCancelled):
        load(str(path), progress=lambda done, total: seen.append((done, total)) or done < 5)
    assert seen[-1] == (5, 40) and seen[0] == (0, 40)
    seen.clear()
    doc = load(str(path), progress=lambda done, total: seen.append(done) is None)
    assert seen[-1] == 40 and len(doc.page_starts) == 40


# -- Word ------------------------------------------------------------------------------------

def test_docx_paragraphs_and_table_in_order_without_header_footer_comment(tmp_path):
    path = tmp_path / "报告.docx"
    make_docx(path, ["关于2023年经济运行情况的报告", "全年地区生产总值增长5.6%。", "第二段落。"],
              table=[["指标", "数值", "增长"], ["地区生产总值", "1234.5亿元", "5.6%"]],
              header="页眉文字", footer="页脚文字", comment="批注内容")
    doc = load(str(path))
    assert doc.kind == "docx"
    assert doc.text.split("\n") == ["关于2023年经济运行情况的报告", "指标\t数值\t增长",
                                    "地区生产总值\t1234.5亿元\t5.6%", "全年地区生产总值增长5.6%。", "第二段落。"]
    assert doc.metadata.title == "关于2023年经济运行情况的报告"
    values = {(i.value, i.unit) for i in extract(doc)}
    assert (1234.5, "亿元") in values and (5.6, "%") in values


def _docx_bytes(document_xml: bytes, extra: dict | None = None) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", document_xml)
        for name, data in (extra or {}).items():
            z.writestr(name, data)
    return buf.getvalue()


BODY = (b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
        b"<w:p><w:r><w:t>%s</w:t></w:r></w:p></w:body></w:document>")


def test_docx_zip_bomb_is_refused_before_inflating():
    bomb = _docx_bytes(BODY % "正文".encode(), {"word/media/huge.bin": b"\0" * (40 * 1024 * 1024)})
    assert len(bomb) < 1024 * 1024
    with pytest.raises(LoadError, match="zip bomb"):
        load_bytes("bomb.docx", bomb)


def test_docx_external_entities_are_never_resolved(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("机密内容", encoding="utf-8")
    xxe = (b'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file://' + str(secret).encode() + b'">]>'
           + BODY % b"&x;")
    with pytest.raises(LoadError, match="DTD") as err:
        load_bytes("xxe.docx", _docx_bytes(xxe))
    assert "机密内容" not in str(err.value)
    # the parser itself does not resolve them either
    from core.ingest.formats.docx import W
    from lxml import etree

    from core.ingest.formats import docx

    doc = etree.fromstring(xxe, etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False))
    assert "机密内容" not in "".join(doc.itertext()) and W
    assert docx.sniff(_docx_bytes(BODY % b"x"))


def test_broken_truncated_and_protected_docx_get_clear_messages(tmp_path):
    path = tmp_path / "a.docx"
    make_docx(path, ["全年地区生产总值增长5.6%。"] * 20)
    data = path.read_bytes()
    with pytest.raises(LoadError, match="damaged or truncated Word file"):
        load_bytes("cut.docx", data[: len(data) // 2])
    with pytest.raises(LoadError, match="password-protected"):
        load_bytes("locked.docx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600)
    with pytest.raises(LoadError, match="not a Word document"):
        load_bytes("other.docx", _docx_bytes(b"<x/>"))


def test_cli_and_folder_scan_take_pdf_and_docx(tmp_path, capsys):
    from core.cli.main import main

    make_docx(tmp_path / "b.docx", ["全年地区生产总值增长5.6%。"])
    make_pdf(tmp_path / "a.pdf", [p for p in PAGES if p is not None])  # no scanned page: no OCR here
    assert main(["extract", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert '"page": 2' in out and "b.docx" in out
    assert main(["clean", str(tmp_path / "a.pdf")]) == 0
    out = capsys.readouterr().out
    assert out.startswith(TITLE) and "第2页" not in out
    assert main(["search", "规模以上工业", str(tmp_path), "--index", str(tmp_path / "i.db")]) == 0
    assert "a.pdf" in capsys.readouterr().out


def test_radicals_fold_to_their_ideographs():
    from core.text.radicals import EQUIVALENT_IDEOGRAPH, fold_radicals

    assert fold_radicals("增\u2ed3 \u2f8f\u2f63 \u2ed4") == "增长 行生 门"  # ⻓ ⾏ ⽣ ⻔
    assert all(0x2E80 <= k <= 0x2FDF for k in EQUIVALENT_IDEOGRAPH) and len(EQUIVALENT_IDEOGRAPH) > 300
    assert fold_radicals("没有部首") == "没有部首"


def test_an_ocr_engine_that_cannot_run_gives_a_message_not_a_traceback(tmp_path, monkeypatch):
    def broken(*a, **k):
        raise FileNotFoundError("config.yaml")

    monkeypatch.setattr(ocr, "available", lambda: True)
    monkeypatch.setattr(ocr, "read_page", broken)
    path = tmp_path / "scan.pdf"
    make_pdf(path, [None])
    with pytest.raises(LoadError, match="the OCR engine failed"):
        load(str(path))
    make_pdf(path, [["全年地区生产总值增长5.6%。"], None])
    assert any("OCR engine failed" in w for w in load(str(path)).warnings)
