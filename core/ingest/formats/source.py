"""What an input format hands to the shared pipeline: text, pages and what it knows of the file."""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

from core.ingest.encoding import Replaced

# progress(done, total) is called as a format works through a long file (pages of a PDF); it
# returns False to stop, and the load then fails with :class:`Cancelled`.
Progress = Callable[[int, int], bool]


class FormatError(ValueError):
    """The file is not readable in its format; ``str()`` says why (without the path)."""


class Cancelled(FormatError):
    def __init__(self) -> None:
        super().__init__("loading was cancelled")


@dataclass(slots=True)
class Source:
    text: str
    encoding: str  # the text encoding, or the format ("pdf", "docx")
    kind: str  # Document.kind: "text", "html", "pdf", "docx"
    page_starts: list[int] = field(default_factory=list)  # offsets in ``text``, page 1 first
    title: str | None = None
    date: dt.date | None = None
    # a date that costs a search (a web page's): asked for only when the text has no date line
    date_of: Callable[[], dt.date | None] | None = None
    source: str | None = None
    replaced: tuple[Replaced, ...] = ()  # undecodable bytes (offsets in ``text``)
    warnings: list[str] = field(default_factory=list)


def report(progress: Progress | None, done: int, total: int) -> None:
    """Tell ``progress`` how far we are; raise :class:`Cancelled` when it says stop."""
    if progress is not None and progress(done, total) is False:
        raise Cancelled()
