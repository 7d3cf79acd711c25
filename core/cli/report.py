"""``policylens report``: articles as a briefing (简报) in Word, PDF or HTML, with the reader's
highlights and notes from the same annotation store as the window.

PDF is drawn by Qt: the ``policylens`` launcher registers the window side's PDF writer before
it runs this command (``core.report.formats``), so this module stays free of Qt.
"""
from __future__ import annotations

import argparse
import os

from core.annotate.store import AnnotationStore, StoreError, content_hash
from core.cli import err as _err
from core.cli.annotations import default_store_path
from core.convert.conversion import ConversionError, available_configs
from core.ingest.corpus import iter_documents
from core.ingest.loader import LoadError
from core.report.formats import FORMATS, FormatUnavailable, write
from core.report.model import Article, build_briefing


def _format(args: argparse.Namespace) -> str | None:
    if args.format:
        return args.format
    ext = os.path.splitext(args.output)[1].lower().lstrip(".")
    return {"htm": "html"}.get(ext, ext) if ext in (*FORMATS, "htm") else None


def cmd_report(args: argparse.Namespace) -> int:
    fmt = _format(args)
    if fmt is None:
        _err(f"{args.output}: say which format with --format ({'|'.join(FORMATS)}) or end the file name with one")
        return 2
    if args.config and args.config not in available_configs():
        _err(f"unknown conversion config {args.config!r}; choose one of: {', '.join(available_configs())}")
        return 2
    failed: list[LoadError] = []
    articles: list[Article] = []
    try:
        store = AnnotationStore(args.store or default_store_path())
    except (OSError, StoreError) as exc:
        _err(f"{args.store or default_store_path()}: the annotation store cannot be opened ({exc})")
        return 1
    try:
        if store.recovered:
            _err(store.recovered)
        for doc in iter_documents(args.paths, lambda exc: (_err(str(exc)), failed.append(exc))):
            notes = store.for_document(doc.path, content_hash(doc.text))
            articles.append(Article(doc, annotations=notes, passages="key" if args.key_passages else "full"))
    finally:
        store.close()
    if not articles:
        _err("no article could be read; no briefing written")
        return 1
    try:
        briefing = build_briefing(articles, config=args.config, indicators_only=args.indicators_only, title=args.title)
        write(briefing, fmt, args.output)
    except ConversionError as exc:
        _err(str(exc))
        return 2
    except FormatUnavailable as exc:
        _err(f"{args.output}: {exc}")
        return 2
    except OSError as exc:
        _err(f"{args.output}: cannot write the briefing ({exc.strerror or exc})")
        return 1
    print(f"{args.output}: {len(articles)} article(s), {len(briefing.rows)} figures, {len(briefing.notes)} notes")
    return 1 if failed else 0


def add_parser(sub) -> None:
    p = sub.add_parser("report", help="a briefing of articles (text, figures, your notes) as Word, PDF or HTML")
    p.add_argument("paths", nargs="+", metavar="PATH", help="article files or folders (one section per article)")
    p.add_argument("--format", choices=FORMATS, help="docx, pdf or html (default: from the -o file name)")
    p.add_argument("-o", "--output", required=True, metavar="FILE", help="the briefing file to write")
    p.add_argument("--config", metavar="CONFIG",
                   help="write the articles in another script with this OpenCC config (e.g. s2twp, t2s); notes stay as written")
    p.add_argument("--indicators-only", action="store_true", help="only the table of figures (and notes on them)")
    p.add_argument("--key-passages", action="store_true",
                   help="only the paragraphs holding a figure or a highlight, instead of the whole text")
    p.add_argument("--title", help="the briefing's title (default: the article's, or 简报 for several)")
    p.add_argument("--store", metavar="FILE", help="annotation database (default: in the user data directory)")
    p.set_defaults(func=cmd_report)
