"""The command line: ``policylens SUBCOMMAND``, one module per subcommand, headless (no Qt).

``main`` builds the parser; this module only names the subcommands (the launcher reads them
without importing any of the parsing stages).
"""
import sys

SUBCOMMANDS = ("clean", "extract", "convert", "search", "annotations", "report", "dataset")


def err(msg: str) -> None:
    print(f"policylens: {msg}", file=sys.stderr)
