"""The ``downloads`` table: one pipeline record per wanted item, from search to the library.

The row carries the attempt budget (``retry_count``, ``next_retry_at``, ``last_error``), the
candidate being transferred (username, remote path, size, slskd transfer id), progress, where
the file is (``local_path`` in slskd's folder, ``organised_path`` in the library) and the
post-processing statuses. Changes are conditional (``expect_states``/``expect_transfer``) so two
engines, or a restarted one, never apply the same step twice.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, fields
from datetime import datetime
from typing import Any

from sqlalchemy import select, update

from engine.db.session import Database
from engine.db.tables import Download, WantedItem

QUEUED = "queued"
SEARCHING = "searching"
MATCHED = "matched"
ENQUEUEING = "enqueueing"  # asking slskd; a crash here is resolved by looking the file up
SUCCEEDED = "succeeded"  # slskd says done; the file is not verified yet
VERIFYING = "verifying"
PROCESSING = "processing"  # verified and staged: tags, cover, lyrics, organise
COMPLETED = "completed"
FAILED = "failed"  # waiting for a retry round
DEAD_LETTER = "dead_letter"
CANCELLED = "cancelled"
OWNED = "owned"
#: slskd transfer states we follow (DownloadState values)
TRANSFER_STATES = ("requested", "queued_locally", "queued_remotely", "initializing",
                   "in_progress", "unknown")
TERMINAL = (COMPLETED, DEAD_LETTER, CANCELLED, OWNED)
#: the wanted-item state that follows each ending of the pipeline
ITEM_STATE_AFTER = {COMPLETED: "done", DEAD_LETTER: "dead_letter", OWNED: "owned"}
#: wanted-item states of work in flight, which an item whose row has ended must leave
ITEM_STATES_IN_FLIGHT = ("searching", "matched", "downloading", "failed")
RETRYABLE_BY_USER = (FAILED, DEAD_LETTER, CANCELLED)


@dataclass(frozen=True)
class DownloadView:
    id: int
    wanted_item_id: int | None
    state: str
    priority: int
    retry_count: int
    next_retry_at: datetime | None
    last_error: str | None
    username: str | None
    remote_path: str | None
    size: int | None
    bytes_transferred: int
    progress: float
    transfer_id: str | None
    local_path: str | None
    organised_path: str | None
    metadata_status: str
    artwork_status: str
    lyrics_status: str
    created_at: datetime
    updated_at: datetime
    completed_at: datetime | None

    @property
    def filename(self) -> str:
        """The remote file's last path component (either separator)."""
        return (self.remote_path or "").replace("\\", "/").rsplit("/", 1)[-1]


@dataclass(frozen=True)
class DownloadListing:
    download: DownloadView
    title: str
    artists: tuple[str, ...]
    item_state: str


def _view(row: Download) -> DownloadView:
    return DownloadView(**{f.name: getattr(row, f.name) for f in fields(DownloadView)})


class Downloads:
    def __init__(self, database: Database) -> None:
        self._db = database

    async def ensure(self, item_id: int, priority: int = 0) -> DownloadView:
        """The item's pipeline row, created (state ``queued``) when it has none yet."""
        async with self._db.session() as session:
            # Locking the wanted item serialises creation: one row per item, ever.
            await session.get(WantedItem, item_id, with_for_update=True)
            row = await session.scalar(select(Download).where(
                Download.wanted_item_id == item_id).order_by(Download.id).limit(1))
            if row is None:
                row = Download(wanted_item_id=item_id, state=QUEUED, priority=priority,
                               retry_count=0, bytes_transferred=0, progress=0.0,
                               metadata_status="pending", artwork_status="pending",
                               lyrics_status="pending")
                session.add(row)
                await session.flush()
            return _view(row)

    async def get(self, download_id: int) -> DownloadView | None:
        async with self._db.session() as session:
            row = await session.get(Download, download_id)
            return _view(row) if row else None

    async def for_item(self, item_id: int) -> DownloadView | None:
        async with self._db.session() as session:
            row = await session.scalar(select(Download).where(
                Download.wanted_item_id == item_id).order_by(Download.id).limit(1))
            return _view(row) if row else None

    async def update(self, download_id: int, *, expect_states: Sequence[str] | None = None,
                     expect_transfer: str | None = None, **values: Any) -> DownloadView | None:
        """Change the row when it is (still) in one of ``expect_states`` and follows
        ``expect_transfer``; returns the new row, or None when the condition failed."""
        async with self._db.session() as session:
            row = await session.get(Download, download_id, with_for_update=True)
            if row is None or (expect_states is not None and row.state not in expect_states):
                return None
            if expect_transfer is not None and row.transfer_id != expect_transfer:
                return None
            for key, value in values.items():
                setattr(row, key, value)
            await session.flush()
            return _view(row)

    async def with_states(self, states: Sequence[str], limit: int = 1000) -> list[DownloadView]:
        query = select(Download).where(Download.state.in_(states)).order_by(
            Download.priority.desc(), Download.id).limit(limit)
        async with self._db.session() as session:
            return [_view(row) for row in (await session.scalars(query)).all()]

    async def ended_ahead_of_item(self, before: datetime, limit: int = 500
                                  ) -> list[DownloadView]:
        """Rows that ended while their wanted item stayed in flight, neither touched since
        ``before``: the engine stopped between the row's last step and the item's."""
        query = (select(Download).join(WantedItem, WantedItem.id == Download.wanted_item_id)
                 .where(Download.state.in_(tuple(ITEM_STATE_AFTER)),
                        WantedItem.state.in_(ITEM_STATES_IN_FLIGHT),
                        Download.updated_at < before, WantedItem.updated_at < before)
                 .order_by(Download.id).limit(limit))
        async with self._db.session() as session:
            return [_view(row) for row in (await session.scalars(query)).all()]

    async def ids_of_items(self, item_ids: Sequence[int]) -> dict[int, int]:
        """item id → download id for the items that have a row."""
        async with self._db.session() as session:
            rows = (await session.execute(select(Download.wanted_item_id, Download.id).where(
                Download.wanted_item_id.in_(item_ids)))).all()
        return {int(item): int(download) for item, download in rows}

    async def listing(self, *, active_only: bool, limit: int) -> list[DownloadListing]:
        query = (select(Download, WantedItem.title, WantedItem.artists, WantedItem.state)
                 .join(WantedItem, WantedItem.id == Download.wanted_item_id, isouter=True)
                 .order_by(Download.priority.desc(), Download.updated_at.desc()).limit(limit))
        if active_only:
            query = query.where(Download.state.not_in(TERMINAL))
        async with self._db.session() as session:
            rows = (await session.execute(query)).all()
        return [DownloadListing(_view(row), title or "", tuple(artists or ()), item_state or "")
                for row, title, artists, item_state in rows]

    async def set_priority_of_item(self, item_id: int, priority: int) -> None:
        async with self._db.session() as session:
            await session.execute(update(WantedItem).where(WantedItem.id == item_id)
                                  .values(priority=priority))
