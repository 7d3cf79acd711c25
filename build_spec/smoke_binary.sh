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
"$BIN" convert --config s2tw seeds/000_71b51f1b47ebca09.txt | head -c 60; echo
QT_QPA_PLATFORM=offscreen "$BIN" --smoke
echo "binary smoke: OK"
