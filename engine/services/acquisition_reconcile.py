"""Keeping the pipeline moving: the pump timer feeds new wanted items into the search stage and
re-drives any row a crash left without a job; the ``retry`` job starts a new round; start-up
removes partial files and stale staging folders before any worker runs.

Why this is safe: every stage enqueues its successor before its own job ends, and every job's
dedupe key names its download rows, so reading the rows first and the live jobs second never
mistakes a row with work in flight for an orphan.
"""

from __future__ import annotations

import contextlib
import logging
import shutil
from datetime import UTC, datetime, timedelta

from engine.db.repositories import downloads as dl
from engine.db.repositories.downloads import DownloadView
from engine.jobs.handlers import JobContext
from engine.library.organise import remove_partial_files
from engine.services.acquisition import STAGING_FOLDER, Acquisition

log = logging.getLogger(__name__)
#: rows in these states need a job (transfers are followed by the monitor instead)
DRIVEN_STATES = (dl.QUEUED, dl.SEARCHING, dl.MATCHED, dl.ENQUEUEING, dl.SUCCEEDED, dl.VERIFYING,
                 dl.PROCESSING, dl.FAILED)


class Reconciler:
    def __init__(self, acquisition: Acquisition) -> None:
        self.acq = acquisition

    # -- start-up ------------------------------------------------------------------------------
    async def prepare_start(self) -> None:
        """Before workers run: no partial file and no orphaned staging folder survives."""
        music = self.acq.music_dir()
        if music.is_dir():
            removed = await self.acq.in_executor(remove_partial_files, music)
            if removed:
                log.info("removed %d partial files", len(removed), extra={"action": "reconcile"})
        staging = music / STAGING_FOLDER
        if not staging.is_dir():
            return
        for folder in staging.iterdir():
            row = await self.acq.downloads.get(int(folder.name)) if folder.name.isdigit() \
                else None
            if row is None or row.state in (*dl.TERMINAL, dl.FAILED):
                with contextlib.suppress(OSError):
                    shutil.rmtree(folder)

    # -- pump (timer) --------------------------------------------------------------------------
    async def tick(self) -> None:
        await self._feed_new_items()
        await self._redrive_orphans()
        await self._catch_up_items()

    async def _feed_new_items(self) -> None:
        limit = int(self.acq.setting("download.pump_batch"))
        items = await self.acq.wanted.list(states=("new",), limit=limit)
        rows: list[DownloadView] = []
        for item in items:
            row = await self.acq.downloads.ensure(item.id, item.priority)
            if row.state != dl.QUEUED:  # wanted again (re-added, requeued): a fresh record
                row = await self.acq.downloads.update(
                    row.id, state=dl.QUEUED, retry_count=0, next_retry_at=None,
                    last_error=None, transfer_id=None, bytes_transferred=0, progress=0.0,
                    organised_path=None, local_path=None, completed_at=None,
                    metadata_status="pending", artwork_status="pending",
                    lyrics_status="pending", priority=item.priority) or row
            await self.acq.move_item(item.id, "searching")
            rows.append(row)
        await self.enqueue_searches(rows, suffix="new")

    async def enqueue_searches(self, rows: list[DownloadView], *, suffix: str,
                               fresh: bool = False) -> None:
        """One search job per batch, so album-aware planning sees album mates together."""
        size = int(self.acq.setting("download.search_batch"))
        for start in range(0, len(rows), size):
            batch = rows[start:start + size]
            ids = [row.id for row in batch]
            await self.acq.enqueue("search", ids, {"download_ids": ids, "fresh": fresh},
                                   suffix=suffix, priority=max(r.priority for r in batch))

    def _cutoff(self) -> datetime:
        """Rows (and items) older than this are not being worked on by a running step."""
        grace = timedelta(seconds=max(2.0, 2 * float(self.acq.setting("download.pump_interval_s"))))
        return datetime.now(UTC) - grace

    async def _redrive_orphans(self) -> None:
        cutoff = self._cutoff()
        rows = [r for r in await self.acq.downloads.with_states(DRIVEN_STATES)
                if r.updated_at < cutoff]
        if not rows:
            return
        live = await self.acq.live_jobs()
        orphans = [row for row in rows if row.id not in live]
        searches = [row for row in orphans if row.state in (dl.QUEUED, dl.SEARCHING)]
        await self.enqueue_searches(searches, suffix="redrive")
        for row in orphans:
            if row not in searches:
                await self._redrive(row)
        if orphans:
            log.info("re-drove %d rows", len(orphans), extra={"action": "reconcile"})

    async def _catch_up_items(self) -> None:
        """A row ended (completed, dead letter, owned) but its item never followed, because
        the engine died between the two commits: the item takes the row's ending now."""
        for row in await self.acq.downloads.ended_ahead_of_item(self._cutoff()):
            state = dl.ITEM_STATE_AFTER[row.state]
            if state == "dead_letter":
                await self.acq.move_item(row.wanted_item_id, state, error=row.last_error,
                                         attempts=row.retry_count)
            else:
                await self.acq.move_item(row.wanted_item_id, state,
                                         library_path=row.organised_path)
                self.acq.clear_staging(row.id)
            log.info("item %s caught up with its download (%s)", row.wanted_item_id, state,
                     extra={"action": "reconcile"})

    async def _redrive(self, row: DownloadView) -> None:
        suffix = f"redrive-{row.updated_at.timestamp():.0f}"
        if row.state in (dl.MATCHED, dl.ENQUEUEING):
            await self.acq.enqueue_for("sync", row, suffix=suffix)
        elif row.state in (dl.SUCCEEDED, dl.VERIFYING) or row.metadata_status == "pending":
            await self.acq.enqueue_for("metadata", row, suffix=suffix)
        elif row.state == dl.PROCESSING:
            stage = "artwork" if row.artwork_status == "pending" else "lyrics"
            await self.acq.enqueue_for(stage, row, suffix=suffix)
        elif row.state == dl.FAILED:
            wait = (row.next_retry_at - datetime.now(UTC)).total_seconds() \
                if row.next_retry_at else 0.0
            await self.acq.enqueue_for("retry", row, suffix=suffix, delay_s=wait)

    # -- retry job -------------------------------------------------------------------------------
    async def retry(self, ctx: JobContext) -> None:
        """A new round for a failed row: forgive peer failures of its files, search afresh
        (new files appear on Soulseek over time)."""
        row = await self.acq.downloads.get(int(ctx.payload["download_id"]))
        if row is None or row.state != dl.FAILED or row.wanted_item_id is None:
            return
        await self.acq.matches.forgive_transfer_failures(row.wanted_item_id)
        queued = await self.acq.downloads.update(row.id, expect_states=(dl.FAILED,),
                                                 state=dl.QUEUED, next_retry_at=None)
        if queued is None:
            return
        await self.acq.move_item(row.wanted_item_id, "searching", retry=row.retry_count)
        self.acq.announce(queued)
        await self.enqueue_searches([queued], suffix=f"retry-{row.retry_count}", fresh=True)
