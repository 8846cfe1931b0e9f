"""The ``harmony`` command: the window by default, engine subcommands without loading Qt."""

from __future__ import annotations

import sys

ENGINE_COMMANDS = {"engine", "doctor", "migrate", "import"}


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] in ENGINE_COMMANDS:
        from engine.cli import main as engine_main

        return engine_main(argv)
    if argv and argv[0] == "gui":
        argv = argv[1:]
    from harmony_desktop.app import main as gui_main

    return gui_main(argv)
