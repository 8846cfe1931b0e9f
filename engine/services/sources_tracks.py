"""Spotify tracks as wanted items: every piece of metadata the tagger will need later."""

from __future__ import annotations

from engine.clients.spotify_models import SpotifyTrack, largest_image
from engine.db.repositories.wanted import NewWantedItem


def wanted_from_spotify(track: SpotifyTrack, source: str, *, priority: int = 0) -> NewWantedItem:
    album = track.album
    cover = largest_image(album.images) if album else None
    album_artists = album.artists if album else ()
    return NewWantedItem(
        title=track.name, artists=track.artist_names, source=source,
        album=album.name if album else None,
        album_artist=album_artists[0].name if album_artists else None,
        duration_ms=track.duration_ms or None, track_number=track.track_number,
        track_total=album.total_tracks if album else None, disc_number=track.disc_number,
        release_date=album.release_date if album else None,
        isrc=track.isrc.upper() if track.isrc else None, spotify_track_id=track.id,
        spotify_album_id=album.id if album else None,
        spotify_artist_ids=tuple(a.id for a in track.artists if a.id),
        cover_url=cover.url if cover else None, priority=priority)


def backfill_fields(track: SpotifyTrack) -> dict[str, object]:
    """Columns backfill may fill on a FREE item (only where the item has no value yet)."""
    item = wanted_from_spotify(track, "backfill")
    return {"spotify_track_id": item.spotify_track_id, "isrc": item.isrc, "album": item.album,
            "album_artist": item.album_artist, "duration_ms": item.duration_ms,
            "track_number": item.track_number, "track_total": item.track_total,
            "disc_number": item.disc_number, "release_date": item.release_date,
            "spotify_album_id": item.spotify_album_id,
            "spotify_artist_ids": item.spotify_artist_ids, "cover_url": item.cover_url}
