"""Shared OpenCC converters, built once per process."""
from __future__ import annotations

from functools import lru_cache

import opencc


@lru_cache(maxsize=None)
def converter(config: str) -> opencc.OpenCC:
    return opencc.OpenCC(config)


def to_simplified(text: str) -> str:
    return converter("t2s").convert(text)
