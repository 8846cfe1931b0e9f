"""Spotify Web API client: spotipy in an executor, every page followed, typed DTOs out."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterator
from typing import Any

import spotipy

from engine.clients.oauth_pkce import SpotifyUserAuth
from engine.clients.spotify_auth import PROVIDER, TokenProvider
from engine.clients.spotify_calls import SPOTIFY_API_URL, SpotipyRunner
from engine.clients.spotify_models import (
    AudioFeatures,
    Page,
    PlaylistContents,
    PlaylistEntry,
    SavedTrack,
    SpotifyAlbum,
    SpotifyArtist,
    SpotifyConnection,
    SpotifyPlaylist,
    SpotifyTrack,
    SpotifyUser,
    parse_album,
    parse_artist,
    parse_audio_features,
    parse_playlist,
    parse_track,
    parse_user,
)
from engine.domain.models import HealthStatus, ProviderHealth
from engine.errors import AuthenticationFailed, IntegrationError, RateLimited

log = logging.getLogger(__name__)

#: Development Mode apps (2026) get 400 "Invalid limit" above 10 for these two.
DEV_MODE_LIMIT = 10
ALL_GROUPS = ("album", "single", "compilation", "appears_on")
MAX_PAGES = 1000  # a loop guard for a server whose ``next`` never ends


def search_query(*, track: str | None = None, artist: str | None = None,
                 album: str | None = None, isrc: str | None = None, year: str | None = None,
                 text: str | None = None) -> str:
    """Spotify's field syntax: ``track:"Two Words" artist:Name isrc:GB...`` (quotes if spaced)."""

    def field(name: str, value: str | None) -> str | None:
        if not value:
            return None
        value = value.replace('"', " ").strip()
        return f'{name}:"{value}"' if " " in value else f"{name}:{value}"

    parts = [text.strip() if text else None, field("track", track), field("artist", artist),
             field("album", album), field("isrc", isrc), field("year", year)]
    return " ".join(p for p in parts if p)


class SpotifyClient:
    """Reads the user's Spotify data. Errors are :mod:`engine.errors`; results are DTOs."""

    def __init__(self, tokens: TokenProvider, *, api_url: str = SPOTIFY_API_URL,
                 timeout_s: float = 10.0, max_retry_after_s: float = 30.0,
                 server_error_retries: int = 2) -> None:
        self.tokens = tokens
        self.runner = SpotipyRunner(tokens, api_url=api_url, timeout_s=timeout_s,
                                    max_retry_after_s=max_retry_after_s,
                                    server_error_retries=server_error_retries)

    # -- pages -----------------------------------------------------------------------------
    async def _all_pages(self, what: str, first: Callable[[spotipy.Spotify], Any],
                         unwrap: str | None = None) -> list[Any]:
        """Every item of a paged answer, following ``next`` links verbatim."""
        items: list[Any] = []
        page = _unwrap(await self.runner.call(what, first), unwrap)
        seen: set[str] = set()
        for _ in range(MAX_PAGES):
            items.extend(page.get("items") or [])
            next_url = page.get("next")
            if not next_url or next_url in seen:
                break
            seen.add(next_url)
            page = _unwrap(await self.runner.call(what, lambda sp, u=next_url: sp._get(u)),
                           unwrap)
        return items

    # -- the user's own data -----------------------------------------------------------------
    async def current_user(self) -> SpotifyUser:
        return parse_user(await self.runner.call("me", lambda sp: sp.current_user()))

    async def user_playlists(self) -> tuple[SpotifyPlaylist, ...]:
        raw = await self._all_pages("me/playlists",
                                    lambda sp: sp.current_user_playlists(limit=50))
        return tuple(parse_playlist(p) for p in raw if p)

    async def playlist(self, playlist_id: str) -> SpotifyPlaylist:
        return parse_playlist(await self.runner.call(
            "playlist", lambda sp: sp._get(f"playlists/{playlist_id}", fields=None)))

    async def playlist_items(self, playlist_id: str) -> PlaylistContents:
        """All entries: 2026 ``/items`` (``item``), falling back to the older ``/tracks``."""
        try:
            raw = await self._all_pages("playlist items", lambda sp: sp._get(
                f"playlists/{playlist_id}/items", limit=50, offset=0,
                additional_types="track,episode"))
        except IntegrationError as exc:
            if exc.code != "spotify.not_found":
                raise
            log.info("Spotify has no /items for this playlist; using the older /tracks")
            raw = await self._all_pages("playlist tracks", lambda sp: sp._get(
                f"playlists/{playlist_id}/tracks", limit=100, offset=0,
                additional_types="track,episode"))
        return _playlist_contents(playlist_id, raw)

    async def liked_songs(self) -> tuple[SavedTrack, ...]:
        raw = await self._all_pages("me/tracks",
                                    lambda sp: sp.current_user_saved_tracks(limit=50))
        return tuple(SavedTrack(parse_track(e["track"]), e.get("added_at"))
                     for e in raw if e and _is_playable_track(e.get("track")))

    async def followed_artists(self) -> tuple[SpotifyArtist, ...]:
        raw = await self._all_pages("me/following",
                                    lambda sp: sp.current_user_followed_artists(limit=50),
                                    unwrap="artists")
        return tuple(parse_artist(a) for a in raw if a)

    # -- catalogue -------------------------------------------------------------------------
    async def artist(self, artist_id: str) -> SpotifyArtist:
        return parse_artist(await self.runner.call("artist", lambda sp: sp.artist(artist_id)))

    async def artist_albums(self, artist_id: str, include_groups: tuple[str, ...] = ALL_GROUPS
                            ) -> tuple[SpotifyAlbum, ...]:
        """Every release of an artist (pages of 10: Development Mode's cap)."""
        groups = ",".join(include_groups)
        raw = await self._all_pages("artist albums", lambda sp: sp.artist_albums(
            artist_id, include_groups=groups, limit=DEV_MODE_LIMIT))
        unique = {a["id"]: a for a in raw if a and a.get("id")}
        return tuple(parse_album(a) for a in unique.values())

    async def album(self, album_id: str) -> SpotifyAlbum:
        return parse_album(await self.runner.call("album", lambda sp: sp.album(album_id)))

    async def album_tracks(self, album_id: str) -> tuple[SpotifyTrack, ...]:
        """All tracks of an album, each carrying the album (simplified tracks lack ISRCs)."""
        album = await self.album(album_id)
        raw = await self._all_pages("album tracks",
                                    lambda sp: sp.album_tracks(album_id, limit=50))
        return tuple(parse_track(t, album) for t in raw if t)

    async def track(self, track_id: str) -> SpotifyTrack:
        return parse_track(await self.runner.call("track", lambda sp: sp.track(track_id)))

    async def tracks(self, track_ids: list[str]) -> tuple[SpotifyTrack | None, ...]:
        """Several tracks one by one: the batch lookup is gone for Development Mode apps."""
        found: list[SpotifyTrack | None] = []
        for track_id in track_ids:
            try:
                found.append(await self.track(track_id))
            except IntegrationError as exc:
                if exc.code not in ("spotify.not_found", "spotify.http_400"):
                    raise
                found.append(None)
        return tuple(found)

    async def search_tracks(self, query: str, *, limit: int = DEV_MODE_LIMIT, offset: int = 0
                            ) -> Page[SpotifyTrack]:
        raw = (await self.runner.call("search", lambda sp: sp.search(
            query, limit=min(limit, DEV_MODE_LIMIT), offset=offset, type="track")))["tracks"]
        return _page(raw, lambda t: parse_track(t))

    async def search_artists(self, query: str, *, limit: int = DEV_MODE_LIMIT, offset: int = 0
                             ) -> Page[SpotifyArtist]:
        raw = (await self.runner.call("search", lambda sp: sp.search(
            query, limit=min(limit, DEV_MODE_LIMIT), offset=offset, type="artist")))["artists"]
        return _page(raw, parse_artist)

    async def audio_features(self, track_id: str) -> AudioFeatures | None:
        """None when Spotify withholds audio features (403 for apps created after 2024-11)."""
        try:
            raw = await self.runner.call("audio-features", lambda sp: sp._get(
                f"audio-features/{track_id}"))
        except AuthenticationFailed as exc:
            if exc.code == "spotify.forbidden":
                return None
            raise
        return parse_audio_features(raw) if raw else None

    # -- health ------------------------------------------------------------------------------
    async def connection(self) -> SpotifyConnection:
        status = getattr(self.tokens, "status", None)
        return await status() if status else SpotifyConnection.CONNECTED

    async def health(self) -> ProviderHealth:
        """unconfigured / unauthenticated / ok / degraded (rate-limited) / down (unreachable)."""
        connection = await self.connection()
        if connection is SpotifyConnection.UNCONFIGURED:
            return ProviderHealth(PROVIDER, HealthStatus.DEGRADED, "spotify.unconfigured",
                                  enabled=False)
        if connection is SpotifyConnection.UNAUTHENTICATED:
            return ProviderHealth(PROVIDER, HealthStatus.DEGRADED, "spotify.unauthenticated")
        remaining = self.runner.rate_limited_until - time.monotonic()
        if remaining > 0:
            return _rate_limited_health(remaining)
        return await self._probe()

    async def validate(self) -> ProviderHealth:
        """Secret validation: a forced token refresh, then ``/me``. Never echoes a secret."""
        validate = getattr(self.tokens, "validate", None)
        try:
            if validate is not None:
                await validate()
        except IntegrationError as exc:
            return _failure_health(exc)
        return await self._probe()

    async def _probe(self) -> ProviderHealth:
        try:
            if isinstance(self.tokens, SpotifyUserAuth):
                user = await self.current_user()
                return ProviderHealth(PROVIDER, HealthStatus.OK, "spotify.ok",
                                      (("user", user.id),))
            await self.tokens.access_token()
        except IntegrationError as exc:
            return _failure_health(exc)
        return ProviderHealth(PROVIDER, HealthStatus.OK, "spotify.ok")


def _rate_limited_health(retry_after: float) -> ProviderHealth:
    return ProviderHealth(PROVIDER, HealthStatus.DEGRADED, "spotify.rate_limited",
                          (("retry_after_s", f"{retry_after:.0f}"),))


def _failure_health(exc: IntegrationError) -> ProviderHealth:
    if isinstance(exc, RateLimited):
        return _rate_limited_health(exc.retry_after)
    if isinstance(exc, AuthenticationFailed):
        code = exc.code if exc.code.startswith("spotify.") else "spotify.unauthenticated"
        return ProviderHealth(PROVIDER, HealthStatus.DEGRADED, code)
    return ProviderHealth(PROVIDER, HealthStatus.DOWN, "spotify.unreachable",
                          (("error", exc.code),))


def _unwrap(page: Any, key: str | None) -> dict[str, Any]:
    return (page or {}).get(key) or {} if key else page or {}


def _page(raw: dict[str, Any], parse: Callable[[Any], Any]) -> Page[Any]:
    return Page(tuple(parse(i) for i in raw.get("items") or () if i), int(raw.get("total") or 0),
                int(raw.get("offset") or 0), raw.get("next"))


def _is_playable_track(payload: Any) -> bool:
    return isinstance(payload, dict) and payload.get("type", "track") == "track" and \
        not payload.get("is_local") and bool(payload.get("id"))


def _playlist_contents(playlist_id: str, raw: list[Any]) -> PlaylistContents:
    entries: list[PlaylistEntry] = []
    local = unavailable = episodes = 0
    for position, entry in enumerate(_entries(raw)):
        # 2026 shape puts the track under ``item``; the older one under ``track``.
        payload = entry.get("item", entry.get("track")) if entry else None
        if not isinstance(payload, dict):
            unavailable += 1
        elif entry.get("is_local") or payload.get("is_local"):
            local += 1
        elif payload.get("type", "track") != "track":
            episodes += 1
        elif not payload.get("id"):
            unavailable += 1
        else:
            entries.append(PlaylistEntry(position, parse_track(payload), entry.get("added_at")))
    return PlaylistContents(playlist_id, tuple(entries), local, unavailable, episodes)


def _entries(raw: list[Any]) -> Iterator[dict[str, Any] | None]:
    for entry in raw:
        yield entry if isinstance(entry, dict) else None
