import os
import sys
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
sys.path.insert(0, str(ROOT))


@pytest.fixture(scope="session")
def seeds() -> list[Path]:
    return SEEDS


def seed(prefix: str) -> Path:
    return next(p for p in SEEDS if p.name.startswith(prefix))
