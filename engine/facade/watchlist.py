"""The watchlist section (Watchlist tab): artists, search, followed artists, "Jetzt prüfen"."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from engine.db.repositories.watchlist import ArtistRecord
from engine.facade.contracts import ArtistHit, WatchlistArtistRow
from engine.services.watchlist import WatchlistService


def artist_row(record: ArtistRecord) -> WatchlistArtistRow:
    return WatchlistArtistRow(
        id=record.id, spotify_artist_id=record.spotify_artist_id, name=record.name,
        priority=record.priority, interval_h=record.interval_h,
        release_types=record.release_types, skip_words=record.skip_words,
        paused=record.paused, resume_at=record.resume_at,
        last_checked_at=record.last_checked_at, next_check_at=record.next_check_at,
        last_error=record.last_error, known_releases=record.known_releases,
        new_releases=record.new_releases)


class WatchlistFacade:
    """Implements :class:`engine.facade.contracts.WatchlistSection` (plus two conveniences)."""

    def __init__(self, service: WatchlistService) -> None:
        self._service = service

    async def list(self) -> list[WatchlistArtistRow]:
        return [artist_row(r) for r in await self._service.list()]

    async def search_artists(self, query: str) -> list[ArtistHit]:
        return await self._service.search_artists(query)

    async def followed_artists(self) -> list[ArtistHit]:
        return await self._service.followed_artists()

    async def add(self, spotify_artist_id: str, name: str, *, priority: int = 0,
                  interval_h: int | None = None,
                  release_types: Sequence[str] | None = None) -> WatchlistArtistRow:
        return artist_row(await self._service.add(spotify_artist_id, name, priority=priority,
                                                  interval_h=interval_h,
                                                  release_types=release_types))

    async def update(self, artist_id: int, **changes: Any) -> WatchlistArtistRow:
        return artist_row(await self._service.update(artist_id, **changes))

    async def pause(self, artist_id: int, until: datetime | None = None) -> None:
        await self._service.pause(artist_id, until)

    async def resume(self, artist_id: int) -> None:
        await self._service.resume(artist_id)

    async def remove(self, artist_id: int) -> None:
        await self._service.remove(artist_id)

    async def check_now(self, artist_id: int | None = None) -> None:
        await self._service.check_now(artist_id)

    # -- beyond the contract -----------------------------------------------------------------
    async def add_followed(self) -> list[WatchlistArtistRow]:
        """Watch every followed artist not watched yet; returns the added rows."""
        return [artist_row(r) for r in await self._service.add_followed()]

    async def fetch_back_catalogue(self, artist_id: int) -> None:
        """Queue the tracks of the artist's earlier releases (never done automatically)."""
        await self._service.fetch_back_catalogue(artist_id)
