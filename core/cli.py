"""``policylens``: the window by default, and headless subcommands over the same core."""
from __future__ import annotations

import argparse
import json
import os
import sys

from core import __version__
from core.corpus import iter_documents
from core.loader import LoadError
from core.model import Document


def _err(msg: str) -> None:
    print(f"policylens: {msg}", file=sys.stderr)


def document_json(doc: Document) -> dict:
    m = doc.metadata
    return {
        "path": doc.path,
        "encoding": doc.encoding,
        "kind": doc.kind,
        "title": m.title,
        "date": m.date.isoformat() if m.date else None,
        "source": m.source,
        "region": m.region,
        "repair": {
            "annotations_stripped": doc.report.annotations_stripped,
            "exact": [
                {"start": r.start, "end": r.end, "damaged": r.damaged, "repaired": r.repaired}
                for r in doc.report.exact
            ],
            "guesses": [
                {"start": r.start, "end": r.end, "damaged": r.damaged, "repaired": r.repaired, "how": r.how}
                for r in doc.report.guesses
            ],
        },
        "captions": [[c.start, c.end] for c in doc.captions],
        "text": doc.text,
    }


def cmd_clean(args: argparse.Namespace) -> int:
    failed: list[LoadError] = []
    if args.output:
        os.makedirs(args.output, exist_ok=True)
    for doc in iter_documents(args.paths, lambda exc: (_err(str(exc)), failed.append(exc))):
        if args.format == "json":
            out = json.dumps(document_json(doc), ensure_ascii=False) + "\n"
        else:
            out = doc.text + "\n"
        if args.output:
            base = os.path.splitext(doc.name)[0]
            ext = ".json" if args.format == "json" else ".txt"
            with open(os.path.join(args.output, base + ext), "w", encoding="utf-8") as fh:
                fh.write(out)
        else:
            sys.stdout.write(out)
    return 1 if failed else 0


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="policylens", description="Read Chinese policy articles: clean, extract, convert.")
    p.add_argument("--version", action="version", version=f"policylens {__version__}")
    sub = p.add_subparsers(dest="command")

    c = sub.add_parser("clean", help="print each article's cleaned, repaired text")
    c.add_argument("paths", nargs="+", metavar="PATH", help="article files or folders (searched recursively)")
    c.add_argument("--format", choices=("text", "json"), default="text")
    c.add_argument("-o", "--output", metavar="DIR", help="write one file per input into DIR")
    c.set_defaults(func=cmd_clean)

    from core import annotations_cli, convert_cli
    from core.extract_cli import add_extract_parser

    add_extract_parser(sub)
    convert_cli.add_parsers(sub)
    annotations_cli.add_parser(sub)
    return p


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if not getattr(args, "func", None):
        build_parser().print_help()
        return 0
    try:
        return args.func(args)
    except KeyboardInterrupt:
        _err("interrupted")
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
