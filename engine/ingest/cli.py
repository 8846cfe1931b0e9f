"""``harmony import PATH... [--dry-run] [--json]``: the import parsers from a terminal.

The ``--dry-run --json`` output is a fixed contract other tools rely on: one JSON object with
exactly the keys ``accepted``, ``links`` and ``rejected`` (see ImportPreview.to_cli_json).
Exit codes: 0 parsed (rows may still be rejected), 2 unusable input or usage error.
"""

from __future__ import annotations

import argparse
import asyncio
import dataclasses
import json
import sys
from collections.abc import Awaitable, Callable
from typing import Any, TextIO

from engine.errors import HarmonyError, ImportRejected
from engine.ingest.models import ImportLimits, ImportPreview
from engine.ingest.parse import parse_paths

Persist = Callable[[ImportPreview], Awaitable[Any]]
EXIT_OK = 0
EXIT_REFUSED = 2
NEEDS_DATABASE = "saving imports needs the engine's database; use --dry-run"


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> Any:  # argparse would exit the process; we return codes
        raise _UsageError(message)


class _UsageError(Exception):
    pass


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="harmony import", description="Import track lists, Exportify CSV, "
                     "M3U playlists, text lists and Spotify links.", add_help=True)
    parser.add_argument("paths", nargs="+", metavar="PATH", help="files to import")
    parser.add_argument("--dry-run", action="store_true", help="parse and show, save nothing")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    return parser


def main(argv: list[str], *, persist: Persist | None = None,
         limits: ImportLimits | None = None) -> int:
    """Run from synchronous code (a console script); ``argv`` excludes the word "import"."""
    return asyncio.run(main_async(argv, persist=persist, limits=limits))


async def main_async(argv: list[str], *, persist: Persist | None = None,
                     limits: ImportLimits | None = None, stdout: TextIO | None = None,
                     stderr: TextIO | None = None) -> int:
    """The same as :func:`main` for callers already inside an event loop."""
    out, err = stdout or sys.stdout, stderr or sys.stderr
    for stream in (out, err):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:  # a cp1252 console must not crash on "宇多田ヒカル"
            reconfigure(errors="backslashreplace")
    try:
        args = build_parser().parse_args(argv)
    except _UsageError as error:
        print(f"harmony import: {error}", file=err)
        return EXIT_REFUSED
    except SystemExit as done:  # --help
        return done.code if isinstance(done.code, int) else EXIT_OK
    if not args.dry_run and persist is None:
        print(f"harmony import: {NEEDS_DATABASE}", file=err)
        return EXIT_REFUSED
    try:
        preview = parse_paths(args.paths, limits)
    except ImportRejected as error:
        print(f"harmony import: {error.message} [{error.code}]", file=err)
        return EXIT_REFUSED
    if args.dry_run or persist is None:
        _show(preview, None, as_json=args.json, out=out)
        return EXIT_OK
    try:
        summary = await persist(preview)
    except HarmonyError as error:
        print(f"harmony import: {error.message} [{error.code}]", file=err)
        return EXIT_REFUSED
    _show(preview, summary, as_json=args.json, out=out)
    return EXIT_OK


def _show(preview: ImportPreview, summary: Any, *, as_json: bool, out: TextIO) -> None:
    if as_json:
        document = preview.to_cli_json()
        if summary is not None:
            document["saved"] = _jsonable(summary)
        out.write(json.dumps(document, ensure_ascii=True) + "\n")
        return
    for line in summary_lines(preview):
        out.write(line + "\n")
    if summary is not None:
        out.write(f"Saved: {_jsonable(summary)}\n")


def summary_lines(preview: ImportPreview) -> list[str]:
    """A readable report: counts first, then every track, link, rejection and note."""
    lines = [f"{len(preview.accepted)} tracks, {len(preview.links)} Spotify links, "
             f"{len(preview.rejected)} rejected, {len(preview.duplicates)} duplicates dropped"]
    for track in preview.accepted:
        extras = [part for part in (track.album, _clock(track.duration_ms)) if part]
        suffix = f"  ({', '.join(extras)})" if extras else ""
        lines.append(f"  + {', '.join(track.artists)} - {track.title}{suffix}")
    lines.extend(f"  + {link.kind} {link.url}" for link in preview.links)
    for row in preview.rejected:
        where = f"{row.file}:{row.line}" if row.line is not None else row.file
        lines.append(f"  ! {where}: {row.message} [{row.reason}]  {row.text}")
    for dup in preview.duplicates:
        lines.append(f"  = {dup.file}:{dup.line}: duplicate ({dup.matched_by}) {dup.text}")
    lines.extend(f"  i {note.message}" for note in preview.notes)
    return lines


def _clock(duration_ms: int | None) -> str:
    if not duration_ms:
        return ""
    minutes, seconds = divmod(round(duration_ms / 1000), 60)
    return f"{minutes}:{seconds:02d}"


def _jsonable(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return dataclasses.asdict(value)
    if isinstance(value, dict | list | str | int | float | bool) or value is None:
        return value
    return str(value)
