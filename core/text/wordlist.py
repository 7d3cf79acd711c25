"""Find the words of a fixed list in a text: leftmost-longest, without overlaps.

Used for place names (``core/ingest/region.py``) and OpenCC's phrases (``core/text/script.py``):
thousands of words of two characters or more, looked for in every article. A bit table of the
hashes of the words' first two characters is tested at every position of the text at once
(numpy); the few positions it lets through are checked against a table of word lengths by
first two characters, longest first. A regex for the same starting positions (a class of first
characters, a lookahead for the second) took three times longer with the processor's caches warm
(about as long with them cold, as after another program's work); an Aho-Corasick automaton,
whose root fans out to thousands of first characters, took longer still.
"""
from __future__ import annotations

from collections.abc import Collection
from typing import Any

TABLE_BITS = 18  # ~3,000 pairs of first characters set about 1 bit in 90: few other pairs get through
# (2^18 bits, packed: 32 KB, which stays in the processor's cache from one article to the next;
# a byte per bit, 256 KB, did not, and cost more than it saved)


def _pair_hashes(first: Any, second: Any) -> Any:
    """Hashes of character pairs (two numpy arrays of code points) into the bit table."""
    return (first * 1031 + second) & ((1 << TABLE_BITS) - 1)


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
        self.table = np.zeros(1 << (TABLE_BITS - 3), dtype=np.uint8)
        np.bitwise_or.at(self.table, hashes >> 3, (1 << (hashes & 7)).astype(np.uint8))

    def find(self, text: str) -> list[tuple[int, str]]:
        """(position, word) of each word found, left to right."""
        import numpy as np

        codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
        hashes = _pair_hashes(codes[:-1], codes[1:])
        starts: list[int] = np.flatnonzero((self.table[hashes >> 3] >> (hashes & 7)) & 1).tolist()
        words, lengths, end = self.words, self.lengths, 0
        found: list[tuple[int, str]] = []
        for i in starts:
            if i < end or (ns := lengths.get(text[i : i + 2])) is None:
                continue  # inside the word found last, or another pair with the same hash
            for n in ns:
                if text[i : i + n] in words:
                    found.append((i, text[i : i + n]))
                    end = i + n
                    break
        return found
