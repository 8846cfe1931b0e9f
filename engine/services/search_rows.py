"""Search results as facade rows: Spotify tracks/albums/artists and Soulseek files, scored."""

from __future__ import annotations

import re

from engine.clients.spotify_models import SpotifyAlbum, SpotifyArtist, SpotifyTrack
from engine.domain.models import SoulseekFile
from engine.facade.contracts import SearchResultRow
from engine.matching.normalize import strip_track_number, unscene
from engine.matching.quality import codec_of
from engine.services.search_scoring import Candidate, QueryTerms, score

_SEPARATORS = re.compile(r"[\\/]+")
_DASH = re.compile(r"\s+[-–—]\s+")


def track_row(search_id: str, query: QueryTerms, track: SpotifyTrack) -> SearchResultRow:
    album = track.album.name if track.album else None
    value, _ = score(query, Candidate("spotify", "track", track.name, track.artist_names, album))
    return SearchResultRow(search_id, "spotify", "track", value, track.name, track.artist_names,
                           album, track.duration_ms / 1000 if track.duration_ms else None,
                           spotify_id=track.id)


def album_row(search_id: str, query: QueryTerms, album: SpotifyAlbum) -> SearchResultRow:
    artists = tuple(a.name for a in album.artists)
    value, _ = score(query, Candidate("spotify", "album", album.name, artists, album.name))
    return SearchResultRow(search_id, "spotify", "album", value, album.name, artists, album.name,
                           None, spotify_id=album.id)


def artist_row(search_id: str, query: QueryTerms, artist: SpotifyArtist) -> SearchResultRow:
    value, _ = score(query, Candidate("spotify", "artist", artist.name, (artist.name,), None))
    return SearchResultRow(search_id, "spotify", "artist", value, artist.name, (artist.name,),
                           None, None, spotify_id=artist.id)


def file_fields(filename: str) -> tuple[str, tuple[str, ...], str | None]:
    """(title, artist guesses, album) read from a remote path such as
    ``@@share\\Music\\Artist\\Artist - Album (2013)\\01 - Title.flac``."""
    parts = [p for p in _SEPARATORS.split(filename) if p]
    name = parts[-1] if parts else filename
    stem = name.rsplit(".", 1)[0] if "." in name else name
    title = strip_track_number(unscene(stem)).strip()
    artists: list[str] = []
    pieces = _DASH.split(title, maxsplit=1)
    if len(pieces) == 2:  # "Artist - Title"
        artists.append(pieces[0].strip())
        title = pieces[1].strip()
    album = parts[-2] if len(parts) >= 2 else None
    if album and _DASH.search(album):  # "Artist - Album (2013)"
        folder_artist, folder_album = _DASH.split(album, maxsplit=1)
        artists.append(folder_artist.strip())
        album = folder_album.strip()
    if len(parts) >= 3:
        artists.append(parts[-3])
    return title or stem, tuple(dict.fromkeys(a for a in artists if a)), album


def file_row(search_id: str, query: QueryTerms, file: SoulseekFile) -> SearchResultRow:
    title, artists, album = file_fields(file.filename)
    value, junk = score(query, Candidate("soulseek", "file", title, artists, album), file)
    return SearchResultRow(search_id, "soulseek", "file", value, title, artists, album,
                           float(file.length_s) if file.length_s else None, file=file,
                           reasons=(junk,) if junk else (), format=codec_of(file) or None,
                           bitrate=file.bitrate)
