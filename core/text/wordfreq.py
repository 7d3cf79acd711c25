"""jieba's word-frequency dictionary, loaded once (it takes most of a second)."""
from __future__ import annotations

import logging
import os
from functools import lru_cache

import platformdirs


@lru_cache(maxsize=1)
def word_freq() -> dict[str, int]:
    import jieba

    jieba.setLogLevel(logging.ERROR)
    try:  # jieba caches its parsed dictionary; in the user's own cache folder, not a /tmp file shared by all users
        cache = platformdirs.user_cache_dir("PolicyLens", "PolicyLens")
        os.makedirs(cache, exist_ok=True)
        jieba.dt.tmp_dir = cache
    except OSError:
        pass
    jieba.initialize()
    return jieba.dt.FREQ
