"""Spotify loopback emulator: accounts service plus the Web API subset of external-apis.md §B.5,
with real paging, 2026 Development-Mode caps and shapes, and the error objects of §B.4.

Modes: ``dev2026`` (default: ``/playlists/{id}/items`` with ``item`` entries, old ``/tracks``
answers 403, search and artist-albums capped at 10), ``extended`` (both paths; ``/tracks`` with
``track`` entries) and ``legacy`` (only ``/tracks``; ``/items`` is 404, as before 2026).
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler
from typing import Any

from tests.emulators.catalogue import Catalogue, CatPlaylist, demo_catalogue, spotify_id
from tests.emulators.images import image_response
from tests.emulators.server import EmulatorServer, Fault, Request, Response
from tests.emulators.spotify_accounts import AccessToken, Accounts
from tests.emulators.spotify_search import search
from tests.emulators.spotify_shapes import Shapes

ApiHandler = Callable[[Request, AccessToken], Response]
_ID = r"(?P<id>[A-Za-z0-9]+)"


def api_error(status: int, message: str | None) -> Response:
    error: dict[str, Any] = {"status": status}
    if message is not None:
        error["message"] = message
    return Response.json({"error": error}, status)


class SpotifyEmulator(EmulatorServer):
    """Accounts (``/authorize``, ``/api/token``) and Web API (``/v1/...``) on one loopback port."""

    def __init__(self, catalogue: Catalogue | None = None, *, mode: str = "dev2026") -> None:
        super().__init__("spotify")
        self.catalogue = catalogue or demo_catalogue()
        self.mode = mode
        self.accounts = Accounts()
        self.accounts.state.user_id = self.catalogue.user_id
        #: Extra pathological playlist entries (local files, null tracks, episodes) per playlist.
        self.extra_entries: dict[str, list[dict[str, Any] | None]] = {}
        self.shapes = Shapes(self.catalogue, "http://127.0.0.1", dev_mode=mode == "dev2026")
        self._routes_for_accounts()
        self._routes_for_api()

    def start(self, port: int = 0) -> SpotifyEmulator:
        super().start(port)
        self.shapes.base = self.url
        return self

    def _dispatch(self, raw: BaseHTTPRequestHandler) -> None:
        # the client timed out during an injected delay: expected, not an error
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            super()._dispatch(raw)

    @property
    def dev_mode(self) -> bool:
        return self.mode == "dev2026"

    @property
    def api_url(self) -> str:
        return f"{self.url}/v1/"

    # -- mutations for tests -----------------------------------------------------------------
    def add_album(self, artist_id: str, name: str, titles: list[str], *,
                  release_date: str = "2026-05-01", album_type: str = "album") -> str:
        return self.catalogue.add_album(artist_id, name, titles, release_date=release_date,
                                        album_type=album_type).id

    def create_playlist(self, name: str, track_ids: list[str], *, owner_id: str | None = None,
                        seed: int = 0) -> str:
        import random

        playlist = CatPlaylist(spotify_id(random.Random(seed + len(self.catalogue.playlists))),
                               name, owner_id or self.catalogue.user_id, list(track_ids))
        self.catalogue.playlists[playlist.id] = playlist
        return playlist.id

    def add_playlist_items(self, playlist_id: str, track_ids: list[str]) -> None:
        playlist = self.catalogue.playlists[playlist_id]
        playlist.track_ids.extend(track_ids)
        playlist.snapshot += 1

    def remove_playlist_items(self, playlist_id: str, track_ids: list[str]) -> None:
        playlist = self.catalogue.playlists[playlist_id]
        playlist.track_ids[:] = [t for t in playlist.track_ids if t not in set(track_ids)]
        playlist.snapshot += 1

    def add_pathological_entries(self, playlist_id: str) -> None:
        """Append a local file, an unavailable (null) track and a podcast episode."""
        self.extra_entries.setdefault(playlist_id, []).extend(
            [self.shapes.local_track(1), None, self.shapes.episode(1)])

    @staticmethod
    def fault(status: int, *, retry_after: float | None = None, times: int | None = None,
              message: str | None = None) -> Fault:
        """A Fault whose body is Spotify's error object (§B.4)."""
        headers = {"Retry-After": f"{retry_after:g}"} if retry_after is not None else {}
        error: dict[str, Any] = {"status": status}
        if message or status == 429:
            error["message"] = message or "API rate limit exceeded"
        return Fault(status=status, headers=headers, body={"error": error}, times=times)

    # -- routing helpers ---------------------------------------------------------------------
    def _routes_for_accounts(self) -> None:
        self.route("GET", r"/authorize/?", self.accounts.authorize)
        self.route("POST", r"/api/token/?", self.accounts.token)
        self.route("GET", r"/image/(?P<name>[^/]+)", lambda r: image_response(r.params["name"]))

    def _api(self, pattern: str, handler: ApiHandler, *, user: bool = True) -> None:
        def guarded(request: Request) -> Response:
            token = self.accounts.token_for(request.headers.get("authorization"))
            if token is None:
                return api_error(401, "The access token expired"
                                 if request.headers.get("authorization") else "No token provided")
            if user and token.user_id is None:
                return api_error(403, "This request requires user authentication.")
            return handler(request, token)

        self.route("GET", f"/v1/{pattern}/?", guarded)

    def _routes_for_api(self) -> None:
        self._api("me", lambda r, t: Response.json(self.shapes.user(t.user_id or "")))
        self._api("me/playlists", self._my_playlists)
        self._api("me/tracks", self._liked)
        self._api("me/following", self._following)
        self._api(f"artists/{_ID}", self._artist, user=False)
        self._api(f"artists/{_ID}/albums", self._artist_albums, user=False)
        self._api(f"albums/{_ID}", self._album, user=False)
        self._api(f"albums/{_ID}/tracks", self._album_tracks, user=False)
        self._api(f"tracks/{_ID}", self._track, user=False)
        self._api("tracks", self._several_tracks, user=False)
        self._api(f"playlists/{_ID}", self._playlist, user=False)
        self._api(f"playlists/{_ID}/(?P<kind>items|tracks)", self._playlist_entries, user=False)
        self._api("search", self._search, user=False)
        self._api("audio-features", self._audio_features, user=False)
        self._api(f"audio-features/{_ID}", self._audio_features, user=False)

    @staticmethod
    def _paging(request: Request, default: int, maximum: int) -> tuple[int, int] | Response:
        try:
            limit = int(request.query.get("limit", default))
            offset = int(request.query.get("offset", 0))
        except ValueError:
            return api_error(400, "Invalid limit")
        if not 1 <= limit <= maximum:
            return api_error(400, "Invalid limit")
        if offset < 0:
            return api_error(400, "Invalid offset")
        return offset, limit

    def _paged(self, request: Request, items: list[Any], path: str, *, default: int = 20,
               maximum: int = 50, keep: tuple[str, ...] = ()) -> Response:
        paging = self._paging(request, default, maximum)
        if isinstance(paging, Response):
            return paging
        params = {k: request.query[k] for k in keep if k in request.query}
        return Response.json(self.shapes.page(items, path, params, *paging))

    # -- handlers ------------------------------------------------------------------------------
    def _my_playlists(self, request: Request, token: AccessToken) -> Response:
        mine = [self.shapes.playlist_simple(p, len(self._entries(p.id)))
                for p in self.catalogue.playlists.values()]
        return self._paged(request, mine, "me/playlists")

    def _liked(self, request: Request, token: AccessToken) -> Response:
        items = [{"added_at": f"2024-01-{(i % 28) + 1:02d}T12:00:00Z",
                  "track": self.shapes.track_full(self.catalogue.tracks[t])}
                 for i, t in enumerate(self.catalogue.liked_track_ids)]
        return self._paged(request, items, "me/tracks")

    def _following(self, request: Request, token: AccessToken) -> Response:
        if request.query.get("type") != "artist":
            return api_error(400, "Bad request: type must be artist")
        paging = self._paging(request, 20, 50)
        if isinstance(paging, Response):
            return paging
        limit = paging[1]
        ids = list(self.catalogue.followed_artist_ids)
        after = request.query.get("after")
        start = ids.index(after) + 1 if after in ids else 0
        window = ids[start:start + limit]
        more = start + limit < len(ids)
        last = window[-1] if window and more else None
        href = self.shapes.api(f"me/following?type=artist&limit={limit}")
        return Response.json({"artists": {
            "href": href + (f"&after={after}" if after else ""),
            "items": [self.shapes.artist_full(self.catalogue.artists[a]) for a in window],
            "limit": limit, "next": f"{href}&after={last}" if last else None,
            "cursors": {"after": last}, "total": len(ids)}})

    def _artist(self, request: Request, token: AccessToken) -> Response:
        artist = self.catalogue.artists.get(request.params["id"])
        if artist is None:
            return api_error(404, "non existing id")
        return Response.json(self.shapes.artist_full(artist))

    def _artist_albums(self, request: Request, token: AccessToken) -> Response:
        artist_id = request.params["id"]
        if artist_id not in self.catalogue.artists:
            return api_error(404, "non existing id")
        groups = request.query.get("include_groups")
        wanted = set(groups.split(",")) if groups else None
        albums = [self.shapes.album_simple(a, a.group)
                  for a in self.catalogue.albums_of_artist(artist_id)
                  if wanted is None or a.group in wanted]
        albums.sort(key=lambda a: a["release_date"], reverse=True)
        cap = 10 if self.dev_mode else 50
        return self._paged(request, albums, f"artists/{artist_id}/albums",
                           default=5 if self.dev_mode else 20, maximum=cap,
                           keep=("include_groups", "market"))

    def _album(self, request: Request, token: AccessToken) -> Response:
        album = self.catalogue.albums.get(request.params["id"])
        if album is None:
            return api_error(404, "non existing id")
        return Response.json(self.shapes.album_full(album))

    def _album_tracks(self, request: Request, token: AccessToken) -> Response:
        album = self.catalogue.albums.get(request.params["id"])
        if album is None:
            return api_error(404, "non existing id")
        tracks = [self.shapes.track_simple(self.catalogue.tracks[t]) for t in album.track_ids]
        return self._paged(request, tracks, f"albums/{album.id}/tracks")

    def _track(self, request: Request, token: AccessToken) -> Response:
        track_id = request.params["id"]
        if not re.fullmatch(r"[A-Za-z0-9]{22}", track_id):
            return api_error(400, "invalid id")
        track = self.catalogue.tracks.get(track_id)
        if track is None:
            return api_error(404, "non existing id")
        return Response.json(self.shapes.track_full(track))

    def _several_tracks(self, request: Request, token: AccessToken) -> Response:
        if self.dev_mode:  # batch lookups were removed for Development Mode apps (§B.1)
            return api_error(403, "Forbidden")
        ids = [i for i in request.query.get("ids", "").split(",") if i]
        if not ids or len(ids) > 50:
            return api_error(400, "invalid ids")
        return Response.json({"tracks": [
            self.shapes.track_full(self.catalogue.tracks[i]) if i in self.catalogue.tracks
            else None for i in ids]})

    def _entries(self, playlist_id: str) -> list[dict[str, Any] | None]:
        playlist = self.catalogue.playlists[playlist_id]
        tracks: list[dict[str, Any] | None] = [
            self.shapes.track_full(self.catalogue.tracks[t]) for t in playlist.track_ids
            if t in self.catalogue.tracks]
        return tracks + self.extra_entries.get(playlist_id, [])

    def _entry_json(self, payload: dict[str, Any] | None, key: str) -> dict[str, Any]:
        is_local = bool(payload and payload.get("is_local"))
        return {"added_at": "2024-01-31T12:00:00Z", "added_by": self.shapes.user(
            self.catalogue.user_id), "is_local": is_local, key: payload}

    def _playlist(self, request: Request, token: AccessToken) -> Response:
        playlist = self.catalogue.playlists.get(request.params["id"])
        if playlist is None:
            return api_error(404, "Resource not found")
        body = self.shapes.playlist_simple(playlist, len(self._entries(playlist.id)))
        key = "items" if self.dev_mode else "tracks"
        entries = [self._entry_json(e, "item" if self.dev_mode else "track")
                   for e in self._entries(playlist.id)]
        body[key] = self.shapes.page(entries, f"playlists/{playlist.id}/{key}", {}, 0, 100)
        return Response.json(body)

    def _playlist_entries(self, request: Request, token: AccessToken) -> Response:
        kind = request.params["kind"]
        if kind == "items" and self.mode == "legacy":
            return api_error(404, "Service not found")
        if kind == "tracks" and self.dev_mode:
            return api_error(403, "Forbidden")
        playlist = self.catalogue.playlists.get(request.params["id"])
        if playlist is None:
            return api_error(404, "Resource not found")
        if self.dev_mode and playlist.owner_id != token.user_id:
            return api_error(403, "Forbidden")
        key = "item" if kind == "items" else "track"
        entries = [self._entry_json(e, key) for e in self._entries(playlist.id)]
        return self._paged(request, entries, f"playlists/{playlist.id}/{kind}",
                           maximum=50 if kind == "items" else 100,
                           keep=("additional_types", "market"))

    def _search(self, request: Request, token: AccessToken) -> Response:
        query = request.query.get("q") or request.query.get("query")
        if not query:
            return api_error(400, "No search query")
        kinds = [k for k in request.query.get("type", "").split(",") if k]
        if not kinds or any(k not in ("track", "album", "artist") for k in kinds):
            return api_error(400, "Bad search type field")
        paging = self._paging(request, 5 if self.dev_mode else 20, 10 if self.dev_mode else 50)
        if isinstance(paging, Response):
            return paging
        body = {}
        for kind in kinds:
            found = search(self.catalogue, self.shapes, query, kind)
            body[f"{kind}s"] = self.shapes.page(found, "search", {"query": query, "type": kind},
                                                *paging)
        return Response.json(body)

    def _audio_features(self, request: Request, token: AccessToken) -> Response:
        if self.mode != "extended":  # new apps since 2024-11-27 (§B.1): bare 403, no message
            return api_error(403, None)
        ids = [request.params["id"]] if request.params.get("id") else \
            [i for i in request.query.get("ids", "").split(",") if i]
        features = [{"id": i, "type": "audio_features", "tempo": 120.0, "key": 5, "mode": 1,
                     "energy": 0.5, "danceability": 0.6, "valence": 0.4,
                     "duration_ms": self.catalogue.tracks[i].duration_ms}
                    if i in self.catalogue.tracks else None for i in ids]
        return Response.json(features[0] if request.params.get("id") else
                             {"audio_features": features})
