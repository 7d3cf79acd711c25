"""Find the words of a fixed list in a text: leftmost-longest, without overlaps.

Used for place names (``core/ingest/region.py``) and OpenCC's phrases (``core/text/script.py``):
thousands of words of two characters or more, looked for in every article. A bit table of the
hashes of the words' first two characters is tested at every position of the text (in a
compiled loop, or at once with numpy from the Python sources); the few positions it lets through
are checked against a table of word lengths by first two characters, longest first. A regex for
the same starting positions (a class of first characters, a lookahead for the second) took three
times longer with the processor's caches warm (about as long with them cold, as after another
program's work); an Aho-Corasick automaton, whose root fans out to thousands of first characters,
took longer still.
"""
from __future__ import annotations

from collections.abc import Collection
from typing import Any, Final

# The bit table has 64 bits for each pair of first characters, up to 2^17 bits (16 KB): it is read
# at every character, and after another program's work (jieba's) each of its cache lines is a miss,
# so it is kept small. OpenCC's 400 phrase heads take 4 KB; the 3,000 place names' 16 KB set one
# bit in 43 (32 KB, one in 87, let fewer other pairs through but cost more misses: 85-97 µs against
# 103-118 on a 2,000 character head after jieba.lcut; 8 KB, more pairs to look up: 99-119 µs).
BITS_PER_HEAD: Final = 64
MAX_TABLE_BITS: Final = 17
PAIR_FACTOR: Final = 1031  # the pair hash: (first * PAIR_FACTOR + second) & mask

# Compiled (build_spec/compile_core.py), a plain loop over the characters is the faster way: it
# touches the text and the table alone, where numpy's dozen calls each run through code and
# scratch arrays that another program's work has pushed out of the processor's caches (a 2,000
# character head after jieba.lcut: 100 µs against 170; 19 against 27 with the caches warm).
# From the Python sources, numpy is (the loop takes three times longer there).
COMPILED: Final = not __file__.endswith(".py")


def _pair_hashes(first: Any, second: Any, mask: int) -> Any:
    """Hashes of character pairs (numpy arrays of code points, or two code points) into a bit table."""
    return (first * PAIR_FACTOR + second) & mask


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
        table_bits = min(MAX_TABLE_BITS, max(6, (len(heads) * BITS_PER_HEAD - 1).bit_length()))
        self.mask = (1 << table_bits) - 1
        hashes = _pair_hashes(np.array([ord(h[0]) for h in heads], dtype=np.uint32),
                              np.array([ord(h[1]) for h in heads], dtype=np.uint32), self.mask)
        table = np.zeros(1 << (table_bits - 3), dtype=np.uint8)
        np.bitwise_or.at(table, hashes >> 3, (1 << (hashes & 7)).astype(np.uint8))
        self.bits: bytes = table.tobytes()

    def find(self, text: str) -> list[tuple[int, str]]:
        """(position, word) of each word found, left to right."""
        return self.find_by_loop(text) if COMPILED else self.find_by_vectors(text)

    def find_by_loop(self, text: str) -> list[tuple[int, str]]:
        bits, mask = self.bits, self.mask
        found: list[tuple[int, str]] = []
        end = 0
        second = ord(text[0]) if text else 0
        for i in range(len(text) - 1):
            first = second
            second = ord(text[i + 1])
            h = (first * PAIR_FACTOR + second) & mask  # (_pair_hashes, inline on typed ints)
            if (bits[h >> 3] >> (h & 7)) & 1 and i >= end:
                end = self._word_at(text, i, found, end)
        return found

    def find_by_vectors(self, text: str) -> list[tuple[int, str]]:
        import numpy as np

        codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
        hashes = _pair_hashes(codes[:-1], codes[1:], self.mask)
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
