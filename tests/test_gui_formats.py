"""The window takes PDF and Word files by drop, shows load warnings in Problems (not refusals),
marks undecodable bytes in the reader, and cancels a long PDF between pages."""
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDropEvent

from conftest import seed
from docmaker import make_docx, make_pdf


def _drop(window, paths):
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    event = QDropEvent(QPoint(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    window.dropEvent(event)


def test_drop_pdf_docx_and_a_damaged_text_file(qtbot, window, tmp_path):
    pdf, word, damaged = tmp_path / "公报.pdf", tmp_path / "报告.docx", tmp_path / "damaged.txt"
    make_pdf(pdf, [["某市统计公报", "全年地区生产总值增长5.6%。", "— 1 —"], ["规模以上工业增加值增长8.2%。", "第2页"]])
    make_docx(word, ["关于经济运行情况的报告", "全年地区生产总值增长5.6%。"], table=[["指标", "1234.5亿元"]])
    data = seed("000").read_bytes()
    at = data.index("对老工业基地".encode())
    damaged.write_bytes(data[:at] + b"\xff\xfe" + data[at:])
    _drop(window, [pdf, word, damaged])
    qtbot.waitUntil(lambda: len(window.library.docs) == 3, timeout=60000)
    qtbot.waitUntil(lambda: not window.jobs, timeout=10000)
    problems = [window.problems.item(i).text() for i in range(window.problems.count())]
    assert len(problems) == 1 and "damaged.txt" in problems[0] and problems[0].startswith("⚠")
    pages = {d.path.rsplit("/", 1)[-1]: sorted({i.page for i in d.indicators}) for d in window.library.docs}
    assert pages["公报.pdf"] == [1, 2] and pages["报告.docx"] == [None]
    window.library_panel.select_path(str(damaged))
    qtbot.waitUntil(lambda: window.current_path == str(damaged), timeout=10000)
    marks = [m for m in window.left.marks if m.kind == "guess" and getattr(m.payload, "raw_bytes", None)]
    assert marks and window.left.toPlainText()[marks[0].start] == "\ufffd"


def test_cancel_inside_a_long_pdf(qtbot, window, tmp_path, monkeypatch):
    import gui.loading

    path = tmp_path / "long.pdf"
    make_pdf(path, [[f"第{n}章", "全年地区生产总值增长5.6%。"] for n in range(60)])
    seen = []
    real = gui.loading.LoadJob._pages

    def slow(self, p, done, total):
        seen.append(done)
        if done == 3:
            self.cancel()
        return real(self, p, done, total)

    monkeypatch.setattr(gui.loading.LoadJob, "_pages", slow)
    job = window.load_paths([str(path)])
    finished = []
    job.signals.finished.connect(finished.append)
    qtbot.waitUntil(lambda: bool(finished), timeout=60000)
    assert finished == [True] and max(seen) < 10
    assert not window.library.docs
    assert window.progress.maximum() == 60  # the bar counted the pages of the one long file
