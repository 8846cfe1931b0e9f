"""LRCLIB lyrics client: ``/api/get`` first, ``/api/search`` as fallback, synced lyrics preferred.

A miss is an answer (``status == NONE``), not an error; errors are outages only.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

import httpx

from engine.clients.http import make_client, raise_for_status, transport_error
from engine.domain.models import HealthStatus, ProviderHealth
from engine.errors import IntegrationError, ProtocolError, RateLimited

PROVIDER = "lrclib"
LRCLIB_URL = "https://lrclib.net"
DURATION_TOLERANCE_S = 2.0  # the server's own /api/get window
_PUNCT = re.compile(r"[`~!@#$%^&*()_|+\-=?;:\",.<>{}\[\]\\/]")


class LyricsStatus(StrEnum):
    SYNCED = "synced"
    PLAIN = "plain"
    INSTRUMENTAL = "instrumental"
    NONE = "none"


@dataclass(frozen=True, slots=True)
class Lyrics:
    synced: str | None
    plain: str | None
    instrumental: bool = False
    source_id: int | None = None

    @property
    def status(self) -> LyricsStatus:
        if self.synced:
            return LyricsStatus.SYNCED
        if self.plain:
            return LyricsStatus.PLAIN
        return LyricsStatus.INSTRUMENTAL if self.instrumental else LyricsStatus.NONE


NO_LYRICS = Lyrics(None, None)


def _normalise(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return " ".join(_PUNCT.sub(" ", folded.replace("'", "").replace("’", "")).split())


def _lyrics(record: dict[str, Any]) -> Lyrics:
    return Lyrics(record.get("syncedLyrics") or None, record.get("plainLyrics") or None,
                  bool(record.get("instrumental")), record.get("id"))


class LrclibClient:
    """``lyrics()`` never raises for "not found"; it raises :mod:`engine.errors` on outages."""

    def __init__(self, base_url: str = LRCLIB_URL, *, timeout_s: float = 10.0,
                 transport: httpx.AsyncBaseTransport | None = None) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout_s = timeout_s
        self._transport = transport

    async def lyrics(self, *, track: str, artist: str, album: str | None = None,
                     duration_s: float | None = None) -> Lyrics:
        """Exact lookup, then a search when that misses or lacks synced lyrics."""
        async with make_client(self.base_url, timeout=self.timeout_s,
                               transport=self._transport) as http:
            exact = await self._get_exact(http, track, artist, album, duration_s)
            if exact is not None and (exact.synced or exact.instrumental):
                return exact
            found = await self._search(http, track, artist, duration_s)
        candidates = [c for c in (exact, found) if c is not None]
        if not candidates:
            return NO_LYRICS
        return max(candidates, key=lambda c: (c.synced is not None, c.plain is not None))

    async def _get_exact(self, http: httpx.AsyncClient, track: str, artist: str,
                         album: str | None, duration_s: float | None) -> Lyrics | None:
        params: dict[str, str] = {"track_name": track, "artist_name": artist}
        if album:
            params["album_name"] = album
        if duration_s is not None and 1 <= duration_s <= 3600:
            params["duration"] = str(round(duration_s))
        response = await self._request(http, "/api/get", params)
        if response.status_code == 404:
            return None
        return _lyrics(self._json(response, dict))

    async def _search(self, http: httpx.AsyncClient, track: str, artist: str,
                      duration_s: float | None) -> Lyrics | None:
        response = await self._request(http, "/api/search",
                                       {"track_name": track, "artist_name": artist})
        records = [r for r in self._json(response, list) if isinstance(r, dict)]
        wanted_track, wanted_artist = _normalise(track), _normalise(artist)

        def fits(record: dict[str, Any]) -> bool:
            if _normalise(str(record.get("trackName") or "")) != wanted_track:
                return False
            if wanted_artist not in _normalise(str(record.get("artistName") or "")):
                return False
            length = record.get("duration")
            return duration_s is None or not isinstance(length, int | float) or \
                abs(length - duration_s) <= DURATION_TOLERANCE_S + 1

        best = [_lyrics(r) for r in records if fits(r)]
        best = [b for b in best if b.status is not LyricsStatus.NONE]
        if not best:
            return None
        return max(best, key=lambda b: (b.synced is not None, b.plain is not None))

    async def _request(self, http: httpx.AsyncClient, path: str,
                       params: dict[str, str]) -> httpx.Response:
        try:
            response = await http.get(path, params=params)
        except httpx.HTTPError as exc:
            raise transport_error(exc, PROVIDER) from None
        if response.status_code != 404:
            raise_for_status(response, PROVIDER)
        return response

    @staticmethod
    def _json(response: httpx.Response, kind: type) -> Any:
        try:
            body = response.json()
        except ValueError:
            raise ProtocolError("LRCLIB sent a non-JSON answer", provider=PROVIDER) from None
        if not isinstance(body, kind):
            raise ProtocolError("LRCLIB sent an unexpected answer", provider=PROVIDER)
        return body

    async def health(self) -> ProviderHealth:
        """A lookup that is expected to miss: any non-error answer means LRCLIB is up."""
        try:
            async with make_client(self.base_url, timeout=self.timeout_s,
                                   transport=self._transport) as http:
                await self._request(http, "/api/get", {"track_name": "Harmony health check",
                                                       "artist_name": "Harmony"})
        except RateLimited as exc:
            return ProviderHealth(PROVIDER, HealthStatus.DEGRADED, "lrclib.rate_limited",
                                  (("retry_after_s", f"{exc.retry_after:.0f}"),))
        except IntegrationError as exc:
            return ProviderHealth(PROVIDER, HealthStatus.DOWN, "lrclib.unreachable",
                                  (("error", exc.code),))
        return ProviderHealth(PROVIDER, HealthStatus.OK, "lrclib.ok")
