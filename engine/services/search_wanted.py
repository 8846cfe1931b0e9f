"""Spotify search results → wanted items (a track, or every track of an album with details)."""

from __future__ import annotations

import dataclasses

from engine.clients.spotify import SpotifyClient
from engine.clients.spotify_models import SpotifyTrack, largest_image
from engine.db.repositories.wanted import NewWantedItem

SOURCE = "search"


def wanted_from_track(track: SpotifyTrack, source: str = SOURCE) -> NewWantedItem:
    """A wanted item with everything Spotify knows of the track (tags, cover, IDs)."""
    album = track.album
    cover = largest_image(album.images) if album else None
    return NewWantedItem(
        title=track.name, artists=track.artist_names, source=source,
        album=album.name if album else None,
        album_artist=album.artists[0].name if album and album.artists else None,
        duration_ms=track.duration_ms or None, track_number=track.track_number,
        track_total=album.total_tracks if album else None, disc_number=track.disc_number,
        release_date=track.release_date, isrc=track.isrc, spotify_track_id=track.id,
        spotify_album_id=album.id if album else None,
        spotify_artist_ids=tuple(a.id for a in track.artists if a.id),
        cover_url=cover.url if cover else None)


async def album_tracks_with_details(client: SpotifyClient, album_id: str
                                    ) -> list[SpotifyTrack]:
    """Every track of the album; the per-track lookup adds what album listings lack (ISRC),
    the album listing keeps the full album (label, totals, cover)."""
    listed = await client.album_tracks(album_id)
    details = await client.tracks([t.id for t in listed if t.id])
    by_id = {d.id: d for d in details if d is not None}
    merged = []
    for track in listed:
        detail = by_id.get(track.id)
        merged.append(dataclasses.replace(detail, album=track.album) if detail else track)
    return merged
