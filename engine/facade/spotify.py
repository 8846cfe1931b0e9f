"""The Spotify section (engine.facade.contracts.SpotifySection) over the sync service."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from engine.db.repositories.playlists import PlaylistRecord
from engine.facade.contracts import PlaylistRow, SpotifyAccountView
from engine.services.spotify_sync import AccountInfo, SpotifySyncService


class SpotifyFacade:
    """``opener`` opens the authorise URL: the system browser unless a caller (a test, a
    headless run) sets another one."""

    def __init__(self, service: SpotifySyncService,
                 opener: Callable[[str], Any] | None = None) -> None:
        self._service = service
        self.opener = opener
        self.login_timeout_s = 300.0

    async def account(self) -> SpotifyAccountView:
        return _account(await self._service.account())

    async def login(self) -> SpotifyAccountView:
        return _account(await self._service.login(self.opener, self.login_timeout_s))

    async def logout(self) -> None:
        await self._service.logout()

    async def playlists(self, *, refresh: bool = False) -> list[PlaylistRow]:
        return [_row(p) for p in await self._service.list_playlists(refresh=refresh)]

    async def set_playlist_sync(self, playlist_id: int, enabled: bool) -> None:
        await self._service.set_sync(playlist_id, enabled)

    async def sync_now(self, playlist_id: int | None = None) -> None:
        await self._service.request_sync(playlist_id)


def _account(info: AccountInfo) -> SpotifyAccountView:
    return SpotifyAccountView(info.status, info.mode, info.display_name, info.client_id_set)


def _row(p: PlaylistRecord) -> PlaylistRow:
    return PlaylistRow(p.id, p.spotify_id, p.name, p.owner, p.source, p.track_count,
                       p.sync_enabled, p.last_synced_at, p.done, p.m3u_path)
