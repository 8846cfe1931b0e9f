"""Playlists as ``<music_dir>/Playlists/<name>.m3u8`` (relative paths), refreshed as tracks
arrive: finished items are collected and the playlists that list them rewritten after a short
pause, so a burst of downloads rewrites each file once."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Iterable
from pathlib import Path

from engine.db.repositories.playlists import PlaylistRecord, PlaylistRepository
from engine.events import EventBus, WantedItemChanged
from engine.library.m3u import write_m3u8
from engine.library.sanitise import sanitise_component
from engine.paths import AppPaths, effective_music_dir
from engine.settings_store import SettingsStore

log = logging.getLogger(__name__)
PLAYLIST_FOLDER = "Playlists"
ARRIVED_STATES = ("done", "owned")


class PlaylistExporter:
    def __init__(self, settings: SettingsStore, playlists: PlaylistRepository, bus: EventBus,
                 *, debounce_s: float = 2.0, paths: AppPaths | None = None) -> None:
        self._settings = settings
        self._paths = paths
        self._playlists = playlists
        self._debounce_s = debounce_s
        self._arrived: set[int] = set()
        self._flush_task: asyncio.Task[None] | None = None
        self._unsubscribe = bus.subscribe(WantedItemChanged, self._on_item_changed)

    def _enabled_root(self) -> Path | None:
        if not self._settings.get("library.write_playlists"):
            return None
        configured = self._settings.get("library.music_dir")
        if self._paths is not None:
            return effective_music_dir(configured, self._paths)
        return Path(configured) if configured else None

    # -- refresh as tracks arrive ------------------------------------------------------------
    def _on_item_changed(self, event: WantedItemChanged) -> None:
        if event.state not in ARRIVED_STATES:
            return
        self._arrived.add(event.item_id)
        if self._flush_task is None or self._flush_task.done():
            self._flush_task = asyncio.ensure_future(self._flush_later())

    async def _flush_later(self) -> None:
        await asyncio.sleep(self._debounce_s)
        await self.flush()

    async def flush(self) -> None:
        """Rewrite every playlist listing an item that arrived since the last flush."""
        arrived, self._arrived = list(self._arrived), set()
        if not arrived:
            return
        try:
            await self.export_many(await self._playlists.containing(arrived))
        except Exception:  # the next arrival or sync tries again; a download must not fail
            log.exception("playlist export failed", extra={"action": "m3u_export"})

    async def export_many(self, playlist_ids: Iterable[int]) -> None:
        for playlist_id in playlist_ids:
            await self.export(playlist_id)

    # -- writing -----------------------------------------------------------------------------
    async def export(self, playlist_id: int) -> Path | None:
        root = self._enabled_root()
        if root is None:
            return None
        records = await self._playlists.list()
        record = next((r for r in records if r.id == playlist_id), None)
        if record is None:
            return None
        target = root / PLAYLIST_FOLDER / file_name(record, records)
        entries = [(row.path, row.duration_ms / 1000 if row.duration_ms else None,
                    f"{', '.join(row.artists)} - {row.title}")
                   for row in await self._playlists.m3u_rows(playlist_id)]
        loop = asyncio.get_running_loop()
        await loop.run_in_executor(None, lambda: write_m3u8(target, entries,
                                                            library_root=root))
        if record.m3u_path != str(target):
            await self._playlists.set_m3u_path(playlist_id, str(target))
        return target

    async def aclose(self) -> None:
        self._unsubscribe()
        if self._flush_task is not None:
            self._flush_task.cancel()
            with contextlib.suppress(BaseException):
                await self._flush_task


def file_name(record: PlaylistRecord, records: Iterable[PlaylistRecord]) -> str:
    """``<name>.m3u8``; a second playlist of the same name gets its id appended."""
    base = sanitise_component(record.name, fallback=f"Playlist {record.id}")
    clash = any(r.id < record.id and sanitise_component(r.name, fallback="") == base
                for r in records)
    stem = f"{base} ({record.id})" if clash else base
    return sanitise_component(stem, fallback=f"Playlist {record.id}", suffix=".m3u8")
