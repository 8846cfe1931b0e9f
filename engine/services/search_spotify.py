"""The Spotify side of a search: which kinds to ask for with which query, and the album search
the client does not offer yet."""

from __future__ import annotations

from typing import Any

from engine.clients.spotify import DEV_MODE_LIMIT, SpotifyClient, search_query
from engine.clients.spotify_models import SpotifyAlbum, parse_album
from engine.facade.contracts import SearchRequest


def spotify_plan(request: SearchRequest) -> dict[str, str]:
    """kind → Spotify query. Free text asks for everything; field boxes ask for what fits
    (an artist alone also lists the artist and albums; a title only tracks)."""
    text, artist, title, album = (request.text.strip(), request.artist.strip(),
                                  request.title.strip(), request.album.strip())
    if text:
        query = search_query(text=text, track=title, artist=artist, album=album)
        return {"track": query, "album": query, "artist": query}
    plan = {"track": search_query(track=title, artist=artist, album=album)}
    if album or (artist and not title):
        plan["album"] = search_query(artist=artist, album=album)
    if artist and not title and not album:
        plan["artist"] = artist
    return {kind: query for kind, query in plan.items() if query}


async def search_albums(client: SpotifyClient, query: str) -> list[SpotifyAlbum]:
    """Album search through the client's runner (same errors, retries and token handling)."""
    raw: Any = await client.runner.call("search", lambda sp: sp.search(
        query, limit=DEV_MODE_LIMIT, type="album"))
    items = (raw.get("albums") or {}).get("items") or [] if isinstance(raw, dict) else []
    return [parse_album(item) for item in items if item]


async def fetch_kind(client: SpotifyClient, kind: str, query: str) -> list[Any]:
    """Spotify tracks, albums or artists for ``query`` (one page: the search box's first look)."""
    if kind == "track":
        return list((await client.search_tracks(query)).items)
    if kind == "album":
        return await search_albums(client, query)
    return list((await client.search_artists(query)).items)
