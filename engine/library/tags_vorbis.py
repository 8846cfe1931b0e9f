"""TrackTags ⇄ Vorbis comments (FLAC, Ogg Vorbis, Opus)."""

from __future__ import annotations

from collections.abc import MutableMapping
from typing import Any

from engine.library.models import TrackTags
from engine.library.tags_common import parse_int

_SINGLE_FIELDS = {
    "title": "TITLE",
    "album_artist": "ALBUMARTIST",
    "album": "ALBUM",
    "date": "DATE",
    "isrc": "ISRC",
    "genre": "GENRE",
    "copyright": "COPYRIGHT",
    "spotify_track_id": "SPOTIFY_TRACK_ID",
    "spotify_album_id": "SPOTIFY_ALBUM_ID",
}
_NUMBER_FIELDS = {
    "track_number": "TRACKNUMBER",
    "track_total": "TRACKTOTAL",
    "disc_number": "DISCNUMBER",
    "disc_total": "DISCTOTAL",
}
# Vorbis comments allow repeated keys: one ARTIST entry per artist is the multi-value form.
_MULTI_FIELDS = {"artists": "ARTIST", "spotify_artist_ids": "SPOTIFY_ARTIST_ID"}


def write_vorbis(comments: MutableMapping[str, Any], values: TrackTags) -> None:
    """Set every known field of ``values``; unknown (None/empty) fields are left alone."""
    for attribute, key in _SINGLE_FIELDS.items():
        value = getattr(values, attribute)
        if value:
            comments[key] = [str(value)]
    for attribute, key in _NUMBER_FIELDS.items():
        value = getattr(values, attribute)
        if value:
            comments[key] = [str(value)]
    for attribute, key in _MULTI_FIELDS.items():
        value = getattr(values, attribute)
        if value:
            comments[key] = list(value)


def read_vorbis(comments: MutableMapping[str, Any] | None) -> TrackTags:
    """Read the fields Harmony writes back out of ``comments``."""
    if comments is None:
        return TrackTags()

    def texts(key: str) -> list[str]:
        return list(comments.get(key, []) or [])

    def first(key: str) -> str | None:
        values = texts(key)
        return values[0] if values else None

    singles = {attribute: first(key) for attribute, key in _SINGLE_FIELDS.items()}
    numbers = {attribute: parse_int(first(key)) for attribute, key in _NUMBER_FIELDS.items()}
    # "TRACKNUMBER=3/12" is common in files from other taggers.
    if numbers["track_total"] is None and "/" in (first("TRACKNUMBER") or ""):
        numbers["track_total"] = parse_int(first("TRACKNUMBER").partition("/")[2])
    return TrackTags(
        artists=tuple(texts("ARTIST")),
        spotify_artist_ids=tuple(texts("SPOTIFY_ARTIST_ID")),
        **singles,
        **numbers,
    )
