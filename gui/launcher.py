"""The ``policylens`` command: subcommands run headless (no Qt import); no subcommand opens
the window, with any files or folders given."""
from __future__ import annotations

import os
import sys
import time

STARTED = time.perf_counter()  # as close to process start as Python code gets
WINDOW_FLAGS = ("--smoke", "--startup-time")


def main(argv: list[str] | None = None) -> int:
    from core.cli import SUBCOMMANDS

    args = sys.argv[1:] if argv is None else list(argv)
    if args and (args[0] in SUBCOMMANDS or args[0] in ("-h", "--help", "--version")):
        from core.cli.main import main as cli_main

        if args[0] == "report":
            _register_pdf()
        return cli_main(args)
    unknown = [a for a in args if a.startswith("-") and a not in WINDOW_FLAGS or not a.startswith("-") and not os.path.exists(a)]
    if unknown:
        word = unknown[0]
        what = "an option" if word.startswith("-") else "a subcommand, file or folder"
        print(f"policylens: {word!r} is not {what}.\n"
              f"Subcommands: {', '.join(SUBCOMMANDS)} (policylens SUBCOMMAND --help); "
              "no subcommand opens the window, with any files or folders given.", file=sys.stderr)
        return 2
    from gui.app import run

    return run(["policylens", *args], started=STARTED)


def _register_pdf() -> None:
    """PDF briefings are drawn by Qt on the window's side; core asks for them by format name.
    Qt is loaded only when a PDF is really written."""
    from core.report.formats import register

    def write_pdf(briefing, path: str) -> None:
        from gui.briefing_pdf import write_pdf_headless

        write_pdf_headless(briefing, path)

    register("pdf", write_pdf)


if __name__ == "__main__":
    sys.exit(main())
