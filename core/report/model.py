"""The briefing (简报): articles' text with figures and highlights marked, the reader's notes, and
one table of figures, built once and written as Word, HTML or PDF by the format modules.

``build_briefing`` takes ``Article`` inputs (a ``Document``, the indicators to show — all of them
or a chosen few, already corrected by the caller — and the annotations of the document) and an
optional OpenCC config. Everything the article says is converted with that config (text, title,
source, region, names, units, periods, the document's own labels); the reader's notes are kept as
written. The text is cut into runs at every boundary of a figure or a highlight, so each writer
only styles runs and never computes offsets.
"""
from __future__ import annotations

import datetime as _dt
import os
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

from core.annotate.store import Annotation, Placement, place_all
from core.convert.conversion import Conversion, ScriptConverter, detect_script
from core.export.tables import cell_text
from core.model import Document, Indicator

# the briefing is a Chinese document whatever the interface language: its own words, in Simplified
KIND_LABELS = {"growth": "增速", "share": "占比", "level": "总量", "count": "数量", "rank": "排名",
               "target": "目标", "change": "变化"}
LABELS = {
    "briefing": "简报", "made": "制作日期", "date": "日期", "source": "来源", "region": "地区",
    "file": "文件", "article": "文章", "name": "指标名称", "indicator": "规范指标", "value": "数值",
    "unit": "单位", "kind": "类型", "period": "时期", "page": "页码", "note": "批注", "notes": "批注",
    "figures": "指标一览", "gap": "……", "unplaced": "（原文未找到此段）", "legend": "图例",
}
# colours per kind and per highlight colour: the window's palette (gui/indicator_model, gui/annotations_panel)
KIND_COLOURS = {"growth": "#c8e6c9", "share": "#bbdefb", "level": "#ffe0b2", "count": "#e1bee7",
                "rank": "#fff59d", "target": "#ffcdd2", "change": "#b2dfdb"}
HIGHLIGHT_COLOURS = {"yellow": "#fff59d", "green": "#c5e1a5", "blue": "#90caf9", "pink": "#f8bbd0",
                     "orange": "#ffcc80"}


@dataclass(frozen=True, slots=True)
class Run:
    """A stretch of text with one look: a figure of some kind, a highlight colour, or neither.

    ``opens``/``closes`` are the numbers of the notes whose passage starts / ends with this run.
    """

    text: str
    kind: str | None = None
    colour: str | None = None
    opens: tuple[int, ...] = ()
    closes: tuple[int, ...] = ()


@dataclass(frozen=True, slots=True)
class Note:
    number: int  # 1, 2, … across the whole briefing
    text: str  # as the reader wrote it (never converted)
    quote: str  # the passage it is about (converted with the text)
    colour: str
    placed: bool  # False: the passage is no longer in the article (an orphan)


def chinese_number(n: int) -> str:
    """一, 二, … 十, 十一, … 九十九 (sections of a briefing are numbered 一、二、…)."""
    digits = "零一二三四五六七八九"
    if n < 10:
        return digits[n]
    tens, ones = divmod(n, 10)
    if n >= 100:
        return str(n)
    return ("" if tens == 1 else digits[tens]) + "十" + (digits[ones] if ones else "")


@dataclass(frozen=True, slots=True)
class FigureRow:
    article: str
    section: int  # 1-based: the article's section in the briefing
    name: str
    indicator: str | None
    value: float
    unit: str
    kind: str  # the label (增速…), converted
    period: str | None
    page: int | None
    notes: tuple[int, ...] = ()  # numbers of notes on this figure

    @property
    def value_text(self) -> str:
        return cell_text(self.value)


@dataclass(frozen=True, slots=True)
class Section:
    title: str
    number: int  # 1-based
    date: _dt.date | None
    source: str | None
    region: str | None
    path: str
    paragraphs: tuple[tuple[Run, ...], ...]
    notes: tuple[Note, ...]


@dataclass(frozen=True, slots=True)
class Briefing:
    title: str
    made: _dt.date
    config: str | None
    indicators_only: bool
    sections: tuple[Section, ...]
    rows: tuple[FigureRow, ...]
    labels: dict[str, str] = field(default_factory=dict)  # LABELS and KIND_LABELS, converted
    traditional: bool = False  # written in Traditional characters (the writers pick fonts by it)

    @property
    def notes(self) -> list[Note]:
        return [n for s in self.sections for n in s.notes]

    def heading(self, s: Section) -> str:
        """The section's heading: numbered 一、二、… when the briefing has several."""
        return f"{chinese_number(s.number)}、{s.title}" if len(self.sections) > 1 else s.title


@dataclass(slots=True)
class Article:
    """One article going into a briefing.

    ``indicators``: the figures to show (None: all of them, extracted here). ``annotations``: the
    reader's highlights and notes of this document (placed here). ``passages``: "full" for the
    whole text, "key" for the paragraphs holding a shown figure or a highlight.
    """

    document: Document
    indicators: list[Indicator] | None = None
    annotations: list[Annotation] = field(default_factory=list)
    passages: str = "full"


class _Script:
    """The article's words in the briefing's script (identity when no config)."""

    def __init__(self, config: str | None):
        self.converter = ScriptConverter(config) if config else None

    def text(self, s: str | None) -> str | None:
        return self.converter.convert_text(s) if (self.converter and s) else s

    def conversion(self, text: str) -> Conversion | None:
        return self.converter.convert(text) if self.converter else None


def build_briefing(articles: list[Article], config: str | None = None, indicators_only: bool = False,
                   title: str | None = None, made: _dt.date | None = None) -> Briefing:
    """The briefing of ``articles`` (one section each, one combined table), in the script of
    ``config`` (any OpenCC config; None keeps the articles' own script)."""
    script = _Script(config)
    labels = {k: script.text(v) for k, v in {**LABELS, **KIND_LABELS}.items()}
    sections: list[Section] = []
    rows: list[FigureRow] = []
    number = 0
    for i, art in enumerate(articles, 1):
        section, figure_rows, number = _section(art, i, script, labels, number, indicators_only)
        sections.append(section)
        rows += figure_rows
    if title is None:
        title = sections[0].title if len(sections) == 1 else f"{labels['briefing']}（{len(sections)}）"
    return Briefing(title=title, made=made or _dt.date.today(), config=config, indicators_only=indicators_only,
                    sections=tuple(sections), rows=tuple(rows), labels=labels,
                    traditional=_traditional(config, articles))


def _traditional(config: str | None, articles: list[Article]) -> bool:
    if config:
        return config.startswith("s2") or config in ("t2tw", "t2hk", "tw2t", "hk2t", "jp2t")
    return bool(articles) and detect_script(articles[0].document.text).script == "traditional"


def _section(art: Article, index: int, script: _Script, labels: dict[str, str], number: int,
             indicators_only: bool) -> tuple[Section, list[FigureRow], int]:
    doc = art.document
    if art.indicators is None:
        from core.extraction.indicators import extract

        indicators = extract(doc)
    else:
        indicators = list(art.indicators)
    indicators.sort(key=lambda i: (i.start, i.end))
    placements = sorted(place_all(doc.text, art.annotations), key=lambda p: (p.orphan, p.start, p.end))
    notes: list[Note] = []
    noted: list[tuple[Placement, int]] = []  # placed notes and their numbers
    conv = script.conversion(doc.text)
    text = conv.text if conv else doc.text

    def span(a: int, b: int) -> tuple[int, int]:
        return conv.span_to_converted(a, b) if conv else (a, b)

    for p in placements:
        if not p.annotation.note.strip():
            continue
        number += 1
        a, b = span(p.start, p.end) if not p.orphan else (0, 0)
        quote = text[a:b] if not p.orphan else (script.text(p.annotation.quote) or "")
        notes.append(Note(number, p.annotation.note, quote, p.annotation.colour, not p.orphan))
        if not p.orphan:
            noted.append((p, number))
    name = doc.metadata.title or os.path.splitext(doc.name)[0]
    title = script.text(name) or name
    figure_rows = [
        FigureRow(article=title, section=index, name=script.text(i.name) or "", indicator=script.text(i.indicator), value=i.value,
                  unit=script.text(i.unit) or "", kind=labels.get(i.kind, i.kind),
                  period=script.text(i.period_label or i.period), page=i.page,
                  notes=tuple(n for p, n in noted if p.start < i.end and i.start < p.end))
        for i in indicators
    ]
    paragraphs: tuple[tuple[Run, ...], ...] = ()
    if not indicators_only:
        figures = [(*span(i.start, i.end), i.kind) for i in indicators]
        highlights = [(*span(p.start, p.end), p.annotation.colour) for p in placements if not p.orphan]
        marks = [(*_trim(text, *span(p.start, p.end)), n) for p, n in noted]
        keep = None
        if art.passages == "key":
            keep = [(a, b) for a, b, _ in figures + highlights]
        paragraphs = tuple(_paragraphs(text, figures, highlights, marks, keep, labels["gap"]))
    m = doc.metadata
    section = Section(title=title, number=index, date=m.date, source=script.text(m.source), region=script.text(m.region),
                      path=doc.path, paragraphs=paragraphs, notes=tuple(notes))
    return section, figure_rows, number


def _trim(text: str, a: int, b: int) -> tuple[int, int]:
    """A note's passage without the blank ends, so it opens and closes inside a line."""
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b


def _paragraphs(text: str, figures, highlights, marks, keep, gap: str):
    """The text's lines as runs; with ``keep`` only the lines touching one of its spans, a gap
    mark where lines were left out."""
    cuts = {0, len(text)}
    for a, b, _ in figures + highlights + marks:
        cuts.update((a, b))
    cuts = sorted(cuts)
    pos = 0
    skipped = False
    for line in text.split("\n"):
        start, end = pos, pos + len(line)
        pos = end + 1
        if not line.strip():
            continue
        if keep is not None and not any(a < end and start < b or a == b == start for a, b in keep):
            skipped = True
            continue
        if skipped:
            yield (Run(gap),)
            skipped = False
        bounds = [start, *cuts[bisect_right(cuts, start):bisect_left(cuts, end)], end]
        runs = []
        for a, b in zip(bounds, bounds[1:]):
            kind = next((k for x, y, k in figures if x <= a and b <= y and x < y), None)
            colour = next((c for x, y, c in reversed(highlights) if x <= a and b <= y and x < y), None)
            opens = tuple(n for x, y, n in marks if x == a)
            closes = tuple(n for x, y, n in marks if y == b)
            runs.append(Run(text[a:b], kind, colour, opens, closes))
        yield tuple(runs)
    if skipped and keep is not None:
        yield (Run(gap),)
