"""Transfer stage: the ``sync`` job enqueues the chosen file at slskd; the transfer monitor (a
timer) follows every active transfer, publishes progress and detects failures — rejected,
errored, cancelled, timed out, stuck in the peer's queue, no progress — then moves on to the
next alternate. Rows whose transfer slskd no longer knows (a restart) are enqueued again.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from dataclasses import dataclass

from engine.clients.slskd import SlskdClient
from engine.clients.slskd_models import Transfer
from engine.db.repositories import downloads as dl
from engine.db.repositories.downloads import DownloadView
from engine.domain import failure_codes as fc
from engine.domain.models import DownloadState
from engine.errors import IntegrationError
from engine.jobs.handlers import JobContext, RetryLater
from engine.services.acquisition import Acquisition
from engine.services.acquisition_completion import downloaded_candidates

log = logging.getLogger(__name__)
MAX_VANISHED = 3  # slskd lost the same transfer this often: give up on that file
_FAILURE_CODES = {DownloadState.REJECTED: fc.TRANSFER_REJECTED,
                  DownloadState.ERRORED: fc.TRANSFER_ERRORED,
                  DownloadState.CANCELLED: fc.TRANSFER_CANCELLED,
                  DownloadState.TIMED_OUT: fc.TRANSFER_TIMED_OUT}


@dataclass
class _Watch:
    state: DownloadState
    since: float
    bytes: int
    progress_at: float


class TransferStage:
    def __init__(self, acquisition: Acquisition) -> None:
        self.acq = acquisition
        self._watch: dict[int, _Watch] = {}
        self._vanished: dict[int, int] = {}
        # slskd answers 429 to a second concurrent enqueue: ask one file at a time.
        self._enqueue_lock = asyncio.Lock()

    # -- sync job ------------------------------------------------------------------------------
    async def handle(self, ctx: JobContext) -> None:
        row = await self.acq.downloads.get(int(ctx.payload["download_id"]))
        if row is None or row.state not in (dl.MATCHED, dl.ENQUEUEING) or \
                row.wanted_item_id is None:
            return
        try:
            await self._start(row)
        except IntegrationError as exc:
            if exc.code == "slskd.peer_offline":
                await self.acq.candidate_failed(row, fc.failure(exc.code, exc.message),
                                                kind="transfer", peer_fault=True)
                return
            raise RetryLater(f"{exc.code}: {exc.message}", self.acq.retry_delay(ctx.attempt)
                             ) from exc

    async def _start(self, row: DownloadView) -> None:
        client = await self.acq.integrations.slskd()
        if row.state == dl.ENQUEUEING and row.username and row.remote_path:
            existing = await _active_transfer(client, row.username, row.remote_path)
            if existing is not None:  # we asked before a crash; slskd has it
                await self._adopt(row, existing)
                return
        item = await self.acq.wanted.get(row.wanted_item_id or 0)
        choice = await self.acq.pick_candidate(item) if item else None
        if choice is None:
            await self.acq.round_failed(row.id, row.last_error or fc.failure(
                fc.TRANSFER_ALL_FAILED))
            return
        file = choice.file
        claimed = await self.acq.downloads.update(
            row.id, expect_states=(dl.MATCHED, dl.ENQUEUEING), state=dl.ENQUEUEING,
            username=file.username, remote_path=file.filename, size=file.size,
            transfer_id=None, bytes_transferred=0, progress=0.0)
        if claimed is None:
            return
        async with self._enqueue_lock:
            result = await client.enqueue(file.username, [file])
        transfer = result.enqueued[0] if result.enqueued else await _active_transfer(
            client, file.username, file.filename)
        if transfer is None:
            await self.acq.candidate_failed(claimed, fc.failure(fc.TRANSFER_NOT_ACCEPTED),
                                            kind="transfer", peer_fault=False)
            return
        await self.acq.matches.mark_tried(choice.wanted_item_id, file)
        await self._adopt(claimed, transfer)

    async def _adopt(self, row: DownloadView, transfer: Transfer) -> None:
        updated = await self.acq.downloads.update(
            row.id, expect_states=(dl.ENQUEUEING,), state=transfer.state.value,
            transfer_id=transfer.id, size=transfer.size or row.size)
        if updated is None:
            return
        self._watch.pop(row.id, None)
        await self.acq.move_item(row.wanted_item_id, "downloading", username=row.username,
                                 filename=updated.filename)
        self.acq.announce(updated)

    # -- transfer monitor (timer) ---------------------------------------------------------------
    async def tick(self) -> None:
        rows = [r for r in await self.acq.downloads.with_states(dl.TRANSFER_STATES)
                if r.transfer_id]
        active = {r.id for r in rows}
        for stale in set(self._watch) - active:
            self._watch.pop(stale, None)
            self.acq.speeds.pop(stale, None)
        if not rows:
            return
        client = await self.acq.integrations.slskd()
        try:
            transfers = {t.id: t for t in await client.list_downloads()}
        except IntegrationError as exc:
            log.info("cannot follow transfers: %s", exc.code, extra={"action": "transfers"})
            return
        for row in rows:
            transfer = transfers.get(row.transfer_id or "")
            try:
                if transfer is None and row.username:
                    transfer = await client.get_download(row.username, row.transfer_id or "")
            except IntegrationError:
                continue
            if transfer is None:
                await self._lost(row)
            else:
                await self._observe(client, row, transfer)

    async def _observe(self, client: SlskdClient, row: DownloadView, transfer: Transfer) -> None:
        now = time.monotonic()
        watch = self._watch.get(row.id)
        if watch is None or watch.state is not transfer.state:
            watch = _Watch(transfer.state, now, transfer.bytes_transferred, now)
            self._watch[row.id] = watch
        elif transfer.bytes_transferred != watch.bytes:
            watch.bytes, watch.progress_at = transfer.bytes_transferred, now
        self.acq.speeds[row.id] = transfer.average_speed
        if transfer.state is DownloadState.SUCCEEDED:
            await self._succeeded(row, transfer)
        elif transfer.state.is_failure:
            await self._fail(row, _transfer_failure(transfer),
                             peer_fault=transfer.state is not DownloadState.CANCELLED)
        elif transfer.state is DownloadState.QUEUED_REMOTELY and \
                now - watch.since > float(self.acq.setting("download.stuck_queued_s")):
            await self._give_up(client, row, fc.failure(
                fc.TRANSFER_STUCK_IN_QUEUE, f"{row.username}, {now - watch.since:.0f} s"))
        elif transfer.state is not DownloadState.QUEUED_REMOTELY and \
                now - watch.progress_at > float(self.acq.setting("download.no_progress_s")):
            await self._give_up(client, row, fc.failure(
                fc.TRANSFER_NO_PROGRESS, f"{now - watch.progress_at:.0f} s, {transfer.raw_state}"))
        else:
            await self._progress(row, transfer)

    async def _progress(self, row: DownloadView, transfer: Transfer) -> None:
        progress = transfer.bytes_transferred / transfer.size if transfer.size else 0.0
        if (row.state, row.bytes_transferred) == (transfer.state.value,
                                                  transfer.bytes_transferred):
            return
        updated = await self.acq.downloads.update(
            row.id, expect_states=dl.TRANSFER_STATES, expect_transfer=transfer.id,
            state=transfer.state.value, bytes_transferred=transfer.bytes_transferred,
            progress=min(1.0, progress))
        self.acq.announce(updated)

    async def _succeeded(self, row: DownloadView, transfer: Transfer) -> None:
        updated = await self.acq.downloads.update(
            row.id, expect_states=dl.TRANSFER_STATES, expect_transfer=transfer.id,
            state=dl.SUCCEEDED, bytes_transferred=transfer.size or transfer.bytes_transferred,
            progress=1.0)
        self._watch.pop(row.id, None)
        if updated is not None:
            self.acq.announce(updated)
            await self.acq.enqueue_for("metadata", updated, suffix=transfer.id)

    async def _fail(self, row: DownloadView, reason: str, *, peer_fault: bool) -> None:
        self._watch.pop(row.id, None)
        await self.acq.candidate_failed(row, reason, kind="transfer", peer_fault=peer_fault,
                                        transfer_id=row.transfer_id)

    async def _give_up(self, client: SlskdClient, row: DownloadView, reason: str) -> None:
        with contextlib.suppress(IntegrationError):
            await client.cancel_download(row.username or "", row.transfer_id or "")
        await self._fail(row, reason, peer_fault=True)

    async def _lost(self, row: DownloadView) -> None:
        """slskd forgot the transfer (restart, wipe): ask for the same file again, a few times."""
        root = self.acq.downloads_dir()
        if root is not None and await self.acq.in_executor(
                downloaded_candidates, root, row.remote_path or ""):
            # It finished while nobody watched: verification decides whether it is whole.
            updated = await self.acq.downloads.update(
                row.id, expect_states=dl.TRANSFER_STATES, expect_transfer=row.transfer_id,
                state=dl.SUCCEEDED, progress=1.0)
            if updated is not None:
                self.acq.announce(updated)
                await self.acq.enqueue_for("metadata", updated, suffix=f"found-{row.transfer_id}")
            return
        count = self._vanished.get(row.id, 0) + 1
        self._vanished[row.id] = count
        self._watch.pop(row.id, None)
        if count > MAX_VANISHED:
            self._vanished.pop(row.id, None)
            await self._fail(row, fc.failure(fc.TRANSFER_LOST), peer_fault=False)
            return
        updated = await self.acq.downloads.update(
            row.id, expect_states=dl.TRANSFER_STATES, expect_transfer=row.transfer_id,
            state=dl.ENQUEUEING, transfer_id=None, bytes_transferred=0, progress=0.0)
        if updated is not None:
            await self.acq.enqueue_for("sync", updated, suffix=f"lost-{row.transfer_id}")


async def _active_transfer(client: SlskdClient, username: str, filename: str
                           ) -> Transfer | None:
    """slskd's unfinished download of this file from this peer, if there is one."""
    for transfer in await client.user_downloads(username):
        if transfer.filename == filename and not transfer.state.is_terminal:
            return transfer
    return None


def _transfer_failure(transfer: Transfer) -> str:
    """The failure's code by our state; slskd's own state string and exception as detail."""
    code = _FAILURE_CODES.get(transfer.state, fc.TRANSFER_FAILED)
    detail = transfer.raw_state + (f"{fc.SEPARATOR}{transfer.exception}"
                                   if transfer.exception else "")
    return fc.failure(code, detail)
