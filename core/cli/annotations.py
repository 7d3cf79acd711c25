"""``policylens annotations export|import``."""
from __future__ import annotations

import argparse
import os
import sys

from core.annotate.store import (
    AnnotationStore,
    Placement,
    StoreError,
    content_hash,
    from_json,
    place_all,
    to_csv,
    to_json,
    to_markdown,
)
from core.cli import err as _err
from core.ingest.corpus import iter_documents
from core.ingest.loader import LoadError
from core.userdirs import data_dir


def default_store_path() -> str:
    return os.path.join(data_dir(), "annotations.sqlite3")


def cmd_export(args: argparse.Namespace) -> int:
    store = AnnotationStore(args.store or default_store_path())
    if store.recovered:
        _err(store.recovered)
    failed: list[LoadError] = []
    placements: list[Placement] = []
    titles: dict[str, str] = {}
    try:
        if not args.paths:  # the whole library, as stored
            placements = [Placement(a, a.start, a.end, "stored") for a in store.all()]
        for doc in iter_documents(args.paths, lambda exc: (_err(str(exc)), failed.append(exc))):
            found = store.for_document(doc.path, content_hash(doc.text))
            placements += place_all(doc.text, found)
            titles[os.path.abspath(doc.path)] = doc.metadata.title or doc.name
        if args.format == "json":
            text = to_json([p.annotation for p in placements])
        elif args.format == "csv":
            text = to_csv(placements)
        else:
            text = to_markdown(placements, titles)
        if args.output:
            with open(args.output, "w", encoding="utf-8-sig" if args.format == "csv" else "utf-8", newline="") as fh:
                fh.write(text)
        else:
            sys.stdout.write(text)
    finally:
        store.close()
    return 1 if failed else 0


def cmd_import(args: argparse.Namespace) -> int:
    store = AnnotationStore(args.store or default_store_path())
    try:
        with open(args.file, encoding="utf-8-sig") as fh:
            incoming = from_json(fh.read(), args.file)
        changed = store.merge(incoming).result()
        print(f"{changed} of {len(incoming)} annotations added or updated (newest change wins)")
        return 0
    except (OSError, StoreError) as exc:
        _err(str(exc) if isinstance(exc, StoreError) else f"{args.file}: {exc.strerror or exc}")
        return 1
    finally:
        store.close()


def add_parser(sub) -> None:
    p = sub.add_parser("annotations", help="export or import highlights and notes")
    asub = p.add_subparsers(dest="action", required=True)
    e = asub.add_parser("export", help="export annotations as Markdown, CSV or JSON")
    e.add_argument("paths", nargs="*", metavar="PATH", help="articles or folders (default: the whole library)")
    e.add_argument("--format", choices=("md", "csv", "json"), default="md")
    e.add_argument("-o", "--output", metavar="FILE")
    e.add_argument("--store", metavar="FILE", help="annotation database (default: in the user data directory)")
    e.set_defaults(func=cmd_export)
    i = asub.add_parser("import", help="merge a JSON export from another machine (newest change wins)")
    i.add_argument("file")
    i.add_argument("--store", metavar="FILE")
    i.set_defaults(func=cmd_import)
