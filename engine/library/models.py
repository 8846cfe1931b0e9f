"""Frozen DTOs for the file-level library operations (tags, verification, organising, scanning)."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path


@dataclass(frozen=True, slots=True)
class TrackTags:
    """The tags Harmony writes into a file; ``None`` / empty means "unknown, leave as is".

    ``date`` is ISO-like as Spotify reports it: ``"2019"``, ``"2019-05"`` or ``"2019-05-01"``.
    """

    title: str | None = None
    artists: tuple[str, ...] = ()
    album_artist: str | None = None
    album: str | None = None
    date: str | None = None
    track_number: int | None = None
    track_total: int | None = None
    disc_number: int | None = None
    disc_total: int | None = None
    isrc: str | None = None
    spotify_track_id: str | None = None
    spotify_album_id: str | None = None
    spotify_artist_ids: tuple[str, ...] = ()
    genre: str | None = None
    copyright: str | None = None

    @property
    def year(self) -> int | None:
        """The four-digit year at the start of ``date``, if there is one."""
        head = (self.date or "")[:4]
        return int(head) if len(head) == 4 and head.isdigit() else None


@dataclass(frozen=True, slots=True)
class LibraryFileInfo:
    """One audio file of the library as the index stores it."""

    path: str
    title: str | None
    artists: tuple[str, ...]
    album: str | None
    album_artist: str | None
    duration_s: float | None
    isrc: str | None
    spotify_track_id: str | None
    format: str  # "mp3", "flac", "ogg", "opus", "m4a", "wav", ...
    bitrate: int | None  # kbit/s
    sample_rate: int | None  # Hz
    bit_depth: int | None
    size: int
    mtime_ns: int


@dataclass(frozen=True, slots=True)
class VerifyResult:
    """Outcome of checking a finished download; ``code`` is ``None`` when it passed."""

    path: str
    code: str | None = None
    message: str = ""
    duration_s: float | None = None
    format: str | None = None
    size: int | None = None

    @property
    def ok(self) -> bool:
        return self.code is None


class OrganiseAction(StrEnum):
    MOVED = "moved"  # same-filesystem rename
    COPIED = "copied"  # copied across filesystems, then the source was removed
    ALREADY_PRESENT = "already_present"  # an identical file was there; the source was removed


@dataclass(frozen=True, slots=True)
class OrganiseResult:
    """Where a file ended up; ``path`` may carry a " (n)" suffix after a collision."""

    path: Path
    action: OrganiseAction
    renamed_for_collision: bool = False


@dataclass(frozen=True, slots=True)
class ScanFailure:
    path: str
    reason: str


@dataclass(frozen=True, slots=True)
class ScanResult:
    """Incremental scan: what to upsert, what to delete from the index, what was skipped."""

    added_or_changed: list[LibraryFileInfo] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    unchanged: int = 0
    failed: list[ScanFailure] = field(default_factory=list)


class CoverOutcome(StrEnum):
    EMBEDDED = "embedded"  # there was no art, or only small art that we replaced
    KEPT_EXISTING = "kept_existing"  # existing art is big enough (or bigger than ours)
    WRITTEN = "written"  # cover.jpg written (new or replacing a smaller one)


class LyricsOutcome(StrEnum):
    WRITTEN = "written"  # synced lyrics written to the .lrc file
    EMBEDDED = "embedded"  # plain lyrics embedded into the audio file
    INSTRUMENTAL = "instrumental"  # nothing to write, recorded as instrumental
    NONE = "none"  # nothing usable (empty text or no valid timed line)


@dataclass(frozen=True, slots=True)
class M3UEntry:
    """One playlist line: ``path`` is absolute or relative to the library root."""

    path: str | Path
    duration_s: float | None
    display: str  # "Artist - Title"
