"""Turns a new release's Spotify tracks into wanted items with full metadata.

``album_tracks`` gives simplified tracks without ISRCs, so each kept track is looked up once
more (Development Mode apps have no batch lookup). On "appears on" releases only the tracks
the watched artist plays on are wanted; tracks whose names a skip word rules out ("Song
(Live)" on a studio album) are left out like releases are.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace

from engine.clients.spotify import SpotifyClient
from engine.clients.spotify_models import SpotifyAlbum, SpotifyTrack, largest_image
from engine.db.repositories.wanted import NewWantedItem
from engine.services.watchlist_releases import skipped_by

SOURCE = "watchlist"


@dataclass(frozen=True)
class FetchedRelease:
    album: SpotifyAlbum
    tracks: tuple[SpotifyTrack, ...]

    @property
    def duration_ms(self) -> int:
        return sum(t.duration_ms for t in self.tracks)


async def fetch_release(spotify: SpotifyClient, album_id: str) -> FetchedRelease:
    tracks = await spotify.album_tracks(album_id)
    album = tracks[0].album if tracks and tracks[0].album else await spotify.album(album_id)
    return FetchedRelease(album, tracks)


def keep_tracks(release: FetchedRelease, *, artist_spotify_id: str, only_own: bool,
                skip_words: Sequence[str]) -> list[SpotifyTrack]:
    kept = []
    for track in release.tracks:
        if not track.id:
            continue
        if only_own and artist_spotify_id not in {a.id for a in track.artists}:
            continue
        if skipped_by(track.name, skip_words) is not None:
            continue
        kept.append(track)
    return kept


async def with_isrcs(spotify: SpotifyClient, tracks: Sequence[SpotifyTrack]
                     ) -> list[SpotifyTrack]:
    """The same tracks, each completed from its full track object when Spotify has one."""
    details = await spotify.tracks([t.id for t in tracks if t.id])
    by_id = {d.id: d for d in details if d is not None}
    return [_completed(t, by_id.get(t.id)) for t in tracks]


def _completed(track: SpotifyTrack, full: SpotifyTrack | None) -> SpotifyTrack:
    if full is None or full.isrc is None:
        return track
    return replace(track, isrc=full.isrc)


def wanted_items(release: FetchedRelease, tracks: Sequence[SpotifyTrack], *,
                 priority: int = 0) -> list[NewWantedItem]:
    album = release.album
    per_disc = Counter(t.disc_number or 1 for t in release.tracks)
    disc_total = max(per_disc) if per_disc else None
    cover = largest_image(album.images)
    album_artist = album.artists[0].name if album.artists else None
    return [NewWantedItem(
        title=t.name, artists=t.artist_names, source=SOURCE, album=album.name,
        album_artist=album_artist, duration_ms=t.duration_ms or None,
        track_number=t.track_number, track_total=per_disc.get(t.disc_number or 1),
        disc_number=t.disc_number, disc_total=disc_total, release_date=album.release_date,
        isrc=t.isrc, spotify_track_id=t.id, spotify_album_id=album.id,
        spotify_artist_ids=tuple(a.id for a in t.artists if a.id),
        cover_url=cover.url if cover else None, priority=priority) for t in tracks]
