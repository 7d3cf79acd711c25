"""jieba's word-frequency dictionary, loaded once (it takes most of a second)."""
from __future__ import annotations

import logging
from functools import lru_cache


@lru_cache(maxsize=1)
def word_freq() -> dict[str, int]:
    import jieba

    jieba.setLogLevel(logging.ERROR)
    jieba.initialize()
    return jieba.dt.FREQ
