"""A mutable collector the parsers fill; it becomes an ImportPreview once deduplicated."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from engine.ingest import reasons
from engine.ingest.models import (
    MAX_ALBUM_CHARS,
    MAX_NAME_CHARS,
    ImportedTrack,
    ImportNote,
    RejectedRow,
    SpotifyLink,
)
from engine.ingest.spotify_links import LinkMatch


@dataclass
class ParseBatch:
    file: str
    tracks: list[ImportedTrack] = field(default_factory=list)
    links: list[SpotifyLink] = field(default_factory=list)
    rejected: list[RejectedRow] = field(default_factory=list)
    notes: list[ImportNote] = field(default_factory=list)

    def add_track(self, track: ImportedTrack) -> None:
        """Keep the track, or reject it when a name is too long to store (see MAX_NAME_CHARS)."""
        limits = [("title", track.title, MAX_NAME_CHARS), ("album", track.album or "",
                                                          MAX_ALBUM_CHARS)]
        limits += [("artist", artist, MAX_NAME_CHARS) for artist in track.artists]
        for name, value, limit in limits:
            if len(value) > limit:
                self.reject(track.line, f"{' & '.join(track.artists)} - {track.title}",
                            reasons.FIELD_TOO_LONG, field=name, actual=len(value), limit=limit)
                return
        self.tracks.append(track)

    def add_link(self, match: LinkMatch, line: int | None) -> None:
        if match.importable:
            self.links.append(SpotifyLink(match.kind, match.spotify_id, self.file, line))  # type: ignore[arg-type]

    def reject(self, line: int | None, text: str, code: str, **params: Any) -> None:
        self.rejected.append(reasons.reject_row(self.file, line, text, code, **params))

    def note(self, code: str, **params: Any) -> None:
        self.notes.append(ImportNote(self.file, code, reasons.message_for(code, **params)))

    def extend(self, other: ParseBatch) -> None:
        self.tracks.extend(other.tracks)
        self.links.extend(other.links)
        self.rejected.extend(other.rejected)
        self.notes.extend(other.notes)
