"""Optional OCR for scanned PDF pages (RapidOCR on ONNX Runtime, models inside its wheel).

Installed with the ``ocr`` extra; without it :func:`available` is False and PDFs say so.
"""
from __future__ import annotations

import threading
from collections import OrderedDict
from functools import lru_cache

from core.text.radicals import fold_radicals

INSTALL = "uv sync --extra ocr (or: pip install 'policylens[ocr]')"
_LOCK = threading.Lock()


@lru_cache(maxsize=1)
def available() -> bool:
    try:
        import rapidocr_onnxruntime  # noqa: F401
    except Exception:  # not installed, or its native parts do not load here
        return False
    return True


@lru_cache(maxsize=1)
def _engine():
    from rapidocr_onnxruntime import RapidOCR

    return RapidOCR()


_CACHE: OrderedDict[tuple, list[str]] = OrderedDict()
_CACHE_PAGES = 512


def read_page(page, scale: float = 2.0, key: tuple | None = None) -> list[str]:
    """The lines of text on a rendered PDF page, top to bottom (remembered by ``key``)."""
    if key is not None and key in _CACHE:
        _CACHE.move_to_end(key)
        return list(_CACHE[key])
    lines = _read(page, scale)
    if key is not None:
        _CACHE[key] = lines
        while len(_CACHE) > _CACHE_PAGES:
            _CACHE.popitem(last=False)
    return list(lines)


def _read(page, scale: float) -> list[str]:
    bitmap = page.render(scale=scale)
    image = bitmap.to_numpy()
    if image.ndim == 3 and image.shape[2] == 4:
        image = image[:, :, :3]
    with _LOCK:  # one engine, used by one thread at a time
        result, _ = _engine()(image)
    return lines_of(result or [])


def lines_of(result: list) -> list[str]:
    """OCR boxes ``[corners, text, score]`` grouped into lines by their vertical position."""
    boxes = []
    for corners, text, _score in result:
        ys = [p[1] for p in corners]
        xs = [p[0] for p in corners]
        boxes.append((min(ys), max(ys), min(xs), text))
    boxes.sort()
    lines: list[list[tuple[float, str]]] = []
    bottom = None
    for top, low, left, text in boxes:
        if lines and bottom is not None and top < bottom - 0.5 * (low - top):
            lines[-1].append((left, text))
            bottom = max(bottom, low)
        else:
            lines.append([(left, text)])
            bottom = low
    return [fold_radicals("".join(t for _, t in sorted(line))) for line in lines]
