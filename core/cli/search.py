"""``policylens search``: a query across scripts and widths over files and folders (FTS5 index)."""
from __future__ import annotations

import argparse
import os

from core.cli import err as _err
from core.ingest.corpus import iter_paths
from core.ingest.loader import LoadError, load
from core.search.index import SearchIndex


def cmd_search(args: argparse.Namespace) -> int:
    index = SearchIndex(args.index)
    if index.rebuilt:
        _err(f"{index.path}: the search index was damaged or locked; it was set aside and rebuilt")
    failed = 0
    wanted: list[str] = []
    fresh: list[tuple[str, str]] = []
    for item in iter_paths(args.paths):
        try:
            if isinstance(item, LoadError):
                raise item
            wanted.append(item)
            if index.needs_update(item):
                fresh.append((item, load(item).text))
        except LoadError as exc:  # an index keeps only what loads; others are reported
            _err(str(exc))
            failed += 1
    index.add_many(fresh)
    hits = index.search(args.query, within=wanted)
    for h in hits:
        rel = os.path.relpath(h.path) if not os.path.isabs(args.paths[0]) else h.path
        print(f"{rel}:{h.line}: {h.context}")
    index.close()
    if not hits:
        return 1 if failed else 3
    return 1 if failed else 0


def add_parser(sub) -> None:
    s = sub.add_parser("search", help="find text across scripts (Simplified finds Traditional and back)")
    s.add_argument("query")
    s.add_argument("paths", nargs="+", metavar="PATH")
    s.add_argument("--index", metavar="FILE", help="index file (default: in the user data directory)")
    s.set_defaults(func=cmd_search)
