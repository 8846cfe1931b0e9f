"""What the user can do to the pipeline (the Downloads and Matching sections call this):
requeue, priority, cancel, "use this file", bans and rematch — each takes effect at once."""

from __future__ import annotations

import contextlib
import time
from typing import Any

from engine.clients.spotify_models import SpotifyConnection
from engine.db.repositories import downloads as dl
from engine.db.repositories.downloads import DownloadView
from engine.db.repositories.wanted import NewWantedItem
from engine.db.tables import WantedItem
from engine.domain import failure_codes as fc
from engine.domain.models import SoulseekFile, TrackQuery
from engine.errors import HarmonyError, IntegrationError
from engine.jobs.spec import job_type
from engine.services.acquisition import Acquisition
from engine.services.acquisition_reconcile import Reconciler
from engine.services.search_wanted import wanted_from_track

_RESET = {"retry_count": 0, "next_retry_at": None, "last_error": None, "transfer_id": None,
          "bytes_transferred": 0, "progress": 0.0, "local_path": None, "completed_at": None,
          "metadata_status": "pending", "artwork_status": "pending", "lyrics_status": "pending"}


def _fresh_attempt(row: DownloadView) -> dict[str, Any]:
    """The reset for another go at the item. A file Harmony organised for it stays named in
    ``organised_path``, so the new download replaces it (the search does not count it as
    owned); a file merely found in the library (``owned``) is the user's and is never replaced."""
    return {**_RESET, "organised_path": None if row.state == dl.OWNED else row.organised_path}


def _text(value: str | None) -> str | None:
    """PostgreSQL text cannot hold NUL characters; nothing legitimate needs them."""
    return value.replace("\x00", "") if value is not None else None


class NotFound(HarmonyError):
    """No such download or wanted item."""

    code = "acquisition.not_found"


class PipelineControl:
    def __init__(self, acquisition: Acquisition, reconciler: Reconciler) -> None:
        self.acq = acquisition
        self.reconciler = reconciler

    async def row(self, download_id: int) -> DownloadView:
        row = await self.acq.downloads.get(download_id)
        if row is None:
            raise NotFound(params={"download_id": download_id})
        return row

    async def requeue(self, download_id: int) -> None:
        row = await self.row(download_id)
        if row.state not in dl.RETRYABLE_BY_USER:
            raise HarmonyError("Only failed, dead-lettered or cancelled downloads can be "
                               "requeued", code="downloads.not_requeueable",
                               params={"state": row.state})
        await self._restart(row, suffix=f"requeue-{time.time_ns()}")

    async def rematch(self, item_id: int) -> None:
        if await self.acq.wanted.get(item_id) is None:
            raise NotFound(params={"wanted_item_id": item_id})
        row = await self.acq.downloads.ensure(item_id)
        await self._stop_transfer(row)
        await self._restart(row, suffix=f"rematch-{time.time_ns()}")

    async def _restart(self, row: DownloadView, *, suffix: str) -> None:
        """A fresh attempt budget, every file allowed again, a fresh search right now."""
        await self._drop_waiting_jobs(row.id)
        if row.wanted_item_id is not None:
            await self.acq.matches.forgive_all(row.wanted_item_id)
        queued = await self.acq.downloads.update(row.id, state=dl.QUEUED, **_fresh_attempt(row))
        self.acq.clear_staging(row.id)
        await self.acq.move_item(row.wanted_item_id, "searching", requeued=True)
        self.acq.announce(queued)
        if queued is not None:
            await self.reconciler.enqueue_searches([queued], suffix=suffix, fresh=True)

    async def set_priority(self, download_id: int, priority: int) -> None:
        row = await self.row(download_id)
        await self.acq.downloads.update(row.id, priority=priority)
        if row.wanted_item_id is not None:
            await self.acq.downloads.set_priority_of_item(row.wanted_item_id, priority)
        for key in await self.acq.waiting_keys(row.id):
            base = job_type(key.split(":")[1]).priority
            await self.acq.queue.set_priority(key, base + priority)

    async def cancel(self, download_id: int) -> None:
        row = await self.row(download_id)
        if row.state in dl.TERMINAL:
            return
        await self._stop_transfer(row)
        cancelled = await self.acq.downloads.update(row.id, state=dl.CANCELLED, transfer_id=None)
        await self._drop_waiting_jobs(row.id)
        self.acq.clear_staging(row.id)
        await self.acq.move_item(row.wanted_item_id, "removed", error=fc.failure(fc.USER_CANCELLED))
        self.acq.announce(cancelled)

    async def choose(self, item_id: int, file: SoulseekFile) -> None:
        """Download exactly this file for the item (remembered as the user's override)."""
        row = await self.acq.downloads.ensure(item_id)
        await self._stop_transfer(row)
        await self._drop_waiting_jobs(row.id)
        await self.acq.matches.choose(item_id, file)
        matched = await self.acq.downloads.update(row.id, state=dl.MATCHED, **_fresh_attempt(row))
        self.acq.clear_staging(row.id)
        await self.acq.move_item(item_id, "matched", chosen=file.filename)
        if matched is not None:
            self.acq.announce(matched)
            await self.acq.enqueue_for("sync", matched, suffix=f"choice-{time.time_ns()}")

    async def download_file(self, file: SoulseekFile, track: TrackQuery, source: str) -> int:
        """A manual download: the item is created already ``matched`` (in one transaction),
        so the pump never starts a search for it."""
        if "\x00" in file.filename or "\x00" in file.username:
            raise HarmonyError("This file name cannot be requested (it holds a NUL character)",
                               code="downloads.invalid_file_name")
        new = await self._spotify_metadata(track, source) or NewWantedItem(
            title=_text(track.title) or "?",
            artists=tuple(_text(a) or "?" for a in track.artists), source=source,
            album=_text(track.album), duration_ms=track.duration_ms,
            track_number=track.track_number, disc_number=track.disc_number,
            release_date=str(track.year) if track.year else None, isrc=track.isrc,
            spotify_track_id=track.spotify_id)
        async with self.acq.db.session() as session:
            result = await self.acq.wanted.upsert_many([new], session=session)
            item = await session.get(WantedItem, result.ids[0], with_for_update=True)
            assert item is not None
            item.state = "matched"
            item_id = item.id
        await self.choose(item_id, file)
        return item_id

    async def _spotify_metadata(self, track: TrackQuery, source: str) -> NewWantedItem | None:
        """The chosen Spotify track's full metadata (album artist, totals, cover, ISRC), so a
        manual download is tagged like any synced track; None when Spotify cannot say."""
        integrations = self.acq.integrations
        if not track.spotify_id or await integrations.spotify_connection() != \
                SpotifyConnection.CONNECTED:
            return None
        try:
            return wanted_from_track(await integrations.spotify().track(track.spotify_id),
                                     source)
        except HarmonyError:
            return None

    async def stop_file(self, username: str, filename: str | None = None) -> None:
        """A ban: an active transfer of that peer (or file) stops and the next file is tried."""
        for row in await self.acq.downloads.with_states((*dl.TRANSFER_STATES, dl.ENQUEUEING)):
            if row.username == username and (filename is None or row.remote_path == filename):
                await self._stop_transfer(row)
                await self.acq.candidate_failed(row, fc.failure(fc.USER_BANNED), kind="verify",
                                                peer_fault=False, transfer_id=row.transfer_id)

    async def _stop_transfer(self, row: DownloadView) -> None:
        if row.transfer_id and row.username and row.state in dl.TRANSFER_STATES:
            client = await self.acq.integrations.slskd()
            with contextlib.suppress(IntegrationError):
                await client.cancel_download(row.username, row.transfer_id)

    async def _drop_waiting_jobs(self, download_id: int) -> None:
        for key in await self.acq.waiting_keys(download_id):
            await self.acq.queue.cancel(dedupe_key=key)
