"""Many files through one per-file function: in order, in N processes or one, with a progress bar.

``fn(path)`` never raises: it returns ``(path, result, None)`` or ``(path, None, message)``, so one
bad file is reported and the batch goes on (``extract``, ``dataset``).
"""
from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from typing import TypeVar

from core.ingest.corpus import iter_paths
from core.ingest.loader import LoadError

T = TypeVar("T")
Result = tuple[str, T | None, str | None]


def map_files(fn: Callable[[str], Result], paths: list[str], workers: int, progress: bool, desc: str) -> Iterator[Result]:
    items = list(iter_paths(paths))
    files = [p for p in items if isinstance(p, str)]
    for bad in items:
        if isinstance(bad, LoadError):
            yield bad.path, None, str(bad)
    bar = None
    if progress and len(files) > 1:
        from tqdm import tqdm

        bar = tqdm(total=len(files), unit="file", file=sys.stderr, desc=desc)
    try:
        if workers > 1 and len(files) > 1:
            with ProcessPoolExecutor(max_workers=workers) as pool:
                # map keeps input order, so output order is stable whatever the workers do
                for result in pool.map(fn, files, chunksize=max(1, min(64, len(files) // (workers * 8) or 1))):
                    if bar:
                        bar.update()
                    yield result
        else:
            for path in files:
                result = fn(path)
                if bar:
                    bar.update()
                yield result
    finally:
        if bar:
            bar.close()
