"""``policylens``: the window by default, and headless subcommands over the same core."""
from __future__ import annotations

import argparse
import sys

from core import __version__
from core.cli import err as _err


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="policylens", description="Read Chinese policy articles: clean, extract, convert.")
    p.add_argument("--version", action="version", version=f"policylens {__version__}")
    sub = p.add_subparsers(dest="command")

    from core.cli import annotations, clean, convert, dataset, extract, report, search

    for command in (clean, extract, convert, search, annotations, report, dataset):
        command.add_parser(sub)
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
