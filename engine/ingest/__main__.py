"""``python -m engine.ingest import PATH... [--dry-run] [--json]`` (same as ``harmony import``)."""

from __future__ import annotations

import sys

from engine.ingest.cli import EXIT_REFUSED, main


def run(argv: list[str]) -> int:
    if not argv or argv[0] != "import":
        print("usage: python -m engine.ingest import PATH... [--dry-run] [--json]",
              file=sys.stderr)
        return EXIT_REFUSED
    return main(argv[1:])


if __name__ == "__main__":
    sys.exit(run(sys.argv[1:]))
