"""The ``policylens`` command: subcommands run headless (no Qt import); no subcommand opens
the window."""
from __future__ import annotations

import sys
import time

STARTED = time.perf_counter()  # as close to process start as Python code gets
SUBCOMMANDS = {"clean", "extract", "convert", "search", "annotations"}


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else list(argv)
    if args and (args[0] in SUBCOMMANDS or args[0] in ("-h", "--help", "--version")):
        from core.cli import main as cli_main

        return cli_main(args)
    from gui.app import run

    return run(["policylens", *args])


if __name__ == "__main__":
    sys.exit(main())
