"""Frozen DTOs of an import preview: accepted tracks, Spotify links, rejected rows, duplicates."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from engine.domain.models import TrackQuery

LinkKind = Literal["track", "album", "playlist"]

# How many characters of an offending line a rejection keeps (the preview shows them, logs too).
MAX_ROW_TEXT = 300
# Longest title or artist name a track may have: the wanted items' "artist|title" match key is
# indexed, and a PostgreSQL B-tree entry holds at most ~2.7 kB (300 + 300 characters of up to
# four bytes fit). No real recording comes near; longer text is junk in the input.
MAX_NAME_CHARS = 300
MAX_ALBUM_CHARS = 1000


@dataclass(frozen=True, slots=True)
class ImportLimits:
    """Settings-backed ceilings; going over any of them refuses the whole import."""

    max_paste_lines: int = 200
    max_file_bytes: int = 1_048_576
    max_playlist_links: int = 1000  # every Spotify link counts: each one may expand to many tracks
    max_tracks: int = 5000

    def __post_init__(self) -> None:
        for name in ("max_paste_lines", "max_file_bytes", "max_playlist_links", "max_tracks"):
            if getattr(self, name) < 1:
                raise ValueError(f"{name} must be at least 1")


@dataclass(frozen=True, slots=True)
class ImportedTrack:
    """One recording a user asked for, as far as the input told us."""

    artists: tuple[str, ...]
    title: str
    album: str | None = None
    duration_ms: int | None = None
    spotify_id: str | None = None
    isrc: str | None = None
    track_number: int | None = None
    disc_number: int | None = None
    year: int | None = None
    source: str = "text"  # csv | m3u | text | spotify_link
    file: str = ""
    line: int | None = None

    def to_track_query(self) -> TrackQuery:
        return TrackQuery(title=self.title, artists=self.artists, album=self.album,
                          duration_ms=self.duration_ms, track_number=self.track_number,
                          disc_number=self.disc_number, year=self.year, isrc=self.isrc,
                          spotify_id=self.spotify_id)


@dataclass(frozen=True, slots=True)
class SpotifyLink:
    """A Spotify track, album or playlist that backfill expands later."""

    kind: LinkKind
    spotify_id: str
    file: str = ""
    line: int | None = None

    @property
    def url(self) -> str:
        return f"https://open.spotify.com/{self.kind}/{self.spotify_id}"

    @property
    def uri(self) -> str:
        return f"spotify:{self.kind}:{self.spotify_id}"


@dataclass(frozen=True, slots=True)
class RejectedRow:
    """A row (or, with ``line`` None, a whole file) that could not be used, and why."""

    file: str
    line: int | None
    text: str
    reason: str  # stable code, e.g. ``import.unparseable_line``; the GUI translates it
    message: str  # English fallback
    params: Mapping[str, Any] = field(default_factory=dict, compare=False, hash=False)


@dataclass(frozen=True, slots=True)
class DuplicateRow:
    """A row dropped because an earlier row of the same import names the same recording/link."""

    file: str
    line: int | None
    text: str
    matched_by: str  # spotify_id | isrc | artist_title_duration | link
    kept_file: str = ""
    kept_line: int | None = None


@dataclass(frozen=True, slots=True)
class ImportNote:
    """Something the user should know that did not stop the import (e.g. a legacy encoding)."""

    file: str
    code: str
    message: str


@dataclass(frozen=True, slots=True)
class ImportPreview:
    """What an import would add: shown to the user before anything is written."""

    accepted: tuple[ImportedTrack, ...] = ()
    links: tuple[SpotifyLink, ...] = ()
    rejected: tuple[RejectedRow, ...] = ()
    duplicates: tuple[DuplicateRow, ...] = ()
    notes: tuple[ImportNote, ...] = ()

    @property
    def is_empty(self) -> bool:
        return not self.accepted and not self.links

    def to_cli_json(self) -> dict[str, Any]:
        """The fixed ``harmony import --dry-run --json`` shape (other tools depend on it)."""
        return {
            "accepted": [
                {"artists": list(t.artists), "title": t.title, "album": t.album,
                 "duration_ms": t.duration_ms, "spotify_id": t.spotify_id, "isrc": t.isrc,
                 "source": t.source}
                for t in self.accepted
            ],
            "links": [{"kind": link.kind, "spotify_id": link.spotify_id} for link in self.links],
            "rejected": [
                {"file": r.file, "line": r.line, "text": r.text, "reason": r.reason}
                for r in self.rejected
            ],
        }
