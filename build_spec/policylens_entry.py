"""Entry point of the packaged program: the window, or a subcommand."""
import multiprocessing
import sys

from gui.launcher import main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # extract --workers N spawns processes from the binary
    sys.exit(main())
