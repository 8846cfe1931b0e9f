"""Writing a playlist as an extended M3U (``.m3u8``, UTF-8) with paths relative to its folder."""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path, PurePath

from engine.library.atomic import write_text_atomic
from engine.library.models import M3UEntry

_LINE_BREAKS = str.maketrans({"\r": " ", "\n": " ", "\x00": ""})


def _relative_location(entry_path: str | PurePath, playlist_folder: Path,
                       library_root: Path | None) -> str:
    path = Path(entry_path)
    if not path.is_absolute():
        if library_root is None:
            return PurePath(path).as_posix()
        path = library_root / path
    # Forward slashes: every player understands them, also on Windows.
    return Path(os.path.relpath(path, playlist_folder)).as_posix()


def render_m3u8(entries: Iterable[M3UEntry], playlist_folder: Path,
                library_root: Path | None = None) -> str:
    """The playlist text; relative entry paths are taken relative to ``library_root``."""
    lines = ["#EXTM3U"]
    for entry in entries:
        location = _relative_location(entry.path, playlist_folder, library_root)
        if "\n" in location or "\r" in location:
            continue  # a line break in a path would split the entry into two bogus lines
        seconds = round(entry.duration_s) if entry.duration_s is not None else -1
        lines.append(f"#EXTINF:{seconds},{entry.display.translate(_LINE_BREAKS).strip()}")
        lines.append(location)
    return "\n".join(lines) + "\n"


def write_m3u8(
    playlist_path: Path | str,
    entries: Iterable[M3UEntry | tuple[str | PurePath, float | None, str]],
    *,
    library_root: Path | str | None = None,
) -> Path:
    """Write (or refresh) the playlist atomically; entries are ``M3UEntry`` or
    ``(path, duration_s, "Artist - Title")``. Absolute paths are made relative to the playlist's
    folder; relative ones are relative to ``library_root`` (or already to the playlist folder)."""
    target = Path(playlist_path)
    items = [entry if isinstance(entry, M3UEntry) else M3UEntry(*entry) for entry in entries]
    root = Path(library_root) if library_root is not None else None
    write_text_atomic(target, render_m3u8(items, target.parent, root))
    return target
