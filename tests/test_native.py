"""Compiled modules are used only while their sources are the ones they were compiled from."""
import importlib
import sys

import pytest

from core import native


@pytest.fixture
def project(tmp_path, monkeypatch):
    """A package whose module ``mod`` is shadowed by something Python finds first (as it finds a
    compiled extension before the ``.py`` beside it): here a package directory of the same name."""
    pkg = tmp_path / "pkgx"
    (pkg / "mod").mkdir(parents=True)
    (pkg / "__init__.py").write_text("")
    (pkg / "mod" / "__init__.py").write_text("WHICH = 'compiled'\n")
    (pkg / "mod.py").write_text("WHICH = 'source'\n")
    (tmp_path / "core").mkdir()
    (tmp_path / native.MANIFEST).write_text(f"pkgx/mod.py {native.digest(pkg / 'mod.py')}\n")
    monkeypatch.delenv(native.PURE, raising=False)
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.setattr(sys, "meta_path", list(sys.meta_path))
    yield tmp_path
    for name in ("pkgx.mod", "pkgx"):
        sys.modules.pop(name, None)


def test_matching_sources_keep_the_compiled_modules(project):
    assert native.check(project) == []
    assert importlib.import_module("pkgx.mod").WHICH == "compiled"


def test_an_edited_source_sends_the_modules_back_to_their_sources(project, caplog):
    (project / "pkgx" / "mod.py").write_text("WHICH = 'source'  # edited\n")
    assert native.check(project) == ["pkgx/mod.py"]
    assert importlib.import_module("pkgx.mod").WHICH == "source"
    assert "compile_core.py" in caplog.text


def test_the_sources_can_be_asked_for(project, monkeypatch):
    monkeypatch.setenv(native.PURE, "1")
    assert native.check(project) == []
    assert importlib.import_module("pkgx.mod").WHICH == "source"


def test_nothing_compiled_changes_nothing(tmp_path, monkeypatch):
    monkeypatch.setenv(native.PURE, "1")
    before = list(sys.meta_path)
    assert native.check(tmp_path) == []
    assert sys.meta_path == before
