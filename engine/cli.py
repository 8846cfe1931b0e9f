"""Terminal commands that need no Qt: ``harmony engine | doctor | migrate | import``.

Every command exits non-zero with the engine's message when configuration is invalid.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import signal
import sys
from typing import Any

from engine import __version__
from engine.errors import HarmonyError


def add_common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--dev-dir", help="keep config, data and logs below this folder")
    parser.add_argument("--database-url", help="PostgreSQL URL (postgresql+asyncpg://…); "
                        "default: HARMONY_DATABASE_URL, the config file, else the built-in one")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="harmony")
    sub = parser.add_subparsers(dest="command", required=True)
    for name, text in (("engine", "run the engine without a window"),
                       ("doctor", "print a health report"),
                       ("migrate", "bring the database schema up to date")):
        command = sub.add_parser(name, help=text)
        add_common(command)
        if name == "migrate":
            command.add_argument("--to", default="head", help="target revision (default head)")
    sub.add_parser("import", help="parse (and with the engine, queue) dropped lists",
                   add_help=False)
    if argv and argv[0] == "import":
        from engine.ingest.cli import main as import_main

        return import_main(argv[1:], persist=_persist_import)
    args = parser.parse_args(argv)
    runners = {"engine": _run_engine, "doctor": _doctor, "migrate": _migrate}
    try:
        return asyncio.run(runners[args.command](args))
    except HarmonyError as exc:
        print(f"harmony: {exc.message}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


async def _persist_import(preview: Any) -> Any:
    """Save a parsed import the way the window does (ImportService.persist), with an engine that
    runs no workers: database from HARMONY_DATABASE_URL / the config file / the embedded one."""
    from engine.bootstrap import EngineOptions, build_engine

    engine = build_engine(EngineOptions(workers_enabled=False, role="cli"))
    await engine.start()
    try:
        return await engine.services["imports"].persist(preview, "cli")  # type: ignore[attr-defined]
    finally:
        await engine.stop()


def _options(args: argparse.Namespace, **extra: Any) -> Any:
    from engine.bootstrap import EngineOptions

    return EngineOptions(dev_dir=args.dev_dir, database_url=args.database_url, **extra)


async def _run_engine(args: argparse.Namespace) -> int:
    from engine.bootstrap import build_engine
    from engine.logging_setup import setup_logging

    engine = build_engine(_options(args, role="headless"))
    setup_logging(engine.paths.log_dir)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError):
            loop.add_signal_handler(sig, stop.set)
    await engine.start()
    print(f"Harmony engine {__version__} running ({engine.options.engine_id}); Ctrl+C stops it.",
          flush=True)
    try:
        await stop.wait()
    finally:
        await engine.stop()
    return 0


async def _migrate(args: argparse.Namespace) -> int:
    from engine.bootstrap import make_secret_store
    from engine.database_setup import choose_database, open_database, with_stored_password
    from engine.db import migrate
    from engine.paths import resolve_paths

    paths = resolve_paths(args.dev_dir).ensure()
    choice = await with_stored_password(choose_database(paths, args.database_url),
                                        make_secret_store())
    database, embedded = await open_database(paths, choice)
    try:
        if args.to != "head":
            await migrate.downgrade(database.engine, args.to)
        print(f"database {database.display_url} at revision "
              f"{await migrate.current_revision(database.engine)}")
    finally:
        await database.dispose()
        if embedded:
            embedded.stop()
    return 0


async def _doctor(args: argparse.Namespace) -> int:
    from engine.doctor import run_doctor

    report, healthy = await run_doctor(_options(args, workers_enabled=False, role="doctor"))
    print(report)
    return 0 if healthy else 1
