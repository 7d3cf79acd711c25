"""Write the Qt Linguist sources (.ts) for every interface string and compile them (.qm).

    uv run python build_spec/make_translations.py [--check]

Strings are collected from the ``tr("…")`` calls in gui/*.py (each module's ``tr`` names its
translation context). Simplified Chinese comes from resources/translations/zh_CN.py;
Traditional Chinese is that table converted with OpenCC s2twp plus reviewed overrides.
``--check`` exits 1 when a string has no translation.
"""
from __future__ import annotations

import re
import runpy
import shutil
import subprocess
import sys
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "translations"
sys.path.insert(0, str(ROOT))


def collect() -> dict[str, list[str]]:
    """context -> source strings, from gui/*.py."""
    found: dict[str, list[str]] = {}
    for path in sorted((ROOT / "gui").glob("*.py")):
        src = path.read_text(encoding="utf-8")
        ctx = re.search(r'QCoreApplication\.translate\("(\w+)", text\)', src)
        if not ctx:
            continue
        for m in re.finditer(r'\btr\("((?:[^"\\]|\\.)*)"\)', src):
            text = m.group(1).encode("utf-8").decode("unicode_escape").encode("latin-1").decode("utf-8")
            found.setdefault(ctx.group(1), [])
            if text not in found[ctx.group(1)]:
                found[ctx.group(1)].append(text)
    return found


def ts(lang: str, contexts: dict[str, list[str]], table: dict[str, str]) -> str:
    out = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>", f'<TS version="2.1" language="{lang}">']
    for ctx, strings in sorted(contexts.items()):
        out.append(f"<context>\n    <name>{ctx}</name>")
        for s in strings:
            t = table.get(s)
            tr = f"<translation>{escape(t)}</translation>" if t else '<translation type="unfinished"></translation>'
            out.append(f"    <message>\n        <source>{escape(s)}</source>\n        {tr}\n    </message>")
        out.append("</context>")
    out.append("</TS>")
    return "\n".join(out) + "\n"


def main() -> int:
    from core.text.script import converter

    tables = runpy.run_path(str(OUT / "zh_CN.py"))
    zh_cn: dict[str, str] = tables["ZH_CN"]
    s2twp = converter("s2twp")
    zh_tw = {k: s2twp.convert(v) for k, v in zh_cn.items()}
    zh_tw.update(tables["TW_OVERRIDES"])
    contexts = collect()
    missing = sorted({s for strings in contexts.values() for s in strings if s not in zh_cn})
    if missing:
        print("untranslated strings:\n  " + "\n  ".join(missing))
        if "--check" in sys.argv:
            return 1
    lrelease = shutil.which("pyside6-lrelease") or str(Path(sys.executable).parent / "pyside6-lrelease")
    for lang, table in (("zh_CN", zh_cn), ("zh_TW", zh_tw)):
        src = OUT / f"policylens_{lang}.ts"
        src.write_text(ts(lang, contexts, table), encoding="utf-8")
        subprocess.run([lrelease, "-silent", str(src), "-qm", str(OUT / f"policylens_{lang}.qm")], check=True)
    print(f"{sum(len(v) for v in contexts.values())} strings in {len(contexts)} contexts; .ts and .qm written")
    return 0


if __name__ == "__main__":
    sys.exit(main())
