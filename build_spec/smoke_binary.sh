#!/usr/bin/env bash
# Build the one-folder bundle and check the built program: --version, extract, --smoke.
set -euo pipefail
cd "$(dirname "$0")/.."
uv run python build_spec/build.py
BIN=dist/policylens/policylens
"$BIN" --version
out=$(mktemp --suffix=.jsonl)
"$BIN" extract seeds/000_71b51f1b47ebca09.txt -o "$out"
grep -q '"value": 8.8' "$out" || { echo "binary smoke: extract output lacks the 8.8% growth"; exit 1; }
echo "binary smoke: extract gave $(wc -l < "$out") indicators"
# the bundle's core is compiled (build_spec/compile_core.py) when a C compiler was at hand: its records
# on every sample are the Python sources' records, byte for byte
ls dist/policylens/_internal/core/extraction/grammar.* 2>/dev/null | sed 's/^/binary smoke: bundled /'
"$BIN" extract seeds/*.txt -o "$out"
ref=$(mktemp --suffix=.jsonl)
POLICYLENS_PURE_PYTHON=1 uv run policylens extract seeds/*.txt -o "$ref"
cmp "$out" "$ref" || { echo "binary smoke: the bundle's records differ from the Python sources' records"; exit 1; }
echo "binary smoke: $(wc -l < "$out") records on the samples, identical to the Python sources'"
"$BIN" convert --config s2tw seeds/000_71b51f1b47ebca09.txt | head -c 60; echo
QT_QPA_PLATFORM=offscreen "$BIN" --smoke
echo "binary smoke: OK"
