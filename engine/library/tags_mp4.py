"""TrackTags ⇄ MP4 atoms (M4A / ALAC / AAC in MP4)."""

from __future__ import annotations

from mutagen.mp4 import MP4FreeForm, MP4Tags

from engine.library.models import TrackTags

_TEXT_ATOMS = {
    "title": "©nam",
    "album_artist": "aART",
    "album": "©alb",
    "date": "©day",
    "genre": "©gen",
    "copyright": "cprt",
}
_FREEFORM_PREFIX = "----:com.apple.iTunes:"
_FREEFORM_FIELDS = {
    "isrc": "ISRC",
    "spotify_track_id": "SPOTIFY_TRACK_ID",
    "spotify_album_id": "SPOTIFY_ALBUM_ID",
    "spotify_artist_ids": "SPOTIFY_ARTIST_ID",
}


def write_mp4(tags: MP4Tags, values: TrackTags) -> None:
    """Set every known field of ``values``; unknown (None/empty) fields are left alone."""
    for attribute, atom in _TEXT_ATOMS.items():
        value = getattr(values, attribute)
        if value:
            tags[atom] = [str(value)]
    if values.artists:
        tags["©ART"] = list(values.artists)
    if values.track_number:
        tags["trkn"] = [(values.track_number, values.track_total or 0)]
    if values.disc_number:
        tags["disk"] = [(values.disc_number, values.disc_total or 0)]
    for attribute, name in _FREEFORM_FIELDS.items():
        value = getattr(values, attribute)
        texts = list(value) if isinstance(value, tuple) else [value] if value else []
        if texts:
            tags[_FREEFORM_PREFIX + name] = [
                MP4FreeForm(text.encode("utf-8"), dataformat=MP4FreeForm.FORMAT_TEXT)
                for text in texts
            ]


def read_mp4(tags: MP4Tags | None) -> TrackTags:
    """Read the fields Harmony writes back out of ``tags``."""
    if tags is None:
        return TrackTags()

    def first(atom: str) -> str | None:
        values = tags.get(atom) or []
        return str(values[0]) if values else None

    def freeform(name: str) -> list[str]:
        values = tags.get(_FREEFORM_PREFIX + name) or []
        return [bytes(value).decode("utf-8", "replace") for value in values]

    track_number, track_total = _pair(tags.get("trkn"))
    disc_number, disc_total = _pair(tags.get("disk"))
    texts = {attribute: first(atom) for attribute, atom in _TEXT_ATOMS.items()}
    free = {attribute: freeform(name) for attribute, name in _FREEFORM_FIELDS.items()}
    return TrackTags(
        artists=tuple(str(artist) for artist in tags.get("©ART") or []),
        track_number=track_number,
        track_total=track_total,
        disc_number=disc_number,
        disc_total=disc_total,
        isrc=(free["isrc"] or [None])[0],
        spotify_track_id=(free["spotify_track_id"] or [None])[0],
        spotify_album_id=(free["spotify_album_id"] or [None])[0],
        spotify_artist_ids=tuple(free["spotify_artist_ids"]),
        **texts,
    )


def _pair(values: list[tuple[int, int]] | None) -> tuple[int | None, int | None]:
    if not values:
        return None, None
    number, total = (*tuple(values[0]), 0, 0)[:2]
    return number or None, total or None
