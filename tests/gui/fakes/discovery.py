"""Fake discovery sections: the watchlist and the one-box search."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime
from typing import TYPE_CHECKING, Any

from engine.domain.models import SoulseekFile
from engine.facade import contracts as c
from tests.gui.fakes.base import Section, ago

if TYPE_CHECKING:
    from tests.gui.fakes.service import FakeService


class FakeWatchlist(Section):
    def __init__(self, service: FakeService, name: str) -> None:
        super().__init__(service, name)
        self.rows = [
            c.WatchlistArtistRow(1, "2exebQUDoIoT0dXA8BcN1P", "Moderat", 5, 24,
                                 ("album", "single", "ep"), ("live",), False, None,
                                 ago(hours=3), ago(hours=-21), None, 14, 1),
            c.WatchlistArtistRow(2, "2Bsd0NnE6uB9V5lVDLcEyw", "Apparat", 0, 72,
                                 ("album",), (), True, ago(days=-3), ago(days=1), None,
                                 None, 9, 0),
            c.WatchlistArtistRow(3, "2xJ3dxvLy3L1ZcMPjz7ITE", "Modeselektor", 0, 168,
                                 ("album", "single"), (), False, None, ago(days=2),
                                 ago(days=-5),
                                 "spotify.rate_limited: Spotify asked to wait 30 s", 22, 0),
        ]

    async def list(self) -> list[c.WatchlistArtistRow]:
        mode = await self._enter("list")
        return [] if mode == "empty" else list(self.rows)

    async def search_artists(self, query: str) -> list[c.ArtistHit]:
        await self._enter("search_artists", query)
        return [c.ArtistHit("7aRlVKlsIYtcv3g1MvvvbH", "Fritz Kalkbrenner", ("minimal techno",),
                            None, False, False)]

    async def followed_artists(self) -> list[c.ArtistHit]:
        await self._enter("followed_artists")
        return [c.ArtistHit("0oSGxfWSnnOXhD2fKuz2Gy", "Bonobo", ("downtempo",), None, True,
                            False)]

    async def add(self, spotify_artist_id: str, name: str, *, priority: int = 0,
                  interval_h: int | None = None,
                  release_types: Sequence[str] | None = None) -> c.WatchlistArtistRow:
        await self._enter("add", spotify_artist_id, name, priority=priority,
                          release_types=release_types)
        row = c.WatchlistArtistRow(len(self.rows) + 1, spotify_artist_id, name, priority,
                                   interval_h or 24, tuple(release_types or ("album",)), (),
                                   False, None, None, None, None, 0, 0)
        self.rows.append(row)
        return row

    async def update(self, artist_id: int, **changes: Any) -> c.WatchlistArtistRow:
        await self._enter("update", artist_id, **changes)
        self.rows = [replace(r, **changes) if r.id == artist_id else r for r in self.rows]
        return next(r for r in self.rows if r.id == artist_id)

    async def pause(self, artist_id: int, until: datetime | None = None) -> None:
        await self._enter("pause", artist_id)
        self.rows = [replace(r, paused=True) if r.id == artist_id else r for r in self.rows]

    async def resume(self, artist_id: int) -> None:
        await self._enter("resume", artist_id)
        self.rows = [replace(r, paused=False) if r.id == artist_id else r for r in self.rows]

    async def remove(self, artist_id: int) -> None:
        await self._enter("remove", artist_id)
        self.rows = [r for r in self.rows if r.id != artist_id]

    async def check_now(self, artist_id: int | None = None) -> None:
        await self._enter("check_now", artist_id)

    # the real facade's conveniences beyond the contract
    async def add_followed(self) -> list[c.WatchlistArtistRow]:
        await self._enter("add_followed")
        hit = (await self.followed_artists())[0]
        if any(r.spotify_artist_id == hit.spotify_id for r in self.rows):
            return []
        return [await self.add(hit.spotify_id, hit.name)]

    async def fetch_back_catalogue(self, artist_id: int) -> None:
        await self._enter("fetch_back_catalogue", artist_id)
        artist = next(r for r in self.rows if r.id == artist_id)
        from engine import events

        self.service.publish(events.Notification("watchlist.back_catalogue", {
            "artist": artist.name, "releases": 3, "tracks": 31}))


def file_row(search_id: str, n: int, ext: str, bitrate: int | None, score: float
             ) -> c.SearchResultRow:
    file = SoulseekFile(f"peer{n}", f"Music\\Moderat\\II\\0{n} - Moderat - Bad Kingdom.{ext}",
                        30_000_000 if ext == "flac" else 9_000_000, ext, bitrate,
                        16 if ext == "flac" else None, 44100, 241 + n, None, n % 2 == 0,
                        1_500_000 // n, n)
    return c.SearchResultRow(search_id, "soulseek", "file", score, "Bad Kingdom", ("Moderat",),
                             "II", 241.0 + n, file=file, format=ext, bitrate=bitrate)


class FakeSearch(Section):
    async def start(self, request: c.SearchRequest) -> str:
        await self._enter("start", request)
        search_id = f"s{len(self.calls)}"
        asyncio.get_running_loop().call_later(0.01, self._stream, search_id)
        return search_id

    def rows(self, search_id: str) -> tuple[c.SearchResultRow, ...]:
        return (
            c.SearchResultRow(search_id, "spotify", "track", 0.98, "Bad Kingdom",
                              ("Moderat",), "II", 241.0, spotify_id="2fRAqCrTPvHRPB3uQ0KDNj"),
            c.SearchResultRow(search_id, "spotify", "album", 0.81, "II", ("Moderat",), None,
                              None, spotify_id="5x5qrMpSzLVmD3jb5ZbFcd"),
            c.SearchResultRow(search_id, "spotify", "artist", 0.77, "Moderat", (), None, None,
                              spotify_id="2exebQUDoIoT0dXA8BcN1P"),
            file_row(search_id, 1, "flac", None, 0.93),
            file_row(search_id, 2, "mp3", 320, 0.88),
            file_row(search_id, 3, "mp3", 128, 0.64),
            file_row(search_id, 4, "ogg", 192, 0.59),
        )

    def _stream(self, search_id: str) -> None:
        from engine import events

        rows = self.rows(search_id)
        publish = self.service.publish
        publish(events.SearchStatus(search_id, "spotify", "running", 0))
        publish(events.SearchResults(search_id, rows[:3]))
        publish(events.SearchStatus(search_id, "spotify", "done", 3))
        publish(events.SearchResults(search_id, rows[3:]))
        publish(events.SearchStatus(search_id, "soulseek", "done", 4))

    async def score_against(self, search_id: str, spotify_track_id: str
                            ) -> list[c.SearchResultRow]:
        await self._enter("score_against", search_id, spotify_track_id)
        scores = {1: (0.97, ("title exact", "length ±1 s", "lossless")),
                  2: (0.90, ("title exact", "320 kbit/s")), 3: (0.52, ("low bitrate",)),
                  4: (0.71, ("title exact", "length +4 s"))}
        return [replace(row, confidence=scores[n][0], reasons=scores[n][1])
                for n, row in enumerate(self.rows(search_id)[3:], start=1)]

    async def add_to_wanted(self, row: c.SearchResultRow) -> int:
        await self._enter("add_to_wanted", row)
        return 12 if row.kind == "album" else 1
