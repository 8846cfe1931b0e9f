"""Drop rows that name a recording (or link) already in the same import."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from engine.ingest.models import DuplicateRow, ImportedTrack, SpotifyLink

DURATION_TOLERANCE_MS = 3000
_NOT_WORD = re.compile(r"[\W_]+")


@lru_cache(maxsize=8192)  # artist names repeat a lot within one list
def normalise_name(text: str) -> str:
    """Case-, accent- and punctuation-blind form: "Beyoncé – Halo!" ~ "beyonce halo"."""
    if text.isascii():
        bare = text
    else:
        decomposed = unicodedata.normalize("NFKD", text)
        bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(_NOT_WORD.sub(" ", bare.casefold()).split())


def name_key(track: ImportedTrack) -> tuple[str, str]:
    artists = " ".join(sorted(normalise_name(artist) for artist in track.artists))
    return artists, normalise_name(track.title)


@dataclass
class _Seen:
    by_spotify_id: dict[str, ImportedTrack] = field(default_factory=dict)
    by_isrc: dict[str, ImportedTrack] = field(default_factory=dict)
    by_name: dict[tuple[str, str], list[ImportedTrack]] = field(default_factory=dict)

    def remember(self, track: ImportedTrack, key: tuple[str, str]) -> None:
        if track.spotify_id:
            self.by_spotify_id.setdefault(track.spotify_id, track)
        if track.isrc:
            self.by_isrc.setdefault(track.isrc, track)
        self.by_name.setdefault(key, []).append(track)

    def earlier(self, track: ImportedTrack,
                key: tuple[str, str]) -> tuple[ImportedTrack, str] | None:
        if track.spotify_id and track.spotify_id in self.by_spotify_id:
            return self.by_spotify_id[track.spotify_id], "spotify_id"
        if track.isrc and track.isrc in self.by_isrc:
            return self.by_isrc[track.isrc], "isrc"
        for kept in self.by_name.get(key, ()):
            if _same_by_name(kept, track):
                return kept, "artist_title_duration"
        return None


def _same_by_name(kept: ImportedTrack, track: ImportedTrack) -> bool:
    if kept.isrc and track.isrc and kept.isrc != track.isrc:
        return False  # two ISRCs: two recordings (a live take, a remaster) despite one name
    if kept.spotify_id and track.spotify_id and (kept.isrc is None or track.isrc is None):
        return False  # two Spotify IDs and nothing to tie them: trust Spotify
    if kept.duration_ms is None or track.duration_ms is None:
        return True
    return abs(kept.duration_ms - track.duration_ms) <= DURATION_TOLERANCE_MS


def dedupe_tracks(tracks: list[ImportedTrack]) -> tuple[list[ImportedTrack], list[DuplicateRow]]:
    """Keep the first row of each recording: same Spotify ID, else ISRC, else name and length."""
    seen, kept, duplicates = _Seen(), [], []
    for track in tracks:
        key = name_key(track)
        earlier = seen.earlier(track, key)
        if earlier is None:
            seen.remember(track, key)
            kept.append(track)
        else:
            original, matched_by = earlier
            duplicates.append(DuplicateRow(track.file, track.line, describe_track(track),
                                           matched_by, original.file, original.line))
    return kept, duplicates


def dedupe_links(links: list[SpotifyLink]) -> tuple[list[SpotifyLink], list[DuplicateRow]]:
    first: dict[tuple[str, str], SpotifyLink] = {}
    kept, duplicates = [], []
    for link in links:
        key = (link.kind, link.spotify_id)
        if key in first:
            original = first[key]
            duplicates.append(DuplicateRow(link.file, link.line, link.url, "link",
                                           original.file, original.line))
        else:
            first[key] = link
            kept.append(link)
    return kept, duplicates


def describe_track(track: ImportedTrack) -> str:
    return f"{', '.join(track.artists)} - {track.title}"
