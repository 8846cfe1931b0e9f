"""Frozen entry point: the same command line as ``harmony``."""

import sys

from harmony_desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
