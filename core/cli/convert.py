"""``policylens convert``: articles in another script, with any OpenCC config and phrase tables."""
from __future__ import annotations

import argparse
import os
import sys

from core.cli import err as _err
from core.convert.conversion import (
    ConversionError,
    PhraseTable,
    ScriptConverter,
    available_configs,
    config_name,
    default_phrases,
)
from core.ingest.corpus import iter_documents
from core.ingest.loader import LoadError


def _phrases(args: argparse.Namespace) -> PhraseTable:
    table = PhraseTable() if args.no_default_phrases else default_phrases()
    for path in args.phrases or []:
        for scope, source, target in PhraseTable.load(path).rows():
            table.add(scope, source, target)
    return table


def cmd_convert(args: argparse.Namespace) -> int:
    if args.list:
        for c in available_configs():
            print(f"{c}\t{config_name(c, 'zh_CN')}\t{config_name(c, 'en')}")
        return 0
    if not args.paths:
        _err("convert needs at least one PATH (or --list)")
        return 2
    try:
        conv = ScriptConverter(args.config, _phrases(args))
    except ConversionError as exc:
        _err(str(exc))
        return 2
    if args.output:
        os.makedirs(args.output, exist_ok=True)
    failed: list[LoadError] = []
    for doc in iter_documents(args.paths, lambda exc: (_err(str(exc)), failed.append(exc))):
        result = conv.convert(doc.text)
        if args.ambiguities:
            for a in conv.ambiguities(doc.text, result):
                line = doc.text.count("\n", 0, a.start) + 1
                print(f"{doc.path}:{line}: {a.source} -> {a.chosen} (candidates: {' '.join(a.candidates)})", file=sys.stderr)
        if args.output:
            out = os.path.join(args.output, os.path.splitext(doc.name)[0] + f".{args.config}.txt")
            with open(out, "w", encoding="utf-8") as fh:
                fh.write(result.text + "\n")
        else:
            sys.stdout.write(result.text + "\n")
    return 1 if failed else 0


def add_parser(sub) -> None:
    p = sub.add_parser("convert", help="convert articles between Simplified and Traditional (OpenCC)")
    p.add_argument("paths", nargs="*", metavar="PATH")
    p.add_argument("--config", default="s2tw", help="an OpenCC config (see --list); default s2tw")
    p.add_argument("--list", action="store_true", help="list the conversion configs")
    p.add_argument("--phrases", action="append", metavar="TSV", help="user phrase table: direction<TAB>source<TAB>target")
    p.add_argument("--no-default-phrases", action="store_true", help="do not use PolicyLens' shipped phrase fixes")
    p.add_argument("--ambiguities", action="store_true", help="report characters OpenCC had to guess, on stderr")
    p.add_argument("-o", "--output", metavar="DIR", help="write one converted file per input into DIR")
    p.set_defaults(func=cmd_convert)
