"""TrackTags ⇄ ID3v2.4 frames (MP3 and the ID3 chunk of WAV/AIFF)."""

from __future__ import annotations

from mutagen.id3 import ID3, TALB, TCON, TCOP, TDRC, TIT2, TPE1, TPE2, TPOS, TRCK, TSRC, TXXX

from engine.library.models import TrackTags
from engine.library.tags_common import format_pair, parse_pair

# TXXX descriptions, spelled as Picard and beets spell them so other tools recognise them.
SPOTIFY_TXXX = {
    "spotify_track_id": "SPOTIFY_TRACK_ID",
    "spotify_album_id": "SPOTIFY_ALBUM_ID",
    "spotify_artist_ids": "SPOTIFY_ARTIST_ID",
}
_TEXT_FRAMES = {
    "title": TIT2,
    "album_artist": TPE2,
    "album": TALB,
    "date": TDRC,
    "isrc": TSRC,
    "genre": TCON,
    "copyright": TCOP,
}


def write_id3(tags: ID3, values: TrackTags) -> None:
    """Set every known field of ``values`` on ``tags``; unknown (None) fields are left alone."""
    for attribute, frame_class in _TEXT_FRAMES.items():
        value = getattr(values, attribute)
        if value:
            tags.setall(frame_class.__name__, [frame_class(encoding=3, text=[str(value)])])
    if values.artists:
        tags.setall("TPE1", [TPE1(encoding=3, text=list(values.artists))])
    track = format_pair(values.track_number, values.track_total)
    if track:
        tags.setall("TRCK", [TRCK(encoding=3, text=[track])])
    disc = format_pair(values.disc_number, values.disc_total)
    if disc:
        tags.setall("TPOS", [TPOS(encoding=3, text=[disc])])
    for attribute, description in SPOTIFY_TXXX.items():
        value = getattr(values, attribute)
        text = list(value) if isinstance(value, tuple) else [value] if value else []
        if text:
            tags.setall(f"TXXX:{description}", [TXXX(encoding=3, desc=description, text=text)])


def read_id3(tags: ID3 | None) -> TrackTags:
    """Read the fields Harmony writes back out of ``tags``."""
    if tags is None:
        return TrackTags()

    def texts(key: str) -> list[str]:
        frame = tags.get(key)
        return [str(item) for item in frame.text] if frame is not None else []

    def first(key: str) -> str | None:
        values = texts(key)
        return values[0] if values else None

    track_number, track_total = parse_pair(first("TRCK"))
    disc_number, disc_total = parse_pair(first("TPOS"))
    return TrackTags(
        title=first("TIT2"),
        artists=tuple(texts("TPE1")),
        album_artist=first("TPE2"),
        album=first("TALB"),
        date=first("TDRC"),
        track_number=track_number,
        track_total=track_total,
        disc_number=disc_number,
        disc_total=disc_total,
        isrc=first("TSRC"),
        spotify_track_id=first("TXXX:SPOTIFY_TRACK_ID"),
        spotify_album_id=first("TXXX:SPOTIFY_ALBUM_ID"),
        spotify_artist_ids=tuple(texts("TXXX:SPOTIFY_ARTIST_ID")),
        genre=first("TCON"),
        copyright=first("TCOP"),
    )
