"""Frozen entry point: the same command line as ``harmony``."""

import multiprocessing
import sys

if __name__ == "__main__":
    # First thing: in a frozen app the helper process (engine.cpu_pool) and its fork server are
    # this same executable started with multiprocessing's own arguments; freeze_support() runs
    # them instead of a second window.
    multiprocessing.freeze_support()
    from harmony_desktop.cli import main

    sys.exit(main())
