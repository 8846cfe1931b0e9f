"""The emulator's `/v1/search`: field filters (track:, artist:, album:, isrc:, year:) and free
keywords, matched case-insensitively as substrings (Spotify is fuzzy; this is lenient)."""

from __future__ import annotations

import re
from typing import Any

from tests.emulators.catalogue import Catalogue
from tests.emulators.spotify_shapes import Shapes

_TOKEN = re.compile(r'(?P<field>\w+):"(?P<quoted>[^"]*)"|(?P<field2>\w+):(?P<bare>\S+)'
                    r'|"(?P<phrase>[^"]*)"|(?P<word>\S+)')


def parse_query(query: str) -> tuple[dict[str, str], list[str]]:
    """Split ``q`` into field filters and free words (all lower-cased)."""
    filters: dict[str, str] = {}
    words: list[str] = []
    for match in _TOKEN.finditer(query):
        field = match["field"] or match["field2"]
        if field:
            filters[field.lower()] = (match["quoted"] if match["field"] else match["bare"]).lower()
        else:
            words.append((match["phrase"] or match["word"]).lower())
    return filters, words


def _year_ok(release_date: str, wanted: str) -> bool:
    year = int(release_date[:4])
    low, _, high = wanted.partition("-")
    return int(low or 0) <= year <= int(high or 9999) if "-" in wanted else year == int(low)


def search(cat: Catalogue, shapes: Shapes, query: str, kind: str) -> list[dict[str, Any]]:
    filters, words = parse_query(query)
    if kind == "track":
        return [shapes.track_full(t) for t in cat.tracks.values()
                if _track_matches(cat, t, filters, words)]
    if kind == "album":
        found = []
        for album in cat.albums.values():
            artists = " ".join(cat.artists[a].name for a in album.artist_ids).lower()
            if _all_in(words, f"{album.name} {artists}".lower()) and \
                    filters.get("album", "") in album.name.lower() and \
                    filters.get("artist", "") in artists:
                found.append(shapes.album_simple(album))
        return found
    return [shapes.artist_full(a) for a in cat.artists.values()
            if _all_in(words, a.name.lower()) and filters.get("artist", "") in a.name.lower()]


def _all_in(words: list[str], text: str) -> bool:
    return all(word in text for word in words)


def _track_matches(cat: Catalogue, track: Any, filters: dict[str, str], words: list[str]) -> bool:
    album = cat.album_of(track)
    artists = " ".join(cat.artist_names(track)).lower()
    title = track.title.lower()
    if "isrc" in filters and filters["isrc"] != track.isrc.lower():
        return False
    if filters.get("track", "") not in title or filters.get("artist", "") not in artists:
        return False
    if filters.get("album", "") not in album.name.lower():
        return False
    if "year" in filters and not _year_ok(album.release_date, filters["year"]):
        return False
    return _all_in(words, f"{title} {artists} {album.name.lower()}")
