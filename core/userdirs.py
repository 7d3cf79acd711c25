"""Per-user directories (platformdirs), overridable for tests and portable installs."""
from __future__ import annotations

import os
from functools import lru_cache

from platformdirs import user_config_dir, user_data_dir

APP = "PolicyLens"


def config_dir() -> str:
    return os.environ.get("POLICYLENS_CONFIG_DIR") or user_config_dir(APP, appauthor=False)


def data_dir() -> str:
    return os.environ.get("POLICYLENS_DATA_DIR") or _platform_data_dir()


@lru_cache(maxsize=1)
def _platform_data_dir() -> str:
    return user_data_dir(APP, appauthor=False)  # (asked once per extracted article: keep it cheap)
