"""Turn OpenCC's binary dictionaries into the small data files PolicyLens reads for ambiguity
marks (run at build time, never at start-up; the outputs are committed under core/data/).

    uv run python build_spec/make_conversion_data.py

Writes, for each direction (st = Simplified->Traditional, ts = Traditional->Simplified):
  core/data/{st,ts}_ambiguous.tsv   characters with several candidates, tab, the candidates,
                                    tab, how many OpenCC phrases choose each candidate
  core/data/{st,ts}_phrases.txt.gz  every phrase key (a phrase decides its characters)
"""
from __future__ import annotations

import gzip
import os
import subprocess
import tempfile
from pathlib import Path

import opencc

CLIB = Path(os.path.dirname(opencc.__file__)) / "clib"
OUT = Path(__file__).resolve().parent.parent / "core" / "data"
SOURCES = {
    "st": ("STCharacters.ocd2", ["STPhrases.ocd2", "STPhrases_GeneratedFromRegionalPhrases.ocd2"]),
    "ts": ("TSCharacters.ocd2", ["TSPhrases.ocd2"]),
}


def dump(name: str) -> list[tuple[str, list[str]]]:
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "dict.txt"
        subprocess.run(
            [str(CLIB / "bin" / "opencc_dict"), "-i", str(CLIB / "share" / "opencc" / name), "-o", str(out), "-f", "ocd2", "-t", "text"],
            check=True,
        )
        rows = []
        for line in out.read_text(encoding="utf-8").splitlines():
            key, _, values = line.partition("\t")
            rows.append((key, values.split(" ")))
        return rows


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for direction, (chars, phrase_files) in SOURCES.items():
        multi = dict((k, v) for k, v in dump(chars) if len(v) > 1)
        phrases = [(k, v) for f in phrase_files for k, v in dump(f)]
        uses = {k: dict.fromkeys(v, 0) for k, v in multi.items()}
        for key, values in phrases:
            value = values[0]
            if len(value) != len(key):
                continue
            for a, b in zip(key, value):
                if a in uses and b in uses[a]:
                    uses[a][b] += 1
        (OUT / f"{direction}_ambiguous.tsv").write_text(
            "".join(
                f"{k}\t{' '.join(v)}\t{' '.join(str(uses[k][c]) for c in v)}\n" for k, v in sorted(multi.items())
            ),
            encoding="utf-8",
        )
        keys = sorted({k for k, _ in phrases})
        with gzip.open(OUT / f"{direction}_phrases.txt.gz", "wt", encoding="utf-8") as fh:
            fh.write("\n".join(keys) + "\n")
        print(f"{direction}: {len(multi)} ambiguous characters, {len(keys)} phrases")


if __name__ == "__main__":
    main()
