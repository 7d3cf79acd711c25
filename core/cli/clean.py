"""``policylens clean``: each article's cleaned, repaired text (or its metadata and repair report as JSON)."""
from __future__ import annotations

import argparse
import json
import os
import sys

from core.cli import err as _err
from core.ingest.corpus import iter_documents
from core.ingest.loader import LoadError
from core.model import Document


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
        "date_line": m.date_line,
        "region_line": m.region_line,
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


def add_parser(sub) -> None:
    c = sub.add_parser("clean", help="print each article's cleaned, repaired text")
    c.add_argument("paths", nargs="+", metavar="PATH", help="article files or folders (searched recursively)")
    c.add_argument("--format", choices=("text", "json"), default="text")
    c.add_argument("-o", "--output", metavar="DIR", help="write one file per input into DIR")
    c.set_defaults(func=cmd_clean)
