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


@pytest.fixture
def app_env(tmp_path, monkeypatch):
    """A clean settings/data directory for each GUI test (no shared settings singleton)."""
    monkeypatch.setenv("POLICYLENS_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("POLICYLENS_DATA_DIR", str(tmp_path / "data"))
    return tmp_path


@pytest.fixture
def no_leaked_windows(qapp):
    """Fail a test that leaves top-level windows open (napari does the same)."""
    before = {id(w) for w in qapp.topLevelWidgets() if w.isVisible()}
    yield
    qapp.processEvents()
    leaked = [w for w in qapp.topLevelWidgets() if w.isVisible() and id(w) not in before]
    for w in leaked:
        w.close()
    assert not leaked, f"test left windows open: {[type(w).__name__ for w in leaked]}"


@pytest.fixture
def window(qtbot, app_env, no_leaked_windows):
    from PySide6.QtWidgets import QApplication

    from gui import i18n
    from gui.main_window import MainWindow
    from gui.settings import Settings

    settings = Settings()
    i18n.install(QApplication.instance(), settings.language)
    w = MainWindow(settings)
    qtbot.addWidget(w)
    w.show()
    yield w
    w.cancel_loading()
    from PySide6.QtCore import QThreadPool
    from PySide6.QtGui import QGuiApplication

    QThreadPool.globalInstance().waitForDone(10000)
    w.close()
    QGuiApplication.clipboard().clear()  # mime data left on the clipboard crashes Qt at exit
