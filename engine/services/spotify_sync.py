"""Spotify account and playlist sync (PRO mode): the user's playlists, liked songs, followed
artists; chosen playlists kept in sync, removals marked and never deleting a file."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from engine.activity import ActivityLog
from engine.clients.spotify_models import SpotifyArtist, SpotifyConnection, SpotifyTrack
from engine.db.repositories.playlists import (
    PlaylistRecord,
    PlaylistRepository,
    RemotePlaylist,
)
from engine.db.repositories.wanted import WantedItems
from engine.db.session import Database
from engine.errors import AuthenticationFailed, HarmonyError, IntegrationError, RateLimited
from engine.jobs.handlers import JobContext, RetryLater
from engine.services.integrations import Integrations
from engine.services.sources_tracks import wanted_from_spotify

log = logging.getLogger(__name__)
JOB_TYPE = "playlist_sync"
ALL_KEY = "playlist_sync:all"


@dataclass(frozen=True)
class AccountInfo:
    status: str
    mode: str
    display_name: str | None
    client_id_set: bool


@dataclass(frozen=True)
class SyncOutcome:
    playlist_id: int
    added: int
    removed: int
    total: int
    withdrawn: int
    skipped: bool = False


Enqueue = Callable[..., Awaitable[Any]]


class SpotifySyncService:
    def __init__(self, database: Database, integrations: Integrations, activity: ActivityLog,
                 wanted: WantedItems, enqueue: Enqueue,
                 after_sync: Callable[[int], Any] | None = None) -> None:
        self._db = database
        self._integrations = integrations
        self._activity = activity
        self._wanted = wanted
        self._enqueue = enqueue
        self._after_sync = after_sync
        self.playlists = PlaylistRepository(database)
        self._display_name: str | None = None

    # -- account -----------------------------------------------------------------------------
    async def connection(self) -> SpotifyConnection:
        return await self._integrations.spotify_connection()

    async def connected(self) -> bool:
        return await self.connection() is SpotifyConnection.CONNECTED

    async def account(self) -> AccountInfo:
        status = await self.connection()
        client_id_set = bool(self._integrations.spotify_auth().client_id)
        if status is not SpotifyConnection.CONNECTED:
            self._display_name = None
            return AccountInfo(status.value, "FREE", None, client_id_set)
        if self._display_name is None:
            try:
                user = await self._integrations.spotify().current_user()
                self._display_name = user.display_name or user.id
            except HarmonyError as exc:  # connected but unreachable: still PRO, no name yet
                log.info("Spotify profile unavailable: %s", exc.code)
        return AccountInfo(status.value, "PRO", self._display_name, client_id_set)

    async def login(self, opener: Callable[[str], Any] | None = None,
                    timeout_s: float = 300.0) -> AccountInfo:
        await self._integrations.spotify_login(opener).run(timeout_s=timeout_s)
        self._display_name = None
        await self._activity.record("sync", "completed", action="spotify_login")
        return await self.account()

    async def logout(self) -> None:
        await self._integrations.spotify_auth().logout()
        self._display_name = None
        await self._activity.record("sync", "completed", action="spotify_logout")

    async def followed_artists(self) -> tuple[SpotifyArtist, ...]:
        """The artists the user follows (the watchlist adds them); empty when not connected."""
        if not await self.connected():
            return ()
        return await self._integrations.spotify().followed_artists()

    # -- playlists ---------------------------------------------------------------------------
    async def list_playlists(self, *, refresh: bool = False) -> list[PlaylistRecord]:
        if refresh and await self.connected():
            remote = await self._integrations.spotify().user_playlists()
            await self.playlists.upsert_remote([
                RemotePlaylist(p.id, p.name, p.owner_name or p.owner_id, p.total_items)
                for p in remote])
            await self.playlists.ensure_liked()
        return await self.playlists.list()

    async def set_sync(self, playlist_id: int, enabled: bool) -> None:
        if not await self.playlists.set_sync(playlist_id, enabled):
            raise HarmonyError("No such playlist", code="spotify.playlist_not_found",
                               params={"playlist_id": playlist_id})
        if enabled:
            await self.request_sync(playlist_id)

    async def request_sync(self, playlist_id: int | None = None) -> None:
        if playlist_id is None:
            await self._enqueue(JOB_TYPE, {"all": True}, dedupe_key=ALL_KEY)
        else:
            await self._enqueue(JOB_TYPE, {"playlist_id": playlist_id},
                                dedupe_key=f"playlist_sync:{playlist_id}")

    async def tick(self) -> None:
        """Timer: queue one sync of every chosen playlist while Spotify is connected."""
        if await self.connected() and await self.playlists.list(sync_enabled_only=True):
            await self.request_sync(None)

    # -- the job -------------------------------------------------------------------------------
    async def handle(self, ctx: JobContext) -> None:
        if not await self.connected():
            log.info("playlist sync skipped: Spotify is not connected")
            return
        if ctx.payload.get("playlist_id") is not None:
            record = await self.playlists.get(int(ctx.payload["playlist_id"]))
            targets = [record] if record is not None else []
        else:
            targets = await self.playlists.list(sync_enabled_only=True)
        for record in targets:
            try:
                await self.sync_playlist(record)
            except RateLimited as exc:
                raise RetryLater("spotify rate limited", exc.retry_after) from exc
            except AuthenticationFailed:
                raise
            except IntegrationError as exc:  # one broken playlist must not stop the others
                await self._activity.record("sync", "failed", action="playlist_sync",
                                            playlist=record.name, playlist_id=record.id,
                                            error=exc.code)

    async def sync_playlist(self, record: PlaylistRecord) -> SyncOutcome:
        tracks, snapshot = await self._remote_tracks(record)
        if tracks is None:
            return SyncOutcome(record.id, 0, 0, record.track_count, 0, skipped=True)
        source = "liked" if record.source == "liked" else "playlist"
        items = [wanted_from_spotify(track, source) for track in tracks]
        async with self._db.session() as session:
            upserted = await self._wanted.upsert_many(items, session=session)
            changes = await self.playlists.replace_items(session, record.id, upserted.ids)
            await self.playlists.mark_synced(session, record.id, snapshot_id=snapshot,
                                             track_count=len(set(upserted.ids)))
        withdrawn = await self.playlists.withdrawable(changes.removed)
        for item_id in withdrawn:
            await self._wanted.transition(item_id, "removed", activity_type="sync",
                                          reason="removed_from_playlist",
                                          playlist=record.name)
        outcome = SyncOutcome(record.id, len(changes.added), len(changes.removed),
                              len(set(upserted.ids)), len(withdrawn))
        await self._activity.record("sync", "completed", action="playlist_sync",
                                    playlist=record.name, playlist_id=record.id,
                                    added=outcome.added, removed=outcome.removed,
                                    total=outcome.total, withdrawn=outcome.withdrawn)
        if self._after_sync is not None:
            result = self._after_sync(record.id)
            if hasattr(result, "__await__"):
                await result
        return outcome

    async def _remote_tracks(self, record: PlaylistRecord
                             ) -> tuple[list[SpotifyTrack] | None, str | None]:
        """The playlist's tracks now, or None when its snapshot did not change."""
        client = self._integrations.spotify()
        if record.source == "liked":
            return [saved.track for saved in await client.liked_songs()], None
        if not record.spotify_id:
            return None, None  # an imported text list: nothing to fetch
        meta = await client.playlist(record.spotify_id)
        if meta.snapshot_id and meta.snapshot_id == record.snapshot_id and \
                record.last_synced_at is not None:
            return None, meta.snapshot_id
        contents = await client.playlist_items(record.spotify_id)
        return list(contents.tracks), meta.snapshot_id
