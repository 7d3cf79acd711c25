"""The side-by-side reader: an article and its conversion (or a second article) in two
synchronised read-only panes, every metric highlighted by kind, repairs and ambiguous
conversions marked."""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QFontDatabase, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit, QToolTip

from core.convert.conversion import Conversion
from core.export.tables import cell_text
from gui.indicator_model import KIND_STYLE

UNDERLINE = {
    "single": QTextCharFormat.UnderlineStyle.SingleUnderline,
    "dash": QTextCharFormat.UnderlineStyle.DashUnderline,
    "dot": QTextCharFormat.UnderlineStyle.DotLine,
    "dashdot": QTextCharFormat.UnderlineStyle.DashDotLine,
    "dashdotdot": QTextCharFormat.UnderlineStyle.DashDotDotLine,
    "wave": QTextCharFormat.UnderlineStyle.WaveUnderline,
    "double": QTextCharFormat.UnderlineStyle.SingleUnderline,
}
CJK_FONTS = ("Noto Sans CJK SC", "Noto Serif CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC",
             "Hiragino Sans GB", "WenQuanYi Micro Hei", "Noto Sans CJK TC", "Microsoft JhengHei", "PingFang TC")


def tr(text: str) -> str:
    return QCoreApplication.translate("Reader", text)


def cjk_font(size: int) -> QFont:
    families = set(QFontDatabase.families())
    for name in CJK_FONTS:
        if name in families:
            return QFont(name, size)
    f = QFont()
    f.setPointSize(size)
    return f


# repairs (blue dotted), guessed repairs (red wavy), ambiguous conversions (orange dotted), find hits
MARK_STYLES = {
    "repair": dict(underline=QTextCharFormat.UnderlineStyle.DotLine, colour="#1565c0", foreground="#1565c0"),
    "guess": dict(underline=QTextCharFormat.UnderlineStyle.WaveUnderline, colour="#c62828", foreground="#c62828"),
    "ambiguous": dict(underline=QTextCharFormat.UnderlineStyle.DotLine, colour="#ef6c00", background="#fff3e0"),
    "find": dict(background="#ffeb3b", foreground="#000000"),
    "mirror": dict(background="#b3e5fc", underline=QTextCharFormat.UnderlineStyle.SingleUnderline, colour="#0277bd"),
}


def _format(underline=None, colour=None, foreground=None, background=None) -> QTextCharFormat:
    fmt = QTextCharFormat()
    if underline is not None:
        fmt.setUnderlineStyle(underline)
        fmt.setUnderlineColor(QColor(colour))
    if foreground:
        fmt.setForeground(QColor(foreground))
    if background:
        fmt.setBackground(QColor(background))
    return fmt


def kind_format(kind: str) -> QTextCharFormat:
    colour, style = KIND_STYLE.get(kind, ("#eeeeee", "single"))
    fmt = QTextCharFormat()
    fmt.setBackground(QColor(colour))
    fmt.setUnderlineStyle(UNDERLINE[style])
    fmt.setUnderlineColor(QColor(colour).darker(220))
    if style == "double":
        fmt.setFontWeight(QFont.Weight.DemiBold)
    return fmt


@dataclass(frozen=True, slots=True)
class Mark:
    """A span in a pane: an indicator, a repair, a guessed repair or an ambiguous conversion."""

    start: int
    end: int
    kind: str  # indicator kind, or "repair", "guess", "ambiguous", "find", "annotation"
    payload: object = None
    tip: str = ""


class ReaderPane(QPlainTextEdit):
    """A read-only pane that draws marks as extra selections and reports clicks on them."""

    markClicked = Signal(object)  # Mark
    scrolledTo = Signal(int)  # first visible character

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setReadOnly(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.setMouseTracking(True)
        self.marks: list[Mark] = []
        self._flash: list[QTextEdit.ExtraSelection] = []
        self._extra: list[Mark] = []
        self._mirror: list[Mark] = []
        self.verticalScrollBar().valueChanged.connect(lambda _v: self.scrolledTo.emit(self.first_visible()))

    def show_text(self, text: str, marks: list[Mark]) -> None:
        self.setPlainText(text)
        self.marks = sorted(marks, key=lambda m: (m.start, m.end))
        self._extra = []
        self._redraw()

    def set_mirror(self, marks: list[Mark]) -> None:
        """The other pane's selection, shown on the same words here."""
        self._mirror = marks
        self._redraw()

    def set_extra_marks(self, marks: list[Mark]) -> None:
        """Marks that change without the text changing (find hits, annotations)."""
        self._extra = marks
        self._redraw()

    def _selection(self, m: Mark) -> QTextEdit.ExtraSelection:
        sel = QTextEdit.ExtraSelection()
        cur = QTextCursor(self.document())
        cur.setPosition(m.start)
        cur.setPosition(m.end, QTextCursor.MoveMode.KeepAnchor)
        sel.cursor = cur
        if m.kind == "annotation":
            fmt = _format(background=m.payload if isinstance(m.payload, str) else "#fff59d")
        elif m.kind in MARK_STYLES:
            fmt = _format(**MARK_STYLES[m.kind])
        else:
            fmt = kind_format(m.kind)
        sel.format = fmt
        return sel

    def _redraw(self) -> None:
        sels = [self._selection(m) for m in self.marks + self._extra + self._mirror]
        self.setExtraSelections(sels + self._flash)

    def mark_at(self, pos: int) -> Mark | None:
        hits = [m for m in self.marks if m.start <= pos < m.end]
        # prefer an indicator over a repair mark on the same spot
        hits.sort(key=lambda m: m.kind in ("repair", "guess", "ambiguous"))
        return hits[0] if hits else None

    def mouseReleaseEvent(self, event) -> None:
        super().mouseReleaseEvent(event)
        if event.button() == Qt.MouseButton.LeftButton and not self.textCursor().hasSelection():
            m = self.mark_at(self.cursorForPosition(event.position().toPoint()).position())
            if m is not None:
                self.markClicked.emit(m)

    def event(self, e) -> bool:
        if e.type() == QEvent.Type.ToolTip:
            pos = self.cursorForPosition(self.viewport().mapFromGlobal(e.globalPos())).position()
            m = self.mark_at(pos)
            if m is not None and m.tip:
                QToolTip.showText(e.globalPos(), m.tip, self)
            else:
                QToolTip.hideText()
            return True
        return super().event(e)

    def first_visible(self) -> int:
        return self.cursorForPosition(QPoint(0, 0)).position()

    def scroll_to_char(self, pos: int) -> None:
        """Put the line holding ``pos`` at the top of the pane."""
        block = self.document().findBlock(max(0, min(pos, self.document().characterCount() - 1)))
        # the pane follows its scroll bar's signal, so it must not be blocked (the window guards loops)
        self.verticalScrollBar().setValue(block.firstLineNumber() if block.isValid() else 0)

    def reveal(self, start: int, end: int) -> None:
        """Scroll so ``start..end`` is visible and flash it."""
        cur = QTextCursor(self.document())
        cur.setPosition(max(0, start))
        cur.setPosition(max(0, end), QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cur)
        self.centerCursor()
        sel = QTextEdit.ExtraSelection()
        sel.cursor = QTextCursor(cur)
        fmt = QTextCharFormat()
        fmt.setBackground(QColor("#ff7043"))
        fmt.setForeground(QColor("#ffffff"))
        sel.format = fmt
        self._flash = [sel]
        self._redraw()
        QTimer.singleShot(900, self._end_flash)

    def _end_flash(self) -> None:
        self._flash = []
        self._redraw()


def indicator_marks(indicators, repairs=()) -> list[Mark]:
    marks = []
    for ind in indicators:
        tip = f"{ind.name}: {cell_text(ind.value)} {ind.unit} · {ind.kind}" + (f" · {ind.period}" if ind.period else "")
        marks.append(Mark(ind.start, ind.end, ind.kind, ind, tip))
    for r in repairs:
        kind = "repair" if r.exact else "guess"
        if getattr(r, "raw_bytes", None) is not None:
            tip = tr("Undecodable bytes {0} at byte {1}, replaced by �").format(r.damaged, r.byte_offset)
        else:
            tip = (tr("Repaired: {0} → {1}") if r.exact else tr("Guessed repair (please check): {0} → {1}")).format(r.damaged, r.repaired)
        marks.append(Mark(r.start, r.end, kind, r, tip))
    return marks


def converted_marks(conv: Conversion, marks: list[Mark], ambiguities=()) -> list[Mark]:
    out = []
    for m in marks:
        a, b = conv.span_to_converted(m.start, m.end)
        out.append(Mark(a, b, m.kind, m.payload, m.tip))
    for amb in ambiguities:
        a, b = conv.span_to_converted(amb.start, amb.end)
        tip = tr("Ambiguous conversion: {0} → {1}; candidates: {2}").format(amb.source, amb.chosen, " ".join(amb.candidates))
        out.append(Mark(a, b, "ambiguous", amb, tip))
    return out
