"""Per-user directories (platformdirs), overridable for tests and portable installs."""
from __future__ import annotations

import os

from platformdirs import user_config_dir, user_data_dir

APP = "PolicyLens"


def config_dir() -> str:
    return os.environ.get("POLICYLENS_CONFIG_DIR") or user_config_dir(APP, appauthor=False)


def data_dir() -> str:
    return os.environ.get("POLICYLENS_DATA_DIR") or user_data_dir(APP, appauthor=False)
