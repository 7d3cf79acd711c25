"""Find the words of a fixed list in a text: leftmost-longest, without overlaps.

Used for place names (``core/ingest/region.py``) and OpenCC's phrases (``core/text/script.py``):
thousands of words of two characters or more, looked for in every article. A bit table of the
hashes of the words' first two characters is tested at every position of the text (in a
compiled loop, or at once with numpy from the Python sources); the few positions it lets through are checked against a table of word lengths by
first two characters, longest first. A regex for the same starting positions (a class of first
characters, a lookahead for the second) took three times longer with the processor's caches warm
(about as long with them cold, as after another program's work); an Aho-Corasick automaton,
whose root fans out to thousands of first characters, took longer still.
"""
from __future__ import annotations

from collections.abc import Collection
from typing import Any, Final

TABLE_BITS: Final = 18  # ~3,000 pairs of first characters set about 1 bit in 90: few other pairs get through
# (2^18 bits, packed: 32 KB, which stays in the processor's cache from one article to the next;
# a byte per bit, 256 KB, did not, and cost more than it saved)
MASK: Final = (1 << TABLE_BITS) - 1
PAIR_FACTOR: Final = 1031  # the pair hash: (first * PAIR_FACTOR + second) & MASK

# Compiled (build_spec/compile_core.py), a plain loop over the characters is the faster way: it
# touches the text and the table alone, where numpy's dozen calls each run through code and
# scratch arrays that another program's work has pushed out of the processor's caches (a 2,000
# character head after jieba.lcut: 100 µs against 170; 19 against 27 with the caches warm).
# From the Python sources, numpy is (the loop takes three times longer there).
COMPILED: Final = not __file__.endswith(".py")


def _pair_hashes(first: Any, second: Any) -> Any:
    """Hashes of character pairs (numpy arrays of code points, or two code points) into the bit table."""
    return (first * PAIR_FACTOR + second) & MASK


class WordList:
    """``words``: a set, or a dict of what they become; each at least two characters long."""

    def __init__(self, words: Collection[str]):
        import numpy as np

        self.words = words
        lengths: dict[str, set[int]] = {}
        for key in words:
            if len(key) < 2:
                raise ValueError(f"a word of the list is shorter than two characters: {key!r}")
            lengths.setdefault(key[:2], set()).add(len(key))
        self.lengths = {head: sorted(ns, reverse=True) for head, ns in lengths.items()}
        heads = list(self.lengths)
        hashes = _pair_hashes(np.array([ord(h[0]) for h in heads], dtype=np.uint32),
                              np.array([ord(h[1]) for h in heads], dtype=np.uint32))
        table = np.zeros(1 << (TABLE_BITS - 3), dtype=np.uint8)
        np.bitwise_or.at(table, hashes >> 3, (1 << (hashes & 7)).astype(np.uint8))
        self.bits: bytes = table.tobytes()

    def find(self, text: str) -> list[tuple[int, str]]:
        """(position, word) of each word found, left to right."""
        return self.find_by_loop(text) if COMPILED else self.find_by_vectors(text)

    def find_by_loop(self, text: str) -> list[tuple[int, str]]:
        bits = self.bits
        found: list[tuple[int, str]] = []
        end = 0
        second = ord(text[0]) if text else 0
        for i in range(len(text) - 1):
            first = second
            second = ord(text[i + 1])
            h = (first * PAIR_FACTOR + second) & MASK  # (_pair_hashes, inline on typed ints)
            if (bits[h >> 3] >> (h & 7)) & 1 and i >= end:
                end = self._word_at(text, i, found, end)
        return found

    def find_by_vectors(self, text: str) -> list[tuple[int, str]]:
        import numpy as np

        codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
        hashes = _pair_hashes(codes[:-1], codes[1:])
        table = np.frombuffer(self.bits, dtype=np.uint8)
        starts: list[int] = np.flatnonzero((table[hashes >> 3] >> (hashes & 7)) & 1).tolist()
        found: list[tuple[int, str]] = []
        end = 0
        for i in starts:
            if i >= end:
                end = self._word_at(text, i, found, end)
        return found

    def _word_at(self, text: str, i: int, found: list[tuple[int, str]], end: int) -> int:
        """The longest word at ``i``, added to ``found``; where the last word found ends."""
        ns = self.lengths.get(text[i : i + 2])
        if ns is None:
            return end  # another pair with the same hash
        for n in ns:
            if text[i : i + n] in self.words:
                found.append((i, text[i : i + n]))
                return i + n
        return end
