"""Album progress of new releases: "<Album>: 11 of 12 tracks in the library".

Listens to :class:`WantedItemChanged`. When a release's last track arrives the notification
goes out at once; partial progress is announced only after ``watchlist.progress_quiet_s`` without
further arrivals, so a burst of downloads gives one message, not twelve. Each count is
announced at most once (a conditional UPDATE claims it), across retries and engines.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable

from engine.db.repositories.watchlist import HAVE_STATES, ReleaseRecord, WatchlistRepository
from engine.events import EventBus, Notification, WantedItemChanged
from engine.settings_store import SettingsStore

log = logging.getLogger(__name__)


class AlbumProgress:
    def __init__(self, repo: WatchlistRepository, settings: SettingsStore, bus: EventBus) -> None:
        self._repo = repo
        self._settings = settings
        self._bus = bus
        self._pending: dict[int, asyncio.Task[None]] = {}
        self._unsubscribe: Callable[[], None] | None = None

    def start(self) -> None:
        self._unsubscribe = self._bus.subscribe(WantedItemChanged, self.on_item_changed)

    async def on_item_changed(self, event: WantedItemChanged) -> None:
        if event.state not in HAVE_STATES:
            return
        try:
            for release in await self._repo.releases_with_item(event.item_id):
                await self.consider(release)
        except Exception:  # a listener must never break the publisher's flow
            log.exception("album progress failed for item %s", event.item_id)

    async def consider(self, release: ReleaseRecord) -> None:
        total = len(release.wanted_item_ids)
        if not total:
            return
        have = await self._repo.count_have(release.wanted_item_ids)
        if have >= total:
            self._cancel(release.id)
            await self._announce(release, have, total)
            return
        quiet = float(self._settings.get("watchlist.progress_quiet_s"))
        self._cancel(release.id)
        self._pending[release.id] = asyncio.create_task(self._later(release, total, quiet))

    async def _later(self, release: ReleaseRecord, total: int, quiet_s: float) -> None:
        await asyncio.sleep(quiet_s)
        self._pending.pop(release.id, None)
        try:
            have = await self._repo.count_have(release.wanted_item_ids)
            await self._announce(release, have, total)
        except Exception:
            log.exception("album progress failed for release %s", release.id)

    async def _announce(self, release: ReleaseRecord, have: int, total: int) -> None:
        if have <= 0 or not await self._repo.claim_progress(release.id, have):
            return
        artist = await self._repo.get(release.artist_id)
        self._bus.publish(Notification(code="watchlist.album_progress", params={
            "artist": artist.name if artist else "", "album": release.name,
            "album_id": release.spotify_album_id, "have": have, "total": total}))

    def _cancel(self, release_id: int) -> None:
        task = self._pending.pop(release_id, None)
        if task is not None:
            task.cancel()

    async def aclose(self) -> None:
        if self._unsubscribe is not None:
            self._unsubscribe()
        tasks = list(self._pending.values())
        self._pending.clear()
        for task in tasks:
            task.cancel()
        for task in tasks:
            with contextlib.suppress(BaseException):
                await task
