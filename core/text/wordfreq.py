"""jieba's word frequencies (and part-of-speech tags), loaded once per process, in ~3 MB.

``word_freq()`` used to return ``jieba.dt.FREQ`` (a dict of ~500k entries, 30-60 MB, plus
jieba's HMM tables that came with ``import jieba``). It now returns a ``WordFreq`` backed by a
marisa trie (see ``core.text.wordstore``) that answers the same questions the same way, so that
jieba's own ``Tokenizer`` could still use it as its ``FREQ``; ``core.text.segment`` segments
with it without importing jieba at all.
"""
from __future__ import annotations

import os
from array import array
from functools import lru_cache

import marisa_trie
import platformdirs

from core.text import wordstore


class WordFreq:
    """jieba's ``FREQ`` without the dict: ``frag in wf`` is True for every word and every
    prefix of one, ``wf[frag]`` / ``wf.get(frag)`` is a word's frequency, 0 for a mere prefix,
    KeyError / the default for anything else; ``total`` is jieba's total."""

    __slots__ = ("trie", "freqs", "tags", "tag_names", "total", "max_len")

    def __init__(self, table: wordstore.WordTable) -> None:
        self.trie: marisa_trie.Trie = table.trie
        self.freqs: array = table.freq  # by the trie's key id
        self.tags: array = table.tag  # by key id, an index into tag_names
        self.tag_names = table.tag_names
        self.total = table.total
        self.max_len = table.max_len

    def word_id(self, word: str) -> int | None:
        """The trie key id of a word (the index into freqs and tags), None for a non-word."""
        try:
            return self.trie.get(word)
        except UnicodeEncodeError:  # a lone surrogate: no word of the dictionary has one
            return None

    def __contains__(self, frag: object) -> bool:
        if not isinstance(frag, str) or not frag:
            return False
        try:
            return next(iter(self.trie.iterkeys(frag)), None) is not None
        except UnicodeEncodeError:
            return False

    def __getitem__(self, frag: str) -> int:
        i = self.word_id(frag)
        if i is not None:
            return self.freqs[i]
        if frag in self:
            return 0
        raise KeyError(frag)

    def frequency(self, word: str) -> int:
        """How often ``word`` occurs in jieba's dictionary, 0 for a non-word (one trie lookup)."""
        i = self.word_id(word)
        return 0 if i is None else self.freqs[i]

    def get(self, frag: str, default: int | None = None) -> int | None:
        try:
            return self[frag]
        except KeyError:
            return default

    def __len__(self) -> int:
        """The number of words (jieba's dict also counted the prefixes)."""
        return len(self.trie)

    def tag(self, word: str) -> str | None:
        """The part-of-speech tag of ``word`` in dict.txt (None for an unknown word)."""
        i = self.word_id(word)
        return None if i is None else self.tag_names[self.tags[i]]


def cache_dir() -> str | None:
    """The user's own cache folder (``POLICYLENS_CACHE_DIR`` overrides it), not a /tmp file
    shared by all users; None where the platform has none."""
    try:
        return os.environ.get("POLICYLENS_CACHE_DIR") or platformdirs.user_cache_dir("PolicyLens", "PolicyLens")
    except Exception:  # noqa: BLE001 - no home folder: build the table in memory instead
        return None


# jieba's own parsed dictionary (9 MB), which PolicyLens had jieba keep in the same folder
_OLD_JIEBA_CACHE = "jieba.cache"


@lru_cache(maxsize=1)
def word_freq() -> WordFreq:
    """The dictionary of the installed jieba, from the cache (~20 ms) or built (~1.5 s, once)."""
    folder = cache_dir()
    words = WordFreq(wordstore.load(wordstore.dict_path(), folder))
    if folder:  # nothing reads jieba's cache any more
        try:
            os.remove(os.path.join(folder, _OLD_JIEBA_CACHE))
        except OSError:
            pass
    return words
