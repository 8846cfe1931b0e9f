"""Incremental scan of the music folder: only new or changed files are opened with mutagen."""

from __future__ import annotations

import os
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from engine.errors import FileProcessingError
from engine.library.audiofile import AUDIO_EXTENSIONS, format_of, open_audio
from engine.library.models import LibraryFileInfo, ScanFailure, ScanResult
from engine.library.tags import tags_of


def _audio_entries(root: str) -> Iterator[os.DirEntry[str]]:
    """Audio files under ``root``; hidden entries (incl. partial temp files) and symlinked
    folders (loops) are skipped."""
    pending = [root]
    while pending:
        folder = pending.pop()
        try:
            with os.scandir(folder) as entries:
                for entry in entries:
                    if entry.name.startswith("."):
                        continue
                    if entry.is_dir(follow_symlinks=False):
                        pending.append(entry.path)
                    elif os.path.splitext(entry.name)[1].lower() in AUDIO_EXTENSIONS:
                        yield entry
        except OSError:
            continue  # unreadable folder: its files simply stay unknown this round


def read_file_info(path: Path | str, size: int, mtime_ns: int) -> LibraryFileInfo:
    """Open one file and describe it for the index; ``FileProcessingError`` if unreadable."""
    audio = open_audio(path)
    tags = tags_of(audio)
    info = audio.info
    bitrate = getattr(info, "bitrate", 0) or 0
    return LibraryFileInfo(
        path=os.fspath(path),
        title=tags.title,
        artists=tags.artists,
        album=tags.album,
        album_artist=tags.album_artist,
        duration_s=getattr(info, "length", None),
        isrc=tags.isrc,
        spotify_track_id=tags.spotify_track_id,
        format=format_of(audio),
        bitrate=round(bitrate / 1000) if bitrate else None,
        sample_rate=getattr(info, "sample_rate", None) or None,
        bit_depth=getattr(info, "bits_per_sample", None) or None,
        size=size,
        mtime_ns=mtime_ns,
    )


@dataclass(frozen=True)
class ScanPlan:
    """What a scan must open: files new or changed since the index (path, size, mtime_ns)."""

    changed: list[tuple[str, int, int]]
    removed: list[str]
    unchanged: int


def plan_scan(root: Path | str, known: Mapping[str, tuple[int, int]]) -> ScanPlan:
    """Walk the folder and compare with ``known`` (path → ``(size, mtime_ns)``); opens nothing.

    Paths are ``os.path.join(root, ...)`` with ``root`` as given, so pass the same root each time.
    """
    known_paths = {os.fspath(path): signature for path, signature in known.items()}
    changed: list[tuple[str, int, int]] = []
    seen: set[str] = set()
    unchanged = 0
    for entry in _audio_entries(os.fspath(root)):
        try:
            stat = entry.stat()
        except OSError:
            continue
        seen.add(entry.path)
        if known_paths.get(entry.path) == (stat.st_size, stat.st_mtime_ns):
            unchanged += 1
        else:
            changed.append((entry.path, stat.st_size, stat.st_mtime_ns))
    removed = sorted(path for path in known_paths if path not in seen)
    return ScanPlan(changed, removed, unchanged)


def read_file_infos(files: Sequence[tuple[str, int, int]]
                    ) -> tuple[list[LibraryFileInfo], list[ScanFailure]]:
    """Open each planned file; unreadable ones land in the failures, retried next scan."""
    infos: list[LibraryFileInfo] = []
    failed: list[ScanFailure] = []
    for path, size, mtime_ns in files:
        try:
            infos.append(read_file_info(path, size, mtime_ns))
        except FileProcessingError as exc:
            failed.append(ScanFailure(path, exc.message))
    return infos, failed


def scan_library(root: Path | str, known: Mapping[str, tuple[int, int]]) -> ScanResult:
    """Plan and read in one call (the service does the same in chunks, in its helper process)."""
    plan = plan_scan(root, known)
    infos, failed = read_file_infos(plan.changed)
    return ScanResult(infos, plan.removed, plan.unchanged, failed)
