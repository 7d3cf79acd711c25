"""``policylens dataset``: many articles as one table, region × indicator × period, with sources."""
from __future__ import annotations

import argparse
import os
import sys
import typing
from collections.abc import Iterator

from core.cli import err
from core.cli.batch import map_files
from core.dataset.build import Article, build_dataset, filter_rows
from core.dataset.write import FORMATS, FormatUnavailable, write_dataset
from core.extraction.indicators import extract
from core.ingest.loader import LoadError, load
from core.model import Kind


def article_of(path: str) -> tuple[str, Article | None, str | None]:
    """Load and extract one file; never raises (runs in worker processes)."""
    try:
        doc = load(path)
        return path, Article(doc.path, doc.metadata, extract(doc)), None
    except LoadError as exc:
        return path, None, str(exc)
    except Exception as exc:  # one bad file must not stop a folder of 10,000
        return path, None, f"{path}: internal error while extracting ({type(exc).__name__}: {exc})"


def iter_articles(paths: list[str], workers: int, progress: bool) -> Iterator[tuple[str, Article | None, str | None]]:
    return map_files(article_of, paths, workers, progress, "reading")


def cmd_dataset(args: argparse.Namespace) -> int:
    ext = os.path.splitext(args.output)[1].lower()
    if ext not in FORMATS:
        err(f"{args.output}: the output's extension chooses the format: {', '.join(FORMATS)}")
        return 2
    kinds = [k for spec in args.kind for k in spec.split(",") if k] if args.kind else None
    unknown = sorted(set(kinds or ()) - set(typing.get_args(Kind)))
    if unknown:
        err(f"unknown kind {', '.join(unknown)} (kinds: {', '.join(typing.get_args(Kind))})")
        return 2
    articles: list[Article] = []
    failed = 0
    progress = not args.quiet and sys.stderr.isatty() or args.progress
    for _path, article, error in iter_articles(args.paths, args.workers, progress):
        if error:
            err(error)
            failed += 1
        elif article is not None:
            articles.append(article)
    rows = build_dataset(articles)
    rows = filter_rows(rows, indicator=args.indicator, region=args.region, kinds=kinds)
    try:
        written = write_dataset(args.output, rows)
    except OSError as exc:
        err(f"{args.output}: {exc.strerror or exc}")
        return 1
    except FormatUnavailable as exc:
        err(str(exc))
        return 1
    if not args.quiet:
        conflicts = sum(r.conflict for r in rows)
        print(f"policylens: {len(rows)} rows ({conflicts} in conflict) from {len(articles)} articles -> {', '.join(written)}",
              file=sys.stderr)
    return 1 if failed else 0


def add_parser(sub) -> None:
    p = sub.add_parser("dataset", help="many articles as one table: region × indicator × period, with sources and conflicts")
    p.add_argument("paths", nargs="+", metavar="PATH", help="article files or folders (searched recursively)")
    p.add_argument("-o", "--output", metavar="FILE", required=True,
                   help="FILE.csv (plus FILE.sources.csv), FILE.xlsx (dataset and sources sheets) or FILE.parquet (sources as a list column)")
    p.add_argument("--indicator", metavar="TEXT", help="only indicators whose name contains TEXT (any script)")
    p.add_argument("--region", metavar="TEXT", help="only regions whose name contains TEXT (any script)")
    p.add_argument("--kind", action="append", metavar="KIND",
                   help="only these kinds (growth, share, level, count, rank, target, change); repeat or separate with commas")
    p.add_argument("--workers", type=int, default=1, metavar="N", help="read files in N processes")
    p.add_argument("--progress", action="store_true", help="show a progress bar on stderr even when it is not a terminal")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress bar, no summary")
    p.set_defaults(func=cmd_dataset)
