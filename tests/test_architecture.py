import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_import_linter_contract_holds():
    exe = shutil.which("lint-imports") or str(Path(sys.executable).parent / "lint-imports")
    run = subprocess.run([exe], cwd=ROOT, capture_output=True, text=True)
    assert run.returncode == 0, run.stdout + run.stderr
    kept = " ".join(run.stdout.split())  # contract names may wrap
    assert "core never imports Qt KEPT" in kept
    assert "core is layered: cli over the stages, the stages over ingest, ingest over the records KEPT" in kept
    assert "gui is layered: the window over its panes and models KEPT" in kept


def test_no_import_cycles():
    import grimp

    graph = grimp.build_graph("core", "gui")
    modules = sorted(graph.modules)
    edges = {m: graph.find_modules_directly_imported_by(m) for m in modules}
    # Tarjan's strongly connected components: any component of two or more modules is a cycle
    index, low, stack, on, cycles, counter = {}, {}, [], set(), [], [0]

    def visit(v):
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on.add(v)
        for w in edges[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                cycles.append(sorted(comp))

    sys.setrecursionlimit(10000)
    for m in modules:
        if m not in index:
            visit(m)
    assert not cycles, cycles


def test_no_module_over_500_lines():
    long = [(str(p.relative_to(ROOT)), n) for pkg in ("core", "gui") for p in (ROOT / pkg).rglob("*.py")
            if (n := len(p.read_text(encoding="utf-8").splitlines())) > 500]
    assert not long, long


def test_policylens_word_that_is_no_subcommand_lists_them(tmp_path):
    code = "import sys; from gui.launcher import main; sys.exit(main(['extact', 'x.txt']))"
    run = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True,
                         env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert run.returncode == 2
    assert "'extact'" in run.stderr and "clean, extract, convert, search, annotations" in run.stderr
    assert "Traceback" not in run.stderr


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


def test_public_surface_from_core():
    code = (
        "import core\n"
        "from core import load, extract, extract_text, LoadError, Document, Indicator, Metadata\n"
        "doc = load('seeds/000_71b51f1b47ebca09.txt')\n"
        "assert isinstance(doc, Document) and callable(extract)\n"
        "assert extract(doc) and all(isinstance(i, Indicator) for i in extract(doc))\n"
        "assert core.extract is extract\n"
    )
    run = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
