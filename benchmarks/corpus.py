"""Build a corpus of N articles from the sample seeds, in varied encodings and forms.

Each article is a seed with its figures re-rolled (so caches see new text), written as UTF-8,
UTF-8 with BOM, GB18030, UTF-16, Big5 (Traditional, converted with OpenCC) or a saved web page.

    uv run python benchmarks/corpus.py [N] [DIR]
"""
from __future__ import annotations

import html
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from core.text.script import converter  # noqa: E402

FORMS = ["utf-8", "utf-8-sig", "gb18030", "utf-16", "big5", "html"]


def build(n: int, out: Path) -> Path:
    out.mkdir(parents=True, exist_ok=True)
    marker = out / f".built-{n}"
    if marker.exists():
        return out
    seeds = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    rng = random.Random(7)
    s2t = converter("s2t")
    for i in range(n):
        text = re.sub(r"\d", lambda m: str(rng.randint(1, 9)), seeds[i % len(seeds)])
        form = FORMS[i % len(FORMS)]
        name = out / f"{i:05d}.{'html' if form == 'html' else 'txt'}"
        if form == "html":
            paras = "".join(f"<p>{html.escape(p)}</p>\n" for p in text.split("\n") if p.strip())
            doc = (
                '<!DOCTYPE html><html><head><meta charset="gb18030"><title>article</title></head><body>'
                f"<nav><a href='/'>首页</a> | <a href='/news'>新闻</a></nav><article>{paras}</article>"
                "<footer>版权所有 联系我们</footer></body></html>"
            )
            data = doc.encode("gb18030", errors="replace")
        elif form == "big5":
            data = s2t.convert(text).encode("big5hkscs", errors="replace")
        else:
            data = text.encode(form, errors="replace")
        name.write_bytes(data)
    marker.touch()
    return out


if __name__ == "__main__":
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 10000
    out = Path(sys.argv[2]) if len(sys.argv) > 2 else ROOT / "benchmarks" / ".corpus" / str(n)
    print(build(n, out))
