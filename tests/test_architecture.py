import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_import_linter_contract_holds():
    exe = shutil.which("lint-imports") or str(Path(sys.executable).parent / "lint-imports")
    run = subprocess.run([exe], cwd=ROOT, capture_output=True, text=True)
    assert run.returncode == 0, run.stdout + run.stderr
    assert "core never imports Qt KEPT" in run.stdout


def test_core_modules_import_without_qt():
    code = (
        "import importlib, pkgutil, sys, core\n"
        "for m in pkgutil.walk_packages(core.__path__, 'core.'): importlib.import_module(m.name)\n"
        "bad = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6')]\n"
        "assert not bad, bad\n"
    )
    run = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert run.returncode == 0, run.stderr


def test_seeds_are_byte_identical_to_shared():
    shared = ROOT.parent / "shared" / "seeds"
    if not shared.is_dir():
        import pytest

        pytest.skip("shared/ not beside the checkout")
    for f in shared.glob("*.txt"):
        assert (ROOT / "seeds" / f.name).read_bytes() == f.read_bytes(), f.name
