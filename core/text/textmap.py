"""Text that remembers where each of its characters came from.

Every cleaning step works on a :class:`TrackedText`: a string plus, for each character, its
offset in the raw text. Edits keep the origin of untouched characters exactly; characters that
an edit inserts take the origin of the start of the span they replace.
"""
from __future__ import annotations

from array import array
from bisect import bisect_right
from dataclasses import dataclass
from typing import Final, Iterable


@dataclass(frozen=True, slots=True)
class OffsetMap:
    """Cleaned-text position -> raw-text position (one entry per cleaned character + end)."""

    origins: array  # array('l'), len == len(cleaned text) + 1

    def to_raw(self, pos: int) -> int:
        if pos < 0 or pos >= len(self.origins):
            raise IndexError(pos)
        return self.origins[pos]

    def from_raw(self, raw: int) -> int:
        """The first cleaned position whose origin is >= ``raw`` (origins are non-decreasing)."""
        return bisect_right(self.origins, raw - 1)


_IDENTITY = array("l", range(1 << 16))
_IDENTITY_MAX: Final = 1 << 22  # 32 MB of cached 0, 1, 2, … at most


def _identity(n: int) -> array:
    """``array('l', range(n))``, sliced from a cached one (a copy of memory, ~30x faster)."""
    global _IDENTITY
    if n > len(_IDENTITY):
        if n > _IDENTITY_MAX:
            return array("l", range(n))
        _IDENTITY = array("l", range(min(_IDENTITY_MAX, max(n, 2 * len(_IDENTITY)))))
    return _IDENTITY[:n]


class TrackedText:
    __slots__ = ("text", "origins", "raw_len")

    def __init__(self, text: str, origins: array | None = None, raw_len: int | None = None):
        self.text = text
        self.origins = origins if origins is not None else _identity(len(text))
        self.raw_len = len(text) if raw_len is None else raw_len
        assert len(self.origins) == len(self.text)

    def replace(self, edits: Iterable[tuple[int, int, str]]) -> "TrackedText":
        """Apply non-overlapping edits ``(start, end, replacement)`` given in any order."""
        parts: list[str] = []
        origins = array("l")
        pos = 0
        text, src = self.text, self.origins
        for start, end, repl in sorted(edits):
            if start < pos:
                raise ValueError(f"overlapping edit at {start}")
            parts.append(text[pos:start])
            origins += src[pos:start]
            if repl:  # (most edits delete: stripped annotations)
                parts.append(repl)
                anchor = src[start] if start < len(src) else self.raw_len
                origins.extend([anchor] * len(repl))
            pos = end
        parts.append(text[pos:])
        origins.extend(src[pos:])
        return TrackedText("".join(parts), origins, self.raw_len)

    def offset_map(self) -> OffsetMap:
        origins = array("l", self.origins)
        origins.append(self.raw_len)
        return OffsetMap(origins)
