"""jieba's dictionary segmentation (``jieba.lcut(s, HMM=False)``), on the compact word table.

``import jieba`` alone loads its HMM emission tables (8 MB from bytecode, ~60 MB when Python
has to compile them) that ``HMM=False`` never uses, and ``jieba.initialize()`` builds its
30-60 MB prefix dict. This module is jieba 0.42.1's ``Tokenizer.cut`` with ``cut_all=False,
HMM=False`` (``get_DAG``, ``calc`` and ``__cut_DAG_NO_HMM``; jieba is MIT-licensed), reading
``core.text.wordfreq.WordFreq`` instead: the same regular expressions, the same arithmetic in
the same order (so the same floating-point ties), hence the same words; a test compares the two
on the sample articles and on random text.
"""
from __future__ import annotations

import re
from math import log

from core.text.wordfreq import WordFreq

# jieba's re_han_default, re_skip_default and re_eng
_HAN = re.compile("([\u4e00-\u9fd5a-zA-Z0-9+#&\\._%\\-]+)")
_SKIP = re.compile("(\r\n|\\s)")
_ENG = re.compile("[a-zA-Z0-9]")


def cut(sentence: str, words: WordFreq) -> list[str]:
    """The words of ``sentence``: runs of CJK/Latin/digits by the dictionary, line breaks and
    spaces as they are, every other character alone."""
    out: list[str] = []
    for blk in _HAN.split(sentence):
        if not blk:
            continue
        if _HAN.match(blk):
            out += _cut_block(blk, words)
        else:
            for x in _SKIP.split(blk):
                if _SKIP.match(x):
                    out.append(x)
                else:
                    out += x  # one character at a time
    return out


def _route(block: str, words: WordFreq) -> list[int]:
    """For each start, where the most probable path's next word ends (jieba's ``calc`` over its
    ``get_DAG``: each step a word of the dictionary with frequency > 0, else one character)."""
    n = len(block)
    trie_prefixes, freqs, max_len = words.trie.iter_prefixes_with_ids, words.freqs, words.max_len
    logtotal = log(words.total)
    score = [0.0] * (n + 1)
    end = [0] * (n + 1)
    for idx in range(n - 1, -1, -1):
        best: tuple[float, int] | None = None
        for w, i in trie_prefixes(block[idx : idx + max_len]):
            f = freqs[i]
            if f:
                x = idx + len(w) - 1
                cand = (log(f) - logtotal + score[x + 1], x)
                if best is None or cand > best:
                    best = cand
        if best is None:  # no word starts here: the character alone, frequency "or 1"
            best = (log(1) - logtotal + score[idx + 1], idx)
        score[idx], end[idx] = best
    return end


def _cut_block(block: str, words: WordFreq) -> list[str]:
    """jieba's ``__cut_DAG_NO_HMM``: single Latin letters and digits in a row are glued back."""
    end = _route(block, words)
    out: list[str] = []
    buf = ""
    x, n = 0, len(block)
    while x < n:
        y = end[x] + 1
        word = block[x:y]
        if len(word) == 1 and _ENG.match(word):
            buf += word
        else:
            if buf:
                out.append(buf)
                buf = ""
            out.append(word)
        x = y
    if buf:
        out.append(buf)
    return out
